"""Open SSE connections of the fake streaming server.

Mastodon's streaming server relays Redis pub/sub live: nothing is buffered for a client
that is not connected, so an event published while no Stream is registered is simply lost.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.fake.models import Account, Token

CLOSE = b""  # sentinel: end the response cleanly
ABORT = b"\x00"  # sentinel: reset the connection


@dataclass(eq=False)
class Stream:
    """One connected SSE client: which account's channels it hears."""

    account: Account
    token: Token
    channels: frozenset[str]  # "timeline" (home: update/delete/status.update), "notifications"
    loop: asyncio.AbstractEventLoop
    queue: asyncio.Queue[bytes] = field(default_factory=asyncio.Queue)

    def push(self, item: bytes) -> None:
        """Enqueue from any thread (tests may drive the fake from a worker thread)."""
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is self.loop:
            self.queue.put_nowait(item)
        elif not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self.queue.put_nowait, item)


def sse_event(event: str, data: str) -> bytes:
    return f"event: {event}\ndata: {data}\n\n".encode()
