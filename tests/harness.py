"""Fixtures shared by the tests that run the whole bot against the fake servers."""

from __future__ import annotations

import sqlite3

from bot.clock import FakeClock
from bot.sandbox import HANG, Sandbox
from bot.web.app import Tuning

# Production timings shrunk so faults resolve in a fraction of a second. Not the stream's
# watchdog: a loaded machine can leave a live stream unread for over a second, and a bot
# that then reconnects makes extra requests a test may count. The hung-stream test sets
# its own.
FAST = Tuning(
    heartbeat_timeout=30.0,
    poll_interval=0.2,
    filtered_poll_interval=0.2,
    stream_retry_interval=0.5,
    reconnect_backoff_base=0.05,
    reconnect_backoff_max=0.2,
    send_backoff_base=0.05,
    shutdown_grace=2.0,
    verify_timeout=2.0,
)


def admin_shell(box: Sandbox, sql: str) -> None:
    """Run `sql` on the bot's database from a second connection, in a transaction of its
    own, as an admin's sqlite3 shell would (a bad row, a trigger that breaks a write)."""
    conn = sqlite3.connect(box.workdir / "bot.sqlite3")
    try:
        with conn:
            conn.execute(sql)
    finally:
        conn.close()


def mentioned(status: dict) -> list[str]:
    return [m["acct"] for m in status["mentions"]]


async def advance(box: Sandbox, clock: FakeClock, **delta: float) -> None:
    """Move the injected clock and return once the work it makes due is done, with no
    real-time pause: the reminders worker, woken, has looked at the new time (it sleeps
    again only when nothing is due: every reminder due by then fired or was dropped), and
    the bot has settled (what that queued is posted)."""
    reminders = box.bot.reminders
    clock.advance(**delta)
    reminders.wake()
    await box.wait_until(
        lambda: reminders.asleep_until is not None,
        HANG,
        "the reminders worker never looked at the new time",
    )
    await box.settle()
