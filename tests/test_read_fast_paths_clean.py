"""clean()'s and the command book's fast paths give what the plain way gives (issue 12,
session 57): each shortcut checked against the plain computation it replaces, so one that
drifted fails here before it changes a reading (bench/read_cost.py's digests check the
tuning rows as a whole)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from question_set import LOCALES, tuning_rows

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


_CLOSING = st.sampled_from(["?", "!", ".", "...", "?!", "??? ", "? ", "?\n", ";", "。", "？", "！"])


@settings(max_examples=500, deadline=None)
@given(st.one_of(_MIXED, st.text()), _CLOSING)
def test_one_sentence_cleans_as_the_message(body: str, closing: str) -> None:
    """Where _sentences gives a message as its one sentence, the sentence _SENTENCE.split
    cuts from it cleans to the same words (asked_order reads them)."""
    text = body + closing
    if interpret._sentences(text) == [text]:
        plain = interpret._SENTENCE.split(text)
        assert [interpret.clean(s) for s in plain] in ([interpret.clean(text), ""], [""] * 2)


def test_asked_order_reads_the_sentences_as_split(monkeypatch: pytest.MonkeyPatch) -> None:
    """asked_order gives every tuning row (every 3rd of each locale, with and without its
    closing mark) what it gives with the sentences as _SENTENCE.split cuts them."""
    words = interpret.book()
    texts = [
        variant
        for locale in LOCALES
        for row in tuning_rows(locale)[::3]
        for variant in (row["text"], row["text"].rstrip("?!.？。 "))
    ]
    fast = [words.asked_order(t, interpret.COMMANDS) for t in texts]
    monkeypatch.setattr(interpret, "_sentences", interpret._SENTENCE.split)
    assert [words.asked_order(t, interpret.COMMANDS) for t in texts] == fast
    assert any(fast), "no row asks an order: the check checks nothing"


def test_japanese_keeps_its_sentences_cut() -> None:
    """Why _sentences leaves Japanese alone: a dash closing a katakana word is its long-vowel
    mark only where nothing follows it (bot/understand.py _KANA_DASH), so the sentence
    without its "?" cleans to other words than the message."""
    assert interpret.clean("コピ-") != interpret.clean("コピ-?")
    assert interpret._sentences("コピ-?") == interpret._SENTENCE.split("コピ-?")
