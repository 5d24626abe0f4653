"""Mastodon's status text handling: entity extraction, HTML formatting, sanitising, length.

The fake renders content the way Mastodon does so the bot's parsing is tested against the
real markup: local posts go through a port of `TextFormatter` (app/lib/text_formatter.rb),
posts from other servers through a port of the `MASTODON_STRICT` sanitiser (rel/target
rewritten on every link, `<br>` instead of `<br />`). The length rules follow
`StatusLengthValidator` (grapheme clusters, 23 per URL, mentions without their domain).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any
from urllib.parse import quote

import regex

# --- extraction ---------------------------------------------------------------------------

# Onigmo's [[:word:]] is Unicode letters, marks, decimal digits and connector punctuation;
# Ruby's \w is ASCII only.
_WORD = r"\p{L}\p{M}\p{Nd}\p{Pc}"
_ALPHA = r"\p{L}\p{M}"
USERNAME_RE = r"[a-z0-9_]+(?:[.-]+[a-z0-9_]+)*"
MENTION_RE = regex.compile(
    rf"(?<![=/{_WORD}])@(({USERNAME_RE})(?:@[{_WORD}]+(?:[.-]+[{_WORD}]+)*)?)",
    regex.IGNORECASE,
)
# twitter-text's end_mention_match: an @, a latin accent or :// right after the name voids it.
_END_MENTION = regex.compile(
    r"\A(?:[@＠]|[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f\u0253\u0254\u0256\u0257"
    r"\u0259\u025b\u0263\u0268\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff]|://)"
)
_SEPARATORS = "_\u00b7\u30fb\u200c"
_TAG_FIRST = (
    f"([{_WORD}_][{_WORD}{_SEPARATORS}]*[{_ALPHA}{_SEPARATORS}][{_WORD}{_SEPARATORS}]*[{_WORD}_])"
)
_TAG_LAST = f"([{_WORD}_]*[{_ALPHA}][{_WORD}_]*)"
HASHTAG_RE = regex.compile(
    rf"(?:^|[^/)A-Za-z0-9_])#({_TAG_FIRST}|{_TAG_LAST})", regex.IGNORECASE | regex.MULTILINE
)
# An approximation of twitter-text's URL extraction (explicit scheme only, as Mastodon asks):
# a host with an alphabetic TLD, then path/query characters, trailing punctuation trimmed.
_URL_CANDIDATE = regex.compile(
    r"(?<![A-Za-z0-9@＠$#＃])https?://[^\s<>\"{}^`\u3000]+", regex.IGNORECASE
)
_HOST_RE = regex.compile(
    r"\A(?:[\p{L}\p{N}](?:[\p{L}\p{N}_-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?::\d{1,5})?\Z"
)
_URL_END_OK = set("=_#/+-&")


@dataclass(frozen=True)
class Entity:
    """A span of the text: kind is 'url', 'hashtag' or 'mention'; value is what it names."""

    kind: str
    value: str
    start: int
    end: int


def _trim_url(url: str) -> str:
    while url:
        last = url[-1]
        if last.isalnum() or last in _URL_END_OK:
            break
        if last == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


# Compiled once: given as strings, regex looked each up in its cache at every call (the
# fake formats every status and notification it serves; 17 s of the suite's CPU).
_PATH_START = regex.compile(r"[/?#]")
_SCHEME_AFTER_TAG = regex.compile(r"(.+)(https?)\Z")
_GRAPHEME = regex.compile(r"\X")
_LINK_PREFIX = regex.compile(r"\A(https?://(www\.)?|xmpp:)")
_LINE_END = regex.compile(r"\r\n?")
_PARAGRAPH_BREAK = regex.compile(r"\n\n+")
_LINE_BREAK = regex.compile(r"([^\n]\n)(?=[^\n])")


def extract_urls(text: str) -> list[Entity]:
    found = []
    for m in _URL_CANDIDATE.finditer(text):
        url = _trim_url(m.group(0))
        rest = url.split("://", 1)[1]
        host = _PATH_START.split(rest, maxsplit=1)[0]
        if not _HOST_RE.match(host):
            continue
        found.append(Entity("url", url, m.start(), m.start() + len(url)))
    return found


def extract_hashtags(text: str) -> list[Entity]:
    if "#" not in text:
        return []
    found = []
    for m in HASHTAG_RE.finditer(text):
        name, start, end = m.group(1), m.start(1) - 1, m.end(1)
        if text[end:].startswith("://"):
            cut = _SCHEME_AFTER_TAG.match(name)
            if cut:
                name, end = cut.group(1), end - len(cut.group(2))
        found.append(Entity("hashtag", name, start, end))
    return found


def extract_mentions(text: str) -> list[Entity]:
    if "@" not in text and "＠" not in text:
        return []
    found = []
    for m in MENTION_RE.finditer(text):
        if _END_MENTION.match(text[m.end() :]):
            continue
        screen_name = m.group(1)
        if "@" in screen_name and len(screen_name.split("@", 1)[1]) > 253:
            continue
        found.append(Entity("mention", screen_name, m.start(1) - 1, m.end(1)))
    return found


def remove_overlapping(entities: Iterable[Entity]) -> list[Entity]:
    """twitter-text keeps the earliest entity and drops any that start inside it."""
    kept: list[Entity] = []
    for entity in sorted(entities, key=lambda e: e.start):
        if kept and kept[-1].end > entity.start:
            continue
        kept.append(entity)
    return kept


def extract_entities(text: str) -> list[Entity]:
    return remove_overlapping(extract_urls(text) + extract_hashtags(text) + extract_mentions(text))


def split_acct(screen_name: str) -> tuple[str, str | None]:
    """'alice@new.example' -> ('alice', 'new.example'); 'alice' -> ('alice', None)."""
    name = screen_name.lstrip("@")
    username, _, domain = name.partition("@")
    return username, (domain or None)


# --- length ---------------------------------------------------------------------------------

URL_PLACEHOLDER = "x" * 23


def grapheme_length(text: str) -> int:
    return len(_GRAPHEME.findall(text))


def countable_text(text: str) -> str:
    """StatusLengthValidator#countable_text: URLs become 23 x's, mentions lose their domain."""
    if not text.strip():
        return ""
    entities = remove_overlapping(extract_urls(text) + extract_mentions(text))
    out, pos = [], 0
    for entity in entities:
        out.append(text[pos : entity.start])
        if entity.kind == "url":
            out.append(URL_PLACEHOLDER)
        else:
            out.append("@" + entity.value.split("@")[0])
        pos = entity.end
    out.append(text[pos:])
    return "".join(out)


def status_length(text: str, spoiler_text: str = "") -> int:
    """The number Mastodon compares with max_characters (spoiler and text together)."""
    return grapheme_length(spoiler_text + countable_text(text))


# --- local formatting (TextFormatter) --------------------------------------------------------


def escape(text: str) -> str:
    """ERB::Util.html_escape."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
    )


@dataclass(frozen=True)
class MentionRef:
    """A mentioned account as the rendering server sees it (domain None = its local user)."""

    username: str
    domain: str | None
    url: str

    @property
    def pretty_acct(self) -> str:
        return self.username if self.domain is None else f"{self.username}@{self.domain}"


def shortened_link(url: str, rel: str = "nofollow noopener") -> str:
    prefix_match = _LINK_PREFIX.match(url)
    prefix = prefix_match.group(0) if prefix_match else ""
    rest = url[len(prefix) :]
    display, suffix, cutoff = rest[:30], rest[30:], len(rest) > 30
    if len(suffix) == 1:  # 4.4+: do not hide a single character behind an ellipsis
        display, suffix, cutoff = rest[:31], "", False
    return (
        f'<a href="{escape(url)}" target="_blank" rel="{rel}" translate="no">'
        f'<span class="invisible">{escape(prefix)}</span>'
        f'<span class="{"ellipsis" if cutoff else ""}">{escape(display)}</span>'
        f'<span class="invisible">{escape(suffix)}</span></a>'
    )


def _link_to_mention(
    screen_name: str, mentions: Sequence[MentionRef], local_domains: set[str]
) -> str:
    username, domain = split_acct(screen_name)
    if domain is not None and domain.lower() in local_domains:
        domain = None
    account, same_username_hits = None, 0
    for other in mentions:
        same_username = other.username.lower() == username.lower()
        if other.domain is None:
            same_domain = domain is None
        else:
            same_domain = domain is not None and other.domain.lower() == domain.lower()
        if same_username and not same_domain:
            same_username_hits += 1
        elif same_username and same_domain:
            account = other
    if account is None:
        return "@" + escape(screen_name)
    shown = account.pretty_acct if same_username_hits else account.username
    return (
        f'<span class="h-card" translate="no"><a href="{escape(account.url)}" '
        f'class="u-url mention">@<span>{escape(shown)}</span></a></span>'
    )


def _simple_format(html: str) -> str:
    """Rails simple_format (sanitize: false) followed by .delete("\\n")."""
    html = _LINE_END.sub("\n", html)
    if not html.strip():
        return "<p></p>"
    paragraphs = _PARAGRAPH_BREAK.split(html)
    while paragraphs and paragraphs[-1] == "":  # Ruby's split drops trailing empties
        paragraphs.pop()
    out = []
    for para in paragraphs:
        para = _LINE_BREAK.sub(r"\1<br />", para)
        out.append(f"<p>{para}</p>")
    return "\n\n".join(out).replace("\n", "")


def format_text(
    text: str,
    *,
    mentions: Sequence[MentionRef],
    local_domains: Iterable[str],
    tags_base: str,
    link_rel: str = "nofollow noopener",
    multiline: bool = True,
) -> str:
    """TextFormatter#to_s for a status written on the rendering server.

    `tags_base` is e.g. 'https://example.social/tags/'; `mentions` are the status's mentioned
    accounts (Mastodon preloads them, so unknown handles stay plain text).
    """
    if not text.strip():
        return ""
    domains = {d.lower() for d in local_domains}
    out, pos = [], 0
    for entity in extract_entities(text):
        out.append(escape(text[pos : entity.start]))
        if entity.kind == "url":
            out.append(shortened_link(entity.value, link_rel))
        elif entity.kind == "hashtag":
            href = tags_base + quote(entity.value, safe="")
            out.append(
                f'<a href="{escape(href)}" class="mention hashtag" rel="tag">'
                f"#<span>{escape(entity.value)}</span></a>"
            )
        else:
            out.append(_link_to_mention(entity.value, mentions, domains))
        pos = entity.end
    out.append(escape(text[pos:]))
    html = "".join(out)
    return _simple_format(html) if multiline else html


# --- remote content (Sanitize MASTODON_STRICT) ----------------------------------------------

_ALLOWED = {
    "p", "br", "span", "a", "abbr", "del", "pre", "blockquote", "code", "b", "strong", "u",
    "i", "em", "ul", "ol", "li", "ruby", "rt", "rp",
}  # fmt: skip
_DROP_WITH_CONTENT = {"script", "style", "template", "iframe", "object", "embed"}
_ALLOWED_ATTRS = {
    "a": {"href", "rel", "class", "translate"},
    "span": {"class", "translate"},
    "abbr": {"title"},
    "blockquote": {"cite"},
    "ol": {"start", "reversed"},
    "li": {"value"},
}
_CLASS_OK = regex.compile(
    r"\A(?:(?:h|p|u|dt|e)-\S+|mention|hashtag|ellipsis|invisible|quote-inline)\Z"
)


def _attr_escape(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;")


def _text_escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Sanitizer(HTMLParser):
    def __init__(self, rel: str) -> None:
        super().__init__(convert_charrefs=True)
        self.rel = rel
        self.out: list[str] = []
        self.skip_depth = 0
        self.open: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_depth or tag in _DROP_WITH_CONTENT:
            self.skip_depth += tag in _DROP_WITH_CONTENT
            return
        if tag not in _ALLOWED:
            self.open.append(None)
            return
        if tag == "br":
            self.out.append("<br>")
            return
        allowed = _ALLOWED_ATTRS.get(tag, set())
        kept: list[tuple[str, str]] = []
        for name, value in attrs:
            value = value or ""
            if name not in allowed:
                continue
            if name == "class":
                classes = [c for c in value.split() if _CLASS_OK.match(c)]
                if not classes and value.strip():
                    continue
                value = " ".join(classes)
            if name == "translate" and value != "no":
                continue
            kept.append((name, value))
        if tag == "a":
            if any(name == "rel" for name, _ in kept):
                kept = [(n, self.rel if n == "rel" else v) for n, v in kept]
            else:
                kept.append(("rel", self.rel))
            kept.append(("target", "_blank"))
        rendered = "".join(f' {name}="{_attr_escape(value)}"' for name, value in kept)
        self.out.append(f"<{tag}{rendered}>")
        self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self.skip_depth:
            self.out.append("<br>")
        elif tag in _ALLOWED and not self.skip_depth:
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_WITH_CONTENT:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if self.skip_depth or tag == "br":
            return
        if tag in self.open:
            while self.open:
                top = self.open.pop()
                if top is not None:
                    self.out.append(f"</{top}>")
                if top == tag:
                    break

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.out.append(_text_escape(data))


def sanitize_remote(html: str, rel: str = "nofollow noopener") -> str:
    """What a receiving Mastodon stores for a remote post's HTML."""
    parser = _Sanitizer(rel)
    parser.feed(html)
    parser.close()
    while parser.open:
        top = parser.open.pop()
        if top is not None:
            parser.out.append(f"</{top}>")
    return "".join(parser.out)


def html_to_text(html: str) -> str:
    """Plain text of status HTML, the way a bot would read it (br and p become newlines)."""

    class _Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.hidden = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, Any]]) -> None:
            if tag == "br":
                self.parts.append("\n")
            elif tag == "p" and self.parts:
                self.parts.append("\n\n")

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

    parser = _Text()
    parser.feed(html)
    return "".join(parser.parts)
