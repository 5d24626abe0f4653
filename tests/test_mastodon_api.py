"""The bot's own REST calls (bot/mastodon_api.py) over aiohttp, against the fake as a real
server answers them: what comes back, and which of our error kinds each failure becomes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest

from bot.clock import FakeClock
from bot.fake.server import FakeMastodon
from bot.mastodon_api import MastodonAPI, PermanentError, RateLimited
from bot.sandbox import BOT_SCOPES


async def _server(version: str = "4.6.5") -> FakeMastodon:
    fake = FakeMastodon("example.social", clock=FakeClock(), version=version)
    await fake.start()
    return fake


@pytest.fixture
async def server():
    fake = await _server()
    yield fake
    await fake.stop()


@asynccontextmanager
async def _api(
    fake: FakeMastodon, account=None, scopes: str = BOT_SCOPES, token: str | None = None
) -> AsyncIterator[MastodonAPI]:
    """A client of the fake for `account` (or with a given `token`), closed afterwards."""
    if token is None:
        token = fake.issue_token(account, scopes=scopes)
    api = MastodonAPI(fake.base_url, token, clock=fake.clock)
    try:
        yield api
    finally:
        await api.close()


async def test_credentials_instance_and_lookup(server):
    helper = server.create_account("helper", bot=True)
    server.create_account("alice")
    async with _api(server, helper) as api:
        me = await api.verify_credentials()
        assert (me["acct"], me["bot"]) == ("helper", True)
        instance = await api.instance()
        assert instance["domain"] == "example.social"  # the v2 shape ("uri" in v1)
        alice = await api.lookup("alice")
        assert alice["acct"] == "alice" and "moved" not in alice
        with pytest.raises(PermanentError) as missing:
            await api.lookup("ghost")
        assert missing.value.status == 404 and "Record not found" in str(missing.value)


async def test_a_server_before_4_0_is_described_by_api_v1_instance():
    fake = await _server(version="3.5.19")
    try:
        async with _api(fake, fake.create_account("helper", bot=True)) as api:
            instance = await api.instance()
            assert instance["uri"] == "example.social" and instance["version"] == "3.5.19"
            assert "streaming_api" in instance["urls"]
    finally:
        await fake.stop()


async def test_a_refused_token_is_permanent(server):
    async with _api(server, token="not-a-token") as api:
        with pytest.raises(PermanentError) as refused:
            await api.verify_credentials()
        assert refused.value.status == 401


async def test_private_mentions_policy_is_read_and_changed(server):
    helper = server.create_account("helper", bot=True)
    async with _api(server, helper) as api:
        assert (await api.notification_policy())["for_private_mentions"] == "filter"
        changed = await api.accept_private_mentions()
        assert changed["for_private_mentions"] == "accept"
        assert changed["for_not_following"] == "accept"  # the other keys are left alone
        assert server.policy_for(helper)["for_private_mentions"] == "accept"
    # Without write:notifications the server refuses (403): permanent, not retried.
    async with _api(server, helper, scopes="read write:statuses") as reader:
        with pytest.raises(PermanentError) as refused:
            await reader.accept_private_mentions()
        assert refused.value.status == 403


async def test_a_429_brings_its_reset_time_and_updates_the_budget_state(server):
    helper = server.create_account("helper", bot=True)
    async with _api(server, helper) as api:
        server.faults.rate_limit_next(1, reset_in_seconds=120, path="/api/v1/accounts/lookup")
        changes = []
        api.on_rate_change = lambda: changes.append(api.rate.remaining)
        with pytest.raises(RateLimited) as limited:
            await api.lookup("helper")
        assert limited.value.reset_at == pytest.approx(server.clock.timestamp() + 120, abs=1)
        assert changes  # the headers reached the outbox's budget
