"""Migration day: a burst of mentions against Mastodon's real rate limits.

500 public mentions from 50 members plus 50 walkthrough DMs hit the bot while the fake
server enforces 300 statuses per 3 h and 300 requests per 5 min (on an injected clock,
moved forward whenever the bot waits for budget). Printed: time to drain (simulated and
real), statuses used against the budget, 429s, and the p50/p99 wait from a message's
arrival to its reply for DMs and for public answers.

    python bench/burst.py [--members 50] [--rounds 10]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from figures import percentile  # bench/ is on sys.path when run as a script

from bot.clock import FakeClock
from bot.sandbox import Sandbox
from bot.web.app import Tuning
from storage import Priority

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_burst import drain

TUNING = Tuning(heartbeat_timeout=2.0, reconnect_backoff_base=0.05, send_backoff_base=0.05)


async def run(members: int, rounds: int) -> dict[str, object]:
    now = datetime.now(UTC)
    clock = FakeClock(now.replace(hour=now.hour - now.hour % 3, minute=5, second=0, microsecond=0))
    with tempfile.TemporaryDirectory() as workdir:
        box = Sandbox(
            Path(workdir), clock=clock, tuning=TUNING, heartbeat_interval=0.5, rate_limits=True
        )
        await box.start()
        try:
            await box.wait_connected()
            started_real, started_fake = time.perf_counter(), clock.timestamp()
            sent = []
            for _ in range(rounds):
                for m in range(members):
                    sent.append(box.mention(f"member{m}", "do my posts move?"))
                clock.advance(15)
                await asyncio.sleep(0.02)
            for m in range(members):
                sent.append(box.dm(f"walker{m}", "move"))
            await drain(
                box, clock, lambda: all(box.replies(s["id"]) for s in sent), max_steps=20000
            )
            await box.settle()
            real, fake = time.perf_counter() - started_real, clock.timestamp() - started_fake
            rows = box.bot.db.store.outbox_rows(state="sent")
            waits: dict[int, list[float]] = {}
            for row in rows:
                wait = (
                    datetime.fromisoformat(row["sent_at"])
                    - datetime.fromisoformat(row["created_at"])
                ).total_seconds()
                waits.setdefault(row["priority"], []).append(wait)
            return {
                "messages": len(sent),
                "statuses": len(rows),
                "budget": box.bot.outbox.budget.limit,
                "windows": fake / 10800,
                "real_s": real,
                "fake_s": fake,
                "429s": box.home.count_429,
                "dm": waits.get(Priority.WALKTHROUGH, [0.0]),
                "public": waits.get(Priority.PUBLIC_ANSWER, [0.0]),
            }
        finally:
            await box.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)
    f = asyncio.run(run(args.members, args.rounds))
    print(
        f"messages              {f['messages']} ({args.members * args.rounds} public, {args.members} DMs)"
    )
    print(
        f"time to drain         {f['fake_s'] / 60:.0f} min simulated ({f['windows']:.2f} budget windows), {f['real_s']:.1f} s real"
    )
    print(f"statuses used         {f['statuses']} (budget {f['budget']} per 3 h)")
    print(f"429 responses         {f['429s']}")
    for name in ("dm", "public"):
        waits = f[name]
        print(
            f"{name:<6} reply wait       p50 {statistics.median(waits):.0f} s   p99 {percentile(waits, 0.99):.0f} s"
        )


if __name__ == "__main__":
    main()
