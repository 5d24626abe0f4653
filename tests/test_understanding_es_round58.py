"""Spanish classes of round 58's tuning half and training round 59, failing on main at
their first contact (learn28intl). The phrasings are the tuner's own; none is a row of the
question sets."""

from __future__ import annotations

import pytest
from question_set import read_row


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("hola bot, ¿qué tal todo?", "dm"),
        ("buenas tardes! qué tal todo por ahí", "public"),
        ("hey, qué tal todo?", "dm"),
        ("buenas bot, todo bien por ahí?", "dm"),
    ],
)
def test_how_is_everything_asked_of_the_bot_greets(text: str, where: str) -> None:
    """ "¿qué tal todo?", "¿todo bien por ahí?": how the bot is, a greeting (as "¿qué tal?"
    and "¿cómo estás?" are), not a question about everything that moves ("todo")."""
    assert read_row({"text": text, "where": where}).understanding.kind == "greeting"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("todo bien con la mudanza?", "dm"),
        ("qué tal todo el proceso de mudanza, es difícil?", "public"),
    ],
)
def test_how_everything_goes_with_the_move_is_no_greeting(text: str, where: str) -> None:
    assert read_row({"text": text, "where": where}).understanding.kind != "greeting"
