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


class _Counting(dict):
    """A table that counts its look-ups."""

    looked = 0

    def __contains__(self, key: object) -> bool:
        self.looked += 1
        return super().__contains__(key)


def test_japanese_letters_that_open_nothing_cost_no_look_up() -> None:
    """Spelling variants, the words a run is cut into and the walkthrough's unspaced
    phrases are looked for by the two letters they open with: a letter that opens some of
    them ("イ" opens "インスタンス") but not with the letter after it costs no look-up of the
    table, where one a length was made (16 at each letter of a run no word opens: ~7% of a
    Japanese message's read())."""
    from bot.interpret import book

    lex = lexicon("ja")
    folding = lex._variant_folding
    assert any(v.startswith("イ") for v in folding.table) and "イぬ" not in folding.pairs
    table, words, phrases = folding.table, lex._segment_words, book().unspaced
    assert any(p.startswith("い") for p in phrases)
    try:
        folding.table = _Counting(table)
        assert folding.fold("イぬ" * 8) == "イぬ" * 8
        assert folding.table.looked == 0
        lex._segment_words = _Counting(words)
        assert lex._segment_run("ぬ" * 10) == ["ぬ" * 10]
        assert lex._segment_words.looked == 0
        book().unspaced = _Counting(phrases)
        assert list(book()._unspaced_in("いぬ" * 6)) == []
        assert book().unspaced.looked == 0
    finally:
        folding.table, lex._segment_words, book().unspaced = table, words, phrases
    # What they are cut into is unchanged: the longest first, left to right.
    assert folding.fold("サーバーのインスタンス") == "サーバのサーバ"
