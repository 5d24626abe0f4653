"""One mention in, one reply out: the whole path through the fake Mastodon over HTTP."""

from __future__ import annotations

from dataclasses import replace

import aiohttp
from harness import FAST, fast_sandbox, mentioned, running

from bot.sandbox import BOT_SCOPES, NEEDED_ONLY, Sandbox


async def test_public_mention_gets_one_unlisted_reply_in_thread_tagging_only_the_sender(sandbox):
    bob = sandbox.member("bob")
    start = sandbox.home.post_status(bob, "Anyone know how moving works?", visibility="public")
    sandbox.member("alice")
    status = sandbox.home.post_status(
        "alice",
        "@bob @helper what moves when I move?",
        visibility="public",
        in_reply_to_id=start["id"],
    )
    replies = await sandbox.wait_reply(status)
    await sandbox.settle()
    replies = sandbox.replies(status["id"])
    assert len(replies) == 1
    reply = replies[0]
    assert reply["in_reply_to_id"] == status["id"]
    assert reply["visibility"] == "unlisted"
    assert mentioned(reply) == ["alice"]


async def test_visibility_is_never_widened(sandbox):
    for visibility, expected in [
        ("direct", "direct"),
        ("private", "direct"),
        ("unlisted", "unlisted"),
    ]:
        status = sandbox.mention("alice", "do my posts move?", visibility=visibility)
        (reply,) = await sandbox.wait_reply(status)
        assert reply["visibility"] == expected


async def test_a_followers_only_mention_is_answered_to_its_sender_alone(sandbox):
    """A followers-only reply from the bot goes to the bot's followers, not the member's:
    people who never saw alice's mention could read the answer to it. So the answer is
    direct, to alice alone. carol follows the bot, not alice; she must not be able to fetch
    the reply, while alice can."""
    sandbox.member("carol")
    sandbox.home.follow("carol", "helper", notify=False)
    sandbox.member("dave")
    sandbox.member("alice")
    sandbox.home.follow("dave", "alice", notify=False)
    status = sandbox.mention("alice", "do my posts move?", visibility="private")
    (reply,) = await sandbox.wait_reply(status)
    assert reply["visibility"] == "direct" and mentioned(reply) == ["alice"]
    tokens = {u: sandbox.home.issue_token(u, "read") for u in ("alice", "carol", "dave")}
    seen = {}
    async with aiohttp.ClientSession() as http:
        for user, token in tokens.items():
            url = f"{sandbox.home.base_url}/api/v1/statuses/{reply['id']}"
            async with http.get(url, headers={"Authorization": f"Bearer {token}"}) as response:
                seen[user] = response.status
    assert seen == {"alice": 200, "carol": 404, "dave": 404}


async def test_dm_from_a_non_follower_reaches_the_bot(sandbox):
    policy = sandbox.home.policy_for(sandbox.helper)
    assert policy["for_private_mentions"] == "accept"  # the bot switched it at start
    status = sandbox.dm("carol", "do my followers move?")
    (reply,) = await sandbox.wait_reply(status)
    assert reply["visibility"] == "direct"
    assert mentioned(reply) == ["carol"]


async def test_dm_reaches_the_bot_even_when_it_may_not_change_its_policy(tmp_path):
    box = fast_sandbox(tmp_path, bot_scopes="read write:statuses")
    async with running(box):
        assert box.home.policy_for(box.helper)["for_private_mentions"] == "filter"
        assert box.bot.health.private_mentions == "filtered-polling"
        status = box.dm("carol", "do my followers move?")
        (reply,) = await box.wait_reply(status)
        assert reply["visibility"] == "direct"


async def test_mention_during_a_hung_stream_is_answered_once_after_reconnect(tmp_path):
    # A watchdog of its own: FAST's is long, so a loaded machine does not trip it elsewhere.
    sandbox = Sandbox(tmp_path, tuning=replace(FAST, heartbeat_timeout=0.5), heartbeat_interval=0.2)
    async with running(sandbox):
        sandbox.home.faults.silent_streams = True  # open, but no heartbeats and no events
        status = sandbox.mention("alice", "do my bookmarks move?")
        # The watchdog notices the silence, reconnects, and the catch-up finds the mention,
        # even though every stream stays silent.
        await sandbox.wait_reply(status)
        sandbox.home.faults.silent_streams = False
        await sandbox.settle()
        assert len(sandbox.replies(status["id"])) == 1
        assert sandbox.bot.health.reconnects >= 1


async def test_mention_while_the_stream_is_down_is_answered_once(sandbox):
    await sandbox.take_stream_down(3)
    status = sandbox.mention("alice", "do my lists move?")
    sandbox.home.faults.stream_available = True
    await sandbox.wait_connected()
    await sandbox.wait_reply(status)
    await sandbox.settle()
    assert len(sandbox.replies(status["id"])) == 1


async def test_restart_answers_nothing_twice(sandbox):
    first = [sandbox.mention(f"user{i}", "do my posts move?") for i in range(3)]
    for status in first:
        await sandbox.wait_reply(status)
    await sandbox.settle()
    await sandbox.stop_bot()
    later = sandbox.mention("user9", "do my mutes move?")  # arrives while the bot is down
    await sandbox.start_bot()
    await sandbox.wait_connected()
    await sandbox.wait_reply(later)
    await sandbox.settle()
    for status in [*first, later]:
        assert len(sandbox.replies(status["id"])) == 1


async def test_first_run_does_not_answer_an_old_backlog(tmp_path):
    box = fast_sandbox(tmp_path)
    await box.home.start()
    await box.remote.start()
    old = box.mention("alice", "an old question from before the bot existed")
    await box.start_bot()
    try:
        await box.wait_connected()
        new = box.mention("alice", "do my posts move?")
        await box.wait_reply(new)
        await box.settle()
        assert box.replies(old["id"]) == []
    finally:
        await box.stop()


async def test_a_5xx_on_the_first_post_still_yields_exactly_one_reply(sandbox):
    sandbox.home.faults.fail_next_posts(1, status=503)
    status = sandbox.mention("alice", "do my posts move?")
    await sandbox.wait_reply(status)
    await sandbox.settle()
    assert len(sandbox.replies(status["id"])) == 1


async def test_a_lost_response_is_not_posted_twice(sandbox):
    sandbox.home.faults.fail_next_posts_after_create(1)  # created, but the answer is a 500
    status = sandbox.mention("alice", "do my posts move?")
    await sandbox.wait_reply(status)
    await sandbox.settle()
    assert len(sandbox.replies(status["id"])) == 1
    rows = await sandbox.read(sandbox.bot.db.store.outbox_rows, state="sent")
    assert rows and rows[-1]["attempts"] == 2


async def test_a_429_is_waited_out(sandbox):
    sandbox.home.faults.rate_limit_next(1, reset_in_seconds=0.5)
    status = sandbox.mention("alice", "do my posts move?")
    await sandbox.wait_reply(status)
    await sandbox.settle()
    assert len(sandbox.replies(status["id"])) == 1


async def test_the_bots_own_posts_and_other_notifications_are_ignored(sandbox):
    sandbox.home.follow(sandbox.member("alice"), "helper")  # a follow notification
    own = sandbox.home.post_status("helper", "@helper talking to myself", visibility="public")
    status = sandbox.mention("alice", "do my posts move?")
    await sandbox.wait_reply(status)
    await sandbox.settle()
    assert sandbox.replies(own["id"]) == []
    assert len(sandbox.home.statuses_by("helper")) == 2  # its own post and one reply


async def test_healthz_reports_the_stream(sandbox):
    async with aiohttp.ClientSession() as http, http.get(f"{sandbox.url}/healthz") as response:
        body = await response.json()
    assert response.status == 200
    assert body["stream"]["connected"] is True
    assert body["queue_depth"] == 0
    assert body["budget"]["limit"] == 300
    assert body["budget"]["left"] == 300 - body["budget"]["sent_in_window"]


async def test_token_scopes_constant_is_least_privilege():
    """The sandbox's token has what register asks for: what the bot needs, and
    read:statuses, which it works without (tests/test_admin.py)."""
    assert set(BOT_SCOPES.split()) == {
        "read:accounts",
        "read:notifications",
        "write:notifications",
        "write:statuses",
        "read:statuses",
    }
    assert set(NEEDED_ONLY.split()) == set(BOT_SCOPES.split()) - {"read:statuses"}


async def test_replies_are_tagged_with_the_language_they_are_written_in(sandbox):
    german = sandbox.mention("alice", "Werden meine Beiträge umgezogen?", language="de")
    klingon = sandbox.mention("bob", "do my posts move?", language="tlh")
    (de_reply,) = await sandbox.wait_reply(german)
    (en_reply,) = await sandbox.wait_reply(klingon)
    assert de_reply["language"] == "de"
    assert en_reply["language"] == "en"
