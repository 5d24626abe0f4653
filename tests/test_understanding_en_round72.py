"""English classes of session 39 (learn39-en), chosen on the tuning halves of rounds 67-71.
The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import read_row, subjects_of


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("blocks move?", "blocks"),
        ("my mutes move?", "mutes"),
        ("my posts move over?", "posts"),
        ("muted users move?", "mutes"),
        ("blocks move over?", "blocks"),
        ("posts move with me?", "posts"),
    ],
)
def test_terse_thing_and_move_asked(text: str, subject: str) -> None:
    """ "blocks move?", "my posts move over?": a thing's name and a moving word with a "?"
    and nothing put forward beside them (no "automatically", "so my", "too") ask what
    happens to the thing, like "do my posts move?" (LABELS.md); they state no claim
    (intents/en.toml myths.*_move_automatically put_forward_by)."""
    assert not read_row({"text": text, "where": "public"}).understanding.myths
    assert subjects_of(text, "public") == {subject}
