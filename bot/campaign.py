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

import asyncio
import contextlib
import json
import logging
import math
import re
import sqlite3
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from bot.clock import Clock, wait_event
from bot.health import Health, report_worker_fault
from bot.logs import event
from bot.mastodon_api import MastodonAPI, PermanentError, RateLimited, TransientError
from storage import Database, OutboxItem, Priority
from storage.campaigns import CAMPAIGN_KIND

log = logging.getLogger(__name__)

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
    budget_note: str = "",
) -> str:
    """What `campaign start` and `campaign status` print: who, how many, when each wave is done.
    `budget_note` says whose STATUS_BUDGET the plan uses when that may surprise."""
    lines = [
        f"Closing: {closes_at:%Y-%m-%d %H:%M} UTC.",
        f"Audience: {audience.get('audience', 0)} accounts found; "
        f"{audience.get('reachable', 0)} reachable by DM, "
        f"{audience.get('moved', 0)} already moved, "
        f"{audience.get('cannot_be_reached', 0)} cannot be reached (#nobot, said stop), "
        f"{audience.get('excluded', 0)} excluded (bots, suspended, disabled).",
        f"Budget: at most {pace.per_window} campaign DMs per 3-hour window "
        f"({pace.share:.0%} of {pace.limit}{budget_note}), the pinned announcement "
        "included; the rest stays for replies and walkthroughs.",
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


# == the message ===========================================================================


def member_locale(*candidates: str | None, default: str) -> str:
    """The first of the member's known languages that the bot speaks ("pt-BR" → no)."""
    import replies

    spoken = replies.locales()
    for raw in candidates:
        code = (raw or "").split("-")[0].split("_")[0].lower()
        if code in spoken:
            return code
    return default if default in spoken else "en"


def close_date(campaign: dict[str, Any]) -> str:
    return datetime.fromisoformat(campaign["closes_at"]).strftime("%Y-%m-%d")


def compose_dm(
    campaign: dict[str, Any],
    wave: int,
    row: dict[str, Any],
    *,
    server: str,
    default_locale: str,
    max_characters: int = 500,
    url_length: int = 23,
) -> OutboxItem:
    """One DM of one wave, in the member's language: the close date, what is lost, the two
    things to do first, and "reply move". Nudge priority: replies and reminders go first."""
    import replies
    from bot.replying import fit

    acct = row["acct"]
    locale = member_locale(row.get("member_locale"), row.get("locale"), default=default_locale)
    for named in (server, None):
        body = replies.render(
            "campaign/message.j2", locale, server=named, close_date=close_date(campaign)
        )
        statuses = fit(body, f"@{acct}", max_characters, url_length=url_length)
        # A long server name (a domain runs to 253 characters) would push the last line,
        # how to answer and how to stop, into a second status the DM never sends: the DM
        # then says "this server", which a member reading their own server's bot knows.
        if len(statuses) == 1:
            break
    # A new conversation, not a reply in the member's old thread: that status may be gone,
    # and a reply to a deleted status is refused (404), which would lose the wave's DM.
    return OutboxItem(
        idempotency_key=f"camp{campaign['id']}:w{wave}:{acct}",
        text=statuses[0],
        visibility="direct",
        recipient=acct,
        priority=Priority.NUDGE,
        kind=CAMPAIGN_KIND,
        language=locale,
    )


def compose_announcement(
    campaign: dict[str, Any], *, server: str, locale: str, max_characters: int = 500
) -> OutboxItem:
    """The public status pinned on the bot's profile for the campaign's length."""
    import replies
    from bot.text import split_status

    body = replies.render(
        "campaign/announcement.j2", locale, server=server, close_date=close_date(campaign)
    )
    return OutboxItem(
        idempotency_key=f"camp{campaign['id']}:announce",
        text=split_status(body, max_characters, prefix="")[0],
        visibility="public",
        recipient="",
        priority=Priority.WALKTHROUGH,
        kind="campaign_announcement",
        language=locale,
    )


# == finding the audience (through the API) ================================================

ADMIN_ACCOUNTS = "/api/v2/admin/accounts"
TALKED_LOOKUPS = 100  # per refresh without the admin listing: a third of a request window


async def admin_access(api: MastodonAPI) -> tuple[bool, str]:
    """Whether the token may list every local account, and in words why not.

    Mastodon checks the scope (admin:read:accounts) first, then the role's Manage Users
    permission (AccountPolicy#index?); both refusals are 403s told apart by their text.
    """
    try:
        await api.request_page(ADMIN_ACCOUNTS, "admin check", [("limit", "1")])
    except PermanentError as error:
        if error.status == 403 and "scope" in str(error):
            return False, "the token lacks the admin:read:accounts scope"
        if error.status == 403:
            return False, "the bot account's role may not manage users (give it Moderator)"
        return False, f"the server answered {error.status}"
    return True, "can list every local account"


async def find_audience(
    api: MastodonAPI,
    members: Sequence[dict[str, Any]],
    reach: Sequence[str],
    *,
    me: dict[str, Any],
    now: datetime,
    known: Collection[str] = (),
) -> tuple[list[dict[str, Any]], list[str]]:
    """Every account the enabled sources give, classified, each once under the first
    source that names it; and notes for the admin (a source that could not be used, why).

    The admin listing, when allowed, is read first: it classifies members who talked to
    the bot too, so they need no lookup of their own. Without it, members not `known`
    yet are looked up, at most TALKED_LOOKUPS per call, within the request budget."""
    rows: list[dict[str, Any]] = []
    notes: list[str] = []
    own = str(me.get("acct") or "").lower()
    seen: set[str] = set()

    def add(account: dict[str, Any], source: str, admin: dict[str, Any] | None = None) -> None:
        row = classify(account, admin)
        if not row["acct"] or "@" in row["acct"] or row["acct"] == own or row["acct"] in seen:
            return  # only this server's accounts close with it; each once
        seen.add(row["acct"])
        row["source"] = source
        row["moved_at"] = iso_z(now) if row.pop("moved") else None
        rows.append(row)

    listed: dict[str, dict[str, Any]] = {}
    if "local" in reach:
        allowed, why = await admin_access(api)
        if allowed:
            params = [("origin", "local"), ("status", "active"), ("limit", "200")]
            async for page, _ in api.pages(ADMIN_ACCOUNTS, "admin accounts", params):
                for admin in page:
                    if isinstance(admin.get("account"), dict):
                        listed[str(admin["account"].get("acct") or "").lower()] = admin
        else:
            notes.append(f"every local account: not reached, {why} (python -m bot check)")
    if "talked" in reach:
        lookups = 0
        for member in members:
            acct = member["acct"]
            if acct in listed:
                add(listed[acct]["account"], "talked", listed[acct])
                continue
            if acct in known or lookups >= TALKED_LOOKUPS:
                continue
            lookups += 1
            try:
                account = await api.request(
                    "GET", "/api/v1/accounts/lookup", "campaign lookup", params={"acct": acct}
                )
            except PermanentError:
                continue  # gone from the server
            except RateLimited:
                notes.append("some members who talked to the bot are looked up later")
                break
            if isinstance(account, dict):
                add(account, "talked")
        for row in rows:  # their language, as they chose it with the bot
            chosen = next((m.get("locale") for m in members if m["acct"] == row["acct"]), None)
            row["locale"] = chosen or row["locale"]
    if "followers" in reach:
        path = f"/api/v1/accounts/{me['id']}/followers"
        async for page, _ in api.pages(path, "followers", [("limit", "80")]):
            for account in page:
                add(account, "followers")
    for admin in listed.values():
        add(admin["account"], "local", admin)
    return rows, notes


def iso_z(when: datetime) -> str:
    return when.isoformat(timespec="microseconds")


# == the worker inside `python -m bot run` =================================================

AUDIENCE_REFRESH = timedelta(hours=12)
CHECK_AGAIN_SOON = timedelta(minutes=5)  # Mastodon's request window
CHECK_AGAIN_LATER = timedelta(hours=1)
MOVED_CHECKS_PER_INTERVAL = 60  # a fifth of its 300 requests, the rest for everything else
MOVED_RECHECK_AFTER = timedelta(hours=12)
SNAPSHOT_EVERY = timedelta(hours=1)  # at most; the worker wakes at least every 12 hours
ANNOUNCEMENT_LOOK = timedelta(seconds=30)
IDLE_LOOK = 60.0  # with no campaign, look for one started from the command line this often


class CampaignRunner:
    """Runs the active campaign: announcement and pin, audience, waves within the share,
    moved checks within the request budget, hourly counts, and the stop at the close."""

    def __init__(
        self,
        db: Database,
        api: MastodonAPI,
        *,
        clock: Clock,
        pace: Pace,
        me: dict[str, Any],
        server: str,
        default_locale: str,
        max_characters: int = 500,
        url_length: int = 23,
        on_enqueued: Callable[[], None] = lambda: None,
        on_campaign: Callable[[dict[str, Any] | None], None] = lambda campaign: None,
        health: Health | None = None,
    ) -> None:
        self.health = health
        self.db, self.api, self.clock, self.pace = db, api, clock, pace
        self.me, self.server, self.default_locale = me, server, default_locale
        self.max_characters, self.url_length = max_characters, url_length
        self.on_enqueued, self.on_campaign = on_enqueued, on_campaign
        self._wake = asyncio.Event()
        self.next_wake_at: datetime | None = None
        self.sleeping = False
        self._next_check: datetime | None = None
        self._last_snapshot: datetime | None = None
        self._wave_seen: dict[int, int] = {}
        self._admin_listing = False  # moved is then read from each refresh of the listing

    def wake(self) -> None:
        self._wake.set()

    async def run(self) -> None:
        watcher = asyncio.create_task(self._watch(), name="campaign-watch")
        try:
            await self._loop()
        finally:
            watcher.cancel()

    async def _watch(self) -> None:
        """`campaign start` and `stop` run in another process: look for a change every
        minute, so a stop unpins at once even while the worker sleeps until a window ends."""
        store = self.db.store
        seen = await self.db.run(store.active_campaign)
        while True:
            await self.clock.sleep(IDLE_LOOK)
            with contextlib.suppress(sqlite3.Error):
                now = await self.db.run(store.active_campaign)
                if (now or {}).get("id") != (seen or {}).get("id"):
                    self.wake()
                seen = now

    async def _loop(self) -> None:
        limited_in_a_row = 0
        while True:
            self._wake.clear()
            try:
                seconds = await self.step()
                limited_in_a_row = 0
            except RateLimited as limited:  # wait the server's window out, then go on
                limited_in_a_row += 1
                seconds = limited.wait_seconds(self.clock.timestamp(), in_a_row=limited_in_a_row)
                event(log, logging.WARNING, "campaign.rate_limited", retry_in=round(seconds))
            except (TransientError, PermanentError, sqlite3.Error) as error:
                limited_in_a_row = 0
                event(log, logging.WARNING, "campaign.trouble", error=str(error)[:120])
                seconds = 60.0
            except Exception as error:  # a bug: logged, counted, listed; tried again later
                limited_in_a_row = 0
                await report_worker_fault(
                    "campaign", error, health=self.health, db=self.db, log=log
                )
                seconds = 60.0
            self.next_wake_at = self.clock.now() + timedelta(seconds=seconds)
            self.sleeping = True
            try:
                await wait_event(self._wake, self.clock, seconds)
            finally:
                self.sleeping = False

    async def step(self) -> float:
        """Do what is due now; return the seconds until something else will be."""
        store = self.db.store
        now = self.clock.now()
        campaign = await self.db.run(store.active_campaign)
        if campaign is None:
            self.on_campaign(None)
            latest = await self.db.run(store.campaign)
            if latest is not None and latest["pinned"] and not latest["unpinned"]:
                await self._unpin(latest)
            return IDLE_LOOK
        self.on_campaign(campaign)
        closes_at = datetime.fromisoformat(campaign["closes_at"])
        if now >= closes_at:
            await self._close(campaign, now)
            return IDLE_LOOK
        await self._announce(campaign)
        wave = current_wave(campaign, now)
        waves = waves_of(campaign)
        refreshed = campaign["audience_at"] and datetime.fromisoformat(campaign["audience_at"])
        if (
            not refreshed
            or now - refreshed >= AUDIENCE_REFRESH
            or (wave is not None and refreshed < waves[wave - 1])  # fresh for every wave
        ):
            await self._refresh_audience(campaign, now)
        more = False
        if wave is not None:
            more = await self._feed(campaign, wave, now)
        if not self._admin_listing and (self._next_check is None or now >= self._next_check):
            full = await self._check_moved(campaign, now)
            self._next_check = now + (CHECK_AGAIN_SOON if full else CHECK_AGAIN_LATER)
        if self._last_snapshot is None or now - self._last_snapshot >= SNAPSHOT_EVERY:
            counts = await self.db.run(store.campaign_counts, campaign["id"])
            await self.db.run(store.add_campaign_snapshot, campaign["id"], counts, now)
            self._last_snapshot = now
        moments = [closes_at, now + AUDIENCE_REFRESH, *[w for w in waves if w > now]]
        if not campaign["pinned"]:  # posted soon: pin it as soon as it is out
            moments.append(now + ANNOUNCEMENT_LOOK)
        if more:  # the wave goes on in the next budget window
            window = self.pace.window_start(now)
            moments.append(window + timedelta(seconds=self.pace.window_seconds))
        if not self._admin_listing and self._next_check is not None:
            moments.append(self._next_check)
        return max(0.5, (min(moments) - now).total_seconds())

    async def _feed(self, campaign: dict[str, Any], wave: int, now: datetime) -> bool:
        """Queue as many of this wave's DMs as the window's share still allows; True while
        the wave has members left for a later window."""
        store = self.db.store
        if self._wave_seen.get(campaign["id"]) != wave:
            cancelled = await self.db.run(store.cancel_earlier_waves, campaign["id"], wave)
            self._wave_seen[campaign["id"]] = wave
            event(log, logging.INFO, "campaign.wave", wave=wave, replaced_unsent=cancelled)
        pace = campaign_pace(self.pace, campaign)
        used = await self.db.run(store.campaign_outbox, campaign["id"], pace.window_start(now))
        room = pace.per_window - used["sent"] - used["waiting"]
        if room <= 0:
            return True
        rows = await self.db.run(store.due_recipients, campaign["id"], wave, room + 1)
        more = len(rows) > room
        rows = rows[:room]
        if not rows:
            return used["waiting"] > 0
        items = [
            (
                row["acct"],
                compose_dm(
                    campaign,
                    wave,
                    row,
                    server=self.server,
                    default_locale=self.default_locale,
                    max_characters=self.max_characters,
                    url_length=self.url_length,
                ),
            )
            for row in rows
        ]
        queued = await self.db.run(store.queue_campaign_dms, campaign["id"], wave, items, now)
        event(log, logging.INFO, "campaign.queued", wave=wave, dms=queued, room=room)
        if queued:
            self.on_enqueued()
        return more

    async def _announce(self, campaign: dict[str, Any]) -> None:
        """Post the public status once (through the outbox), then pin it."""
        store = self.db.store
        if campaign["announcement_key"] is None:
            item = compose_announcement(
                campaign,
                server=self.server,
                locale=self.default_locale,
                max_characters=self.max_characters,
            )
            await self.db.run(store.enqueue, item)
            await self.db.run(
                store.update_campaign, campaign["id"], announcement_key=item.idempotency_key
            )
            self.on_enqueued()
            return
        if campaign["pinned"]:
            return
        rows = await self.db.run(store.outbox_rows, idempotency_key=campaign["announcement_key"])
        if not rows or rows[0]["state"] != "sent":
            return
        status_id = rows[0]["sent_status_id"]
        try:
            await self.api.request("POST", f"/api/v1/statuses/{status_id}/pin", "pin")
        except PermanentError as error:
            event(
                log,
                logging.WARNING,
                "campaign.pin_failed",
                status=error.status,
                fix="give the token write:accounts to pin the announcement (python -m bot check)",
            )
            await self.db.run(
                store.update_campaign, campaign["id"], announcement_status_id=status_id, pinned=-1
            )
            return
        await self.db.run(
            store.update_campaign, campaign["id"], announcement_status_id=status_id, pinned=1
        )
        event(log, logging.INFO, "campaign.pinned", status_id=status_id)

    async def _unpin(self, campaign: dict[str, Any]) -> None:
        status_id = campaign["announcement_status_id"]
        try:
            await self.api.request("POST", f"/api/v1/statuses/{status_id}/unpin", "unpin")
        except PermanentError as error:
            event(log, logging.WARNING, "campaign.unpin_failed", status=error.status)
        await self.db.run(self.db.store.update_campaign, campaign["id"], unpinned=1)
        event(log, logging.INFO, "campaign.unpinned", status_id=status_id)

    async def _close(self, campaign: dict[str, Any], now: datetime) -> None:
        store = self.db.store
        counts = await self.db.run(store.campaign_counts, campaign["id"])
        await self.db.run(store.add_campaign_snapshot, campaign["id"], counts, now)
        ended = await self.db.run(
            store.end_campaign,
            campaign["id"],
            state="closed",
            reason="the close date passed",
            now=now,
        )
        if ended:
            event(
                log,
                logging.WARNING,
                "campaign.closed",
                closes_at=campaign["closes_at"],
                reached=counts["reached"],
                moved=counts["moved"],
                not_moved=counts["audience"] - counts["moved"],
            )
        if campaign["pinned"] == 1:
            await self._unpin({**campaign, "pinned": 1})

    async def _refresh_audience(self, campaign: dict[str, Any], now: datetime) -> None:
        store = self.db.store
        members = await self.db.run(store.local_members)
        known = {row["acct"] for row in await self.db.run(store.audience, campaign["id"])}
        rows, notes = await find_audience(
            self.api, members, campaign["reach"].split(","), me=self.me, now=now, known=known
        )
        self._admin_listing = "local" in campaign["reach"].split(",") and not any(
            note.startswith("every local account") for note in notes
        )
        await self.db.run(store.add_audience, campaign["id"], rows, now)
        await self.db.run(store.update_campaign, campaign["id"], audience_at=iso_z(now))
        event(log, logging.INFO, "campaign.audience", found=len(rows), notes="; ".join(notes))

    async def _check_moved(self, campaign: dict[str, Any], now: datetime) -> bool:
        """Without the admin listing (which shows every account's `moved` in a few requests):
        whether reached accounts moved, a few per request window. True when the batch was
        full (more are due soon)."""
        store = self.db.store
        due = await self.db.run(
            store.reached_unmoved,
            campaign["id"],
            now - MOVED_RECHECK_AFTER,
            MOVED_CHECKS_PER_INTERVAL,
        )
        checked: list[str] = []
        for row in due:
            if not row["account_id"]:
                continue
            try:
                account = await self.api.request(
                    "GET", f"/api/v1/accounts/{row['account_id']}", "campaign moved check"
                )
            except PermanentError:
                checked.append(row["acct"])
                continue
            if isinstance(account, dict) and account.get("moved"):
                await self.db.run(store.mark_moved, campaign["id"], row["acct"], now)
            else:
                checked.append(row["acct"])
        if checked:
            await self.db.run(store.mark_checked, campaign["id"], checked, now)
        return len(due) >= MOVED_CHECKS_PER_INTERVAL


# == what `campaign start` and `campaign status` do =========================================


class CampaignError(Exception):
    """Something the admin must change; str() says what."""


async def start_campaign(
    store: Any,
    api: MastodonAPI,
    *,
    closes_at: datetime,
    wave_spec: Sequence[str] | None,
    reach: Sequence[str],
    pace: Pace,
    now: datetime,
    budget_note: str = "",
) -> str:
    """Record the campaign, find its audience, and return the plan to print.

    The running bot picks the campaign up within a minute: it posts and pins the
    announcement and sends the waves."""
    unknown = [r for r in reach if r not in SOURCES]
    if unknown or not reach:
        raise CampaignError(f"--reach takes {','.join(SOURCES)} (got {','.join(reach) or '-'})")
    if not 0 < pace.share <= 1:
        raise CampaignError(
            f"--share is a fraction of the budget, above 0 and at most 1 (got {pace.share:g})"
        )
    if closes_at <= now:
        raise CampaignError(f"the close date {closes_at:%Y-%m-%d %H:%M} UTC has passed")
    waves = choose_waves(now, closes_at, wave_spec) if wave_spec else default_waves(now, closes_at)
    if not waves:
        raise CampaignError("no wave falls between now and the close date (see --waves)")
    me = await api.verify_credentials()
    try:
        campaign_id = store.create_campaign(
            closes_at=closes_at, waves=waves, reach=reach, share=pace.share, now=now
        )
    except ValueError as error:
        raise CampaignError(str(error)) from None
    rows, notes = await find_audience(api, store.local_members(), reach, me=me, now=now)
    store.add_audience(campaign_id, rows, now)
    store.update_campaign(campaign_id, audience_at=iso_z(now))
    text = campaign_status(store, pace, now, campaign_id, budget_note=budget_note)
    extra = "".join(f"\nNote: {note}." for note in notes)
    return f"Campaign {campaign_id} started.\n{text}{extra}"


def campaign_pace(pace: Pace, campaign: dict[str, Any]) -> Pace:
    """The pace of this campaign: its own share (`--share`) of the budget's windows."""
    return replace(pace, share=float(campaign["share"]))


def campaign_status(
    store: Any,
    pace: Pace,
    now: datetime,
    campaign_id: int | None = None,
    *,
    budget_note: str = "",
) -> str:
    """Counts, and the plan for the waves still to come (the one under way from where it is)."""
    campaign = store.campaign(campaign_id)
    if campaign is None:
        return "No campaign. Start one with: python -m bot campaign start --closes YYYY-MM-DD"
    cid = campaign["id"]
    counts = store.campaign_counts(cid)
    closes_at = datetime.fromisoformat(campaign["closes_at"])
    lines = []
    if campaign["state"] != "active":
        lines.append(
            f"Campaign {cid} {campaign['state']} at {campaign['ended_at'][:16]} UTC: "
            f"{campaign['end_reason']}."
        )
    lines.append(
        "Counts: " + ", ".join(f"{key.replace('_', ' ')} {value}" for key, value in counts.items())
    )
    if campaign["state"] == "active":
        pace = campaign_pace(pace, campaign)
        reachable = store.reachable_count(cid)
        sent_per_wave: dict[int, int] = {}
        for wave, _ in store.campaign_sent_times(cid):
            sent_per_wave[wave] = sent_per_wave.get(wave, 0) + 1
        plans = remaining_plan(store, campaign, pace, now)
        done = len(waves_of(campaign)) - len(plans)
        for number in range(1, done + 1):
            lines.append(f"Wave {number}: done, {sent_per_wave.get(number, 0)} DMs sent.")
        for plan in [p for p in plans if p.statuses == 0]:  # under way, everyone reached
            lines.append(
                f"Wave {plan.number}: everyone reachable reached, "
                f"{sent_per_wave.get(plan.number, 0)} DMs sent."
            )
        plans = [p for p in plans if p.statuses > 0]
        audience = {
            "audience": counts["audience"],
            "reachable": reachable,
            "moved": counts["moved"],
            "cannot_be_reached": counts["cannot_be_reached"],
            "excluded": counts["excluded"],
        }
        lines.append(
            render_plan(
                plans, audience=audience, pace=pace, closes_at=closes_at, budget_note=budget_note
            )
        )
        pin = {1: "pinned", -1: "NOT pinned (the token lacks write:accounts)"}.get(
            campaign["pinned"], "waiting to be posted by the running bot"
        )
        lines.append(f"Announcement: {pin}.")
    return "\n".join(lines)


def remaining_plan(
    store: Any, campaign: dict[str, Any], pace: Pace, now: datetime
) -> list[WavePlan]:
    """The plan of each wave not yet past its deadline: the one under way from where it is
    (who is left, what this window has left), the later ones for everyone reachable."""
    cid = campaign["id"]
    waves = waves_of(campaign)
    deadlines = [*waves[1:], datetime.fromisoformat(campaign["closes_at"])]
    reachable = store.reachable_count(cid)
    plans = []
    for number, (start, deadline) in enumerate(zip(waves, deadlines, strict=True), 1):
        if deadline <= now:
            continue
        if start <= now:
            left = len(store.due_recipients(cid, number, 10**9))
            used = store.campaign_outbox(cid, pace.window_start(now))
            # As the running bot counts this window: what went out in it, what waits, and
            # the announcement it has yet to queue.
            taken = used["sent"] + used["waiting"] + (campaign["announcement_key"] is None)
            plans.append(plan_wave(number, now, deadline, left, pace, used_in_first_window=taken))
        else:
            plans.append(plan_wave(number, start, deadline, reachable, pace))
    return plans


def export_rows(store: Any, server: str, campaign_id: int | None = None) -> list[list[str]]:
    """Accounts of the audience not yet moved, for the admin's own email to them."""
    campaign = store.campaign(campaign_id)
    if campaign is None:
        return []
    out = [["username", "handle", "source", "reached", "note"]]
    for row in store.not_moved(campaign["id"]):
        note = {"nobot": "#nobot in profile", "stopped": "said stop"}.get(row["skip"] or "", "")
        handle = f"{row['acct']}@{server}" if server else row["acct"]
        out.append([row["acct"], handle, row["source"], "yes" if row["reached"] else "no", note])
    return out
