"""English classes of session 48 (en-steps): commands in DMs and at walkthrough steps,
chosen on the tuning halves of rounds 82-83. The phrasings are the tuner's own; none is a
row of the question sets."""

from __future__ import annotations

import pytest
from question_set import read_row


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("na wetin i go do now", "download", "status"),
        ("wetin i go do next", "export", "status"),
        ("abeg wetin remain", "archive", "status"),
        ("wetin i go do now abeg", "dm", "status"),
        ("make you stop dey send me reminder", "followers", "stop"),
        ("abeg no send me reminder again", "export", "stop"),
        ("abeg make una stop send me message", "followers", "stop"),
        ("abeg wait small", "archive", "not_yet"),
    ],
)
def test_pidgin_at_a_step(text: str, where: str, command: str) -> None:
    """Nigerian Pidgin at a step ("abeg" = please and "wetin" = what are chat spellings):
    "wetin I go do now" asks what comes next (status), "stop send me reminder" with the
    verb unmarked and "reminder" singular stops the reminders, "wait small" puts the step
    off (walkthrough/en.toml)."""
    assert read_row({"text": text, "where": where}).command == command


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("i made the alias but let's pause here, i'll resume tomorrow", "alias"),
        ("got the csvs but pause please, i'll resume on monday", "export"),
        ("alias is made but pause here please, i'll resume at the weekend", "alias"),
        ("imported the follows but let's pause, i'll resume tomorrow", "import"),
        ("got the csvs but i want to pause, will resume on monday", "export"),
    ],
)
def test_pause_then_resume_later(text: str, where: str) -> None:
    """Part of the step told, then a pause and "I'll resume" with a later time: the step
    put off (not_yet), not a resume now, though the report names a subject
    (bot/interpret.py, as "back to it" beside "not yet")."""
    assert read_row({"text": text, "where": where}).command == "not_yet"


def test_resume_in_a_dm_still_resumes() -> None:
    """In a DM no step waits to be put off: "I'm back, let's resume" resumes."""
    assert read_row({"text": "i'm back, let's resume", "where": "dm"}).command == "resume"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("honestly can we start this whole thing over from scratch", "choose_direction"),
        ("do it over from the beginning", "choose_direction"),
        ("can we do this whole thing over from the start", "choose_direction"),
        ("let's start it all over from scratch", "ask_new_handle"),
    ],
)
def test_over_from_scratch_restarts(text: str, where: str) -> None:
    """ "Over from scratch", "over from the beginning": starting again, whose "over from"
    is no arrival from another server where the way is asked (the wider phrase wins,
    bot/interpret.py)."""
    assert read_row({"text": text, "where": where}).command == "restart"


def test_coming_over_from_still_arrives() -> None:
    """ "Coming over from" another server still answers which way."""
    text = "i'm coming over from mastodon.social"
    assert read_row({"text": text, "where": "choose_direction"}).command == "here"
