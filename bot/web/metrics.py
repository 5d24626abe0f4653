"""GET /metrics: the bot's figures in the Prometheus text format, via prometheus_client.

Nothing here keeps state of its own: each scrape reads the in-memory `Health` counters
and a few cheap counts from the database, and renders them through a per-scrape
registry (so several apps in one process, as in the tests, never share metrics).
Every figure is an aggregate; no handle or message text is ever a label.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import web
from prometheus_client import CollectorRegistry
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.exposition import choose_encoder

from bot.web.state import BOT_KEY, HEALTH_KEY, Bot

PREFIX = "movehelper"


EPOCH = datetime.fromtimestamp(0, UTC)


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
    reminders_pending: int = 0


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
    )
    if bot is not None:
        store = bot.db.store
        shot.queue_depth = await bot.db.run(store.queue_depth)
        shot.budget = await posting_budget(bot)
        shot.members_per_step = await bot.db.run(store.members_per_step)
        shot.reminders_pending = await bot.db.run(store.reminders_pending)
    return shot


class SnapshotCollector:
    """A prometheus_client custom collector over one Snapshot."""

    def __init__(self, shot: Snapshot) -> None:
        self.shot = shot

    def collect(self) -> Iterator[Metric]:
        shot, counters = self.shot, self.shot.counters

        def counter(name: str, help_text: str, value: float) -> CounterMetricFamily:
            return CounterMetricFamily(f"{PREFIX}_{name}", help_text, value=value)

        yield counter(
            "mentions_received",
            "Mentions (public or direct) received and recorded, since the process started.",
            counters.get("notifications_received", 0),
        )
        yield counter(
            "replies_sent", "Statuses the bot posted, since start.", counters.get("replies_sent", 0)
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
        for kind in ("dispatch", "post"):  # always present, so alerts can use rate()
            errors.add_metric([kind], counters.get(f"errors_{kind}", 0))
        for name, value in sorted(counters.items()):
            kind = name.removeprefix("errors_")
            if name.startswith("errors_") and kind not in ("dispatch", "post"):
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
            f"{PREFIX}_members", "Members in a walkthrough, by step.", labels=["step"]
        )
        for step, count in sorted(shot.members_per_step.items()):
            members.add_metric([step], count)
        yield members
        yield GaugeMetricFamily(
            f"{PREFIX}_reminders_pending",
            "Reminders scheduled and not yet fired.",
            value=shot.reminders_pending,
        )


def render(shot: Snapshot, accept: str = "") -> tuple[bytes, str]:
    """The exposition body and its content type (OpenMetrics if the scraper asks for it)."""
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
