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


def _plain_prepare_words(lex: understand.Lexicon, text: str) -> list[str]:
    """_prepare_words(text, segment=True) as it was before its fast paths: every word
    through _prepare_word, every word looked at by _UNSPACED."""
    out: list[str] = []
    text = lex._plain_typed(text)
    if lex.segment:
        text = understand._SPACED_UNSPACED.sub("", text)
    stretched = understand._TRIPLED.search(text) is not None
    for word in understand._words(text):
        if stretched and understand._STRETCHED.search(word):
            word = lex._unstretched(word)
        if lex.segment and understand._UNSPACED.search(word):
            for piece in lex._segment(word):
                out.extend(lex._prepare_word(piece))
        else:
            out.extend(lex._prepare_word(word))
    return out


def _clauses() -> list[str]:
    """Every clause of every 3rd tuning row of every locale, normalised as the cut reads it."""
    return [
        clause
        for code in LOCALES
        for row in tuning_rows(code)[::3]
        for clause in understand._CLAUSE_BREAK.split(normalise(row["text"]))
    ]


def test_words_given_back_as_they_are_only_where_prepare_word_would() -> None:
    """The words _prepare_words keeps as they are, without calling _prepare_word, are the
    words it gives back unchanged: every locale's cut of every clause of the rows (each
    locale reads the others' messages too), as the plain loop cuts them."""
    clauses = _clauses()
    for code in LOCALES:
        lex = understand.lexicon(code)
        for clause in clauses:
            assert lex._prepare_words(clause, segment=True) == _plain_prepare_words(lex, clause)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "posts",
                "post's",
                "it's",
                "e-mail",
                "re-import",
                "l'export",
                "aujourd'hui",
                "descargarlas",
                "gmacht",
                "weida",
                "zurueck",
                "ok",
                "dms",
                "移行",
                "pinnedの",
                "csvファイル",
                "followers",
                "helppp",
                "sooo",
                "x",
            ]
        ),
        max_size=6,
    ),
    st.sampled_from(LOCALES),
)
def test_words_given_back_as_they_are_drawn(words: list[str], code: str) -> None:
    lex = understand.lexicon(code)
    text = " ".join(words)
    assert lex._prepare_words(text, segment=True) == _plain_prepare_words(lex, text)


def test_corrections_are_looked_up_as_correct_finds_them() -> None:
    """The cut corrects each word as _correct does, looking a kept one up itself and
    leaving a word shorter than both of _correct's bars as it is: on every 3rd tuning row
    of every locale, in every locale, the words before correction (from a cut with
    _correct finding none) corrected one by one by _correct give the cut's words, folds
    and corrected positions (and, in Japanese, stems). The uncorrected words come from a cut
    whose look-up finds nothing kept and whose _correction_of (the work after it) none."""
    texts = [row["text"] for code in LOCALES for row in tuning_rows(code)[::3]]
    for code in LOCALES:
        lex = understand.lexicon(code)
        shortest = min(lex.swaps_from, lex.min_fuzzy)
        for text in texts:
            cut = lex._tokens(text)
            kept, lex._corrections = lex._corrections, {}
            lex._correction_of = lambda word: None  # type: ignore[method-assign]
            try:
                typed = lex._tokens(text).words
            finally:
                del lex._correction_of
                lex._corrections = kept
            corrections = [lex._correct(word) for word in typed]
            assert all(
                c is None for w, c in zip(typed, corrections, strict=True) if len(w) < shortest
            )
            assert cut.words == [c or w for w, c in zip(typed, corrections, strict=True)], text
            assert cut.corrected == {i for i, c in enumerate(corrections) if c is not None}
            assert cut.folded == [lex._fold(w) for w in cut.words]
            if lex.segment:  # an ASCII word's stems are not looked for
                assert cut.stems == [lex._stems(w) for w in cut.words]
