"""When the server is closing: a campaign that reaches every member in time, within the budget.

The admin starts it with the close date (`python -m bot campaign start --closes 2027-02-28`).
It finds the audience (members who talked to the bot, the bot's followers here, every
active local account through the admin API when the token may), skips whom it must
(bots, suspended or disabled accounts, #nobot profiles, members who said stop; accounts
that already moved count as moved), and sends each reachable member one DM per wave.

The plan fits the posting budget: a wave's DMs use at most `share` of each 3-hour window
of STATUS_BUDGET statuses, and go through the outbox at nudge priority, so replies and
the walkthrough always keep the rest. When a wave cannot reach everyone before its
deadline, the plan says so, the most urgent go first (members mid-walkthrough, then the
most recently active), and the admin is told what else reaches everyone.

This module holds the plan (pure arithmetic, printed by `campaign start`/`status`), the
audience rules, the message, and the worker that runs inside `python -m bot run`.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

WINDOW_SECONDS = 3 * 3600
DEFAULT_SHARE = 0.5
DEFAULT_WAVE_DAYS = (30, 7, 2)
SOURCES = ("talked", "followers", "local")
# A wave closer than this to the previous one adds little but a second DM in a row.
MIN_WAVE_GAP = timedelta(days=1)
# Mastodon allows 300 API requests per 5 minutes per token; one post is one request, so the
# outbox posts at most about one status a second.
SECONDS_PER_STATUS = 1.0
# Where the admin finds the server-wide tools, in Mastodon's own words (en.yml keys
# admin.title and admin.announcements.title, menu from config/navigation.rb).
ANNOUNCEMENTS_PATH = "Administration → Announcements"
OTHER_WAYS = (
    f"To reach everyone, also post a server announcement ({ANNOUNCEMENTS_PATH}; every "
    "member sees it in the web interface and apps) and send an email to all users; both "
    "can link the campaign's pinned public status."
)


# == the plan ==============================================================================


@dataclass(frozen=True)
class Pace:
    """How fast a wave may go: a share of each budget window, about a status a second."""

    limit: int = 300
    share: float = DEFAULT_SHARE
    window_seconds: int = WINDOW_SECONDS
    seconds_per_status: float = SECONDS_PER_STATUS

    @property
    def per_window(self) -> int:
        return max(1, math.floor(self.limit * self.share))

    def window_start(self, when: datetime) -> datetime:
        stamp = when.timestamp()
        return datetime.fromtimestamp(stamp - stamp % self.window_seconds, UTC)


@dataclass(frozen=True)
class WavePlan:
    number: int
    starts_at: datetime
    deadline: datetime
    statuses: int
    reached_by_deadline: int
    completes_at: datetime | None
    windows: int

    @property
    def in_time(self) -> bool:
        return self.completes_at is not None

    def as_dict(self) -> dict[str, Any]:
        return {
            "wave": self.number,
            "starts_at": self.starts_at.isoformat(timespec="seconds"),
            "deadline": self.deadline.isoformat(timespec="seconds"),
            "statuses": self.statuses,
            "reached_by_deadline": self.reached_by_deadline,
            "completes_at": self.completes_at.isoformat(timespec="seconds")
            if self.completes_at
            else None,
            "windows": self.windows,
        }


def plan_wave(
    number: int,
    starts_at: datetime,
    deadline: datetime,
    statuses: int,
    pace: Pace,
    *,
    used_in_first_window: int = 0,
) -> WavePlan:
    """Walk the budget windows from the wave's start: each takes what is left of its share
    (the first one less what the campaign already sent in it), at the outbox's speed."""
    when, remaining, reached, windows = starts_at, statuses, 0, 0
    completes: datetime | None = starts_at if statuses == 0 else None
    first = True
    while remaining > 0 and when < deadline:
        window_end = pace.window_start(when) + timedelta(seconds=pace.window_seconds)
        allowed = pace.per_window - (used_in_first_window if first else 0)
        first = False
        seconds = (min(window_end, deadline) - when).total_seconds()
        batch = min(remaining, max(0, allowed), int(seconds / pace.seconds_per_status))
        if batch > 0:
            windows += 1
            remaining -= batch
            reached += batch
            if remaining == 0:
                completes = when + timedelta(seconds=batch * pace.seconds_per_status)
        when = window_end
    return WavePlan(number, starts_at, deadline, statuses, reached, completes, windows)


def plan_campaign(
    waves: Sequence[datetime], closes_at: datetime, statuses: int, pace: Pace
) -> list[WavePlan]:
    """One plan per wave, each due before the next wave starts (the last before the close)."""
    deadlines = [*waves[1:], closes_at]
    return [
        plan_wave(n, start, end, statuses, pace)
        for n, (start, end) in enumerate(zip(waves, deadlines, strict=True), start=1)
    ]


def default_waves(now: datetime, closes_at: datetime) -> list[datetime]:
    """At the start, then 30, 7 and 2 days before the close; fewer when the close is nearer."""
    return choose_waves(now, closes_at, ["start", *map(str, DEFAULT_WAVE_DAYS)])


def choose_waves(now: datetime, closes_at: datetime, spec: Sequence[str]) -> list[datetime]:
    """Waves from "start" and days before the close ("7") or dates ("2027-02-21");
    those in the past, after the close, or within a day of an earlier wave are dropped."""
    wanted: list[datetime] = []
    for raw in spec:
        token = raw.strip().lower()
        if not token:
            continue
        if token in ("start", "now", "0d"):
            wanted.append(now)
        elif re.fullmatch(r"\d+(\.\d+)?d?", token):
            wanted.append(closes_at - timedelta(days=float(token.rstrip("d"))))
        else:
            wanted.append(parse_day(token))
    waves: list[datetime] = []
    for when in sorted(w for w in wanted if now <= w < closes_at):
        if not waves or when - waves[-1] >= MIN_WAVE_GAP:
            waves.append(when)
    return waves


def parse_day(text: str) -> datetime:
    """A date (the server closes at its start, 00:00 UTC) or a full ISO time."""
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return datetime.combine(date.fromisoformat(text), time(0, 0), UTC)
    when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def render_plan(
    plans: Sequence[WavePlan],
    *,
    audience: dict[str, int],
    pace: Pace,
    closes_at: datetime,
) -> str:
    """What `campaign start` and `campaign status` print: who, how many, when each wave is done."""
    lines = [
        f"Closing: {closes_at:%Y-%m-%d %H:%M} UTC.",
        f"Audience: {audience.get('audience', 0)} accounts found; "
        f"{audience.get('reachable', 0)} reachable by DM, "
        f"{audience.get('moved', 0)} already moved, "
        f"{audience.get('cannot_be_reached', 0)} cannot be reached (#nobot, said stop), "
        f"{audience.get('excluded', 0)} excluded (bots, suspended, disabled).",
        f"Budget: at most {pace.per_window} campaign DMs per 3-hour window "
        f"({pace.share:.0%} of {pace.limit}); the rest stays for replies and walkthroughs.",
    ]
    late = []
    for plan in plans:
        head = (
            f"Wave {plan.number}: starts {plan.starts_at:%Y-%m-%d %H:%M}, "
            f"{plan.statuses} statuses, "
        )
        if plan.in_time:
            assert plan.completes_at is not None
            lines.append(
                head + f"everyone reached by {plan.completes_at:%Y-%m-%d %H:%M} "
                f"({plan.windows} window{'s' if plan.windows != 1 else ''}; "
                f"due before {plan.deadline:%Y-%m-%d %H:%M})."
            )
        else:
            late.append(plan)
            lines.append(
                head + f"CANNOT reach everyone before {plan.deadline:%Y-%m-%d %H:%M}: "
                f"{plan.reached_by_deadline} of {plan.statuses} by then. Members in the "
                "middle of a walkthrough go first, then the most recently active."
            )
    if late:
        lines.append(OTHER_WAYS)
    return "\n".join(lines)


# == the audience ==========================================================================

_NOBOT = re.compile(r"#no_?bots?\b", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]+>")


def has_nobot(note: str | None) -> bool:
    """The #nobot convention (also #nobots, #no_bot) in a profile's note (HTML or text)."""
    return bool(note) and _NOBOT.search(_TAGS.sub("", note or "")) is not None


def classify(account: dict[str, Any], admin: dict[str, Any] | None = None) -> dict[str, Any]:
    """What the campaign does with one account: its skip reason (None: reachable), whether
    it has moved, its last activity. `account` is Mastodon's public Account entity; `admin`
    the Admin::Account around it when the admin API gave it (it knows `disabled`)."""
    skip = None
    if account.get("bot"):
        skip = "bot"
    elif account.get("suspended") or (admin or {}).get("suspended"):
        skip = "suspended"
    elif (admin or {}).get("disabled"):
        skip = "disabled"
    elif has_nobot(account.get("note")):
        skip = "nobot"
    last = account.get("last_status_at")  # a date ("2026-08-08") on Mastodon 3.1+
    return {
        "acct": str(account.get("acct") or account.get("username") or "").lower(),
        "account_id": str(account.get("id")) if account.get("id") else None,
        "skip": skip,
        "moved": bool(account.get("moved")),
        "last_active_at": str(last) if last else None,
        "locale": (admin or {}).get("locale") or None,
    }


def waves_of(campaign: dict[str, Any]) -> list[datetime]:
    return [datetime.fromisoformat(w) for w in json.loads(campaign["waves"] or "[]")]


def current_wave(campaign: dict[str, Any], now: datetime) -> int | None:
    """The 1-based number of the wave under way (the latest that has started), if any."""
    started = [n for n, when in enumerate(waves_of(campaign), start=1) if when <= now]
    return started[-1] if started else None
