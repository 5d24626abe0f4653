"""A fake Mastodon 4.6 server for the tests and the `python -m bot try` sandbox.

    fake = FakeMastodon("example.social", clock=FakeClock(), heartbeat_interval=0.05)
    await fake.start()                      # 127.0.0.1:<free port>; sets fake.base_url
    # or: server = await aiohttp_server(fake.make_app()); fake.set_base_url(str(server.make_url("")))
    helper = fake.create_account("helper", bot=True, display_name="Move helper")
    token = fake.issue_token(helper, "read write")
    fake.post_status("alice", "@helper do my posts move?", visibility="direct")
    fake.notifications_for("helper")        # oldest first; filtered ones carry "filtered": True

Accounts live on one server per domain; `a.register_remote(b)` links two fakes so
`@user@b.domain` resolves and statuses federate both ways. Faults are switched on through
`fake.faults`; rate limits are enforced on the injected clock with `rate_limits=True`.
"""

from bot.fake.limits import Faults, Limits
from bot.fake.server import FakeMastodon, ValidationError

__all__ = ["FakeMastodon", "Faults", "Limits", "ValidationError"]
