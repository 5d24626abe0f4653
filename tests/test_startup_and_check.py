"""Every setup mistake in one clear line: `check` lists them all with their fixes, and
`run` ends a failed start with one line and the right exit status, never a traceback."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import aiohttp
import pytest

from bot.admin import run_check
from bot.config import Config, read_dotenv
from bot.fake.server import FakeMastodon
from bot.sandbox import BOT_SCOPES
from bot.startup import network_problem

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
async def fake() -> AsyncIterator[FakeMastodon]:
    server = FakeMastodon("example.social", heartbeat_interval=0.2)
    await server.start()
    server.create_account("helper", bot=True)
    yield server
    await server.stop()


async def bot_cli(
    *args: str, env: dict[str, str], cwd: Path, timeout: float = 60
) -> tuple[int, str, str]:
    """`python -m bot ...` as an admin runs it: a clean environment, a working directory."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(ROOT), **env},
        cwd=str(cwd),
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout)
    return process.returncode or 0, out.decode(), err.decode()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# -- 4. check ----------------------------------------------------------------------------------


async def test_check_lists_every_bad_setting_at_once_each_with_its_fix(tmp_path):
    env = {"PORT": "eighty", "LOG_LEVEL": "chatty", "MASTODON_API_BASE_URL": "example.social"}
    code, out, _ = await bot_cli("check", env=env, cwd=tmp_path)
    assert code == 2
    problems = [line for line in out.splitlines() if line.startswith("PROBLEM")]
    named = [
        v
        for v in ("MASTODON_API_BASE_URL", "MASTODON_ACCESS_TOKEN", "PORT", "LOG_LEVEL")
        if any(v in line for line in problems)
    ]
    assert named == ["MASTODON_API_BASE_URL", "MASTODON_ACCESS_TOKEN", "PORT", "LOG_LEVEL"]
    assert len(problems) == 4
    assert all(". Fix: set " in line for line in problems)
    assert "4 problems" in out


async def test_check_tries_to_create_the_database_where_it_would_live(fake, tmp_path):
    token = fake.issue_token("helper", BOT_SCOPES)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    for path, words in [
        (blocker / "bot.sqlite3", "cannot be created"),  # its directory cannot exist
        (tmp_path, "it is a directory, not a file"),
    ]:
        config = Config(api_base_url=fake.base_url, access_token=token, database_path=path)
        report = await run_check(config, timeout=5)
        assert [p.topic for p in report.problems] == ["database"], report.render()
        assert words in report.problems[0].message and "DATABASE_PATH" in report.problems[0].fix

    # Where it can be created, check says so and leaves nothing behind.
    nested = tmp_path / "new" / "dirs" / "bot.sqlite3"
    config = Config(api_base_url=fake.base_url, access_token=token, database_path=nested)
    report = await run_check(config, timeout=5)
    assert report.ok, report.render()
    assert "not there yet: created at start" in dict(report.lines)["database"]
    assert not (tmp_path / "new").exists()


async def test_check_warns_when_the_port_run_would_listen_on_is_taken(fake, tmp_path):
    """check tries PORT as run will listen on it. Taken (by another program, or by this
    bot already running) is a warning naming the port and the fix; the bot itself may be
    what holds it, so it is no problem that stops the check. A free port is said so."""
    token = fake.issue_token("helper", BOT_SCOPES)
    config = Config(
        api_base_url=fake.base_url, access_token=token, database_path=tmp_path / "bot.sqlite3"
    )
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))
        taken.listen()
        port = taken.getsockname()[1]
        report = await run_check(replace(config, port=port), timeout=5)
    assert report.ok, report.render()
    (warning,) = [w for w in report.warnings if w.topic == "PORT"]
    assert warning.message.startswith(f"port {port} is already in use"), warning
    assert "set PORT to a free port" in warning.fix
    report = await run_check(replace(config, port=0), timeout=5)  # any free port
    assert not [w for w in report.warnings if w.topic == "PORT"], report.render()
    assert dict(report.lines)["port"] == "0: free"


async def test_a_network_error_is_one_readable_sentence(tmp_path):
    port = free_port()  # nothing listens there
    config = Config(
        api_base_url=f"http://127.0.0.1:{port}",
        access_token="some-token-value",
        database_path=tmp_path / "bot.sqlite3",
    )
    report = await run_check(config, timeout=2)
    (problem,) = report.problems
    assert problem.message == (
        f"cannot reach http://127.0.0.1:{port}: nothing accepts connections at "
        f"127.0.0.1:{port} (connection refused)"
    )
    # Name resolution fails: said so in words, without asking a real resolver.
    try:
        raise aiohttp.ClientConnectorDNSError(
            aiohttp.client_reqrep.ConnectionKey(
                "social.invalid", 443, True, True, None, None, None
            ),
            socket.gaierror(-2, "Name or service not known"),
        )
    except aiohttp.ClientError as error:
        assert network_problem(error, "https://social.invalid") == (
            "the name social.invalid could not be found (DNS)"
        )


# -- 5. start-up failures ------------------------------------------------------------------------


def run_env(fake: FakeMastodon, token: str, tmp_path: Path, **extra: str) -> dict[str, str]:
    return {
        "MASTODON_API_BASE_URL": fake.base_url,
        "MASTODON_ACCESS_TOKEN": token,
        "DATABASE_PATH": str(tmp_path / "bot.sqlite3"),
        "PORT": str(free_port()),
        "LOG_LEVEL": "WARNING",  # the failure's line, without the INFO lines before it
        **extra,
    }


def one_line(err: str) -> str:
    lines = [line for line in err.strip().splitlines() if line.strip()]
    assert "Traceback" not in err
    assert len(lines) == 1, err
    return lines[0]


async def test_a_refused_token_ends_in_one_line_and_exit_2(fake, tmp_path):
    env = run_env(fake, "not-a-token-the-server-knows", tmp_path)
    code, _, err = await bot_cli("run", env=env, cwd=tmp_path)
    assert code == 2
    line = one_line(err)
    assert line.startswith(
        f"cannot start: the server at {fake.base_url} refused MASTODON_ACCESS_TOKEN"
    )
    assert "Fix: create a token with python -m bot register" in line
    assert "not-a-token-the-server-knows" not in err


async def test_a_database_that_cannot_be_created_ends_in_one_line_and_exit_1(fake, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    env = run_env(fake, fake.issue_token("helper", BOT_SCOPES), tmp_path)
    env["DATABASE_PATH"] = str(blocker / "bot.sqlite3")
    code, _, err = await bot_cli("run", env=env, cwd=tmp_path)
    assert code == 1
    line = one_line(err)
    assert "cannot create or write the database" in line and "Fix:" in line
    assert "DATABASE_PATH" in line


async def test_a_port_in_use_ends_in_one_line_and_exit_1_and_debug_shows_the_traceback(
    fake, tmp_path
):
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = run_env(fake, fake.issue_token("helper", BOT_SCOPES), tmp_path, PORT=str(port))
        env["LOG_LEVEL"] = "WARNING"
        code, _, err = await bot_cli("run", env=env, cwd=tmp_path)
        assert code == 1
        # Found before anything was asked of the server: no stream opened and closed again,
        # no warning of the short life it would have had, whatever the machine's load.
        assert fake.requested == []
        line = one_line(err)
        assert line.startswith(f"cannot start: port {port} is already in use")
        assert "set PORT to a free port" in line

        env["LOG_LEVEL"] = "DEBUG"
        code, _, err = await bot_cli("run", env=env, cwd=tmp_path)
        assert code == 1
        assert "Traceback" in err or "exc=" in err  # kept for whoever debugs
        assert err.strip().splitlines()[-1].startswith(f"cannot start: port {port}")


async def test_bad_settings_at_start_are_all_named_with_their_fixes(tmp_path):
    code, _, err = await bot_cli("run", env={"PORT": "eighty"}, cwd=tmp_path)
    assert code == 2
    lines = err.strip().splitlines()
    assert [line.split(":")[1].strip() for line in lines] == [
        "MASTODON_API_BASE_URL",
        "MASTODON_ACCESS_TOKEN",
        "PORT",
    ]
    assert all("Fix: set " in line for line in lines)


# -- 10. .env -------------------------------------------------------------------------------------


async def test_run_and_check_read_dotenv_and_the_environment_wins(fake, tmp_path):
    token = fake.issue_token("helper", BOT_SCOPES)
    (tmp_path / ".env").write_text(
        "# written by python -m bot register\n"
        f"MASTODON_API_BASE_URL={fake.base_url}\n"
        f"export MASTODON_ACCESS_TOKEN='{token}'\n"
        "PORT=eighty\n"
        f"DATABASE_PATH={tmp_path / 'bot.sqlite3'}\n"
    )
    assert read_dotenv(tmp_path / ".env")["MASTODON_ACCESS_TOKEN"] == token
    # .env alone: its bad PORT is reported...
    code, out, _ = await bot_cli("check", "--timeout", "5", env={}, cwd=tmp_path)
    assert code == 2 and "PORT: must be a whole number" in out
    # ... and a PORT in the environment wins over it: everything else comes from .env.
    code, out, _ = await bot_cli("check", "--timeout", "5", env={"PORT": "8099"}, cwd=tmp_path)
    assert code == 0, out
    assert "@helper@example.social, marked as a bot account" in out
    code, _, err = await bot_cli("run", env={"PORT": "eighty-one"}, cwd=tmp_path)
    assert code == 2 and "PORT" in err and "eighty-one" in err
