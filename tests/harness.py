"""Fixtures shared by the tests that run the whole bot against the fake servers."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from bot.clock import FakeClock
from bot.sandbox import HANG, Sandbox
from bot.text import html_to_text
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


def fast_sandbox(tmp_path: Path, **settings: Any) -> Sandbox:
    """A sandbox on the tests' timings (FAST, a heartbeat every 0.2 s), with whatever else
    the test sets as Sandbox takes it (clock, config_overrides, bot_scopes, tuning)."""
    return Sandbox(tmp_path, **({"tuning": FAST, "heartbeat_interval": 0.2} | settings))


@contextlib.asynccontextmanager
async def running(box: Sandbox) -> AsyncIterator[Sandbox]:
    """`box` started and connected for the block, stopped however the block ends, a start
    or connection that fails too (what a test sets on its fake servers or patches before
    the start, it sets on `box` first)."""
    try:
        await box.start()
        await box.wait_connected()
        yield box
    finally:
        await box.stop()


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


# -- members walking the walkthrough (tests/test_as_members_*.py) ---------------------------

# The word that starts the walkthrough, in each locale.
START = {"en": "move", "de": "umziehen", "fr": "déménager", "es": "mudanza", "ja": "引っ越し"}
# More "👍" than any walk to a step takes (three at an alias the bot never sees).
_MOST_THUMBS = 20


async def say(
    box: Sandbox, username: str, text: str, language: str | None = "en", *, honour: bool = False
) -> str:
    """A DM in the member's thread (tagged `language`, None untagged); the bot's whole
    answer as text. With `honour`, the fake servers first do what it says was done (the
    alias made at the alias step, the move at the move step), as in `python -m bot try`;
    without, they do nothing of it: the alias is never made."""
    if honour:
        await box.honour(username, text)
    status = box.dm(username, text, language=language)
    await box.wait_reply(status)
    await box.settle()
    return "\n".join(html_to_text(r["content"]) for r in box.replies(status["id"]))


async def member_row(box: Sandbox, username: str = "alice") -> dict | None:
    """The member's row in the running bot's store, read on its database thread
    (Sandbox.read): read from the event loop's thread, the bot's connection can show a
    transaction half done."""
    return await box.read(box.bot.db.store.member, username)


async def step_of(box: Sandbox, username: str = "alice") -> str:
    """The step the member's walkthrough stands at (member_row)."""
    row = await member_row(box, username)
    assert row is not None, f"{username} has no walkthrough"
    return row["step"]


async def walk_to(
    box: Sandbox, wanted: str, locale: str = "en", username: str = "alice", *, honour: bool = False
) -> None:
    """Leaving, in `locale` (statuses tagged so, as the member's client does): the new
    account made on the other server, the walkthrough started, "1" (away), the new
    address, then "👍" at each step until the walkthrough stands at `wanted`."""
    box.remote.create_account(username)
    for text in (START[locale], "1", f"{username}@new.example"):
        await say(box, username, text, locale, honour=honour)
    for _ in range(_MOST_THUMBS):
        if await step_of(box, username) == wanted:
            return
        await say(box, username, "👍", locale, honour=honour)
    raise AssertionError(f"{username} never reached {wanted}: at {await step_of(box, username)}")
