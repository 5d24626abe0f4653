"""French classes of session 46, written when round 78's retirement retrain stopped reading an
older probe of this class as its test says. The phrasings are the lead's own; none is a row
of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, read_row


@pytest.mark.parametrize(
    "text",
    [
        "j'ai mes pouets dans un csv exporté, je les importe comment sur le nouveau compte ?",
        "j'ai exporté mes publications en csv, je les remets où sur la nouvelle instance ?",
        "mes posts sont dans le csv que j'ai exporté, je les réimporte comment ?",
    ],
)
def test_posts_in_an_exported_csv_then_how_to_import_them_is_both_myths(text: str) -> None:
    """The posts said to be in the exported CSV, then how to import "les" (them): both
    claims, the CSV of posts and its import (LABELS.md; tests/test_understanding_fr_round78.py)."""
    reading = read_row({"text": text})
    assert reading.understanding is not None
    assert set(reading.understanding.subjects) == {"archive", "posts"}
    assert myths_of(text) == {"export_csv_of_posts", "posts_can_be_imported"}
