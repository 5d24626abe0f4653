"""The posting budget's tiers: who may still post when statuses run low."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.budget import Budget
from bot.clock import FakeClock
from bot.mastodon_api import RateLimitState
from storage import OutboxItem, Priority, Store

START = datetime(2026, 8, 8, 9, 5, tzinfo=UTC)  # five minutes into a 3-hour window


def budget_with(sent: int, server: RateLimitState | None = None) -> Budget:
    budget = Budget(FakeClock(START), limit=300, server=server or RateLimitState())
    budget.start(sent)
    return budget


def test_tiers_close_from_the_least_urgent():
    assert budget_with(0).max_priority() == Priority.NUDGE
    assert budget_with(226).max_priority() == Priority.PUBLIC_ANSWER  # 74 left: no nudges
    assert budget_with(271).max_priority() == Priority.LATE_NOTICE  # 29 left: DMs only
    assert budget_with(292).max_priority() == Priority.DEADLINE_REMINDER  # 8 left
    assert budget_with(300).max_priority() is None


def test_public_answers_are_allowed_again_by_their_own_tier_not_the_nudges():
    """74 left of 300: nudges stop (a quarter must be left), public answers still go (a
    tenth). Reckoned with the nudges' quarter, a public question was told its answer
    would be late, and that notice (more urgent) took a status from an answer queued
    before it: with a budget of 4, the fourth of five questions went unanswered."""
    budget = budget_with(226)
    assert budget.allowed_again_at(Priority.PUBLIC_ANSWER) == START.timestamp()
    assert budget.allowed_again_at(Priority.NUDGE) == budget.window_end()
    assert budget_with(271).allowed_again_at(Priority.PUBLIC_ANSWER) == budget.window_end()


def test_the_servers_headers_bind_when_tighter():
    clock_now = START.timestamp()
    server = RateLimitState(limit=300, remaining=5, reset_at=clock_now + 120)
    budget = budget_with(0, server)
    assert budget.left() == 2  # three requests are kept for the listener
    assert budget.max_priority() == Priority.DEADLINE_REMINDER
    assert budget.allowed_again_at(Priority.PUBLIC_ANSWER) == clock_now + 120


def test_stale_headers_are_ignored_and_the_window_turns():
    server = RateLimitState(limit=300, remaining=0, reset_at=START.timestamp() - 1)
    budget = budget_with(300, server)
    assert budget.max_priority() is None
    window_end = budget.window_end()
    assert budget.allowed_again_at(Priority.PUBLIC_ANSWER) == window_end
    budget.clock.advance(window_end - budget.clock.timestamp())
    assert budget.sent() == 0 and budget.max_priority() == Priority.NUDGE


def test_low_budget_means_compact_answers():
    assert not budget_with(100).is_low()
    assert budget_with(151).is_low()


def test_a_retried_record_of_a_posted_status_counts_once(tmp_path):
    """The outbox records what it posted at its next claim, several at once; when storage
    fails part-way (a locked disk), the whole list is recorded again at the next claim. A
    status already recorded must not count a second time: the budget read back at start
    would be one short for every such retry."""
    clock = FakeClock(START)
    store = Store.open(tmp_path / "bot.sqlite3", clock)
    try:
        for key in ("a", "b"):
            store.enqueue(OutboxItem(key, "a reply", "direct", key))
        ids = [store.outbox_rows(idempotency_key=key)[0]["id"] for key in ("a", "b")]
        posted = [(ids[0], "101"), (ids[1], "102")]
        store.mark_sent(*posted[0])  # the first claim recorded a, then failed on b
        store.claim_next(sent=posted)  # the next claim records both again
        budget = Budget(clock, limit=300)
        budget.start(store.sent_since(datetime.fromtimestamp(budget.window_start(), UTC)))
        assert budget.sent() == 2
    finally:
        store.close()


def test_allowed_again_at_agrees_with_max_priority_in_flight_and_server_alike():
    """The late notice's time (allowed_again_at) and what the outbox sends (max_priority)
    count the same statuses: a priority is allowed again now exactly when it may be sent."""
    now = START.timestamp()
    for sent in range(0, 301, 3):
        for in_flight in (0, 1, 4):
            for remaining in (None, 3, 20, 40, 80, 300):
                server = RateLimitState()
                if remaining is not None:
                    server = RateLimitState(limit=300, remaining=remaining, reset_at=now + 120)
                budget = budget_with(sent, server)
                budget.in_flight = in_flight
                allowed = budget.max_priority()
                for priority in Priority:
                    sendable = allowed is not None and priority <= allowed
                    again = budget.allowed_again_at(priority)
                    assert (again == now) == sendable, (sent, in_flight, remaining, priority)
