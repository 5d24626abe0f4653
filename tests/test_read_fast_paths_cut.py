"""The word cut's fast paths give what the plain way gives (issue 12): each shortcut taken
for speed in cutting a message into a locale's words, checked against the computation it
replaces (bench/read_cost.py's digests check the tuning rows as a whole)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from question_set import LOCALES, tuning_rows

from bot import understand
from bot.text import normalise


def _breaks(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def test_clause_breaks_are_found_as_the_full_pattern_finds_them_on_every_row() -> None:
    """_clause_breaks() of every tuning row, normalised as the cut reads it, finds the
    breaks _CLAUSE_BREAK finds (the marks' pattern on the rows without a dash)."""
    marks_only = 0
    for locale in LOCALES:
        for row in tuning_rows(locale):
            text = normalise(row["text"])
            pattern = understand._clause_breaks(text)
            marks_only += pattern is understand._MARKS_BREAK
            assert _breaks(pattern, text) == _breaks(understand._CLAUSE_BREAK, text), text
            assert pattern.split(text) == understand._CLAUSE_BREAK.split(text), text
    assert marks_only > 1000  # the fast pattern is the one most rows take


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=",;:!?.()[]\n、。-–— \t1a", max_size=30))
def test_clause_breaks_on_random_marks_digits_and_spaces(text: str) -> None:
    pattern = understand._clause_breaks(text)
    assert _breaks(pattern, text) == _breaks(understand._CLAUSE_BREAK, text)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=",;:!?.()[]\n、。 \t19ab:", max_size=30))
def test_the_marks_pattern_on_random_text_without_a_dash(text: str) -> None:
    assert _breaks(understand._MARKS_BREAK, text) == _breaks(understand._CLAUSE_BREAK, text)
