"""The read path's shortcuts of session 60 (speed60) give what the plain way gives (issue 12).

As tests/test_read_fast_paths.py: each shortcut is checked against the computation it
replaces, so one that drifted fails here before it changes a reading.
"""

from __future__ import annotations

import random
import re

from question_set import LOCALES, tuning_rows

from bot import interpret, understand

# The break patterns as they were written before they opened with one character class.
_PLAIN_BREAKS = {
    "_SENTENCE": re.compile(r"[.!?;。！？]+\s*"),
    "_CLAUSE": re.compile(r"[,;:.!、。，！]+\s*|\s+[-–—]\s+"),
    "_CLAUSES": re.compile(r"[,;:.!?…、。，！？]+\s*|\s+[-–—]\s+"),
}
# Letters, every mark of the patterns, dashes and spaces of several kinds.
_ALPHABET = "ab ,;:.!?…、。，！？-–—\t\n\u3000x"


def _texts() -> list[str]:
    """Every 10th tuning row of each locale, and short random strings of the marks."""
    texts = [row["text"] for locale in LOCALES for row in tuning_rows(locale)[::10]]
    chance = random.Random(60)
    texts += [
        "".join(chance.choice(_ALPHABET) for _ in range(chance.randint(0, 12)))
        for _ in range(20_000)
    ]
    return texts


def test_the_break_patterns_split_where_the_plain_ones_do() -> None:
    """_SENTENCE, _CLAUSE and _CLAUSES open with one character class (interpret._breaks):
    the same pieces, the same first cut and the same matches as the plain patterns."""
    texts = _texts()
    for name, plain in _PLAIN_BREAKS.items():
        pattern = getattr(interpret, name)
        for text in texts:
            assert pattern.split(text) == plain.split(text), (name, text)
            assert pattern.split(text, maxsplit=1) == plain.split(text, maxsplit=1)
            spans = [m.span() for m in pattern.finditer(text)]
            assert spans == [m.span() for m in plain.finditer(text)], (name, text)


def test_the_spelled_out_letters_fold_where_the_plain_pattern_does() -> None:
    """A lexicon's spelled-out letters each before its look behind (_SPELLED_OUT): the
    same folds as the look behind first, for every locale that spells letters out."""
    chance = random.Random(61)
    found = 0
    for locale in LOCALES:
        lexicon = understand.lexicon(locale)
        if not lexicon.spelled_out:
            continue
        found += 1
        keys = "|".join(map(re.escape, lexicon.spelled_out))
        plain = re.compile(rf"(?<![aeiouq])(?:{keys})")
        letters = "".join(sorted({*"".join(lexicon.spelled_out), *"aeiouq", "x", " "}))
        texts = [row["text"].lower() for loc in LOCALES for row in tuning_rows(loc)[::10]]
        texts += [
            "".join(chance.choice(letters) for _ in range(chance.randint(0, 10)))
            for _ in range(20_000)
        ]
        folded = lexicon.spelled_out
        for text in texts:
            expected = plain.sub(lambda m, folded=folded: folded[m.group()], text)
            assert lexicon.spelled_letters(text) == expected, text
            assert bool(lexicon._spelled_pattern.search(text)) == bool(plain.search(text))
    assert found
