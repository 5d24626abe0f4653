"""English classes of session 42 (en-steps): direct messages and answers at walkthrough
steps, chosen on the tuning halves of rounds 58-74 and on the kinds of round 74's held-out
misses (counts only). The phrasings are the tuner's own; none is a row of the question
sets."""

from __future__ import annotations

import pytest
from question_set import read_row


@pytest.mark.parametrize(
    "text",
    [
        "all done, followers came across, thank you!",
        "that's everything sorted, cheers bot",
        "you were a big help with the alias, thank you",
        "the import is working now. thanks so much",
    ],
)
def test_thanks_closing_a_report(text: str) -> None:
    """A report of what went well, then a thanks closing the message in a clause of its
    own: thanks (understand.py _thanks_for), as a thanks opening it is."""
    got = read_row({"text": text, "where": "dm"})
    assert got.command is None and got.understanding.kind == "thanks"


@pytest.mark.parametrize(
    "text", ["i need to export my follows, thanks", "i want to know about my posts, thanks"]
)
def test_thanks_closing_a_request(text: str) -> None:
    """A request or wish closed by a thanks asks (intents/en.toml thanking_after)."""
    got = read_row({"text": text, "where": "dm"})
    assert got.command is None and got.understanding.kind == "question"


@pytest.mark.parametrize(
    "text",
    [
        "now the alias is made the followers start moving?",
        "so once i add the alias the followers start moving already?",
        "alias done, the followers start moving straight away?",
        "after i make the alias, the followers start moving?",
    ],
)
def test_followers_starting_to_move_asked_at_alias(text: str) -> None:
    """The followers said to start moving, asked at the alias step: the alias myth, not a
    wish to start (interpret.py, "start" said of the followers)."""
    got = read_row({"text": text, "where": "alias"})
    assert got.command is None and got.understanding.kind == "myth"
    assert "alias_starts_transfer" in got.understanding.myths


@pytest.mark.parametrize(
    "text",
    [
        "mornin! where we at? kettle's on",
        "hiya, where we up to with all this",
        "evening bot, where we at now",
    ],
)
def test_where_we_at_after_a_greeting(text: str) -> None:
    """ "where we at", "where we up to" without "are", after a hello and before more words:
    where the member is (walkthrough/en.toml commands.status), not a greeting."""
    assert read_row({"text": text, "where": "dm"}).command == "status"


@pytest.mark.parametrize(
    "text",
    ["how much of them come so far?", "how much reach so far", "how much made it over so far"],
)
def test_how_much_so_far_at_followers(text: str) -> None:
    """ "how much ... so far" for how many, said of the followers' wait: progress
    (walkthrough/en.toml commands.progress)."""
    assert read_row({"text": text, "where": "followers"}).command == "progress"
