"""Around the button: the pre-flight before "Move followers", follower counts after it,
who stayed behind and why, and whether the imports took.

Everything here reads what the bot can see from outside, and says only what it read:
counts come from the account's own server (`/api/v1/accounts/lookup`, or when that
is refused the ActivityPub actor's followers collection and its `totalItems`); a
number that could not be read is never shown, and "I couldn't see" is said once.
Our own server is read with the bot's token; other servers without one.

The reports are reminder rows (bot/reminders.py fires them once, after restarts too);
this module turns one into words when it falls due.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import json
import logging
import re
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

import replies
from bot.logs import event
from bot.nodeinfo import NodeInfo, read_nodeinfo
from bot.verify import FOUND, NOT_FOUND, Verifier, default_base_url

log = logging.getLogger(__name__)

TEMPLATE_DIR = "progress"
ACCEPT_AP = 'application/activity+json, application/ld+json; profile="https://www.w3.org/ns/activitystreams"'
# Mastodon's default follow limit (FollowLimitValidator): 7,500, or more with many followers.
FOLLOW_LIMIT = 7500
# The other server's API allows 300 requests per 5 minutes (mastodon-facts.md §5); the
# stayed-behind report spends at most a fifth of that, 80 followers a page.
PAGE_SIZE = 80
MAX_PAGES = 60
TIME_BUDGET = 300.0
LOOK_CONCURRENCY = 8
# Follows "far below" the old count: fewer than nine in ten, and at least this many short.
IMPORT_SHORT_RATIO = 0.9
IMPORT_SHORT_MIN = 5
GROUPS = ("gone", "no_move", "same_server_bug", "catching_up")


@dataclass(frozen=True)
class Counts:
    """What one read of an account showed; None where the source did not say."""

    followers: int | None
    following: int | None
    source: str  # "api" or "actor"
    account_id: str | None = None
    locked: bool | None = None
    hide_collections: bool | None = None


@dataclass
class Remaining:
    """Followers still on the old account, as far as the bot could page through them."""

    visible: bool
    by_domain: dict[str, int] = field(default_factory=dict)
    complete: bool = True
    requests: int = 0


@dataclass(frozen=True)
class Group:
    name: str
    domains: tuple[tuple[str, int], ...]

    @property
    def followers(self) -> int:
        return sum(n for _, n in self.domains)


@functools.cache
def move_support() -> dict[str, dict[str, str]]:
    """Software known to process Move (replies/progress/move_support.toml)."""
    path = Path(replies.__file__).parent / "progress" / "move_support.toml"
    return dict(tomllib.loads(path.read_text(encoding="utf-8"))["software"])


def processes_moves(info: NodeInfo) -> bool:
    entry = move_support().get(info.software or "")
    if entry is None:
        return False
    since = entry.get("since")
    return since is None or info.version is None or _version(info.version) >= _version(since)


def _version(text: str) -> tuple[int, ...]:
    parts = [int(p) for p in re.findall(r"\d+", text.split("+", 1)[0])[:3]]
    return tuple(parts + [0] * (3 - len(parts)))


def blocking_rule(blocks: list[dict[str, Any]], domain: str) -> dict[str, Any] | None:
    """The block that applies to `domain` (or a parent domain), matched by name or, when
    the server obfuscates names, by the SHA-256 digest Mastodon publishes with each."""
    segments = domain.lower().split(".")
    variants = [".".join(segments[i:]) for i in range(len(segments) - 1)]
    digests = {hashlib.sha256(v.encode()).hexdigest(): v for v in variants}
    for block in blocks:
        if not isinstance(block, dict) or block.get("severity") not in ("silence", "suspend"):
            continue
        if str(block.get("domain", "")).lower() in variants or block.get("digest") in digests:
            return block
    return None


def group_remaining(
    remaining: dict[str, int],
    servers: dict[str, NodeInfo],
    *,
    old_server: str,
    new_server: str,
) -> list[Group]:
    """Followers left behind, by what can be done about them: servers gone (nothing),
    software that does not process moves (they follow again by hand), other servers after
    a move within one server (a known Mastodon bug, for the admin), and the rest (wait)."""
    buckets: dict[str, list[tuple[str, int]]] = {name: [] for name in GROUPS}
    same_server_move = old_server == new_server
    for domain, count in remaining.items():
        if domain == old_server:
            buckets["catching_up"].append((domain, count))
            continue
        info = servers.get(domain)
        if info is None:
            buckets["catching_up"].append((domain, count))  # not looked at within the budget
        elif not info.reachable:
            buckets["gone"].append((domain, count))
        elif not processes_moves(info):
            buckets["no_move"].append((domain, count))
        elif same_server_move:
            buckets["same_server_bug"].append((domain, count))
        else:
            buckets["catching_up"].append((domain, count))
    return [
        Group(name, tuple(sorted(domains, key=lambda d: (-d[1], d[0]))))
        for name, domains in buckets.items()
        if domains
    ]


def number(value: int, locale: str) -> str:
    """Thousands as each language writes them (7,500 / 7.500 / 7 500)."""
    text = f"{value:,}"
    return {
        "de": text.replace(",", "."),
        "es": text.replace(",", "."),
        "fr": text.replace(",", "\u202f"),
    }.get(locale, text)


class Reader:
    """Reads accounts and servers from outside, the way any visitor could."""

    def __init__(
        self,
        *,
        this_server: str,
        base_url_for: Callable[[str], str] = default_base_url,
        api: Any = None,
        timeout: float = 4.0,
    ) -> None:
        self.this_server = this_server.lower()
        self.base_url_for = base_url_for
        self.api = api  # MastodonAPI for our own server (its session carries the bot's token)
        self.timeout = timeout
        self._session: aiohttp.ClientSession | None = None

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def session_for(self, domain: str) -> aiohttp.ClientSession:
        if domain == self.this_server and self.api is not None:
            return await self.api.session()
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(headers={"User-Agent": "move-helper-bot/0.1"})
        return self._session

    def base(self, domain: str) -> str:
        if domain == self.this_server and self.api is not None:
            return str(self.api.base_url)
        return self.base_url_for(domain)

    async def get(
        self,
        domain: str,
        url: str,
        *,
        params: dict[str, str] | None = None,
        accept: str | None = None,
    ) -> tuple[int, Any, dict[str, str]]:
        """(status, parsed JSON or None, headers); status 0 when the server did not answer."""
        session = await self.session_for(domain)
        headers = {"Accept": accept} if accept else {}
        try:
            async with session.get(
                url,
                params=params,
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=self.timeout),
            ) as response:
                body = await response.text()
                status, got = response.status, dict(response.headers)
        except (TimeoutError, aiohttp.ClientError) as error:
            event(
                log, logging.INFO, "progress.unreachable", server=domain, error=type(error).__name__
            )
            return 0, None, {}
        try:
            return status, json.loads(body) if body else None, got
        except ValueError:
            return status, None, got

    def _fetchable(self, uri: str, domain: str) -> str:
        """An actor or collection URI, fetched through the base URL we reach its server by."""
        match = re.match(r"https?://[^/]+(/.*)$", uri)
        base = self.base(domain)
        return base + match.group(1) if match and base != default_base_url(domain) else uri

    async def counts(self, handle: str) -> Counts | None:
        """The account's counts from its own server: the API, else the actor; None if neither."""
        user, _, domain = handle.lower().lstrip("@").partition("@")
        status, body, _ = await self.get(
            domain, f"{self.base(domain)}/api/v1/accounts/lookup", params={"acct": user}
        )
        if (
            status == 200
            and isinstance(body, dict)
            and isinstance(body.get("followers_count"), int)
        ):
            return Counts(
                followers=body["followers_count"],
                following=_int(body.get("following_count")),
                source="api",
                account_id=str(body.get("id")) if body.get("id") else None,
                locked=bool(body.get("locked")),
                hide_collections=body.get("hide_collections"),
            )
        return await self._actor_counts(user, domain)

    async def _actor_counts(self, user: str, domain: str) -> Counts | None:
        status, jrd, _ = await self.get(
            domain,
            f"{self.base(domain)}/.well-known/webfinger",
            params={"resource": f"acct:{user}@{domain}"},
        )
        actor_uri = _self_link(jrd) if status == 200 else None
        if actor_uri is None:
            return None
        status, actor, _ = await self.get(
            domain, self._fetchable(actor_uri, domain), accept=ACCEPT_AP
        )
        if status != 200 or not isinstance(actor, dict):
            return None
        totals: dict[str, int | None] = {}
        for name in ("followers", "following"):
            totals[name] = None
            link = actor.get(name)
            if isinstance(link, str):
                status, collection, _ = await self.get(
                    domain, self._fetchable(link, domain), accept=ACCEPT_AP
                )
                if status == 200 and isinstance(collection, dict):
                    totals[name] = _int(collection.get("totalItems"))
        if totals["followers"] is None:
            return None
        return Counts(
            followers=totals["followers"],
            following=totals["following"],
            source="actor",
            locked=bool(actor.get("manuallyApprovesFollowers")),
        )

    async def domain_blocks(self, domain: str) -> list[dict[str, Any]] | None:
        """The server's public domain-block list, or None when it does not publish one."""
        status, body, _ = await self.get(
            domain, f"{self.base(domain)}/api/v1/instance/domain_blocks"
        )
        return body if status == 200 and isinstance(body, list) else None

    async def remaining(self, handle: str, counts: Counts | None) -> Remaining:
        """Page through the followers still on `handle` (its server's API), within budget."""
        domain = handle.lower().partition("@")[2]
        if counts is None or counts.account_id is None or counts.hide_collections:
            return Remaining(visible=False)
        started = time.monotonic()
        url: str | None = f"{self.base(domain)}/api/v1/accounts/{counts.account_id}/followers"
        params: dict[str, str] | None = {"limit": str(PAGE_SIZE)}
        result = Remaining(visible=True, complete=False)
        while url is not None:
            if result.requests >= MAX_PAGES or time.monotonic() - started > TIME_BUDGET:
                return result
            status, page, headers = await self.get(domain, url, params=params)
            result.requests += 1
            if status != 200 or not isinstance(page, list):
                result.visible = result.requests > 1
                return result
            for account in page:
                acct = str(account.get("acct", "")) if isinstance(account, dict) else ""
                if not acct:
                    continue
                server = acct.partition("@")[2].lower() or domain
                result.by_domain[server] = result.by_domain.get(server, 0) + 1
            url, params = _next_link(headers.get("Link", "")), None
        result.complete = True
        if not result.by_domain and (counts.followers or 0) > 0:
            result.visible = False  # an empty list for a non-zero count: the list is hidden
        return result

    async def look_at(self, domains: list[str]) -> dict[str, NodeInfo]:
        """Each server once, a few at a time: up or not, and what it runs."""
        session = await self.session_for("")
        gate = asyncio.Semaphore(LOOK_CONCURRENCY)

        async def one(domain: str) -> tuple[str, NodeInfo]:
            async with gate:
                return domain, await read_nodeinfo(
                    session, self.base_url_for(domain), timeout=self.timeout
                )

        return dict(await asyncio.gather(*(one(d) for d in domains)))


class Progress:
    """Words around the button, from what the Reader saw."""

    def __init__(self, reader: Reader, verifier: Verifier | None, *, this_server: str) -> None:
        self.reader = reader
        self.verifier = verifier
        self.this_server = this_server.lower()

    def accounts(self, member: dict[str, Any]) -> tuple[str, str]:
        """(new, old) handles, whichever way the member is moving."""
        acct = member["acct"]
        own = acct if "@" in acct else f"{acct}@{self.this_server}"
        if member.get("direction") == "here":
            return own, (member.get("old_handle") or "")
        return (member.get("new_handle") or ""), own

    def _render(self, locale: str, name: str, **context: Any) -> str:
        return replies.render(f"{TEMPLATE_DIR}/{name}", locale, **context)

    # -- before the button -------------------------------------------------------------

    async def preflight(
        self,
        member: dict[str, Any],
        locale: str,
        *,
        alias_checked: bool = False,
        on_word: bool = False,
    ) -> tuple[str, dict[str, Any]]:
        """The pre-flight text and the member fields it records (the baseline counts).
        `on_word`: the member left the alias step on their word, the alias unseen: still
        unseen, it says so ("trusted"), not "no alias yet: create it first", which would
        call them wrong right after "I'll go on your word"."""
        new, old = self.accounts(member)
        new_server, old_server = new.partition("@")[2], old.partition("@")[2]
        alias = "checked"
        if not alias_checked and self.verifier is not None and new and old:
            alias = await self.verifier.alias_present(new, old)
        new_counts, old_counts = await asyncio.gather(
            self.reader.counts(new), self.reader.counts(old)
        )
        locked = new_counts.locked if new_counts is not None else None
        if locked is None and member.get("new_locked") is not None:
            locked = bool(member.get("new_locked"))
        block = None
        blocks_public = False
        if new_server and old_server and new_server != old_server:
            blocks = await self.reader.domain_blocks(new_server)
            blocks_public = blocks is not None
            block = blocking_rule(blocks or [], old_server)
        fields: dict[str, Any] = {}
        if old_counts is not None:
            fields = {
                "baseline_followers": old_counts.followers,
                "baseline_following": old_counts.following,
            }
        clear = alias in ("checked", FOUND) and not locked and block is None
        body = self._render(
            locale,
            "preflight.j2",
            alias={
                "checked": "ok",
                FOUND: "ok",
                NOT_FOUND: "trusted" if on_word else "missing",
            }.get(alias, "unknown"),
            locked=locked,
            block=(block or {}).get("severity"),
            blocks_public=blocks_public,
            new_handle=new,
            old_handle=old,
            new_server=new_server,
            old_server=old_server,
            followers=_fmt(old_counts.followers if old_counts else None, locale),
            # None following: no "the 0 you follow you import".
            following=_fmt((old_counts.following or None) if old_counts else None, locale),
            clear=clear,
        )
        event(
            log,
            logging.INFO,
            "progress.preflight",
            alias=alias,
            locked=locked,
            blocked=bool(block),
            counts=old_counts is not None,
        )
        return body, fields

    # -- after the button --------------------------------------------------------------

    async def report(self, kind: str, member: dict[str, Any], locale: str) -> tuple[str, bool]:
        """A progress report's text, and whether the bot could read the new account at all."""
        new, old = self.accounts(member)
        counts = await self.reader.counts(new) if new else None
        if counts is None or counts.followers is None:
            return self._render(locale, "report.j2", seen=False, new_handle=new), False
        last = kind == "progress_72h"
        context: dict[str, Any] = {
            "seen": True,
            "last": last,
            "new_handle": new,
            "old_handle": old,
            "followers": _fmt(counts.followers, locale),
            "baseline": _fmt(member.get("baseline_followers"), locale),
            "hours": {"progress_1h": 1, "progress_24h": 24, "progress_72h": 72}.get(kind, 0),
            "stayed": None,
        }
        if last:
            context["stayed"] = await self.stayed_behind(member, locale)
        return self._render(locale, "report.j2", **context), True

    async def stayed_behind(self, member: dict[str, Any], locale: str) -> str:
        """Who is still following the old account, grouped by what can be done about it."""
        new, old = self.accounts(member)
        old_server, new_server = old.partition("@")[2], new.partition("@")[2]
        counts = await self.reader.counts(old)
        remaining = await self.reader.remaining(old, counts)
        if not remaining.visible:
            left = counts.followers if counts is not None else None
            return self._render(
                locale, "stayed.j2", visible=False, left=_fmt(left, locale), old_handle=old
            )
        domains = sorted(d for d in remaining.by_domain if d != old_server)
        servers = await self.reader.look_at(domains)
        groups = group_remaining(
            remaining.by_domain, servers, old_server=old_server, new_server=new_server
        )
        event(
            log,
            logging.INFO,
            "progress.stayed_behind",
            followers=sum(remaining.by_domain.values()),
            servers=len(remaining.by_domain),
            requests=remaining.requests,
            complete=remaining.complete,
        )
        return self._render(
            locale,
            "stayed.j2",
            visible=True,
            old_handle=old,
            left=_fmt(sum(remaining.by_domain.values()), locale),
            complete=remaining.complete,
            groups=[
                {
                    "name": g.name,
                    "count": _fmt(g.followers, locale),
                    "servers": [d for d, _ in g.domains[:3]],
                    "more": max(0, len(g.domains) - 3),
                }
                for g in groups
            ],
        )

    async def now(self, member: dict[str, Any], locale: str) -> str | None:
        """ "How is my move going?": the latest counts, or None before the move."""
        if not member.get("moved_at"):
            return None
        new, _ = self.accounts(member)
        counts = await self.reader.counts(new) if new else None
        return self._render(
            locale,
            "now.j2",
            seen=counts is not None and counts.followers is not None,
            new_handle=new,
            followers=_fmt(counts.followers if counts else None, locale),
            following=_fmt(counts.following if counts else None, locale),
            baseline=_fmt(member.get("baseline_followers"), locale),
            baseline_following=_fmt(member.get("baseline_following"), locale),
        )

    async def import_check(self, member: dict[str, Any], locale: str) -> str:
        """After "imports done": the new account's follows against the old account's."""
        new, old = self.accounts(member)
        new_counts = await self.reader.counts(new) if new else None
        old_following = member.get("baseline_following")
        if old_following is None:
            old_counts = await self.reader.counts(old) if old else None
            old_following = old_counts.following if old_counts else None
        new_following = new_counts.following if new_counts else None
        if new_following is None or old_following is None:
            return self._render(locale, "import_check.j2", seen=False, new_handle=new)
        short = (
            new_following < old_following * IMPORT_SHORT_RATIO
            and old_following - new_following >= IMPORT_SHORT_MIN
        )
        # At the limit the new account cannot follow more, whatever the ratio says.
        limit = old_following > FOLLOW_LIMIT and abs(new_following - FOLLOW_LIMIT) <= 250
        short = short or limit
        return self._render(
            locale,
            "import_check.j2",
            seen=True,
            new_handle=new,
            short=short,
            limit=limit,
            follow_limit=number(FOLLOW_LIMIT, locale),
            new_following=number(new_following, locale),
            old_following=number(old_following, locale),
        )


def _fmt(value: Any, locale: str) -> str | None:
    return number(value, locale) if isinstance(value, int) else None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _self_link(jrd: Any) -> str | None:
    if not isinstance(jrd, dict):
        return None
    for link in jrd.get("links") or []:
        if (
            isinstance(link, dict)
            and link.get("rel") == "self"
            and link.get("href")
            and "json" in str(link.get("type") or "")
        ):
            return str(link["href"])
    return None


def _next_link(header: str) -> str | None:
    match = re.search(r'<([^>]+)>\s*;\s*rel="next"', header)
    return match.group(1) if match else None
