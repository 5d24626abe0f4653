"""What /healthz, /metrics and the admin page report: shared, in-memory, cheap to update."""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

STREAM_DOWN_GRACE_SECONDS = 60


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
    counters: dict[str, int] = field(default_factory=dict)
    # The bot's own time from a notification received to its first reply posted (seconds).
    reply_latencies: deque[float] = field(default_factory=lambda: deque(maxlen=10_000))
    _received: OrderedDict[str, float] = field(default_factory=OrderedDict)

    def received(self, notification_id: str) -> None:
        self._received[notification_id] = time.perf_counter()
        while len(self._received) > 10_000:
            self._received.popitem(last=False)

    def replied(self, notification_id: str) -> None:
        started = self._received.pop(notification_id, None)
        if started is not None:
            self.reply_latencies.append(time.perf_counter() - started)

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
