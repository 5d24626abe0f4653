"""Long-running workers meet a fault they were never written for (a bad row, a surprise from
the API layer): the one item fails, visibly, and the worker goes on. It used to die, with
nothing to restart it: every reminder or reply after that was silently never sent.

Everything goes through the fake instance; the bad row is written by SQLite itself, as an
admin's sqlite3 shell could.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from harness import admin_shell, fast_sandbox, running
from test_storage_bugs import SECRET, members_at_the_archive_step, refuse, said

from bot.sandbox import Sandbox
from storage.db import timestamp

# A real-time bound for what the injected clock makes due at once: a dead worker fails the
# test in seconds, naming what never came.
SOON = 10.0


async def test_a_reminder_row_the_worker_cannot_read_is_dropped_and_the_next_ones_come(
    clocked, caplog
):
    """alice's first reminder row is corrupt (its context is not JSON) and falls due just
    before bob's. Hers is dropped and counted (errors{kind="reminder"}, /admin), logged by
    id and kind; bob's arrives, and so does his next one 20 hours later."""
    caplog.set_level(logging.INFO)
    box, clock = clocked
    await members_at_the_archive_step(box, clock, "alice", "bob")
    admin_shell(
        box,
        "UPDATE reminders SET context = '{not json' WHERE acct = 'alice' AND kind = 'archive_half'",
    )
    reminders, store = box.bot.reminders, box.bot.db.store
    start = clock.now()
    clock.advance(hours=25)
    reminders.wake()
    await box.wait_until(lambda: box.replies(to="bob"), SOON, "bob's first reminder")
    await box.wait_until(
        lambda: reminders.asleep_until is not None, SOON, "the worker sleeping again"
    )
    assert reminders.asleep_until == start + timedelta(hours=44)  # not a retry
    assert box.replies(to="alice") == []
    states = {r["kind"]: r["state"] for r in await box.read(store.reminders, "alice")}
    assert states["archive_half"] == "dropped"
    assert box.bot.health.counters["errors_reminder"] == 1
    (error,) = await box.read(store.recent_errors)
    assert error["kind"] == "reminder_failed" and "archive_half" in error["detail"]
    assert [r for r in caplog.records if r.getMessage() == "reminder.failed"]
    clock.advance(hours=20)
    reminders.wake()
    await box.wait_until(lambda: len(box.replies(to="bob")) == 2, SOON, "bob's second reminder")
    await box.wait_until(lambda: box.replies(to="alice"), SOON, "alice's second reminder")


async def test_a_fault_outside_any_one_reminder_is_listed_on_admin(clocked):
    """A pending reminder's time is not a time (an admin's shell wrote minute 99): the
    reminders worker fails each time it reads when to wake next. It used to count and log
    that and nothing more, so the admin, who reads /admin and not the logs, never heard.
    It is listed there now (errors kind "reminder", the error's type only), and bob's
    reminder still comes."""
    box, clock = clocked
    await members_at_the_archive_step(box, clock, "alice", "bob")
    soon = timestamp(clock.now() + timedelta(hours=1))
    broken = soon[:14] + "99" + soon[16:]
    admin_shell(
        box,
        f"UPDATE reminders SET due_at = '{broken}' WHERE acct = 'alice' AND kind = 'archive_expired'",
    )
    reminders = box.bot.reminders
    reminders.wake()
    await box.wait_until(
        lambda: box.bot.health.counters.get("errors_reminder"), SOON, "the fault counted"
    )
    listed = await box.read(box.bot.db.store.recent_errors)
    assert [(e["kind"], e["detail"]) for e in listed][:1] == [("reminder", "ValueError")]
    clock.advance(hours=25)
    reminders.wake()
    await box.wait_until(lambda: box.replies(to="bob"), SOON, "bob's first reminder")


# -- the outbox ------------------------------------------------------------------------------


def on_alices_rows(box: Sandbox, change: str) -> None:
    """From now on each status queued for alice is changed as `change` says ("SET ...")."""
    admin_shell(
        box,
        "CREATE TRIGGER bad_row AFTER INSERT ON outbox WHEN NEW.recipient = 'alice'"
        f" BEGIN UPDATE outbox {change} WHERE id = NEW.id; END",
    )


async def test_a_status_the_worker_fails_on_is_failed_and_the_next_replies_go(sandbox, caplog):
    """alice's reply has a first-try time that is not a time, and the server answers its
    post with a 500: working out when to retry raises an error the outbox never expected. Her
    reply is failed (it used to stay 'sending' until a restart, uncounted), counted, listed
    on /admin and logged without her words; bob is answered, and so is alice's next message."""
    caplog.set_level(logging.INFO)
    on_alices_rows(sandbox, "SET first_attempt_at = 'whenever'")
    sandbox.home.faults.fail_next_posts(1)
    bad = sandbox.dm("alice", f"do my posts move? {SECRET}")
    store = sandbox.bot.db.store
    await sandbox.wait_until_read(
        lambda: [r["state"] for r in store.outbox_rows(recipient="alice")] == ["failed"],
        SOON,
        "alice's reply failed",
    )
    await sandbox.wait_reply(sandbox.dm("bob", "do my lists move?"), timeout=SOON)
    assert sandbox.replies(bad["id"]) == []
    assert sandbox.bot.health.counters["errors_outbox"] == 1
    (error,) = await sandbox.read(store.recent_errors)
    assert error["kind"] == "outbox_failed" and "ValueError" in error["detail"]
    assert [r for r in caplog.records if r.getMessage() == "outbox.failed"]
    assert not [line for line in said(caplog) if SECRET in line or "posts" in line]


async def test_a_row_that_breaks_the_outbox_at_claiming_does_not_stop_it(sandbox, caplog):
    """alice's reply has no count of attempts: claiming it raises an error the outbox never
    expected. The outbox used to die there: no one was answered again. Now it counts the
    fault, logs it, waits (woken by new work) and goes on: bob is answered."""
    caplog.set_level(logging.INFO)
    on_alices_rows(sandbox, "SET attempts = NULL")
    await sandbox.wait_handled(sandbox.dm("alice", f"do my posts move? {SECRET}"))
    await sandbox.wait_reply(sandbox.dm("bob", "do my lists move?"), timeout=SOON)
    assert sandbox.bot.health.counters["errors_outbox"] >= 1
    assert [r for r in caplog.records if r.getMessage() == "outbox.unexpected"]
    assert not [line for line in said(caplog) if SECRET in line or "posts" in line]


async def test_a_status_whose_retry_time_is_not_a_time_is_failed_once(clocked, caplog):
    """alice's reply has a retry time that is not a time: it is never due, and reckoning
    how long to sleep until it is used to raise at every look, counting an error every
    30 s for as long as the bot ran. It is failed once instead (counted, listed on /admin,
    logged by id): bob is answered, and hours later nothing more is counted."""
    caplog.set_level(logging.INFO)
    box, clock = clocked
    on_alices_rows(box, "SET next_attempt_at = 'later'")
    await box.wait_handled(box.dm("alice", f"do my posts move? {SECRET}"))
    await box.wait_reply(box.dm("bob", "do my lists move?"), timeout=SOON)
    outbox, store = box.bot.outbox, box.bot.db.store
    for _ in range(6):
        clock.advance(minutes=1)
        outbox.wake()
        await box.wait_until(lambda: outbox.asleep_until is not None, SOON, "outbox asleep")
    assert [r["state"] for r in await box.read(store.outbox_rows, recipient="alice")] == ["failed"]
    assert box.bot.health.counters["errors_outbox"] == 1
    (error,) = await box.read(store.recent_errors)
    assert error["kind"] == "outbox_failed" and "UnreadableRow" in error["detail"]
    assert [r for r in caplog.records if r.getMessage() == "outbox.failed"]
    assert not [line for line in said(caplog) if SECRET in line or "posts" in line]


async def test_a_fault_after_a_post_leaves_it_sent_and_the_rest_of_its_answer_goes(
    tmp_path, caplog
):
    """The server takes the first status of alice's answer (split at 200 characters), then
    what the bot does after a post raises an error it never expected (here flood control's
    note of the answer). The status is out: it is recorded as sent, never posted again and
    never listed as failed (its failure used to fail the rest of the answer too), and the
    fault is counted and listed as what it is."""
    caplog.set_level(logging.INFO)
    box = fast_sandbox(tmp_path, max_characters=200)
    async with running(box):

        def broken(source: str | None, at: float) -> None:
            raise RuntimeError("a bug after the post")

        box.bot.outbox.on_answered = broken
        asked = box.dm("alice", f"do my posts move? {SECRET}")
        await box.wait_handled(asked)
        await box.settle()
        store = box.bot.db.store
        rows = await box.read(store.outbox_rows, recipient="alice")
        assert len(rows) >= 2 and [r["state"] for r in rows] == ["sent"] * len(rows)
        assert len(box.replies(asked["id"])) == len(rows)  # every part, each once
        (error,) = await box.read(store.recent_errors)
        assert error["kind"] == "outbox_after_post" and "RuntimeError" in error["detail"]
        assert box.bot.health.counters["errors_outbox"] == 1
        assert [r for r in caplog.records if r.getMessage() == "outbox.after_post"]
        assert not [line for line in said(caplog) if SECRET in line or "posts" in line]


async def test_a_posted_status_storage_will_not_record_is_neither_failed_nor_sent_again(
    sandbox, caplog
):
    """The server takes alice's reply; storage refuses to record it as sent, the same way
    every time. It went out, so it is not failed (it used to be, and listed on /admin as
    given up): it is left as being sent, which this process never claims again. bob is
    answered after her, and she is never answered twice."""
    caplog.set_level(logging.INFO)
    refuse(
        sandbox,
        "BEFORE UPDATE OF state ON outbox WHEN NEW.state = 'sent' AND NEW.recipient = 'alice'",
    )
    bad = sandbox.dm("alice", f"do my posts move? {SECRET}")
    await sandbox.wait_reply(bad, timeout=SOON)
    await sandbox.wait_reply(sandbox.dm("bob", "do my lists move?"), timeout=SOON)
    await sandbox.settle()
    store = sandbox.bot.db.store
    assert len(sandbox.replies(bad["id"])) == 1
    assert [r["state"] for r in await sandbox.read(store.outbox_rows, recipient="alice")] == [
        "sending"
    ]
    (error,) = await sandbox.read(store.recent_errors)
    assert error["kind"] == "outbox_storage" and "went out" in error["detail"]
    assert sandbox.bot.health.counters["errors_outbox"] == 1
    assert not [r for r in caplog.records if r.getMessage() == "outbox.failed"]
    assert not [line for line in said(caplog) if SECRET in line or "posts" in line]
