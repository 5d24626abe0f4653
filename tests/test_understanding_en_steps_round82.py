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


@pytest.mark.parametrize(
    ("text", "where", "subject"),
    [
        (
            "while i wait for this, how do i delete my old account later",
            "download",
            "delete_old_account",
        ),
        ("while im waiting for this to finish, how do i pick a server", "archive", "choose_server"),
        (
            "while i wait for this, how do i delete the old account afterwards?",
            "followers",
            "delete_old_account",
        ),
        ("waiting for this to process, how do i choose a server", "download", "choose_server"),
    ],
)
def test_waiting_for_this_then_asking(text: str, where: str, subject: str) -> None:
    """ "While I wait for this" says when the member asks, not which step the question is
    about (`step_times`): the question about something else is that question, not how."""
    reading = read_row({"text": text, "where": where})
    assert reading.command is None
    assert reading.understanding.subjects == [subject]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("also unrelated but do you know if it'll rain tomorrow", "profile"),
        ("off topic but do you know if its raining tomorrow in leeds", "export"),
        ("random but do you know if the football is on tonight", "alias"),
        ("unrelated but any idea if itll be sunny tomorrow", "archive"),
    ],
)
def test_off_topic_wondering_puts_nothing_off(text: str, where: str) -> None:
    """An off-topic question asked in words of wondering with no mark ("do you know if it'll
    rain tomorrow", "any idea if"): off topic (rain and sun beside the weather in
    `out_of_scope`), its time word puts no step off (not_yet), and its "but" reports no
    step done with a problem (how)."""
    reading = read_row({"text": text, "where": where})
    assert reading.command is None
    assert reading.understanding.kind == "unknown"


def test_later_with_a_reason_still_puts_off() -> None:
    """ "later" opening the message, the weather its reason: still not yet."""
    text = "later, its raining and i need to get the washing in"
    assert read_row({"text": text, "where": "profile"}).command == "not_yet"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("whats the status on the followers", "followers"),
        ("where are we at with the followers", "followers"),
        ("status on my followers pls", "dm"),
        ("whats the status with the followers", "dm"),
        ("any status update on the followers", "followers"),
    ],
)
def test_status_of_the_followers_is_progress(text: str, where: str) -> None:
    """The status asked of the followers ("status on the followers", "where are we at with
    the followers"): how the move is going (progress, walkthrough/en.toml), not where the
    walkthrough stands."""
    assert read_row({"text": text, "where": where}).command == "progress"


def test_bare_status_at_followers_stays_status() -> None:
    """ "status?" naming nothing is still where the walkthrough stands."""
    assert read_row({"text": "status?", "where": "followers"}).command == "status"
