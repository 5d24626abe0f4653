"""When the bot stays silent: loops with other bots, floods, endless threads.

Checked by the dispatcher before the responder sees a mention. Flood and bot counters
live in memory (they only need to outlast a burst, not a restart); the thread cap is
counted from the outbox, so it holds across restarts.
"""

from __future__ import annotations

import bisect
from collections import defaultdict, deque
from dataclasses import dataclass

from bot.clock import Clock
from bot.incoming import Incoming
from storage import Database


@dataclass(frozen=True)
class Verdict:
    skip: str | None = None  # why the bot stays silent
    slow_down: bool = False  # send the one "slow down" reply first


@dataclass(frozen=True)
class Limits:
    flood_mentions: int = 6  # more than this many in flood_window seconds is a flood...
    flood_direct: int = 20  # ...or this many DMs: a walkthrough is a quick back-and-forth
    flood_window: float = 60.0
    flood_silence: float = 600.0  # ...answered with one "slow down", then silence this long
    public_thread_replies: int = 5  # answers per public thread; DMs (the walkthrough) are exempt
    bot_replies_per_hour: int = 3  # to any one account flagged as a bot


class Guardrails:
    def __init__(
        self, db: Database, clock: Clock, me_id: str, limits: Limits | None = None
    ) -> None:
        self.db, self.clock, self.me_id = db, clock, me_id
        self.limits = limits or Limits()
        self._recent: dict[str, deque[float]] = defaultdict(deque)
        self._silent_until: dict[str, float] = {}
        self._bot_replies: dict[str, deque[float]] = defaultdict(deque)

    async def check(self, incoming: Incoming) -> Verdict:
        # Floods are judged by when the member posted, not when the bot got round to it:
        # after an outage the bot must not mistake a backlog for a flood.
        now = incoming.created_at or self.clock.timestamp()
        if incoming.is_bot:
            if incoming.in_reply_to_account_id == self.me_id:
                return Verdict(skip="a bot replying to the bot")
            recent = _window(self._bot_replies[incoming.key], now, 3600.0)
            if len(recent) >= self.limits.bot_replies_per_hour:
                return Verdict(skip="bot reply cap")
        limit = self.limits.flood_direct if incoming.is_direct else self.limits.flood_mentions
        flood = self._flood(incoming.key, now, limit)
        if flood is not None:
            return flood
        if not incoming.is_direct and incoming.in_reply_to_id and incoming.thread_root:
            answered = await self.db.run(self.db.store.answers_in_thread, incoming.thread_root)
            if answered >= self.limits.public_thread_replies:
                return Verdict(skip="thread cap")
        if incoming.is_bot:
            self._bot_replies[incoming.key].append(now)
        return Verdict()

    def _flood(self, key: str, now: float, limit: int) -> Verdict | None:
        if self._silent_until.get(key, 0.0) > now:
            return Verdict(skip="flood: silent for a while")
        recent = _window(self._recent[key], now, self.limits.flood_window)
        bisect.insort(recent, now)  # posting times may arrive out of order (stream vs. polling)
        if len(recent) > limit:
            self._silent_until[key] = now + self.limits.flood_silence
            recent.clear()
            return Verdict(slow_down=True)
        return None


def _window(times: deque[float], now: float, seconds: float) -> deque[float]:
    while times and times[0] <= now - seconds:
        times.popleft()
    return times
