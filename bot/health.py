"""What /healthz, /metrics and the admin page report: shared, in-memory, cheap to update."""

from __future__ import annotations

import bisect
import logging
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.logs import event

STREAM_DOWN_GRACE_SECONDS = 60
# Upper bounds (seconds) of /metrics' reply-latency histogram: the bot's own time is
# milliseconds; a queue behind the posting budget makes it minutes or hours.
LATENCY_BUCKETS = (
    0.01,
    0.025,
    0.05,
    0.1,
    0.25,
    0.5,
    1.0,
    2.5,
    5.0,
    10.0,
    30.0,
    60.0,
    300.0,
    3600.0,
)


@dataclass
class Health:
    mode: str = "starting"  # "stream", "polling" or "starting"
    connected: bool = False
    down_since: datetime | None = None
    last_event_at: datetime | None = None
    last_poll_at: datetime | None = None
    last_sent_at: datetime | None = None
    # Until when the server refuses posts (its last 429's reset), for /admin's headline.
    posting_paused_until: datetime | None = None
    reconnects: int = 0
    private_mentions: str = "unknown"  # "accepted", "filtered-polling" or "unknown"
    # Whether the token has read:statuses (None: not known yet). Without it the outbox
    # gives up a reply that may be out already instead of looking among its own statuses.
    read_statuses: bool | None = None
    counters: dict[str, int] = field(default_factory=dict)
    # The bot's own time from a notification received to its first reply posted (seconds),
    # the last one (bench/latency.py reads it after each mention). Not the last 10,000: no
    # part of the bot read them, and a bot running for weeks held 0.3 MB of them.
    last_latency: float | None = None
    # The same since start, as a histogram: counts per bucket (not cumulative), sum, count.
    latency_buckets: list[int] = field(default_factory=lambda: [0] * (len(LATENCY_BUCKETS) + 1))
    latency_sum: float = 0.0
    latency_count: int = 0
    sent_by_kind: dict[str, int] = field(default_factory=dict)
    # Notifications whose handling waits for the database to take writes again, and since
    # when (the first refusal): kept in the inbox and retried, shown on /metrics and /admin.
    storage_waiting: dict[str, datetime] = field(default_factory=dict)
    _received: OrderedDict[str, float] = field(default_factory=OrderedDict)

    def received(self, notification_id: str) -> None:
        self._received[notification_id] = time.perf_counter()
        while len(self._received) > 10_000:
            self._received.popitem(last=False)

    def replied(self, notification_id: str) -> None:
        started = self._received.pop(notification_id, None)
        if started is not None:
            seconds = time.perf_counter() - started
            self.last_latency = seconds
            self.latency_buckets[bisect.bisect_left(LATENCY_BUCKETS, seconds)] += 1
            self.latency_sum += seconds
            self.latency_count += 1

    def sent(self, kind: str) -> None:
        """A status posted: counted in total and by its kind (reply, walkthrough, ...)."""
        self.count("replies_sent")
        self.sent_by_kind[kind] = self.sent_by_kind.get(kind, 0) + 1

    def count(self, name: str, by: int = 1) -> None:
        self.counters[name] = self.counters.get(name, 0) + by

    def stream_up(self, now: datetime) -> None:
        self.mode, self.connected, self.down_since = "stream", True, None
        self.last_event_at = now

    def stream_down(self, now: datetime) -> None:
        if self.connected or self.down_since is None:
            self.down_since = now
        self.connected = False

    def is_healthy(self, now: datetime) -> bool:
        """Unhealthy when no stream and no successful poll for over a minute."""
        if self.connected:
            return True
        if self.mode == "polling" and self.last_poll_at is not None:
            return (now - self.last_poll_at).total_seconds() <= STREAM_DOWN_GRACE_SECONDS
        if self.down_since is None:
            return True
        return (now - self.down_since).total_seconds() <= STREAM_DOWN_GRACE_SECONDS

    def snapshot(self, now: datetime) -> dict[str, Any]:
        def iso(value: datetime | None) -> str | None:
            return value.isoformat() if value else None

        return {
            "healthy": self.is_healthy(now),
            "stream": {
                "mode": self.mode,
                "connected": self.connected,
                "down_since": iso(self.down_since),
                "reconnects": self.reconnects,
            },
            "last_event_at": iso(self.last_event_at),
            "last_poll_at": iso(self.last_poll_at),
            "private_mentions": self.private_mentions,
        }


async def report_worker_fault(
    worker: str,
    error: BaseException,
    *,
    health: Health | None,
    db: Any,
    log: logging.Logger,
    name: str | None = None,
) -> None:
    """A long-running worker met a fault it was not written for (a bug): counted for /metrics
    (errors{kind=worker}), logged by the error's type only (never a member's words), listed
    on /admin. The caller then waits and goes on: one bad pass must never end the worker,
    and the admin must hear of it without reading logs."""
    if health is not None:
        health.count(f"errors_{worker}")
    event(log, logging.ERROR, name or f"{worker}.failed", error=type(error).__name__)
    await db.tell_admin(worker, type(error).__name__)
