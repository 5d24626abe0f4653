"""Calling the server until it answers, for what the bot cannot go on without.

At start the bot needs its own account and the instance, and the listener where its
cursor starts; the server may be restarting too, or still counting the requests of a bot
restarted in a loop. One retrier for both, the difference being its parameters: a 429 is
waited out until its reset however many come (giving up would only restart the bot into
the same 429), other transient failures are tried again after a back-off (or when a 5xx
said to come back), as many times as the caller allows.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from bot.clock import Clock
from bot.logs import event
from bot.mastodon_api import RateLimited, TransientError

log = logging.getLogger(__name__)


async def until_answered(
    call: Callable[..., Awaitable[Any]],
    *args: Any,
    clock: Clock,
    backoff: Callable[[int], float],
    tries: int | None = None,
    longest_wait: float | None = None,
) -> Any:
    """`call(*args)`'s answer. A 429 is waited out until its reset (RateLimited.wait_seconds:
    without one, a minute doubling with each 429 in a row); a transient failure is tried
    again after `backoff(failures so far)` seconds, or when its Retry-After said if later,
    at most `tries` times (None: without limit) before it is raised. No wait is longer
    than `longest_wait` seconds. Anything else is raised at once."""
    failures = limited = 0
    while True:
        try:
            return await call(*args)
        except RateLimited as error:
            limited += 1
            wait = error.wait_seconds(clock.timestamp(), in_a_row=limited)
            name = "startup.rate_limited"
        except TransientError as error:
            failures += 1
            limited = 0
            if tries is not None and failures > tries:
                raise
            wait = error.wait_seconds(clock.timestamp(), backoff(failures))
            name = "startup.retry"
        if longest_wait is not None:
            wait = min(longest_wait, wait)
        event(log, logging.WARNING, name, call=call.__name__, wait_seconds=round(wait, 1))
        await clock.sleep(wait)
