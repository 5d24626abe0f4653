"""One copy of the bot per database: a second real process waits as a standby, says which
process holds the lease, and takes over when the first stops; nothing is sent twice."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sqlite3
import sys
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.fake.server import FakeMastodon
from bot.sandbox import BOT_SCOPES
from storage import Store

ROOT = Path(__file__).resolve().parent.parent
LEASE_SECONDS = 10.0  # production: 45 s; a standby retries every LEASE_SECONDS / 6
# (Shorter leases expired under the shared test machine's load while a copy was starting.)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Copy:
    """One `python -m bot run` process; its standard error collected line by line."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.lines: list[str] = []
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        assert self.process.stderr is not None
        async for raw in self.process.stderr:
            self.lines.append(raw.decode(errors="replace").rstrip())

    def said(self, words: str) -> bool:
        return any(words in line for line in self.lines)

    def times(self, words: str) -> int:
        return sum(words in line for line in self.lines)

    async def stop(self, sig: int = signal.SIGTERM) -> int:
        if self.process.returncode is None:
            self.process.send_signal(sig)
        code = await asyncio.wait_for(self.process.wait(), 30)
        await self.reader
        return code


@pytest.fixture
async def home() -> AsyncIterator[FakeMastodon]:
    server = FakeMastodon("example.social", heartbeat_interval=0.2)
    await server.start()
    yield server
    await server.stop()


async def start_copy(
    home: FakeMastodon, token: str, database: Path, log_level: str = "INFO"
) -> Copy:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT),
        "MASTODON_API_BASE_URL": home.base_url,
        "MASTODON_ACCESS_TOKEN": token,
        "DATABASE_PATH": str(database),
        "PORT": str(free_port()),
        "LOG_LEVEL": log_level,
        "MOVEHELPER_LEASE_SECONDS": str(LEASE_SECONDS),
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        env=env,
        cwd=str(database.parent),
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    return Copy(process)


async def until(condition, timeout: float, what: str) -> float:
    """Seconds it took; fails after `timeout`."""
    started = time.monotonic()
    while not condition():
        assert time.monotonic() - started < timeout, what
        await asyncio.sleep(0.05)
    return time.monotonic() - started


def replies_to(home: FakeMastodon, status: dict) -> list[dict]:
    return [s for s in home.statuses_by("helper") if s["in_reply_to_id"] == status["id"]]


def outbox_idle(database: Path) -> bool:
    """Nothing queued or being sent: a reply (or a duplicate) the running copy meant to
    post has been posted."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        row = db.execute("SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'sending')")
        return row.fetchone()[0] == 0


async def first_copy_then_a_second(home: FakeMastodon, tmp_path: Path) -> tuple[Copy, Copy]:
    """Two copies of the helper on one database: the second started once the first holds it
    (at DEBUG, so that each of its tries as a standby is seen)."""
    token = home.issue_token("helper", BOT_SCOPES)
    database = tmp_path / "bot.sqlite3"
    first = await start_copy(home, token, database)
    await until(lambda: first.said("lease.acquired"), 30, "the first copy never started")
    return first, await start_copy(home, token, database, log_level="DEBUG")


async def test_a_second_copy_waits_as_standby_and_takes_over_without_sending_twice(home, tmp_path):
    home.create_account("helper", bot=True)
    home.create_account("alice")
    first, second = await first_copy_then_a_second(home, tmp_path)
    try:
        # The second copy names the process holding the lease, and waits.
        await until(lambda: second.said("lease.standby"), 30, "the second copy did not wait")
        standby = next(line for line in second.lines if "lease.standby" in line)
        assert f"held_by_pid={first.process.pid}" in standby
        assert not second.said("lease.acquired")

        # On a fresh database the first catch-up skips what came before it: ask after it.
        await until(lambda: first.said("stream.connected"), 40, "the first copy never listened")
        asked = home.post_status("alice", "@helper do my posts move?", visibility="public")
        await until(lambda: replies_to(home, asked), 40, "no answer from the first copy")
        # The standby keeps waiting while the first runs: it tries again and still waits.
        tries = second.times("lease.still_held")
        await until(lambda: second.times("lease.still_held") > tries, 30, "no further try")
        assert not second.said("lease.acquired")

        # A rolling deploy: the first stops cleanly; the standby takes over at once.
        assert await first.stop() == 0
        took = await until(lambda: second.said("lease.acquired"), 30, "no takeover")
        assert took < 60 and took < LEASE_SECONDS  # released: taken at the standby's next try

        await until(lambda: second.said("stream.connected"), 40, "the second never listened")
        later = home.post_status("alice", "@helper do my lists move?", visibility="public")
        await until(lambda: replies_to(home, later), 40, "no answer from the second copy")
        # A duplicate, if there were going to be one, is queued before this answer (same
        # member, same order): once the queue is empty it has been posted.
        await until(lambda: outbox_idle(tmp_path / "bot.sqlite3"), 30, "still sending")
        assert len(replies_to(home, asked)) == 1
        assert len(replies_to(home, later)) == 1
    finally:
        await first.stop(signal.SIGKILL)
        await second.stop()


async def test_a_standby_takes_over_from_a_copy_that_was_killed(home, tmp_path):
    home.create_account("helper", bot=True)
    first, second = await first_copy_then_a_second(home, tmp_path)
    try:
        await until(lambda: second.said("lease.standby"), 30, "the second copy did not wait")
        await first.stop(signal.SIGKILL)  # no clean release: the lease stays in the database
        took = await until(lambda: second.said("lease.acquired"), 30, "no takeover")
        assert took < 60
    finally:
        await second.stop()


def test_a_lease_held_elsewhere_expires(tmp_path):
    """Another machine's copy that died: its lease is taken once it has expired."""
    now = datetime(2026, 5, 1, 12, tzinfo=UTC)
    store = Store.open(tmp_path / "bot.sqlite3")
    ttl = timedelta(seconds=45)
    assert store.take_lease("a", pid=1, host="elsewhere", now=now, ttl=ttl) is None
    held = store.take_lease("b", pid=2, host="here", now=now + timedelta(seconds=30), ttl=ttl)
    assert held is not None and held["holder"] == "a" and held["host"] == "elsewhere"
    assert store.renew_lease("a", now=now + timedelta(seconds=30), ttl=ttl)
    assert store.take_lease("b", pid=2, host="here", now=now + timedelta(seconds=74), ttl=ttl)
    assert (
        store.take_lease("b", pid=2, host="here", now=now + timedelta(seconds=76), ttl=ttl) is None
    )
    assert not store.renew_lease("a", now=now + timedelta(seconds=77), ttl=ttl)  # a lost it
    store.close()
