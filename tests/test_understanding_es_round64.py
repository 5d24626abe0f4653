"""A Spanish class of session 32 (learn32intl), chosen on the tuning halves of rounds
58-63 and checked on rounds 16-56. The phrasings are the tuner's own; none is a row of the
question sets."""

from __future__ import annotations

import pytest
from question_set import command_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Les agradecería que no me enviaran más recordatorios.", "followers"),
        ("Le agradecería que dejara de escribirme.", "followers"),
        ("por favor dejen de mandarme recordatorios", "dm"),
        ("les agradecería que dejaran de mandarme esos recordatorios", "followers"),
    ],
)
def test_asking_formally_to_stop_the_messages_is_stop(text: str, where: str) -> None:
    """Of usted or ustedes ("dejaran de enviarme", "no me envíen más"): stop, as "deja de
    escribirme" is of tú."""
    assert command_of(text, where) == "stop"
