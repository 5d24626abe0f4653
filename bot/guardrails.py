"""When the bot stays silent: loops with other bots, floods, endless threads.

Checked by the dispatcher before the responder sees a mention. Flood and bot counters
live in memory (they only need to outlast a burst, not a restart) and are swept a day
after they stop mattering, so meeting thousands of members once holds only the recent
ones; the thread cap is counted from the outbox, so it holds across restarts.
"""

from __future__ import annotations

import bisect
import itertools
from collections import defaultdict
from dataclasses import dataclass

from bot.clock import Clock
from bot.incoming import Incoming
from storage import Database

# Why a flooding member's message goes unanswered until the silence ends.
FLOOD_SILENCE = "flood: silent for a while"
# Why a public thread the bot answered often enough gets no more answers.
THREAD_CAP = "thread cap"


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
    # A member's counters are dropped this long after they stopped mattering, so a bot meeting
    # thousands of members once holds only the recent ones. A message reaching the bot up to
    # this late (a catch-up after the stream dropped), or a message whose answer is posted up
    # to this long after the bot read it (a queue behind the posting budget), is judged
    # exactly as if nothing had been dropped.
    forget_after: float = 86400.0


# Answer times remembered for the conversation rule (the newest 9,375 to 10,000); a member's
# previous message is enough.
_ANSWERS_KEPT = 10_000
# How often (clock seconds) state no guard needs any more is looked for: one pass over the
# members held, amortised over the messages of ten minutes.
_SWEEP_EVERY = 600.0
_BOT_WINDOW = 3600.0


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
        # A member's flood window and silence, public mentions and DMs in tables of their
        # own, keyed by the member alone: a (member, direct) key was a 56-byte tuple for
        # every member met. Plain lists, not deques: a window holds a handful of times, and
        # an empty deque alone costs 624 bytes against a one-time list's 64.
        self._recent_public: dict[str, list[float]] = {}
        self._recent_direct: dict[str, list[float]] = {}
        self._silent_public: dict[str, float] = {}
        self._silent_direct: dict[str, float] = {}
        self._bot_replies: dict[str, list[float]] = defaultdict(list)
        # member -> their last message's status id, and when the bot read it (its clock)
        self._previous: dict[str, tuple[int | str, float]] = {}
        # status id -> answer posted, oldest first: a plain dict, not an OrderedDict, whose
        # links were 0.44 MB more of the 1.5 MB the full table holds
        self._answered: dict[int | str, float] = {}
        self._swept_at = clock.timestamp()

    def replied(self, source_status_id: str | None, posted_at: float) -> None:
        """The outbox posted the (first part of the) answer to a member's status."""
        if source_status_id is None:
            return
        status_id = _held(source_status_id)
        if status_id in self._answered:
            return
        self._answered[status_id] = posted_at
        if len(self._answered) > _ANSWERS_KEPT:
            # The oldest sixteenth at once: a plain dict finds its oldest key by walking past
            # the ones deleted before it, so one walk a batch (0.7 µs a reply, as before),
            # not one a reply (6 µs)
            for status_id in list(itertools.islice(self._answered, _ANSWERS_KEPT // 16)):
                del self._answered[status_id]

    async def check(self, incoming: Incoming) -> Verdict:
        # Floods are judged by when the member posted, not when the bot got round to it:
        # after an outage the bot must not mistake a backlog for a flood.
        now = incoming.created_at or self.clock.timestamp()
        key = incoming.key  # one string shared by every table (the property makes a new one)
        if self.clock.timestamp() - self._swept_at >= _SWEEP_EVERY:
            self.sweep()
        if incoming.is_bot:
            if incoming.in_reply_to_account_id == self.me_id:
                return Verdict(skip="a bot replying to the bot")
            recent = _window(self._bot_replies[key], now, _BOT_WINDOW)
            if len(recent) >= self.limits.bot_replies_per_hour:
                return Verdict(skip="bot reply cap")
        flood = self._flood(incoming, key, now)
        if flood is not None:
            return flood
        if not incoming.is_direct and incoming.in_reply_to_id and incoming.thread_root:
            answered = await self.db.run(self.db.store.answers_in_thread, incoming.thread_root)
            if answered >= self.limits.public_thread_replies:
                return Verdict(skip=THREAD_CAP)
        if incoming.is_bot:
            self._bot_replies[key].append(now)
        return Verdict()

    def sweep(self) -> None:
        """Drop what can no longer change a verdict, judged against `forget_after` ago.

        Any message checked from now on was posted at or after that horizon (else it is
        later than the allowance): window entries older than the horizon by their window
        would be popped before counting, a silence ended by it is over, and an empty window
        is what a member never seen gets. A previous message still unanswered, read before
        the horizon, would only matter if answered later than the allowance; an answered
        one stays while the answered table (bounded) holds its answer.
        """
        self._swept_at = self.clock.timestamp()
        horizon = self._swept_at - self.limits.forget_after
        window = self.limits.flood_window
        for recent in (self._recent_public, self._recent_direct):
            for key in [k for k, times in recent.items() if _over(times, horizon - window)]:
                del recent[key]
        for silent in (self._silent_public, self._silent_direct):
            for key in [k for k, until in silent.items() if until <= horizon]:
                del silent[key]
        bot_horizon = horizon - _BOT_WINDOW
        for key in [k for k, times in self._bot_replies.items() if _over(times, bot_horizon)]:
            del self._bot_replies[key]
        answered = self._answered
        for key in [
            k
            for k, (status_id, posted) in self._previous.items()
            if posted <= horizon and status_id not in answered
        ]:
            del self._previous[key]

    def _is_turn(self, incoming: Incoming, key: str, now: float) -> bool:
        """Written after the bot's answer to the member's previous message was posted.

        The answer to the message before is let go here: only a member's previous message
        is ever looked up, so once a newer one takes its place no verdict can ask for it.
        The answered table then holds about one answer a member held, not the 10,000 newest
        (bench/latency.py --varied, 3,000 members: 10,000 answers, 0.8 MB, were dead)."""
        status_id = _held(incoming.status_id)
        previous = self._previous.get(key)
        self._previous[key] = (status_id, self.clock.timestamp())
        if previous is None:
            return False
        if previous[0] == status_id:  # the same message again: its answer may still come
            answered = self._answered.get(status_id)
        else:
            answered = self._answered.pop(previous[0], None)
        return answered is not None and answered < now

    def _flood(self, incoming: Incoming, key: str, now: float) -> Verdict | None:
        direct = incoming.is_direct
        silent = self._silent_direct if direct else self._silent_public
        turn = self._is_turn(incoming, key, now)
        if silent.get(key, 0.0) > now and not (turn and direct):
            return Verdict(skip=FLOOD_SILENCE)
        if turn:
            return None
        limit = self.limits.flood_direct if direct else self.limits.flood_mentions
        windows = self._recent_direct if direct else self._recent_public
        recent = windows.get(key)
        if recent is None:
            # [now] holds one slot; an empty list grown by one holds four (24 bytes more)
            windows[key] = recent = [now]
        else:
            _window(recent, now, self.limits.flood_window)
            bisect.insort(recent, now)  # posting times may come out of order (stream, polling)
        if len(recent) > limit:
            until = now + self.limits.flood_silence
            silent[key] = until
            recent.clear()
            return Verdict(slow_down=True, until=until)
        return None


def _held(status_id: str) -> int | str:
    """A status id as the tables hold it: Mastodon's, all digits, as a number (32 bytes for
    18 digits, against 67 as a string: 0.35 MB of a full answered table); any other (a
    GoToSocial ULID, or digits with a leading zero, which a number would not give back)
    as it is. Numbers and strings never compare equal, so the two cannot meet."""
    if status_id.isascii() and status_id.isdigit() and status_id[0] != "0":
        return int(status_id)
    return status_id


def _over(times: list[float], before: float) -> bool:
    """Every time is at or before `before` (none left counts too): any window judged after
    it would pop them all. Bot reply times may be out of order, so all are looked at."""
    return not times or max(times) <= before


def _window(times: list[float], now: float, seconds: float) -> list[float]:
    """The times still inside the window, those at its front that fell out dropped."""
    stale = 0
    while stale < len(times) and times[stale] <= now - seconds:
        stale += 1
    del times[:stale]
    return times
