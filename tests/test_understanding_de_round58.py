"""German classes of round 58's tuning half and training round 59, failing on main at
their first contact (learn28intl). The phrasings are the tuner's own; none is a row of the
question sets."""

from __future__ import annotations

import pytest
from question_set import read_row


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("hallo bot, alles gut bei dir?", "dm"),
        ("na, alles klar bei dir?", "dm"),
        ("moin! alles gut bei euch?", "public"),
        ("servus bot, alles fit bei dir?", "dm"),
    ],
)
def test_how_the_bot_is_asked_greets(text: str, where: str) -> None:
    """ "alles gut bei dir?": how the bot is, a greeting (as "wie geht's?" is), not a
    question about everything that moves ("alles")."""
    assert read_row({"text": text, "where": where}).understanding.kind == "greeting"


def test_a_question_after_it_is_still_asked() -> None:
    got = read_row({"text": "alles gut bei dir? meine follower sind noch nicht da", "where": "dm"})
    assert got.understanding.kind == "question"
