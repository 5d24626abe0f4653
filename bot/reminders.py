"""Reminders that arrive once, on time, after restarts.

A reminder is a row with a due time (and a moment after which it is no longer
useful). The worker wakes for the earliest due row, turns it into an outbox item
and marks it sent in the same transaction; the outbox key "rem<id>" makes a second
firing impossible even if two wake-ups race. Reminders that fell due while the bot
was down are sent once on start if still useful, and dropped with a log line if
their moment has passed. No in-memory timer is the source of truth.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import replies
from bot.clock import Clock, wait_event
from bot.health import Health, report_worker_fault
from bot.logs import event
from bot.replying import fit
from storage import Database, Effects, OutboxItem, Priority
from storage.db import describe_storage_error, is_transient_storage_error, timestamp

log = logging.getLogger(__name__)

ARCHIVE_KINDS = ("archive_half", "archive_last", "archive_expired")
NUDGE_KINDS = ("nudge_1", "nudge_2")
# Follower counts after the move (bot/progress.py): about 1 h, 24 h and 72 h after it.
PROGRESS_KINDS = ("progress_1h", "progress_24h", "progress_72h")
PROGRESS_AFTER = {
    "progress_1h": timedelta(hours=1),
    "progress_24h": timedelta(hours=24),
    "progress_72h": timedelta(hours=72),
}
# After a failed alias or move check the bot looks again by itself: soon, then less often,
# for about four days; it writes only when it sees what it was waiting for.
RECHECK_KINDS = ("recheck_alias", "recheck_moved")
RECHECK_AFTER = (
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=6),
    timedelta(hours=12),
    timedelta(days=1),
    timedelta(days=1),
)
# A nudge right after another reminder would be two messages for one silence.
NUDGE_QUIET_AFTER_REMINDER = timedelta(hours=12)
PRIORITY = {
    "archive_half": Priority.DEADLINE_REMINDER,
    "archive_last": Priority.DEADLINE_REMINDER,
    "archive_expired": Priority.DEADLINE_REMINDER,
    "import_after_move": Priority.WALKTHROUGH,
    "nudge_1": Priority.NUDGE,
    "nudge_2": Priority.NUDGE,
    "progress_1h": Priority.NUDGE,
    "progress_24h": Priority.NUDGE,
    "progress_72h": Priority.NUDGE,
    "recheck_alias": Priority.WALKTHROUGH,
    "recheck_moved": Priority.WALKTHROUGH,
}


@dataclass(frozen=True)
class ReminderPlan:
    """When each reminder is due and until when it is still worth sending."""

    archive_window_hours: float = 48.0
    archive_retention_days: int = 7
    nudge_after: tuple[timedelta, timedelta] = (timedelta(days=1), timedelta(days=3))
    import_after: timedelta = timedelta(hours=1)

    archive_kinds = ARCHIVE_KINDS
    nudge_kinds = NUDGE_KINDS
    progress_kinds = PROGRESS_KINDS
    recheck_kinds = RECHECK_KINDS
    # What the end of the walkthrough cancels: all but the progress reports.
    ending_kinds = (*ARCHIVE_KINDS, *NUDGE_KINDS, "import_after_move")

    def archive(
        self,
        acct: str,
        requested_at: datetime,
        *,
        on: str | None = None,
        way: str | None = None,
    ) -> list[dict[str, Any]]:
        """At half the window, when a twelfth is left, and when it has passed. `on`: the
        other account the archive was requested on (the old one, arriving here), `way`:
        the member's way then; kept with the reminders, which outlive a restart of the
        walkthrough that forgets both."""
        window = timedelta(hours=self.archive_window_hours)
        half, last, end = (
            requested_at + window / 2,
            requested_at + window * 11 / 12,
            requested_at + window,
        )
        retention = (
            timedelta(days=self.archive_retention_days)
            if self.archive_retention_days
            else window * 4
        )
        context = {"requested_at": timestamp(requested_at), "deadline": timestamp(end)}
        context |= {key: value for key, value in (("on", on), ("way", way)) if value}
        return [
            self._row(acct, "archive_half", half, last, context),
            self._row(acct, "archive_last", last, end, context),
            self._row(acct, "archive_expired", end, max(end, requested_at + retention), context),
        ]

    def archive_remaining(self, member: dict[str, Any], now: datetime) -> list[dict[str, Any]]:
        """After a pause (or a restart): the archive reminders whose moment has not passed."""
        if not member.get("archive_requested_at") or member.get("archive_downloaded_at"):
            return []
        rows = self.archive(
            member["acct"],
            datetime.fromisoformat(member["archive_requested_at"]),
            on=member.get("old_handle"),
            way=member.get("direction"),
        )
        return [row for row in rows if row["due_at"] > timestamp(now)]

    def nudges(self, acct: str, now: datetime, *, step: str) -> list[dict[str, Any]]:
        first, second = now + self.nudge_after[0], now + self.nudge_after[1]
        return [
            self._row(acct, "nudge_1", first, second, {"step": step}),
            self._row(acct, "nudge_2", second, second + timedelta(days=1), {"step": step}),
        ]

    def after_move(self, acct: str, moved_at: datetime) -> list[dict[str, Any]]:
        due = moved_at + self.import_after
        return [self._row(acct, "import_after_move", due, due + timedelta(days=7), {})]

    def recheck(
        self, acct: str, now: datetime, check: str, attempt: int = 0
    ) -> list[dict[str, Any]]:
        """The bot's own next look at the alias or the move; none after the last attempt."""
        if attempt >= len(RECHECK_AFTER):
            return []
        due = now + RECHECK_AFTER[attempt]
        context = {"check": check, "attempt": attempt}
        return [self._row(acct, f"recheck_{check}", due, due + timedelta(days=1), context)]

    def progress_reports(self, acct: str, moved_at: datetime) -> list[dict[str, Any]]:
        """Each report is worth sending until the next one is due (the last for a week)."""
        due = [moved_at + PROGRESS_AFTER[kind] for kind in PROGRESS_KINDS]
        ends = [*due[1:], due[-1] + timedelta(days=7)]
        return [
            self._row(acct, kind, when, end, {})
            for kind, when, end in zip(PROGRESS_KINDS, due, ends, strict=True)
        ]

    @staticmethod
    def _row(
        acct: str, kind: str, due: datetime, expires: datetime, context: dict[str, Any]
    ) -> dict[str, Any]:
        return {
            "acct": acct,
            "kind": kind,
            "due_at": timestamp(due),
            "expires_at": timestamp(expires),
            "context": json.dumps(context),
        }


class Reminders:
    def __init__(
        self,
        db: Database,
        *,
        clock: Clock,
        health: Health,
        plan: ReminderPlan,
        this_server: str,
        max_characters: int = 500,
        url_length: int = 23,
        on_enqueued: Any = lambda: None,
        progress: Any = None,
        rechecker: Any = None,
    ) -> None:
        self.db, self.clock, self.health, self.plan = db, clock, health, plan
        self.this_server = this_server
        self.max_characters, self.url_length = max_characters, url_length
        self.on_enqueued = on_enqueued
        self.progress = progress  # bot/progress.Progress: reads counts for the reports
        # bot/walkthrough.Walkthrough: runs a recheck and says what it saw.
        self.rechecker = rechecker
        self._wake = asyncio.Event()
        self._asleep_until: datetime | None = None
        # Reminders failed by a storage error no retry mends, which storage refused even to
        # mark dropped: never fired by this process (the next start tries them once more).
        self._skip: set[int] = set()

    @property
    def asleep_until(self) -> datetime | None:
        """When the worker looks again unless woken sooner; None while it works or has been
        woken. It sleeps only once nothing is due, so a test on the injected clock that
        advances, wakes it and waits for this knows every reminder due by then has fired
        (or been dropped), instead of sleeping and hoping the worker had its chance."""
        return None if self._wake.is_set() else self._asleep_until

    def wake(self) -> None:
        self._wake.set()

    async def run(self) -> None:
        trouble = 0
        while True:
            self._wake.clear()
            try:
                await self.fire_due()
                next_time = await self.db.run(
                    self.db.store.next_reminder_time, skip=frozenset(self._skip)
                )
            except sqlite3.Error as error:
                trouble += 1
                self.health.count("errors_storage")
                event(
                    log, logging.ERROR, "reminders.storage", problem=describe_storage_error(error)
                )
                await self.clock.sleep(min(30.0, 0.5 * 2**trouble))
                continue
            except Exception as error:  # a bug: logged, counted, listed; it waits and goes on
                trouble += 1
                await report_worker_fault(
                    "reminder",
                    error,
                    health=self.health,
                    db=self.db,
                    log=log,
                    name="reminders.unexpected",
                )
                await self.clock.sleep(min(30.0, 0.5 * 2**trouble))
                continue
            trouble = 0
            seconds = (
                3600.0 if next_time is None else (next_time - self.clock.now()).total_seconds()
            )
            if seconds <= 0:
                continue
            self._asleep_until = self.clock.now() + timedelta(seconds=seconds)
            try:
                await wait_event(self._wake, self.clock, seconds)
            finally:
                self._asleep_until = None

    async def fire_due(self) -> int:
        """Send every due reminder once; return how many were sent."""
        store = self.db.store
        sent = 0
        due = await self.db.run(store.claim_due_reminders, skip=frozenset(self._skip))
        # Progress reports read other servers (the last one for up to minutes): the batch's
        # deadline reminders and nudges go first, so a slow server cannot hold them up.
        due.sort(key=lambda r: r["kind"] in PROGRESS_KINDS)
        try:
            for reminder in due:
                try:
                    sent += await self._fire(reminder)
                except sqlite3.Error as error:
                    if is_transient_storage_error(error):
                        raise  # the disk's trouble: the worker waits it out, then tries again
                    await self._failed(reminder, error)
                except Exception as error:  # a bad row, a surprise from elsewhere: a bug
                    await self._failed(reminder, error)
        finally:
            if sent:  # queued before any trouble: the outbox must hear of those too
                self.on_enqueued()
        return sent

    async def _failed(self, reminder: dict[str, Any], error: Exception) -> None:
        """Storage failed on this reminder in a way no retry mends (a constraint, a missing
        column: a bug, not the disk), or anything else did (a row it cannot read). Retrying
        would fail it again at every wake-up and hold every reminder due after it, and
        letting it out would end the worker: it is dropped instead, and the admin told: counted
        (errors{kind="reminder"}), logged (its id and kind, never what it says), listed on
        /admin. If storage refuses even the drop, this process skips it from now on."""
        self.health.count("errors_reminder")
        event(
            log,
            logging.ERROR,
            "reminder.failed",
            id=reminder["id"],
            kind=reminder["kind"],
            error=type(error).__name__,
        )
        store = self.db.store
        try:
            await self.db.run(store.drop_reminder, reminder["id"], "storage error")
        except sqlite3.Error:
            self._skip.add(int(reminder["id"]))
        if isinstance(error, sqlite3.Error):
            kind, why = "reminder_storage", "storage refused it"
        else:
            kind, why = "reminder_failed", "the bot failed on it"
        await self.db.tell_admin(
            kind,
            f"a {reminder['kind']} reminder was dropped: {why} "
            f"({type(error).__name__}), the same way every time",
        )

    async def _fire(self, reminder: dict[str, Any]) -> int:
        """Send (queue) one due reminder, or drop it; 1 when one was queued."""
        store = self.db.store
        member = await self.db.run(store.member, reminder["acct"])
        reason = self._drop_reason(reminder, member)
        if reason is None and reminder["kind"] in NUDGE_KINDS:
            since = self.clock.now() - NUDGE_QUIET_AFTER_REMINDER
            if await self.db.run(store.reminded_since, reminder["acct"], since):
                reason = "reminded recently"
        if reason is not None:
            _logged_drop(reminder, reason)
            await self.db.run(store.drop_reminder, reminder["id"], reason)
            return 0
        assert member is not None
        if reminder["kind"] in PROGRESS_KINDS:
            effects = await self._progress_report(reminder, member)
            if effects is None:
                return 0
        elif reminder["kind"] in RECHECK_KINDS:
            try:
                effects = await self._recheck(reminder, member)
            except sqlite3.Error:
                # The disk's trouble (locked, I/O) is waited out and the recheck kept for
                # the next look; storage's bug goes to fire_due's own handling. Either way
                # not "recheck failed": that would drop a look the member is waiting for.
                raise
            except Exception as error:  # a bad look must not stop every other reminder
                event(
                    log,
                    logging.ERROR,
                    "recheck.failed",
                    id=reminder["id"],
                    error=type(error).__name__,
                )
                await self.db.run(store.drop_reminder, reminder["id"], "recheck failed")
                return 0
            if effects is None:
                return 0
            if not effects.outbox:  # looked, nothing new: no message, no "reminded"
                await self.db.run(store.apply, effects)
                return 0
        else:
            item = self.compose(reminder, member)
            effects = Effects(fired_reminder_id=reminder["id"], outbox=[item])
        if not await self.db.run(store.apply, effects):
            # Cancelled (a "stop"), deleted ("forget me") or dropped while it was composed.
            _logged_drop(reminder, "cancelled meanwhile")
            return 0
        self.health.count("reminders_sent")
        event(log, logging.INFO, "reminder.queued", id=reminder["id"], kind=reminder["kind"])
        return 1

    async def _progress_report(
        self, reminder: dict[str, Any], member: dict[str, Any]
    ) -> Effects | None:
        """Counts read now, said once. When the new account cannot be read at all, say so
        once and drop the reports still to come: no further attempts."""
        store = self.db.store
        if self.progress is None:
            await self.db.run(store.drop_reminder, reminder["id"], "no progress reader")
            return None
        locale = member.get("locale") or "en"
        body, seen = await self.progress.report(reminder["kind"], member, locale)
        # Reading can take a while (the last report pages through followers): the member
        # may have said "stop" or "forget me" meanwhile, and the row may be gone.
        fresh = await self._still_wanted(reminder)
        if fresh is None:
            return None
        effects = Effects(
            fired_reminder_id=reminder["id"], outbox=self.items(reminder, fresh, body)
        )
        if not seen:
            effects.cancel_reminders = [(reminder["acct"], kind) for kind in PROGRESS_KINDS]
        return effects

    async def _still_wanted(self, reminder: dict[str, Any]) -> dict[str, Any] | None:
        """The member's fresh row, or None (the reminder dropped) when, during a slow look
        elsewhere, they said "stop" or "forget me", moved on, or the row was cancelled."""
        store = self.db.store
        fresh = await self.db.run(store.member, reminder["acct"])
        reason = self._drop_reason(reminder, fresh) if fresh is not None else "member gone"
        if reason is None and not any(
            r["id"] == reminder["id"]
            for r in await self.db.run(store.reminders, reminder["acct"], "pending")
        ):
            reason = "cancelled meanwhile"
        if reason is not None:
            await self.db.run(store.drop_reminder, reminder["id"], reason)
            return None
        return fresh

    async def _recheck(self, reminder: dict[str, Any], member: dict[str, Any]) -> Effects | None:
        """Look at the alias or the move again; tell the member only when it is there."""
        store = self.db.store
        if self.rechecker is None:
            await self.db.run(store.drop_reminder, reminder["id"], "no rechecker")
            return None
        context = json.loads(reminder["context"] or "{}")
        check = str(context.get("check") or reminder["kind"].removeprefix("recheck_"))
        outcome = await self.rechecker.recheck_outcome(member, check)
        # The look takes network time: the member may have moved on, paused or left.
        fresh = await self._still_wanted(reminder)
        if fresh is None:
            return None
        body, row, later, cancel = await self.rechecker.recheck_turn(
            fresh, check, outcome, int(context.get("attempt", 0))
        )
        if not body:
            # This row is done; cancelling it here (before the next is inserted, in the same
            # transaction) keeps it out of "reminded recently", which only counts sent ones.
            return Effects(
                member=row,
                reminders=later,
                cancel_reminders=[(reminder["acct"], reminder["kind"]), *cancel],
                looked_reminder_id=reminder["id"],  # a "stop" or "forget me" since: nothing
            )
        return Effects(
            fired_reminder_id=reminder["id"],
            outbox=self.items(reminder, fresh, body),
            member=row,
            reminders=later,
            cancel_reminders=cancel,
        )

    def _drop_reason(self, reminder: dict[str, Any], member: dict[str, Any] | None) -> str | None:
        if member is None:
            return "member gone"
        if reminder["expires_at"] and timestamp(self.clock.now()) > reminder["expires_at"]:
            return "moment passed"
        if member.get("nobot"):
            return "member has #nobot"
        if member.get("paused"):
            return "member said stop"
        if member.get("finished_at") and reminder["kind"] in NUDGE_KINDS:
            return "walkthrough finished"
        if reminder["kind"] in ARCHIVE_KINDS and member.get("archive_downloaded_at"):
            return "archive downloaded"
        return None

    def items(
        self, reminder: dict[str, Any], member: dict[str, Any], body: str
    ) -> list[OutboxItem]:
        """A reminder's text as a short thread in the member's DM thread; keys rem<id>, rem<id>:1…"""
        recipient = contact(member)
        statuses = fit(body, f"@{recipient}", self.max_characters, url_length=self.url_length)
        in_reply_to = (
            member.get("thread_status_id")
            if member.get("thread_acct") == recipient.lower()
            else None
        )
        items: list[OutboxItem] = []
        for index, text in enumerate(statuses[:3]):
            items.append(
                OutboxItem(
                    idempotency_key=f"rem{reminder['id']}" + (f":{index}" if index else ""),
                    text=text,
                    visibility="direct",
                    recipient=recipient,
                    in_reply_to_id=in_reply_to if index == 0 else None,
                    after_key=items[-1].idempotency_key if items else None,
                    priority=PRIORITY.get(reminder["kind"], Priority.NUDGE),
                    kind=reminder["kind"],
                    language=member.get("locale"),
                )
            )
        return items

    def compose(self, reminder: dict[str, Any], member: dict[str, Any]) -> OutboxItem:
        context = json.loads(reminder["context"] or "{}")
        now = self.clock.now()
        deadline = datetime.fromisoformat(context["deadline"]) if "deadline" in context else None
        hours_left = max(0, round((deadline - now).total_seconds() / 3600)) if deadline else None
        recipient = contact(member)
        own = member["acct"] if "@" in member["acct"] else f"{member['acct']}@{self.this_server}"
        # An archive reminder knows the way and the account it was requested on, when a
        # restart of the walkthrough has since forgotten them.
        way = member.get("direction") or context.get("way")
        body = replies.render(
            f"reminders/{reminder['kind']}.j2",
            member.get("locale") or "en",
            hours_left=hours_left,
            window_hours=_hours(self.plan.archive_window_hours),
            retention_days=self.plan.archive_retention_days,
            # ARCHIVE_RETENTION_DAYS is this server's setting: it says nothing of another's.
            retention_known=way != "here",
            this_server=self.this_server,
            old_handle=member.get("old_handle") or context.get("on") or own,
            new_handle=member.get("new_handle") or own,
            step=context.get("step", member.get("step")),
        )
        statuses = fit(body, f"@{recipient}", self.max_characters, url_length=self.url_length)
        in_reply_to = (
            member.get("thread_status_id")
            if member.get("thread_acct") == recipient.lower()
            else None
        )
        return OutboxItem(
            idempotency_key=f"rem{reminder['id']}",
            text=statuses[0],
            visibility="direct",
            recipient=recipient,
            in_reply_to_id=in_reply_to,
            priority=PRIORITY.get(reminder["kind"], Priority.NUDGE),
            kind=reminder["kind"],
            language=member.get("locale"),
        )


def contact(member: dict[str, Any]) -> str:
    """Where the bot writes to a member unasked. After the move the old account cannot read
    DMs: the new one, when known. Before it, only the member's own account: the new handle
    is their word, and may be someone else's."""
    if member.get("direction") == "away" and member.get("moved_at") and member.get("new_handle"):
        return member["new_handle"]
    return member["acct"]


def _hours(value: float) -> str:
    return f"{value:g}"


def _logged_drop(reminder: dict[str, Any], reason: str) -> None:
    """A reminder not sent, and why: its id and kind, never what it would have said."""
    event(
        log,
        logging.INFO,
        "reminder.dropped",
        id=reminder["id"],
        kind=reminder["kind"],
        reason=reason,
    )
