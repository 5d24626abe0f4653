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
