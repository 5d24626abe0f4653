"""When the bot stays silent: loops with other bots, floods, endless threads.

Checked by the dispatcher before the responder sees a mention. Flood and bot counters
live in memory (they only need to outlast a burst, not a restart); the thread cap is
counted from the outbox, so it holds across restarts.
"""

from __future__ import annotations

import bisect
from collections import OrderedDict, defaultdict, deque
from dataclasses import dataclass

from bot.clock import Clock
from bot.incoming import Incoming
from storage import Database


@dataclass(frozen=True)
class Verdict:
    skip: str | None = None  # why the bot stays silent
    slow_down: bool = False  # send the one "slow down" reply first...
    until: float = 0.0  # ...saying when the member may write again (epoch seconds)


@dataclass(frozen=True)
class Limits:
    flood_mentions: int = 6  # more than this many public mentions in flood_window seconds...
    flood_direct: int = 20  # ...or this many DMs (counted apart) is a flood,
    flood_window: float = 60.0
    flood_silence: float = 600.0  # answered with one "slow down", then silence this long
    public_thread_replies: int = 5  # answers per public thread; DMs (the walkthrough) are exempt
    bot_replies_per_hour: int = 3  # to any one account flagged as a bot


# Answer times remembered for the conversation rule; a member's previous message is enough.
_ANSWERS_KEPT = 10_000


class Guardrails:
    """Floods are counted per member and per kind (DMs and public mentions apart).

    A message the member wrote after the bot had answered their previous one is a turn in
    a conversation: it is never counted, and a DM turn is answered even during a silence,
    so a member answering the walkthrough's steps is never cut off however quick they are.
    """

    def __init__(
        self, db: Database, clock: Clock, me_id: str, limits: Limits | None = None
    ) -> None:
        self.db, self.clock, self.me_id = db, clock, me_id
        self.limits = limits or Limits()
        self._recent: dict[tuple[str, bool], deque[float]] = defaultdict(deque)
        self._silent_until: dict[tuple[str, bool], float] = {}
        self._bot_replies: dict[str, deque[float]] = defaultdict(deque)
        self._previous: dict[str, str] = {}  # member -> their last message's status id
        self._answered: OrderedDict[str, float] = OrderedDict()  # status id -> answer posted

    def replied(self, source_status_id: str | None, posted_at: float) -> None:
        """The outbox posted the (first part of the) answer to a member's status."""
        if source_status_id is None or source_status_id in self._answered:
            return
        self._answered[source_status_id] = posted_at
        while len(self._answered) > _ANSWERS_KEPT:
            self._answered.popitem(last=False)

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
        flood = self._flood(incoming, now)
        if flood is not None:
            return flood
        if not incoming.is_direct and incoming.in_reply_to_id and incoming.thread_root:
            answered = await self.db.run(self.db.store.answers_in_thread, incoming.thread_root)
            if answered >= self.limits.public_thread_replies:
                return Verdict(skip="thread cap")
        if incoming.is_bot:
            self._bot_replies[incoming.key].append(now)
        return Verdict()

    def _is_turn(self, incoming: Incoming, now: float) -> bool:
        """Written after the bot's answer to the member's previous message was posted."""
        previous = self._previous.get(incoming.key)
        self._previous[incoming.key] = incoming.status_id
        answered = self._answered.get(previous) if previous is not None else None
        return answered is not None and answered <= now

    def _flood(self, incoming: Incoming, now: float) -> Verdict | None:
        direct = incoming.is_direct
        kind = (incoming.key, direct)
        turn = self._is_turn(incoming, now)
        if self._silent_until.get(kind, 0.0) > now and not (turn and direct):
            return Verdict(skip="flood: silent for a while")
        if turn:
            return None
        limit = self.limits.flood_direct if direct else self.limits.flood_mentions
        recent = _window(self._recent[kind], now, self.limits.flood_window)
        bisect.insort(recent, now)  # posting times may arrive out of order (stream vs. polling)
        if len(recent) > limit:
            until = now + self.limits.flood_silence
            self._silent_until[kind] = until
            recent.clear()
            return Verdict(slow_down=True, until=until)
        return None


def _window(times: deque[float], now: float, seconds: float) -> deque[float]:
    while times and times[0] <= now - seconds:
        times.popleft()
    return times
