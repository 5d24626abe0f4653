"""English public classes of session 51 (en51p), chosen on the tuning half of round 89:
the followers' way set against the follows' in a check of what the member has understood
("so followers move automatically but follows don't?"), read as the myth that the follows
move by themselves, though the follows are the "but ... not" half and the member has it
right; and, where the myth was not read, the followers dropped as mere background to the
follows (as in "the followers move automatically, but do my DMs come too?"), though both
halves are put forward to be checked. And which step goes on which account ("what do I do
on the old account and what on the new one?"), read as the move alone, the old account or
what others see, where it asks both the alias and the move. The phrasings are the tuner's own; none is a row of
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


@pytest.mark.parametrize(
    "text",
    [
        "what do i do on the old account and what on the new one?",
        "what am I supposed to do on the new account vs the old one",
        "what do i have to do on the new account and what on the old one",
        "ok what should I do on my old account and what on the new one?",
        "which bits do I do on the new account vs the old one?",
        "what needs doing on the old one and what on the new one, im lost",
    ],
)
def test_what_on_the_old_account_and_what_on_the_new(text: str) -> None:
    """Which step goes on which account asks both: the alias (on the new account) and the
    move (on the old), not the move alone nor the old account."""
    assert subjects_of(text) == {"alias", "move"}
