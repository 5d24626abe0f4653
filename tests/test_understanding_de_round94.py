"""German classes of session 53 (de53): commands at walkthrough steps and in DMs. The
phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("abbrechen", "alias"),
        ("ich will das nicht mehr, abbrechen", "export"),
        ("ich brech das hier ab", "move"),
        ("ich geb's auf", "import"),
        ("erinner mich bitte nicht mehr", "dm"),
        ("nerv mich nicht", "dm"),
        ("hab keinen bock mehr", "export"),
    ],
)
def test_cancelling_or_giving_up_stops(text: str, where: str) -> None:
    """Cancelling or giving up ("abbrechen", "ich brech das ab", "ich geb auf"), as
    English "cancel", "give up": stop, not a question about undoing the move."""
    assert command_of(text, where) == "stop"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("kann ich den umzug abbrechen?", "dm", None),
        ("hab keine lust mehr auf diesen server, hilf mir umziehen", "dm", "start"),
    ],
)
def test_undoing_the_move_or_a_reason_to_move_is_no_stop(
    text: str, where: str, command: str | None
) -> None:
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    "text",
    [
        "sind die jetzt alle drüben?",
        "schon jemand da?",
        "kommen da noch welche?",
        "wie viele fehlen noch?",
        "sünd de all dor?",
    ],
)
def test_all_or_anyone_asked_after_at_the_wait_is_progress(text: str) -> None:
    """The followers asked after as all or anyone at the wait: how the move goes, no
    "how?"."""
    assert command_of(text, "followers") == "progress"


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("ich zieh zu euch", "here"),
        ("ich ziehe ein", "here"),
        ("rüber zu euch", "here"),
        ("ich will hierher umziehen", "here"),
        ("ich zieh von euch weg", "away"),
    ],
)
def test_to_you_or_away_from_you_answers_the_direction(text: str, command: str) -> None:
    """ "zu euch" (to you all), moving in, "hierher umziehen": arriving; "von euch weg":
    leaving."""
    assert command_of(text, "choose_direction") == command


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("bin zurück", "dm", "resume"),
        ("weg mit meinen daten", "dm", "clarify_delete"),
        ("alles von mir soll weg", "dm", "clarify_delete"),
        ("das mach ich am abend", "profile", "not_yet"),
        ("morgen früh", "alias", "not_yet"),
        ("export kann ich mir sparen", "export", "skip"),
        ("das spar ich mir", "archive", "skip"),
        ("hab ich gestern am abend gemacht", "alias", "done"),
    ],
)
def test_back_again_rid_of_it_later_or_spared(text: str, where: str, command: str) -> None:
    """ "bin zurück" (I'm back) resumes; "weg mit meinen daten" asks to delete without
    saying whose; a time of day later puts the step off; "kann ich mir sparen" skips it."""
    assert command_of(text, where) == command
