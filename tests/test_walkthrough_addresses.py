"""Account addresses in every form members send them, and a move within one server whose
domain has a port (as test and development servers do)."""

from __future__ import annotations

import pytest
from harness import fast_sandbox, member_row, running, step_of
from test_walkthrough import say

from bot.verify import parse_address


@pytest.mark.parametrize(
    ("text", "kind", "handle"),
    [
        ("@you@new.example", "handle", "you@new.example"),
        ("you@new.example", "handle", "you@new.example"),
        ("It's You@New.Example now", "handle", "you@new.example"),
        ("https://new.example/@you", "handle", "you@new.example"),
        ("https://new.example/@you/", "handle", "you@new.example"),
        ("new.example/@you", "handle", "you@new.example"),  # copied without https://
        ("see new.example/@you/ please", "handle", "you@new.example"),
        ("you/@you", "none", None),
        ("https://new.example/users/you", "handle", "you@new.example"),
        ("see https://example.social/@you@new.example please", "handle", "you@new.example"),
        ("first.last@new.example", "handle", "first.last@new.example"),
        ("bob@dev.local:3000", "handle", "bob@dev.local:3000"),
        ("bob@dev.local", "handle", "bob@dev.local:3000"),  # this server, port left out
        ("http://dev.local:3000/@bob", "handle", "bob@dev.local:3000"),
        ("you@localhost", "handle", "you@localhost"),
        ("you", "bare", None),
        ("@you", "bare", None),
        ("you@gmail.com", "email", "you@gmail.com"),
        ("mailto:you@example.org", "email", None),
        ("https://new.example/about", "none", None),
        ("I will send it tomorrow", "none", None),
    ],
)
def test_every_form_of_address(text, kind, handle):
    address = parse_address(text, "dev.local:3000")
    assert address.kind == kind
    assert address.handle == handle


async def reach_new_handle(box, username: str = "alice") -> None:
    await say(box, username, "move")
    assert "new account's address" in await say(box, username, "1")


async def test_a_profile_url_is_taken_as_the_address_it_shows(sandbox):
    sandbox.remote.create_account("alice")
    await reach_new_handle(sandbox)
    found = await say(sandbox, "alice", "https://new.example/@alice")
    assert "I found alice@new.example" in found
    assert (await member_row(sandbox))["new_handle"] == "alice@new.example"


async def test_a_bare_username_is_this_servers_account_or_a_question(sandbox):
    sandbox.member("bob")
    await reach_new_handle(sandbox)
    asked = await say(sandbox, "alice", "carol")
    assert "Which server is carol on?" in asked
    assert await step_of(sandbox) == "ask_new_handle"
    taken = await say(sandbox, "alice", "bob")
    assert "I took bob to be bob@example.social" in taken
    assert (await member_row(sandbox))["new_handle"] == "bob@example.social"


async def test_an_email_address_is_explained_and_asked_again(sandbox):
    await reach_new_handle(sandbox)
    answer = await say(sandbox, "alice", "alice@gmail.com")
    assert "email address" in answer and "name@server" in answer
    member = await member_row(sandbox)
    assert member["step"] == "ask_new_handle" and member["new_handle"] is None


async def test_no_account_yet_gets_how_to_pick_a_server(sandbox):
    await reach_new_handle(sandbox)
    answer = await say(sandbox, "alice", "I haven't made it yet")
    assert "joinmastodon.org/servers" in answer and "name@server" in answer
    how = await say(sandbox, "alice", "how do I do that?")
    assert "joinmastodon.org/servers" in how


async def test_a_move_between_two_accounts_of_one_server_with_a_port(tmp_path):
    box = fast_sandbox(tmp_path, home_domain="dev.local:3000")
    async with running(box):
        old = box.member("alice")
        new = box.home.create_account("alice2")
        await reach_new_handle(box)
        found = await say(box, "alice", "alice2@dev.local")  # the port left out
        assert "I found alice2@dev.local:3000" in found
        assert "same server" in found  # the known same-server caveat
        for text in ("done", "done", "requested"):
            await say(box, "alice", text)
        box.home.add_alias(new, old)
        assert "I can see the alias" in await say(box, "alice", "done")
        box.home.set_moved(old, new)
        assert "I can see the move" in await say(box, "alice", "done")
        for text in ("done", "ok"):
            await say(box, "alice", text)
        assert "You're done" in await say(box, "alice", "downloaded")
        assert await step_of(box) == "finished"


async def test_moving_to_a_gotosocial_server_is_told_what_differs(sandbox):
    """The fake new server claims GoToSocial in its NodeInfo: the walkthrough says what the
    facts cover (URIs, the 7-day cooldown), never Mastodon's screens for that server."""
    sandbox.remote.software, sandbox.remote.software_version = "gotosocial", "0.19.1"
    new = sandbox.remote.create_account("alice")
    await reach_new_handle(sandbox)
    found = await say(sandbox, "alice", "alice@new.example")
    old_uri = sandbox.home.account_uri(sandbox.home.get_account("alice"))
    assert "new.example runs GoToSocial 0.19.1, not Mastodon" in found
    assert f"yours is {old_uri}" in found and "7 days" in found
    for text in ("done", "done"):
        await say(sandbox, "alice", text)
    alias = await say(sandbox, "alice", "requested")
    assert f"add your old account as an alias: {old_uri}" in alias
    assert "Preferences → Account" not in alias  # Mastodon's screens are not GoToSocial's
    sandbox.remote.add_alias(new, sandbox.home.get_account("alice"))
    moving = await say(sandbox, "alice", "done")
    assert "I can see the alias" in moving and "Move followers" in moving  # Mastodon's side
    sandbox.home.set_moved("alice", new)
    imported = await say(sandbox, "alice", "done")
    assert "can't tell whether GoToSocial reads Mastodon's CSV files" in imported


async def test_a_mastodon_server_gets_no_software_note(sandbox):
    sandbox.remote.create_account("alice")
    await reach_new_handle(sandbox)
    found = await say(sandbox, "alice", "alice@new.example")
    assert "not Mastodon" not in found
    assert (await member_row(sandbox))["other_software"] is None


async def test_the_move_on_the_bots_own_server_is_read_through_its_api(sandbox):
    """example.social refuses unsigned actor requests (authorized fetch): the move is still
    seen, through the API's `moved` on the account."""
    new = sandbox.remote.create_account("alice")
    for text in ("move", "1", "alice@new.example", "done", "done", "requested"):
        await say(sandbox, "alice", text)
    sandbox.remote.add_alias(new, sandbox.home.get_account("alice"))
    await say(sandbox, "alice", "done")
    sandbox.home.set_authorized_fetch(True)
    sandbox.home.set_moved("alice", new)
    moved = await say(sandbox, "alice", "done")
    assert "I can see the move: alice@example.social now points to alice@new.example" in moved


async def test_an_address_not_found_twice_gets_reasons_then_goes_on_trust(sandbox):
    await reach_new_handle(sandbox)
    first = await say(sandbox, "alice", "alice@new.example")  # not created there (yet)
    assert "couldn't find alice@new.example" in first
    second = await say(sandbox, "alice", "alice@new.example")
    assert "What may be in the way" in second and "go on your word" in second
    assert await step_of(sandbox) == "ask_new_handle"
    third = await say(sandbox, "alice", "alice@new.example")
    assert "I'll go on your word" in third and "new profile" in third
    assert (await member_row(sandbox))["new_handle"] == "alice@new.example"
