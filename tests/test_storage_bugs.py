"""Storage that fails one outbox status or one reminder the same way every time (a bug, not
the disk): that one item fails, visibly, and the rest go on. Waiting it out, as for a
locked or full disk, would try it forever and hold everything queued behind it.

The failure is made by SQLite itself (a trigger, as an admin's sqlite3 shell could add),
with its own result code; everything else goes through the fake instance.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from harness import admin_shell
from test_metrics import samples, scrape

from bot.clock import FakeClock
from bot.logs import KeyValueFormatter
from bot.reminders import ReminderPlan
from bot.sandbox import Sandbox
from storage import Database, Effects, OutboxItem, Store, migrations
from storage.db import timestamp

SECRET = "my private notes about the move"


def refuse(box: Sandbox, trigger: str) -> None:
    """From now on SQLite refuses what `trigger` names ("BEFORE INSERT ON outbox WHEN ..."),
    as a constraint, every time."""
    admin_shell(
        box, f"CREATE TRIGGER broken {trigger} BEGIN SELECT RAISE(ABORT, 'broken on purpose'); END"
    )


def said(caplog) -> list[str]:
    formatter = KeyValueFormatter()
    return [formatter.format(r) for r in caplog.records if r.levelno >= logging.INFO]


async def errors_total(box: Sandbox, kind: str) -> float:
    return samples((await scrape(box.url))[1])[("movehelper_errors_total", (("kind", kind),))]


# -- the outbox ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "trigger",
    [
        # Claiming alice's reply for sending fails; marking it failed works.
        "BEFORE UPDATE OF state ON outbox WHEN NEW.state = 'sending' AND NEW.recipient = 'alice'",
        # Every change to alice's reply fails, marking it failed too.
        "BEFORE UPDATE ON outbox WHEN OLD.recipient = 'alice'",
    ],
    ids=["claim", "claim-and-give-up"],
)
async def test_a_status_storage_will_not_claim_fails_alone_and_the_queue_goes_on(
    sandbox, caplog, trigger
):
    """alice's reply can never be claimed for sending. It is failed (not tried forever
    ahead of bob's), counted for /metrics, listed on /admin, logged without her words; bob,
    who wrote after her, is answered."""
    caplog.set_level(logging.INFO)
    refuse(sandbox, trigger)
    bad = sandbox.dm("alice", f"do my posts move? {SECRET}")
    await sandbox.wait_handled(bad)
    good = sandbox.dm("bob", "do my lists move?")
    await sandbox.wait_reply(good, timeout=10)
    await sandbox.settle()
    assert sandbox.replies(bad["id"]) == []
    assert sandbox.bot.health.counters["errors_outbox"] == 1
    assert await errors_total(sandbox, "outbox") == 1
    store = sandbox.bot.db.store
    (error,) = await sandbox.read(store.recent_errors)
    assert error["kind"] == "outbox_storage" and "IntegrityError" in error["detail"]
    if "OF state" in trigger:
        (row,) = await sandbox.read(store.outbox_rows, recipient="alice")
        assert row["state"] == "failed" and "IntegrityError" in row["last_error"]
    assert [r for r in caplog.records if r.getMessage() == "outbox.failed"]
    assert not [line for line in said(caplog) if SECRET in line or "posts" in line]


async def test_a_status_whose_retry_storage_will_not_record_fails_instead_of_waiting(
    sandbox, caplog
):
    """The server answers alice's reply with a 500, and storage refuses to put it back in
    the queue for a retry, the same way every time. It is failed at once (it used to be
    put back every 30 s, forever, holding her conversation), counted, and listed."""
    caplog.set_level(logging.INFO)
    refuse(
        sandbox,
        "BEFORE UPDATE OF state ON outbox WHEN NEW.state = 'pending' AND OLD.state = 'sending'"
        " AND NEW.recipient = 'alice'",
    )
    sandbox.home.faults.fail_next_posts(1)
    bad = sandbox.dm("alice", f"do my posts move? {SECRET}")
    store = sandbox.bot.db.store
    await sandbox.wait_until_read(
        lambda: [r["state"] for r in store.outbox_rows(recipient="alice")] == ["failed"],
        10,
        "alice's reply was never failed",
    )
    later = sandbox.dm("alice", "do my lists move?", in_thread=False)
    await sandbox.wait_reply(later, timeout=10)
    await sandbox.settle()
    assert sandbox.replies(bad["id"]) == []
    assert sandbox.bot.health.counters["errors_outbox"] == 1
    (error,) = await sandbox.read(store.recent_errors)
    assert error["kind"] == "outbox_storage"
    assert not [line for line in said(caplog) if SECRET in line or "posts" in line]


# -- reminders -------------------------------------------------------------------------------


async def members_at_the_archive_step(box: Sandbox, clock: FakeClock, *accts: str) -> None:
    """Each has asked for their archive now: reminders at 24 h, 44 h and 48 h (written on
    the database's thread, as the bot writes: the bot is running)."""
    store, plan, now = box.bot.db.store, ReminderPlan(), clock.now()
    for acct in accts:
        stamp = timestamp(now)
        member = {
            "acct": acct,
            "account_id": box.member(acct).id,
            "step": "archive",
            "direction": "away",
            "locale": "en",
            "paused": 0,
            "started_at": stamp,
            "step_entered_at": stamp,
            "last_message_at": stamp,
            "archive_requested_at": stamp,
        }
        await box.bot.db.run(store.apply, Effects(member=member, reminders=plan.archive(acct, now)))


@pytest.mark.parametrize("drop_refused", [False, True], ids=["queue", "queue-and-drop"])
async def test_a_reminder_storage_will_not_queue_is_dropped_and_the_others_fire(
    clocked, caplog, drop_refused
):
    """alice's and bob's archive reminders fall due together; storage refuses alice's,
    the same way every time. Hers is dropped (not tried at every wake-up ahead of bob's),
    counted for /metrics, listed on /admin, logged by id and kind; bob's arrives, and the
    worker sleeps until the next one is due instead of trying again."""
    caplog.set_level(logging.INFO)
    box, clock = clocked
    store = box.bot.db.store
    now = clock.now()
    await members_at_the_archive_step(box, clock, "alice", "bob")
    refuse(box, "BEFORE INSERT ON outbox WHEN NEW.recipient = 'alice'")
    if drop_refused:
        admin_shell(
            box,
            "CREATE TRIGGER broken_too BEFORE UPDATE OF state ON reminders"
            " WHEN OLD.acct = 'alice' BEGIN SELECT RAISE(ABORT, 'broken'); END",
        )
    reminders = box.bot.reminders
    clock.advance(hours=25)  # past the first archive reminders (at half the window)
    reminders.wake()
    await box.wait_until(lambda: box.replies(to="bob"), 10, "bob's reminder never came")
    await box.wait_until(
        lambda: reminders.asleep_until is not None, 10, "the worker never slept again"
    )
    await box.settle()
    assert box.replies(to="alice") == []
    # Asleep until the next reminder (a twelfth of the window left), not a retry.
    assert reminders.asleep_until == now + timedelta(hours=44)
    assert box.bot.health.counters["errors_reminder"] == 1
    assert await errors_total(box, "reminder") == 1
    (error,) = await box.read(store.recent_errors)
    assert error["kind"] == "reminder_storage" and "archive_half" in error["detail"]
    states = {r["kind"]: r["state"] for r in await box.read(store.reminders, "alice")}
    assert states["archive_half"] == ("pending" if drop_refused else "dropped")
    assert [r for r in caplog.records if r.getMessage() == "reminder.failed"]


# -- one handled message, written all or nothing ---------------------------------------------


def test_storage_that_refuses_the_reply_leaves_nothing_of_the_handling_written(tmp_path):
    """Store.apply writes a handled DM and what it causes (handled, the member's step, the
    reply) in one transaction. Storage refuses the reply half-way (a full disk, a
    constraint): nothing of it may stay, so that the message is handled again, whole, once
    storage takes writes. sqlite-utils 4 commits each write on its own outside a
    transaction, and `with conn:` opened none: the message stayed marked handled and
    alice moved on a step with no reply queued, never answered."""
    store = Store.open(tmp_path / "bot.sqlite3", FakeClock())
    try:
        assert store.receive(7, '{"id": "7"}')
        shell = sqlite3.connect(tmp_path / "bot.sqlite3")
        with shell:
            shell.execute(
                "CREATE TRIGGER broken BEFORE INSERT ON outbox"
                " BEGIN SELECT RAISE(ABORT, 'broken on purpose'); END"
            )
        shell.close()
        stamp = timestamp(store.clock.now())
        member = {"acct": "alice", "step": "alias", "locale": "en", "paused": 0}
        member |= {"started_at": stamp, "step_entered_at": stamp, "last_message_at": stamp}
        reply = OutboxItem("n7:0", "@alice hi", visibility="direct", recipient="alice")
        with pytest.raises(sqlite3.IntegrityError):
            store.apply(Effects(notification_id="7", member=member, outbox=[reply]))
        assert not store.is_handled(7)
        assert store.unhandled() == ['{"id": "7"}']
        assert store.member("alice") is None
    finally:
        store.close()


# -- a schema change, all or nothing ---------------------------------------------------------

CRASHING_MIGRATION = """
import os, sys
from storage import migrations
from storage.db import Store

def _next(db):
    db["members"].add_column("example", str)
    db["example"].create({"id": int}, pk="id")
    os._exit(3)  # the process dies here: no exception, no cleanup

migrations.MIGRATIONS.append(_next)
Store.open(sys.argv[1])
"""


def test_a_migration_cut_short_by_a_crash_leaves_the_old_schema_and_runs_again(
    tmp_path, monkeypatch
):
    """An upgrade's migration adds a column and a table, and the process dies between them
    (killed, out of memory, the power). The database keeps the old schema and version, and
    the next start runs the migration whole. sqlite-utils 4 committed each statement of it
    on its own: the column stayed while the version did not, and every later start failed
    on "duplicate column name", the bot unable to start until someone edited the file."""
    path = tmp_path / "bot.sqlite3"
    Store.open(path).close()
    version = Store.latest_schema_version()
    crashed = subprocess.run(
        [sys.executable, "-c", CRASHING_MIGRATION, str(path)],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)},
        timeout=60,
    )
    assert crashed.returncode == 3
    with contextlib.closing(sqlite3.connect(path)) as shell:
        assert shell.execute("PRAGMA user_version").fetchone()[0] == version
        columns = [row[1] for row in shell.execute("PRAGMA table_info(members)")]
        assert "example" not in columns
        assert (
            shell.execute("SELECT name FROM sqlite_master WHERE name = 'example'").fetchall() == []
        )

    def _next(db):
        db["members"].add_column("example", str)
        db["example"].create({"id": int}, pk="id")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, _next])
    store = Store.open(path)
    try:
        assert store.schema_version == version + 1
        assert "example" in store.db["members"].columns_dict and store.db["example"].exists()
    finally:
        store.close()


async def test_telling_the_admin_never_stops_the_worker_that_tells(tmp_path):
    """Every worker (outbox, reminders, dispatch, retention) lists its faults on /admin
    through Database.tell_admin: storage refusing that too is no second fault to stop it."""
    store = Store.open(tmp_path / "bot.sqlite3", FakeClock())
    db = Database(store)
    try:
        with contextlib.closing(sqlite3.connect(tmp_path / "bot.sqlite3")) as shell, shell:
            shell.execute(
                "CREATE TRIGGER broken BEFORE INSERT ON errors"
                " BEGIN SELECT RAISE(ABORT, 'broken on purpose'); END"
            )
        assert await db.tell_admin("outbox_failed", "a status was given up") is False
        store.db.execute("DROP TRIGGER broken")
        assert await db.tell_admin("outbox_failed", "a status was given up") is True
        assert [e["kind"] for e in store.recent_errors()] == ["outbox_failed"]
    finally:
        db.close()
