"""The bot's only door to the Mastodon server.

Every call the running bot makes goes over one aiohttp session: REST (posting with an
Idempotency-Key, credentials, instance, notification policy, account lookup, the
notification catch-up with include_filtered) and the SSE stream (with our own heartbeat
watchdog). Mastodon.py stays for setup and OAuth (`bot/admin.py`, imported there only
when needed): importing it costs the running bot 10 MB of memory, and being synchronous
each of its calls needed a thread.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import logging
import math
import re
from collections.abc import AsyncIterator, Callable, Collection, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import aiohttp

from bot.clock import Clock, parse_time

log = logging.getLogger(__name__)

USER_AGENT = "move-helper-bot/0.1 (+https://docs.joinmastodon.org/user/moving/)"
STREAM_PATH = "/api/v1/streaming/user/notification"
# The user stream also carries `delete` events (for statuses that mention the bot, too),
# so a reply to a deleted mention can be cancelled; it needs read:statuses.
USER_STREAM_PATH = "/api/v1/streaming/user"


class TransientError(Exception):
    """Worth retrying: network trouble, a timeout, a 5xx. `retry_at`: the epoch second a 5xx's
    Retry-After named (a server in maintenance says when to come back), None if none."""

    def __init__(self, message: str, retry_at: float | None = None) -> None:
        super().__init__(message)
        self.retry_at = retry_at

    def wait_seconds(self, now: float, backoff: float) -> float:
        """The caller's back-off, or longer if the server said when to come back: a try
        before then is only another 503."""
        return backoff if self.retry_at is None else max(backoff, self.retry_at - now)


# A 429 that says no reset time the bot can read: a minute, doubling with each such 429 in
# a row, up to a quarter of an hour (Mastodon's windows are 5 minutes to 3 hours).
UNKNOWN_RESET_LONGEST = 900.0


class RateLimited(Exception):
    """A 429; `reset_at` is the epoch second when the window reopens (None if unknown)."""

    def __init__(self, reset_at: float | None) -> None:
        super().__init__("rate limited")
        self.reset_at = reset_at

    def wait_seconds(self, now: float, unknown: float = 60.0, in_a_row: int = 1) -> float:
        """How long until the window reopens, at least a second: a try before then is only
        another 429. If the answer said no time the bot could read, `unknown` seconds for
        the first of `in_a_row` 429s, doubling for each after it, to UNKNOWN_RESET_LONGEST:
        trying every minute through a long window is a 429 a minute."""
        if self.reset_at is None:
            doubled = unknown * 2 ** min(max(in_a_row, 1) - 1, 20)
            return max(1.0, min(max(unknown, UNKNOWN_RESET_LONGEST), doubled))
        return max(1.0, self.reset_at - now)


class PermanentError(Exception):
    """A 4xx other than 429: retrying will not help."""

    def __init__(self, status: int | None, message: str) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status


class StreamUnavailable(Exception):
    """The server has no streaming endpoint for us (404, refused): poll instead."""


@dataclass
class RateLimitState:
    limit: int | None = None
    remaining: int | None = None
    reset_at: float | None = None


def status_limit(instance: dict[str, Any]) -> int | None:
    """The most characters a status may have, as the instance endpoint says it: Mastodon's
    configuration.statuses.max_characters, or Pleroma's and Akkoma's `max_toot_chars`."""
    statuses = (instance.get("configuration") or {}).get("statuses") or {}
    for value in (statuses.get("max_characters"), instance.get("max_toot_chars")):
        with contextlib.suppress(TypeError, ValueError):
            if value is not None and int(value) > 0:
                return int(value)
    return None


# Below this a number is seconds from now, above it Unix seconds (2001-09-09 onwards).
_EPOCH_FROM = 1e9


def parse_reset(value: str, now: float) -> float | None:
    """When a rate-limit window reopens, as epoch seconds, however the answer writes it:
    Mastodon's ISO 8601 time, an HTTP date, Unix seconds, or seconds from now (as proxies
    and other servers do, in X-RateLimit-Reset or Retry-After). None if it cannot be read."""
    text = value.strip()
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        pass
    else:
        if not math.isfinite(number) or number < 0:
            return None
        return number if number >= _EPOCH_FROM else now + number
    with contextlib.suppress(ValueError):
        return parse_time(text).timestamp()
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp()


ID_SHAPE = re.compile(r"[A-Za-z0-9_-]{1,100}")


def notification_id(notification: dict[str, Any]) -> str | None:
    """The notification's id as a string, or None if it has none a server would write.

    Mastodon's are numbers (a bigint as a string); GoToSocial's are ULIDs, and other servers
    may write other strings: letters, digits, "-" and "_" will do (the bot builds its
    Idempotency-Keys from them, where ":" and "/" mean something)."""
    value = notification.get("id")
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    text = str(value)
    return text if ID_SHAPE.fullmatch(text) else None


def id_order(value: Any) -> tuple[int, str]:
    """The order of a server's ids: by length, then as text. That is the numbers' order for
    Mastodon's numeric ids (however many digits), and the text order of ids of one length
    (GoToSocial's ULIDs, Pleroma's flake ids). storage/db.py orders the cursor the same way."""
    text = str(value)
    return (len(text), text)


_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


@dataclass(frozen=True)
class MentionPage:
    """A page of notifications as the server wrote it (one JSON text) and where each one
    is in it, oldest first: (id, start, end).

    A catch-up mostly re-reads notifications the stream brought and the bot handled: it
    asks which ids are new before decoding any of them again, so only those are ever
    alive as objects, one at a time, where 80 decoded at once take about 0.5 MB of dicts
    and strings (Mastodon's notifications, 3.3 KB of text each).

    `utf8`: the text is the server's UTF-8 bytes read as Latin-1 (utf8_view), one
    character a byte, and a notification is decoded from its own bytes when asked for."""

    text: str
    entries: tuple[tuple[str, int, int], ...]
    utf8: bool = False

    @classmethod
    def read(cls, text: str, *, utf8: bool = False) -> MentionPage:
        """Each element of the JSON array `text` decoded once, for its id, and let go. Not
        a JSON array: ValueError if malformed, TypeError if some other value. Elements
        without an id a server would write are left out, as they always were.

        The same ids, places and errors from utf8_view's text as from the decoded text:
        JSON's structure, numbers and escapes are ASCII, and UTF-8's bytes for anything
        else are 0x80 or more (no quote, backslash or control character), so each element
        ends at the same byte; an id (ID_SHAPE: ASCII) reads the same in both, and one
        with any other character fails ID_SHAPE in both."""
        end = _SPACE.match(text, 0).end()  # type: ignore[union-attr]
        if text[end : end + 1] != "[":
            _DECODER.decode(text)  # ValueError if not JSON at all
            raise TypeError("not a list")
        at = _SPACE.match(text, end + 1).end()  # type: ignore[union-attr]
        entries: list[tuple[str, int, int]] = []
        if text[at : at + 1] == "]":
            end = at + 1
        else:
            while True:
                value, end = _DECODER.raw_decode(text, at)
                found = notification_id(value) if isinstance(value, dict) else None
                if found is not None:
                    entries.append((found, at, end))
                del value
                at = _SPACE.match(text, end).end()  # type: ignore[union-attr]
                mark = text[at : at + 1]
                if mark == "]":
                    end = at + 1
                    break
                if mark != ",":
                    raise ValueError(f"expected ',' or ']' at {at}")
                at = _SPACE.match(text, at + 1).end()  # type: ignore[union-attr]
        if _SPACE.match(text, end).end() != len(text):  # type: ignore[union-attr]
            raise ValueError(f"extra data at {end}")
        entries.sort(key=lambda entry: id_order(entry[0]))
        return cls(text, tuple(entries), utf8)

    @property
    def ids(self) -> list[str]:
        return [entry[0] for entry in self.entries]

    def notifications(self, skip: Collection[str] = ()) -> Iterator[dict[str, Any]]:
        """The page's notifications, oldest first, but those whose id is in `skip`, each
        decoded when the caller asks for it."""
        for found, start, end in self.entries:
            if found in skip:
                continue
            if self.utf8:
                yield _DECODER.raw_decode(self.text[start:end].encode("latin-1").decode())[0]
            else:
                yield _DECODER.raw_decode(self.text, start)[0]


# Bytes of a page checked to be UTF-8 at a time (utf8_view).
_CHECKED = 64 * 1024


def utf8_view(body: bytes) -> str:
    """A UTF-8 body's bytes as a text of one character a byte (Latin-1), once every byte is
    checked to be UTF-8 (UnicodeDecodeError, as decoding it would raise, if not).

    A page of 80 mentions is 250 KB of UTF-8; decoded, a text takes 1, 2 or 4 bytes a
    character, as its widest character needs: one emoji anywhere (a display name) and
    the page took 1 MB, alive with its bytes while the ids were read. Checked a slice at
    a time, the body never is one decoded text."""
    check = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(body)
    for at in range(0, len(body), _CHECKED):
        check.decode(view[at : at + _CHECKED])
    check.decode(b"", final=True)
    return body.decode("latin-1")


def _json_error(body: str) -> str:
    try:
        parsed = json.loads(body)
    except ValueError:
        return body[:200]
    return str(parsed.get("error", body))[:200] if isinstance(parsed, dict) else body[:200]


class MastodonAPI:
    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        clock: Clock,
        request_timeout: float = 10.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._token = token
        self.clock = clock
        self.rate = RateLimitState()
        # Called when a response brings new X-RateLimit headers (the outbox re-checks its budget).
        self.on_rate_change: Callable[[], None] = lambda: None
        self._session: aiohttp.ClientSession | None = None
        self.request_timeout = request_timeout

    def __repr__(self) -> str:  # never show the token
        return f"MastodonAPI({self.base_url!r})"

    async def session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                headers={"Authorization": f"Bearer {self._token}", "User-Agent": USER_AGENT},
                read_bufsize=2**20,
            )
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    # -- REST ----------------------------------------------------------------------------

    async def verify_credentials(self) -> dict[str, Any]:
        """The bot's own account (GET /api/v1/accounts/verify_credentials)."""
        return await self._object("GET", "/api/v1/accounts/verify_credentials", "credentials")

    async def instance(self) -> dict[str, Any]:
        """The server's description: /api/v2/instance, or /api/v1/instance on servers
        without it (Mastodon before 4.0 and Pleroma answer 404; other servers may refuse
        otherwise). A v2 answer that leaves the status limit out is completed from v1, where
        Pleroma and Akkoma say it as `max_toot_chars`."""
        try:
            found = await self._object("GET", "/api/v2/instance", "instance")
        except PermanentError:
            return await self._object("GET", "/api/v1/instance", "instance v1")
        if status_limit(found) is None:
            with contextlib.suppress(PermanentError, TransientError, RateLimited):
                older = await self._object("GET", "/api/v1/instance", "instance v1")
                if status_limit(older) is not None:
                    found["max_toot_chars"] = status_limit(older)
        return found

    async def notification_policy(self) -> dict[str, Any]:
        """Which notifications the server filters for the bot (Mastodon 4.3+)."""
        return await self._object("GET", "/api/v2/notifications/policy", "policy")

    async def accept_private_mentions(self) -> dict[str, Any]:
        """Stop filtering private mentions from accounts the bot does not follow; the
        answer is the whole policy with the new value."""
        return await self._object(
            "PATCH",
            "/api/v2/notifications/policy",
            "update policy",
            json={"for_private_mentions": "accept"},
        )

    async def lookup(self, acct: str) -> dict[str, Any]:
        """An account this server knows (GET /api/v1/accounts/lookup?acct=), 404 if none."""
        return await self._object("GET", "/api/v1/accounts/lookup", "lookup", params={"acct": acct})

    async def _object(self, method: str, path: str, what: str, **kwargs: Any) -> dict[str, Any]:
        """A call whose answer must be one JSON object; anything else is the server
        misbehaving, usually for a moment (a proxy's page), so worth retrying."""
        parsed = await self.request(method, path, what, **kwargs)
        if not isinstance(parsed, dict):
            raise TransientError(f"{what}: unexpected body")
        return parsed

    async def request(self, method: str, path: str, what: str, **kwargs: Any) -> Any:
        """One API call over aiohttp, its errors sorted into our three kinds; returns parsed JSON."""
        parsed, _ = await self._exchange(method, path, what, **kwargs)
        return parsed

    async def request_page(
        self, path: str, what: str, params: list[tuple[str, str]] | None = None
    ) -> tuple[Any, str | None]:
        """GET one page of a list; also where the next one is (the Link header's rel="next",
        as a path on this server), or None on the last page."""
        parsed, following = await self._exchange("GET", path, what, params=params)
        next_path = None
        if following is not None and following.get("url") is not None:
            url = following["url"]  # a yarl URL; the same server, whatever host it names
            next_path = url.raw_path + (f"?{url.raw_query_string}" if url.raw_query_string else "")
        return parsed, next_path

    async def _exchange(
        self, method: str, path: str, what: str, **kwargs: Any
    ) -> tuple[Any, Any | None]:
        """The one place an aiohttp answer becomes JSON or one of our three error kinds;
        also the Link header's rel="next" entry, for the callers that page."""
        body, following, _ = await self._answer(method, path, what, **kwargs)
        try:
            return json.loads(body), following
        except ValueError as error:
            raise TransientError(f"{what}: malformed JSON") from error

    async def _answer(
        self, method: str, path: str, what: str, *, page: bool = False, **kwargs: Any
    ) -> tuple[str, Any | None, bool]:
        """A successful answer's body as text (an error status raised as one of our three
        kinds), the Link header's rel="next" entry, and whether the text is utf8_view's
        (a `page` of UTF-8 read successfully)."""
        session = await self.session()
        timeout = aiohttp.ClientTimeout(total=self.request_timeout)
        try:
            async with session.request(
                method, f"{self.base_url}{path}", timeout=timeout, **kwargs
            ) as response:
                # Only this answer's own reset time counts for a 429 (a proxy sends none, or
                # only Retry-After): one it did not say, or that cannot be read, is unknown.
                own_reset = self._note_rate_headers(response.headers)
                if own_reset is None and response.status == 429:
                    own_reset = parse_reset(
                        response.headers.get("Retry-After", ""), self.clock.timestamp()
                    )
                # A 5xx's Retry-After (RFC 9110: seconds or an HTTP date) says when to
                # come back; GoToSocial's maintenance mode sends both forms.
                come_back = None
                if response.status >= 500:
                    come_back = parse_reset(
                        response.headers.get("Retry-After", ""), self.clock.timestamp()
                    )
                raw = await response.read()
                encoding = response.get_encoding()  # as response.text() decodes
                status = response.status
                utf8 = page and status < 400 and encoding == "utf-8"
                body = utf8_view(raw) if utf8 else raw.decode(encoding)
                del raw
                following = response.links.get("next")
        except (aiohttp.ClientError, TimeoutError) as error:
            raise TransientError(f"{what}: {type(error).__name__}") from error
        if status == 429:
            raise RateLimited(own_reset)
        if status >= 500:
            raise TransientError(f"{what}: HTTP {status}", retry_at=come_back)
        if status >= 400:
            raise PermanentError(status, _json_error(body))
        return body, following, utf8

    async def post_status(
        self,
        text: str,
        *,
        visibility: str,
        idempotency_key: str,
        in_reply_to_id: str | None = None,
        spoiler_text: str = "",
        language: str | None = None,
    ) -> dict[str, Any]:
        """Post once: a retry with the same key returns the status the first try created.

        This hot path uses aiohttp rather than Mastodon.py: Mastodon.py's typed response
        casting costs about 10 ms a post, and aiohttp hands us the rate-limit headers.
        """
        body: dict[str, Any] = {"status": text, "visibility": visibility}
        if in_reply_to_id:
            body["in_reply_to_id"] = in_reply_to_id
        if spoiler_text:
            body["spoiler_text"] = spoiler_text
        if language:
            body["language"] = language
        status = await self.request(
            "POST",
            "/api/v1/statuses",
            "post",
            json=body,
            headers={"Idempotency-Key": idempotency_key},
        )
        if not isinstance(status, dict) or "id" not in status:
            raise TransientError("post: unexpected body")
        return status

    async def pages(
        self, path: str, what: str, params: list[tuple[str, str]] | None = None
    ) -> AsyncIterator[tuple[list[dict[str, Any]], bool]]:
        """Each page of a paged list (its objects) and whether another follows it, through
        the Link header's rel="next" (which carries `params` on after the first page)."""
        next_path: str | None = path
        while next_path is not None:
            page, next_path = await self.request_page(next_path, what, params)
            params = None
            if not isinstance(page, list):
                raise TransientError(f"{what}: unexpected body")
            yield [item for item in page if isinstance(item, dict)], next_path is not None

    async def reads_statuses(self, account_id: str) -> bool | None:
        """Whether the token has read:statuses, as the server says: one of the account's own
        statuses (what own_statuses_since asks for) is answered 200 with it and 403 without
        it, the scope being checked first. None when the server could not be asked now."""
        try:
            await self.request(
                "GET",
                f"/api/v1/accounts/{account_id}/statuses",
                "own statuses",
                params={"limit": "1"},
            )
        except PermanentError as error:
            return False if error.status == 403 else None
        except (TransientError, RateLimited):
            return None
        return True

    async def own_statuses_since(
        self, account_id: str, since: datetime, *, max_pages: int = 25
    ) -> list[dict[str, Any]] | None:
        """The account's statuses created since `since`, newest first (GET /api/v1/accounts/
        :id/statuses, 40 a page): its author sees all of them, direct ones too. None when
        more than `max_pages` pages would be needed. Needs read:statuses: without it the
        server answers 403 (PermanentError)."""
        found: list[dict[str, Any]] = []
        path = f"/api/v1/accounts/{account_id}/statuses"
        read = 0
        async with contextlib.aclosing(
            self.pages(path, "own statuses", [("limit", "40")])
        ) as pages:
            async for page, more in pages:
                for status in page:
                    try:
                        created = parse_time(str(status["created_at"]))
                    except (KeyError, ValueError):
                        raise TransientError("own statuses: unexpected body") from None
                    if created < since:
                        return found
                    found.append(status)
                read += 1
                if not page or not more:
                    return found
                if read >= max_pages:
                    return None
        return found

    async def mention_notifications(
        self, *, min_id: str | None = None, limit: int = 80, include_filtered: bool = True
    ) -> list[dict[str, Any]]:
        """One page of mentions right after min_id, oldest first (Mastodon returns newest
        first), every one decoded."""
        page = await self.mention_page(
            min_id=min_id, limit=limit, include_filtered=include_filtered
        )
        return list(page.notifications())

    async def mention_page(
        self, *, min_id: str | None = None, limit: int = 80, include_filtered: bool = True
    ) -> MentionPage:
        """One page of mentions right after min_id, oldest first, kept as the server's text:
        its ids are read now (a malformed page raises here, before any of it is used), each
        notification is decoded again only when asked for (MentionPage).

        Mastodon.py's notifications() has no include_filtered, which the bot needs to
        see private mentions Mastodon 4.3+ filtered away.
        """
        params: list[tuple[str, str]] = [("types[]", "mention"), ("limit", str(limit))]
        if min_id is not None:
            params.append(("min_id", str(min_id)))
        if include_filtered:
            params.append(("include_filtered", "true"))
        what = "notifications"
        body, _, utf8 = await self._answer(
            "GET", "/api/v1/notifications", what, page=True, params=params
        )
        try:
            return MentionPage.read(body, utf8=utf8)
        except ValueError as error:
            raise TransientError(f"{what}: malformed JSON") from error
        except TypeError as error:
            raise TransientError(f"{what}: unexpected body") from error

    def _note_rate_headers(self, headers: Any) -> float | None:
        """Keep the answer's X-RateLimit headers; return its reset time if it said one the
        bot can read (an unreadable one leaves the last one read in place for the budget)."""
        if "X-RateLimit-Remaining" in headers:
            self.on_rate_change()
        with contextlib.suppress(ValueError):
            if "X-RateLimit-Remaining" in headers:
                self.rate.remaining = int(headers["X-RateLimit-Remaining"])
        with contextlib.suppress(ValueError):
            if "X-RateLimit-Limit" in headers:
                self.rate.limit = int(headers["X-RateLimit-Limit"])
        reset = parse_reset(headers.get("X-RateLimit-Reset", ""), self.clock.timestamp())
        if reset is not None:
            self.rate.reset_at = reset
        return reset

    # -- streaming -----------------------------------------------------------------------

    async def streaming_url(self, instance: dict[str, Any], *, user: bool = False) -> str:
        """The SSE notification stream's URL (user=True: the user stream, which carries deletes
        too), from configuration.urls.streaming if given."""
        base = self.base_url
        streaming = ((instance.get("configuration") or {}).get("urls") or {}).get("streaming")
        if not streaming:
            streaming = (instance.get("urls") or {}).get("streaming_api")
        if streaming:
            base = streaming.replace("wss://", "https://", 1).replace("ws://", "http://", 1)
        return base.rstrip("/") + (USER_STREAM_PATH if user else STREAM_PATH)

    async def stream(self, url: str, *, heartbeat_timeout: float) -> AsyncIterator[tuple[str, str]]:
        """Yield ("open", ""), then ("heartbeat", "") and (event, data) until the stream ends.

        A read that waits longer than heartbeat_timeout raises TimeoutError: the
        connection is dead even if the socket says otherwise.
        """
        session = await self.session()
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=10, sock_read=heartbeat_timeout)
        try:
            async with session.get(
                url, timeout=timeout, headers={"Accept": "text/event-stream"}
            ) as response:
                if response.status in (404, 400):
                    raise StreamUnavailable(f"HTTP {response.status}")
                if response.status in (401, 403):
                    raise PermanentError(response.status, "streaming refused the token")
                if response.status >= 300:
                    raise TransientError(f"stream HTTP {response.status}")
                yield ("open", "")
                event_name: str | None = None
                data: list[str] = []
                async for raw in response.content:
                    line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
                    if line.startswith(":"):
                        yield ("heartbeat", "")
                    elif line == "":
                        if event_name is not None and data:
                            yield (event_name, "\n".join(data))
                        event_name, data = None, []
                    else:
                        name, _, value = line.partition(":")
                        value = value[1:] if value.startswith(" ") else value
                        if name == "event":
                            event_name = value
                        elif name == "data":
                            data.append(value)
        except aiohttp.ClientConnectorError as error:
            raise StreamUnavailable(f"connection refused: {type(error).__name__}") from error
