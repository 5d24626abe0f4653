"""Delivery: every reply reaches the member, within the server's rules, however it behaves.

Visibility values Mastodon never sends, 429 windows that last until their reset time,
the posting budget across `forget`, length rejections from servers that count raw
characters, deleted and edited mentions, and sending several statuses at once.
"""

from __future__ import annotations

import asyncio

import pytest
from harness import FAST

from bot.clock import FakeClock
from bot.sandbox import Sandbox


@pytest.fixture
async def clocked(tmp_path):
    """A sandbox on an injected clock, for tests that must not wait in real time."""
    clock = FakeClock()
    box = Sandbox(tmp_path, clock=clock, tuning=FAST, heartbeat_interval=0.2)
    await box.start()
    await box.wait_connected()
    yield box, clock
    await box.stop()


# --- visibility ---------------------------------------------------------------------------


@pytest.mark.parametrize("visibility", ["local", "list", "limited", ""])
async def test_unknown_or_missing_visibility_is_answered_as_direct(sandbox, visibility):
    status = sandbox.home.deliver_from_remote(
        "zoe@akkoma.example", "@helper@example.social do my posts move?", visibility=visibility
    )
    assert status.get("visibility") == (visibility or None)  # what the bot is sent
    (reply,) = await sandbox.wait_reply(status)
    assert reply["visibility"] == "direct"


# --- 429: waited out until X-RateLimit-Reset ---------------------------------------------


async def test_a_429_is_waited_out_until_its_reset_time_not_retried_before(clocked):
    box, clock = clocked
    box.home.faults.rate_limit_for(120, path="/api/v1/statuses", method="POST")
    status = box.mention("alice", "do my posts move?")
    await box.wait_until(lambda: box.home.count_429 >= 1, 5, "the bot never tried to post")
    other = box.mention("bob", "do my lists move?")  # must wait too, not be tried meanwhile
    for _ in range(4):  # 100 of the 120 seconds: every post now would be another 429
        clock.advance(25)
        await asyncio.sleep(0.15)
    assert box.replies(status["id"]) == [] and box.replies(other["id"]) == []
    assert box.home.count_429 == 1
    clock.advance(21)  # past X-RateLimit-Reset
    await box.wait_reply(status, timeout=5)
    await box.wait_reply(other, timeout=5)
    assert box.home.count_429 == 1


# --- forget: the budget keeps its send times ----------------------------------------------


async def test_forget_me_leaves_no_rows_and_the_budget_still_counts_its_posts(sandbox):
    for text in ["move", "forget me"]:
        await sandbox.wait_reply(sandbox.dm("alice", text))
    await sandbox.wait_reply(sandbox.dm("alice", "yes"))
    await sandbox.settle()
    store = sandbox.bot.db.store
    left = store.outbox_rows(recipient="alice")
    # Only the confirmation, queued after the deletion, is left.
    assert len(left) == 1 and "deleted everything" in left[0]["text"]
    posted = len(sandbox.bot_statuses())
    assert posted == 3
    await sandbox.stop_bot()
    await sandbox.start_bot()
    await sandbox.wait_connected()
    await sandbox.wait_until(
        lambda: sandbox.bot.outbox.budget.sent() == posted, 3, "the budget forgot the posts"
    )
