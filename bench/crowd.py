"""Migration day's crowd: 30 members ask at the same moment, three rounds.

The fake server takes `--latency` seconds for each post, like a real server's round trip.
Each round, every member posts one public question at the same moment; the next round
starts when all are answered. Run once sending one status at a time and once with the
production number of posts in flight. Printed for each: p50 and slowest time from a
member's question to the first status of its answer (server timestamps), unanswered
questions, and conversations whose statuses came out of order.

    python bench/crowd.py [--members 30] [--rounds 3] [--latency 0.1] [--concurrency 4]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from figures import percentile  # bench/ is on sys.path when run as a script

from bot.clock import parse_time
from bot.sandbox import Sandbox
from bot.web.state import Tuning

QUESTIONS = [
    "do my posts move?",
    "will my followers come with me?",
    "do my lists move?",
    "do blocks and mutes move?",
    "do my bookmarks move?",
]
TUNING = Tuning(heartbeat_timeout=5.0, reconnect_backoff_base=0.05, send_backoff_base=0.05)


def out_of_order(box: Sandbox, asked: dict[str, list[str]]) -> list[str]:
    """Members whose statuses from the bot are not in the order of their questions, or whose
    multi-part answers are not each a thread in order."""
    wrong = []
    by_id = {s.id: s for s in box.bot_statuses()}
    for member, questions in asked.items():
        mine = sorted(
            (s for s in by_id.values() if any(m.username == member for m in s.mentions)),
            key=lambda s: int(s.id),
        )
        rounds = []
        for status in mine:
            parent = status.in_reply_to_id
            while parent in by_id:  # a later part: follow the thread to the question
                parent = by_id[parent].in_reply_to_id
            rounds.append(questions.index(parent) if parent in questions else -1)
        if rounds != sorted(rounds) or -1 in rounds:
            wrong.append(member)
    return wrong


async def run(members: int, rounds: int, latency: float, concurrency: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as workdir:
        box = Sandbox(
            Path(workdir),
            tuning=replace(TUNING, send_concurrency=concurrency),
            heartbeat_interval=1.0,
            config_overrides={"status_budget": 100_000},
        )
        box.home.post_latency = latency
        names = [f"member{m}" for m in range(members)]
        for name in names:
            box.member(name)
        await box.start()
        try:
            await box.wait_connected()
            waits: list[float] = []
            asked: dict[str, list[str]] = {name: [] for name in names}
            unanswered = 0
            for round_number in range(rounds):
                question = QUESTIONS[round_number % len(QUESTIONS)]
                statuses = [box.mention(name, question) for name in names]  # the same moment
                for name, status in zip(names, statuses, strict=True):
                    asked[name].append(status["id"])
                try:
                    await box.wait_until(
                        lambda s=statuses: all(box.replies(x["id"]) for x in s), 60, "unanswered"
                    )
                except TimeoutError:
                    pass
                await box.settle()
                for status in statuses:
                    replies = box.replies(status["id"])
                    if not replies:
                        unanswered += 1
                        continue
                    first = min(replies, key=lambda r: int(r["id"]))
                    asked_at = parse_time(status["created_at"])
                    waits.append((parse_time(first["created_at"]) - asked_at).total_seconds())
            return {
                "asked": members * rounds,
                "unanswered": unanswered,
                "out_of_order": len(out_of_order(box, asked)),
                "p50": statistics.median(waits) if waits else float("nan"),
                "p99": percentile(waits, 0.99) if waits else float("nan"),
                "slowest": max(waits) if waits else float("nan"),
            }
        finally:
            await box.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--latency", type=float, default=0.1, help="seconds per post")
    parser.add_argument("--concurrency", type=int, default=Tuning().send_concurrency)
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)
    results = {}
    for label, concurrency in (("sequential", 1), ("concurrent", args.concurrency)):
        results[label] = asyncio.run(run(args.members, args.rounds, args.latency, concurrency))
    print(f"{args.members} members x {args.rounds} rounds, {args.latency * 1000:.0f} ms per post")
    print(f"{'':<22}{'p50':>8}{'slowest':>10}{'unanswered':>12}{'out of order':>14}")
    for label, concurrency in (("sequential", 1), ("concurrent", args.concurrency)):
        f = results[label]
        name = f"{label} ({concurrency} in flight)"
        print(
            f"{name:<22}{f['p50']:>7.2f}s{f['slowest']:>9.2f}s{f['unanswered']:>12}"
            f"{f['out_of_order']:>14}"
        )
    ratio = results["concurrent"]["slowest"] / results["sequential"]["slowest"]
    print(f"slowest, concurrent / sequential: {ratio:.2f}")


if __name__ == "__main__":
    main()
