"""The guardrails' per-member state stays bounded in a long-running bot, guards unweakened.

A closing server's campaign meets thousands of members once each: their flood windows,
bot counters and conversation turns must go once they can no longer change a verdict,
while anyone still inside a window keeps every count. Time is the injected clock.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime

import pytest

from bot.clock import FakeClock
from bot.guardrails import Guardrails, Limits, Verdict
from bot.incoming import Incoming
from storage import Database, Store

START = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
DAY = 86400.0


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def db(tmp_path, clock) -> Database:
    database = Database(Store.open(tmp_path / "bot.sqlite3", clock))
    yield database
    database.close()


_ids = iter(range(1, 10**9))


def message(
    who: str,
    clock: FakeClock,
    *,
    direct: bool = False,
    bot: bool = False,
    posted: float | None = None,
) -> Incoming:
    """A new top-level mention (no thread lookup), posted now unless `posted` says when."""
    n = str(next(_ids))
    return Incoming(
        notification_id=n,
        status_id=n,
        acct=who,
        account_id=who,
        username=who,
        is_bot=bot,
        visibility="direct" if direct else "public",
        language="en",
        text="do my posts move?",
        spoiler_text="",
        in_reply_to_id=None,
        created_at=clock.timestamp() if posted is None else posted,
    )


def members_held(guardrails: Guardrails) -> int:
    """Distinct members any per-member table still holds (the answered table is by status)."""
    held: set[str] = set()
    for name, table in vars(guardrails).items():
        if isinstance(table, dict) and name != "_answered":
            held |= {key[0] if isinstance(key, tuple) else key for key in table}
    return len(held)


async def test_ten_thousand_one_off_members_are_forgotten_once_their_windows_pass(db, clock):
    guardrails = Guardrails(db, clock, "helper")
    for i in range(10_000):
        kind = i % 4  # public, DM answered (a turn pending), a bot, a flooder's share
        incoming = message(f"member{i}", clock, direct=kind == 1, bot=kind == 2)
        assert await guardrails.check(incoming) == Verdict()
        if kind == 1:
            guardrails.replied(incoming.status_id, clock.timestamp() + 1)
    for _ in range(7):  # one flooder, silenced
        await guardrails.check(message("flooder", clock))
    assert members_held(guardrails) >= 10_000
    clock.advance(seconds=2 * DAY)
    assert await guardrails.check(message("newcomer", clock)) == Verdict()
    # The newcomer, and the DM members whose answered message still makes their next one
    # a turn (as many as the answered table keeps, which is bounded on its own).
    assert members_held(guardrails) <= 1 + 2_500


async def test_a_member_inside_the_window_keeps_their_flood_count_across_a_sweep(db, clock):
    guardrails = Guardrails(db, clock, "helper")
    for i in range(1_000):
        await guardrails.check(message(f"old{i}", clock))
    clock.advance(seconds=2 * DAY)
    verdicts = [await guardrails.check(message("alice", clock)) for _ in range(6)]
    assert members_held(guardrails) <= 2  # the sweep ran: the old members are gone
    clock.advance(seconds=30)
    assert verdicts == [Verdict()] * 6
    seventh = await guardrails.check(message("alice", clock))
    assert seventh.slow_down
    clock.advance(seconds=DAY / 2)  # another sweep, the silence long over but recent
    assert (await guardrails.check(message("bob", clock))) == Verdict()
    assert (await guardrails.check(message("alice", clock))) == Verdict()


@pytest.mark.parametrize(
    ("then", "bot", "after", "expected"),
    [
        (6, False, 30, Verdict(slow_down=True)),  # a 7th in the 60 s flood window
        (7, False, 500, Verdict(skip="flood: silent for a while")),  # the 600 s silence
        (3, True, 1800, Verdict(skip="bot reply cap")),  # 3 bot replies an hour
    ],
    ids=["flood window", "silence", "bot window"],
)
async def test_a_message_as_late_as_the_allowance_is_judged_as_if_nothing_were_forgotten(
    db, clock, then, bot, after, expected
):
    """A catch-up delivers a member's message `forget_after` after it was posted, sweeps
    having run every ten minutes meanwhile: what it completes still counts."""
    guardrails = Guardrails(db, clock, "helper")
    posted = clock.timestamp()
    for _ in range(then):
        await guardrails.check(message("alice", clock, bot=bot, posted=posted))
    late = posted + after
    while clock.timestamp() < late + guardrails.limits.forget_after:
        clock.advance(seconds=min(600, late + guardrails.limits.forget_after - clock.timestamp()))
        await guardrails.check(message(f"passerby{clock.timestamp()}", clock))
    verdict = await guardrails.check(message("alice", clock, bot=bot, posted=late))
    assert (verdict.skip, verdict.slow_down) == (expected.skip, expected.slow_down)


async def test_a_silenced_member_stays_silent_and_a_turn_stays_a_turn_across_sweeps(db, clock):
    guardrails = Guardrails(db, clock, "helper")
    for _ in range(7):
        await guardrails.check(message("flooder", clock))
    walker = message("walker", clock, direct=True)
    await guardrails.check(walker)
    guardrails.replied(walker.status_id, clock.timestamp() + 1)
    for minute in range(1, 9):
        clock.advance(seconds=60)
        await guardrails.check(message(f"passerby{minute}", clock))
    assert (await guardrails.check(message("flooder", clock))).skip == "flood: silent for a while"
    clock.advance(seconds=3 * DAY)
    await guardrails.check(message("passerby", clock))
    # Days later the walker answers the step: a turn, never counted, even 21 in a row.
    for _ in range(21):
        reply = message("walker", clock, direct=True)
        assert await guardrails.check(reply) == Verdict()
        guardrails.replied(reply.status_id, clock.timestamp())


async def test_an_answer_held_back_for_hours_still_makes_the_next_message_a_turn(db, clock):
    """The answer waited 20 hours behind the posting budget, sweeps running meanwhile: the
    member's reply to it is still a turn, so 20 quick DMs after it are no flood."""
    guardrails = Guardrails(db, clock, "helper")
    question = message("walker", clock, direct=True)
    await guardrails.check(question)
    for _ in range(20):
        clock.advance(seconds=3600)
        await guardrails.check(message(f"passerby{clock.timestamp()}", clock))
    guardrails.replied(question.status_id, clock.timestamp())
    clock.advance(seconds=60)
    verdicts = [await guardrails.check(message("walker", clock, direct=True)) for _ in range(21)]
    assert verdicts == [Verdict()] * 21


@pytest.mark.parametrize("seed", range(6))
async def test_verdicts_are_those_of_guardrails_that_never_forget(db, clock, seed):
    """Random bursts (floods among them), some late within the allowance, some answered,
    some from bots, hours or days apart: every verdict equals that of guardrails that keep
    all state for ever, while the sweeping ones hold fewer members."""
    rng = random.Random(seed)
    limits = Limits()
    kept = Guardrails(db, clock, "helper", Limits(forget_after=float("inf")))
    swept = Guardrails(db, clock, "helper", limits)
    seen: Counter[tuple[str | None, bool]] = Counter()
    for _ in range(400):
        clock.advance(seconds=rng.choice([5, 60, 700, 3000, 40000, 2 * DAY]))
        who, direct = f"m{rng.randrange(40)}", rng.random() < 0.4
        edge = limits.forget_after - rng.uniform(0, 700)  # as late as the allowance lets
        lateness = rng.choice([0, 0, rng.uniform(0, 90), rng.uniform(0, edge), edge])
        for _ in range(rng.choice([1, 1, 3, 8, 25])):
            clock.advance(seconds=rng.choice([0.5, 2, 9]))
            posted = clock.timestamp() - lateness - rng.uniform(0, 5)
            incoming = message(who, clock, direct=direct, bot=who.endswith("7"), posted=posted)
            verdict = await swept.check(incoming)
            assert verdict == await kept.check(incoming)
            seen[verdict.skip, verdict.slow_down] += 1
            if rng.random() < 0.4:
                at = clock.timestamp() + rng.choice([0, 1, 50])
                swept.replied(incoming.status_id, at)
                kept.replied(incoming.status_id, at)
    assert members_held(swept) < members_held(kept)
    assert seen[None, True] and seen["flood: silent for a while", False]  # floods were met


async def test_the_answered_table_keeps_its_newest_answers_in_a_plain_dict(db, clock):
    """The conversation rule needs a member's previous answer, never the order of all of
    them but for dropping the oldest: a plain dict keeps the 10,000 newest for 1.1 MB where
    an OrderedDict's links took 1.5 MB. It drops its oldest sixteenth at once."""
    guardrails = Guardrails(db, clock, "helper")
    for n in range(10_005):
        guardrails.replied(str(n), float(n))
    answered = guardrails._answered
    assert type(answered) is dict
    assert len(answered) == 10_005 - 625
    assert next(iter(answered)) == 625 and 624 not in answered and 10004 in answered


def test_a_full_answered_table_holds_mastodon_ids_as_numbers(db, clock):
    """Mastodon's status ids are 18 digits: as numbers the 10,000 newest answers take
    0.82 MB (tracemalloc), as strings they took 1.07 MB. An id that is not all digits (a
    GoToSocial ULID) or starts with a zero is kept as it came, and still found."""
    import tracemalloc

    guardrails = Guardrails(db, clock, "helper")
    tracemalloc.start()
    try:
        for n in range(10_000):  # each id a string of its own, as read from the outbox
            guardrails.replied(str(113_000_000_000_000_000 + n), float(n))
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert held < 0.9 * 2**20
    for odd in ("01HQZX3V9K8Y2N4B6C7D8E9F0G", "0123"):
        guardrails.replied(odd, 1.0)
        assert guardrails._answered[odd] == 1.0


async def test_the_answered_table_lets_an_answer_go_once_the_members_next_message_came(db, clock):
    """Only a member's previous message is looked up, so the answers to the messages before
    it are dead: 300 members talking 20 turns each leave about one answer each, not the
    6,000 (bench/latency.py --varied: 3,000 members held 10,000 answers, 0.8 MB). Each
    message after an answer is still a turn, and one checked again still finds its own."""
    guardrails = Guardrails(db, clock, "helper")
    for _ in range(20):
        for i in range(300):
            incoming = message(f"member{i}", clock, direct=True)
            assert await guardrails.check(incoming) == Verdict()
            guardrails.replied(incoming.status_id, clock.timestamp())
            clock.advance(seconds=1)
    assert len(guardrails._answered) == 300
    walker = message("walker", clock, direct=True)
    await guardrails.check(walker)
    guardrails.replied(walker.status_id, clock.timestamp())
    clock.advance(seconds=1)
    assert guardrails._is_turn(walker, walker.key, clock.timestamp())  # the same one again
    for _ in range(21):  # a turn each: never counted, never a flood
        reply = message("walker", clock, direct=True)
        assert await guardrails.check(reply) == Verdict()
        guardrails.replied(reply.status_id, clock.timestamp())
        clock.advance(seconds=1)


async def test_a_member_met_once_in_public_holds_few_bytes(db, clock):
    """bench/latency.py --varied meets 3,000 members within the day the guardrails keep
    them: each one's flood window and previous message. Keyed by the member alone (public
    mentions and DMs in tables of their own) and a new window one slot long, a member
    met once holds 289 bytes (tracemalloc), where a (member, direct) key tuple and a
    window grown from empty held 384."""
    import tracemalloc

    guardrails = Guardrails(db, clock, "helper")
    incoming = [message(f"member{i}", clock) for i in range(3_000)]
    tracemalloc.start()
    try:
        for one in incoming:
            assert await guardrails.check(one) == Verdict()
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert held / 3_000 < 340
