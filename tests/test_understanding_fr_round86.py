"""French classes of session 49 (fr-es). The phrasings are the tuner's own; none is a row of
the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "Efface mes données de ton côté",
        "tu peux effacer mes données de ton côté ?",
        "supprime tout de ton côté stp",
        "efface mes infos de votre côté svp",
        "supprimez mes données chez vous",
    ],
)
def test_erasing_on_the_bots_side_forgets(text: str) -> None:
    """ "de ton côté", "chez vous": what this bot keeps (forget), not the member's account
    (clarify_delete)."""
    assert command_of(text, "dm") == "forget"


@pytest.mark.parametrize(
    "text",
    [
        "pouvez-vous nous guider pour déménager le compte de la chorale ?",
        "tu peux nous guider pour déménager notre compte ?",
        "vous pouvez nous aider à déménager le compte de l'asso ?",
        "pourriez-vous nous accompagner pour migrer notre compte ?",
    ],
)
def test_a_shared_account_asking_to_be_guided_starts(text: str) -> None:
    """A shared account's "nous guider", "nous aider à déménager": the wish to start, as
    "me guider" is for one member."""
    assert command_of(text, "public") == "start"


@pytest.mark.parametrize(
    "text",
    [
        "Coucou ! Je prépare mon déménagement. Qu'est-ce qui suit et qu'est-ce qui reste ? Merci d'avance !",
        "Qu'est-ce qui part et qu'est-ce qui reste ? merci",
        "qu'est-ce qui vient avec moi, qu'est-ce qui reste là-bas ? merci d'avance",
        "qu'est-ce qui reste et qu'est-ce qui déménage ? Merci !",
    ],
)
def test_what_goes_and_what_stays_asked_as_a_pair_is_the_overview(text: str) -> None:
    """The two sides asked as a pair name the overview plainly: a thanks closing the
    question does not take it for a thanks alone."""
    assert subjects_of(text) == {"overview"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("attends, c'est écrit où ?", "ask_old_handle"),
        ("attends, je le trouve où ?", "alias"),
        ("Attends, j'm'en rappelle pus, c'est marqué où ?", "ask_old_handle"),
        ("attendez, ça se trouve où ce truc ?", "export"),
    ],
)
def test_hold_on_opening_a_where_question_at_a_step_asks_how(text: str, where: str) -> None:
    """ "attends," opening a question only holds the thread: asking where the step's
    thing is asks how (Quebec's "pus" is "plus")."""
    assert command_of(text, where) == "how"


@pytest.mark.parametrize(
    "text",
    ["attends", "attends un peu", "attends deux minutes je reviens", "attendez encore un peu"],
)
def test_hold_on_alone_or_with_time_puts_the_step_off(text: str) -> None:
    assert command_of(text, "alias") == "not_yet"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("faut que je choisisse une instance avant, tu en recommandes une ?", "ask_new_handle"),
        ("il faut que je choisisse un serveur, lequel ?", "public"),
        ("j'ai vu plein d'instances, t'en conseilles une ?", "public"),
        ("attends, faut d'abord que je choisisse un serveur", "ask_new_handle"),
    ],
)
def test_choosing_a_server_in_the_subjunctive_or_as_en(text: str, where: str) -> None:
    """ "que je choisisse un serveur", "t'en conseilles une ?" ("en": the server named
    before): choosing a server, not how to do the step."""
    assert subjects_of(text, where) == {"choose_server"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("mes posts abonnés seulement sont dans l'archive ?", "followers_only_posts"),
        ("l'archive contient mes posts réservés aux abonnés ?", "followers_only_posts"),
        ("mes boosts sont inclus dans l'archive ?", "boosts_favourites"),
        ("mes favoris sont compris dans le zip ?", "boosts_favourites"),
    ],
)
def test_whether_the_archive_holds_them_is_their_own_answer(text: str, subject: str) -> None:
    """Followers-only posts' and favourites' own answers tell that the archive has them:
    no question about the archive itself."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    "text",
    [
        "les messages que j'ai mis en favori, ils suivent ?",
        "les posts que j'ai boostés, ils partent avec moi ?",
        "mes publications favorites restent ?",
        "les pouets boostés partent avec moi ?",
    ],
)
def test_posts_named_as_the_ones_favourited_or_boosted(text: str) -> None:
    """ "les messages que j'ai mis en favori", "mes publications favorites": the boosts and
    favourites, not the member's own posts."""
    assert subjects_of(text) == {"boosts_favourites"}
