"""Servers that speak Mastodon's API but are not Mastodon (Pleroma, Akkoma, GoToSocial, a
proxy in front): the fake is switched to behave like them, and the bot still answers every
message, once, never more visibly than it was written, without a hot loop.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import replace

import pytest
from harness import FAST, fast_sandbox, running

from bot.sandbox import Sandbox
from bot.text import raw_length

# --- the status limit, as other servers' instance endpoints say it ----------------------


@pytest.mark.parametrize("shape", ["pleroma", "partial"])
async def test_the_limit_a_server_states_its_own_way_is_the_one_replies_fit(tmp_path, shape):
    """Pleroma and Akkoma have no /api/v2/instance and say their limit as v1's
    `max_toot_chars`; they count every character and refuse a long status without naming
    the limit. A bot that assumed Mastodon's 500 re-split its answer to 500 and had it
    refused again. A v2 answer that leaves the limit out is completed from v1."""
    box = fast_sandbox(tmp_path, max_characters=300)
    box.home.instance_shape = shape
    box.home.raw_length = True
    async with running(box):
        status = box.mention("alice", "do my posts move? and my followers? and my lists?")
        await box.wait_reply(status)
        await box.settle()
        replies = box.replies(status["id"])
        store = box.bot.db.store
        assert await box.read(store.outbox_rows, state="failed") == []
        assert await box.read(store.outbox_rows, kind="undeliverable") == []
        assert replies and all(r["visibility"] == "unlisted" for r in replies)
        for posted in await box.read(store.outbox_rows, state="sent"):
            assert raw_length(posted["text"]) <= 300


# --- 429s whose reset time is written another way, or not at all ------------------------


async def _limited_once_then_answered(box, clock, status, pause: float) -> None:
    """The bot took one 429 for `status` and waits out all `pause` seconds of it (no
    second try before), then answers once the window has closed."""
    from test_delivery import outbox_asleep, paused_and_asleep

    await box.wait_until(lambda: box.home.count_429 >= 1, 10, "the bot never tried to post")
    await paused_and_asleep(box, clock)
    waited = 0.0
    while waited < pause - 15:
        clock.advance(15)
        waited += 15
        await outbox_asleep(box, clock)
    assert box.home.count_429 == 1 and box.replies(status["id"]) == []
    clock.advance(pause - waited + 2)
    await box.wait_reply(status)
    assert box.home.count_429 == 1


@pytest.mark.parametrize("style", ["http-date", "epoch", "seconds"])
async def test_a_reset_time_written_another_way_is_waited_for(clocked, style):
    """X-RateLimit-Reset as an HTTP date, Unix seconds or seconds from now (proxies and
    other servers; Mastodon writes ISO 8601): read, the bot waits the whole window out
    instead of trying again after a minute into the same 429."""
    box, clock = clocked
    box.home.reset_format = style
    box.home.faults.rate_limit_for(300, path="/api/v1/statuses", method="POST")
    status = box.mention("alice", "do my posts move?")
    await _limited_once_then_answered(box, clock, status, 300)


async def test_a_proxys_retry_after_is_waited_for(clocked):
    """A proxy's 429 without X-RateLimit headers but with Retry-After (seconds)."""
    box, clock = clocked
    box.home.faults.proxy_limit_for(240, path="/api/v1/statuses", method="POST", retry_after=True)
    status = box.mention("alice", "do my posts move?")
    await _limited_once_then_answered(box, clock, status, 240)


async def test_an_unreadable_reset_time_is_not_taken_for_an_earlier_one(clocked):
    """A 429 whose X-RateLimit-Reset cannot be read must not reuse the reset time of an
    earlier answer (long past): the bot then tried again every second, a 429 each time."""
    from test_delivery import outbox_asleep, paused_and_asleep

    box, clock = clocked
    box.home.faults.rate_limit_for(20, path="/api/v1/statuses", method="POST")
    first = box.mention("alice", "do my posts move?")
    await box.wait_until(lambda: box.home.count_429 >= 1, 10, "the bot never tried to post")
    before = await paused_and_asleep(box, clock)
    clock.advance(22)
    await box.wait_reply(first)
    box.home.reset_format = "garbled"
    box.home.faults.rate_limit_for(600, path="/api/v1/statuses", method="POST")
    second = box.mention("bob", "do my lists move?")
    await box.wait_until(lambda: box.home.count_429 >= 2, 10, "no 429 for bob's answer")
    await paused_and_asleep(box, clock, before=before)
    for _ in range(5):  # 50 s: a minute's wait at the least, as for no reset time at all
        clock.advance(10)
        await outbox_asleep(box, clock)
    assert box.home.count_429 == 2 and box.replies(second["id"]) == []


async def test_a_429_with_no_reset_time_at_all_is_tried_again_ever_later(clocked):
    """A proxy's 429 with neither X-RateLimit headers nor Retry-After: the bot cannot know
    when the window reopens. Trying every minute for as long as it lasts is a 429 a minute
    (60 in an hour); it waits a minute, then doubles each time, to a quarter of an hour."""
    from datetime import timedelta

    from test_delivery import paused_and_asleep

    box, clock = clocked
    box.home.faults.proxy_limit_for(3600, path="/api/v1/statuses", method="POST")
    status = box.mention("alice", "do my posts move?")
    waits, before = [], None
    for tries in range(1, 7):
        await box.wait_until(lambda n=tries: box.home.count_429 >= n, 10, f"no try {tries}")
        before = await paused_and_asleep(box, clock, before=before)
        waits.append(round((before - clock.now()).total_seconds()))
        clock.set(before)
    assert waits == [60, 120, 240, 480, 900, 900]
    assert box.replies(status["id"]) == []
    clock.set(before + timedelta(seconds=900))  # the proxy's hour is over
    await box.wait_reply(status)
    assert box.home.count_429 == 6  # in the hour, not 60


@pytest.mark.parametrize("retry_after", ["seconds", "http-date", "both"])
async def test_a_503_that_says_when_to_come_back_is_waited_for_by_the_outbox(clocked, retry_after):
    """A server in maintenance answers a post 503 with Retry-After, in seconds or as an HTTP
    date (GoToSocial's maintenance mode sends both): the reply is tried again then, not
    after the outbox's own back-off (a 503 a try until the maintenance ends)."""
    from test_delivery import outbox_asleep

    box, clock = clocked
    box.home.faults.unavailable_for(
        120, path="/api/v1/statuses", method="POST", retry_after=retry_after
    )
    status = box.mention("alice", "do my posts move?")
    await box.wait_until(lambda: box.home.count_503 >= 1, 10, "the bot never tried to post")
    await outbox_asleep(box, clock)
    for _ in range(4):  # 100 of the 120 seconds
        clock.advance(25)
        await outbox_asleep(box, clock)
    assert box.home.count_503 == 1 and box.replies(status["id"]) == []
    clock.advance(21)
    await box.wait_reply(status)
    assert box.home.count_503 == 1


# --- notification ids that are not numbers ------------------------------------------------


async def test_notification_ids_that_are_not_numbers_are_answered_once_each(tmp_path):
    """GoToSocial's notification ids are ULIDs ("01J..."), not numbers: the bot dropped
    every one (the catch-up kept digits only, the stream called them malformed), so no
    mention on such a server was ever answered, and nobody was told. Streamed, caught up
    after the stream was down, and after a restart: each answered once."""
    box = fast_sandbox(tmp_path)
    box.home.notification_ids = "ulid"
    async with running(box):
        streamed = box.mention("alice", "do my posts move?")
        await box.wait_reply(streamed)
        await box.take_stream_down(30)
        missed = box.mention("bob", "do my lists move?")
        box.home.faults.stream_available = True
        await box.wait_connected()
        await box.wait_reply(missed)
        await box.settle()
        await box.stop_bot()
        later = [box.mention(f"user{i}", "do my mutes move?") for i in range(12)]
        await box.start_bot()
        await box.wait_connected()
        for status in later:
            await box.wait_reply(status)
        await box.settle()
        for status in [streamed, missed, *later]:
            assert len(box.replies(status["id"])) == 1
        cursor = await box.read(box.bot.db.store.cursor)
        assert cursor == box.home.notifications_for(box.helper)[-1]["id"]


async def test_notification_ids_in_no_order_the_bot_knows_cause_no_hot_loop(tmp_path):
    """A server whose notification ids are random (UUIDs) still pages by time with min_id.
    The bot's cursor, kept in the order ids usually grow in, may then not move past a
    page: it used to ask for that same page again, forever. Each mention is answered once,
    and the catch-ups end."""
    box = fast_sandbox(tmp_path)
    box.home.notification_ids = "uuid"
    async with running(box):
        first = box.mention("alice", "do my posts move?")
        await box.wait_reply(first)
        await box.take_stream_down(30)
        missed = [box.mention(f"user{i}", "do my lists move?") for i in range(8)]
        box.home.faults.stream_available = True
        await box.wait_connected()
        for status in missed:
            await box.wait_reply(status)
        await box.settle()
        for status in [first, *missed]:
            assert len(box.replies(status["id"])) == 1
        asked = sum(r.startswith("GET /api/v1/notifications") for r in box.home.requested)
        assert asked < 60, asked


def test_a_database_from_before_keeps_its_inbox_handled_marks_and_cursor(tmp_path):
    """Migration 14 turns the inbox's and handled's notification ids into text: a message
    waiting, a handled mark and the cursor of a bot that ran before stay as they were, and
    a numeric cursor still moves in the numbers' order (9 -> 10, never 10 -> 9)."""
    import sqlite3

    import sqlite_utils

    from storage import migrations
    from storage.db import Store

    path = tmp_path / "old.sqlite3"
    old = sqlite_utils.Database(sqlite3.connect(path))
    for number, step in enumerate(migrations.MIGRATIONS[:13], start=1):
        step(old)
        old.execute(f"PRAGMA user_version = {number}")
    old.execute("INSERT INTO inbox (notification_id, payload, received_at) VALUES (12, '{}', 'x')")
    old.execute("INSERT INTO handled (notification_id, status_id) VALUES (9, 's9')")
    old.execute("INSERT INTO meta (key, value) VALUES ('notification_cursor', '9')")
    old.conn.commit()
    old.conn.close()
    store = Store.open(path)
    try:
        assert store.schema_version == Store.latest_schema_version() >= 14
        assert store.is_handled("9") and store.is_handled(9) and not store.is_handled("12")
        assert store.unhandled() == ["{}"] and store.begin_attempt("12") == 1
        assert not store.receive("9", "{}") and store.receive("01J0000", "{}")
        assert store.advance_cursor("10") and store.cursor() == "10"
        assert not store.advance_cursor("9") and store.cursor() == "10"
    finally:
        store.close()


# --- a streaming endpoint that fails in other ways than 404 -----------------------------


def stream_requests(box: Sandbox) -> int:
    return sum(r.startswith("GET /api/v1/streaming") for r in box.home.requested)


async def test_a_streaming_service_that_is_down_behind_its_proxy_is_polled_around(tmp_path):
    """Mastodon's streaming service down while the web one runs: its proxy answers 502
    (HTML) for the stream. The bot kept trying the stream and heard of mentions only from
    its safety-net look every 5 minutes; it polls meanwhile, as for a missing stream."""
    box = fast_sandbox(tmp_path)
    box.home.faults.stream_answer = 502
    await box.start()
    try:
        await box.wait_until(lambda: stream_requests(box) >= 2, 30, "the stream was not retried")
        status = box.mention("alice", "do my posts move?")
        await box.wait_reply(status)
        await box.settle()
        assert len(box.replies(status["id"])) == 1
    finally:
        await box.stop()


async def test_a_page_where_the_stream_should_be_is_no_stream_and_no_hot_loop(tmp_path):
    """A catch-all web page (200, HTML) where the stream should be ends at once with no event:
    the bot took that for a working stream's clean end and reconnected at once, again and
    again, with a catch-up each time. It is a failure: backed off, and polled around."""
    from dataclasses import replace

    slow = replace(FAST, reconnect_backoff_base=5.0, reconnect_backoff_max=5.0)
    box = Sandbox(tmp_path, tuning=slow, heartbeat_interval=0.2)
    box.home.faults.stream_answer = 200
    await box.start()
    try:
        started = asyncio.get_running_loop().time()
        await box.wait_until(lambda: stream_requests(box) >= 1, 30, "the stream was not tried")
        status = box.mention("alice", "do my posts move?")
        await box.wait_reply(status)
        await box.settle()
        assert len(box.replies(status["id"])) == 1
        # One try, then one every 2.5-5 s (not hundreds a second).
        took = asyncio.get_running_loop().time() - started
        assert stream_requests(box) <= 2 + took / 2.5, (stream_requests(box), took)
    finally:
        await box.stop()


# --- statuses written more loosely ---------------------------------------------------------


async def test_loosely_written_statuses_are_answered_and_a_mentioned_address_keeps_its_server(
    tmp_path,
):
    """No `account.bot`, `language` or `application`, plain-text content, `in_reply_to_id`
    as a number, mentions whose `acct` has no host: a public question is answered unlisted,
    and a walkthrough goes on in its DM thread. The new account given as a mention
    ("@alice@new.example", whose acct came as "alice") was taken for alice on this server."""
    from test_walkthrough import say

    box = fast_sandbox(tmp_path)
    box.home.status_shape = "sparse"
    async with running(box):
        status = box.mention("zoe", "do my posts move?")
        (reply,) = await box.wait_reply(status)
        assert reply["visibility"] == "unlisted"
        box.remote.create_account("alice")
        assert "Which way" in await say(box, "alice", "hi! I want to move")
        assert "new account's address" in await say(box, "alice", "1")
        assert "I found alice@new.example" in await say(box, "alice", "@alice@new.example")
        member = await box.read(box.bot.db.store.member, "alice")
        assert member["new_handle"] == "alice@new.example"


@contextlib.asynccontextmanager
async def _starting(box: Sandbox) -> AsyncIterator[asyncio.Task]:
    """The fake servers up and the bot's start running as a task, for a test to watch it
    wait; afterwards the start is cancelled if it has not ended, and the sandbox stopped."""
    await box.home.start()
    await box.remote.start()
    starting = asyncio.create_task(box.start_bot())
    try:
        yield starting
    finally:
        if not starting.done():
            starting.cancel()
        await box.stop()


# --- a 429 at start --------------------------------------------------------------------


async def test_a_429_at_start_is_waited_out_to_its_reset_not_given_up(tmp_path):
    """A bot restarted in a loop has used up its token's 300 requests per 5 minutes: the
    server answers 429 until the window's reset. The start tried again after 1, 2, 4, 8
    and 16 s (a 429 each) and then gave up, exiting to be restarted into the same 429.
    It now waits until the reset time, asks once more, and starts."""
    from bot.clock import FakeClock

    clock = FakeClock()
    box = fast_sandbox(tmp_path, clock=clock)
    box.home.faults.rate_limit_for(240, path="/api/v1/accounts/verify_credentials")
    async with _starting(box) as starting:

        def asleep() -> bool:
            return any(d > clock.now() for d in clock.sleeping_until())

        await box.wait_until(lambda: box.home.count_429 >= 1, 30, "the bot never asked")
        for _ in range(11):  # 220 of the 240 seconds
            await box.wait_until(asleep, 30, "the start never waited")
            clock.advance(20)
            await asyncio.sleep(0)
        assert box.home.count_429 == 1 and not starting.done()
        clock.advance(25)
        await asyncio.wait_for(asyncio.shield(starting), 60)
        await box.wait_connected()
        status = box.mention("alice", "do my posts move?")
        await box.wait_reply(status)
        assert box.home.count_429 == 1


async def test_a_429_on_the_first_look_at_notifications_is_waited_out_to_its_reset(tmp_path):
    """The listener's first calls (where the cursor starts, the instance) retried a 429
    after their back-off (a second, growing to a minute) whatever the reset time said: a
    429 a try through the whole window. The listener now sleeps until the reset."""
    from bot.clock import FakeClock

    clock = FakeClock()
    box = fast_sandbox(tmp_path, clock=clock)
    box.home.faults.rate_limit_for(240, path="/api/v1/notifications")
    await box.start()
    try:
        reset = clock.timestamp() + 240
        await box.wait_until(lambda: box.home.count_429 >= 1, 30, "the bot never asked")
        await box.wait_until(
            lambda: any(abs(d.timestamp() - reset) < 2 for d in clock.sleeping_until()),
            30,
            "the listener never slept until the reset",
        )
        assert box.home.count_429 == 1 and not box.bot.health.connected
        clock.advance(245)
        await box.wait_connected()
        status = box.mention("alice", "do my posts move?")
        await box.wait_reply(status)
        assert box.home.count_429 == 1
    finally:
        await box.stop()


# The lease renewed once a day: its sleeps are not taken for the start's.
STILL = replace(FAST, lease_ttl=3 * 86400.0, lease_renew_every=86400.0)


async def _sleeps_of_a_start(box, clock, count: int) -> list[float]:
    """The first `count` waits of a start (or a listener's first look) that the server keeps
    answering 503: each read once the 503 is in and the bot sleeps (the only sleep due
    within half an hour), then the clock moved to its end."""
    waits: list[float] = []
    for _ in range(count):

        def soon() -> list:
            now = clock.now()
            return [d for d in clock.sleeping_until() if 0 < (d - now).total_seconds() < 1800]

        await box.wait_until(
            lambda: box.home.count_503 > len(waits) and soon(), 30, f"no wait after {waits}"
        )
        until = min(soon())
        waits.append(round((until - clock.now()).total_seconds(), 1))
        clock.set(until)
    return waits


async def test_a_start_the_server_keeps_failing_backs_off_and_gives_up(tmp_path):
    """The server is down at start (a 503): the start tries again after 1, 2, 4, 8, 16 and
    30 s, then gives up with one line (a start that waited forever would hide a wrong
    address or a dead server); the listener's first look, by contrast, never gives up."""
    from bot.clock import FakeClock
    from bot.startup import StartupFailure

    clock = FakeClock()
    box = Sandbox(tmp_path, clock=clock, tuning=STILL, heartbeat_interval=0.2)
    box.home.faults.unavailable_for(10_000, path="/api/v1/accounts/verify_credentials")
    async with _starting(box) as starting:
        assert await _sleeps_of_a_start(box, clock, 6) == [1, 2, 4, 8, 16, 30]
        with pytest.raises(StartupFailure, match="cannot reach"):
            await asyncio.wait_for(asyncio.shield(starting), 30)
        assert box.home.count_503 == 7


@pytest.mark.parametrize("retry_after", ["seconds", "http-date", "both"])
async def test_a_503_at_start_that_says_when_to_come_back_is_waited_for(tmp_path, retry_after):
    """A server in maintenance answers 503 with Retry-After (GoToSocial sends it in seconds
    and as an HTTP date): the start waits until then instead of spending its six tries in
    the first minute and giving up."""
    from bot.clock import FakeClock

    clock = FakeClock()
    box = Sandbox(tmp_path, clock=clock, tuning=STILL, heartbeat_interval=0.2)
    box.home.faults.unavailable_for(
        120, path="/api/v1/accounts/verify_credentials", retry_after=retry_after
    )
    async with _starting(box) as starting:
        assert await _sleeps_of_a_start(box, clock, 1) == [120]
        await asyncio.wait_for(asyncio.shield(starting), 60)
        await box.wait_connected()
        assert box.home.count_503 == 1


async def test_the_listeners_first_look_keeps_trying_while_the_server_fails(tmp_path):
    """Where the cursor starts is asked of the server before anything is heard: while
    GET /api/v1/notifications answers 503, the listener tries again every second or so
    (its reconnect back-off, at least a second, at most two here), past the start's six
    tries, and connects once the server answers."""
    from bot.clock import FakeClock

    clock = FakeClock()
    box = Sandbox(tmp_path, clock=clock, tuning=STILL, heartbeat_interval=0.2)
    box.home.faults.unavailable_for(19, path="/api/v1/notifications")
    await box.start()
    try:
        for tries in range(1, 11):  # past the start's six

            def backing_off() -> bool:
                now = clock.now()
                return any(0 < (d - now).total_seconds() <= 2 for d in clock.sleeping_until())

            await box.wait_until(
                lambda n=tries: box.home.count_503 >= n and backing_off(),
                30,
                f"try {tries}",
            )
            assert box.home.count_503 == tries and not box.bot.health.connected
            clock.advance(2)
        await box.wait_connected()
        status = box.mention("alice", "do my posts move?")
        await box.wait_reply(status)
    finally:
        await box.stop()
