"""The step table, walked transition by transition through the engine.

The verifier here is a small in-memory stand-in for remote servers (this file tests
the table and the engine); tests/test_walkthrough.py runs the same steps through the
fake Mastodon instance over HTTP.
"""

from __future__ import annotations

import tomllib

import pytest

from bot.clock import FakeClock
from bot.incoming import Incoming
from bot.reminders import ReminderPlan
from bot.verify import FOUND, NOT_FOUND, Actor, Lookup
from bot.walkthrough import TABLE_DIR, StepTable, Walkthrough, Words

TABLE = StepTable.load()
WORDS = tomllib.loads((TABLE_DIR / "en.toml").read_text())


class Remote:
    """Answers lookups like servers would: every account exists; alias and move as set."""

    def __init__(self, alias: str = FOUND, moved: str = FOUND) -> None:
        self.alias, self.moved_outcome = alias, moved

    async def lookup(self, handle: str, *, fresh: bool = False) -> Lookup:
        actor = Actor(
            f"https://{handle.split('@')[1]}/users/{handle.split('@')[0]}", handle, False, (), None
        )
        return Lookup(FOUND, handle, handle.split("@")[1], actor)

    async def alias_present(self, new: str, old: str) -> str:
        return self.alias

    async def moved(self, old: str, new: str) -> str:
        return self.moved_outcome


def phrase(answer: str) -> str:
    spec = WORDS["answers"].get(answer) or WORDS["commands"].get(answer)
    return (spec.get("exact") or spec.get("contains"))[0]


def message(text: str, n: int = 1) -> Incoming:
    return Incoming(
        notification_id=str(n),
        status_id=str(1000 + n),
        acct="alice",
        account_id="1",
        username="alice",
        is_bot=False,
        visibility="direct",
        language="en",
        text=text,
        spoiler_text="",
        in_reply_to_id=None,
    )


def engine(remote: Remote | None = None) -> Walkthrough:
    return Walkthrough(
        verifier=remote or Remote(),
        clock=FakeClock(),
        plan=ReminderPlan(),
        this_server="example.social",
    )


def member_at(step: str, direction: str | None) -> dict:
    return {
        "acct": "alice",
        "direction": direction,
        "step": step,
        "locale": "en",
        "new_handle": "alice@new.example" if direction == "away" else None,
        "old_handle": "alice@old.example" if direction == "here" else None,
        "paused": 0,
    }


def transitions():
    for direction, order in TABLE.order.items():
        for step_id in ["choose_direction", *order]:
            step = TABLE.steps[step_id]
            for answer, target in step.on.items():
                yield direction, step_id, answer, target


@pytest.mark.parametrize(("direction", "step_id", "answer", "target"), list(transitions()))
async def test_every_transition(direction, step_id, answer, target):
    walk = engine()
    text = "alice@elsewhere.example" if answer == "handle" else phrase(answer)
    start_direction = None if step_id == "choose_direction" else direction
    effects = await walk.handle(member_at(step_id, start_direction), message(text), "en")
    assert effects is not None and effects.outbox, "every message gets a reply"
    after = effects.member["step"]
    if target == "stay":
        expected = step_id
    elif target == "next":
        expected = TABLE.following(direction, step_id)
        if TABLE.steps[expected].skip_if == "archive_downloaded" and answer == "downloaded":
            expected = TABLE.following(direction, expected)
    else:
        expected = target
    assert after == expected
    for item in effects.outbox:
        assert item.visibility == "direct"
        assert item.text.startswith("@alice ")


@pytest.mark.parametrize("direction", ["away", "here"])
async def test_whole_path_reaches_the_summary(direction):
    walk = engine()
    member = None
    script = ["move", "1" if direction == "away" else "2", "alice@elsewhere.example"]
    script += ["done", "done", "requested", "done", "done", "done", "ok", "downloaded"]
    for n, text in enumerate(script, 1):
        effects = await walk.handle(member, message(text, n), "en")
        member = effects.member
    assert member["step"] == "finished"
    assert member["finished_at"]
    summary = effects.outbox[0].text
    assert "followers" in summary.lower()
    # The cooldown binds the account that moved: the old one, which is ours only when leaving.
    assert ("30 days" in summary) == (direction == "away")


async def test_alias_missing_blocks_the_move_step():
    walk = engine(Remote(alias=NOT_FOUND))
    effects = await walk.handle(member_at("alias", "away"), message("done"), "en")
    assert effects.member["step"] == "alias"
    assert "alias" in effects.outbox[0].text.lower()


async def test_unknown_handle_gets_a_second_try():
    class Nobody(Remote):
        async def lookup(self, handle, *, fresh=False):
            return Lookup(NOT_FOUND, handle, handle.split("@")[1])

    walk = engine(Nobody())
    effects = await walk.handle(
        member_at("ask_new_handle", "away"), message("ghost@new.example"), "en"
    )
    assert effects.member["step"] == "ask_new_handle"
    assert "couldn't find ghost@new.example" in effects.outbox[0].text


@pytest.mark.parametrize(
    ("command", "step", "expected"),
    [
        ("back", "export", "profile"),
        ("skip", "export", "archive"),
        ("restart", "move", "move"),  # asked first
    ],
)
async def test_navigation_commands(command, step, expected):
    effects = await engine().handle(member_at(step, "away"), message(command), "en")
    assert effects.member["step"] == expected


async def test_restart_is_asked_once_and_yes_starts_over():
    walk = engine()
    asked = await walk.handle(member_at("move", "away"), message("restart"), "en")
    assert asked.member["pending_confirmation"] == "restart"
    effects = await walk.handle(asked.member, message("yes"), "en")
    assert effects.member["step"] == "choose_direction"
    assert not effects.member["pending_confirmation"]


async def test_stop_pauses_and_cancels_every_reminder():
    effects = await engine().handle(member_at("export", "away"), message("stop"), "en")
    assert effects.member["paused"] == 1
    assert ("alice", None) in effects.cancel_reminders
    assert not effects.reminders


async def test_forget_me_asks_then_deletes():
    walk = engine()
    asked = await walk.handle(member_at("export", "away"), message("forget me"), "en")
    assert asked.member["pending_confirmation"] == "forget"
    assert asked.forget_member is None
    done = await walk.handle(asked.member, message("yes", 2), "en")
    assert done.forget_member == "alice"
    assert done.member is None


async def test_pasted_password_is_not_kept_and_member_is_warned():
    effects = await engine().handle(
        member_at("move", "away"), message("my password is hunter2!!", 1), "en"
    )
    assert "never send a password" in effects.outbox[0].text.lower()
    assert "hunter2" not in repr(effects)


def test_words_cover_every_answer_the_table_uses():
    words = Words.read("en")
    used = {answer for step in TABLE.steps.values() for answer in step.on if answer != "handle"}
    assert used <= set(words.groups)


async def test_back_to_the_first_question_and_start_again():
    """Found by the property test: 'move', '1', 'back', 'move' used to crash."""
    walk = engine()
    member = None
    for n, text in enumerate(["move", "1", "back", "move", "2"], 1):
        effects = await walk.handle(member, message(text, n), "en")
        member = effects.member
    assert member["step"] == "ask_old_handle" and member["direction"] == "here"
