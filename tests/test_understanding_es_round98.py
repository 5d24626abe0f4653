"""Spanish classes of session 55 (fres55), chosen on round 97's tuning half. The phrasings
are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("eliminen mis datos por favor", "public"),
        ("borrad mis datos", "public"),
        ("elimine mis datos, gracias", "public"),
        ("bórrenme los datos", "public"),
        ("eliminen mi cuenta porfa", "public"),
        ("borren mi cuenta de una vez", "dm"),
    ],
)
def test_delete_asked_of_ustedes_or_vosotros(text: str, where: str) -> None:
    """Deleting asked in the plural or formal imperative ("borren", "eliminen", "borrad",
    "elimine") with nothing saying whose data: which one is meant is asked (clarify_delete),
    as for "borra mis datos"."""
    assert command_of(text, where) == "clarify_delete"
