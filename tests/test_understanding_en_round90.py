"""English public classes of session 51 (en51p), chosen on the tuning half of round 89:
the followers' way set against the follows' in a check of what the member has understood
("so followers move automatically but follows don't?"), read as the myth that the follows
move by themselves, though the follows are the "but ... not" half and the member has it
right; and, where the myth was not read, the followers dropped as mere background to the
follows (as in "the followers move automatically, but do my DMs come too?"), though both
halves are put forward to be checked. The phrasings are the tuner's own; none is a row of
the question sets."""

from __future__ import annotations

import pytest
from question_set import subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "so my followers come along on their own but the people i follow don't?",
        "ok so followers transfer automatically but follows do not, right?",
        "so the followers get moved automatically but not my follows?",
        "so followers get moved automatically but not the accounts i follow?",
        "my followers come over automatically but my follows dont, correct?",
    ],
)
def test_followers_move_but_follows_do_not(text: str) -> None:
    """The follows named in the "but ... not" half after the followers' way: a question
    about the follows, not the myth that they move by themselves."""
    assert "follows" in subjects_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "so followers transfer automatically but follows dont?",
        "ok followers move over by themselves but the follows do not?",
        "wait so followers come automatically but my follows don't??",
        "so followers move on their own but follows don't, have I got that right?",
        "right so followers go across automatically but not the follows?",
    ],
)
def test_both_halves_put_forward_to_be_checked(text: str) -> None:
    """Both halves put forward, the second with a "not": both asked (LABELS.md), the
    followers no background to the follows."""
    assert subjects_of(text) == {"followers", "follows"}
