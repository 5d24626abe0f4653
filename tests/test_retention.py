"""Data retention with an injected clock: the sweep deletes exactly what is past RETENTION_DAYS."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from datetime import UTC, datetime, timedelta

import pytest
from test_walkthrough_table import Remote, message

from bot.clock import FakeClock
from bot.reminders import ReminderPlan
from bot.retention import RetentionSweep
from bot.walkthrough import Walkthrough
from storage import Database, Effects, OutboxItem, Store

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
DAYS = 90


def ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def stamp(days: float) -> str:
    return ago(days).isoformat(timespec="microseconds")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def store(tmp_path, clock) -> Store:
    s = Store.open(tmp_path / "bot.sqlite3", clock)
    yield s
    s.close()


def add_member(store: Store, acct: str, *, last: float, finished: float | None = None) -> None:
    """A member who started long ago, last wrote `last` days ago, maybe finished."""
    store.apply(
        Effects(
            member={
                "acct": acct,
                "step": "finished" if finished is not None else "profile",
                "direction": "away",
                "new_handle": f"{acct}@new.example",
                "started_at": stamp(200),
                "step_entered_at": stamp(finished if finished is not None else last),
                "last_message_at": stamp(last),
                "finished_at": stamp(finished) if finished is not None else None,
            },
            reminders=[{"acct": acct, "kind": "nudge_1", "due_at": stamp(last - 1)}],
        )
    )


def at(clock: FakeClock, days: float) -> None:
    clock.set(ago(days))


def post(store: Store, clock: FakeClock, key: str, recipient: str, *, days: float, **extra) -> int:
    """An outbox row created and (unless pending) settled `days` ago."""
    state = extra.pop("state", "sent")
    at(clock, days)
    store.enqueue(
        OutboxItem(
            idempotency_key=key, text="a reply", visibility="direct", recipient=recipient, **extra
        )
    )
    row = store.outbox_rows(idempotency_key=key)[0]
    if state == "sent":
        store.mark_sent(row["id"], f"status-{key}")
    elif state == "failed":
        store.give_up(row["id"], "422")
    clock.set(NOW)
    return row["id"]


def seed(store: Store, clock: FakeClock) -> None:
    add_member(store, "finished_long_ago", last=100, finished=95)  # goes
    add_member(store, "went_silent", last=91)  # goes
    add_member(store, "finished_recently", last=85, finished=80)  # stays
    add_member(store, "slow_but_active", last=1)  # stays (started 200 days ago)
    add_member(store, "exactly_at_cutoff", last=DAYS)  # stays: not older than the cutoff

    post(store, clock, "to-finished", "finished_long_ago", days=95)  # goes with the member
    post(store, clock, "to-finished-new", "finished_long_ago", days=2)  # goes with the member
    post(store, clock, "public-old", "someone", days=100)  # goes: old
    post(store, clock, "public-new", "someone", days=10)  # stays
    post(store, clock, "failed-old", "someone", days=100, state="failed")  # goes
    post(store, clock, "pending-old", "someone", days=100, state="pending")  # stays: still to send
    post(store, clock, "parent-old", "someone", days=100)  # stays: a pending part follows it
    post(
        store, clock, "child-pending", "someone", days=100, state="pending", after_key="parent-old"
    )
    post(store, clock, "to-recent", "finished_recently", days=80)  # stays

    at(clock, 100)
    store.apply(Effects(notification_id="1"), status_id="s1")  # handled long ago: goes
    store.record_error("post_422", "Validation failed")  # goes
    store.receive(3, json.dumps({"id": "3", "account": {"acct": "late"}}))  # unhandled: stays
    store.apply(
        Effects(reminders=[{"acct": "ghost", "kind": "nudge_2", "due_at": stamp(99)}])
    )  # an orphan, fired long ago: goes
    ghost = store.reminders(acct="ghost")[0]
    store.apply(Effects(fired_reminder_id=ghost["id"]))
    at(clock, 1)
    store.apply(Effects(notification_id="2"), status_id="s2")  # stays
    store.record_error("dispatch", "KeyError")  # stays
    clock.set(NOW)


def test_the_sweep_deletes_exactly_what_is_past_the_retention_period(store, clock):
    seed(store, clock)
    counts = store.retention_sweep(NOW - timedelta(days=DAYS))
    assert counts == {"members": 2, "reminders": 3, "outbox": 4, "handled": 1, "errors": 1}

    members = {m["acct"] for m in store.db["members"].rows}
    assert members == {"finished_recently", "slow_but_active", "exactly_at_cutoff"}
    assert {r["acct"] for r in store.reminders()} == members
    keys = {r["idempotency_key"] for r in store.outbox_rows()}
    assert keys == {"public-new", "pending-old", "parent-old", "child-pending", "to-recent"}
    assert store.is_handled(2) and not store.is_handled(1)
    assert [e["kind"] for e in store.recent_errors()] == ["dispatch"]
    assert len(store.unhandled()) == 1

    # A second sweep at the same time finds nothing more.
    assert set(store.retention_sweep(NOW - timedelta(days=DAYS)).values()) == {0}


def test_a_stop_outlives_the_sweep_as_the_wish_alone(store, clock):
    """A member who said "stop" and then went silent: after RETENTION_DAYS their handles,
    step, times, thread and reminders go like anyone's, but the wish not to be written to
    stays (the account, paused, #nobot), so a closing server's campaign months later still
    skips them; later sweeps find nothing more to do."""
    add_member(store, "quiet", last=91)
    store.apply(
        Effects(
            member={
                "acct": "quiet",
                "account_id": "42",
                "paused": 1,
                "nobot": 0,
                "thread_status_id": "s9",
                "thread_acct": "quiet",
            }
        )
    )
    counts = store.retention_sweep(NOW - timedelta(days=DAYS))
    assert counts["members"] == 1 and counts["reminders"] == 1
    row = store.member("quiet")
    assert row is not None and (row["paused"], row["account_id"], row["step"]) == (1, "42", "idle")
    kept = {k for k, v in row.items() if v not in (None, 0)}  # 0: a flag's default
    assert kept == {"acct", "account_id", "step", "paused", "updated_at"}, row
    assert store.reminders(acct="quiet") == []
    assert set(store.retention_sweep(NOW + timedelta(days=400)).values()) == {0}
    assert store.member("quiet")["paused"] == 1


async def test_the_daily_sweep_runs_at_start_and_every_day(tmp_path, clock):
    db = Database(Store.open(tmp_path / "bot.sqlite3", clock))
    add_member(db.store, "went_silent", last=91)
    add_member(db.store, "nearly_silent", last=89.5)
    sweep = RetentionSweep(db, clock=clock, days=DAYS)
    task = asyncio.create_task(sweep.run())
    try:
        await wait_for(lambda: sweep.last_counts is not None)
        assert sweep.last_counts["members"] == 1
        assert await db.run(db.store.member, "nearly_silent") is not None

        sweep.last_counts = None
        clock.advance(hours=23)
        # Until the sweep sleeps until after now again: a sweep due by now has run by then
        # (a 0.2 s real pause let a slow machine pass a sweep that runs too early).
        await wait_for(lambda: asleep_past_now(clock))
        assert sweep.last_counts is None  # not a day yet
        clock.advance(hours=1)
        await wait_for(lambda: sweep.last_counts is not None)
        assert sweep.last_counts["members"] == 1  # 90.5 days silent now
        assert await db.run(db.store.member, "nearly_silent") is None
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        db.close()


def asleep_past_now(clock: FakeClock) -> bool:
    """Something sleeps on the clock and nothing is due: nothing happens until it moves."""
    deadlines = clock.sleeping_until()
    return bool(deadlines) and deadlines[0] > clock.now()


async def wait_for(condition, timeout: float = 5.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        assert loop.time() < deadline, "timed out"
        await asyncio.sleep(0.01)


async def test_a_real_walkthrough_is_forgotten_ninety_days_after_it_went_silent(tmp_path, clock):
    """Rows made by the walkthrough itself, not by hand: all of alice's go, bob's stay."""
    store = Store.open(tmp_path / "bot.sqlite3", clock)
    plan = ReminderPlan(archive_window_hours=48, archive_retention_days=7)
    walk = Walkthrough(verifier=Remote(), clock=clock, plan=plan, this_server="example.social")
    n = 0

    async def say(acct: str, text: str) -> None:
        nonlocal n
        n += 1
        incoming = dataclasses.replace(message(text, n), acct=acct, username=acct, account_id=acct)
        effects = await walk.handle(store.find_member(acct), incoming, "en")
        effects.notification_id = str(n)
        store.apply(effects, status_id=str(1000 + n))
        for row in store.outbox_rows(state="pending"):  # the outbox posts them
            store.mark_sent(row["id"], f"s{row['id']}")

    for text in ["move", "1", "alice@new.example", "done"]:
        await say("alice", text)
    assert store.member("alice")["step"] == "export"
    assert store.outbox_rows(recipient="alice")
    clock.advance(days=60)
    for text in ["move", "1"]:
        await say("bob", text)
    clock.advance(days=DAYS - 60, seconds=1)  # alice: 90 days and a second of silence

    sweep = RetentionSweep(Database(store), clock=clock, days=DAYS)
    counts = await sweep.sweep_once()
    assert counts["members"] == 1
    assert store.member("alice") is None and store.member("bob") is not None
    assert store.reminders(acct="alice") == []
    assert store.outbox_rows(recipient="alice") == []
    assert store.outbox_rows(recipient="bob")
    await asyncio.to_thread(sweep.db.close)


async def test_the_running_bot_starts_the_sweep(sandbox):
    assert "retention" in [task.get_name() for task in sandbox.bot.tasks]
