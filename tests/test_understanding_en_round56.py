"""English classes round 56's tuning half showed failing (read on ci26, 1734865): commands
said in a longer message or in words the tables lacked. The phrasings are the tuner's own
(learn26); none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, subjects_of


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("japanese please, my mum is doing this with me", "dm", "language:ja"),
        ("spanish please, my co-worker is doing this with me", "export", "language:es"),
        (
            "Could you answer me in Spanish from now on please, my husband will be doing this"
            " with me tonight",
            "dm",
            "language:es",
        ),
        (
            "would you mind replying in german from now on? my partner is reading along",
            "alias",
            "language:de",
        ),
        (
            "can you keep talking to me in japanese from now on? i read it better",
            "dm",
            "language:ja",
        ),
    ],
)
def test_a_language_asked_for_then_why(text: str, where: str, command: str) -> None:
    """A request for a language in the first clause ("spanish please", "could you answer
    me in Spanish"), the rest saying why and asking nothing; or asked with a verb's -ing
    form ("would you mind replying in german"): that language."""
    assert command_of(text, where) == command


def test_a_language_named_before_a_question_asks_the_question() -> None:
    """The rest asking, the first clause only says which language the question is in."""
    assert subjects_of("in english, what does alias mean?") == {"alias"}
