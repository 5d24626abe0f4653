"""/healthz's verdict: unhealthy only when notifications stopped flowing for over a minute."""

from __future__ import annotations

from collections.abc import Sized
from datetime import UTC, datetime, timedelta

from bot.health import Health

T0 = datetime(2026, 8, 8, 10, 0, tzinfo=UTC)


def test_stream_down_for_over_a_minute_is_unhealthy():
    health = Health()
    health.stream_up(T0)
    assert health.is_healthy(T0)
    health.stream_down(T0 + timedelta(seconds=5))
    assert health.is_healthy(T0 + timedelta(seconds=60))
    assert not health.is_healthy(T0 + timedelta(seconds=66))
    health.stream_up(T0 + timedelta(seconds=70))
    assert health.is_healthy(T0 + timedelta(seconds=70))


def test_polling_that_works_is_healthy_and_polling_that_fails_is_not():
    health = Health()
    health.stream_down(T0)
    health.mode = "polling"
    health.last_poll_at = T0 + timedelta(seconds=50)
    assert health.is_healthy(T0 + timedelta(seconds=100))
    assert not health.is_healthy(T0 + timedelta(seconds=111))


def test_snapshot_says_why():
    health = Health()
    health.stream_down(T0)
    snapshot = health.snapshot(T0 + timedelta(minutes=2))
    assert snapshot["healthy"] is False
    assert snapshot["stream"]["connected"] is False
    assert snapshot["stream"]["down_since"] == T0.isoformat()


def test_replies_are_counted_not_kept_one_by_one():
    """A bot answering for weeks keeps its reply latencies as /metrics shows them (a
    histogram, a sum, a count), not one float per reply: the last 10,000 were 0.3 MB that
    no part of the bot read."""
    health = Health()
    for n in range(20_000):
        health.received(str(n))
        health.replied(str(n))
    assert health.latency_count == 20_000
    assert health.last_latency is not None
    held = [v for v in vars(health).values() if isinstance(v, Sized) and not isinstance(v, str)]
    assert sum(map(len, held)) < 100
