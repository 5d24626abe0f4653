"""Soak: an hour of migration-day activity, compressed by the injected clock.

Thousands of members ask public questions and walk through the move by DM, at random
moments over a simulated hour, while the bot is restarted at random. Reported: messages
sent to the bot, answers, duplicates (must be 0), losses (must be 0), restarts, and the
process's RSS at the start, middle and end (does it grow?). Not part of the test run.

    python bench/soak.py [--members 2000] [--minutes 60] [--seed 1]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

from bot.clock import FakeClock
from bot.fake.limits import Limits
from bot.sandbox import Sandbox
from bot.web.app import Tuning

WALK = [
    "move",
    "1",
    "{new}",
    "done",
    "done",
    "requested",
    "done",
    "done",
    "done",
    "ok",
    "downloaded",
]
QUESTIONS = [
    "do my posts move?",
    "will my followers follow me?",
    "is the export a CSV?",
    "what about my lists?",
    "how long do followers take?",
]
TUNING = Tuning(
    heartbeat_timeout=3.0,
    reconnect_backoff_base=0.05,
    send_backoff_base=0.05,
    stream_retry_interval=1.0,
    poll_interval=0.5,
)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def soak(members: int, minutes: int, seed: int) -> dict[str, object]:
    rng = random.Random(seed)
    clock = FakeClock()
    with tempfile.TemporaryDirectory() as workdir:
        box = Sandbox(
            Path(workdir),
            clock=clock,
            tuning=TUNING,
            heartbeat_interval=1.0,
            config_overrides={"status_budget": 1_000_000},
        )
        box.home.limits = replace(Limits(), statuses=(1_000_000, 10800))
        await box.start()
        await box.wait_connected()
        for m in range(members):
            box.remote.create_account(f"m{m}")
        progress = Counter()  # how far each walker got in WALK
        sent: list[dict] = []
        rss = [rss_mb()]
        restarts = 0
        started = time.perf_counter()
        ticks = minutes * 6  # ten simulated seconds a tick
        for tick in range(ticks):
            # Each member acts about three times an hour; never twice in one tick.
            for m in rng.sample(range(members), k=max(1, members * 3 // ticks)):
                name = f"m{m}"
                if m % 3 == 0:
                    sent.append(box.mention(name, rng.choice(QUESTIONS)))
                elif progress[name] < len(WALK):
                    text = WALK[progress[name]].format(new=f"{name}@new.example")
                    sent.append(box.dm(name, text))
                    progress[name] += 1
            clock.advance(10)
            await asyncio.sleep(0.01)
            if rng.random() < 0.02:  # about once every eight simulated minutes, mid-flight
                await box.stop_bot()
                await box.start_bot()
                await box.wait_connected(timeout=20)
                restarts += 1
            if tick == ticks // 2:
                rss.append(rss_mb())
        await box.settle(timeout=600)
        replied = Counter(s.in_reply_to_id for s in box.bot_statuses())
        counts = [replied.get(s["id"], 0) for s in sent]
        rss.append(rss_mb())
        real = time.perf_counter() - started
        await box.stop()
    return {
        "members": members,
        "messages": len(sent),
        "answered": sum(1 for c in counts if c >= 1),
        "duplicates": sum(1 for c in counts if c > 1),
        "losses": sum(1 for c in counts if c == 0),
        "restarts": restarts,
        "rss": rss,
        "real_s": real,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=1000)
    parser.add_argument("--minutes", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)
    f = asyncio.run(soak(args.members, args.minutes, args.seed))
    start, middle, end = f["rss"]
    print(f"members               {f['members']}")
    print(
        f"messages to the bot   {f['messages']} over {args.minutes} simulated minutes ({f['real_s']:.0f} s real)"
    )
    print(f"answered              {f['answered']}")
    print(f"duplicates            {f['duplicates']}")
    print(f"losses                {f['losses']}")
    print(f"restarts              {f['restarts']}")
    print(
        f"RSS start/mid/end     {start:.0f} / {middle:.0f} / {end:.0f} MB (bot and fake servers in one process)"
    )


if __name__ == "__main__":
    main()
