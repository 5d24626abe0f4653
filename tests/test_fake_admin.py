"""The fake's admin accounts API, followers pages and pins answer as Mastodon does."""

from __future__ import annotations

import json

import aiohttp
import pytest

from bot.clock import FakeClock
from bot.fake import serializers as ser
from bot.fake.server import FakeMastodon
from bot.mastodon_api import MastodonAPI, PermanentError


@pytest.fixture
async def server():
    fake = FakeMastodon("example.social", clock=FakeClock())
    await fake.start()
    yield fake
    await fake.stop()


async def _api(fake: FakeMastodon, account, scopes: str) -> MastodonAPI:
    return MastodonAPI(fake.base_url, fake.issue_token(account, scopes=scopes), clock=fake.clock)


async def test_admin_accounts_need_the_scope_and_a_role_that_manages_users(server):
    bot = server.create_account("helper", bot=True)
    for name in ("a", "b", "c"):
        server.create_account(name)
    server.set_suspended("b")
    server.set_disabled("c")
    server.add_remote_account("far@away.example")
    api = await _api(server, bot, "read:accounts")
    with pytest.raises(PermanentError) as scope:
        await api.request_page("/api/v2/admin/accounts", "admin")
    assert scope.value.status == 403 and "outside the authorized scopes" in str(scope.value)
    await api.close()
    api = await _api(server, bot, "read:accounts admin:read:accounts")
    with pytest.raises(PermanentError) as role:
        await api.request_page("/api/v2/admin/accounts", "admin")
    assert role.value.status == 403 and "not allowed" in str(role.value)
    server.set_role(bot, "Moderator")
    page, following = await api.request_page(
        "/api/v2/admin/accounts", "admin", [("origin", "local"), ("status", "active")]
    )
    await api.close()
    # Active means not suspended: the disabled account is listed, with disabled: true.
    assert {a["username"]: a["disabled"] for a in page} == {"helper": False, "a": False, "c": True}
    assert following is None
    assert page[0]["account"]["acct"] == "c" and "moved" not in page[0]["account"]


async def test_admin_accounts_page_by_link_header(server):
    bot = server.create_account("helper", bot=True)
    server.set_role(bot, "Admin")
    for n in range(250):
        server.create_account(f"user{n}")
    api = await _api(server, bot, "admin:read")
    seen, path, params = [], "/api/v2/admin/accounts", [("origin", "local"), ("limit", "200")]
    pages = 0
    while path:
        page, path = await api.request_page(path, "admin", params)
        params = None
        pages += 1
        seen += [a["username"] for a in page]
    await api.close()
    assert pages == 2 and len(seen) == len(set(seen)) == 251


async def test_followers_pages_and_pins(server):
    bot = server.create_account("helper", bot=True)
    for n in range(90):
        server.follow(server.create_account(f"f{n}"), bot, notify=False)
    api = await _api(server, bot, "read:accounts write:statuses")
    path, params, followers = f"/api/v1/accounts/{bot.id}/followers", [("limit", "80")], []
    while path:
        page, path = await api.request_page(path, "followers", params)
        params = None
        followers += [a["acct"] for a in page]
    assert len(followers) == len(set(followers)) == 90
    public = await api.post_status("closing", visibility="public", idempotency_key="k1")
    with pytest.raises(PermanentError) as scope:
        await api.request("POST", f"/api/v1/statuses/{public['id']}/pin", "pin")
    assert scope.value.status == 403
    await api.close()
    api = await _api(server, bot, "write:statuses write:accounts")
    await api.request("POST", f"/api/v1/statuses/{public['id']}/pin", "pin")
    assert server.pinned_ids("helper") == [public["id"]]
    dm = await api.post_status("@f1 hi", visibility="direct", idempotency_key="k2")
    with pytest.raises(PermanentError) as private:
        await api.request("POST", f"/api/v1/statuses/{dm['id']}/pin", "pin")
    assert private.value.status == 422
    await api.request("POST", f"/api/v1/statuses/{public['id']}/unpin", "unpin")
    assert server.pinned_ids("helper") == []
    await api.close()


async def test_suspended_accounts_say_so_and_hide_their_profile(server):
    server.create_account("gone", note="#nobot please")
    server.set_suspended("gone")
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"{server.base_url}/api/v1/accounts/lookup?acct=gone") as response,
    ):
        body = await response.json()
    assert body["suspended"] is True and body["note"] == ""


async def _listing(api: MastodonAPI, params: list[tuple[str, str]]) -> list[dict]:
    path: str | None = "/api/v2/admin/accounts"
    first: list[tuple[str, str]] | None = params
    seen: list[dict] = []
    while path:
        page, path = await api.request_page(path, "admin", first)
        first = None
        seen += page
    return seen


def _as_built_now(fake: FakeMastodon, origin: str | None) -> list[dict]:
    """What the listing must say: every account serialised afresh (JSON-shaped as sent)."""
    accounts = fake.admin_accounts(origin=origin, status="active")
    return json.loads(ser.rails_json([ser.admin_account_json(fake, a) for a in accounts]))


async def test_admin_accounts_pages_are_built_once_while_nothing_changes(server):
    """A campaign lists every local account at each refresh; the fake serialises them
    again only when something an account shows has changed."""
    bot = server.create_account("helper", bot=True)
    server.set_role(bot, "Admin")
    for n in range(250):
        server.create_account(f"user{n}")
    api = await _api(server, bot, "admin:read")
    params = [("origin", "local"), ("status", "active"), ("limit", "200")]
    first = await _listing(api, params)
    built = server.admin_pages_built
    assert await _listing(api, params) == first and server.admin_pages_built == built == 2
    server.create_account("late")
    assert len(await _listing(api, params)) == 252 and server.admin_pages_built == 4
    await api.close()


async def test_admin_accounts_listing_shows_every_change_at_once(server):
    """Whatever changes what an account shows (a field set by the fake or by a test, a
    follow, a counted status, a move, another server's profile) is in the next listing."""
    other = FakeMastodon("other.example", clock=server.clock)
    server.register_remote(other)
    bot = server.create_account("helper", bot=True)
    server.set_role(bot, "Admin")
    alice, bob = server.create_account("alice"), server.create_account("bob")
    carol = other.create_account("carol")
    mirror = server.resolve_account("carol@other.example")
    api = await _api(server, bot, "admin:read")
    changes = [
        lambda: server.create_account("dave"),
        lambda: server.set_suspended(bob),
        lambda: server.set_suspended(bob, False),
        lambda: server.set_disabled(alice),
        lambda: server.set_role(alice, "Moderator"),
        lambda: server.set_locale(alice, "de"),
        lambda: server.update_account(alice, display_name="Alice"),
        lambda: setattr(alice, "note", "a note set by a test"),
        lambda: server.follow(alice, bob, notify=False),
        lambda: server.unfollow(alice, bob),
        lambda: server.follow(mirror, alice, notify=False),
        lambda: server.post_status(alice, "hello", visibility="public"),
        lambda: server.delete_status(server.statuses_by("alice")[0]["id"]),
        lambda: server.set_moved(bob, mirror),
        lambda: other.update_account(carol, display_name="Carol"),
        lambda: server.set_limited(mirror),
    ]
    for change in changes:
        for origin in ("local", "remote"):
            await _listing(api, [("origin", origin), ("status", "active")])
        change()
        for origin in ("local", "remote"):
            listed = await _listing(api, [("origin", origin), ("status", "active")])
            assert listed == _as_built_now(server, origin)
    await api.close()
