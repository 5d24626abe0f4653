"""What the bot can check for itself: does an account exist, does it list the alias, has it moved.

WebFinger gives the actor URI; the ActivityPub actor gives alsoKnownAs (the alias,
on the new account) and movedTo (on the old account after the move). Servers with
authorized fetch refuse unsigned actor requests; servers go down; handles are
mistyped. Each of those is reported plainly so the walkthrough can say so and let
the member continue on their word: a check never traps anyone in a step.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp

from bot.clock import Clock
from bot.logs import event
from bot.nodeinfo import NodeInfo, read_nodeinfo

log = logging.getLogger(__name__)

_USER = r"[A-Za-z0-9_]+(?:[.-][A-Za-z0-9_]+)*"
# A domain, localhost or an IPv4 address, with a port when a test or development server
# has one (its handles then read user@localhost:3000).
_HOST = r"(?:(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}|localhost|\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?"
_HANDLE = re.compile(
    rf"(?<![\w@/])@?(?P<user>{_USER})@(?P<domain>{_HOST})(?![\w.-]*\w)",
)
# Profile URLs as browsers show them: https://domain/@user, https://domain/users/user, and a
# remote profile seen through another server, https://domain/@user@other.domain; also
# copied without the scheme, as browsers and apps display them ("domain/@user").
_PROFILE = re.compile(
    rf"(?:https?://|(?<![\w@/.:-]))(?P<host>{_HOST})/(?:@(?P<user>{_USER})(?:@(?P<remote>{_HOST}))?|users/(?P<actor>{_USER}))/?(?![\w/@-])",
)
_BARE = re.compile(rf"@?(?P<user>{_USER})")
# Mail providers that run no fediverse server under their own domain: an address there is
# an email address, whatever its shape. Anything else is settled by WebFinger.
MAIL_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
        "yahoo.com", "yahoo.co.jp", "ymail.com", "icloud.com", "me.com", "mac.com",
        "aol.com", "proton.me", "protonmail.com", "pm.me", "gmx.de", "gmx.net", "gmx.com",
        "web.de", "t-online.de", "orange.fr", "free.fr", "laposte.net", "wanadoo.fr",
        "mail.ru", "yandex.ru", "qq.com", "163.com", "docomo.ne.jp", "ezweb.ne.jp",
        "fastmail.com", "zoho.com", "tutanota.com", "tuta.io", "posteo.de", "mailbox.org",
    }
)  # fmt: skip

FOUND, NOT_FOUND, UNREACHABLE = "found", "not_found", "unreachable"


@dataclass(frozen=True)
class Address:
    """What a member sent as an account address.

    kind: "handle" (handle is user@domain), "bare" (only a username: which server?),
    "email" (an email address, not an account), or "none".
    """

    kind: str
    handle: str | None = None
    user: str | None = None


def parse_address(text: str, this_server: str = "") -> Address:
    """Every form members use: @user@domain, user@domain, profile URLs, this server's
    domain with or without its port, a bare username, an email address."""
    stripped = text.strip()
    if re.search(r"\bmailto:", stripped, re.IGNORECASE):
        return Address("email")
    profile = _PROFILE.search(stripped)
    if profile:
        user = profile["user"] or profile["actor"]
        domain = profile["remote"] or profile["host"]
        return Address("handle", _own_domain(f"{user}@{domain}".lower(), this_server))
    match = _HANDLE.search(stripped)
    if match:
        handle = _own_domain(f"{match['user']}@{match['domain']}".lower(), this_server)
        if handle.partition("@")[2] in MAIL_DOMAINS:
            return Address("email", handle)
        return Address("handle", handle)
    bare = _BARE.fullmatch(stripped.rstrip(".!"))
    if bare and len(stripped) <= 31:
        # Could be "ok" as well as a name: the walkthrough asks only when no command matched.
        return Address("bare", user=bare["user"].lower())
    return Address("none")


def _own_domain(handle: str, this_server: str) -> str:
    """This server's domain typed without its port (or with it) is this server."""
    user, _, domain = handle.partition("@")
    own = this_server.lower()
    if own and domain != own and domain.split(":")[0] == own.split(":")[0]:
        return f"{user}@{own}"
    return handle


def parse_handle(text: str, this_server: str = "") -> str | None:
    """The first account address in text (any form), lower-cased, without the leading @."""
    address = parse_address(text, this_server)
    return address.handle if address.kind == "handle" else None


def looks_like_handle_attempt(text: str) -> bool:
    """Something the member meant as an address but that cannot be one (for a clear error)."""
    stripped = text.strip()
    return bool(re.fullmatch(r"@?[^\s@]+@[^\s@]*", stripped)) and parse_handle(stripped) is None


@dataclass(frozen=True)
class Actor:
    uri: str
    handle: str
    locked: bool
    also_known_as: tuple[str, ...]
    moved_to: str | None


@dataclass(frozen=True)
class Lookup:
    outcome: str  # FOUND, NOT_FOUND or UNREACHABLE
    handle: str
    server: str
    actor: Actor | None = None
    detail: str = ""


def default_base_url(domain: str) -> str:
    return f"https://{domain}"


class Verifier:
    def __init__(
        self,
        *,
        clock: Clock,
        base_url_for: Callable[[str], str] = default_base_url,
        timeout: float = 4.0,
        cache_seconds: float = 60.0,
        own_server: str = "",
        account_lookup: Callable[[str], Awaitable[dict[str, Any]]] | None = None,
    ) -> None:
        self.clock = clock
        # The bot's own server answers its API (GET /api/v1/accounts/lookup, `moved`), which
        # works where its actors cannot be read (authorized fetch).
        self.own_server = own_server.lower()
        self.account_lookup = account_lookup
        self.base_url_for = base_url_for
        self.timeout = timeout
        self.cache_seconds = cache_seconds
        self._cache: dict[str, tuple[float, Lookup]] = {}
        self._swept_at = clock.timestamp()
        self._software: dict[str, NodeInfo] = {}
        self._session: aiohttp.ClientSession | None = None

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=self.timeout),
                headers={"User-Agent": "move-helper-bot/0.1"},
            )
        return self._session

    def _let_go(self) -> None:
        """Drop the lookups too old to be served: a bot checking thousands of members'
        handles would otherwise keep every answer. At most once a `cache_seconds`."""
        now = self._swept_at = self.clock.timestamp()
        for handle in [h for h, (at, _) in self._cache.items() if now - at >= self.cache_seconds]:
            del self._cache[handle]

    async def lookup(self, handle: str, *, fresh: bool = False) -> Lookup:
        """Resolve a handle to its actor; cached briefly, bypassed when a step is re-checked."""
        handle = handle.lower().lstrip("@")
        if self.clock.timestamp() - self._swept_at >= self.cache_seconds:
            self._let_go()
        cached = self._cache.get(handle)
        if cached and not fresh and self.clock.timestamp() - cached[0] < self.cache_seconds:
            return cached[1]
        result = await self._lookup(handle)
        if result.outcome != UNREACHABLE:
            self._cache[handle] = (self.clock.timestamp(), result)
        event(log, logging.INFO, "verify.lookup", server=result.server, outcome=result.outcome)
        return result

    async def _lookup(self, handle: str) -> Lookup:
        user, _, domain = handle.partition("@")
        base = self.base_url_for(domain)
        try:
            async with self._client().get(
                f"{base}/.well-known/webfinger", params={"resource": f"acct:{user}@{domain}"}
            ) as response:
                if response.status in (404, 410):
                    return Lookup(NOT_FOUND, handle, domain, detail=f"webfinger {response.status}")
                if response.status != 200:
                    return Lookup(
                        UNREACHABLE, handle, domain, detail=f"webfinger {response.status}"
                    )
                jrd = await response.json(content_type=None)
            actor_uri = _self_link(jrd)
            if actor_uri is None:
                return Lookup(UNREACHABLE, handle, domain, detail="webfinger without actor link")
            async with self._client().get(
                self._fetchable(actor_uri, domain),
                headers={
                    "Accept": 'application/activity+json, application/ld+json; profile="https://www.w3.org/ns/activitystreams"'
                },
            ) as response:
                if response.status != 200:
                    # 401 "Request not signed": authorized fetch. The account exists; we cannot read it.
                    return Lookup(UNREACHABLE, handle, domain, detail=f"actor {response.status}")
                document = await response.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError, ValueError) as error:
            return Lookup(UNREACHABLE, handle, domain, detail=type(error).__name__)
        return Lookup(FOUND, handle, domain, actor=_actor(document, actor_uri, handle))

    def _fetchable(self, uri: str, domain: str) -> str:
        """Fetch an actor through the same base URL WebFinger used (tests map domains to loopback)."""
        match = re.match(r"https?://[^/]+(/.*)$", uri)
        base = self.base_url_for(domain)
        return base + match.group(1) if match and base != default_base_url(domain) else uri

    async def software(self, domain: str) -> NodeInfo:
        """What a server runs, from NodeInfo; looked up once per domain and kept."""
        key = domain.lower()
        if key not in self._software:
            self._software[key] = await read_nodeinfo(
                self._client(), self.base_url_for(key).rstrip("/"), timeout=self.timeout
            )
        return self._software[key]

    async def alias_present(self, new_handle: str, old_handle: str) -> str:
        """FOUND when the new account lists the old one in alsoKnownAs; else NOT_FOUND or UNREACHABLE."""
        new = await self.lookup(new_handle, fresh=True)
        old = await self.lookup(old_handle)
        if new.outcome != FOUND or new.actor is None:
            return UNREACHABLE if new.outcome == UNREACHABLE else NOT_FOUND
        if old.outcome != FOUND or old.actor is None:
            # Compare by the conventional actor path when the old server cannot be read.
            return (
                FOUND
                if any(_same_account(uri, old_handle) for uri in new.actor.also_known_as)
                else UNREACHABLE
            )
        return FOUND if old.actor.uri in new.actor.also_known_as else NOT_FOUND

    async def moved(self, old_handle: str, new_handle: str) -> str:
        """FOUND when the old account has moved to the new one: on the bot's own server by
        its API (`moved` on the account), elsewhere by the actor's movedTo."""
        own = await self._moved_here(old_handle, new_handle)
        if own is not None:
            return own
        old = await self.lookup(old_handle, fresh=True)
        if old.outcome != FOUND or old.actor is None:
            return old.outcome if old.outcome == UNREACHABLE else NOT_FOUND
        if not old.actor.moved_to:
            return NOT_FOUND
        new = await self.lookup(new_handle)
        if new.outcome == FOUND and new.actor is not None:
            return FOUND if old.actor.moved_to == new.actor.uri else NOT_FOUND
        return FOUND if _same_account(old.actor.moved_to, new_handle) else NOT_FOUND

    async def _moved_here(self, old_handle: str, new_handle: str) -> str | None:
        """None when the old account is not on this server or its API did not answer."""
        user, _, domain = old_handle.lower().partition("@")
        if self.account_lookup is None or not self.own_server or domain != self.own_server:
            return None
        try:
            account = await self.account_lookup(user)
        except Exception as error:  # the actor is the fallback, whatever went wrong here
            event(log, logging.INFO, "verify.own_lookup", error=type(error).__name__)
            return None
        moved = account.get("moved") if isinstance(account, dict) else None
        if not isinstance(moved, dict):
            return NOT_FOUND  # the key is absent until the account moves
        acct = str(moved.get("acct") or "").lower()
        target = acct if "@" in acct else f"{acct}@{self.own_server}"
        return FOUND if target == new_handle.lower() else NOT_FOUND


def _self_link(jrd: Any) -> str | None:
    if not isinstance(jrd, dict):
        return None
    for link in jrd.get("links") or []:
        if isinstance(link, dict) and link.get("rel") == "self" and link.get("href"):
            kind = link.get("type") or ""
            if "activity+json" in kind or "ld+json" in kind:
                return str(link["href"])
    return None


def _actor(document: dict[str, Any], uri: str, handle: str) -> Actor:
    also = document.get("alsoKnownAs") or []
    if isinstance(also, str):
        also = [also]
    moved = document.get("movedTo")
    return Actor(
        uri=str(document.get("id") or uri),
        handle=handle,
        locked=bool(document.get("manuallyApprovesFollowers")),
        also_known_as=tuple(str(a) for a in also),
        moved_to=str(moved) if moved else None,
    )


def _same_account(uri: str, handle: str) -> bool:
    user, _, domain = handle.lower().partition("@")
    return bool(
        re.match(rf"https?://{re.escape(domain)}/(users|@)/?{re.escape(user)}$", uri.lower())
    )
