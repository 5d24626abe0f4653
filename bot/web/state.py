"""What the web application holds, defined once: the running parts (`Bot`), the timings
(`Tuning`) and the keys under which routes find them.

Routes (`bot/web/routes.py`, `admin_page.py`, `metrics.py`, `health.py`) import only this
module, never `bot/web/app.py`, which imports them: so nothing imports in a circle
(tests/test_imports.py checks).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from bot.campaign import CampaignRunner
from bot.clock import Clock
from bot.config import Config
from bot.dispatch import Dispatcher
from bot.health import Health
from bot.lease import Lease
from bot.listener import Listener
from bot.mastodon_api import MastodonAPI
from bot.outbox import Outbox
from bot.progress import Reader
from bot.reminders import Reminders
from bot.verify import Verifier
from storage import Database


@dataclass(frozen=True)
class Tuning:
    """Timings that production leaves at their defaults and tests shrink."""

    heartbeat_timeout: float = 60.0
    poll_interval: float = 6.0
    filtered_poll_interval: float = 15.0
    stream_retry_interval: float = 300.0
    safety_interval: float = 300.0
    request_timeout: float = 10.0
    reconnect_backoff_base: float = 1.0
    reconnect_backoff_max: float = 60.0
    send_backoff_base: float = 2.0
    shutdown_grace: float = 10.0
    verify_timeout: float = 4.0
    # The lease that keeps a second copy on the same database waiting (bot/lease.py).
    lease_ttl: float = 45.0
    lease_renew_every: float = 15.0
    lease_retry_every: float = 5.0
    exit_on_lease_loss: bool = True
    # How often the write-ahead log is emptied into the database, so the text of handled
    # messages (deleted from the inbox) is in no file for longer than this.
    log_scrub_every: float = 30.0  # SIGTERM to itself, so a supervisor restarts it as standby
    send_concurrency: int = 4  # posts in flight at once (1: one at a time)
    # Where WebFinger and actors of a domain are fetched; tests map domains to loopback.
    base_url_for: Callable[[str], str] | None = None
    # `run` serves on config.port: once the lease is held, and before anything is asked of
    # the server or any work starts, the port is tried, so a taken port ends the start
    # there (aiohttp binds it only after the app has started). Apps on a site of their
    # own (the sandbox, tests) leave it off.
    probe_port: bool = False


@dataclass
class Bot:
    """Every running part, reachable from the app for routes, tests and shutdown."""

    config: Config
    clock: Clock
    db: Database
    api: MastodonAPI
    health: Health
    me: dict[str, Any]
    instance: dict[str, Any]
    dispatcher: Dispatcher
    outbox: Outbox
    listener: Listener
    reminders: Reminders
    verifier: Verifier
    reader: Reader | None = None
    tasks: list[asyncio.Task[Any]] = field(default_factory=list)
    campaign: CampaignRunner | None = None
    lease: Lease | None = None

    async def settled(self) -> None:
        """For tests: every received notification handled and the queue empty."""
        while True:
            await self.dispatcher.wait_idle()
            depth = await self.db.run(self.db.store.queue_depth)
            due = await self.db.run(self.db.store.next_sendable, skip=self.outbox.skipped)
            if depth == 0 or (due is None and not self.outbox.sending):
                return
            await asyncio.sleep(0.005)


BOT_KEY = web.AppKey("bot", Bot)
CONFIG_KEY = web.AppKey("config", Config)
CLOCK_KEY = web.AppKey("clock", Clock)
TUNING_KEY = web.AppKey("tuning", Tuning)
HEALTH_KEY = web.AppKey("health", Health)
