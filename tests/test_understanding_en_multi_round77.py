"""English classes of session 44 (en-multi): public messages asking about several subjects
at once, or stating a myth beside another question, chosen on the tuning halves of rounds
58-76. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "can i move back right away if it goes wrong",
        "could i switch back straight away if i hate it",
        "is moving back possible, or is there a waiting period",
        "can i move back, or is there some wait first",
        "can i move home again, and would i need to wait",
        "if it goes badly can i go back immediately",
    ],
)
def test_moving_back_and_how_soon(text: str) -> None:
    """ "can I move back right away?", "can I go back, or is there some 30 day lock thing?":
    how soon asks about the cooldown beside the move back (intents/en.toml: the rule adding
    the cooldown to the move back; "or" opening a question of its own, as "and" does)."""
    assert subjects_of(text, "public") == {"move_back", "cooldown"}
