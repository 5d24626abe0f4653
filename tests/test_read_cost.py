"""What one read costs, in work done, not seconds: a message is not cut into another
locale's words where nothing it decides needs them (bench/read_cost.py measures the time)."""

from __future__ import annotations

from bot.interpret import PUBLIC, read_in_context
from bot.understand import lexicon

LATIN = ("de", "en", "es", "fr")


def test_an_english_message_is_cut_into_english_words_only() -> None:
    """Whether a message says no language at all (_says_no_language) is asked of the
    detector's guess first: the English tables know a word of it, which ends the look, and
    their cut is the one the read uses. Asked in alphabetical order, every English message
    was also cut into German words (~8% of an English read, ~11% of a French one)."""
    text = "I have been wondering for a while whether my followers come along when I move"
    read_in_context("hello", where=PUBLIC, chosen=None, tag=None, default="en")  # tables built
    for code in LATIN:
        lexicon(code)._recent_tokens.clear()
    locale, reading = read_in_context(text, where=PUBLIC, chosen=None, tag=None, default="en")
    assert (locale, reading.locale) == ("en", "en")
    cut = [code for code in LATIN if text in lexicon(code)._recent_tokens]
    assert cut == ["en"]
