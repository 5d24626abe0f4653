"""No trap: checks that fail offer a way on, the bot looks again by itself, and never says
the same words twice in a row. Through the fake servers; time is the injected clock."""

from __future__ import annotations

import itertools

import pytest
from harness import advance, fast_sandbox, member_row, step_of
from test_walkthrough import say

from bot.clock import FakeClock
from bot.text import html_to_text
from storage.db import timestamp


def words(text: str) -> str:
    """What the member reads, without the leading mention (the same for every reply)."""
    return text.removeprefix("@alice ").strip()


async def test_a_member_who_only_says_done_reaches_the_end_without_a_repeat(sandbox):
    """Nothing is ever done on either server: no alias, no move. The member gives the
    direction and the address, then says "done" at every step."""
    sandbox.remote.create_account("alice")
    said = [await say(sandbox, "alice", text) for text in ("move", "1", "alice@new.example")]
    steps = []
    for _ in range(20):
        if await step_of(sandbox) == "finished":
            break
        steps.append(await step_of(sandbox))
        said.append(await say(sandbox, "alice", "done"))
    assert await step_of(sandbox) == "finished", steps
    assert "You're done" in said[-1]
    for before, after in itertools.pairwise(said):
        assert words(before) != words(after), after
    # The alias step: the first miss explains, the second offers a way on, the third goes on.
    at_alias = [text for step, text in zip(steps, said[3:], strict=True) if step == "alias"]
    assert len(at_alias) == 3, steps
    assert "can't see the alias" in at_alias[0]
    assert "What may be in the way" in at_alias[1]
    assert all(word in at_alias[1] for word in ('"skip"', '"done"', '"later"', "typo"))
    assert "go on your word" in at_alias[2] and "Move followers" in at_alias[2]
    # It keeps looking by itself: the alias and (after "done" at the move) the move.
    rows = await sandbox.read(sandbox.bot.db.store.reminders, "alice", state="pending")
    pending = {r["kind"] for r in rows}
    assert {"recheck_alias", "recheck_moved"} <= pending


async def test_the_same_answer_twice_is_never_the_same_words(sandbox):
    sandbox.remote.create_account("alice")
    for text in ("move", "1", "alice@new.example"):
        await say(sandbox, "alice", text)
    first = await say(sandbox, "alice", "not yet")
    second = await say(sandbox, "alice", "not yet")
    third = await say(sandbox, "alice", "not yet")
    assert words(first) != words(second) != words(third)
    # Said again, other words with a way on (not the same words under "Same as ...").
    assert "No rush" not in second and '"skip"' in second


class Clocked:
    """A sandbox on the injected clock, alice at the alias step of a move away."""

    def __init__(self, tmp_path) -> None:
        self.clock = FakeClock()
        self.box = fast_sandbox(tmp_path, clock=self.clock)

    async def start(self) -> None:
        await self.box.start()
        await self.box.wait_connected()
        self.box.remote.create_account("alice")
        for text in ("move", "1", "alice@new.example", "done", "done", "requested"):
            await say(self.box, "alice", text)
        assert await step_of(self.box) == "alias"

    async def member(self) -> dict:
        """alice's row, read on the database's thread."""
        return await member_row(self.box)

    def texts(self) -> list[str]:
        """Everything the bot said to alice, on either account (after the move it writes
        to the new one, which can still read DMs)."""
        mine = self.box.bot_statuses()
        return [
            html_to_text(self.box.home.serialize_status(s, self.box.helper)["content"])
            for s in mine
            if any(m.acct in ("alice", "alice@new.example") for m in s.mentions)
        ]

    async def advance(self, **delta: float) -> None:
        await advance(self.box, self.clock, **delta)


@pytest.fixture
async def clocked(tmp_path):
    world = Clocked(tmp_path)
    await world.start()
    yield world
    await world.box.stop()


async def test_advancing_the_clock_returns_once_what_fell_due_has_fired(clocked):
    """The helper waits for the work the new time makes due, never for a real-time pause:
    straight after it, the first reminder (alice's archive, requested at the step before)
    is posted, and the worker sleeps until the next one, looked at on the new time."""
    box, store = clocked.box, clocked.box.bot.db.store
    first = await box.read(store.next_reminder_time)
    assert first is not None and first > clocked.clock.now()
    before = len(clocked.texts())
    await advance(box, clocked.clock, seconds=(first - clocked.clock.now()).total_seconds())
    fired = [r for r in await box.read(store.reminders, "alice") if r["due_at"] == timestamp(first)]
    assert fired and all(r["state"] != "pending" for r in fired), fired
    assert len(clocked.texts()) > before
    next_due = await box.read(store.next_reminder_time)
    assert box.bot.reminders.asleep_until == next_due > clocked.clock.now()


async def test_an_alias_made_late_is_seen_by_the_bots_own_recheck(clocked):
    box = clocked.box
    await say(box, "alice", "done")
    stuck = await say(box, "alice", "done")
    assert "What may be in the way" in stuck
    before = len(clocked.texts())
    await clocked.advance(minutes=31)  # the first look: still nothing, and nothing said
    assert len(clocked.texts()) == before
    assert (await clocked.member())["step"] == "alias"
    box.remote.add_alias("alice", box.home.get_account("alice"))
    await clocked.advance(hours=2)  # the second look sees it
    news = clocked.texts()[before:]  # one message (a short thread when it runs long)
    assert news and "I can now see the alias on alice@new.example" in news[0], news
    assert "Move followers" in news[-1]  # and the next step, there and then
    row = await clocked.member()
    assert row["step"] == "move" and row["alias_seen_at"]
    said = len(clocked.texts())
    await clocked.advance(days=5)  # no further looks, no further words (but nudges)
    later = clocked.texts()[said:]
    assert not any("alias" in text for text in later), later


async def test_after_skipping_on_trust_the_alias_is_announced_once_seen(clocked):
    box = clocked.box
    skipped = await say(box, "alice", "skip")
    assert "keep looking for the alias" in skipped and "Move followers" in skipped
    box.remote.add_alias("alice", box.home.get_account("alice"))
    before = len(clocked.texts())
    await clocked.advance(minutes=31)
    news = clocked.texts()[before:]
    assert len(news) == 1 and "will accept it" in news[0], news
    assert (await clocked.member())["step"] == "move"


async def test_a_move_seen_late_is_announced(clocked):
    box = clocked.box
    box.remote.add_alias("alice", box.home.get_account("alice"))
    await say(box, "alice", "done")
    moved = await say(box, "alice", "done")  # said before the server shows it
    assert "can't see the move" in moved and "look again by myself" in moved
    box.home.set_moved("alice", box.remote.get_account("alice"))
    before = len(clocked.texts())
    await clocked.advance(minutes=31)
    news = clocked.texts()[before:]
    assert any("I can now see your move" in text for text in news), news
