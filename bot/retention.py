"""Data retention: a daily sweep deletes what is older than RETENTION_DAYS.

A member's rows (their step, handles, times, reminders and the statuses addressed to
them) go RETENTION_DAYS after their walkthrough finished or went silent, that is,
after the latest of their last message, their last step change and the finish. Of a
member who said "stop", the wish alone stays (account, paused, #nobot), so that no
campaign writes to them later.
Old posted statuses, handled-notification records and errors go at the same age.
Pending work (queued statuses, unhandled notifications) is never swept. Members are
told in the walkthrough's first message what is stored and that "forget me" deletes
it at once; admins can do the same with `python -m bot forget HANDLE`.

The SQL is `Store.retention_sweep`; this module only decides when and logs counts.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from bot.clock import Clock
from bot.health import Health, report_worker_fault
from bot.logs import event
from storage import Database

log = logging.getLogger(__name__)

SWEEP_INTERVAL = 24 * 3600.0
RETRY_AFTER_FAILURE = 3600.0


class RetentionSweep:
    def __init__(
        self,
        db: Database,
        *,
        clock: Clock,
        days: int,
        health: Health | None = None,
        interval: float = SWEEP_INTERVAL,
    ) -> None:
        self.db, self.clock, self.days, self.health = db, clock, days, health
        self.interval = interval
        self.last_counts: dict[str, int] | None = None

    async def sweep_once(self) -> dict[str, int]:
        """Delete what is older than the cutoff now; return how many rows of each kind went."""
        cutoff = self.clock.now() - timedelta(days=self.days)
        counts = await self.db.run(self.db.store.retention_sweep, cutoff)
        self.last_counts = counts
        level = logging.INFO if any(counts.values()) else logging.DEBUG
        event(log, level, "retention.swept", retention_days=self.days, **counts)
        return counts

    async def run(self) -> None:
        """At start, then once a day (an hour after a failure)."""
        while True:
            wait = self.interval
            try:
                await self.sweep_once()
            except asyncio.CancelledError:
                raise
            except Exception as error:
                wait = min(self.interval, RETRY_AFTER_FAILURE)
                await report_worker_fault(
                    "retention", error, health=self.health, db=self.db, log=log
                )
            await self.clock.sleep(wait)
