"""German messages of session 49 (ja-de), a class chosen on round 85's tuning half: at the
followers' wait (or in a DM), the followers asked after as "they" ("und, kommen sie an?",
"kommen die jetzt an?", "sind sie schon da?", "kommen die leute rüber?") ask how the move
is going (progress), not how to do the step. The phrasings are the tuner's own; none is a
row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of


@pytest.mark.parametrize("where", ["followers", "dm"])
@pytest.mark.parametrize(
    "text",
    [
        "und, kommen sie an?",
        "kommen die jetzt an?",
        "und? kommen die leute rüber?",
        "kommen sie langsam an?",
        "na, sind sie schon da?",
    ],
)
def test_they_asked_after_at_the_wait(text: str, where: str) -> None:
    assert command_of(text, where) == "progress"


def test_whether_dms_arrive_stays_a_question() -> None:
    assert command_of("kommen die DMs auch an?", "import") is None
