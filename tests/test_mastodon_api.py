"""The bot's own REST calls (bot/mastodon_api.py) over aiohttp, against the fake as a real
server answers them: what comes back, and which of our error kinds each failure becomes."""

from __future__ import annotations

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


def _api(fake: FakeMastodon, account, scopes: str = BOT_SCOPES) -> MastodonAPI:
    return MastodonAPI(fake.base_url, fake.issue_token(account, scopes=scopes), clock=fake.clock)


async def test_credentials_instance_and_lookup(server):
    helper = server.create_account("helper", bot=True)
    server.create_account("alice")
    api = _api(server, helper)
    try:
        me = await api.verify_credentials()
        assert (me["acct"], me["bot"]) == ("helper", True)
        instance = await api.instance()
        assert instance["domain"] == "example.social"  # the v2 shape ("uri" in v1)
        alice = await api.lookup("alice")
        assert alice["acct"] == "alice" and "moved" not in alice
        with pytest.raises(PermanentError) as missing:
            await api.lookup("ghost")
        assert missing.value.status == 404 and "Record not found" in str(missing.value)
    finally:
        await api.close()


async def test_a_server_before_4_0_is_described_by_api_v1_instance():
    fake = await _server(version="3.5.19")
    api = _api(fake, fake.create_account("helper", bot=True))
    try:
        instance = await api.instance()
        assert instance["uri"] == "example.social" and instance["version"] == "3.5.19"
        assert "streaming_api" in instance["urls"]
    finally:
        await api.close()
        await fake.stop()


async def test_a_refused_token_is_permanent(server):
    api = MastodonAPI(server.base_url, "not-a-token", clock=server.clock)
    try:
        with pytest.raises(PermanentError) as refused:
            await api.verify_credentials()
        assert refused.value.status == 401
    finally:
        await api.close()


async def test_private_mentions_policy_is_read_and_changed(server):
    helper = server.create_account("helper", bot=True)
    api = _api(server, helper)
    try:
        assert (await api.notification_policy())["for_private_mentions"] == "filter"
        changed = await api.accept_private_mentions()
        assert changed["for_private_mentions"] == "accept"
        assert changed["for_not_following"] == "accept"  # the other keys are left alone
        assert server.policy_for(helper)["for_private_mentions"] == "accept"
    finally:
        await api.close()
    # Without write:notifications the server refuses (403): permanent, not retried.
    reader = _api(server, helper, scopes="read write:statuses")
    try:
        with pytest.raises(PermanentError) as refused:
            await reader.accept_private_mentions()
        assert refused.value.status == 403
    finally:
        await reader.close()


async def test_a_429_brings_its_reset_time_and_updates_the_budget_state(server):
    helper = server.create_account("helper", bot=True)
    api = _api(server, helper)
    server.faults.rate_limit_next(1, reset_in_seconds=120, path="/api/v1/accounts/lookup")
    changes = []
    api.on_rate_change = lambda: changes.append(api.rate.remaining)
    try:
        with pytest.raises(RateLimited) as limited:
            await api.lookup("helper")
        assert limited.value.reset_at == pytest.approx(server.clock.timestamp() + 120, abs=1)
        assert changes  # the headers reached the outbox's budget
    finally:
        await api.close()
