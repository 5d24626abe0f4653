"""Status HTML to plain text, and Mastodon's way of counting characters.

Mastodon sends status content as sanitised HTML (<p>, <br />, h-card mention spans,
links split into invisible/ellipsis spans). The bot reasons about what the member
typed, so it needs the text a reader sees, with the bot's own mention removed.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Hashable, Iterable
from html.parser import HTMLParser
from typing import Any, TypeVar

import regex

_BLOCKS = {"p", "blockquote", "pre", "li", "ul", "ol", "div", "h1", "h2", "h3", "h4", "h5", "h6"}


class _TextExtractor(HTMLParser):
    """Collects visible text; links keep their full href, mentions stay as '@user'."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._link_stack: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self._paragraph_break()
        elif tag == "a":
            classes = (attributes.get("class") or "").split()
            kind = "mention" if "mention" in classes and "hashtag" not in classes else "link"
            if "hashtag" in classes:
                kind = "hashtag"
            self._link_stack.append({"kind": kind, "href": attributes.get("href"), "start": None})
            self._link_stack[-1]["start"] = str(len(self.parts))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self._paragraph_break()
        elif tag == "a" and self._link_stack:
            link = self._link_stack.pop()
            if link["kind"] == "link" and link["href"]:
                # A shortened link shows "example.com/docs/migrating-you…": use the real URL.
                start = int(link["start"] or 0)
                shown = "".join(self.parts[start:])
                if shown.strip() and not shown.strip().startswith(("@", "#")):
                    del self.parts[start:]
                    self.parts.append(link["href"])

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """A malformed "<![" section ("<![0", "<![A:") is text: Python 3.11's parser raises
        AssertionError on it, which a status from any server could trigger."""
        try:
            return super().parse_marked_section(i, report)  # type: ignore[arg-type]
        except AssertionError:
            self.handle_data(self.rawdata[i : i + 3])
            return i + 3

    def _paragraph_break(self) -> None:
        if self.parts and not "".join(self.parts[-2:]).endswith("\n\n"):
            self.parts.append("\n\n")


def html_to_text(content: str) -> str:
    """Turn status HTML into the plain text a reader sees (paragraphs become blank lines)."""
    if not content:
        return ""
    if "<" not in content:
        return html.unescape(content).strip()
    parser = _TextExtractor()
    parser.feed(content)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\u00a0]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def strip_mentions(text: str, usernames: list[str]) -> str:
    """Remove the given @mentions (with or without domain) from plain text."""
    for username in usernames:
        pattern = rf"(?<![\w@])@{re.escape(username)}(?:@[\w.-]+\w)?(?![\w@])"
        text = re.sub(pattern, "", text, flags=re.IGNORECASE)
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r"^[ \t]+|[ \t]+$", "", text, flags=re.MULTILINE)
    return text.strip()


_INVISIBLE = regex.compile(r"[\p{Cf}\p{Cc}--[\n\t]]", flags=regex.V1)


# A letter of Japanese once normalised (kana, the long-vowel mark, kanji): the one class the
# modules that cut, read and weigh Japanese text look for.
JAPANESE_LETTER = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]"
# Half-width katakana (ｱｶｳﾝﾄ), which NFKC makes full-width; hiragana and kanji after it.
_HALF_WIDTH_KANA = re.compile(r"[\uff66-\uff9f]")
_HIRAGANA_OR_KANJI = re.compile(r"[\u3041-\u3096\u3400-\u4dbf\u4e00-\u9fff]")


def normalise(text: str) -> str:
    """Case-fold, NFKC, drop zero-width/bidi controls: what matching code should compare.
    A printable text has none of them (str.isprintable: no character of the "Other"
    categories), and a message is normalised several times while it is read: the pattern
    is only run on the others.

    A message in half-width katakana alone (phones that type no other Japanese: "ﾄｳｺｳ ﾊ
    ﾓｯﾃｲｹﾙ?") is read as hiragana, which the tables fold to their words ("とうこう" is
    投稿, "ふぉろわー" フォロワー) as they fold a message typed in kana; katakana beside
    hiragana or kanji ("ﾌｫﾛﾜｰは移る？") stays katakana, as NFKC makes it. The tables hold
    no half-width katakana, so none of their words is changed."""
    half_width = not text.isascii() and _HALF_WIDTH_KANA.search(text) is not None
    text = unicodedata.normalize("NFKC", text)
    if half_width and _HIRAGANA_OR_KANJI.search(text) is None:
        text = text.translate(KATAKANA_TO_HIRAGANA)  # defined below
    if not text.isprintable():
        text = _INVISIBLE.sub("", text)
    return text.casefold()


# What Mastodon's StatusLengthValidator treats as a URL (twitter-text, scheme required) and a
# mention (@user or @user@domain); both approximated closely enough to never undercount.
_URL = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,:;!?)\]'»”]")
_MENTION = re.compile(r"(?<![\w/])@(\w+(?:[.-]+\w+)*)(?:@[\w.-]+\w)?")


_GRAPHEME = regex.compile(r"\X")
# The characters a grapheme cluster can join to a neighbour (Unicode's rules GB3-GB13: CR,
# Extend (with the Indic conjunct linkers), ZWJ, SpacingMark, Prepend, regional indicators,
# Hangul jamo and syllables). In a text with none of them every code point is a grapheme.
_JOINING = "Extend ZWJ SpacingMark Prepend Regional_Indicator L V T LV LVT"
_JOINS = regex.compile(
    "[\r" + "".join(rf"\p{{Grapheme_Cluster_Break={k}}}" for k in _JOINING.split()) + "]"
)


def graphemes(text: str) -> int:
    """User-perceived characters (extended grapheme clusters), as Mastodon counts a status.
    In ASCII every character is one but for CR LF (rule GB3), and in a text with no joining
    character every code point is one: most statuses, in every language, are counted
    without splitting them into clusters (packing a composed answer counts it hundreds of
    times). Compiled once: given as a string, regex looked the pattern up in its cache at
    each of the 270,000 counts the test suite makes."""
    if text.isascii():
        return len(text) - text.count("\r\n")
    if _JOINS.search(text) is None:
        return len(text)
    return len(_GRAPHEME.findall(text))


def status_length(text: str, spoiler_text: str = "", url_length: int = 23) -> int:
    """Count characters as Mastodon does: graphemes; each URL is url_length; mentions by username."""
    counted = _URL.sub("x" * url_length, text)
    counted = _MENTION.sub(lambda m: "@" + m.group(1), counted)
    return graphemes(counted) + (graphemes(spoiler_text) if spoiler_text else 0)


def raw_length(text: str) -> int:
    """Characters as a server that counts them raw sees them: every URL and domain in full,
    and in UTF-16 code units, which is never fewer than code points or graphemes."""
    return len(text.encode("utf-16-le")) // 2


def split_status(
    text: str,
    limit: int,
    *,
    prefix: str = "",
    url_length: int = 23,
    count: Callable[[str], int] | None = None,
) -> list[str]:
    """Split text into statuses of at most `limit` characters, each starting with `prefix`.

    Splits between paragraphs by preference, then between sentences, then words; never
    inside brackets or quotes while a boundary outside them exists, and never inside a word
    unless a single word is longer than a whole status. Nothing is dropped. `count`
    measures a text (default: as Mastodon counts; `raw_length` for servers that count
    every character).
    """
    measure = count or (lambda piece: status_length(piece, url_length=url_length))
    budget = limit - measure(prefix)
    if budget <= 0:
        raise ValueError("the prefix alone does not fit in a status")
    if measure(text) <= budget:
        return [prefix + text]
    paragraphs = [_pieces(p, budget, measure) for p in re.split(r"\n\s*\n", text.strip())]
    greedy = _pack([piece for ps in _joined(paragraphs) for piece in ps], budget, measure)
    # A paragraph that does not fit what is left starts the next status, when that costs
    # no extra status: a reader gets whole paragraphs where the length allows it.
    by_paragraph: list[str] = []
    for pieces in _joined(paragraphs):
        whole = "".join(pieces).strip()
        if by_paragraph and measure(f"{by_paragraph[-1]}\n\n{whole}") <= budget:
            by_paragraph[-1] = f"{by_paragraph[-1]}\n\n{whole}"
        elif measure(whole) <= budget:
            by_paragraph.append(whole)
        else:
            by_paragraph.extend(_pack(pieces, budget, measure))
    statuses = by_paragraph if len(by_paragraph) <= len(greedy) else greedy
    return [prefix + s for s in statuses]


def _joined(paragraphs: list[list[str]]) -> list[list[str]]:
    """Paragraph pieces with the blank line that separates them kept on the earlier one."""
    out = [list(pieces) for pieces in paragraphs]
    for pieces in out[:-1]:
        pieces.append("\n\n")
    return out


def _pack(pieces: list[str], budget: int, measure: Callable[[str], int]) -> list[str]:
    """As many pieces per status as fit, in order."""
    statuses: list[str] = []
    current = ""
    for piece in pieces:
        candidate = current + piece if current else piece.lstrip()
        if measure(candidate.rstrip()) <= budget:
            current = candidate
        else:
            if current.strip():
                statuses.append(current.strip())
            current = piece.lstrip()
    if current.strip():
        statuses.append(current.strip())
    return statuses


_ENDS = ".!?。！？"
# What closes what: a sentence never ends inside a pair ("(Back to step 3: Export.)" is one
# sentence). German opens with „ and closes with “, which opens in English.
_PAIRS = {"(": ")", "[": "]", "{": "}", "「": "」", "『": "』", "“": "”", "«": "»", "„": "“"}
_CLOSERS = set(_PAIRS.values()) | {'"'}


def _sentences(paragraph: str, *, pairs: bool = True) -> list[str]:
    """Sentences with their trailing space. A full stop followed by a letter is inside a
    word (a URL, "4.3"); closing brackets and quotes right after the end belong to it."""
    out: list[str] = []
    stack: list[str] = []
    start, i, n = 0, 0, len(paragraph)
    while i < n:
        ch = paragraph[i]
        if pairs and stack and ch == stack[-1]:
            stack.pop()
        elif pairs and ch in _PAIRS:
            stack.append(_PAIRS[ch])
        elif pairs and ch == '"':
            stack.append('"')
        elif ch in _ENDS:
            j = i
            while j + 1 < n and paragraph[j + 1] in _ENDS:
                j += 1
            while j + 1 < n and paragraph[j + 1] in _CLOSERS:
                j += 1
                if pairs and stack and paragraph[j] == stack[-1]:
                    stack.pop()
            at_end = j + 1 == n or paragraph[j + 1].isspace() or ch in "。！？"
            if at_end and not stack:
                k = j + 1
                while k < n and paragraph[k].isspace():
                    k += 1
                out.append(paragraph[start:k])
                start = i = k
                continue
            i = j
        i += 1
    if start < n:
        out.append(paragraph[start:])
    if pairs and stack:
        return _sentences(paragraph, pairs=False)  # unbalanced (a smiley, "1)"): plain ends
    return out


def _units(words: list[str], budget: int, measure: Callable[[str], int]) -> list[str]:
    """Words, with a bracketed or quoted group kept as one unit when it fits a status."""
    out: list[str] = []
    group: list[str] = []
    stack: list[str] = []
    for word in words:
        for ch in word:
            if stack and ch == stack[-1]:
                stack.pop()
            elif ch in _PAIRS:
                stack.append(_PAIRS[ch])
            elif ch == '"':
                stack.append('"')
        group.append(word)
        if not stack:
            joined = "".join(group)
            out.extend([joined] if measure(joined.strip()) <= budget else group)
            group = []
    if group:  # unbalanced to the end: plain words
        out.extend(group)
    return out


def _pieces(paragraph: str, budget: int, measure: Callable[[str], int]) -> list[str]:
    """Sentences (with their trailing space), and words for a sentence that is too long."""
    out: list[str] = []
    sentences = [s for s in _sentences(paragraph) if s]
    for sentence in sentences or [paragraph]:
        if measure(sentence.strip()) <= budget:
            out.append(sentence)
            continue
        for word in _units(re.findall(r"\S+\s*", sentence), budget, measure):
            while measure(word.strip()) > budget:
                clusters = _GRAPHEME.findall(word)
                cut = budget
                while cut > 1 and measure("".join(clusters[:cut])) > budget:
                    cut -= 1  # wide characters (raw counting): fewer graphemes fit
                out.append("".join(clusters[:cut]))
                word = "".join(clusters[cut:])
            out.append(word)
    return out


# Katakana to hiragana, letter by letter ("ブロック" -> "ぶろっく"): the understanding tables
# and the ranking compare loanwords typed in either script, and normalise() reads a message
# in half-width katakana alone so. ヷ-ヺ, which hiragana lacks, and the long-vowel mark ー stay.
KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}

_Shareable = TypeVar("_Shareable", bound=Hashable)
_SHARED: dict[Any, Any] = {}


def shared(value: _Shareable) -> _Shareable:
    """The one object equal to `value`: the phrase tables, command book and ranking keep
    thousands of equal tuples and frozensets, and one of each keeps the RSS under 80 MB."""
    return _SHARED.setdefault(value, value)


def sizes_by_first_letters(
    phrases: Iterable[str],
) -> tuple[dict[str, tuple[int, ...]], frozenset[str]]:
    """The lengths in letters of the phrases opening with each two letters, longest first,
    and the phrases of one letter: where most letters open some phrase (two of three in a
    Japanese message open a spelling variant), the two letters open one at few of them, and
    a text's letter that opens none is passed over with one look-up, not one a length."""
    sizes: dict[str, set[int]] = {}
    for phrase in phrases:
        if len(phrase) > 1:
            sizes.setdefault(phrase[:2], set()).add(len(phrase))
    by_two = {two: shared(tuple(sorted(found, reverse=True))) for two, found in sizes.items()}
    return by_two, frozenset(phrase for phrase in phrases if len(phrase) == 1)


def forget_shared() -> None:
    """Let go of the index of shared objects once start-up has built every table: the
    tables keep their objects, and the index (0.7 MB for the five locales) would otherwise
    live as long as the process for tables that are never built again. Tables built
    later share among themselves as before."""
    _SHARED.clear()


class EndPattern:
    """A pattern whose every match ends at the text's end (each alternative closes with
    "$": the walkthrough's `asking_ending`, `confirming_ending`, `request_ending`), searched
    only from where a match can start. Searched from the text's start, such a pattern is
    tried at every letter (~10 µs on a 70-letter message); here only at the last few.

    A match is a part of bounded width (at most `widest` letters: what comes before the
    alternative's first unbounded repeat) and then letters of the repeats and what
    follows them to the end ("[\\W_]*$": punctuation and spaces), so it starts no earlier
    than `widest` letters before the text's closing run of such letters. Searching from
    there (`Pattern.search(text, pos)`: "^" and look-behinds still see the whole text)
    finds a match exactly where searching from the start does. A pattern of another
    shape (not understood below) is searched from the start, as before."""

    __slots__ = ("pattern", "run", "widest")
    widest: int
    run: re.Pattern[str] | None

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        shape = _end_shape(pattern)
        self.widest, self.run = shape if shape is not None else (0, None)

    def search(self, text: str) -> bool:
        """Whether the pattern matches anywhere in `text` (pattern.search(text))."""
        start = 0
        # A match may end before a closing "\n" ("$"): searched from the start (rare).
        if self.run is not None and not text.endswith("\n"):
            closing = self.run.match(text[::-1]).end()  # type: ignore[union-attr]
            start = max(0, len(text) - closing - self.widest)
        return self.pattern.search(text, start) is not None


def _end_shape(pattern: re.Pattern[str]) -> tuple[int, re.Pattern[str]] | None:
    """The widest a match's bounded part is, and a pattern matching the run of letters its
    unbounded tail may take (on the reversed text: the closing run of such letters), or
    None where the pattern is not of that shape (then it is searched as it is)."""
    try:
        from re import (  # type: ignore[attr-defined]  # CPython's own parser: 3.11+
            _compiler,
            _constants,
            _parser,
        )
    except ImportError:
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # any pattern the parser does not take: searched as it is
        return None
    if tree.state.flags & (re.MULTILINE | re.DOTALL):
        return None
    units: list[tuple[Any, Any]] = []
    widest = _bounded_part(tree.data, tree.state, units, _constants, _parser)
    if widest is None or not units:
        return None
    state = tree.state
    letters = _parser.SubPattern(
        state, [(_constants.BRANCH, (None, [_parser.SubPattern(state, [u]) for u in units]))]
    )
    run = _parser.SubPattern(state, [(_constants.MAX_REPEAT, (0, _constants.MAXREPEAT, letters))])
    try:
        compiled = _compiler.compile(run, state.flags)
    except Exception:
        return None
    return widest, compiled


def _bounded_part(
    items: list[tuple[Any, Any]], state: Any, units: list[tuple[Any, Any]], c: Any, p: Any
) -> int | None:
    """The widest the part of a match of `items` before its tail can be (see EndPattern),
    the tail's letter classes added to `units`; None for any other shape."""
    if not items:
        return None
    last_op, last_av = items[-1]
    head = items[:-1]
    if last_op is c.BRANCH:  # alternatives (a common opening of them parsed out before)
        found = [_bounded_part(list(sub.data), state, units, c, p) for sub in last_av[1]]
        if any(w is None for w in found):
            return None
        rest = 0 if not head else p.SubPattern(state, head).getwidth()[1]
        return None if rest >= p.MAXWIDTH else rest + max(found)  # type: ignore[type-var, operator]
    if last_op is c.SUBPATTERN and not last_av[1] and not last_av[2]:
        inner = _bounded_part(list(last_av[3].data), state, units, c, p)
        rest = 0 if not head else p.SubPattern(state, head).getwidth()[1]
        return None if inner is None or rest >= p.MAXWIDTH else rest + inner
    if (last_op, last_av) != (c.AT, c.AT_END):
        return None
    cut = next(
        (
            index
            for index, item in enumerate(head)
            if p.SubPattern(state, [item]).getwidth()[1] >= p.MAXWIDTH
        ),
        len(head),
    )
    for item in head[cut:]:
        if not _tail_letters(item, units, c):
            return None
    return p.SubPattern(state, head[:cut]).getwidth()[1] if cut else 0


def _tail_letters(item: tuple[Any, Any], units: list[tuple[Any, Any]], c: Any) -> bool:
    """Add the letter classes an item of a match's tail consumes to `units`; False for an
    item that is not letters, repeats, groups or alternatives of them."""
    op, av = item
    if op in (c.LITERAL, c.NOT_LITERAL, c.IN, c.ANY):
        if item not in units:
            units.append(item)
        return True
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        return all(_tail_letters(sub, units, c) for sub in av[2].data)
    if op is c.SUBPATTERN and not av[1] and not av[2]:
        return all(_tail_letters(sub, units, c) for sub in av[3].data)
    if op is c.ATOMIC_GROUP:
        return all(_tail_letters(sub, units, c) for sub in av.data)
    if op is c.BRANCH:
        return all(_tail_letters(sub, units, c) for alt in av[1] for sub in alt.data)
    return False


class Beyond:
    """A pattern of one character class holding no ASCII character (Japanese script), so
    an ASCII text, in which no character is in it, holds no match and is not searched.

    Whether a text holds Japanese is asked about ten times a read, of English, German,
    French and Spanish messages too: each search tried the class at every letter (~7,000
    instructions on a 100-letter message), str.isascii() is one flag read. A text beyond
    ASCII is searched as before. Made only of a pattern none of the 128 ASCII characters
    matches (tests/test_read_fast_paths.py checks that it is one character wide)."""

    __slots__ = ("pattern",)

    def __init__(self, pattern: re.Pattern[str]) -> None:
        if any(pattern.search(chr(code)) for code in range(128)):
            raise ValueError(f"{pattern.pattern!r} matches an ASCII character")
        self.pattern = pattern

    def search(self, text: str) -> re.Match[str] | None:
        """pattern.search(text): None for an ASCII text without looking at it."""
        return None if text.isascii() else self.pattern.search(text)


class Needing:
    """A pattern every match of which holds one of `marks` (a few letters it cannot match
    without), or else a match of `otherwise` (a cheaper pattern, itself a Needing): a text
    holding neither is not searched. Each mark is one look in C (str.__contains__), where
    the pattern is tried at every letter; the marks are written beside the pattern, and
    tests/test_read_fast_paths.py checks each against it."""

    __slots__ = ("marks", "otherwise", "pattern")

    def __init__(
        self,
        pattern: re.Pattern[str],
        marks: tuple[str, ...],
        otherwise: Needing | None = None,
    ) -> None:
        self.pattern = pattern
        self.marks = marks
        self.otherwise = otherwise

    def may_match(self, text: str) -> bool:
        """Whether `text` holds a mark or `otherwise` finds something in it (False: the
        pattern finds nothing in it)."""
        if any(map(text.__contains__, self.marks)):
            return True
        return self.otherwise is not None and self.otherwise.search(text) is not None

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_match(text) else None

    def sub(self, replacement: str, text: str) -> str:
        """pattern.sub(replacement, text): `text` itself where nothing can match."""
        return self.pattern.sub(replacement, text) if self.may_match(text) else text
