"""The verifier's lookup cache holds only what it may still serve, over real HTTP.

Lookups are cached for `cache_seconds` (a member's handles checked again within a minute);
a bot checking thousands of members' handles must not keep every answer for ever.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from test_fake_instance import serve

from bot.clock import FakeClock
from bot.fake import FakeMastodon
from bot.verify import FOUND, NOT_FOUND, Verifier


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 8, 8, 10, 0, tzinfo=UTC))


@pytest.fixture
async def fake(aiohttp_server: Any, clock: FakeClock) -> FakeMastodon:
    return await serve(aiohttp_server, FakeMastodon("example.social", clock=clock))


async def test_lookups_past_their_minute_are_let_go_and_fresh_ones_kept(fake, clock):
    verifier = Verifier(clock=clock, base_url_for=lambda domain: fake.base_url)
    try:
        for i in range(150):
            fake.create_account(f"member{i}")
            assert (await verifier.lookup(f"member{i}@example.social")).outcome == FOUND
            assert (await verifier.lookup(f"gone{i}@example.social")).outcome == NOT_FOUND
        assert len(verifier._cache) == 300
        minute = verifier.cache_seconds
        clock.advance(seconds=minute)
        assert (await verifier.lookup("carol@example.social")).outcome == NOT_FOUND
        assert len(verifier._cache) == 1  # the 300 could no longer be served
        clock.advance(seconds=minute / 2)
        fake.create_account("alice")
        assert (await verifier.lookup("alice@example.social")).actor.moved_to is None
        fake.set_moved(fake.get_account("alice"), fake.create_account("alice2"))
        clock.advance(seconds=minute / 2)
        assert (await verifier.lookup("bob@example.social")).outcome == NOT_FOUND
        assert set(verifier._cache) == {"alice@example.social", "bob@example.social"}
        # Inside her minute alice is still answered from the cache (the move not seen yet)...
        assert (await verifier.lookup("alice@example.social")).actor.moved_to is None
        clock.advance(seconds=minute / 2)
        # ...and looked up again once it is over.
        assert (await verifier.lookup("alice@example.social")).actor.moved_to is not None
    finally:
        await verifier.close()
