"""Japanese typed in Latin letters (romaji) read as the kana it spells.

Members without a Japanese keyboard, or on purpose, write "hikkoshi shitara toukou zenbu
kieru no?" or "Nihongo de onegai". No locale's tables know those words: the Latin locales'
found a stray "no" or "de" in them, the Japanese tables none of their letters, and the
message was a dead end. Spelled as kana ("ひっこししたらとうこうぜんぶきえるの?") the
Japanese tables read it as they read any message typed in hiragana. English words among
the romaji ("follower no kazu", "mute shiteta") stay as they are, as Japanese members mix
them into kana.

A message is taken for romaji only when its Latin words are all romaji syllables or
English words, and at least half of them (two at least, beside Japanese script) are
romaji no other locale's tables know: "nein", "danke", "done", "kann" are syllables too,
but German or English words. Hepburn, Kunrei and word-processor spellings ("shi" / "si",
"tsu" / "tu", "nn", "n'") are read; the particles は, を and へ, spelled as said ("wa",
"o", "e"), are written as Japanese writes them when they stand alone.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator

from bot import language

_VOWELS = {"a": "あ", "i": "い", "u": "う", "e": "え", "o": "お"}
_ROWS = {
    "k": "かきくけこ",
    "g": "がぎぐげご",
    "s": "さしすせそ",
    "z": "ざじずぜぞ",
    "t": "たちつてと",
    "d": "だぢづでど",
    "n": "なにぬねの",
    "h": "はひふへほ",
    "b": "ばびぶべぼ",
    "p": "ぱぴぷぺぽ",
    "m": "まみむめも",
    "r": "らりるれろ",
}
# Glides: consonant + y + a/u/o, and the Hepburn spellings that take no "y".
_GLIDE_STEMS = {
    "ky": "き",
    "gy": "ぎ",
    "sy": "し",
    "sh": "し",
    "zy": "じ",
    "jy": "じ",
    "j": "じ",
    "ty": "ち",
    "ch": "ち",
    "ny": "に",
    "hy": "ひ",
    "by": "び",
    "py": "ぴ",
    "my": "み",
    "ry": "り",
}
_SMALL = {"a": "ゃ", "u": "ゅ", "o": "ょ", "e": "ぇ"}


@functools.cache
def _syllables() -> dict[str, str]:
    table = dict(_VOWELS)
    for consonant, kana in _ROWS.items():
        for vowel, letter in zip("aiueo", kana, strict=True):
            table[consonant + vowel] = letter
    for stem, kana in _GLIDE_STEMS.items():
        for vowel in "auo":
            table[stem + vowel] = kana + _SMALL[vowel]
    table.update(
        {
            "shi": "し",
            "chi": "ち",
            "tsu": "つ",
            "fu": "ふ",
            "ji": "じ",
            "she": "しぇ",
            "che": "ちぇ",
            "je": "じぇ",
            "fa": "ふぁ",
            "fi": "ふぃ",
            "fe": "ふぇ",
            "fo": "ふぉ",
            "ya": "や",
            "yu": "ゆ",
            "yo": "よ",
            "wa": "わ",
            "wo": "を",
            "nn": "ん",
            "n'": "ん",
        }
    )
    # Nihon-shiki "di", "du" are rarely typed and are Latin words' letters ("dime", "dur").
    for rare in ("di", "du"):
        table.pop(rare, None)
    return table


# A doubled consonant (and "tch") is a small っ before the syllable; no っ comes
# before the m, n, r, h, y or w rows.
_DOUBLED = re.compile(r"([kgsztdbpfjc])\1|t(?=ch)")
_MACRONS = str.maketrans({"ā": "aa", "ī": "ii", "ū": "uu", "ē": "ee", "ō": "ou", "â": "aa"})
_MACRONS.update(str.maketrans({"î": "ii", "û": "uu", "ê": "ee", "ô": "ou"}))
_WORD = re.compile(r"[a-zāīūēōâîûêô']+(?:-[a-zāīūēōâîûêô']+)*")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
# Handles, links, hashtags and server names: no language (bot/language.py without_names).
# Tried only where a word starts (the same matches: a name's match starts at its word's
# start), not at every letter: most of as_kana's time went on that search.
# Every match holds "@", "#" or "://", or a dot with a letter or digit before it and two
# letters after (_DOTTED): a text with none of them, most texts, is not searched (~50,000
# instructions on a Spanish row, a sixth of reading it as romaji).
_NAME = re.compile(r"(?<!\S)(?:\S*[@#]\S*|\S*://\S*|\S*[a-z0-9]\.[a-z]{2,}\S*)")
_NAME_MARKS = ("@", "#", "://")
_DOTTED = re.compile(r"[a-z0-9]\.[a-z]{2}")
# Standalone particles, spelled as said: written は, を, へ.
_PARTICLES = {"wa": "は", "o": "を", "wo": "を", "e": "へ"}
# Romaji that are also words of the Latin locales ("no" of "doko no step", "made", "to",
# German "wo" and "ja", French "dame"): read as Japanese when the message is, never
# counted as evidence that it is.
_BOTH = frozenset(
    {
        *("no", "to", "made", "are", "sore", "kore", "goto", "de", "ni", "ga", "ka", "mo"),
        *("ne", "yo", "ya", "te", "e", "o", "wo", "ja", "dame"),
    }
)


def kana_of(word: str) -> str | None:
    """A Latin word as the hiragana it spells, or None where it is no romaji."""
    word = word.lower()
    if not word.isascii():  # every macron is beyond ASCII (a dict's look-up a letter)
        word = word.translate(_MACRONS)
    table = _syllables()
    out: list[str] = []
    i = 0
    while i < len(word):
        if word[i] == "-":
            out.append("ー")
            i += 1
            continue
        if word.startswith("nn", i) and i + 2 < len(word) and word[i + 2] in "aiueoy":
            out.append("ん")  # "onna", "konnichiwa": ん, then a syllable of the n row
            i += 1
            continue
        if _DOUBLED.match(word, i) and i + 1 < len(word):
            out.append("っ")
            i += 1
            continue
        for size in (3, 2, 1):
            piece = word[i : i + size]
            if len(piece) == size and piece in table:
                # "n" before a vowel or "y" opens the next syllable: "nani", "konya".
                if piece == "n" or (size == 1 and piece not in _VOWELS):
                    continue
                out.append(table[piece])
                i += size
                break
        else:
            if word[i] == "m" and i + 1 < len(word) and word[i + 1] in "bpm":
                out.append("ん")  # Hepburn's "sempai", "shimbun"
                i += 1
                continue
            if word[i] == "n" and (i + 1 == len(word) or word[i + 1] not in "aiueoy'"):
                out.append("ん")
                i += 1
                continue
            return None
    return "".join(out) or None


def _may_name(lowered: str) -> bool:
    """Whether _NAME may find a name in a lowered text (False: it finds none)."""
    return any(map(lowered.__contains__, _NAME_MARKS)) or (
        "." in lowered and _DOTTED.search(lowered) is not None
    )


def as_kana(
    text: str, english: Callable[[str], bool], known_elsewhere: Callable[[str], bool]
) -> str | None:
    """The message with its romaji spelled in hiragana, or None when it is no romaji
    Japanese. `english(word)`: the English tables know the word (a loanword, kept as it
    is); `known_elsewhere(word)`: another Latin locale's tables or walkthrough do."""
    lowered = text.lower()
    if not _LATIN.search(text) or len(lowered) != len(text):
        return None
    names = [m.span() for m in _NAME.finditer(lowered)] if _may_name(lowered) else []
    found: Iterator[re.Match[str]] = _WORD.finditer(lowered)
    if names:
        found = (m for m in found if not any(a <= m.start() < b for a, b in names))
    # The words are taken one at a time, and all of them only once an English word needs
    # their number: a message of another language ends at its first word that is neither
    # romaji nor English, most often its first word, before the rest is searched for words.
    words: list[re.Match[str]] = []
    counted = False
    kana: dict[int, str | None] = {}
    romaji_only = english_words = 0
    for n in itertools.count():
        if n == len(words):  # the next word, unless all were taken
            if counted or (match := next(found, None)) is None:
                break
            words.append(match)
        word = words[n].group()
        if word in _BOTH:
            kana[n] = kana_of(word)
        elif english(word):
            kana[n] = None  # "mute", "page": an English word, kept as Japanese members do
            english_words += 1
            if not counted:
                words.extend(found)
                counted = True
            # Romaji must outnumber the English words: once the words left cannot, the
            # message is English (most messages end here, before any word is spelled).
            if romaji_only + len(words) - n - 1 <= english_words:
                return None
        elif (spelled := kana_of(word)) is not None and not known_elsewhere(word):
            kana[n] = spelled
            romaji_only += 1
        else:
            return None  # no romaji, and no English word: not Japanese in Latin letters
    if not words:
        return None
    least = 2 if language.holds_japanese(text) else 1
    # More romaji than English words, particles aside: "archive no zip tte atarashii hou
    # ni import dekiru no?" is Japanese with English nouns; "the tokyo instance" is
    # English, and so are "Thanks po!" and "hi po" (Filipino English: one English word,
    # one syllable).
    if romaji_only < least or (english_words and romaji_only <= english_words):
        return None
    return _spelled(text, lowered, words, kana)


def _spelled(
    text: str, lowered: str, words: list[re.Match[str]], kana: dict[int, str | None]
) -> str:
    """The message with each word that has kana (`kana`, by its place in `words`) spelled
    in them, the others as typed."""
    out: list[str] = []
    last = 0
    previous_kana = False
    for n, match in enumerate(words):
        between = lowered[last : match.start()]
        spelled = kana[n]
        # Japanese is written without spaces between its words, English ones among them
        # ("followしてるひとのlist").
        joined = (previous_kana or spelled is not None) and n and not between.strip()
        out.append("" if joined else between)
        if spelled is not None:
            out.append(_PARTICLES.get(match.group(), spelled))
        else:
            out.append(text[match.start() : match.end()])
        previous_kana = spelled is not None
        last = match.end()
    out.append(lowered[last:])
    return "".join(out)
