"""Classes of English phrasing behind round 8's tuning misses (issue 12). Each example is my
own phrasing of the class, read as a first contact the way the question sets score; none is
a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        # Chat spellings of "account" in an order: "acct" is "account" there too.
        ("delete my acct", "dm", "clarify_delete"),
        ("pls remove my acct", "dm", "clarify_delete"),
        ("erase my acct please", "dm", "clarify_delete"),
        # A wish said the old-fashioned way is filler before the order, like "I'd like to".
        ("I should like to delete my account.", "dm", "clarify_delete"),
        ("I think I should like to erase my account now", "dm", "clarify_delete"),
        ("I'd love to delete my account", "dm", "clarify_delete"),
        ("I should like to skip this one", "followers", "skip"),
        ("I would love to stop the reminders", "dm", "stop"),
    ],
)
def test_orders_in_chat_spelling_or_old_fashioned_wishes(text: str, where: str, command: str):
    assert command_of(text, where) == command
