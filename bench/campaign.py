"""A server closing in 7 days: 10,000 local accounts, 5,000 of them reachable by DM.

The whole campaign runs through the fake server (Mastodon's rate limits on, an injected
clock moved to each moment the bot waits for) from `campaign start` to the close.
Printed: the plan `campaign start` printed, then for each wave when it completed (or how
many it reached before its deadline) against the plan, and for every 3-hour window the
campaign's DMs, its statuses in all (the DMs and the pinned announcement, which share the
campaign's part of the budget) and the budget left for replies and walkthroughs.

    python bench/campaign.py [--accounts 10000] [--reachable 5000] [--days 7]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.campaign import SOURCES, Pace, remaining_plan, start_campaign
from bot.clock import FakeClock
from bot.mastodon_api import MastodonAPI
from bot.sandbox import BOT_SCOPES, Sandbox
from storage import Store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from harness import FAST
from test_campaign import drive

WINDOW = 3 * 3600


def _window(when: datetime) -> int:
    return int(when.timestamp() // WINDOW)


async def run(accounts: int, reachable: int, days: int) -> None:
    now = datetime.now(UTC)
    start = now.replace(hour=now.hour - now.hour % 3, minute=5, second=0, microsecond=0)
    closes = start + timedelta(days=days)
    clock = FakeClock(start)
    pace = Pace(limit=300, share=0.5)
    with tempfile.TemporaryDirectory() as workdir:
        box = Sandbox(
            Path(workdir),
            clock=clock,
            tuning=FAST,
            heartbeat_interval=0.5,
            rate_limits=True,
            bot_scopes=f"{BOT_SCOPES} admin:read:accounts write:accounts",
        )
        home = box.home
        home.set_role(box.helper, "Moderator")
        # The unreachable: bots, disabled logins, #nobot profiles, and accounts that moved.
        unreachable = accounts - reachable
        kinds = ["bot", "disabled", "nobot", "moved"]
        for n in range(accounts):
            kind = kinds[(n - reachable) % 4] if n >= reachable else None
            account = home.create_account(
                f"u{n:05d}",
                bot=kind == "bot",
                note="<p>#nobot</p>" if kind == "nobot" else "",
            )
            if kind == "disabled":
                home.set_disabled(account)
            elif kind == "moved":
                home.set_moved(account, box.remote.create_account(f"u{n:05d}"))
            if n % 7 == 0:  # some post now and then: the most recently active go first
                home.post_status(account, "hello", visibility="public")
        await box.start()
        real = time.perf_counter()
        try:
            await box.wait_connected()
            db_path = Path(workdir) / "bot.sqlite3"
            admin = Store.open(db_path, clock)
            api = MastodonAPI(home.base_url, box.token, clock=clock)
            printed = await start_campaign(
                admin,
                api,
                closes_at=closes,
                wave_spec=None,
                reach=list(SOURCES),
                pace=pace,
                now=start,
            )
            await api.close()
            campaign = admin.campaign()
            assert campaign is not None
            plans = remaining_plan(admin, campaign, pace, start)
            admin.close()
            print(printed)
            print()
            box.bot.campaign.wake()
            await drive(box, clock, closes + timedelta(hours=1))
            store = box.bot.db.store
            sent = [
                (wave, datetime.fromisoformat(at))
                for wave, at in store.campaign_sent_times(campaign["id"])
            ]
            every = [datetime.fromisoformat(r["sent_at"]) for r in store.outbox_rows(state="sent")]
            key = store.campaign(campaign["id"])["announcement_key"]
            announced = [
                datetime.fromisoformat(r["sent_at"])
                for r in store.outbox_rows(idempotency_key=key)
                if r["state"] == "sent"
            ]
        finally:
            await box.stop()
        real = time.perf_counter() - real

    print(f"{'wave':>4}  {'planned':<34}  {'happened':<34}  match")
    for plan in plans:
        mine = sorted(when for wave, when in sent if wave == plan.number)
        by_deadline = sum(1 for when in mine if when < plan.deadline)
        if plan.in_time:
            assert plan.completes_at is not None
            planned = f"all {plan.statuses} by {plan.completes_at:%a %H:%M}"
            done = len(mine) >= plan.statuses and mine
            happened = f"all {len(mine)} by {mine[-1]:%a %H:%M}" if done else f"{len(mine)} only"
            match = bool(done) and abs(_window(mine[-1]) - _window(plan.completes_at)) <= 1
        else:
            planned = f"{plan.reached_by_deadline} of {plan.statuses} by {plan.deadline:%a %H:%M}"
            happened = f"{by_deadline} by {plan.deadline:%a %H:%M}"
            match = abs(by_deadline - plan.reached_by_deadline) <= pace.per_window
        print(f"{plan.number:>4}  {planned:<34}  {happened:<34}  {'yes' if match else 'NO'}")
    print()
    print(
        f"{'window (UTC)':<17} {'campaign DMs':>12} {'campaign in all':>15} {'all':>5} "
        f"{'left for replies':>16}"
    )
    windows: dict[int, list[int]] = {}  # window -> [DMs, campaign statuses, all statuses]
    for _, when in sent:
        windows.setdefault(_window(when), [0, 0, 0])[0] += 1
        windows[_window(when)][1] += 1
    for when in announced:  # the pinned announcement counts in the campaign's share
        windows.setdefault(_window(when), [0, 0, 0])[1] += 1
    for when in every:
        windows.setdefault(_window(when), [0, 0, 0])[2] += 1
    for window in range(_window(start), _window(closes) + 1):
        campaign_dms, campaign_all, total = windows.get(window, [0, 0, 0])
        begins = datetime.fromtimestamp(window * WINDOW, UTC)
        print(
            f"{begins:%a %d %H:%M}     {campaign_dms:>12} {campaign_all:>15} {total:>5} "
            f"{300 - total:>16}"
        )
    most_dms = max((c[0] for c in windows.values()), default=0)
    most = max((c[1] for c in windows.values()), default=0)
    least_left = min((300 - c[2] for c in windows.values()), default=300)
    print(
        f"\n{accounts} accounts, {reachable} reachable, {unreachable} not; close in {days} days. "
        f"Most campaign statuses in one window: {most} (its share {pace.per_window}, the "
        f"pinned announcement included); most campaign DMs in one window: {most_dms}; "
        f"least left for replies in a window: {least_left} of 300. Real time {real:.0f} s."
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--reachable", type=int, default=5_000)
    parser.add_argument("--days", type=int, default=7)
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    asyncio.run(run(args.accounts, args.reachable, args.days))


if __name__ == "__main__":
    main()
