"""Classes of non-standard French that rounds 12-14's tuning rows showed failing at first
contact (joual, SMS spellings, Belgian/Swiss/Quebec words, learners' calques, franglais,
claims closed by a tag, other services' features): each case stands for a class, in
phrasings of our own (not the rows'), so reverting the fix makes them fail."""

from __future__ import annotations

import pytest
from question_set import command_of, first_contact, myths_of, subjects_of


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("ma bio est copiée automatiquement, je me trompe ?", "name_bio_copied"),
        ("mon nom affiché suit tout seul je me trompe pas ?", "name_bio_copied"),
        ("mes pouets partent automatiquement avec moi, je me trompe ?", "posts_move_automatically"),
        ("mes blocages suivent automatiquement, je me trompe?", "blocks_move_automatically"),
        (
            "les comptes que je suis sont transférés tout seuls, si je me trompe pas",
            "follows_move_automatically",
        ),
    ],
)
def test_a_claim_closed_by_am_i_wrong_is_the_claim(text, myth):
    """ "..., je me trompe ?" asks to confirm what was just stated: the claim is made."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    "text",
    [
        "bon je mets l'alias sur mon vieux compte et c'est réglé",
        "l'alias jle crée sur le vieux compte pis c'est toute",
        "jvais créer l'alias sur mon old account pis ça va être correct",
        "l'alias ça se fait sur le vieux profil, right ?",
    ],
)
def test_the_old_account_said_as_vieux_or_old_is_the_old_account(text):
    """ "mon vieux compte" (everyday, joual), "old account" (franglais) are the old
    account: the alias made there is the claim, as with "ancien compte"."""
    assert myths_of(text) == {"alias_on_old_account"}


@pytest.mark.parametrize(
    "text",
    [
        "j'upload mon archive sur le new compte et mes pouets reviennent",
        "suffit d'uploader le zip sur le nouveau compte pour ravoir mes posts",
        "je remets l'archive sur le nouveau et tous mes toots sont de retour",
        "une fois l'archive uploadée sur la nouvelle instance mes photos sont récupérées",
    ],
)
def test_putting_the_archive_back_in_franglais_is_the_import_claim(text):
    """Uploading / putting back the archive so the posts come back states that posts can
    be imported, whatever the verb (franglais "upload", "remettre")."""
    assert myths_of(text) == {"posts_can_be_imported"}


@pytest.mark.parametrize(
    "text",
    [
        "faque chaque follower doit re-follow mon nouveau compte",
        "donc tout le monde doit cliquer sur suivre à nouveau sur le nouveau profil",
        "chaque abonné doit refollow le nouveau compte à la main",
        "mes abonnés vont devoir cliquer sur s'abonner à nouveau, c'est ça ?",
    ],
)
def test_each_follower_following_again_is_the_refollow_claim(text):
    """Each follower having to follow / click "follow" again (franglais "re-follow"
    included) is the claim that followers must refollow, not how to press the button."""
    assert myths_of(text) == {"followers_must_refollow"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("est-ce que mes suiveurs viennent avec moi ?", "followers"),
        ("mes suiveurs vont me suivre sur le nouveau compte ?", "followers"),
        ("je peux faire tout le déménagement sur mon gsm ?", "website_vs_app"),
        ("ça se fait sur le natel ou faut un ordi ?", "website_vs_app"),
        ("je peux le faire depuis mon cell ?", "website_vs_app"),
        ("pkoi mes pouets suivent pas ?", "why_no_posts"),
        ("kom je fais pour l'alias", "alias"),
    ],
)
def test_regional_learner_and_sms_words_are_their_standard_words(text, subject):
    """Learners' calque "suiveurs" (followers), Belgian "gsm", Swiss "natel", Quebec
    "cell", "ordi", SMS "pkoi", "kom": read as the standard word they stand for."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    "text",
    [
        "comment on supprime un tweet",
        "comment effacer une story insta",
        "c'est quoi la meilleure appli pour threads",
        "comment on partage une vidéo sur tiktok",
        "bluesky a des listes de blocage partagées ?",
        "est-ce que threads a des favoris ?",
    ],
)
def test_another_services_own_features_are_off_topic(text):
    """Deleting, sharing, favourites, block lists, apps... on TikTok, Instagram, Bluesky,
    Threads or X, with nothing of a link to the member's Mastodon profile: off topic."""
    reading = first_contact({"text": text})[1]
    assert reading.command is None and reading.understanding.kind == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "l'instance ferme, combien de temps j'ai une fois qu'elle est fermée ?",
        "notre instance ferme, on a combien de temps après qu'elle soit fermée ?",
    ],
)
def test_time_left_once_the_server_has_closed_is_the_closing(text):
    """ "How long do I have once it closes?" is the closing (LABELS.md), though "est
    fermée" also names a server already gone."""
    assert subjects_of(text) == {"server_closing"}


@pytest.mark.parametrize(
    "text",
    [
        "pour 30 abonnés je migre ou j'ouvre juste un nouveau compte ?",
        "j'ai genre 10 followers, je fais le move ou je crée un autre compte ?",
        "je déménage ou je recrée un compte tout simplement ?",
    ],
)
def test_moving_or_just_a_new_account_is_whether_to_move(text):
    """ "Je migre ou ..." weighs the move against another way: whether to move, though
    the followers are named as the reason."""
    assert subjects_of(text) == {"whether_to_move"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("et mes favs je les perds ? et mes signets ?", {"boosts_favourites", "bookmarks"}),
        ("mes favs et mes listes, c'est perdu ?", {"boosts_favourites", "lists"}),
        ("le nom d'affichage je le refais ? et mes pouets épinglés ?", {"profile", "pinned_posts"}),
        ("mon display name faut le refaire ? et mes listes ?", {"profile", "lists"}),
    ],
)
def test_short_and_franglais_names_of_things_beside_another_subject(text, subjects):
    """ "favs", "nom d'affichage", "display name" name the favourites and the profile in
    the French tables too, so a second question beside them keeps both subjects."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "où j'en suis avec mes abonnés qui arrivent sur le nouveau compte ?",
        "j'en suis où avec le transfert de mes abonnés ?",
    ],
)
def test_where_am_i_with_my_followers_in_public_is_the_progress(text):
    assert subjects_of(text) == {"move_progress"}


@pytest.mark.parametrize(
    "text",
    [
        "je fais comment pour remettre les comptes que je suivais ?",
        "je fais comment pour récupérer les gens que je suivais sur le nouveau compte",
        "comment je fais pour ramener mes abonnements sur le new compte",
    ],
)
def test_how_do_i_do_to_bring_back_my_follows_is_the_import(text):
    """ "je fais comment pour remettre ...": "comment" a few words before the verb."""
    assert subjects_of(text) == {"import"}


@pytest.mark.parametrize(
    "text",
    [
        "mes abonnés vont devoir cliquer sur suivre à nouveau ? sérieux",
        "tous mes abonnés devront me resuivre ? la flemme",
        "tout le monde doit me re-suivre à la main ? misère",
    ],
)
def test_a_claim_asked_then_groaned_at_takes_it_for_granted(text):
    """A complaint after the question ("sérieux", "la flemme", "ben là", "ça va être la
    galère") takes the claim for granted, as "pfff" or "quelle galère" do."""
    assert myths_of(text) == {"followers_must_refollow"}


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("je veux que le bot efface tout ce qu'il a stocké sur moi", "dm", "forget"),
        ("je voudrais que tu effaces ce que tu as enregistré sur moi", "dm", "forget"),
        ("j'aimerais que le bot oublie tout ce qu'il sait de moi", "dm", "forget"),
        ("je voudrais que tu arrêtes de m'envoyer des rappels", "dm", "stop"),
        ("j'aimerais que tu reviennes à l'étape d'avant", "alias", "back"),
        ("je veux que tu sautes cette étape", "export", "skip"),
    ],
)
def test_an_order_said_as_a_wish_with_que_is_the_order(text, where, command):
    """ "je veux que tu ...", "j'aimerais que le bot ...": the "que" after a wish opens
    no question, and the verb in the second person ("arrêtes", "sautes") is the order's."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("en allemand s'il te plaît, c'est plus facile pour moi", "language:de"),
        ("en espagnol por favor, c'est plus simple pour moi", "language:es"),
        ("en anglais svp, c'est plus pratique pour moi", "language:en"),
    ],
)
def test_a_language_asked_with_ease_as_the_reason_is_the_language(text, command):
    """A clause saying why ("c'est plus simple pour moi") beside a language named asks
    for nothing else: the language is asked for, as with an apology for one's French."""
    assert command_of(text, "dm") == command


@pytest.mark.parametrize(
    "text",
    [
        "les listes ça se transfère pas, c'est mort",
        "mes listes elles suivent pas, c'est mort",
        "de toute façon les listes se transfèrent pas",
    ],
)
def test_a_claim_with_spoken_negation_without_ne_is_the_negative_claim(text):
    """Spoken French drops the "ne" and says "pas" after the verb ("se transfèrent pas"):
    still the claim that lists cannot move."""
    assert myths_of(text) == {"lists_cannot_transfer"}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("les comptes que je suis vont suivre direct", "follows_move_automatically"),
        ("mes pouets vont suivre sur le nouveau compte", "posts_move_automatically"),
        ("mes vidéos vont suivre direct", "posts_move_automatically"),
        ("les gens que je suis vont passer direct sur le nouveau", "follows_move_automatically"),
    ],
)
def test_things_that_will_follow_direct_is_the_claim_they_move(text, myth):
    """The near future ("vont suivre", "vont passer") and "direct" (straight away, by
    itself) say that they move by themselves."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("next step ?", "dm", "status"),
        ("étape suivante ?", "dm", "status"),
        ("suivant ?", "dm", "status"),
        ("next step", "alias", "skip"),
        ("étape suivante", "export", "skip"),
    ],
)
def test_the_next_step_in_a_dm_asks_what_comes_next(text, where, command):
    """In a DM no step waits to be skipped: "next step?", "étape suivante ?" ask what
    comes next (status); at a step they still skip it."""
    assert command_of(text, where) == command
