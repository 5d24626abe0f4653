"""Rate limits (Rack::Attack throttles and the per-account `statuses` family) and faults.

Windows are fixed and aligned to the Unix epoch, measured on the injected clock, exactly as
Mastodon keys its Redis counters, so a test can walk a bot across a window boundary by
advancing a FakeClock.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from email.utils import formatdate


@dataclass(frozen=True)
class Limits:
    """(limit, period in seconds) for each throttle; the defaults are Mastodon 4.x's."""

    per_token: tuple[int, int] = (300, 300)
    per_user: tuple[int, int] = (1500, 300)
    paging: tuple[int, int] = (300, 900)
    unauthenticated: tuple[int, int] = (300, 300)
    statuses: tuple[int, int] = (300, 10800)
    deletes: tuple[int, int] = (30, 1800)


def reset_iso(now: datetime, period: float) -> str:
    """`now + (period - now.to_i % period)` as Time#iso8601(6): next boundary + the fraction."""
    ts = now.timestamp()
    when = now + timedelta(seconds=period - (int(ts) % int(period)))
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def iso6(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


RESET_FORMATS = ("iso", "http-date", "epoch", "seconds", "garbled", None)


def reset_as(iso: str, style: str | None, now: float) -> str | None:
    """Mastodon's X-RateLimit-Reset (ISO 8601) as other servers and proxies write it: an
    HTTP date, Unix seconds, seconds from now (whole seconds, rounded up: the window is not
    open before), something unreadable, or no header at all (None)."""
    if style == "iso" or style not in RESET_FORMATS:
        return iso
    if style is None:
        return None
    at = math.ceil(datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp())
    if style == "http-date":
        return formatdate(at, usegmt=True)
    if style == "epoch":
        return str(at)
    if style == "seconds":
        return str(max(0, math.ceil(at - now)))
    return "soon"


@dataclass
class ThrottleHit:
    name: str
    limit: int
    period: int
    count: int

    @property
    def remaining(self) -> int:
        return self.limit - self.count

    @property
    def exceeded(self) -> bool:
        return self.count > self.limit


class Counters:
    """Fixed-window counters keyed like Rack::Attack's cache: name, discriminator, window."""

    def __init__(self) -> None:
        self._counts: dict[tuple[str, str, int], int] = {}

    def hit(self, name: str, discriminator: str, limit: int, period: int, ts: float) -> ThrottleHit:
        key = (name, discriminator, int(ts) // period)
        self._counts[key] = self._counts.get(key, 0) + 1
        return ThrottleHit(name, limit, period, self._counts[key])

    def get(self, name: str, discriminator: str, period: int, ts: float) -> int:
        return self._counts.get((name, discriminator, int(ts) // period), 0)

    def incr(self, name: str, discriminator: str, period: int, ts: float) -> int:
        key = (name, discriminator, int(ts) // period)
        self._counts[key] = self._counts.get(key, 0) + 1
        return self._counts[key]


@dataclass
class _RateLimitFault:
    reset_in_seconds: float
    path: str | None
    method: str | None
    retry_after: str | None = None  # a proxy's Retry-After header, when it sends one


def _matches(fault: _RateLimitFault, method: str, path: str) -> bool:
    if fault.path is not None and not path.startswith(fault.path):
        return False
    return fault.method is None or fault.method.upper() == method


class Faults:
    """Failure modes a test switches on; each `*_next` call queues that many occurrences."""

    def __init__(self, drop: Callable[[bool], int], now: Callable[[], float]) -> None:
        self._drop = drop
        self._now = now
        self.stream_available = True
        self.silent_streams = False
        # Set, the streaming endpoints answer this status with a proxy's or web page's HTML
        # instead of a stream: 502 while Mastodon's streaming service is down behind its
        # proxy, 200 where a catch-all web page stands in for a missing endpoint.
        self.stream_answer: int | None = None
        self._post_failures: deque[int] = deque()
        self._post_after_create: deque[int] = deque()
        self._post_delays: deque[float] = deque()
        self._rate_limits: deque[_RateLimitFault] = deque()
        # Windows open now: (fault, X-RateLimit-Reset as epoch seconds).
        self._open_limits: list[tuple[_RateLimitFault, float]] = []
        self._proxy_limits: list[tuple[_RateLimitFault, float]] = []
        # Windows of 503 (a server in maintenance); retry_after is the Retry-After style.
        self._unavailable: list[tuple[_RateLimitFault, float]] = []
        self._malformed = 0
        self._too_long = 0
        self._refusals: deque[tuple[int, str]] = deque()

    def drop_streams(self, abrupt: bool = False) -> int:
        """End every open SSE response now (abrupt=True resets the TCP connection instead).

        Returns how many streams were closed.
        """
        return self._drop(abrupt)

    def fail_next_posts(self, n: int = 1, status: int = 500) -> None:
        """The next n POST /api/v1/statuses answer `status` without creating anything."""
        if status not in (500, 502, 503, 504):
            raise ValueError("status must be 500, 502, 503 or 504")
        self._post_failures.extend([status] * n)

    def fail_next_posts_after_create(self, n: int = 1, status: int = 500) -> None:
        """The next n posts are created (and remembered for Idempotency-Key), then answer 500."""
        self._post_after_create.extend([status] * n)

    def timeout_next_posts(self, n: int = 1, seconds: float = 30.0) -> None:
        """The next n posts wait `seconds` of real time before being processed normally.

        A client that gives up earlier still gets its status created: the "timed out but
        posted" case.
        """
        self._post_delays.extend([seconds] * n)

    def post_delays_left(self) -> int:
        """How many of those slow posts have not arrived yet (a test waits for them)."""
        return len(self._post_delays)

    def rate_limit_next(
        self,
        n: int = 1,
        reset_in_seconds: float = 300.0,
        path: str | None = None,
        method: str | None = None,
    ) -> None:
        """n rate-limit windows, one after another, on /api/ requests (optionally only those
        under `path` / with `method`).

        The next matching request opens a window, as a Rack::Attack throttle does when its
        count is reached: it and every matching request until X-RateLimit-Reset (clock now
        + reset_in_seconds) answer 429. A client that retries before the reset gets 429
        again; once the window has closed, the next matching request opens the next one.
        """
        self._rate_limits.extend([_RateLimitFault(reset_in_seconds, path, method)] * n)

    def rate_limit_for(
        self, seconds: float, path: str | None = None, method: str | None = None
    ) -> None:
        """Matching /api/ requests answer 429 from now until `seconds` from now."""
        fault = _RateLimitFault(seconds, path, method)
        self._open_limits.append((fault, self._now() + seconds))

    def proxy_limit_for(
        self,
        seconds: float,
        path: str | None = None,
        method: str | None = None,
        *,
        retry_after: bool = False,
    ) -> None:
        """A proxy in front of the server (nginx limit_req) answers matching /api/ requests
        429 from now until `seconds` from now: its own HTML page, no X-RateLimit headers
        (with retry_after, a `Retry-After` of the seconds left, as a CDN sends)."""
        fault = _RateLimitFault(seconds, path, method, "" if retry_after else None)
        self._proxy_limits.append((fault, self._now() + seconds))

    def unavailable_for(
        self,
        seconds: float,
        path: str | None = None,
        method: str | None = None,
        *,
        retry_after: str | None = None,
    ) -> None:
        """Matching /api/ requests answer 503 from now until `seconds` from now, as a server
        in maintenance does. retry_after: "seconds" (the whole seconds left), "http-date"
        (the end as an HTTP date), "both" (seconds, then the date: GoToSocial's maintenance
        mode sends the two headers) or None (no Retry-After)."""
        if retry_after not in (None, "seconds", "http-date", "both"):
            raise ValueError(f"unknown Retry-After style {retry_after!r}")
        fault = _RateLimitFault(seconds, path, method, retry_after)
        self._unavailable.append((fault, self._now() + seconds))

    def take_unavailable(self, method: str, path: str) -> list[str] | None:
        """The Retry-After headers of a 503 if this request falls in a window of one (an
        empty list: a 503 without); None if it does not."""
        now = self._now()
        self._unavailable = [(f, until) for f, until in self._unavailable if until > now]
        for fault, until in self._unavailable:
            if _matches(fault, method, path):
                seconds, date = str(math.ceil(until - now)), formatdate(until, usegmt=True)
                return {
                    None: [],
                    "seconds": [seconds],
                    "http-date": [date],
                    "both": [seconds, date],
                }[fault.retry_after]
        return None

    def take_proxy_limit(self, method: str, path: str) -> _RateLimitFault | None:
        """The proxy's answer for this request if it falls in a window: the fault, with
        its Retry-After (whole seconds left) filled in when it sends one."""
        now = self._now()
        self._proxy_limits = [(f, until) for f, until in self._proxy_limits if until > now]
        for fault, until in self._proxy_limits:
            if _matches(fault, method, path):
                if fault.retry_after is None:
                    return fault
                return replace(fault, retry_after=str(math.ceil(until - now)))
        return None

    def too_long_next(self, n: int = 1) -> None:
        """The next n posts answer 422 "Text is too long" without creating anything, as a
        server whose limit or counting differs from what its instance endpoint says."""
        self._too_long += n

    def refuse_next_posts(
        self, n: int = 1, status: int = 422, error: str = "Validation failed: Text can't be blank"
    ) -> None:
        """The next n posts answer `status` (a 4xx other than 429) with `error`, creating
        nothing: a refusal that trying again will not change."""
        if not 400 <= status < 500 or status == 429:
            raise ValueError("status must be a 4xx other than 429")
        self._refusals.extend([(status, error)] * n)

    def take_refusal(self) -> tuple[int, str] | None:
        return self._refusals.popleft() if self._refusals else None

    def malformed_json_next(self, n: int = 1) -> None:
        """The next n GET /api/v1/notifications answer 200 with a truncated JSON body."""
        self._malformed += n

    def reset(self) -> None:
        self._refusals.clear()
        self.stream_available = True
        self.silent_streams = False
        self.stream_answer = None
        self._post_failures.clear()
        self._post_after_create.clear()
        self._post_delays.clear()
        self._rate_limits.clear()
        self._open_limits.clear()
        self._proxy_limits.clear()
        self._malformed = 0
        self._too_long = 0

    # --- consumed by the server ---

    def take_rate_limit(self, method: str, path: str) -> float | None:
        """The reset time (epoch seconds) if this request falls in a rate-limit window."""
        now = self._now()
        self._open_limits = [(f, reset) for f, reset in self._open_limits if reset > now]
        for fault, reset in self._open_limits:
            if _matches(fault, method, path):
                return reset
        for fault in self._rate_limits:
            if _matches(fault, method, path):
                self._rate_limits.remove(fault)
                reset = now + fault.reset_in_seconds
                self._open_limits.append((fault, reset))
                return reset
        return None

    def take_post_failure(self) -> int | None:
        return self._post_failures.popleft() if self._post_failures else None

    def take_post_delay(self) -> float | None:
        return self._post_delays.popleft() if self._post_delays else None

    def take_post_after_create(self) -> int | None:
        return self._post_after_create.popleft() if self._post_after_create else None

    def take_too_long(self) -> bool:
        if self._too_long > 0:
            self._too_long -= 1
            return True
        return False

    def take_malformed(self) -> bool:
        if self._malformed > 0:
            self._malformed -= 1
            return True
        return False
