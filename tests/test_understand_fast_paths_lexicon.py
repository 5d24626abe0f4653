"""bot/understand.py's lexicon fast paths give what the plain way gives (issue 12, speed57).

Each shortcut is checked against the plain computation it replaces, on every character it
can meet where that is few, on the tuning rows, and on random texts, so a shortcut that
drifted fails here before it changes a reading (bench/read_cost.py's digests check the
tuning rows as a whole).
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st
from question_set import LOCALES, tuning_rows

from bot import understand


def _plain_plainly(lexicon: understand.Lexicon, text: str) -> str:
    """Lexicon._plain as it was: no shortcut for a text of Latin-1."""
    if lexicon.segment:
        text = understand._DRAWN_OUT.sub("", understand._KANA_DASH.sub("ー", text))
    text = lexicon._variant_folding.fold(text)
    if not lexicon.strip_accents:
        return text
    return understand._accents_dropped(text)


def test_each_latin_1_character_and_pair_folds_as_its_decomposition_does() -> None:
    """The byte table folds every Latin-1 character, alone and beside every other, as the
    decomposition does (so no two of them compose into another once folded)."""
    lexicon = understand.lexicon("de")
    latin_1 = [chr(code) for code in range(256)]
    for text in latin_1:
        assert lexicon._plain(text) == understand._accents_dropped(text), repr(text)
    for first, second in itertools.product(latin_1, repeat=2):
        text = first + second
        assert lexicon._plain(text) == understand._accents_dropped(text), repr(text)


def test_every_row_is_folded_as_plainly_in_every_locale() -> None:
    for code in LOCALES:
        for row in tuning_rows(code)[::3]:
            text = understand.normalise(row["text"])
            for other in LOCALES:
                other_lexicon = understand.lexicon(other)
                assert other_lexicon._plain(text) == _plain_plainly(other_lexicon, text)
    assert understand.lexicon("de")._plain("Grüße, Straße: µ") == "grusse, strasse: μ"


_LETTERS = st.characters(codec="latin-1") | st.sampled_from("œŒ–…ẞ\u0301\u0308ǅ😀\u3042")


@settings(max_examples=500, deadline=None)
@given(st.text(_LETTERS, max_size=20))
def test_a_text_is_folded_as_plainly(text: str) -> None:
    for code in ("de", "fr", "es", "en"):
        lexicon = understand.lexicon(code)
        assert lexicon._plain(text) == _plain_plainly(lexicon, text)


def test_every_row_is_cut_into_the_words_the_pattern_finds() -> None:
    for code in LOCALES:
        for row in tuning_rows(code)[::3]:
            text = understand.normalise(row["text"])
            for other in LOCALES:
                plain = understand.lexicon(other)._plain_typed(text)
                assert understand._words(plain) == understand._WORD.findall(plain), plain


_CUT = st.characters(codec="latin-1") | st.sampled_from("-'_ \t\n\x85\xa0²½œ–…’😀\u3042\u0301")


@settings(max_examples=1000, deadline=None)
@given(st.text(_CUT, max_size=24))
def test_a_text_is_cut_into_the_words_the_pattern_finds(text: str) -> None:
    assert understand._words(text) == understand._WORD.findall(text)
