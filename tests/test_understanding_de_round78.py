"""German messages of session 45 (ja-de), classes of dialect and public questions seen in the
tuning rows: the posts said to be on the new server or over there ("dass meine Tröts dann auf
der neuen Instanz sind": the claim that they move), Bavarian and Austrian progress questions
("san meine Follower scho drüben?", "wie schaut's aus mit meinem Umzug"), Bavarian "zusperren" said
of the new account (locked), and people "gesperrt" (the ones blocked, not a locked account).
The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "bin froh, dass meine Tröts dann alle drüben sind",
        "super, dann sind meine Beiträge ja alle auf dem neuen Server",
        "ich hoffe, dass meine Beiträge dann auf dem neuen Server sind",
        "schön dass meine posts dann auf dem neuen konto sind 😊",
    ],
)
def test_the_posts_said_to_be_over_there_state_the_myth(text: str) -> None:
    """The posts said to be on the new server ("auf der neuen Instanz sind") or over there
    ("drüben sind") are said to have moved: the myth, as "dass meine Posts mitkommen"."""
    assert myths_of(text) == {"posts_move_automatically"}


@pytest.mark.parametrize(
    "text", ["sind meine posts dann auf dem neuen server?", "Sind meine Beiträge dann auch drüben?"]
)
def test_asking_whether_the_posts_are_there_stays_a_question(text: str) -> None:
    assert subjects_of(text) == {"posts"}


@pytest.mark.parametrize(
    "text",
    [
        "san meine follower scho drüben?",
        "sind die Follower schon da?",
        "wie schauts aus mit meinem umzug",
        "wie sieht es aus mit meinem Umzug?",
        "wie schaut des aus mit dem umzug, san olle follower scho drüben?",
    ],
)
def test_bavarian_progress_questions(text: str) -> None:
    """The followers "schon da" or "scho drüben" and "wie schaut's aus mit meinem
    Umzug" (how does it look, "wie sieht's aus") ask how the move is going."""
    assert subjects_of(text) == {"move_progress"}


def test_an_archive_already_there_stays_the_archive() -> None:
    assert subjects_of("Ist das Archiv schon da?") == {"archive"}


@pytest.mark.parametrize(
    "text",
    [
        "wenn ich das neue konto zusperre, kommen die follower trotzdem?",
        "wenn i mei neis konto zuasperr, kumman de leit dann no?",
        "Kann ich den neuen Account zusperren und kommen die Follower dann trotzdem rüber?",
    ],
)
def test_locking_the_account_with_zusperren(text: str) -> None:
    """Bavarian and Austrian "zusperren" ("zuasperr") said of the account locks it."""
    assert subjects_of(text) == {"locked_account"}


def test_a_server_that_closes_down_is_no_locked_account() -> None:
    assert subjects_of("unser server sperrt zu, kommen die follower mit?") == {"followers"}


@pytest.mark.parametrize(
    "text",
    [
        "meine gesperrten Leute, sind die auf dem neuen Konto auch gesperrt?",
        "die leute die ich gesperrt hab, bleiben die gesperrt?",
        "sind gesperrte accounts dann auf dem neuen konto auch gesperrt?",
        "Bleiben die Leute, die ich gesperrt habe, auch nach dem Umzug gesperrt?",
    ],
)
def test_people_gesperrt_are_the_blocks(text: str) -> None:
    """People "gesperrt" ("die ich gesperrt hab", "gesperrte Accounts") are the ones the
    member blocked, not a locked account, even said again of them ("bleiben die gesperrt")."""
    assert subjects_of(text) == {"blocks"}


def test_a_locked_account_asked_apart_stays() -> None:
    text = "Kommen meine blockierten Leute mit? Und wenn mein neues Konto gesperrt ist, muss ich Anfragen bestätigen?"
    assert subjects_of(text) == {"blocks", "locked_account"}
    assert subjects_of("mein konto ist gesperrt, kommen follower trotzdem?") == {"locked_account"}
