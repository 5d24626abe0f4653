"""English classes of session 43 (en-steps): direct messages and answers at walkthrough
steps, chosen on the tuning halves of rounds 58-75 and on the kinds of rounds 74-75's
held-out misses (counts only). The phrasings are the tuner's own; none is a row of the
question sets."""

from __future__ import annotations

import pytest
from question_set import read_row


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("no more updates thanks", "followers"),
        ("ok stop the updates, cheers", "followers"),
        ("don't need any more updates, ta", "followers"),
        ("you can stop the check-ins now", "followers"),
        ("no more updates please", "dm"),
        ("stop checking in on me, thanks", "followers"),
    ],
)
def test_stop_the_updates(text: str, where: str) -> None:
    """The bot's messages called updates or check-ins, told to stop, a thanks beside it:
    stop (walkthrough/en.toml commands.stop), not a thanks or a skip."""
    assert read_row({"text": text, "where": where}).command == "stop"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("have they all moved yet", "followers"),
        ("have they moved yet", "followers"),
        ("are they all over yet", "followers"),
        ("status of my followers?", "followers"),
        ("followers status?", "followers"),
        ("what's the status of my followers", "dm"),
    ],
)
def test_followers_moved_yet(text: str, where: str) -> None:
    """ "moved yet", "over yet", the followers' status, said of the followers' wait or in
    a DM: progress (walkthrough/en.toml commands.progress), not done, how or a question
    about followers."""
    assert read_row({"text": text, "where": where}).command == "progress"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("not done yet, will do it tonight", "import"),
        ("not finished yet, will do it later", "profile"),
        ("it's not done yet, will request it later", "archive"),
        ("nope, will get to it after work", "export"),
        ("not yet. will try tomorrow", "alias"),
    ],
)
def test_plan_with_the_i_dropped(text: str, where: str) -> None:
    """A step not done, then a plan with the "I" dropped ("will do it tonight"): not yet.
    "will" opening it asks nothing (walkthrough/en.toml `proposing`), so "done yet" is no
    question about the move's progress."""
    assert read_row({"text": text, "where": where}).command == "not_yet"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("can i import my posts here too?", "import"),
        ("can i import my toots as well?", "import"),
        ("can i import my old posts too?", "public"),
        ("i can import my posts as well right", "dm"),
    ],
)
def test_posts_imported_too(text: str, where: str) -> None:
    """Posts asked to be imported "too" or "as well", like the lists: the myth that posts
    can be imported (intents/en.toml posts_can_be_imported presupposed_by)."""
    got = read_row({"text": text, "where": where})
    assert got.command is None and got.understanding.kind == "myth"
    assert "posts_can_be_imported" in got.understanding.myths


@pytest.mark.parametrize(
    "text", ["can i import my posts on the new account?", "do my posts move too?"]
)
def test_posts_asked_whether(text: str) -> None:
    """Asked whether, with nothing put forward, is still a question about the posts."""
    got = read_row({"text": text, "where": "public"})
    assert got.understanding.kind == "question" and got.understanding.subjects == ["posts"]


@pytest.mark.parametrize(
    "text",
    [
        "can you help me transfer my account",
        "please assist me in transferring my account to another instance",
        "i wish to relocate my account. kindly assist",
        "help me get my account over to the new server",
        "assist me with the migration please",
        "let's get going",
        "ready when you are",
        "let's get this show on the road",
    ],
)
def test_start_said_other_ways(text: str) -> None:
    """A request to be taken through the move with another verb for moving the account
    (transfer, relocate, get .. over, assist with the migration), or a readiness idiom:
    start in a DM (walkthrough/en.toml commands.start)."""
    assert read_row({"text": text, "where": "dm"}).command == "start"


@pytest.mark.parametrize(
    "text", ["how do i transfer my account to another server", "how do i transfer my account?"]
)
def test_transfer_asked_how(text: str) -> None:
    """Asked how, with a question word opening it, the account's transfer is a question
    about the move, not a wish to start."""
    got = read_row({"text": text, "where": "dm"})
    assert got.command is None and got.understanding.subjects == ["move"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("you're the best", "dm"),
        ("ur the best bot", "dm"),
        ("you are the best, thank you", "followers"),
    ],
)
def test_you_are_the_best(text: str, where: str) -> None:
    """ "you're the best" said to the bot thanks it (intents/en.toml kinds.thanks), as
    "you're a star" does."""
    got = read_row({"text": text, "where": where})
    assert got.command is None and got.understanding.kind == "thanks"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("my follows came with me didn't they", "import"),
        ("do i need this? my follows came with me didn't they", "import"),
        ("my follows came with me, right?", "import"),
        ("the people i follow came along with the move right", "public"),
    ],
)
def test_follows_came_with_me(text: str, where: str) -> None:
    """The follows said to have come (past tense: "came with", "came along") put forward
    for a yes: the follows myth (intents/en.toml cues.moving)."""
    got = read_row({"text": text, "where": where})
    assert got.command is None and got.understanding.kind == "myth"
    assert "follows_move_automatically" in got.understanding.myths
