"""Servers that speak Mastodon's API but are not Mastodon (Pleroma, Akkoma, GoToSocial, a
proxy in front): the fake is switched to behave like them, and the bot still answers every
message, once, never more visibly than it was written, without a hot loop.
"""

from __future__ import annotations

import pytest
from harness import FAST

from bot.sandbox import Sandbox
from bot.text import raw_length

# --- the status limit, as other servers' instance endpoints say it ----------------------


@pytest.mark.parametrize("shape", ["pleroma", "partial"])
async def test_the_limit_a_server_states_its_own_way_is_the_one_replies_fit(tmp_path, shape):
    """Pleroma and Akkoma have no /api/v2/instance and say their limit as v1's
    `max_toot_chars`; they count every character and refuse a long status without naming
    the limit. A bot that assumed Mastodon's 500 re-split its answer to 500 and had it
    refused again. A v2 answer that leaves the limit out is completed from v1."""
    box = Sandbox(tmp_path, tuning=FAST, heartbeat_interval=0.2, max_characters=300)
    box.home.instance_shape = shape
    box.home.raw_length = True
    await box.start()
    try:
        await box.wait_connected()
        status = box.mention("alice", "do my posts move? and my followers? and my lists?")
        await box.wait_reply(status)
        await box.settle()
        replies = box.replies(status["id"])
        store = box.bot.db.store
        assert store.outbox_rows(state="failed") == []
        assert store.outbox_rows(kind="undeliverable") == []
        assert replies and all(r["visibility"] == "unlisted" for r in replies)
        for posted in store.outbox_rows(state="sent"):
            assert raw_length(posted["text"]) <= 300
    finally:
        await box.stop()
