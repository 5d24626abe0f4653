"""Commands for the admin who deploys the bot: check, register, stats, forget, backup, export.

`python -m bot check` reads the settings and the server and says, line by line, what
the bot will find there; every problem comes with its fix, and the exit status is 0
only when the bot can work. `register` creates the bot's token on a fresh account,
`stats`, `forget` and `export` read (or, for forget, delete from) the database.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ipaddress
import json
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from bot.config import SETTINGS, Config, ConfigError, environment

# What the bot's token needs (least privilege); keep in step with README's "Running it for real".
NEEDED_SCOPES: dict[str, str] = {
    "read:accounts": "to look accounts up when checking a member's alias and move",
    "read:notifications": "to receive mentions, by streaming and by polling",
    "write:notifications": "to accept private mentions from members it does not follow",
    "write:statuses": "to post replies",
}
# What register asks for as well, and the bot works without (check lists it, not a problem).
RECOMMENDED_SCOPES: dict[str, str] = {
    "read:statuses": "to cancel replies to deleted mentions at once, and to check whether a"
    " status went out before posting it again after a long outage",
}
# What register asks for, and a token for the bot should have.
REGISTERED_SCOPES: tuple[str, ...] = (*NEEDED_SCOPES, *RECOMMENDED_SCOPES)
MARK_BOT_SCOPE = "write:accounts"
OOB = "urn:ietf:wg:oauth:2.0:oob"
PAST = {"filter": "filtered", "drop": "dropped"}
POLICY_WHO = {
    "for_not_following": "people the bot does not follow (that is everyone)",
    "for_not_followers": "people who do not follow the bot",
    "for_new_accounts": "accounts younger than 30 days (members who just moved here)",
}


# == check =================================================================================


@dataclass
class Finding:
    topic: str
    message: str
    fix: str


@dataclass
class Report:
    lines: list[tuple[str, str]] = field(default_factory=list)
    problems: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)

    def line(self, label: str, value: str) -> None:
        self.lines.append((label, value))

    def problem(self, topic: str, message: str, fix: str) -> None:
        self.problems.append(Finding(topic, message, fix))

    def warn(self, topic: str, message: str, fix: str) -> None:
        self.warnings.append(Finding(topic, message, fix))

    @property
    def ok(self) -> bool:
        return not self.problems

    def render(self) -> str:
        width = max((len(label) for label, _ in self.lines), default=0)
        out = [f"  {label.ljust(width)}  {value}" for label, value in self.lines]
        out.append("")
        out += [f"PROBLEM {f.topic}: {f.message}. Fix: {f.fix}" for f in self.problems]
        out += [f"WARNING {f.topic}: {f.message}. Fix: {f.fix}" for f in self.warnings]
        if self.problems:
            count = len(self.problems)
            out.append(
                f"{count} problem{'s' if count > 1 else ''}: the bot cannot work until "
                f"{'they are' if count > 1 else 'it is'} fixed."
            )
        else:
            out.append("OK: the bot can work." + (" (See the warnings.)" if self.warnings else ""))
        return "\n".join(out)


async def _probe(api: Any, method: str, path: str, **kwargs: Any) -> int:
    """The HTTP status of one request (the scope checks run before anything else)."""
    from bot.mastodon_api import PermanentError

    try:
        await api.request(method, path, f"check {path}", **kwargs)
    except PermanentError as error:
        return error.status or 0
    return 200


async def _scopes(api: Any, acct: str) -> dict[str, bool | None]:
    """Which needed scopes the token has, by asking for things that are harmless to ask.

    Mastodon checks the scope before anything else: 403 means the scope is missing,
    anything else (200, or 404 for the made-up ids below) means the token has it.
    Nothing is changed: the ids do not exist.
    """
    probes = {
        "read:accounts": ("GET", "/api/v1/accounts/lookup", {"params": {"acct": acct}}),
        "read:notifications": (
            "GET",
            "/api/v1/notifications",
            {"params": {"limit": "1", "types[]": "mention"}},
        ),
        "write:notifications": ("POST", "/api/v1/notifications/0/dismiss", {}),
        "write:statuses": ("PUT", "/api/v1/statuses/0", {"json": {"status": "check"}}),
    }
    found: dict[str, bool | None] = {}
    for scope, (method, path, kwargs) in probes.items():
        status = await _probe(api, method, path, **kwargs)
        found[scope] = False if status == 403 else True if status in (200, 404) else None
    return found


def _host(base_url: str) -> str:
    return urlparse(base_url).netloc


def _version_tuple(version: str) -> tuple[int, ...]:
    import re

    parts = [int(p) for p in re.findall(r"\d+", version.split("+")[0].split("-")[0])[:3]]
    return tuple(parts + [0] * (3 - len(parts)))


async def run_check(
    config: Config, *, timeout: float = 10.0, report: Report | None = None
) -> Report:
    """Everything `python -m bot check` finds. Nothing changes anywhere: the database
    check creates a file only to remove it again."""
    from bot.clock import SystemClock
    from bot.mastodon_api import MastodonAPI, PermanentError, RateLimited, TransientError
    from bot.startup import network_problem

    report = report or Report()
    report.line("server", config.api_base_url)
    api = MastodonAPI(
        config.api_base_url, config.access_token, clock=SystemClock(), request_timeout=timeout
    )
    try:
        await _check_server(report, api, config, timeout)
    except (TransientError, RateLimited, OSError) as error:
        report.problem(
            "server",
            f"cannot reach {config.api_base_url}: {network_problem(error, config.api_base_url)}",
            "check MASTODON_API_BASE_URL (your server's https:// address) and that the "
            "server is up and reachable from this machine",
        )
    except PermanentError as error:
        report.problem(
            "server",
            f"{config.api_base_url} answered {error.status} where Mastodon's API should be",
            "MASTODON_API_BASE_URL must be the address of a Mastodon server (4.3 or later)",
        )
    finally:
        await api.close()
    _check_database(report, config.database_path)
    _check_port(report, config.port)
    return report


def _check_port(report: Report, port: int) -> None:
    """Whether `run` could listen on PORT now. Taken is a warning, not a problem: the bot
    itself, already running, holds it (and a second copy waits as a standby)."""
    from bot.startup import describe, probe_port

    try:
        probe_port(port)
    except OSError as error:
        failure = describe(error, url="", port=port)
        report.warn("PORT", failure.problem, failure.fix + " (unless it is this bot, running)")
        return
    report.line("port", f"{port}: free")


def _short(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0][:120]


async def _check_server(report: Report, api: Any, config: Config, timeout: float) -> None:
    from bot.mastodon_api import PermanentError, TransientError
    from bot.respond import InstanceLimits

    instance = await api.instance()
    limits = InstanceLimits.from_instance(instance)
    domain = str(instance.get("domain") or instance.get("uri") or _host(config.api_base_url))
    version = str(instance.get("version") or "?")
    title = str(instance.get("title") or domain)
    report.line(
        "instance",
        f"{title} ({domain}), Mastodon {version}, {limits.max_characters} characters per status",
    )
    if version != "?" and _version_tuple(version) < (4, 3, 0):
        report.warn(
            "version",
            f"Mastodon {version} predates 4.3; the bot is built and tested for 4.3 to 4.7",
            "upgrade the server to 4.3 or later",
        )

    try:
        me = await api.verify_credentials()
    except PermanentError as error:
        if error.status == 401:
            report.problem(
                "token",
                f"the server refused MASTODON_ACCESS_TOKEN ({_short(error)})",
                "create a new token for the bot account: python -m bot register "
                "(or Preferences > Development > New application)",
            )
            return
        if error.status != 403:
            raise
        me = None
    if me is None:
        report.problem(
            "scopes",
            "the token cannot read its own account (it lacks read:accounts)",
            f"create a token with the scopes {' '.join(REGISTERED_SCOPES)} (python -m bot register)",
        )
        return
    acct = str(me.get("acct") or me.get("username"))
    is_bot = bool(me.get("bot"))
    report.line(
        "account", f"@{acct}@{domain}, {'marked' if is_bot else 'NOT marked'} as a bot account"
    )
    if not is_bot:
        report.problem(
            "account",
            f"@{acct} is not marked as a bot (automated) account",
            "run python -m bot register --mark-bot, or, logged in as the bot: "
            + (
                "Edit profile > Advanced settings > 'Automated account'"
                if _version_tuple(version) >= (4, 6, 0)
                else "Preferences > Public profile > 'This is an automated account'"
            ),
        )
    if me.get("moved"):
        report.problem(
            "account",
            f"@{acct} has moved to another account",
            "give the bot a token for an account that has not moved",
        )

    scopes = await _scopes(api, acct)
    # What the outbox asks for: the bot's own statuses, 200 with read:statuses, 403 without.
    reads = await api.reads_statuses(str(me["id"]))
    have = [s for s, ok in scopes.items() if ok]
    missing = [s for s, ok in scopes.items() if ok is False]
    unknown = [s for s, ok in scopes.items() if ok is None]
    summary = ", ".join(
        f"{s} {'yes' if ok else 'MISSING' if ok is False else '?'}"
        for s, ok in [*scopes.items(), ("read:statuses", reads)]
    )
    report.line("scopes", f"{summary} (recommended)")
    report.line("", f"(needed: {' '.join(NEEDED_SCOPES)}; has {len(have)} of {len(NEEDED_SCOPES)})")
    # write:notifications is for changing the notification policy: on a server without
    # one there is nothing to change, so whether its lack is a problem waits for the policy
    # (and is then listed where it would have been).
    write_at = (
        len(report.problems) + missing.index("write:notifications")
        if ("write:notifications" in missing)
        else None
    )
    for scope in [s for s in missing if s != "write:notifications"]:
        report.problems.append(_lacks(scope))
    if unknown:
        report.warn(
            "scopes",
            f"could not tell whether the token has {', '.join(unknown)}",
            "run check again; if it persists, compare the token's scopes with the list above",
        )
    if reads is False:
        report.warn(
            "scopes",
            f"the token lacks read:statuses, recommended {RECOMMENDED_SCOPES['read:statuses']}"
            "; without it such a status is given up and listed on /admin",
            f"create a token with the scopes {' '.join(REGISTERED_SCOPES)}"
            " (python -m bot register asks for them) and set MASTODON_ACCESS_TOKEN to it",
        )
    with contextlib.suppress(PermanentError, TransientError):
        app = await api.request("GET", "/api/v1/apps/verify_credentials", "check app")
        if isinstance(app, dict) and app.get("scopes"):
            report.line("app", f"{app.get('name')}, registered for: {' '.join(app['scopes'])}")

    has_policy: bool | None = None  # unknown without read:notifications
    if scopes["read:notifications"]:
        has_policy = await _check_policy(report, api, can_write=bool(scopes["write:notifications"]))
        await _check_stream(report, api, instance, timeout)
    else:
        report.line("streaming", "not checked (the token cannot read notifications)")
    if write_at is not None and has_policy is not False:
        report.problems.insert(write_at, _lacks("write:notifications"))
    await _check_campaign(report, api)


def _lacks(scope: str) -> Finding:
    """The problem of a scope the token lacks, with its fix: one wording for the scopes
    listed at once and for write:notifications, listed once the policy is known."""
    return Finding(
        "scopes",
        f"the token lacks {scope} ({NEEDED_SCOPES[scope]})",
        f"create a token with the scopes {' '.join(REGISTERED_SCOPES)} (python -m bot register)",
    )


async def _check_campaign(report: Report, api: Any) -> None:
    """What a closing campaign could do (python -m bot campaign): optional extras only."""
    from bot.campaign import admin_access

    allowed, why = await admin_access(api)
    pin = await _probe(api, "POST", "/api/v1/statuses/0/pin")
    reach = (
        "every active local account (admin API)"
        if allowed
        else f"members who talked to it and its followers only: {why}"
    )
    pinning = "can pin its announcement" if pin != 403 else "cannot pin (needs write:accounts)"
    report.line("closing", f"a campaign would reach {reach}; {pinning}")


async def _check_policy(report: Report, api: Any, *, can_write: bool) -> bool | None:
    """What the bot account's notification policy lets through. Whether the server has one:
    False when it answers 404 (Mastodon before 4.3, Pleroma, Akkoma, GoToSocial), None when
    it could not be asked now."""
    from bot.mastodon_api import PermanentError, RateLimited, TransientError

    try:
        policy = await api.notification_policy()
    except PermanentError as error:
        # No policy to read (404), or one refused some other way: nothing check can tell
        # by itself, so it says what to look at instead of failing the whole check.
        report.line("private DMs", "cannot read the notification policy: check by hand")
        report.warn(
            "notification policy",
            "cannot read the notification policy: "
            + (
                "the server has no /api/v2/notifications/policy (Mastodon before 4.3, or "
                "other software such as Pleroma, Akkoma or GoToSocial)"
                if error.status == 404
                else f"the server refused it ({_short(error)})"
            )
            + ", so check cannot tell whether private mentions from people the bot does not "
            "follow reach it",
            "once the bot runs, send the bot a direct message from an account it does not "
            "follow and see that it answers; if it does not, look in the bot account's "
            "notification settings for a filter on private mentions or on people it does "
            "not follow, and turn it off",
        )
        return False if error.status == 404 else None
    except (TransientError, RateLimited) as error:
        report.warn(
            "policy",
            f"could not read the notification policy ({_short(error)})",
            "run check again",
        )
        return None
    private = policy.get("for_private_mentions", "accept")
    if private == "accept":
        report.line("private DMs", "accepted from everyone (notification policy)")
    elif can_write:
        report.line(
            "private DMs",
            f"'{private}' for non-followers now; the bot sets it to accept when it starts",
        )
    else:
        report.line("private DMs", f"'{private}' for people the bot does not follow")
        report.problem(
            "private mentions",
            "direct messages from members the bot does not follow are "
            f"{PAST.get(private, private)} by the bot account's notification policy, and "
            "the token may not change that",
            "give the token write:notifications (python -m bot register), or, logged in as "
            "the bot, set 'Unsolicited private mentions' to Accept in the notification "
            "filter settings",
        )
    for key, who in POLICY_WHO.items():
        value = policy.get(key, "accept")
        if value != "accept":
            report.problem(
                "notification policy",
                f"mentions from {who} are {PAST.get(value, value)} "
                f"({key}={value}); the bot would miss them",
                "logged in as the bot, set that category to Accept in the notification "
                "filter settings",
            )
    return True


async def _check_stream(report: Report, api: Any, instance: dict[str, Any], timeout: float) -> None:
    from bot.mastodon_api import PermanentError, StreamUnavailable, TransientError

    url = await api.streaming_url(instance)
    stream = api.stream(url, heartbeat_timeout=timeout)
    try:
        first = await asyncio.wait_for(anext(stream), timeout)
    except StreamUnavailable as error:
        report.line("streaming", f"unavailable ({_short(error)}): the bot would poll instead")
        report.warn(
            "streaming",
            f"the streaming API at {url} is unavailable ({_short(error)}); the bot falls "
            "back to polling every few seconds",
            "make sure the web server forwards /api/v1/streaming to Mastodon's streaming service",
        )
        return
    except (PermanentError, TransientError, TimeoutError, StopAsyncIteration, OSError) as error:
        report.line("streaming", f"failed ({_short(error)}): the bot would poll instead")
        report.warn(
            "streaming",
            f"could not open the notification stream ({_short(error)})",
            "check the streaming service and the proxy in front of it",
        )
        return
    finally:
        with contextlib.suppress(Exception):
            await stream.aclose()
    report.line("streaming", "works" if first[0] == "open" else f"odd first event {first[0]}")


def _check_database(report: Report, database_path: Path) -> None:
    from storage import Store, try_writing_beside

    info = Store.inspect(database_path)
    path, latest = info["path"], info["latest_schema_version"]
    if info["error"]:
        report.line("database", f"{path}: cannot be read")
        report.problem(
            "database",
            f"cannot read {path} ({info['error']})",
            "check the file's permissions, or restore it from a backup",
        )
        return
    if info["exists"]:
        version = info["schema_version"]
        note = "" if version == latest else f"; migrates to {latest} at start"
        report.line("database", f"{path}, schema version {version} of {latest}{note}")
        if version > latest:
            report.problem(
                "database",
                f"schema version {version} is newer than this bot knows ({latest})",
                "run the newer version of the bot that wrote it, or restore a backup",
            )
    problem = try_writing_beside(Path(path))
    if problem is not None:
        report.line("database", f"{path}: cannot be {'written' if info['exists'] else 'created'}")
        report.problem(
            "database",
            f"{path} cannot be {'written' if info['exists'] else 'created'} ({problem})",
            "make its directory writable by the bot's user (SQLite also writes the -wal and "
            "-shm files there), or set DATABASE_PATH to such a place",
        )
    elif not info["exists"]:
        report.line("database", f"{path}, not there yet: created at start (schema {latest})")


def cmd_check(args: argparse.Namespace) -> int:
    values, bad = Config.parse(environment())
    report = Report()
    for error in bad:
        report.problem("setting", str(error), error.fix)
    if "api_base_url" in values and "access_token" in values:
        report = asyncio.run(run_check(Config(**values), timeout=args.timeout, report=report))
    else:
        report.line("server", "not checked until MASTODON_API_BASE_URL and the token are set")
        if "database_path" in values:
            _check_database(report, values["database_path"])
    print(report.render())
    if bad:
        return 2
    return 0 if report.ok else 1


# == register ==============================================================================


class RegisterError(Exception):
    pass


@dataclass
class Registration:
    base_url: str
    acct: str
    token: str = field(repr=False)
    scopes: list[str]
    marked_bot: bool


def _loopback(base_url: str) -> bool:
    host = urlparse(base_url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def register(
    base_url: str,
    *,
    app_name: str = "Move helper",
    website: str | None = None,
    mark_bot: bool = False,
    ask: Callable[[str], str],
    say: Callable[[str], None],
    timeout: float = 30.0,
) -> Registration:
    """Register the app, walk the admin through authorizing it, return the bot's token.

    Least privilege: the bot's token gets only NEEDED_SCOPES and RECOMMENDED_SCOPES (one
    read scope whose absence costs a reply after a long outage). Marking the account as a
    bot needs write:accounts, so with mark_bot a second, one-off token with only that
    scope marks the account and is revoked at once.
    """
    from mastodon import Mastodon
    from mastodon.errors import MastodonError

    from bot.mastodon_api import USER_AGENT

    base_url = base_url.strip().rstrip("/")
    parsed = urlparse(base_url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise RegisterError(f"{base_url!r} is not a server address like https://example.social")
    allow_http = _loopback(base_url)
    if parsed.scheme == "http" and not allow_http:
        raise RegisterError("use the server's https:// address; tokens must not travel unencrypted")
    scopes = list(REGISTERED_SCOPES)
    app_scopes = [*scopes, MARK_BOT_SCOPE] if mark_bot else scopes
    try:
        client_id, client_secret = Mastodon.create_app(
            app_name,
            scopes=app_scopes,
            redirect_uris=OOB,
            website=website,
            api_base_url=base_url,
            request_timeout=timeout,
            user_agent=USER_AGENT,
        )

        def authorize(wanted: list[str], purpose: str) -> Mastodon:
            client = Mastodon(
                client_id=client_id,
                client_secret=client_secret,
                api_base_url=base_url,
                request_timeout=timeout,
                user_agent=USER_AGENT,
                version_check_mode="none",
            )
            url = client.auth_request_url(
                redirect_uris=OOB, scopes=wanted, force_login=True, allow_http=allow_http
            )
            say(
                f"\n{purpose}\nOpen this address, log in AS THE BOT ACCOUNT (not your own) "
                f"and click Authorize:\n\n  {url}\n"
            )
            code = ask("Paste the authorization code here: ").strip()
            if not code:
                raise RegisterError("no code given")
            client.log_in(code=code, redirect_uri=OOB, scopes=wanted, allow_http=allow_http)
            return client

        client = authorize(scopes, f"The bot's token, with the scopes {' '.join(scopes)}.")
        me = client.account_verify_credentials()
        acct = str(me["acct"])
        say(f"The token is for @{acct}.")
        marked = bool(me.get("bot"))
        if mark_bot and not marked:
            one_off = authorize(
                [MARK_BOT_SCOPE],
                "Now a one-off token (write:accounts only) to mark the account as a bot; "
                "it is revoked right after.",
            )
            try:
                changed = one_off.account_update_credentials(bot=True)
                if str(changed["id"]) != str(me["id"]):
                    say(
                        f"Careful: the one-off token was for @{changed['acct']}, not @{acct}; "
                        f"that account is now marked as a bot. Unmark it in its profile."
                    )
                else:
                    marked = True
            finally:
                with contextlib.suppress(MastodonError):
                    one_off.revoke_access_token(allow_http=allow_http)
        elif mark_bot:
            say("The account is already marked as a bot.")
        token = str(client.access_token)
    except MastodonError as error:
        raise RegisterError(f"the server said: {_short(error)}") from error
    return Registration(base_url, acct, token, scopes, marked)


def write_env(path: Path, values: dict[str, str]) -> None:
    """Set these variables in a .env file (others kept), readable only by its owner (600)."""
    lines: list[str] = []
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines()
    done: set[str] = set()
    out: list[str] = []
    for line in lines:
        key = line.split("=", 1)[0].strip().removeprefix("export ").strip()
        if key in values:
            if key not in done:
                out.append(f"{key}={values[key]}")
                done.add(key)
            continue
        out.append(line)
    out += [f"{key}={value}" for key, value in values.items() if key not in done]
    directory = path.resolve().parent
    fd, tmp = tempfile.mkstemp(prefix=".env.", dir=directory)  # created with mode 600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write("\n".join(out) + "\n")
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _stderr(text: str) -> None:
    print(text, file=sys.stderr)


def _ask_stdin(prompt: str) -> str:
    sys.stderr.write(prompt)
    sys.stderr.flush()
    return sys.stdin.readline()


def cmd_register(args: argparse.Namespace) -> int:
    server = args.server or environment().get("MASTODON_API_BASE_URL", "")
    if not server:
        _stderr(
            "register: give the server's address, e.g. python -m bot register https://example.social"
        )
        return 2
    try:
        result = register(
            server,
            app_name=args.app_name,
            website=args.website,
            mark_bot=args.mark_bot,
            ask=_ask_stdin,
            say=_stderr,
        )
    except RegisterError as error:
        _stderr(f"register failed: {error}")
        return 1
    values = {"MASTODON_API_BASE_URL": result.base_url, "MASTODON_ACCESS_TOKEN": result.token}
    if args.print_only:
        for key, value in values.items():
            print(f"{key}={value}")
    else:
        path = Path(args.env_file)
        write_env(path, values)
        _stderr(f"Wrote {', '.join(values)} to {path} (mode 600).")
    if not result.marked_bot:
        _stderr(
            "The account is not marked as a bot: run again with --mark-bot, or tick "
            "'This is an automated account' in its profile."
        )
    _stderr("Next: run python -m bot check here (check and run read .env from this directory).")
    return 0


# == stats, forget, export =================================================================


def _database_path(args: argparse.Namespace) -> Path:
    if args.database:
        return Path(args.database).expanduser()
    setting = next(s for s in SETTINGS if s.name == "DATABASE_PATH")
    raw = environment().get(setting.name) or setting.default or ""
    return setting.parse(setting.name, raw)


def _open_store(args: argparse.Namespace) -> Any:
    from storage import Store

    path = _database_path(args)
    if not path.is_file():
        raise ConfigError(
            "DATABASE_PATH", f"no database at {path} (set DATABASE_PATH or --database)"
        )
    return Store.open(path)


def _status_budget() -> int:
    setting = next(s for s in SETTINGS if s.name == "STATUS_BUDGET")
    try:
        return int(
            setting.parse(setting.name, environment().get(setting.name) or str(setting.default))
        )
    except ConfigError:
        return int(str(setting.default))


def gather_stats(store: Any, *, budget: int) -> dict[str, Any]:
    now = store.clock.now()
    sent = store.sent_since(now - timedelta(hours=3))
    return {
        "members": store.member_counts(),
        "members_per_step": store.members_per_step(),
        "reminders_pending": store.reminders_pending(),
        "statuses_sent_last_3h": sent,
        "status_budget": budget,
        "queue_depth": store.queue_depth(),
    }


def cmd_stats(args: argparse.Namespace) -> int:
    try:
        store = _open_store(args)
    except ConfigError as error:
        _stderr(f"stats: {error}")
        return 1
    try:
        from bot.budget import running_budget

        # The running bot's budget, as `campaign status` plans with.
        budget, _ = running_budget(store, _status_budget())
        stats = gather_stats(store, budget=budget)
    finally:
        store.close()
    if args.json:
        print(json.dumps(stats, indent=2, sort_keys=True))
        return 0
    members = stats["members"]
    print(
        f"members: {members['members']} ({members['finished']} finished, "
        f"{members['paused']} paused)"
    )
    from bot.web.steps import step_order, step_title

    per_step = stats["members_per_step"]
    order = [s for s in step_order() if s in per_step] + sorted(
        s for s in per_step if s not in step_order()
    )
    titles = {step: step_title(step) for step in order}  # as the walkthrough names them
    width = max((len(t) for t in titles.values()), default=0)
    for step in order:
        print(f"  {titles[step].ljust(width)}  {per_step[step]}")
    print(f"reminders pending: {stats['reminders_pending']}")
    print(
        f"statuses sent in the last 3 h: {stats['statuses_sent_last_3h']} "
        f"(budget {stats['status_budget']} per 3 h)"
    )
    print(f"queue: {stats['queue_depth']} waiting")
    return 0


def member_accts(raw: str, *, domain: str | None, web_host: str | None = None) -> list[str]:
    """The stored accts a handle in any form can mean, most likely first.

    Members of this server are stored as `alice`, others as `carol@other.example`.
    Accepted: `alice`, `@alice`, `alice@domain`, `@alice@domain`, and profile addresses
    (`https://host/@alice`, `https://host/users/alice`, `https://host/@carol@other.example`).
    `domain` is the server's own domain as in handles (the instance's `domain`), which can
    differ from `web_host`, the host of its web address (example.com vs social.example.com).
    """
    handle = raw.strip()
    host: str | None = None
    if handle.lower().startswith(("https://", "http://")):
        parsed = urlparse(handle)
        host = parsed.netloc.lower()
        parts = [p for p in parsed.path.split("/") if p]
        if parts and parts[0] == "users" and len(parts) > 1:
            handle = parts[1]
        else:
            handle = parts[0] if parts else ""
    handle = handle.lstrip("@").lower()
    user, _, at = handle.partition("@")
    if not user:
        return []
    at = at or host or ""
    ours = {d.lower() for d in (domain, web_host) if d}
    if not at or at in ours:
        return [user] + ([f"{user}@{domain.lower()}"] if domain else [])
    return [f"{user}@{at}"]


def forget_member(
    store: Any, raw_handle: str, *, local_domain: str | None = None, web_host: str | None = None
) -> dict[str, int]:
    """Delete everything about one member; counts per table (all zero: nothing was stored).

    Without `local_domain`, the server's domain and web host remembered in the database at
    the bot's last start are used: no setting is needed.
    """
    if local_domain is None:
        local_domain, remembered_host = store.server()
        web_host = web_host or remembered_host
    totals: dict[str, int] = {}
    for acct in member_accts(raw_handle, domain=local_domain, web_host=web_host):
        found = store.find_member(acct)  # also finds a member by the new handle they gave
        accts = [acct] + ([found["acct"]] if found and found["acct"] != acct else [])
        for each in accts:
            for table, count in store.forget_everything(each).items():
                totals[table] = totals.get(table, 0) + count
    return totals


# What `forget` deleted, by table: one and more ("1 member", not "1 members ... rows").
_FORGOTTEN = {
    "members": ("member", "members"),
    "reminders": ("reminder", "reminders"),
    "outbox": ("queued status", "queued statuses"),
    "inbox": ("received message", "received messages"),
    "campaign": ("campaign row", "campaign rows"),
}


def _counted(count: int, table: str) -> str:
    one, more = _FORGOTTEN.get(table, (f"{table} row", f"{table} rows"))
    return f"{count} {one if count == 1 else more}"


def cmd_forget(args: argparse.Namespace) -> int:
    try:
        store = _open_store(args)
    except ConfigError as error:
        _stderr(f"forget: {error}")
        return 1
    try:
        domain, _ = store.server()
        counts = forget_member(store, args.handle)
    finally:
        store.close()
    # A "stop" the member said is kept alone, as their own "forget me" and retention keep
    # it: being forgotten must not make the bot (a closing server's campaign) write to them.
    stop = (
        ' but their "stop": the account alone stays, marked as not to be written to (no '
        "handle, step, time or thread), so that the bot never writes to them again"
        if counts.pop("stop_kept", 0)
        else ""
    )
    if not any(counts.values()):
        print(f"Nothing stored about {args.handle}{stop}.")
        if domain is None and "@" in args.handle.lstrip("@"):
            _stderr(
                "forget: the bot has not started with this database yet, so it does not know "
                "its server's domain; give the handle without it (alice) to forget a local member"
            )
        return 1
    details = ", ".join(_counted(count, table) for table, count in counts.items() if count)
    print(f"Deleted everything stored about {args.handle}{stop}: {details}.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    try:
        store = _open_store(args)
    except ConfigError as error:
        _stderr(f"backup: {error}")
        return 1
    try:
        path = store.backup(Path(args.destination).expanduser())
    finally:
        store.close()
    _stderr(f"Wrote {path} (mode 600).")
    return 0


def gather_export(store: Any) -> dict[str, Any]:
    """Aggregate figures only: counts per step, kind and state; no handle, id or text."""
    now = store.clock.now()
    return {
        "generated_at": now.isoformat(timespec="seconds"),
        "schema_version": store.schema_version,
        "members": {**store.member_counts(), "per_step": store.members_per_step()},
        "reminders": store.reminders_by_kind_and_state(),
        "statuses_sent": {
            "by_kind": store.sent_by_kind_since(None),
            "last_3h": store.sent_since(now - timedelta(hours=3)),
            "last_7d": store.sent_since(now - timedelta(days=7)),
        },
        "outbox": store.outbox_states(),
        "notifications_handled": store.handled_outcomes(),
        "errors": store.errors_by_kind(),
    }


def cmd_export(args: argparse.Namespace) -> int:
    try:
        store = _open_store(args)
    except ConfigError as error:
        _stderr(f"export: {error}")
        return 1
    try:
        figures = gather_export(store)
    finally:
        store.close()
    text = json.dumps(figures, indent=2, sort_keys=True) + "\n"
    if args.output and args.output != "-":
        Path(args.output).write_text(text, encoding="utf-8")
        _stderr(f"Wrote {args.output}.")
    else:
        sys.stdout.write(text)
    return 0


# == the argument parser ===================================================================


def add_commands(commands: argparse._SubParsersAction) -> None:
    check = commands.add_parser(
        "check",
        help="check the settings, the server and the token; exit 0 only when the bot can work",
        description=(
            "Reads the settings from the environment and asks the server what the bot will "
            "find: instance, version and character limit, the bot's handle and whether it is "
            "marked as a bot, the token's scopes against those needed, whether streaming "
            "works, whether private mentions from non-followers reach it, and the database. "
            "Changes nothing. Each problem is printed on its own line with its fix. Exit "
            "status: 0 the bot can work, 1 problems found, 2 a setting is missing or malformed."
        ),
    )
    check.add_argument(
        "--timeout", type=float, default=10.0, help="seconds to wait for each answer (10)"
    )
    check.set_defaults(handler=cmd_check)

    reg = commands.add_parser(
        "register",
        help="create the bot's token on a fresh bot account (OAuth, least privilege)",
        description=(
            "Registers an application on your server with only the scopes the bot needs, "
            "prints the authorization address (open it logged in as the bot account), "
            "takes the code and writes MASTODON_API_BASE_URL and MASTODON_ACCESS_TOKEN to a "
            ".env file (mode 600) or prints them. With --mark-bot it also marks the account "
            "as a bot, using a second, one-off token that is revoked at once."
        ),
    )
    reg.add_argument(
        "server",
        nargs="?",
        help="your server's address, e.g. https://example.social (default: MASTODON_API_BASE_URL)",
    )
    reg.add_argument(
        "--mark-bot",
        action="store_true",
        help="also mark the account as a bot (asks for a second, one-off authorization)",
    )
    where = reg.add_mutually_exclusive_group()
    where.add_argument(
        "--env-file", default=".env", help="the file to write the variables to (default .env)"
    )
    where.add_argument(
        "--print",
        dest="print_only",
        action="store_true",
        help="print the variables on standard output instead of writing a file",
    )
    reg.add_argument("--app-name", default="Move helper", help="the application's name")
    reg.add_argument("--website", default=None, help="a web address shown with the application")
    reg.set_defaults(handler=cmd_register)

    def database_option(parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "--database", help="the SQLite file (default: DATABASE_PATH, or move-helper.sqlite3)"
        )

    stats = commands.add_parser(
        "stats",
        help="members per step, reminders pending, statuses sent in the last 3 hours",
        description="Figures from the database; works while the bot runs.",
    )
    database_option(stats)
    stats.add_argument("--json", action="store_true", help="print JSON instead of text")
    stats.set_defaults(handler=cmd_stats)

    forget = commands.add_parser(
        "forget",
        help="delete everything stored about a member (on their request)",
        description=(
            "Deletes the member's walkthrough row, their reminders, the statuses addressed to "
            "them and any unhandled messages from them. HANDLE is alice, @alice, "
            "alice@example.social or a profile address. Exit status 1 if nothing was stored."
        ),
    )
    forget.add_argument("handle", metavar="HANDLE", help="the member's handle")
    database_option(forget)
    forget.set_defaults(handler=cmd_forget)

    backup = commands.add_parser(
        "backup",
        help="a consistent copy of the database while the bot runs, owner-only (mode 600)",
        description=(
            "Copies the database with SQLite's online backup into one self-contained file "
            "readable only by its owner. It holds members' handles: keep it as long as "
            "RETENTION_DAYS at most."
        ),
    )
    backup.add_argument("destination", metavar="FILE", help="where to write the copy")
    database_option(backup)
    backup.set_defaults(handler=cmd_backup)

    export = commands.add_parser(
        "export",
        help="aggregate, non-personal figures as JSON (for reports)",
        description=(
            "Counts per step, reminder kind and state, statuses sent by kind, outcomes and "
            "errors by kind. No handles, ids or message text."
        ),
    )
    database_option(export)
    export.add_argument("--output", "-o", help="write to this file instead of standard output")
    export.set_defaults(handler=cmd_export)
