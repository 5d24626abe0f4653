"""The admin's side of a closing: `check` says what a campaign could reach; `python -m bot
campaign start|status|export|stop` against the fake server, as an admin runs them."""

from __future__ import annotations

import csv
import io
import stat
from datetime import UTC, datetime, timedelta

import pytest
from test_admin import config_for, run_cli

from bot.admin import run_check
from bot.fake.server import FakeMastodon
from bot.sandbox import BOT_SCOPES


@pytest.fixture
async def fake():
    server = FakeMastodon("example.social", title="Example Social")
    await server.start()
    server.create_account("helper", bot=True, display_name="Move helper")
    for n in range(30):
        server.create_account(f"member{n:02d}")
    server.create_account("robot", bot=True)
    server.set_moved("member00", "https://new.example/users/member00")
    yield server
    await server.stop()


async def test_check_says_what_a_campaign_could_reach(fake, tmp_path):
    plain = fake.issue_token("helper", BOT_SCOPES)
    line = dict((await run_check(config_for(fake, plain, tmp_path), timeout=5)).lines)["closing"]
    assert "followers only: the token lacks the admin:read:accounts scope" in line
    assert "cannot pin (needs write:accounts)" in line
    scoped = fake.issue_token("helper", f"{BOT_SCOPES} admin:read:accounts write:accounts")
    report = await run_check(config_for(fake, scoped, tmp_path), timeout=5)
    assert "role may not manage users" in dict(report.lines)["closing"]
    assert report.ok  # a campaign's extras are never a problem for the bot itself
    fake.set_role("helper", "Moderator")
    line = dict((await run_check(config_for(fake, scoped, tmp_path), timeout=5)).lines)["closing"]
    assert (
        line
        == "a campaign would reach every active local account (admin API); can pin its announcement"
    )


async def test_start_status_export_stop(fake, tmp_path):
    fake.set_role("helper", "Moderator")
    env = {
        "MASTODON_API_BASE_URL": fake.base_url,
        "MASTODON_ACCESS_TOKEN": fake.issue_token(
            "helper", f"{BOT_SCOPES} admin:read:accounts write:accounts"
        ),
        "DATABASE_PATH": str(tmp_path / "bot.sqlite3"),
    }
    closes = (datetime.now(UTC) + timedelta(days=20)).strftime("%Y-%m-%d")
    code, out, err = await run_cli("campaign", "start", "--closes", closes, env=env)
    assert code == 0, out + err
    assert "Audience: 31 accounts found; 29 reachable by DM, 1 already moved" in out
    assert "Wave 1: starts" in out and "29 statuses, everyone reached by" in out
    assert out.count("Wave ") == 3  # the start, 7 and 2 days before (20 < 30 days)
    code, again, _ = await run_cli("campaign", "start", "--closes", closes, env=env)
    assert code == 1 and "already running" in again
    code, status, _ = await run_cli("campaign", "status", env=env)
    assert code == 0 and "not reached yet 29" in status and "moved 1" in status
    export = tmp_path / "not-moved.csv"
    code, _, err = await run_cli("campaign", "export", "-o", str(export), env=env)
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(export.read_text())))
    assert rows[0][:2] == ["username", "handle"]
    assert sorted(r[0] for r in rows[1:]) == [f"member{n:02d}" for n in range(1, 30)]
    assert stat.S_IMODE(export.stat().st_mode) == 0o600
    code, out, _ = await run_cli("forget", "member01", env=env)  # on the member's request
    assert code == 0 and "1 campaign" in out
    code, listed, _ = await run_cli("campaign", "export", env=env)
    assert "member01" not in listed and "member02" in listed
    code, out, _ = await run_cli("campaign", "stop", env=env)
    assert code == 0 and "stopped" in out
    code, out, _ = await run_cli("campaign", "stop", env=env)
    assert code == 1
    code, status, _ = await run_cli("campaign", "status", env=env)
    assert "stopped" in status and "stopped by the admin" in status


async def test_a_plan_that_cannot_reach_everyone_says_so_and_what_else_to_do(fake, tmp_path):
    fake.set_role("helper", "Moderator")
    env = {
        "MASTODON_API_BASE_URL": fake.base_url,
        "MASTODON_ACCESS_TOKEN": fake.issue_token("helper", f"{BOT_SCOPES} admin:read"),
        "DATABASE_PATH": str(tmp_path / "bot.sqlite3"),
    }
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).strftime("%Y-%m-%d")
    code, out, _ = await run_cli(
        "campaign", "start", "--closes", tomorrow, "--share", "0.005", env=env
    )
    assert code == 0, out
    # One DM per window (0.5% of 300) and at most 8 windows before tomorrow: not 29.
    assert "CANNOT reach everyone before" in out
    assert "Administration → Announcements" in out and "email to all users" in out


async def test_the_commands_read_the_env_file_register_wrote_as_run_does(fake, tmp_path):
    """Run where `register` wrote .env (the README's way), `campaign` and `stats` find the
    server, the token and the database there, as `run` and `check` do."""
    fake.set_role("helper", "Moderator")
    token = fake.issue_token("helper", f"{BOT_SCOPES} admin:read:accounts write:accounts")
    (tmp_path / ".env").write_text(
        f"MASTODON_API_BASE_URL={fake.base_url}\nMASTODON_ACCESS_TOKEN={token}\n"
        f"DATABASE_PATH={tmp_path / 'bot.sqlite3'}\nSTATUS_BUDGET=120\n"
    )
    closes = (datetime.now(UTC) + timedelta(days=20)).strftime("%Y-%m-%d")
    code, out, err = await run_cli("campaign", "start", "--closes", closes, env={}, cwd=tmp_path)
    assert code == 0, out + err
    assert "29 reachable by DM" in out
    code, out, err = await run_cli("stats", env={}, cwd=tmp_path)
    assert code == 0, err
    assert "(budget 120 per 3 h)" in out
