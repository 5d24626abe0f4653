"""What a member is asking: subjects, myths and the kind of message, from plain text.

The phrasings are data (replies/intents/<locale>.toml); this module only knows how to
match them. Matching is deliberately simple and explainable, which suits a few dozen
subjects with a closed vocabulary:

1. normalise: case-fold, expand contractions and chat spellings, fold plurals;
2. correct likely typos, but only towards words the phrase tables use, by at most one
   edit (two for long words), found through a deletion index so it stays fast;
   a locale may fold accents away (`strip_accents`: "abonnes" = "abonnés"), and a
   locale written without spaces (`segment`: Japanese) is cut into the longest words
   its tables use, so "フォロワーは移行されますか" reads as フォロワー | は | 移行 | ...;
   such a locale also folds spelling variants before anything else (`variants`:
   鯖 = サーバー, 引越し = 引っ越し), and a phrase word matches a cut word that only adds
   a kana ending to it (okurigana: "引っ越" matches "引っ越せ");
3. match phrases (with optional short gaps); where phrases overlap, the one matching
   more words wins and uses them up, so "muted words" is about filters, not mutes;
4. keep only the strongest level of evidence, then apply the rules of the table;
5. decide the kind: a stated myth, a question, or greeting/help/thanks/start_move.

Everything is compiled once per locale and cached; a question takes about 0.1 ms.
"""

from __future__ import annotations

import functools
import heapq
import itertools
import operator
import re
import sys
import tomllib
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple, TypeVar, cast

import regex

import replies
from bot import ranking
from bot.text import (
    JAPANESE_LETTER,
    KATAKANA_TO_HIRAGANA,
    normalise,
    shared,
    sizes_by_first_letters,
)
from replies.knowledge import knowledge

INTENTS = Path(__file__).resolve().parent.parent / "replies" / "intents"
DEFAULT_LOCALE = "en"
MAX_SUBJECTS = 3
KINDS = ("question", "myth", "greeting", "help", "thanks", "start_move", "unknown")
# Kinds that are not questions, strongest wish first: a message that asks to start the
# move and says thanks is a request to start.
_KIND_PRIORITY = ("start_move", "help", "thanks", "greeting")
# Kinds that ask something of the bot ("help me ..."): asked about something out of scope, the
# message asks that thing, not for the walkthrough or the list of commands.
_ASKED_OF_US = frozenset({"start_move", "help"})
# Words of a "?" sentence no greeting phrase took that make it a question of its own
# (Lexicon._asks_past_greeting): five, as small talk after a hello is shorter ("how is it
# going?" is four).
_ASKED_PAST_GREETING = 5
_TIERS = {"strong": 2, "weak": 1, "context": 0}
_GAP = 3  # ".." in a phrase: up to this many other words
# "..." in a phrase: up to this many, within one clause: the frame of a German separable
# verb ("Ziehen meine ganzen alten Beiträge beim Umzug mit?").
_LONG_GAP = 10
_OUT_OF_SCOPE = "(out of scope)"
# The longest sentence that only names a source after a question ("that's what I read").
_MAX_SOURCE_WORDS = 8
# A spelled-out letter ("ue" for "ü"), not after a vowel or "q" ("neue", "Quelle", "Bauer"):
# each letter's spelling, then the look behind it (r"(?<![aeiouq])(?:ae|oe|ue)", the same
# matches), so the pattern opens with its letters and re skips in C the places where none
# is, where the look behind first was tried at every letter: a Spanish message's fold
# (bot/interpret.py _spelled_words, ~1.6 a read) ~30% cheaper.
_SPELLED_OUT = r"{0}(?<![aeiouq]{0})"

_URL = re.compile(r"https?://\S+")
# A Latin letter (accented too), a digit or an "@": what a word of Latin tables needs.
_LATIN_OR_DIGIT = re.compile(r"[a-z\d@\u00c0-\u024f\u1e00-\u1eff]")
_DIGIT = re.compile(r"\d")  # what _BIG_NUMBER needs (any decimal digit, as its \d)
# A count right after Japanese is one too ("フォロー7000人").
_BIG_NUMBER = re.compile(
    r"(?<![.,])(?<![^\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff])(?:\d{1,3}(?:[,.]\d{3})+|\d{4,}|\d+(?:[.,]\d+)?k)(?![\w.,]\d)"
)
# Usernames are ASCII letters, digits and "_": "@の後ろのID" is no handle.
_HANDLE = re.compile(r"(?<!\w)@[A-Za-z0-9_.]+(?:@[\w.-]+\w)?")
_LEADING_TAGS = re.compile(r"^\s*(?:#\w+\s*)+(?=\w)")
# A server's domain, or a handle typed without its first "@" ("old@mastodon.social"): a
# server named, not words ("troet.cafe" is no "Tröt", a post; "masto.es" no "es"), nor a
# clause break at its dot ("auf mastodon.social umziehen" is one clause). Only the endings
# servers have, so two sentences typed without a space ("fertig.danke") stay words.
_DOMAIN = re.compile(
    r"(?<![a-z0-9_.@-])(?:[a-z0-9_.]+@)?(?:"
    r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+"
    r"(?:social|cafe|online|world|coop|uno|org|net|com|xyz|exchange|town|space|zone|club"
    r"|tokyo|host|party|garden|cloud|tech|dev|art|lgbt|blue|pub|site|network|jp|fr"
    r"|eu|ch|li|nl|uk|au|nz|dk|fi|pl|pt|br|mx|ar|cl|io)"
    # An ending our languages also write as a word ("es", "de", "it", "to"...) only after
    # a server's own name or two dots: "ya lo hice.es que no sale", "did it.it says error"
    # and "gracias.de nada" are two sentences typed without a space, not a server.
    r"|(?:[a-z0-9-]*(?:masto|mstdn|toot|troet|social|fedi|chaos|[0-9-])[a-z0-9-]*\."
    r"|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.){2,})(?:it|to|at|be|es|de|se|us|ca)"
    r")(?![a-z0-9_-]|\.[a-z0-9])"
)
# What every _DOMAIN match holds: a letter, digit or "-" before a dot, a letter after it.
# A full stop ("Hola. ¿Se mudan?", "I moved. Now what?") has none, and _DOMAIN, which
# tries each word's start against its every ending (~90,000 instructions a message with a
# dot, callgrind), is not run (tests/test_understand_fast_paths.py).
_DOTTED = re.compile(r"[a-z0-9-]\.[a-z]")
_WORD = re.compile(r"\w+(?:[-']\w+)*")
# Each Latin-1 character as _WORD sees it: a word's (\w), "-" and "'" as they are, any other
# a space (_words).
_APART = bytes(code if chr(code).isalnum() or chr(code) in "_-'" else 32 for code in range(256))


def _words(text: str) -> list[str]:
    """_WORD.findall(text). A text of Latin-1 (every clause of a Latin locale but one with
    an emoji, a dash or a curly quote) is cut by bytes.translate and split(): each run of
    word characters is a word, and a run with a "-" or "'" is cut by _WORD itself. findall
    looked at each character in the regex engine, ~370 instructions a character
    (callgrind: 25,000 for a 56-character clause, 7,000 this way). A text opening with a
    letter beyond Latin-1 (Japanese) goes to _WORD at once: the encoding's error took
    ~5,000 instructions, and made a Japanese read 0.7% dearer."""
    if text[:1] > "\xff":
        return _WORD.findall(text)
    try:
        apart = text.encode("latin-1").translate(_APART).decode("latin-1")
    except UnicodeEncodeError:
        return _WORD.findall(text)
    runs = apart.split()
    if "-" not in apart and "'" not in apart:
        return runs
    words: list[str] = []
    for run in runs:
        if "-" in run or "'" in run:
            words.extend(_WORD.findall(run))
        else:
            words.append(run)
    return words


# A space between two letters of a script written without spaces (Japanese), on one line.
# Not _SPACED_UNSPACED's \p classes: this is looked for in every Japanese message, and
# the `regex` module's classes made a Japanese read ~7% slower than `re`'s code-point
# ranges (read_cost, session 39: 641 against 599 µs).
_SPACE_BETWEEN_UNSPACED = re.compile(rf"(?<={JAPANESE_LETTER})[ \u3000]+(?={JAPANESE_LETTER})")
# Not a colon between digits: "werden 1:1 übernommen" (one to one) and "14:30" are one clause.
# The lookahead first says where any of the three can start (a mark, or spaces before a
# dash), so every other letter and space fails at once: half the time of the three tried at
# each (the same breaks on every tuning row and 300,000 random strings of marks and dashes).
_CLAUSE_BREAK = re.compile(
    r"(?=[,;:!?.()\[\]\n、。–—]|\s+[-–—])"
    r"(?:(?!(?<=\d):\d)[,;:!?.()\[\]\n、。]+|\s[-–—]+\s|\s*[–—]+\s*)"
)
# _CLAUSE_BREAK in a text without a dash ("-", "–", "—"; 95% of the tuning rows), where
# only its run of marks can match: opening with the marks' class, which the engine skips to
# in C, where _CLAUSE_BREAK's lookahead ran the pattern at every letter (callgrind: ~30,000
# instructions a Spanish message, ~1% of its read, against ~10,000). The colon between
# digits is looked back at once the colon is taken (tests/test_read_fast_paths_cut.py:
# the same breaks on every tuning row and on random strings of marks, digits and spaces).
_MARKS_BREAK = re.compile(r"[,;:!?.()\[\]\n、。](?!(?<=\d:)\d)[,;:!?.()\[\]\n、。]*")


def _clause_breaks(text: str) -> re.Pattern[str]:
    """The pattern that finds `text`'s clause breaks: _CLAUSE_BREAK, or _MARKS_BREAK where
    no dash can start one."""
    if "-" in text or "–" in text or "—" in text:
        return _CLAUSE_BREAK
    return _MARKS_BREAK


# Scripts written without spaces between words: cut by the vocabulary (`segment`).
_SENTENCE_END = re.compile(r"[!?\n。？！]")
# "… so I'd rather ask now: how do I request it?": a question after a colon is a sentence
# of its own, so what the words before the colon state is still stated.
_ASKED_AFTER_COLON = re.compile(r"\s*[^.!?\n:]{3,}\?")
# A heading of a word or two before a colon ("Alias: welches Konto?", "Follows: werden die
# mitmigriert?"): what the question after it asks about, not a sentence announcing it.
_HEADING_WORDS = 2


def _heading(sentence_of: list[int], sentence: int) -> bool:
    """Whether the sentence before a colon is a heading of _HEADING_WORDS words or fewer
    (sentences are numbered in order, so its words are the last ones counted)."""
    return 0 < sentence_of.count(sentence) <= _HEADING_WORDS


_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\u30fc\u3005\u3006]+")
# A Latin letter typed three times or more in a row ("heyyy", "pleaseee", "bookmarksss").
_STRETCHED = re.compile(r"([a-zß-ÿ])\1{2,}")
# Any character three times in a row: a text without one has no stretched word to look for.
_TRIPLED = re.compile(r"(.)\1\1", re.DOTALL)
# Spaces typed between Japanese words ("ひっこした あと どう みえますか", written in kana
# with spaces as children's books and games do): the text is read as if unspaced.
_SPACED_UNSPACED = regex.compile(
    r"(?<=[\p{Han}\p{Hiragana}\p{Katakana}\u30fc\u3005])\s+(?=[\p{Han}\p{Hiragana}\p{Katakana}\u30fc\u3005])"
)
_HIRAGANA_CHAR = regex.compile(r"\p{Hiragana}")
_KATAKANA_RUN = regex.compile(r"(?:\p{Katakana}|\u30fc)*\p{Katakana}(?:\p{Katakana}|\u30fc)*")
# A dash typed after a katakana letter is the long-vowel mark ("ア－カイブ", "インポ-ト";
# NFKC has already made "－" a "-").
_KANA_DASH = regex.compile(
    r"(?<=\p{Katakana})[-\u2010\u2015\u2212~\u301c](?=\p{Katakana}|\p{Hiragana}|\s|$)"
)
# A wave dash drawing out a hiragana ending before a mark, a space or the end (casual and
# gyaru writing: "移るんだよね〜？", "やほ〜", "まだ〜") only lengthens it: it goes.
_DRAWN_OUT = regex.compile(r"(?<=\p{Hiragana})[~\u301c]+(?=[\s\p{P}\p{S}]|$)")
_MAX_SEGMENT = 16  # longest vocabulary word tried when segmenting
# A dialect spelling (`dialect`) is tried on words this long, with at most this many of
# the rules that apply to it (every combination of them: 2**n - 1 tries at most).
_DIALECT_MIN = 3
_DIALECT_RULES = 4
_FRAGMENT = 3  # a clause this short names things ("my posts, ..."), it tells no story
# A message ending in one full stop (emoji or a closing quote after it allowed) states
# something: chat questions drop the "?", but do not put a "." in its place.
_ENDS_AS_STATEMENT = regex.compile(r"(?<!\.)\.[^\w.?!]*$")
# The typo index keeps, per deletion variant of a target, one 32-bit number: the low bits
# of the variant's hash above the target's position (as many bits as the locale's targets
# need, 11 for 1,301: the rest is hash); and a bitmap of the hashes' top bits, so most
# variants (no target has them) are ruled out without a search. A hash shared by chance
# only brings a target to _osa_distance, which finds it farther than allowed: a target
# within the edits _correct allows a word of its length always shares a true variant
# with it, found by either index. 64-bit numbers (48 bits of hash) were 0.41 MB more for
# the four Latin locales, and corrected every word of the tuning rows the same.
_MAX_TARGET_BITS = 16
_HIRAGANA = regex.compile(r"\p{Hiragana}+")
# Words whose plural folding, typo correction and dialect reading are kept, per locale: a
# running bot meets new words (names, typos) without end, and 20,000 of each took 2-3 MB a
# locale. When full, a cache starts again, so the words in use now come back first.
# _WORDS_KEPT bounds the dialect readings (German's only).
_WORDS_KEPT = 2048
# Folding a plural again costs 0.65 µs, reading a dialect word 5.6 µs and correcting a
# typo 23 µs, and a kept word 65-90 bytes: over every tuning row in bench/latency.py
# --varied's order (one half read to fill the caches, the other counted), 1,024 folded
# words miss 3.8 times a message more than 4,096 (2.5 µs); 2,048 dialect readings miss
# 0.34 times more than 4,096 (1.9 µs) and 1,024 corrections 0.20 times more than 2,048
# (4.6 µs), for 0.19 and 0.36 MB less when full (tracemalloc: 4,096 readings 0.37 MB,
# 2,048 corrections 0.18 MB in each of four locales). Caches only remember: a bound
# changes how often a word is worked out again, never what it is read as.
_FOLDED_KEPT = 1024
_CORRECTIONS_KEPT = 1024
# A dialect reading that is the word itself, as the dialect cache keeps it: nearly every word
# met is one (German's tuning rows: 2,158 of 2,203 words kept), and a one-word tuple of its
# own for each was 48 bytes (0.19 MB when full). Compared by identity: no reading is it.
_ITSELF: tuple[str, ...] = ("\x00itself",)
# Messages whose words a locale keeps while they are read (Lexicon.tokens).
_RECENT_TOKENS = 4
# Texts whose folding (Lexicon._plain) a locale written without spaces keeps: a message's
# clauses and the message, each met twice while it is read (Lexicon._plain_kept).
_RECENT_PLAIN = 16
_Value = TypeVar("_Value")
_NOT_KEPT: Any = object()  # a word not in a cache (None is a kept "no correction")
# An ASCII word's stems (Lexicon._stems): it has no kana ending to cut off.
_NO_STEMS: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Understanding:
    """What one message asks: its kind, the subjects in mention order, any stated myths.

    confidence is 0..1: 1.0 for a one-word command ("move"), 0.9 for plain phrases,
    lower when only weak hints or corrected typos led there, 0.0 for unknown.
    """

    kind: str
    subjects: list[str] = field(default_factory=list)
    myths: list[str] = field(default_factory=list)
    confidence: float = 0.0
    # A yes/no question about what the first subject's `opener` ("Yes." / "No.") answers:
    # "do my followers move?" is; "what do my followers see?" and "do my posts stay?" are not.
    yes_no: bool = False
    # The subjects are the nearest guesses of the ranking fallback (bot/ranking.py), not
    # a match: the reply asks which one is meant ("Do you mean followers or posts?").
    clarify: bool = False
    # Found by that ranking, not by a phrase: a weaker reading than any phrase match.
    ranked: bool = False
    # The subjects were named by strong phrases, any corrected word a typo inside the word
    # ("do my domian blocks move"): a lower confidence for the typos, but a named subject,
    # which the learned second opinion does not overrule (bot/interpret.py gate()). Not
    # where a correction only changed a word's ending ("retrouvent" -> "retrouver"): that
    # is often another form of a different word, which the model reads better.
    named: bool = field(default=False, compare=False)
    # How many of the message's words its phrases used: when the language is unsure, the
    # locale whose tables account for more of the message reads it best (bot/interpret.py).
    evidence: int = field(default=0, compare=False)
    length: int = field(default=0, compare=False)  # the message's words
    # The subjects were named side by side in one list ("do my avatar and my lists
    # transfer?"): each is asked, none a story's subject beside the question's.
    listed: bool = field(default=False, compare=False)
    # The subjects each asked alone in a question of its own, an adding word joining the
    # questions ("how do I move?? and can I do it in the app"): each is asked, whatever
    # the learned second opinion scores it (bot/interpret.py _drop_the_least_asked).
    apart: tuple[str, ...] = field(default=(), compare=False)


def understand(text: str, locale: str = DEFAULT_LOCALE) -> Understanding:
    """Understand one message (plain text, the bot's own mention already removed)."""
    return lexicon(locale).understand(text)


# --- compiled tables -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Exact:
    """A position of a phrase that a word matches only as typed (`=word`), not folded."""

    value: str


class _Gap:
    """A gap in a phrase: ".." (up to _GAP other words) or "..." (up to _LONG_GAP, in the
    same clause). Two of them, each one object."""

    __slots__ = ("long",)

    def __init__(self, long: bool) -> None:
        self.long = long


_GAP_STEP = _Gap(False)
_LONG_GAP_STEP = _Gap(True)

# A phrase's positions (steps): a folded word is its own string, a gap one of the two
# _Gaps, an exact word an _Exact. So a phrase of folded words alone (most of them) has
# the same tuple for its steps as for the words it needs (_Phrase.needed), one object
# (shared()): a step object each (3,600 distinct, 0.27 MB) and a tuple of the words
# beside the tuple of the steps (8,900, 0.5 MB) were 0.7 MB of the five locales' tables.
_Step = str | _Exact | _Gap


def _is_gap(step: _Step) -> bool:
    return step.__class__ is _Gap


def _word_of(step: _Step) -> str:
    """The word a step matches (folded or as typed)."""
    return step if step.__class__ is str else step.value  # type: ignore[union-attr]


def _compact(words: Iterable[str]) -> dict[str, None]:
    """The words as the keys of a dict, for membership only: a dict of strings keeps its
    keys in a compact array beside a small index, where a set's table has a 16-byte slot
    for each of up to four times as many: the five vocabularies of the five locales were
    0.95 MB of frozensets (each sized once, the smaller of two tables), and are 0.4 MB of
    dicts. `in` asks the same question as fast; the same words, the same answers. Grown
    from a list: dict.fromkeys(a set) sizes its table for more than it holds."""
    return dict.fromkeys(list(words))


def _name(name: str | None) -> str | None:
    """A subject's name as one string object however often the tables name it."""
    return None if name is None else sys.intern(name)


def _names(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(map(sys.intern, names))


@dataclass(frozen=True, eq=False, slots=True)
class _Phrase:
    steps: tuple[_Step, ...]
    owner: str  # "subject:posts", "kind:help", or "" for cue lists
    tier: int = 2
    # Words that must all be in a message for this phrase to match (a cheap pre-check),
    # made with the phrase: slots and a tuple keep 9,000 phrases a third of the size.
    needed: tuple[str, ...] = ()


class _Match(NamedTuple):
    """A phrase matched in a message. A named tuple, not a frozen dataclass: reading a
    message makes about ten, and a frozen dataclass's __init__ sets each field through
    object.__setattr__ (0.7 µs more a match). Compared and hashed by its fields alike."""

    phrase: _Phrase
    positions: tuple[int, ...]
    # Positions matched by their stem only ("引っ越" in "引っ越せ"): a weaker claim on them.
    stemmed: frozenset[int] = frozenset()

    @property
    def start(self) -> int:
        return self.positions[0]

    @property
    def span(self) -> int:
        return self.positions[-1] - self.positions[0] + 1


# A match's positions and its stemmed positions, read in C (sort keys, any()).
_POSITIONS = operator.itemgetter(1)
_STEMMED = operator.itemgetter(2)


class _PhraseSet:
    """Phrases indexed by their first word, so a message is scanned once per set: folded
    words and exact ones (`=word`) apart, each word a key of its own (no (kind, word)
    tuple) to a tuple of phrases; the keys are the set's first words (360 sets index 8,800
    first words: a tuple key, a list each and a frozenset of the words were 1.5 MB more).
    `phrases`, the set's phrases in their order, is there only while its lexicon is built
    (Lexicon._phrase_set)."""

    # 560 sets of the five locales, most of them a rule's or a subject's few phrases: no
    # dict of attributes each, and one empty table and one _Narrowed for all the sets that
    # open no phrase with an exact word (530) or none with a common first word (470).
    __slots__ = ("by_exact", "by_word", "narrowed", "phrases")

    def __init__(self, phrases: Iterable[_Phrase]) -> None:
        self.phrases = tuple(phrases)
        grouped: dict[str, dict[str, list[_Phrase]]] = {"word": {}, "exact": {}}
        for phrase in self.phrases:
            first = phrase.steps[0]
            kind = "word" if first.__class__ is str else "exact"
            grouped[kind].setdefault(_word_of(first), []).append(phrase)
        # Equal tuples are one (shared()): most hold one phrase, which other sets open too.
        self.by_word = {word: shared(tuple(found)) for word, found in grouped["word"].items()}
        self.by_exact = {
            word: shared(tuple(found)) for word, found in grouped["exact"].items()
        } or _NONE
        self.narrowed = _narrowed([*self.by_word.values(), *self.by_exact.values()], keyed=False)

    def find(self, tokens: _Tokens) -> list[_Match]:
        scanned = tokens.scanned
        matches = scanned.get(self)
        if matches is None:
            matches = scanned[self] = self._find(tokens)
        return matches

    def _find(self, tokens: _Tokens) -> list[_Match]:
        found = _scan(tokens, self, keyed=False)
        if not found:
            return []
        if tokens.stems:
            return [_Match(p, at, _stemmed(p, at, tokens)) for p, at in found]
        return [_Match(p, at) for p, at in found]

    def first(self, tokens: _Tokens) -> _Match | None:
        found = _scan(tokens, self, keyed=False, first_only=True)
        if not found:
            return None
        phrase, positions = found[0]
        return _Match(phrase, positions, _stemmed(phrase, positions, tokens))


class _KeyedPhrases:
    """The phrases of many sets in one index by first word, each with its set's key: a
    message is scanned once for all of them (the 25 groups of a locale's myths), not once
    a set. Each set's matches come in the order its own _PhraseSet.find gives them."""

    def __init__(self, entries: Iterable[tuple[tuple[int, int], _Phrase]]) -> None:
        grouped: dict[str, dict[str, list[tuple[tuple[int, int], _Phrase]]]] = {
            "word": {},
            "exact": {},
        }
        for key, phrase in entries:
            first = phrase.steps[0]
            kind = "word" if first.__class__ is str else "exact"
            grouped[kind].setdefault(_word_of(first), []).append((key, phrase))
        self.by_word = {word: tuple(found) for word, found in grouped["word"].items()}
        self.by_exact = {word: tuple(found) for word, found in grouped["exact"].items()} or _NONE
        self.narrowed = _narrowed([*self.by_word.values(), *self.by_exact.values()], keyed=True)

    def find(self, tokens: _Tokens) -> list[tuple[tuple[int, int], _Match]]:
        """Every match, with its set's key, in the order _PhraseSet.find gives them."""
        found = _scan(tokens, self, keyed=True)
        if not found:
            return []
        if tokens.stems:
            return [
                (entry[0], _Match(entry[1], positions, _stemmed(entry[1], positions, tokens)))
                for entry, positions in found
            ]
        return [(entry[0], _Match(entry[1], positions)) for entry, positions in found]


# A first word opening this many phrases of a set or more ("my", "do", "i", "mes") has
# them indexed again by another word of theirs (_Narrowed).
_NARROW = 8


# The phrase sets' empty table: never changed once the set is made.
_NONE: dict[str, tuple] = {}


def _narrowed(tuples: list[tuple], *, keyed: bool) -> _Narrowed:
    """The set's _Narrowed, the one empty _Narrowed when no first word opens _NARROW."""
    if all(len(entries) < _NARROW for entries in tuples):
        return _NOT_NARROWED
    return _Narrowed(tuples, keyed=keyed)


class _Narrowed:
    """The phrases of a set's commonest first words, indexed again by their rarest other
    word: "my" opens 200 English subject phrases, and a message with "my" had each of them
    checked for its other words (a few have them all); now only those whose rarest other
    word it has are. For each such tuple of a first word's phrases (by its id: the tuples
    live as long as their set), the places in it of the phrases always tried (one word,
    or no other word), and of the others by that other word."""

    __slots__ = ("places",)

    def __init__(self, tuples: list[tuple], *, keyed: bool) -> None:
        phrases = [entry[1] if keyed else entry for entries in tuples for entry in entries]
        needing = Counter(word for phrase in phrases for word in phrase.needed)
        self.places: dict[int, tuple[tuple[int, ...], dict[str, tuple[int, ...]]]] = {}
        for entries in tuples:
            if len(entries) < _NARROW:
                continue
            always: list[int] = []
            by_other: dict[str, list[int]] = {}
            for place, entry in enumerate(entries):
                others = (entry[1] if keyed else entry).needed[1:]
                if others:  # the rarest in the set (ties: the first)
                    by_other.setdefault(min(others, key=needing.__getitem__), []).append(place)
                else:
                    always.append(place)
            # The same places recur (4,000 tuples in the five locales, 500 distinct).
            self.places[id(entries)] = (
                shared(tuple(always)),
                {word: shared(tuple(places)) for word, places in by_other.items()},
            )

    def pick(self, entries: Sequence[Any], present: frozenset[str]) -> Sequence[Any]:
        """The entries (a first word's tuple) whose rarest other word the message has, and
        those always tried, in their order. Half the time none (most tuples have none
        always tried), else mostly one word's places, already in order: neither sorted nor
        copied then, and one entry not made a list (a list comprehension alone is ~1,600
        instructions): ~18% of a pick, ~1.5% of understanding a message (callgrind)."""
        always, by_other = self.places[id(entries)]
        hits = by_other.keys() & present
        if not hits:
            return [entries[place] for place in always] if always else ()
        if len(hits) == 1 and not always:
            places = by_other[hits.pop()]
        else:
            places = [*always]
            for word in hits:
                places.extend(by_other[word])
            places.sort()
        if len(places) == 1:
            return (entries[places[0]],)
        return [entries[place] for place in places]


_NOT_NARROWED = _Narrowed([], keyed=False)


def _scan(
    tokens: _Tokens,
    index: _PhraseSet | _KeyedPhrases,
    *,
    keyed: bool,
    first_only: bool = False,
) -> list[tuple[Any, tuple[int, ...]]]:
    """Each (entry, positions) of an index by first word (_PhraseSet's phrases, or
    _KeyedPhrases' (key, phrase) pairs when `keyed`): by start, then by the word folded,
    as typed, then its stems; only the first one when `first_only`. One scan for both, so
    a rule such as the sentence's end cannot hold in one and be forgotten in the other.

    Most sets open no phrase with an exact word, and only Japanese words have stems: then
    a word opens phrases by its folded form alone, looked up for every word at once
    (map), not two look-ups a word in the loop. A phrase of one step (the one kind with
    nothing `needed`) matches wherever it opens (its step is the word that opened it:
    folded, as typed or a stem), so it is not walked (_match_at). ~10% of a scan, ~1% of
    an English read(). A list, not a generator: a read makes ten scans and finds few
    matches, and resuming a generator for each, then building a list of them again, cost
    more than the list."""
    by_word, by_exact = index.by_word, index.by_exact
    present = tokens.vocabulary
    found: list[tuple[Any, tuple[int, ...]]] = []
    if by_word.keys().isdisjoint(present) and by_exact.keys().isdisjoint(present):
        return found
    sentence = tokens.sentence_of
    if tokens.stems or by_exact:
        openings: Iterable[tuple[int, Sequence[Sequence[Any] | None]]] = _openings(
            tokens, by_word, by_exact
        )
    else:
        openings = (
            (start, (entries,))
            for start, entries in enumerate(map(by_word.get, tokens.folded))
            if entries is not None
        )
    for start, opening in openings:
        for entries in opening:
            if not entries:
                continue
            if len(entries) >= _NARROW:
                entries = index.narrowed.pick(entries, present)
            for entry in entries:
                needed = (entry[1] if keyed else entry).needed
                if not needed:
                    found.append((entry, (start,)))
                elif not present.issuperset(needed):
                    continue
                else:
                    positions = _match_at(entry[1] if keyed else entry, tokens, start)
                    # Not across a sentence's end: "Now what?? server closes" names no
                    # "what server".
                    if positions is None or sentence[positions[0]] != sentence[positions[-1]]:
                        continue
                    found.append((entry, positions))
                if first_only:
                    return found
    return found


def _openings(
    tokens: _Tokens, by_word: dict[str, tuple], by_exact: dict[str, tuple]
) -> Iterator[tuple[int, Sequence[tuple | None]]]:
    """Where phrases open and the phrases opening there: by the word folded, as typed,
    then by its stems (sorted)."""
    stems = tokens.stems
    for start, (word, folded) in enumerate(zip(tokens.words, tokens.folded, strict=True)):
        as_folded, as_typed = by_word.get(folded), by_exact.get(word)
        if stems and stems[start]:
            yield (
                start,
                [as_folded, as_typed, *(by_word.get(stem) for stem in sorted(stems[start]))],
            )
        elif as_folded is not None or as_typed is not None:  # most words open none
            yield start, (as_folded, as_typed)


def _match_at(phrase: _Phrase, tokens: _Tokens, start: int) -> tuple[int, ...] | None:
    """Positions of the phrase's words when it matches from `start` (shortest gaps first).

    Up to its first gap a phrase matches word after word, with no choice to make: only
    from a gap on are the gap's lengths tried (most phrases have none)."""
    steps = phrase.steps
    count = len(tokens.words)
    taken: list[int] = []
    position = start
    for index, step in enumerate(steps):
        if step.__class__ is _Gap:
            return _walk(steps, tokens, index, position, tuple(taken))
        if position >= count or not _step_matches(step, tokens, position):
            return None
        taken.append(position)
        position += 1
    return tuple(taken)


def _walk(
    steps: tuple[_Step, ...], tokens: _Tokens, index: int, position: int, taken: tuple[int, ...]
) -> tuple[int, ...] | None:
    """The rest of a match from step `index` on, each gap shortest first."""
    if index == len(steps):
        return taken
    step = steps[index]
    if step.__class__ is _Gap:
        long = step.long  # type: ignore[union-attr]
        for skip in range(_LONG_GAP + 1 if long else _GAP + 1):
            if long and (
                position + skip >= len(tokens.words)
                or tokens.clause_of[position + skip] != tokens.clause_of[taken[-1]]
            ):
                break
            found = _walk(steps, tokens, index + 1, position + skip, taken)
            if found is not None:
                return found
        return None
    if position >= len(tokens.words) or not _step_matches(step, tokens, position):
        return None
    return _walk(steps, tokens, index + 1, position + 1, (*taken, position))


def _step_matches(step: _Step, tokens: _Tokens, position: int) -> bool:
    if step.__class__ is not str:  # an exact word
        return tokens.words[position] == step.value  # type: ignore[union-attr]
    if tokens.folded[position] == step:
        return True
    return bool(tokens.stems) and step in tokens.stems[position]


def _stemmed(phrase: _Phrase, positions: tuple[int, ...], tokens: _Tokens) -> frozenset[int]:
    """The positions of a match that only matched by their stem."""
    if not tokens.stems:
        return frozenset()
    steps = [step for step in phrase.steps if not _is_gap(step)]
    return frozenset(
        position
        for step, position in zip(steps, positions, strict=True)
        if step.__class__ is str and tokens.folded[position] != step
    )


def _named_only_sentences(tokens: _Tokens, fragments: set[int]) -> set[int]:
    """The sentences that hold nothing but names ("dms. bookmarks. both gone?": the first
    two), when two or more of them ask nothing: they state nothing, they list what the
    question asks about. One alone ("My posts... do they stay?") is only the topic."""
    sentence = tokens.sentence_of_clause
    named_only = set(sentence.values()) - {sentence[c] for c in sentence.keys() - fragments}
    return named_only if len(named_only - set(tokens.asked)) >= 2 else set()


def _listed_as_sentences(
    subjects: list[str],
    matches: list[_Match],
    tokens: _Tokens,
    fragments: Callable[[], set[int]],
) -> bool:
    """Whether two or more subjects are each named in sentences of nothing but names
    ("dms. lists. do they come?"): a list, as "dms and lists" is, so each is asked (the
    model may not drop one of them as a story's, interpret._drop_the_least_asked)."""
    sentences = len(set(tokens.sentence_of))
    if len(subjects) < 2 or sentences < 2:
        return False
    at = _subject_positions(matches, subjects)
    if sentences == len(tokens.asked):
        # Every sentence a name asked ("dms?? pinned posts??", "my bio? my pinned
        # posts?"): one question a thing, each asked, the way a list's are.
        sentence = tokens.sentence_of_clause
        told = {sentence[c] for c in sentence.keys() - fragments()}
        return not told and len(at) == len(subjects)
    if sentences < 3:
        return False
    named_only = _named_only_sentences(tokens, fragments())
    return len(at) == len(subjects) and all(
        tokens.sentence_of[p] in named_only for positions in at.values() for p in positions
    )


def _named_positions(matches: Sequence[_Match]) -> set[int]:
    """The word positions any subject's phrase covers."""
    return {p for m in matches if m.phrase.owner.startswith("subject:") for p in m.positions}


def _subject_positions(
    matches: Sequence[_Match], among: Collection[str] | None = None
) -> dict[str, list[int]]:
    """Where each subject (of `among`, if given) is named: its matches' word positions,
    in the order they were found."""
    positions: dict[str, list[int]] = {}
    for match in matches:
        owner_type, _, owner = match.phrase.owner.partition(":")
        if owner_type == "subject" and (among is None or owner in among):
            positions.setdefault(owner, []).extend(match.positions)
    return positions


class _once_each:  # a decorator, named as functools.cached_property is
    """functools.cached_property without its lock: Python 3.11's takes an RLock the first
    time each message's value is worked out (about 2 µs of a 5 µs vocabulary, twice a
    read). Two threads reading one message at once would each work out the same value."""

    def __init__(self, method: Callable[[Any], Any]) -> None:
        self.method = method
        self.name = method.__name__

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.method(instance)
        return value


@dataclass
class _Tokens:
    """A message after normalisation: words, their folded forms, and clause starts."""

    words: list[str]
    folded: list[str]
    corrected: set[int]
    clause_starts: set[int]
    clause_of: list[int]
    has_question_mark: bool
    # Ends in a full stop ("Meine Beiträge ziehen mit um."): said, not asked.
    ends_as_statement: bool = False
    # Ends the way the locale asks or wishes without a "?" ("移せるの", "持っていきたい").
    ends_as_question: bool = False
    # Unspaced locales: the stems each word also matches as, a kanji or katakana word
    # without its kana ending ("引っ越せ" is also "引っ越"), so a phrase written with one
    # ending (or none) matches every inflection the cutter keeps whole.
    stems: list[frozenset[str]] = field(default_factory=list)
    # Sentences (split at . ! ? and line breaks): each word's, and those ending in "?".
    sentence_of: list[int] = field(default_factory=list)
    asked: frozenset[int] = frozenset()
    asked_clauses: frozenset[int] = frozenset()
    # Sentences that end in a colon before a question ("my question:"): they announce it.
    announcing: frozenset[int] = frozenset()
    # Corrected words that were typos ("domian", "bookmraks", "archve"), not another ending
    # on the word ("retrouvent" -> "retrouver" is another form more than a typo).
    misspelt: frozenset[int] = frozenset()

    @_once_each
    def vocabulary(self) -> frozenset[str]:
        return frozenset((*self.words, *self.folded)).union(*self.stems)

    @_once_each
    def scanned(self) -> dict[_PhraseSet, list[_Match]]:
        """Each phrase set's matches in these words, found once (_PhraseSet.find): a read
        asks some sets of one message twice or more (an es read ~0.6 of ~10 scans: the
        question words, the openers, the claim markers, a rule's cue). Shared lists, never
        changed by a reader."""
        return {}

    @_once_each
    def sentence_of_clause(self) -> dict[int, int]:
        """Each clause's sentence, worked out once a message (_asked_in and the sentences
        of nothing but names both ask it)."""
        return dict(zip(self.clause_of, self.sentence_of, strict=True))

    def sentence_at(self, position: int) -> int:
        """The sentence of a selected subject's position. One a rule brings in is placed
        after every subject named (`max + 1`, for the answers' order), past the last word
        when that one names a subject: it is read in the last sentence, the one it follows."""
        return self.sentence_of[min(position, len(self.sentence_of) - 1)]

    def clause_at(self, position: int) -> int:
        """The clause of a selected subject's position (see sentence_at)."""
        return self.clause_of[min(position, len(self.clause_of) - 1)]

    def before(self, end: int) -> _Tokens:
        """The message's first `end` words (a claim without its closing tag, "right?")."""
        if end >= len(self.words):
            return self  # all of it: its vocabulary is not worked out again
        return replace(
            self,
            words=self.words[:end],
            folded=self.folded[:end],
            clause_of=self.clause_of[:end],
            stems=self.stems[:end],
            sentence_of=self.sentence_of[:end],
        )


@dataclass(frozen=True)
class _Rule:
    when_all: tuple[str, ...]
    when_any: tuple[str, ...]
    cue: _PhraseSet | None
    unless: _PhraseSet | None
    becomes: str | None
    drop: tuple[str, ...]
    # A subject the message also asks about: "do my lists transfer, and if not how do I
    # re-add them?" asks whether they move and how to import them.
    adds: str | None = None
    # Dropped subjects asked in a question of their own stay: "Do my followers move? And
    # are they notified?" asks both; "are my followers notified?" only the notification.
    keeps_asked_apart: bool = False

    @functools.cached_property
    def needs(self) -> frozenset[str]:
        """`when_all` as a set, made once: every message is checked against every rule."""
        return frozenset(self.when_all)


@dataclass(frozen=True)
class _Myth:
    myth_id: str
    # ("@subject" refs, phrases), the phrases indexed together (Lexicon._myth_phrases).
    groups: tuple[tuple[tuple[str, ...], tuple[_Phrase, ...]], ...]
    negated: bool
    # Words that say "not" by themselves ("you lose your lists" = lists do not move).
    negative: _PhraseSet | None = None
    # Words that show the message is about something else ("sees a moved banner").
    unless: _PhraseSet | None = None
    # Question words that take the claim for granted ("where is the CSV of my posts?",
    # "how do I upload my archive?"): asked with one of them, the claim is still made.
    presupposed_by: _PhraseSet | None = None
    # What a question whether puts forward beside the claim (where the import should go,
    # what it should bring back: "can I import my archive to get my posts back?"): asked
    # with none of them ("can I import my archive?"), it asks whether, and states nothing.
    put_forward_by: _PhraseSet | None = None


class Lexicon:
    """One locale's intents, compiled for fast matching."""

    def __init__(self, data: dict, locale: str = DEFAULT_LOCALE) -> None:
        self.locale = locale
        text = data["text"]
        self.strip_accents = bool(text.get("strip_accents", False))
        self.segment = bool(text.get("segment", False))
        self._compile_variants(text.get("variants", {}))
        # Each rewriting a tuple, equal ones one (shared()): 616 lists of the five locales
        # were 367 distinct (other spellings of one word rewrite to it too).
        self.rewrite: dict[str, tuple[str, ...]] = {
            self._plain(k): shared(tuple(self._plain(v).split()))
            for k, v in text["rewrite"].items()
        }
        self.drop_endings: list[str] = list(text.get("drop_endings", []))
        # A pronoun glued to the verb (Spanish "descargarlas", "llevármelos"): a word of
        # its own, so the verb matches its phrases whatever pronoun follows (`clitics`).
        self.clitics = re.compile(text["clitics"]) if text.get("clitics") else None
        self.plural_endings: list[tuple[str, str]] = [
            (self._plain(a), self._plain(b)) for a, b in text["plural_endings"]
        ]
        self.keep_endings: tuple[str, ...] = tuple(
            self._plain(e) for e in text.get("keep_endings", [])
        )
        # The word a count in the thousands also stands for ("10k follows" = thousands).
        self.big_number = str(text.get("big_number", ""))
        # The word a count from the default follow limit on also stands for ("I follow
        # 9000 people, will the import work?" meets the limit; 3500 does not).
        over = text.get("over_follow_limit", {})
        self.over_limit: tuple[float, str] | None = (
            (float(over["from"]), str(over["word"])) if over else None
        )
        # Abbreviations written with a full stop ("48 Std. verfügbar", "ca. 20 Min."): the
        # stop ends no clause or sentence (`abbreviations`; _tokens drops it).
        abbreviations = text.get("abbreviations", [])
        self._abbreviation_stop = (
            re.compile(
                r"(?<![\w.])(" + "|".join(map(re.escape, abbreviations)) + r")\.(?=\s|$)",
                re.IGNORECASE,
            )
            if abbreviations
            else None
        )
        # Punctuation dictated to a phone, said as a word closing the message ("...
        # hochgeladen hab fragezeichen"): read as the mark (`dictated`).
        dictated = {normalise(k): v for k, v in text.get("dictated", {}).items()}
        self.dictated = dictated
        self._dictated_end = (
            re.compile(r"\s(" + "|".join(map(re.escape, dictated)) + r")\W*$") if dictated else None
        )
        self.at_word = str(text.get("at_sign", ""))
        self.at_sign = _at_sign(text) if self.at_word else None
        # An "@" used as a verb before whom it reaches ("ppl @ my old account", "someone
        # @'s me"): the locale's word for mentioning (`at_verb`, before `at_objects`).
        self.at_verb = str(text.get("at_verb", ""))
        self.at_verb_pattern = _at_verb(text) if self.at_verb else None
        # Letters spelled out for a letter the keyboard lacks (German "ue" for "ü": "zurueck",
        # "uebernommen"): a word the tables do not know is read as the word they do.
        self.spelled_out = {
            self._plain(k): self._plain(v) for k, v in text.get("spelled_out", {}).items()
        }
        self._spelled_pattern = (
            re.compile("|".join(_SPELLED_OUT.format(re.escape(k)) for k in self.spelled_out))
            if self.spelled_out
            else None
        )
        # Dialect and regional spellings (`dialect`: "zruck", "oidn", "weida", "gmacht"): a
        # word the tables do not know is read as the known word a few of these sound rules
        # make of it. Set last (_enable_dialect): the tables' own words are standard.
        self._dialect_rules: tuple[tuple[re.Pattern[str], str], ...] = ()
        self._dialect_read: dict[str, tuple[str, ...]] = {}
        self._also: set[str] = set()
        plain_words = [
            *(self._plain(w) for w in text.get("plain_words", [])),
            *_known_words(locale),
        ]
        self.plain_words = _WordHashes(plain_words)
        latin_plain = all(map(_LATIN_OR_DIGIT.search, (*plain_words, *self.rewrite)))
        self._folded: dict[str, str] = {}
        # Every word any phrase uses (never a typo): a set while phrases are made, then frozen.
        self._phrase_words: set[str] | dict[str, None] = set()
        # The phrases made so far, by their steps, owner and tier, and the phrase sets made
        # (only while building).
        self._made: dict[tuple[tuple[_Step, ...], str, int], _Phrase] = {}
        self._sets: list[_PhraseSet] = []
        fuzzy = data["fuzzy"]
        self.min_fuzzy = int(fuzzy["min_length"])
        self.two_edits_from = int(fuzzy["two_edits_from"])
        # Words too short for the typo index are still corrected when two neighbouring
        # letters are swapped ("umzgu", "lnage"): a slip of the fingers, rarely another word.
        self.swaps_from = int(fuzzy.get("swaps_from", self.min_fuzzy))

        self.phrases: list[_Phrase] = []
        for subject_id, levels in data["subjects"].items():
            for level, tier in _TIERS.items():
                for text_phrase in levels.get(level, []):
                    self.phrases.append(self._phrase(text_phrase, f"subject:{subject_id}", tier))
        for text_phrase in data.get("out_of_scope", {}).get("strong", []):
            self.phrases.append(self._phrase(text_phrase, f"subject:{_OUT_OF_SCOPE}", 2))
        self.subject_ids: list[str] = list(data["subjects"])
        self.whole_kinds: dict[tuple[str, ...], str] = {}
        self.absorbs: dict[str, frozenset[str]] = {}
        self.kind_not_after: dict[str, frozenset[str]] = {}
        # The greetings' words, each phrase whole ("servus", "grüß gott"): a clause of
        # nothing but one opens no sentence of its own (_opens_asking).
        self.greeting_clauses = frozenset(
            tuple(self._fold(w) for w in self._prepare_words(p))
            for p in data["kinds"].get("greeting", {}).get("phrases", [])
        )
        for kind, spec in data["kinds"].items():
            for text_phrase in spec.get("phrases", []):
                self.phrases.append(self._phrase(text_phrase, f"kind:{kind}", 2))
            for whole in spec.get("whole", []):
                key = tuple(self._fold(w) for w in self._prepare_words(whole))
                self.whole_kinds[key] = kind
            self.absorbs[kind] = frozenset(spec.get("absorbs", []))
            # Words before a kind's phrase that make it someone else's ("a user wants to
            # migrate", "my friend would like to move"): not the member's own wish.
            if spec.get("not_after"):
                self.kind_not_after[kind] = self._folded_words(spec["not_after"])

        self.cues: dict[str, tuple[_Phrase, ...]] = {
            name: tuple(self._phrase(p, "") for p in phrases)
            for name, phrases in data.get("cues", {}).items()
        }
        self._built_sets: dict[tuple[str, ...], _PhraseSet] = {}
        # The subjects rules name are one string each (interned): as parsed, each of their
        # 2,200 mentions in the five locales' rules was a string of its own.
        self.rules: list[_Rule] = [
            _Rule(
                when_all=_names(rule.get("when_all", [])),
                when_any=_names(rule.get("when_any", [])),
                cue=self._optional_set(rule.get("cue")),
                unless=self._optional_set(rule.get("unless")),
                becomes=_name(rule.get("becomes")),
                drop=_names(rule.get("drop", [])),
                adds=_name(rule.get("adds")),
                keeps_asked_apart=rule.get("keeps_asked_apart", False),
            )
            for rule in data.get("rules", [])
        ]
        # Each rule under a subject it needs (its first `when_all`, else each `when_any`;
        # "" when it needs none): a message meets the few rules its subjects can set off.
        rules_for: dict[str, list[int]] = {}
        for index, rule in enumerate(self.rules):
            for subject in rule.when_all[:1] or rule.when_any or ("",):
                rules_for.setdefault(subject, []).append(index)
        self._rules_for = {subject: tuple(found) for subject, found in rules_for.items()}
        # What each subject a rule brings in replaces (`becomes`: its first `when_all`):
        # follower_timing has no phrases of its own, it is named where the followers are.
        brought_from: dict[str, set[str]] = {}
        for rule in self.rules:
            if rule.becomes and rule.when_all:
                brought_from.setdefault(rule.becomes, set()).add(rule.when_all[0])
        self._brought_from = {s: frozenset(found) for s, found in brought_from.items()}
        assertion = data["assertion"]
        self.markers = self._phrase_set(self._phrase(p, "") for p in assertion["markers"])
        # A source named in a short sentence after a question ("... again? that's what my
        # friend said"): the question before it states what the source said.
        self.sources_after = self._optional_set(assertion.get("sources_after"))
        self.tags = {
            tuple(self._fold(w) for w in self._prepare_words(t)) for t in assertion["tags"]
        }
        self.openers = self._phrase_set(self._phrase(p, "") for p in assertion["question_openers"])
        self.opener_words = frozenset(_word_of(p.steps[0]) for p in self.openers.phrases)
        # An opener that states with the word after it ("have to download it in 48 hours or
        # it's gone right?" is an obligation stated, not "have you ...?").
        self.stating_openers = frozenset(
            tuple(self._fold(w) for w in self._prepare_words(p))
            for p in assertion.get("stating_openers", [])
        )
        # Openers that put a claim back to be confirmed ("so all my followers have to
        # follow me again??"): a sentence opening with one, then no question word, states
        # what it says, "?" or not.
        self.confirming = tuple(
            tuple(self._fold(w) for w in self._prepare_words(p))
            for p in assertion.get("confirming", [])
        )
        # Question words that ask only ending their clause (Japanese "か": "移りますか",
        # never the "か" the cutter leaves inside "わかりました" or "すっかり").
        self.final_question_words = self._folded_words(assertion.get("final_question_words", []))
        self.question_words = self._phrase_set(
            self._phrase(p, "")
            for p in assertion["question_words"]
            if self._fold(self._plain(p)) not in self.final_question_words
        )
        ending = assertion.get("question_ending")
        self.question_ending = regex.compile(ending) if ending else None
        self.negations = self._folded_words(assertion["negations"])
        # Words that may open a question clause before its question word ("and how ...").
        # Words a clause that only names things may hold besides the names ("my", "the").
        self.fragment_words = self._folded_words(assertion.get("fragment_words", []))
        # Words between two things named in one list ("my bio and my lists"), and those of
        # them that join (`list_joiners`, `list_conjunctions`; a locale opts in).
        self.list_joiners = self._folded_words(assertion.get("list_joiners", []))
        self.list_conjunctions = self._folded_words(assertion.get("list_conjunctions", []))
        # Words that end a clause joined to the next one's claim (Japanese "ので", "から":
        # "エイリアスを作ったので、今フォロワーが移行中です" is one claim).
        self.joiners = self._folded_words(assertion.get("joiners", []))
        # Words opening a clause that says when the next clause's claim holds ("dès que je
        # crée l'alias, mes abonnés partent"): the two clauses are one claim (`leads`, one
        # or two words each; a locale opts in).
        self.leads = self._folded_phrases(assertion.get("leads", []))
        # "Too" after a name in an asking clause ("投稿は移せないし、ブーストも消える？"): the
        # clause joined before it asks with it (a locale opts in with `also_words`).
        self.also_words = self._folded_words(assertion.get("also_words", []))
        # Topic words that set one thing against another ("投稿は移らないって聞いたけど、
        # フォロワーは？"): a name before one in the asking clause, and a name before one in
        # the clause just before that tells what was heard (`contrast_heard`), ask about
        # both (_asked_too); one already understood ("…のはわかった、") stays a story.
        self.contrast_words = self._folded_words(assertion.get("contrast_words", []))
        self.contrast_heard = self._folded_words(assertion.get("contrast_heard", []))
        # A confirming word that only wonders after an open question word of its clause
        # (`wondering` after `wondering_after`: Japanese "移行したらブロックはどうなるんでしょう",
        # "いつ移るんやろ" ask; "ブロックも移るんでしょ？" puts the claim forward).
        self.wondering = self._folded_words(assertion.get("wondering", []))
        self.wondering_after = self._folded_words(assertion.get("wondering_after", []))
        # A thanks closing a report is the message (_thanks_for) in a locale that names the
        # words of a wish or request (`thanking_after`: "i need ..., thanks" still asks).
        self.thanking_after = self._folded_words(assertion.get("thanking_after", []))
        # The member's own move ("I moved and now my timeline is empty"): its "moved" says
        # nothing moved by itself, so no claim's words are taken from it.
        self.own_move = self._optional_set(assertion.get("own_move"))
        self.referents = self._folded_words(assertion.get("referents", []))
        # Object pronouns just before a claim's verb in the clause after the one naming its
        # subject ("mis posts, ¿cómo los importo?"): the claim goes on (_one_claim).
        self.objects = self._folded_words(assertion.get("objects_before_verb", []))
        self.objects_after = self._folded_words(assertion.get("objects_after_verb", []))
        # Pronouns a claim may name its subject by, in a sentence after the one naming it
        # ("Do I need to import my blocks? I thought they moved automatically").
        self.claim_pronouns = self._folded_words(assertion.get("claim_pronouns", []))
        # Clause openings that ask a question of their own after a claim ("My follows move
        # by themselves, so why export them?"): a new sentence, so the claim stays stated.
        self.question_turns = frozenset(
            tuple(self._fold(w) for w in self._prepare_words(p))
            for p in assertion.get("question_turns", [])
        )
        self.conjunctions = self._folded_words(assertion.get("conjunctions", []))
        # Words that draw what the member means to do from the claim before them ("mis posts
        # se mudan solos, así que puedo borrar la vieja"): _drawn_from_claim.
        self.consequences = self._optional_set(assertion.get("consequences"))
        # Openings of a sentence that asks about another thing after a claim ("Blocks
        # move by themselves. What about mutes?"): it asks, as one a conjunction opens.
        self.other_thing_turns = frozenset(
            tuple(self._fold(w) for w in self._prepare_words(p))
            for p in assertion.get("other_thing_turns", [])
        )
        # Words that open a question added to another ("..., and can I do it in the app?",
        # "あと", "und", "et", "y"): what it asks stands apart from the first question
        # (`_asked_apart_from`); a locale opts in with `adding`.
        self.adding = self._folded_words(assertion.get("adding", []))
        self.adding_words = tuple(assertion.get("adding", []))  # as written (bot/interpret.py)
        # A sentence closed by one of `unmarked_endings` with no mark, then an adding word
        # ("…作るんだよねそれとフォロワー…"): a sentence break, as "。" would be (segmenting
        # locales; the cut in _tokens).
        endings = assertion.get("unmarked_endings", [])
        self._unmarked_adding = (
            re.compile(
                "(?:" + "|".join(f"(?<={re.escape(e)})" for e in endings) + ")"
                "(?=" + "|".join(map(re.escape, self.adding_words)) + ")"
            )
            if self.segment and endings and self.adding_words
            else None
        )
        # An adding word, an auxiliary and whom it asks about open a question of their own
        # with no comma before them ("when will my followers arrive and will they be
        # notified?"): two questions, each asking about its own subjects.
        self.added_questions = self._optional_set(assertion.get("added_questions"))
        self.late_verbs_state = bool(assertion.get("late_verbs_state", False))
        self.first_opener_asks = bool(assertion.get("first_opener_asks", False))
        self.tags_not_after = frozenset(assertion.get("tags_not_after", []))
        self.points_back = self._optional_set(assertion.get("points_back"))
        # Words of a question that take in everything named before it ("i follow 40
        # hashtags and keep notes on people, do either of those survive?"): every subject
        # named is asked, none of them only the story's (_asked_in).
        self.points_to_all = self._optional_set(assertion.get("points_to_all"))
        # An opener that gives a reason before an article or possessive ("como los toots se
        # mudan solos, ..."): bot/understand.py _gives_a_reason.
        self.causal, self.causal_then = (
            self._folded_words(assertion.get(key, [])) for key in ("causal", "causal_then")
        )
        # Words that open a condition ("what happens to my DMs when the server is gone?"):
        # a subject named only there says when, not what is asked (`conditions`); the
        # condition ends at its clause's end or one of `condition_ends` ("and", "or", or
        # two words that ask: "can i"), and
        # is none after `condition_not_after` ("need to know if ..." asks whether).
        self.conditions, self.condition_ends, self.condition_not_after = (
            self._folded_phrases(assertion.get(key, []))
            for key in ("conditions", "condition_ends", "condition_not_after")
        )
        # Words that give a claim as the reason for another question ("since my posts move
        # anyway, can I delete the old account?"): the claim is taken for granted, stated,
        # and what the rest asks is asked beside it (_premises).
        self.premises = self._folded_phrases(assertion.get("premises", []))
        # Their first words: a message with none of them has no premise (_premises).
        self._premise_starts = frozenset(phrase.split()[0] for phrase in self.premises)
        # A condition said in two words ("if not", "if so", "if possible"): no clause.
        self.condition_elliptic = self._folded_words(assertion.get("condition_elliptic", []))
        # Words that open a clause belonging to the one beside it ("wie lange dauert es,
        # bis alle Follower umgezogen sind"): it asks when that one asks.
        self.subordinators = self._folded_words(assertion.get("subordinators", []))
        # Words that close a clause listing what the next one asks about (Japanese "と":
        # "移行にかかる日数と、IDの扱いをお教えください"): it asks when the next one asks.
        self.list_enders = self._folded_words(assertion.get("list_enders", []))
        # Words after a claim that may still negate it (Japanese puts "ない" after the verb).
        self.negation_after = int(assertion.get("negation_after", 0))
        # Which negations may stand there (all, unless listed): Hinglish puts "nahi" after
        # the verb ("lists transfer hi nahi hoti"), English's "so no need" is another clause.
        self.negations_after: frozenset[str] | None = (
            self._folded_words(assertion["negations_after"])
            if "negations_after" in assertion
            else None
        )
        # Negations that only follow a verb, never open a claim: Kanto "ねえ" is "ない" after
        # one ("持ってけねえ") and "hey" before the words ("ねえ投稿って移るんだよね？").
        self.negations_not_before = self._folded_words(assertion.get("negations_not_before", []))
        self.myths: list[_Myth] = [
            _Myth(
                myth_id=myth_id,
                groups=tuple(self._group(group) for group in spec["all"]),
                negated=bool(spec.get("negated", False)),
                negative=self._optional_set(spec.get("negative")),
                unless=self._optional_set(spec.get("unless")),
                presupposed_by=self._optional_set(spec.get("presupposed_by")),
                put_forward_by=self._optional_set(spec.get("put_forward_by")),
            )
            for myth_id, spec in data.get("myths", {}).items()
        ]
        self._myth_by_id = {myth.myth_id: myth for myth in self.myths}
        # Every myth's presupposing words at once: a question without any of them states
        # no claim, and is not searched for one.
        self._presupposing = self._phrase_set(
            phrase
            for myth in self.myths
            if myth.presupposed_by is not None
            for phrase in myth.presupposed_by.phrases
        )
        # Each (myth, group) key is one tuple, shared by its phrases and by the sets of keys
        # below, and equal sets of keys are one frozenset (shared()): 653 sets of 1,757 keys
        # for the five locales were 88 distinct sets of 82 keys.
        self._myth_phrases = _KeyedPhrases(
            (shared((myth_index, group_index)), phrase)
            for myth_index, myth in enumerate(self.myths)
            for group_index, (_, phrases) in enumerate(myth.groups)
            for phrase in phrases
        )
        # The (myth, group) keys whose phrases open with each word (_may_state_a_myth).
        opened: dict[str, set[tuple[int, int]]] = {}
        for table in (self._myth_phrases.by_word, self._myth_phrases.by_exact):
            for word, entries in table.items():
                opened.setdefault(word, set()).update(entry[0] for entry in entries)
        self._myth_groups_opened = {word: shared(frozenset(keys)) for word, keys in opened.items()}
        # The (myth, group) keys each subject stands in, and each myth's keys: a myth may be
        # stated when all of its keys are opened or named (_may_state_a_myth).
        named_in: dict[str, set[tuple[int, int]]] = {}
        for myth_index, myth in enumerate(self.myths):
            for group_index, (subjects, _) in enumerate(myth.groups):
                for subject in subjects:
                    named_in.setdefault(subject, set()).add(shared((myth_index, group_index)))
        self._myth_groups_named = {s: shared(frozenset(keys)) for s, keys in named_in.items()}
        self._myth_keys = [
            shared(
                frozenset(
                    shared((myth_index, group_index)) for group_index in range(len(myth.groups))
                )
            )
            for myth_index, myth in enumerate(self.myths)
        ]

        del self._built_sets  # only needed while building
        self._compile_yes_no(data.get("yes_no", {}))
        self._subject_and_kind_phrases = self._phrase_set(self.phrases)
        # Every word a subject or kind phrase matches a message's word as (folded or as
        # typed): a word of none of them is used by no phrase (most_evidence).
        self._step_words = _compact(
            _word_of(step) for phrase in self.phrases for step in phrase.steps if not _is_gap(step)
        )
        self._build_fuzzy_index(data)
        # Every word these tables know has a Latin letter or a digit (not so in Japanese):
        # then a message with none, nor an "@", has no word they know (known_share).
        self._latin_only = latin_plain and all(map(_LATIN_OR_DIGIT.search, self._vocabulary))
        self._corrections: dict[str, str | None] = {}
        # Every word the tables know, for cutting unspaced text into words.
        self._segment_words = _compact(
            w
            for w in (
                *self._phrase_words,
                *(w for words in self.whole_kinds for w in words),
                *(w for tag in self.tags for w in tag),
                *self.negations,
                *self.rewrite,
                *(self._plain(w) for w in text.get("plain_words", [])),
                *(self._plain(w) for w in text.get("segment_words", [])),
            )
            if _UNSPACED.fullmatch(w)
        )
        # The lengths of the words opening with each two letters (up to _MAX_SEGMENT, longest
        # first), and the one-letter words: a run is cut by these, not by a look-up of every
        # length from _MAX_SEGMENT down at each of its letters (_segment_run).
        self._segment_lengths, self._segment_letters = sizes_by_first_letters(
            [w for w in self._segment_words if len(w) <= _MAX_SEGMENT] if self.segment else []
        )
        # Every phrase is made: the words they use are only looked up from now on.
        self._phrase_words = _compact(self._phrase_words)
        self._add_kana_loanwords(int(text.get("kana_loanwords", 0)))
        self._for_ranking(data)
        self._dialect_rules = tuple(
            (re.compile(pattern), self._plain(replacement))
            for pattern, replacement in text.get("dialect", [])
        )
        del self._made  # every phrase is made
        # A set is read through its index by first word: the tuple of its phrases in their
        # order was only read while building (0.19 MB for the five locales' 560 sets).
        for made in self._sets:
            del made.phrases
        del self._sets

    # -- building ---------------------------------------------------------------------

    def _for_ranking(self, data: dict) -> None:
        """What the ranking fallback (bot/ranking.py) indexes, taken from this one parse of
        the tables: each subject's phrases as one text (cut later as messages are, so
        Japanese phrases split where a message's words do), and the locale's ordinary words
        (plain words, negations, question and yes/no openers), which say how something is
        asked, not what about. The phrase texts are handed over once (take_subject_texts)."""
        self._subject_texts: dict[str, str] | None = {
            subject_id: " ".join(p for level in _TIERS for p in levels.get(level, []))
            for subject_id, levels in data["subjects"].items()
        }
        assertion = data["assertion"]
        texts = [
            *data["text"].get("plain_words", []),
            *assertion.get("negations", []),
            *assertion.get("question_openers", []),
            *assertion.get("question_words", []),
            *data.get("yes_no", {}).get("openers", []),
        ]
        self.ordinary_words = _compact(word for text in texts for word in self.words(text))

    def take_subject_texts(self) -> dict[str, str]:
        """Each subject's phrases as one text, for the ranking index, which is built once a
        lexicon (bot/ranking.py _index) and is their only reader: handed over and let go
        (kept, they were 0.16 MB of the running bot's memory for the five locales)."""
        texts, self._subject_texts = self._subject_texts, None
        if texts is None:
            raise RuntimeError(f"{self.locale}: the subjects' texts were already indexed")
        return texts

    def _phrase(self, text: str, owner: str, tier: int = 2) -> _Phrase:
        steps: list[_Step] = []
        for raw in text.split():
            if raw in ("..", "..."):
                steps.append(_LONG_GAP_STEP if raw == "..." else _GAP_STEP)
                continue
            exact = raw.startswith("=")
            for word in self._prepare_words(raw.lstrip("=")):
                cast(set[str], self._phrase_words).add(word)
                # One string a word, one _Exact a word as typed, however many phrases.
                steps.append(shared(_Exact(word)) if exact else shared(self._fold(word)))
        if not steps or _is_gap(steps[0]) or _is_gap(steps[-1]):
            raise ValueError(f"phrase {text!r} must start and end with a word")
        # Phrases share their step and word tuples and their owner's name (10,000 phrases
        # have 57 owners and 8,300 distinct step tuples); a phrase of distinct folded words
        # and no gap needs the words it steps through: one tuple for both.
        # A one-word phrase is its own first word: the pre-check is only made for longer ones.
        needed = (
            shared(tuple(dict.fromkeys(_word_of(step) for step in steps if not _is_gap(step))))
            if len(steps) > 1
            else ()
        )
        key = (shared(tuple(steps)), sys.intern(owner), tier)
        # One phrase for equal ones (the same words of the same owner and tier): the cue
        # lists of rules, myths and openers repeat each other's phrases, 16,400 phrases of
        # the five locales were 13,600 distinct. Nothing tells two equal phrases apart.
        if (made := self._made.get(key)) is None:
            made = self._made[key] = _Phrase(*key, needed)
        return made

    def _phrase_set(self, phrases: Iterable[_Phrase]) -> _PhraseSet:
        """A phrase set of this lexicon, whose list of phrases is let go once it is built."""
        made = _PhraseSet(phrases)
        self._sets.append(made)
        return made

    def _compile_yes_no(self, spec: dict) -> None:
        """How this locale asks yes or no, and which words let each subject's opener answer."""
        self.yes_no_openers = self._phrase_set(self._phrase(p, "") for p in spec.get("openers", []))
        self.yes_no_anywhere = self._phrase_set(
            self._phrase(p, "") for p in spec.get("anywhere", [])
        )
        self.contrary = self._phrase_set(self._phrase(p, "") for p in spec.get("contrary", []))
        pattern = spec.get("open_words")
        self.open_question = regex.compile(pattern) if pattern else None
        self.way_words = self._folded_words(spec.get("way_words", []))
        self.opener_cues: dict[str, _PhraseSet] = {}
        for subject_id, entries in spec.get("cues", {}).items():
            phrases: list[_Phrase] = []
            for entry in entries:
                if entry.startswith("$"):
                    phrases.extend(self.cues[entry[1:]])
                else:
                    phrases.append(self._phrase(entry, ""))
            self.opener_cues[subject_id] = self._phrase_set(phrases)

    def asks_the_way(self, myth_id: str, text: str) -> bool:
        """Whether the message asks the way to do what the myth claims can be done: one of
        the myth's own `presupposed_by` phrases opens with a `way_words` word ("how do i
        reload my old posts on the new one"). Asking how takes the claim for granted, where
        an open question about what becomes of things ("all the pics i uploaded, where do
        they end up") may only ask about them (interpret._asked_not_stated)."""
        myth = self._myth_by_id.get(myth_id)
        if myth is None or myth.presupposed_by is None or not self.way_words:
            return False
        body = self.tokens(text)
        return any(body.folded[m.start] in self.way_words for m in myth.presupposed_by.find(body))

    def _asks_yes_no(self, text: str, tokens: _Tokens, subject: str) -> bool:
        """Whether the message asks yes or no about what `subject`'s opener answers.

        Conservative on purpose: a missing "Yes." costs nothing, a wrong one misleads. So
        an open question word, a negation or a word that turns the question around
        ("do my posts stay?") withholds it, and the subject's own cue must be there."""
        cues = self.opener_cues.get(subject)
        cue_matches = cues.find(tokens) if cues is not None else []
        if not cue_matches:
            return False
        cue_words = {p for match in cue_matches for p in match.positions}
        if self.open_question is not None and self._opens_a_question(text, subject):
            return False
        asked = (
            tokens.has_question_mark
            or self.yes_no_anywhere.first(tokens) is not None
            or any(m.start in tokens.clause_starts for m in self.yes_no_openers.find(tokens))
        )
        if not asked or any(
            cue_words.isdisjoint(m.positions) for m in self.contrary.find(tokens)
        ):  # a cue's own word ("keep" in "keep both") is not contrary
            return False
        return not any(word in self.negations for word in tokens.folded)

    def _opens_a_question(self, text: str, subject: str) -> bool:
        """Whether an open question word ("when", "quand", "what") makes the message an
        open question. Not one that only follows a whole yes/no question: "do my followers
        move automatically when I move?" asks yes or no, its "when" opens a clause of time;
        "when do my followers move?" and "do you know when they move?" (the cue after it)
        stay open. The words before it must ask yes or no by themselves, in the same
        sentence: an opener at a clause start, and the subject's cue ("do they move? how?"
        asks how, too)."""
        normalised = normalise(text)
        assert self.open_question is not None
        found = self.open_question.search(normalised)
        if found is None:
            return False
        head = normalised[: found.start()]
        if not head.strip() or _SENTENCE_END.search(head):
            return True
        tokens = self._tokens(head)
        cues = self.opener_cues.get(subject)
        return not (
            cues is not None
            and cues.find(tokens)
            and any(m.start in tokens.clause_starts for m in self.yes_no_openers.find(tokens))
        )

    def _optional_set(self, phrases: Sequence[str] | None) -> _PhraseSet | None:
        """Phrases of a rule or myth; "$name" stands for the [cues] list of that name, so
        several rules share one list ("$how_to")."""
        if phrases is None:
            return None
        key = tuple(phrases)
        if key not in self._built_sets:  # rules naming the same lists share one index
            self._built_sets[key] = self._phrase_set(
                compiled
                for p in phrases
                for compiled in (self.cues[p[1:]] if p.startswith("$") else (self._phrase(p, ""),))
            )
        return self._built_sets[key]

    def _group(self, group: Sequence[str]) -> tuple[tuple[str, ...], tuple[_Phrase, ...]]:
        subjects: list[str] = []
        phrases: list[_Phrase] = []
        for entry in group:
            if entry.startswith("@"):
                subjects.append(entry[1:])
            elif entry.startswith("$"):
                phrases.extend(self.cues[entry[1:]])
            else:
                phrases.append(self._phrase(entry, ""))
        return tuple(subjects), tuple(phrases)

    def _build_fuzzy_index(self, data: dict) -> None:
        """Typo targets: the words of subject, kind and myth phrases, indexed by their
        deletion variants (SymSpell), so a typo finds its few candidates without a scan.

        The index is a sorted array of numbers (a variant's hash, its target) and a bitmap
        of hashes, not a dict of strings: 0.9 MB for the five locales instead of 12. A hash
        that collides only adds a candidate, which the edit distance then rejects."""
        targets: dict[str, None] = {}  # an ordered set: earlier words win ties
        for phrase in [*self.phrases, *self.markers.phrases]:
            for step in phrase.steps:
                if not _is_gap(step):
                    targets.setdefault(_word_of(step))
        for spec in data.get("myths", {}).values():
            for group in spec["all"]:
                for entry in group:
                    if entry[0] not in "@$":
                        for word in entry.split():
                            if word not in ("..", "..."):
                                targets.setdefault(self._plain(word.lstrip("=")))
        # Unfolded forms too: a typo resembles the word as written ("folowers").
        for levels in data["subjects"].values():
            for level in _TIERS:
                for text_phrase in levels.get(level, []):
                    for word in text_phrase.split():
                        if word not in ("..", "..."):
                            targets.setdefault(self._plain(word.lstrip("=")))
        self._targets = [w for w in targets if w.isalpha() and len(w) >= self.min_fuzzy - 1]
        if len(self._targets) >= 1 << _MAX_TARGET_BITS:
            raise ValueError(f"{self.locale}: too many typo targets for the index")
        self._target_bits = bits = max(1, len(self._targets).bit_length())
        self._hash_mask = hash_mask = (1 << (32 - bits)) - 1
        keys: list[int] = []
        # The bitmap's bits come from the hash's top half, which the keys do not hold: a
        # variant no target has that passes it by chance and matches a key's hash bits too
        # is one in 17 to 33 as rare (main's typo index with the low bits in both sent 4x
        # as many targets to _osa_distance, 0.4 µs more a correction).
        tops = array("I")
        for index, word in enumerate(self._targets):
            for variant in _deletions(word, 2 if len(word) >= self.two_edits_from - 1 else 1):
                hashed = hash(variant)
                keys.append((hashed & hash_mask) << bits | index)
                tops.append((hashed >> 32) & 0xFFFFFFFF)
        keys.sort()
        self._deletes = array("I", keys)
        # 16 to 32 bits a key (a power of two): one variant in 17 to 33 that no target has
        # gets past it. Twice the bits (288 KB more for the five locales) made the typo
        # lookup no faster (32.7 and 32.6 µs a word, tuning rows' unknown words).
        self._bitmap_mask = (1 << max(6, min((16 * len(keys)).bit_length(), 32))) - 1
        self._deletes_bitmap = bytearray((self._bitmap_mask >> 3) + 1)
        for top in tops:
            bit = top & self._bitmap_mask
            self._deletes_bitmap[bit >> 3] |= 1 << (bit & 7)
        self._vocabulary = _compact((*self._targets, *self._phrase_words))
        # The letters typos are fixed towards: a word with none of them is no typo (_correct).
        self._target_letters = frozenset("".join(self._targets))
        self._last_share: tuple[str | None, float] = (None, 0.0)
        self._recent_tokens: dict[str, _Tokens] = {}

    # -- normalising ------------------------------------------------------------------

    def _compile_variants(self, variants: dict[str, str]) -> None:
        """Spellings of one word that a locale folds to one form wherever they occur, in
        phrases and messages alike (Japanese: サーバ = サーバー, 出来る = できる, 鯖 = サーバ),
        so a phrase written one way matches every way members write it. Substrings, not
        words: unspaced text has no word boundaries to wait for."""
        table = {normalise(k): normalise(v) for k, v in variants.items()}
        folding = _Variants(table)
        for value in table.values():
            if folding.fold(value) != value:
                raise ValueError(f"variant target {value!r} is itself folded further")
        self._variants, self._variant_folding = table, folding
        # Texts folded with the folding before this one are folded again (_plain_kept).
        self._recent_plain: dict[str, str] = {}

    def _add_kana_loanwords(self, min_length: int) -> None:
        """Loanwords written in hiragana ("ぶろっく", "ふぃるたー") are the katakana words the
        tables know: members typing without converting, or on purpose for a soft tone. Each
        katakana run of a table word at least `min_length` long gets its hiragana spelling
        as one more variant (none that a hiragana table word contains, so no phrase changes)."""
        if min_length <= 0:
            return
        known = (*self._segment_words, *self._variants, *self._variants.values())
        hiragana_words = [w for w in known if _HIRAGANA_CHAR.search(w)]
        added: dict[str, str] = {}
        for word in known:
            for run in _KATAKANA_RUN.findall(word):
                spelled = run.translate(KATAKANA_TO_HIRAGANA)
                # Three kana do with a long-vowel mark ("こぴー", "めーる"): one that ordinary
                # hiragana words hardly use.
                short = len(spelled) < (3 if "ー" in spelled else min_length)
                if short or spelled in self._variants or spelled in added:
                    continue
                target = self._variant_folding.fold(run)
                if self._variant_folding.fold(target) != target:
                    continue
                if any(spelled in w for w in hiragana_words):
                    continue
                added[spelled] = target
        if added:
            self._compile_variants({**self._variants, **added})

    def knows(self, word: str) -> bool:
        """Whether a word is one of these tables' words or an ordinary word of the locale."""
        return (
            word in self._vocabulary
            or self._fold(word) in self._vocabulary
            or word in self.plain_words
        )

    def spelled_word(self, word: str) -> str:
        """A word with its spelled-out letters (`spelled_out`: "ue" = "ü") as the tables
        know it ("zurueck" -> "zuruck"); a word the tables know, or no known word that way
        ("neue", "Quelle", "aktuell"), stays as it is."""
        if (
            self._spelled_pattern is None
            or not self._spelled_pattern.search(word)
            or self.knows(word)
        ):
            return word
        candidate = self.spelled_letters(word)
        return candidate if self.knows(candidate) else word

    def spelled_letters(self, word: str) -> str:
        """A word with every spelled-out letter folded ("zurueck" -> "zuruck"), known or not."""
        if self._spelled_pattern is None:
            return word
        return self._spelled_pattern.sub(lambda m: self.spelled_out[m.group()], word)

    def knows_written(self, word: str) -> bool:
        """Whether a word as written, its spellings folded (`variants`), is one these tables
        know or cut messages at (`segment_words`): "フォロワー" (= フォロワ), "ステップ"."""
        plain = self.spelled(word)
        return self.knows(plain) or plain in self._segment_words

    def spelled(self, text: str) -> str:
        """Unspaced text with this locale's spellings folded (`variants`, a typed dash as
        the long-vowel mark), for matching outside these tables: the walkthrough's words
        (bot/interpret.py) meet "さいしょから" and "リマインド" as these tables do."""
        return self._plain_kept(text) if self.segment else text

    def _plain_kept(self, text: str) -> str:
        """_plain(text), the last _RECENT_PLAIN answers kept in a locale written without
        spaces (`segment`). Reading one Japanese message folds each clause twice: cut into
        words (_prepare_words) and cleaned by bot/interpret.py's clean() (spelled()), ~10
        µs a message each time (_Variants.fold walks it letter by letter). _plain depends
        on the text and the locale's settings alone, of which only the folding changes once
        set, and the kept answers go whenever it is compiled (_compile_variants): an answer
        kept is the one _plain gives. Other locales fold a clause once (clean() does not
        fold them): nothing is kept there."""
        if not self.segment:
            return self._plain(text)
        found = self._recent_plain.get(text)
        if found is None:
            found = _keep(self._recent_plain, text, self._plain(text), _RECENT_PLAIN)
        return found

    def _plain(self, text: str) -> str:
        """Case-folded and, where the locale says so, without accents ("é" = "e", "ü" = "u")
        and with spelling variants folded (`variants`)."""
        if self.segment:
            text = _DRAWN_OUT.sub("", _KANA_DASH.sub("ー", text))
        if self._variants:  # an empty table's fold still looked at every letter
            text = self._variant_folding.fold(text)
        if not self.strip_accents:
            return text
        if text.isascii():  # no accents to drop (ASCII is its own NFD and NFC)
            return text.casefold()
        try:
            latin = text.encode("latin-1")
        except UnicodeEncodeError:  # "œ", "–", an emoji: letter by letter
            return _accents_dropped(text)
        plain = latin.translate(_LATIN_1_PLAIN).decode("latin-1")
        for letter, replacement in _LATIN_1_REPLACED:
            if letter in plain:
                plain = plain.replace(letter, replacement)
        return plain

    def _prepare_words(self, text: str, *, segment: bool = False) -> list[str]:
        """Words of a phrase or message: rewrites applied, endings dropped, hyphens split.

        Phrases are written with spaces between their words; a message in a locale that
        `segment`s is also cut where the tables' words are (see _segment).
        """
        out: list[str] = []
        text = self._plain_typed(text)
        if segment and self.segment:  # after folding: "とき えいりあす" holds no "きえ"
            text = _SPACED_UNSPACED.sub("", text)
        stretched = segment and _TRIPLED.search(text) is not None  # one look, not one a word
        # A word _prepare_word would give back as it is, told here without the call and
        # its list (most words of a locale with no clitics nor dialect: ~4,000 instructions
        # a word): no rewrite, no ending to drop, no "-" nor "'" to cut at.
        as_is = self.clitics is None and not self._dialect_rules
        rewrite, endings = self.rewrite, tuple(self.drop_endings)
        unspaced = segment and self.segment
        for word in _words(text):
            if stretched and _STRETCHED.search(word):
                word = self._unstretched(word)
            # An ASCII word holds no unspaced script (str.isascii() looks at no letter).
            if unspaced and not word.isascii() and _UNSPACED.search(word):
                for piece in self._segment(word):
                    out.extend(self._prepare_word(piece))
            elif (
                as_is
                and word not in rewrite
                and "-" not in word
                and "'" not in word
                and not word.endswith(endings)
            ):
                out.append(word)
            else:
                out.extend(self._prepare_word(word))
        return out

    def _plain_typed(self, text: str) -> str:
        """A clause as _prepare_words and typed_words cut it: curly apostrophes made
        straight, then _plain's folding (one place, so the word-by-word cut cannot drift).
        A spaced "+" joins a list where the locale says "plus" so ("muted ppl + blocked ppl
        do they transfer": both asked, bot/understand.py _listed)."""
        if " + " in text and "plus" in self.list_conjunctions:
            text = text.replace(" + ", " plus ")
        return self._plain_kept(text.replace("’", "'").replace("‘", "'"))

    def _unstretched(self, word: str) -> str:
        """A word with a letter typed three times or more ("heyyy", "pleaseee", "nooo")
        as typed once, or twice where that is the word ("helppp" help, "sooo" so,
        "gooood" good); "hellooo" keeps its own "ll"."""
        once = _STRETCHED.sub(r"\1", word)
        if once in self.rewrite or once in self._vocabulary or once in self.plain_words:
            return once
        twice = _STRETCHED.sub(r"\1\1", word)
        known = twice in self.rewrite or twice in self._vocabulary or twice in self.plain_words
        return twice if known else once

    def _segment(self, word: str) -> list[str]:
        """Cut a run of unspaced script into the longest words the tables use (left to
        right); what lies between known words stays together as one unknown word. Other
        scripts inside the run ("csvファイル") are kept apart."""
        pieces: list[str] = []
        position = 0
        for run in _UNSPACED.finditer(word):
            if run.start() > position:
                pieces.append(word[position : run.start()])
            pieces.extend(self._segment_run(run.group()))
            position = run.end()
        if position < len(word):
            pieces.append(word[position:])
        return [p for p in pieces if p]

    def _segment_run(self, run: str) -> list[str]:
        pieces: list[str] = []
        unknown = ""
        index = 0
        words, lengths, letters = self._segment_words, self._segment_lengths, self._segment_letters
        end = len(run)
        while index < end:
            # The longest word opening here (none longer than what is left of the run).
            for length in lengths.get(run[index : index + 2], ()):
                if length <= end - index and run[index : index + length] in words:
                    break
            else:
                if run[index] in letters:
                    length = 1
                else:
                    unknown += run[index]
                    index += 1
                    continue
            if unknown:
                pieces.append(unknown)
                unknown = ""
            pieces.append(run[index : index + length])
            index += length
        if unknown:
            pieces.append(unknown)
        return pieces

    def _prepare_word(self, word: str) -> list[str]:
        if word in self.rewrite:
            return list(self.rewrite[word])
        if self.clitics is not None and (glued := self.clitics.fullmatch(word)):
            return [*self._prepare_word(glued[1]), glued[2]]
        for ending in self.drop_endings:
            if word.endswith(ending) and len(word) > len(ending):
                word = word[: -len(ending)]
                return list(self.rewrite.get(word, [word]))
        if "-" in word:
            joined = word.replace("-", "")
            if joined in self.rewrite:
                return list(self.rewrite[joined])
            parts: list[str] = []
            for part in word.split("-"):
                parts.extend(self.rewrite.get(part, [part]))
            return parts
        if "'" in word:
            return [p for p in word.split("'") if p]
        if self._dialect_rules:
            return list(self.dialect_words(word))
        return [word]

    @property
    def reads_dialect(self) -> bool:
        """Whether these tables read dialect spellings as standard words (`dialect`)."""
        return bool(self._dialect_rules)

    def folded_words(self, text: str) -> list[str]:
        """A message's words as these tables read them (rewrites, dialect, spelled-out
        letters, typos corrected, plurals and a verb's -e folded): how the walkthrough's
        words meet a dialect (bot/interpret.py)."""
        return self.tokens(text).folded

    def typed_words(self, text: str) -> list[str] | None:
        """A message's words as tokens() cuts them before it reads any (each clause folded
        as _plain folds it, then cut by _WORD), so that tokens(text).folded is every word's
        word_folded() in turn; None where a step on the whole text comes first and may
        change its words (a dictated mark, a link, an "@", a "#", a count, a server's
        domain), and for a locale that segments. The rest of the cut is word by word: a
        word is stretched only where it has a letter three times (so its clause has a
        character three times), and rewrites, dialect, spelled-out letters, typos and plurals read one
        word each (tests/test_read_cost.py checks the two agree, on every tuning row and
        on mutated ones)."""
        text = normalise(text)
        if (
            self.segment
            or "://" in text
            or "@" in text
            or "#" in text
            or ("." in text and _DOMAIN.search(text))
            or (self.big_number and _DIGIT.search(text))
            or (self._dictated_end is not None and self._dictated_end.search(text))
        ):
            return None
        words: list[str] = []
        for clause in _clause_breaks(text).split(text):
            words.extend(_words(self._plain_typed(clause)))
        return words

    def word_folded(self, word: str) -> list[str]:
        """One of typed_words()'s words as tokens() reads it: its letters typed three times,
        rewrites, dialect, spelled-out letters, a typo and a plural folded."""
        if _STRETCHED.search(word):
            word = self._unstretched(word)
        folded = []
        for part in self._prepare_word(word):
            if self._spelled_pattern is not None:
                part = self.spelled_word(part)
            if (correction := self._correct(part)) is not None:
                part = correction
            folded.append(self._fold(part))
        return folded

    def dialect_words(self, word: str) -> tuple[str, ...]:
        """The standard word(s) a dialect spelling stands for ("weida" -> weiter, "oidn" ->
        alten, "läufts" -> läuft es), or the word itself: tried only on a word the tables do
        not know, and kept only where the rules make a word they do know."""
        found = self._dialect_read.get(word)
        if found is None:
            found = self._dialect_uncached(word)
            _keep(self._dialect_read, word, _ITSELF if found == (word,) else found)
        elif found is _ITSELF:
            return (word,)
        return found

    def _dialect_uncached(self, word: str) -> tuple[str, ...]:
        # Not a word the intents know (the walkthrough's "gmacht" is still "gemacht").
        if len(word) < _DIALECT_MIN or not word.isalpha() or self.knows(word):
            return (word,)
        rules = [rule for rule in self._dialect_rules if rule[0].search(word)][:_DIALECT_RULES]
        # The fewest rules first, and a word of the tables before an ordinary word: "weida"
        # is "weiter" (d for t, -a for -er), not "weiden" (-a for -en).
        ordinary: tuple[str, ...] | None = None
        for size in range(1, len(rules) + 1):
            for chosen in itertools.combinations(rules, size):
                candidate = word
                for pattern, replacement in chosen:
                    candidate = pattern.sub(replacement, candidate)
                if candidate in self.rewrite:
                    return tuple(self.rewrite[candidate])
                parts = tuple(candidate.split())
                if parts and all(map(self._in_tables, parts)):
                    return parts
                if ordinary is None and parts and all(map(self.knows, parts)):
                    ordinary = parts
        return ordinary or (word,)

    def _in_tables(self, word: str) -> bool:
        """A word of these tables' phrases, or of the walkthrough's (also_known)."""
        return (
            word in self._vocabulary or self._fold(word) in self._vocabulary or word in self._also
        )

    def also_known(self, words: Iterable[str]) -> None:
        """Words of another table a dialect spelling may be read as (the walkthrough's
        "gemacht", "zurück"): added once, before any message is read."""
        self._also.update(self._plain(w) for w in words)
        self._dialect_read.clear()
        self._recent_tokens.clear()

    def _folded_words(self, words: Iterable[str]) -> frozenset[str]:
        """A table's word list as the words of a message are compared: plain and folded."""
        return frozenset(self._fold(self._plain(w)) for w in words)

    def _folded_phrases(self, phrases: Iterable[str]) -> frozenset[str]:
        """A table's phrases of one or more words, each word plain and folded, as runs of a
        message's folded words are compared ("dès que", "vu que")."""
        return frozenset(
            " ".join(self._fold(w) for w in self._plain(phrase).split()) for phrase in phrases
        )

    def _fold(self, word: str) -> str:
        """Fold a plural away ("posts" -> "post", "aliases" -> "alias")."""
        folded = self._folded.get(word)
        if folded is None:
            folded = _keep(self._folded, word, self._fold_uncached(word), _FOLDED_KEPT)
        return folded

    def _fold_uncached(self, word: str) -> str:
        if len(word) < 3 or word.endswith(self.keep_endings):
            return word
        for ending, replacement in self.plural_endings:
            if word.endswith(ending) and len(word) > len(ending) + 1:
                return word[: -len(ending)] + replacement
        return word

    def _correct(self, word: str) -> str | None:
        """The phrase word a typo most likely meant, or None when it is not a typo."""
        # One look: the start-up thread corrects words too (interpret.book(), while the
        # event loop reads a message resubmitted at start), and a full cache it empties
        # between two looks would raise KeyError here.
        kept = self._corrections.get(word, _NOT_KEPT)
        return self._correction_of(word) if kept is _NOT_KEPT else kept

    def _correction_of(self, word: str) -> str | None:
        """_correct() for a word not kept: the look-up is the caller's (_tokens looks each
        word up itself and calls this only on a miss)."""
        if self.swaps_from <= len(word) < self.min_fuzzy:
            return self._swapped(word)
        if (
            len(word) < self.min_fuzzy
            or not word.isalpha()
            or word in self._vocabulary
            or self._fold(word) in self._vocabulary
            or word in self.plain_words
        ):
            return None  # as quick to tell again as to look up: not kept
        result: str | None = None
        allowed = 2 if len(word) >= self.two_edits_from else 1
        best: tuple[int, bool, bool, int, int] | None = None
        # A word sharing no letter with any target (a Japanese word read by the Latin
        # tables: ~7% of a Japanese message's first reading) is as many edits from
        # each as it is long, every letter dropped or replaced: more than `allowed`.
        shares = len(word) <= allowed or not self._target_letters.isdisjoint(word)
        candidates = self._typo_candidates(word, allowed) if shares else {}
        for candidate, (distance, rank) in candidates.items():
            # Ties: same first letter, then a dropped letter (the commonest typo), then
            # the earlier target (its place in _targets, found with it by the index).
            key = (
                distance,
                candidate[0] != word[0],
                len(candidate) < len(word),
                abs(len(candidate) - len(word)),
                rank,
            )
            if best is None or key < best:
                best, result = key, candidate
        if result is not None and self._fold(result) == self._fold(word):
            # Another form of the same word ("Leuten", "leute"): it matches as it is, and
            # is no typo to count against the reading's confidence.
            result = None
        return _keep(self._corrections, word, result, _CORRECTIONS_KEPT)

    def _swapped(self, word: str) -> str | None:
        """The phrase word a short word is with two neighbouring letters swapped back."""
        if (
            not word.isalpha()
            or word in self._vocabulary
            or self._fold(word) in self._vocabulary
            or word in self.plain_words
        ):
            return None
        for i in range(len(word) - 1):
            if word[i] != word[i + 1]:
                candidate = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
                if candidate in self._phrase_words:
                    return candidate
        return None

    def _typo_candidates(self, word: str, allowed: int) -> dict[str, tuple[int, int]]:
        """Every typo target within `allowed` edits of word (OSA distance), with its
        distance and its place in _targets: those sharing a deletion variant with it,
        found through the index (whose keys hold the place: no dict of the targets' places
        is kept, 0.19 MB for the five locales)."""
        candidates: dict[int, None] = {}
        index, size, bitmap = self._deletes, len(self._deletes), self._deletes_bitmap
        mask, bits, hash_mask = self._bitmap_mask, self._target_bits, self._hash_mask
        target_mask = (1 << bits) - 1
        for variant in _deletions(word, allowed):
            hashed = hash(variant)
            top = (hashed >> 32) & mask
            if not bitmap[top >> 3] >> (top & 7) & 1:
                continue
            hashed &= hash_mask
            position = bisect_left(index, hashed << bits)
            while position < size and index[position] >> bits == hashed:
                candidates[index[position] & target_mask] = None
                position += 1
        found = {}
        for rank in candidates:
            candidate = self._targets[rank]
            distance = _osa_distance(word, candidate, allowed)
            if distance <= allowed:
                found[candidate] = (distance, rank)
        return found

    def known_share(self, text: str) -> float:
        """The share of a message's words this locale's tables know (phrase words and
        ordinary words, not typo guesses): when two locales' phrases account for a
        message equally, the one whose words it is written in ("las listas se pierden").

        One message is weighed several times while it is read (against each other locale,
        and again for the reply's language), so the last answer is kept.

        Tables whose words are all Latin (_latin_only) know none of a message without a
        Latin letter, a digit or an "@" (most Japanese ones): its words stay its own
        non-Latin words (only a digit or an "@" adds a word, and a typo fixed towards a
        Latin word is not counted known), so it is not cut into words at all. Cutting a
        Japanese message into the four Latin locales' words cost ~15% of its read()."""
        last_text, last_share = self._last_share  # one look, as another thread may replace it
        if last_text == text:
            return last_share
        if self._latin_only and not _LATIN_OR_DIGIT.search(normalise(text)):
            return 0.0
        share = self._known_share(text)
        self._last_share = (text, share)
        return share

    def _known_share(self, text: str) -> float:
        tokens = self.tokens(text)
        if not tokens.words:
            return 0.0
        known = sum(
            1
            for index, (word, folded) in enumerate(zip(tokens.words, tokens.folded, strict=True))
            if index not in tokens.corrected
            and (word in self._vocabulary or folded in self._vocabulary or word in self.plain_words)
        )
        return known / len(tokens.words)

    def most_evidence(self, text: str) -> tuple[int, int]:
        """The most evidence understand() can find in a message, and its length (its
        words): each word a subject or kind phrase could use (one of their words, folded,
        as typed or by a stem), or all of them where the whole message is a kind's phrase.

        Another locale's reading only counts where its evidence beats or ties the reading
        in hand (bot/interpret.py _understand, _heard_out): a locale that cannot get there
        is not read. Its words are cut as understand() cuts them (and kept for it); the
        phrases are not scanned, nor rules and myths weighed (~60% of understand()).

        Tables whose words are all Latin find nothing in a message without a Latin letter,
        a digit or an "@" (known_share): (0, 0), the message not cut. Its words stay its own
        non-Latin ones, no step word (each has a Latin letter or a digit), and none is
        fixed as a typo towards one: a word of no letter of the typo targets is as many
        edits from each as it is long, more than two (tests/test_reply_language_fast_paths.py
        checks the tables). A length of 0 says no more than a message's words would beside
        no evidence (bot/interpret.py _cannot_win). Cutting a Japanese row into English
        words cost ~120,000 instructions, into German ~210,000."""
        if self._latin_only and not text.isascii() and not _LATIN_OR_DIGIT.search(normalise(text)):
            return 0, 0
        tokens = self.tokens(text)
        length = len(tokens.words)
        if length and tuple(tokens.folded) in self.whole_kinds:
            return length, length
        known = self._step_words
        most = 0
        for index, (word, folded) in enumerate(zip(tokens.words, tokens.folded, strict=True)):
            if (
                folded in known
                or word in known
                or (tokens.stems and not known.keys().isdisjoint(tokens.stems[index]))
            ):
                most += 1
        return most, length

    def words(self, text: str) -> list[str]:
        """A text's folded words, cut as messages are but never typo-corrected: for
        indexing the knowledge (bot/ranking.py)."""
        return [self._fold(w) for w in self._prepare_words(normalise(text), segment=True)]

    def recent_tokens(self, text: str) -> _Tokens | None:
        """The message's words where tokens() has cut it lately, else None (no cut made)."""
        return self._recent_tokens.get(text)

    def tokens(self, text: str) -> _Tokens:
        """The message cut into words. One message is cut several times while it is read
        (its words weighed in known_share, then understood), so the last few are kept:
        only a few, so a message read again later is cut again, as a new one is."""
        found = self._recent_tokens.get(text)
        if found is None:
            if len(self._recent_tokens) >= _RECENT_TOKENS:
                self._recent_tokens.clear()
            found = self._recent_tokens[text] = self._tokens(text)
        return found

    def _tokens(self, text: str) -> _Tokens:
        # Each pattern only where the one character it needs is there: most messages have
        # no link, "@", "#" or digit, and a search costs more than the look for it.
        text = normalise(text)
        if self.segment and len(_SPACE_BETWEEN_UNSPACED.findall(text)) == 1:
            # One space in a Japanese message is where its writer breaks the clause, as a
            # comma ("インポートしてる途中でごめんやけど 予約投稿ってどうなると": the story, then
            # the question); a learner spacing every word types several.
            text = _SPACE_BETWEEN_UNSPACED.sub("、", text)
        if self._unmarked_adding is not None and any(w in text for w in self.adding_words):
            text = self._unmarked_adding.sub("。", text)
        if self._dictated_end is not None and (said := self._dictated_end.search(text)):
            text = text[: said.start()] + self.dictated[said.group(1)]
        if "://" in text:
            text = _URL.sub(" ", text)
        if "@" in text:
            if self.at_sign is not None:  # the locale says when an "@" is the handle
                text = self.at_sign.sub(f" {self.at_word} ", text)
            if self.at_verb_pattern is not None:
                text = self.at_verb_pattern.sub(f" {self.at_verb} ", text)
            text = _HANDLE.sub(" ", text)
        if "." in text and _DOTTED.search(text):
            text = _DOMAIN.sub(" ", text)
        # Hashtags opening a message are its tags, a clause of their own: "#mastodon do
        # posts move" opens its question with "do".
        if "#" in text:
            text = _LEADING_TAGS.sub(r"\g<0>,", text)
        # "I follow 8000 people": a count in the thousands, said as such.
        if self.big_number and _DIGIT.search(text):
            text = _BIG_NUMBER.sub(self._big_number, text)
        if self._abbreviation_stop is not None and "." in text:
            text = self._abbreviation_stop.sub(r"\1", text)
        words: list[str] = []
        clause_starts: set[int] = set()
        clause_of: list[int] = []
        sentence_of: list[int] = []
        asked: set[int] = set()
        asked_clauses: set[int] = set()
        announcing: set[int] = set()
        last_clause: dict[int, str] = {}  # each sentence's last clause, as typed
        sentence = 0
        breaks = [*_clause_breaks(text).finditer(text), None]
        position = 0
        for clause_index, found in enumerate(breaks):
            clause = text[position : found.start()] if found else text[position:]
            clause_words = self._prepare_words(clause, segment=True)
            if (
                self.question_turns
                and sentence_of
                and sentence_of[-1] == sentence
                and tuple(self._fold(w) for w in clause_words[:2]) in self.question_turns
            ):
                sentence += 1  # "..., so why export them?": a question of its own
            if clause_words:
                clause_starts.add(len(words))
            words.extend(clause_words)
            clause_of.extend([clause_index] * len(clause_words))
            sentence_of.extend([sentence] * len(clause_words))
            if clause_words:
                last_clause[sentence] = clause
            if found is not None:
                position = found.end()
                mark = found.group()
                if "?" in mark or "？" in mark:
                    asked.add(sentence)
                    asked_clauses.add(clause_index)
                if (
                    mark.startswith(":")
                    and _ASKED_AFTER_COLON.match(text, position)
                    and not _heading(sentence_of, sentence)
                ):
                    announcing.add(sentence)
                    sentence += 1
                elif _SENTENCE_END.search(mark) or (
                    "." in mark
                    and (
                        position >= len(text)
                        or text[position - 1].isspace()
                        or text[position].isspace()
                    )
                ):
                    sentence += 1
        if self._spelled_pattern is not None:
            words = [self.spelled_word(w) for w in words]
        corrected: set[int] = set()
        misspelt: set[int] = set()
        # _correct only where it may find one: a word shorter than both its bars has none
        # (nor is it kept), and a kept one is looked up here (a call a word was ~15% of
        # the cut).
        corrections, shortest = self._corrections, min(self.swaps_from, self.min_fuzzy)
        for index, word in enumerate(words):
            if len(word) < shortest:
                continue
            correction = corrections.get(word, _NOT_KEPT)  # one look, as in _correct
            if correction is _NOT_KEPT:
                correction = self._correction_of(word)
            if correction is not None:
                if not _other_ending(word, correction):
                    misspelt.add(index)
                words[index] = correction
                corrected.add(index)
        folding = self._folded.get  # a kept fold looked up here, not through _fold
        tokens = _Tokens(
            words=words,
            folded=[folding(w) or self._fold(w) for w in words],
            corrected=corrected,
            clause_starts=clause_starts,
            clause_of=clause_of,
            has_question_mark="?" in text,
            ends_as_statement="." in text and _ENDS_AS_STATEMENT.search(text) is not None,
            ends_as_question=bool(self.question_ending and self.question_ending.search(text)),
            stems=[_NO_STEMS if w.isascii() else self._stems(w) for w in words]
            if self.segment
            else [],
            sentence_of=sentence_of,
            asked=frozenset(asked),
            asked_clauses=frozenset(asked_clauses),
            announcing=frozenset(announcing),
            misspelt=frozenset(misspelt),
        )
        if self.segment and asked and sentence_of and sentence_of[-1] not in asked:
            self._ask_unmarked_last(tokens)
        if self.segment and self.question_ending is not None and len(last_clause) > 1:
            # Each sentence of several that ends as the locale's questions do, with no mark
            # ("フォロワー限定の投稿はどうなりますか。アーカイブには含まれますか"): asked, as a
            # "?" would make it, so a subject named only in the second is a question of its
            # own. Unspaced locales only (Japanese asks with an ending as often as a mark).
            ending = self.question_ending
            tokens.asked = tokens.asked | {n for n, c in last_clause.items() if ending.search(c)}
        return tokens

    def _big_number(self, found: re.Match[str]) -> str:
        """A count in the thousands, with `big_number` after it, and `over_follow_limit`'s
        word too where it is as many as the default follow limit or more."""
        count = found.group()
        said = f"{count} {self.big_number} "
        if self.over_limit is None:
            return said
        least, word = self.over_limit
        return f"{said}{word} " if _counted(count) >= least else said

    def _ask_unmarked_last(self, tokens: _Tokens) -> None:
        """A last sentence left without its "?" that opens with a question word, after one
        marked with it, asks too: "投稿って移行されないの？？マジ？ なんで移せないの",
        "置いてかれるの？なんでさ" (the writer's marks say which sentences ask; the last one's
        was only dropped). Only where the locale's chat asks without marks (unspaced:
        Japanese); English "…?? how long" or "…? which button" reads better as it was."""
        last = tokens.sentence_of[-1]
        start = tokens.sentence_of.index(last)
        if any(m.start == start for m in self.openers.find(tokens)):
            tokens.asked = tokens.asked | {last}

    def _stems(self, word: str) -> frozenset[str]:
        """The known words a word is with a kana ending cut off: "引っ越せ" -> 引っ越,
        "引き継がれ" -> 引き継が, 引き継. Only endings after kanji or katakana (okurigana and
        particles), never inside a word of kana alone ("かもしれない" is no "か")."""
        stems: set[str] = set()
        cut = len(word) - 1
        while cut > 0 and _HIRAGANA.fullmatch(word[cut]):
            stem = word[:cut]
            if stem in self._segment_words and not _HIRAGANA.fullmatch(stem):
                stems.add(stem)
            cut -= 1
        return frozenset(stems)

    # -- matching ---------------------------------------------------------------------

    def _all_matches(self, tokens: _Tokens) -> list[_Match]:
        """Every subject and kind phrase that matches."""
        return self._subject_and_kind_phrases.find(tokens)

    def _own(self, match: _Match, tokens: _Tokens) -> bool:
        """Whether a kind's phrase is the member's own, not said of someone else just
        before it ("a user wants to migrate off my server": `not_after`)."""
        others = self.kind_not_after.get(match.phrase.owner.partition(":")[2])
        return not others or match.start == 0 or tokens.folded[match.start - 1] not in others

    @staticmethod
    def _resolve_overlaps(matches: list[_Match]) -> list[_Match]:
        """Longest phrases first; each word is used by one phrase only. A word that a
        phrase matches whole is not taken by one that matches only its stem ("閉鎖された"
        is not "サーバ .. 閉鎖").

        Most calls have none or one match (six in ten): it is kept, its words its own. Only
        Japanese matches have stemmed positions; the rest need no look for them. The key
        reads span and start off the positions (not _Match's properties: a Python call each,
        ~500 instructions); the matches kept have no position in common, so no two start
        alike, and ordering them by their positions is ordering them by their start."""
        if len(matches) < 2:
            return [*matches]
        if any(map(_STEMMED, matches)):
            whole = {p for m in matches for p in m.positions if p not in m.stemmed}
            matches = [m for m in matches if whole.isdisjoint(m.stemmed)]
        ordered = sorted(
            matches,
            key=lambda m: (
                -len(m.positions),
                -m.phrase.tier,
                m.positions[-1] - m.positions[0],  # the span, less one
                len(m.stemmed),
                m.positions[0],
            ),
        )
        used: set[int] = set()
        kept: list[_Match] = []
        for match in ordered:
            if used.isdisjoint(match.positions):
                used.update(match.positions)
                kept.append(match)
        kept.sort(key=_POSITIONS)
        return kept

    # -- understanding ----------------------------------------------------------------

    def understand(self, text: str) -> Understanding:
        tokens = self.tokens(text)
        if not tokens.words:
            return Understanding("unknown")
        found = self._all_matches(tokens)
        # Subjects and kinds use up words apart: "where do I start the move?" is a wish
        # to start (kind) that also names the move (subject). A subject phrase lying wholly
        # inside a kind phrase is that kind's word, though ("何ができ" asks for help).
        kinds = self._resolve_overlaps(
            [m for m in found if m.phrase.owner.startswith("kind:") and self._own(m, tokens)]
        )
        in_kinds = {p for m in kinds for p in m.positions}
        subject_matches = self._resolve_overlaps(
            [m for m in found if not m.phrase.owner.startswith("kind:")]
        )
        matches = sorted(
            kinds + [m for m in subject_matches if not in_kinds.issuperset(m.positions)],
            key=lambda m: m.start,
        )
        evidence = len({p for m in matches for p in m.positions})
        length = len(tokens.words)
        # The clauses that only name things: both the question's subjects and a stated
        # myth look at them, so they are found once, and only if one gets that far.
        kept_fragments: list[set[int]] = []

        def fragments() -> set[int]:
            if not kept_fragments:  # a closure, not functools.cache: that took 5 µs a message
                kept_fragments.append(self._fragments(tokens, matches))
            return kept_fragments[0]

        first_seen: dict[str, int] = {}
        best_tier: dict[str, int] = {}
        fuzzy_used: dict[str, int] = {}
        kinds_found: set[str] = set()
        kind_starts: dict[str, list[int]] = {}
        asked_help = False
        for match in matches:
            owner_type, _, owner_id = match.phrase.owner.partition(":")
            if owner_type == "kind":
                kinds_found.add(owner_id)
                kind_starts.setdefault(owner_id, []).append(match.start)
                if owner_id == "help" and len(match.positions) > 1:
                    asked_help = True
                continue
            first_seen.setdefault(owner_id, match.start)
            best_tier[owner_id] = max(best_tier.get(owner_id, -1), match.phrase.tier)
            fuzzy_used[owner_id] = fuzzy_used.get(owner_id, 0) + len(
                tokens.corrected.intersection(match.positions)
            )
        whole = self.whole_kinds.get(tuple(tokens.folded))
        if whole:
            # The whole message is that kind's phrase: another kind's words inside it are
            # its words ("Buenos días, Dios le bendiga" greets; the blessing alone thanks).
            kinds_found = {whole}
        elif (
            not asked_help
            and "thanks" in kinds_found
            and min(kind_starts.get("thanks", [0])) < min(kind_starts.get("help", [0]))
        ):
            # "Herzlichen Dank für Ihre geduldige Hilfe": the help thanked for, not asked.
            kinds_found.discard("help")

        found_subjects = set(first_seen)
        top_tier = max(best_tier.values(), default=-1)
        selected = {s: first_seen[s] for s in first_seen if best_tier[s] == top_tier}
        selected.pop(_OUT_OF_SCOPE, None)
        selected = self._apply_rules(selected, tokens, matches)
        ruled_off = selected.pop(_OUT_OF_SCOPE, None) is not None
        if ruled_off:
            # A rule found it off topic (`becomes = "(out of scope)"`: "how do I post a
            # reel on Instagram?" names a service, not a link to the member's profile).
            first_seen.setdefault(_OUT_OF_SCOPE, 0)
            found_subjects.add(_OUT_OF_SCOPE)
        aside = (
            self._asked_beside_scope(matches, tokens)
            if _OUT_OF_SCOPE in first_seen and not ruled_off
            else None
        )
        while not selected and top_tier > 0 and (_OUT_OF_SCOPE not in first_seen or aside):
            # The rules took every subject of the strongest level ("the form wants the
            # handle of the new account": no username question): the next level names
            # what is left (the new account, the move). An out-of-scope word stops that,
            # unless it was only in the story and the question names the subject ("the
            # mods ignored my reports. what comes with me?").
            top_tier -= 1
            selected = {
                s: p
                for s, p in first_seen.items()
                if best_tier[s] == top_tier and (not aside or tokens.sentence_of[p] in aside)
            }
            selected = self._apply_rules(selected, tokens, matches)
        selected = self._beside_conditions(selected, matches, tokens)
        selected = self._asked_about(selected, matches, tokens, fragments)
        subjects = sorted(selected, key=lambda s: selected[s])[:MAX_SUBJECTS]

        if (
            not subjects
            and kinds_found == {"greeting"}
            and (
                self._asks_past_greeting(tokens, in_kinds)
                # A short question past the hello naming something off topic ("¿qué tal el
                # Numancia esta temporada?": `[out_of_scope]` "temporada") asks about it too.
                or (_OUT_OF_SCOPE in found_subjects and bool(tokens.asked))
            )
        ):
            # "qué onda, viste el partido anoche?", "bonjour, tu connais un bon resto ?": a
            # hello opening a question about nothing we know is off topic, not a greeting.
            return Understanding("unknown", [], [], 0.0, evidence=evidence, length=length)
        for kind in _KIND_PRIORITY:
            if kind not in kinds_found:
                continue
            if kind in _ASKED_OF_US and _OUT_OF_SCOPE in found_subjects and not whole:
                continue  # "me ayudas con la tarea / a poner texto alternativo?": not the move
            absorbed = self.absorbs.get(kind, frozenset())
            if (
                not subjects
                or (set(subjects) <= absorbed and all(best_tier.get(s, 0) < 2 for s in subjects))
                or (
                    kind == "thanks"
                    and self._thanks_for(tokens, kind_starts.get(kind, [0]), matches)
                    # "thanks! and my bookmarks" asks about them; a word only a subject's
                    # `context` phrase matched names nothing asked ("thank you so much,
                    # moved everything" tells what the member did).
                    and not self._fragments(
                        tokens, [m for m in matches if m.phrase.tier > _TIERS["context"]]
                    )
                    and not self._stated_myths(tokens, matches, fragments)
                )
            ):
                return Understanding(
                    kind,
                    [],
                    [],
                    0.9 if not whole else 1.0,
                    evidence=max(evidence, len(tokens.words) * bool(whole)),
                    length=len(tokens.words),
                )

        myths = self._stated_myths(tokens, matches, fragments) if subjects else []
        if myths:
            own = self._myth_subjects(myths)
            also = self._asked_beside_claim(subjects, own, matches, tokens, selected)
            # Myths named side by side ("my blocks and mutes move automatically"): each is
            # stated, whatever the model makes of one of them (interpret._drop_unstated).
            # Not where a rule took one's subject off ("ma photo et ma bannière": the photo
            # is the avatar, no post).
            return Understanding(
                "myth",
                own + also,
                myths,
                0.9,
                evidence=evidence,
                length=length,
                listed=(set(own) <= set(subjects) and self._listed(own, matches, tokens))
                or (len(own) < len(myths) and self._myths_listed(myths, tokens)),
            )
        if subjects:
            # A rule with a bare `cue` may add a subject where no phrase named one (top_tier
            # -1: "¿mis alumnas deben hacer algo?" adds the followers): the weakest level's.
            base = {2: 0.9, 1: 0.7, 0: 0.5}[max(top_tier, 0)]
            typos = sum(fuzzy_used.get(s, 0) for s in subjects)
            yes_no = len(subjects) == 1 and self._asks_yes_no(text, tokens, subjects[0])
            confidence = round(max(0.3, base - 0.1 * typos), 2)
            return Understanding(
                "question",
                subjects,
                [],
                confidence,
                yes_no=yes_no,
                named=top_tier == 2 and tokens.corrected <= tokens.misspelt,
                evidence=evidence,
                length=length,
                listed=self._listed(subjects, matches, tokens)
                or _listed_as_sentences(subjects, matches, tokens, fragments),
                apart=self._alone_in_questions(subjects, matches, tokens),
            )
        myths = self._stated_myths(tokens, matches, fragments)
        if myths:
            return Understanding(
                "myth", self._myth_subjects(myths), myths, 0.8, evidence=evidence, length=length
            )
        if _OUT_OF_SCOPE not in found_subjects:  # "how do I add alt text?" stays unknown
            guess = ranking.fallback(tokens.folded, self)
            if guess is not None:
                return Understanding(
                    "question",
                    guess.subjects,
                    [],
                    guess.confidence,
                    clarify=guess.clarify,
                    ranked=True,
                )
        # Still say what was recognised ("alt text" is out of scope): not nothing at all.
        return Understanding("unknown", [], [], 0.0, evidence=evidence, length=length)

    @staticmethod
    def _asks_past_greeting(tokens: _Tokens, greeting: set[int]) -> bool:
        """Whether a sentence ending in "?" holds _ASKED_PAST_GREETING words or more that no
        greeting phrase took: a question of its own beside the hello ("hola, ¿sabes si
        llueve mañana?"). Small talk after a hello is short ("¿cómo estás?", "ça joue ?") or a
        greeting phrase itself; "bot", the one greeted, is no word of a question."""
        for sentence in tokens.asked:
            rest = sum(
                1
                for position, of in enumerate(tokens.sentence_of)
                if of == sentence and position not in greeting and tokens.folded[position] != "bot"
            )
            if rest >= _ASKED_PAST_GREETING:
                return True
        return False

    def only_asks_whether(self, myth_id: str, text: str) -> bool:
        """Whether a question about a myth's claim puts nothing forward beside it (the
        myth's `put_forward_by`: "can I import my archive?" asks whether, "can I import my
        archive so my posts come back?" assumes what it would do). False for a myth without
        that list: the model's reading of it stands."""
        myth = self._myth_by_id.get(myth_id)
        if myth is None or myth.put_forward_by is None:
            return False
        return myth.put_forward_by.first(self.tokens(text)) is None

    def rules_out(self, myth_id: str, text: str) -> bool:
        """Whether a message of one sentence holds the words the tables give for "not this
        myth" (its `unless`: "je crée l'alias sur le nouveau compte et je lance le
        déménagement sur l'ancien, c'est ça ?" says the true order back, not the alias made
        on the old account). The model's least sure myth (second_opinion.MYTH_OWN) does not
        stand against them. One sentence only: the tables weigh `unless` in the sentences
        that state the claim, and the model says no place ("I see ... Bookmarks. ...
        Expected a CSV for posts?" states the CSV myth beside a bookmarks sentence)."""
        myth = self._myth_by_id.get(myth_id)
        if myth is None or myth.unless is None:
            return False
        tokens = self.tokens(text)
        if len(set(tokens.sentence_of)) > 1:
            return False
        return myth.unless.first(tokens) is not None

    def _listed(self, subjects: list[str], matches: list[_Match], tokens: _Tokens) -> bool:
        """Whether two or more subjects were named next to each other in one sentence,
        only joining words between them ("do my avatar and my lists transfer", "my bio and
        my mutes, do they ..."): a list of things asked about, not a story beside a
        question."""
        if len(subjects) < 2 or not self.list_conjunctions:
            return False
        spans: dict[str, list[tuple[int, int]]] = {}
        for match in matches:
            owner_type, _, owner_id = match.phrase.owner.partition(":")
            if owner_type == "subject" and owner_id in subjects:
                spans.setdefault(owner_id, []).append((match.start, match.positions[-1]))
        if len(spans) != len(subjects):
            return False
        return self._side_by_side(spans, tokens)

    def _myths_listed(self, myths: list[str], tokens: _Tokens) -> bool:
        """Whether two or more myths of one subject were stated of things named next to each
        other ("Avatar und Bio werden kopiert": the avatar's myth and the bio's, both of the
        profile, where _listed sees one subject): their first groups' words side by side."""
        if not self.list_conjunctions:
            return False
        kept = self._myth_phrase_matches(tokens)
        spans: dict[str, list[tuple[int, int]]] = {}
        for index, myth in enumerate(self.myths):
            if myth.myth_id in myths:
                for match in kept.get((index, 0), ()):
                    spans.setdefault(myth.myth_id, []).append((match.start, match.positions[-1]))
        return len(spans) == len(myths) and self._side_by_side(spans, tokens)

    def _side_by_side(self, spans: dict[str, list[tuple[int, int]]], tokens: _Tokens) -> bool:
        """Whether the named things (each with its spans) follow one another in one
        sentence with only joining words, a conjunction among them, between each two."""
        words, of = tokens.folded, tokens.sentence_of
        ordered = sorted(spans, key=lambda s: min(spans[s]))
        for first, then in itertools.pairwise(ordered):
            if not any(
                end < start
                and of[end] == of[start]
                and all(w in self.list_joiners for w in words[end + 1 : start])
                and not self.list_conjunctions.isdisjoint(words[end + 1 : start])
                for _, end in spans[first]
                for start, _ in spans[then]
            ):
                return False
        return True

    def _thanks_for(self, tokens: _Tokens, starts: list[int], matches: list[_Match]) -> bool:
        """ "thanks for explaining the alias thing", "thx, the bit about blocks helped": a
        thanks opening a message that asks nothing and says no "not" thanks for what it
        names; it does not ask about it again. So does a thanks closing it, in a clause of
        its own after a report ("all done, followers came across, thank you!", "you were a
        big help with the alias, thank you"). A hello or a wish before it (the greeting's
        words: "hello, I hope you are well. thank you for your help yesterday,
        everything worked") leaves it opening the message."""
        last = tokens.clause_of[-1] if tokens.clause_of else 0
        greeted = {p for m in matches if m.phrase.owner == "kind:greeting" for p in m.positions}
        opens = sum(p not in greeted for p in range(min(starts))) <= 1
        closes = (
            bool(self.thanking_after)
            and tokens.clause_at(max(starts)) == last != tokens.clause_at(0)
            and not any(word in self.thanking_after for word in tokens.folded)
        )
        if not (opens or closes) or tokens.has_question_mark or tokens.ends_as_question:
            return False
        if any(word in self.negations for word in tokens.folded):
            return False
        asserted, tag_start = self._asserted(tokens)
        return tag_start == len(tokens.folded) and asserted >= frozenset(tokens.sentence_of)

    def _asked_about(
        self,
        selected: dict[str, int],
        matches: list[_Match],
        tokens: _Tokens,
        fragments: Callable[[], set[int]],
    ) -> dict[str, int]:
        """The story reading (`_asked_in`) of the first question, and the subjects of the
        questions an adding word joins to it: "... SSO, no password. how do i move?? and can
        i do it in the app" asks about both; a story reading of the whole would take the
        first question for a story."""
        if self.adding and len(selected) > 1:
            each = self._asked_each(selected, matches, tokens)
            if each is not None:
                return each
        return self._asked_in(selected, matches, tokens, fragments)

    def _alone_in_questions(
        self, subjects: list[str], matches: list[_Match], tokens: _Tokens
    ) -> tuple[str, ...]:
        """The subjects each named alone in a question of its own, when an adding word
        joins questions: the first one (all before the first added question) and each
        added one. "old posts. lost? and the followers?" asks about both alone."""
        if len(subjects) < 2 or not self.adding:
            return ()
        cut = self._added_question_parts(tokens, matches)
        if cut is None:
            return ()
        parts, _, added = cut
        start = min(added)
        named: dict[int, set[str]] = {}
        at = _subject_positions(matches, subjects)
        # A subject a rule brought in is named where what it replaced was ("when will my
        # followers arrive and will they be notified?": the followers' words ask the timing).
        for subject in subjects:
            sources = self._brought_from.get(subject, ()) if subject not in at else ()
            if sources and not any(s in subjects for s in sources):
                found = _subject_positions(matches, sources).values()
                at[subject] = [p for positions in found for p in positions]
        for subject, positions in at.items():
            for position in positions:
                part = parts[position]
                question = part if part in added else -1 if part < start else None
                if question is not None:
                    named.setdefault(question, set()).add(subject)
        if len(named) < 2:
            return ()
        alone = [next(iter(found)) for found in named.values() if len(found) == 1]
        return tuple(s for s in subjects if s in alone)

    def _asked_each(
        self, selected: dict[str, int], matches: list[_Match], tokens: _Tokens
    ) -> dict[str, int] | None:
        """The first question's story reading and the added questions' subjects, when
        every subject is named either before the first added question or only in added
        ones; else None."""
        cut = self._added_question_parts(tokens, matches)
        if cut is None:
            return None
        parts, _, added = cut
        start = parts.index(min(added))
        named = _subject_positions(matches, selected)
        later = {s for s, at in named.items() if all(parts[p] in added for p in at)}
        earlier = {s for s, at in named.items() if min(at) < start}
        if not later or later & earlier or (later | earlier) != selected.keys():
            return None
        first = tokens.before(start)
        clause = tokens.clause_of[start]
        first = replace(
            first,
            clause_starts={p for p in tokens.clause_starts if p < start},
            asked=frozenset(s for s in tokens.asked if s <= tokens.sentence_of[start - 1]),
            asked_clauses=frozenset(c for c in tokens.asked_clauses if c < clause),
        )
        before = [m for m in matches if m.positions[-1] < start]
        kept = self._asked_in(
            {s: p for s, p in selected.items() if s in earlier},
            before,
            first,
            lambda: self._fragments(first, before),
        )
        return {**kept, **{s: selected[s] for s in later}}

    def _asked_in(
        self,
        selected: dict[str, int],
        matches: list[_Match],
        tokens: _Tokens,
        fragments: Callable[[], set[int]],
    ) -> dict[str, int]:
        """Of subjects named in a story and subjects named in the question, the question's:
        "I already made the alias, how long do followers take?" asks about followers.

        A clause asks when it ends in "?", opens with a question word or holds one of the
        question words. Only plain names count in it (strong phrases): "my posts, how do I
        move them?" still asks about the posts the story named. Only in a locale that
        lists its `fragment_words` (checked on its own tuning rows first)."""
        if len(selected) < 2 or len(set(tokens.clause_of)) < 2 or not self.fragment_words:
            return selected  # a locale opts in by listing its fragment_words
        if self.points_to_all is not None and self.points_to_all.first(tokens) is not None:
            return selected
        asking = set(tokens.asked_clauses)
        starts = tokens.clause_starts
        asking.update(
            tokens.clause_of[p] for p in self._asking_starts(tokens, self.openers.find(tokens))
        )
        # A fragment ("dms, bookmarks, lists?") is part of the question, not a story.
        # Not one in a sentence that states, when another sentence asks: "I export my
        # follows, my blocks, my mutes. What about bookmarks?" asks about the bookmarks.
        # One after the last question adds to it, though: "リスト移る？あとミュートも".
        # So do two or more sentences of nothing but names, which state nothing: "dms.
        # bookmarks. both gone?" lists what the question asks about (one alone, "My
        # posts... do they stay?", is the topic the question's own words take up).
        sentence = tokens.sentence_of_clause
        last_asked = max(tokens.asked, default=-1)
        named_only = _named_only_sentences(tokens, fragments())
        asking.update(
            c
            for c in fragments()
            if not tokens.asked
            or sentence.get(c) in tokens.asked
            or sentence[c] > last_asked
            or sentence[c] in named_only
        )
        for start in sorted(starts):
            clause = tokens.clause_of[start]
            if tokens.folded[start] in self.subordinators and (
                clause - 1 in asking or clause + 1 in asking
            ):  # "wie lange dauert es, bis ...", "si importo el CSV ..., ¿vuelvo a ...?"
                asking.add(clause)
        for end, word in enumerate(tokens.folded[:-1] if self.list_enders else ()):
            clause = tokens.clause_of[end]
            closes = word in self.list_enders and tokens.clause_of[end + 1] == clause + 1
            if closes and clause + 1 in asking:  # "日数と、IDの扱いをお教えください"
                asking.add(clause)
        if not asking or asking >= set(tokens.clause_of):
            return selected
        if self.also_words:
            asking |= self._asked_too(asking, matches, tokens)
        in_question = {s for s, p in selected.items() if tokens.clause_at(p) in asking}
        in_question.update(
            owner
            for m in matches
            if m.phrase.tier == 2
            and (owner := m.phrase.owner.partition(":")[2]) in selected
            and all(tokens.clause_of[p] in asking for p in m.positions)
        )
        if not in_question and tokens.asked:
            # The asking clause names nothing ("But my bookmarks are gone, can I get them
            # back?"): the sentence that asks still outranks the story told before it.
            in_question = {
                owner
                for m in matches
                if (owner := m.phrase.owner.partition(":")[2]) in selected
                and all(tokens.sentence_of[p] in tokens.asked for p in m.positions)
            }
        if not in_question and tokens.asked:
            # Nor does the sentence ("... But my bookmarks are gone. Are they lost?"): its
            # "they" is the nearest sentence before it that names something, not the story.
            before = min(tokens.asked)
            named = [
                (tokens.sentence_of[m.start], owner)
                for m in matches
                if (owner := m.phrase.owner.partition(":")[2]) in selected
                and tokens.sentence_of[m.start] < before
            ]
            nearest = max((s for s, _ in named), default=None)
            in_question = {owner for s, owner in named if s == nearest}
        in_question |= self._pointed_back_to(selected, matches, tokens)
        if not in_question or in_question == set(selected):
            return selected
        return {s: p for s, p in selected.items() if s in in_question}

    def _asked_too(self, asking: set[int], matches: list[_Match], tokens: _Tokens) -> set[int]:
        """The clause just before an asking one whose name is followed by "too"
        (`also_words`), in its sentence: "投稿は移せないし、ブーストも消えるの？" asks about both."""
        ends = {m.positions[-1] for m in matches if m.phrase.owner.startswith("subject:")}
        found: set[int] = set()
        folded = tokens.folded
        for position, word in enumerate(folded):
            clause = tokens.clause_of[position]
            if clause not in asking or position - 1 not in ends:
                continue
            contrast = word in self.contrast_words
            if word not in self.also_words and not contrast:
                continue
            before = tokens.clause_of.index(clause) - 1
            if before < 0 or tokens.sentence_of[before] != tokens.sentence_of[position]:
                continue
            if contrast and not (
                any(
                    tokens.clause_of[p] == tokens.clause_of[before]
                    and folded[p] in self.contrast_words
                    for p in (e + 1 for e in ends if e + 1 < len(folded))
                )
                and any(
                    tokens.clause_of[p] == tokens.clause_of[before] and w in self.contrast_heard
                    for p, w in enumerate(folded)
                )
            ):
                continue  # "は" set against nothing heard before it: that clause stays a story
            found.add(tokens.clause_of[before])
        return found

    @staticmethod
    def _asked_beside_scope(matches: list[_Match], tokens: _Tokens) -> frozenset[int]:
        """The asking sentences (those ending in "?", else the last one) of a message whose
        out-of-scope words are all in other sentences: a story told before the question."""
        if len(set(tokens.sentence_of)) < 2:
            return frozenset()
        asking = tokens.asked or frozenset({tokens.sentence_of[-1]})
        for match in matches:
            if match.phrase.owner.partition(":")[2] == _OUT_OF_SCOPE and any(
                tokens.sentence_of[p] in asking for p in match.positions
            ):
                return frozenset()
        return asking

    def _opens_clause(self, tokens: _Tokens, position: int) -> bool:
        """Whether a word opens its clause, after any conjunctions: "..., and also what
        about my bookmarks" asks as "what about my bookmarks" does."""
        starts = tokens.clause_starts
        while position not in starts and position > 0:
            position -= 1
            if tokens.folded[position] not in self.conjunctions:
                return False
        return position in starts

    def _pointed_back_to(
        self, selected: dict[str, int], matches: list[_Match], tokens: _Tokens
    ) -> set[str]:
        """The subjects of the story a question naming nothing points back to (`[assertion]
        points_back`: "Mi servidor va a cerrar. ¿Qué tengo que hacer? ¿Pierdo a mis
        seguidores?" asks what to do about the closing too): those of the nearest sentence
        before it that names one."""
        if self.points_back is None:
            return set()
        named: dict[int, set[str]] = {}
        for m in matches:
            if (owner := m.phrase.owner.partition(":")[2]) in selected:
                named.setdefault(tokens.sentence_of[m.start], set()).add(owner)
        found: set[str] = set()
        for m in self.points_back.find(tokens):
            sentence = tokens.sentence_of[m.start]
            if sentence not in tokens.asked or sentence in named:
                continue
            earlier = [s for s in named if s < sentence]
            if earlier:
                found |= named[max(earlier)]
        return found

    def _run_end(self, tokens: _Tokens, position: int, end: int) -> int:
        """Where a condition or premise opened at `position` ends: its clause's end or the
        next of `condition_ends` ("and", or a question asked after it with no comma: "and
        if I hate it can I go back")."""
        words, clause = tokens.folded, tokens.clause_of[position]
        while (
            end < len(words)
            and tokens.clause_of[end] == clause
            and words[end] not in self.condition_ends
            and " ".join(words[end : end + 2]) not in self.condition_ends
        ):
            end += 1
        return end

    def _premises(self, tokens: _Tokens) -> set[int]:
        """The words of clauses that give a reason for what the rest asks (`premises`):
        "since my posts come along anyway, can I delete the old account?" takes the claim
        for granted (it states the myth, LABELS.md) and asks about deleting beside it. A
        premise word before a question word asks ("since when ...").
        So do the plain clauses a consequence word and a question draw from ("mis posts se
        mudan solos, así que puedo borrar la vieja?"): the claim is taken as given."""
        inside: set[int] = set()
        if (
            self.consequences is not None
            and (plain := self._plain_clauses_then_asking(tokens)) is not None
        ):
            start, asking = plain
            if asking in self._consequences_asking(tokens).values():
                inside.update(range(start, asking))
        words = tokens.folded
        if not self.premises or self._premise_starts.isdisjoint(words):
            return inside  # no word a premise opens with: none is there
        position = 0
        while position < len(words):
            size = next(
                (n for n in (2, 1) if " ".join(words[position : position + n]) in self.premises),
                0,
            )
            after = position + size
            if not size or after >= len(words) or words[after] in self.opener_words:
                position += 1
                continue
            end = self._run_end(tokens, position, after)
            inside.update(range(position, end))
            position = end
        return inside

    def _beside_conditions(
        self, selected: dict[str, int], matches: list[_Match], tokens: _Tokens
    ) -> dict[str, int]:
        """Subjects named only in a condition ("when the server is gone", "once I have
        moved", "before it shuts down") give way to one named outside it: "what happens to
        my followers-only posts when the server is gone?" asks about those posts.

        A condition runs from its word to the end of its clause or the next of
        `condition_ends`; a condition word before a question verb asks instead ("when do
        they move"), and so does one after `condition_not_after` ("need to know if").
        Only in a locale that lists its `conditions`."""
        if len(selected) < 2 or not self.conditions:
            return selected
        words = tokens.folded
        inside: set[int] = set()
        position = 0
        asking = -1  # the sentence of a condition word that asked ("know if ...")
        while position < len(words):
            following = words[position + 1] if position + 1 < len(words) else ""
            before = words[position - 1] if position else ""
            if position > 1 and f"{words[position - 2]} {before}" in self.condition_not_after:
                before = f"{words[position - 2]} {before}"  # "tell me if", "let us know if"
            if words[position] in self.conditions and (
                before in self.condition_not_after
                or (before in self.condition_ends and tokens.sentence_of[position] == asking)
            ):
                # "know if my posts move and if my followers move": both ask.
                asking = tokens.sentence_of[position]
                position += 1
                continue
            if words[position] not in self.conditions or following in self.opener_words:
                position += 1
                continue
            end = position + 1
            if following in self.condition_elliptic:  # "if not, how do I ...": two words
                inside.update((position, end))
                position = end + 1
                continue
            end = self._run_end(tokens, position, end)
            inside.update(range(position, end))
            position = end
        if not inside:
            return selected
        outside: dict[str, bool] = {}
        for match in matches:
            owner_type, _, owner = match.phrase.owner.partition(":")
            if owner_type == "subject" and owner in selected:
                beyond = not inside.issuperset(match.positions)
                outside[owner] = outside.get(owner, False) or beyond
        conditional = {s for s in selected if not outside.get(s, True)}
        if self.adding and conditional:
            # "how long do I have? and does the move work if I go to Misskey": the second
            # question's condition is all it asks about.
            conditional -= self._asked_apart_from(
                conditional, set(selected) - conditional, selected, tokens, matches
            )
        if not conditional or conditional == set(selected):
            return selected
        return {s: p for s, p in selected.items() if s not in conditional}

    def _asked_beside_claim(
        self,
        subjects: list[str],
        own: list[str],
        matches: list[_Match],
        tokens: _Tokens,
        selected: dict[str, int],
    ) -> list[str]:
        """Subjects asked in a sentence of their own beside a stated myth: "Lists don't
        transfer, I know. But what about bookmarks?" states the myth and asks about the
        bookmarks. Only sentences that ask, open with a conjunction ("but", "mais", "und"; or
        a `question_turns` clause) and name none of the myth's own subjects count: a
        follow-up about the claim ("Do I need to message each of them?", "Ich seh da aber nur
        Follower") adds nothing."""
        others = [s for s in subjects if s not in own]
        if not others:
            return []
        # The claim given as the reason for a question ("since my posts move anyway, can I
        # delete the old account?"): what a question names outside the premise is asked
        # (not what a story beside it names: "since they won't move, I posted a notice"),
        # and so is what a question after the claim's own plain clauses names ("my posts
        # move automatically, can i delete the old account?": _put_forward_before_asking),
        # unless the question refers back to the claim ("..., how do I tell them?").
        premised = self._premises(tokens)
        if not premised and (plain := self._plain_clauses_then_asking(tokens)) is not None:
            start, asking = plain
            clause = tokens.clause_of[asking]
            if not any(
                word in self.referents
                for word, where in zip(
                    tokens.folded[asking:], tokens.clause_of[asking:], strict=True
                )
                if where == clause
            ):
                premised = set(range(start, asking))
        if premised:
            where = _subject_positions(matches)
            if any(premised.intersection(where.get(s, ())) for s in own):
                parts, asking_parts, _ = self._question_parts(tokens, matches)
                beside = [
                    s
                    for s in others
                    if where.get(s)
                    and premised.isdisjoint(where[s])
                    and any(parts[p] in asking_parts for p in where[s])
                ]
                if beside:
                    return beside
        if (drawn := self._drawn_from_claim(own, others, matches, tokens, selected)) is not None:
            return drawn
        # The claim stated, then a question an adding word joins to it ("my followers will
        # have to refollow me, and what will they see on my old page?"): what the added
        # question names is asked beside the claim (LABELS.md), not a story going on.
        if (added := self._added_after_statement(tokens)) is not None:
            where = _subject_positions(matches)
            beside = [s for s in others if where.get(s) and min(where[s]) > added]
            if beside:
                return beside
        # A question, then the claim asked in a question an adding word joins to it ("what
        # do people see on my old profile, and do they have to follow me again?"): both
        # asked (LABELS.md), as two questions joined so are (_asked_apart_from).
        # The claim's own subject counts where it is named even if a rule took it off
        # ("他の人からどう見える？あとフォロワーはフォローし直しになるんやろ？": the followers are
        # whom others are to the what-others-see rule, yet they name the claim's question).
        named_own = _subject_positions(matches, set(own) - selected.keys())
        trial = {**selected, **{s: p[0] for s, p in named_own.items()}}
        claimed = set(own) & trial.keys()
        joined = self._asked_apart_from(set(others), claimed, trial, tokens, matches)
        if joined:
            return [s for s in others if s in joined]
        if len(set(tokens.sentence_of)) < 2 or not self.conjunctions:
            return []
        asserted, _ = self._asserted(tokens)
        sentences: dict[str, set[int]] = {}
        for match in matches:
            owner_type, _, owner = match.phrase.owner.partition(":")
            if owner_type == "subject":
                sentences.setdefault(owner, set()).add(tokens.sentence_of[match.start])
        for subject, position in _placed_by_rules(others, selected, sentences).items():
            sentences[subject] = {tokens.sentence_at(position)}
        own_sentences = set().union(*(sentences.get(s, set()) for s in own))
        claimed_sentences = own_sentences | asserted
        turning = {
            sentence
            for position, sentence in enumerate(tokens.sentence_of)
            if (position == 0 or tokens.sentence_of[position - 1] != sentence)
            and (
                tokens.folded[position] in self.conjunctions
                or any(
                    tuple(tokens.folded[position : position + len(turn)]) == turn
                    for turn in self.other_thing_turns
                )
            )
        }
        # A sentence of its own after the claim's that a question opener opens and that
        # refers back to nothing ("my posts move automatically. how long does the move
        # take?"): asked beside the claim, as after a comma (_plain_clauses_then_asking);
        # "..., how do I tell them?" follows the claim up.
        after = max(claimed_sentences, default=-1)
        for position, sentence in enumerate(tokens.sentence_of):
            if (
                sentence > after
                and sentence in tokens.asked
                and (position == 0 or tokens.sentence_of[position - 1] != sentence)
                and tokens.folded[position] in self.opener_words
                and not any(
                    word in self.referents
                    for word, of in zip(tokens.folded, tokens.sentence_of, strict=True)
                    if of == sentence
                )
            ):
                turning.add(sentence)
        # A sentence that only names a thing and asks ("Blocks move by themselves. Mutes?",
        # an ASL gloss's "THEY MOVE AUTOMATIC. MUTES?"): a question of its own, as one that
        # "what about" opens.
        sizes = Counter(tokens.sentence_of)
        turning.update(s for s in tokens.asked if sizes[s] <= _FRAGMENT)
        # The claim put forward in a question of its own after another question ("what will
        # my friends see? do they have to refollow me by hand?"): two questions, both asked
        # (LABELS.md), as when an adding word joins them.
        if own_sentences and own_sentences <= tokens.asked:
            turning.update(s for s in tokens.asked if s < min(own_sentences))
        return [
            s for s in others if sentences.get(s) and sentences[s] <= turning - claimed_sentences
        ]

    def _drawn_from_claim(
        self,
        own: list[str],
        others: list[str],
        matches: list[_Match],
        tokens: _Tokens,
        selected: dict[str, int],
    ) -> list[str] | None:
        """The subjects of a consequence drawn from the claim in its own sentence
        (`consequences`: "donc", "así que"): "mes pouets passent tout seuls, donc je peux
        supprimer l'ancien ?", "mis posts se mudan solos, así que puedo borrar la vieja?" state
        the claim and ask about what the member means to do on its
        strength, as a premise's question does (LABELS.md: both subjects, the myth). None
        where no consequence asks after the claim (_consequences_asking)."""
        if self.consequences is None:
            return None
        where = _subject_positions(matches)
        where.update((s, [p]) for s, p in _placed_by_rules(others, selected, where).items())
        claimed = [p for s in own for p in where.get(s, ())]
        if not claimed:
            return None
        sentence = tokens.sentence_of[max(claimed)]
        words = tokens.folded
        if sentence not in tokens.asked:
            return None  # "…, donc je peux supprimer l'ancien compte direct" tells a plan
        for start, after in sorted(self._consequences_asking(tokens).items()):
            if start <= max(claimed) or tokens.sentence_of[start] != sentence:
                continue
            rest = {p for p in range(after, len(words)) if tokens.sentence_of[p] == sentence}
            beside = [s for s in others if where.get(s) and set(where[s]) <= rest]
            return beside or None
        return None

    def _consequences_asking(self, tokens: _Tokens) -> dict[int, int]:
        """Where a consequence word (`consequences`) opens a yes/no question, mapped to the
        question word after it ("donc je peux", "así que puedo": the pronoun is the
        phrase's): "así que mis seguidores ya se están pasando?" goes on with a claim,
        "alors pourquoi mon profil est vide ?" challenges the claim before it (a question
        word that opens a question, `open_words`), and "…, donc je dois les prévenir ?"
        refers back to it (`referents` in the rest of its sentence)."""
        if self.consequences is None:
            return {}
        words, of = tokens.folded, tokens.sentence_of
        asking: dict[int, int] = {}
        for match in self.consequences.find(tokens):
            after = match.positions[-1] + 1
            if (
                after < len(words)
                and of[after] == of[match.start]
                and words[after] in self.opener_words
                and not (self.open_question and self.open_question.match(words[after]))
                and not any(
                    word in self.referents
                    for word, where in zip(words[after:], of[after:], strict=True)
                    if where == of[after]
                )
            ):
                asking[match.start] = after
        return asking

    def _myth_subjects(self, myths: list[str]) -> list[str]:
        """A stated myth is answered by its own subject (its correction, then that answer):
        "the export gives a CSV of my posts" is about the archive, where posts really are."""
        known = knowledge(self.locale).myths
        return list(dict.fromkeys(known[m].subject for m in myths if m in known))

    def _apply_rules(
        self, selected: dict[str, int], tokens: _Tokens, matches: Sequence[_Match] = ()
    ) -> dict[str, int]:
        """The rules in the tables' order, each on what the ones before it left. Only those
        a selected subject can set off (_rules_for) are looked at; a subject a rule brings
        in brings its later rules in too."""
        dropped: dict[str, tuple[int, set[str]]] = {}  # where each was, what dropped it
        waiting = sorted({index for s in ("", *selected) for index in self._rules_for.get(s, ())})
        seen = set(waiting)  # a sorted list is already a heap
        while waiting:
            index = heapq.heappop(waiting)
            rule = self.rules[index]
            if not selected.keys() >= rule.needs:
                continue
            if rule.when_any and selected.keys().isdisjoint(rule.when_any):
                continue
            if rule.cue is not None and not self._cued(rule, selected, tokens):
                continue
            if rule.unless is not None and rule.unless.first(tokens) is not None:
                continue
            if rule.becomes and self._asked_apart(rule, selected, tokens, matches):
                # Two questions ("do my followers come along? and how long?"): both asked.
                selected.setdefault(rule.becomes, max(selected.values()) + 1)
            elif rule.becomes:
                replaced = rule.when_all[0]
                position = selected.pop(replaced)
                selected[rule.becomes] = min(position, selected.get(rule.becomes, position))
            apart = self._apart(rule, selected, tokens) if rule.keeps_asked_apart else set()
            own = {*rule.when_all, *rule.when_any} & selected.keys()
            for subject in rule.drop:
                if subject not in apart and subject in selected:
                    position = selected.pop(subject)
                    if not rule.becomes and not rule.adds:  # else what it brings answers
                        dropped.setdefault(subject, (position, own))
            if rule.adds:  # after what it names: "do lists transfer, and if not how ..."
                selected.setdefault(rule.adds, max(selected.values(), default=0) + 1)
            for brought in (rule.becomes, rule.adds):
                for later in self._rules_for.get(brought, ()) if brought else ():
                    if later > index and later not in seen:
                        seen.add(later)
                        heapq.heappush(waiting, later)
        if self.adding and dropped:
            self._ask_apart_again(selected, dropped, tokens, matches)
        return selected

    def _ask_apart_again(
        self,
        selected: dict[str, int],
        dropped: dict[str, tuple[int, set[str]]],
        tokens: _Tokens,
        matches: Sequence[_Match],
    ) -> None:
        """Back into `selected`, the subjects a rule dropped that a question of their own
        asks, joined to the one naming the rule's subjects by an adding word and left with
        nothing else to answer once every rule has run: "how do i move?? and can i do it
        in the app" asks about the app whatever the SSO rule drops. Only once all rules ran,
        so one brought back sets no other rule off."""
        for subject, (position, own) in dropped.items():
            if subject in selected:
                continue
            trial = {**selected, subject: position}
            if self._asked_apart_from({subject}, own & trial.keys(), trial, tokens, matches):
                selected[subject] = position

    @staticmethod
    def _apart(rule: _Rule, selected: dict[str, int], tokens: _Tokens) -> set[str]:
        """The subjects a rule would drop that are first named in a question of their own,
        not the sentence that names the rule's own subjects (`keeps_asked_apart`)."""
        own = {
            tokens.sentence_at(selected[s])
            for s in (*rule.when_all, *rule.when_any)
            if s in selected
        }
        return {
            s
            for s in rule.drop
            if s in selected
            and tokens.sentence_at(selected[s]) in tokens.asked
            and tokens.sentence_at(selected[s]) not in own
        }

    def _asked_apart_from(
        self,
        subjects: set[str],
        others: set[str],
        selected: dict[str, int],
        tokens: _Tokens,
        matches: Sequence[_Match],
    ) -> set[str]:
        """The `subjects` asked in a question of their own that an adding word joins to the
        one naming the `others` ("what will people see on my old profile? and the link on
        my site, will it still work"): two questions, each asked, whatever a rule, a
        condition or a story reading written for one question would make of them. Either
        question may be the added one; neither may name the other's subjects."""
        if not others or len(subjects & selected.keys()) == 0:
            return set()
        cut = self._added_question_parts(tokens, matches)
        if cut is None:
            return set()
        parts, asking, added = cut
        named = {
            subject: {parts[p] for p in positions}
            for subject, positions in _subject_positions(matches, selected).items()
        }
        for subject, position in selected.items():  # one a rule brought in: where it stood
            named.setdefault(subject, {parts[min(position, len(parts) - 1)]})
        theirs = set().union(*(named[s] for s in others))
        # A question naming a subject that stays names it: "and what becomes of the lists"
        # asks about the lists, not the old account its "what becomes of" also names.
        staying = set().union(*(named[s] for s in selected.keys() - subjects))
        kept: set[str] = set()
        for subject in subjects & selected.keys():
            own = named[subject]
            if own & theirs:
                continue
            if any(
                part in asking
                and part not in staying
                and (part in added or any(t > part and t in added for t in theirs))
                for part in own
            ):
                kept.add(subject)
        return kept

    def _added_question_parts(
        self, tokens: _Tokens, matches: Sequence[_Match]
    ) -> tuple[list[int], set[int], set[int]] | None:
        """_question_parts where an adding word opens a question added to an earlier one,
        else None. Only an adding word opens an added part: a message with none of them
        (half of those asked about added questions, and most of what _question_parts costs:
        two or three phrase scans, ~100,000 instructions) is not cut into parts at all."""
        if self.adding.isdisjoint(tokens.folded):
            return None
        cut = self._question_parts(tokens, matches)
        return cut if cut[2] else None

    def _question_parts(
        self, tokens: _Tokens, matches: Sequence[_Match]
    ) -> tuple[list[int], set[int], set[int]]:
        """Each word's question part (its sentence, cut again before a clause an adding
        word opens: "how do I move, and can I keep my handle?"), the parts that ask (a "?",
        a question opener opening a clause, a question word, a question ending; an added
        one that only names things: "... come with me? and all my likes") and those an
        adding word opens."""
        words, of = tokens.folded, tokens.sentence_of
        parts: list[int] = []
        added: set[int] = set()
        part = -1
        starts = set(tokens.clause_starts)
        # An added question with no comma before it ("what happens to my old account and
        # can people still find me"): its "and" + opener cuts a part, and that part asks.
        added_openers = (
            {m.start for m in self.added_questions.find(tokens)}
            if self.added_questions is not None
            else set()
        )
        starts |= added_openers
        for position, word in enumerate(words):
            if (
                position == 0
                or of[position - 1] != of[position]
                or (position in starts and word in self.adding)
            ):
                part += 1
                if word in self.adding:
                    added.add(part)
            parts.append(part)
        asking = {parts[p] for p, c in enumerate(tokens.clause_of) if c in tokens.asked_clauses}
        asking.update(parts[p] for p in self._asking_starts(tokens, self.openers.find(tokens)))
        asking.update(parts[p] for p in added_openers)
        if tokens.ends_as_question and parts:
            asking.add(parts[-1])
        if added - asking:
            fragments = self._fragments(tokens, list(matches))
            told = {parts[p] for p, c in enumerate(tokens.clause_of) if c not in fragments}
            asking |= added - told
        # Only a question added to one asked before it: "I moved, and my followers are gone,
        # how do I get them back?" goes on with the story.
        first = min(asking, default=len(words))
        return parts, asking, {p for p in added if p in asking and p > first}

    def _asked_apart(
        self, rule: _Rule, selected: dict[str, int], tokens: _Tokens, matches: Sequence[_Match]
    ) -> bool:
        """Whether a rule's subject is asked in a sentence of its own and its cue only in
        other asked ones that do not name it again: a second question ("do my followers
        come along? and how long?"), not the first one's kind ("posts won't move? why
        no import for posts?" is one question). Nor a sentence that only names it ("¿y los
        silenciados? ¿cómo los paso a la nueva?", "und meine Stummgeschalteten? wie bring
        ich die rüber?"): the thing the next question, naming no subject, takes up."""
        if rule.cue is None or len(set(tokens.sentence_of)) < 2:
            return False
        subject = rule.when_all[0]
        own = tokens.sentence_at(selected[subject])
        cued = {tokens.sentence_of[m.start] for m in rule.cue.find(tokens)}
        if own not in tokens.asked or own in cued or not cued <= tokens.asked:
            return False
        named = {
            m.phrase.owner
            for m in matches
            if m.phrase.owner.startswith("subject:") and tokens.sentence_of[m.start] in cued
        }
        if f"subject:{subject}" in named:
            return False
        if named:
            return True
        own_clauses = {c for c, of in tokens.sentence_of_clause.items() if of == own}
        return not own_clauses <= self._fragments(tokens, list(matches))

    @staticmethod
    def _cued(rule: _Rule, selected: dict[str, int], tokens: _Tokens) -> bool:
        """Whether a rule's cue is there; for a rule that turns a subject into another,
        in the sentence that names it or in one that asks: "My old server is slow. Will I
        keep my followers?" is no question about the followers' timing."""
        assert rule.cue is not None
        if not rule.becomes or len(set(tokens.sentence_of)) < 2:
            return rule.cue.first(tokens) is not None
        sentences = {tokens.sentence_at(selected[rule.when_all[0]]), *tokens.asked}
        return any(tokens.sentence_of[m.start] in sentences for m in rule.cue.find(tokens))

    def _asserted(self, tokens: _Tokens) -> tuple[frozenset[int], int]:
        """The sentences that state something, and where a closing tag ("right?") starts.

        A sentence states a claim when it has a marker ("I heard", "supposed to") or is
        plain: no "?", none of the question words, no clause opening with a question word.
        Per sentence, so "Since my posts move, I'm ready. Which button?" still states its
        claim, and "my friend said … Do my posts come along?" asks."""
        words = tokens.folded
        tag_start = len(words)
        # The question words' matches, scanned once and only where a step needs them: a
        # closing tag's "no" that is "or no" (both answers offered ask which), and the
        # sentences a question word makes ask.
        found: list[_Match] | None = None
        positions: set[int] | None = None

        def question_words() -> list[_Match]:
            nonlocal found
            if found is None:
                found = self.question_words.find(tokens)
            return found

        def offered() -> set[int]:
            nonlocal positions
            if positions is None:
                positions = {p for m in question_words() for p in m.positions}
            return positions

        if tokens.clause_of:
            final_clause = tokens.clause_of[-1]
            start = tokens.clause_of.index(final_clause)
            if start > 0 and tuple(words[start:]) in self.tags:
                tag_start = start
            elif self.fragment_words and tokens.has_question_mark:
                # "the link expires in 48 hours right?": a tag with no comma before it, in
                # a clause that does not open as a question ("do my posts move right?").
                # Not the "no" of a question word ("mutes transfer? yes/no", "... yes or
                # no?"): both answers offered ask which.
                for size in (3, 2, 1):
                    tail = len(words) - size
                    if not (
                        tail > start
                        and tuple(words[tail:]) in self.tags
                        and (
                            words[start] not in self.opener_words or self._states_with(words, start)
                        )
                    ):
                        continue
                    if words[tail - 1] in self.tags_not_after:
                        continue  # "please say no": the answer hoped for, not a tag
                    if tail not in offered() and not self._wonders(tokens, tail):
                        tag_start = tail
                        break
        sentences = frozenset(tokens.sentence_of)
        if tag_start < len(words):
            return sentences, tag_start
        body = tokens.before(tag_start)  # all of it (a tag returned above): the same tokens
        of = tokens.sentence_of
        marked = {
            of[m.start] for m in self.markers.find(body) if not self._wonders(tokens, m.start)
        }
        if self.sources_after is not None:
            for match in self.sources_after.find(body):
                source = of[match.start]
                if source > 0 and of.count(source) <= _MAX_SOURCE_WORDS:
                    marked.add(source - 1)
        # A sentence closed by a tag clause ("..., right? I did that yesterday") states.
        # Each sentence's last clause: a clause's words are one run (clause_of only grows),
        # found by bisection, not by a pass over every word for each sentence's clause
        # (that pass was ~40% of _asserted on long messages).
        tagged: set[int] = set()
        clause_of = tokens.clause_of
        for sentence, clause in dict(zip(of, clause_of, strict=True)).items():
            first = bisect_left(clause_of, clause)
            end = bisect_right(clause_of, clause) - 1  # its last word
            clause_words = tuple(words[first : end + 1])
            if first > 0 and of[first - 1] == sentence and clause_words in self.tags:
                marked.add(sentence)
            elif (
                sentence in tokens.asked
                and (size := self._tag_size(clause_words))
                # Not a "no" offered as the other answer ("blocks move with me or no?"),
                # as the final clause's tag above.
                and end not in offered()
                and not self._wonders(tokens, end + 1 - size)
            ):
                tagged.add(sentence)
        questioned = set(tokens.asked) - self._confirmed(tokens)
        if tokens.ends_as_question and of:  # "…移行されますか" asks without a "?"
            questioned.add(of[-1])
        # "…, so my question: how …?": the words that announce the question ask nothing.
        questioned.update(
            of[p]
            for p in self._question_word_starts(body, question_words())
            if of[p] not in tokens.announcing
        )
        whole = not tokens.ends_as_statement or tokens.has_question_mark
        if whole or self.first_opener_asks:
            # A message ending in one full stop states, whatever word opens a clause:
            # "Mis seguidores tienen que volver a seguirme." Where the locale says so
            # (`first_opener_asks`), an opener that opens the message still asks: "Do
            # mutes come with." is "Do mutes come with?" with a full stop for its mark.
            questioned.update(
                of[m.start]
                for m in self.openers.find(body)
                if (whole or m.start == 0)
                and m.start in tokens.clause_starts
                and self._opens_asking(tokens, m.start)
                and not self._states_with(words, m.start)
            )
        # "... or it's gone right? i'm away this weekend": a tag with no comma before it
        # closes a sentence that states, before the message's end too, when nothing
        # after it asks.
        if tagged:
            asking = questioned.union(
                of[m.start]
                for m in self.openers.find(body)
                if self._opens_clause(tokens, m.start) and not self._states_with(words, m.start)
            )
            marked.update(s for s in tagged if not any(q > s for q in asking))
        return frozenset(marked | (sentences - questioned)), tag_start

    def _wonders(self, tokens: _Tokens, position: int) -> bool:
        """Whether the marker or tag at `position` wonders rather than confirms: a
        `wondering` word after a `wondering_after` word of its clause ("どうなるんでしょう",
        "どうすればいいんやろ"), not one with "も" after it ("何もしなくても移るんでしょ？":
        nothing to do, a claim)."""
        if not self.wondering or tokens.folded[position] not in self.wondering:
            return False
        words, clause_of = tokens.folded, tokens.clause_of
        clause = clause_of[position]
        for before in range(position - 1, -1, -1):
            if clause_of[before] != clause:
                return False
            if words[before] in self.wondering_after and words[before + 1] not in self.also_words:
                return True
        return False

    def _confirmed(self, tokens: _Tokens) -> set[int]:
        """The asked sentences that put a claim back to be confirmed (`confirming`): "so"
        and the claim, no question word after it ("so my posts come along?"; not "so do
        my posts come along?", which question words and openers still ask)."""
        if not self.confirming:
            return set()
        words, of = tokens.folded, tokens.sentence_of
        confirmed = set()
        # At a sentence's start, or a clause's after a told one ("made the alias, so my
        # followers are moving now?"); an opener of another clause still asks (below).
        for start in self._openings(tokens):
            if of[start] not in tokens.asked:
                continue
            for opener in self.confirming:
                after = start + len(opener)
                if (
                    tuple(words[start:after]) == opener
                    and after < len(words)
                    and of[after] == of[start]
                    and words[after] not in self.opener_words
                ):
                    confirmed.add(of[start])
        return confirmed

    def _openings(self, tokens: _Tokens) -> list[int]:
        """Where clauses open, and again after a conjunction opening one ("but don't my
        mutes transfer by themselves?")."""
        words = tokens.folded
        openings = [p for p in tokens.clause_starts if p < len(words)]
        openings += [
            p + 1
            for p in openings
            if words[p] in self.conjunctions
            and p + 1 < len(words)
            and tokens.sentence_of[p + 1] == tokens.sentence_of[p]
        ]
        return openings

    def _opening_negations(self, tokens: _Tokens) -> set[int]:
        """The "not" of a `confirming` opener that opens a clause ("don't my followers have
        to refollow me?"): the question takes the claim for granted, the "not" denies
        nothing."""
        words = tokens.folded
        return {
            start + len(opener) - 1
            for start in self._openings(tokens)
            for opener in self.confirming
            if opener[-1] in self.negations and tuple(words[start : start + len(opener)]) == opener
        }

    def _states_with(self, words: Sequence[str], start: int) -> bool:
        """Whether the opener at `start` states with the word after it (`stating_openers`):
        "have to download it", or a subject left out ("... na? will just upload that"); three
        words where the second is a negation that asks nothing with the third ("can't wait
        for my posts to show up on the new server": a hope, no "can't they ...?")."""
        return any(tuple(words[start : start + n]) in self.stating_openers for n in (2, 3))

    def _tag_size(self, clause: tuple[str, ...]) -> int:
        """The words of the tag a clause that does not open as a question ends in ("it's
        gone right": 1), in a locale whose tags may follow without a comma
        (`fragment_words`); 0 for none."""
        if not self.fragment_words or not clause:
            return 0
        if clause[0] in self.opener_words and not self._states_with(clause, 0):
            return 0
        return next(
            (size for size in (3, 2, 1) if len(clause) > size and clause[-size:] in self.tags), 0
        )

    def _asking_starts(self, tokens: _Tokens, openers: list[_Match]) -> set[int]:
        """Where a clause starts asking: a question opener that opens its clause ("..., can
        i delete it"), or a question word (_question_word_starts). Positions: callers map
        them to the clause or part they open."""
        starts = {m.start for m in openers if self._opens_clause(tokens, m.start)}
        starts.update(self._question_word_starts(tokens))
        return starts

    def _question_word_starts(
        self, tokens: _Tokens, found: list[_Match] | None = None
    ) -> list[int]:
        """Where question words stand: anywhere, or at the end of a clause for the final
        ones (`found`: the question words' matches in these tokens, where already scanned)."""
        if found is None:
            found = self.question_words.find(tokens)
        starts = [m.start for m in found]
        if self.final_question_words:
            last = len(tokens.folded) - 1
            starts.extend(
                p
                for p, word in enumerate(tokens.folded)
                if word in self.final_question_words
                and (p == last or tokens.clause_of[p + 1] != tokens.clause_of[p])
            )
        return starts

    def _opens_asking(self, tokens: _Tokens, start: int) -> bool:
        """Whether a question opener at a clause start makes that sentence ask. A verb
        opening a later clause of a message with no "?" goes on stating ("Las listas no
        se pueden pasar, hay que armarlas de nuevo"); a question word asks anywhere, and
        so does any opener of a sentence's first clause (locales with `late_verbs_state`)."""
        if not self.late_verbs_state or tokens.has_question_mark:
            return True
        sentence = tokens.sentence_of[start]
        if self._gives_a_reason(tokens, start):
            return False
        if start == 0 or tokens.sentence_of[start - 1] != sentence:
            return True  # the sentence's first clause
        # After a hello alone ("servus, gehn meine posts mit wenn i umzieh"): the hello
        # is no clause that states, so the verb opens the sentence's question.
        first = tokens.sentence_of.index(sentence)
        if tuple(tokens.folded[first:start]) in self.greeting_clauses:
            return True
        return bool(self.open_question and self.open_question.fullmatch(tokens.words[start]))

    def _gives_a_reason(self, tokens: _Tokens, start: int) -> bool:
        """Whether an opener gives a reason instead of asking (`[assertion] causal`): "como"
        before an article or possessive, with a clause after it in the sentence and no "?"
        ("como los toots se mudan solos, voy a borrar la cuenta vieja": since they move)."""
        folded = tokens.folded
        if folded[start] not in self.causal or start + 1 >= len(folded):
            return False
        if folded[start + 1] not in self.causal_then:
            return False
        sentence, clause = tokens.sentence_of[start], tokens.clause_of[start]
        return any(
            tokens.sentence_of[p] == sentence and tokens.clause_of[p] != clause
            for p in range(start + 1, len(folded))
        )

    def _stated_myths(
        self, tokens: _Tokens, matches: list[_Match], fragments: Callable[[], set[int]]
    ) -> list[str]:
        if not self._may_state_a_myth(tokens, matches):
            return []
        asserted, tag_start = self._asserted(tokens)
        premised = self._premises(tokens)
        if (
            not asserted
            and not premised
            and self._presupposing.first(tokens) is None
            and self._plain_clauses_then_asking(tokens) is None
        ):
            return []
        subject_positions = _subject_positions(matches)
        if self.claim_pronouns:
            self._pronouns_named(tokens, matches, subject_positions, asserted)
        body = tokens.before(tag_start)
        plain = self._plain_clauses_then_asking(body)  # once, not once a myth
        kept = self._myth_phrase_matches(body)
        if self.own_move is not None:
            own = {p for m in self.own_move.find(body) for p in m.positions}
            if own:
                kept = {
                    k: [m for m in v if not own.issuperset(m.positions)] for k, v in kept.items()
                }
        stated: list[tuple[int, str]] = []
        opening_not: set[int] | None = None  # found once a claim is, only then
        for myth_index, myth in enumerate(self.myths):
            spans: list[list[tuple[int, int]]] = []
            for index, group in enumerate(myth.groups):
                group_spans = [
                    (p, p)
                    for s in group[0]
                    for p in subject_positions.get(s, ())
                    if p < len(body.words)
                ]
                group_spans.extend(
                    (m.positions[0], m.positions[-1]) for m in kept.get((myth_index, index), ())
                )
                if not group_spans:
                    break
                spans.append(group_spans)
            else:
                low, high = _tightest(spans)
                said_in = {body.sentence_of[low], body.sentence_of[high]}
                # The sentences with words that show the message is about something else (a
                # wish, a tool): a claim said in another sentence is still stated ("I'd like
                # to take everything over. I read that the posts come over on their own.").
                # Looked for only here, where every group of the myth was found.
                if myth.unless is not None and not said_in.isdisjoint(
                    body.sentence_of[m.start] for m in myth.unless.find(body)
                ):
                    continue
                if (
                    not said_in <= asserted
                    and not self._presupposes(myth, body, said_in)
                    and not premised.issuperset(range(low, high + 1))
                    and not self._put_forward_before_asking(myth, body, plain, low, high)
                ):
                    continue  # said in a sentence that asks, not as the reason for it
                if self.fragment_words and not _one_claim(
                    body,
                    low,
                    high,
                    fragments() | self._reported_lists(body, matches),
                    self.referents,
                    self.joiners,
                    self.leads,
                    self.objects,
                    frozenset(end for group in spans[1:] for p, end in group if p >= end - 1),
                    self.objects_after,
                    # "load it into", "put them in the new": the pronoun inside the phrase;
                    # in French it opens it ("…, je peux la mettre sur le nouveau ?").
                    frozenset(
                        end
                        for group in spans[1:]
                        for p, end in group
                        if p < end
                        and (
                            body.folded[p] in self.objects
                            or (p + 1 < end and body.folded[p + 1] in self.objects_after)
                        )
                        and body.clause_of[p] == body.clause_of[end]
                    ),
                ):
                    continue
                claim, end = low, high
                low, high = max(0, low - 2), high + self.negation_after
                window = set(range(low, high + 1))
                after = self.negations_after
                if opening_not is None:
                    opening_not = self._opening_negations(body)
                # A "no" / "nada" before the claim in a clause of its own ("nada, mis toots se
                # van conmigo", "no, my posts move anyway") answers something: no negation.
                negated = any(
                    word in self.negations
                    and position not in opening_not
                    and (
                        position >= claim
                        or (
                            body.clause_of[position] == body.clause_of[claim]
                            and word not in self.negations_not_before
                        )
                    )
                    and (position <= end or after is None or word in after)
                    for position, word in enumerate(body.folded[low : high + 1], start=low)
                )
                if myth.negative is not None and any(
                    not window.isdisjoint(m.positions) for m in myth.negative.find(body)
                ):
                    negated = not negated  # "you lose your lists": the claim says "not"
                if negated == myth.negated:
                    stated.append((low, myth.myth_id))
        return [myth_id for _, myth_id in sorted(stated)]

    def _may_state_a_myth(self, tokens: _Tokens, matches: list[_Match]) -> bool:
        """Whether some myth has each of its groups there at all: a subject of the group
        named (a pronoun only stands for a subject named), or a phrase of the group opening
        with a word of the message. Two messages in three have no such myth; for them
        _stated_myths() skips working out which sentences state (_asserted) and matching
        the myths' phrases (~30% of understanding a message, measured). Only what
        _stated_myths() needs in any case: every myth it states passes."""
        opened = self._myth_groups_opened
        there: set[tuple[int, int]] = set()
        there.update(*(opened[word] for word in opened.keys() & tokens.vocabulary))
        named = self._myth_groups_named
        there.update(
            *(
                named.get(m.phrase.owner[8:], ())
                for m in matches
                if m.phrase.owner[:8] == "subject:"
            )
        )
        return any(keys <= there for keys in self._myth_keys)

    def _pronouns_named(
        self,
        tokens: _Tokens,
        matches: list[_Match],
        subject_positions: dict[str, list[int]],
        asserted: frozenset[int],
    ) -> None:
        """A pronoun in a stating sentence that names nothing itself (in so many words: a
        strong phrase) stands for what the nearest sentence before it named: "Do I need to
        import my blocks? I thought they moved automatically." states that the blocks move
        (`claim_pronouns`)."""
        named_in: dict[int, set[str]] = {}
        for match in matches:
            owner_type, _, owner = match.phrase.owner.partition(":")
            if owner_type == "subject" and match.phrase.tier == _TIERS["strong"]:
                named_in.setdefault(tokens.sentence_of[match.start], set()).add(owner)
        for position, word in enumerate(tokens.folded):
            sentence = tokens.sentence_of[position]
            if word not in self.claim_pronouns or sentence not in asserted or sentence in named_in:
                continue
            earlier = [s for s in named_in if s < sentence]
            for subject in named_in[max(earlier)] if earlier else ():
                subject_positions[subject].append(position)

    def _plain_clauses_then_asking(self, tokens: _Tokens) -> tuple[int, int] | None:
        """The first word and the asking clause's first word where a sentence opens with
        plain clauses (no question or condition word) and goes on with a clause a question
        word opens ("my blocks move automatically, can i delete the old account now?");
        None where no sentence does."""
        clauses, words, sentences = tokens.clause_of, tokens.folded, tokens.sentence_of
        # A consequence word opens the asking clause too, comma or not ("mis posts se mudan
        # solos así que puedo borrar la vieja?"): the question word after it asks, and an
        # opener word inside the claim's clauses ("se mudan") is its verb, not a question;
        # one opening a clause still asks.
        drawn = self._consequences_asking(tokens)
        # A clause opens a question where it starts, or where a consequence word draws one:
        # only those places are looked at, in order, not every word (each word was ~1,500
        # instructions, most of this function). A sentence's words run on from its first.
        count = len(words)
        for position in sorted({p for p in tokens.clause_starts if p < count}.union(drawn)):
            if position == 0 or sentences[position] != sentences[position - 1]:
                continue  # a sentence's first word
            start = sentences.index(sentences[position])
            asking = drawn.get(position, position)
            if (
                (asking != position or clauses[position] != clauses[position - 1])
                and asking < len(words)
                and sentences[asking] == sentences[position]
                and words[asking] in self.opener_words
                and not any(
                    word in self.conditions
                    or (
                        word in self.opener_words
                        and (asking == position or at == start or clauses[at] != clauses[at - 1])
                    )
                    for at, word in enumerate(words[start:position], start=start)
                )
            ):
                return start, asking
        return None

    def _added_after_statement(self, tokens: _Tokens) -> int | None:
        """Where an adding word opens a question after plain statements ("my followers
        will have to refollow me, and what will they see?", "..., and how long does it
        take?"): the adding word's position, where a question word or a clause-opening
        question opener follows it and nothing before it asks, sets a condition or ends in
        "?"; None where no such word is."""
        words = tokens.folded
        openers = self.openers.find(tokens)
        asking = self._asking_starts(tokens, openers)
        opening = asking | {m.start for m in openers}  # "and what do they see": opens
        for position in range(1, len(words) - 1):
            if words[position] in self.adding and position + 1 in opening:
                break
        else:
            return None
        clause = tokens.clause_of[position]
        if any(
            word in self.conditions
            or earlier in asking
            or tokens.clause_of[earlier] in tokens.asked_clauses - {clause}
            for earlier, word in enumerate(words[:position])
        ):
            return None
        return position

    @staticmethod
    def _put_forward_before_asking(
        myth: _Myth, body: _Tokens, plain: tuple[int, int] | None, low: int, high: int
    ) -> bool:
        """Whether the claim is put forward (its `put_forward_by`: "automatically") in the
        plain clauses that open its sentence, before a clause a question word opens (`plain`:
        _plain_clauses_then_asking of `body`): "my blocks move automatically, can i delete
        the old account now?" states the claim and asks about deleting beside it (LABELS.md),
        as a premise ("since ...") would. A question or condition word before the asking
        clause ("if my posts move automatically, can i ...") leaves it asked."""
        if myth.put_forward_by is None or plain is None:
            return False
        start, asking = plain
        if not start <= low <= high < asking:
            return False
        return any(
            start <= m.start and m.positions[-1] < asking for m in myth.put_forward_by.find(body)
        )

    @staticmethod
    def _presupposes(myth: _Myth, body: _Tokens, sentences: set[int]) -> bool:
        """Whether the claim's one sentence asks with words that take it for granted."""
        if myth.presupposed_by is None or len(sentences) != 1:
            return False
        return any(body.sentence_of[m.start] in sentences for m in myth.presupposed_by.find(body))

    def _fragments(self, tokens: _Tokens, matches: list[_Match]) -> set[int]:
        """Clauses that only name things ("my posts", "dms, bookmarks"): no story in them.
        A locale with `fragment_words` says which other words a fragment may hold; else a
        clause of at most three words is one."""
        sizes = Counter(tokens.clause_of)
        if not self.fragment_words:
            return {c for c, size in sizes.items() if size <= _FRAGMENT}
        named = _named_positions(matches)
        other: set[int] = set()
        for position, clause in enumerate(tokens.clause_of):
            if position not in named and tokens.folded[position] not in self.fragment_words:
                other.add(clause)
        return set(sizes) - other

    def _reported_lists(self, body: _Tokens, matches: list[_Match]) -> set[int]:
        """Clauses that name a claim's source, then after their last subordinator only
        things ("l'article dit que l'avatar, la bio et les blocages sont transférés"): the
        list's first item, the claim going on in the next clause as it does where the list
        opens the message ("l'avatar, la bio ... sont transférés")."""
        named = _named_positions(matches)
        found: set[int] = set()
        for marker in self.markers.find(body):
            clause = body.clause_of[marker.start]
            words = [p for p, c in enumerate(body.clause_of) if c == clause]
            cuts = [p for p in words if p > marker.start and body.folded[p] in self.subordinators]
            tail = [p for p in words if cuts and p > cuts[-1]]
            if any(p in named for p in tail) and all(
                p in named or body.folded[p] in self.fragment_words for p in tail
            ):
                found.add(clause)
        return found

    def _myth_phrase_matches(self, body: _Tokens) -> dict[tuple[int, int], list[_Match]]:
        """Phrase matches of every myth's groups, overlaps resolved across all myths as
        subjects' are: "profile picture" (an avatar claim) hides its "profile" (a bio
        claim). Keyed by (myth index, group index), only the groups found.

        One match, or none, hides nothing; where no match hides another, each group's
        matches are all kept as found (not copied a group at a time). The key reads span
        and start off the positions, not through _Match's properties (a Python call each)."""
        found: dict[tuple[int, int], list[_Match]] = {}
        matched = self._myth_phrases.find(body)  # one scan for all the groups
        for key, match in matched:
            found.setdefault(key, []).append(match)
        if len(matched) < 2:
            return found
        ordered = sorted(  # ties in the myths' order, as they come in self.myths
            (m for key in sorted(found) for m in found[key]),
            key=lambda m: (-len(m.positions), m.positions[-1] - m.positions[0], m.positions[0]),
        )
        used: set[int] = set()
        winners: set[tuple[int, ...]] = set()
        hidden = False
        for match in ordered:
            if match.positions in winners or used.isdisjoint(match.positions):
                winners.add(match.positions)
                used.update(match.positions)
            else:
                hidden = True
        if not hidden:
            return found
        return {
            key: [m for m in matches if m.positions in winners] for key, matches in found.items()
        }


def _keep(kept: dict[str, _Value], word: str, value: _Value, bound: int = _WORDS_KEPT) -> _Value:
    """Remember a word's result in a locale's bounded cache (`bound` words): a running bot
    meets new words without end, so a full cache starts again rather than grow."""
    if len(kept) >= bound:
        kept.clear()
    kept[word] = value
    return value


def _tightest(spans: list[list[tuple[int, int]]]) -> tuple[int, int]:
    """The narrowest stretch of words holding one match of every group: the claim itself,
    so a "not" elsewhere in a long message does not take it back."""
    best: tuple[int, int] | None = None
    total = 1
    for group in spans:
        total *= len(group)
    if total > 4096:  # a pathological message: fall back to the whole stretch
        flat = [p for group in spans for span in group for p in span]
        return min(flat), max(flat)
    for combination in itertools.product(*spans):
        low = min(span[0] for span in combination)
        high = max(span[1] for span in combination)
        if best is None or high - low < best[1] - best[0]:
            best = (low, high)
    assert best is not None
    return best


def _at_sign(text: dict) -> regex.Pattern[str]:
    """When an "@" is the member's own handle: "my @", "mon @ reste le même", "@name".
    The locale's `at_words` may follow it, a bare one stands after `at_owners` ("my @") or,
    with `at_alone`, anywhere before a space, punctuation or the end. Mentions are gone
    before the text gets here, so "@alice" is left alone, and "with or without the @"
    (no owner) is about the character where the locale does not say `at_alone`."""
    words = "|".join(regex.escape(w) for w in text.get("at_words", [])) or "(?!x)x"
    owners = "|".join(regex.escape(w) for w in text.get("at_owners", [])) or "(?!x)x"
    alone = r"|(?<![\w@])@(?=$|[\s?!.,;:)])" if text.get("at_alone", False) else ""
    return regex.compile(rf"(?:(?<=\b(?:{owners})\s*)@|(?<![\w@])@(?:{words}){alone})(?![\w@])")


def _at_verb(text: dict) -> regex.Pattern[str]:
    """A bare "@" (or "@s", "@'s", "@ed", "@ing") followed by one of the locale's
    `at_objects` ("me", "my", "people"): mentioning someone, said with the sign."""
    objects = "|".join(regex.escape(w) for w in text.get("at_objects", [])) or "(?!x)x"
    return regex.compile(rf"(?<![\w@])@(?:s|'s|’s|ed|'d|ing|ting)?\s+(?=(?:{objects})\b)")


class _Variants:
    """A locale's spelling variants (`variants`), each replaced wherever it occurs: left
    to right, the longest opening at each letter first. Looked for by the two letters a
    variant opens with (`pairs`: their lengths, longest first; `singles`, the variants of
    one letter), not by its first letter alone: in Japanese two letters of three open a
    variant, and each of their lengths cost a slice and a look-up at every one of them,
    where the two letters open one at few (it was ~5% of a Japanese message's read()). A
    regex alternation of the 600 Japanese variants did the same at twice the old cost: its
    every branch was tried at each letter that opens one."""

    __slots__ = ("firsts", "pairs", "singles", "table")

    def __init__(self, table: dict[str, str]) -> None:
        self.table = table
        self.firsts = frozenset(variant[0] for variant in table)
        self.pairs, self.singles = sizes_by_first_letters(table)

    def fold(self, text: str) -> str:
        if self.firsts.isdisjoint(text):
            return text
        table, pairs, singles = self.table, self.pairs, self.singles
        out: list[str] = []
        copied = position = 0  # text[:copied] is in out
        end = len(text)
        while position < end:
            for size in pairs.get(text[position : position + 2], ()):
                if (piece := text[position : position + size]) in table:
                    break
            else:
                if text[position] not in singles:
                    position += 1
                    continue
                piece, size = text[position], 1
            out.append(text[copied:position])
            out.append(table[piece])
            position += size
            copied = position
        if not out:
            return text
        out.append(text[copied:])
        return "".join(out)


def _accents_dropped(text: str) -> str:
    """A text case-folded, without accents: decomposed (NFD), each combining mark (Mn)
    left out, composed again (NFC)."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    # No mark comes before U+0300: the letters before it are not looked up one by one.
    return unicodedata.normalize(
        "NFC",
        "".join(c for c in decomposed if c < "\u0300" or unicodedata.category(c) != "Mn"),
    )


# _accents_dropped of each Latin-1 character, a byte each: a text of Latin-1 (nearly every
# German, French and Spanish clause with an accent or a "¿") is folded by one
# bytes.translate, each character by itself, as _accents_dropped folds it: no Latin-1
# character decomposes into more than a letter and marks, and no letter left composes with
# another (tests/test_understand_fast_paths_lexicon.py: every character, every pair, random
# texts).
# _accents_dropped looked at each character of the decomposition, ~650 instructions a
# character (callgrind). The two whose folding is no one Latin-1 character ("ß" is "ss",
# "µ" the Greek "μ") stay as they are, and are replaced after.
def _latin_1_folding() -> tuple[bytes, tuple[tuple[str, str], ...]]:
    table = bytearray(range(256))
    replaced: list[tuple[str, str]] = []
    for code in range(256):
        plain = _accents_dropped(chr(code))
        if len(plain) == 1 and plain <= "\xff":
            table[code] = ord(plain)
        else:
            replaced.append((chr(code), plain))
    return bytes(table), tuple(replaced)


_LATIN_1_PLAIN, _LATIN_1_REPLACED = _latin_1_folding()


def _other_ending(word: str, correction: str) -> bool:
    """Whether a correction only put another ending on the word ("retrouvent" ->
    "retrouver", "telechargee" -> "telecharger"): the two differ in their last three letters
    at most, and not by a letter dropped, added or swapped there ("archve" -> "archive",
    "bookmakrs" -> "bookmarks" are typos)."""
    pairs = zip(word, correction, strict=False)  # the shorter word's length at most
    shared = next((i for i, (x, y) in enumerate(pairs) if x != y), min(len(word), len(correction)))
    typed, meant = word[shared:], correction[shared:]
    if shared < len(word) - 3 or typed.endswith(meant) or meant.endswith(typed):
        return False
    return sorted(typed) != sorted(meant)


def _deletions(word: str, depth: int) -> set[str]:
    """Every string made by deleting up to `depth` (at most 2) characters (the SymSpell
    neighbourhood); each pair of positions is deleted once, not in both orders."""
    if depth > 2:
        raise ValueError("the typo index goes up to two edits")
    found = {word}
    if depth < 1:
        return found
    singles = [word[:i] + word[i + 1 :] for i in range(len(word))]
    found.update(singles)
    if depth == 2:
        found.update(s[:j] + s[j + 1 :] for i, s in enumerate(singles) for j in range(i, len(s)))
    return found


def _osa_distance(a: str, b: str, limit: int) -> int:
    """Edit distance with adjacent swaps (optimal string alignment), capped at limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous_previous: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous_previous[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous_previous, previous = previous, current
    return previous[-1]


def _known_words(locale: str) -> list[str]:
    """Real words of the locale that lie a typo away from a phrase word ("gewinnt" and
    "gepinnt", "linked" and "liked"): never corrected (replies/intents/known/<locale>.txt,
    one a line)."""
    path = INTENTS / "known" / f"{locale}.txt"
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [w.strip() for w in lines if w.strip() and not w.startswith("#")]


class _WordHashes:
    """A set of words kept as their sorted 64-bit hashes: the known-words lists hold about
    a thousand words a locale, which as strings in a frozenset took about 85 KiB each (the
    bot's RSS is near its limit); as hashes, 8 bytes a word. Only membership is asked."""

    __slots__ = ("_hashes",)

    def __init__(self, words: Iterable[str]) -> None:
        self._hashes = array("q", sorted({hash(w) for w in words}))

    def __contains__(self, word: object) -> bool:
        hashed = hash(word)
        position = bisect_left(self._hashes, hashed)
        return position < len(self._hashes) and self._hashes[position] == hashed

    def __len__(self) -> int:
        return len(self._hashes)


@functools.cache
def lexicon(locale: str = DEFAULT_LOCALE) -> Lexicon:
    """The compiled intents of a locale.

    A locale the bot speaks (it has templates) must have its own phrasings: answering
    German text with English phrase tables would fail quietly, so that is an error.
    Any other locale code gets English."""
    path = INTENTS / f"{locale}.toml"
    if not path.is_file():
        if locale in replies.locales():
            raise FileNotFoundError(f"locale {locale!r} has templates but no {path}")
        locale, path = DEFAULT_LOCALE, INTENTS / f"{DEFAULT_LOCALE}.toml"
    with path.open("rb") as handle:
        return Lexicon(tomllib.load(handle), locale)


def _one_claim(
    body: _Tokens,
    low: int,
    high: int,
    fragments: set[int],
    referents: frozenset[str],
    joiners: frozenset[str] = frozenset(),
    leads: frozenset[str] = frozenset(),
    objects: frozenset[str] = frozenset(),
    verbs: frozenset[int] = frozenset(),
    objects_after: frozenset[str] = frozenset(),
    pronoun_inside: frozenset[int] = frozenset(),
) -> bool:
    """Whether words low..high make one claim: one clause, or clauses joined by a
    fragment naming the subject ("my posts, they move") or by a clause that refers back
    ("I made the alias, it moves my followers"), or a clause saying from a `leads` word on
    when the next one's claim holds ("dès que je crée l'alias, mes abonnés partent"). "Made the
    alias, started the move on the old account" puts the alias and the old account in two
    claims. A last clause whose claim verb (`verbs`: a group's phrase ending the span) has
    an object pronoun just before it (`objects`) goes on the claim, as what is done with
    the subject named before (Spanish and French: "exporté el csv con mis posts, ¿cómo los
    importo?", "j'ai exporté mes pouets en csv, comment je les remets ?"); in English the
    pronoun follows the verb (`objects_after`: "exported my posts as a csv, how do I upload
    it on the new one"), or stands inside the claim's phrase, just after its verb
    (`pronoun_inside`, the phrases' ends: "..., how do I load it into the new account")."""
    clauses = body.clause_of[low : high + 1]
    for position in range(low + 1, high + 1):
        if clauses[position - low] == clauses[position - low - 1]:
            continue  # same clause
        if clauses[position - low - 1] in fragments or body.folded[position] in referents:
            continue
        if body.clause_of[high] == clauses[position - low] and (
            high in pronoun_inside
            or _pronoun_beside_verb(body, position, high, verbs, objects, objects_after)
        ):
            continue
        if body.folded[position - 1] in joiners:  # "作ったので、今…": the claim goes on
            continue
        if leads and _led(body, position - 1, leads):
            continue
        return False
    return True


def _placed_by_rules(
    others: list[str], selected: dict[str, int], named: Collection[str]
) -> dict[str, int]:
    """Where each of `others` that no phrase names stands: a subject a rule brings in from
    another's words ("abonnés … quand" is follower_timing) is placed where the rule put it
    (`selected`; Tokens.sentence_at reads a place past the last word)."""
    return {s: selected[s] for s in others if s not in named and s in selected}


def _counted(count: str) -> float:
    """The number a _BIG_NUMBER match says: "9k" and "2,5k" in thousands, "3,500" and
    "7.500" with a thousands separator."""
    if count.endswith("k"):
        return float(count[:-1].replace(",", ".")) * 1000
    return float(count.replace(",", "").replace(".", ""))


def _pronoun_beside_verb(
    body: _Tokens,
    start: int,
    high: int,
    verbs: frozenset[int],
    before: frozenset[str],
    after: frozenset[str],
) -> bool:
    """Whether the claim verb ending the span (`high`, one of `verbs`: not "seules les
    publications", "si en la antigua") has an object pronoun in its own clause, just
    before it (`before`, from `start` on: "¿cómo los importo?") or just after it (`after`:
    "how do I upload it")."""
    if high not in verbs:
        return False
    words = body.folded
    return (high - 1 >= start and words[high - 1] in before) or (
        high + 1 < len(words)
        and body.clause_of[high + 1] == body.clause_of[high]
        and words[high + 1] in after
    )


def _led(body: _Tokens, position: int, leads: frozenset[str]) -> bool:
    """Whether the clause ending at `position` holds one of `leads` (one or two words):
    from there to its end it says when ("j'ai compris que dès que je crée l'alias, …")."""
    clause, words = body.clause_of[position], body.folded
    while position >= 0 and body.clause_of[position] == clause:
        if words[position] in leads or " ".join(words[position : position + 2]) in leads:
            return True
        position -= 1
    return False
