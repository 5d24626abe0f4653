"""Which language a message is written in, and which language to answer in.

Status language tags are often wrong or missing (clients send the account's default,
remote statuses may carry none), so the text itself is read with a language-identification
library restricted to the bot's locales. Chosen on our own measurements over the 602
one-line chat messages of tests/data/questions*.toml (2 shared cores; RSS added to a bare
interpreter once the models are loaded):

    library (mode)                   right    right when conf >= 0.9   per call   RSS added
    lingua-language-detector 2.1.1   95.3%    99.1% (537 of 602)        25 µs     +17 MB
      (low accuracy mode)
    lingua-language-detector 2.1.1   99.2%    -                         59 µs    +190 MB
      (high accuracy mode)
    py3langid 0.4.0 (numpy)          98.7%    100%  (567 of 602)        31 µs    +125 MB

Only lingua's low accuracy mode fits the bot's 80 MB budget; it is right 99% of the
time it is confident, and the bot uses the text only then (see `reply_locale`).
Kana or kanji mean Japanese without asking the model (one fewer model in memory).
"""

from __future__ import annotations

import functools
import os
import re
import string
from dataclasses import dataclass

import replies
from bot.footprint import let_go_of_clean_pages
from bot.text import Beyond, Needing

# Below this confidence the text does not decide the language (the tag or choice does).
CONFIDENT = 0.9
# Fewer letters than this say too little ("ok", "1", "ja"): they never decide.
MIN_LETTERS = 4

_JAPANESE = Beyond(re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]"))
# Links, handles, hashtags and server names are no language. In ASCII only: Japanese has
# no spaces, and "\S+" ate "mstdn.jpから移ります" whole, leaving no Japanese to see.
# Every link, handle and hashtag it finds holds "://", "@" or "#" (most texts have none:
# the pattern costs more than the look for them), and every server name it finds
# ("mstdn.jp", "example.social") a dot with a Latin letter, digit, "_" or "-" before it
# and two Latin letters after. A sentence's full stop ("done. thanks") has none, and the
# whole pattern, tried at every letter of a text with a dot in it, cost ~170,000
# instructions on a 100-letter message (the look for a server's dot ~3,000).
_NOT_LANGUAGE = Needing(
    re.compile(
        r"https?://[!-~]+|[!-~]*@[!-~]+|#\w+"
        r"|[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.[A-Za-z]{2,}[!-~]*"
    ),
    ("://", "@", "#"),
    otherwise=Needing(re.compile(r"\.(?<=[A-Za-z0-9_-]\.)[A-Za-z]{2}"), (".",)),
)
_LETTER = re.compile(r"[^\W\d_]")
_ASCII_LETTERS = string.ascii_letters.encode()
_CODES = {"ENGLISH": "en", "GERMAN": "de", "FRENCH": "fr", "SPANISH": "es"}


@dataclass(frozen=True)
class Guess:
    """The language a text is most likely written in; locale None when it says nothing."""

    locale: str | None
    confidence: float = 0.0

    @property
    def confident(self) -> bool:
        return self.locale is not None and self.confidence >= CONFIDENT


@functools.cache
def _detector():  # type: ignore[no-untyped-def]
    """lingua's detector for the Latin-script locales, models loaded now (not on the first
    member's message)."""
    # One thread loads the models one at a time: the parallel load peaked 5 MB higher, and
    # a message is too short for threads to help.
    os.environ.setdefault("RAYON_NUM_THREADS", "1")
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name, code in _CODES.items() if code in spoken()]
    return (
        LanguageDetectorBuilder.from_languages(*languages)
        .with_low_accuracy_mode()
        .with_preloaded_language_models()
        .build()
    )


@functools.cache
def spoken() -> frozenset[str]:
    """The locales the bot writes in."""
    return frozenset(replies.locales())


def load() -> None:
    """Load the models at start, so the first message is as fast as the rest."""
    _detector()
    detect("hello")


def let_go_of_model_pages() -> int:
    """Once the detector is built, the pages of lingua's library read to build it leave
    the bot's RSS (bot/footprint.py); kB. Those detecting needs come back as it runs."""
    from lingua import lingua as native

    return let_go_of_clean_pages(os.path.realpath(native.__file__))


# Reading one message asks about six times, of its own text: over every tuning row in turn
# (bench/latency.py --varied) 16 kept texts hit 83.2% of calls, as 256 did (91 KB).
@functools.lru_cache(maxsize=16)
def detect(text: str) -> Guess:
    """The language of `text` among the bot's locales, with the detector's confidence.
    Handles, links and hashtags are no language ("alice@new.example" is not English)."""
    text = without_names(text)
    letters = _letters(text)
    if letters == 0:
        return Guess(None)
    if holds_japanese(text) and "ja" in spoken():
        return Guess("ja", 1.0)
    values = _detector().compute_language_confidence_values(text)
    if not values:
        return Guess(None)
    best = values[0]
    code = _CODES.get(best.language.name)
    if code is None:
        return Guess(None)
    confidence = float(best.value) if letters >= MIN_LETTERS else 0.0
    return Guess(code, confidence)


def holds_japanese(text: str) -> bool:
    """Whether the text holds kana or kanji (half-width katakana too): Japanese, whatever
    else is in it (detect(); bot/romaji.py asks it of romaji beside Japanese script)."""
    return _JAPANESE.search(text) is not None


# detect() and bot/interpret.py's _says_no_language() both ask this of a message's text.
@functools.lru_cache(maxsize=16)
def without_names(text: str) -> str:
    """The text without handles, links, hashtags and server names, which are no language."""
    return _NOT_LANGUAGE.sub(" ", text)


# Letters that, of the bot's Latin-script languages, only one writes. On a short line the
# detector is often unsure and wrong where they stand ("¿en qué paso me quedé?" is "English,
# 0.57", "je zappe celle-là" "French, 0.82", under CONFIDENT), and the default answered the
# member in English. Spanish's "ü" (pingüino) and the "é" French and Spanish share are none.
_OWN_LETTERS = {"es": "¿¡ñ", "de": "ßäö", "fr": "çœèêàùâîôû"}


def marked(text: str) -> str | None:
    """The one locale whose own letters (_OWN_LETTERS) the text holds, handles, links and
    hashtags aside; None when it holds none, or those of two locales."""
    bare = without_names(text)
    if bare.isascii():
        return None
    bare = bare.lower()
    found = [
        code
        for code, letters in _OWN_LETTERS.items()
        if code in spoken() and any(letter in bare for letter in letters)
    ]
    return found[0] if len(found) == 1 else None


def _letters(text: str) -> int:
    """How many letters a text has (_LETTER), or any number from MIN_LETTERS up where it
    has more (detect() asks no more): its ASCII letters counted without a regex (in UTF-8
    no other character has an ASCII letter's byte), the others only where those are too
    few. findall() over a Spanish, French or German row's letters cost ~30,000
    instructions, nearly 1% of a read, and nearly every row has four ASCII letters."""
    encoded = text.encode("utf-8", "surrogatepass")  # a lone surrogate's bytes: no letter
    ascii_letters = len(encoded) - len(encoded.translate(None, _ASCII_LETTERS))
    if ascii_letters >= MIN_LETTERS or text.isascii():
        return ascii_letters
    return len(_LETTER.findall(text))


def candidates(text: str) -> list[str]:
    """Every locale the text could be in, likeliest first (for understanding fallbacks)."""
    guess = detect(text)
    ordered = [guess.locale] if guess.locale else []
    return [*ordered, *(code for code in sorted(spoken()) if code not in ordered)]


def tag_locale(tag: str | None) -> str | None:
    """A status's language tag ("de", "en-GB") as one of our locales, or None."""
    code = (tag or "").split("-")[0].split("_")[0].lower()
    return code if code in spoken() else None


def reply_locale(
    text: str,
    *,
    chosen: str | None,
    tag: str | None,
    default: str,
    remembered: str | None = None,
) -> str:
    """The language to answer in: the member's explicit choice until they choose again;
    else the text's language when the detector is confident; else the status's tag;
    else the language the member last wrote in; else the bot's default (BOT_LANGUAGE)."""
    if chosen in spoken():
        return str(chosen)
    guess = detect(text)
    if guess.confident and guess.locale:
        return guess.locale
    if tagged := tag_locale(tag):
        return tagged
    return str(remembered) if remembered in spoken() else default
