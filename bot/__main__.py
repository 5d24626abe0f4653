"""Command line: `python -m bot run|try|check|register|stats|forget|export`.

Each command has --help. `run` is what the Procfile starts.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from bot.config import Config, environment


def load_config() -> Config:
    """Read the environment (and .env) or exit 2 with one line per bad variable and its fix."""
    values, problems = Config.parse(environment())
    if problems:
        for error in problems:
            print(f"configuration error: {error}. Fix: {error.fix}", file=sys.stderr)
        raise SystemExit(2)
    return Config(**values)


def cmd_run(args: argparse.Namespace) -> int:
    import logging

    from aiohttp import web

    from bot import logs, startup
    from bot.web.app import create_app

    config = load_config()
    logs.setup(config.log_level)
    try:
        web.run_app(
            create_app(config, tuning=_tuning()),
            port=config.port,
            print=None,
            access_log=None,
            shutdown_timeout=10,
        )
    except Exception as error:  # every start-up failure ends in one line, not a traceback
        failure = startup.describe(error, url=config.api_base_url, port=config.port)
        logging.getLogger("bot.startup").debug("start-up failed", exc_info=error)
        print(f"cannot start: {failure.line()}", file=sys.stderr)
        return failure.status
    return 0


def _tuning() -> Any:
    """Production timings, except the lease's when MOVEHELPER_LEASE_SECONDS is set: tests
    with two real processes shrink it (a standby takes over within about that long)."""
    from bot.web.app import Tuning

    raw = os.environ.get("MOVEHELPER_LEASE_SECONDS")
    if not raw:
        return Tuning(probe_port=True)
    ttl = max(0.5, float(raw))
    return Tuning(
        lease_ttl=ttl, lease_renew_every=ttl / 3, lease_retry_every=ttl / 6, probe_port=True
    )


def cmd_try(args: argparse.Namespace) -> int:
    from bot.sandbox import main as sandbox_main

    return sandbox_main(public=args.public, verbose=args.verbose, language=args.language)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="A Mastodon bot that helps members move their account.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser("run", help="run the bot (reads its settings from the environment)")
    run.set_defaults(handler=cmd_run)

    sandbox = commands.add_parser(
        "try",
        help="talk to the bot in a sandbox: a fake server in this process, no account needed",
        description=(
            "Starts a fake Mastodon server and the bot against it. Type as a member: lines are "
            "sent as direct messages; start a line with '!' (or use --public) for a public "
            "mention. Works with piped input too."
        ),
    )
    sandbox.add_argument("--public", action="store_true", help="send lines as public mentions")
    sandbox.add_argument(
        "--language",
        metavar="CODE",
        default="en",
        help="the language your statuses are tagged with, as a client sets it (en, de, fr, es, ja)",
    )
    sandbox.add_argument("--verbose", action="store_true", help="show the bot's logs")
    sandbox.set_defaults(handler=cmd_try)
    for register in EXTRA_COMMANDS:
        register(commands)
    return parser


def _admin_commands(commands: argparse._SubParsersAction) -> None:
    from bot.admin import add_commands

    add_commands(commands)


def _campaign_commands(commands: argparse._SubParsersAction) -> None:
    from bot.campaign_cli import add_commands

    add_commands(commands)


# Further commands add themselves here: check, register, stats, forget, export (bot/admin.py).
EXTRA_COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [
    _admin_commands,
    _campaign_commands,
]


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code = int(args.handler(args) or 0)
        sys.stdout.flush()
    except BrokenPipeError:
        # Piped into `head`, which stopped reading: not an error worth a traceback.
        # Point stdout at /dev/null so Python's own flush at exit does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return code


if __name__ == "__main__":
    sys.exit(main())
