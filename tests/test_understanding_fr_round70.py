"""French classes of session 38 (learn38fres), chosen on the tuning halves of rounds 58-69,
steps first. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, first_contact, subjects_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("j'aimerais que vous me parliez en allemand", "de"),
        ("ma fille voudrait que tu causes en anglais", "en"),
        ("mon mari voudrait que vous écriviez en espagnol", "es"),
        ("ma voisine souhaite que vous répondiez en anglais pour elle", "en"),
    ],
)
def test_a_language_asked_in_the_subjunctive_of_a_wish(text: str, language: str) -> None:
    """ "que vous parliez / causiez / écriviez / répondiez en X": a wish for that language,
    often said for someone else beside the member."""
    assert command_of(text, "dm") == f"language:{language}"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("ça prend combien de temps avant que mes abonnés arrivent ?", "move"),
        ("ça va-tu prendre longtemps avant que mes abonnés arrivent?", "followers"),
        ("combien de temps avant que mes abonnés arrivent", "dm"),
        ("en combien de temps ils arrivent, les abonnés ?", "followers"),
    ],
)
def test_how_long_until_the_followers_arrive_asks_about_the_wait(text: str, where: str) -> None:
    """How long the followers take is follower_timing, not how far the member's own move
    has got (`progress`), though its words say them arriving."""
    assert subjects_of(text, where) == {"follower_timing"}


def test_are_they_arriving_is_still_progress() -> None:
    assert command_of("mes abonnés arrivent ?", "followers") == "progress"


@pytest.mark.parametrize(
    "text",
    [
        "je peux revenir en arrière si la nouvelle instance me plaît pas ?",
        "on peut revenir en arrière une fois migré ?",
        "est-ce qu'on peut revenir en arrière après la migration ?",
    ],
)
def test_going_back_asked_in_a_dm_is_undoing_the_move(text: str) -> None:
    """In a DM no step waits to go back to: going back asked is undoing the move."""
    assert subjects_of(text, "dm") == {"move_back"}


def test_going_back_ordered_in_a_dm_or_at_a_step_is_still_back() -> None:
    assert command_of("retour en arrière stp", "dm") == "back"
    assert command_of("je peux revenir en arrière ?", "import") == "back"


@pytest.mark.parametrize(
    "text", ["que Dieu vous bénisse, tout est bon", "Dieu te bénisse mon frère, c'est réglé"]
)
def test_a_blessing_thanks(text: str) -> None:
    """West and Central Africa, the Antilles: a blessing closes with thanks."""
    locale, got = first_contact({"text": text, "where": "dm"})
    assert got.command is None and got.understanding.kind == "thanks", got
    assert locale == "fr"


@pytest.mark.parametrize(
    "text",
    [
        "alias créé, c'est quoi la suite ?",
        "l'alias est fait mais rien ne se passe, il manque quoi ?",
    ],
)
def test_what_comes_after_the_alias_is_the_move(text: str) -> None:
    """The alias reported done, then what comes next or what is missing: the move, which
    starts on the old account ("comment je fais l'alias et après ..." still asks the alias)."""
    assert subjects_of(text) == {"move"}


def test_which_account_the_move_is_done_from_is_the_move() -> None:
    """ "depuis l'ancien compte ou depuis le nouveau ?": the move's side, not the old account."""
    assert subjects_of(
        "je dois faire le transfert à partir de l'ancien compte ou du nouveau ?"
    ) == {"move"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("il me manque 30 abonnés par rapport à avant, c'est normal ?", "followers"),
        ("il manque une trentaine d'abonnés par rapport à avant le déménagement", "public"),
    ],
)
def test_followers_missing_against_the_old_count_is_the_lower_count(text: str, where: str) -> None:
    """Followers missing "par rapport à avant" (against the count before): the count stays
    lower, they are not late."""
    assert subjects_of(text, where) == {"follower_count_lower"}


@pytest.mark.parametrize(
    "text",
    [
        "mes abonnés ils arrivent ou pas ? j'en ai 100 sur 400",
        "ils arrivent ou non, mes abonnés ? j'ai lancé hier",
    ],
)
def test_are_they_arriving_or_not_is_how_the_move_goes(text: str) -> None:
    """ "ils arrivent ou pas ?": whether they are arriving now is the move's progress."""
    assert subjects_of(text) == {"move_progress"}


@pytest.mark.parametrize(
    "text",
    [
        "si je déménage maintenant et que dans une semaine je veux changer encore, c'est possible ?",
        "et si dans 15 jours je veux partir sur une autre instance, je peux ?",
    ],
)
def test_moving_on_again_soon_supposed_is_the_cooldown(text: str) -> None:
    """A move supposed, then another soon after ("changer encore", "dans 15 jours ... une autre
    instance"): the cooldown asked, no wish to start."""
    assert subjects_of(text) == {"cooldown"}


def test_a_server_named_then_how_to_find_a_good_one() -> None:
    """ "je veux changer de serveur, comment on en trouve un bon ?": "en" stands for the server."""
    assert subjects_of("je veux changer de serveur, comment on en trouve un bon ?") == {
        "choose_server"
    }


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("recommencez tout", "profile"),
        ("bon, recommençons tout", "import"),
        ("recommence tout svp", "export"),
    ],
)
def test_start_everything_over_in_the_imperative_is_restart(text: str, where: str) -> None:
    """ "recommence tout", "recommencez tout", "recommençons tout": the walkthrough over from
    the start, not a question about everything that moves ("tout")."""
    assert command_of(text, where) == "restart"
