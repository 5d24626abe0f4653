"""The process: one aiohttp application whose cleanup_ctx runs the bot's background work.

`create_app(config)` is used by `python -m bot run`, by the sandbox and by the tests,
so what the tests exercise is what runs in production. The running parts (`Bot`), the
timings (`Tuning`) and the keys routes find them under live in `bot/web/state.py`, so
that the routes never import this module and nothing imports in a circle.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import logging
import os
import signal
import sqlite3
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from typing import Any
from urllib.parse import urlparse

from aiohttp import web

from bot import second_opinion
from bot.budget import Budget
from bot.campaign import CampaignRunner, Pace
from bot.clock import Clock, SystemClock
from bot.config import Config
from bot.dispatch import Dispatcher
from bot.footprint import let_go_of_library_pages, one_certificate_store, one_malloc_arena
from bot.guardrails import Guardrails
from bot.health import Health
from bot.lease import Lease
from bot.listener import Listener
from bot.logs import event
from bot.mastodon_api import MastodonAPI, PermanentError, RateLimited, TransientError
from bot.outbox import Outbox
from bot.progress import Progress, Reader
from bot.reminders import ReminderPlan, Reminders
from bot.respond import InstanceLimits, Responder
from bot.retention import RetentionSweep
from bot.retry import until_answered
from bot.startup import CONFIGURATION, StartupFailure, network_problem, probe_port
from bot.verify import Verifier, default_base_url
from bot.walkthrough import Walkthrough
from bot.web.routes import add_routes
from bot.web.state import (
    BOT_KEY,
    CLOCK_KEY,
    CONFIG_KEY,
    HEALTH_KEY,
    TUNING_KEY,
    Bot,
    Tuning,
)
from storage import Database, Effects, Store
from storage.db import describe_storage_error

log = logging.getLogger(__name__)

__all__ = ["BOT_KEY", "Bot", "Tuning", "create_app"]


def create_app(
    config: Config, *, clock: Clock | None = None, tuning: Tuning | None = None
) -> web.Application:
    one_malloc_arena()
    one_certificate_store()
    app = web.Application()
    app[CONFIG_KEY] = config
    app[CLOCK_KEY] = clock or SystemClock()
    app[TUNING_KEY] = tuning or Tuning()
    app[HEALTH_KEY] = Health()
    app.cleanup_ctx.append(_second_opinion_setting)
    app.cleanup_ctx.append(_run_bot)
    add_routes(app)
    return app


# The longest the start waits at once (a 429 until its reset, a 503 until its Retry-After):
# Mastodon's longest window, the posting one, is 3 hours; the calls at start fall under the
# 5-minute ones.
RATE_LIMIT_WAIT_MAX = 900.0


async def _startup_call(clock: Clock, call: Any) -> Any:
    """Retry transient failures at start (the server may be restarting too) six times, after
    1, 2, 4, 8, 16 and 30 s: a server down for longer is named in one line. A 429 is waited
    out until its reset time, however many come: a bot restarted in a loop has spent its
    token's requests, and giving up would restart it into the same 429."""
    return await until_answered(
        call,
        clock=clock,
        backoff=lambda failures: min(30.0, 2.0 ** (failures - 1)),
        tries=6,
        longest_wait=RATE_LIMIT_WAIT_MAX,
    )


async def _second_opinion_setting(app: web.Application) -> AsyncIterator[None]:
    """The config's BOT_SECOND_OPINION (.env or the environment) decides, from before the
    first message is read (pending ones are read at start) until the app stops; then
    whatever decided before it does again (another app still running in this process)."""
    held = second_opinion.hold(app[CONFIG_KEY].second_opinion == "on")
    try:
        yield
    finally:
        second_opinion.release(held)


async def _run_bot(app: web.Application) -> AsyncIterator[None]:
    config: Config = app[CONFIG_KEY]
    clock: Clock = app[CLOCK_KEY]
    tuning: Tuning = app[TUNING_KEY]
    health: Health = app[HEALTH_KEY]

    store = _open_store(config, clock)
    db = Database(store)
    lease = Lease(
        db,
        clock,
        ttl=tuning.lease_ttl,
        renew_every=tuning.lease_renew_every,
        retry_every=tuning.lease_retry_every,
    )
    try:
        await lease.acquire()  # a second copy waits here, as a standby, before any request
    except BaseException:
        db.close()
        raise
    if tuning.probe_port:
        try:
            probe_port(config.port)
        except OSError:
            await lease.release()
            db.close()
            raise
    running: list[asyncio.Task[Any]] = []  # the bot's tasks, once they exist

    def lease_lost() -> None:
        """Another copy took over: post nothing more, and exit (to come back as a standby)."""
        for task in running:
            task.cancel()
        health.count("errors_lease")
        if tuning.exit_on_lease_loss:
            os.kill(os.getpid(), signal.SIGTERM)

    # Renewed from now on: starting (retries, loading every locale) may outlast the lease.
    keeper = asyncio.create_task(lease.keep(lease_lost), name="lease")
    api = MastodonAPI(
        config.api_base_url,
        config.access_token,
        clock=clock,
        request_timeout=tuning.request_timeout,
    )
    try:
        me = await _startup_call(clock, api.verify_credentials)
        instance = await _startup_call(clock, api.instance)
    except (PermanentError, TransientError, RateLimited) as error:
        await api.close()
        keeper.cancel()
        await lease.release()
        db.close()
        raise _server_failure(error, config.api_base_url) from error
    event(
        log,
        logging.INFO,
        "startup",
        account=me.get("acct"),
        version=instance.get("version"),
        schema=store.schema_version,
    )

    limits = InstanceLimits.from_instance(instance)
    this_server = _server_domain(instance, config.api_base_url)
    # For `forget` and `check`, which run without the server: handles use this domain,
    # profile addresses the web host, and the two can differ.
    await db.run(store.remember_server, this_server, urlparse(config.api_base_url).netloc)
    # For `campaign start` and `status`, run from a shell that may not have the same setting.
    await db.run(store.remember_budget, config.status_budget)
    budget = Budget(clock, limit=config.status_budget, server=api.rate)
    outbox = Outbox(
        api,
        db,
        clock=clock,
        health=health,
        budget=budget,
        backoff_base=tuning.send_backoff_base,
        max_characters=limits.max_characters,
        concurrency=tuning.send_concurrency,
        me_id=str(me["id"]),
    )
    api.on_rate_change = outbox.wake  # new headers may free budget the outbox waits for
    plan = ReminderPlan(
        archive_window_hours=config.archive_download_window_hours,
        archive_retention_days=config.archive_retention_days,
    )
    reminders = Reminders(
        db,
        clock=clock,
        health=health,
        plan=plan,
        this_server=this_server,
        max_characters=limits.max_characters,
        url_length=limits.url_length,
        on_enqueued=outbox.wake,
    )
    verifier = Verifier(
        clock=clock,
        timeout=tuning.verify_timeout,
        base_url_for=_base_urls(this_server, config.api_base_url, tuning.base_url_for),
        own_server=this_server,
        account_lookup=api.lookup,
    )
    reader = Reader(
        this_server=this_server,
        base_url_for=_base_urls(this_server, config.api_base_url, tuning.base_url_for),
        api=api,
        timeout=tuning.verify_timeout,
    )
    progress = Progress(reader, verifier, this_server=this_server)
    reminders.progress = progress
    walkthrough = Walkthrough(
        verifier=verifier,
        clock=clock,
        plan=plan,
        this_server=this_server,
        max_characters=limits.max_characters,
        url_length=limits.url_length,
        progress=progress,
    )
    responder = Responder(
        db, walkthrough, limits, budget=budget, default_locale=config.bot_language
    )
    walkthrough.explain = responder.explain
    reminders.rechecker = walkthrough  # the bot's own second look at the alias and the move
    walkthrough.answer_question = responder.answer_in_walkthrough

    def enqueued(effects: Effects) -> None:
        if effects.outbox:
            outbox.wake()
        if effects.reminders:
            reminders.wake()  # only new reminders can move its next wake-up earlier

    guardrails = Guardrails(db, clock, str(me["id"]))
    outbox.on_answered = guardrails.replied
    dispatcher = Dispatcher(
        db,
        responder,
        me=me,
        health=health,
        on_enqueued=enqueued,
        guardrails=guardrails,
        max_attempts=config.max_handling_attempts,
        handling_timeout=config.handling_timeout_seconds,
        clock=clock,
    )
    listener = Listener(
        api,
        db,
        dispatcher.submit,
        clock=clock,
        health=health,
        heartbeat_timeout=tuning.heartbeat_timeout,
        poll_interval=tuning.poll_interval,
        filtered_poll_interval=tuning.filtered_poll_interval,
        stream_retry_interval=tuning.stream_retry_interval,
        safety_interval=tuning.safety_interval,
        backoff_base=tuning.reconnect_backoff_base,
        backoff_max=tuning.reconnect_backoff_max,
    )
    listener.on_delete = dispatcher.deleted
    listener.poll_filtered = not await _accept_private_mentions(api, health)
    await _reads_statuses(api, health, str(me["id"]))
    bot = Bot(
        config,
        clock,
        db,
        api,
        health,
        me,
        instance,
        dispatcher,
        outbox,
        listener,
        reminders,
        verifier,
    )
    bot.reader = reader

    def closing(campaign: dict[str, Any] | None) -> None:
        walkthrough.closes_at = (
            datetime.fromisoformat(campaign["closes_at"]) if campaign is not None else None
        )

    bot.campaign = CampaignRunner(
        db,
        api,
        clock=clock,
        pace=Pace(limit=config.status_budget),
        me=me,
        server=this_server,
        default_locale=config.bot_language,
        max_characters=limits.max_characters,
        url_length=limits.url_length,
        on_enqueued=outbox.wake,
        on_campaign=closing,
        health=health,
    )
    app[BOT_KEY] = bot

    pending = [json.loads(p) for p in await db.run(store.unhandled)]
    if pending:
        event(log, logging.INFO, "inbox.resumed", pending=len(pending))
        await dispatcher.resubmit_pending(pending)
    # Everything loaded at start (templates, phrase tables, knowledge) lives as long as the
    # process: keep it out of the garbage collector's scans, which otherwise add pauses.
    await asyncio.to_thread(_load_words)
    gc.collect()
    gc.freeze()
    # What only start-up ran leaves the RSS (the pages of libraries it read)
    let_go_of_library_pages()
    bot.tasks = [
        asyncio.create_task(outbox.run(), name="outbox"),
        asyncio.create_task(reminders.run(), name="reminders"),
        asyncio.create_task(listener.run(), name="listener"),
        asyncio.create_task(bot.campaign.run(), name="campaign"),
        asyncio.create_task(
            RetentionSweep(db, clock=clock, days=config.retention_days, health=health).run(),
            name="retention",
        ),
    ]
    bot.lease = lease
    running.extend(bot.tasks)
    bot.tasks.append(keeper)
    bot.tasks.append(
        asyncio.create_task(_scrub_log(db, clock, tuning.log_scrub_every), name="scrub")
    )
    try:
        yield
    finally:
        await _shutdown(bot, tuning.shutdown_grace)


async def _scrub_log(db: Database, clock: Clock, every: float) -> None:
    """Handled messages are deleted from the inbox at once, but SQLite keeps the old pages
    in the -wal file until it is checkpointed: empty it regularly."""
    while True:
        await clock.sleep(every)
        try:
            emptied = await db.run(db.store.scrub)
            # For whoever checks at DEBUG that deleted text has left the files (the tests).
            event(log, logging.DEBUG, "scrub.done", emptied=emptied)
        except asyncio.CancelledError:
            raise
        except Exception as error:  # locked by a backup: next time
            event(log, logging.DEBUG, "scrub.skipped", error=type(error).__name__)


def _open_store(config: Config, clock: Clock) -> Store:
    """The database, opened and written once, or a StartupFailure saying what to fix."""
    path = config.database_path
    try:
        store = Store.open(path, clock)
        store.set_meta("last_start", clock.now().isoformat())
    except (OSError, sqlite3.Error) as error:
        reason = describe_storage_error(error) if isinstance(error, sqlite3.Error) else ""
        raise StartupFailure(
            f"cannot create or write the database {path} "
            f"({reason or error.strerror or type(error).__name__})",
            "make its directory writable by the bot's user (it also holds the -wal and "
            "-shm files), or set DATABASE_PATH to such a place",
        ) from error
    return store


def _server_failure(error: Exception, url: str) -> StartupFailure:
    if isinstance(error, PermanentError) and error.status in (401, 403):
        return StartupFailure(
            f"the server at {url} refused MASTODON_ACCESS_TOKEN (HTTP {error.status})",
            "create a token with python -m bot register and set MASTODON_ACCESS_TOKEN "
            "(python -m bot check tells more)",
            CONFIGURATION,
        )
    if isinstance(error, PermanentError):
        return StartupFailure(
            f"{url} answered HTTP {error.status} where Mastodon's API should be",
            "set MASTODON_API_BASE_URL to your server's address, like https://example.social",
            CONFIGURATION,
        )
    if isinstance(error, RateLimited):
        return StartupFailure(
            f"{url} keeps answering 429 (too many requests)",
            "wait a few minutes and start again",
        )
    return StartupFailure(
        f"cannot reach {url}: {network_problem(error, url)}",
        "check MASTODON_API_BASE_URL and that the server is up and reachable from here",
    )


def _load_words() -> None:
    """Load every locale's phrase tables, knowledge and walkthrough words before the first
    mention rather than during it."""
    import replies
    from bot import interpret, language, ranking, second_opinion, text
    from bot.understand import lexicon, understand
    from bot.walkthrough import Words
    from replies.knowledge import knowledge

    # The detector's models first: loading them passes through 3 MB more than they keep,
    # which the tables loaded after it reuse (peak RSS 1 MB lower than loading them last).
    language.load()
    language.let_go_of_model_pages()
    # Then every locale's command words, merged: the walkthrough tables it parses are let go
    # once it is built, and the phrase tables built after it reuse their memory.
    interpret.book()
    for locale in replies.locales():
        understand("", locale)
        ranking.prepare(lexicon(locale))  # the near-miss ranking, built before it is needed
        knowledge(locale)
        Words.load(locale)

    if second_opinion.enabled():
        second_opinion.model()  # the learned second opinion (bot/interpret.py's gate)
    # Every table is built: the index that made their equal tuples and steps one object
    # is not asked again (bench/latency.py's peak RSS 0.4-0.5 MB lower).
    text.forget_shared()


def _server_domain(instance: dict[str, Any], base_url: str) -> str:
    """This server's domain as it appears in handles (v2 'domain', v1 'uri', else the URL)."""
    domain = instance.get("domain") or instance.get("uri") or urlparse(base_url).netloc
    return str(domain).lower().removeprefix("https://").removeprefix("http://").rstrip("/")


def _base_urls(
    this_server: str, api_base_url: str, override: Callable[[str], str] | None
) -> Callable[[str], str]:
    """Our own server is reached through the configured URL; others through https://domain."""

    def base_url_for(domain: str) -> str:
        if domain.lower() == this_server:
            return api_base_url
        return override(domain) if override else default_base_url(domain)

    return base_url_for


async def _accept_private_mentions(api: MastodonAPI, health: Health) -> bool:
    """Members must reach the bot by DM without being followed (Mastodon 4.3+ filters them)."""
    try:
        policy = await api.notification_policy()
    except (PermanentError, TransientError, RateLimited) as error:
        event(
            log,
            logging.WARNING,
            "policy.unreadable",
            error=str(error)[:80],
            effect="also polling filtered notifications",
        )
        health.private_mentions = "filtered-polling"
        return False
    if policy.get("for_private_mentions") == "accept":
        health.private_mentions = "accepted"
        return True
    try:
        await api.accept_private_mentions()
    except (PermanentError, TransientError, RateLimited) as error:
        event(
            log,
            logging.WARNING,
            "policy.filtered_private_mentions",
            error=str(error)[:80],
            fix="grant write:notifications, or set Filter private mentions to accept in the bot's notification settings",
            effect="also polling filtered notifications every few seconds",
        )
        health.private_mentions = "filtered-polling"
        return False
    event(log, logging.INFO, "policy.accepting_private_mentions")
    health.private_mentions = "accepted"
    return True


async def _reads_statuses(api: MastodonAPI, health: Health, me_id: str) -> None:
    """Whether the token has read:statuses, for /admin and the log: the bot works without
    it, but after an outage of over an hour it gives up a reply that may have gone out
    (never posted twice) instead of looking among its own statuses, and a reply to a
    deleted mention is cancelled only when posting it fails."""
    health.read_statuses = await api.reads_statuses(me_id)
    if health.read_statuses is False:
        event(
            log,
            logging.WARNING,
            "token.missing_scope",
            scope="read:statuses",
            effect="replies that may be out after an outage of over an hour are given up",
            fix="create a token with python -m bot register and set MASTODON_ACCESS_TOKEN",
        )


async def _shutdown(bot: Bot, grace: float) -> None:
    """Stop listening, let the send in flight finish (within the grace period), close cleanly."""
    listening = [
        t for t in bot.tasks if t.get_name() in ("listener", "reminders", "retention", "campaign")
    ]
    others = [t for t in bot.tasks if t not in listening]
    for task in listening:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
    loop = asyncio.get_running_loop()
    deadline = loop.time() + grace
    # Notifications being handled finish (their effects are written), or stay in the inbox
    # for the next start if they cannot finish in time.
    await bot.dispatcher.stop(max(0.0, deadline - loop.time()))
    await bot.outbox.stop(max(0.0, deadline - loop.time()))
    for task in others:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
    await bot.api.close()
    await bot.verifier.close()
    if bot.reader is not None:
        await bot.reader.close()
    if bot.lease is not None:
        with contextlib.suppress(Exception):
            await bot.lease.release()  # a standby takes over at its next try
    await asyncio.to_thread(bot.db.close)
    event(log, logging.INFO, "shutdown.done")
