"""The walkthrough by DM through the fake servers: both directions, checks, restarts, privacy."""

from __future__ import annotations

import logging
import sqlite3

from harness import member_row, mentioned, step_of

from bot.text import html_to_text


async def say(box, username: str, text: str) -> str:
    """Send a DM in the member's thread and return the bot's whole answer as text."""
    status = box.dm(username, text)
    await box.wait_reply(status)
    await box.settle()
    replies = box.replies(status["id"])
    for reply in replies:
        assert reply["visibility"] == "direct"
        assert mentioned(reply) in ([username], [f"{username}@new.example"])
    return "\n".join(html_to_text(r["content"]) for r in replies)


def alice_new(box):
    return box.remote.get_account("alice") or box.remote.create_account("alice")


async def test_moving_away_from_first_dm_to_the_summary(sandbox):
    alice_new(sandbox)
    assert "Which way" in await say(sandbox, "alice", "hi! I want to move")
    assert "new account's address" in await say(sandbox, "alice", "1")
    assert "I found alice@new.example" in await say(sandbox, "alice", "@alice@new.example")
    assert "Export" in await say(sandbox, "alice", "done")
    assert "Request your archive" in await say(sandbox, "alice", "done")
    assert "create an account alias" in await say(sandbox, "alice", "requested")
    # The alias is missing: the move step stays closed.
    blocked = await say(sandbox, "alice", "done")
    assert "can't see the alias" in blocked
    assert await step_of(sandbox) == "alias"
    sandbox.remote.add_alias("alice", sandbox.home.get_account("alice"))
    opened = await say(sandbox, "alice", "done")
    assert "I can see the alias" in opened and "Move followers" in opened
    sandbox.home.set_moved("alice", alice_new(sandbox))
    moved = await say(sandbox, "alice", "done")
    assert "I can see the move" in moved and "Import" in moved
    assert "followers move" in (await say(sandbox, "alice", "done")).lower()
    assert "Download your archive" in await say(sandbox, "alice", "ok")
    summary = await say(sandbox, "alice", "downloaded")
    assert "old account, which moved, can't move again for 30 days" in summary
    assert "Keep the old account" in summary
    assert await step_of(sandbox) == "finished"


async def test_moving_here_from_another_server(sandbox):
    old = sandbox.remote.create_account("dave")
    sandbox.member("dave")
    await say(sandbox, "dave", "move")
    assert "account you're moving from" in await say(sandbox, "dave", "2")
    assert "I found dave@new.example" in await say(sandbox, "dave", "dave@new.example")
    for text in ["done", "done", "requested"]:
        await say(sandbox, "dave", text)
    assert "can't see the alias" in await say(sandbox, "dave", "done")
    sandbox.home.add_alias("dave", old)  # the alias lives on this server's (new) account
    assert "I can see the alias" in await say(sandbox, "dave", "done")
    sandbox.remote.set_moved("dave", sandbox.home.get_account("dave"))
    assert "I can see the move" in await say(sandbox, "dave", "done")
    for text in ["done", "ok"]:
        await say(sandbox, "dave", text)
    finished = await say(sandbox, "dave", "downloaded")
    assert "You're done" in finished and "30 days" not in finished  # no cooldown on this side


async def test_alias_check_is_skipped_honestly_when_the_server_refuses(sandbox):
    alice_new(sandbox)
    for text in ["move", "1", "alice@new.example", "done", "done", "requested"]:
        await say(sandbox, "alice", text)
    sandbox.remote.set_authorized_fetch(True)
    answer = await say(sandbox, "alice", "done")
    assert "couldn't check the alias" in answer and "Move followers" in answer


async def test_an_address_whose_name_is_a_command_word_is_the_address(sandbox):
    """At the address step, an account named "back" or a profile link ending "@restart" is
    the address given, not the command its name spells (the tables or the model read
    "back@new.example" as "back")."""
    await say(sandbox, "alice", "move")
    await say(sandbox, "alice", "1")
    sandbox.remote.create_account("back")
    assert "I found back@new.example" in await say(sandbox, "alice", "back@new.example")
    assert await step_of(sandbox) != "ask_new_handle"


async def test_a_profile_link_named_like_a_command_is_the_address(sandbox):
    await say(sandbox, "alice", "move")
    await say(sandbox, "alice", "1")
    sandbox.remote.create_account("restart")
    answer = await say(sandbox, "alice", "https://new.example/@restart")
    assert "I found restart@new.example" in answer
    assert await step_of(sandbox) != "ask_new_handle"


async def test_restart_in_the_middle_keeps_the_step(sandbox):
    alice_new(sandbox)
    for text in ["move", "1", "alice@new.example", "done"]:
        await say(sandbox, "alice", text)
    await sandbox.stop_bot()
    await sandbox.start_bot()
    await sandbox.wait_connected()
    status = await say(sandbox, "alice", "status")
    assert "step 3/9" in status and "Download the CSV files" in status


async def test_unknown_handle_gets_a_clear_error_and_a_second_try(sandbox):
    await say(sandbox, "alice", "move")
    await say(sandbox, "alice", "1")
    assert "couldn't find nobody@new.example" in await say(sandbox, "alice", "nobody@new.example")
    assert "doesn't look like an account address" in await say(sandbox, "alice", "alice@")
    alice_new(sandbox)
    assert "I found" in await say(sandbox, "alice", "alice@new.example")


async def test_stop_back_restart_and_forget_me(sandbox):
    alice_new(sandbox)
    for text in ["move", "1", "alice@new.example", "done"]:
        await say(sandbox, "alice", text)
    store = sandbox.bot.db.store
    assert "Paused" in await say(sandbox, "alice", "stop")
    assert (await member_row(sandbox))["paused"] == 1
    assert await sandbox.read(store.reminders, "alice", state="pending") == []
    assert "new profile" in await say(sandbox, "alice", "back")
    assert "Start over" in await say(sandbox, "alice", "restart")
    assert "Which way" in await say(sandbox, "alice", "yes")
    assert "Delete everything" in await say(sandbox, "alice", "forget me")
    assert "deleted everything" in await say(sandbox, "alice", "yes")
    assert await member_row(sandbox) is None
    assert await sandbox.read(store.reminders, "alice") == []
    assert await sandbox.read(lambda: list(store.db.query("SELECT * FROM members"))) == []


async def test_forget_me_after_stop_keeps_the_stop_alone_and_says_so(sandbox):
    """Alice said "stop", then "forget me". Her stop outlives it (no reminder or closing
    campaign may write to her for having asked to be forgotten), and the bot's farewell
    says what it keeps instead of "I've deleted everything"."""
    alice_new(sandbox)
    for text in ["move", "1", "alice@new.example", "done", "stop", "forget me"]:
        await say(sandbox, "alice", text)
    farewell = await say(sandbox, "alice", "yes")
    assert "deleted everything" in farewell and 'except your "stop"' in farewell, farewell
    row = await member_row(sandbox)
    assert row["paused"] == 1 and row["new_handle"] is None and row["step"] == "idle"
    assert await sandbox.read(sandbox.bot.db.store.reminders, "alice") == []


async def test_a_pasted_password_is_kept_nowhere(sandbox, caplog, tmp_path):
    caplog.set_level(logging.DEBUG)
    alice_new(sandbox)
    for text in ["move", "1", "alice@new.example"]:
        await say(sandbox, "alice", text)
    secret = "Tr0ub4dor-and-3-horses"
    warning = await say(sandbox, "alice", f"my password is {secret}")
    assert "never send a password" in warning.lower()
    await sandbox.stop_bot()  # checkpoint and close the database
    for path in tmp_path.glob("bot.sqlite3*"):
        assert secret.encode() not in path.read_bytes(), path.name
    assert secret not in caplog.text
    db = sqlite3.connect(tmp_path / "bot.sqlite3")
    assert db.execute("SELECT COUNT(*) FROM inbox").fetchone()[0] == 0


async def test_public_mention_of_the_move_is_steered_to_dm(sandbox):
    status = sandbox.mention("alice", "I want to move, walk me through it")
    (reply,) = await sandbox.wait_reply(status)
    assert reply["visibility"] == "unlisted"
    assert "direct message" in html_to_text(reply["content"])
    assert await member_row(sandbox) is None


async def test_how_and_questions_mid_walkthrough_return_to_the_step(sandbox):
    alice_new(sandbox)
    for text in ["move", "1", "alice@new.example", "done", "done", "requested"]:
        await say(sandbox, "alice", text)
    how = await say(sandbox, "alice", "what's an alias?")
    assert "alias" in how.lower() and "(Back to step 5" in how
    assert await step_of(sandbox) == "alias"


async def test_a_move_on_the_same_server_goes_on_from_the_new_account_once_the_bot_sees_it(
    sandbox,
):
    """Moved to a new account on this same server, a member writes from it: their walkthrough
    goes on there once the server shows the old account moved, never on their word alone."""
    new = sandbox.member("alice2")
    for text in ["move", "1", "alice2@example.social", "done", "done", "requested"]:
        await say(sandbox, "alice", text)
    sandbox.home.add_alias(new, sandbox.home.get_account("alice"))
    assert "I can see the alias" in await say(sandbox, "alice", "done")
    assert await step_of(sandbox) == "move"
    # Not moved yet: a message from the new account is not alice's, whatever it says.
    assert "step 6/9" not in await say(sandbox, "alice2", "where am i?")
    assert "step 6/9" in await say(sandbox, "alice", "where am i?")  # what alice herself gets
    sandbox.home.set_moved("alice", new)
    moved = await say(sandbox, "alice2", "done")
    assert "I can see the move" in moved and "Import" in moved
    assert await step_of(sandbox) == "import"

    # The move, once seen, is stored: later messages from the new account cost no lookup.
    def lookups() -> int:
        return sandbox.home.requested.count("GET /api/v1/accounts/lookup?acct=alice")

    seen = lookups()
    assert "step 7/9" in await say(sandbox, "alice2", "where am i?")
    assert "followers move" in (await say(sandbox, "alice2", "done")).lower()
    assert lookups() == seen
