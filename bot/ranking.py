"""Never a dead end: when no phrase matches, rank the knowledge entries against the message.

bot/understand.py matches phrases; a message that uses the right words in an order no
phrase foresaw ("the bookmark thing, does it survive?") matches nothing and would get
"I don't know". Before saying that, understand() asks this module, which scores every
subject of the locale with BM25 over the words of its phrases (weighted most), its label,
its short sentence and its answer, all cut and folded by the locale's own lexicon. Then:

- a clear best (well ahead of the second) is answered, with a low confidence;
- two or three close ones become one short question ("Do you mean followers, posts or
  the archive?");
- too little evidence (no word of the message is a subject word, or the words it shares
  are the locale's ordinary words) stays "I don't know".

A hand-written BM25 over ~50 short documents is enough, and it needs nothing the
lexicon does not already do (segmenting Japanese, folding plurals and accents); a library
would have to be taught all of that. The index is built once per locale; a query looks
up only the message's own words, which keeps it far under a millisecond.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.text import KATAKANA_TO_HIRAGANA, shared
from replies.knowledge import knowledge

if TYPE_CHECKING:  # bot.understand calls this module; it only needs the type from there
    from bot.understand import Lexicon

# Field weights: a subject's own phrases say most about what it answers.
_WEIGHTS = {"phrases": 3, "label": 2, "short": 1, "answer": 0}
_K1, _B = 1.2, 0.75
# Decision thresholds, set on the tuning sets (see tests/test_ranking.py for the cases).
MIN_SCORE = 3.0  # below this, nothing was really recognised: "I don't know"
MIN_ANSWER = 6.0  # a best below this is only offered ("Do you mean …?"), not answered
CLEAR_LEAD = 1.6  # best / second at least this: answer the best
MIN_COVERAGE = 0.5  # more than this share of the message's own words must be known
NEAR = 0.6  # candidates for "Do you mean" score at least this share of the best
MAX_CANDIDATES = 3
CONFIDENCE = 0.4  # of an answer found by ranking, below any phrase match
# Unspaced text (Japanese): a word the cutter did not know stays one long unknown piece
# ("非公開のやりとり", "他人から見た時の表示"), which no subject word equals. So such a locale
# ranks by the units a Japanese search index uses instead of cut words: each katakana word
# whole (a loanword: "ブロック", folded to hiragana), each run of kanji by its single kanji
# when alone and its pairs when longer ("表示", "非公開" -> 非公, 公開), and no hiragana,
# which carries endings and particles ("がれ", "ます": how a thing is asked, not what).
_KATAKANA = r"[\u30a1-\u30fa][\u30a1-\u30fa\u30fc]+"  # two letters at least
_KANJI = r"[\u3400-\u4dbf\u4e00-\u9fff\u3005\u3006]+"
_UNITS = re.compile(rf"({_KATAKANA})|({_KANJI})")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u3005\u3006]+")
_HIRAGANA = re.compile(r"[\u3041-\u3096\u30fc]+")
_LOANWORD = re.compile(r"[\u3041-\u3096][\u3041-\u3096\u30fc]+")


@dataclass(frozen=True)
class Guess:
    """What ranking found: one subject to answer, or two or three to ask between."""

    subjects: list[str]
    clarify: bool
    confidence: float


@dataclass(frozen=True)
class _Index:
    """BM25 postings of one locale: word -> ((subject, weighted count), ...), and lengths."""

    postings: dict[str, tuple[tuple[str, int], ...]]
    lengths: dict[str, int]
    average: float
    idf: dict[str, float]
    stop: Collection[str]  # a dict's keys, or a frozenset (an unspaced locale's)
    # Unspaced locales: the katakana words of the index, in hiragana, to find them in a
    # message's hiragana ("こじんようめも" holds メモ, "あぷりで" アプリ).
    loanwords: re.Pattern[str] | None = None


def terms(
    words: Iterable[str], lex: Lexicon, loanwords: re.Pattern[str] | None = None
) -> list[str]:
    """What the index and a message are compared by: the folded words, or in a locale
    that cuts unspaced text, the units of each unspaced stretch (its cut words joined
    again; see _UNITS), any of the index's `loanwords` typed in hiragana, and the other
    words whole."""
    if not lex.segment:
        return list(words)
    out: list[str] = []
    for word in _stretches(words):
        if not _UNSPACED.search(word):
            out.append(word)
            continue
        if loanwords is not None:
            for run in _HIRAGANA.findall(word):
                out.extend(loanwords.findall(run))
        for katakana, kanji in _UNITS.findall(word):
            if katakana:
                out.append(katakana.translate(KATAKANA_TO_HIRAGANA))
            elif len(kanji) == 1:
                out.append(kanji)
            else:
                out.extend(kanji[i : i + 2] for i in range(len(kanji) - 1))
    return out


def _stretches(words: Iterable[str]) -> Iterable[str]:
    """The cut words again, each unspaced stretch joined: "日本人" is no "日" and "本人"."""
    run = ""
    for word in words:
        if _UNSPACED.fullmatch(word):
            run += word
            continue
        if run:
            yield run
            run = ""
        yield word
    if run:
        yield run


@functools.cache
def _index(lex: Lexicon) -> _Index:
    """The locale's index, from its lexicon's phrase texts and ordinary words (the intents
    are parsed once, by the lexicon) and its knowledge entries."""
    known = knowledge(lex.locale)
    phrases = lex.take_subject_texts()
    counts: dict[str, Counter[str]] = {}
    for subject_id, subject in known.subjects.items():
        bag: Counter[str] = Counter()
        fields = {
            "phrases": phrases.get(subject_id, ""),
            "label": subject.label,
            "short": subject.short,
            "answer": subject.answer,
        }
        for name, text in fields.items():
            if lex.segment and not _WEIGHTS[name]:
                continue  # pairs of a whole answer: a large index for no score
            for word in terms(lex.words(text), lex):
                bag[word] += _WEIGHTS[name]
        counts[subject_id] = bag
    # Each ordinary word on its own: terms() joins neighbouring unspaced words into one
    # stretch, and a set's order (which changes with the hash seed) made different stretches.
    stop = (
        frozenset(unit for word in sorted(lex.ordinary_words) for unit in terms([word], lex))
        if lex.segment
        else lex.ordinary_words
    )
    # Built as tuples of shared (subject, count) pairs, and one idf float per number of
    # subjects: 16,000 postings have a few hundred distinct pairs (a list, a pair and a
    # float each were 1 MB more for the five locales).
    postings: dict[str, tuple[tuple[str, int], ...]] = {}
    for subject_id, bag in counts.items():
        for word, count in bag.items():
            if word not in stop:
                postings[word] = (*postings.get(word, ()), shared((subject_id, count)))
    # Equal postings are one tuple: most words are in one subject or two, and 4,400
    # postings of the five locales are 2,400 distinct.
    postings = {word: shared(posting) for word, posting in postings.items()}
    total = len(counts)
    # Classic BM25 idf, floored at zero: a word most subjects use says nothing.
    weights: dict[int, float] = {}
    idf = {
        word: weights.setdefault(
            len(docs), max(0.0, math.log((total - len(docs) + 0.5) / (len(docs) + 0.5)))
        )
        for word, docs in postings.items()
    }
    lengths = {s: sum(c for w, c in bag.items() if w not in stop) for s, bag in counts.items()}
    average = sum(lengths.values()) / max(1, len(lengths))
    loanwords = None
    if lex.segment:  # the katakana units: folded to hiragana, so only kana and "ー"
        kana = sorted((w for w in idf if idf[w] and _LOANWORD.fullmatch(w)), key=len, reverse=True)
        loanwords = re.compile("|".join(map(re.escape, kana))) if kana else None
    return _Index(postings, lengths, average, idf, stop, loanwords)


def prepare(lex: Lexicon) -> None:
    """Build a locale's index at start: the first near miss would otherwise wait for it
    (hundreds of ms), and the bot's memory would grow only once a member asked one."""
    _index(lex)


def rank(words: Iterable[str], lex: Lexicon) -> list[tuple[str, float]]:
    """Every subject that shares a word with the message (its folded words), best first,
    with its BM25 score."""
    index = _index(lex)
    return _rank({w for w in terms(words, lex, index.loanwords) if w not in index.stop}, index)


def _rank(words: set[str], index: _Index) -> list[tuple[str, float]]:
    scores: dict[str, float] = {}
    # In a fixed order: float sums in set order differ in the last bits from one hash
    # seed to the next, and near ties ("Do you mean" candidates) then flipped between runs.
    for word in sorted(words):
        weight = index.idf.get(word, 0.0)
        if not weight:
            continue
        for subject, count in index.postings[word]:
            norm = _K1 * (1 - _B + _B * index.lengths[subject] / index.average)
            scores[subject] = scores.get(subject, 0.0) + weight * count * (_K1 + 1) / (count + norm)
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))


def fallback(words: Iterable[str], lex: Lexicon) -> Guess | None:
    """For a message no phrase matched: a clear best subject, the nearest two or three to
    ask between ("Do you mean …?"), or None ("I don't know")."""
    index = _index(lex)
    content = {w for w in terms(words, lex, index.loanwords) if w not in index.stop}
    known = {w for w in content if index.idf.get(w, 0.0) > 0}
    if lex.segment:
        # Units are fewer and each says more than a word ("見", "表示" of "他人から見た
        # 時の表示"): half of them known is enough, and a unit every subject uses
        # ("アカウント") is still a known one, though it scores nothing.
        covered = sum(w in index.idf for w in content)
        if not known or covered < MIN_COVERAGE * len(content):
            return None
    elif not known or len(known) <= MIN_COVERAGE * len(content):
        return None  # mostly words the knowledge never uses: off topic
    ranked = _rank(known, index)
    if not ranked or ranked[0][1] < MIN_SCORE:
        return None
    best, best_score = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if best_score >= MIN_ANSWER and best_score >= CLEAR_LEAD * second:
        return Guess([best], clarify=False, confidence=CONFIDENCE)
    near = [s for s, score in ranked[:MAX_CANDIDATES] if score >= NEAR * best_score]
    return Guess(near, clarify=True, confidence=CONFIDENCE / 2)
