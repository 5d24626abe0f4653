"""Fixtures shared by the tests that run the whole bot against the fake servers."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.app import Tuning
from bot.sandbox import Sandbox

# Production timings shrunk so faults resolve in a fraction of a second.
FAST = Tuning(
    heartbeat_timeout=1.0,
    poll_interval=0.2,
    filtered_poll_interval=0.2,
    stream_retry_interval=0.5,
    reconnect_backoff_base=0.05,
    reconnect_backoff_max=0.2,
    send_backoff_base=0.05,
    shutdown_grace=2.0,
    verify_timeout=2.0,
)


@pytest.fixture
async def sandbox(tmp_path) -> AsyncIterator[Sandbox]:
    box = Sandbox(tmp_path, tuning=FAST, heartbeat_interval=0.2)
    await box.start()
    await box.wait_connected()
    yield box
    await box.stop()


def mentioned(status: dict) -> list[str]:
    return [m["acct"] for m in status["mentions"]]
