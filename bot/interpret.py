"""What one message means where it was said: the one classifier the bot acts on.

A message is read in its context (`where`): a public mention, a DM outside a walkthrough,
or a DM at a walkthrough step. The result names a command or an answer to the step
(`Reading.command`, the names in tests/data LABELS: start, status, back, done, how, ...)
or, when it is neither, what the message asks (`Reading.understanding`).

The bot's replies (bot/respond.py, bot/walkthrough.py) act on `read()`, and the question
sets (bench/answers.py, tests/question_set.py) score `read()`: there is no second path
that could be measured instead of the real one.

Commands and answers are understood in every locale whatever the reply language
("erledigt" works for a member who chose English): each locale's words in
replies/walkthrough/<locale>.toml are merged into one book. Punctuation, case, emoji and
the words in each locale's [ignore] list (polite words, filler, "I want to ...") do not
matter. A whole-message match is a command; a phrase inside a longer message is one only
when the message does not ask about a subject ("how do I download my archive?" is a
question, not "how?").
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
import tomllib
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import replies
from bot import language, romaji, second_opinion
from bot.text import (
    JAPANESE_LETTER,
    KATAKANA_TO_HIRAGANA,
    Beyond,
    EndPattern,
    Needing,
    normalise,
    shared,
    sizes_by_first_letters,
)
from bot.understand import Lexicon, Understanding, lexicon, understand
from replies.knowledge import knowledge

TABLES = Path(replies.__file__).parent / "walkthrough"
PUBLIC = "public"
DM = "dm"
# Commands, strongest first: a message matching two is read as the first.
COMMANDS = (
    # Before the question which data: "delete the data you keep about me" says whose data,
    # so a message holding both is `forget`, not the ambiguous "delete" (clarify_delete).
    "forget",
    "clarify_delete",
    "restart",
    "stop",
    "resume",
    "progress",
    "status",
    "back",
    "skip",
    "help",
    "start",
)
# In public only these: the rest are about a walkthrough, which lives in DMs (and "how is
# my move going?" in public is a question about the move). "start over" and "resume" are
# read in public too, to be steered to the DM (bot/respond.py), not answered as questions.
_PUBLIC_COMMANDS = ("forget", "clarify_delete", "stop", "help", "start", "restart", "resume")
# What the bot sends a member: named in a public order to stop, they are what it stops.
_SENT = frozenset({"notifications", "direct_messages"})
# Commands said inside a DM sentence that names a subject: wishes win even as questions,
# orders unless the message asks ("?").
_WISHES = ("progress", "status", "start", "help")


@functools.cache
def _problems() -> frozenset[str]:
    """Subjects that are a problem the member reports (knowledge `reports_a_problem`, the
    same in every locale): "what now?" after one asks about it, not which step is next."""
    return frozenset(s.id for s in knowledge().subjects.values() if s.reports_a_problem)


@functools.cache
def _doubts() -> frozenset[str]:
    """Subjects that doubt the move itself (knowledge `doubts_the_move`): "should I even
    move? I can't decide" names the move (a wish's words) but wishes nothing."""
    return frozenset(s.id for s in knowledge().subjects.values() if s.doubts_the_move)


@functools.cache
def _done_wrong() -> frozenset[str]:
    """Myths a report of the step can state (knowledge `step_done_wrong`): taken as done,
    the member would go on with the step done the wrong way; the correction is what they
    need ("just made the alias on my old account like the guide said")."""
    return frozenset(m.id for m in knowledge().myths.values() if m.step_done_wrong)


_ORDERS = ("clarify_delete", "forget", "restart", "stop", "resume", "back", "skip")
# Commands that change or drop the member's walk at once: asked about the old account,
# their word is a question about it ("can I restart my old account later?").
_ABOUT_THE_WALK = ("restart", "resume", "forget")
# Answers to a step; `how` and the archive news count at any step.
ANSWERS = ("downloaded", "requested", "not_yet", "how", "done", "away", "here")
_ANY_STEP = ("how", "not_yet", "requested", "downloaded")
_DIRECTIONS = ("away", "here")
# The answers that move a step on (or start one, by DM: a direction): _as_said.
_MOVING = ("done", "requested", "downloaded", "away", "here")
# Orders a member may suppose at a step instead of giving ("what if I skip this?").
_SUPPOSED = ("skip", "back", "restart")
# Orders that mean something else in a DM, where no step waits: "next step?" said alone (or
# read so by the model) asks what comes next; inside a longer message ("エクスポートはいらんやろ"
# after a claim) it gives a reason, and skips nothing (_phrases_read).
_IN_A_DM = {"skip": "status"}
# Orders that outrank the step put off beside them ("後でやるけん、次へ" skips it).
_PUT_OFF_ORDERS = frozenset(_ORDERS) - {"resume"}
# A pause now, going on later and when ("stop for today, continue tomorrow"): _phrases_read.
_PAUSED = frozenset({"stop", "resume", "not_yet"})
# Answers that report the step done (or the archive news that completes it).
_REPORTS = ("done", "requested", "downloaded")
# Answers and wishes a thanks beside a report of nothing in particular is no more than
# (_as_said), where nothing waits to be done: a DM outside a walkthrough, a step that only
# tells (the followers' wait, steps.toml `informational`); so is a later report promised
# beside it ("Much obliged. I'll report back once the followers have arrived.").
_THANKED_FOR = frozenset({"done", "progress", "not_yet"})
# Kinds of understanding that are commands in the walkthrough's terms.
_KIND_COMMANDS = {"help": "help", "start_move": "start"}
# Words a phrase match in another locale must use to overrule a sure detector that
# understood nothing.
_SURE_ELSEWHERE = 3
# Handles left in a mention's text (the bot's own is removed): no words of the member's.
# Each holds an "@": a text without one is not searched (Needing).
_HANDLES = Needing(re.compile(r"@\w+(?:@[\w.-]+)?", re.ASCII), ("@",))
# Or a locale whose tables know this share of the message's words, this far ahead of the
# other locale's (bot/understand.py known_share): the words say which language it is.
_WRITTEN_IN = 0.8
_WRITTEN_AHEAD = 0.4
# Where lingua's unsure guess is the same locale, less is enough (_seconded): chosen on
# every tuning row's reply language, none moved away from its own (0.5 and 0.2 moved one).
_SECONDED_IN = 0.6
_SECONDED_AHEAD = 0.25
# A sure guess gives way to tables this far ahead of its own (_detected): 0.6 moved five
# tuning rows to their own language and none away; 0.5 moved six of fourteen the wrong way.
_FAR_AHEAD = 0.6
_MAX_CONTAINS = 120  # a phrase inside a longer text counts only in a short message
# Words between "habe das archiv" and "angefordert" that keep them one report ("habe das
# Archiv gestern angefordert"), as ".." in the subject tables (bot/understand.py).
_HAVE_GAP = 3
# A question at a step about where or how, and a report of the step, are short: a longer
# message tells a story (asked by itself, or a question about its subject).
_MAX_HOW_WORDS = 8
_MAX_DIALECT_WORDS = 10  # walkthrough words read as dialect (_Book._index_dialects)
_DIALECT_KEPT = 2048  # words whose dialect reading _Book._dialect_words keeps
_NO_DIALECT_WORD = ("",)  # a word read as one word of no dialect phrase (_Book._dialect_words)
_RECENT = 16  # texts whose answers _LastAnswers keeps (asks(), _without_ignored)
_MAX_REPORT_WORDS = 10
# A question this short at a step, naming nothing, asks about the step.
_SHORT_QUESTION = 12
_NEWS_BRIDGES = ("yet", "been", "even")  # "not yet downloaded": _Book.denies_news
_FEW_WORDS = 4  # "no i didnt", "nope havent done it": a denial without "yet"
# A language asked for politely is a long sentence ("¿Sería tan amable de responderme de
# ahora en adelante en francés?", "can you answer me in english? mi español no es muy
# bueno"); longer than this, a language named is part of something else. A language only
# named ("en français") is a request in a short message; in a longer one it is often part
# of a question ("Mon interface est en anglais").
_MAX_LANGUAGE_REQUEST = 80
_MAX_LANGUAGE_NAMED = 40
# The most words a request for a language and its polite word take before a reason said
# with no comma (_polite_request_then_reason: "en español por favor" is four).
_POLITE_REQUEST_WORDS = 5
# Between a verb of speaking and the language it asks for: this many words, each this short
# ("talk to me in japanese", "chat with me in german": three).
_LANGUAGE_GAP = 3
_SHORT_WORD = 4
# The confidence of a reading by strong phrases (bot/understand.py: 0.9, typo-free).
_STRONG_READING = 0.9
# A wave in a message of at most this many words the tables know nothing of greets
# (_waved): every such tuning row of rounds 2-53 is a greeting.
_WAVE = "\U0001f44b"
_WAVED_WORDS = 4

# Japanese script: a class beyond ASCII, so an ASCII text is not searched for it (Beyond).
_UNSPACED = Beyond(re.compile(JAPANESE_LETTER))
# Spaces typed between Japanese words ("もう りまいんだー おくらないで") go, after the
# spellings are folded: the phrases are unspaced. Latin words glued to Japanese ("English
# pleaseで", "doneです") stand apart, as they do in a phrase ("move したい").
_SPACED_UNSPACED = re.compile(rf"(?<={JAPANESE_LETTER})\s+(?={JAPANESE_LETTER})")
_LATIN_THEN_UNSPACED = re.compile(
    rf"(?<=[a-z])(?={JAPANESE_LETTER})|(?<={JAPANESE_LETTER})(?=[a-z])"
)


def _breaks(marks: str, *, dashes: bool) -> re.Pattern[str]:
    """A run of `marks` and the spaces after it, or (`dashes`) a dash with spaces on both
    sides: r"[marks]+\\s*|\\s+[-–—]\\s+", the same matches at the same places, written to
    open with one character class, so re skips in C the letters where none can start (its
    search tries a match at each letter of a pattern that opens with a repeat or with a
    branch of classes): a split ~40% cheaper (~2.5 µs a message of 130 letters)."""
    if not dashes:
        return re.compile(rf"[{marks}][{marks}]*\s*")
    return re.compile(rf"[{marks}\s](?:(?<=[{marks}])[{marks}]*\s*|(?<=\s)\s*[-–—]\s+)")


_SENTENCE = _breaks(".!?;。！？", dashes=False)
_CLAUSE = _breaks(",;:.!、。，！", dashes=True)
# Words this short keep their letters ("tue", "due"): too many are words of their own.
_SPELLED_MIN = 5
# A Latin letter's combining accents (after NFD), dropped by clean(): the marks alone, the
# letter before them looked behind at, so each run is dropped by a plain substitution (a
# group put back, r"\1", was a call of re's template expansion in Python a match).
_LATIN_ACCENT = re.compile(r"(?<=[A-Za-z])[\u0300-\u036f]+")


def _latin_accents_dropped(text: str) -> str:
    """Latin letters without their combining accents, the rest as it was: decomposed (NFD),
    the marks after a Latin letter dropped, composed again (NFC: kana keep their marks)."""
    return unicodedata.normalize("NFC", _LATIN_ACCENT.sub("", unicodedata.normalize("NFD", text)))


_QUESTION_MARK = r"[?？]"
_STRETCHED = re.compile(r"([^\W\d_])\1{2,}")
# Any character but a space typed three times: a text without one has no letter _STRETCHED
# folds, and the look for it is a fifth of that pattern's (its Unicode class tried at every
# letter). Not three spaces, which clean() makes of "!!!" or "..." (~5,000 instructions of
# a Spanish clean() miss went on the fold then, which found no letter).
_TRIPLED = re.compile(r"([^ ])\1\1", re.DOTALL)
# Signs that agree, as "ok" does ("👍 requested the archive": no step's done beside news).
_AGREEING = frozenset({"👍", "👌"})
_NOT_WORD = re.compile(r"[^\w\s'\-✅👍👌]|_")
# _NOT_WORD.sub(" ", text) for an ASCII text, as one bytes.translate of its bytes: the
# pattern matches one character at a time (each alternative is one), so substituting it is
# mapping each character it matches to " ", and which ASCII characters it matches is asked
# of the pattern itself, here, not written out again (\s holds more than " \t\n\r\f\v").
# A byte table (the upper half unchanged, which an ASCII text never reaches), not a dict
# for str.translate, which looked each character up in it: ~2 µs of a 45-letter clean()
# miss, a fifth of it, where the bytes' copy is ~0.3 µs (0.7-0.9% of a read).
_NOT_WORD_ASCII = bytes(32 if _NOT_WORD.fullmatch(chr(c)) else c for c in range(128)) + bytes(
    range(128, 256)
)
# Spanish opens a question or an exclamation with its own mark ("¿cómo empiezo?"): mapped to
# " " as _NOT_WORD maps them, a text beyond ASCII by them alone is mapped as ASCII is.
_OPENING_MARKS = ("¿", "¡")


def _latin_1_words() -> bytes:
    """What clean() makes of each Latin-1 character before it splits the words, a byte
    each: "`" as "'", the accents dropped as NFD, _LATIN_ACCENT and NFC drop them, then
    _NOT_WORD's characters as " ". A text of Latin-1 alone (nearly every German, French and
    Spanish message with an accent or a "¿") is mapped by one bytes.translate: each of those
    steps maps one character at a time there (no Latin-1 character decomposes into more
    than an ASCII letter and one mark, and none is a mark or composes with the next), and
    no Latin-1 character is Japanese (_UNSPACED), whose spellings clean() folds. The NFD,
    the substitution and the NFC were ~17,000 instructions of a Spanish clean() miss,
    ~25,000 of a French one (tests/test_read_fast_paths_cutting.py: every character, every
    pair, the rows)."""
    table = bytearray()
    for code in range(256):
        letter = chr(code).replace("`", "'")
        cleaned = _NOT_WORD.sub(" ", _latin_accents_dropped(letter))
        if len(cleaned) != 1 or cleaned > "\xff" or _UNSPACED.search(cleaned):
            raise ValueError(f"Latin-1 {letter!r} cleans to {cleaned!r}: no one Latin-1 character")
        table.append(ord(cleaned))
    return bytes(table)


_LATIN_1_WORDS = _latin_1_words()


def _accents_marked() -> re.Pattern[str]:
    """The characters whose decomposition (NFD) holds a mark _LATIN_ACCENT drops, the marks
    themselves among them: a text with none of them, already composed (NFC), is what NFD,
    _LATIN_ACCENT and NFC make of it, and is not decomposed and composed again (a Japanese
    clean() miss spent ~60,000 instructions there, composing its kana's voicing marks
    again). They all lie from U+00C0 to below U+3000 (tests/test_read_fast_paths_cutting.py
    looks at every code point)."""
    found = [
        letter
        for letter in map(chr, range(0xC0, 0x3000))
        if "\u0300" <= letter <= "\u036f"
        or (
            unicodedata.decomposition(letter)[:1] not in ("", "<")
            and any("\u0300" <= mark <= "\u036f" for mark in unicodedata.normalize("NFD", letter))
        )
    ]
    return re.compile(f"[{''.join(found)}]")


_MARKED = _accents_marked()
_NOTHING = re.compile(r"(?!x)x")
_LETTERS = re.compile(r"[^\W\d_]")
# What a dialect table's word is made of (Latin letters, digits), and "@" (the tables read
# it as a word): a message with none of them has no word of those tables (_Book._dialect_find).
_LATIN_WORD = re.compile(r"[a-z0-9\u00c0-\u024f\u1e00-\u1eff ]+")
_LATIN_OR_DIGIT = re.compile(r"[a-z\d@\u00c0-\u024f\u1e00-\u1eff]")
# Clauses of a message, "?" included: "I messed up, can we start again?".
_CLAUSES = _breaks(",;:.!?…、。，！？", dashes=True)
# Handles opening a message ("@gran @movehelper can you explain ..."): whom it is for.
# Each holds an "@" (Needing).
_LEADING_HANDLES = Needing(re.compile(r"^\s*(?:@[\w.]+(?:@[\w.-]+)?\s+)+"), ("@",))
# The marks of an enumeration's items: "1)", "(2)", "a)", "(b)" after a space or first.
_ENUMERATED = re.compile(r"(?:^|\s)\(?(?:[1-9]|[a-e])\)\s")
# A French article or pronoun glued to the next word by an apostrophe ("l'étape", "d'avant").
# Every match ends in "l'", "d'" or "qu'" ("jusqu'", "lorsqu'"): a text with none of them,
# most of them, is not searched (Needing).
_ELIDED = Needing(re.compile(r"(?<![\w'])(?:l|d|qu|jusqu|lorsqu)'(?=\w)"), ("l'", "d'", "qu'"))


# The `[ignore]` word lists of replies/walkthrough/<locale>.toml that _Book keeps as sets of
# the same name, every locale's words together.
_WORD_SETS = (
    "asks_to",
    "asking",
    "contrast",
    "negations",
    "yes",
    "pronouns",
    "this_step",
    "step_times",
    "lost_here",
    "onward",
    "next_up",
    "requests",
    "wondering",
    "interjections",
    "proposing",
    "where_how",
    "language_verbs",
    "language_objects",
    "language_speakers",
    "poorly",
    "easier",
    "small_talk",
    "conditions",
    "supposing",
    "alternatives",
    "erasing",
    "forgetting",
    "name_kept",
    "how_long",
    "afterwards",
    "all_well",
    "drawing",
)


@dataclass(frozen=True)
class Reading:
    """What a message means where it was said.

    command: a command or answer name, "language:xx" (switch), "language" (list them),
    or None for a question, greeting, thanks or something off topic (see understanding).
    locale: the language the text was understood in (not necessarily the reply's).
    """

    command: str | None
    understanding: Understanding = field(default_factory=lambda: Understanding("unknown"))
    locale: str = "en"
    where: str = PUBLIC
    # The command is the learned second opinion's, where the tables found none: words the
    # walkthrough knows for itself ("got it", "never mind", "why?") outrank it there.
    guessed: bool = field(default=False, compare=False)

    @property
    def is_question(self) -> bool:
        return self.command is None and self.understanding.kind in ("question", "myth")


# Reading one message cleans its text and clauses about 21 times, and a later message seldom
# brings the same text again: over every tuning row in turn (bench/latency.py --varied)
# 64 kept texts hit 86.8% of calls, 1,024 86.9%, and held 0.29 MB of past messages.
@functools.lru_cache(maxsize=64)
def clean(text: str) -> str:
    """Case-folded words only: punctuation and emoji gone (except ✅ 👍, which answer),
    and Latin letters without their accents ("arrete", "etape", "atras" are typed as often
    as "arrête", "étape", "atrás"; kana keep their marks)."""
    text = normalise(text)
    if text.isascii():  # no accents (ASCII is its own NFD and NFC), no Japanese: the
        text = text.encode().translate(_LATIN_1_WORDS).decode()  # table's ASCII half
    else:
        text = _words_beyond_ascii(text.replace("’", "'").replace("‘", "'"))
    # A letter typed three times or more is one ("hilfeee", "merciii", "holaaa").
    if _TRIPLED.search(text):
        text = _STRETCHED.sub(r"\1", text)
    # Each step only where it can change a word (a read cleans about three texts, and a
    # step a word was ~5 µs a word here): an apostrophe or dash to strip, a spelled-out
    # letter ("ue"), a chat spelling ("r", "l8r").
    words = text.split()
    if "'" in text or "-" in text:  # in C, as the join below (a comprehension and a
        # generator were ~3,500 instructions of a clean() miss)
        words = list(filter(None, map(str.strip, words, itertools.repeat("'-"))))
    if any(map(text.__contains__, _spelled_letters())):
        words = _spelled_words(words)
    spellings = _spellings()
    if not spellings.keys().isdisjoint(words):
        words = [spellings.get(w, w) for w in words]
    if "'" not in text and not _ELIDING_WORDS.isdisjoint(words[:-1]):
        words = _apostrophes_restored(words)
    return " ".join(filter(None, words))


def _words_beyond_ascii(text: str) -> str:
    """clean()'s text beyond ASCII up to its words: "`" as "'", Latin letters without their
    accents, Japanese with its spellings folded, what is no word as spaces. A text of
    Latin-1 alone is mapped by one table (_LATIN_1_WORDS); any other is decomposed and
    composed again only where it holds an accent to drop or is not composed (_MARKED)."""
    latin = text.encode("latin-1", "ignore")
    if len(latin) == len(text):
        return latin.translate(_LATIN_1_WORDS).decode("latin-1")
    text = text.replace("`", "'")
    if _MARKED.search(text) or not unicodedata.is_normalized("NFC", text):
        text = _latin_accents_dropped(text)
    if _UNSPACED.search(text):  # spellings folded as the phrase tables fold them
        for code in _segmenting():
            text = lexicon(code).spelled(text)
        text = _LATIN_THEN_UNSPACED.sub(" ", _SPACED_UNSPACED.sub("", text))
    return _words_only(text)


def _words_only(text: str) -> str:
    """_NOT_WORD.sub(" ", text): what is no word as spaces. An ASCII text holds no Japanese
    (_UNSPACED is all beyond ASCII) and is mapped, not searched (_NOT_WORD_ASCII), and so is
    one beyond ASCII by Spanish's opening marks alone (_OPENING_MARKS)."""
    if not text.isascii():
        for mark in _OPENING_MARKS:
            text = text.replace(mark, " ")
        if not text.isascii():
            return _NOT_WORD.sub(" ", text)
    return text.encode().translate(_NOT_WORD_ASCII).decode()


# French elided words typed without their apostrophe, as a writer in capitals or on a
# phone often does ("OU J EN SUIS", "QU EST CE QU IL FAUT", "C EST", "L ETAPE D APRES"):
# joined to the next word as the tables spell them ("j'en", "qu'est", "l'etape"), only
# where the message has no apostrophe at all and the next word opens with a vowel (or
# "s il"), so English "plan b" or German "hab n frage" stay as they are; not "m" or "t",
# which English "i m" and "don t" type alone.
_ELIDING_WORDS = frozenset({"qu", "j", "l", "d", "n", "c", "s"})
_VOWEL_OPENING = re.compile(r"[aeiouyh]")


def _apostrophes_restored(words: list[str]) -> list[str]:
    out: list[str] = []
    for word in words:
        if out and out[-1] in _ELIDING_WORDS and _joins(out[-1], word):
            out[-1] = f"{out[-1]}'{word}"
        else:
            out.append(word)
    return out


def _joins(elided: str, word: str) -> bool:
    if elided == "s":
        return word in ("il", "ils")
    return bool(_VOWEL_OPENING.match(word))


@functools.lru_cache(maxsize=16)
def _clauses(text: str) -> tuple[str, ...]:
    """The clauses of a message that hold words (clean() keeps some of them), in order; ()
    when fewer than two do. Most messages are one clause and a "?" or nothing after it:
    they are not cleaned piece by piece (each piece a new text to clean(), ~2% of a read),
    since a blank piece has no words and one piece is no two clauses. Reading one message
    asks this about twice of its text: the last few answers are kept."""
    pieces = [c for c in _CLAUSES.split(text.strip()) if c.strip()]
    if len(pieces) < 2:
        return ()
    clauses = tuple(c for c in pieces if clean(c))
    return clauses if len(clauses) >= 2 else ()


def _sentences(text: str) -> list[str]:
    """_SENTENCE.split(text), but a message that is one sentence and the marks closing it
    ("how do I start over?") as itself: clean() gives the two the same words (the marks and
    the spaces after them are no word's, and no step of it joins across them), and the
    message is cleaned already where a sentence without its "?" was a clean() miss of its
    own (asked_order: 0.5-1.5% of a read). Not Japanese, whose spellings fold as
    substrings (Lexicon.spelled), which might hold a mark."""
    sentences = _SENTENCE.split(text)
    if len(sentences) == 2 and not sentences[1] and not _UNSPACED.search(text):
        return [text]
    return sentences


def _spelled_out(word: str) -> str:
    """A word with letters spelled out for one the keyboard lacks (the intents' `spelled_out`:
    "zurueck", "spaeter") as that locale's walkthrough words or tables know it."""
    if len(word) < _SPELLED_MIN:
        return word
    for lex, known in _spelled_locales():
        candidate = lex.spelled_letters(word)
        if candidate != word and (candidate in known or lex.knows(candidate)):
            return candidate
    return word


def _spelled_words(words: list[str]) -> list[str]:
    """[_spelled_out(w) for w in words], each locale's letters folded in the words joined
    (one regex pass) and only the words that fold looked up: Spanish holds "ue" in most
    messages ("que", "puedo"), and a call and a pass per word of five letters or more was
    ~3% of a Spanish read. The same answer word for word: no spelled-out letter holds a
    space (_spelled_letters), so no fold spans two words, and a word's first letter has a
    space before it in the joined text, which the folds' look-behind (no vowel before)
    takes as it takes the word's start."""
    joined = " ".join(words)
    out = words
    for lex, known in _spelled_locales():
        folded = lex.spelled_letters(joined)
        if folded == joined:
            continue
        candidates = folded.split()
        if len(candidates) != len(words):
            raise ValueError(f"a spelled-out letter of {lex.locale} folds across words")
        # Only the words that fold, picked in C: a loop over every word was ~11,000
        # instructions of a Spanish clean() miss, for the one or two words that fold.
        for index in itertools.compress(itertools.count(), map(operator.ne, words, candidates)):
            word, candidate = words[index], candidates[index]
            if (
                out[index] is word
                and len(word) >= _SPELLED_MIN
                and (candidate in known or lex.knows(candidate))
            ):
                if out is words:
                    out = list(words)
                out[index] = candidate
    return out


@functools.cache
def _spelled_letters() -> tuple[str, ...]:
    """Every spelled-out letter of any locale ("ae", "oe", "ue"): a text holding none of
    them has no word _spelled_out() changes. Looked for as substrings (one look in C
    each), not as one alternation searched from every letter (~3 times a read)."""
    return tuple(sorted({k for lex, _ in _spelled_locales() for k in lex.spelled_out}))


@functools.cache
def _spelled_locales() -> tuple[tuple[Lexicon, frozenset[str]], ...]:
    """The locales that spell letters out, with their walkthrough words (accents dropped
    as clean() drops them; not clean() itself, which this serves) and the lists of their
    `[ignore]` table: German's `language_names` ("französisch") read "auf franzoesisch"
    as the French walkthrough's "auf französisch" without its words in fr.toml."""
    found = []
    for code in replies.locales():
        lex = lexicon(code)
        if not lex.spelled_out:
            continue
        data = _words(code)
        phrases = [
            p
            for spec in (*data["commands"].values(), *data["answers"].values())
            for key in ("exact", "contains")
            for p in spec.get(key, [])
        ]
        phrases += [
            w for words in data.get("ignore", {}).values() if isinstance(words, list) for w in words
        ]
        text = _latin_accents_dropped(normalise(" ".join(phrases)))
        found.append((lex, frozenset(_NOT_WORD.sub(" ", text).split())))
    return tuple(found)


@functools.cache
def _segmenting() -> tuple[str, ...]:
    """The locales written without spaces, whose tables fold spelling variants."""
    return tuple(code for code in replies.locales() if lexicon(code).segment)


@functools.cache
def _spellings() -> dict[str, str]:
    """Chat spellings of every locale, as their words (`[ignore] spellings`: "r" is "are",
    "l8r" "later", "dunno" "don't know"), so the phrases need not list each spelling."""
    table: dict[str, str] = {}
    for locale in replies.locales():
        table.update(_words(locale).get("ignore", {}).get("spellings", {}))
    return table


class _LastAnswers(dict[str, Any]):
    """The last few answers of one question about a text (whether it asks, its filler-less
    form): reading one message asks several times of the same two or three texts. A hit is
    a plain dict look-up; a miss works the answer out, forgetting all once _RECENT are kept."""

    def __init__(self, work: Callable[[str], Any]) -> None:
        super().__init__()
        self.work = work

    def __missing__(self, text: str) -> Any:
        if len(self) >= _RECENT:
            self.clear()
        answer = self[text] = self.work(text)
        return answer


def _looks(words: Iterable[str]) -> tuple[str, ...]:
    """Words as a cleaned text padded with spaces is searched for them: unspaced ones
    anywhere, the others between spaces (not a search for unspaced letters in each word
    at every call)."""
    return tuple(w if _UNSPACED.search(w) else f" {w} " for w in sorted(words))


def _holds_any(text: str, looks: tuple[str, ...]) -> bool:
    """Whether the message holds one of the words _looks() made ready."""
    return _cleaned_holds_any(clean(text), looks)


def _cleaned_holds_any(base: str, looks: tuple[str, ...]) -> bool:
    """_holds_any() of a message already cleaned (clean())."""
    padded = f" {base} "
    return any(look in padded for look in looks)


class _Book:
    """Every locale's command and answer words, merged and compiled once.

    Phrases inside a message are found by looking up the message's word n-grams (spaced
    scripts) or one regex (Japanese), so a message costs a few dict look-ups per word."""

    def __init__(self, locales: list[str]) -> None:
        # Built once and then only read: each phrase's groups are a tuple and its locales a
        # frozenset, one object per distinct value (`_shared`), made as they are built: a
        # list or set per phrase (4,200 of them) was 1 MB more.
        self.exact: dict[str, tuple[str, ...]] = {}
        self.locales_of: dict[str, frozenset[str]] = {}  # whole-message phrase -> locales
        self.inside_locales: dict[str, frozenset[str]] = {}  # phrase inside a message -> locales
        self.inside: dict[str, tuple[str, ...]] = {}  # phrase of spaced words -> groups
        # Phrases with gaps ("take me .. back"): (first word, pattern, group, locale).
        self.gapped: list[tuple[str, re.Pattern[str], str, str]] = []
        openings: dict[int, str] = {}  # an unspaced gapped phrase's opening, by its place
        unspaced: dict[str, tuple[str, ...]] = {}
        ignore: set[str] = set()
        # Each spaced locale's filler alone: the union drops real words of another locale
        # ("moment" is German filler, "one moment" English for "not yet", not "one").
        self.own_ignore: list[tuple[frozenset[str], dict[str, tuple[int, ...]]]] = []
        # Words asking how to do something ("how do i", "is it possible to"): followed by
        # nothing but an order, the order is asked for ("how do I start over?").
        self.asks_to: set[str] = set()
        self.language_words: set[str] = set()
        # _without_ignored's last answers (the ignore tables are read when one is needed).
        self._recent_short = _LastAnswers(
            lambda base: _drop_phrases(
                base, self.ignore_spaced, self.ignore_sizes, self.ignore_unspaced
            )
        )
        self.asking: set[str] = set()  # words that open a question (`[ignore] asking`)
        self.contrast: set[str] = set()  # words that make a report a problem
        self.negations: set[str] = set()  # words that say a step is not done
        self.yes: set[str] = set()  # words that say yes opening an answer (`[ignore] yes`)
        # "ok", "got it", "verstanden": the message understood, no report (`[turns]
        # understood`, as bot/walkthrough.py hears it said alone).
        self.acknowledging: set[str] = set()
        self.pronouns: set[str] = set()  # subject pronouns before a report ("i copied")
        # Words asking to go on after a report ("..., shall we carry on?", "what's next?"):
        # they confirm the report instead of being a command of their own.
        self.onward: set[str] = set()
        # Words opening the member's next move said back for a yes ("now i press move?").
        self.next_up: set[str] = set()
        # Words drawing a conclusion from what was said ("alias done so followers moving").
        self.drawing: set[str] = set()
        # Words that open a polite request, not a question ("could we start again?").
        self.requests: set[str] = set()
        self.wondering: set[str] = set()  # words that make a message ask anywhere
        self.interjections: set[str] = set()  # "wait", "oops" before a command
        # Words that propose doing something together ("let's ..."): what follows is no
        # question, whatever word comes next ("let's do this").
        self.proposing: set[str] = set()
        # Words asking whether a name stays or changes (`[ignore] name_kept`: "keep", "same",
        # "cambia"): a question about the username then, not what to type at a handle step.
        self.name_kept: set[str] = set()
        self.this_step: set[str] = set()  # words pointing at the current step
        # Words before those that make them a time ("after this step can I ..."): no pointer.
        self.step_times: set[str] = set()
        # Words of "later on" that hold a status phrase (`[ignore] afterwards`: "par la
        # suite" holds "la suite"): a time, not "what's next".
        self.afterwards: set[str] = set()
        # Words saying nothing went wrong (`[ignore] all_well`: "no problems", "0 errors"):
        # their "no" or "0" denies the trouble, not the step ("downloaded, 0 errors").
        self.all_well: set[str] = set()
        # Words of someone lost at the current step ("what am I supposed to do here"):
        # beside a "what now" they ask how to do the step (`[ignore] lost_here`).
        self.lost_here: set[str] = set()
        # Verbs of speaking and switching (`[ignore] language_verbs`: "repasser", "contestar",
        # "antworten"): one with a language named just after it asks for that language.
        self.language_verbs: set[str] = set()
        # What the bot writes, between such a verb and the language (`[ignore]
        # language_objects`: "ponme los mensajes en francés", "schreib mir die Antworten auf
        # Englisch"): the member's wish for the bot's words, not a longer word that names
        # something else ("écrire mes posts en anglais": the posts' language).
        self.language_objects: set[str] = set()
        # Others who speak, or a word of habit, said just before such a verb (`[ignore]
        # language_speakers`: "my followers speak French", "mostly write"): a habit stated,
        # not a request.
        self.language_speakers: set[str] = set()
        self.language_names: dict[str, str] = {}  # one-word language names -> locale
        # Every one-word name of a language, in any script and form ("日本語", "française":
        # `speak` exact and names): what a language keyword names ("langue française").
        self.named_languages: dict[str, str] = {}
        # Words saying a language is spoken poorly (`[ignore] poorly`: "my english is bad"):
        # beside a language and a "not", an apology, not a request for it.
        self.poorly: set[str] = set()
        # Words giving ease as the reason for a language (`[ignore] easier`: "it's easier
        # for me"): a clause of them beside a language named asks for nothing more.
        self.easier: set[str] = set()
        # Small talk opening a chat (`[ignore] small_talk`: "how's it going"): beside a
        # greeting, the greeting's, not a question about the member's move.
        self.small_talk: set[str] = set()
        self.conditions: set[str] = set()  # words opening a condition (`[ignore] conditions`)
        # Words that suppose an order instead of giving it ("what if I skip this?", "would
        # skipping this break anything?"): `[ignore] supposing`.
        self.supposing: set[str] = set()
        # One way or another ("move or just start fresh"): `[ignore] alternatives`.
        self.alternatives: set[str] = set()
        # Words of erasing or of what is kept (`[ignore] erasing`: "delete", "data"): an
        # order to stop beside the bot named is a deletion only with one (_stop_not_forget).
        self.erasing: set[str] = set()
        # Verbs asking to forget or erase (`[ignore] forgetting`): a question holding the
        # bot's forget words and none of these asks what it keeps (_asks_what_is_kept).
        self.forgetting: set[str] = set()
        # Words asking how long something takes (`[ignore] how_long`: "combien de temps",
        # "cuánto tardan"): "how long until my followers arrive?" asks about the wait, not
        # how far the member's own move has got (the `progress` its words hold).
        self.how_long: set[str] = set()
        # A question mark, or a locale asking without one (`[ignore] asking_ending`); not
        # the intents' question_ending, which also takes wishes ("やり直したい" orders).
        endings = [_QUESTION_MARK]
        # Where/how words ("je la demande où ?") and the shapes of a report ("Umzug ist
        # angestoßen", "ya agregué el alias"): `[ignore] where_how` and `report`.
        self.where_how: set[str] = set()
        self.report: dict[str, re.Pattern[str]] = {}  # by locale: "después" is no French
        # By locale: something to do before the step ("need to find my password first").
        self.first: dict[str, re.Pattern[str]] = {}
        # A locale that asks for things at the end ("…止めてもらえますか"): `request_ending`.
        request_endings: list[str] = []
        # A claim closed by a tag asking to confirm it ("…starts the transfer, right?",
        # "…richtig?", "…je me trompe ?"): `[ignore] confirming_ending`.
        confirming_endings: list[str] = []
        # Words that hold an answer's words but say something else (_as_said): fed up ("im
        # so done with this" is no step done), and leaving from this server ("ich ziehe
        # von hier weg": "ziehe von" alone comes here). `[ignore] fed_up`, `from_here`.
        fed_up: list[str] = []
        from_here: list[str] = []
        from_the_start: list[str] = []  # `[ignore] from_the_start` (_reconciled)
        requests: list[str] = []  # every locale's `speak` phrases (_language_marks)
        unspaced_names: dict[str, str] = {}  # "英語" -> "en" (`speak` names, unspaced)
        spoken_after: list[str] = []  # `[ignore] language_after` (_named_then_spoken)
        particles: list[str] = []  # `[ignore] language_particles`
        not_after: list[str] = []  # `[ignore] language_not_after`
        # Words holding a phrase they do not say (`[ignore] whole_words`: "手続き", procedure,
        # holds "続き", continue): by the two letters the phrase opens with inside them,
        # each word with where they stand in it (_unspaced_in).
        self.hiding: dict[str, tuple[tuple[str, int], ...]] = {}
        for locale in locales:
            data = _words(locale)
            groups = {**data["commands"], **data["answers"]}
            for group, spec in groups.items():
                exact, inside = spec.get("exact", []), spec.get("contains", [])
                if group == "language":
                    self.language_words.update(clean(p) for p in exact)
                    continue
                name = f"speak:{locale}" if group == "speak" else group
                if group == "speak":  # its one-word names ("francais", "ingles", "castellano")
                    for word in map(clean, exact):
                        if word and " " not in word and not _UNSPACED.search(word):
                            self.language_names.setdefault(word, locale)
                    for word in map(clean, [*exact, *spec.get("names", [])]):
                        if word and " " not in word:
                            self.named_languages.setdefault(word, locale)
                if group == "speak":  # requests, heard in a longer sentence too
                    for word in spec.get("names", []):
                        if _UNSPACED.search(word):
                            unspaced_names.setdefault(clean(word), locale)
                    requests.extend([*exact, *inside, *spec.get("asks", [])])
                    inside = [*inside, *(("ask", p) for p in spec.get("asks", []))]
                for phrase in exact:
                    _add(self.exact, clean(phrase), name)
                    _add_locale(self.locales_of, clean(phrase), locale)
                for entry in inside:
                    # A request to speak a language ("can you answer me in french"):
                    # "ask:xx", which counts in a longer message than a language named.
                    asks, phrase = entry if isinstance(entry, tuple) else ("", entry)
                    phrase_name = f"ask:{locale}" if asks else name
                    if " .. " in phrase:  # words with up to three others between them
                        # (unspaced: a few letters, and no first word to wait for)
                        opening = clean(phrase.split(" .. ", 1)[0])
                        first = opening.split()[0]
                        if _UNSPACED.search(first):
                            first, openings[len(self.gapped)] = "", opening
                        self.gapped.append((first, _gapped(phrase), phrase_name, locale))
                        continue
                    cleaned = clean(phrase)
                    _add_locale(self.inside_locales, cleaned, locale)
                    target = unspaced if _UNSPACED.search(cleaned) else self.inside
                    _add(target, cleaned, phrase_name)
            understood = data.get("turns", {}).get("understood", {})
            self.acknowledging.update(clean(p) for p in understood.get("exact", []))
            ignored = data.get("ignore", {})
            own = {clean(w) for w in ignored.get("words", [])} - {""}
            ignore.update(own)
            if own and not any(_UNSPACED.search(w) for w in own):
                self.own_ignore.append((frozenset(own), _sizes_by_first(own)))
            for name in _WORD_SETS:  # each `[ignore] <name>` list into the set of that name
                getattr(self, name).update(clean(w) for w in ignored.get(name, []))
            if ending := ignored.get("request_ending"):
                request_endings.append(f"(?:{ending})")
            if ending := ignored.get("confirming_ending"):
                confirming_endings.append(f"(?:{ending})")
            if ending := ignored.get("asking_ending"):
                endings.append(f"(?:{ending})")
            if report := ignored.get("report"):
                self.report[locale] = re.compile(report)
            if first_step := ignored.get("first"):
                self.first[locale] = re.compile(first_step)
            spoken_after.extend(clean(w) for w in ignored.get("language_after", []))
            particles.extend(clean(w) for w in ignored.get("language_particles", []))
            not_after.extend(clean(w) for w in ignored.get("language_not_after", []))
            for word in map(clean, ignored.get("whole_words", [])):
                for at in range(1, len(word) - 1):
                    self.hiding[word[at : at + 2]] = (
                        *self.hiding.get(word[at : at + 2], ()),
                        (word, at),
                    )
            if said := ignored.get("fed_up"):
                fed_up.append(f"(?:{said})")
            if said := ignored.get("from_here"):
                from_here.append(f"(?:{said})")
            if said := ignored.get("from_the_start"):
                from_the_start.append(f"(?:{said})")
        self._index_dialects(locales)
        self._names_language = self._language_marks(requests)
        self._unspaced_names = unspaced_names
        self._named_then_spoken = _named_then_spoken(
            unspaced_names, spoken_after, particles, not_after
        )
        self.question_mark = re.compile("|".join(endings))
        # The endings alone, each anchored at the message's end: asks() looks for the mark
        # itself first, and a message without one is searched only near its end.
        self._asking_ending = EndPattern(re.compile("|".join(endings[1:]) or "(?!)"))
        self.request_ending = re.compile("|".join(request_endings)) if request_endings else None
        self._request_end = EndPattern(self.request_ending) if self.request_ending else None
        self.confirming_ending = re.compile("|".join(confirming_endings or ["(?!)"]))
        self._confirming_end = EndPattern(self.confirming_ending)
        self._recent_asks = _LastAnswers(self._asking_ending.search)
        self._recent_opens = _LastAnswers(self._opens_question)
        # has_contrast()'s and wonders()'s words, each as it is looked for (_looks).
        self._contrast_looks = _looks(self.contrast)
        self._wondering_looks = _looks(self.wondering)  # "どのくらい": unspaced
        self._how_long_looks = _looks(self.how_long)
        self.fed_up = re.compile("|".join(fed_up or ["(?!)"]))
        self.from_here = re.compile("|".join(from_here or ["(?!)"]))
        self.from_the_start = re.compile("|".join(from_the_start or ["(?!)"]))
        # Phrase lengths by first word, so a message's n-grams are only built where a
        # phrase could start.
        self.sizes: dict[str, tuple[int, ...]] = {}
        for phrase in self.inside:
            words = phrase.split()
            sizes = self.sizes.get(words[0], ())
            if len(words) not in sizes:
                self.sizes[words[0]] = shared((*sizes, len(words)))
        # The gapped phrases by their first word (unspaced ones have none and are always
        # tried): a message tries only those whose first word it has, not all 330.
        by_first: dict[str, list[int]] = {}
        for index, (first, *_) in enumerate(self.gapped):
            by_first.setdefault(first, []).append(index)
        # Each unspaced one with its opening, the letters every match of it opens with (its
        # first part, cleaned: the literal its pattern opens with): a Japanese message tried
        # the ~90 patterns of them all in each find(), though most of their openings are not
        # in it, and a pattern cannot match where its opening is not (_gapped_for).
        self.gapped_unspaced = tuple((index, openings[index]) for index in by_first.pop("", ()))
        self.gapped_by_first = {first: tuple(found) for first, found in by_first.items()}
        self.unspaced = unspaced
        # The unspaced phrases' lengths by their first two letters, longest first, and those
        # of one letter: at each letter of a message the longest phrase opening there is a
        # dict look-up a length of those the two letters open (_unspaced_in), not a regex
        # alternation of 1,000 phrases tried at every letter.
        self.unspaced_sizes, self.unspaced_letters = sizes_by_first_letters(unspaced)
        ignore.discard("")
        # Ignored words of spaced scripts by word n-grams (fast); Japanese ones as substrings.
        self.ignore_spaced = {w for w in ignore if not _UNSPACED.search(w)}
        self.ignore_sizes = _sizes_by_first(self.ignore_spaced)
        self.ignore_unspaced = _alternation(
            sorted((w for w in ignore if _UNSPACED.search(w)), key=len, reverse=True)
        )
        # Dropping filler keeps every other word, so a message of spaced words with more
        # of those than the longest whole-message phrase has is none of them (_whole).
        self.ignore_words = frozenset(w for p in self.ignore_spaced for w in p.split())
        self.exact_longest = max(len(p.split()) for p in self.exact)
        self.asks_to.discard("")
        self.asks_to_longest = max((len(w.split()) for w in self.asks_to), default=1)
        self.requests.discard("")
        self.onward.discard("")
        # "would it be possible to start over?" opens with five words of a request.
        self.requests_longest = max((len(w.split()) for w in self.requests), default=1)
        self.onward_sizes = _sizes_by_first(self.onward)
        self.afterwards.discard("")
        self.afterwards_sizes = _sizes_by_first(self.afterwards)
        self.all_well.discard("")
        self.all_well_sizes = _sizes_by_first(self.all_well)
        self.small_talk.discard("")
        self.small_talk_sizes = _sizes_by_first(self.small_talk)
        self.onward_unspaced = _alternation(
            sorted((w for w in self.onward if _UNSPACED.search(w)), key=len, reverse=True)
        )

    def _index_dialects(self, locales: list[str]) -> None:
        """The walkthrough words of each locale whose tables read dialect spellings (the
        intents' `dialect`), as those tables read them: "zruck", "weida gehts", "mach i
        morgen" and "ick komm von ..." then meet "zurück", "weiter geht's", "mach ich
        morgen" and "ich komme von" (a verb's -e is folded away as the tables fold it)."""
        self.dialects: list[tuple[Lexicon, frozenset[str]]] = []
        self.dialect_exact: dict[str, tuple[str, ...]] = {}
        self.dialect_inside: dict[str, tuple[str, ...]] = {}
        self.dialect_locale: dict[str, str] = {}  # whole-message phrase -> its locale
        self._dialect_last: tuple[str, tuple[list[str], list[str], str | None]] = (
            "",
            ([], [], None),
        )
        for locale in locales:
            lex = lexicon(locale)
            if not lex.reads_dialect:
                continue
            data = _words(locale)
            lex.also_known(
                w
                for spec in (*data["commands"].values(), *data["answers"].values())
                for key in ("exact", "contains")
                for p in spec.get(key, [])
                for w in _NOT_WORD.sub(" ", p).split()
            )
            ignored = data.get("ignore", {})
            # Filler and pronouns are dropped on both sides: "hilf ma", "wo san ma", "mach i
            # morgen" are "hilf mir", "wo sind wir", "mach ich morgen" whatever "ma" is.
            filler = frozenset(
                w
                for f in (*ignored.get("words", []), *ignored.get("dialect_filler", []))
                for w in lex.folded_words(f)
                if " " not in f
            ) | frozenset(w for f in ignored.get("pronouns", []) for w in lex.folded_words(f))
            self.dialects.append((lex, filler))
            bot_named = filler.intersection(
                w for f in ignored.get("names_the_bot", []) for w in lex.folded_words(f)
            )
            own = [
                (group, spec)
                for group, spec in {**data["commands"], **data["answers"]}.items()
                if group not in ("language", "speak")
            ]
            # Every locale's requests for a language said with a word these tables' rewrites
            # give ("auf englisch": "uff", "uf", "op" are "auf"), read as they read them;
            # whole, no filler dropped: "auf deutsch bitte" (asks) without "bitte" would ask
            # in "mein profil ist auf deutsch".
            rewritten = frozenset(w for words in lex.rewrite.values() for w in words)
            requests = [
                (group, {key: [p for p in said if filler.isdisjoint(lex.folded_words(p))]})
                for group, spec in _language_requests(locales, rewritten)
                for key, said in spec.items()
            ]
            for group, spec in [*own, *requests]:
                for phrase in spec.get("exact", []):
                    if folded := " ".join(w for w in lex.folded_words(phrase) if w not in filler):
                        _add(self.dialect_exact, folded, group)
                        self.dialect_locale.setdefault(folded, locale)
                for phrase in spec.get("contains", []):
                    if " .. " in phrase:
                        continue
                    words = lex.folded_words(phrase)
                    kept = [w for w in words if w not in filler]
                    # Not a phrase left one common word ("hab ich schon" -> "hab"), nor one
                    # that names the bot: "bot" is filler as an address ("hey bot"), but "aus
                    # dem bot" or "was der bot" without it is "aus dem", "was der", which
                    # any message holds ("Grüße aus dem Garten" is no forget). The plain
                    # tables still find the phrase whole.
                    if bot_named.intersection(words):
                        continue
                    if kept and (len(kept) > 1 or len(words) == 1):
                        _add(self.dialect_inside, " ".join(kept), group)
        self.dialect_sizes = _sizes_by_first(self.dialect_inside)
        # Every word of those phrases, and by word as typed its reading by each
        # dialect-reading locale's tables, as far as those phrases tell (_dialect_words).
        self._dialect_vocabulary = frozenset(
            w for p in (*self.dialect_exact, *self.dialect_inside) for w in p.split()
        )
        self._dialect_kept: list[dict[str, tuple[str, ...]]] = [{} for _ in self.dialects]
        self._dialect_latin = all(
            _LATIN_WORD.fullmatch(p) for p in (*self.dialect_exact, *self.dialect_inside)
        )

    def _dialect_find(self, text: str) -> tuple[list[str], list[str], str | None]:
        """The groups a message is and holds read as a dialect-reading locale's tables read
        it (_index_dialects), and the locale of the whole-message phrase found.

        A message without a Latin letter, a digit or an "@" (most Japanese ones) is not
        read: the dialect tables' phrases are Latin words (_dialect_latin), and the tables'
        words of such a message are its own non-Latin words. Nothing there makes a Latin
        word of them: rewrites, spelling variants, dialect rules and clitics start from
        Latin words, a typo is fixed only within two edits of a Latin word (a non-Latin word
        of 3 letters or more is as many edits away), and only a digit ("tausende") or an
        "@" adds a word. Cutting the message into the German tables' words cost ~7% of a
        Japanese message's read()."""
        if self._dialect_last[0] == text:  # find() meets one message several times
            return self._dialect_last[1]
        if self._dialect_latin and not _LATIN_OR_DIGIT.search(normalise(text)):
            return [], [], None
        exact: list[str] = []
        inside: list[str] = []
        said_in = None
        for index in range(len(self.dialects)):
            words = self._dialect_words(index, text)
            if not exact and (found := self.dialect_exact.get(" ".join(words))):
                exact, said_in = list(found), self.dialect_locale[" ".join(words)]
            for start, word in enumerate(words):
                for size in self.dialect_sizes.get(word, ()):
                    for group in self.dialect_inside.get(" ".join(words[start : start + size]), ()):
                        if group not in inside:
                            inside.append(group)
        self._dialect_last = (text, (exact, inside, said_in))
        return exact, inside, said_in

    def _dialect_words(self, index: int, text: str) -> list[str]:
        """The message's words as the `index`th dialect-reading locale's tables read them,
        filler dropped, each word of no dialect phrase as "" (no phrase holds it, and a
        phrase is its words between single spaces: "" matches no word and makes no phrase).

        A message already cut into those tables' words is read from its cut. Any other is
        read word by word where the cut is (Lexicon.typed_words: no step on the whole text
        comes first), each word's reading kept: cutting a short English, French or Spanish
        message into German words was ~40 µs in a third of their reads, and its words are
        a few look-ups now."""
        lex, filler = self.dialects[index]
        if (tokens := lex.recent_tokens(text)) is None and (
            typed := lex.typed_words(text)
        ) is not None:
            kept = self._dialect_kept[index]
            words: list[str] = []
            for word in typed:
                read = kept.get(word)
                if read is None:
                    read = tuple(
                        self._as_dialect(w) for w in lex.word_folded(word) if w not in filler
                    )
                    if read == _NO_DIALECT_WORD:  # most words: one tuple for all of them
                        read = _NO_DIALECT_WORD
                    if len(kept) >= _DIALECT_KEPT:
                        kept.clear()
                    kept[word] = read
                words.extend(read)
            return words
        folded = tokens.folded if tokens is not None else lex.folded_words(text)
        return [w for w in folded if w not in filler]

    def _reads_dialect(self, base: str) -> bool:
        """Whether the dialect-reading tables read a cleaned message: only one as short as
        the walkthrough's answers (_MAX_DIALECT_WORDS); a longer one asks a question."""
        return bool(self.dialects) and base.count(" ") < _MAX_DIALECT_WORDS

    def _as_dialect(self, word: str) -> str:
        """A word as _dialect_words gives it: itself where a dialect phrase may hold it."""
        return word if word in self._dialect_vocabulary or " " in word else ""

    def find(self, text: str) -> tuple[list[str], list[str]]:
        """Groups the whole message is (in the book's order), and groups it contains."""
        base = clean(text)
        if not base:
            return (["help"] if text.strip() in ("?", "？") else []), []
        exact, short = self._whole(base)
        inside: list[str] = []
        if len(base) > _MAX_CONTAINS:
            return exact, inside
        # Polite words and filler inside a phrase do not hide it either ("hör bitte auf
        # mir zu schreiben" is "hör auf mir zu schreiben").
        # Nor does a French article glued to a word ("reviens à l'étape précédente" holds
        # "étape précédente").
        unelided = _ELIDED.sub("", base)
        for source in dict.fromkeys(s for s in (base, short, unelided) if s):
            words = source.split()
            for phrase in self._runs(words):
                for group in self.inside.get(phrase, ()):
                    if group not in inside:
                        inside.append(group)
            for index in self._gapped_for(source, words):
                first, pattern, group, _ = self.gapped[index]
                # From where its first word first is (a match opens with it), not letter by
                # letter from the start ("" for an unspaced phrase: from the start).
                if group not in inside and pattern.search(source, source.find(first)):
                    inside.append(group)
        if _UNSPACED.search(base):
            for phrase in self._unspaced_in(base):
                for group in self.unspaced[phrase]:
                    if group not in inside:
                        inside.append(group)
        # After the words as typed (what they say outranks a reading), and only in a message
        # as short as the walkthrough's answers: a longer one asks a question.
        if self._reads_dialect(base):
            dialect_exact, dialect_inside, _ = self._dialect_find(text)
            exact = exact or dialect_exact
            inside.extend(g for g in dialect_inside if g not in inside)
        return exact, inside

    def widest(self, text: str, groups: Collection[str]) -> str | None:
        """Of `groups`, the one whose phrase found in the message spans the most of it: "new
        here, my old account is on another server" holds "another server" (away) inside
        "old account ... another server" (here). Only asked when both are found."""
        base = clean(text)
        words = base.split()
        width: dict[str, int] = {}
        for phrase in self._runs(words):
            for group in self.inside.get(phrase, ()):
                if group in groups:
                    width[group] = max(width.get(group, 0), len(phrase))
        for index in self._gapped_for(base, words):
            _, pattern, group, _ = self.gapped[index]
            if group in groups and (found := pattern.search(base)):
                width[group] = max(width.get(group, 0), found.end() - found.start())
        # Japanese phrases have no words to count: their letters are their width ("前は他の
        # 鯖におって、こっちに越してきた" comes here, though "他の鯖に" alone would leave).
        if _UNSPACED.search(base):
            for phrase in self._unspaced_in(base):
                for group in self.unspaced[phrase]:
                    if group in groups:
                        width[group] = max(width.get(group, 0), len(phrase))
        ranked = sorted(width.items(), key=lambda item: -item[1])
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]

    @functools.cached_property
    def _news_patterns(self) -> dict[str, re.Pattern[str]]:
        """The archive's own request and download words, each group one regex (longest
        first; spaced phrases as whole words, Japanese ones anywhere)."""
        phrases: dict[str, set[str]] = {"requested": set(), "downloaded": set()}
        for table in (self.exact, self.inside, self.unspaced):
            for phrase, groups in table.items():
                for group in phrases.keys() & set(groups):
                    phrases[group].add(phrase)
        return {
            group: re.compile(
                "|".join(
                    rf"{re.escape(p)}(?![いく])"  # not "ダウンロードしたい" (a wish)
                    if _UNSPACED.search(p)
                    else rf"(?<!\S){re.escape(p)}(?!\S)"
                    for p in sorted(found, key=len, reverse=True)
                )
            )
            for group, found in phrases.items()
        }

    def archive_news_only(self, text: str) -> str | None:
        """ "ich habe das Archiv angefordert": the archive's news ("requested" when a
        request word is said, else "downloaded") when the message's only done-like words
        are the archive's request or download words; None when a done word stands on its
        own ("done, and I requested the archive too")."""
        base = clean(text)
        rest = self._news_patterns["requested"].sub(" ", base)
        left = self._news_patterns["downloaded"].sub(" ", rest)
        if left == base:
            return None
        # A thumb beside the news agrees with it ("👍 requested the archive"): no done
        # word, as an "ok" is none (a check mark, "✅", still says done).
        exact, inside = self.find(" ".join(w for w in left.split() if w not in _AGREEING))
        # A done word of the exact kind, as a clause or opening one: "done, and ...",
        # "fini et j'ai demandé l'archive". Not an "ok" (a done word alone, which only
        # acknowledges before the news: "ok, I requested the archive"); "ya" (already) is.
        # Nor a thumb ("👍 requested the archive": it agrees, as "ok" does).
        clauses = (clean(c).split() for c in _CLAUSES.split(text))
        openers = {" ".join(c[:size]) for c in clauses for size in range(1, len(c) + 1)}
        openers = openers - self.yes - self.acknowledging - _AGREEING
        if (
            "done" in exact
            or "done" in inside
            or any("done" in self.exact.get(o, ()) for o in openers)
        ):
            return None
        # "Habe das Archiv angefordert" holds "habe das archiv" (downloaded): a request
        # said is the request.
        return "requested" if rest != base else "downloaded"

    def requested_with_have(self, text: str) -> bool:
        """ "ich habe das Archiv angefordert": a download phrase ("habe das archiv", I
        have it) said only as the auxiliary of a request word a few words after it, and no
        download said apart from that ("... angefordert und heruntergeladen" says one)."""
        base = clean(text)
        left = self._have_requested.sub(" ", base)
        return left != base and self._news_patterns["downloaded"].search(left) is None

    def denies_news(self, text: str) -> bool:
        """ "so not downloaded", "haven't requested it": the archive's news with a "not" just
        before it (or before "yet" / "been" / "even" before it) says it has not happened.
        Not "no" ("no, downloaded it already" answers), nor "nothing" or Northern "nowt"
        ("nothing went wrong, downloaded")."""
        base = clean(text)
        denying = self.negations - {"no", "nothing", "nowt"}
        for pattern in self._news_patterns.values():
            for found in pattern.finditer(base):
                before = base[: found.start()].split()[-2:]
                if before[-1:] and before[-1] in _NEWS_BRIDGES:
                    before = before[:-1]
                if before[-1:] and before[-1] in denying:
                    return True
        return False

    @functools.cached_property
    def _have_requested(self) -> re.Pattern[str]:
        """A download phrase, up to _HAVE_GAP words, then a request phrase: the perfect
        tense of the request."""
        news = self._news_patterns
        gap = rf"(?:\s+\S+){{0,{_HAVE_GAP}}}?\s+"
        return re.compile(rf"(?:{news['downloaded'].pattern}){gap}(?:{news['requested'].pattern})")

    def _whole(self, base: str) -> tuple[list[str], str]:
        """The groups a cleaned message is as a whole, and the message without filler."""
        exact = list(self.exact.get(base, ()))
        short = self._without_ignored(base)
        if not exact and short and short != base and self._may_be_exact(base):
            # The fewest words dropped first: "can we start again" is "start again", not
            # "start" ("again" is filler too); "one moment please" is "one moment" (only
            # English filler), not "one" ("moment" is German filler).
            for variant in self._shorter(base, short):
                if found := self.exact.get(variant):
                    exact = list(found)
                    break
        # An interjection before the words ("wait, can i go back?", "oops go back"),
        # though "wait" alone says "not yet".
        first, _, rest = (short or base).partition(" ")
        if rest and first in self.interjections:
            exact.extend(g for g in self.exact.get(rest, ()) if g not in exact)
        return exact, short

    def _may_be_exact(self, base: str) -> bool:
        """Whether some filler dropped from a cleaned message may leave a whole-message
        phrase: not where more of its spaced words are no filler's than the longest
        phrase has ("hold on a second"; a question of ten words never is), so _whole()
        does not build its shorter forms (~3% of an English message's read())."""
        if _UNSPACED.search(base):
            return True
        kept = sum(1 for word in base.split() if word not in self.ignore_words)
        return kept <= self.exact_longest

    def asks(self, text: str) -> bool:
        """Whether the message asks: a "?", or a locale's asking ending ("…ですか"). The
        mark is looked for first: half the messages have one, and the endings, anchored at
        the message's end, are tried near its end only (EndPattern). Reading one message
        asks this about three times, of one text: the last few answers are kept."""
        return "?" in text or "？" in text or self._recent_asks[text]

    def confirms(self, text: str) -> bool:
        """Whether the message asks only to confirm what it states ("the alias starts the
        transfer, right?", "ça se transfère pas, je me trompe ?"): a claim, for the myths.
        Not a last sentence that opens with a word offering the other way (`[ignore]
        alternatives`: "自動で移るの？それとも自分でやるんでしょ？"): both ways offered ask which."""
        normal = normalise(text)
        return self._confirming_end.search(normal) and not self._offers_other_way(normal)

    def _offers_other_way(self, normal: str) -> bool:
        """Whether the last sentence opens with an `alternatives` word: a whole word, or
        in unspaced Japanese the sentence's first letters."""
        last = next((s for s in reversed(_SENTENCE.split(normal)) if s.strip()), "").strip()
        if not last or not self.alternatives:
            return False
        first = last.split(None, 1)[0]
        return first in self.alternatives or (
            _UNSPACED.search(first) is not None
            and any(first.startswith(word) for word in self.alternatives)
        )

    def untagged(self, text: str) -> str:
        """The message without the tag that asks to confirm it: its "not" is no claim's
        ("…, no?", "…, non ?", "…, n'est-ce pas ?", "…, nicht wahr?" only ask "isn't it
        so?")."""
        normal = normalise(text)
        tag = self.confirming_ending.search(normal)
        if tag is None:
            return normal
        before = normal[: tag.start()]
        # "…, or no?": the other locales' tags are searched too (Spanish "no" after "or"),
        # but a "no" offered as the other answer (`[ignore] alternatives`) asks, and its
        # "not" stands.
        last = before.rsplit(None, 1)[-1:]
        return normal if last and last[0] in self.alternatives else before

    def locale_of(self, text: str) -> str | None:
        """The one locale whose words the whole message is ("wo bin ich" is German, and so
        is "wo samma" read as its tables read dialect)."""
        base = clean(text)
        for candidate in (base, self._without_ignored(base)):
            locales = self.locales_of.get(candidate, ())
            if len(locales) == 1:
                return next(iter(locales))
        if self._reads_dialect(base) and not self.said_in(text):
            return self._dialect_find(text)[2]
        return None

    def said_in(self, text: str) -> frozenset[str]:
        """The locales whose walkthrough words the whole message is: one ("wo bin ich"),
        several ("stop", "ok", "👍": every locale's members say them), or none."""
        base = clean(text)
        for candidate in (base, self._without_ignored(base)):
            if locales := self.locales_of.get(candidate):
                return locales
        return frozenset()

    def goes_on(self, text: str) -> bool:
        """Whether the whole message asks to go on ("weiter", "continue", "続けて")."""
        base = clean(text)
        return bool(base) and (base in self.onward or self._without_ignored(base) in self.onward)

    def assents(self, text: str) -> bool:
        """Whether the whole message only agrees or thanks ("ok", "yes", "👍", "thanks"):
        a yes, or nothing but polite words, filler and emoji."""
        base = clean(text)
        exact, short = self._whole(base)
        return "confirm" in exact or not _LETTERS.search(short)

    def opens_question(self, text: str) -> bool:
        """Whether the message opens with a question word ("how do I set up my profile"),
        polite words and filler skipped. Reading one message asks this about twice of a
        text: the last few answers are kept."""
        return self._recent_opens[text]

    def _opens_question(self, text: str) -> bool:
        text = _LEADING_HANDLES.sub("", text)  # "@movehelper where's the button": "where"
        opening = clean(text).split()
        while opening and opening[0] in self.ignore_spaced and opening[0] not in self.proposing:
            opening = opening[1:]
        if opening and (opening[0] in self.proposing or " ".join(opening[:2]) in self.proposing):
            return False  # "ok let's do this, start the move": a proposal, not "do ...?"
        words = self._without_ignored(clean(text)).split()
        return bool(words) and (words[0] in self.asking or " ".join(words[:2]) in self.asking)

    def asks_later(self, text: str) -> bool:
        """Whether the message asks and a clause after the first opens the question ("I'm
        moving next week, do my lists come along?")."""
        return self.asks(text) and self.opens_question_later(text)

    def opens_question_later(self, text: str) -> bool:
        """Whether a clause after the first opens a question, asked with a mark or not ("ok
        alias is set. how do i kick off the Move itself")."""
        clauses = [c for c in _CLAUSES.split(text.strip()) if clean(c)]
        return any(map(self.opens_question, clauses[1:]))

    def asks_anywhere(self, text: str) -> bool:
        """Whether the message asks ("?") or a clause of it opens a question ("the form
        wants a password, what do I put in there")."""
        clauses = [c for c in _CLAUSES.split(text.strip()) if clean(c)]
        return self.asks(text) or any(map(self.opens_question, clauses))

    def supposes(self, text: str, orders: list[str]) -> bool:
        """Whether a message that holds an order supposes it rather than gives it ("what
        happens if I skip this", "if I skip the archive can I get it later", "would
        skipping this break anything?"): a `supposing` word, the message not opening
        with the order ("skip it if that's ok"), and a question or the word opening it."""
        # A clause of one word is no condition: "sí, ¿puedo volver atrás?" says yes.
        clauses = [f" {c} " for c in map(clean, _CLAUSES.split(text.strip())) if " " in c]
        if not orders or not any(f" {w} " in c for c in clauses for w in self.supposing):
            return False
        if any(self.opens_with(text, group) for group in orders):
            return False
        opening = clauses[0].split()[:2] if clauses else []
        return (
            self.asks_anywhere(text)
            or opening[0] in self.supposing
            or " ".join(opening) in self.supposing
        )

    def opens_with(self, text: str, group: str) -> bool:
        """Whether the message opens with one of `group`'s phrases ("copied my bio over"),
        after filler and a subject pronoun ("ok i copied ...")."""
        words = self._without_ignored(clean(text)).split()
        if words[:1] and words[0] in self.pronouns:
            words = words[1:]
        for size in self.sizes.get(words[0], ()) if words else ():
            if group in self.inside.get(" ".join(words[:size]), ()):
                return True
        return False

    def orders_first(self, text: str, group: str) -> bool:
        """Whether the message's first clause says `group` and opens with a word one of the
        phrases opens, after the handles and filler ("@bot deja de mandarme avisos", "para
        ya con los avisos"): said as an order, not told of someone else ("mastodon no para
        de mandarme notificaciones")."""
        first = (_clauses(text) or (text,))[0]
        if group not in self.find(first)[1]:
            return False
        if _UNSPACED.search(first):
            # Japanese puts the order last and its words have no spaces to open with
            # ("通知もういらないです、連絡しないで"): a first clause that says it and asks
            # nothing orders it.
            return not (self.asks(first) or self.opens_question(first))
        for word in clean(_LEADING_HANDLES.sub("", first)).split():
            if word in self.sizes or word in self.gapped_by_first:
                return True
            if word not in self.ignore_words:
                return False
        return False

    def short_question(self, text: str) -> bool:
        """Whether a message is a short question ("do I include the @?", "is it the one
        with the @ at the front"): a "?" or a question word opening it, in a few words.
        Not in unspaced scripts, whose words are not counted ("今からでも間に合う？")."""
        if _UNSPACED.search(text):
            return False
        size = len(clean(text).split())
        return 0 < size <= _SHORT_QUESTION and (self.asks(text) or self.opens_question(text))

    def asks_where_or_how(self, text: str) -> bool:
        """Whether a short message asks where or how ("il est où le bouton", "¿dónde lo
        pido?"): at a step, naming nothing else, it asks how to do the step."""
        words = clean(text).split()
        return len(words) <= _MAX_HOW_WORDS and not self.where_how.isdisjoint(words)

    def reports(self, text: str, locale: str) -> bool:
        """Whether a short message has the shape of a report ("la migration est lancée",
        "Umzug ist angestoßen"): a past participle or a first-person past."""
        pattern = self.report.get(locale)
        if pattern is None or len(text.split()) > _MAX_REPORT_WORDS:
            return False
        # As typed (French and Spanish endings keep their accents: "lancée", "agregué")
        # and cleaned (German folds "angestoßen" and "angestossen" the same).
        return any(pattern.search(t) for t in (text.casefold(), clean(text)))

    def ends_as_request(self, text: str) -> bool:
        """Whether the message ends as a polite request in a locale that has the shape
        ("手順を案内してもらえますか"): asked, but a request, not a question. Spellings
        are folded as the tables fold them: western "戻ってくれん？" is "戻ってくれない？"."""
        if self._request_end is None:
            return False
        if self._request_end.search(normalise(text)):
            return True
        return bool(_UNSPACED.search(text)) and self._request_end.search(clean(text))

    def opens_request(self, text: str) -> bool:
        """Whether the message, or a clause of it, opens as a polite request ("I made a
        muddle. Could we go back to the very beginning?", "may I skip this?"): an order
        asked, not a question."""
        if self.ends_as_request(text):
            return True
        # Not after a condition opening the message ("si me arrepiento, ¿puedo volver
        # atrás?"): what may be done then is asked about, not ordered now.
        opening = clean(_CLAUSES.split(text.strip(), maxsplit=1)[0]).split()
        if len(opening) > 1 and (
            opening[0] in self.conditions or " ".join(opening[:2]) in self.conditions
        ):
            return False
        # Each clause: "ich glaub ich hab mich vertan, kann ich nochmal von vorne anfangen?"
        for sentence in _CLAUSES.split(text):
            # Before and after filler: "can you" is filler too ("sorry, can you ...").
            for words in (clean(sentence).split(), self._without_ignored(clean(sentence)).split()):
                sizes = range(1, self.requests_longest + 1)
                # After one word of its own too: "wait can i go back?", "hmm could we ...".
                for start in (0, 1):
                    if any(
                        " ".join(words[start : start + size]) in self.requests for size in sizes
                    ):
                        return True
        return False

    def exact_of(self, text: str, *, dialect: bool = False) -> list[str]:
        """Groups a whole text is, filler aside (a clause: "stop", "can we start again"),
        and with `dialect` where the plain tables find none, as the dialect-reading tables
        read it whole (find() reads a short message so)."""
        if len(text) > _MAX_CONTAINS:
            return []
        base = clean(text)
        if not base:  # as find() has it
            return ["help"] if text.strip() in ("?", "？") else []
        exact = self._whole(base)[0]  # not the phrases inside it, which find() also looks for
        if exact or not dialect or not self._reads_dialect(base):
            return exact
        return self._dialect_find(text)[0]

    def clause_order(
        self, text: str, orders: Collection[str], *, first: bool = False
    ) -> str | None:
        """An order said as the last clause of a longer message ("ugh this is too confusing.
        stop", "I'm done with this, stop", "I messed up, can we start again?")."""
        clauses = _clauses(text)
        if not clauses:
            # Japanese breaks a clause with a space where others put a comma ("もう無理
            # はじめから": "I give up, from the start"): only the last piece is read alone, as
            # an order said after its reason; a first piece may be a word a learner spaced.
            pieces = _SPACED_UNSPACED.split(text.strip()) if _UNSPACED.search(text) else ()
            if len(pieces) > 1 and not self.asks(text):
                return next((g for g in self.exact_of(pieces[-1]) if g in orders), None)
            return None
        last = next((g for g in self.exact_of(clauses[-1]) if g in orders), None)
        if last is not None and not first and any(map(self.opens_question, clauses[:-1])):
            # In public, the last of a question's alternatives ("do my followers come with
            # me or is that it, start again from scratch?"): asked about, not ordered.
            return None
        if last is not None or not first or self.asks(text):
            return last
        if any(map(self.opens_question, clauses)):
            return None
        # Or (`first`: in a DM) as the first, the rest only its reason, asking nothing
        # ("retour, je me suis trompé", "Stopp, das reicht mir für heute"); in public a
        # "stop, ..." opens a complaint as often. An interjection or filler before it is no
        # clause of its own ("moment, zurück, ich hab den Alias noch nicht gemacht"). The
        # order in dialect too ("Zruck, i hab beim Alias was falsch gmacht"), as find()
        # reads it said alone ("zruck"); not the last clause, where an English "so I skip"
        # after a claim is no German "skip".
        opening = next((c for c in clauses if not self._barely(clean(c))), clauses[0])
        return next((g for g in self.exact_of(opening, dialect=True) if g in orders), None)

    def opens_with_order(self, text: str, group: str) -> bool:
        """Whether the message opens with the whole of one of `group`'s own phrases, more
        words after it ("delete my account pls im done with all this": the order, then
        why)."""
        words = self._without_ignored(clean(text)).split()
        return any(
            group in self.exact.get(" ".join(words[:size]), ())
            for size in range(len(words) - 1, 0, -1)
        )

    def asked_order(self, text: str, orders: Collection[str]) -> str | None:
        """An order asked as a how-question with nothing else in it ("how do I start
        over?", "is it possible to go back a step?"): the member wants it done. Only the
        whole rest is the order: "can I continue using my old account" asks."""
        for sentence in _sentences(text):
            words = self._without_ignored(clean(sentence)).split()
            for size in range(min(self.asks_to_longest, len(words) - 1), 0, -1):
                if " ".join(words[:size]) in self.asks_to:
                    rest = " ".join(words[size:])
                    found = self.exact.get(rest, ()) or self.exact.get(
                        self._without_ignored(rest), ()
                    )
                    return next((g for g in found if g in orders), None)
        return None

    def without_onward(self, text: str) -> str | None:
        """The message without its words asking to go on ("done! what's next?" -> "done"),
        or None when it has none."""
        base = clean(text)
        rest = _drop_phrases(base, self.onward, self.onward_sizes, self.onward_unspaced)
        return rest if rest != base else None

    def without_small_talk(self, text: str) -> str:
        """The cleaned message without its small talk ("hi, how's it going" -> "hi")."""
        return _drop_phrases(clean(text), self.small_talk, self.small_talk_sizes, _NOTHING)

    def first_to_do(self, text: str, locale: str) -> bool:
        """Whether the message says what the member must do before the step ("have to dig
        out my login first", `[ignore] first`): not yet. Not asked ("do I need to ... first?")."""
        pattern = self.first.get(locale)
        if pattern is None or self.asks(text) or self.opens_question(text):
            return False
        return pattern.search(clean(text)) is not None

    def put_off(self, text: str) -> bool:
        """Whether a clause of the message is the step put off ("later") and the rest only
        says why ("later, kids need dinner", "driving rn, later"): nothing asked, no other
        command or answer in it."""
        if self.asks(text):
            return False
        clauses = _clauses(text)
        if not clauses or any(map(self.opens_question, clauses)):
            return False
        if not any("not_yet" in self.exact_of(c) for c in clauses):
            return False
        exact, inside = self.find(text)
        return not {*exact, *inside} - {"not_yet"}

    def put_off_first(self, text: str) -> bool:
        """Whether the message opens with the step put off ("later", "not now", "tomorrow")
        and the rest only says why ("later, the grandchildren have just arrived"): asking
        nothing, ordering nothing, whatever answer its words hold. Not a bare "no" or
        "wait" opening it ("wait, the followers have arrived" reports them)."""
        if self.asks(text):
            return False
        clauses = _clauses(text)
        if not clauses or any(map(self.opens_question, clauses)):
            return False
        opening = clean(clauses[0])
        if "not_yet" not in self.exact_of(clauses[0]) or self._barely(opening):
            return False
        exact, inside = self.find(" ".join(clauses[1:]))
        return not {*exact, *inside} & set(COMMANDS)

    def _barely(self, opening: str) -> bool:
        """Whether a clause is only a no, a yes, an interjection or filler ("no", "wait",
        "hold on"): no putting off of its own."""
        words = opening.split()
        if len(words) == 1 and (
            words[0] in self.negations or words[0] in self.interjections or words[0] in self.yes
        ):
            return True
        return not self._without_ignored(opening)

    def done_besides(self, base: str) -> bool:
        """Whether a cleaned message says "done" outside its fed-up words ("done, and im so
        done with this app")."""
        return "done" in self.find(self.fed_up.sub(" ", base))[1]

    def weighs(self, text: str) -> bool:
        """Whether the message weighs one way against another ("should i even move or just
        start fresh": `[ignore] alternatives`)."""
        return not self.alternatives.isdisjoint(clean(text).split())

    def deletion_said(self, text: str) -> bool:
        """Whether a message that asks nothing says a deletion in so many words ("delete my
        account", "delete everything": clarify_delete's whole phrases inside it)."""
        if self.asks_anywhere(text):
            return False
        words = clean(text).split()
        return any(
            "clarify_delete" in self.exact.get(" ".join(words[start : start + size]), ())
            for start in range(len(words))
            for size in range(2, 6)
        )

    def lost_here_in(self, text: str) -> bool:
        """Whether the message says its writer is lost at this step (`lost_here`)."""
        base = f" {clean(text)} "
        return any(f" {words} " in base for words in self.lost_here)

    def names_step(self, text: str) -> bool:
        """Whether the message points at the current step ("do I do this bit on the old
        account or the new one?"): its subjects are then the step's (`[ignore] this_step`).
        Not after a word of time (`step_times`): "after this step can I go back?" says when."""
        base = f" {clean(text)} "
        for words in self.this_step:
            start = base.find(f" {words} ")
            while start != -1:
                if base[:start].rpartition(" ")[2] not in self.step_times:
                    return True
                start = base.find(f" {words} ", start + 1)
        return False

    def negated(self, text: str) -> bool:
        """Whether the message says "not" ("my bio didn't get copied"), other than of
        trouble (`all_well`: "done, 0 issues" did the step)."""
        base = clean(text)
        if self.negations.isdisjoint(base.split()):
            return False
        rest = self._without_all_well(base)
        return rest == base or not self.negations.isdisjoint(rest.split())

    def _without_all_well(self, base: str) -> str:
        """A cleaned message without its words saying nothing went wrong (`all_well`)."""
        return _drop_phrases(base, self.all_well, self.all_well_sizes, _NOTHING)

    def said_afterwards(self, text: str, group: str) -> bool:
        """Whether `group` is found in the message only inside a word of "later on"
        (`afterwards`): "la suppression sera-t-elle possible par la suite ?" asks nothing of
        the walkthrough."""
        base = clean(text)
        rest = _drop_phrases(base, self.afterwards, self.afterwards_sizes, _NOTHING)
        return rest != base and group not in self.find(rest)[1]

    def without_step_times(self, text: str) -> str:
        """The cleaned message without a step pointed at as a time ("after this step"),
        whose words ("this step") would otherwise ask how to do the step."""
        words = clean(text).split()
        kept: list[str] = []
        index = 0
        while index < len(words):
            if words[index] in self.step_times:
                rest = words[index + 1 :]
                size = next(
                    (len(p.split()) for p in self.this_step if rest[: len(p.split())] == p.split()),
                    0,
                )
                if size:
                    index += 1 + size
                    continue
            kept.append(words[index])
            index += 1
        return " ".join(kept)

    def wonders(self, text: str) -> bool:
        """Whether the message asks in words, wherever they stand ("I was wondering if",
        "全部でどのくらい時間かかる": Japanese asks with its question word, often with no
        mark or ending)."""
        return _holds_any(text, self._wondering_looks)

    def asks_how_long(self, text: str) -> bool:
        """Whether the message asks how long something takes ("ça prend-tu longtemps avant
        que mes abonnés arrivent ?", "¿cuánto falta para que lleguen todos?")."""
        return _holds_any(text, self._how_long_looks)

    def draws_on(self, text: str) -> bool:
        """Whether a word drawing a conclusion (`[ignore] drawing`: "so") follows the
        message's first word: "alias done so followers moving now" goes on from the report
        to what it is thought to bring about."""
        return not self.drawing.isdisjoint(clean(text).split()[1:])

    def has_contrast(self, text: str) -> bool:
        """Whether a report says something went wrong ("... but nothing happened").
        Unspaced scripts have no word boundaries to wait for ("設定してないんですが").
        Not trouble said to be none (`all_well`: "erledigt, keine Fehler")."""
        base = clean(text)
        if not _cleaned_holds_any(base, self._contrast_looks):
            return False
        return _cleaned_holds_any(self._without_all_well(base), self._contrast_looks)

    def locale_inside(self, text: str) -> str | None:
        """The one locale whose phrases a message contains ("me salto este paso")."""
        base = clean(text)
        words = base.split()
        found: set[str] = set()
        for phrase in self._runs(words):
            found.update(self.inside_locales.get(phrase, ()))
        for word in set(words):
            for index in self.gapped_by_first.get(word, ()):
                _, pattern, _, locale = self.gapped[index]
                if pattern.search(base, base.find(word)):  # as in find()
                    found.add(locale)
        return next(iter(found)) if len(found) == 1 else None

    def _gapped_for(self, source: str, words: list[str]) -> list[int]:
        """Where in `gapped` the phrases are that a message of these words may hold, in
        their order: those opening with one of its words, and the unspaced ones whose
        opening it holds (their first word has unspaced letters, and their patterns start
        with the opening: a text without it holds no match)."""
        found = (
            [index for index, opening in self.gapped_unspaced if opening in source]
            if _UNSPACED.search(source)
            else []
        )
        for word in set(words):
            found.extend(self.gapped_by_first.get(word, ()))
        return sorted(found)

    def _unspaced_in(self, base: str) -> Iterator[str]:
        """The unspaced phrases in a cleaned message: at each letter, the longest opening
        there. Overlapping: in "このボットが持ってる…", "このボット" must not hide "ボットが持って".
        None opening inside a word that does not say it (`hiding`: "手続きを始めたい" holds no
        "続きを", continue)."""
        sizes, letters, phrases = self.unspaced_sizes, self.unspaced_letters, self.unspaced
        hiding = self.hiding
        for start, letter in enumerate(base):
            opening = base[start : start + 2]
            if opening in hiding and any(
                base.startswith(word, start - at) for word, at in hiding[opening] if start >= at
            ):
                continue
            for size in sizes.get(opening, ()):
                if (phrase := base[start : start + size]) in phrases:
                    if not _supposed_past(phrase, base, start + size):
                        yield phrase
                    break
            else:
                if letter in letters:
                    yield letter

    def _runs(self, words: list[str]) -> Iterator[str]:
        """The runs of a message's words that may be a phrase inside it: only from a word
        some phrase starts with, and only as long as those phrases are."""
        for start, word in enumerate(words):
            for size in self.sizes.get(word, ()):
                if start + size <= len(words):
                    yield " ".join(words[start : start + size])

    def _shorter(self, base: str, short: str) -> Iterator[str]:
        """The message with ever more filler dropped: from its start only, each locale's
        own filler, then every locale's (`short`)."""
        words = base.split()
        start = 0
        while start < len(words):
            size = next(
                (
                    n
                    for n in self.ignore_sizes.get(words[start], ())
                    if " ".join(words[start : start + n]) in self.ignore_spaced
                ),
                0,
            )
            if not size:
                break
            start += size
        yield " ".join(words[start:])
        for spaced, sizes in self.own_ignore:
            yield _drop_phrases(base, spaced, sizes, _NOTHING)
        yield short

    def _without_ignored(self, base: str) -> str:
        """The message without polite words and filler ("ok done please" -> "done").

        Reading one message asks this about seven times, of two or three texts (the
        tuning rows: 7.2 calls, 2.5 texts a message), so the last few answers are kept."""
        return self._recent_short[base]

    def language_request(self, text: str, found: tuple[list[str], list[str]]) -> str | None:
        """ "language de" / "sprache fr" (keyword and code), or a language named ("auf
        Deutsch bitte", "日本語で"), in any locale: the locale asked for.

        A message of spaced words that names no language (_names_language) and does not
        end with a code asks for none: most messages, which are not cut into clauses and
        read clause by clause for it (~8% of an English message's read())."""
        base = clean(text)
        if (named := self._keyword_and_language(base)) is not None:
            return named
        if (
            not _UNSPACED.search(base)
            and base.rpartition(" ")[2] not in self.codes
            and not self._names_language.search(base)
        ):
            return None
        if (kept := self._without_apologies(text)) != text:
            text, found = kept, self.find(kept)
        if self._habit_then_question(text):
            return None
        if (last := self._asked_last(text)) is not None:
            return last
        if (first := self._asked_first(text)) is not None:
            return first
        base = clean(text)
        if base and len(base) > _MAX_LANGUAGE_REQUEST:
            return self._asked_in_a_sentence(text)
        if not base:
            return None
        short = len(base) <= _MAX_LANGUAGE_NAMED
        keyword, _, code = base.rpartition(" ")
        if short and keyword in self.language_words and code in self.codes:
            return code
        exact, inside = found
        for group in (*exact, *inside):
            if group.startswith("ask:") or (short and group.startswith("speak:")):
                return group.partition(":")[2]
        return self.verb_then_language(base.split()) or self._named_as_easier(base.split())

    def _named_as_easier(self, words: list[str]) -> str | None:
        """A language opening the message and said a few words on to be easier (`[ignore]
        easier`: "spanish would be easier for my mum who reads along", "french is simpler
        for me"): the preference asks for it, the ease its reason. Not one named later
        ("my followers find english easier"): whose ease it is, the story."""
        code = self.language_names.get(words[0]) if words else None
        if code is None or not self.easier.intersection(words[1 : 2 + _LANGUAGE_GAP]):
            return None
        return code

    def _keyword_and_language(self, base: str) -> str | None:
        """A language keyword and a language, and nothing else but filler: "language de
        pls", "language german", "langue française", "idioma español", "Sprache deutsch",
        "deutsche Sprache", "言語 日本語", "language 日本語". A code only after the keyword
        ("language ja please": "ja" is no filler here)."""
        words = base.split()
        if not words:
            return None
        if words[0] in self.language_words and len(words) > 1:
            name, rest, code_ok = words[1], words[2:], True
        elif len(words) > 1 and words[1] in self.language_words:
            name, rest, code_ok = words[0], words[2:], False
        elif _UNSPACED.search(words[0]):
            keyword = next((k for k in self.language_words if words[0].startswith(k)), None)
            if keyword is None:
                return None
            name = self._without_ignored(words[0][len(keyword) :]).lstrip("をは")
            name, rest, code_ok = name, words[1:], False
        else:
            return None
        if rest and self._without_ignored(" ".join(rest)):
            return None
        if code_ok and name in self.codes:
            return name
        return self.named_languages.get(name)

    def _without_apologies(self, text: str) -> str:
        """The message without its clauses apologising for a language ("spanish please,
        my english is not good", "auf Deutsch bitte, mein Englisch ist schlecht"): a clause
        naming a language beside a "not" or a word of poor skill asks for none; nor does
        one naming none that gives ease as the reason ("en espagnol svp, c'est plus simple
        pour moi"); the rest says which one is wanted. The message itself when none is
        such a clause, or all are."""
        clauses = _clauses(text)
        if not clauses:
            return text
        named = [set(clean(c).split()) & self.language_names.keys() for c in clauses]
        kept = [
            c
            for c, language in zip(clauses, named, strict=True)
            if not (
                (words := set(clean(c).split())) & self.language_names.keys()
                and (words & self.negations or words & self.poorly)
            )
            and not (not language and any(named) and words & self.easier)
        ]
        return ", ".join(kept) if kept and len(kept) < len(clauses) else text

    def _asked_last(self, text: str) -> str | None:
        """The language a message's last sentence asks for and is nothing but ("fala
        comigo em português? ah não dá... então em espanhol, en español por favor", "can
        you speak english? no? ok, en español por favor"): what the member settled on after
        trying another; None for one sentence, or a last one that says more."""
        sentences = _clauses(text)
        if not sentences:
            return None
        exact, _ = self._whole(clean(sentences[-1]))
        said = [g for g in exact if g.startswith(("ask:", "speak:"))]
        settled = "?" in text and not text.rstrip(" !.").endswith(("?", "？"))
        if not said and len(sentences) > 1 and settled:
            # Or asked in so many words (`asks`) after a question, itself asking nothing
            # ("kannst du auch französisch? meine freundin is aus lyon, bitte ab jetzt auf
            # französisch"): the question settled by the request. Not a story told ("english
            # please, the last reply was in spanish"), nor a question ("... qui parle
            # français et wolof ?").
            said = [g for g in self.find(sentences[-1])[1] if g.startswith("ask:")]
            if not said:  # or settled on as good enough ("no? english is fine then")
                return self._named_as_easier(clean(sentences[-1]).split())
        return said[0].partition(":")[2] if said else None

    def _asked_first(self, text: str) -> str | None:
        """The language a message's first clause asks for, the rest asking nothing ("en
        español por favor, my co-manager prefers Spanish", "Could you reply in French from
        now on please, I'm practising for my trip"): a request said whole (`speak`) or in
        so many words (`asks`), then why. None for one clause, or a rest that asks."""
        clauses = _clauses(text) or self._polite_request_then_reason(text)
        if not clauses or self.asks_anywhere(", ".join(clauses[1:])):
            return None
        exact, inside = self.find(clauses[0])
        said = [g for g in exact if g.startswith(("ask:", "speak:"))]
        # A short first clause naming it ("Ab jetzt bitte auf Französisch, das ist einfacher
        # für meinen Mann"), as a short message does (language_request).
        named = len(clean(clauses[0])) <= _MAX_LANGUAGE_NAMED
        said += [g for g in inside if g.startswith("ask:") or (named and g.startswith("speak:"))]
        return said[0].partition(":")[2] if said else None

    def _polite_request_then_reason(self, text: str) -> tuple[str, ...]:
        """A message with no mark between its clauses that opens with a whole request for
        a language closed by a polite word, then says why ("en espagnol stp c'est pour ma
        cousine de Barcelone"): the request and the rest as two clauses, as a comma would
        make them. The polite word is the clause's end; without one ("in french my
        followers are called abonnés") or in a question, () as before."""
        if "?" in text or "？" in text:
            return ()
        words = clean(text).split()
        for end in range(2, min(len(words), _POLITE_REQUEST_WORDS + 1)):
            head = " ".join(words[:end])
            if self._without_ignored(words[end - 1]):  # no polite word closes it here
                continue
            if any(group.startswith("speak:") for group in self._whole(head)[0]):
                return head, " ".join(words[end:])
        return ()

    def _asked_in_a_sentence(self, text: str) -> str | None:
        """A longer message whose first sentence asks for a language in so many words
        ("Could you please respond in French from now on? I am practising for a trip"):
        that request, not a language only named ("My interface is in English. ...")."""
        first = next((s for s in _SENTENCE.split(text) if clean(s)), "")
        base = clean(first)
        if base and base == clean(text):
            # One long sentence: a clause of it asking with a verb of speaking ("Ich bitte
            # darum, die Antworten künftig auf Französisch zu verfassen, da meine Schwester
            # mitliest": a formal request, then its reason).
            clauses = (clean(c).split() for c in _clauses(first) or (first,))
            return next(filter(None, map(self.verb_then_language, clauses)), None)
        if not base or len(base) > _MAX_LANGUAGE_REQUEST:
            return None
        _, inside = self.find(first)
        for group in inside:
            if group.startswith("ask:"):
                return group.partition(":")[2]
        return self.verb_then_language(base.split())

    def verb_then_language(self, words: list[str]) -> str | None:
        """A verb of speaking or switching, then a language a few short words on: "pourriez-
        vous repasser en français", "me puedes contestar en inglés", "podés hablarme en
        castellano" (every locale's verbs and names together, not each pair spelled out).
        Only short words between them ("en", "me", "auf"): "écrire mes posts en anglais"
        names the language of the posts. An article glued to the name is no part of it
        ("je préfère l'anglais")."""
        for word in words:
            if not word.isascii() and (said := self._named_then_spoken.search(word)):
                return self._unspaced_names[said.group(1)]
        # "sprich bitte spanisch"
        words = [_ELIDED.sub("", w) for w in words if w not in self.ignore_spaced]
        for index, word in enumerate(words):
            if word not in self.language_verbs or self._spoken_by_someone(words, index):
                continue
            for later in words[index + 1 : index + 2 + _LANGUAGE_GAP]:
                if later in self.language_names:
                    return self.language_names[later]
                if len(later) > _SHORT_WORD and later not in self.language_objects:
                    break
            # A verb at the end ("auf Französisch wechseln", "en español seguimos"), one
            # short word between them too ("auf Französisch zu antworten").
            for back in (1, 2):
                if index < back:
                    break
                if code := self.language_names.get(words[index - back]):
                    return code
                if len(words[index - back]) > _SHORT_WORD:
                    break
        return None

    def _habit_then_question(self, text: str) -> bool:
        """A clause saying who speaks a language, and another asking ("my followers speak
        French, do they move with me?"): the language is the question's story. "i speak
        french" alone still asks for it."""
        clauses = _clauses(text)
        if len(clauses) < 2:
            return False
        for number, clause in enumerate(clauses):
            words = clean(clause).split()
            stated = any(
                word in self.language_verbs
                and self._spoken_by_someone(words, index)
                and self.language_names.keys() & set(words[index + 1 : index + 2 + _LANGUAGE_GAP])
                for index, word in enumerate(words)
            )
            if stated:
                rest = ", ".join(c for n, c in enumerate(clauses) if n != number)
                return "?" in text or self.asks_anywhere(rest)
        return False

    def _spoken_by_someone(self, words: list[str], index: int) -> bool:
        """The verb at `index` says who speaks or writes a language ("my followers speak
        French, do they move with me?", "I write in English but my followers write in
        German"): a question's story, which switched the member's replies to that language.
        The member's own "I" is no such speaker: "I prefer English", "je préfère l'anglais"
        ask."""
        return index > 0 and words[index - 1] in self.language_speakers

    @functools.cached_property
    def codes(self) -> frozenset[str]:
        return frozenset(replies.locales())

    def _language_marks(self, requests: list[str]) -> re.Pattern[str]:
        """Each one-word language name (`language_names`), and the longest word of each
        spaced request for a language (`speak`) that holds none of them: every way
        language_request() finds a language (a name after a verb, a request as the whole
        message, a clause or a phrase inside it; the dialect tables read a `speak` phrase's other words
        as rewrites reach them, _language_requests, its name as typed)
        needs one of these in the cleaned message, as typed or with an article glued to
        it ("l'anglais")."""
        marks = set(self.language_names)
        for phrase in requests:
            words = clean(phrase).split()  # "answer .. in english": clean() drops ".."
            if _UNSPACED.search(" ".join(words)) or any(m in w for w in words for m in marks):
                continue
            marks.add(max(words, key=len))
        return re.compile("|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True)))


def _language_requests(
    locales: list[str], holding: frozenset[str]
) -> list[tuple[str, dict[str, list[str]]]]:
    """Every locale's requests for its language (`speak`, `asks`) that hold one of the
    words `holding`, as groups the dialect tables read (_Book._index_dialects): "uff
    englisch", "op englisch, bidde" meet "auf englisch" as the rewrites read them, as
    "zruck" meets "zurück". Spaced-script phrases only (the dialect tables' words are
    Latin)."""
    found: list[tuple[str, dict[str, list[str]]]] = []
    for locale in locales:
        spec = _words(locale)["commands"].get("speak", {})
        latin = {
            key: [
                p
                for p in spec.get(key, [])
                if _LATIN_WORD.fullmatch(cleaned := clean(p))
                and not holding.isdisjoint(cleaned.split())
            ]
            for key in ("exact", "contains", "asks")
        }
        found.append((f"speak:{locale}", {"exact": latin["exact"], "contains": latin["contains"]}))
        found.append((f"ask:{locale}", {"contains": latin["asks"]}))
    return found


def _add(table: dict[str, tuple[str, ...]], phrase: str, group: str) -> None:
    groups = table.get(phrase, ())
    if phrase and group not in groups:
        table[phrase] = shared((*groups, group))


def _add_locale(table: dict[str, frozenset[str]], phrase: str, locale: str) -> None:
    table[phrase] = shared(table.get(phrase, frozenset()) | {locale})


def _gapped(phrase: str) -> re.Pattern[str]:
    """A phrase whose ".." stands for up to three other words ("take me .. back"), or in
    unspaced text up to eight letters ("リマインダー .. 止め": "リマインダーはもう止めて")."""
    parts = [re.escape(clean(part)) for part in phrase.split(" .. ")]
    if _UNSPACED.search(phrase):
        return re.compile(".{0,8}?".join(parts))
    # The first part's letters first, then the look behind them that they open a word
    # ("(?<![\w'])me" as "me(?<![\w']me)": the same matches): a pattern opening with a
    # literal is searched for it in C, letter by letter, where one opening with the look
    # behind was tried at every letter of the message (~9,000 instructions a search, ~8
    # searches a read, nearly all finding nothing).
    head = parts[0]
    return re.compile(
        rf"{head}(?<![\w']{head})" + r"(?: \S+){0,3} ".join(["", *parts[1:]]) + r"(?![\w'])"
    )


def _named_then_spoken(
    names: dict[str, str], verbs: list[str], particles: list[str], not_after: list[str]
) -> re.Pattern[str]:
    """A language's unspaced name, then a verb of speaking or asking, with at most one of
    `particles` between, as Japanese puts the verb last: "英語話せる？", "フランス語は話せます
    か", "英語お願いします", "英語だと助かる" ask for that language as "do you speak French?"
    does (_Book.verb_then_language). Not with one of `not_after` after the verb: a "not"
    ("英語話せないので", a reason for another language) or people ("英語話せる人が多い
    サーバー": a server asked for). All four from replies/walkthrough `[ignore]`."""
    if not names or not verbs:
        return _NOTHING
    named = _longest_first(names)
    spoken = _longest_first(verbs)
    between = f"(?:{_longest_first(particles)})?" if particles else ""
    unless = f"(?!{_longest_first(not_after)})" if not_after else ""
    return re.compile(f"({named}){between}(?:{spoken}){unless}")


def _longest_first(words: Iterable[str]) -> str:
    """Words as one regex alternation, the longest tried first (so "る人" before "ん")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _alternation(phrases: list[str]) -> re.Pattern[str]:
    """One regex for many phrases: whole words for spaced scripts, substrings for Japanese."""
    parts = []
    for phrase in dict.fromkeys(phrases):
        escaped = re.escape(phrase)
        parts.append(escaped if _UNSPACED.search(phrase) else rf"(?<![\w']){escaped}(?![\w'])")
    return re.compile("|".join(parts) or r"(?!x)x")


def _sizes_by_first(phrases: Collection[str]) -> dict[str, tuple[int, ...]]:
    """The lengths in words of the phrases opening with each word, longest first: a
    message's word that opens none is passed over without building its n-grams."""
    sizes: dict[str, set[int]] = {}
    for phrase in phrases:
        words = phrase.split()
        if words:
            sizes.setdefault(words[0], set()).add(len(words))
    return {first: shared(tuple(sorted(found, reverse=True))) for first, found in sizes.items()}


def _drop_phrases(
    base: str,
    spaced: Collection[str],
    sizes: dict[str, tuple[int, ...]],
    unspaced: re.Pattern[str],
) -> str:
    """A cleaned message without some phrases, longest first: spaced ones as whole word
    runs (`sizes`: _sizes_by_first of them), Japanese ones as substrings (filler: "ok done
    please" -> "done"; going on: "done! what's next?" -> "done")."""
    words = base.split()
    kept: list[str] = []
    index = 0
    while index < len(words):
        for size in sizes.get(words[index], ()):
            if index + size <= len(words) and " ".join(words[index : index + size]) in spaced:
                index += size
                break
        else:
            kept.append(words[index])
            index += 1
    rest = " ".join(kept)
    if _UNSPACED.search(rest):
        rest = " ".join(unspaced.sub(" ", rest).split())
    return rest


@functools.cache
def _words(locale: str) -> dict:
    """A locale's walkthrough words (replies/walkthrough/<locale>.toml), as written."""
    return tomllib.loads((TABLES / f"{locale}.toml").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class _StepWords:
    """What the classifier needs of a step: the answers it takes, its subject, and the
    subjects that, asked alone there, mean its own (steps.toml `stands_for`), and those a
    how-question there asks how to do the step with (`how_for`, the step's own too)."""

    on: frozenset[str]
    subject: str | None
    stands_for: frozenset[str] = frozenset()
    # Subjects a report or a denial of the step may name (steps.toml `reported_by`, else its
    # own subject and stands_for; "overview" always): "the followers are all here".
    reported_by: frozenset[str] = frozenset()
    how_for: frozenset[str] = frozenset()
    # Myths that, said at this step, report it done wrong (steps.toml `mistakes`).
    mistakes: frozenset[str] = frozenset()
    # The step only tells (steps.toml `informational`): nothing waits to be done there.
    informational: bool = False


@functools.cache
def _steps_table() -> dict:
    """replies/walkthrough/steps.toml, read once for the readers of its parts below."""
    return tomllib.loads((TABLES / "steps.toml").read_text(encoding="utf-8"))


@functools.cache
def _steps() -> dict[str, _StepWords]:
    data = _steps_table()
    return {
        step_id: _StepWords(
            frozenset(spec.get("on", {})),
            spec.get("subject"),
            frozenset(spec.get("stands_for", ())),
            frozenset(
                {
                    *(
                        spec.get("reported_by")
                        or {spec.get("subject"), *spec.get("stands_for", ())}
                    ),
                    "overview",
                }
            ),
            frozenset((spec.get("subject"), *spec.get("how_for", ()))),
            frozenset(spec.get("mistakes", ())),
            spec.get("informational", False),
        )
        for step_id, spec in data["steps"].items()
    }


@functools.cache
def _before_the_move() -> frozenset[str]:
    """The steps a member is at before the move step, in either direction's order, and the
    choice of direction: no follower moves yet while the walk waits at one of them."""
    before = {"choose_direction"}
    for order in _steps_table()["order"].values():
        before.update(order[: order.index("move")])
    return frozenset(before)


# A `[turns]` phrase inside a longer message counts only in a message this short.
_MAX_TURN_CONTAINS = 160


@functools.cache
def _turn_words() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """Every locale's `[turns]` phrases (replies/walkthrough/<locale>.toml), cleaned as a
    message is: a member may say "why" in any language the tables speak. Read here, not in
    the walkthrough, because reading a message needs them too (_as_said)."""
    merged: dict[str, tuple[set[str], dict[str, None]]] = {}
    for locale in replies.locales():
        data = tomllib.loads((TABLES / f"{locale}.toml").read_text(encoding="utf-8"))
        for name, spec in data.get("turns", {}).items():
            exact, contains = merged.setdefault(name, (set(), {}))
            exact.update(clean(p) for p in spec.get("exact", []))
            contains.update(dict.fromkeys(clean(p) for p in spec.get("contains", [])))
    return {name: (frozenset(e - {""}), tuple(c)) for name, (e, c) in merged.items()}


# The `[turns]` phrases that say what a whole message means at a step ("got it", "never
# mind", "hmm", "why?", "still lost"): a command only the learned model read yields to them.
_OWN_TURNS = ("understood", "nevermind", "filler", "why", "lost")


def says_turn(name: str, text: str) -> bool:
    """Whether a message is, or (short) contains, one of the `[turns]` phrases of `name`."""
    exact, contains = _turn_words().get(name, (frozenset(), ()))
    cleaned = clean(text)
    if not cleaned:
        return False
    if cleaned in exact:
        return True
    return len(cleaned) <= _MAX_TURN_CONTAINS and any(
        contains_phrase(cleaned, phrase) for phrase in contains
    )


def contains_phrase(text: str, phrase: str) -> bool:
    """A phrase as whole words of a spaced script, or anywhere in an unspaced one (the
    walkthrough's word groups are matched so too)."""
    if not phrase:
        return False
    if phrase.isascii():
        return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None
    return phrase in text  # scripts without spaces (Japanese) match as substrings


@functools.cache
def book() -> _Book:
    built = _Book(replies.locales())
    # The walkthrough words as parsed are only needed to build the book (and the spellings,
    # built with it): their parse trees (0.4 MB) are not kept; a later call parses again.
    _words.cache_clear()
    return built


def where_for(member: dict | None, is_direct: bool) -> str:
    """The context of a message: public, a DM outside a walkthrough, or the member's step."""
    if not is_direct:
        return PUBLIC
    step = (member or {}).get("step")
    return DM if step in (None, "idle", "finished") else str(step)


def read(text: str, *, where: str = PUBLIC, locale: str = "en") -> Reading:
    """What `text` means said `where` (public, dm, or a step id), to a member answered in
    `locale`. The one classifier: the bot acts on it and the question sets score it.

    The phrase tables read it; the learned second opinion (bot/second_opinion.py) may then
    answer a dead end or a "Do you mean", overrule a subject when it is far surer than
    the tables are on fresh wording, or drop one of several subjects it finds far less
    asked than the others (BOT_SECOND_OPINION=off: the tables alone)."""
    if where in (PUBLIC, DM) and not _HANDLES.sub("", text).strip():
        # The bot tagged alone ("@helper", or beside other handles): what "?" asks.
        return Reading("help", locale=locale, where=where)
    text = kana_spelled(text, where)
    return after_tables(_read_tables(text, where=where, locale=locale), text)


@functools.lru_cache(maxsize=16)
def kana_spelled(text: str, where: str) -> str:
    """Japanese typed in Latin letters ("hikkoshi shitara toukou zenbu kieru no?") as the
    kana it spells, which the Japanese tables read (bot/romaji.py); any other text as it
    is. A word the English tables know stays a loanword ("mute", "page"); one the German,
    French or Spanish tables or walkthrough words know ("danke", "nein", "hecho") is no
    romaji, so neither is a message with it. Slang and other languages spell syllables
    too ("gimme 5 min", "kia ora", "salamat po"): the kana is kept only where the Japanese
    tables read something in it, said `where`."""
    spelled = romaji.as_kana(text, lexicon("en").knows, _known_in_latin_locales)
    if spelled is None:
        spelled = _katakana_spelled(text)
    if spelled is None:
        return text
    reading = _read_tables(spelled, where=where, locale="ja")
    if reading.locale != "ja" or (
        reading.command is None and reading.understanding.kind == "unknown"
    ):
        return text
    return spelled


# A katakana word (letters and the long-vowel mark "ー", U+30FC, which holds no letter of
# its own) and a hiragana letter; the katakana letters written once, for both looks.
_KATAKANA = "\u30a1-\u30fa"
_KATAKANA_WORD = re.compile(f"[{_KATAKANA}\u30fc]*[{_KATAKANA}][{_KATAKANA}\u30fc]*")
_HIRAGANA_LETTER = Beyond(re.compile(r"[\u3041-\u3096]"))
# The letter every _KATAKANA_WORD holds: a text without one (any other locale's) is not
# searched for those words, which tried their pattern at every letter (~30,000 instructions
# of a Spanish or English read, every read: kana_spelled asks each message).
_KATAKANA_LETTER = Beyond(re.compile(f"[{_KATAKANA}]"))


def _katakana_spelled(text: str) -> str | None:
    """Japanese written in katakana where hiragana belongs (a learner's or telegram style,
    "マエノ サーバー キエタ", "イマ ドコマデ ススンダカ", kanji or not beside it) with its
    katakana words the Japanese tables do not know spelled in hiragana ("きえた", "すすんだか"),
    which the tables read as a message typed in kana; the katakana words they know
    ("サーバー", "フォロワー") stay. None for a message with any hiragana (ordinary Japanese,
    where katakana is loanwords or emphasis) or with no unknown katakana word."""
    if _HIRAGANA_LETTER.search(text) is not None or _KATAKANA_LETTER.search(text) is None:
        return None
    known = lexicon("ja").knows_written

    def in_hiragana(match: re.Match[str]) -> str:
        word = match.group()
        plain = normalise(word)
        if known(plain) or _walkthrough_knows(plain):
            return word
        return word.translate(KATAKANA_TO_HIRAGANA)

    spelled = _KATAKANA_WORD.sub(in_hiragana, text)
    return None if spelled == text else spelled


def _known_in_latin_locales(word: str) -> bool:
    """Whether a German, French or Spanish table, or any locale's command and answer words,
    knows the word: then it is no romaji (bot/romaji.as_kana)."""
    return _walkthrough_knows(word) or any(lexicon(code).knows(word) for code in ("de", "fr", "es"))


def after_tables(reading: Reading, text: str) -> Reading:
    """All that read() does after the phrase tables read `text`: the wave, the second
    opinion's gate (when on), the words as said. Apart so that the tests checking the gate
    over every tuning row start from the tables' readings they hold, not read each row
    again (over half of tests/test_second_opinion.py's CPU time)."""
    reading = _waved(reading, text)
    if second_opinion.enabled():
        reading = gate(
            reading,
            lambda: second_opinion.model().guess(clean(text)),
            text,
            lambda clause: second_opinion.model().guess(clause),
        )
    return _as_said(reading, text)


def _as_said(reading: Reading, text: str) -> Reading:
    """What moves a step, or orders one, read as the member states it, whoever read it
    (the tables, then the model's command over them: read() asks again after the gate):
    an answer or order whose words are only part of another sentence moves nothing, and
    where a message could mean two things the bot asks.

    - A command only the model read, in a message that is one of the walkthrough's own
      turns ("got it", "never mind", "hmm", "why?", "still lost"): no command.
    - The step put off, then why ("later, the grandchildren have just arrived"): not yet,
      whatever answer the reason's words hold ("have arrived" is the followers' report).
    - Fed up ("honestly just delete my account im so done with this", `[ignore] fed_up`):
      no step done; a deletion said in it is asked about (clarify_delete).
    - A doubt about moving at all ("should i even move or just start fresh"): the
      question (whether_to_move), not the walkthrough started over.
    - Leaving from this server ("ich ziehe von hier weg", "moving from this server to
      ...", "je déménage d'ici vers ...", `[ignore] from_here`): away, though a "from"
      phrase ("ziehe von") comes here, and "déménager" alone reads as starting."""
    command, where = reading.command, reading.where
    if command is None or where == PUBLIC:
        return reading
    if reading.guessed and any(says_turn(name, text) for name in _OWN_TURNS):
        # "entendido" read as "how?", "まあいいや" as skip, by the model alone: the
        # walkthrough's own words for the turn decide.
        return replace(reading, command=None, guessed=False)
    words = book()
    base = clean(text)
    allowed = _allowed_answers(where)
    understood = reading.understanding
    if command in _MOVING and "not_yet" in allowed and words.put_off_first(text):
        return replace(reading, command="not_yet", guessed=False)
    if command in _REPORTS and words.fed_up.search(base) and not words.done_besides(base):
        ordered = "clarify_delete" if words.deletion_said(text) else None
        return replace(reading, command=ordered, guessed=False)
    doubted = understood.kind == "question" and _doubts() & set(understood.subjects)
    if command in ("restart", "start") and doubted and words.weighs(text):
        return replace(reading, command=None, guessed=False)
    # Asked which way (at the step, not a first DM, where "start" asks to begin), "start" is
    # no answer: "je déménage d'ici vers ..." said which.
    asked_way = command == "here" or (command == "start" and where != DM)
    if asked_way and "away" in allowed and words.from_here.search(base):
        return replace(reading, command="away", guessed=False)
    if command == "progress" and where in _before_the_move():
        # "現在の進行状況を教えてください" at the alias step: before "Move followers" no
        # follower is on its way, so how the move is going is how far the walk has got
        # (the walkthrough answers progress there with where they are, too): status.
        return replace(reading, command="status", guessed=False)
    nothing_to_do = where == DM or (where in _steps() and _steps()[where].informational)
    if command in _THANKED_FOR and nothing_to_do and _thanks_for_it(text, reading):
        thanked = Understanding("thanks", confidence=_STRONG_READING, length=understood.length)
        return replace(reading, command=None, understanding=thanked, guessed=False)
    return reading


def _next_asked(text: str, words: _Book) -> bool:
    """Whether each clause holding a skip phrase asks for the next step in a wider status
    phrase ("please tell me what is next step", "tell me the next step"): a request to be
    told the step, not an order to skip this one ("skip it, whats next": its own clause)."""
    clauses = [c for c in (_clauses(text) or (text,)) if "skip" in words.find(c)[1]]
    return bool(clauses) and all(words.widest(c, ("status", "skip")) == "status" for c in clauses)


def _thanks_for_it(text: str, reading: Reading) -> bool:
    """Whether the message thanks beside a report of nothing in particular ("that worked,
    thank you so much!!", "cheers mate, all sorted"), asking nothing: each clause thanks
    or is only a done word. Where nothing waits to be done (a DM outside a walkthrough,
    the followers' wait) that is thanks: not a question about the move's progress ("that
    worked" asks it in "did that work?"), nor the wait ended. So is the followers' arrival
    told, not asked, beside the thanks ("gracias, ya me están llegando", "ya van llegando
    mis seguidores, gracias"): news, not "are they arriving?"."""
    words = book()
    clauses = _clauses(text)
    if not clauses or words.asks_anywhere(text):
        return False
    thanked = reported = False
    for clause in clauses:
        exact, inside = words.find(clause)
        found = {*exact, *inside}
        if found and found <= _THANKED_FOR:  # only done, arrival or later words
            reported = True
        elif (kind := _understand(clause, reading.locale)[0].kind) == "thanks":
            thanked = True
        elif kind != "greeting":  # "good morning, hope this finds you well. thanks, it worked"
            return False
    return thanked and reported


def _waved(reading: Reading, text: str) -> Reading:
    """A dead end of a few words that waves ("awright pal 👋", "niaje bot 👋", "Magandang
    gabi po! 👋"): a greeting in words the tables do not know. Not a message they read as
    out of scope (evidence), nor one with a subject or command."""
    understood = reading.understanding
    if (
        _WAVE not in text
        or reading.command is not None
        or understood.kind != "unknown"
        or understood.evidence > 0
        or len(clean(text).split()) > _WAVED_WORDS
    ):
        return reading
    waved = Understanding("greeting", confidence=_STRONG_READING, length=understood.length)
    return replace(reading, understanding=waved)


def gate(
    reading: Reading,
    guess: Callable[[], second_opinion.Guess],
    text: str = "",
    clause: Callable[[str], second_opinion.Guess] | None = None,
) -> Reading:
    """Of several myths the tables read, those the model reads unstated dropped
    (_drop_unstated); the gate below, a dead end the model reads as a greeting, thanks or
    help taken so (_dead_end_kind); then a myth the model reads stated where the tables
    read only a question (_stated_myth), then a subject asked in a clause an adding word opens
    (_asked_too: `clause` is the model's guess of one cleaned clause alone; without it,
    none is added), then the whole message's second subject where such a clause asks one
    (_second_subject), then a question the model reads as off topic (_off_topic)."""
    guess = _once(guess)
    misread = _misread_myth(reading, guess)
    if misread is not None:
        return misread
    reading = _drop_unstated(reading, guess)
    reading = _asked_not_stated(reading, guess, text)
    gated = _dead_end_kind(_gate(reading, guess, text), guess)
    if reading.understanding.kind == "question":
        gated = _stated_myth(gated, guess, text)
    if clause is not None:
        gated = _asked_too(gated, clause, text)
    return _off_topic(_second_subject(gated, guess, text), guess)


def _off_topic(reading: Reading, guess: Callable[[], second_opinion.Guess]) -> Reading:
    """A question the model reads as off topic (its class of messages about something
    else) second_opinion.OFF_TOPIC ahead of every other class is out of scope, however
    plainly the tables read a subject in it: "how do I change my instagram username?" asks
    about another service's username, "does bluesky have account migration like this"
    about another service's move. Public and DM only; never over a command or a myth."""
    understood = reading.understanding
    if (
        reading.command is not None
        or reading.where not in (PUBLIC, DM)
        or understood.kind != "question"
    ):
        return reading
    said = guess()
    if said.label != second_opinion.OFF_TOPIC_CLASS or said.margin < second_opinion.OFF_TOPIC:
        return reading
    # Out of scope, recognised as such (evidence > 0), as the tables mark their own.
    off = Understanding("unknown", evidence=max(understood.evidence, 1), length=understood.length)
    return replace(reading, understanding=off)


def _second_subject(
    reading: Reading, guess: Callable[[], second_opinion.Guess], text: str
) -> Reading:
    """A question with one subject and a clause an adding word opens ("why can't mastodon
    import posts, and is there any tool that can copy them over?"), plus the subject the
    whole message scores second_opinion.SECOND_SUBJECT or more, best of those the tables
    did not name: the clause alone often says too little to name it (_asked_too), the
    whole message does. Without such a clause the second subject is a story's as often as
    one asked. Public and DM only."""
    understood = reading.understanding
    if (
        reading.command is not None
        or reading.where not in (PUBLIC, DM)
        or understood.kind != "question"
        or len(understood.subjects) != 1
        or understood.clarify
        or not _added_clauses(text, reading.locale)
    ):
        return reading
    said = guess()
    others = [
        (score, label)
        for label, score in said.scores.items()
        if second_opinion.is_subject(label) and label not in understood.subjects
    ]
    if not others:
        return reading
    score, label = max(others)
    if score < second_opinion.SECOND_SUBJECT:
        return reading
    return replace(
        reading, understanding=replace(understood, subjects=[*understood.subjects, label])
    )


@functools.cache
def _dropped_beside(locale: str) -> dict[str, frozenset[str]]:
    """The subjects the locale's rules drop wherever a subject is read, whatever the words
    (a rule with no cue, no `unless`, needing only that subject): old_account beside
    old_account_mentions, followers beside locked_account."""
    dropped: dict[str, set[str]] = {}
    for rule in lexicon(locale).rules:
        if rule.cue or rule.unless or rule.becomes or rule.adds or rule.keeps_asked_apart:
            continue
        if len(rule.when_all) > 1:
            continue
        for subject in rule.when_all or rule.when_any:
            dropped.setdefault(subject, set()).update(rule.drop)
    return {subject: frozenset(found) for subject, found in dropped.items()}


def _said_again(
    label: str, subjects: list[str], text: str, pieces: tuple[str, ...], locale: str
) -> bool:
    """Whether the model's subject of a message's first part is one the tables drop beside
    a subject of the reading that they read in that part alone (_dropped_beside): the same
    words read twice, not one more subject asked. "can people still @ me on my old account
    after the move and will I see it?": the model scores the first part old_account, where
    the tables read the mentions and drop the old account they go to. Where the tables
    read that subject elsewhere ("was passiert mit dem alten konto und kann ich es danach
    löschen": deleting is asked after the "und"), the first part's own subject stands. The
    part is read as said, up to the added clause's first words where they are found:
    cleaning drops the "@" of "@ me"."""
    beside = _dropped_beside(locale)
    dropping = [subject for subject in subjects if label in beside.get(subject, ())]
    if not dropping:
        return False
    at = text.lower().find(" ".join(pieces[0].split()[:2]))
    first = understand(text[:at] if at > 0 else _asked_parts(text, locale)[0], locale)
    return any(subject in first.subjects for subject in dropping)


def _once(guess: Callable[[], second_opinion.Guess]) -> Callable[[], second_opinion.Guess]:
    """`guess`, asked at most once: a closure, not functools.cache, whose wrapper took
    1.9 µs to make for every message read (this 0.2 µs)."""
    kept: list[second_opinion.Guess] = []

    def once() -> second_opinion.Guess:
        if not kept:
            kept.append(guess())
        return kept[0]

    return once


def _misread_myth(reading: Reading, guess: Callable[[], second_opinion.Guess]) -> Reading | None:
    """The model's subject, where the tables read a myth the model scores as not stated
    (below zero) and it names a subject the tables did not, second_opinion.MISREAD_MYTH
    ahead ("i write private notes on ppls profiles do those carry over" asks about the
    notes: "name and bio are copied" is a phrase matched beside it). Public and DM only;
    None where the tables' reading stands (a model without scores leaves every myth)."""
    understood = reading.understanding
    if reading.command is not None or not understood.myths or reading.where not in (PUBLIC, DM):
        return None
    said = guess()
    if (
        not said.scores
        or not second_opinion.is_subject(said.label)
        or said.label in understood.subjects
        or said.margin < second_opinion.MISREAD_MYTH
    ):
        return None
    mark = second_opinion.MYTH_MARK
    if max(said.scores.get(mark + myth, -second_opinion.UNIT) for myth in understood.myths) >= 0:
        return None
    return _the_models_subject(reading, said.label)


def _asked_not_stated(
    reading: Reading, guess: Callable[[], second_opinion.Guess], text: str
) -> Reading:
    """A myth the tables read is a question about its subjects where the message asks an
    open question (the locale's yes_no open_words: "what happens to my following when i
    move", "all the pics i uploaded, where do they end up after i move") and the model
    scores every myth read below second_opinion.UNSTATED_ASKED: the tables matched a
    claim's words in what the member only asks about ("i uploaded" beside the posts, a
    moving word beside the follows). Not a claim put forward to be confirmed ("my
    following list comes with me when I press move, right?"), nor one that asks the way to
    do what the claim says can be done (Lexicon.asks_the_way), nor where the only open word
    opens a condition ("my understanding is my mutes are carried across when I switch").
    English only
    (UNSTATED_ASKED_LOCALES): other locales' open words also stand for other things
    (German "wie bei whatsapp", Japanese "どう" inside "じどう")."""
    understood = reading.understanding
    if (
        reading.command is not None
        or not understood.myths
        or reading.where not in (PUBLIC, DM)
        or reading.locale not in second_opinion.UNSTATED_ASKED_LOCALES
    ):
        return reading
    words = lexicon(reading.locale)
    if words.open_question is None or not any(
        found.group(0) not in words.conditions  # "when I switch" says when, it asks nothing
        for found in words.open_question.finditer(normalise(text))
    ):
        return reading
    if book().confirms(text):
        return reading  # "my following list comes with me when I press move, right?" states
    if all(words.asks_the_way(myth, text) for myth in understood.myths):
        return reading  # "how do i reload my old posts on the new one" takes the import for granted
    scores = guess().scores
    mark = second_opinion.MYTH_MARK
    said: list[Any] = [scores.get(mark + myth) for myth in understood.myths]  # None: no score
    if not said or None in said or max(said) >= second_opinion.UNSTATED_ASKED:
        return reading
    return replace(reading, understanding=replace(understood, kind="question", myths=[]))


def _drop_unstated(reading: Reading, guess: Callable[[], second_opinion.Guess]) -> Reading:
    """Of two or more myths the tables read, those the model scores below zero and
    second_opinion.MYTH_DROP below the best of them, dropped with their own subjects where
    no kept myth has them: a phrase matched beside the myth stated ("everyone has to
    refollow me by hand after the move so i'll post a 'follow me here' thing" states no
    myth about posts). Not a myth whose own subject, which no kept myth has, the model
    scores as asked (0 or more): "Abonnements et blocages passent automatiquement" states
    both, the follows' myth far less surely. Nor myths named side by side in one list."""
    understood = reading.understanding
    if reading.command is not None or len(understood.myths) < 2 or understood.listed:
        return reading
    scores = guess().scores
    mark = second_opinion.MYTH_MARK
    said: list[Any] = [scores.get(mark + myth) for myth in understood.myths]  # None: no score
    if None in said:
        return reading
    best = max(said)
    about = {myth: _myth_subject(myth, reading.locale) for myth in understood.myths}
    unstated = [
        myth
        for myth, score in zip(understood.myths, said, strict=True)
        if score < 0 and score <= best - second_opinion.MYTH_DROP
    ]
    stated = {about[myth] for myth in understood.myths if myth not in unstated}
    dropped = {
        myth for myth in unstated if about[myth] in stated or scores.get(about[myth] or "", 0) < 0
    }
    if not dropped:
        return reading
    myths = [myth for myth in understood.myths if myth not in dropped]
    gone = {about[myth] for myth in dropped} - {about[myth] for myth in myths}
    subjects = [s for s in understood.subjects if s not in gone]
    if not subjects:
        return reading
    return replace(reading, understanding=replace(understood, subjects=subjects, myths=myths))


def _dead_end_kind(reading: Reading, guess: Callable[[], second_opinion.Guess]) -> Reading:
    """A dead end (nothing recognised, not even as out of scope) the model reads as a
    greeting or thanks ("Adieu! Vous allez bien?", "grax crack"), or in public as asking
    what the bot does ("what can this bot even do"), second_opinion.SAID_KIND ahead of
    every other class. In a DM the model's commands already speak (_model_command)."""
    understood = reading.understanding
    if (
        reading.command is not None
        or reading.where not in (PUBLIC, DM)
        or understood.kind != "unknown"
        or understood.evidence > 0
    ):
        return reading
    said = guess()
    if said.margin < second_opinion.SAID_KIND:
        return reading
    if said.label == "!help" and reading.where == PUBLIC:
        return replace(reading, command="help", guessed=True)
    if said.label in ("_greeting", "_thanks"):
        kind = said.label[1:]
        return replace(
            reading,
            understanding=Understanding(
                kind, confidence=second_opinion.CONFIDENCE, length=understood.length
            ),
        )
    return reading


def _the_models_subject(reading: Reading, subject: str) -> Reading:
    """The reading as a plain question about the model's subject: ranked, at the model's
    confidence, with no "Yes."/"No." opener (that is the tables' judgement of their own
    subject's question), keeping what the tables saw of the message (evidence, length)."""
    understood = reading.understanding
    return replace(
        reading,
        understanding=Understanding(
            "question",
            [subject],
            [],
            second_opinion.CONFIDENCE,
            ranked=True,
            evidence=understood.evidence,
            length=understood.length,
        ),
    )


def _asked_too(
    reading: Reading, clause: Callable[[str], second_opinion.Guess], text: str
) -> Reading:
    """A question with its subjects, plus the subject the model reads in a clause after the
    first that an adding word opens ("Our server closes in two weeks. How long do I have
    [...], and will my old links still work after?": the links too), when it scores that
    clause's subject second_opinion.ASKED_TOO and is that far ahead of its runner-up there.
    The whole message's scores cannot tell a second subject asked from a story's: a
    clause's alone can. Only messages with such a clause are scored again (one in ten)."""
    understood = reading.understanding
    if (
        reading.command is not None
        or reading.where not in (PUBLIC, DM)
        or understood.kind != "question"
        or not understood.subjects
        or understood.clarify
    ):
        return reading
    added: list[str] = []

    def asks_new(said: second_opinion.Guess, *, margin: int, least: int, unscored: int) -> bool:
        """Whether a part's own subject is one more asked: a subject the reading lacks,
        this far ahead of the part's runner-up and scored at least this high."""
        return (
            second_opinion.is_subject(said.label)
            and said.label not in understood.subjects
            and said.label not in added
            and said.label not in second_opinion.NOT_ASKED_TOO
            and said.margin >= margin
            and said.scores.get(said.label, unscored) >= least
        )

    first, pieces, _ = _asked_parts(text, reading.locale)
    for piece in pieces:
        said = clause(piece)
        too = second_opinion.ASKED_TOO
        if asks_new(said, margin=second_opinion.ASKED_TOO_MARGIN, least=too, unscored=0):
            added.append(said.label)
    if pieces and len(first.split()) > 2:
        # What the clauses before the added ones ask ("can i go back to old server? also
        # is there a limit ..."): the tables often read only the added clause's subject.
        said = clause(first)
        # A model without scores (a test's) names nothing here: 0 is a score to reach.
        if asks_new(
            said,
            margin=second_opinion.ASKED_FIRST_MARGIN,
            least=second_opinion.ASKED_FIRST,
            unscored=-second_opinion.UNIT,
        ) and not _said_again(said.label, understood.subjects, text, pieces, reading.locale):
            added.append(said.label)
    if not added:
        return reading
    return replace(
        reading, understanding=replace(understood, subjects=[*understood.subjects, *added])
    )


def _added_clauses(text: str, locale: str) -> list[str]:
    """The cleaned clauses after the first that open with one of the locale's adding words
    ("and", "also", "und", "et", "y", ...: replies/intents `adding`; German "also" is
    "so", no adding word) and say more than a name beside it ("..., auch Lesezeichen?"
    lists what the first clause asks about)."""
    return list(_asked_parts(text, locale)[2])


@functools.lru_cache(maxsize=16)
def _asked_parts(text: str, locale: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """The cleaned words before the first added clause ("" without one), the added
    clauses, and those of them that are clauses of their own (_added_clauses). An
    enumeration ("two things: 1) do my blocks carry over 2) how do I get the csv", "(a) do
    the DMs come over and (b) do mentions still reach us?") is its items, each an added
    clause, whatever word opens it. An adding word inside a clause opens one too where a
    question word follows it ("how long does the move take and how long till followers
    show up"), for _asked_too's scoring of each part alone; not for _second_subject, whose
    whole message's scores cannot tell which part a subject was asked in. Kept for the
    few texts last asked: _asked_too and _second_subject both ask of each question."""
    adding = _adding_words(locale)
    if not adding:
        return "", (), ()
    if ")" in text:
        items = _ENUMERATED.split(text)
        if len(items) > 2:
            listed = [" ".join(clean(item).split()) for item in items[1:]]
            pieces = tuple(item for item in listed if " " in item)
            return clean(items[0]), pieces, pieces
    found: list[str] = []
    own: list[str] = []
    before: list[str] = []
    asks = False  # whether the words before the first added clause ask ("?", a question word)
    for index, piece in enumerate(_clauses(text) or [text]):
        words = clean(piece).split()
        if index and len(words) > 2 and words[0] in adding and _told_before(piece, text):
            continue  # story: "..., and the admin has announced it will close. [...]?"
        if index and len(words) > 2 and words[0] in adding:
            if not found:
                asks = asks or "?" in text[: text.find(piece)]
            found.append(" ".join(words))
            own.append(found[-1])
            continue
        at = _adding_inside(words, adding)
        if at:
            if not found:
                before.extend(words[:at])
                asks = asks or "?" in text[: text.find(piece)]
            found.append(" ".join(words[at:]))
        elif not found:
            before.extend(words)
    if not found:
        # No part added: every caller then leaves the first part alone, which would cost a
        # clean() of the whole text again to weigh (opens_question; session 56: ~0.6% of
        # a read in Spanish).
        return "", (), ()
    first = " ".join(before)
    # A story told before the question is not asked ("I exported my lists, my blocks, my
    # mutes. And my filters, how about those?"): its words are scored only where they ask.
    if not (asks or book().opens_question(first)):
        first = ""
    return first, tuple(found), tuple(own)


def _told_before(piece: str, text: str) -> bool:
    """Whether a clause an adding word opens tells the story before the question: it ends
    a sentence ("." or "!"), a "?" comes later, and it opens no question itself ("I've been
    here seven years, and the admin has announced it will close. Two questions: do my
    followers move, ...?": the closing is background, LABELS.md, not one more asked)."""
    start = text.find(piece)
    end = start + len(piece)
    if start < 0 or text[end : end + 1] not in (".", "!") or "?" not in text[end:]:
        return False
    words = clean(piece).split()
    return not book().opens_question(" ".join(words[1:]))


def _adding_inside(words: list[str], adding: frozenset[str]) -> int:
    """Where an adding word inside a clause opens a question of three words or more ("...
    take and how long till followers show up"), or 0."""
    if adding.isdisjoint(words[1:-2]):  # the usual clause: one C call, not a loop
        return 0
    for at in range(1, len(words) - 2):
        if words[at] in adding and book().opens_question(" ".join(words[at + 1 :])):
            return at
    return 0


@functools.cache
def _adding_words(locale: str) -> frozenset[str]:
    return frozenset(clean(word) for word in lexicon(locale).adding_words)


def _stated_myth(reading: Reading, guess: Callable[[], second_opinion.Guess], text: str) -> Reading:
    """A question the model reads as stating a myth (second_opinion.MYTH) is that myth:
    the reply corrects it, in public, in a DM and at a step ("the export has my posts in it
    right? the CSV one" at the export step), never over a command. Where the message
    asks ("müssen mir meine follower neu folgen?") or says "not" ("l'alias est créé mais
    mes abonnés n'arrivent pas") the model must be far surer (second_opinion.MYTH_ASKED:
    "can i upload the archive zip to restore my posts?" asks about the myth itself); a
    claim states, and states the myth itself. A claim asked only to be confirmed ("the
    alias starts the transfer, right?") states."""
    understood = reading.understanding
    words = book()
    if (
        reading.command is not None
        or understood.kind != "question"
        or understood.myths
        or not understood.subjects
        # A thing's bare name ("blocks??", "MUTES") asks about it: one word claims nothing.
        or understood.length == 1
    ):
        return reading
    myths: list[tuple[int, str]] | None = None
    if not understood.clarify:  # the model is asked below whatever the claim
        myths = second_opinion.myth_scores(guess().scores)
        if not myths or max(myths)[0] < _LEAST_MYTH:
            # No myth scored where any claim could state it: the claim's words need no
            # weighing (confirms() alone was ~0.4% of a read; session 56).
            return reading
    confirms = words.confirms(text)
    claims = not (words.asks(text) and not confirms) and not words.negated(
        words.untagged(text) if confirms else text
    )
    if not claims and understood.clarify:
        return reading
    scores = guess().scores
    if myths is None:
        myths = second_opinion.myth_scores(scores)
    if not myths:
        return reading
    score, label = max(myths)
    myth = label[len(second_opinion.MYTH_MARK) :]
    # "can I import my archive?" asks whether; no model makes it a claim. Nor without its
    # "?" where a question word opens it ("will my bio and display name be copied").
    if (not claims or words.opens_question(text)) and lexicon(reading.locale).only_asks_whether(
        myth, text
    ):
        return reading
    if score < (second_opinion.MYTH if claims else second_opinion.MYTH_ASKED) and not (
        score >= second_opinion.MYTH_OWN
        and _own_subject_read(myth, understood, reading.locale, confirms and claims)
        and not lexicon(reading.locale).rules_out(myth, text)
    ):
        return reading
    # The myth is answered by its own subject (LABELS.md: a myth row names it): "my posts
    # move automatically, can i delete the old account right after?" asks about deleting
    # beside the posts' claim, which the tables read only as asked about deleting.
    own = _myth_subject(myth, reading.locale)
    subjects = list(dict.fromkeys([own, *understood.subjects])) if own else understood.subjects
    step = _steps().get(reading.where)
    if step is not None and own and step.subject != own and scores.get(step.subject, 0) < 0:
        # "are my posts in the csv?" at the export step: the step's own subject named in
        # the claim (the CSVs it wrongly holds posts in), which the model finds unasked, is
        # the claim's frame, not asked beside it (the myth's correction tells it).
        subjects = [s for s in subjects if s != step.subject]
    return replace(
        reading,
        understanding=replace(
            understood, kind="myth", subjects=subjects, myths=[myth], yes_no=False
        ),
    )


# The least score at which _stated_myth takes a myth, asked, claimed or its own subject's.
_LEAST_MYTH = min(second_opinion.MYTH, second_opinion.MYTH_ASKED, second_opinion.MYTH_OWN)


def _own_subject_read(myth: str, understood: Understanding, locale: str, confirms: bool) -> bool:
    """Whether the tables read the myth's own subject (replies/knowledge `subject`: the
    archive for "the export is a CSV of my posts"), where that lets the model's myth stand
    at second_opinion.MYTH_OWN: asked or claimed in a locale of MYTH_OWN_LOCALES, elsewhere
    claimed (no "not") and closed by a tag asking to confirm it ("mes pouets vont me suivre, hein ?")."""
    if locale not in second_opinion.MYTH_OWN_LOCALES and not confirms:
        return False
    subject = _myth_subject(myth, locale)
    return subject is not None and subject in understood.subjects


def _myth_subject(myth: str, locale: str) -> str | None:
    """The subject a myth is about (replies/knowledge `subject`), None for a myth the
    locale's knowledge lacks."""
    known = knowledge(locale).myths.get(myth)
    return known.subject if known is not None else None


def _gate(reading: Reading, guess: Callable[[], second_opinion.Guess], text: str) -> Reading:
    """The tables' reading, or the model's subject or command where the gate lets it speak
    (`guess` is only called where it may, and gate() caches it; bench/train_second_opinion.py passes
    cross-validated guesses to measure the gate).

    Never over a command the tables found (at a step, a step's answer may give way to a
    question about another subject: _over_an_answer), a myth (repeating one is the worst
    failure; but see _misread_myth, called before this), a
    greeting or thanks, nor a message the tables recognised as out of scope ("how do I
    add alt text?"); off-topic messages stay "I don't know" unless the model names a
    subject by a wide margin (it has an off-topic class of its own), nor a subject the
    tables named in so many words unless it is far surer. In a DM or at a step it may
    name a command the tables missed (_model_command); at a step, a subject only where
    it is far surer and the question is not about the step's own subject (_at_a_step).
    Of two or more subjects the tables
    named, one the model finds far less asked than the others is dropped (a story's
    subject beside the question's: "I moved my followers, now what about my posts?")."""
    understood = reading.understanding
    if reading.command is not None:
        return _over_an_answer(reading, guess, text)
    if understood.myths:
        return reading
    if reading.where != PUBLIC and understood.kind in ("unknown", "question"):
        command = _model_command(reading, guess(), book().negated(text))
        if command in _REPORTS and (book().has_contrast(text) or book().asks(text)):
            # "done it but it says error": a problem with the step, not the step done; nor
            # is one asked ("全部落とさんといかんと", must I download them all?).
            command = None
        if command in _SUPPOSED and book().supposes(text, [command]):
            command = None  # "what happens if I skip this?" gives no order
        if command == "forget" and _asks_what_is_kept(text, book()):
            command = None  # "¿qué tienes guardado de mí?" asks, it does not order
        if command == "not_yet" and book().asks_how_long(text):
            command = None  # "今からでも間に合う？" asks about the time left, reports nothing
        if command is not None:
            return replace(reading, command=command, guessed=True)
    if reading.where not in (PUBLIC, DM):
        return _at_a_step(reading, guess)
    named_one = False
    if understood.kind == "unknown":
        if understood.evidence > 0:  # out of scope, recognised as such
            return reading
        needed: int | None = second_opinion.DEAD_END
    elif understood.kind != "question":
        return reading
    elif understood.clarify:
        needed = second_opinion.CLARIFY
    elif (understood.confidence >= _STRONG_READING or understood.named) and not understood.ranked:
        # A subject named in so many words: the model overrules it only where it is far
        # surer (second_opinion.NAMED), and never where a typo was corrected towards the
        # name ("do my domian blocks move": a lower confidence). Two or more named in
        # public give way to a subject of the model's that is neither of them
        # (second_opinion.NAMED_SEVERAL: "my follows and blocks" exported is csv_export);
        # in a DM never, and of them it may still drop one (below).
        if len(understood.subjects) >= 2:
            several = reading.where == PUBLIC and understood.confidence >= _STRONG_READING
            needed = second_opinion.NAMED_SEVERAL if several else None
        elif understood.confidence < _STRONG_READING:
            return reading
        else:
            needed = second_opinion.NAMED if reading.where == PUBLIC else second_opinion.NAMED_IN_DM
            named_one = reading.where == PUBLIC
    else:  # weak hints, corrected typos or a ranking guess: the model is surer there
        needed = second_opinion.OVERRULE
    said = guess()
    # Only a margin between NAMED and FAR_MARGIN is taken by one bar and not the other:
    # elsewhere which bar applies decides nothing, and the subjects are not counted
    # (subject_scores and the count were ~0.5% of a read; session 56).
    if (
        named_one
        and (said.margin >= needed) != (said.margin >= second_opinion.FAR_MARGIN)
        and _far_below(said, understood.subjects[0])
    ):
        needed = second_opinion.FAR_MARGIN
    if (
        needed is not None
        and second_opinion.is_subject(said.label)
        and said.margin >= needed
        and (said.label not in understood.subjects or understood.clarify)
    ):
        return _the_models_subject(reading, said.label)
    if understood.kind != "question" or understood.clarify or len(understood.subjects) < 2:
        return reading
    if understood.listed:  # "do my avatar and my lists transfer": both asked
        return reading
    return _drop_the_least_asked(reading, said)


def _far_below(said: second_opinion.Guess, named: str) -> bool:
    """Whether the one subject named is one the model finds among the least likely of all
    (second_opinion.FAR of its subjects or more score higher): a phrase matched beside
    what is asked."""
    score = said.scores.get(named)
    others = second_opinion.subject_scores(said.scores)
    return score is not None and sum(v > score for v in others) >= second_opinion.FAR


def _step_owns(where: str, subject: str) -> bool:
    """Whether a subject is the step's own (its subject, those it stands for, those that
    report it): at the step the tables' reading of it holds."""
    step = _steps().get(where)
    return step is not None and subject in {step.subject, *step.stands_for, *step.reported_by}


def _over_an_answer(
    reading: Reading, guess: Callable[[], second_opinion.Guess], text: str
) -> Reading:
    """At a step, an answer the tables read ("done", "not yet": the step's own answers, never
    a command such as stop or forget, nor "how", a question about the step) gives way to a
    question about a subject the model names second_opinion.OVER_AN_ANSWER ahead, not the
    step's own ("quick q while im doing this, do my private notes on accounts get exported"
    is no "done"). Not an answer that is the whole message ("linked them" at the alias
    step): it holds no question to give way to, whatever subject its words suggest."""
    if (
        reading.where in (PUBLIC, DM)
        or reading.command in COMMANDS
        or reading.command == "how"
        or reading.command not in _allowed_answers(reading.where)
        or reading.command in book().find(text)[0]
    ):
        return reading
    said = guess()
    if (
        not second_opinion.is_subject(said.label)
        or said.margin < second_opinion.OVER_AN_ANSWER
        or _step_owns(reading.where, said.label)
    ):
        return reading
    return replace(_the_models_subject(reading, said.label), command=None)


def _at_a_step(reading: Reading, guess: Callable[[], second_opinion.Guess]) -> Reading:
    """At a step, where the tables found no command: a question (or a dead end) the model
    reads as another subject second_opinion.AT_A_STEP ahead is about that one ("Does
    everyone get ping when I move" at the move step asks about notifications), unless the
    step stands for it or the tables read a question about the step's own subject ("how long will this take?" while followers arrive is their timing);
    else of two or more subjects the tables named, one the model finds far less asked is
    dropped, as in public (_drop_the_least_asked)."""
    understood = reading.understanding
    if understood.clarify or understood.kind not in ("question", "unknown"):
        return reading
    if understood.kind == "unknown" and understood.evidence > 0:
        return reading
    step = _steps().get(reading.where)
    if step is not None and step.subject in understood.subjects:
        return reading  # "can i go back and change my bio later" at the profile step: how
    said = guess()
    if (
        second_opinion.is_subject(said.label)
        and said.margin >= second_opinion.AT_A_STEP
        and said.label not in understood.subjects
        and not (step is not None and said.label in step.stands_for)
    ):
        return _the_models_subject(reading, said.label)
    if understood.kind != "question" or understood.listed or len(understood.subjects) < 2:
        return reading
    return _drop_the_least_asked(reading, said)


def _model_command(reading: Reading, said: second_opinion.Guess, negated: bool) -> str | None:
    """The command the model reads in a DM or at a step, if it is sure enough
    (second_opinion.COMMAND; one of a step's answers or "how" at a step
    second_opinion.COMMAND_AT_A_STEP) and the command means something there: any walkthrough
    command, or an answer the step takes, read as the tables read them ("skip" in a DM,
    where no step waits, asks what comes next; archive news at a step that does not take
    it did the step). Said with a "not", only a command that a "not" does not turn
    around ("hab die Datei hochgeladen, es passiert nichts" did not do the step)."""
    if not said.label.startswith("!"):
        return None
    command = said.label[1:]
    answer = (
        reading.where != DM and command not in COMMANDS and reading.understanding.kind == "question"
    )
    needed = second_opinion.COMMAND_AT_A_STEP if answer else second_opinion.COMMAND
    if said.margin < needed:
        return None
    if command in second_opinion.NOT_BY_MODEL:
        return None
    if negated and command not in second_opinion.SAID_WITH_A_NOT:
        return None
    if reading.where == DM:
        command = _IN_A_DM.get(command, command)
    if command in COMMANDS:
        return command
    if command in _allowed_answers(reading.where):
        return _for_step(command, _steps().get(reading.where), reading.understanding)
    return None


def _drop_the_least_asked(reading: Reading, said: second_opinion.Guess) -> Reading:
    """The tables' subjects less those the model scores far below the best of them
    (second_opinion.DROP) and outside its own few best subjects (second_opinion.TOP: a
    rarer subject asked beside a common one, "my lists and my bookmarks", scores lower
    but still near the top); the reading itself when none is dropped, or the model gave
    no scores. Where the model names one of them far ahead of every other class
    (second_opinion.ALONE), that one is asked with only those it scores over zero too
    ("does the list import's Overwrite unfollow everyone?" is the import, not the follows
    too)."""
    understood = reading.understanding
    scores: list[Any] = [said.scores.get(subject) for subject in understood.subjects]
    if None in scores:
        return reading
    if said.label in understood.subjects and said.margin >= second_opinion.ALONE:
        # "why is there no built in import for posts? are tools like MastodonContentMover
        # safe": the tools far ahead, and the model reads the first question as asked too.
        kept = [
            subject
            for subject, score in zip(understood.subjects, scores, strict=True)
            if subject == said.label or score > 0
        ]
    else:
        floor = max(scores) - second_opinion.DROP
        subjects = second_opinion.subject_scores(said.scores)
        kept = [
            subject
            for subject, score in zip(understood.subjects, scores, strict=True)
            if score >= floor or sum(other > score for other in subjects) < second_opinion.TOP
        ]
    # A subject asked alone in a question of its own stays ("... lost? and the followers?").
    kept = [s for s in understood.subjects if s in kept or s in understood.apart]
    if len(kept) == len(understood.subjects):
        return reading
    # The opener judged the first subject's question: only kept with that subject.
    yes_no = understood.yes_no and kept[0] == understood.subjects[0]
    return replace(reading, understanding=replace(understood, subjects=kept, yes_no=yes_no))


def _unspoken_language(base: str, words: _Book) -> bool:
    """ "language pt", "Sprache it": the keyword and a code of a language the bot has no
    words in (two or three letters). Asked for one, the member hears which there are."""
    keyword, _, code = base.rpartition(" ")
    return (
        keyword in words.language_words
        and code not in words.codes
        and 2 <= len(code) <= 3
        and code.isalpha()
    )


def _read_tables(text: str, *, where: str, locale: str) -> Reading:
    """The phrase tables' reading (read() without the second opinion), an answer or order
    only as the member states it (_as_said)."""
    reading = _phrases_read(text, where=where, locale=locale)
    if reading.command is None and reading.understanding.kind == "thanks":
        reading = _reported_beside_thanks(reading, text)
    elif reading.command == "not_yet":
        reading = _reported_then_waiting(reading, text)
    return _as_said(reading, text)


def _old_account_named_apart(text: str, locale: str) -> bool:
    """Whether a sentence other than the one asking the deletion names the old account
    ("Mi nieta dice que ya no voy a poder borrar la cuenta vieja, ¿es verdad? ¿Se puede
    eliminar?"): a deletion asked beside it with no object of its own ("¿se puede
    eliminar?", Spanish leaves the object unsaid where French says "le") is about that
    account (delete_old_account), not the order whose object is unclear (clarify_delete).
    The asking sentence itself is left out, since its own "borro" names the deletion:
    "¿cómo borro todo? ya me harté de esto" gives a mood after it, no account."""
    sentences = [s for s in _SENTENCE.split(text) if s.strip()]
    if len(sentences) < 2:
        return False
    words = book()
    asking = next(
        (i for i, s in enumerate(sentences) if words.asked_order(s, ("clarify_delete",))),
        len(sentences) - 1,
    )
    others = " ".join(s for i, s in enumerate(sentences) if i != asking)
    return not _OLD_ACCOUNT.isdisjoint(_understand(others, locale)[0].subjects)


_OLD_ACCOUNT = frozenset({"old_account", "delete_old_account", "keep_both_accounts"})


def _reported_then_waiting(reading: Reading, text: str) -> Reading:
    """ "requested it, now waiting for the email" at the archive step: the wait is what the
    report leads to, not the step put off ("waiting for" is a not-yet phrase). A first
    clause that, read alone, reports what moves this step on (steps.toml `on`), the rest
    saying no "not" ("not yet, still waiting for the email" stays not yet): that report.
    At the download step "requested it, waiting for the email" is still not yet: the
    request does not move it on."""
    step = _steps().get(reading.where)
    clauses = _clauses(text) if step is not None else ()
    if not clauses or book().negated(", ".join(clauses[1:])):
        return reading
    exact, inside = book().find(clauses[0])
    if any(g in _REPORTS and g not in step.on for g in (*exact, *inside)):  # type: ignore[union-attr]
        return reading  # news of another step ("requested it" at the download step)
    said = _phrases_read(clauses[0], where=reading.where, locale=reading.locale)
    if said.command not in _REPORTS or said.command not in step.on:  # type: ignore[union-attr]
        return reading
    return replace(reading, command=said.command)


def _reported_beside_thanks(reading: Reading, text: str) -> Reading:
    """ "Merci, die CSVs sind gespeichert" at the export step: the thanks took the whole
    message, and the report beside it (what was exported names it, steps.toml
    `reported_by`) was never heard. At a step with something to do, the clauses that do
    not thank, read alone, reporting the step: that report."""
    step = _steps().get(reading.where)
    if step is None or step.informational:
        return reading
    clauses = _clauses(text)
    rest = [c for c in clauses if _understand(c, reading.locale)[0].kind != "thanks"]
    if not rest or len(rest) == len(clauses):
        return reading
    said = _phrases_read(", ".join(rest), where=reading.where, locale=reading.locale)
    if said.command not in _REPORTS:
        return reading
    return replace(reading, command=said.command)


def _stop_not_forget(text: str, found: tuple[list[str], list[str]], words: _Book) -> bool:
    """ "unsubscribe. no more DMs from this bot", "no more messages from this bot please":
    `forget` heard only in the bot named ("from this bot", which "erase my info from your
    bot" needs), beside an order to stop, and no word of erasing or of what is kept
    (`erasing`: "delete", "data", "info", "memory"): the order to stop, not a deletion
    (which, without a walkthrough, drops the member's "no more messages" too)."""
    if "stop" not in found[0] + found[1] or not words.erasing:
        return False
    return words.erasing.isdisjoint(clean(text).split())


def _asks_what_is_kept(text: str, words: _Book) -> bool:
    """ "¿qué guardas sobre mí?", "¿el bot guarda lo que sabe de mí?": the forget phrases
    ("lo que guardas sobre mí") said in a question that asks no erasing (`forgetting`:
    "olvidar", "borrar") and is no request ("¿puedes olvidarme?"): a question about what
    the bot keeps. Forgetting deletes a member with no walkthrough at once, so a question
    never does it."""
    if _UNSPACED.search(text):  # no words to look at: 忘れて, 削除して are inside others
        return False
    if not (words.asks(text) or words.opens_question(text)) or words.opens_request(text):
        return False
    return not any(_erasing_verb(word, words) for word in clean(text).split())


def _reconciled(
    text: str,
    found: tuple[list[str], list[str]],
    *,
    where: str,
    locale: str,
    step: _StepWords | None,
    allowed: frozenset[str],
) -> tuple[list[str], list[str]]:
    """The phrase groups found, where two found together mean one thing: each rule below
    names the pair it settles and why, in the order they are weighed. Orders are weighed
    against each other here, before any is taken (_phrases_read), so a message that names
    two is read as the one it says, not as the first the tables list."""
    words = book()
    exact, inside = found
    if "forget" in exact + inside and (
        _stop_not_forget(text, found, words) or _asks_what_is_kept(text, words)
    ):
        exact = [g for g in exact if g != "forget"]
        inside = [g for g in inside if g != "forget"]
    if (
        step is None
        and where == DM
        and {"start", "restart"} <= set(inside)
        and (said := words.from_the_start.search(base := clean(text)))
        and "restart" not in words.find(f"{base[: said.start()]} {base[said.end() :]}")[1]
    ):
        # "please guide me through the move from the beginning": in a DM with no step
        # waiting, where the guidance asked for begins (`[ignore] from_the_start`), the only
        # words of starting over, asks for it: start, not a walkthrough started over.
        inside = [g for g in inside if g != "restart"]
    if (
        step is not None
        and {"not_yet", "how"} <= set(inside)
        and words.asks(text)
        and words.opens_question(text)
    ):
        # "where I will find it?", "how I will do this?": a question word before "I will"
        # (the word order of a statement, as many learners ask) asks how; the promise "I
        # will find it" (later) is in its words, not said.
        inside = [g for g in inside if g != "not_yet"]
    if step is not None and "skip" in inside and "resume" in inside:
        # "continue without this", "carry on without the import": going on past the step
        # waiting skips it; nothing was paused to resume.
        inside = [g for g in inside if g != "resume"]
    if step is not None and "not_yet" in allowed and set(inside) == {"stop", "resume"}:
        # "一旦やめます、また後で続きお願いします", "pause for now, we continue later": a pause
        # with the rest promised for later, nothing else said, puts the step waiting off
        # (not yet); nothing was paused yet to resume. Where the tables find a "later" of
        # their own beside the stop ("stop the reminders for now, I continue tomorrow"), the
        # order to stop the reminders is weighed against it as ever (stop).
        inside = ["not_yet"]
    if where == DM and {"stop", "resume"} <= set(inside) <= _PAUSED and words.asks(text):
        # "今日はここまでにして、また明日続きからお願いできますか": in a DM, a pause now with
        # going on later asked for is no order to stop writing to the member (stop opts them
        # out): going on is asked (resume; it says where they stand when nothing is paused).
        inside = [g for g in inside if g != "stop"]
    if step is not None and set(_DIRECTIONS) <= set(inside):
        # Both ways named: the wider phrase says which ("new here, my old account is on
        # another server" comes here, though "another server" alone would leave).
        wider = words.widest(text, _DIRECTIONS)
        if "how" in inside and words.widest(text, (*_DIRECTIONS, "how")) == "how":
            # A how-phrase that holds both ways ("leaving or arriving? what does that
            # mean"): the two ways said back side by side ask what the question means.
            wider = "how"
        inside = [g for g in inside if g not in _DIRECTIONS or wider in (None, g)]
    if (
        step is not None
        and "restart" in inside
        and set(_DIRECTIONS) & set(inside)
        and words.widest(text, ("restart", *_DIRECTIONS)) == "restart"
    ):
        # "start this whole thing over from scratch", "do it over from the beginning":
        # "over from" (coming over from another server) inside a wider order to start
        # again names no way of moving.
        inside = [g for g in inside if g not in _DIRECTIONS]
    if (
        step is not None
        and {"back", "restart"} <= set(inside)
        and _UNSPACED.search(text)
        and words.widest(text, ("back", "restart")) == "back"
    ):
        # "ひとつ戻ってエイリアスのとこからやり直したい": Japanese "やり直す" is redoing a step
        # as much as starting over; gone back one step to redo it from there, the wider
        # phrase (back) says from where. (Spaced tables name the whole redone in their own
        # restart phrases: "redo the whole thing from step 1".)
        inside = [g for g in inside if g != "restart"]
    if (
        step is not None
        and {"skip", "restart"} <= set(inside)
        and _fresh_on_a_list(text, words, locale)
    ):
        # "lets skip importing, ill start fresh on follows": the step skipped, then a fresh
        # start of what it names (the follows built anew by hand) as the reason: skip, not
        # the walkthrough started over ("skip this, let's just start over" names nothing).
        inside = [g for g in inside if g != "restart"]
    return exact, inside


def _fresh_on_a_list(text: str, words: _Book, locale: str) -> bool:
    """Whether the first clause skips (no restart in it) and each later clause holding a
    restart phrase names a subject other than whether to move at all (_doubts), each
    clause understood as the message is (_understand: its own language, then `locale`)."""
    clauses = _clauses(text)
    if not clauses:
        return False
    first = words.find(clauses[0])[1]
    if "restart" in first or "skip" not in first:
        return False
    later = [c for c in clauses[1:] if "restart" in words.find(c)[1]]
    return bool(later) and all(set(_understand(c, locale)[0].subjects) - _doubts() for c in later)


def _phrases_read(text: str, *, where: str, locale: str) -> Reading:
    """The phrases' reading of a message, as _read_tables gives it before _as_said."""
    words = book()
    exact, inside = found = words.find(text)
    choice = words.language_request(text, found)
    if choice is not None and not _named_in_a_question(text, found, choice, locale):
        return Reading(f"language:{choice}", locale=locale, where=where)
    if clean(text) in words.language_words or _unspoken_language(clean(text), words):
        return Reading("language", locale=locale, where=where)
    step = _steps().get(where)
    allowed = _allowed_answers(where)
    exact, inside = _reconciled(text, found, where=where, locale=locale, step=step, allowed=allowed)
    commands = _PUBLIC_COMMANDS if where == PUBLIC else COMMANDS
    said_in = words.locale_of(text) or locale
    if step is not None and "how" in allowed:
        supposed = [g for g in _SUPPOSED if g in exact or g in inside]
        if words.supposes(text, supposed):
            return _supposed_order(text, step, locale, where)
    for group in exact:
        if group in commands:
            if where == DM:
                group = _IN_A_DM.get(group, group)
            return Reading(group, locale=said_in, where=where)
    if step is not None and (order := _order_after_no(text, words)) is not None:
        return Reading(order, locale=said_in, where=where)
    for group in ANSWERS:
        if group in exact and group in allowed and not (where == DM and group in _DIRECTIONS):
            return Reading(group, locale=said_in, where=where)

    understood, text_locale = _understand(text, locale)
    if step is not None and step.mistakes and not understood.myths:
        understood = _step_named(text, step, understood, text_locale)
    if step is not None and _done_wrong() & set(understood.myths):
        return Reading(None, understood, text_locale, where)  # the step done the wrong way
    # "hi, how's it going?": small talk beside a greeting greets; "hi, how's it going with
    # my followers?" still asks how the move goes.
    if (
        understood.kind == "greeting"
        and "progress" in inside
        and "progress" not in words.find(words.without_small_talk(text))[1]
    ):
        inside = [g for g in inside if g != "progress"]
    if (
        where == DM
        and understood.subjects == ["move_back"]
        and not understood.ranked
        and (words.asks(text) or words.opens_question(text))
    ):
        # In a DM no step waits to go back to: "je peux revenir en arrière si la nouvelle
        # instance me plaît pas ?" asks about undoing the move, not for the step before.
        inside = [g for g in inside if g != "back"]
    reported = _reported(text, step, allowed, words, understood, text_locale)
    if reported is not None:  # "I believe I have done it. Shall we carry on?"
        return Reading(reported, understood, text_locale, where)
    if _reports_step(text, step, allowed, words, (understood, text_locale), (exact, inside)):
        answer = _said_at_step("done", step, understood, text)
        return Reading(answer, understood, text_locale, where)
    if _closed_by_done(text, step, allowed, words, understood):
        answer = _said_at_step("done", step, understood, text)
        return Reading(answer, understood, text_locale, where)
    if _denies_step(text, step, allowed, words, understood, (exact, inside)):
        return Reading("not_yet", understood, text_locale, where)
    if (
        step is not None
        and "not_yet" in allowed
        and understood.kind != "myth"
        and (not understood.subjects or understood.ranked)
        and (
            words.put_off(text)
            or (words.first_to_do(text, text_locale) and not set(inside) & _PUT_OFF_ORDERS)
        )
    ):  # "later, kids need dinner": the step put off, with its reason beside it; "have to
        # dig out my login first": something to do before it ("ここは後でやります、次へ": put
        # off, then an order to go on past it, is that order)
        return Reading("not_yet", understood, text_locale, where)
    if step is not None and "not_yet" in allowed and _put_off_then_on(text, words):
        return Reading("skip", understood, text_locale, where)
    orders = [g for g in _ORDERS if g in commands]
    order = words.asked_order(text, orders)
    if order == "clarify_delete" and _old_account_named_apart(text, locale):
        order = None  # "la cuenta vieja, ¿es verdad? ¿Se puede eliminar?": that account
    if order is None:
        # Not "go on" closing another order at a step ("I'd rather not bother with the
        # archive, go on" skips): "go on" there goes on, it does not resume a pause. In a
        # DM no step waits: "ya estoy libre, ¿seguimos?" is back from the pause (resume).
        order = words.clause_order(
            text, [g for g in orders if g != "resume" or where == DM], first=where != PUBLIC
        )
        if set(inside) & set(orders) - {order}:
            order = None
    if order is not None:  # "how do I start over?", "ugh, this is too confusing. stop"
        return Reading(order, understood, text_locale, where)
    # A ranking guess never outranks a command or an answer said in so many words.
    asks = understood.kind in ("question", "myth") and bool(understood.subjects)
    asks = asks and not understood.ranked
    if asks and where != PUBLIC:
        # In a DM, a wish phrased as a question is still a wish ("can you guide me
        # through the move?", "how is my move going?"); an order or an answer that names
        # a subject says it, it does not ask ("skip this, I don't need the archive",
        # "I downloaded my archive"), unless it ends up asking ("?"). An order asked
        # politely is still an order ("could we go back to the very beginning?"). A later
        # clause opening a question asks too, where no order is said ("wait, before I do
        # this, will my lists come along": not "wait"; "lösch alles, was du ..." orders).
        asked = words.asks(text) or words.opens_question(text)
        asked = asked or (not set(inside) & set(_ORDERS) and words.asks_anywhere(text))
        ordered = not asked or words.opens_request(text)
        orders = [g for g in _ORDERS if g in inside and g in commands]
        # Not when it orders: "skip this step, I already exported it".
        # Or a subject only hinted at (no strong phrase): "where do I put the old handle?"
        # at the alias step asks how to do the step, not about the old account.
        in_step = step and (
            set(understood.subjects) <= step.how_for
            or words.names_step(text)
            or understood.confidence < _STRONG_READING
        )
        # "after this step can I still post from the old account?": a time, not "how".
        how = "how" in inside and "how" in words.find(words.without_step_times(text))[1]
        # At a step waiting for a handle, a short question about the username alone ("con
        # la arroba o sin ella?", "c'est quoi un identifiant ? mon courriel ?") asks what to
        # type there: how to answer the step, with or without a how-phrase.
        how = how or (
            step is not None
            and "handle" in step.on
            and set(understood.subjects) == {"username"}
            and words.name_kept.isdisjoint(clean(text).split())  # "can I keep my @?"
            and words.short_question(text)
        )
        # A claim outranks "how" too ("this step is pointless, my bio gets copied anyway").
        how = how and understood.kind != "myth"
        # How the move is going asked in the progress command's own words ("ça se passe
        # bien le déménagement ? je ne vois rien bouger"): progress, though "je ne vois pas"
        # is also how's (LABELS.md: are my followers arriving, at a step, is progress).
        how = how and not (set(understood.subjects) == {"move_progress"} and "progress" in inside)
        if in_step and how and not (orders and ordered):
            return Reading("how", understood, text_locale, where)
        if (
            step is not None
            and not asked
            and "not_yet" in allowed
            and {"resume", "not_yet"} <= set(inside)
            and not set(inside) & set(_PUT_OFF_ORDERS)
        ):
            # "I created the alias, pause please, I'll resume next week": resuming said
            # beside a later time puts the step off, as it does where no subject is named
            # below ("back to it" is no order beside "not yet"); not a resume now.
            return Reading("not_yet", understood, text_locale, where)
        for group in commands:
            wish = group in _WISHES and not (group == "start" and words.opens_question(text))
            wish = wish and not (group == "status" and _problems() & set(understood.subjects))
            # "how long until my followers arrive?" asks about the wait (follower_timing),
            # not how far the member's move has got, though its words name them arriving;
            # nor how much of the walkthrough is left ("¿cuánto falta para que lleguen?").
            wish = wish and not (
                (
                    group == "progress"
                    or (group == "status" and "follower_timing" in understood.subjects)
                )
                and words.asks_how_long(text)
            )
            # "no need for the archive, on to the next one": the next step said in an
            # order that skips this one is that order, not "where am I".
            wish = wish and not (
                group == "status" and ordered and "skip" in inside and not _next_asked(text, words)
            )
            wish = wish and not (group == "status" and words.said_afterwards(text, group))
            # A claim told as done before "what now" ("put the alias on the old instance
            # like the article said, done that, what now"): the claim is answered first,
            # since the next step would build on the wrong one.
            wish = wish and not (group == "status" and understood.kind == "myth")
            wish = wish and not (group == "start" and _doubts() & set(understood.subjects))
            # A claim about how the move goes is no wish to start it ("once I add the alias
            # the followers start moving over, right?": the alias myth, "start moving" in it).
            wish = wish and not (group == "start" and understood.kind == "myth")
            # Nor the followers starting to move, asked at a step ("now the alias is there,
            # the followers start moving?"): what the step does is asked, nothing begun.
            wish = wish and not (
                group == "start"
                and step is not None
                and "followers" in understood.subjects
                and words.asks(text)
            )
            # The move told as background before a question about something else ("I'm
            # moving because my friends are elsewhere. will my domain blocks go too?")
            # asks that question; it does not ask to start.
            wish = wish and not (
                group == "start" and set(understood.subjects) - {"move"} and words.asks_later(text)
            )
            # Asked which way, a direction is the answer ("I'm switching to another instance");
            # outside a walkthrough a wish to start says where to in passing ("me das una
            # mano para mudarme a otro server? arranquemos").
            asked_which_way = where != DM and set(inside) & allowed & set(_DIRECTIONS)
            wish = wish and not (group == "start" and asked_which_way)
            # "can I resume posting on my old account?", "can I restart my old account
            # later?": the old account is asked about, not the walkthrough.
            elsewhere = (
                group in _ABOUT_THE_WALK and asked and _about_old_account(understood, text_locale)
            )
            elsewhere = elsewhere or (where == DM and group in _IN_A_DM)
            # A step skipped for a claim drawn on ("mutes move automatic so i can skip that
            # csv", `drawing`): the claim is answered first, since skipping on it loses
            # what it gets wrong. Not a skip with its reason ("me salto esto, no tengo
            # listas"), whose words may read as a claim.
            elsewhere = elsewhere or (
                group == "skip" and understood.kind == "myth" and words.draws_on(text)
            )
            if group in inside and (wish or (group in _ORDERS and ordered)) and not elsewhere:
                return Reading(group, understood, text_locale, where)
        said = [
            g
            for g in _by_step(step)
            if g in inside
            and g in allowed
            and g != "how"
            and not (where == DM and g in _DIRECTIONS)  # "can I move my lists elsewhere"
            # A claim outranks an answer inside it, unless the answer opens the message
            # ("copied my bio over" did the step; "... on my old instance, done that" is
            # the alias made in the wrong place) and no conclusion is drawn from it ("alias
            # done so followers moving now" states the claim as what the step brought).
            and (
                understood.kind != "myth"
                or (words.opens_with(text, g) and not words.draws_on(text))
            )
            and not (g == "done" and words.negated(text))
        ]
        # A contrast turns a report into a problem, not a way of moving into another: "他の
        # 鯖にいたけど、こっちに来ました" (I was elsewhere, but came here) says which way.
        contrast = words.has_contrast(text) and not set(said[:1]) & set(_DIRECTIONS)
        if said and not asked and not contrast:
            answer = _said_at_step(said[0], step, understood, text)
            return Reading(answer, understood, text_locale, where)
        opener = _opening_answer(text, allowed, words)
        if _troubled(opener, text, words, allowed):
            # "fait, mais j'ai un message d'erreur": a problem told after the report,
            # though its words name a subject ("message"), asks about the step.
            return Reading("how", understood, text_locale, where)
        if opener and not asked:
            answer = _said_at_step(opener, step, understood, text)
            return Reading(answer, understood, text_locale, where)
    if where in (PUBLIC, DM) and "forget" in inside and _erased_after_asking(text, words):
        return Reading("forget", understood, text_locale, where)
    if (
        where == PUBLIC
        and (not words.asks(text) or words.ends_as_request(text))
        and not words.opens_question(text)
    ):
        # A privacy order said in public wins over the deletion its words name ("wipe
        # whatever info this bot saved about me" is not about deleting the account); one
        # asked with a question word is a question ("cómo se borra la cuenta antigua").
        # Asked as a polite request it is still an order ("このボットに登録した私の情報を
        # 消していただけますか").
        # An order opening the message, its reason after it, is that order too ("delete
        # my account pls im done with all this", "erase my account, not coming back").
        named = asks and _privacy_words(understood, text_locale)
        for group in ("forget", "clarify_delete"):
            if (named and group in inside) or words.opens_with_order(text, group):
                return Reading(group, understood, text_locale, where)
        # An order to stop opening the message and naming only what the bot sends ("para
        # ya con los avisos", "stop sending me notifications"): the messages it names are
        # the ones to stop, no question about notifications or DMs.
        if (
            asks
            and "stop" in inside
            and _SENT.issuperset(understood.subjects)
            and words.orders_first(text, "stop")
        ):
            return Reading("stop", understood, text_locale, where)
    # A wish said outright beside a story: "I'm ready, let's start the move before the
    # shutdown" (a question would ask: "?", "how do I start the move", "can I move ...").
    # A request that ends as one asks nothing ("引っ越したいので手順を案内してもらえますか").
    # A request for the steps of one part of the move asks how to do that part ("フォローを
    # 取り込む手順を教えていただけますか": importing), not for the whole walkthrough.
    parts = set(understood.subjects) - {"move", "server_closing"}
    requested = words.ends_as_request(text) and not parts
    wished = (not words.asks(text) or requested) and not (
        words.opens_question(text) or words.wonders(text) or words.opens_question_later(text)
    )
    # Not in a stated claim: "once the alias is made the followers start moving".
    # Nor a wish to move to other software ("I want to move to Misskey"): its answer says
    # what that takes; the walkthrough is a Mastodon move. Nor a doubt (_doubts), nor a
    # wish beside the question of where to go ("i want to change servers but i dont know
    # which one to pick"): which server is asked first, and its answer says how to start.
    elsewhere = bool({"other_software", "choose_server", *_doubts()} & set(understood.subjects))
    if (
        asks
        and where == PUBLIC
        and "start" in inside
        and wished
        and understood.kind != "myth"
        and not elsewhere
    ):
        return Reading("start", understood, text_locale, where)
    if (
        asks
        and step is not None
        and len(understood.subjects) == 1
        and (understood.subjects[0] in step.stands_for)
    ):
        # "how long does this usually take?" while waiting for followers: that wait.
        understood = replace(understood, subjects=[step.subject])  # type: ignore[list-item]
    if asks and where != PUBLIC and (command := _own_command(understood, text_locale)):
        return Reading(command, understood, text_locale, where)  # "are they over yet?"
    if asks:
        return Reading(None, understood, text_locale, where)
    if understood.kind == "unknown":  # the tables did not say which language: the phrase
        text_locale = words.locale_inside(text) or text_locale
    if step is not None:  # asked which way: "I'm moving away from this server" answers it
        for group in _DIRECTIONS:
            if group in inside and group in allowed:
                return Reading(group, understood, text_locale, where)
    others = _PUT_OFF_ORDERS  # "back to it" is no order beside "not yet"
    # "attends, on en était où ?": a "wait" asking where the walkthrough stands is status.
    if "not_yet" in inside and "status" in inside and words.asks(text):
        others = others | {"status"}
    # An off-topic question (recognised as such) puts nothing off by its time word: "any
    # good pizza near me tomorrow?", "unrelated but is it going to rain tomorrow" at a step,
    # also asked with no mark in words of wondering ("do you know if it'll rain tomorrow").
    off_topic = (
        understood.kind == "unknown"
        and understood.evidence > 0
        and (
            words.asks(text)
            or words.opens_question(text)
            or words.opens_question_later(text)
            or words.wonders(text)
        )
        and not words.opens_with(text, "not_yet")  # "not yet, is it going to rain later?"
    )
    if "not_yet" in inside and "not_yet" in allowed and not set(inside) & others and not off_topic:
        # "I haven't managed it yet, can I come back to it tomorrow?": not "back to it".
        return Reading("not_yet", understood, text_locale, where)
    for group in commands:
        if group in inside:
            asked = words.asks(text) or words.opens_question(text)
            if (
                group == "status"
                and "skip" in inside
                and not asked
                and not _next_asked(text, words)
            ):
                continue  # "j'en veux pas, passe à la suite": skipping to the next step
            if (
                group == "status"
                and step is not None
                and "how" in inside
                and "how" in allowed
                and words.lost_here_in(text)
            ):
                # "I don't understand what I'm supposed to do here": lost at this step is
                # how to do it, not where the walkthrough stands.
                return Reading("how", understood, text_locale, where)
            if (
                group == "start"
                and step is not None
                and "how" in allowed
                and words.names_step(text)
            ):
                # "walk me through this bit": already in the walkthrough, a guide asked
                # for the step pointed at is how to do it, not a new start.
                return Reading("how", understood, text_locale, where)
            return Reading(group, understood, text_locale, where)
    # Outside a walkthrough, a wish to start that says where to is the wish ("tu m'aides à
    # partir vers une autre instance ? on commence"); "I'm leaving this server" alone starts
    # with its direction.
    wishing = where == DM and (understood.kind == "start_move" or "start" in inside)
    # An off-topic question is no step reported with a problem ("unrelated but do you
    # know if it'll rain tomorrow": "but" and a time word, nothing done).
    if not off_topic and _troubled_report(text, allowed, words, text_locale, inside):
        return Reading("how", understood, text_locale, where)
    answers = _by_step(step)
    if "how" in inside and words.asks_anywhere(text):
        # "what should I put in the box?": asked, how to do the step outranks the report
        # its words hold ("i put in").
        answers = ["how", *(g for g in answers if g != "how")]
    if off_topic:
        answers = [g for g in answers if g != "not_yet"]
    for group in answers:
        if group in inside and group in allowed and not (wishing and group in _DIRECTIONS):
            answer = _said_at_step(group, step, understood, text)
            return Reading(answer, understood, text_locale, where)
    if step is not None and understood.kind == "unknown" and not words.asks(text):
        # An answer opening the message, then words about nothing we know ("later, kids
        # need dinner", "yes done it"): the answer.
        opener = _opening_answer(text, allowed, words)
        if _troubled(opener, text, words, allowed):
            return Reading("how", understood, text_locale, where)  # "hecho, pero falló algo"
        if opener:
            answer = _said_at_step(opener, step, understood, text)
            return Reading(answer, understood, text_locale, where)
    if (
        step is not None
        and "how" in allowed
        and (understood.kind == "unknown" or understood.ranked)
        and (words.asks_where_or_how(text) or words.short_question(text))
        and not off_topic
    ):  # "je fais ça où exactement ?", "¿dónde lo pido?": where to do the step; "do I
        # include the @?": a short question naming nothing else asks about the step
        return Reading("how", understood, text_locale, where)
    command = _KIND_COMMANDS.get(understood.kind)
    if command == "start" and step is not None and "how" in allowed and words.asks(text):
        # "¿por dónde empiezo?", "¿qué hago primero?" asked at a step: already in the
        # walkthrough, where to begin is how to do this step, not a new start.
        return Reading("how", understood, text_locale, where)
    return Reading(command, understood, text_locale, where)


def _reported(
    text: str,
    step: _StepWords | None,
    allowed: frozenset[str],
    words: _Book,
    understood: Understanding,
    locale: str,
) -> str | None:
    """ "Done! What's next?", "I have downloaded those files. What comes after that?":
    a report that the step is done, then words asking to go on, is the report ("done"),
    not "status", "resume" or "skip" and not a question. Only when the rest says nothing
    else (no order, no "how", no "not", no "but nothing happened")."""
    if step is None or "done" not in allowed:
        return None
    rest = _report_then_next(text, words, locale) or words.without_onward(text)
    if not rest or words.negated(rest) or words.has_contrast(text):
        return None
    exact, inside = words.find(rest)
    said = {*exact, *inside}
    if said & {*COMMANDS, "how", "not_yet"}:
        return None
    for group in ("done", "downloaded", "requested"):
        if group not in said or (group == "done" and group not in allowed):
            continue
        # A claim outranks a report inside it ("... on my old instance, done that").
        if understood.kind != "myth" or words.opens_with(rest, group):
            return _said_at_step(group, step, understood, text)
    return None


def _report_then_next(text: str, words: _Book, locale: str) -> str | None:
    """ "done it. now i press move on the old one?", "got them. so now i do the archive?":
    a sentence of its own, then the member's next move said back for a yes (`[ignore]
    next_up`: "now i", "so now i"), about the walkthrough's own steps only: the first
    sentence, which _reported takes as the report it is (the next step's message answers
    the rest). Not when the question names anything else ("done. now i can delete the old
    account?" asks about the deletion)."""
    sentences = [s for s in _SENTENCE.split(text.strip()) if clean(s)]
    if len(sentences) < 2 or not words.next_up:
        return None
    later = clean(" ".join(sentences[1:]))
    if not any(later.startswith(f"{p} ") for p in words.next_up):
        return None
    asked = _understand(" ".join(sentences[1:]), locale)[0]
    if asked.kind not in ("question", "unknown") or not set(asked.subjects) <= _walk_subjects():
        return None
    return clean(sentences[0])


@functools.cache
def _walk_subjects() -> frozenset[str]:
    """The subjects of the walkthrough's steps: what a step does, and what it stands for."""
    return frozenset(s for step in _steps().values() for s in (step.subject, *step.stands_for) if s)


def _supposed_order(text: str, step: _StepWords, locale: str, where: str) -> Reading:
    """ "what happens if I skip this?", "if I skip the archive can I get it later?": an
    order supposed at a step asks about the step (how), or about the subjects it names
    in so many words ("if I skip this, will my followers still move?"); it is no order."""
    understood, text_locale = _understand(text, locale)
    # The move itself is no other subject here ("que se passe-t-il si je saute ...").
    own = {step.subject, "move", *step.how_for, *step.stands_for, *step.reported_by}
    named = understood.kind in ("question", "myth") and not understood.ranked
    if named and understood.subjects and not set(understood.subjects) <= own:
        return Reading(None, understood, text_locale, where)
    return Reading("how", understood, text_locale, where)


def _troubled(answer: str | None, text: str, words: _Book, allowed: Collection[str]) -> bool:
    """A report ("done", "requested", "downloaded") with a problem told after it ("ya lo
    hice pero me sale error", "did it but nothing happens") is no report: tried, and
    something went wrong; at a step that takes "how", it asks how to do the step."""
    return answer in _REPORTS and "how" in allowed and words.has_contrast(text)


def _troubled_report(
    text: str, allowed: Collection[str], words: _Book, locale: str, inside: list[str]
) -> bool:
    """ "did it but it says error", "uploaded it but nothing happened", "requested it but
    no email came": the step reported done (its words, or a report's shape) with a
    problem after it (_troubled). Only where no subject was named in so many words
    (those are asked: "did it but it says not an alias of this account")."""
    if any(_troubled(group, text, words, allowed) for group in inside):
        return True
    return _troubled("done", text, words, allowed) and words.reports(text, locale)


def _reports_step(
    text: str,
    step: _StepWords | None,
    allowed: frozenset[str],
    words: _Book,
    heard: tuple[Understanding, str],
    found: tuple[list[str], list[str]],
) -> bool:
    """ "Umzug ist angestoßen", "la migration est lancée", "ya agregué la cuenta vieja como
    alias": a short statement about the step's own subject, in the shape of a report, did
    the step. Not a question, not "not", not "but", no command or other answer in it."""
    understood, locale = heard
    if step is None or "done" not in allowed or understood.kind != "question":
        return False
    # The followers step names its own subject (follower_timing) only when some are late,
    # so its reports name the followers (steps.toml reported_by).
    if (
        not understood.subjects
        or not set(understood.subjects) <= step.reported_by
        or understood.ranked
    ):
        return False
    if words.asks(text) or words.opens_question(text) or not words.reports(text, locale):
        return False
    if words.negated(text) or words.has_contrast(text):
        return False
    # An order opening it, the report only its reason ("zurück, ich hab beim alias was
    # falsch gemacht"): the order (clause_order, as "retour, je me suis trompé").
    if words.clause_order(text, _ORDERS, first=True) is not None:
        return False
    exact, inside = found
    return not {*exact, *inside} & {*COMMANDS, *ANSWERS} - {"done"}


def _closed_by_done(
    text: str,
    step: _StepWords | None,
    allowed: frozenset[str],
    words: _Book,
    understood: Understanding,
) -> bool:
    """ "I wrote the bio, uploaded the avatar and copied the links over. That part is
    complete.": a story of what was done at the step, closed by a short sentence saying
    it is done, is "done", whatever its story names (too long for the phrases inside it
    to count), unless it claims the step's own mistake (steps.toml `mistakes`). Not when
    it asks ("?"), says something went wrong, or the closing says "not" or anything but
    done; nor when the story opens by skipping the step ("brauch ich nicht, ich folge eh
    kaum wem. weiter": the "go on" after it goes on without the step)."""
    if step is None or "done" not in allowed or step.mistakes & set(understood.myths):
        return False
    if words.asks(text) or words.has_contrast(text):
        return False
    sentences = [s for s in _SENTENCE.split(text.strip()) if clean(s)]
    if len(sentences) < 2 or "skip" in words.find(sentences[0])[1]:
        return False
    last = sentences[-1]
    if len(clean(last).split()) > _MAX_HOW_WORDS or words.negated(last):
        return False
    exact, inside = words.find(last)
    said = {*exact, *inside}
    return "done" in said and not said & ({*COMMANDS, *ANSWERS} - {"done"})


def _denies_step(
    text: str,
    step: _StepWords | None,
    allowed: frozenset[str],
    words: _Book,
    understood: Understanding,
    found: tuple[list[str], list[str]],
) -> bool:
    """ "havent downloaded it yet", "no i didnt", "i dont have a new account yet": a
    statement that says "not", about the step's own subject or nothing, with "yet" or in
    a few words, is the step not done yet. Not a question, not a problem ("but", "error"),
    no order or "how" in it ("i don't see the button" asks how)."""
    if step is None or "not_yet" not in allowed or not words.negated(text):
        return False
    if understood.kind not in ("question", "unknown"):
        return False
    # "still no email, so not downloaded": the archive's news denied names the archive (or
    # a guess ranked from its words), and says the step is not done in any length.
    denied = words.denies_news(text)
    if denied:
        if not understood.ranked and not set(understood.subjects) <= {*step.reported_by, "archive"}:
            return False
    elif (understood.ranked and understood.subjects) or not set(
        understood.subjects
    ) <= step.reported_by:
        return False
    if words.asks(text) or words.opens_question(text) or words.has_contrast(text):
        return False
    exact, inside = found
    if {*exact, *inside} & {*COMMANDS, "how"}:
        return False
    said = clean(text).split()
    return denied or "yet" in said or len(said) <= _FEW_WORDS


def _about_old_account(understood: Understanding, locale: str) -> bool:
    """Whether the message asks about the old account (knowledge `of_the_old_account`:
    old_account, and keep_both_accounts, going on posting from it) and names no step's
    subject: a command word beside it ("resume", "restart", "puis-je continuer à poster
    depuis l'ancien compte ?") says what the old account might do, and read as the
    command it would change or drop the member's walk."""
    own = {step.subject for step in _steps().values()}
    subjects = knowledge(locale).subjects
    asked = set(understood.subjects)
    return own.isdisjoint(asked) and any(
        (subject := subjects.get(s)) is not None and subject.of_the_old_account for s in asked
    )


def _own_command(understood: Understanding, locale: str) -> str | None:
    """The command a subject asked about alone stands for in a DM (knowledge `command`:
    move_progress is the member's own `progress`)."""
    if len(understood.subjects) != 1:
        return None
    subject = knowledge(locale).subjects.get(understood.subjects[0])
    return subject.command if subject is not None else None


def _erased_after_asking(text: str, words: _Book) -> bool:
    """ "le bot garde des infos sur moi ? effacez-les svp": what the bot keeps asked, then a
    last clause that opens with an erasing verb (_erasing_verb: "effacez-les") and asks
    nothing: the order to forget, though the message asks."""
    clauses = _clauses(text)
    if not clauses or words.asks(clauses[-1]) or words.opens_question(clauses[-1]):
        return False
    last = clean(clauses[-1]).split()
    return bool(last) and _erasing_verb(last[0], words)


def _erasing_verb(word: str, words: _Book) -> bool:
    """Whether a cleaned word is a verb of forgetting or erasing (`[ignore] forgetting`),
    with an object pronoun glued on by a hyphen or not ("effacez-les", "supprime-le"): the
    tables list each verb once, not once a pronoun."""
    return word in words.forgetting or word.partition("-")[0] in words.forgetting


def _privacy_words(understood: Understanding, locale: str) -> bool:
    """Whether every subject found is one a privacy order's words also name (knowledge
    `privacy_words`: the old account's deletion, the overview, the profile)."""
    subjects = knowledge(locale).subjects
    return all(
        (subject := subjects.get(s)) is not None and subject.privacy_words
        for s in understood.subjects
    )


def _named_in_a_question(
    text: str, found: tuple[list[str], list[str]], choice: str, locale: str
) -> bool:
    """A language only named inside a sentence that asks about a subject ("conoces una
    buena instancia en español", "un serveur en français ?") is part of the question, not
    a request to switch; the whole message "en español" or an explicit request ("answer
    me in french") still switches."""
    exact, inside = found
    if f"speak:{choice}" in exact or f"ask:{choice}" in inside:
        return False
    # A verb of speaking opening the message with the language, then only why ("répondez-
    # moi en anglais, mon français vient d'une application", "contésteme en inglés, uso un
    # traductor"): the request, whatever subject the reason names (an app, the website).
    # Or that clause alone, asking nothing ("oye ponme los mensajes en francés": "mensajes"
    # is what to write in French, not DMs asked about).
    # So is a first clause that is the whole request ("French please, it's for a friend
    # from the conversation club": "conversation" is no DM asked about).
    clauses = _clauses(text)
    words = book()
    first, why = (clauses[0], ", ".join(clauses[1:])) if len(clauses) > 1 else (text, "")
    if (
        (
            words.verb_then_language(clean(first).split()) == choice
            or (bool(why) and f"speak:{choice}" in words.find(first)[0])
        )
        and not words.asks_anywhere(why)
        and (why or not words.asks(text))
    ):
        return False
    understood, _ = _understand(text, locale)
    # A subject named in so many words (a strong phrase), not a hint: "switch to japanese"
    # only hints at the move.
    strong = understood.confidence >= _STRONG_READING and not understood.ranked
    return understood.kind == "question" and bool(understood.subjects) and strong


def _by_step(step: _StepWords | None) -> list[str]:
    """The answers in the order to hear them inside a message: the step's own first, then
    the archive news any step takes ("c'est bon, j'ai téléchargé les fichiers" at the
    export step is done, not news of the archive)."""
    if step is None:
        return list(ANSWERS)
    return sorted(ANSWERS, key=lambda group: group not in step.on)


def _for_step(group: str, step: _StepWords | None, understood: Understanding) -> str:
    """ "I've downloaded the CSVs" at the export step did the step: archive news said at a
    step that does not take it, about something other than the archive, is "done"."""
    if (
        group in ("requested", "downloaded")
        and step is not None
        and group not in step.on
        and "done" in step.on
        and "archive" not in understood.subjects
    ):
        return "done"
    return group


def _said_at_step(group: str, step: _StepWords | None, understood: Understanding, text: str) -> str:
    """The answer a message's words give at a step: _for_step's, then "done" said at a
    step that takes no archive news, in a message about the archive whose only done-like
    words are the archive's own, is that news ("I requested the archive" at the import
    step: the done words hold "angefordert", "ダウンロードした" for the steps they do); a
    done word of its own still wins (_Book.archive_news_only). The model's command, which
    has no words to weigh, is _for_step's alone (_model_command). A download word that is
    only the "have" of a request after it ("ich habe das Archiv angefordert": "habe das
    archiv" alone says it is downloaded) is the request."""
    if group == "downloaded" and book().requested_with_have(text):
        group = "requested"
    group = _for_step(group, step, understood)
    if (
        group != "done"
        or step is None
        or step.on & {"requested", "downloaded"}
        or "archive" not in understood.subjects
    ):
        return group
    return book().archive_news_only(text) or group


def _opening_answer(text: str, allowed: frozenset[str], words: _Book) -> str | None:
    """ "yes, the followers are here", "oui, c'est fait": an answer that opens the message."""
    first = clean(_CLAUSE.split(text.strip(), maxsplit=1)[0])
    if first.split()[:1] and first.split()[0] in words.yes:
        return "done" if "done" in allowed else None
    for group in words.exact.get(first, ()):
        if group in allowed and group in ("done", "not_yet"):
            return group
    return None


def _order_after_no(text: str, words: _Book) -> str | None:
    """ "nah wait, back.", "no, back", "nope, stop": a short "no" (a whole clause that is
    `not_yet` alone) then an order that is a whole message alone ("back", "stop", "next"):
    the "no" turns down the step, the order says what instead, as it would alone, and a
    reason may follow ("nah wait, back. I don't think the alias went through"), not a
    question. Orders said inside longer words ("no, skip it") are found already."""
    clauses = [c for c in _CLAUSE.split(text.strip()) if clean(c)]
    if len(clauses) < 2 or "?" in text:
        return None
    refusal = words._without_ignored(clean(clauses[0]))
    if len(refusal.split()) > 2 or "not_yet" not in words.exact.get(refusal, ()):
        return None
    order = next((g for g in words.find(clauses[1])[0] if g in _ORDERS), None)
    # "plus tard, on continue": going on after the step put off is _put_off_then_on's.
    return None if order == "resume" else order


def _put_off_then_on(text: str, words: _Book) -> bool:
    """ "je ferai mon profil plus tard, on continue", "lo hago después, sigamos": the step
    put off, then a last clause that is only "go on" (a `resume` phrase alone) and no
    question. At a step nothing is paused to resume: going on past the step put off skips
    it. Not "can I come back to it tomorrow?" (not a clause of "go on" alone)."""
    clauses = _clauses(text)
    if len(clauses) < 2 or words.asks(text) or "resume" not in words.exact_of(clauses[-1]):
        return False
    exact, inside = words.find(", ".join(clauses[:-1]))
    return "not_yet" in exact or "not_yet" in inside


def _allowed_answers(where: str) -> frozenset[str]:
    """Which answers mean something here: the step's own, "how?", archive news; outside a
    walkthrough in a DM, archive news, and a direction starts one ("I'm leaving this
    server"; said in a whole sentence, not a bare "2")."""
    if where == PUBLIC:
        return frozenset()
    if where == DM:
        return frozenset({*_DIRECTIONS, "requested", "downloaded"})
    step = _steps().get(where)
    if step is None:
        return frozenset()
    return frozenset({*step.on, *_ANY_STEP})


def _step_named(
    text: str, step: _StepWords, understood: Understanding, locale: str
) -> Understanding:
    """A message at a step that names nothing of the step itself, where the step's own
    thing is what "it" stands for ("i did it on the old account" at the alias step): read
    again with the step's subject named before it (its knowledge `label`, "the alias"),
    and taken only where that reading states one of the step's mistakes (steps.toml
    `mistakes`: the step done the wrong way)."""
    if step.subject is None or step.subject in understood.subjects:
        return understood
    subject = knowledge(locale).subjects.get(step.subject)
    if subject is None or not subject.label:
        return understood
    again = understand(f"{subject.label}. {text}", locale)
    return again if step.mistakes & set(again.myths) else understood


def _understand(text: str, locale: str) -> tuple[Understanding, str]:
    """Understand in the text's own language when the detector is sure, else in the reply
    language first; if that finds nothing, the other locales, likeliest first."""
    guess = _detected(text)
    # Not the detector's unsure guess first: English tables read chat English best, and an
    # unsure guess tried first made 5% of English messages answered in Spanish or German.
    order = [guess.locale] if guess.confident and guess.locale else []
    order += [code for code in (locale, *language.candidates(text)) if code not in order]
    first: tuple[Understanding, str] | None = None
    for code in order:
        if first is not None and _cannot_win(first[0], text, code, first[1], guess.confident):
            continue  # as below, known without reading the message in `code`
        understood = understand(text, code)
        # The detector was sure, and its language's tables found nothing at all: it can be
        # wrong on short text ("la gente que bloqueé, la tengo que volver a bloquear?" is
        # "English, 0.95"), so another locale may name a subject in several words of the
        # message, but not guess one.
        if (
            first is not None
            and guess.confident
            and not _sure_elsewhere(first[0], understood)
            and not _written_in(text, code, than=first[1])
        ):
            continue
        if first is not None and _out_of_scope(first[0], understood):
            continue
        if understood.kind != "unknown" and not understood.ranked:
            return _heard_out(text, guess, (understood, code))
        # A ranking guess (bot/ranking.py) waits: a phrase in another language wins over it.
        if first is None or (first[0].kind == "unknown" and understood.ranked):
            first = (understood, code)
        if guess.confident and understood.ranked:
            break  # the detector is sure and its tables guessed: others would only guess
    assert first is not None
    return first


def _cannot_win(first: Understanding, text: str, code: str, first_code: str, sure: bool) -> bool:
    """Whether `code`'s reading would be passed over in _understand whatever it is, told
    from the most evidence its tables can find (Lexicon.most_evidence: a few look-ups a
    word, not the phrases scanned): below what _sure_elsewhere asks of it, and the message
    not clearly in its words, where the detector is sure; or no more than the first
    reading's out-of-scope evidence (_out_of_scope)."""
    out_of_scope = first.kind == "unknown" and first.evidence > 0
    if not sure and not out_of_scope:
        return False  # `code` is read whatever its evidence
    if sure and first.evidence and not _written_in(text, code, than=first_code):
        # Never sure elsewhere (the first reading found something): passed over whatever
        # `code` finds, told without cutting the message into its words where the first
        # tables know most of them (_known_ahead). A wasted cut of a Spanish row in the
        # German tables was ~390,000 instructions, an eighth of a read.
        return True
    most, length = lexicon(code).most_evidence(text)
    if out_of_scope and most <= first.evidence:
        return True
    if not sure:
        return False
    # _sure_elsewhere: other.evidence >= min(_SURE_ELSEWHERE, other.length), its length
    # the message's words in `code` (a ranking guess, whose length is 0, is never sure).
    can_be_sure = not first.evidence and most >= (min(_SURE_ELSEWHERE, length) or _SURE_ELSEWHERE)
    return not can_be_sure and not _written_in(text, code, than=first_code)


def _out_of_scope(first: Understanding, other: Understanding) -> bool:
    """The first tables recognised the message as out of scope ("how do I edit a post"):
    another locale's phrase must account for more of it to overrule that."""
    return first.kind == "unknown" and first.evidence > 0 and other.evidence <= first.evidence


def _sure_elsewhere(sure: Understanding, other: Understanding) -> bool:
    """Whether another locale's reading may overrule the sure detector's, which found
    nothing at all (not even something out of scope, like "alt text")."""
    enough = min(_SURE_ELSEWHERE, other.length) or _SURE_ELSEWHERE  # all of "servus!"
    return not sure.evidence and not other.ranked and other.evidence >= enough


def _heard_out(
    text: str, guess: language.Guess, found: tuple[Understanding, str]
) -> tuple[Understanding, str]:
    """When the language is unsure, the other locales still get a say: one whose tables'
    phrases account for more of the message wins ("¿qué se transfiere y qué no?" is
    Spanish, though English tables find "transfer" in it); a tie keeps the first."""
    if guess.confident:
        return found
    best = found
    for code in language.candidates(text):
        if code == found[1]:
            continue
        if lexicon(code).most_evidence(text)[0] < best[0].evidence:
            continue  # it cannot account for as much of the message
        other = understand(text, code)
        if other.kind == "unknown" or other.ranked or other.evidence < best[0].evidence:
            continue
        if other.evidence > best[0].evidence or _written_in(text, code, than=best[1]):
            best = (other, code)
    return best


# read_in_context() and _understand() both ask this of a message's text.
@functools.lru_cache(maxsize=16)
def _detected(text: str) -> language.Guess:
    """The detector's guess, unless the text is clearly in another locale's words: on one
    short line it is often sure and wrong ("can i export my favourites" is "French, 0.97",
    "will my profile fields be copied" German), though every word is in the English
    tables and few in its guess's."""
    guess = language.detect(text)
    if not guess.confident or guess.locale is None:
        return guess
    if lexicon(guess.locale).known_share(text) > 1 - _WRITTEN_AHEAD:
        return guess  # no other locale can be that far ahead: one look, not five
    for code in sorted(language.spoken()):
        if code != guess.locale and (
            _written_in(text, code, than=guess.locale) or _far_ahead(text, code, than=guess.locale)
        ):
            return language.Guess(code, guess.confidence)
    return guess


def _far_ahead(text: str, code: str, *, than: str) -> bool:
    """Whether `code`'s tables know far more of the message's words than those of the
    detector's sure guess (_FAR_AHEAD): "recommencer du debut" is "English, 0.95", though
    the English tables know none of its words and the French two of three."""
    return _known_ahead(text, code, than=than, share=0.0, ahead=_FAR_AHEAD)


def _known_ahead(text: str, code: str, *, than: str, share: float, ahead: float) -> bool:
    """Whether `code`'s tables know at least `share` of the message's words and `ahead`
    more of them than `than`'s (bot/understand.py known_share): the one comparison the
    reply-language rules make, each at its own bars."""
    than_known = lexicon(than).known_share(text)
    if 1.0 - than_known < ahead:
        return False  # no share is above 1: `code`'s message not cut into its words for it
    known = lexicon(code).known_share(text)
    return known >= share and known - than_known >= ahead


def _tag_kept(text: str, locale: str, tag: str | None) -> str:
    """The status's tag where a sure detector overruled it though the tag's tables know
    far more of the message's words than the guess's (_WRITTEN_AHEAD): lingua is sure and
    wrong on some lines of chat English ("no more reminders thx" is "French, 0.96", "got
    the zip, lekker" German), and the tag is a second witness the untagged first contact
    lacks. A guess from Japanese script is never the detector's doubt."""
    tagged = language.tag_locale(tag)
    if tagged is None or tagged == locale or locale == "ja" or not language.detect(text).confident:
        return locale
    ahead = lexicon(tagged).known_share(text) - lexicon(locale).known_share(text)
    return tagged if ahead >= _WRITTEN_AHEAD else locale


def _written_in(text: str, code: str, *, than: str) -> bool:
    """Whether the message is clearly in `code`'s words rather than `than`'s: its tables
    know nearly all of its words and far more of them ("que pasa con mis mds" is Spanish,
    though the detector says French and French tables also find "dm" in it)."""
    return _known_ahead(text, code, than=than, share=_WRITTEN_IN, ahead=_WRITTEN_AHEAD)


def _words_say(text: str) -> str | None:
    """The locale a message is clearly written in by its words, when the detector is not
    sure: short lines are ("posts épinglés ?" is "Spanish, 0.67", "Arrête les rappels
    s'il te plaît." "English, 0.42"), and then the tag or the default answered members in
    English whose every word the French tables know. Nearly all of its words in one
    locale's tables and far fewer in any other's (_written_in), or None."""
    if language.detect(text).confident:
        return None
    if len(book().said_in(text)) > 1:
        return None  # "stop", "ok": a German member's "stop" is no switch to English
    # Likeliest first; a tie keeps the alphabetical order (sorted() is stable).
    ranked = sorted(sorted(language.spoken()), key=lambda code: -lexicon(code).known_share(text))
    best, runner_up = ranked[:2]
    if _written_in(text, best, than=runner_up) or _seconded(text, best, than=runner_up):
        return best
    return None


def _seconded(text: str, code: str, *, than: str) -> bool:
    """Whether two unsure witnesses agree: the detector's guess, short of sure, is the
    locale whose tables know most of the message's words, and clearly more of them than
    any other's (_SECONDED_IN, _SECONDED_AHEAD). "me salto este paso" (Spanish 0.83; the
    Spanish tables know three words of four, the others one) and "omitir este paso" were
    answered in the default English, though both witnesses said Spanish."""
    return language.detect(text).locale == code and _known_ahead(
        text, code, than=than, share=_SECONDED_IN, ahead=_SECONDED_AHEAD
    )


def _marked(text: str) -> str | None:
    """The locale whose own letters an unsure detector's text holds (language.marked:
    "¿en qué paso me quedé?", "je zappe celle-là"), when no locale's tables know more of
    the words than its own: one "ñ" in an English line ("thanks from señora") is a name,
    not a Spanish member, and one "voilà" in Spanish no French one."""
    if language.detect(text).confident or (marked := language.marked(text)) is None:
        return None
    known = lexicon(marked).known_share(text)
    if any(lexicon(code).known_share(text) > known for code in language.spoken()):
        return None
    return marked


def _says_no_language(text: str) -> bool:
    """No word any locale's tables know, its answers' and commands' words included, once
    handles, links and hashtags are out: a keyboard mash ("hjkhjk", "asdf jkl qwer"), a
    greeting in a language the bot does not speak. It says nothing of its language, though
    lingua may be sure of one ("hjkhjk" is "Spanish, 0.99", "xcvbnm" "Spanish, 0.96")."""
    if language.detect(text).locale == "ja":
        return False
    bare = language.without_names(text)
    # The detector's guess first: its tables cut the message anyway when it is read, and
    # one that knows a word ends the look (any() is the same in any order).
    if any(lexicon(code).known_share(bare) > 0 for code in language.candidates(text)):
        return False
    return not any(_walkthrough_knows(word) for word in clean(bare).split())


def _walkthrough_knows(word: str) -> bool:
    """Whether `word` is one of the five locales' command and answer words
    (_walkthrough_words: each between two line breaks in the block of its first byte, so
    found so exactly when it is one). A word holds no line break (split(), romaji's words)."""
    looked_for = f"\n{word}\n".encode()
    block = _walkthrough_words().get(looked_for[1])
    return block is not None and looked_for in block


@functools.cache
def _walkthrough_words() -> dict[int, bytes]:
    """Every word of the five locales' command and answer phrases ("requested", "erledigt",
    "dale"), which the lexicons leave out, in UTF-8, each between two line breaks, one
    text per first byte: built at the first message no lexicon knows a word of, or the
    first word romaji spells (kana_spelled). No word holds a white space (split()), and no
    other character's UTF-8 holds a line break's byte, so a word is one of them exactly
    when it is found so between two. The 3,195 words are 49 KB of text where a frozenset
    of them took 0.22 MB for good (the blocks and their dict add 5 KB). One text of them
    all was looked through in ~130,000 instructions a word, and bot/romaji.py asks this of
    a word in about a third of the reads (_known_in_latin_locales): a block is a few KB."""
    tables = (book().exact, book().inside, book().locales_of, book().inside_locales)
    words = {word for table in tables for phrase in table for word in phrase.split()}
    blocks: dict[int, list[bytes]] = {}
    for word in sorted(words):
        encoded = word.encode()
        blocks.setdefault(encoded[0], []).append(encoded)
    return {first: b"\n" + b"\n".join(found) + b"\n" for first, found in blocks.items()}


def read_in_context(
    text: str,
    *,
    where: str,
    chosen: str | None,
    tag: str | None,
    default: str,
    remembered: str | None = None,
) -> tuple[str, Reading]:
    """The reply language and the reading of a message (bot/language.py's precedence).

    When the detector is not sure, the tables break the tie: a message that only the
    detector's first guess's tables understand is in that language ("et mes listes ?").
    A message that says nothing of its language (_says_no_language) is no text the
    detector can be sure of: the tag decides, then the member's last language, then the
    default (a mash lingua called Spanish at 0.99 switched a member under a right tag).
    Japanese typed in Latin letters is read, and answered, as the kana it spells."""
    text = kana_spelled(text, where)
    if chosen not in language.spoken() and _says_no_language(text):
        locale = language.reply_locale(
            "", chosen=None, tag=tag, default=default, remembered=remembered
        )
        return locale, read(text, where=where, locale=locale)
    locale = language.reply_locale(
        text, chosen=chosen, tag=tag, default=default, remembered=remembered
    )
    if chosen not in language.spoken() and (words := _words_say(text)):
        locale = words  # the text's own words, before a tag or the default
    elif chosen not in language.spoken() and (marked := _marked(text)):
        locale = marked  # letters only one locale writes ("¿", "ç"), before a tag
    elif chosen not in language.spoken() and locale == language.detect(text).locale:
        locale = _detected(text).locale or locale  # the words outweigh a sure detector
        locale = _tag_kept(text, locale, tag)
    reading = read(text, where=where, locale=locale)
    if chosen in language.spoken() or reading.locale == locale:
        # Not re-read in an unsure guess's language: German tables understand much chat
        # English ("where do I find the export page"), which then got German replies.
        return locale, reading
    guess = language.detect(text)
    understood = reading.command is not None or reading.understanding.kind != "unknown"
    if understood and _written_in(text, reading.locale, than=locale):
        # "salut le bot": only the French tables read it, and they know every word, the
        # reply locale's a third: the words are French, however unsure the detector is.
        return reading.locale, reading
    if not understood or guess.confident or guess.locale is None:
        return locale, reading
    if guess.locale == reading.locale:
        return reading.locale, reading
    return locale, reading


def goes_on(text: str) -> bool:
    """ "weiter", "continue", "seguimos": the whole message asks to go on, in any locale."""
    return book().goes_on(text)


def assents(text: str) -> bool:
    """ "ok", "yes", "👍", "thanks": the whole message only agrees or thanks."""
    return book().assents(text)


def acknowledges(text: str) -> bool:
    """ "ok", "👍", "cool", "thanks": the whole message only agrees or thanks and asks
    nothing (no "?"). An empty mention acknowledges nothing. Filler alone is no subject,
    whatever a typo-correcting reading makes of it ("cool" is not the cooldown)."""
    words = book()
    return bool(text.strip()) and words.assents(text) and not words.asks(text)


def ways_inside(text: str) -> frozenset[str]:
    """The ways a message names anywhere ("away", "here": "from my old server to here"),
    whatever step it is said at (bot/walkthrough.py hears a change of way with them)."""
    exact, inside = book().find(text)
    return frozenset(g for g in (*exact, *inside) if g in _DIRECTIONS)


def way_said(text: str) -> str | None:
    """ "away" or "here" when the whole message is one of the two ways ("2", "I'm coming
    here"), else None."""
    exact, _ = book().find(text)
    return next((group for group in exact if group in _DIRECTIONS), None)


def _supposed_past(phrase: str, text: str, end: int) -> bool:
    """Whether an unspaced phrase in the past ("作成した", "押した", "できた") is the
    conditional "-たら"/"-だら" in the text ("これを作成したら…どうなる", "設定できたら教えるね"):
    supposed or still to come, no report of the step done. "したらしい" (it seems it did)
    still reports."""
    return (
        phrase[-1:] in ("た", "だ")
        and text[end : end + 1] == "ら"
        and text[end + 1 : end + 3] != "しい"
    )


def said_as_a_word(text: str) -> bool:
    """Whether the whole message is a walkthrough word of some locale ("done", "fait")."""
    return bool(book().find(text)[0])


def confirms(text: str) -> bool:
    """ "yes" to "delete everything?", in any locale."""
    exact, _ = book().find(text)
    return "confirm" in exact


def delete_target(text: str) -> str | None:
    """The answer to "this bot's data or your Mastodon account?": "bot", "account" or None."""
    exact, inside = book().find(text)
    for target in ("delete_bot", "delete_account"):
        if target in exact or target in inside:
            return target.removeprefix("delete_")
    return None
