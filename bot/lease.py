"""One running copy per database: a lease row that the running copy renews.

A second copy (a rolling deploy, a second terminal) finds the lease held, logs which
process holds it, and waits as a standby. It takes over when the first releases the
lease (a clean stop: within `retry_every` seconds), when the first's process is gone
(same machine: at the next retry), or when the lease expires (another machine that
died: `ttl` seconds after its last renewal). Before taking over nothing is posted, so
nothing is sent twice; a copy that finds its lease taken (it was paused longer than the
ttl) stops posting at once.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from bot.clock import Clock
from bot.logs import event
from storage import Database

log = logging.getLogger(__name__)


def _process_gone(row: dict[str, Any]) -> bool:
    """The holder ran on this machine and its process has ended (or is this process: a
    process is never its own second copy)."""
    if row.get("host") != socket.gethostname():
        return False
    pid = int(row.get("pid") or 0)
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # alive, another user's
    return False


class Lease:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        *,
        ttl: float = 45.0,
        renew_every: float = 15.0,
        retry_every: float = 5.0,
    ) -> None:
        self.db, self.clock = db, clock
        self.ttl = timedelta(seconds=ttl)
        self.renew_every, self.retry_every = renew_every, retry_every
        self.pid, self.host = os.getpid(), socket.gethostname()
        self.holder = f"{self.host}:{self.pid}:{uuid.uuid4().hex[:8]}"
        self.held = False

    async def _take(self) -> dict[str, Any] | None:
        return await self.db.run(
            self.db.store.take_lease,
            self.holder,
            pid=self.pid,
            host=self.host,
            now=self.clock.now(),
            ttl=self.ttl,
            gone=_process_gone,
        )

    async def acquire(self) -> None:
        """Take the lease, waiting as a standby for as long as another copy holds it."""
        told = None
        while (other := await self._take()) is not None:
            if told != other["holder"]:
                told = other["holder"]
                event(
                    log,
                    logging.WARNING,
                    "lease.standby",
                    held_by_pid=other["pid"],
                    held_by_host=other["host"],
                    since=other["acquired_at"],
                    effect="another copy of the bot runs on this database; waiting as a "
                    "standby, taking over when it stops",
                )
            else:  # each later try, for whoever watches a standby at DEBUG (and the tests)
                event(log, logging.DEBUG, "lease.still_held", held_by_pid=other["pid"])
            await self.clock.sleep(self.retry_every)
        self.held = True
        event(log, logging.INFO, "lease.acquired", pid=self.pid, host=self.host)

    async def keep(self, lost: Callable[[], None]) -> None:
        """Renew until cancelled; call `lost` (and stop) if another copy took the lease."""
        while True:
            await self.clock.sleep(self.renew_every)
            try:
                ok = await self.db.run(
                    self.db.store.renew_lease, self.holder, now=self.clock.now(), ttl=self.ttl
                )
            except asyncio.CancelledError:
                raise
            except Exception as error:  # a locked database: try again at the next renewal
                event(log, logging.WARNING, "lease.renew_failed", error=type(error).__name__)
                continue
            if not ok:
                self.held = False
                event(
                    log,
                    logging.CRITICAL,
                    "lease.lost",
                    effect="another copy took over this database; this one stops posting",
                )
                lost()
                return

    async def release(self) -> None:
        if self.held:
            self.held = False
            await self.db.run(self.db.store.release_lease, self.holder)
