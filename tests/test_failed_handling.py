"""A message whose handling fails: one short apology, never silence, never a loop.

The failure is made inside the bot (its responder raises, or decides something storage
cannot write); everything else goes through the fake instance as a member's client would.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from dataclasses import replace

import aiohttp
import pytest
from harness import FAST, admin_shell, fast_sandbox, mentioned, running
from test_admin import ADMIN_TOKEN
from test_metrics import samples, scrape

import replies
from bot.clock import FakeClock
from bot.logs import KeyValueFormatter
from bot.respond import Responder
from bot.sandbox import HANG, Sandbox
from bot.text import html_to_text
from bot.understand import Lexicon
from storage import Effects
from storage.db import is_transient_storage_error

SECRET = "my private notes about the move"


def broken_on(sandbox, word: str, effects: Effects | None = None) -> None:
    """The responder fails on messages containing `word`: it raises (quoting the message, as
    a KeyError would), or returns `effects` storage cannot write."""
    responder = sandbox.bot.dispatcher.responder
    original = responder.respond

    async def respond(incoming):
        if word in incoming.text:
            if effects is not None:
                return effects
            raise KeyError(incoming.text)
        return await original(incoming)

    responder.respond = respond


async def admin_page(box: Sandbox) -> str:
    """/admin as the admin sees it (the sandboxes here are given ADMIN_TOKEN)."""
    headers = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    async with aiohttp.ClientSession() as http, http.get(f"{box.url}/admin", headers=headers) as r:
        return await r.text()


def apology(locale: str) -> str:
    return replies.render("sorry.j2", locale)


async def apologised_then_next_answered(box: Sandbox) -> dict:
    """alice's "do my posts move?", the DM set up to fail, gets the apology alone, and her
    next DM ("do my lists move?") is answered: the failure holds nothing behind it.
    Returns the failed status."""
    bad = box.dm("alice", "do my posts move?")
    (reply,) = await box.wait_reply(bad)
    assert html_to_text(reply["content"]) == f"@alice {apology('en')}"
    await box.wait_reply(box.dm("alice", "do my lists move?"))
    await box.settle()
    return bad


async def test_a_failed_dm_gets_one_apology_in_its_language_logged_and_counted(sandbox, caplog):
    caplog.set_level(logging.INFO)
    broken_on(sandbox, "Umzug")
    status = sandbox.dm("alice", f"Wie klappt der Umzug meiner Follower? {SECRET}")
    (reply,) = await sandbox.wait_reply(status)
    await sandbox.settle()
    assert reply["visibility"] == "direct" and mentioned(reply) == ["alice"]
    assert html_to_text(reply["content"]) == f"@alice {apology('de')}"
    assert reply["language"] == "de"
    # The admin sees it: counted for /metrics, listed on /admin, logged without the DM.
    found = samples((await scrape(sandbox.url))[1])
    assert found[("movehelper_errors_total", (("kind", "dispatch"),))] == 1
    assert found[("movehelper_replies_sent_total", (("kind", "sorry"),))] == 1
    (error,) = await sandbox.read(sandbox.bot.db.store.recent_errors)
    assert error["kind"] == "dispatch" and error["detail"].startswith("KeyError at ")
    assert "Umzug" not in error["detail"]
    failed = [r for r in caplog.records if r.getMessage() == "notification.failed"]
    assert failed and failed[0].levelno == logging.ERROR
    formatter = KeyValueFormatter()
    said = [formatter.format(r) for r in caplog.records if r.levelno >= logging.INFO]
    assert not [line for line in said if SECRET in line or "Umzug" in line]


async def test_a_failed_public_mention_is_apologised_for_unlisted_tagging_only_the_sender(
    sandbox,
):
    broken_on(sandbox, "posts move")
    sandbox.member("bob")
    status = sandbox.mention("alice", "@bob do my posts move?")
    (reply,) = await sandbox.wait_reply(status)
    await sandbox.settle()
    assert reply["visibility"] == "unlisted" and mentioned(reply) == ["alice"]
    assert html_to_text(reply["content"]) == f"@alice {apology('en')}"


async def test_a_status_that_fails_again_is_apologised_for_once(sandbox):
    broken_on(sandbox, "posts move")
    home = sandbox.home
    status = sandbox.mention("alice", "do my posts move?")
    await sandbox.wait_reply(status)
    # Edited so the mention reaches the bot again (a second notification, same status).
    home.edit_status(status["id"], "do my posts move?")
    home.edit_status(status["id"], "@helper do my posts move? really?")
    again = [
        n
        for n in home.notifications_for("helper")
        if n["type"] == "mention" and n["status"]["id"] == status["id"]
    ]
    assert len(again) == 2
    store = sandbox.bot.db.store
    await sandbox.wait_until_read(
        lambda: store.is_handled(int(again[1]["id"])), 60, "never handled"
    )
    await sandbox.settle()
    assert len(sandbox.replies(status["id"])) == 1
    assert sandbox.bot.health.counters["errors_dispatch"] == 2


# Columns the members table does not have; SQLite's "no column named fullname" is said with
# words of a full disk or a lock, which a bug must not be taken for.
@pytest.mark.parametrize("column", ["no_such_column", "fullname", "locked_until"])
async def test_what_cannot_be_written_is_not_retried_forever_and_is_apologised_for(sandbox, column):
    # A bug, not the disk: the member row names a column the table does not have. SQLite
    # fails the same way every time, so retrying would only hold the member's queue.
    broken_on(sandbox, "posts", Effects(member={"acct": "alice", column: 1}))
    await apologised_then_next_answered(sandbox)
    store = sandbox.bot.db.store
    assert await sandbox.read(store.member, "alice") is None  # nothing of what failed was kept
    assert sandbox.bot.health.counters.get("errors_storage", 0) == 0
    assert sandbox.bot.health.counters["errors_dispatch"] == 1


# -- a message whose handling never ends (a hang, or the process dies with it) -------------


def hang_on(monkeypatch, word: str) -> list[str]:
    """Every copy of the bot started from now on never finishes handling a message holding
    `word`, as if it hung (or took the process down with it); returns the status ids whose
    handling began, one entry per start of handling."""
    began: list[str] = []
    original = Responder.respond

    async def respond(self, incoming):
        if word in incoming.text:
            began.append(incoming.status_id)
            await asyncio.Event().wait()  # never set: only the shutdown ends it
        return await original(self, incoming)

    monkeypatch.setattr(Responder, "respond", respond)
    return began


async def test_a_message_that_never_finishes_is_given_up_after_its_attempts(
    tmp_path, monkeypatch, caplog
):
    """alice's DM hangs the bot's handling; the admin restarts the bot, and it hangs again.
    With MAX_HANDLING_ATTEMPTS=2 the third start gives up instead of trying once more: one
    apology in her language, the message marked handled, counted for /metrics, listed on
    /admin, and logged without a word of what she wrote. Later starts leave it alone."""
    caplog.set_level(logging.INFO)
    box = fast_sandbox(
        tmp_path,
        tuning=replace(FAST, shutdown_grace=0.2),
        config_overrides={"max_handling_attempts": 2, "admin_token": ADMIN_TOKEN},
    )
    began = hang_on(monkeypatch, "Umzug")
    async with running(box):
        status = box.dm("alice", f"Wie klappt der Umzug? {SECRET}", language="de")
        await box.wait_until(lambda: len(began) == 1, HANG, "handling never began")
        await box.stop_bot()
        await box.start_bot()
        await box.wait_until(lambda: len(began) == 2, HANG, "not tried again after a restart")
        await box.stop_bot()
        await box.start_bot()
        (reply,) = await box.wait_reply(status)
        assert reply["visibility"] == "direct" and mentioned(reply) == ["alice"]
        assert html_to_text(reply["content"]) == f"@alice {apology('de')}"
        store = box.bot.db.store
        await box.wait_until_read(lambda: store.handled_outcomes().get("given_up") == 1, HANG, "?")
        assert began == [status["id"]] * 2  # given up without a third try
        found = samples((await scrape(box.url))[1])
        assert found[("movehelper_errors_total", (("kind", "given_up"),))] == 1
        page = await admin_page(box)
        assert "given_up" in page and "Umzug" not in page
        await box.stop_bot()
        await box.start_bot()
        await box.wait_connected()
        await box.settle()
        assert len(box.replies(status["id"])) == 1 and began == [status["id"]] * 2
    formatter = KeyValueFormatter()
    said = [formatter.format(r) for r in caplog.records if r.levelno >= logging.INFO]
    assert not [line for line in said if SECRET in line or "Umzug" in line]
    assert [r for r in caplog.records if r.getMessage() == "notification.given_up"]


# -- storage that refuses writes for hours: the message waits, never dropped ---------------


async def test_a_message_waits_out_storage_trouble_however_long_and_keeps_its_place(tmp_path):
    """The database refuses every write for over eight hours (disk full), longer than the
    thousand tries the bot used to allow before dropping a message until the next restart.
    alice's two DMs wait, in order, on the injected clock; /metrics and /admin say a
    message waits on storage; once the disk has room, both are answered, first one first."""
    clock = FakeClock()
    box = fast_sandbox(tmp_path, clock=clock, config_overrides={"admin_token": ADMIN_TOKEN})
    async with running(box):
        store = box.bot.db.store
        writes = store.apply
        refused: list[str | None] = []

        def full_disk(effects, **kwargs):
            if effects.notification_id is not None and full:
                refused.append(effects.notification_id)
                raise sqlite3.OperationalError("database or disk is full")
            return writes(effects, **kwargs)

        full = True
        store.apply = full_disk
        first = box.dm("alice", "do my posts move?")
        await box.wait_until(lambda: refused, HANG, "the write was never tried")
        second = box.dm("alice", "do my lists move?", in_thread=False)
        counters = box.bot.health.counters
        loop = asyncio.get_running_loop()
        for tries in range(1, 1101):  # 1,100 refusals, one every 30 s at most: 9 hours
            # Counted just as the bot goes to sleep until its next try (the same step of
            # the event loop): only then is the clock moved on.
            deadline = loop.time() + 10
            while counters.get("errors_storage", 0) < tries:
                assert loop.time() < deadline, f"not tried again on the clock after {tries - 1}"
                await asyncio.sleep(0.001)
            clock.advance(30)
        await box.wait_until(lambda: len(refused) == 1101, 10, "no 1,101st try")
        assert set(refused) == {refused[0]}  # the first DM all along: the second waits behind it
        found = samples((await scrape(box.url))[1])
        assert found[("movehelper_notifications_waiting_on_storage", ())] == 1
        assert "The database refuses writes" in await admin_page(box)
        full = False
        clock.advance(30)
        await box.wait_reply(first)
        await box.wait_reply(second)
        (one,), (two,) = box.replies(first["id"]), box.replies(second["id"])
        assert int(one["id"]) < int(two["id"])
        found = samples((await scrape(box.url))[1])
        assert found[("movehelper_notifications_waiting_on_storage", ())] == 0


# -- storage that fails the same way every time: a bug, given up like a crash ---------------


def sqlite_fails(box: Sandbox, when: str, payload_has: str) -> None:
    """From now on SQLite itself refuses `when` ("BEFORE UPDATE OF attempts ON inbox") for a
    message whose stored notification holds `payload_has`: a constraint failure raised by
    SQLite with its own code, every time, as a bug in a write would be. Made from a second
    connection, as an admin's sqlite3 shell would."""
    row = "OLD" if "DELETE" in when else "NEW"
    admin_shell(
        box,
        f"CREATE TRIGGER broken {when} WHEN {row}.payload LIKE '%{payload_has}%' "
        "BEGIN SELECT RAISE(ABORT, 'broken on purpose'); END",
    )


async def test_a_storage_bug_as_handling_begins_is_given_up_with_one_apology(sandbox):
    """Counting the start of alice's DM fails in SQLite, the same way every time. Retrying
    it would hold her later messages forever (and log an error every 30 s); it is given up
    like a crash instead: one apology, counted, on /admin, and her next DM is answered."""
    sqlite_fails(sandbox, "BEFORE UPDATE OF attempts ON inbox", "posts move")
    bad = await apologised_then_next_answered(sandbox)
    counters = sandbox.bot.health.counters
    assert counters["errors_dispatch"] == 1 and counters.get("errors_storage", 0) == 0
    (error,) = await sandbox.read(sandbox.bot.db.store.recent_errors)
    assert error["kind"] == "dispatch"
    assert error["detail"].startswith("IntegrityError at storage/db.py:")
    assert len(sandbox.replies(bad["id"])) == 1


async def test_a_message_whose_handled_mark_cannot_be_written_does_not_hold_the_next(sandbox):
    """Not even the handled mark of alice's DM can be written (SQLite refuses to take it out
    of the inbox): no answer and no apology can be kept for it. It is counted and left in
    the inbox for the next start; her next DM is answered meanwhile."""
    sqlite_fails(sandbox, "BEFORE DELETE ON inbox", "posts move")
    bad = sandbox.dm("alice", "do my posts move?")
    good = sandbox.dm("alice", "do my lists move?", in_thread=False)
    await sandbox.wait_reply(good)
    await sandbox.settle()
    assert sandbox.replies(bad["id"]) == []
    counters = sandbox.bot.health.counters
    assert counters["errors_dispatch"] == 1 and counters.get("errors_storage", 0) == 0
    assert len(await sandbox.read(sandbox.bot.db.store.unhandled)) == 1


def test_storage_errors_are_told_apart_by_sqlite_code_not_by_words(tmp_path):
    """Real errors from SQLite: a lock passes, a missing column or a constraint never does,
    whatever words they hold. An error made by hand has no code: SQLite's own message for
    a full disk is still trouble that passes."""
    path = tmp_path / "x.sqlite3"
    one, two = sqlite3.connect(path, timeout=0), sqlite3.connect(path, timeout=0)
    one.execute("CREATE TABLE t (v)")
    one.commit()
    raised: dict[str, sqlite3.Error] = {}

    def catch(name: str, conn: sqlite3.Connection, sql: str) -> None:
        try:
            conn.execute(sql)
        except sqlite3.Error as error:
            raised[name] = error

    one.execute("BEGIN EXCLUSIVE")
    catch("locked", two, "INSERT INTO t VALUES (1)")
    one.rollback()
    catch("no column", one, "INSERT INTO t (fullname) VALUES (1)")
    catch("no table", one, "SELECT * FROM locked_accounts")
    one.execute("CREATE TRIGGER no BEFORE INSERT ON t BEGIN SELECT RAISE(ABORT, 'disk'); END")
    catch("constraint", one, "INSERT INTO t VALUES (1)")
    one.close()
    catch("closed", one, "SELECT 1")
    two.close()
    assert is_transient_storage_error(raised["locked"])
    for name in ("no column", "no table", "constraint", "closed"):
        assert not is_transient_storage_error(raised[name]), name
    assert is_transient_storage_error(sqlite3.OperationalError("database or disk is full"))
    assert not is_transient_storage_error(sqlite3.OperationalError("no such table: full"))


# -- a handling that hangs while the bot runs: given up after its bound --------------------


async def test_a_handling_that_hangs_is_given_up_after_its_bound_and_never_answered_twice(
    tmp_path, monkeypatch, caplog
):
    """alice's first DM hangs the bot's handling, stubbornly (being cancelled does not end
    it), and her second waits behind it. Once HANDLING_TIMEOUT_SECONDS have passed on the
    injected clock (no real-time wait), the first is given up: one apology in her language,
    counted for /metrics, listed on /admin, logged without her words; the second is
    answered. When the hung handling wakes at last, what it decides is never sent."""
    caplog.set_level(logging.INFO)
    clock = FakeClock()
    box = fast_sandbox(
        tmp_path,
        clock=clock,
        config_overrides={"handling_timeout_seconds": 300, "admin_token": ADMIN_TOKEN},
    )
    woken = asyncio.Event()
    began: list[str] = []
    original = Responder.respond

    async def respond(self, incoming):
        if "Umzug" in incoming.text:
            began.append(incoming.status_id)
            while not woken.is_set():
                try:
                    await woken.wait()
                except asyncio.CancelledError:
                    continue  # a hang that ignores being cancelled
        return await original(self, incoming)

    monkeypatch.setattr(Responder, "respond", respond)
    await box.start()
    try:
        await box.wait_connected()
        hung = box.dm("alice", f"Wie klappt der Umzug? {SECRET}", language="de")
        await box.wait_until(lambda: began, HANG, "handling never began")
        later = box.dm("alice", "Werden meine Listen übertragen?", language="de", in_thread=False)
        store = box.bot.db.store
        await box.wait_until_read(lambda: len(store.unhandled()) == 2, HANG, "never received")
        clock.advance(301)
        (reply,) = await box.wait_reply(hung)
        assert reply["visibility"] == "direct" and mentioned(reply) == ["alice"]
        assert html_to_text(reply["content"]) == f"@alice {apology('de')}"
        await box.wait_reply(later)
        woken.set()  # the hung handling wakes and decides its answer: it must not be sent
        await box.wait_until(lambda: not box.bot.dispatcher._abandoned, HANG, "never woke")
        await box.settle()
        assert len(box.replies(hung["id"])) == 1 and began == [hung["id"]]
        assert (await box.read(store.handled_outcomes)).get("timed_out") == 1
        found = samples((await scrape(box.url))[1])
        assert found[("movehelper_errors_total", (("kind", "timed_out"),))] == 1
        assert found[("movehelper_errors_total", (("kind", "dispatch"),))] == 0
        page = await admin_page(box)
        assert "timed_out" in page and "Umzug" not in page
    finally:
        woken.set()
        await box.stop()
    formatter = KeyValueFormatter()
    said = [formatter.format(r) for r in caplog.records if r.levelno >= logging.INFO]
    assert not [line for line in said if SECRET in line or "Umzug" in line]
    assert [r for r in caplog.records if r.getMessage() == "notification.timed_out"]


async def test_a_slow_handling_within_its_bound_is_answered(tmp_path, monkeypatch):
    """Waiting on another server for most of HANDLING_TIMEOUT_SECONDS is slow, not hung:
    the answer is sent as usual, and nothing is counted as timed out."""
    clock = FakeClock()
    box = fast_sandbox(tmp_path, clock=clock, config_overrides={"handling_timeout_seconds": 300})
    began: list[str] = []
    original = Responder.respond

    async def respond(self, incoming):
        began.append(incoming.status_id)
        await clock.sleep(299)
        return await original(self, incoming)

    monkeypatch.setattr(Responder, "respond", respond)
    async with running(box):
        status = box.dm("alice", "do my posts move?")
        await box.wait_until(lambda: began, HANG, "handling never began")
        clock.advance(299)
        (reply,) = await box.wait_reply(status)
        assert html_to_text(reply["content"]) != f"@alice {apology('en')}"
        assert box.bot.health.counters.get("errors_timed_out", 0) == 0


# -- failures below Exception: the worker survives, the reply is neither lost nor doubled --


class OutOfMemory(BaseException):
    """A failure below Exception that is not a cancellation (as a C extension's own
    BaseException, or an exit some library asks for mid-handling)."""


@pytest.mark.parametrize("failure", [MemoryError, SystemExit, OutOfMemory])
async def test_a_failure_below_exception_in_handling_is_survived_and_apologised_for_once(
    sandbox, caplog, failure
):
    """alice's DM makes the handling raise `failure` (quoting her words, as a message
    would). The worker survives it: one apology in her language, counted and listed on
    /admin, logged without her words; her next DM, queued behind it, is answered."""
    caplog.set_level(logging.INFO)
    responder = sandbox.bot.dispatcher.responder
    original = responder.respond

    async def respond(incoming):
        if "Umzug" in incoming.text:
            raise failure(incoming.text)
        return await original(incoming)

    responder.respond = respond
    bad = sandbox.dm("alice", f"Wie klappt der Umzug? {SECRET}")
    good = sandbox.dm("alice", "do my lists move?", in_thread=False)
    (reply,) = await sandbox.wait_reply(bad, timeout=10)
    assert html_to_text(reply["content"]) == f"@alice {apology('de')}"
    await sandbox.wait_reply(good, timeout=10)
    await sandbox.settle()
    assert len(sandbox.replies(bad["id"])) == 1
    assert sandbox.bot.health.counters["errors_dispatch"] == 1
    (error,) = await sandbox.read(sandbox.bot.db.store.recent_errors)
    assert error["kind"] == "dispatch" and error["detail"].startswith(f"{failure.__name__} at ")
    formatter = KeyValueFormatter()
    said = [formatter.format(r) for r in caplog.records if r.levelno >= logging.INFO]
    assert not [line for line in said if SECRET in line or "Umzug" in line]


async def test_a_failure_after_the_reply_is_written_sends_it_once_and_is_recorded(sandbox):
    """The handling of alice's DM fails with MemoryError just after its reply was written
    (as the outbox is told of it). The reply is out once, without waiting for another
    message to wake the outbox, and no apology follows it; the failure is counted and
    listed, and her next DM is answered."""
    dispatcher = sandbox.bot.dispatcher
    wake = dispatcher.on_enqueued
    failed: list[bool] = []

    def enqueued(effects):
        if not failed:
            failed.append(True)
            raise MemoryError
        wake(effects)

    dispatcher.on_enqueued = enqueued
    first = sandbox.dm("alice", "do my posts move?")
    (reply,) = await sandbox.wait_reply(first, timeout=10)
    assert failed and apology("en") not in html_to_text(reply["content"])
    second = sandbox.dm("alice", "do my lists move?", in_thread=False)
    await sandbox.wait_reply(second, timeout=10)
    await sandbox.settle()
    assert len(sandbox.replies(first["id"])) == 1
    assert sandbox.bot.health.counters["errors_dispatch"] == 1
    (error,) = await sandbox.read(sandbox.bot.db.store.recent_errors)
    assert error["kind"] == "dispatch" and error["detail"].startswith("MemoryError at ")


# -- the understanding itself raises (a message the tables cannot read) --------------------


def understanding_fails_on(monkeypatch, word: str) -> None:
    """Our understanding raises on messages containing `word`, quoting the message as an
    IndexError's or KeyError's message may: the member must still get an answer."""
    original = Lexicon.understand

    def understand(self, text, *args, **kwargs):
        if word in text:
            raise IndexError(f"list index out of range in {text!r}")
        return original(self, text, *args, **kwargs)

    monkeypatch.setattr(Lexicon, "understand", understand)


@pytest.mark.parametrize("direct", [True, False], ids=["dm", "public"])
async def test_a_message_our_understanding_cannot_read_gets_a_reply_in_its_language(
    sandbox, monkeypatch, caplog, direct
):
    # A new member, writing Spanish from a client that tags every status English.
    caplog.set_level(logging.INFO)
    understanding_fails_on(monkeypatch, "seguidores")
    text = f"Ya hice el alias. ¿Y cuánto tardan en llegar todos los seguidores? {SECRET}"
    post = sandbox.dm if direct else sandbox.mention
    status = post("carla", text, language="en")
    (reply,) = await sandbox.wait_reply(status)
    await sandbox.settle()
    assert html_to_text(reply["content"]) == f"@carla {apology('es')}"
    assert reply["language"] == "es"
    assert reply["visibility"] == ("direct" if direct else "unlisted")
    # Handled once, not again and again: the next message is answered as usual.
    later = post("carla", "¿Se pasan mis listas a la cuenta nueva?", language="en")
    await sandbox.wait_reply(later)
    await sandbox.settle()
    assert len(sandbox.replies(status["id"])) == 1
    assert sandbox.bot.health.counters["errors_dispatch"] == 1
    failed = [r for r in caplog.records if r.getMessage() == "notification.failed"]
    assert [r.levelno for r in failed] == [logging.ERROR]
    formatter = KeyValueFormatter()
    said = [formatter.format(r) for r in caplog.records if r.levelno >= logging.INFO]
    assert "error=IndexError" in formatter.format(failed[0])
    assert not [line for line in said if SECRET in line or "seguidores" in line]
