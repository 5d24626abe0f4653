"""Reminders with an injected clock: on time, exactly once, across restarts and outages."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
from harness import advance, fast_sandbox, running
from test_walkthrough_table import Remote, message

from bot.clock import FakeClock
from bot.health import Health
from bot.reminders import ReminderPlan, Reminders
from bot.walkthrough import Walkthrough
from storage import Database, Effects, Store


class World:
    """A store, the walkthrough and the reminder worker sharing one fake clock."""

    def __init__(self, path, window_hours: float = 48.0) -> None:
        self.path = path
        self.clock = FakeClock()
        self.plan = ReminderPlan(archive_window_hours=window_hours, archive_retention_days=7)
        self.open()
        self.n = 0

    def open(self) -> None:
        self.db = Database(Store.open(self.path, self.clock))
        self.reminders = self.reminder_worker()
        self.walk = Walkthrough(
            verifier=Remote(), clock=self.clock, plan=self.plan, this_server="example.social"
        )

    def reminder_worker(self, rechecker=None) -> Reminders:
        """The reminder worker on this world's store and clock, looking with `rechecker`."""
        return Reminders(
            self.db,
            clock=self.clock,
            health=Health(),
            plan=self.plan,
            this_server="example.social",
            rechecker=rechecker,
        )

    def restart(self) -> None:
        self.db.close()
        self.open()

    @property
    def store(self) -> Store:
        return self.db.store

    async def say(self, text: str) -> None:
        self.n += 1
        member = self.store.find_member("alice")
        effects = await self.walk.handle(member, message(text, self.n), "en")
        effects.notification_id = str(self.n)
        self.store.apply(effects, status_id=str(1000 + self.n))

    async def reach_archive_step(self) -> None:
        for text in ["move", "1", "alice@new.example", "done", "done"]:
            await self.say(text)
        assert self.store.member("alice")["step"] == "archive"

    def queued(self, kind_prefix: str = "") -> list[dict]:
        return [r for r in self.store.outbox_rows() if r["kind"].startswith(kind_prefix)]

    async def tick(self, **delta: float) -> int:
        self.clock.advance(**delta)
        return await self.reminders.fire_due()


@pytest.fixture
async def world(tmp_path):
    w = World(tmp_path / "bot.sqlite3")
    yield w
    w.db.close()


async def test_archive_reminders_fire_once_at_half_and_a_twelfth_left(world):
    await world.reach_archive_step()
    await world.say("requested")
    assert await world.tick(hours=23, minutes=59) == 0
    assert await world.tick(minutes=1) == 1  # 24 h: half the window
    assert [r["kind"] for r in world.queued("archive")] == ["archive_half"]
    assert await world.tick(hours=19, minutes=59) == 0
    assert await world.tick(minutes=1) == 1  # 44 h: a twelfth of the window left
    assert [r["kind"] for r in world.queued("archive")] == ["archive_half", "archive_last"]
    assert await world.tick(minutes=1) == 0  # never twice
    last = world.queued("archive_last")[0]
    assert "4 hours" in last["text"] and last["visibility"] == "direct"
    assert last["in_reply_to_id"] == world.store.member("alice")["thread_status_id"]


async def test_window_is_configurable_and_proportionate(tmp_path):
    w = World(tmp_path / "b.sqlite3", window_hours=12)
    await w.reach_archive_step()
    await w.say("requested")
    assert await w.tick(hours=6) == 1
    assert await w.tick(hours=5) == 1  # 11 h = 12 h - 1 h
    assert await w.tick(hours=1) == 1  # the window passed: one last message
    expired = w.queued("archive_expired")[0]["text"]
    assert "7 days" in expired and "Request your archive" in expired
    w.db.close()


async def test_downloaded_cancels_the_archive_reminders(world):
    await world.reach_archive_step()
    await world.say("requested")
    await world.tick(hours=24)
    await world.say("downloaded")
    assert await world.tick(hours=48) == 0 or not world.queued("archive_last")
    assert [r["kind"] for r in world.queued("archive")] == ["archive_half"]


async def test_second_request_restarts_the_window_without_duplicates(world):
    await world.reach_archive_step()
    await world.say("requested")
    world.clock.advance(hours=10)
    await world.say("back")  # back to the archive step
    await world.say("requested")
    pending = world.store.reminders("alice", state="pending")
    assert sorted(r["kind"] for r in pending if r["kind"].startswith("archive")) == [
        "archive_expired",
        "archive_half",
        "archive_last",
    ]
    assert await world.tick(hours=14) == 0  # the first window's half-way point is gone
    assert await world.tick(hours=10) >= 1
    assert len(world.queued("archive_half")) == 1


async def test_restart_between_scheduling_and_firing(world):
    await world.reach_archive_step()
    await world.say("requested")
    world.restart()
    assert await world.tick(hours=24) == 1
    world.restart()
    assert await world.tick(minutes=1) == 0
    assert len(world.queued("archive_half")) == 1


async def test_outage_sends_a_still_useful_reminder_once_and_drops_a_stale_one(world):
    await world.reach_archive_step()
    await world.say("requested")
    world.restart()
    # Down from 23 h to 30 h: the half-way reminder is still useful (before the 44 h one).
    assert await world.tick(hours=30) == 1
    assert len(world.queued("archive_half")) == 1
    # Down from 30 h to 49 h, past the deadline: "hours left" would be wrong, so that one is
    # dropped; the message for a passed window is still useful and goes once.
    world.restart()
    world.clock.advance(hours=19)
    await world.reminders.fire_due()
    assert world.queued("archive_last") == []
    assert len(world.queued("archive_expired")) == 1
    dropped = world.store.reminders("alice", state="dropped")
    assert [r["kind"] for r in dropped if r["kind"].startswith("archive")] == ["archive_last"]


@pytest.mark.parametrize(
    ("way", "address", "archive_on"),
    [
        ("1", "alice@new.example", "alice@example.social"),
        ("2", "alice@old.example", "alice@old.example"),
    ],
)
async def test_starting_over_keeps_the_archive_reminders(world, way, address, archive_on):
    """Alice requested her archive, then started the walkthrough over. The archive is still
    there on the account she requested it on (kept for that server's retention period,
    7 days by default: mastodon-facts.md 8d) and still has to be downloaded: the restart
    cancelled its reminders while archive_requested_at stayed set. They go on, and still
    name the account the archive is on, though the restart forgot both addresses."""
    for text in ["move", way, address, "done", "done", "requested"]:
        await world.say(text)
    assert world.store.member("alice")["archive_requested_at"]
    world.clock.advance(hours=1)
    await world.say("restart")
    await world.say("yes")
    member = world.store.member("alice")
    assert member["step"] == "choose_direction" and member["archive_requested_at"]
    pending = world.store.reminders("alice", state="pending")
    assert sorted(r["kind"] for r in pending) == ["archive_expired", "archive_half", "archive_last"]
    assert await world.tick(hours=23) == 1  # 24 h after the request: half the window
    half = world.queued("archive_half")[0]["text"]
    assert f"waiting on {archive_on}" in half, half
    # ARCHIVE_RETENTION_DAYS is this server's: said only of an archive requested here.
    assert ("example.social keeps only the newest archive" in half) == (way == "1"), half


async def test_nudges_stop_after_two(world):
    await world.say("move")
    await world.say("1")
    sent = 0
    for _ in range(10):
        sent += await world.tick(days=1)
    assert sent == 2
    assert [r["kind"] for r in world.queued("nudge")] == ["nudge_1", "nudge_2"]


async def test_stop_ends_nudges_and_reminders(world):
    await world.reach_archive_step()
    await world.say("requested")
    await world.say("stop")
    assert world.store.reminders("alice", state="pending") == []
    assert await world.tick(days=5) == 0


async def test_forget_me_leaves_no_reminder_rows(world):
    await world.reach_archive_step()
    await world.say("requested")
    await world.say("forget me")
    await world.say("yes")
    assert world.store.reminders("alice") == []
    assert world.store.member("alice") is None


async def test_import_reminder_goes_to_the_new_account_after_the_move(world):
    await world.reach_archive_step()
    for text in ["requested", "done", "done"]:
        await world.say(text)
    assert world.store.member("alice")["step"] == "import"
    await world.tick(hours=1)
    item = world.queued("import_after_move")[0]
    assert item["recipient"] == "alice@new.example"
    assert item["text"].startswith("@alice@new.example ")


async def test_nobot_members_get_no_unsolicited_messages(world):
    await world.say("move")
    world.store.db["members"].update("alice", {"nobot": 1})
    assert await world.tick(days=2) == 0
    assert world.queued("nudge") == []


def test_plan_times():
    plan = ReminderPlan(archive_window_hours=48)
    from bot.clock import FakeClock

    now = FakeClock().now()
    rows = {r["kind"]: r for r in plan.archive("alice", now)}
    assert rows["archive_half"]["due_at"] == (now + timedelta(hours=24)).isoformat(
        timespec="microseconds"
    )
    assert rows["archive_last"]["due_at"] == (now + timedelta(hours=44)).isoformat(
        timespec="microseconds"
    )


async def test_requested_by_dm_without_a_walkthrough_schedules_reminders(world):
    await world.say("I requested my archive")
    member = world.store.member("alice")
    assert member["step"] == "idle"
    assert sorted(r["kind"] for r in world.store.reminders("alice", state="pending")) == [
        "archive_expired",
        "archive_half",
        "archive_last",
    ]
    assert "remind you" in world.queued()[0]["text"]
    assert [await world.tick(hours=h) for h in (24, 20, 4)] == [1, 1, 1]
    assert await world.tick(days=5) == 0  # no nudges for someone not in a walkthrough


async def test_downloaded_before_requesting_is_harmless(world):
    await world.say("move")
    await world.say("1")
    await world.say("I downloaded it")
    member = world.store.member("alice")
    assert member["archive_downloaded_at"]
    assert member["step"] == "ask_new_handle"
    assert not [
        r
        for r in world.store.reminders("alice", state="pending")
        if r["kind"].startswith("archive")
    ]


async def test_reminders_arrive_in_the_members_dm_thread_through_the_fake_instance(tmp_path):
    """The real bot on an injected clock: the archive reminders at half the window (24 h),
    when a twelfth is left (44 h) and the last word when it has passed (48 h)."""

    from bot.text import html_to_text

    clock = FakeClock()
    box = fast_sandbox(tmp_path, clock=clock)
    async with running(box):
        box.remote.create_account("alice")
        for text in ["move", "1", "alice@new.example", "done", "done"]:
            status = box.dm("alice", text)
            await box.wait_reply(status)
        requested = box.dm("alice", "requested")
        await box.wait_reply(requested)
        await box.settle()
        thread_end = box.last_reply_to("alice")
        assert len(box.replies(to="alice")) == 6
        for hours in (24, 20, 4):
            await advance(box, clock, hours=hours)
        reminders = box.replies(to="alice")[6:]
        assert len(reminders) == 3
        texts = [html_to_text(r["content"]) for r in reminders]
        assert "Download your archive" in texts[0]
        assert "still waiting" in texts[1] and "last" not in texts[1].lower()
        assert "My last reminder about your archive" in texts[2]
        for reminder in reminders:
            assert reminder["visibility"] == "direct"
            assert (
                reminder["in_reply_to_id"] == requested["id"]
            )  # the member's own DM: not filtered
            assert [m["acct"] for m in reminder["mentions"]] == ["alice"]
        assert thread_end is not None
        # Replies to a private mention the member sent are not filtered on their side.
        seen = {
            n["status"]["id"]: n.get("filtered", False)
            for n in box.home.notifications_for("alice", include_filtered=True)
            if n.get("status")
        }
        assert all(seen[r["id"]] is False for r in reminders)


class Looker:
    """The walkthrough's second look, as the reminders worker calls it: it sees the alias."""

    async def recheck_outcome(self, member: dict, check: str) -> str:
        return "seen"

    async def recheck_turn(self, member: dict, check: str, outcome: str, attempt: int):
        return "Your alias is there now.", None, [], []


async def test_a_recheck_meeting_a_locked_database_is_kept_for_the_next_look(world):
    """The look itself went fine, but reading the member's reminders afterwards meets a
    locked database (another process writing). The recheck used to be dropped then, and
    the member never told; now the worker waits the disk out and fires it next time."""
    await world.reach_archive_step()
    world.store.apply(Effects(reminders=world.plan.recheck("alice", world.clock.now(), "alias")))
    reminders = world.reminder_worker(rechecker=Looker())
    store, real = world.store, world.store.reminders
    locked = [sqlite3.OperationalError("database is locked")]

    def reminders_once_locked(*args, **kwargs):
        if locked:
            raise locked.pop()
        return real(*args, **kwargs)

    store.reminders = reminders_once_locked  # type: ignore[method-assign]
    world.clock.advance(minutes=30)
    with pytest.raises(sqlite3.OperationalError):  # to the worker, which waits it out
        await reminders.fire_due()
    assert [r["state"] for r in real("alice") if r["kind"] == "recheck_alias"] == ["pending"]
    assert await reminders.fire_due() == 1
    assert [r["text"] for r in world.queued("recheck")] != []


@pytest.mark.parametrize("said", ["stop", "forget me"])
async def test_a_reminder_fired_while_the_member_says_stop_is_not_sent(world, monkeypatch, said):
    """The worker reads the member, composes the reminder, then writes it to the outbox:
    three trips to the database, between which the member's "stop" (or a confirmed "forget
    me") is handled and cancels (or deletes) the reminder. The worker's write then marked it
    sent and queued it: a reminder after "stop", or to a member forgotten a moment ago."""
    await world.reach_archive_step()
    await world.say("requested")
    world.n += 1
    member = world.store.find_member("alice")
    stop = await world.walk.handle(member, message(said, world.n), "en")
    if said == "forget me":
        world.store.apply(stop)
        world.n += 1
        member = world.store.find_member("alice")
        stop = await world.walk.handle(member, message("yes", world.n), "en")
    compose, handled = Reminders.compose, []

    def meanwhile(self, reminder, member):
        if not handled:  # the member's message, handled between the read and the write
            handled.append(world.store.apply(stop))
        return compose(self, reminder, member)

    monkeypatch.setattr(Reminders, "compose", meanwhile)
    assert await world.tick(hours=24) == 0
    assert world.queued("archive") == []
    states = {r["state"] for r in world.store.reminders("alice")}
    assert "sent" not in states and "pending" not in states


@pytest.mark.parametrize("said", ["stop", "forget me"])
async def test_a_recheck_seeing_nothing_while_the_member_leaves_schedules_no_more(
    world, monkeypatch, said
):
    """The bot's own look at the alias sees nothing yet, and would look again later. While
    it looks (network time), alice's "stop" (or a confirmed "forget me") is handled. The
    next look used to be written all the same: a recheck row for a member who said stop,
    or naming one just forgotten."""
    from bot.verify import NOT_FOUND

    await world.reach_archive_step()
    world.store.apply(Effects(reminders=world.plan.recheck("alice", world.clock.now(), "alias")))
    world.walk.verifier = Remote(alias=NOT_FOUND)
    reminders = world.reminder_worker(rechecker=world.walk)
    leave = [said] if said == "stop" else [said, "yes"]
    turn, handled = world.walk.recheck_turn, []

    async def meanwhile(member, check, outcome, attempt):
        while leave:  # the member's messages, handled during the look
            world.n += 1
            effects = await world.walk.handle(
                world.store.find_member("alice"), message(leave.pop(0), world.n), "en"
            )
            handled.append(world.store.apply(effects))
        return await turn(member, check, outcome, attempt)

    monkeypatch.setattr(world.walk, "recheck_turn", meanwhile)
    world.clock.advance(minutes=30)
    assert await reminders.fire_due() == 0
    assert handled and all(handled)
    left = [r for r in world.store.reminders("alice") if r["kind"].startswith("recheck")]
    assert [r for r in left if r["state"] == "pending"] == []
    if said == "forget me":
        assert left == []
