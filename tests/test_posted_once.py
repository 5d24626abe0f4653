"""A status an earlier try may have posted is never posted twice, however late the next try.

Mastodon remembers a status's Idempotency-Key for one hour after it created the status
(wire formats, "Idempotency-Key"). A status whose earlier try may have gone out (storage
refused to record the post; a 500 after the server created it) used to be posted again
with the same key at the next try, which after a restart hours later made a second status.
Now the bot first looks among its own statuses for it, and records it as sent if it is
there; a token that may not look (no read:statuses) gives it up instead, on /admin.

Everything goes through the fake instance, on an injected clock.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from harness import admin_shell, fast_sandbox, running
from test_delivery import outbox_asleep
from test_storage_bugs import refuse

from bot.clock import FakeClock
from bot.sandbox import BOT_SCOPES, Sandbox

SOON = 10.0  # real seconds: only a hang reaches it
CAN_LOOK = f"{BOT_SCOPES} read:statuses"


@pytest.fixture(params=[CAN_LOOK, BOT_SCOPES], ids=["read-statuses", "no-read-statuses"])
async def box(request, tmp_path) -> AsyncIterator[tuple[Sandbox, FakeClock]]:
    clock = FakeClock()
    sandbox = fast_sandbox(tmp_path, clock=clock, bot_scopes=request.param)
    async with running(sandbox):
        yield sandbox, clock


def alices_states(box: Sandbox) -> list[str]:
    """alice's rows' states (on the database's thread: box.read, or wait_until_read)."""
    return [r["state"] for r in box.bot.db.store.outbox_rows(recipient="alice")]


def retry_waits(box: Sandbox) -> bool:
    """alice's reply was tried once and waits for its retry."""
    rows = box.bot.db.store.outbox_rows(recipient="alice")
    return [(r["state"], r["attempts"]) for r in rows] == [("pending", 1)]


def can_look(box: Sandbox) -> bool:
    return "read:statuses" in box.home.token(box.token).scopes


async def test_a_post_storage_would_not_record_is_not_posted_again_after_a_restart(box):
    """The server takes alice's reply; storage refuses to record it as sent, and it is left
    as being sent. Storage is mended and the bot restarted two hours later: it used to post
    the reply again with a key the server had forgotten, a second reply. Now it finds the
    reply among its statuses and records it as sent; without read:statuses it gives the
    row up (listed on /admin, with the fix) rather than risk a second reply."""
    sandbox, clock = box
    refuse(
        sandbox,
        "BEFORE UPDATE OF state ON outbox WHEN NEW.state = 'sent' AND NEW.recipient = 'alice'",
    )
    asked = sandbox.dm("alice", "do my posts move?")
    (reply,) = await sandbox.wait_reply(asked, timeout=SOON)
    await sandbox.settle()
    assert await sandbox.read(alices_states, sandbox) == ["sending"]
    await sandbox.stop_bot()
    admin_shell(sandbox, "DROP TRIGGER broken")
    clock.advance(hours=2)
    await sandbox.start_bot()
    await sandbox.wait_connected()
    expected = "sent" if can_look(sandbox) else "failed"
    await sandbox.wait_until_read(lambda: alices_states(sandbox) == [expected], SOON, expected)
    await sandbox.settle()
    assert [r["id"] for r in sandbox.replies(asked["id"])] == [reply["id"]]
    (row,) = await sandbox.read(sandbox.bot.db.store.outbox_rows, recipient="alice")
    errors = await sandbox.read(sandbox.bot.db.store.recent_errors)  # newest first
    assert errors[-1]["kind"] == "outbox_storage"  # the refusal, before the restart
    if can_look(sandbox):
        assert row["sent_status_id"] == reply["id"] and len(errors) == 1
    else:
        assert errors[0]["kind"] == "post_retries_exhausted"
        assert "read:statuses" in errors[0]["detail"]


async def test_a_post_the_server_created_before_its_500_is_not_posted_again_hours_later(box):
    """The server creates alice's reply, then answers 500; the bot's retry comes two hours
    later (it was down). The retry used to post a second reply; now the first is found and
    recorded (or, unable to look, the row is given up), and bob is answered as usual."""
    sandbox, clock = box
    sandbox.home.faults.fail_next_posts_after_create(1)
    asked = sandbox.dm("alice", "do my posts move?")
    (reply,) = await sandbox.wait_reply(asked, timeout=SOON)
    await sandbox.wait_until_read(lambda: retry_waits(sandbox), SOON, "a retry")
    clock.advance(hours=2)
    sandbox.bot.outbox.wake()
    expected = "sent" if can_look(sandbox) else "failed"
    await sandbox.wait_until_read(lambda: alices_states(sandbox) == [expected], SOON, expected)
    await sandbox.wait_reply(sandbox.dm("bob", "do my lists move?"), timeout=SOON)
    await sandbox.settle()
    assert [r["id"] for r in sandbox.replies(asked["id"])] == [reply["id"]]


@pytest.fixture
async def looking(tmp_path) -> AsyncIterator[tuple[Sandbox, FakeClock]]:
    clock = FakeClock()
    sandbox = fast_sandbox(tmp_path, clock=clock, bot_scopes=CAN_LOOK)
    async with running(sandbox):
        yield sandbox, clock


async def test_a_post_that_never_reached_the_server_is_posted_once_hours_later(looking):
    """The server refuses alice's reply with a 500 before creating anything; the retry
    comes two hours later. The bot looks, finds nothing, and posts it, once: nothing is
    lost for fear of a duplicate. Its key's hour starts again from that try."""
    sandbox, clock = looking
    sandbox.home.faults.fail_next_posts(1)
    asked = sandbox.dm("alice", "do my posts move?")
    await sandbox.wait_until_read(lambda: retry_waits(sandbox), SOON, "a retry")
    clock.advance(hours=2)
    retried_at = clock.now()
    sandbox.bot.outbox.wake()
    await sandbox.wait_until_read(lambda: alices_states(sandbox) == ["sent"], SOON, "sent")
    await sandbox.settle()
    assert len(sandbox.replies(asked["id"])) == 1
    (row,) = await sandbox.read(sandbox.bot.db.store.outbox_rows, recipient="alice")
    assert row["first_attempt_at"] == retried_at.isoformat(timespec="microseconds")


@pytest.mark.parametrize("created_first", [False, True], ids=["never-created", "created-first"])
async def test_a_reply_tried_through_two_hours_of_500s_goes_out_once_after_them(
    looking, created_first
):
    """The server answers every post with 500 for two hours (after creating alice's reply
    at the first try, or never). The bot used to give the reply up 50 minutes after its
    first try (it might be out, and the key would soon be forgotten): alice never got an
    answer. Now, past the key's hour, each try first looks: the reply is found and recorded
    if the first try created it, or goes out once after the outage."""
    sandbox, clock = looking
    if created_first:
        sandbox.home.faults.fail_next_posts_after_create(1)
    else:
        sandbox.home.faults.fail_next_posts(1)
    asked = sandbox.dm("alice", "do my posts move?")
    await sandbox.wait_until_read(lambda: retry_waits(sandbox), SOON, "a retry")
    sandbox.home.faults.fail_next_posts(10_000)
    for _ in range(24):  # two hours, five minutes at a time
        clock.advance(minutes=5)
        await outbox_asleep(sandbox, clock)
    # Not given up: found at the first look past the key's hour, or still being tried.
    assert await sandbox.read(alices_states, sandbox) == ["sent" if created_first else "pending"]
    sandbox.home.faults.reset()
    clock.advance(minutes=5)
    await sandbox.wait_until_read(lambda: alices_states(sandbox) == ["sent"], SOON, "sent")
    await sandbox.settle()
    assert len(sandbox.replies(asked["id"])) == 1
    assert await sandbox.read(sandbox.bot.db.store.recent_errors) == []
