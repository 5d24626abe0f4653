"""Notifications in: the SSE stream, a REST catch-up after every (re)connect, polling as fallback.

Mastodon's stream has no replay: whatever happens while it is down is lost. So the
listener subscribes first and then catches up through GET /api/v1/notifications with
min_id from its cursor, paging until empty. Duplicates between the two are absorbed
by the dispatcher (every notification id is handled at most once).

Private mentions from accounts the bot does not follow are filtered by Mastodon 4.3+
and never streamed; when the bot cannot set its policy to accept them, the listener
also polls with include_filtered, at a pace within the paging throttle.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import sqlite3
from collections.abc import Awaitable, Callable
from typing import Any

from bot.clock import Clock
from bot.health import Health
from bot.logs import event
from bot.mastodon_api import (
    MastodonAPI,
    PermanentError,
    RateLimited,
    StreamUnavailable,
    TransientError,
    id_order,
    notification_id,
)
from bot.retry import until_answered
from storage import Database

log = logging.getLogger(__name__)

Submit = Callable[[dict[str, Any]], Awaitable[None]]
Deleted = Callable[[str], Awaitable[None]]


class Listener:
    def __init__(
        self,
        api: MastodonAPI,
        db: Database,
        submit: Submit,
        *,
        clock: Clock,
        health: Health,
        heartbeat_timeout: float = 60.0,
        poll_interval: float = 6.0,
        filtered_poll_interval: float = 15.0,
        stream_retry_interval: float = 300.0,
        safety_interval: float = 300.0,
        backoff_base: float = 1.0,
        backoff_max: float = 60.0,
    ) -> None:
        self.api, self.db, self.submit = api, db, submit
        self.clock, self.health = clock, health
        self.heartbeat_timeout = heartbeat_timeout
        # Paging throttle: 300 paged requests per 15 min per user, one every 3 s on average.
        self.poll_interval = max(poll_interval, 0.0)
        self.filtered_poll_interval = filtered_poll_interval
        self.stream_retry_interval = stream_retry_interval
        self.safety_interval = safety_interval
        self.backoff_base, self.backoff_max = backoff_base, backoff_max
        self.poll_filtered = False
        self._catch_up_lock = asyncio.Lock()
        self._catch_up_again = False
        self._background: set[asyncio.Task[int]] = set()
        self._held: list[dict[str, Any]] = []
        # A status was deleted (a `delete` event's bare id): cancel replies not yet sent.
        self.on_delete: Deleted = _ignore_delete

    # -- start ---------------------------------------------------------------------------

    async def start_cursor(self) -> None:
        """On the very first run, start from now: an old backlog is not answered."""
        store = self.db.store
        if await self.db.run(store.cursor) is not None:
            return
        page = await self.api.mention_notifications(limit=1)
        newest = str(page[-1]["id"]) if page else "0"
        await self.db.run(store.advance_cursor, newest)
        event(log, logging.INFO, "listener.first_run", cursor=newest)

    # -- catch-up ------------------------------------------------------------------------

    async def catch_up(self) -> int:
        """Fetch every mention after the cursor, oldest first; return how many were new."""
        if self._catch_up_lock.locked():
            self._catch_up_again = True
            return 0
        seen = 0
        async with self._catch_up_lock:
            while True:
                self._catch_up_again = False
                seen += await self._catch_up_once()
                if not self._catch_up_again:
                    break
        return seen

    async def _catch_up_once(self) -> int:
        seen = 0
        while True:
            taken, more = await self._catch_up_page()
            seen += taken
            if not more:
                return seen

    async def _catch_up_page(self) -> tuple[int, bool]:
        """One page after the cursor: the notifications not received yet are submitted,
        oldest first, then the cursor moves past the page. Returns how many were new, and
        whether to look again.

        Most of a safety-net pass is what the stream brought already (the stream never
        moves the cursor: it cannot know that nothing before was lost), thousands of
        notifications in a busy five minutes: their ids are looked up in one query a page
        and they are never decoded, redacted or offered to the dispatcher again. Nothing
        of a page outlives this call, so a pass holds one page's text at a time."""
        store = self.db.store
        cursor = await self.db.run(store.cursor)
        page = await self.api.mention_page(min_id=cursor)
        self.health.last_poll_at = self.clock.now()
        if not page.entries:
            return 0, False
        known = await self.db.run(store.known, page.ids)
        for notification in page.notifications(skip=known):
            await self.submit(notification)
        newest = page.entries[-1][0]
        # The page is recorded in the inbox before the cursor moves past it.
        moved = await self.db.run(store.advance_cursor, newest)
        if not moved:
            # A server whose ids do not grow in the order the bot reckons (id_order)
            # would answer the same page again: one look is enough till the next.
            event(log, logging.WARNING, "catch_up.cursor_stuck", id=newest)
        return len(page.entries) - len(known), moved

    # -- the loop ------------------------------------------------------------------------

    async def run(self) -> None:
        await self._with_retry(self.start_cursor)
        instance = await self._with_retry(self.api.instance)
        # The user stream brings deletes as well; a token without read:statuses cannot open
        # it, so the bot falls back to the notification stream (deletes are then caught
        # only when posting the reply fails with 404).
        url = await self.api.streaming_url(instance, user=True)
        notifications_only = await self.api.streaming_url(instance)
        failures = 0
        # Filtered private mentions are never streamed, so they are polled; and a slow
        # safety-net catch-up finds anything a stream lost without the bot noticing.
        interval = self.filtered_poll_interval if self.poll_filtered else self.safety_interval
        polling = asyncio.create_task(self._poll_forever(interval))
        try:
            while True:
                try:
                    if await self._consume_stream(url):
                        failures = 0  # a clean end after a working stream: reconnect at once
                    else:
                        # Not a stream (a web page where it should be, or one that ends
                        # before its first heartbeat): reconnecting at once would be a loop.
                        event(log, logging.WARNING, "stream.empty")
                        failures += 1
                except StreamUnavailable as why:
                    event(
                        log,
                        logging.WARNING,
                        "stream.unavailable",
                        reason=str(why),
                        fallback="polling",
                    )
                    self.health.stream_down(self.clock.now())
                    await self._poll_for(self.stream_retry_interval)
                    continue
                except PermanentError as error:
                    if url != notifications_only and error.status in (401, 403):
                        event(
                            log,
                            logging.WARNING,
                            "stream.no_deletes",
                            fix="give the token read:statuses to cancel replies to deleted "
                            "mentions at once",
                        )
                        url = notifications_only
                        continue
                    event(log, logging.ERROR, "stream.refused", status=error.status)
                    self.health.stream_down(self.clock.now())
                    failures += 1
                except Exception as error:  # a timeout, a dropped connection: reconnect
                    event(log, logging.WARNING, "stream.lost", error=type(error).__name__)
                    self.health.stream_down(self.clock.now())
                    failures += 1
                self.health.reconnects += 1
                if failures:
                    # Polled meanwhile: a streaming service that is down (its proxy's 502)
                    # must not leave mentions to the safety net's look every few minutes.
                    await self._poll_for(self._backoff(failures))
        finally:
            polling.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await polling

    def _backoff(self, failures: int) -> float:
        """Exponential back-off with full jitter, so many bots do not reconnect in step."""
        if failures <= 0:
            return 0.0
        ceiling = min(self.backoff_max, self.backoff_base * 2 ** (failures - 1))
        return random.uniform(ceiling / 2, ceiling)

    async def _consume_stream(self, url: str) -> bool:
        """Read the stream until it ends; whether it said anything (a heartbeat, an event)."""
        catch_up: asyncio.Task[int] | None = None
        heard = False
        try:
            async for name, data in self.api.stream(url, heartbeat_timeout=self.heartbeat_timeout):
                now = self.clock.now()
                if name == "open":
                    self.health.stream_up(now)
                    event(log, logging.INFO, "stream.connected")
                    catch_up = asyncio.create_task(self._catch_up_then_release())
                    continue
                heard = True
                self.health.last_event_at = now
                if name == "notification":
                    notification = _parse_notification(data)
                    if notification is None:
                        event(log, logging.WARNING, "stream.malformed_event")
                    elif catch_up is not None and not catch_up.done():
                        # Older notifications are still being fetched: keep each member's
                        # messages in order by submitting this one after them.
                        self._held.append(notification)
                    else:
                        await self.submit(notification)
                elif name == "delete":
                    await self.on_delete(data.strip())
                elif name == "notifications_merged":
                    # Accepted notification requests were merged back: fetch them now.
                    self._background.add(asyncio.create_task(self._safe_catch_up()))
                    self._background = {t for t in self._background if not t.done()}
            event(log, logging.WARNING, "stream.ended")
            self.health.stream_down(self.clock.now())
            return heard
        finally:
            if catch_up is not None and not catch_up.done():
                await asyncio.shield(catch_up)

    async def _catch_up_then_release(self) -> int:
        """The catch-up after a (re)connect, then the stream events held back meanwhile."""
        try:
            return await self._safe_catch_up()
        finally:
            held, self._held = self._held, []
            for notification in sorted(held, key=lambda n: id_order(n["id"])):
                await self.submit(notification)

    async def _safe_catch_up(self, attempts: int = 1_000_000) -> int:
        """A catch-up that waits out 429s and retries transient failures with back-off.

        Nothing else fetches what the stream missed, so by default it keeps trying.
        """
        limited_in_a_row = 0
        for attempt in range(1, attempts + 1):
            try:
                return await self.catch_up()
            except RateLimited as limited:
                limited_in_a_row += 1
                wait = limited.wait_seconds(
                    self.clock.timestamp(), unknown=30.0, in_a_row=limited_in_a_row
                )
                event(log, logging.WARNING, "catch_up.rate_limited", wait_seconds=round(wait))
                await self.clock.sleep(wait)
            except (TransientError, sqlite3.Error) as error:
                limited_in_a_row = 0
                event(
                    log, logging.WARNING, "catch_up.retry", attempt=attempt, error=str(error)[:120]
                )
                await self.clock.sleep(self._backoff(attempt))
            except PermanentError as error:
                event(log, logging.ERROR, "catch_up.failed", status=error.status)
                return 0
        return 0

    async def _poll_for(self, seconds: float) -> None:
        """Polling fallback: catch up every poll_interval until it is time to retry the stream."""
        self.health.mode = "polling"
        deadline = self.clock.timestamp() + seconds
        while self.clock.timestamp() < deadline:
            await self._safe_catch_up()
            await self.clock.sleep(
                min(self.poll_interval, max(0.0, deadline - self.clock.timestamp()))
            )

    async def _poll_forever(self, interval: float) -> None:
        while True:
            await self.clock.sleep(interval)
            await self._safe_catch_up()

    async def _with_retry(self, call: Callable[[], Awaitable[Any]]) -> Any:
        """The first looks (the cursor, the instance) are tried until they answer: nothing
        is heard before them. Transient failures after the reconnect back-off (at least a
        second), without limit."""
        return await until_answered(
            call, clock=self.clock, backoff=lambda failures: max(1.0, self._backoff(failures))
        )


async def _ignore_delete(status_id: str) -> None:
    return None


def _parse_notification(data: str) -> dict[str, Any] | None:
    try:
        notification = json.loads(data)
    except ValueError:
        return None
    if isinstance(notification, dict) and notification_id(notification) is not None:
        return notification
    return None
