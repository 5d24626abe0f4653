"""What the guardrails hold after a campaign's worth of one-off members.

N members each send one mention (a quarter DMs that get answered, a quarter from bots),
on a fake clock a second apart; then the clock moves on by two days and one newcomer
writes. Printed: members held and bytes the guardrails' tables keep (tracemalloc), after
the N and after the newcomer.

    python bench/guardrail_memory.py [--members 10000]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.clock import FakeClock
from bot.guardrails import Guardrails
from bot.incoming import Incoming
from storage import Database, Store


def mention(n: int, who: str, clock: FakeClock, *, direct: bool, bot: bool) -> Incoming:
    return Incoming(
        notification_id=str(n),
        status_id=str(n),
        acct=who,
        account_id=who,
        username=who,
        is_bot=bot,
        visibility="direct" if direct else "public",
        language="en",
        text="do my posts move?",
        spoiler_text="",
        in_reply_to_id=None,
        created_at=clock.timestamp(),
    )


def held(guardrails: Guardrails) -> int:
    """Distinct members the per-member tables hold (the answered table is by status)."""
    keys: set[str] = set()
    for name, table in vars(guardrails).items():
        if isinstance(table, dict) and name != "_answered":
            keys |= {key[0] if isinstance(key, tuple) else key for key in table}
    return len(keys)


async def run(members: int) -> None:
    clock = FakeClock(datetime(2026, 6, 1, 12, 0, tzinfo=UTC))
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Store.open(Path(tmp) / "bot.sqlite3", clock))
        try:
            guardrails = Guardrails(db, clock, "helper")
            tracemalloc.start()
            base = tracemalloc.get_traced_memory()[0]
            for n in range(members):
                incoming = mention(
                    n, f"member{n}@example.social", clock, direct=n % 4 == 1, bot=n % 4 == 2
                )
                await guardrails.check(incoming)
                if n % 4 == 1:
                    guardrails.replied(incoming.status_id, clock.timestamp() + 1)
                clock.advance(seconds=1)
            after_all = tracemalloc.get_traced_memory()[0] - base
            print(f"after {members:,} members: {held(guardrails):,} held, {after_all / 1e6:.2f} MB")
            clock.advance(seconds=2 * 86400)
            await guardrails.check(mention(members, "newcomer", clock, direct=False, bot=False))
            later = tracemalloc.get_traced_memory()[0] - base
            print(f"two days on, one newcomer: {held(guardrails):,} held, {later / 1e6:.2f} MB")
            tracemalloc.stop()
        finally:
            db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=10_000)
    asyncio.run(run(parser.parse_args().members))


if __name__ == "__main__":
    main()
