"""The compact typo index (bot/understand.py) finds exactly the phrase words a typo is
within reach of: the same set a scan of every target with the edit distance gives."""

from __future__ import annotations

import random
import threading

import pytest

from bot.understand import (
    _CORRECTIONS_KEPT,
    _FOLDED_KEPT,
    _WORDS_KEPT,
    _deletions,
    _osa_distance,
    lexicon,
)


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
        scanned = {
            t: (d, rank)
            for rank, t in enumerate(targets)
            if (d := _osa_distance(word, t, allowed)) <= allowed
        }
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
    assert len(lex._corrections) <= _CORRECTIONS_KEPT
    assert len(lex._folded) <= _FOLDED_KEPT
    assert lex._correct("folowers") == first == "followers"


def test_the_dialect_readings_kept_are_bounded_and_read_the_same_after():
    lex = lexicon("de")
    first = lex.dialect_words("weida")
    for n in range(3 * _WORDS_KEPT):
        lex.dialect_words("zq" + "".join(chr(ord("a") + int(d)) for d in str(n)))
    assert len(lex._dialect_read) <= _WORDS_KEPT
    assert lex.dialect_words("weida") == first == ("weiter",)


class _TheOtherThreadsTurn(dict):
    """A locale's kept corrections, where the other thread's turn comes right after one
    look at `word`: the start-up thread (bot/web/app.py _load_words: interpret.book() cuts
    German dialect words, ~2,500 corrections) corrects `other` on a full cache, which
    starts again (_keep), while the event loop reads a message resubmitted at start. The
    turn runs in a real thread, waited for: no sleep, the same interleaving every time."""

    def __init__(self, lex, word: str, other: str, kept) -> None:
        super().__init__(kept)
        self.lex, self.word, self.other, self.taken = lex, word, other, False

    def _turn(self, key: str) -> None:
        if key != self.word or self.taken:
            return
        self.taken = True
        for n in range(_CORRECTIONS_KEPT - len(self)):  # full: the other word empties it
            super().__setitem__(f"kept{n}", None)
        other = threading.Thread(target=self.lex._correct, args=(self.other,))
        other.start()
        other.join()
        assert self.word not in dict.keys(self)

    def __contains__(self, key: object) -> bool:
        found = super().__contains__(key)
        self._turn(str(key))
        return found

    def get(self, key, default=None):
        found = super().get(key, default)
        self._turn(str(key))
        return found


def test_a_correction_another_thread_lets_go_meanwhile_is_still_read():
    """_correct looked a kept word up twice ("in", then [ ]): emptied by the start-up
    thread in between, the second look raised KeyError in the middle of a reading (or of
    the start-up thread's own table building, the other way round)."""
    lex = lexicon("de")
    saved = lex._corrections
    lex._corrections = {}
    expected = lex._correct("umzuug")
    assert expected is not None
    lex._corrections = _TheOtherThreadsTurn(lex, "umzuug", "archivv", {"umzuug": expected})
    try:
        assert lex._correct("umzuug") == expected
        assert lex._corrections.taken
    finally:
        lex._corrections = saved


class _TheOtherThreadsShare(tuple):
    """The last (text, share) kept, where another thread weighs `other` right after the
    first look at it (a real thread, waited for)."""

    def __new__(cls, lex, other: str, kept):
        made = super().__new__(cls, kept)
        made.lex, made.other, made.taken = lex, other, False
        return made

    def _turn(self) -> None:
        if not self.taken:
            self.taken = True
            other = threading.Thread(target=self.lex.known_share, args=(self.other,))
            other.start()
            other.join()

    def __getitem__(self, index):
        found = super().__getitem__(index)
        self._turn()
        return found

    def __iter__(self):
        found = list(super().__iter__())
        self._turn()
        return iter(found)


def test_the_share_kept_is_the_share_of_the_text_asked_about():
    """known_share read the kept pair twice ([0], then [1]): replaced by another thread in
    between, it answered with the other text's share. Only the event loop weighs shares
    today (the start-up thread does not), so this guards the next thread that does."""
    lex = lexicon("en")
    text, other = "do my posts move", "zzz qqq"
    expected = lex._known_share(text)
    assert expected != lex._known_share(other)
    lex._last_share = _TheOtherThreadsShare(lex, other, (text, expected))
    assert lex.known_share(text) == expected
