"""GET /metrics: the bot's figures in the Prometheus text format, via prometheus_client.

Nothing here keeps state of its own: each scrape reads the in-memory `Health` counters
and a few cheap counts from the database, and renders them through a per-scrape
registry (so several apps in one process, as in the tests, never share metrics).
Every figure is an aggregate; no handle or message text is ever a label.
"""

from __future__ import annotations

import platform
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from aiohttp import web

from bot.health import LATENCY_BUCKETS
from bot.web.state import BOT_KEY, HEALTH_KEY, Bot
from bot.web.steps import step_order

if TYPE_CHECKING:
    from prometheus_client.core import CounterMetricFamily, Metric

# prometheus_client (and importlib.metadata) are imported by the first scrape, not at start:
# a bot that nobody scrapes never loads them (bench/latency.py's peak RSS 1.0-1.3 MB lower);
# the first scrape pays for the import once (about 30 ms).

PREFIX = "movehelper"


EPOCH = datetime.fromtimestamp(0, UTC)
# Error kinds /metrics reports even at 0: a handling that failed ("dispatch"), a post that
# failed ("post"), a message given up after MAX_HANDLING_ATTEMPTS starts ("given_up") or
# after HANDLING_TIMEOUT_SECONDS ("timed_out").
ALWAYS_REPORTED_ERRORS = ("dispatch", "post", "given_up", "timed_out")


@dataclass(frozen=True)
class PostingBudget:
    """The budget of this 3-hour window as three parts that add up to the limit:
    sent + held_back + left == limit (while sent <= limit), so no two figures disagree."""

    limit: int
    sent: int  # statuses the bot posted in the current window
    left: int  # statuses it may still post (never below 0)
    held_back: int = 0  # not ours to use: the server's rate limit reports fewer left
    window_ends: datetime = EPOCH
    paused_until: datetime | None = None  # nothing may be posted before then
    paused_by: str | None = None  # "server" (its rate limit) or "budget" (STATUS_BUDGET)


async def posting_budget(bot: Bot) -> PostingBudget:
    """Statuses the bot may still post in this 3-hour window: the one place that knows where
    that figure comes from (the outbox's Budget, which also reads the server's headers)."""
    budget = bot.outbox.budget
    sent = budget.sent()
    own_left = max(0, budget.limit - sent)
    server_left = budget.server_left()
    left = own_left if server_left is None else max(0, min(own_left, server_left))
    paused_until, paused_by = None, None
    reset_at = budget.server.reset_at
    refused_until = bot.health.posting_paused_until  # the last 429's reset
    if refused_until is not None and refused_until > bot.clock.now():
        paused_until, paused_by, left = refused_until, "server", 0
    elif server_left is not None and server_left <= 0 and reset_at is not None:
        paused_until, paused_by = datetime.fromtimestamp(reset_at, UTC), "server"
    elif own_left == 0:
        paused_until, paused_by = datetime.fromtimestamp(budget.window_end(), UTC), "budget"
    return PostingBudget(
        limit=budget.limit,
        sent=sent,
        left=left,
        held_back=own_left - left,
        window_ends=datetime.fromtimestamp(budget.window_end(), UTC),
        paused_until=paused_until,
        paused_by=paused_by,
    )


@dataclass
class Snapshot:
    """Everything one scrape reports, read once so the collector itself never waits."""

    counters: dict[str, int]
    reconnects: int
    connected: bool
    mode: str
    queue_depth: int
    budget: PostingBudget | None
    members_per_step: dict[str, int] = field(default_factory=dict)
    reminders_pending: dict[str, int] = field(default_factory=dict)
    sent_by_kind: dict[str, int] = field(default_factory=dict)
    latency_buckets: list[int] = field(default_factory=lambda: [0] * (len(LATENCY_BUCKETS) + 1))
    latency_sum: float = 0.0
    oldest_queued_seconds: float = 0.0
    last_event_timestamp: float = 0.0
    schema_version: int = 0
    waiting_on_storage: int = 0


def _steps() -> list[str]:
    """Every step, so that a step nobody is on reports 0 instead of vanishing."""
    return [*step_order(), "none"]


def _reminder_kinds() -> list[str]:
    from bot.reminders import PRIORITY

    return list(PRIORITY)


def _version() -> str:
    import importlib.metadata

    try:
        return importlib.metadata.version("move-helper-bot")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"  # run from a checkout that was not installed


async def snapshot(app: web.Application) -> Snapshot:
    health = app[HEALTH_KEY]
    bot = app.get(BOT_KEY)
    shot = Snapshot(
        counters=dict(health.counters),
        reconnects=health.reconnects,
        connected=health.connected,
        mode=health.mode,
        queue_depth=0,
        budget=None,
        sent_by_kind=dict(health.sent_by_kind),
        latency_buckets=list(health.latency_buckets),
        latency_sum=health.latency_sum,
        last_event_timestamp=health.last_event_at.timestamp() if health.last_event_at else 0.0,
        waiting_on_storage=len(health.storage_waiting),
    )
    if bot is not None:
        store = bot.db.store
        now = bot.clock.now()
        shot.queue_depth = await bot.db.run(store.queue_depth)
        shot.budget = await posting_budget(bot)
        shot.members_per_step = await bot.db.run(store.members_per_step)
        shot.reminders_pending = await bot.db.run(store.reminders_pending_by_kind)
        oldest = await bot.db.run(store.oldest_waiting_since, now)
        shot.oldest_queued_seconds = max(0.0, (now - oldest).total_seconds()) if oldest else 0.0
        shot.schema_version = store.schema_version
    return shot


class SnapshotCollector:
    """A prometheus_client custom collector over one Snapshot."""

    def __init__(self, shot: Snapshot) -> None:
        self.shot = shot

    def collect(self) -> Iterator[Metric]:
        from prometheus_client.core import (
            CounterMetricFamily,
            GaugeMetricFamily,
            HistogramMetricFamily,
        )

        shot, counters = self.shot, self.shot.counters

        def counter(name: str, help_text: str, value: float) -> CounterMetricFamily:
            return CounterMetricFamily(f"{PREFIX}_{name}", help_text, value=value)

        yield counter(
            "mentions_received",
            "Mentions (public or direct) received and recorded, since the process started.",
            counters.get("notifications_received", 0),
        )
        sent = CounterMetricFamily(
            f"{PREFIX}_replies_sent",
            "Statuses the bot posted since start, by kind (reply, walkthrough, reminder, ...).",
            labels=["kind"],
        )
        for kind in sorted({"reply", "walkthrough", "reminder", *shot.sent_by_kind}):
            sent.add_metric([kind], shot.sent_by_kind.get(kind, 0))
        yield sent
        cumulative, buckets = 0, []
        for bound, count in zip(
            [*(str(b) for b in LATENCY_BUCKETS), "+Inf"], shot.latency_buckets, strict=True
        ):
            cumulative += count
            buckets.append((bound, cumulative))
        yield HistogramMetricFamily(
            f"{PREFIX}_reply_latency_seconds",
            "From a mention received to the bot's first reply to it posted, since start.",
            buckets=buckets,
            sum_value=shot.latency_sum,
        )
        yield counter(
            "reminders_sent",
            "Reminders that fired and were queued, since start.",
            counters.get("reminders_sent", 0),
        )
        yield counter(
            "rate_limited",
            "Posts the server answered with 429, since start.",
            counters.get("rate_limited", 0),
        )
        errors = CounterMetricFamily(
            f"{PREFIX}_errors", "Errors by kind, since start.", labels=["kind"]
        )
        for kind in ALWAYS_REPORTED_ERRORS:  # always present, so alerts can use rate()
            errors.add_metric([kind], counters.get(f"errors_{kind}", 0))
        for name, value in sorted(counters.items()):
            kind = name.removeprefix("errors_")
            if name.startswith("errors_") and kind not in ALWAYS_REPORTED_ERRORS:
                errors.add_metric([kind], value)
        yield errors
        yield counter(
            "stream_reconnects",
            "Times the streaming connection was lost and reopened, since start.",
            shot.reconnects,
        )
        yield GaugeMetricFamily(
            f"{PREFIX}_stream_connected",
            "1 when the notification stream is connected, 0 when polling or down.",
            value=1 if shot.connected else 0,
        )
        yield GaugeMetricFamily(
            f"{PREFIX}_queue_depth",
            "Statuses waiting to be posted (pending or being sent).",
            value=shot.queue_depth,
        )
        if shot.budget is not None:
            yield GaugeMetricFamily(
                f"{PREFIX}_budget_left",
                "Statuses the bot may still post in the current 3-hour window.",
                value=shot.budget.left,
            )
            yield GaugeMetricFamily(
                f"{PREFIX}_budget_limit",
                "Statuses the bot may post per 3-hour window (STATUS_BUDGET).",
                value=shot.budget.limit,
            )
        members = GaugeMetricFamily(
            f"{PREFIX}_members",
            "Members in a walkthrough, by step (every step, 0 when nobody is on it).",
            labels=["step"],
        )
        for step in dict.fromkeys([*_steps(), *sorted(shot.members_per_step)]):
            members.add_metric([step], shot.members_per_step.get(step, 0))
        yield members
        pending = GaugeMetricFamily(
            f"{PREFIX}_reminders_pending",
            "Reminders scheduled and not yet fired, by kind (every kind, 0 when none).",
            labels=["kind"],
        )
        for kind in dict.fromkeys([*_reminder_kinds(), *sorted(shot.reminders_pending)]):
            pending.add_metric([kind], shot.reminders_pending.get(kind, 0))
        yield pending
        yield GaugeMetricFamily(
            f"{PREFIX}_notifications_waiting_on_storage",
            "Notifications whose handling waits for the database to accept writes again "
            "(kept in the inbox and retried; 0: none).",
            value=shot.waiting_on_storage,
        )
        yield GaugeMetricFamily(
            f"{PREFIX}_oldest_queued_seconds",
            "How long the longest-waiting status that could be posted has waited (0: none).",
            value=shot.oldest_queued_seconds,
        )
        yield GaugeMetricFamily(
            f"{PREFIX}_last_event_timestamp_seconds",
            "When the last notification or stream event arrived (Unix time; 0: none yet).",
            value=shot.last_event_timestamp,
        )
        info = GaugeMetricFamily(
            f"{PREFIX}_build_info",
            "Always 1; the labels say which version runs, on which Python, at which schema.",
            labels=["version", "python", "schema"],
        )
        info.add_metric([_version(), platform.python_version(), str(shot.schema_version)], 1)
        yield info


def render(shot: Snapshot, accept: str = "") -> tuple[bytes, str]:
    """The exposition body and its content type (OpenMetrics if the scraper asks for it)."""
    from prometheus_client import CollectorRegistry
    from prometheus_client.exposition import choose_encoder

    registry = CollectorRegistry(auto_describe=False)
    registry.register(SnapshotCollector(shot))  # type: ignore[arg-type]
    encoder, content_type = choose_encoder(accept)
    return encoder(registry), content_type


async def metrics(request: web.Request) -> web.Response:
    body, content_type = render(await snapshot(request.app), request.headers.get("Accept", ""))
    response = web.Response(body=body)
    response.headers["Content-Type"] = content_type
    response.headers["Cache-Control"] = "no-store"
    return response


def add_routes(app: web.Application) -> None:
    app.router.add_get("/metrics", metrics)


def describe() -> list[dict[str, Any]]:
    """Metric names and help texts, for the docs (docs/deploy.md lists them)."""
    shot = Snapshot(counters={}, reconnects=0, connected=False, mode="", queue_depth=0, budget=None)
    shot.budget = PostingBudget(0, 0, 0)
    return [
        {"name": m.name, "type": m.type, "help": m.documentation}
        for m in SnapshotCollector(shot).collect()
    ]
