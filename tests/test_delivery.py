"""Delivery: every reply reaches the member, within the server's rules, however it behaves.

Visibility values Mastodon never sends, 429 windows that last until their reset time,
the posting budget across `forget`, length rejections from servers that count raw
characters, deleted and edited mentions, and sending several statuses at once.
"""

from __future__ import annotations

import asyncio
import itertools
from datetime import UTC, datetime, timedelta

import pytest
from harness import fast_sandbox, running

from bot.budget import Budget
from bot.clock import FakeClock, fake_start
from bot.sandbox import HANG, NEEDED_ONLY, Sandbox

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


async def paused_and_asleep(box: Sandbox, clock: FakeClock, before=None):
    """Until the bot has taken a 429 in (a new pause) and its outbox sleeps until the pause
    ends, or until its budget's 3-hour window ends if that comes first (it looks again
    then, and sleeps on): the fake counts the 429 before the bot has read it, and a clock
    moved in between would shift the bot's deadline. Returns the end of the pause."""
    health, budget = box.bot.health, box.bot.outbox.budget

    def asleep() -> bool:
        until = health.posting_paused_until
        if until is None or until == before:
            return False
        wakes = min(until, datetime.fromtimestamp(budget.window_end(), UTC))
        return any(abs((d - wakes).total_seconds()) < 1 for d in clock.sleeping_until())

    await box.wait_until(asleep, HANG, "the bot never slept until the end of the 429's pause")
    return health.posting_paused_until


async def first_try_failed(box: Sandbox, status: dict):
    """Until the answer to `status` has been tried once and waits to be tried again; its
    outbox rows, read afresh each call (on the database's thread: box.read(rows), or a
    condition of box.wait_until_read)."""
    store = box.bot.db.store

    def rows() -> list[dict]:
        return store.outbox_rows(source_status_id=status["id"])

    await box.wait_until_read(
        lambda: [(r["attempts"], r["state"]) for r in rows()] == [(1, "pending")],
        30,
        "no first try",
    )
    return rows


async def outbox_asleep(box: Sandbox, clock: FakeClock) -> None:
    """Until the outbox has looked at everything queued and sleeps until a moment after the
    clock's now: a post it was going to try by now has been tried (a real-time pause would
    let a slow machine assert "nothing happened" before the bot had its chance)."""
    outbox = box.bot.outbox

    def asleep() -> bool:
        until = outbox.asleep_until
        return until is not None and until > clock.now() and not outbox.sending

    await box.wait_until(asleep, HANG, "the outbox never went back to sleep")


@pytest.fixture(params=["any time", "100 s before the budget's window ends"])
async def clocked_429(request, tmp_path):
    """A clocked sandbox, at the usual start or where the server's 120 s pause outlasts the
    budget's 3-hour window (a test run at 05:58 UTC started there, before FakeClock's start
    stopped following the real time)."""
    clock = FakeClock()
    if request.param != "any time":
        end = datetime.fromtimestamp(Budget(clock).window_end(), UTC)
        clock = FakeClock(end - timedelta(seconds=100))
    box = fast_sandbox(tmp_path, clock=clock)
    async with running(box):
        yield box, clock


async def test_a_429_is_waited_out_until_its_reset_time_not_retried_before(clocked_429):
    box, clock = clocked_429
    box.home.faults.rate_limit_for(120, path="/api/v1/statuses", method="POST")
    status = box.mention("alice", "do my posts move?")
    await box.wait_until(lambda: box.home.count_429 >= 1, 10, "the bot never tried to post")
    await paused_and_asleep(box, clock)
    other = box.mention("bob", "do my lists move?")  # must wait too, not be tried meanwhile
    store = box.bot.db.store
    queued = lambda: store.outbox_rows(source_status_id=other["id"])  # noqa: E731
    await box.wait_until_read(queued, 30, "bob's answer was never queued")
    await outbox_asleep(box, clock)
    for _ in range(4):  # 100 of the 120 seconds: every post now would be another 429
        clock.advance(25)
        await outbox_asleep(box, clock)
    assert box.replies(status["id"]) == [] and box.replies(other["id"]) == []
    assert box.home.count_429 == 1
    clock.advance(21)  # past X-RateLimit-Reset
    await box.wait_reply(status)
    await box.wait_reply(other)
    assert box.home.count_429 == 1


@pytest.mark.parametrize(
    "real", ["05:58:30", "06:00:00", "00:30:00", "01:05:00", "23:59:59", "2027-01-01T00:00:00"]
)
def test_a_fake_clock_starts_at_the_same_place_whatever_the_real_time(real):
    """Tests on the injected clock must not depend on when they run: a fake clock made at
    any real time starts at 01:05 UTC, 65 minutes into a budget window, never later than
    the real time (Mastodon.py compares rate-limit resets with time.time())."""
    when = datetime.fromisoformat(real if "T" in real else f"2026-12-02T{real}").replace(tzinfo=UTC)
    start = fake_start(when)
    assert start <= when and when - start < timedelta(days=1)
    assert (start.hour, start.minute, start.second, start.microsecond) == (1, 5, 0, 0)
    assert start.timestamp() % Budget(FakeClock(start)).window_seconds == 65 * 60


@pytest.fixture
async def clocked_without_read_statuses(tmp_path):
    """A clocked sandbox whose token has only what the bot needs (no read:statuses)."""
    clock = FakeClock()
    box = fast_sandbox(tmp_path, clock=clock, bot_scopes=NEEDED_ONLY)
    async with running(box):
        yield box, clock


async def test_a_post_that_may_be_out_is_not_tried_again_after_its_key_expired(
    clocked_without_read_statuses,
):
    """The server created the answer but said 500 (the bot cannot know it is out), then
    answers 429 until two hours later. Mastodon forgets an Idempotency-Key after an hour:
    trying again then could post the answer a second time, and this token cannot look
    whether it is out (no read:statuses; tests/test_posted_once.py has one that can). The
    bot gives it up instead (posted at most once), and /admin shows it."""
    box, clock = clocked_without_read_statuses
    box.home.faults.fail_next_posts_after_create(1)
    status = box.mention("alice", "do my posts move?")
    store = box.bot.db.store
    rows = await first_try_failed(box, status)
    assert len(box.replies(status["id"])) == 1  # out, though the bot was told 500
    box.home.faults.rate_limit_for(7200, path="/api/v1/statuses", method="POST")
    clock.advance(5)  # the retry after the 500: a 429 until two hours from now
    await box.wait_until(lambda: box.home.count_429 >= 1, 30, "no second try")
    await outbox_asleep(box, clock)
    clock.advance(7201)
    await outbox_asleep(box, clock)
    assert len(box.replies(status["id"])) == 1
    assert (await box.read(rows))[0]["state"] == "failed"
    assert (await box.read(store.errors_by_kind)).get("post_retries_exhausted") == 1


async def test_a_429_without_a_reset_time_is_not_retried_at_once(clocked):
    box, clock = clocked
    # A proxy in front of the server limits posts for 100 s and says nothing about when.
    box.home.faults.proxy_limit_for(100, path="/api/v1/statuses", method="POST")
    status = box.mention("alice", "do my posts move?")
    await box.wait_until(lambda: box.home.count_429 >= 1, 10, "the bot never tried to post")
    first = await paused_and_asleep(box, clock)
    for _ in range(5):  # 50 s
        clock.advance(10)
        await outbox_asleep(box, clock)
    assert box.home.count_429 == 1 and box.replies(status["id"]) == []
    clock.advance(20)  # a minute after the 429: one more try, still limited
    await box.wait_until(lambda: box.home.count_429 == 2, 10, "no second try after a minute")
    await paused_and_asleep(box, clock, before=first)
    clock.advance(60)  # the second 429 in a row without a reset time waits twice as long
    await outbox_asleep(box, clock)
    assert box.home.count_429 == 2 and box.replies(status["id"]) == []
    clock.advance(60)
    await box.wait_reply(status)
    assert box.home.count_429 == 2


# --- forget: the budget keeps its send times ----------------------------------------------


async def test_forget_me_leaves_no_rows_and_the_budget_still_counts_its_posts(sandbox):
    for text in ["move", "forget me"]:
        await sandbox.wait_reply(sandbox.dm("alice", text))
        # Until the reply is recorded as sent: a post still in flight when the deletion runs
        # is wiped only once it is out (test_forget_and_secrets tests that race).
        await sandbox.settle()
    await sandbox.wait_reply(sandbox.dm("alice", "yes"))
    await sandbox.settle()
    store = sandbox.bot.db.store
    assert await sandbox.read(store.outbox_rows, recipient="alice") == []
    # The confirmation, queued after the deletion, went out and then was wiped too:
    # its row keeps only what the outbox needs, nothing it said nor whom it was for.
    (confirmation,) = await sandbox.read(store.outbox_rows, state="sent")
    assert (confirmation["text"], confirmation["recipient"]) == ("", "")
    assert confirmation["source_status_id"] is None and confirmation["in_reply_to_id"] is None
    assert "deleted everything" in sandbox.replies(to="alice")[-1]["content"]
    posted = len(sandbox.bot_statuses())
    assert posted == 3
    await sandbox.stop_bot()
    await sandbox.start_bot()
    await sandbox.wait_connected()
    await sandbox.wait_until(
        lambda: sandbox.bot.outbox.budget.sent() == posted, 3, "the budget forgot the posts"
    )


# --- length 422s: split again counting raw characters, or tell the member ------------------


def every_message(locale: str) -> list[list[str]]:
    """Every answer (each a thread) and every walkthrough, reminder and notice message of a
    locale, composed for a member with a 30-character handle on a long domain."""
    from test_answers import HANDLE_30, every_understanding
    from test_locales import render_all

    from bot.answers import compose_answer

    threads = [
        compose_answer(understanding, locale=locale, mention=HANDLE_30)
        for understanding in every_understanding()
    ]
    threads += [[f"{HANDLE_30} {text}"] for _, _, text in render_all(locale)]
    return threads


def refused(fake, text: str) -> bool:
    from bot.fake.server import ValidationError

    try:
        fake.validate_status(text)
    except ValidationError:
        return True
    return False


def delivered_thread(rows: dict[str, dict], key: str) -> list[dict]:
    """The sent rows of one reply thread, first to last, following re-split parts
    (`rows`: every outbox row by idempotency key)."""
    current = next(
        r for k, r in rows.items() if k.split("/r")[0] == f"{key}:0" and r["after_key"] is None
    )
    chain = [current]
    while True:
        following = [r for r in rows.values() if r["after_key"] == current["idempotency_key"]]
        if not following:
            return chain
        (current,) = following
        chain.append(current)


async def test_raw_counting_server_gets_every_message_in_every_language(tmp_path):
    from test_answers import HANDLE_30

    import replies
    from storage import OutboxItem, Priority

    box = fast_sandbox(tmp_path, config_overrides={"status_budget": 100000})
    box.home.raw_length = True
    async with running(box):
        recipient = HANDLE_30[1:]
        # Every status the server refuses as composed is sent once, in the first thread it
        # appears in (answers repeat across threads: this keeps the test fast).
        threads: dict[str, list[str]] = {}
        covered: set[str] = set()
        for locale in replies.locales():
            for number, thread in enumerate(every_message(locale)):
                new = {status for status in thread if refused(box.home, status)} - covered
                if new:
                    threads[f"{locale}{number}"] = thread
                    covered |= new
        # The server refuses dozens of them as they are composed (German and French most).
        assert len(covered) >= 20, len(covered)
        items = []
        for key, thread in threads.items():
            for index, text in enumerate(thread):
                items.append(
                    OutboxItem(
                        idempotency_key=f"{key}:{index}",
                        text=text,
                        visibility="direct",
                        recipient=recipient,
                        after_key=f"{key}:{index - 1}" if index else None,
                        priority=Priority.WALKTHROUGH,
                    )
                )
        store = box.bot.db.store
        await box.bot.db.run(store.enqueue, *items)
        box.bot.outbox.wake()
        # A count, not the rows: reading every row each 10 ms took the bot's loop from it.
        await box.wait_until_read(lambda: store.queue_depth() == 0, 60, "the queue did not drain")
        await box.settle()
        assert await box.read(store.outbox_rows, state="failed") == []
        assert await box.read(store.outbox_rows, kind="undeliverable") == []
        rows = {r["idempotency_key"]: r for r in await box.read(store.outbox_rows)}
        for key, thread in threads.items():
            chain = delivered_thread(rows, key)
            assert all(row["state"] == "sent" for row in chain), key
            # The member reads the whole text, in order, each part replying to the one before.
            said = " ".join(row["text"].removeprefix(HANDLE_30) for row in chain)
            meant = " ".join(text.removeprefix(HANDLE_30) for text in thread)
            assert said.split() == meant.split(), key
            for before, after in itertools.pairwise(chain):
                posted = box.home.status_record(after["sent_status_id"])
                assert posted.in_reply_to_id == before["sent_status_id"]
                assert len(posted.text) <= box.home.max_characters


async def test_a_length_422_naming_the_limit_is_split_to_that_limit(sandbox):
    sandbox.home.max_characters = 200  # the server allows less than its instance info said
    status = sandbox.mention("alice", "do my posts move? and my followers? and my lists?")
    replies = await sandbox.wait_reply(status, count=2)
    await sandbox.settle()
    replies = sandbox.replies(status["id"])
    assert len(replies) >= 2
    assert await sandbox.read(sandbox.bot.db.store.outbox_rows, state="failed") == []


async def test_an_answer_that_cannot_be_posted_is_reported_to_member_and_admin(tmp_path):
    import aiohttp

    token = "a-long-enough-admin-token-for-tests"
    box = fast_sandbox(tmp_path, config_overrides={"admin_token": token})
    async with running(box):
        box.home.faults.too_long_next(2)  # the answer, then its shorter re-split, refused
        status = box.mention("alice", "Ziehen meine Beiträge mit um?", language="de")
        (reply,) = await box.wait_reply(status)
        await box.settle()
        assert "docs.joinmastodon.org/user/moving" in reply["content"]
        assert "Umzug" in reply["content"] and reply["visibility"] == "unlisted"
        assert len(box.replies(status["id"])) == 1
        headers = {"Authorization": f"Bearer {token}"}
        async with (
            aiohttp.ClientSession() as http,
            http.get(f"{box.url}/admin", headers=headers) as response,
        ):
            page = await response.text()
        assert "undeliverable" in page and "too long" in page
        assert "alice" not in page


# --- a status the server will not take: given up, told, shown, never tried forever ---------


def _undeliverable_logged(caplog) -> list[tuple[str, str, str]]:
    return [
        (r.levelname, r.why, r.kind)
        for r in caplog.records
        if r.getMessage() == "outbox.undeliverable"
    ]


async def test_an_answer_the_server_refuses_is_given_up_and_the_member_told(sandbox, caplog):
    """A 4xx that is not a 429 or a length (a validation error, say) will be refused again:
    the answer is not tried again; alice gets a short notice in her language instead, and
    the admin sees it on /admin's list and in the log at WARNING."""
    caplog.set_level("INFO")
    sandbox.home.faults.refuse_next_posts(1)  # 422 "Validation failed: ..."
    status = sandbox.mention("alice", "Ziehen meine Beiträge mit um?", language="de")
    (notice,) = await sandbox.wait_reply(status)
    await sandbox.settle()
    assert "Dein Server hat meine Nachricht an dich abgelehnt" in notice["content"]
    assert "docs.joinmastodon.org/user/moving" in notice["content"]
    assert notice["visibility"] == "unlisted" and sandbox.replies(status["id"]) == [notice]
    store = sandbox.bot.db.store
    answer, told = await sandbox.read(store.outbox_rows, source_status_id=status["id"])
    assert (answer["state"], answer["attempts"]) == ("failed", 1)
    assert (told["kind"], told["state"]) == ("undeliverable", "sent")
    assert sandbox.home.posts_attempted == 2  # the answer once, the notice once
    (error,) = [e for e in await sandbox.read(store.recent_errors) if e["kind"] == "post_422"]
    assert "was refused by the server; the member was told" in error["detail"]
    assert "Validation failed" in error["detail"]
    assert _undeliverable_logged(caplog) == [("WARNING", "refused", "reply")]


async def test_a_reply_the_server_fails_for_a_day_is_given_up_and_the_member_told(clocked, caplog):
    """The server answers 503 to every post. The reply is tried again with back-off (never
    in a hot loop: the outbox sleeps between tries) for a day, then given up: the admin sees
    it on /admin's list and in the log at WARNING, and alice gets a short notice once the
    server takes posts again, in place of an answer a day late."""
    box, clock = clocked
    caplog.set_level("INFO")
    box.home.faults.fail_next_posts(10_000, status=503)
    status = box.mention("alice", "do my posts move?")
    store = box.bot.db.store
    rows = await first_try_failed(box, status)
    failing_since = (await box.read(rows))[0]["failing_since"]
    assert failing_since is not None
    await outbox_asleep(box, clock)
    clock.advance(hours=23)  # tried again (it looks first: the key's hour is over), not given up
    await box.wait_until_read(lambda: rows()[0]["attempts"] == 2, 30, "no try at 23 hours")
    await outbox_asleep(box, clock)
    assert [r["state"] for r in await box.read(rows)] == ["pending"]
    # A look that found nothing keeps it.
    assert (await box.read(rows))[0]["failing_since"] == failing_since
    tries = box.home.posts_attempted
    clock.advance(hours=1, minutes=1)  # a day of failures: given up at its next try
    await box.wait_until_read(
        lambda: rows()[0]["state"] == "failed", 30, "not given up after a day"
    )
    await outbox_asleep(box, clock)
    assert box.home.posts_attempted <= tries + 2  # that try, and the notice's first
    (error,) = [e for e in await box.read(store.recent_errors) if e["kind"] == "post_expired"]
    assert (
        "failed for over a day (timeouts or server errors); the member was told"
        in (error["detail"])
    )
    assert _undeliverable_logged(caplog) == [("WARNING", "expired", "reply")]
    assert box.replies(status["id"]) == []
    box.home.faults.reset()  # the server takes posts again
    clock.advance(minutes=10)
    (notice,) = await box.wait_reply(status)
    assert "did not take my message to you for over a day" in notice["content"]
    assert "ask me again" in notice["content"]
    await outbox_asleep(box, clock)
    assert len(box.replies(status["id"])) == 1


# --- flood control that spares conversations ----------------------------------------------


def posted_at(status: dict) -> float:
    from bot.clock import parse_time

    return parse_time(status["created_at"]).timestamp()


def hhmm(epoch: float) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(epoch, UTC).strftime("%H:%M UTC")


QUESTIONS = [
    "do my posts move?",
    "do my followers move?",
    "do my lists move?",
    "do my bookmarks move?",
    "do my mutes move?",
    "do my blocks move?",
    "do my favourites move?",
    "do my DMs move?",
    "does my profile move?",
]


async def test_walkthrough_at_own_pace_with_public_questions_is_never_silenced(sandbox):
    from bot.guardrails import Limits

    home, remote = sandbox.home, sandbox.remote
    remote.create_account("alice")
    sandbox.member("alice")
    steps = ["hi! I want to move", "1", "@alice@new.example", "done", "done", "requested"]
    steps += ["ALIAS", "done", "MOVED", "done", "done", "ok", "downloaded"]
    sent: list[dict] = []
    questions = itertools.cycle(QUESTIONS)
    for step in steps:
        if step == "ALIAS":
            remote.add_alias("alice", home.get_account("alice"))
            continue
        if step == "MOVED":
            home.set_moved("alice", remote.get_account("alice"))
            continue
        # Each message waits for the answer to the one before: the member's own pace.
        for text in (step, "status"):
            sent.append(sandbox.dm("alice", text))
            await sandbox.wait_reply(sent[-1])
        sent.append(sandbox.mention("alice", next(questions)))
        await sandbox.wait_reply(sent[-1])
    await sandbox.settle()
    limits = Limits()
    dms = [s for s in sent if s["visibility"] == "direct"]
    public = [s for s in sent if s["visibility"] == "public"]
    # More of each than a flood allows, all within one flood window.
    assert len(dms) > limits.flood_direct and len(public) > limits.flood_mentions
    assert posted_at(sent[-1]) - posted_at(sent[0]) < limits.flood_window
    for status in sent:
        answer = " ".join(r["content"] for r in sandbox.replies(status["id"]))
        assert answer and "lot of messages" not in answer, status["content"]
    assert (await sandbox.read(sandbox.bot.db.store.member, "alice"))["step"] == "finished"


async def test_quick_dms_that_do_not_wait_are_a_flood_told_when_to_come_back(sandbox):
    # Written one after another without waiting for an answer.
    statuses = [sandbox.dm("bob", f"{QUESTIONS[i % 9]} ({i})", in_thread=False) for i in range(24)]
    await sandbox.wait_reply(statuses[20])
    await sandbox.settle()
    answered = [bool(sandbox.replies(s["id"])) for s in statuses]
    assert answered == [True] * 21 + [False] * 3
    (slow_down,) = sandbox.replies(statuses[20]["id"])
    assert "lot of messages" in slow_down["content"]
    assert hhmm(posted_at(statuses[20]) + 600) in slow_down["content"]


async def test_a_public_flood_is_silenced_for_ten_minutes_but_not_the_members_dms(clocked):
    box, clock = clocked
    statuses = [box.mention("carol", QUESTIONS[i]) for i in range(7)]
    # One reply each: six answers and one "slow down". Which of the seven gets it is the
    # order the bot read them in, which a loaded machine may change (stream vs. catch-up).
    replies = [reply for s in statuses for reply in await box.wait_reply(s)]
    until = hhmm(posted_at(statuses[6]) + 600)
    assert len(replies) == 7 and sum(until in r["content"] for r in replies) == 1, replies
    clock.advance(60)
    later = [box.mention("carol", "and my lists?"), box.mention("carol", "and my mutes?")]
    dm = box.dm("carol", "do my posts move?")
    await box.wait_reply(dm)  # the silence covers public mentions, not the DMs
    await box.settle()
    assert [box.replies(s["id"]) for s in later] == [[], []]
    clock.advance(541)  # ten minutes after the flood
    after = box.mention("carol", "and my bookmarks?")
    await box.wait_reply(after)


# --- deleted and edited mentions ----------------------------------------------------------


def _sees_deletes(tmp_path, clock: FakeClock) -> Sandbox:
    """A sandbox whose bot may read statuses: it learns of deletions from the stream."""
    from bot.sandbox import BOT_SCOPES

    return fast_sandbox(tmp_path, clock=clock, bot_scopes=BOT_SCOPES)


async def test_a_mention_deleted_before_its_reply_is_sent_cancels_the_reply(tmp_path):
    clock = FakeClock()
    box = _sees_deletes(tmp_path, clock)
    async with running(box):
        box.home.faults.rate_limit_for(60, path="/api/v1/statuses", method="POST")
        status = box.mention("alice", "do my posts move?")
        store = box.bot.db.store
        rows = lambda: store.outbox_rows(source_status_id=status["id"])  # noqa: E731
        await box.wait_until_read(
            lambda: box.home.count_429 and rows()[0]["state"] == "pending", 3, "never tried"
        )
        box.home.delete_status(status["id"])  # Mastodon streams `delete` to the bot
        await box.wait_until_read(
            lambda: all(r["state"] == "cancelled" for r in rows()), 3, "the reply was not cancelled"
        )
        clock.advance(61)  # past the 429 window: nothing is left to post
        await outbox_asleep(box, clock)
        await box.settle()
        assert box.home.posts_attempted == 0
        assert box.replies(status["id"]) == []


async def test_a_dm_deleted_before_its_reply_is_sent_leaves_the_step_where_it_was(tmp_path):
    """alice says "done" at the profile step, and deletes that DM while the bot's reply still
    waits (the server refuses posts for a minute). She never saw the next step: she is back
    at the profile step, with its reminders, and her DM thread is the one that still exists.
    Said again, "done" moves her on as it would have; deleting a DM she has seen the answer
    to undoes nothing."""
    from test_walkthrough import say

    clock = FakeClock()
    box = _sees_deletes(tmp_path, clock)
    async with running(box):
        box.remote.create_account("alice")
        for said in ("move", "1", "alice@new.example"):
            await say(box, "alice", said)
        store = box.bot.db.store
        before = await box.read(store.member, "alice")
        assert before["step"] == "profile"
        nudges = lambda: sorted(  # noqa: E731
            (r["kind"], r["due_at"], r["context"]) for r in store.reminders("alice", "pending")
        )
        nudged = await box.read(nudges)
        assert nudged  # the profile step's
        box.home.faults.rate_limit_for(60, path="/api/v1/statuses", method="POST")
        status = box.dm("alice", "done")
        rows = lambda: store.outbox_rows(source_status_id=status["id"])  # noqa: E731
        await box.wait_until_read(
            lambda: box.home.count_429 and rows() and rows()[0]["state"] == "pending",
            60,
            "never tried",
        )
        # What the DM did, for now.
        assert (await box.read(store.member, "alice"))["step"] == "export"
        box.home.delete_status(status["id"])
        await box.wait_until_read(
            lambda: all(r["state"] == "cancelled" for r in rows()), 60, "not cancelled"
        )
        # Read on the database's thread, after the transaction that cancelled the rows: the
        # test's own reads share the bot's connection, and saw the rows cancelled before the
        # same transaction had put the step back (a loaded machine paused it in between).
        after = await box.read(store.member, "alice")
        assert after["step"] == "profile"
        assert after["thread_status_id"] == before["thread_status_id"]
        assert await box.read(nudges) == nudged
        clock.advance(61)  # past the 429 window
        await outbox_asleep(box, clock)
        await box.settle()
        assert box.replies(status["id"]) == []
        again = box.dm("alice", "done")
        await box.wait_reply(again)
        await box.settle()
        assert "Step 3" in box.replies(again["id"])[0]["content"]
        # Deleted once she has seen the answer, it stays done: the answer stands.
        box.home.delete_status(again["id"])
        deleted = box.bot.dispatcher._deleted  # the stream's `delete`, once handled
        await box.wait_until(lambda: again["id"] in deleted, 60, "the delete never came")
        await box.settle()
        assert (await box.read(store.member, "alice"))["step"] == "export"


async def test_an_edited_mention_that_reaches_the_bot_again_is_not_answered_twice(sandbox):
    home = sandbox.home
    status = sandbox.mention("alice", "do my posts move?")
    await sandbox.wait_reply(status)
    home.edit_status(status["id"], "do my posts move?")  # the mention taken out...
    home.edit_status(status["id"], "@helper do my posts move? And my lists?")  # ...and back
    mentions = [
        n
        for n in home.notifications_for("helper")
        if n["type"] == "mention" and n["status"]["id"] == status["id"]
    ]
    # The edit reaches the bot as a second notification of the same status.
    assert len(mentions) == 2 and mentions[1]["status"]["edited_at"]
    store = sandbox.bot.db.store
    await sandbox.wait_until_read(
        lambda: store.is_handled(int(mentions[1]["id"])), 5, "the edit never reached the bot"
    )
    await sandbox.settle()
    assert len(sandbox.replies(status["id"])) == 1


# --- several posts in flight ---------------------------------------------------------------


async def test_a_crowd_is_answered_four_at_a_time_each_member_in_order(sandbox):
    # Posts are held at the server until every answer is queued and the outbox waits for a
    # free slot: with 50 ms posts, a loaded machine queued answers too slowly to reach four.
    home, outbox = sandbox.home, sandbox.bot.outbox
    home.post_gate = asyncio.Event()
    asked: dict[str, list[str]] = {}
    for name in [f"member{m}" for m in range(10)]:
        asked[name] = [
            sandbox.mention(name, "do my posts move?"),
            sandbox.mention(name, "do my lists move?"),
        ]
    for status in [s for pair in asked.values() for s in pair]:
        await sandbox.wait_handled(status)
    await sandbox.wait_until(
        lambda: home.posts_in_flight >= 4 and outbox.asleep_until is not None,
        60,
        "the outbox never filled its four slots",
    )
    assert home.posts_in_flight == home.posts_attempted == 4
    sending = await sandbox.read(sandbox.bot.db.store.outbox_rows, state="sending")
    assert len({row["recipient"] for row in sending}) == 4  # one at a time to each member
    home.post_gate.set()
    await sandbox.wait_until(
        lambda: all(sandbox.replies(s["id"]) for qs in asked.values() for s in qs), 60, "unanswered"
    )
    await sandbox.settle()
    assert home.max_posts_in_flight == 4
    for name, questions in asked.items():
        mine = [s for s in sandbox.bot_statuses() if any(m.username == name for m in s.mentions)]
        # The bot's statuses to each member: answer to the first question, then the second.
        assert [s.in_reply_to_id for s in mine] == [q["id"] for q in questions], name


async def test_posts_in_flight_count_against_the_budget(tmp_path):
    box = fast_sandbox(tmp_path, config_overrides={"status_budget": 20})
    box.home.post_latency = 0.05
    async with running(box):
        statuses = [box.mention(f"member{m}", "do my posts move?") for m in range(30)]
        # Until every mention is handled and the outbox sleeps with nothing in flight: what
        # is left waits for the next budget window (a count unchanged for 0.5 s of real time
        # could pass a slow machine's bot before it had posted too much).
        for status in statuses:
            await box.wait_handled(status)
        outbox = box.bot.outbox
        await box.wait_until(
            lambda: outbox.asleep_until is not None and not outbox.sending, 60, "still posting"
        )
        assert box.home.max_posts_in_flight > 1
        posted = box.bot_statuses()
        answers = [s for s in posted if "late" not in box.home.status(s.id)["content"].lower()]
        # Public answers stop when a tenth of the budget is left: 18 of 20, never more.
        assert len(posted) <= 20
        assert len(answers) <= 18


async def test_a_question_held_by_posts_in_flight_is_told_when_its_answer_comes(tmp_path):
    """Posts in flight are spent (Budget.left): with 5 of 10 statuses sent and 4 in flight,
    public answers are held until the window turns (a tenth must be left). A question asked
    then must be told so; reckoned from the statuses sent alone, the budget said its answer
    could go now, and it waited two hours without a word."""
    clock = FakeClock()
    box = fast_sandbox(tmp_path, clock=clock, config_overrides={"status_budget": 10})
    async with running(box):
        home, budget = box.home, box.bot.outbox.budget
        for m in range(5):
            await box.wait_reply(box.mention(f"early{m}", "do my posts move?"))
        await box.settle()
        assert budget.sent() == 5
        home.post_gate = asyncio.Event()  # the next four answers stay in flight
        for m in range(4):
            box.mention(f"member{m}", "do my posts move?")
        await box.wait_until(lambda: home.posts_in_flight == 4, HANG, "not four in flight")
        late = box.mention("late", "do my lists move?")
        await box.wait_handled(late)
        store = box.bot.db.store
        rows = await box.read(store.outbox_rows, source_status_id=late["id"])
        assert {row["kind"] for row in rows} >= {"late_notice"}
        home.post_gate.set()
        (notice,) = await box.wait_reply(late)
        window_end = datetime.fromtimestamp(budget.window_end(), UTC).strftime("%H:%M UTC")
        assert window_end in notice["content"]


async def test_a_window_that_turns_while_the_outbox_looks_does_not_hold_answers(tmp_path):
    """Out of budget, the outbox looks at the queue (two trips to the database) to reckon
    how long to sleep. If the 3-hour window turns during that look, the new window's budget
    is there at once: a waiting answer goes out then, not after another hour of sleep."""
    from datetime import UTC, datetime, timedelta

    window = 3 * 3600
    now = datetime.now(UTC).timestamp()
    end = datetime.fromtimestamp(now - now % window + window, UTC)  # this window's end
    clock = FakeClock(end - timedelta(minutes=10))
    # Four answers, then nothing until `end`.
    box = fast_sandbox(tmp_path, clock=clock, config_overrides={"status_budget": 4})
    async with running(box):
        statuses = [box.mention(f"member{m}", "do my posts move?") for m in range(5)]
        for status in statuses[:4]:
            await box.wait_reply(status)
        await box.wait_handled(statuses[4])
        outbox = box.bot.outbox
        await box.wait_until(
            lambda: outbox.asleep_until is not None and not outbox.sending, 30, "still posting"
        )
        assert box.replies(statuses[4]["id"]) == []  # the budget is spent: it waits

        # The window turns while the outbox is between its two trips (its first asks for
        # the next retry of a row it may send, and nothing may be sent: priority -1).
        db, store = box.bot.db, box.bot.db.store
        run = db.run

        async def turning(fn, *args, **kwargs):
            if fn == store.next_attempt_time and kwargs.get("max_priority") == -1:
                db.run = run  # once
                clock.set(end + timedelta(seconds=1))
            return await run(fn, *args, **kwargs)

        db.run = turning
        outbox.wake()  # as a new reply queued would
        await box.wait_until(lambda: db.run == run, 10, "the outbox never looked")
        await box.wait_reply(statuses[4], timeout=10)


# --- the bot's own work per mention --------------------------------------------------------


async def test_a_mention_costs_two_database_trips_before_its_reply_is_queued(sandbox):
    db = sandbox.bot.db
    original = db.run
    trips: list[str] = []

    async def counting(fn, *args, **kwargs):
        trips.append(getattr(fn, "__name__", "?"))
        return await original(fn, *args, **kwargs)

    db.run = counting  # the database thread's door, counted
    try:
        first = sandbox.dm("alice", "do my posts move?")
        await sandbox.wait_reply(first)
        await sandbox.settle()
        trips.clear()
        # In the bot's thread, from a member it knows: the member and the thread are read
        # with the notification, in the same trip that records it.
        second = sandbox.dm("alice", "and my followers?")
        await sandbox.wait_reply(second)
        await sandbox.settle()
    finally:
        db.run = original
    handling = [
        t for t in trips if t in ("receive_with_context", "find_member", "thread_root_of", "apply")
    ]
    assert handling == ["receive_with_context", "apply"], trips
