"""Deletion that works and secrets kept nowhere: `forget` from any address form, pasted
passwords and tokens recognised in five languages, nothing left in any database file."""

from __future__ import annotations

import logging
import os
import stat
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlparse

import pytest
from harness import member_row, mentioned, running
from test_locales import QUOTES
from test_understanding_in_context import answer_start
from test_walkthrough import say

import replies
from bot.__main__ import main
from bot.admin import member_accts
from bot.interpret import read
from bot.privacy import looks_like_secret
from bot.text import html_to_text
from storage import Effects, OutboxItem, Store


def database_files(workdir: Path) -> list[Path]:
    files = sorted(workdir.glob("bot.sqlite3*"))
    assert files, "no database files"
    return files


def found_in_files(workdir: Path, needle: str) -> list[str]:
    return [p.name for p in database_files(workdir) if needle.encode() in p.read_bytes()]


# -- 1. forget ---------------------------------------------------------------------------


def test_address_forms_map_to_stored_accts():
    # The account domain (in handles) differs from the web host (in profile addresses).
    forms = {
        "alice": ["alice", "alice@example.com"],
        "@Alice": ["alice", "alice@example.com"],
        "alice@example.com": ["alice", "alice@example.com"],
        "@alice@example.com": ["alice", "alice@example.com"],
        "https://social.example.com/@alice": ["alice", "alice@example.com"],
        "https://social.example.com/users/alice": ["alice", "alice@example.com"],
        "https://social.example.com/@carol@other.example": ["carol@other.example"],
        "https://other.example/@carol": ["carol@other.example"],
        "@carol@other.example": ["carol@other.example"],
    }
    for form, accts in forms.items():
        got = member_accts(form, domain="example.com", web_host="social.example.com")
        assert got == accts, form


async def test_forget_finds_a_member_from_every_address_form_with_no_setting(
    sandbox, tmp_path, monkeypatch, capsys
):
    """The bot learned its server's domain at start; forget needs no MASTODON_API_BASE_URL,
    and the fake's web host (127.0.0.1:port) is not its account domain (example.social)."""
    monkeypatch.delenv("MASTODON_API_BASE_URL", raising=False)
    monkeypatch.delenv("DATABASE_PATH", raising=False)
    web_host = urlparse(sandbox.home.base_url).netloc
    assert web_host != sandbox.home.domain
    alice = sandbox.member("alice")
    assert "Which way" in await say(sandbox, "alice", "I want to move")
    await sandbox.stop_bot()
    database = str(tmp_path / "bot.sqlite3")

    forms = [
        alice.url,  # the profile address, on the web host
        "@alice@example.social",
        "alice@example.social",
        "alice",
        f"{sandbox.home.base_url}/users/alice",
    ]
    for n, form in enumerate(forms):
        if n:  # the first round forgets what the bot stored; then a stored member again
            store = Store.open(database)
            store.apply(Effects(member={"acct": "alice", "step": "profile"}))
            store.close()
        assert main(["forget", form, "--database", database]) == 0, form
        assert "Deleted everything stored about" in capsys.readouterr().out
        store = Store.open(database)
        assert store.member("alice") is None, form
        store.close()
    # Nothing of alice in any file: not her row, not her messages, not the bot's replies.
    assert found_in_files(tmp_path, "alice") == []


# -- 2. secrets ----------------------------------------------------------------------------

SECRETS = [
    "my password is hunter2hunter2",
    "my password hunter3hunter3",
    "pw hunter4hunter4",
    "pwd: Sup3rS3cret",
    "mein Passwort ist geheim2024",
    "Passwort hunter5hunter5",
    "mon mot de passe est soleil2024",
    "mot de passe : hunter6hunter6",
    "mi contraseña es gato12345",
    "contraseña: gato67890x",
    "パスワードはhunter7hunter7です",
    "パスワード hunter8hunter8",
    "token ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0",
    "here: ZAYjaBDUCmlKUplmOBmDgdhHzDeqsYtlLabcdefghijk",
]
NOT_SECRETS = [
    "do I need my password to move?",
    "I forgot my password yesterday",
    "how do I change my password",
    "passwort zurücksetzen",
    "mot de passe oublié",
    "¿cómo cambio mi contraseña?",
    "パスワードをリセット",
    "what is the password?",
    "my new handle is alice@new.example",
    "https://example.social/@alice/113456789012345678",
]


@pytest.mark.parametrize("text", SECRETS)
def test_secrets_are_recognised(text):
    assert looks_like_secret(text)


@pytest.mark.parametrize("text", NOT_SECRETS)
def test_ordinary_questions_are_not_secrets(text):
    assert not looks_like_secret(text)


async def test_secrets_and_forgotten_members_are_in_no_file_while_the_bot_runs(sandbox, tmp_path):
    """Searched in the database, its -wal and its -shm, without stopping the bot (which
    would checkpoint on close and hide a copy left in the log)."""
    sandbox.remote.create_account("alice")
    for text in ["move", "1", "alice@new.example"]:
        await say(sandbox, "alice", text)
    pasted = {
        "my password hunter3hunter3": "hunter3hunter3",
        "pw hunter4hunter4": "hunter4hunter4",
        "mon mot de passe est soleil2024": "soleil2024",
        "パスワードはhunter7hunter7です": "hunter7hunter7",
    }
    for text, secret in pasted.items():
        assert "never send a password" in (await say(sandbox, "alice", text)).lower()
        assert found_in_files(tmp_path, secret) == [], text

    # Something only alice wrote, kept while she is in the walkthrough...
    assert found_in_files(tmp_path, "alice@new.example") != []
    assert "Delete everything" in await say(sandbox, "alice", "forget me")
    assert "deleted everything" in await say(sandbox, "alice", "yes")
    await sandbox.settle()
    # ... is gone from every file once she asked to be forgotten, and so is the bot's last
    # reply to her (what tells her it is done) once it is out.
    assert found_in_files(tmp_path, "alice@new.example") == []
    assert found_in_files(tmp_path, "deleted everything") == []


async def test_the_text_of_handled_messages_leaves_every_file(tmp_path, caplog):
    from dataclasses import replace

    from harness import FAST

    from bot.sandbox import Sandbox

    caplog.set_level(logging.DEBUG, logger="bot.web.app")  # each scrub says it is done

    def scrubs() -> int:
        """Scrubs that emptied the write-ahead log so far."""
        return sum(
            r.getMessage() == "scrub.done" and getattr(r, "emptied", False) for r in caplog.records
        )

    box = Sandbox(tmp_path, tuning=replace(FAST, log_scrub_every=0.2), heartbeat_interval=0.2)
    async with running(box):
        status = box.mention("alice", "do my posts move with my cat Zanzibarquux?")
        await box.wait_reply(status)
        await box.settle()  # handled: its notification is deleted from the database
        # The next scrub empties the log that still holds the deleted row's old page.
        done = scrubs()
        await box.wait_until(lambda: scrubs() > done, 30, "no scrub emptied the log")
        assert found_in_files(tmp_path, "Zanzibarquux") == []


# -- owner-only files ----------------------------------------------------------------------


def test_database_and_backup_files_are_owner_only(tmp_path):
    old = os.umask(0o022)  # a usual umask: would give 0644
    try:
        store = Store.open(tmp_path / "bot.sqlite3")
        store.enqueue(OutboxItem(idempotency_key="k", text="t", visibility="direct", recipient="a"))
        backup = tmp_path / "backups" / "bot-copy.sqlite3"
        assert main(["backup", str(backup), "--database", str(tmp_path / "bot.sqlite3")]) == 0
        files = database_files(tmp_path)
        assert {p.name for p in files} >= {"bot.sqlite3", "bot.sqlite3-wal", "bot.sqlite3-shm"}
        for path in [*files, backup]:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
        copy = Store.open(backup)
        assert copy.outbox_rows()[0]["text"] == "t"
        copy.close()
        store.close()
    finally:
        os.umask(old)


def campaign_dm_queued_for_alice(store: Store, now: datetime, source: str, key: str) -> int:
    """A closing server's campaign with alice in its audience (found as `source`) and its
    first wave's DM to her queued under `key` (a format with {cid}); returns the campaign."""
    cid = store.create_campaign(
        closes_at=now + timedelta(days=30), waves=[now], reach=[source], share=0.5, now=now
    )
    store.add_audience(cid, [{"acct": "alice", "account_id": "1", "source": source}], now)
    item = OutboxItem(
        idempotency_key=key.format(cid=cid),
        text="@alice closing",
        visibility="direct",
        recipient="alice",
        kind="campaign",
    )
    assert store.queue_campaign_dms(cid, 1, [("alice", item)], now) == 1
    return cid


@pytest.mark.parametrize("how", ["forget me", "admin forget"])
def test_a_status_in_flight_when_its_member_is_forgotten_leaves_nothing_once_out(tmp_path, how):
    """A reply being posted (and its queued continuation) when the member is forgotten still
    goes out, in its thread, but then nothing of the member is left in any database file."""
    store = Store.open(tmp_path / "bot.sqlite3")
    said = "your new account carol@new.example is ready"
    store.enqueue(
        OutboxItem(
            idempotency_key="n1",
            text=f"@carol {said} (1/2)",
            visibility="direct",
            recipient="carol",
            in_reply_to_id="555",
            source_status_id="555",
            thread_root="555",
        ),
        OutboxItem(
            idempotency_key="n1:2",
            after_key="n1",
            text=f"@carol {said} (2/2)",
            visibility="direct",
            recipient="carol",
        ),
        OutboxItem(idempotency_key="n2", text="@bob hello", visibility="direct", recipient="bob"),
    )
    posting = store.claim_next()
    assert posting is not None and posting["idempotency_key"] == "n1"
    if how == "forget me":
        store.apply(Effects(forget_member="carol"))
    else:
        store.forget_everything("carol")
    claimed = []
    row = store.claim_next(sent=(posting["id"], "9001"))
    while row is not None:
        claimed.append(row)
        row = store.claim_next(sent=(row["id"], str(9002 + len(claimed))))
    by_key = {r["idempotency_key"]: r for r in claimed}
    if how == "forget me":
        # The member's own "forget me" lets a thread finish: the continuation still
        # replies to the part that went out. An admin's forget drops what is only queued.
        assert by_key["n1:2"]["parent_status_id"] == "9001"
    else:
        assert "n1:2" not in by_key
    rows = store.outbox_rows()
    assert [r["recipient"] for r in rows if r["recipient"]] == ["bob"]
    assert not [r for r in rows if "carol" in r["text"] or r.get("in_reply_to_id") == "555"]
    store.close()
    assert found_in_files(tmp_path, "carol@new.example") == []
    assert found_in_files(tmp_path, "@carol") == []


def rows_naming(store: Store, name: str) -> dict[str, list[tuple]]:
    """Every row of every table with a value that contains `name` (any case)."""
    found: dict[str, list[tuple]] = {}
    tables = store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    for (table,) in tables:
        for row in store.db.execute(f"SELECT * FROM [{table}]"):
            if any(isinstance(v, str) and name in v.lower() for v in row):
                found.setdefault(table, []).append(row)
    return found


@pytest.mark.parametrize("how", ["forget me", "admin forget"])
@pytest.mark.parametrize("stopped", [False, True])
async def test_forget_me_leaves_no_row_naming_the_member_but_a_stop(tmp_path, stopped, how, capsys):
    """Alice walked, requested her archive, and a closing server's campaign had her in its
    audience and wrote to her; then she said "forget me" (or asked the admin, who ran
    `python -m bot forget alice`). Her campaign rows stayed, naming her. Now no table names
    her, except, when she had said "stop", that wish alone (her account, paused, nothing
    else), which a later campaign still honours. The admin's forget deleted the stop too,
    and the next wave wrote to her again: both paths keep it, and the admin is told so."""

    from test_reminders import World

    world = World(tmp_path / "bot.sqlite3")
    store = world.store
    await world.reach_archive_step()
    await world.say("requested")
    now = world.clock.now()
    cid = campaign_dm_queued_for_alice(store, now, "talked", "c{cid}:1:alice")
    if stopped:
        await world.say("stop")
    if how == "forget me":
        await world.say("forget me")
        await world.say("yes")
    else:
        capsys.readouterr()
        assert main(["forget", "alice", "--database", str(tmp_path / "bot.sqlite3")]) == 0
        said = capsys.readouterr().out
        assert said.startswith("Deleted everything stored about alice")
        kept = 'alice but their "stop": the account alone stays'
        assert (kept in said) is stopped, said
        if stopped:  # forgotten again: nothing left to delete, and the stop stays
            assert main(["forget", "alice", "--database", str(tmp_path / "bot.sqlite3")]) == 1
            assert capsys.readouterr().out.startswith(f"Nothing stored about {kept}")
    row = store.claim_next()
    while row is not None:  # every status queued goes out (the farewell too)
        row = store.claim_next(sent=(row["id"], f"9{row['id']}"))
    left = rows_naming(store, "alice")
    if stopped:
        assert list(left) == ["members"]
        assert {k: v for k, v in store.member("alice").items() if v} == {
            "acct": "alice",
            "account_id": "1",
            "step": "idle",
            "paused": 1,
            "updated_at": store.member("alice")["updated_at"],
        }
        # A later look at the audience finds her again: still not written to.
        store.add_audience(cid, [{"acct": "alice", "account_id": "1", "source": "talked"}], now)
        assert store.due_recipients(cid, 2, 10) == []
    else:
        assert left == {}, left
    world.db.close()


async def test_forget_me_from_someone_only_the_campaign_wrote_to_leaves_no_row_naming_them(
    tmp_path,
):
    """A closing server's campaign found alice in the admin listing and wrote to her; she
    had never talked to the bot, and answered "forget me". The bot said "I've deleted
    everything I stored about you" and deleted nothing: her audience row, the wave's record
    of its DM and the DM itself (its text and key name her) stayed. With no walkthrough
    there is nothing to confirm: forgotten at once, her campaign rows too."""

    from test_reminders import World

    world = World(tmp_path / "bot.sqlite3")
    store = world.store
    now = world.clock.now()
    campaign_dm_queued_for_alice(store, now, "local", "camp{cid}:w1:alice")
    row = store.claim_next()
    store.claim_next(sent=(row["id"], "9001"))
    await world.say("forget me")
    assert store.member("alice") is None
    row = store.claim_next()
    while row is not None:  # the farewell goes out
        assert row["kind"] == "farewell"
        row = store.claim_next(sent=(row["id"], f"9{row['id']}"))
    assert rows_naming(store, "alice") == {}
    world.db.close()


async def test_forget_me_cancels_what_the_bot_queued_unasked_as_stop_does(tmp_path):
    """Alice's archive reminder had fired and a closing server's campaign DM was queued
    behind the replies when she said "forget me": both went out after "Done: I've deleted
    everything I stored about you", the reminder though its row was deleted. What the bot
    queued on its own goes as her reminders go (as "stop" cancels it); her replies, the
    farewell last, still go out."""

    from test_reminders import World

    world = World(tmp_path / "bot.sqlite3")
    store = world.store
    await world.reach_archive_step()
    await world.say("requested")
    now = world.clock.now()
    campaign_dm_queued_for_alice(store, now, "talked", "camp{cid}:w1:alice")
    assert await world.tick(hours=30) == 1  # the archive reminder, queued
    queued = {r["kind"] for r in world.queued() if r["state"] == "pending"}
    assert {"campaign", "archive_half"} <= queued, queued
    await world.say("forget me")
    await world.say("yes")
    sent = []
    row = store.claim_next()
    while row is not None:
        sent.append(row["kind"])
        row = store.claim_next(sent=(row["id"], f"9{row['id']}"))
    assert set(sent) == {"walkthrough", "farewell"}, sent  # her replies alone
    assert sent[-1] == "farewell", sent
    world.db.close()


# -- "forget me?" asked, and a question meanwhile -----------------------------------------


async def ask_in_public(box, username: str, text: str) -> str:
    """A public mention; the bot's whole answer as text (unlisted, tagging only them)."""
    status = box.mention(username, text)
    await box.wait_reply(status)
    await box.settle()
    replies = box.replies(status["id"])
    for reply in replies:
        assert reply["visibility"] == "unlisted" and mentioned(reply) == [username]
    return "\n".join(html_to_text(r["content"]) for r in replies)


async def test_a_public_question_while_forget_me_awaits_its_dm_answer_is_answered(sandbox):
    """alice asked by DM to be forgotten, and the bot asked her to confirm. Before she
    answers, she asks something in public: that is a question, answered as one; it neither
    cancels nor confirms. Her DM answer then does."""
    sandbox.remote.create_account("alice")
    for said in ("move", "1", "alice@new.example"):
        await say(sandbox, "alice", said)
    assert "Delete everything" in await say(sandbox, "alice", "forget me")
    for question in ("do my posts move?", "yes, do my lists move too?"):
        answer = await ask_in_public(sandbox, "alice", question)
        assert "kept your progress" not in answer and "deleted everything" not in answer
        as_anyone = await ask_in_public(sandbox, "bob", question)
        # Anyone's answer, but for its end: her walkthrough waits, where bob is offered one.
        body, _, end = answer.rpartition(" · ")
        assert body.replace("@alice", "@bob") == as_anyone.rpartition(" · ")[0]
        assert end == replies.render("answers/waiting.j2", "en"), answer
    assert (await member_row(sandbox))["pending_confirmation"] == "forget"
    assert (await member_row(sandbox))["new_handle"] == "alice@new.example"
    assert "deleted everything" in await say(sandbox, "alice", "yes")
    assert await member_row(sandbox) is None


async def test_forget_me_asked_in_public_is_confirmed_by_a_public_yes(sandbox):
    await say(sandbox, "alice", "move")
    assert "Delete everything" in await ask_in_public(sandbox, "alice", "forget me")
    answer = await ask_in_public(sandbox, "alice", "do my posts move?")
    assert "kept your progress" not in answer and await member_row(sandbox) is not None
    assert "deleted everything" in await ask_in_public(sandbox, "alice", "yes")
    assert await member_row(sandbox) is None


# -- "this bot's data or your account?" asked, and a public mention meanwhile -------------

FORGET_BY_DM = 'send me a direct message saying "forget me"'


async def test_a_public_mention_naming_this_bot_deletes_nothing_while_which_data_is_asked(
    sandbox,
):
    """alice asked by DM to delete her data, and the bot asked which: what it keeps, or her
    account. A public mention of hers naming this bot (praise in a thread with bob, or the
    answer itself) deletes nothing: the public reply says so and to ask by DM. The question
    stays open, and her DM answer then deletes."""
    sandbox.remote.create_account("alice")
    for said in ("move", "1", "alice@new.example"):
        await say(sandbox, "alice", said)
    assert "Which data do you mean" in await say(sandbox, "alice", "delete my data")
    sandbox.member("bob")
    for text in ("@bob this bot is great", "this bot's data"):
        answer = await ask_in_public(sandbox, "alice", text)
        assert "deleted everything" not in answer and FORGET_BY_DM in answer, answer
        assert (await member_row(sandbox))["new_handle"] == "alice@new.example"
        assert (await member_row(sandbox))["pending_confirmation"] == "clarify_delete"
    assert "deleted everything" in await say(sandbox, "alice", "this bot")
    assert await member_row(sandbox) is None


async def test_which_data_asked_in_public_is_answered_in_public_as_by_dm(sandbox):
    """alice says "delete my data" in public, and the bot asks which there. Her public "my
    account" is answered as the question it is, without her step in the open; a sentence
    of hers that only holds "this bot" deletes nothing. Her public "this bot" then deletes,
    as it would by DM and as a public "forget me" then "yes" does (session 22 answered it
    "send me a DM" instead: one way to be forgotten in public, not two)."""
    await say(sandbox, "alice", "move")
    assert "Which data do you mean" in await ask_in_public(sandbox, "alice", "delete my data")
    answer = await ask_in_public(sandbox, "alice", "my account")
    assert answer_start("en", "delete_old_account") in answer, answer
    assert "Back to step" not in answer and await member_row(sandbox) is not None
    assert "Which data do you mean" in await ask_in_public(sandbox, "alice", "delete my data")
    answer = await ask_in_public(sandbox, "alice", "@bob this bot is great")
    assert "deleted" not in answer and "Back to step" not in answer, answer
    assert (await member_row(sandbox))["pending_confirmation"] == "clarify_delete_public"
    answer = await ask_in_public(sandbox, "alice", "this bot")
    assert "deleted everything" in answer and "step" not in answer, answer
    assert await member_row(sandbox) is None


async def test_forget_me_while_which_data_is_asked_in_public_deletes(sandbox):
    await say(sandbox, "alice", "move")
    assert "Which data do you mean" in await ask_in_public(sandbox, "alice", "delete my data")
    assert "deleted everything" in await ask_in_public(sandbox, "alice", "forget me")
    assert await member_row(sandbox) is None


@pytest.mark.parametrize("locale", ["en", "de", "fr", "es", "ja"])
def test_every_locale_says_what_to_dm_to_be_forgotten(locale):
    """The pointer to the DM quotes the one word a DM then reads as "forget me"."""
    said = replies.render("walkthrough/commands.j2", locale, command="forget_by_dm")
    (word,) = QUOTES[locale].findall(said)
    assert read(word, where="dm", locale=locale).command == "forget", (locale, word)
