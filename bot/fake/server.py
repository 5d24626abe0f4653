"""A fake Mastodon 4.6 server: accounts, statuses, notifications, policy, OAuth, federation.

`FakeMastodon` holds the state and the domain rules (notification policy, idempotency,
length validation, paging); `bot.fake.routes` serves it over HTTP with aiohttp. It is
shipped code: the test suite and the `python -m bot try` sandbox both run the bot against
it, so it follows the wire formats in /work/shared/research/mastodon-wire-formats.md rather
than whatever is convenient.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import secrets
import threading
import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

from bot.clock import Clock, SystemClock
from bot.fake import serializers as ser
from bot.fake.html import (
    MentionRef,
    escape,
    extract_hashtags,
    extract_mentions,
    format_text,
    sanitize_remote,
    split_acct,
    status_length,
)
from bot.fake.limits import Counters, Faults, Limits
from bot.fake.models import (
    DEFAULT_POLICY,
    FILTERABLE_TYPES,
    GROUPED_TYPES,
    POLICY_KEYS,
    POLICY_VALUES,
    ROLE_PERMISSIONS,
    VISIBILITIES,
    Account,
    App,
    AuthCode,
    Changes,
    Notification,
    NotificationRequest,
    Status,
    Token,
)
from bot.fake.streaming import ABORT, CLOSE, Stream, sse_event

if TYPE_CHECKING:
    from aiohttp import web

T = TypeVar("T")

OOB = "urn:ietf:wg:oauth:2.0:oob"
# A ULID made of the fake's sequential number: 26 Crockford base-32 characters that sort as
# text in the order of the number, and are no number ("01J" then 23 digits).
ULID_PREFIX = "01J"
IDEMPOTENCY_TTL = 3600.0
# A status's length limit, as Mastodon ships it (instance configuration max_characters).
MAX_CHARACTERS = 500
NEW_ACCOUNT_THRESHOLD = timedelta(days=30)
NEW_FOLLOWER_THRESHOLD = timedelta(days=3)
_SCOPES = """read write follow push profile
    read:accounts read:blocks read:bookmarks read:favourites read:filters read:follows
    read:lists read:mutes read:notifications read:search read:statuses
    write:accounts write:blocks write:bookmarks write:conversations write:favourites
    write:filters write:follows write:lists write:media write:mutes write:notifications
    write:reports write:statuses
    admin:read admin:write admin:read:accounts admin:write:accounts admin:read:reports
    admin:write:reports"""
VALID_SCOPES = frozenset(_SCOPES.split())


class ValidationError(ValueError):
    """A 422 from Mastodon; str() is the exact `error` text."""


def _parse_version(version: str) -> tuple[int, ...]:
    core = version.split("+", 1)[0].split("-", 1)[0]
    parts = [int(p) for p in re.findall(r"\d+", core)[:3]]
    return tuple(parts + [0] * (3 - len(parts)))


def parse_scopes(scopes: str | Iterable[str]) -> list[str]:
    items = scopes.split() if isinstance(scopes, str) else [s for s in scopes]
    out: list[str] = []
    for s in items:
        if s not in out:
            out.append(s)
    return out


class FakeMastodon:
    """One fake Mastodon server (one domain). See the package docstring for usage."""

    def __init__(
        self,
        domain: str = "example.social",
        clock: Clock | None = None,
        version: str = "4.6.5",
        max_characters: int = MAX_CHARACTERS,
        rate_limits: bool = False,
        *,
        limits: Limits | None = None,
        heartbeat_interval: float = 15.0,
        title: str | None = None,
        notification_id_start: int = 1,
    ) -> None:
        self.domain = domain
        self.clock: Clock = clock or SystemClock()
        self.version = version
        self.version_tuple = _parse_version(version)
        self.max_characters = max_characters
        self.rate_limits = rate_limits
        # Count a status's length as its raw number of characters, as some servers that
        # speak Mastodon's API do (every URL and the domain of a mention in full), and refuse
        # a long one with their wording. Off: Mastodon's own counting and message.
        self.raw_length = False
        # How a notification's status and accounts are written: "mastodon", or "sparse" (as
        # servers that follow Mastodon's API loosely: fields left out, plain-text content,
        # mentions without their host, in_reply_to_id a number; serializers._sparse).
        self.status_shape = "mastodon"
        # How notification ids look on the wire: "numeric" (Mastodon's sequential bigint as a
        # string), "ulid" (GoToSocial's 26-character ULIDs: not numbers, ordered as text) or
        # "uuid" (random UUIDs, in no order a client can tell; min_id still pages by time).
        self.notification_ids = "numeric"
        # How X-RateLimit-Reset is written: "iso" (Mastodon), "http-date", "epoch" (Unix
        # seconds), "seconds" (from now), "garbled" (unreadable) or None (left out).
        self.reset_format: str | None = "iso"
        # How the instance endpoints describe the status limit, as servers that speak
        # Mastodon's API do: "mastodon" (configuration.statuses.max_characters in v2 and
        # v1), "pleroma" (Pleroma/Akkoma: no /api/v2/instance; v1 says `max_toot_chars`
        # and has no `configuration`) or "partial" (v2 leaves configuration.statuses out,
        # v1 says `max_toot_chars`).
        self.instance_shape = "mastodon"
        # Seconds each POST /api/v1/statuses takes (real time), like a real server's
        # round trip (~100 ms): what makes sending several at once worth it.
        self.post_latency = 0.0
        # While set and not yet open, every POST /api/v1/statuses waits for it (in flight):
        # a test holds posts to see how many the bot sends at once, whatever the machine's load.
        self.post_gate: asyncio.Event | None = None
        self.limits = limits or Limits()
        self.heartbeat_interval = heartbeat_interval
        self.title = title or domain
        self.base_url = f"https://{domain}"
        self.faults = Faults(self._drop_streams, lambda: self.clock.timestamp())
        self.authorized_fetch = False
        # What /nodeinfo/2.0 says this server runs: set to ("gotosocial", "0.19.1") and the
        # like to let a fake server claim other software.
        self.software = "mastodon"
        self.software_version: str | None = None
        # DISALLOW_UNAUTHENTICATED_API_ACCESS: the REST API answers 401 without a token.
        self.api_requires_auth = False
        # Admin setting "Show domain blocks" ("disabled", "users" or "all") and the blocks.
        self.show_domain_blocks = "disabled"
        self.domain_blocks: list[dict[str, Any]] = []
        # The account "logged in" in the browser that opens GET /oauth/authorize.
        self.logged_in_user: str | None = None
        # Observability for tests.
        self.count_429 = 0
        self.count_503 = 0  # answers of Faults.unavailable_for's windows
        self.requested: list[str] = []  # every request: "GET /api/v1/x?acct=alice"
        self.posts_attempted = 0
        self.posts_in_flight = self.max_posts_in_flight = 0  # slow posts being processed
        self.admin_pages_built = 0  # admin account pages serialised (not taken from the memo)
        self.counters = Counters()

        self._lock = threading.RLock()
        self._last_snowflake = 0
        self._seq = 0
        self._next_notification_id = notification_id_start
        self._accounts: dict[str, Account] = {}
        self._local: dict[str, Account] = {}
        self._remote: dict[tuple[str, str], Account] = {}
        self._statuses: dict[str, Status] = {}
        self._notifications: list[Notification] = []
        self._notif_requests: dict[str, NotificationRequest] = {}
        self._permissions: set[tuple[str, str]] = set()
        self._follows: dict[tuple[str, str], datetime] = {}
        self._follow_ids: dict[tuple[str, str], int] = {}  # followers pages go by these
        self._pins: dict[str, list[str]] = {}  # account id -> pinned status ids, newest last
        # Indexes so that serialising an account or a status does not scan every status:
        # account id -> its statuses that count on its profile; status id -> its replies.
        self._authored: dict[str, list[Status]] = {}
        self._children: dict[str, list[Status]] = {}
        self._follow_requests: set[tuple[str, str]] = set()
        self._policies: dict[str, dict[str, str]] = {}
        self._apps: dict[str, App] = {}
        self._tokens: dict[str, Token] = {}
        self._codes: dict[str, AuthCode] = {}
        self._idempotency: dict[tuple[str, str], tuple[Status, float]] = {}
        self._streams: list[Stream] = []
        self._remotes: dict[str, FakeMastodon] = {}
        # Admin account pages as answered, while nothing they show has changed (Changes).
        self._admin_pages: dict[tuple[Any, ...], Any] = {}
        self._admin_pages_at: tuple[Any, ...] | None = None
        self._runner: web.AppRunner | None = None
        self._default_app = self.create_app("Web", scopes="read write follow push profile")

    # ------------------------------------------------------------------ serving

    def make_app(self) -> web.Application:
        """An aiohttp Application serving the REST, streaming, OAuth and federation routes."""
        from bot.fake.routes import build_app

        return build_app(self)

    def set_base_url(self, base_url: str) -> None:
        """Where the app listens, e.g. 'http://127.0.0.1:8123'; every absolute URL uses it."""
        self.base_url = base_url.rstrip("/")
        Changes.bump()

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Listen on host:port (0 = any free port), set base_url and return it."""
        from aiohttp import web

        runner = web.AppRunner(self.make_app(), shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        self._runner = runner
        bound = runner.addresses[0]
        self.set_base_url(f"http://{host}:{bound[1]}")
        return self.base_url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).netloc

    @property
    def link_rel(self) -> str:
        return (
            "nofollow noopener noreferrer" if self.version_tuple < (4, 4) else "nofollow noopener"
        )

    @property
    def requests(self) -> list[tuple[str, str]]:
        """Every request as (method, path), without the query: read from `requested`, so that
        a long sandbox or soak run keeps each request once."""
        seen = (line.partition(" ") for line in self.requested)
        return [(method, target.partition("?")[0]) for method, _, target in seen]

    def local_domains(self) -> set[str]:
        return {self.domain.lower(), self.host.lower()}

    def is_local_domain(self, domain: str | None) -> bool:
        return domain is None or domain.lower() in self.local_domains()

    # ------------------------------------------------------------------ ids & time

    def now(self) -> datetime:
        return self.clock.now().astimezone(UTC)

    def snowflake(self) -> str:
        """Mastodon's timestamp_id: milliseconds << 16 plus a sequence, strictly increasing."""
        ms = int(self.clock.timestamp() * 1000)
        self._seq = (self._seq + 1) & 0xFFFF
        candidate = (ms << 16) + self._seq
        if candidate <= self._last_snowflake:
            candidate = self._last_snowflake + 1
        self._last_snowflake = candidate
        return str(candidate)

    # ------------------------------------------------------------------ accounts

    @property
    def accounts(self) -> dict[str, Account]:
        """Every account this server knows, keyed by acct ('alice', 'bob@new.example')."""
        return {a.acct: a for a in self._accounts.values() if not a.deleted}

    def create_account(
        self,
        username: str,
        *,
        bot: bool = False,
        display_name: str = "",
        note: str = "",
        locked: bool = False,
        discoverable: bool = True,
        indexable: bool = False,
        group: bool = False,
        staff: bool = False,
        created_at: datetime | None = None,
        numeric_ap_id: bool = False,
    ) -> Account:
        """A local user. `note` is the bio's source text (a value starting with '<' is taken
        as already-rendered HTML). created_at matters for the policy's 'new accounts' (< 30 days) rule;
        numeric_ap_id=True gives the 4.5+ actor URI /ap/users/<id> instead of /users/<name>."""
        with self._lock:
            if username.lower() in self._local:
                raise ValueError(f"username {username!r} is taken")
            account = Account(
                server=self,
                id=self.snowflake(),
                username=username,
                domain=None,
                created_at=created_at or self.now(),
                display_name=display_name,
                note=note,
                locked=locked,
                bot=bot,
                discoverable=discoverable,
                indexable=indexable,
                group=group,
                staff=staff,
                numeric_ap_id=numeric_ap_id,
            )
            self._accounts[account.id] = account
            self._local[username.lower()] = account
            Changes.bump()
            return account

    def add_remote_account(
        self,
        acct: str,
        *,
        display_name: str = "",
        note: str = "",
        bot: bool = False,
        locked: bool = False,
        created_at: datetime | None = None,
    ) -> Account:
        """A remote account known here whose server is not a FakeMastodon (URLs under
        https://<domain>). Use register_remote() for servers that should really answer."""
        username, domain = split_acct(acct)
        if domain is None or self.is_local_domain(domain):
            raise ValueError("add_remote_account needs user@otherdomain")
        with self._lock:
            existing = self._remote.get((username.lower(), domain.lower()))
            if existing is not None:
                return existing
            account = Account(
                server=self,
                id=self.snowflake(),
                username=username,
                domain=domain,
                created_at=created_at or self.now(),
                display_name=display_name,
                note=note,
                bot=bot,
                locked=locked,
            )
            self._register_remote_account(account)
            return account

    def _register_remote_account(self, account: Account) -> None:
        assert account.domain is not None
        self._accounts[account.id] = account
        self._remote[(account.username.lower(), account.domain.lower())] = account
        Changes.bump()

    def get_account(self, acct: str | Account) -> Account | None:
        """An account already known here (never resolves remote ones), or None."""
        if isinstance(acct, Account):
            if acct.server is self:
                return acct
            home = acct.home
            if home.server is self:
                return home
            key = (home.username.lower(), (home.domain or home.server.domain).lower())
            return self._remote.get(key)
        username, domain = split_acct(acct)
        return self._find(username, domain, resolve=False)

    def resolve_account(self, acct: str | Account) -> Account:
        """Like a search with resolve=true: makes a registered remote server's account known."""
        return self._account(acct)

    def _find(self, username: str, domain: str | None, *, resolve: bool) -> Account | None:
        if self.is_local_domain(domain):
            found = self._local.get(username.lower())
            return found if found is not None and not found.deleted else None
        assert domain is not None
        found = self._remote.get((username.lower(), domain.lower()))
        if found is not None:
            return None if found.home.deleted else found
        if resolve:
            srv = self._remotes.get(domain.lower())
            if srv is not None:
                origin = srv._local.get(username.lower())
                if origin is not None and not origin.deleted:
                    return self._mirror(origin)
        return None

    def _account(self, acct: str | Account) -> Account:
        """Normalise an argument naming an account into this server's record (resolving)."""
        with self._lock:
            if isinstance(acct, Account):
                return self._import(acct.home)
            username, domain = split_acct(acct)
            found = self._find(username, domain, resolve=True)
            if found is None:
                raise KeyError(f"unknown account {acct!r} on {self.domain}")
            return found

    def _import(self, home: Account) -> Account:
        """This server's record for an account whose home record is `home`."""
        if home.server is self:
            return home
        if home.domain is not None:  # detached remote known to another fake: copy it
            key = (home.username.lower(), home.domain.lower())
            if self.is_local_domain(home.domain):
                found = self._local.get(home.username.lower())
                if found is not None:
                    return found
            if key not in self._remote:
                copy = Account(
                    server=self,
                    id=self.snowflake(),
                    username=home.username,
                    domain=home.domain,
                    created_at=home.created_at,
                    display_name=home.display_name,
                    note=home.note,
                    bot=home.bot,
                    locked=home.locked,
                )
                self._register_remote_account(copy)
            return self._remote[key]
        return self._mirror(home)

    def _mirror(self, origin: Account) -> Account:
        """The remote-account row for `origin`, a local user of another FakeMastodon."""
        srv = origin.server
        key = (origin.username.lower(), srv.domain.lower())
        found = self._remote.get(key)
        if found is not None:
            return found
        self._remotes.setdefault(srv.domain.lower(), srv)
        srv._remotes.setdefault(self.domain.lower(), self)
        mirror = Account(
            server=self,
            id=self.snowflake(),
            username=origin.username,
            domain=srv.domain,
            created_at=origin.created_at,
            origin=origin,
        )
        self._register_remote_account(mirror)
        return mirror

    def account_by_uri(self, uri: str) -> Account | None:
        """Find (or, for registered servers, resolve) the account whose actor URI is `uri`."""
        with self._lock:
            for account in self._accounts.values():
                if account.uri == uri and not account.home.deleted:
                    return account
            for srv in self._remotes.values():
                for account in srv._local.values():
                    if account.uri == uri and not account.deleted:
                        return self._mirror(account)
            return None

    def update_account(self, acct: str | Account, **fields: Any) -> Account:
        """Change profile fields (display_name, note, bot, locked, discoverable, indexable)."""
        account = self._account(acct)
        allowed = {"display_name", "note", "bot", "locked", "discoverable", "indexable", "group"}
        for key, value in fields.items():
            if key not in allowed:
                raise TypeError(f"unknown field {key}")
            setattr(account.home, key, value)
        return account

    def delete_account(self, acct: str | Account) -> None:
        """Deleted: WebFinger answers 410, lookup 404, its token stops working."""
        account = self._account(acct)
        account.deleted = True
        for token in self._tokens.values():
            if token.account is account:
                token.revoked = True

    def set_limited(self, acct: str | Account, limited: bool = True) -> None:
        """Moderator 'limit' (silence): the sender is filtered by for_limited_accounts."""
        self._account(acct).silenced = limited

    # --- moderation and roles (what the admin accounts API shows)

    def set_suspended(self, acct: str | Account, suspended: bool = True) -> None:
        self._account(acct).home.suspended = suspended

    def set_disabled(self, acct: str | Account, disabled: bool = True) -> None:
        """The user's login is disabled; the account itself stays visible."""
        self._account(acct).home.disabled = disabled

    def set_role(self, acct: str | Account, role: str) -> None:
        if role not in ROLE_PERMISSIONS:
            raise ValueError(f"unknown role {role!r}")
        self._account(acct).home.role = role

    def set_locale(self, acct: str | Account, locale: str | None) -> None:
        self._account(acct).home.locale = locale

    @staticmethod
    def can(account: Account, permission: str) -> bool:
        granted = ROLE_PERMISSIONS.get(account.role, frozenset())
        return "administrator" in granted or permission in granted

    def admin_accounts(self, *, origin: str | None, status: str | None) -> list[Account]:
        """AccountFilter: origin local/remote, status active (not suspended, disabled ones
        included), suspended, disabled (and not suspended); newest id first."""
        found = []
        for account in self._accounts.values():
            if account.deleted or (account.origin is not None and account.home.deleted):
                continue
            if (origin == "local" and not account.local) or (origin == "remote" and account.local):
                continue
            if status == "active" and account.suspended:
                continue
            if status == "suspended" and not account.suspended:
                continue
            if status == "disabled" and (not account.disabled or account.suspended):
                continue
            found.append(account)
        return sorted(found, key=lambda a: int(a.id), reverse=True)

    def admin_page(self, request: tuple[Any, ...], build: Callable[[], T]) -> T:
        """The admin accounts page `request` names, built once while nothing any account
        entity shows has changed: a closing campaign lists every local account at each
        refresh, and serialising them all again was most of its test's time in the fake."""
        at = (Changes.count, self.base_url, self.version_tuple)
        if at != self._admin_pages_at:
            self._admin_pages.clear()
            self._admin_pages_at = at
        if request not in self._admin_pages:
            self.admin_pages_built += 1
            self._admin_pages[request] = build()
        page: T = self._admin_pages[request]
        return page

    # --- pinned statuses

    def pin(self, account: Account, status: Status) -> None:
        """StatusPinValidator: own, public or unlisted, at most 5 (ValidationError otherwise)."""
        pins = self._pins.setdefault(account.id, [])
        if status.id in pins:
            return
        if status.account is not account:
            raise ValidationError("Validation failed: Someone else's post cannot be pinned")
        if status.visibility not in ("public", "unlisted"):
            raise ValidationError("Validation failed: Non-public posts cannot be pinned")
        if len(pins) >= 5:
            raise ValidationError(
                "Validation failed: You have already pinned the maximum number of posts"
            )
        pins.append(status.id)

    def unpin(self, account: Account, status: Status) -> None:
        pins = self._pins.get(account.id, [])
        if status.id in pins:
            pins.remove(status.id)

    def pinned_ids(self, acct: str | Account) -> list[str]:
        """For tests: the statuses pinned on this account's profile."""
        return list(self._pins.get(self._account(acct).id, []))

    # --- migration state

    def add_alias(self, new_account: str | Account, old_actor: str | Account) -> None:
        """Append an actor URI to the (local) account's alsoKnownAs."""
        account = self._account(new_account)
        uri = old_actor.uri if isinstance(old_actor, Account) else old_actor
        target = account.home
        if uri not in target.also_known_as:
            target.also_known_as.append(uri)

    def set_moved(self, old_account: str | Account, new_account: str | Account | None) -> None:
        """Set movedTo (actor) and `moved` (REST) on old_account; None clears it."""
        with self._lock:
            account = self._account(old_account)
            if new_account is None:
                account.home.moved_to = None
                return
            if isinstance(new_account, Account):
                target = new_account.home
            else:
                found = self.account_by_uri(new_account)
                if found is None:
                    found = self._detached_from_uri(new_account)
                target = found.home
            account.home.moved_to = target

    def _detached_from_uri(self, uri: str) -> Account:
        parts = urlsplit(uri)
        m = re.match(r"^/(?:users/|@)([^/]+)$", parts.path)
        if not parts.hostname or not m:
            raise ValueError(f"cannot tell the account of {uri!r}")
        return self.add_remote_account(f"{m.group(1)}@{parts.hostname}")

    def moved_account(self, a: Account) -> Account | None:
        """The `moved` target as this server knows it."""
        target = a.home.moved_to
        if target is None:
            return None
        return self._import(target.home)

    def set_authorized_fetch(self, enabled: bool = True) -> None:
        """Secure mode: unsigned GETs of actor JSON get 401 {"error":"Request not signed"}."""
        self.authorized_fetch = enabled

    # --- counters used by the serializers

    def _stats_owner(self, a: Account) -> tuple[FakeMastodon, Account]:
        home = a.home
        return home.server, home

    def followers_count(self, a: Account) -> int:
        srv, home = self._stats_owner(a)
        return sum(1 for (_, followed) in srv._follows if followed == home.id)

    def following_count(self, a: Account) -> int:
        srv, home = self._stats_owner(a)
        return sum(1 for (follower, _) in srv._follows if follower == home.id)

    def _index(self, status: Status) -> None:
        if status.visibility != "direct" and status.origin is None:
            self._authored.setdefault(status.account.id, []).append(status)
            Changes.bump()  # its author's statuses_count and last_status_at
        if status.in_reply_to is not None:
            self._children.setdefault(status.in_reply_to.id, []).append(status)

    def _counted_statuses(self, a: Account) -> list[Status]:
        srv, home = self._stats_owner(a)
        return [
            s
            for s in srv._authored.get(home.id, [])
            if s.account is home
            and s.visibility != "direct"
            and s.origin is None
            and s.id in srv._statuses
        ]

    def statuses_count(self, a: Account) -> int:
        return len(self._counted_statuses(a))

    def last_status_at(self, a: Account) -> datetime | None:
        statuses = self._counted_statuses(a)
        return max(s.created_at for s in statuses) if statuses else None

    def follow_requests_count(self, a: Account) -> int:
        return sum(1 for (_, target) in self._follow_requests if target == a.id)

    def local_user_count(self) -> int:
        return sum(1 for a in self._local.values() if not a.deleted)

    def local_status_count(self) -> int:
        return sum(1 for s in self._statuses.values() if s.account.local)

    def known_domains(self) -> set[str]:
        return {domain for (_, domain) in self._remote}

    @property
    def servers(self) -> dict[str, str]:
        """domain -> base_url for this server and every registered remote one."""
        out = {self.domain: self.base_url}
        for srv in self._remotes.values():
            out[srv.domain] = srv.base_url
        return out

    # ------------------------------------------------------------------ relationships

    def follow(
        self, follower: str | Account, followed: str | Account, *, notify: bool = True
    ) -> None:
        """An accepted follow (recorded on both servers when one side is remote)."""
        with self._lock:
            a, b = self._account(follower), self._account(followed)
            self._record_follow(a, b, notify=notify)
            others = {id(x.home.server): x.home.server for x in (a, b) if x.home.server is not self}
            for srv in others.values():
                with srv._lock:
                    srv._record_follow(srv._import(a.home), srv._import(b.home), notify=notify)

    def _record_follow(self, a: Account, b: Account, *, notify: bool) -> None:
        self._follow_requests.discard((a.id, b.id))
        if (a.id, b.id) in self._follows:
            return
        self._follows[(a.id, b.id)] = self.now()
        self._follow_ids[(a.id, b.id)] = len(self._follow_ids) + 1
        Changes.bump()
        if notify and b.local:
            self._notify(b, "follow", a)

    def unfollow(self, follower: str | Account, followed: str | Account) -> None:
        with self._lock:
            a, b = self._account(follower), self._account(followed)
            for srv, x, y in [(self, a, b)] + [
                (s.home.server, s.home.server._import(a.home), s.home.server._import(b.home))
                for s in (a, b)
                if s.home.server is not self
            ]:
                srv._follows.pop((x.id, y.id), None)
                srv._follow_requests.discard((x.id, y.id))
            Changes.bump()

    def request_follow(self, follower: str | Account, followed: str | Account) -> None:
        """A pending follow request to a locked account (notifies follow_request)."""
        with self._lock:
            a, b = self._account(follower), self._account(followed)
            if (a.id, b.id) in self._follows or (a.id, b.id) in self._follow_requests:
                return
            self._follow_requests.add((a.id, b.id))
            Changes.bump()
            if b.local:
                self._notify(b, "follow_request", a)

    def accept_follow_request(self, follower: str | Account, followed: str | Account) -> None:
        self.follow(follower, followed, notify=False)

    def followers_of(self, account: Account) -> list[tuple[int, Account]]:
        """(follow id, follower) for everyone following `account` here, oldest follow first;
        the follow id is what the followers API pages by (max_id/since_id)."""
        return sorted(
            (self._follow_ids[key], self._accounts[key[0]])
            for key in self._follows
            if key[1] == account.id and not self._accounts[key[0]].home.deleted
        )

    def block_domain(
        self,
        domain: str,
        severity: str = "suspend",
        *,
        comment: str | None = None,
        obfuscate: bool = False,
    ) -> None:
        """An admin's domain block ("silence" is shown as Limit, "suspend" as Suspend);
        obfuscate=True shows the name partly starred, as DomainBlock#public_domain does."""
        self.domain_blocks.append(
            {"domain": domain, "severity": severity, "comment": comment, "obfuscate": obfuscate}
        )

    def is_following(self, a: Account, b: Account) -> bool:
        return (a.id, b.id) in self._follows

    def has_follow_request(self, a: Account, b: Account) -> bool:
        return (a.id, b.id) in self._follow_requests

    # ------------------------------------------------------------------ remote servers

    def register_remote(self, other: FakeMastodon) -> None:
        """Make `other` reachable from here (and back): its users can be mentioned as
        @user@other.domain, statuses mentioning them are delivered there."""
        if other is self:
            return
        self._remotes[other.domain.lower()] = other
        other._remotes[self.domain.lower()] = self

    # ------------------------------------------------------------------ statuses

    def status_uri(self, s: Status) -> str:
        if s.origin is not None:
            return s.origin.account.server.status_uri(s.origin)
        return f"{s.account.uri}/statuses/{s.id}"

    def status_url(self, s: Status) -> str:
        if s.origin is not None:
            return s.origin.account.server.status_url(s.origin)
        return f"{s.account.url}/{s.id}"

    def account_url(self, a: Account) -> str:
        if a.origin is not None:
            return a.origin.url
        if a.domain is None:
            return f"{self.base_url}/@{a.username}"
        return f"https://{a.domain}/@{a.username}"

    def account_uri(self, a: Account) -> str:
        if a.origin is not None:
            return a.origin.uri
        if a.domain is None:
            if a.numeric_ap_id:
                return f"{self.base_url}/ap/users/{a.id}"
            return f"{self.base_url}/users/{a.username}"
        return f"https://{a.domain}/users/{a.username}"

    def _ref(self, m: Account, perspective: str | None = None) -> MentionRef:
        """How account m is written by a server whose domain is `perspective` (None = self)."""
        if perspective is None:
            return MentionRef(m.username, m.domain, m.url)
        home_domain = m.domain or self.domain
        same = home_domain.lower() == perspective.lower()
        return MentionRef(m.username, None if same else home_domain, m.url)

    def content_html(self, s: Status) -> str:
        """status.content: TextFormatter for local posts, sanitised HTML for remote ones."""
        if s.origin is not None:
            return sanitize_remote(s.origin.account.server.content_html(s.origin), self.link_rel)
        if s.account.local:
            return format_text(
                s.text,
                mentions=[self._ref(m) for m in s.mentions],
                local_domains=self.local_domains(),
                tags_base=f"{self.base_url}/tags/",
                link_rel=self.link_rel,
            )
        domain = s.account.domain or self.domain
        html = format_text(
            s.text,
            mentions=[self._ref(m, domain) for m in s.mentions],
            local_domains={domain},
            tags_base=f"https://{domain}/tags/",
        )
        return sanitize_remote(html, self.link_rel)

    def note_html(self, a: Account) -> str:
        if a.origin is not None:
            html = a.origin.server.note_html(a.origin)
            return sanitize_remote(html, self.link_rel) if html else ""
        if not a.note.strip():
            return ""
        if a.note.lstrip().startswith("<"):  # given already rendered
            return a.note
        if a.local:
            mentions = []
            for entity in extract_mentions(a.note):
                username, domain = split_acct(entity.value)
                found = self._find(username, domain, resolve=False)
                if found is not None:
                    mentions.append(self._ref(found))
            return format_text(
                a.note,
                mentions=mentions,
                local_domains=self.local_domains(),
                tags_base=f"{self.base_url}/tags/",
                link_rel=self.link_rel,
            )
        return f"<p>{escape(a.note)}</p>"

    def replies_count(self, s: Status) -> int:
        return sum(
            1
            for r in self._children.get(s.id, [])
            if r.in_reply_to is s
            and r.visibility in ("public", "unlisted", "private")
            and r.id in self._statuses
        )

    def serialize_account(self, a: Account, *, credential: bool = False) -> dict[str, Any]:
        return ser.account_json(self, a, credential=credential)

    def serialize_status(
        self, s: Status, viewer: Account | None = None, *, source: bool = False
    ) -> dict[str, Any]:
        return ser.status_json(self, s, viewer, source=source)

    def can_see(self, s: Status, viewer: Account | None) -> bool:
        if s.deleted:
            return False
        if s.visibility in ("public", "unlisted"):
            return True
        if viewer is None:
            return False
        if viewer is s.account or any(m is viewer for m in s.mentions):
            return True
        return s.visibility == "private" and self.is_following(viewer, s.account)

    def validate_status(
        self, text: str, spoiler_text: str = "", visibility: str = "public"
    ) -> None:
        """Raise ValidationError with Mastodon's message if the post would be refused."""
        if visibility not in VISIBILITIES:
            raise ValidationError("Validation failed: Visibility is not included in the list")
        if not text.strip():
            raise ValidationError("Validation failed: Text can't be blank")
        if self.raw_length:
            if len(text) + len(spoiler_text) > self.max_characters:
                raise ValidationError("Text is too long")
        elif status_length(text, spoiler_text) > self.max_characters:
            raise ValidationError(
                f"Validation failed: Text character limit of {self.max_characters} exceeded"
            )

    def _resolve_mentions(self, text: str, perspective: str | None) -> list[Account]:
        found: list[Account] = []
        for entity in extract_mentions(text):
            username, domain = split_acct(entity.value)
            if domain is None and perspective is not None:
                domain = perspective
            account = self._find(username, domain, resolve=True)
            if account is not None and account not in found:
                found.append(account)
        return found

    @staticmethod
    def _tags(text: str) -> list[str]:
        tags: list[str] = []
        for entity in extract_hashtags(text):
            if entity.value.lower() not in (t.lower() for t in tags):
                tags.append(entity.value)
        return tags

    def post_status(
        self,
        author: str | Account,
        text: str,
        visibility: str = "public",
        in_reply_to_id: str | None = None,
        language: str | None = "en",
        spoiler_text: str = "",
        sensitive: bool = False,
    ) -> dict[str, Any]:
        """What a local member's client does: validate, create, notify, stream, federate.

        Raises ValidationError (Mastodon's 422 text) and KeyError for an unknown reply target.
        Returns the Status as its author sees it.
        """
        with self._lock:
            account = self._account(author)
            if not account.local:
                raise ValueError(f"{account.acct} is remote here: use deliver_from_remote()")
            parent = self._get_status(in_reply_to_id) if in_reply_to_id else None
            self.validate_status(text, spoiler_text, visibility)
            status = self._create_status(
                account,
                text,
                visibility=visibility,
                in_reply_to=parent,
                spoiler_text=spoiler_text,
                language=language,
                sensitive=sensitive,
                application={"name": "Web", "website": None},
            )
            return self.serialize_status(status, account)

    def deliver_from_remote(
        self,
        remote_acct: str | Account,
        text: str,
        visibility: str = "direct",
        in_reply_to_id: str | None = None,
        language: str | None = "en",
        spoiler_text: str = "",
        sensitive: bool = False,
    ) -> dict[str, Any]:
        """A status by a remote account arriving here by federation.

        If the author's server is a registered FakeMastodon the status is really posted
        there (in_reply_to_id is a status id on *this* server) and delivered here;
        otherwise it is created here directly. Returns the status as this server shows it.
        """
        with self._lock:
            author = self._remote_author(remote_acct)
            parent = self._get_status(in_reply_to_id) if in_reply_to_id else None
            if author.origin is not None:
                origin_srv = author.origin.server
                with origin_srv._lock:
                    origin_parent = origin_srv._local_version(parent) if parent else None
                    origin_status = origin_srv._create_status(
                        author.origin,
                        text,
                        visibility=visibility,
                        in_reply_to=origin_parent,
                        spoiler_text=spoiler_text,
                        language=language,
                        sensitive=sensitive,
                        application={"name": "Web", "website": None},
                        extra_targets=[self],
                    )
                status = self._local_version(origin_status)
            else:
                status = self._create_status(
                    author,
                    text,
                    visibility=visibility,
                    in_reply_to=parent,
                    spoiler_text=spoiler_text,
                    language=language,
                    sensitive=sensitive,
                    application=None,
                )
            return self.serialize_status(status)

    def _remote_author(self, remote_acct: str | Account) -> Account:
        if isinstance(remote_acct, Account):
            author = self._account(remote_acct)
        else:
            username, domain = split_acct(remote_acct)
            if domain is None or self.is_local_domain(domain):
                raise ValueError("deliver_from_remote needs a remote user@domain")
            author = self._find(username, domain, resolve=True) or self.add_remote_account(
                remote_acct
            )
        if author.local:
            raise ValueError(f"{author.acct} is local: use post_status()")
        return author

    def _get_status(self, status_id: str) -> Status:
        status = self._statuses.get(str(status_id))
        if status is None:
            raise KeyError(f"no status {status_id} on {self.domain}")
        return status

    def _create_status(
        self,
        author: Account,
        text: str,
        *,
        visibility: str,
        in_reply_to: Status | None = None,
        spoiler_text: str = "",
        language: str | None = "en",
        sensitive: bool = False,
        application: dict[str, Any] | None = None,
        extra_targets: Iterable[FakeMastodon] = (),
    ) -> Status:
        perspective = None if author.local else author.domain
        status = Status(
            id=self.snowflake(),
            account=author,
            text=text,
            visibility=visibility,
            created_at=self.now(),
            spoiler_text=spoiler_text,
            sensitive=bool(sensitive or spoiler_text),
            language=language,
            in_reply_to=in_reply_to,
            in_reply_to_id=in_reply_to.id if in_reply_to else None,
            in_reply_to_account_id=in_reply_to.account.id if in_reply_to else None,
            mentions=self._resolve_mentions(text, perspective),
            tags=self._tags(text),
            application=application if author.local else None,
        )
        self._statuses[status.id] = status
        self._index(status)
        self._fanout(status)
        for mentioned in status.mentions:
            if mentioned.local:
                self._notify(mentioned, "mention", author, status)
        if author.local:
            self._federate(status, extra_targets)
        return status

    def _fanout(self, s: Status) -> None:
        """Home feeds: the author and local followers get an `update` on their user stream."""
        recipients: list[Account] = [s.account] if s.account.local else []
        followers = [
            self._accounts[follower]
            for (follower, followed) in self._follows
            if followed == s.account.id and self._accounts[follower].local
        ]
        if s.visibility == "direct":
            followers = [f for f in followers if f in s.mentions]
        for follower in followers:
            replied_to = s.in_reply_to.account if s.in_reply_to else None
            if (
                replied_to is not None
                and replied_to is not follower
                and replied_to is not s.account
                and not self.is_following(follower, replied_to)
            ):
                continue
            if follower not in recipients:
                recipients.append(follower)
        for r in recipients:
            s.home_recipients.add(r.id)
            self._publish(r, "timeline", "update", lambda r=r: self._sse_status(s, r))

    def _sse_status(self, s: Status, viewer: Account) -> str:
        return ser.node_json(self.serialize_status(s, viewer))

    def _federate(self, s: Status, extra_targets: Iterable[FakeMastodon] = ()) -> None:
        targets: dict[int, FakeMastodon] = {}
        for m in s.mentions:
            home = m.home
            if home.server is not self and home.local:
                targets[id(home.server)] = home.server
        for srv in extra_targets:
            if srv is not self:
                targets[id(srv)] = srv
        for srv in targets.values():
            if any(existing is srv for existing, _ in s.copies):
                continue
            with srv._lock:
                copy = srv._receive(s)
            s.copies.append((srv, copy))

    def _local_version(self, st: Status) -> Status:
        """This server's copy of a status that lives on some server (fetching it if needed)."""
        home = st.origin if st.origin is not None else st
        if home.account.server is self:
            return home
        for s in self._statuses.values():
            if s.origin is home:
                return s
        copy = self._receive(home, notify=False)
        home.copies.append((self, copy))
        return copy

    def _receive(self, origin: Status, *, notify: bool = True) -> Status:
        """Federation: store a copy of another server's status, notify and fan out here."""
        for s in self._statuses.values():
            if s.origin is origin:
                return s
        author = self._import(origin.account.home)
        mentions: list[Account] = []
        for m in origin.mentions:
            imported = self._import(m.home)
            if imported not in mentions:
                mentions.append(imported)
        parent = self._local_version(origin.in_reply_to) if origin.in_reply_to else None
        status = Status(
            id=self.snowflake(),
            account=author,
            text=origin.text,
            visibility=origin.visibility,
            created_at=origin.created_at,
            spoiler_text=origin.spoiler_text,
            sensitive=origin.sensitive,
            language=origin.language,
            in_reply_to=parent,
            in_reply_to_id=parent.id if parent else None,
            in_reply_to_account_id=parent.account.id if parent else None,
            mentions=mentions,
            tags=list(origin.tags),
            origin=origin,
        )
        self._statuses[status.id] = status
        self._index(status)
        if notify:
            self._fanout(status)
            for mentioned in mentions:
                if mentioned.local:
                    self._notify(mentioned, "mention", author, status)
        return status

    def edit_status(
        self, status_id: str, new_text: str, *, spoiler_text: str | None = None
    ) -> dict[str, Any]:
        """Edit a local status: `status.update` on home streams, new mentions notified."""
        with self._lock:
            status = self._get_status(status_id)
            if status.origin is not None:
                raise ValueError("edit a status on its own server")
            self._apply_edit(status, new_text, spoiler_text)
            self._federate(status)
            for srv, copy in status.copies:
                with srv._lock:
                    srv._apply_edit(copy, new_text, spoiler_text)
            return self.serialize_status(status, status.account)

    def _apply_edit(self, status: Status, new_text: str, spoiler_text: str | None) -> None:
        before = list(status.mentions)
        status.text = new_text
        if spoiler_text is not None:
            status.spoiler_text = spoiler_text
            status.sensitive = status.sensitive or bool(spoiler_text)
        status.edited_at = self.now()
        if status.origin is not None:
            status.mentions = []
            for m in status.origin.mentions:
                imported = self._import(m.home)
                if imported not in status.mentions:
                    status.mentions.append(imported)
        else:
            perspective = None if status.account.local else status.account.domain
            status.mentions = self._resolve_mentions(new_text, perspective)
        status.tags = self._tags(new_text)
        for mentioned in status.mentions:
            if mentioned.local and mentioned not in before:
                self._notify(mentioned, "mention", status.account, status)
        for rid in status.home_recipients:
            viewer = self._accounts[rid]
            self._publish(
                viewer, "timeline", "status.update", lambda v=viewer: self._sse_status(status, v)
            )

    def delete_status(self, status_id: str) -> dict[str, Any]:
        """Delete: notifications about it vanish, `delete` goes out on user streams only."""
        with self._lock:
            status = self._get_status(status_id)
            snapshot = self.serialize_status(status, status.account, source=True)
            self._remove_status(status)
            for srv, copy in status.copies:
                with srv._lock:
                    srv._remove_status(copy)
            return snapshot

    def _remove_status(self, status: Status) -> None:
        if self._statuses.pop(status.id, None) is None:
            return
        status.deleted = True
        Changes.bump()
        self._notifications = [n for n in self._notifications if n.status is not status]
        for request in self._notif_requests.values():
            if request.last_status is status:
                request.last_status = None
        # RemoveStatusService#remove_from_affected: mentioned local accounts get the delete
        # on their user stream too, followers or not.
        affected = set(status.home_recipients) | {m.id for m in status.mentions if m.local}
        for rid in affected:
            self._publish(self._accounts[rid], "timeline", "delete", lambda: status.id)

    def status(self, status_id: str) -> dict[str, Any] | None:
        """The status as its author sees it, or None if missing/deleted."""
        st = self._statuses.get(str(status_id))
        return self.serialize_status(st, st.account) if st else None

    def status_records_by(self, acct: str | Account) -> list[Status]:
        """That account's statuses as records, oldest first: cheap for tests that poll often
        (serialising every status on each look is quadratic in a long test)."""
        account = self._account(acct)
        with self._lock:
            mine = [s for s in self._statuses.values() if s.account is account and not s.deleted]
        return sorted(mine, key=lambda s: int(s.id))

    def status_record(self, status_id: str) -> Status | None:
        """A status as the server stores it (its source text, not the rendered HTML)."""
        return self._statuses.get(status_id)

    def statuses_by(self, acct: str | Account) -> list[dict[str, Any]]:
        """Statuses by that account stored on this server, oldest first."""
        account = self._account(acct)
        return [
            self.serialize_status(s, account if account.local else None)
            for s in sorted(self._statuses.values(), key=lambda s: int(s.id))
            if s.account is account
        ]

    def context(self, s: Status, viewer: Account | None) -> dict[str, list[dict[str, Any]]]:
        ancestors: list[Status] = []
        parent, seen = s.in_reply_to, {s.id}
        while parent is not None and not parent.deleted and parent.id not in seen:
            seen.add(parent.id)
            ancestors.append(parent)
            parent = parent.in_reply_to
        ancestors.reverse()
        descendants: list[Status] = []

        def walk(node: Status) -> None:
            children = sorted(
                (c for c in self._statuses.values() if c.in_reply_to is node),
                key=lambda c: int(c.id),
            )
            for child in children:
                if child.id in seen:
                    continue
                seen.add(child.id)
                descendants.append(child)
                walk(child)

        walk(s)
        return {
            "ancestors": [
                self.serialize_status(a, viewer) for a in ancestors if self.can_see(a, viewer)
            ],
            "descendants": [
                self.serialize_status(d, viewer) for d in descendants if self.can_see(d, viewer)
            ],
        }

    # --- idempotency

    def idempotent_status(self, account: Account, key: str) -> Status | None:
        """The status an earlier request with this key created within the TTL (maybe deleted
        since: check .deleted), or None."""
        entry = self._idempotency.get((account.id, key))
        if entry is None or entry[1] <= self.clock.timestamp():
            return None
        return entry[0]

    def remember_idempotency(self, account: Account, key: str, status: Status) -> None:
        self._idempotency[(account.id, key)] = (status, self.clock.timestamp() + IDEMPOTENCY_TTL)

    # ------------------------------------------------------------------ notifications

    def policy_for(self, acct: str | Account) -> dict[str, str]:
        """The user's NotificationPolicy values (defaults: private mentions filtered)."""
        account = self._account(acct)
        policy = dict(DEFAULT_POLICY)
        policy.update(self._policies.get(account.id, {}))
        return policy

    def set_policy(self, acct: str | Account, **values: str) -> dict[str, str]:
        """Change a user's NotificationPolicy (for_private_mentions='accept', ...)."""
        account = self._account(acct)
        for key, value in values.items():
            if key not in POLICY_KEYS:
                raise TypeError(f"unknown policy key {key}")
            if value not in POLICY_VALUES:
                label = key.replace("_", " ").capitalize()
                raise ValidationError(f"Validation failed: {label} is not included in the list")
        self._policies.setdefault(account.id, {}).update(values)
        return self.policy_for(account)

    def _response_to_recipient(self, status: Status, recipient: Account, sender: Account) -> bool:
        """NotifyService#response_to_recipient?: the thread above holds a private mention of
        the sender written by the recipient (the first ancestor mentioning the sender ends
        the search; past the parent only the recipient's own posts count)."""
        parent, depth, seen = status.in_reply_to, 0, set()
        while parent is not None and not parent.deleted and depth <= 100 and parent.id not in seen:
            seen.add(parent.id)
            mentions_sender = any(m is sender for m in parent.mentions)
            stop = (
                mentions_sender if depth == 0 else mentions_sender and parent.account is recipient
            )
            if stop:
                return parent.account is recipient and parent.visibility == "direct"
            parent = parent.in_reply_to
            depth += 1
        return False

    def _policy_outcome(
        self, recipient: Account, sender: Account, ntype: str, status: Status | None
    ) -> str:
        """'drop', 'filter' or 'accept', after NotifyService's DropCondition/FilterCondition."""
        if sender is recipient or recipient.deleted:
            return "drop"
        message = ntype == "mention"
        if message and sender.local and sender.staff:
            return "accept"
        if ntype not in FILTERABLE_TYPES:
            return "accept"
        if (recipient.id, sender.id) in self._permissions:
            return "accept"
        policy = self.policy_for(recipient)
        now = self.now()
        not_following = not self.is_following(recipient, sender)
        follow_since = self._follows.get((sender.id, recipient.id))
        not_follower = follow_since is None or follow_since > now - NEW_FOLLOWER_THRESHOLD
        new_account = sender.home.created_at > now - NEW_ACCOUNT_THRESHOLD
        private_not_in_response = (
            message
            and status is not None
            and status.visibility == "direct"
            and not self._response_to_recipient(status, recipient, sender)
        )
        conditions = {
            "for_limited_accounts": sender.silenced and not_following,
            "for_not_following": not_following,
            "for_not_followers": not_follower,
            "for_new_accounts": new_account and not_following,
            "for_private_mentions": not_following and private_not_in_response,
        }
        if self.version_tuple >= (4, 6):
            conditions["for_bots"] = sender.home.bot and not_following
        for outcome in ("drop", "filter"):
            if any(cond and policy[key] == outcome for key, cond in conditions.items()):
                return outcome
        return "accept"

    def _notify(
        self, recipient: Account, ntype: str, sender: Account, status: Status | None = None
    ) -> Notification | None:
        if not recipient.local:
            return None
        outcome = self._policy_outcome(recipient, sender, ntype, status)
        if outcome == "drop":
            return None
        nid = self._next_notification_id
        self._next_notification_id += 1
        now = self.now()
        filtered = outcome == "filter"
        if filtered or ntype not in GROUPED_TYPES:
            group_key = f"ungrouped-{nid}"
        elif ntype in ("favourite", "reblog") and status is not None:
            group_key = f"{ntype}-{status.id}-{int(now.timestamp()) // 3600}"
        else:
            group_key = f"{ntype}-{int(now.timestamp()) // 3600}"
        n = Notification(nid, ntype, now, recipient, sender, status, filtered, group_key)
        self._notifications.append(n)
        if filtered:
            if ntype == "mention" and status is not None:
                self._update_request(recipient, sender, status)
        else:
            self._publish(
                recipient,
                "notifications",
                "notification",
                lambda: ser.node_json(ser.notification_json(self, n)),
            )
        return n

    def _update_request(self, recipient: Account, sender: Account, status: Status) -> None:
        for request in self._notif_requests.values():
            if request.recipient is recipient and request.from_account is sender:
                request.last_status = status
                request.updated_at = self.now()
                return
        request = NotificationRequest(
            id=self.snowflake(),
            recipient=recipient,
            from_account=sender,
            created_at=self.now(),
            updated_at=self.now(),
            last_status=status,
        )
        self._notif_requests[request.id] = request

    def notifications_for(
        self, acct: str | Account, include_filtered: bool = True
    ) -> list[dict[str, Any]]:
        """The user's notifications as REST shows them, oldest first."""
        account = self._account(acct)
        return [
            ser.notification_json(self, n)
            for n in self._notifications
            if n.recipient is account and (include_filtered or not n.filtered)
        ]

    def mention_ids(self, acct: str | Account, status_id: str) -> list[str]:
        """The wire ids of the user's mention notifications of one status, filtered ones too:
        what the sandbox waits to see handled, without serialising every notification the
        user has at every look (notifications_for: a fifth of some files' CPU)."""
        account = self._account(acct)
        return [
            self.wire_notification_id(n.id)
            for n in self._notifications
            if n.recipient is account
            and n.type == "mention"
            and n.status is not None
            and n.status.id == status_id
        ]

    def wire_notification_id(self, nid: int) -> str:
        """A notification's id as this server writes it (see `notification_ids`)."""
        if self.notification_ids == "uuid":
            return str(uuid.UUID(bytes=hashlib.md5(str(nid).encode()).digest()))
        return f"{ULID_PREFIX}{nid:023d}" if self.notification_ids == "ulid" else str(nid)

    def notification_number(self, wire_id: str) -> int | None:
        """The fake's own number for a notification id as written on the wire."""
        digits = wire_id.removeprefix(ULID_PREFIX)
        if digits.isdigit():
            return int(digits)
        for n in self._notifications:
            if self.wire_notification_id(n.id) == wire_id:
                return n.id
        return None

    def notification_list(self, account: Account) -> list[Notification]:
        return [n for n in self._notifications if n.recipient is account]

    def requests_for(self, account: Account) -> list[NotificationRequest]:
        return sorted(
            (r for r in self._notif_requests.values() if r.recipient is account),
            key=lambda r: int(r.id),
        )

    def request_notifications_count(self, r: NotificationRequest) -> int:
        return sum(
            1
            for n in self._notifications
            if n.recipient is r.recipient and n.from_account is r.from_account and n.filtered
        )

    def accept_request(self, request: NotificationRequest) -> None:
        """Accepting: a NotificationPermission for the sender, filtered ones merged back."""
        with self._lock:
            recipient, sender = request.recipient, request.from_account
            self._permissions.add((recipient.id, sender.id))
            self._notif_requests.pop(request.id, None)
            for n in self._notifications:
                if n.recipient is recipient and n.from_account is sender and n.filtered:
                    n.filtered = False
            self._publish(recipient, "notifications", "notifications_merged", lambda: "1")

    def dismiss_request(self, request: NotificationRequest) -> None:
        with self._lock:
            self._notif_requests.pop(request.id, None)

    def accept_notification_request(self, recipient: str | Account, sender: str | Account) -> bool:
        """Test helper: accept the pending request from sender; False if there is none."""
        r, s = self._account(recipient), self._account(sender)
        for request in list(self._notif_requests.values()):
            if request.recipient is r and request.from_account is s:
                self.accept_request(request)
                return True
        return False

    def dismiss_notification(self, n: Notification) -> None:
        with self._lock:
            self._notifications = [x for x in self._notifications if x is not n]

    # ------------------------------------------------------------------ streaming

    def open_stream(self, stream: Stream) -> None:
        with self._lock:
            self._streams.append(stream)

    def close_stream(self, stream: Stream) -> None:
        with self._lock:
            if stream in self._streams:
                self._streams.remove(stream)

    @property
    def open_streams(self) -> int:
        """How many SSE clients are connected right now."""
        return len(self._streams)

    def _publish(self, account: Account, channel: str, event: str, render: Any) -> None:
        """Push to the account's connected streams; with none connected the event is lost."""
        targets = [s for s in self._streams if s.account is account and channel in s.channels]
        if not targets:
            return
        payload = sse_event(event, render())
        for stream in targets:
            stream.push(payload)

    def _drop_streams(self, abrupt: bool = False) -> int:
        with self._lock:
            streams = list(self._streams)
            self._streams.clear()
        for stream in streams:
            stream.push(ABORT if abrupt else CLOSE)
        return len(streams)

    def _close_token_streams(self, token: Token) -> None:
        with self._lock:
            streams = [s for s in self._streams if s.token is token]
            for s in streams:
                self._streams.remove(s)
        for s in streams:
            s.push(CLOSE)

    # ------------------------------------------------------------------ OAuth

    def create_app(
        self,
        name: str,
        redirect_uris: str | Iterable[str] = OOB,
        scopes: str | Iterable[str] = "read",
        website: str | None = None,
    ) -> App:
        uris = redirect_uris.split() if isinstance(redirect_uris, str) else list(redirect_uris)
        app = App(
            id=str(len(self._apps) + 1),
            name=name,
            website=website,
            redirect_uris=uris,
            scopes=parse_scopes(scopes),
            client_id=secrets.token_urlsafe(32),
            client_secret=secrets.token_urlsafe(32),
        )
        self._apps[app.client_id] = app
        return app

    def app_by_client_id(self, client_id: str | None) -> App | None:
        return self._apps.get(client_id or "")

    def issue_token(
        self,
        account: str | Account | None,
        scopes: str | Iterable[str] = "read write",
        app: App | None = None,
    ) -> str:
        """An access token for the user (None = an app-only client_credentials token)."""
        with self._lock:
            owner = self._account(account) if account is not None else None
            token = Token(
                token=secrets.token_urlsafe(32),
                account=owner,
                app=app or self._default_app,
                scopes=set(parse_scopes(scopes)),
                created_at=self.now(),
                scope=" ".join(parse_scopes(scopes)),
            )
            self._tokens[token.token] = token
            return token.token

    def token(self, token: str | None) -> Token | None:
        return self._tokens.get(token or "")

    def revoke_token(self, token: str) -> None:
        found = self._tokens.get(token)
        if found is not None:
            found.revoked = True
            self._close_token_streams(found)

    def authorize(
        self,
        client_id: str,
        username: str | Account,
        scopes: str | Iterable[str] | None = None,
        redirect_uri: str | None = None,
    ) -> str:
        """What the user's click on "Authorize" does: returns the authorization code."""
        app = self.app_by_client_id(client_id)
        if app is None:
            raise KeyError("unknown client_id")
        requested = parse_scopes(scopes) if scopes is not None else ["read"]
        if not set(requested) <= set(app.scopes):
            raise ValueError("invalid_scope")
        uri = redirect_uri or app.redirect_uris[0]
        if uri not in app.redirect_uris:
            raise ValueError("invalid_redirect_uri")
        code = AuthCode(
            code=secrets.token_urlsafe(32),
            app=app,
            account=self._account(username),
            scopes=requested,
            redirect_uri=uri,
            expires_at=self.clock.timestamp() + 600,
        )
        self._codes[code.code] = code
        return code.code

    def redeem_code(self, code: str, app: App, redirect_uri: str | None) -> Token | None:
        found = self._codes.get(code)
        if (
            found is None
            or found.used
            or found.app is not app
            or found.expires_at <= self.clock.timestamp()
            or (redirect_uri or found.redirect_uri) != found.redirect_uri
        ):
            return None
        found.used = True
        return self._tokens[self.issue_token(found.account, found.scopes, app)]
