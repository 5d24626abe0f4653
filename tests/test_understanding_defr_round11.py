"""Classes of phrasing that round 11's German and French tuning rows showed failing at
first contact: each case stands for a class of words or a mechanism, in phrasings of our
own (not the rows'), so reverting the fix makes them fail."""

from __future__ import annotations

import pytest

from bot.interpret import read


def _subjects(text: str, locale: str, where: str = "public") -> list[str]:
    understanding = read(text, where=where, locale=locale).understanding
    assert understanding is not None
    return understanding.subjects


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("lösch bitte alles, was der Bot von mir weiß", "de"),
        ("der bot soll meine daten vergessen", "de"),
        ("schmeiß meine Daten aus deinem Speicher raus", "de"),
        ("supprime ce que le bot a retenu sur moi", "fr"),
        ("retire mes infos de ta mémoire", "fr"),
        ("le bot doit oublier tout ce qu'il a sur moi", "fr"),
        ("efface mes données de ton stockage stp", "fr"),
    ],
)
def test_the_bots_memory_of_me_in_everyday_words_is_forget(text, locale):
    """What the bot knows / keeps / remembers of me, its memory or storage: whatever the
    verb (erase, remove, throw out, forget), the bot's own data is the forget command."""
    assert read(text, where="dm", locale=locale).command == "forget"


@pytest.mark.parametrize(
    "text",
    [
        "mes notifs et mes messages privés, ils partent avec moi ?",
        "les notifs et les DM ça se transfère ?",
        "je perds mes notifs et mes conversations ?",
    ],
)
def test_my_own_notifications_beside_my_dms_are_the_dms(text):
    """ "mes notifs" as something the member has (beside the DMs) is the same data as the
    DMs; whether followers are notified of the move is another subject."""
    assert _subjects(text, "fr") == ["direct_messages"]


@pytest.mark.parametrize(
    "text",
    ["mes abonnés auront une notif ?", "mes abonnés reçoivent une notif quand je déménage ?"],
)
def test_followers_getting_a_notif_is_still_the_notification(text):
    assert _subjects(text, "fr") == ["notifications"]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("kann ich zu pixelfed wechseln und meine follower mitnehmen?", "de"),
        ("wenn ich auf sharkey umziehe, kommen die follower mit?", "de"),
        ("von gotosocial zu mastodon, gehen die follower mit", "de"),
        ("je peux passer sur pixelfed en gardant mes abonnés ?", "fr"),
        ("si je pars sur sharkey mes abonnés suivent ?", "fr"),
        ("de gotosocial vers mastodon, mes abonnés viennent avec ?", "fr"),
    ],
)
def test_followers_moving_to_or_from_other_software_is_the_other_software(text, locale):
    """Whether the followers come along to (or from) Misskey, Pixelfed... depends on that
    software: its answer says so (LABELS: other_software alone)."""
    assert _subjects(text, locale) == ["other_software"]


@pytest.mark.parametrize(
    "text",
    [
        "Qu'advient-il de mon vieux compte après la migration ? Sera-t-il effacé ?",
        "une fois déménagé, est-ce que l'ancien compte est supprimé ?",
        "l'ancien profil, il est effacé quand le transfert est fini ?",
    ],
)
def test_whether_the_old_account_is_deleted_after_the_move_is_the_old_account(text):
    """Asked whether the old account gets deleted (passive: "est-il effacé ?"), the member
    asks what becomes of it, not how to delete it."""
    assert _subjects(text, "fr") == ["old_account"]


@pytest.mark.parametrize(
    "text",
    [
        "ich folge so 40 hashtags, muss ich die alle neu folgen??",
        "ich folge ein paar hashtags, was wird aus denen?",
        "meine abonnierten hashtags, sind die weg?",
    ],
)
def test_the_hashtags_i_follow_are_the_followed_hashtags(text):
    understanding = read(text, where="public", locale="de").understanding
    assert understanding is not None and understanding.subjects == ["followed_hashtags"]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("wieviel zeit bleibt mir bis die instanz abgeschaltet wird", "de"),
        ("unser server macht zu, wie lange hab ich noch", "de"),
        ("wie lange hab ich noch bis der server dicht macht", "de"),
        ("mon serveur ferme, il me reste combien de temps ?", "fr"),
        ("combien de temps j'ai avant que l'instance ferme", "fr"),
    ],
)
def test_time_left_before_the_server_closes_is_the_closing(text, locale):
    """ "How long do I have once it closes?" asks about the closing (LABELS.md), not how
    long a move takes nor the 30-day cooldown."""
    assert _subjects(text, locale) == ["server_closing"]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("wie mach ich ein reel auf instagram", "de"),
        ("kann man bei tiktok eigentlich auch lange videos posten?", "de"),
        ("gibts bei bluesky auch sowas wie listen", "de"),
        ("comment on fait une story sur insta ?", "fr"),
        ("comment on met un filtre sur tiktok", "fr"),
        ("on peut faire des threads sur bluesky ?", "fr"),
        ("c'est quoi la limite de caractères sur twitter", "fr"),
    ],
)
def test_another_services_features_are_off_topic(text, locale):
    """Asked how something works on Instagram, TikTok, Bluesky..., with nothing of a link
    to the member's Mastodon profile, the question is off topic (LABELS: unknown)."""
    understanding = read(text, where="public", locale=locale).understanding
    assert understanding is not None and understanding.kind == "unknown"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("muss ich den link in meiner insta bio ändern", "de"),
        ("mon lien sur insta pointe vers l'ancien compte, je le change ?", "fr"),
    ],
)
def test_links_on_another_service_are_still_the_external_links(text, locale):
    assert _subjects(text, locale) == ["external_links"]


@pytest.mark.parametrize(
    ("text", "where", "locale"),
    [
        ("j'en veux pas, passe à la suite", "archive", "fr"),
        ("le profil on s'en fiche, passe à la suite", "profile", "fr"),
        ("pas la peine pour l'export, passons à la suite", "export", "fr"),
        ("lass ma des weg, weiter", "export", "de"),
        ("des archiv brauch i ned", "archive", "de"),
        ("den schritt lass ma aus", "profile", "de"),
    ],
)
def test_leaving_a_step_out_in_everyday_words_skips(text, where, locale):
    """ "…, passe à la suite" names the next step in an order that skips this one; dialect
    "lass ma aus", "brauch i ned" leave the step out."""
    assert read(text, where=where, locale=locale).command == "skip"


@pytest.mark.parametrize(
    ("text", "where", "locale"),
    [
        ("c'est quoi la suite ?", "archive", "fr"),
        ("what is the next step", "dm", "en"),
    ],
)
def test_asking_what_comes_next_is_still_status(text, where, locale):
    assert read(text, where=where, locale=locale).command == "status"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("j'ai mis l'alias, du coup le transfert a commencé", "fr"),
        ("alias créé donc la migration des abonnés est lancée", "fr"),
        ("l'alias est fait, le déménagement de mes abonnés a commencé", "fr"),
        ("hab den alias gemacht, damit hat die übertragung der follower begonnen", "de"),
        ("alias ist drin, jetzt hat der umzug der follower angefangen", "de"),
    ],
)
def test_the_alias_said_to_have_started_the_transfer_states_the_myth(text, locale):
    """The claim told in the past ("a commencé", "hat begonnen") and joined by "du coup",
    "damit" (that refer back to the alias) still states it."""
    understanding = read(text, where="public", locale=locale).understanding
    assert understanding is not None and understanding.myths == ["alias_starts_transfer"]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("j'ai créé l'alias, est-ce que le transfert a commencé ?", "fr"),
        ("hab den alias angelegt, wann hat die übertragung begonnen?", "de"),
    ],
)
def test_asking_whether_the_transfer_started_states_nothing(text, locale):
    understanding = read(text, where="public", locale=locale).understanding
    assert understanding is not None and understanding.kind == "question"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("mes abonnés vont devoir me resuivre, comment je les préviens ?", "fr"),
        ("tout le monde devra se réabonner, comment leur dire ?", "fr"),
        ("alle müssen mir wieder folgen, wie informier ich die?", "de"),
    ],
)
def test_asking_how_to_tell_followers_to_refollow_takes_the_myth_for_granted(text, locale):
    """ "..., how do I tell them?" asks what to do about the claim before it: it is made."""
    understanding = read(text, where="public", locale=locale).understanding
    assert understanding is not None and understanding.myths == ["followers_must_refollow"]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("müssen mir meine follower neu folgen?", "de"),
        ("will my followers have to follow me again?", "en"),
        ("mes abonnés devront-ils me resuivre ?", "fr"),
        ("¿mis seguidores tienen que volver a seguirme?", "es"),
        ("フォロワーにフォローし直してもらう必要ある？", "ja"),
    ],
)
def test_asking_whether_followers_must_refollow_asks_about_the_myth(text, locale):
    """LABELS.md: a question that puts the myth's own claim forward asks about it, as the
    tuning rows of every locale label it (en "do my followers have to refollow me?")."""
    got = read(text, where="public", locale=locale)
    assert got.understanding.myths == ["followers_must_refollow"]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("will my followers come with me, or do I have to ask them all to refollow?", "en"),
        ("kommen meine follower von alleine mit oder müssen sie mir neu folgen?", "de"),
        ("mes abonnés suivent tout seuls ou je dois leur demander de me resuivre ?", "fr"),
        ("mis seguidores se pasan solos o tienen que volver a seguirme?", "es"),
        (
            "フォロワーは自動で移りますか、それとも手動でフォローし直してもらう必要がありますか",
            "ja",
        ),
    ],
)
def test_a_question_offering_both_ways_asks_about_the_followers(text, locale):
    """LABELS.md: offering both ways ("do they come with me, or must they refollow?") puts
    no claim forward: the followers' question, which tells how they move."""
    got = read(text, where="public", locale=locale)
    assert got.understanding.kind == "question"
    assert got.understanding.subjects == ["followers"]


@pytest.mark.parametrize(
    "text",
    [
        "seit vorgestern umgezogen, trudeln die follower schon ein?",
        "umzug war heute früh, sind die follower inzwischen da?",
        "hab den umzug gestern gestartet, kommen die follower an?",
    ],
)
def test_whether_the_followers_are_arriving_is_the_moves_progress(text):
    """Are the followers arriving / there yet, after a move: how the move is going
    (LABELS: move_progress in public), not how long followers take."""
    assert _subjects(text, "de") == ["move_progress"]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "muss ich den umzug am alten account starten und wie lange brauchen die follower",
            ["move", "follower_timing"],
        ),
        (
            "alias ist drin, jetzt auf dem alten account den umzug starten? und was wird aus meinen posts",
            ["move", "posts"],
        ),
    ],
)
def test_starting_the_move_on_the_old_account_beside_another_question(text, subjects):
    """Which account the move is started from names the move as plainly as "Umzug": asked
    beside another question, both are asked."""
    assert _subjects(text, "de") == subjects


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("es werden weniger follower angezeigt als vorher, warum?", "de"),
        ("le nouveau profil affiche moins d'abonnés qu'avant, c'est normal ?", "fr"),
    ],
)
def test_a_lower_count_shown_is_the_lower_count(text, locale):
    """ "angezeigt" / "affiche": the count the profile shows, not what visitors see."""
    assert _subjects(text, locale) == ["follower_count_lower"]


@pytest.mark.parametrize(
    "text",
    [
        "mein neues konto ist auf privat gestellt, muss ich die follower dann alle annehmen?",
        "acc steht auf privat, muss ich beim umzug jeden follower einzeln annehmen",
    ],
)
def test_a_private_account_accepting_followers_is_the_locked_account(text):
    assert _subjects(text, "de") == ["locked_account"]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("auf welchem konto klick ich 'follower übertragen'", "de"),
        ("den knopf follower verschieben, auf dem alten oder dem neuen?", "de"),
        ("auf welchem der beiden accounts drück ich auf follower umziehen?", "de"),
        ("le bouton transférer les abonnés, c'est sur l'ancien ou le nouveau ?", "fr"),
        ("sur lequel des deux comptes je clique sur migrer les abonnés ?", "fr"),
    ],
)
def test_the_move_button_named_asks_about_the_move(text, locale):
    """The "Move followers" button (clicked, pressed, on which of the two accounts) is the
    move's own step, not whether followers move nor keeping both accounts."""
    assert _subjects(text, locale) == ["move"]


@pytest.mark.parametrize(
    ("text", "locale"),
    [("kann ich beide konten behalten?", "de"), ("je peux garder les deux comptes ?", "fr")],
)
def test_keeping_both_accounts_is_still_asked(text, locale):
    assert _subjects(text, locale) == ["keep_both_accounts"]


@pytest.mark.parametrize(
    "text",
    [
        "was muss ich am neuen profil einstellen, name, bio, bild?",
        "profilbild, name und bio, wie bekomm ich die aufs neue konto?",
    ],
)
def test_the_name_among_the_profiles_parts_is_the_profile(text):
    """ "Name, Bild, Bio": the display name listed with the picture and bio is the profile."""
    assert _subjects(text, "de") == ["profile"]


def test_keeping_my_name_alone_is_still_the_username():
    assert _subjects("behalte ich meinen namen?", "de") == ["username"]


@pytest.mark.parametrize(
    "text",
    [
        "c'est où la page pour exporter mes abonnements ?",
        "sur quelle page j'exporte mes comptes bloqués en csv",
        "où se trouve la page d'export pour mes listes",
    ],
)
def test_where_the_export_page_is_is_the_csv_export_whatever_it_exports(text):
    """LABELS.md: "where is the Export page" is csv_export, whatever list the file holds."""
    assert _subjects(text, "fr") == ["csv_export"]
