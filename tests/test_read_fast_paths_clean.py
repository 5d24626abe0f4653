"""clean()'s and the command book's fast paths give what the plain way gives (issue 12,
session 57): each shortcut checked against the plain computation it replaces, so one that
drifted fails here before it changes a reading (bench/read_cost.py's digests check the
tuning rows as a whole)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot import interpret

# Letters, marks and signs clean() meets: ASCII, Spanish's and French's, emoji, Japanese.
_MIXED = st.text(
    alphabet=st.sampled_from(
        [
            *map(chr, range(128)),
            *("¿", "¡", "é", "ñ", "ü", "ß", "«", "»", "…", "—", "’", "\u0301", "\u00a0"),
            *("✅", "👍", "👌", "🙏", "\u3000", "ご", "移", "。", "？", "_"),
        ]
    )
)


def test_opening_marks_are_no_word() -> None:
    """Each opening mark clean() maps to " " before the byte table is one _NOT_WORD maps
    to " ", alone and between letters."""
    for mark in interpret._OPENING_MARKS:
        assert interpret._NOT_WORD.sub(" ", f"a{mark}b") == "a b"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_bytes_are_mapped_as_the_pattern_substitutes(text: str) -> None:
    assert text.encode().translate(interpret._NOT_WORD_ASCII).decode() == (
        interpret._NOT_WORD.sub(" ", text)
    )


@settings(max_examples=500, deadline=None)
@given(st.one_of(_MIXED, st.text()))
def test_words_only_is_the_pattern_substituted(text: str) -> None:
    """_words_only (the byte table, Spanish's opening marks first) is _NOT_WORD.sub."""
    assert interpret._words_only(text) == interpret._NOT_WORD.sub(" ", text)
