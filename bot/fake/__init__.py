"""A fake Mastodon 4.6 server for tests and the `python -m bot try` sandbox.

fake = FakeMastodon(domain="example.social", clock=FakeClock())
base_url = await fake.start()          # or aiohttp_server(fake.make_app()) + set_base_url()
helper = fake.create_account("helper", bot=True)
token = fake.issue_token(helper, "read write")
fake.post_status("alice", "@helper hi", visibility="direct")
"""

from bot.fake.limits import Faults, Limits
from bot.fake.server import FakeMastodon, ValidationError

__all__ = ["FakeMastodon", "Faults", "Limits", "ValidationError"]
