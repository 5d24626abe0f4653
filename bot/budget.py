"""The posting budget: how many statuses the bot may still post, and who gets them.

Mastodon allows 300 statuses per account per 3-hour window (epoch-aligned) and 300 API
requests per token per 5 minutes; the X-RateLimit-* headers of every response report the
tighter of the limits that apply. The bot counts its own posts in the current window and
reads the headers, and spends what is left by priority: deadline reminders can use the
last statuses, walkthrough replies nearly all, public answers stop when a tenth is left,
nudges when a quarter is left. So the bot slows down before the server says 429.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from bot.clock import Clock
from bot.mastodon_api import RateLimitState
from storage import Priority

WINDOW_SECONDS = 3 * 3600
# Requests kept back for the listener's catch-up and the bot's own reads.
REQUEST_RESERVE = 3

# (priority up to which rows may be sent, share of the budget that must be left to send them)
TIERS: tuple[tuple[int, float], ...] = (
    (Priority.NUDGE, 0.25),
    (Priority.PUBLIC_ANSWER, 0.10),
    (Priority.LATE_NOTICE, 0.03),
    (Priority.DEADLINE_REMINDER, 0.0),
)
LOW_SHARE = 0.5  # below half the budget, public answers are kept to one status


def running_budget(store, shell_budget: int) -> tuple[int, str]:  # store: storage.Store
    """The STATUS_BUDGET the running bot uses (it remembers it in the database at each
    start), and a note when that is not `shell_budget`, what this shell's settings say:
    `stats` and the campaign's plan must show the bot's, wherever the admin runs them from.
    This shell's only before the bot has ever started on the database."""
    remembered = store.remembered_budget()
    if remembered is None:
        return shell_budget, (
            ", this shell's STATUS_BUDGET: the bot has not started on this database yet"
        )
    if remembered != shell_budget:
        return remembered, (
            f", the running bot's STATUS_BUDGET; this shell's {shell_budget} is not used"
        )
    return remembered, ""


@dataclass
class Budget:
    clock: Clock
    limit: int = 300
    window_seconds: int = WINDOW_SECONDS
    server: RateLimitState = field(default_factory=RateLimitState)
    _window: int = -1
    _sent: int = 0
    in_flight: int = 0  # posts under way: spent until they succeed or fail

    def window_start(self, now: float | None = None) -> float:
        now = self.clock.timestamp() if now is None else now
        return now - now % self.window_seconds

    def window_end(self) -> float:
        return self.window_start() + self.window_seconds

    def _roll(self) -> None:
        window = int(self.clock.timestamp() // self.window_seconds)
        if window != self._window:
            self._window, self._sent = window, 0

    def start(self, sent_in_window: int) -> None:
        """At start: the statuses already posted in this window (from storage)."""
        self._roll()
        self._sent = sent_in_window

    def record_sent(self) -> None:
        self._roll()
        self._sent += 1

    def sent(self) -> int:
        self._roll()
        return self._sent

    def server_left(self) -> int | None:
        """What the last response's headers allow, if their window has not reset yet."""
        if self.server.remaining is None or self.server.reset_at is None:
            return None
        if self.server.reset_at <= self.clock.timestamp():
            return None
        return self.server.remaining - REQUEST_RESERVE

    def own_left(self) -> int:
        """What our own count of the window allows, posts in flight spent."""
        return self.limit - self.sent() - self.in_flight

    def server_left_now(self) -> int | None:
        """What the server's headers allow, posts in flight spent (None: no headers)."""
        server = self.server_left()
        return None if server is None else server - self.in_flight

    def left(self) -> int:
        own, server = self.own_left(), self.server_left_now()
        return own if server is None else min(own, server)

    def max_priority(self) -> int | None:
        """The least urgent priority that may be sent now, or None when nothing may."""
        left = self.left()
        for priority, share in TIERS:
            if left > self.limit * share:
                return int(priority)
        return None

    def is_low(self) -> bool:
        return self.left() < self.limit * LOW_SHARE

    def resume_at(self) -> float:
        """The next moment the budget can grow: the server's reset or our window's end."""
        moments = [self.window_end()]
        if self.server.reset_at is not None and self.server.reset_at > self.clock.timestamp():
            moments.append(self.server.reset_at)
        return min(moments)

    def allowed_again_at(self, priority: int) -> float:
        """When rows of this priority may be sent again (now, if they may already)."""
        # The most urgent tier that still lets this priority through: every tier at or
        # above it does, and it asks the least be left (public answers: a tenth, not the
        # nudges' quarter, which told questions their answers were late while they went).
        # Counted as max_priority counts (left(): posts in flight are spent), so a question
        # held behind them is told when its answer comes, not that it goes now.
        share = min((share for tier, share in TIERS if priority <= tier), default=0.0)
        if self.own_left() <= self.limit * share:
            return self.window_end()  # our own window must turn
        server = self.server_left_now()
        if server is not None and server <= self.limit * share and self.server.reset_at:
            return self.server.reset_at
        return self.clock.timestamp()

    def snapshot(self) -> dict[str, object]:
        return {
            "limit": self.limit,
            "sent_in_window": self.sent(),
            "left": self.left(),
            "window_ends": datetime.fromtimestamp(self.window_end(), UTC).isoformat(),
            "sending_up_to_priority": self.max_priority(),
        }
