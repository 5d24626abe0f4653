"""Injected time: production uses the system clock, tests move a fake one by hand.

Every component that schedules, expires or timestamps takes a Clock, so reminders,
back-off and rate-limit windows are tested in milliseconds without sleeping.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Coroutine
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware UTC."""

    def timestamp(self) -> float:
        """Seconds since the epoch, for arithmetic."""

    async def sleep(self, seconds: float) -> None:
        """Wait; a fake clock returns as soon as its time has been advanced past the deadline."""


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def timestamp(self) -> float:
        return time.time()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds))


# Where a FakeClock starts unless told: 01:05 UTC of the real day (of the day before in the
# first 65 minutes of one). The same place in the day and in the posting budget's 3-hour
# windows (epoch-aligned: 00:00, 03:00, ... UTC) at every run, so no test depends on the
# time it runs at: started at the real time, a 429 test's pause crossed a window's end in
# the 2 minutes before 06:00 and the outbox (rightly) woke at that end instead. Never after
# the real time: Mastodon.py compares rate-limit resets with time.time().
START_IN_DAY = timedelta(hours=1, minutes=5)


def fake_start(real: datetime) -> datetime:
    """Where a FakeClock made at the real time `real` starts (see START_IN_DAY)."""
    day = real.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    start = day + START_IN_DAY
    return start if start <= real else start - timedelta(days=1)


class FakeClock:
    """A clock that only moves when a test calls advance()."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or fake_start(datetime.now(UTC))
        self._changed = asyncio.Event() if _has_loop() else None
        self._sleeping: dict[object, datetime] = {}

    def now(self) -> datetime:
        return self._now

    def timestamp(self) -> float:
        return self._now.timestamp()

    def advance(self, seconds: float = 0, **kwargs: float) -> None:
        self._now += timedelta(seconds=seconds, **kwargs)
        self._wake()

    def set(self, when: datetime) -> None:
        self._now = when
        self._wake()

    def _wake(self) -> None:
        if self._changed is not None:
            self._changed.set()
            self._changed = asyncio.Event()

    def sleep(self, seconds: float) -> Coroutine[Any, Any, None]:
        """The deadline is taken now, when the bot asks, not when the sleeping task first runs
        (a `wait_event` starts it a loop turn later, and a test may advance in between)."""
        return self._sleep_until(self._now + timedelta(seconds=max(0.0, seconds)))

    def sleeping_until(self) -> list[datetime]:
        """The deadlines of the sleeps in progress, earliest first: a test advances once the
        bot sleeps until the moment it means to check, not after a guessed real-time pause."""
        return sorted(self._sleeping.values())

    async def _sleep_until(self, deadline: datetime) -> None:
        token = object()
        self._sleeping[token] = deadline
        try:
            while self._now < deadline:
                if self._changed is None:
                    self._changed = asyncio.Event()
                # Only advance() and set() move the time, and both set this event: nothing
                # to look at in between, so no real-time polling.
                await self._changed.wait()
        finally:
            del self._sleeping[token]


def _has_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def parse_time(value: str) -> datetime:
    """Parse Mastodon's ISO-8601 timestamps ('2026-08-08T10:15:30.123Z')."""
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def iso(when: datetime) -> str:
    """Format like Mastodon: milliseconds and a Z."""
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"


async def wait_event(event: asyncio.Event, clock: Clock, seconds: float) -> None:
    """Until the event is set or `seconds` of clock time have passed, whichever is first.

    The helper tasks are cancelled, not awaited: awaiting them while this task is itself
    being cancelled would swallow that cancellation and keep a stopping worker alive.
    """
    waiter = asyncio.ensure_future(event.wait())
    sleeper = asyncio.ensure_future(clock.sleep(seconds))
    try:
        await asyncio.wait({waiter, sleeper}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        waiter.cancel()
        sleeper.cancel()
