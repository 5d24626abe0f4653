"""The compact typo index (bot/understand.py) finds exactly the phrase words a typo is
within reach of: the same set a scan of every target with the edit distance gives."""

from __future__ import annotations

import random

import pytest

from bot.understand import _WORDS_KEPT, _deletions, _osa_distance, lexicon


def _typos(targets: list[str], rng: random.Random, count: int) -> list[str]:
    """Deletions, swaps, substitutions, insertions and two of them at once."""
    letters = sorted({c for t in targets for c in t})
    out = []
    for _ in range(count):
        word = rng.choice(targets)
        for _ in range(rng.choice((1, 1, 2))):
            i = rng.randrange(len(word))
            op = rng.randrange(4)
            if op == 0:
                word = word[:i] + word[i + 1 :]
            elif op == 1 and i + 1 < len(word):
                word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
            elif op == 2:
                word = word[:i] + rng.choice(letters) + word[i + 1 :]
            else:
                word = word[:i] + rng.choice(letters) + word[i:]
        out.append(word)
    return out


@pytest.mark.parametrize("locale", ["en", "de", "fr", "es"])
def test_the_index_finds_every_target_within_reach_and_no_other(locale):
    lex = lexicon(locale)
    targets = lex._targets
    rng = random.Random(locale)
    for word in _typos(targets, rng, 150):
        allowed = 2 if len(word) >= lex.two_edits_from else 1
        scanned = {t: d for t in targets if (d := _osa_distance(word, t, allowed)) <= allowed}
        assert lex._typo_candidates(word, allowed) == scanned, word


def test_typos_of_phrase_words_are_corrected():
    lex = lexicon("en")
    assert lex._correct("folowers") == "followers"
    assert lex._correct("follwoers") == "followers"  # a swap and a dropped letter
    assert lex._correct("accuont") == "account"


def test_deletions_at_each_depth():
    assert _deletions("abc", 0) == {"abc"}
    assert _deletions("abc", 1) == {"abc", "bc", "ac", "ab"}
    assert _deletions("abc", 2) == {"abc", "bc", "ac", "ab", "a", "b", "c"}
    with pytest.raises(ValueError):
        _deletions("abc", 3)


def test_a_running_bot_keeps_a_bounded_number_of_words():
    """Names and typos never stop coming: the caches start again when full, and a word
    corrected before a cache was emptied is corrected the same way after."""
    lex = lexicon("en")
    first = lex._correct("folowers")
    for n in range(3 * _WORDS_KEPT):
        word = "zq" + "".join(chr(ord("a") + int(d)) for d in str(n))
        lex._correct(word + "xyzw")
        lex._fold(word + "s")
    assert len(lex._corrections) <= _WORDS_KEPT
    assert len(lex._folded) <= _WORDS_KEPT
    assert lex._correct("folowers") == first == "followers"
