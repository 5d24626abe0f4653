"""Statuses out: one persisted queue, sent by priority, each posted at most once.

Every reply is a row before it is sent. Sending uses the row's Idempotency-Key, so a
retry after a lost response returns the status the first try created instead of
posting it again. Timeouts and 5xx are retried with back-off for up to a day of failures,
a 429 is waited out until its reset time; other 4xx, and a day of failures, give the
status up: logged at WARNING, listed on /admin, and the member told in a short notice.
Mastodon remembers an Idempotency-Key for one hour: a status an earlier try may have
posted (a timeout, a 5xx, a restart after a crash or after storage refused to record the
post) that is tried again after that hour is first looked for among the bot's own statuses
(read:statuses). Found, it is recorded as sent; not found, it is posted; unable to look,
it is given up, on /admin. So a long outage delays replies, and loses or doubles none.
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import replies
from bot.budget import Budget
from bot.clock import Clock, parse_time, wait_event
from bot.health import Health
from bot.logs import event
from bot.mastodon_api import MastodonAPI, PermanentError, RateLimited, TransientError
from bot.text import html_to_text, raw_length, split_status
from bot.web.words import say
from storage import Database, OutboxItem, Priority
from storage.campaigns import CAMPAIGN_KIND
from storage.db import UnreadableRow, describe_storage_error, is_transient_storage_error

log = logging.getLogger(__name__)

IDEMPOTENCY_WINDOW = timedelta(minutes=50)  # Mastodon keeps keys 60 min; stay well inside.
# A 422 about the status's length: Mastodon's "Text character limit of 500 exceeded", other
# servers' "Text is too long", "status too long, ... maximum allowed is 500", and the like.
LENGTH_ERROR = re.compile(r"too long|character limit|length|exceed|characters", re.IGNORECASE)
# A mention's domain part ("@alice@new.example" -> "@alice").
MENTION_DOMAIN = re.compile(r"(?<![\w/])@(\w+(?:[.-]+\w+)*)@[\w.-]+\w")
# How far the bot's clock and the server's may disagree when looking for its own statuses.
CLOCK_SKEW = timedelta(minutes=5)
LIMIT_IN_ERROR = re.compile(r"limit of (\d+)|maximum[^\d]{0,20}(\d+)", re.IGNORECASE)
# How long the server may fail a status (timeouts, 5xx) before it is given up: the member
# is told (if the server takes that) and /admin shows it. A day of back-off is some 300
# tries, none closer than backoff_max apart; a reply a day late has lost its moment.
GIVE_UP_AFTER = timedelta(days=1)
# Kinds whose failure the member is not told of: the notice itself, and the campaign's
# statuses (its next wave reaches the member; /admin counts who was reached).
NO_NOTICE = frozenset({"undeliverable", CAMPAIGN_KIND, "campaign_announcement"})


class Outbox:
    def __init__(
        self,
        api: MastodonAPI,
        db: Database,
        *,
        clock: Clock,
        health: Health,
        budget: Budget,
        backoff_base: float = 2.0,
        backoff_max: float = 300.0,
        max_characters: int = 500,
        concurrency: int = 4,
        me_id: str | None = None,
    ) -> None:
        self.api, self.db, self.clock, self.health = api, db, clock, health
        self.me_id = me_id  # the bot's account id: asked of the server when first needed
        self.max_characters = max_characters  # the instance's limit, for re-splitting
        # Posts in flight at once: a crowd is answered in a quarter of the round trips, and
        # each conversation still gets its statuses in order (one of its posts at a time).
        self.concurrency = max(1, concurrency)
        self.budget = budget
        self.backoff_base, self.backoff_max = backoff_base, backoff_max
        # Told when the first status of an answer is posted (source status id, posted at):
        # flood control counts a message written after its answer as a conversation turn.
        self.on_answered: Callable[[str | None, float], None] = lambda source, at: None
        self._wake = asyncio.Event()
        self._stopping = False
        # Statuses posted but not yet recorded: the next claim records them (one trip).
        self._unrecorded: list[tuple[int, str]] = []
        # Posts in flight, and whose conversations they belong to (one at a time each).
        self._in_flight: dict[asyncio.Task[None], str] = {}
        self._asleep_until: datetime | None = None
        # 429s in a row (a post since resets it), and when the last came: a 429 without a
        # reset time waits a minute, doubling with each in a row (RateLimited.wait_seconds).
        self._limited_in_a_row = 0
        self._limited_at = float("-inf")
        self._trouble = 0  # storage refusals in a row while claiming (the backoff's exponent)
        # Rows failed by a storage error no retry mends, which storage refused even to mark
        # failed: never claimed again by this process (the next start tries them once more).
        self._skip: set[int] = set()

    @property
    def sending(self) -> bool:
        """Posts in flight, or posted and not yet recorded as sent."""
        return bool(self._in_flight or self._unrecorded)

    @property
    def skipped(self) -> frozenset[int]:
        """Rows failed that storage would not mark failed: this process never claims them."""
        return frozenset(self._skip)

    @property
    def asleep_until(self) -> datetime | None:
        """When the worker looks again unless woken sooner; None while it works or has been
        woken. Nothing is posted before then, so a test on the injected clock waits for this
        instead of sleeping and hoping the worker had its chance."""
        return None if self._wake.is_set() else self._asleep_until

    def wake(self) -> None:
        self._wake.set()

    async def run(self) -> None:
        reset = await self.db.run(self.db.store.reset_inflight)
        if reset:
            event(log, logging.INFO, "outbox.resumed", in_flight=reset)
        window_start = datetime.fromtimestamp(self.budget.window_start(), UTC)
        self.budget.start(await self.db.run(self.db.store.sent_since, window_start))
        self._trouble = 0
        faults = 0
        while not self._stopping:
            try:
                started = await self._look()
            except Exception as error:  # a bug (a row it cannot read): log, wait, go on
                faults += 1
                self.health.count("errors_outbox")
                event(log, logging.ERROR, "outbox.unexpected", error=type(error).__name__)
                # New work wakes it sooner: a fault in reckoning when to look next must
                # not hold a fresh reply for the whole backoff.
                await self._wait(min(30.0, 0.5 * 2**faults))
            else:
                if started:  # the faults' backoff starts over once a post is under way
                    faults = 0

    async def _look(self) -> bool:
        """One look at the queue: record what was posted, claim the next status and start
        posting it (True); or wait, for a free slot, new work, a retry's time, more budget,
        or a disk that takes writes again (False)."""
        self._wake.clear()  # before looking: a wake-up during the look is not lost
        if len(self._in_flight) >= self.concurrency:
            await self._wait(3600.0)  # for a free slot
            return False
        allowed = self.budget.max_priority()
        sent = list(self._unrecorded)
        try:
            row = await self.db.run(
                self.db.store.claim_next,
                sent=sent,
                max_priority=-1 if allowed is None else allowed,
                busy=set(self._in_flight.values()),
                skip=self.skipped,
            )
        except sqlite3.Error as error:
            if not is_transient_storage_error(error) and await self._claim_failed(
                sent, allowed, error
            ):
                return False  # the row it failed on is failed alone; the rest go on
            # A locked or full disk: keep `sent` to record later; the row itself is safe
            # (a status sent but not yet recorded is re-sent with the same key).
            self._trouble += 1
            self.health.count("errors_storage")
            event(log, logging.ERROR, "outbox.storage", problem=describe_storage_error(error))
            await self.clock.sleep(min(30.0, 0.5 * 2**self._trouble))
            return False
        self._trouble = 0
        del self._unrecorded[: len(sent)]
        if row is None:
            if self._in_flight:  # a post in flight may free its conversation's next status
                await wait_event(self._wake, self.clock, 3600.0)
            else:
                await self._sleep_until_needed(allowed=allowed)
            return False
        if self._stopping:  # claimed, not sent: back it goes (and the loop ends)
            await self.db.run(self.db.store.reset_inflight)
            return False
        self.budget.in_flight += 1  # counted as spent while in flight
        task = asyncio.create_task(self._send_one(row))
        self._in_flight[task] = conversation(row)
        return True

    async def _send_one(self, row: dict[str, Any]) -> None:
        try:
            sent = await self.send(row)
            if sent is not None:
                self._unrecorded.append(sent)
        except sqlite3.Error as error:
            if not is_transient_storage_error(error):  # a bug: it would fail every time
                await self._fail_row(row, error, "recording")
                return
            # Recording a retry or failure failed: the row is put back when storage recovers.
            self.health.count("errors_storage")
            event(log, logging.ERROR, "outbox.storage", problem=describe_storage_error(error))
            await self._put_back(row)
        except Exception as error:  # a bad row, a surprise from the API layer: a bug
            await self._fail_row(row, error, "sending")
        finally:
            self.budget.in_flight -= 1
            self._in_flight.pop(asyncio.current_task(), None)  # type: ignore[arg-type]
            self._wake.set()

    async def _put_back(self, row: dict[str, Any]) -> None:
        for attempt in range(1, 1000):
            await self.clock.sleep(min(30.0, 0.5 * 2**attempt))
            try:
                await self.db.run(self.db.store.retry_later, row["id"], self.clock.now(), "storage")
                return
            except sqlite3.Error as error:
                if not is_transient_storage_error(error):
                    await self._fail_row(row, error, "putting_back")
                    return
                continue

    async def _claim_failed(
        self, sent: list[tuple[int, str]], allowed: int | None, error: sqlite3.Error
    ) -> bool:
        """Claiming failed in a way no retry mends (a constraint, a missing column: a bug,
        not the disk). Find the one row it fails on and fail that row alone, so the rest of
        the queue goes on instead of every later status waiting behind it forever. False
        when no one row is to blame (the disk's trouble after all, or every claim fails):
        the caller waits and tries again, as for a locked disk."""
        store = self.db.store
        try:
            for posted in sent:  # recording what was posted: one at a time
                try:
                    await self.db.run(store.mark_sent, *posted)
                except sqlite3.Error as again:
                    if is_transient_storage_error(again):
                        return False
                    await self._posted_unrecorded(posted, again)
                self._unrecorded.remove(posted)
            if sent:
                return True  # the claim itself is tried again, on its own
            row = await self.db.run(
                store.next_sendable,
                max_priority=-1 if allowed is None else allowed,
                busy=set(self._in_flight.values()),
                skip=self.skipped,
            )
        except sqlite3.Error:
            return False
        if row is None:
            return False
        await self._fail_row(row, error, "claiming")
        return True

    async def _posted_unrecorded(self, posted: tuple[int, str], error: sqlite3.Error) -> None:
        """Storage refuses to record a posted status as sent, the same way every time (a bug,
        not the disk). The status is out: failing it would list on /admin a reply that went
        out as failed, and fail the rest of its thread. It is left as it is, being sent,
        which this process never claims again (a restart posts it with the same key, which
        the server answers with the first post within its hour); counted, logged and listed
        as what it is."""
        self.health.count("errors_outbox")
        self._skip.add(posted[0])
        event(log, logging.ERROR, "outbox.unrecorded", id=posted[0], error=type(error).__name__)
        await self.db.tell_admin("outbox_storage", say("outbox_unrecorded", type(error).__name__))

    async def _fail_row(self, row: dict[str, Any], error: Exception, doing: str) -> None:
        """Storage failed on this row in a way no retry mends, or anything else did (a row
        the bot cannot read, an answer it never expected): the row (and the rest of its
        thread) is failed, never tried again, and the admin told: counted (errors{kind=
        "outbox"}), logged (its id and the error's type, never its text) and listed on
        /admin. If storage refuses even that, this process skips the row from now on."""
        self.health.count("errors_outbox")
        kind = type(error).__name__
        storage = isinstance(error, sqlite3.Error)
        event(log, logging.ERROR, "outbox.failed", id=row["id"], error=kind)
        try:
            await self.db.run(
                self.db.store.give_up,
                row["id"],
                f"{'storage' if storage else 'bug'}: {kind} {doing}",
            )
        except sqlite3.Error:
            self._skip.add(int(row["id"]))
        await self.db.tell_admin(
            "outbox_storage" if storage else "outbox_failed",
            say("outbox_failed", storage, kind, doing),
        )

    async def stop(self, grace: float) -> None:
        """Finish the sends in flight (within `grace` seconds), record them, claim nothing more."""
        self._stopping = True
        self._wake.set()
        if self._in_flight:
            await asyncio.wait(list(self._in_flight), timeout=grace)
        if self._unrecorded:
            for sent in self._unrecorded:
                await self.db.run(self.db.store.mark_sent, *sent)
            self._unrecorded.clear()

    async def _sleep_until_needed(self, *, allowed: int | None) -> None:
        """Wait for new work, the earliest retry time, or more budget, whichever comes first."""
        store = self.db.store
        try:
            next_time = await self.db.run(
                store.next_attempt_time,
                max_priority=-1 if allowed is None else allowed,
                skip=self.skipped,
            )
        except UnreadableRow as bad:  # failed once, not met again at every look
            await self._fail_row({"id": bad.row_id}, bad, "reading")
            return
        held = (allowed is None or allowed < Priority.NUDGE) and await self.db.run(
            store.queue_depth
        )
        if self.budget.max_priority() != allowed:
            # The budget changed during the trips (the window turned, the server's limit
            # reset): a wait reckoned from it would hold rows that may now go. Look again.
            return
        # The clock is read after the trips to the database: a wait reckoned from before one
        # would end late by the trip (on the tests' clock, by however far it was moved).
        seconds = 3600.0
        if next_time is not None:
            seconds = max(0.0, (next_time - self.clock.now()).total_seconds())
        if held:
            # Rows wait for budget: look again when the window (or the server's) resets.
            seconds = min(seconds, max(0.05, self.budget.resume_at() - self.clock.timestamp()))
        if seconds == 0:
            await asyncio.sleep(0)
            return
        await self._wait(seconds)

    async def _wait(self, seconds: float) -> None:
        """Until woken or `seconds` have passed, showing until when in asleep_until."""
        self._asleep_until = self.clock.now() + timedelta(seconds=seconds)
        try:
            await wait_event(self._wake, self.clock, seconds)
        finally:
            self._asleep_until = None

    async def send(self, row: dict[str, Any]) -> tuple[int, str] | None:
        """Post one claimed row; return (id, status id) when sent, for the next claim to record."""
        store = self.db.store
        outbox_id = row["id"]
        in_reply_to = row["in_reply_to_id"] or row.get("parent_status_id")
        if self._may_be_out(row):
            try:
                found = await self._look_for_post(row, in_reply_to)
            except (TransientError, RateLimited) as error:
                await self._look_again_later(row, error)
                return None
            except PermanentError as error:
                if error.status == 403:
                    self.health.read_statuses = False  # for /admin, if start could not tell
                await self._give_up(row, str(error), token_fix=error.status == 403)
                return None
            if found is not None:
                event(log, logging.WARNING, "outbox.found_posted", id=outbox_id, kind=row["kind"])
                return (outbox_id, found)
            # Not out: the earlier tries posted nothing, and this one starts the key's hour.
            row["first_attempt_at"] = await self.db.run(store.restart_tries, outbox_id)
        tried_at = self.clock.timestamp()
        try:
            status = await self.api.post_status(
                row["text"],
                visibility=row["visibility"],
                idempotency_key=row["idempotency_key"],
                in_reply_to_id=in_reply_to,
                spoiler_text=row["spoiler_text"] or "",
                language=row["language"],
            )
        except RateLimited as limited:
            if limited.reset_at is not None or tried_at >= self._limited_at:
                # One more 429 in a row; not one for a post sent before the last 429 came
                # (posts in flight at once must not each double the wait).
                self._limited_in_a_row += 1
            self._limited_at = self.clock.timestamp()
            when = self.clock.now() + timedelta(
                seconds=limited.wait_seconds(
                    self.clock.timestamp(), in_a_row=self._limited_in_a_row
                )
            )
            self.health.count("rate_limited")
            self.health.posting_paused_until = when  # for /admin's headline
            event(log, logging.WARNING, "outbox.rate_limited", retry_at=when.isoformat())
            # 429s are not counted as attempts (nothing was posted). If an earlier try (a
            # timeout, a 500) may have posted it and the wait outlasts its key, the next try
            # looks for it first (_may_be_out).
            await self.db.run(store.retry_later, outbox_id, when, "429", count_attempt=False)
        except TransientError as error:
            await self._retry(row, str(error), error)
        except PermanentError as error:
            if error.status == 422 and LENGTH_ERROR.search(str(error)):
                await self._too_long(row, str(error))
                return None
            if error.status == 404 and in_reply_to:
                await self._gone(row, str(error))
                return None
            # Any other 4xx (a validation error, a token or account refused): trying again
            # would be refused the same way.
            await self._undeliverable(row, str(error), why="refused", status=error.status)
        else:
            self._limited_in_a_row = 0
            posted = (outbox_id, str(status["id"]))
            try:
                self._count_posted(row, status)
            except Exception as error:  # a bug after the post: the status is out all the same
                self.health.count("errors_outbox")
                event(
                    log,
                    logging.ERROR,
                    "outbox.after_post",
                    id=outbox_id,
                    error=type(error).__name__,
                )
                await self.db.tell_admin(
                    "outbox_after_post", say("outbox_after_post", type(error).__name__)
                )
            return posted
        return None

    def _may_be_out(self, row: dict[str, Any]) -> bool:
        """An earlier try of this row may have posted it (a restart after a crash, or
        storage that would not record the post; a timeout or a 5xx) and the server has
        forgotten its Idempotency-Key since: posting it again could post it twice."""
        return (
            int(row["attempts"]) > 1
            and self.clock.now() - _first_try(row, self.clock) > IDEMPOTENCY_WINDOW
        )

    async def _look_for_post(self, row: dict[str, Any], in_reply_to: str | None) -> str | None:
        """The id of the status an earlier try posted for this row, looked for among the
        bot's own statuses since its first try (its text, what it replies to, and not a
        status already recorded for another row); None if there is none."""
        if self.me_id is None:
            self.me_id = str((await self.api.verify_credentials())["id"])
        since = _first_try(row, self.clock) - CLOCK_SKEW
        statuses = await self.api.own_statuses_since(self.me_id, since)
        if statuses is None:
            raise PermanentError(None, say("too_many_to_look"))
        wanted = _fingerprint(row["text"])
        candidates = [
            str(s["id"])
            for s in statuses
            if str(s.get("in_reply_to_id") or "") == str(in_reply_to or "")
            and _fingerprint(html_to_text(str(s.get("content") or ""))) == wanted
        ]
        if not candidates:
            return None
        taken = await self.db.run(self.db.store.recorded_statuses, candidates)
        return next((c for c in reversed(candidates) if c not in taken), None)

    async def _look_again_later(self, row: dict[str, Any], error: Exception) -> None:
        """The server could not be asked just now: look again later, the try not counted
        (failing all the same, unless it was a 429: a day of that and it is given up)."""
        failing = not isinstance(error, RateLimited)
        if failing and self._failing_too_long(row):
            await self._undeliverable(row, f"looking: {error}", why="expired")
            return
        delay = self._backoff(row["attempts"]) if failing else self.backoff_max
        when = self.clock.now() + timedelta(seconds=delay)
        event(log, logging.WARNING, "outbox.look_later", id=row["id"], error=type(error).__name__)
        await self.db.run(
            self.db.store.retry_later,
            row["id"],
            when,
            f"looking: {error}",
            count_attempt=False,
            failing=failing,
        )

    def _failing_too_long(self, row: dict[str, Any]) -> bool:
        """The server has failed this status (timeouts, 5xx) for GIVE_UP_AFTER or longer."""
        since = row.get("failing_since")
        return since is not None and self.clock.now() - _parse(since) >= GIVE_UP_AFTER

    def _count_posted(self, row: dict[str, Any], status: dict[str, Any]) -> None:
        """What follows a post: the budget, /metrics, flood control's turns, the log."""
        self.budget.record_sent()
        self.health.sent(row["kind"] or "reply")
        if row["after_key"] is None and row["idempotency_key"].startswith("n"):
            self.health.replied(row["idempotency_key"][1:].split(":")[0])
        self.health.last_sent_at = self.clock.now()
        if row["after_key"] is None:
            self.on_answered(row["source_status_id"], _posted_at(status, self.clock))
        event(
            log,
            logging.INFO,
            "outbox.sent",
            id=row["id"],
            kind=row["kind"],
            visibility=row["visibility"],
        )

    async def _gone(self, row: dict[str, Any], error: str) -> None:
        """The status this replies to was deleted (the stream's delete was missed, or came
        late): cancel the reply, the rest of its thread, and other replies to that status."""
        store = self.db.store
        cancelled = len(await self.db.run(store.give_up, row["id"], error, state="cancelled"))
        if row["source_status_id"]:
            cancelled += await self.db.run(store.cancel_for_status, row["source_status_id"])
        self.health.count("replies_cancelled", cancelled)
        event(log, logging.INFO, "reply.cancelled", reason="deleted", statuses=cancelled)

    async def _too_long(self, row: dict[str, Any], error: str) -> None:
        """A length 422: the server counts differently (often every character raw). Split the
        status again counting raw characters, with a margin, and send the parts instead."""
        self.health.count("length_refused")
        if "/r" in row["idempotency_key"] or row["kind"] == "undeliverable":
            await self._undeliverable(row, error)  # already re-split: it cannot be posted
            return
        limit = min(self.max_characters, _limit_in(error) or self.max_characters)
        room = limit - max(10, limit // 20) - raw_length(row["spoiler_text"] or "")
        prefix = f"@{row['recipient']} "
        body = row["text"].removeprefix(prefix)
        try:
            parts = split_status(body, room, prefix=prefix, count=raw_length)
        except ValueError:  # not even the mention fits
            await self._undeliverable(row, error)
            return
        event(log, logging.WARNING, "outbox.resplit", id=row["id"], parts=len(parts))
        await self.db.run(self.db.store.resplit, row["id"], parts)
        self.wake()

    async def _undeliverable(
        self, row: dict[str, Any], error: str, *, why: str = "too_long", status: int | None = None
    ) -> None:
        """Give the status (and the rest of its thread) up, tell the member (in a short
        notice, where to read instead) and show the failure on /admin and in the log: no
        status vanishes without anyone knowing, and none is tried forever. `why`: refused
        as too long even re-split ("too_long"), refused otherwise (a 4xx: "refused"), or
        failed by the server for GIVE_UP_AFTER ("expired")."""
        store = self.db.store
        self.health.count("errors_post")
        failed = await self.db.run(store.give_up, row["id"], error)
        event(
            log,
            logging.ERROR if why == "too_long" else logging.WARNING,
            "outbox.undeliverable",
            id=row["id"],
            kind=row["kind"],
            why=why,
            status=status,
            statuses=len(failed),
        )
        kind = GIVEN_UP.get(why, f"post_{status}")
        told = row["kind"] not in NO_NOTICE and bool(row["recipient"])
        hours = round(GIVE_UP_AFTER.total_seconds() / 3600)
        detail = say("given_up", why, row["kind"], len(failed), told, error, hours)
        await self.db.run(store.record_error, kind, detail)
        if not told:
            return
        locale = row["language"] if row["language"] in replies.locales() else "en"
        prefix = f"@{row['recipient']} "
        notice = OutboxItem(
            idempotency_key=row["idempotency_key"].split("/r")[0] + ":undeliverable",
            text=prefix + replies.render("undeliverable.j2", locale, why=why),
            visibility=row["visibility"],
            recipient=row["recipient"],
            in_reply_to_id=row["in_reply_to_id"] or row.get("parent_status_id"),
            spoiler_text=row["spoiler_text"] or "",
            language=locale,
            priority=row["priority"],
            kind="undeliverable",
            source_status_id=row["source_status_id"],
            thread_root=row["thread_root"],
        )
        await self.db.run(store.enqueue, notice)
        self.wake()

    async def _retry(
        self, row: dict[str, Any], error: str, failure: TransientError | None = None
    ) -> None:
        """Try again after a back-off, or when the server's Retry-After said if later (a
        server in maintenance), for up to GIVE_UP_AFTER of failures: a try after the key's
        hour looks first whether an earlier one went out (_may_be_out), so the reply goes
        out once the server is back, never twice. Failing for longer, it is given up (the
        member told, /admin and the log at WARNING)."""
        if self._failing_too_long(row):
            await self._undeliverable(row, error, why="expired")
            return
        store = self.db.store
        attempts = int(row["attempts"]) + 1
        delay = self._backoff(attempts)
        if failure is not None:
            delay = min(
                GIVE_UP_AFTER.total_seconds(),
                failure.wait_seconds(self.clock.timestamp(), delay),
            )
        when = self.clock.now() + timedelta(seconds=delay)
        event(
            log,
            logging.WARNING,
            "outbox.retry",
            id=row["id"],
            attempt=attempts,
            delay=round(delay, 2),
        )
        await self.db.run(store.retry_later, row["id"], when, error, failing=True)

    def _backoff(self, attempts: int) -> float:
        """Doubling from backoff_base up to backoff_max, jittered (the exponent capped: a
        server down for days counts thousands of tries)."""
        delay = min(self.backoff_max, self.backoff_base * 2 ** min(attempts - 1, 30))
        return random.uniform(delay / 2, delay)

    async def _give_up(self, row: dict[str, Any], error: str, *, token_fix: bool) -> None:
        """Posted at most once: a status that may already be out (an earlier try's outcome
        unknown) is not tried after its Idempotency-Key has expired when the bot cannot
        look whether it is; /admin shows it, with the token's fix when it lacks
        read:statuses (`token_fix`)."""
        store = self.db.store
        event(log, logging.ERROR, "outbox.gave_up", id=row["id"], reason="retries exhausted")
        self.health.count("errors_post")
        why = say("may_be_out", error, False)
        await self.db.run(store.give_up, row["id"], f"retries exhausted: {why}")
        detail = say("may_be_out", error, token_fix)
        await self.db.run(store.record_error, "post_retries_exhausted", detail[:300])


def _first_try(row: dict[str, Any], clock: Clock) -> datetime:
    """When the row was first tried (now, for its first try): its key's hour counts from then."""
    first = row["first_attempt_at"]
    return clock.now() if first is None else _parse(first)


def _fingerprint(text: str) -> str:
    """What a status says, as its plain text and its HTML both give it: whitespace as
    one space, and a mention as its username (Mastodon shows a mention's domain only
    when two mentioned accounts share a username)."""
    return " ".join(MENTION_DOMAIN.sub(r"@\1", text).split())


def conversation(row: dict[str, Any]) -> str:
    """Whose conversation a status belongs to: its recipient's (statuses to one member go
    out one at a time, in order)."""
    return str(row["recipient"]).lower()


def _posted_at(status: dict[str, Any], clock: Clock) -> float:
    """When the server says it created the status (its clock, like the members' statuses)."""
    try:
        return parse_time(str(status["created_at"])).timestamp()
    except (KeyError, ValueError):
        return clock.timestamp()


def _limit_in(error: str) -> int | None:
    """The limit a length error names ("character limit of 500", "maximum allowed is 500")."""
    found = LIMIT_IN_ERROR.search(error)
    return int(next(g for g in found.groups() if g)) if found else None


def _parse(value: str) -> datetime:
    return datetime.fromisoformat(value)


# Why a status was given up (Outbox._undeliverable): the error kind /admin lists (its words
# are words.j2's given_up). Refused for any other reason ("refused"), the kind names the
# HTTP status.
GIVEN_UP = {"too_long": "post_undeliverable", "expired": "post_expired"}
