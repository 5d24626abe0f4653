"""`python -m bot try`: the real bot against a fake Mastodon server, in one process.

The same Sandbox runs the integration tests, so what a newcomer sees is what the
tests exercise. Two fake servers: "example.social" (where the bot and you live) and
"new.example" (where you are moving to), both on loopback.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from aiohttp import web

from bot.admin import NEEDED_SCOPES, REGISTERED_SCOPES
from bot.clock import Clock, SystemClock
from bot.config import Config
from bot.fake.server import FakeMastodon, ValidationError
from bot.text import html_to_text
from bot.web.app import BOT_KEY, Bot, Tuning, create_app

T = TypeVar("T")

# The bot's token has what `register` asks for (NEEDED_ONLY lacks read:statuses, for the
# tests of a token without it).
BOT_SCOPES = " ".join(REGISTERED_SCOPES)
NEEDED_ONLY = " ".join(NEEDED_SCOPES)

# How long the waits below allow by default. They return as soon as what they wait for
# happens, so this only catches a hang: 5 s was too little for a loaded 2-core machine.
HANG = 60.0
POLL = 0.01  # the pace a wait's Patience reckons with (a look later than 2 POLL counts 2 POLL)
# How often a wait looks: the bot answers in a few milliseconds, and looks every POLL made
# each conversation turn wait out some 5-20 ms of sleep (settle takes three looks).
LOOK = 0.003
STRETCH = 5  # a wait that never sees its process idle still ends after this many timeouts


class Patience:
    """How much of a wait counts towards its timeout: only the time the process was idle.

    A hang leaves the bot idle: nothing runs but the looks, which come back on time, so a
    wait for it still fails after about `timeout`. On a loaded machine the bot's work (in
    this process: its event loop, its database thread, the fake servers) takes longer, and
    that time is not a hang: a look that comes back late counts for at most twice its
    interval, and the CPU time the process used meanwhile is taken off what it counts. A
    process busy forever still fails after STRETCH times `timeout`: no test waits forever.

    With `busy`, a wait also ends once the process has used that much CPU time during it:
    a test stuck in a busy loop (a worker spinning, the looks on time) is never idle, and
    used to hang for STRETCH timeouts (5 minutes). CPU time does not stretch on a loaded
    machine the way the clock does, and no wait's real work comes near a timeout of it.
    Not for a wait for quiet (settle's calm): there, time at work must not count.
    """

    def __init__(
        self,
        timeout: float,
        every: float = POLL,
        *,
        busy: float | None = None,
        now: Callable[[], float] | None = None,
        cpu: Callable[[], float] = time.process_time,
    ) -> None:
        self.timeout, self.most, self.busy = timeout, 2 * every, busy
        self._now = now or asyncio.get_running_loop().time
        self._cpu = cpu
        self.started = self._looked = self._now()
        self._used = self._cpu_at_start = cpu()
        self.counted = 0.0

    def spent(self) -> bool:
        """Count the idle time since the last look; True once the timeout is used up."""
        now, used = self._now(), self._cpu()
        self.counted += max(0.0, min(now - self._looked, self.most) - (used - self._used))
        self._looked, self._used = now, used
        spinning = self.busy is not None and used - self._cpu_at_start > self.busy
        return (
            self.counted > self.timeout or spinning or now - self.started > STRETCH * self.timeout
        )

    def __str__(self) -> str:
        waited, busy = self._now() - self.started, self._cpu() - self._cpu_at_start
        return f"idle {self.counted:.1f} s, busy {busy:.1f} s of the {waited:.1f} s waited"


class Sandbox:
    """Fake servers, a bot account with a token, members, and the bot app running against them."""

    def __init__(
        self,
        workdir: Path,
        *,
        clock: Clock | None = None,
        tuning: Tuning | None = None,
        bot_scopes: str = BOT_SCOPES,
        rate_limits: bool = False,
        heartbeat_interval: float = 15.0,
        config_overrides: dict[str, Any] | None = None,
        max_characters: int = 500,
        home_domain: str = "example.social",
    ) -> None:
        self.workdir = Path(workdir)
        self.clock = clock or SystemClock()
        # A domain with a port ("dev.local:3000") is how test and development servers look.
        self.home = FakeMastodon(
            home_domain,
            clock=self.clock,
            rate_limits=rate_limits,
            heartbeat_interval=heartbeat_interval,
            max_characters=max_characters,
        )
        self.remote = FakeMastodon(
            "new.example", clock=self.clock, heartbeat_interval=heartbeat_interval
        )
        self.home.register_remote(self.remote)
        self.helper = self.home.create_account(
            "helper", bot=True, display_name="Move helper", note="<p>I help you move. #bot</p>"
        )
        self.token = self.home.issue_token(self.helper, scopes=bot_scopes)
        self.tuning = tuning or Tuning()
        self.config_overrides = config_overrides or {}
        self.runner: web.AppRunner | None = None
        self.app: web.Application | None = None
        self.port: int | None = None

    async def start(self) -> None:
        await self.home.start()
        await self.remote.start()
        await self.start_bot()

    async def start_bot(self) -> None:
        config = Config(
            api_base_url=self.home.base_url,
            access_token=self.token,
            database_path=self.workdir / "bot.sqlite3",
            port=0,
        )
        config = replace(config, **self.config_overrides)
        tuning = replace(self.tuning, base_url_for=self.base_url_for)
        self.app = create_app(config, clock=self.clock, tuning=tuning)
        self.runner = web.AppRunner(self.app, shutdown_timeout=1.0)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = self.runner.addresses[0][1]

    async def stop_bot(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()
            self.runner = None

    async def stop(self) -> None:
        await self.stop_bot()
        await self.remote.stop()
        await self.home.stop()

    def base_url_for(self, domain: str) -> str:
        for server in (self.home, self.remote):
            if server.domain == domain:
                return server.base_url
        return f"http://127.0.0.1:9/{domain}"  # nothing listens there: "unreachable"

    @property
    def bot(self) -> Bot:
        assert self.app is not None
        return self.app[BOT_KEY]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- acting as members ---------------------------------------------------------------

    def member(self, username: str, **fields: Any) -> Any:
        return self.home.get_account(username) or self.home.create_account(username, **fields)

    def last_reply_to(self, username: str) -> str | None:
        """The bot's latest status addressed to this member: a client replies in that thread."""
        for status in reversed(self.bot_statuses()):
            if any(m.username == username for m in status.mentions):
                return status.id
        return None

    def dm(
        self, username: str, text: str, *, in_thread: bool = True, **extra: Any
    ) -> dict[str, Any]:
        """A direct message to the bot, in reply to its last message like a client would."""
        self.member(username)
        reply_to = self.last_reply_to(username) if in_thread else None
        return self.home.post_status(
            username, f"@helper {text}", visibility="direct", in_reply_to_id=reply_to, **extra
        )

    def mention(
        self, username: str, text: str, visibility: str = "public", **extra: Any
    ) -> dict[str, Any]:
        self.member(username)
        return self.home.post_status(username, f"@helper {text}", visibility=visibility, **extra)

    def replies(
        self, to_status_id: str | None = None, *, to: str | None = None
    ) -> list[dict[str, Any]]:
        """The bot's statuses replying to a status (and their thread parts), or addressed to someone."""
        mine = self.bot_statuses()
        if to is not None:
            chosen = [s for s in mine if any(m.acct == to for m in s.mentions)]
        else:
            chosen, parents = [], {to_status_id}
            for status in mine:
                if status.in_reply_to_id in parents:
                    chosen.append(status)
                    parents.add(status.id)
        return [self.home.serialize_status(s, self.helper) for s in chosen]

    async def honour(self, username: str, text: str) -> str | None:
        """The fake servers do what the member says they did, so `try` can reach the end:
        "done" at the alias step creates the alias on the new account, "done" at the move
        step moves the old one. Returns a note of what was done, or None. The member's step
        is read on the database thread (self.read): the loop's thread could see a reply's
        transaction half done."""
        from bot.interpret import read
        from bot.walkthrough import says_understood

        member = await self.read(self.bot.db.store.member, username)
        if member is None or member.get("step") not in ("alias", "move"):
            return None
        if read(text, where=member["step"], locale=member.get("locale") or "en").command != "done":
            return None
        if says_understood(text):  # "ok" / "got it" at these steps: understood, not done
            return None
        own = f"{username}@{self.home.domain}"
        here = member.get("direction") == "here"
        new = own if here else (member.get("new_handle") or "")
        old = (member.get("old_handle") or "") if here else own
        new_server, new_account = self._account_for(new)
        old_server, old_account = self._account_for(old)
        if not (new_server and new_account and old_server and old_account):
            return None
        if member["step"] == "alias":
            new_server.add_alias(new_account, old_account)
            return f"(the fake {new_server.domain} now lists {old} as an alias of {new})"
        old_server.set_moved(old_account, new_account)
        return f"(the fake {old_server.domain} now shows {old} moved to {new})"

    def _account_for(self, handle: str) -> tuple[FakeMastodon | None, Any]:
        user, _, domain = handle.partition("@")
        for server in (self.home, self.remote):
            if server.domain == domain:
                return server, server.get_account(user)
        return None, None

    def bot_statuses(self) -> list[Any]:
        """The bot's statuses, oldest first, unserialised (serialising every status is slow)."""
        return self.home.status_records_by(self.helper)

    async def take_stream_down(self, timeout: float = HANG) -> None:
        """Until the bot knows its stream is gone: the server refuses new streams and drops
        the open ones (mentions now wait for a catch-up). `home.faults.stream_available =
        True` brings it back."""
        self.home.faults.stream_available = False
        self.home.faults.drop_streams()
        await self.wait_until(lambda: not self.bot.health.connected, timeout, "still connected")

    async def wait_connected(self, timeout: float = HANG) -> None:
        """Until the stream is up and the catch-up that follows it has run."""
        health = self.bot.health
        await self.wait_until(
            lambda: health.connected and health.last_poll_at is not None,
            timeout,
            "the bot never connected its stream",
        )

    async def wait_reply(
        self, status: dict[str, Any], count: int = 1, timeout: float = HANG
    ) -> list[dict[str, Any]]:
        """Wait until the bot has answered this status with `count` statuses; return them."""
        await self.wait_until(lambda: len(self.replies(status["id"])) >= count, timeout, "no reply")
        return self.replies(status["id"])

    async def wait_handled(self, status: dict[str, Any], timeout: float = HANG) -> None:
        """Until the bot has handled every mention notification of this status: `settle`
        alone may return before a loaded machine's stream has even delivered it. Whether it
        has is read on the bot's database thread (read())."""
        store = self.bot.db.store
        patience = Patience(timeout, busy=timeout)
        while True:
            ids = self.home.mention_ids(self.helper, status["id"])
            if ids and await self.read(lambda ids=ids: all(store.is_handled(i) for i in ids)):
                return
            if patience.spent():
                raise TimeoutError(f"the bot never handled the status ({patience})")
            await asyncio.sleep(LOOK)

    async def read(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """`fn(*args, **kwargs)` on the bot's database thread, as the bot reads and writes:
        after any transaction in progress. Read from the event loop's thread, the bot's own
        connection shows a transaction half done (rows cancelled, the step not yet put
        back)."""
        return await self.bot.db.run(fn, *args, **kwargs)

    async def wait_until_read(
        self, condition: Callable[[], Any], timeout: float, what: str
    ) -> None:
        """wait_until for a condition on the bot's database, read on its thread (read())."""
        patience = Patience(timeout, busy=timeout)
        while not await self.read(condition):
            if patience.spent():
                raise TimeoutError(f"{what} ({patience})")
            await asyncio.sleep(LOOK)

    async def exchange(self, status: dict[str, Any], timeout: float = HANG) -> list[dict[str, Any]]:
        """The bot's answer to this status once it has handled it, or [] as soon as it
        chose to say nothing (a public "ok" under its answer, a flood's silence): waiting
        for a reply that never comes made `try` sit out its whole timeout first."""
        await self.wait_handled(status, timeout)
        await self.settle(timeout=timeout)
        return self.replies(status["id"])

    async def settle(self, quiet: float = 0.15, timeout: float = HANG) -> None:
        """Until nothing has changed for `quiet` seconds and the bot's queue is empty. Both
        are Patience: time in which the process worked is not quiet, and on a loaded
        machine it does not use up the timeout either.

        When every mention the servers hold for the bot is handled and nothing is left to
        post, nothing in flight can still change the bot's statuses: two unchanged looks
        then suffice. The calm is for what the bot may not have seen yet (a mention still
        in the stream): waiting it out after every message was most of a conversation
        test's time (0.15 s a turn, some 2,000 turns in the suite)."""
        patience = Patience(timeout, every=0.02, busy=timeout)
        last, calm, looks = -1, Patience(quiet, every=0.02), 0
        while not patience.spent():
            await self.bot.settled()
            count = len(self.bot_statuses())
            if count != last:
                last, calm, looks = count, Patience(quiet, every=0.02), 0
            elif calm.spent() or (looks >= 2 and await self._all_handled_and_sent()):
                return
            looks += 1
            await asyncio.sleep(LOOK)
        raise TimeoutError(f"the bot did not settle ({patience})")

    async def _all_handled_and_sent(self) -> bool:
        """Every mention notification of the bot handled (filtered ones too), nothing queued."""
        bot = self.bot
        if bot.outbox.sending:
            return False
        store = bot.db.store
        ids = [n.id for n in self.home.notification_list(self.helper) if n.type == "mention"]

        def done() -> bool:
            return store.queue_depth() == 0 and all(store.is_handled(i) for i in ids)

        return await bot.db.run(done) and not bot.outbox.sending

    async def wait_until(self, condition: Any, timeout: float, what: str) -> None:
        """Until `condition()` holds; TimeoutError(what) once `timeout` is spent (Patience),
        idle or busy."""
        patience = Patience(timeout, busy=timeout)
        while not condition():
            if patience.spent():
                raise TimeoutError(f"{what} ({patience})")
            await asyncio.sleep(LOOK)


# -- the interactive prompt ------------------------------------------------------------------


def _show(status: dict[str, Any]) -> str:
    text = html_to_text(status["content"])
    return f"helper ({status['visibility']}): {text}"


async def _session(public: bool, language: str | None = None) -> int:
    with tempfile.TemporaryDirectory(prefix="move-helper-try-") as workdir:
        sandbox = Sandbox(Path(workdir))
        await sandbox.start()
        try:
            await sandbox.wait_connected()
            sandbox.member("you", display_name="You")
            # Where "you" is moving to, so the walkthrough's checks have something to find.
            sandbox.remote.create_account("you", display_name="You (new)")
            interactive = sys.stdin.isatty()
            print(
                "You are @you@example.social, talking to @helper@example.social (a fake server).\n"
                "Lines go as direct messages; start a line with ! for a public mention. Ctrl-D quits.\n"
                "Try: do my posts move?   then: move    (your new account is you@new.example)"
            )
            loop = asyncio.get_running_loop()
            while True:
                if interactive:
                    print("you> ", end="", flush=True)
                line = await loop.run_in_executor(None, sys.stdin.readline)
                if not line:
                    break
                line = line.strip()
                if not line:
                    continue
                if not interactive:
                    print(f"you> {line}")
                as_public = public or line.startswith("!")
                text = line.removeprefix("!").strip()
                if not as_public:
                    done = await sandbox.honour("you", text)
                    if done:
                        print(done)
                try:
                    status = (
                        sandbox.mention("you", text, language=language)
                        if as_public
                        else sandbox.dm("you", text, language=language)
                    )
                except ValidationError as refused:  # what the server answers a client: a 422
                    print(f"(example.social refused it: {refused})")
                    continue
                if language != "en" and not interactive:
                    print(f"(posted with language {status.get('language')})")
                try:
                    answer = await sandbox.exchange(status, timeout=10)
                except TimeoutError:
                    print("(no reply)")
                    continue
                if not answer:
                    print("(no reply: the bot says nothing to this, on purpose)")
                for reply in answer:
                    print(_show(reply))
        finally:
            await sandbox.stop()
    return 0


def main(public: bool = False, verbose: bool = False, language: str | None = None) -> int:
    from bot import logs

    logs.setup("INFO" if verbose else "CRITICAL")
    if not verbose:
        logging.disable(logging.CRITICAL)
    with contextlib.suppress(KeyboardInterrupt):
        return asyncio.run(_session(public, language))
    return 0
