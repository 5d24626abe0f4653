"""The word-level fast paths of reading a message give what the plain way gives (issue 12,
session 56): clean()'s spelled-out letters folded in one pass. Each is checked against the
plain computation it replaced."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from question_set import LOCALES, tuning_rows

from bot import interpret


def _row_words() -> list[str]:
    """Every word of every 7th tuning row of every locale, as typed and cleaned."""
    texts = [row["text"] for code in LOCALES for row in tuning_rows(code)[::7]]
    return sorted(
        {w for text in texts for w in (*text.lower().split(), *interpret.clean(text).split())}
    )


def test_spelled_letters_hold_no_space() -> None:
    """_spelled_words folds the words joined by spaces: sound only while no spelled-out
    letter (nor what it folds to) holds a space."""
    for lex, _ in interpret._spelled_locales():
        assert lex.spelled_out
        for letters, letter in lex.spelled_out.items():
            assert letters.split() == [letters] and letter.split() == [letter]


def test_spelled_words_are_each_word_spelled_out() -> None:
    """One pass over the joined words gives what _spelled_out gives word by word, on the
    rows' words run together and one at a time."""
    words = _row_words()
    assert interpret._spelled_words(words) == [interpret._spelled_out(w) for w in words]
    for word in words:
        assert interpret._spelled_words([word]) == [interpret._spelled_out(word)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="aeiouqzrckübn", min_size=1, max_size=12), max_size=8))
def test_spelled_words_are_each_word_spelled_out_drawn(words: list[str]) -> None:
    assert interpret._spelled_words(words) == [interpret._spelled_out(w) for w in words]
