"""clean()'s shortcuts of session 58 give what the plain steps give (issue 12): a text of
Latin-1 mapped by one byte table, a text beyond it decomposed and composed again only where
it holds an accent or is not composed, three spaces no reason to look for a stretched
letter. Each is checked against clean() as it was written before them, step by step, so
one that drifted fails here before it changes a reading."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st
from question_set import LOCALES, tuning_rows

from bot import interpret
from bot.text import normalise

_ACCENT_AFTER_LETTER = re.compile(r"([A-Za-z])[\u0300-\u036f]+")
_ANY_TRIPLED = re.compile(r"(.)\1\1", re.DOTALL)


def _plain_clean(text: str) -> str:
    """clean() before its shortcuts: every step on every text."""
    text = normalise(text).replace("’", "'").replace("‘", "'").replace("`", "'")
    if not text.isascii():
        text = _ACCENT_AFTER_LETTER.sub(r"\1", unicodedata.normalize("NFD", text))
        text = unicodedata.normalize("NFC", text)
        if interpret._UNSPACED.search(text):
            for code in interpret._segmenting():
                text = interpret.lexicon(code).spelled(text)
            text = interpret._LATIN_THEN_UNSPACED.sub(" ", interpret._SPACED_UNSPACED.sub("", text))
    text = interpret._NOT_WORD.sub(" ", text)
    if _ANY_TRIPLED.search(text):
        text = interpret._STRETCHED.sub(r"\1", text)
    words = [stripped for w in text.split() if (stripped := w.strip("'-"))]
    words = [interpret._spelled_out(w) for w in words]
    spellings = interpret._spellings()
    words = [spellings.get(w, w) for w in words]
    if "'" not in text and not interpret._ELIDING_WORDS.isdisjoint(words[:-1]):
        words = interpret._apostrophes_restored(words)
    return " ".join(w for w in words if w)


def _cleaned(text: str) -> str:
    return interpret.clean.__wrapped__(text)  # type: ignore[attr-defined]


_LATIN_1 = [chr(code) for code in range(256)]


def _plain_words(text: str) -> str:
    """The steps clean() takes before it splits the words, plainly (Latin text)."""
    bare = _ACCENT_AFTER_LETTER.sub(r"\1", unicodedata.normalize("NFD", text.replace("`", "'")))
    return interpret._NOT_WORD.sub(" ", unicodedata.normalize("NFC", bare))


def test_every_latin_1_character_and_pair_cleans_as_the_plain_steps_clean_it() -> None:
    """The byte table maps each character by itself: so is every pair."""
    for first in _LATIN_1:
        assert _cleaned(first) == _plain_clean(first), repr(first)
        for second in _LATIN_1:
            pair = first + second
            assert interpret._words_beyond_ascii(pair) == _plain_words(pair), repr(pair)


def test_the_rows_and_their_clauses_clean_as_the_plain_steps_clean_them() -> None:
    texts = [
        piece
        for locale in LOCALES
        for row in tuning_rows(locale)[::3]
        for piece in (row["text"], *interpret._CLAUSES.split(row["text"]))
    ]
    assert [_cleaned(t) for t in texts] == [_plain_clean(t) for t in texts]
    assert any(
        not t.isascii() and t.encode("latin-1", "ignore") == t.encode("latin-1", "replace")
        for t in texts
    ), "no row is Latin-1 beyond ASCII: the table is not tried"


# Latin-1, accents typed apart, letters whose accents lie beyond Latin-1, marks on no
# Latin letter, kana and their voicing marks, a zero-width space between them, quotes.
_ALPHABET = st.sampled_from(
    [
        *_LATIN_1,
        *("\u0301", "\u0300", "\u0338", "\u0308", "\u3099", "\u200b", "\u3000", "\u00a0"),
        *("ế", "ǰ", "İ", "Å", "ő", "œ", "ά", "й", "≠", "ḱ", "ﬁ", "ｶ", "ﾞ"),
        *("が", "か", "ゔ", "ー", "移", "。", "？", "’", "‘", "`", "—", "…", "✅", "👍", "🙏"),
    ]
)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=16))
def test_mixed_texts_clean_as_the_plain_steps_clean_them(text: str) -> None:
    assert _cleaned(text) == _plain_clean(text)


@settings(max_examples=1000, deadline=None)
@given(st.text())
def test_any_text_cleans_as_the_plain_steps_clean_it(text: str) -> None:
    assert _cleaned(text) == _plain_clean(text)


def test_every_accent_lies_in_the_marked_characters() -> None:
    """Every character whose decomposition holds a mark _LATIN_ACCENT drops is one _MARKED
    finds (it is built from below U+3000 only: none lies beyond)."""
    for code in range(0x110000):
        letter = chr(code)
        if "\u0300" <= letter <= "\u036f" or (
            unicodedata.decomposition(letter)[:1] not in ("", "<")
            and any("\u0300" <= m <= "\u036f" for m in unicodedata.normalize("NFD", letter))
        ):
            assert interpret._MARKED.fullmatch(letter), f"U+{code:04X}"


def test_the_latin_1_table_is_the_steps_letter_by_letter() -> None:
    for letter in _LATIN_1:
        bare = _ACCENT_AFTER_LETTER.sub(
            r"\1", unicodedata.normalize("NFD", letter.replace("`", "'"))
        )
        plain = interpret._NOT_WORD.sub(" ", unicodedata.normalize("NFC", bare))
        assert bytes([ord(letter)]).translate(interpret._LATIN_1_WORDS).decode("latin-1") == plain


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from([" ", "a", "é", "1", "_", "\n", "ご", "!"]), max_size=12))
def test_a_stretched_letter_is_never_missed_for_spaces(text: str) -> None:
    """_TRIPLED leaves out three spaces only: where _STRETCHED folds a letter, it finds one."""
    if interpret._STRETCHED.sub(r"\1", text) != text:
        assert interpret._TRIPLED.search(text)


def _plain_katakana_spelled(text: str) -> str | None:
    """_katakana_spelled before its look for a katakana letter: every text searched."""
    if interpret._HIRAGANA_LETTER.pattern.search(text) is not None:
        return None
    known = interpret.lexicon("ja").knows_written

    def in_hiragana(match: re.Match[str]) -> str:
        word = match.group()
        plain = normalise(word)
        if known(plain) or interpret._walkthrough_knows(plain):
            return word
        return word.translate(interpret.KATAKANA_TO_HIRAGANA)

    spelled = interpret._KATAKANA_WORD.sub(in_hiragana, text)
    return None if spelled == text else spelled


@settings(max_examples=1000, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(["マ", "エ", "ノ", "ー", "ﾄ", "が", "移", " ", "a", "é", "?"]))
)
def test_katakana_is_spelled_as_without_the_look_for_a_letter(text: str) -> None:
    assert interpret._katakana_spelled(text) == _plain_katakana_spelled(text)


def test_the_rows_katakana_is_spelled_as_without_the_look_for_a_letter() -> None:
    texts = [row["text"] for locale in LOCALES for row in tuning_rows(locale)[::3]]
    spelled = [interpret._katakana_spelled(t) for t in texts]
    assert spelled == [_plain_katakana_spelled(t) for t in texts]
    assert any(spelled), "no row is spelled: the check checks nothing"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"kashitunoe-'", "ā", "ō", "â", "Ō", "x"]), max_size=10))
def test_a_word_without_macrons_is_spelled_as_with_the_macrons_mapped(word: str) -> None:
    from bot import romaji

    plain = word.lower().translate(romaji._MACRONS)
    assert romaji.kana_of(word) == romaji.kana_of(plain)


def _plain_gapped(phrase: str) -> re.Pattern[str]:
    """A spaced gapped phrase's pattern as it was: the look behind first."""
    parts = [re.escape(interpret.clean(part)) for part in phrase.split(" .. ")]
    return re.compile(r"(?<![\w'])" + r"(?: \S+){0,3} ".join(parts) + r"(?![\w'])")


def _spaced_gapped_phrases() -> list[str]:
    """Not through interpret._words' cache, which the book empties once built
    (tests/test_table_memory.py)."""
    tables = [interpret._words.__wrapped__(locale) for locale in LOCALES]
    return sorted(
        {
            phrase
            for table in tables
            for spec in (*table["commands"].values(), *table["answers"].values())
            for phrase in (*spec.get("contains", []), *spec.get("asks", []))
            if " .. " in phrase and not interpret._UNSPACED.search(phrase)
        }
    )


def test_gapped_phrases_match_where_they_matched_with_the_look_behind_first() -> None:
    """Each spaced gapped phrase's pattern (its first letters first) finds the same spans
    as the look-behind-first one, from the start and from inside, in the rows and in texts
    made of the phrases' own words beside letters and apostrophes that open no word."""
    phrases = _spaced_gapped_phrases()
    assert len(phrases) > 300
    texts = [interpret.clean(row["text"]) for locale in LOCALES for row in tuning_rows(locale)[::9]]
    for phrase in phrases:
        words = interpret.clean(phrase.replace(" .. ", " x ")).split()
        texts += [
            " ".join(words),
            " ".join(["a", *words]),
            "q" + " ".join(words),
            "l'" + " ".join(words),
            " ".join([*words[:1], "y", "z", "w", *words[1:]]),
            " ".join([*words[:1], "y", "z", "w", "v", *words[1:]]),
        ]
    found = 0
    for phrase in phrases:
        fast, plain = interpret._gapped(phrase), _plain_gapped(phrase)
        first = interpret.clean(phrase.split(" .. ")[0])
        # Neither pattern matches a text without the first part's letters.
        for text in (t for t in texts if first in t):
            for start in (0, text.find(first)):
                expected = plain.search(text, start)
                got = fast.search(text, start)
                assert (got and got.span()) == (expected and expected.span()), (phrase, text)
                found += expected is not None
    assert found > len(phrases), "few matches: the check checks little"
