"""Latency of one mention through the bot: 1,000 mentions from several members.

Measures the bot's own time, from a notification received (stream or catch-up) to
its reply posted (the server's 200), and the process's peak RSS. The fake Mastodon
server runs in the same process; its time is excluded from the latency but not
from the RSS, so the RSS figure is an upper bound for the bot alone.

    python bench/latency.py [--mentions 1000] [--members 20]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.app import Tuning
from bot.sandbox import Sandbox

QUESTIONS = [
    "do my posts move?",
    "will my followers come with me?",
    "is the export a CSV of my posts?",
    "do blocks and mutes move?",
    "how long do followers take?",
]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


async def run(mentions: int, members: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as workdir:
        box = Sandbox(Path(workdir), tuning=Tuning(), heartbeat_interval=15.0)
        await box.start()
        try:
            await box.wait_connected()
            started = time.perf_counter()
            statuses = []
            # Closed loop: each mention is posted when the previous one is answered, so the
            # figure is the bot's processing time, not time spent queueing behind a burst.
            for i in range(mentions):
                member = f"member{i % members}"
                status = box.mention(member, QUESTIONS[i % len(QUESTIONS)])
                statuses.append(status)
                await box._wait(lambda n=i: len(box.bot.health.reply_latencies) > n, 30, "reply")
            await box.settle()
            elapsed = time.perf_counter() - started
            answered = sum(1 for s in statuses if len(box.replies(s["id"])) >= 1)
            latencies = [x * 1000 for x in box.bot.health.reply_latencies]
        finally:
            await box.stop()
    return {
        "mentions": mentions,
        "answered": answered,
        "p50_ms": statistics.median(latencies),
        "p99_ms": percentile(latencies, 0.99),
        "max_ms": max(latencies),
        "throughput_per_s": mentions / elapsed,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=1000)
    parser.add_argument("--members", type=int, default=20)
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)
    figures = asyncio.run(run(args.mentions, args.members))
    print(f"mentions answered     {figures['answered']}/{figures['mentions']}")
    print(f"latency p50           {figures['p50_ms']:.2f} ms")
    print(f"latency p99           {figures['p99_ms']:.2f} ms")
    print(f"latency max           {figures['max_ms']:.2f} ms")
    print(f"closed-loop rate      {figures['throughput_per_s']:.0f} mentions/s")
    print(f"peak RSS (bot+fake)   {figures['peak_rss_mb']:.1f} MB")


if __name__ == "__main__":
    main()
