"""`python -m bot campaign start|status|stop|export`: the admin's side of a server closing.

`start` records the campaign and prints the plan; the running bot (`python -m bot run`,
same DATABASE_PATH) does the sending. The commands read the same settings as `run`.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
import sys
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlparse

from bot.budget import running_budget
from bot.campaign import (
    DEFAULT_SHARE,
    SOURCES,
    CampaignError,
    Pace,
    campaign_status,
    export_rows,
    parse_day,
    start_campaign,
)
from bot.config import Config, ConfigError, environment


def _config() -> Config:
    try:
        return Config.from_env(environment())  # .env too, as `run` reads it
    except ConfigError as error:
        print(f"configuration error: {error}", file=sys.stderr)
        raise SystemExit(2) from None


def _store(config: Config):  # -> Store
    from storage import Store

    return Store.open(config.database_path)


def _now() -> datetime:
    return datetime.now(UTC)


def cmd_start(args: argparse.Namespace) -> int:
    from bot.clock import SystemClock
    from bot.mastodon_api import MastodonAPI, PermanentError, RateLimited, TransientError

    config = _config()
    try:
        closes_at = parse_day(args.closes)
    except ValueError:
        print(f"campaign start: --closes takes a date like 2027-02-28, got {args.closes!r}")
        return 2
    reach = [r.strip() for r in args.reach.split(",") if r.strip()]
    waves = [w for w in args.waves.split(",")] if args.waves else None
    store = _store(config)
    limit, note = running_budget(store, config.status_budget)
    pace = Pace(limit=limit, share=args.share)

    async def go() -> str:
        api = MastodonAPI(config.api_base_url, config.access_token, clock=SystemClock())
        try:
            return await start_campaign(
                store,
                api,
                closes_at=closes_at,
                wave_spec=waves,
                reach=reach,
                pace=pace,
                now=_now(),
                budget_note=note,
            )
        finally:
            await api.close()

    try:
        print(asyncio.run(go()))
    except CampaignError as error:
        print(f"campaign start: {error}")
        return 1
    except (PermanentError, TransientError, RateLimited) as error:
        print(f"campaign start: the server said {error} (python -m bot check)")
        return 1
    finally:
        store.close()
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    config = _config()
    store = _store(config)
    try:
        limit, note = running_budget(store, config.status_budget)
        print(campaign_status(store, Pace(limit=limit), _now(), budget_note=note))
    finally:
        store.close()
    return 0


def cmd_stop(args: argparse.Namespace) -> int:
    config = _config()
    store = _store(config)
    try:
        campaign = store.active_campaign()
        if campaign is None:
            print("No campaign is running.")
            return 1
        store.end_campaign(
            campaign["id"], state="stopped", reason="stopped by the admin", now=_now()
        )
        print(
            f"Campaign {campaign['id']} stopped; DMs not yet sent are cancelled. The running "
            "bot unpins the announcement within a minute."
        )
    finally:
        store.close()
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    config = _config()
    store = _store(config)
    try:
        rows = export_rows(store, urlparse(config.api_base_url).netloc)
    finally:
        store.close()
    if not rows:
        print("No campaign.", file=sys.stderr)
        return 1
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    if args.output and args.output != "-":
        path = Path(args.output)
        path.write_text(buffer.getvalue(), encoding="utf-8")
        path.chmod(0o600)  # handles of people who have not moved yet: the admin's eyes only
        print(f"Wrote {len(rows) - 1} accounts to {path} (mode 600).", file=sys.stderr)
    else:
        sys.stdout.write(buffer.getvalue())
    return 0


def add_commands(commands: argparse._SubParsersAction) -> None:
    campaign = commands.add_parser(
        "campaign",
        help="the server is closing: reach every member in time (start, status, stop, export)",
        description=(
            "Runs a closing campaign: DMs to every member in waves before the close date, "
            "within the posting budget, a pinned public announcement, and counts of who has "
            "moved. The running bot sends; these commands plan, show and stop."
        ),
    )
    sub = campaign.add_subparsers(dest="campaign_command", required=True, metavar="ACTION")
    start = sub.add_parser(
        "start",
        help="start a campaign and print its plan",
        description=(
            "Finds the audience, records the campaign and prints the plan: audience size, "
            "statuses per wave, when each wave will have reached everyone, or, when it "
            "cannot, how many it reaches and what else reaches everyone."
        ),
    )
    start.add_argument("--closes", required=True, help="the day the server closes (YYYY-MM-DD)")
    start.add_argument(
        "--waves",
        default=None,
        help="when to write: 'start' and days before the close, or dates "
        "(default start,30,7,2; waves in the past or within a day of another are dropped)",
    )
    start.add_argument(
        "--reach",
        default=",".join(SOURCES),
        help="who, in this order: talked (members who talked to the bot), followers (the "
        "bot's followers here), local (every active local account: needs admin:read:accounts "
        "and a role with Manage Users). Default: all three",
    )
    start.add_argument(
        "--share",
        type=float,
        default=DEFAULT_SHARE,
        help="the most of each 3-hour posting budget the campaign may use (default 0.5)",
    )
    start.set_defaults(handler=cmd_start)
    status = sub.add_parser("status", help="counts, and the plan for the waves to come")
    status.set_defaults(handler=cmd_status)
    stop = sub.add_parser("stop", help="stop the campaign (unsent DMs are cancelled)")
    stop.set_defaults(handler=cmd_stop)
    export = sub.add_parser(
        "export",
        help="CSV of the accounts not yet moved, for your own email to them",
    )
    export.add_argument("--output", "-o", help="write to this file (mode 600) instead of stdout")
    export.set_defaults(handler=cmd_export)
