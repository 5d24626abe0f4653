"""Each notification handled once, in order per member, members in parallel.

The dispatcher records a notification in the inbox before anything else, hands it to
the responder on the member's own queue, and writes the outcome (handled mark, state,
replies) in one transaction. A notification whose handling fails (the responder raises,
or what it decided cannot be written) is logged, counted, marked handled, and answered
with one short apology: one bad notification never blocks the next, is never retried
forever, and never leaves its member without a word; so does a storage error no retry
mends (a missing table, a constraint), while the disk's trouble (locked, full) is waited
out. Handling that never ends (it hangs until a restart, or the process dies with it) is
counted in the inbox as it begins, so after `max_attempts` starts the next one gives up
with that same apology.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
from collections import OrderedDict
from collections.abc import Callable, Coroutine
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any, Protocol, TypeVar

from bot.clock import Clock, SystemClock
from bot.footprint import free_lists_now_and_then
from bot.guardrails import FLOOD_SILENCE, THREAD_CAP, Guardrails, Verdict
from bot.health import Health
from bot.incoming import Incoming, from_notification
from bot.logs import event
from bot.privacy import redact_notification
from storage import Database, Effects
from storage.db import describe_storage_error, is_transient_storage_error

log = logging.getLogger(__name__)
# Guardrails a "stop" gets through (never a bot's: those stay unanswered).
HEARD_STOP = (FLOOD_SILENCE, THREAD_CAP)
Queued = tuple[dict[str, Any], dict[str, Any]]  # a notification and what was read with it
DELETED_KEPT = 1000  # deleted ids remembered: enough to outlast any member's queue
STORAGE_RETRY_MAX = 30.0  # seconds between tries while the database refuses writes
T = TypeVar("T")


class HandlingTimedOut(Exception):
    """Deciding what to answer one message took longer than its bound (it hung)."""


class HandlingCrashed(Exception):
    """Deciding what to answer raised below Exception (SystemExit, a BaseException of some
    library's own): carried out of its task as an ordinary failure. Left in its task, a
    SystemExit would stop the event loop, and any other would end the member's worker."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(type(error).__name__)
        self.error = error


# What stops the bot (a cancellation, Ctrl-C, a coroutine being closed), never a failure of
# one message's handling: these always go on up.
STOPPING = (asyncio.CancelledError, KeyboardInterrupt, GeneratorExit)


class Responder(Protocol):
    async def respond(self, incoming: Incoming) -> Effects:
        """Decide what to say and change; must not write to storage itself."""

    def slow_down(self, incoming: Incoming, until: float) -> Effects:
        """The one reply a flooding member gets before a silence (ending at `until`)."""

    def sorry(self, incoming: Incoming) -> Effects:
        """The one apology a member gets when handling their message failed."""


class Dispatcher:
    def __init__(
        self,
        db: Database,
        responder: Responder,
        *,
        me: dict[str, Any],
        health: Health,
        on_enqueued: Callable[[Effects], None] = lambda effects: None,
        guardrails: Guardrails | None = None,
        max_attempts: int = 3,
        handling_timeout: float = 120.0,
        clock: Clock | None = None,
    ) -> None:
        self.db, self.responder, self.health = db, responder, health
        self.clock = clock or SystemClock()
        self.max_attempts = max_attempts
        self.handling_timeout = handling_timeout
        self.me_id = str(me["id"])
        self.me_username = str(me["username"])
        self.on_enqueued = on_enqueued
        self.guardrails = guardrails
        self._queues: dict[str, asyncio.Queue[Queued]] = {}
        self._receiving: dict[str, int] = {}  # members with a notification being recorded
        self._workers: dict[str, asyncio.Task[None]] = {}
        self._idle = asyncio.Event()
        self._idle.set()
        self._deleted: OrderedDict[str, None] = OrderedDict()  # recently deleted status ids
        # The guardrails' verdict on each notification being handled, kept across its tries.
        self._verdicts: dict[str, Verdict] = {}
        # Handlings given up past their bound that have not ended yet (cancelled, but a hang
        # may ignore that): kept so they are not garbage-collected mid-await, never awaited.
        self._abandoned: set[asyncio.Task[Any]] = set()
        # What each handling in progress has written (its answer or apology, with the mark):
        # a failure after that must not write an apology on top of it.
        self._written: dict[str, Effects] = {}

    async def deleted(self, status_id: str) -> None:
        """A status was deleted: replies to it not sent yet are cancelled, and a mention of it
        still waiting in a member's queue is not answered."""
        if not status_id.isdigit():
            return
        self._deleted[status_id] = None
        while len(self._deleted) > DELETED_KEPT:
            self._deleted.popitem(last=False)
        cancelled = await self.db.run(self.db.store.cancel_for_status, status_id)
        if cancelled:
            self.health.count("replies_cancelled", cancelled)
            event(log, logging.INFO, "reply.cancelled", reason="deleted", statuses=cancelled)

    async def submit(self, notification: dict[str, Any]) -> None:
        """Record and queue a notification; duplicates (stream and catch-up) stop here.

        When nothing of the member's is waiting or being handled, the member and the thread
        are read in the same database trip that records the notification (one trip instead
        of three); otherwise an earlier message may still change them, so they are read
        when this one's turn comes.
        """
        notification_id = str(notification["id"])
        notification = redact_notification(notification)  # before anything is stored
        key = str((notification.get("account") or {}).get("acct", "")).lower() or "?"
        status = notification.get("status")
        read_ahead = (
            notification.get("type") == "mention"
            and isinstance(status, dict)
            and key not in self._queues
            and key not in self._receiving
        )
        self._receiving[key] = self._receiving.get(key, 0) + 1
        try:
            context = await self.db.run(
                self.db.store.receive_with_context,
                notification_id,
                json.dumps(notification),
                acct=key if read_ahead else None,
                reply_to=(status or {}).get("in_reply_to_id") if read_ahead else None,
            )
        finally:
            self._receiving[key] -= 1
            if not self._receiving[key]:
                del self._receiving[key]
        if context is None:
            return
        self.health.count("notifications_received")
        self.health.received(str(notification_id))
        queue = self._queues.setdefault(key, asyncio.Queue())
        queue.put_nowait((notification, context))
        self._idle.clear()
        if key not in self._workers or self._workers[key].done():
            self._workers[key] = asyncio.create_task(self._work(key, queue))

    async def resubmit_pending(self, notifications: list[dict[str, Any]]) -> None:
        """Queue notifications already in the inbox (after a restart) without re-recording them."""
        for notification in notifications:
            key = str((notification.get("account") or {}).get("acct", "")).lower() or "?"
            queue = self._queues.setdefault(key, asyncio.Queue())
            queue.put_nowait((notification, {}))
            self._idle.clear()
            if key not in self._workers or self._workers[key].done():
                self._workers[key] = asyncio.create_task(self._work(key, queue))

    async def wait_idle(self) -> None:
        """For tests and shutdown: until every queued notification is handled."""
        await self._idle.wait()

    async def stop(self, grace: float) -> None:
        """Let queued notifications finish within `grace` seconds, then cancel the rest."""
        try:
            await asyncio.wait_for(self._idle.wait(), timeout=grace)
        except TimeoutError:
            pass
        workers = list(self._workers.values())
        for task in [*workers, *self._abandoned]:
            task.cancel()
        if workers:
            await asyncio.gather(*workers, return_exceptions=True)

    async def _work(self, key: str, queue: asyncio.Queue[Queued]) -> None:
        try:
            while not queue.empty():
                notification, context = queue.get_nowait()
                await self._handle_until_stored(notification, context)
        finally:
            if queue.empty():
                self._queues.pop(key, None)
                self._workers.pop(key, None)
            if not self._queues:
                self._idle.set()

    async def _handle_until_stored(
        self, notification: dict[str, Any], context: dict[str, Any]
    ) -> None:
        """Handle a notification, retrying for as long as the database refuses writes
        (locked, disk full, read-only, I/O), on the injected clock, at most STORAGE_RETRY_MAX
        seconds apart. An error no retry mends (a missing table, a constraint: a bug) is
        not retried: it fails the handling, as any other bug does (_unmendable).

        Never given up: the trouble is the disk's, not the message's (every other message
        would fail the same way, and not even an apology could be written: the outbox is in
        the same database), the notification is safe in the inbox all along, and the
        member's later messages wait behind it, so their order is kept. Not silent either:
        every refusal is logged and counted (errors{kind="storage"}), and while it lasts
        /metrics and /admin show how many messages wait and since when (Health).
        """
        notification_id = str(notification["id"])
        attempts: int | None = None  # starts of its handling, this one included
        failures = 0
        try:
            while True:
                try:
                    if attempts is None:  # once per start: storage retries are no new start
                        attempts = await self.db.run(self.db.store.begin_attempt, notification_id)
                    if attempts > self.max_attempts:
                        await self._give_up(notification, attempts - 1)
                    else:
                        await self._handle(notification, context)
                    return
                except sqlite3.Error as error:
                    if not _retried(error):  # a bug, not the disk: it would fail forever
                        await self._unmendable(notification, error)
                        return
                    failures += 1
                    self.health.count("errors_storage")
                    self.health.storage_waiting.setdefault(notification_id, self.clock.now())
                    event(
                        log,
                        logging.ERROR,
                        "dispatch.storage",
                        id=notification_id,
                        tries=failures,
                        problem=describe_storage_error(error),
                    )
                    context = {}  # read again on the next try: time has passed
                    await self.clock.sleep(min(STORAGE_RETRY_MAX, 0.2 * 2 ** min(failures, 16)))
        except STOPPING:
            raise
        except BaseException as error:  # MemoryError on the way out, SystemExit, ...
            await self._crashed(notification, error)
        finally:
            self.health.storage_waiting.pop(notification_id, None)
            self._verdicts.pop(notification_id, None)
            self._written.pop(notification_id, None)

    async def _handle(self, notification: dict[str, Any], context: dict[str, Any]) -> None:
        notification_id = str(notification["id"])
        outcome, effects = "ignored", Effects(notification_id=notification_id)
        incoming: Incoming | None = None
        try:
            incoming = from_notification(notification, self.me_username)
            if incoming is not None and "member" in context:
                incoming = replace(incoming, member=context["member"], member_known=True)
            reason = self._skip_reason(incoming)
            if reason is None and incoming is not None:
                thinking = self._think(incoming, context)
                reason, effects, outcome = await self._bounded(notification_id, thinking)
            if reason is not None:
                event(log, logging.INFO, "notification.skipped", id=notification_id, reason=reason)
            effects.notification_id = notification_id
        except HandlingTimedOut:
            outcome, effects = "timed_out", await self._timed_out(notification_id, incoming)
        except Exception as error:
            if _retried(error):
                raise  # storage trouble (locked, full) is retried by the caller
            outcome, effects = "error", await self._failed(notification_id, incoming, error)
        status_id = incoming.status_id if incoming else None
        if outcome in ("error", "timed_out"):
            effects = await self._write_or_mark(effects, status_id, outcome)
        else:
            try:
                await self.db.run(
                    self.db.store.apply, effects, status_id=status_id, outcome=outcome
                )
            except Exception as error:
                if _retried(error):
                    raise
                # What was decided cannot be written (a bug, not the disk): none of it is
                # kept, and the member hears the apology instead of silence.
                outcome, effects = "error", await self._failed(notification_id, incoming, error)
                effects = await self._write_or_mark(effects, status_id, outcome)
        self._written[notification_id] = effects
        if effects.outbox or effects.reminders:
            self.on_enqueued(effects)
        free_lists_now_and_then()
        event(
            log,
            logging.INFO,
            "notification.handled",
            id=notification_id,
            outcome=outcome,
            replies=len(effects.outbox),
        )

    async def _think(
        self, incoming: Incoming, context: dict[str, Any]
    ) -> tuple[str | None, Effects, str]:
        """What to answer (_decide) in its thread: the part of handling that may wait on
        anything (the other server, the guardrails, the responder); it writes nothing."""
        return await self._decide(await self._with_thread(incoming, context))

    async def _bounded(self, notification_id: str, thinking: Coroutine[Any, Any, T]) -> T:
        """`thinking`, given at most `handling_timeout` seconds of the injected clock (a
        real-time asyncio.wait_for would make tests wait in real time, and a fake clock
        would never reach it). Past that it is cancelled and abandoned, and HandlingTimedOut
        raised: what it decides if it ever wakes is dropped, since only what this returns
        is written and sent."""
        task = asyncio.ensure_future(_contained(thinking))
        timer = asyncio.ensure_future(self.clock.sleep(self.handling_timeout))
        try:
            await asyncio.wait({task, timer}, return_when=asyncio.FIRST_COMPLETED)
        except BaseException:  # the worker is being stopped: the thinking stops with it
            task.cancel()
            raise
        finally:
            timer.cancel()
        if task.done():
            return task.result()
        task.cancel()
        self._abandoned.add(task)
        task.add_done_callback(partial(self._abandoned_ended, notification_id))
        raise HandlingTimedOut

    def _abandoned_ended(self, notification_id: str, task: asyncio.Task[Any]) -> None:
        """A handling given up past its bound has ended (cancelled, or woken at last): its
        result is dropped, and what it left behind with it is forgotten."""
        self._abandoned.discard(task)
        self._verdicts.pop(notification_id, None)
        if not task.cancelled() and task.exception() is not None:
            log.debug("abandoned handling failed", exc_info=task.exception())

    async def _timed_out(self, notification_id: str, incoming: Incoming | None) -> Effects:
        """Deciding the answer took over `handling_timeout` seconds: something it waited
        on never answered (a hang). Given up like a crash, not tried again (it would hang
        again, and the member's later messages wait behind it): logged (its id, never its
        text), counted for /metrics, listed on /admin, and the member's one apology."""
        self.health.count("errors_timed_out")
        event(
            log,
            logging.ERROR,
            "notification.timed_out",
            id=notification_id,
            seconds=f"{self.handling_timeout:g}",
        )
        await self.db.tell_admin(
            "timed_out",
            f"handling took over {self.handling_timeout:g} s (HANDLING_TIMEOUT_SECONDS) and "
            "was given up: the member was sent the apology",
        )
        return await self._apology(notification_id, incoming)

    async def _give_up(self, notification: dict[str, Any], attempts: int) -> None:
        """Handling this notification began `attempts` times and never ended: it hung until
        a restart, or the process died with it. Another start would do the same, at every
        restart, forever; so it is marked handled ("given_up") with the member's one apology,
        logged (its id, never its text), counted for /metrics and listed on /admin. Its text
        is never read again: reading it may be what hung, so the apology's language is what
        is known without it (the member's choice or last language, the status's tag)."""
        notification_id = str(notification["id"])
        self.health.count("errors_given_up")
        event(log, logging.ERROR, "notification.given_up", id=notification_id, attempts=attempts)
        await self.db.tell_admin(
            "given_up",
            f"handling began {attempts} times and never ended (it hung or stopped the "
            "process): given up, the member was sent the apology",
        )
        incoming = from_notification(_unread(notification), self.me_username)
        effects = await self._apology(notification_id, incoming)
        status_id = incoming.status_id if incoming else None
        effects = await self._write_or_mark(effects, status_id, "given_up")
        if effects.outbox:
            self.on_enqueued(effects)

    async def _unmendable(self, notification: dict[str, Any], error: BaseException) -> None:
        """Storage failed in a way no retry mends (a missing table or column, a constraint:
        a bug, not the disk), where the handling could not catch it (counting the start), or
        the handling crashed where it could not catch that (_crashed), before writing.
        Handled as a crash of the handling is: logged, counted, kept for /admin, the member's
        one apology if it can be written; the member's later messages are not held."""
        notification_id = str(notification["id"])
        try:
            incoming = from_notification(notification, self.me_username)
        except Exception:  # reading it is not what failed; if it fails too, no apology
            incoming = None
        effects = await self._failed(notification_id, incoming, error)
        status_id = incoming.status_id if incoming else None
        effects = await self._write_or_mark(effects, status_id, "error")
        if effects.outbox:
            self.on_enqueued(effects)

    async def _crashed(self, notification: dict[str, Any], error: BaseException) -> None:
        """The handling failed where nothing inside it could catch the failure (MemoryError
        while logging, a BaseException below Exception): the member's worker lives on to
        their next message. Logged, counted and listed like any failed handling. If its
        answer (or apology) was written already, that goes out, once, and nothing more is
        written; if not, the member gets the apology. If nothing at all could be written,
        the message stays in the inbox for the next start (its attempts counted)."""
        notification_id = str(notification["id"])
        written = self._written.get(notification_id)
        try:
            if written is None and not await self.db.run(self.db.store.is_handled, notification_id):
                await self._unmendable(notification, error)
                return
            await self._report(notification_id, error)
            if written is not None and (written.outbox or written.reminders):
                self.on_enqueued(written)
        except STOPPING:
            raise
        except BaseException as again:  # failing again while failing: the count still tells
            self.health.count("errors_dispatch")
            event(log, logging.ERROR, "notification.crashed", id=notification_id)
            log.debug("traceback", exc_info=again)

    async def _write_or_mark(
        self, effects: Effects, status_id: str | None, outcome: str
    ) -> Effects:
        """Write the apology (or nothing) with the handled mark; if even that cannot be
        written (a bug, not the disk), write the mark alone, so the message is never redone.
        If not even the mark can be written (a broken table), nothing is: the message stays
        in the inbox for the next start, and the member's later messages go on. What was
        written is returned."""
        notification_id = effects.notification_id
        for attempt in (effects, Effects(notification_id=notification_id)):
            try:
                await self.db.run(
                    self.db.store.apply, attempt, status_id=status_id, outcome=outcome
                )
                return attempt
            except Exception as error:
                if _retried(error):
                    raise
                event(
                    log,
                    logging.ERROR,
                    "notification.unwritable",
                    id=notification_id,
                    error=type(error).__name__,
                    what="mark" if attempt is not effects else "apology and mark",
                )
        return Effects()

    async def _failed(
        self, notification_id: str, incoming: Incoming | None, error: BaseException
    ) -> Effects:
        """A failure, logged (where in the code, never what the member wrote: an exception's
        message may quote it), counted for /metrics and /admin, and the member's apology."""
        await self._report(notification_id, error)
        return await self._apology(notification_id, incoming)

    async def _report(self, notification_id: str, error: BaseException) -> None:
        """Logged (its type and place, never its message), counted, kept for /admin."""
        if isinstance(error, HandlingCrashed):
            error = error.error
        where = _where(error)
        self.health.count("errors_dispatch")
        event(
            log,
            logging.ERROR,
            "notification.failed",
            id=notification_id,
            error=type(error).__name__,
            at=where,
        )
        log.debug("traceback", exc_info=error)
        await self.db.tell_admin("dispatch", f"{type(error).__name__} at {where}")

    async def _apology(self, notification_id: str, incoming: Incoming | None) -> Effects:
        """The member's one apology for a message the bot could not handle (none to a bot,
        to its own status, or to one deleted meanwhile)."""
        effects = Effects(notification_id=notification_id)
        if incoming is None or self._skip_reason(incoming) is not None or incoming.is_bot:
            return effects  # nothing the bot would answer (and never a bot)
        try:
            if not incoming.member_known:  # its language, if the member chose one
                member = await self.db.run(self.db.store.find_member, incoming.key)
                incoming = replace(incoming, member=member, member_known=True)
            effects = self.responder.sorry(incoming)
        except Exception as again:  # the apology must not fail the handled mark
            event(log, logging.ERROR, "notification.sorry_failed", error=type(again).__name__)
            return Effects(notification_id=notification_id)
        effects.notification_id = notification_id
        return effects

    def _skip_reason(self, incoming: Incoming | None) -> str | None:
        if incoming is None:
            return "not a mention"
        if incoming.account_id == self.me_id:
            return "own status"
        if incoming.status_id in self._deleted:
            return "deleted before it was answered"
        return None

    async def _with_thread(self, incoming: Incoming, context: dict[str, Any]) -> Incoming:
        """Which thread this mention belongs to: the bot's own thread if it replies to the bot."""
        if incoming.in_reply_to_id is None:
            return replace(incoming, thread_root=incoming.status_id)  # a new thread: no lookup
        if "thread_root" in context:
            root = context["thread_root"]  # read when it was received
        else:
            root = await self.db.run(self.db.store.thread_root_of, incoming.in_reply_to_id)
        return replace(incoming, thread_root=root or incoming.in_reply_to_id)

    async def _opts_out(self, incoming: Incoming) -> bool:
        """Whether the message says "stop" (read where it was said: public, or the
        member's DM context), which no guardrail of a member's own flood may drop."""
        member = incoming.member
        if not incoming.member_known:
            member = await self.db.run(self.db.store.find_member, incoming.key, moved_here=True)
        _, reading = self.responder.read(incoming, member)
        return reading.command == "stop"

    async def _decide(self, incoming: Incoming) -> tuple[str | None, Effects, str]:
        """(why silent or None, what to write, outcome for the handled table)."""
        if incoming.edited and await self.db.run(
            self.db.store.status_was_answered, incoming.status_id
        ):
            return "edit of an answered status", Effects(), "ignored"
        if self.guardrails is not None:
            # Judged once: a try again after the database refused a write is the same
            # message, not one more towards a flood (the guardrails count what they see).
            verdict = self._verdicts.get(incoming.notification_id)
            if verdict is None:
                verdict = await self.guardrails.check(incoming)
                self._verdicts[incoming.notification_id] = verdict
            if (verdict.skip in HEARD_STOP or verdict.slow_down) and await self._opts_out(incoming):
                # "stop" is heard through a member's own flood and a thread's cap: they opted
                # out, whatever else they wrote. In a flood's silence it is kept without a
                # reply (the silence holds); as the message that made the flood, or past the
                # thread's answers, its own acknowledgement is the one reply.
                effects = await self.responder.respond(incoming)
                if verdict.skip == FLOOD_SILENCE:
                    effects.outbox = []
                    return "flood: stop kept in the silence", effects, "silent"
                return None, effects, "answered"
            if verdict.skip is not None:
                return verdict.skip, Effects(), "guarded"
            if verdict.slow_down:
                slow_down = self.responder.slow_down(incoming, verdict.until)
                return "flood: told to slow down", slow_down, "slow_down"
        effects = await self.responder.respond(incoming)
        return None, effects, "answered" if effects.outbox else "silent"


async def _contained(thinking: Coroutine[Any, Any, T]) -> T:
    """`thinking`, with a failure below Exception turned into HandlingCrashed inside its own
    task (asyncio re-raises a SystemExit from a task out of the event loop itself)."""
    try:
        return await thinking
    except STOPPING:
        raise
    except Exception:
        raise
    except BaseException as error:
        raise HandlingCrashed(error) from error


def _unread(notification: dict[str, Any]) -> dict[str, Any]:
    """The notification without what the member wrote (the status's content, the account's
    bio): who, where and how visible is all an apology needs."""
    status = notification.get("status")
    account = notification.get("account")
    unread = dict(notification)
    if isinstance(status, dict):
        unread["status"] = {**status, "content": ""}
    if isinstance(account, dict):
        unread["account"] = {**account, "note": ""}
    return unread


def _retried(error: BaseException) -> bool:
    """Storage trouble (locked, full, read-only): the caller retries, the message is fine.
    Any other error, SQLite's own included (a constraint, a missing column), is a bug that
    would fail the same way every time."""
    return isinstance(error, sqlite3.Error) and is_transient_storage_error(error)


def _where(error: BaseException) -> str:
    """The innermost frame of the bot's own code the error came from ("bot/x.py:12 f"): enough
    for the admin's report, and unlike the exception's message it never quotes a member."""
    where = "?"
    trace = error.__traceback__
    while trace is not None:
        code = trace.tb_frame.f_code
        parts = Path(code.co_filename).parts
        for root in ("bot", "storage", "replies"):
            if root in parts:
                tail = parts[len(parts) - 1 - parts[::-1].index(root) :]
                where = f"{'/'.join(tail)}:{trace.tb_lineno} {code.co_name}"
                break
        trace = trace.tb_next
    return where
