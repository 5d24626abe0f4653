"""The word-level fast paths of reading a message give what the plain way gives (issue 12,
session 56): clean()'s spelled-out letters folded in one pass, the walkthrough's words
looked for in blocks, romaji read word by word with names looked for only where a text
may hold one. Each is checked against the plain computation it replaced."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from question_set import LOCALES, tuning_rows

from bot import interpret, romaji
from bot.understand import lexicon


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


def test_walkthrough_words_are_found_in_their_blocks() -> None:
    """A word is found in its first byte's block exactly when it is found in one text of
    all the words (as before the blocks), for the walkthrough's own words, the rows' words
    and the walkthrough words' prefixes and suffixes."""
    book = interpret.book()
    tables = (book.exact, book.inside, book.locales_of, book.inside_locales)
    words = sorted({word for table in tables for phrase in table for word in phrase.split()})
    whole = ("\n" + "\n".join(words) + "\n").encode()
    assert len(words) > 3000
    for word in {*words, *(w[:-1] for w in words), *(w[1:] for w in words), *_row_words(), ""}:
        assert interpret._walkthrough_knows(word) == (f"\n{word}\n".encode() in whole), word


def _plain_as_kana(text: str, english, known_elsewhere) -> str | None:  # type: ignore[no-untyped-def]
    """romaji.as_kana's look at the words as it was before session 56: every name and every
    word found first, each word then weighed in turn."""
    lowered = text.lower()
    if not romaji._LATIN.search(text) or len(lowered) != len(text):
        return None
    names = [m.span() for m in romaji._NAME.finditer(lowered)]
    words = [
        m
        for m in romaji._WORD.finditer(lowered)
        if not names or not any(a <= m.start() < b for a, b in names)
    ]
    if not words:
        return None
    kana: dict[int, str | None] = {}
    romaji_only = english_words = 0
    for n, match in enumerate(words):
        word = match.group()
        if word in romaji._BOTH:
            kana[n] = romaji.kana_of(word)
        elif english(word):
            kana[n] = None
            english_words += 1
            if romaji_only + len(words) - n - 1 <= english_words:
                return None
        elif (spelled := romaji.kana_of(word)) is not None and not known_elsewhere(word):
            kana[n] = spelled
            romaji_only += 1
        else:
            return None
    least = 2 if romaji.language.holds_japanese(text) else 1
    if romaji_only < least or (english_words and romaji_only <= english_words):
        return None
    return romaji._spelled(text, lowered, words, kana)  # the join, unchanged since


def _kana_agree(text: str) -> None:
    english = lexicon("en").knows
    elsewhere = interpret._known_in_latin_locales
    assert romaji.as_kana(text, english, elsewhere) == _plain_as_kana(text, english, elsewhere), (
        text
    )
    lowered = text.lower()
    if romaji._NAME.search(lowered):
        assert romaji._may_name(lowered), text


_ROMAJI = [
    "hikkoshi shitara toukou zenbu kieru no?",
    "Nihongo de onegai",
    "follower no kazu wa doko de mieru?",
    "archive no zip tte atarashii hou ni import dekiru no?",
    "mute shiteta hito wa dou naru",
    "@alice@example.social hikkoshi no yarikata oshiete",
    "mstdn.jp kara hikkoshi shitai desu",
    "the tokyo instance",
    "Thanks po!",
]


def test_romaji_is_read_as_before_on_the_rows() -> None:
    texts = [row["text"] for code in LOCALES for row in tuning_rows(code)[::3]]
    for text in [*texts, *_ROMAJI]:
        _kana_agree(text)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "no",
                "de",
                "hikkoshi",
                "shitai",
                "follower",
                "mute",
                "the",
                "page",
                "x.jp",
                "@bob",
                "#tag",
                "http://a",
                "wa",
                "desu",
                "ok",
                "ka?",
                "hola",
                "danke",
                "-",
                ".",
            ]
        ),
        max_size=9,
    )
)
def test_romaji_is_read_as_before_drawn(words: list[str]) -> None:
    _kana_agree(" ".join(words))
    _kana_agree("".join(words))
