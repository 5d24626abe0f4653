"""English classes of session 47 (en-steps): questions and commands in DMs and at
walkthrough steps, chosen on the tuning halves of rounds 79-81. The phrasings are the
tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import read_row


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("havent decided on a server yet, how do i pick one", "ask_new_handle"),
        ("still deciding between two instances, how do i choose", "ask_new_handle"),
        ("torn between two instances, which should i go for", "ask_new_handle"),
        ("not decided which instance yet, how do people pick", "choose_direction"),
        ("i havent picked a server yet, how does everyone choose", "ask_new_handle"),
        ("havent decided on a server yet, how do i pick one", "ask_old_handle"),
    ],
)
def test_server_not_yet_chosen(text: str, where: str) -> None:
    """The new server not yet chosen ("haven't decided on a server", "torn between two
    instances"), then "how do I pick one": choosing a server (intents/en.toml), asked at an
    early step, not how to answer the step."""
    reading = read_row({"text": text, "where": where})
    assert reading.command is None
    assert reading.understanding.subjects == ["choose_server"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("i'd rather have this in german from now on", "de"),
        ("I'd rather read this in Spanish, can you do that", "es"),
        ("i work as a translator and i'd rather read this in french", "fr"),
        ("id rather have it in japanese from now on", "ja"),
    ],
)
def test_rather_in_a_language(text: str, code: str) -> None:
    """A language wished for as a preference ("I'd rather read this in Spanish"):
    `rather` is a verb of speaking (walkthrough/en.toml), so the reply language changes."""
    assert read_row({"text": text, "where": "dm"}).command == f"language:{code}"


def test_rather_not_still_skips() -> None:
    """ "rather not" names no language: still skipping the step."""
    assert read_row({"text": "i'd rather not, skip", "where": "export"}).command == "skip"


def test_decided_to_leave_is_no_choice() -> None:
    """Deciding to leave the server is the story, not choosing the next one."""
    text = "our club decided to leave the server, which account do i start on"
    assert read_row({"text": text, "where": "dm"}).understanding.subjects == ["move"]
