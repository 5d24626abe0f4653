"""The admin's commands (check, register, stats, forget, export) and /admin's door."""

from __future__ import annotations

import asyncio
import html
import json
import os
import re
import stat
import sys
import urllib.request
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
import pytest
from harness import fast_sandbox, running

from bot.__main__ import main
from bot.admin import forget_member, register, run_check, write_env
from bot.clock import FakeClock
from bot.config import Config
from bot.fake.server import FakeMastodon
from bot.sandbox import BOT_SCOPES, NEEDED_ONLY, Sandbox
from storage import Effects, OutboxItem, Store

REGISTERED = BOT_SCOPES  # what register asks for, and the sandbox's token has
ROOT = Path(__file__).resolve().parent.parent
ADMIN_TOKEN = "an-admin-token-of-some-length"


@pytest.fixture
async def fake() -> AsyncIterator[FakeMastodon]:
    server = FakeMastodon("example.social", title="Example Social")
    await server.start()
    server.create_account("helper", bot=True, display_name="Move helper")
    yield server
    await server.stop()


def config_for(fake: FakeMastodon, token: str, tmp_path: Path) -> Config:
    return Config(  # port 0: any free one, so no machine's port 8080 makes a warning
        api_base_url=fake.base_url,
        access_token=token,
        database_path=tmp_path / "bot.sqlite3",
        port=0,
    )


# -- check ------------------------------------------------------------------------------------


async def test_check_passes_for_a_good_setup_and_says_what_it_found(fake, tmp_path):
    token = fake.issue_token("helper", BOT_SCOPES)
    Store.open(tmp_path / "bot.sqlite3").close()
    report = await run_check(config_for(fake, token, tmp_path), timeout=5)
    text = report.render()
    assert report.ok, text
    assert report.problems == [] and report.warnings == []
    lines = dict(report.lines)
    assert (
        lines["instance"]
        == "Example Social (example.social), Mastodon 4.6.5, 500 characters per status"
    )
    assert lines["account"] == "@helper@example.social, marked as a bot account"
    for scope in BOT_SCOPES.split():
        assert f"{scope} yes" in lines["scopes"]
    assert lines["streaming"] == "works"
    assert "the bot sets it to accept when it starts" in lines["private DMs"]
    latest = Store.latest_schema_version()
    assert lines["database"] == f"{tmp_path / 'bot.sqlite3'}, schema version {latest} of {latest}"
    assert text.endswith("OK: the bot can work.")
    # check changes nothing: the policy is still the server's default.
    assert fake.policy_for("helper")["for_private_mentions"] == "filter"


async def test_check_warns_of_a_token_without_read_statuses_and_says_what_to_do(fake, tmp_path):
    """Without read:statuses the bot works, but gives up a status that may have gone out
    before a long outage instead of looking: check warns (not a problem: it exits 0), with
    the fix, as for other missing scopes; a token from register has it, and check says so."""
    token = fake.issue_token("helper", NEEDED_ONLY)
    report = await run_check(config_for(fake, token, tmp_path), timeout=5)
    assert report.ok, report.render()
    (warning,) = report.warnings
    assert warning.topic == "scopes" and "lacks read:statuses" in warning.message
    assert f"create a token with the scopes {REGISTERED}" in warning.fix
    assert "python -m bot register" in warning.fix
    assert "read:statuses MISSING (recommended)" in dict(report.lines)["scopes"]
    text = report.render()
    assert "WARNING scopes: the token lacks read:statuses" in text
    assert text.endswith("OK: the bot can work. (See the warnings.)")
    token = fake.issue_token("helper", REGISTERED)
    report = await run_check(config_for(fake, token, tmp_path), timeout=5)
    assert report.ok and report.warnings == [], report.render()
    assert "read:statuses yes (recommended)" in dict(report.lines)["scopes"]


async def test_check_accepted_policy_and_a_database_not_created_yet(fake, tmp_path):
    fake.set_policy("helper", for_private_mentions="accept")
    token = fake.issue_token("helper", BOT_SCOPES)
    report = await run_check(config_for(fake, token, tmp_path), timeout=5)
    assert report.ok, report.render()
    lines = dict(report.lines)
    assert lines["private DMs"] == "accepted from everyone (notification policy)"
    assert "not there yet: created at start" in lines["database"]
    assert not (tmp_path / "bot.sqlite3").exists()


def problems(report) -> list[str]:
    return [f"{p.topic}: {p.message}" for p in report.problems]


async def test_check_names_a_wrong_token(fake, tmp_path):
    report = await run_check(config_for(fake, "not-a-real-token-at-all", tmp_path), timeout=5)
    assert not report.ok
    assert len(report.problems) == 1
    assert report.problems[0].topic == "token"
    assert "refused MASTODON_ACCESS_TOKEN" in report.problems[0].message
    assert "python -m bot register" in report.problems[0].fix
    assert "PROBLEM token: the server refused MASTODON_ACCESS_TOKEN" in report.render()


async def test_check_names_each_missing_scope(fake, tmp_path):
    token = fake.issue_token("helper", "read:accounts read:notifications write:notifications")
    report = await run_check(config_for(fake, token, tmp_path), timeout=5)
    assert not report.ok
    assert problems(report) == ["scopes: the token lacks write:statuses (to post replies)"]
    assert "write:statuses MISSING" in dict(report.lines)["scopes"]
    line = next(x for x in report.render().splitlines() if x.startswith("PROBLEM"))
    assert "Fix: create a token with the scopes" in line


async def test_check_umbrella_scopes_count_as_having_them(fake, tmp_path):
    token = fake.issue_token("helper", "read write")
    report = await run_check(config_for(fake, token, tmp_path), timeout=5)
    assert report.ok, report.render()


async def test_check_names_an_account_not_marked_as_a_bot(fake, tmp_path):
    fake.update_account("helper", bot=False)
    token = fake.issue_token("helper", BOT_SCOPES)
    report = await run_check(config_for(fake, token, tmp_path), timeout=5)
    assert problems(report) == ["account: @helper is not marked as a bot (automated) account"]
    assert "--mark-bot" in report.problems[0].fix
    assert dict(report.lines)["account"].endswith("NOT marked as a bot account")


async def test_check_names_filtered_private_mentions_the_token_cannot_accept(fake, tmp_path):
    token = fake.issue_token("helper", "read:accounts read:notifications write:statuses")
    report = await run_check(config_for(fake, token, tmp_path), timeout=5)
    found = problems(report)
    assert any(p.startswith("private mentions: direct messages") for p in found), found
    assert "scopes: the token lacks write:notifications" in found[0]
    fix = next(p.fix for p in report.problems if p.topic == "private mentions")
    assert "Unsolicited private mentions" in fix


async def test_check_names_mentions_dropped_from_people_the_bot_does_not_follow(fake, tmp_path):
    fake.set_policy("helper", for_not_following="drop")
    token = fake.issue_token("helper", BOT_SCOPES)
    report = await run_check(config_for(fake, token, tmp_path), timeout=5)
    assert [p.topic for p in report.problems] == ["notification policy"]
    assert "are dropped (for_not_following=drop)" in report.problems[0].message


@pytest.mark.parametrize("server", ["Mastodon 4.2", "Pleroma"])
async def test_check_on_a_server_without_notification_policies_says_what_to_check_by_hand(
    tmp_path, server
):
    """GET /api/v2/notifications/policy is 404 on Mastodon before 4.3 and on Pleroma and
    Akkoma (their API's "Not implemented"). There is no policy to read or to change, so a
    token without write:notifications is no problem there; check cannot tell whether
    private mentions reach the bot, and says so with what to try by hand (exit 0)."""
    fake = FakeMastodon("example.social", version="4.2.10" if "4.2" in server else "4.6.5")
    if server == "Pleroma":
        fake.instance_shape = "pleroma"
    await fake.start()
    try:
        fake.create_account("helper", bot=True)
        token = fake.issue_token("helper", "read:accounts read:notifications write:statuses")
        report = await run_check(config_for(fake, token, tmp_path), timeout=5)
    finally:
        await fake.stop()
    assert report.ok, report.render()
    (warning,) = [w for w in report.warnings if w.topic == "notification policy"]
    assert warning.message.startswith("cannot read the notification policy"), warning.message
    assert "no /api/v2/notifications/policy" in warning.message
    assert "send the bot a direct message from an account it does not follow" in warning.fix
    assert "cannot read" in dict(report.lines)["private DMs"]


async def test_check_names_an_unreachable_server(tmp_path):
    config = Config(
        api_base_url="http://127.0.0.1:9",
        access_token="some-token-value",
        database_path=tmp_path / "bot.sqlite3",
    )
    report = await run_check(config, timeout=2)
    assert [p.topic for p in report.problems] == ["server"]
    assert report.problems[0].message.startswith("cannot reach http://127.0.0.1:9")
    assert "MASTODON_API_BASE_URL" in report.problems[0].fix


async def test_check_warns_when_streaming_is_unavailable_but_the_bot_can_still_work(fake, tmp_path):
    fake.faults.stream_available = False
    token = fake.issue_token("helper", BOT_SCOPES)
    report = await run_check(config_for(fake, token, tmp_path), timeout=5)
    assert report.ok
    assert [w.topic for w in report.warnings] == ["streaming"]
    assert dict(report.lines)["streaming"].startswith("unavailable")


async def test_check_names_a_database_from_a_newer_bot(fake, tmp_path):
    store = Store.open(tmp_path / "bot.sqlite3")
    store.db.execute(f"PRAGMA user_version = {Store.latest_schema_version() + 1}")
    store.close()
    token = fake.issue_token("helper", BOT_SCOPES)
    report = await run_check(config_for(fake, token, tmp_path), timeout=5)
    assert [p.topic for p in report.problems] == ["database"]


async def run_cli(
    *args: str, env: dict[str, str], stdin: bytes = b"", cwd: Path = ROOT
) -> tuple[int, str, str]:
    """`python -m bot ...` in a subprocess, while this loop keeps serving the fake server;
    in `cwd` (where a .env may be), with this checkout importable."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(ROOT), **env},
        cwd=str(cwd),
    )
    out, err = await asyncio.wait_for(process.communicate(stdin), 60)
    return process.returncode or 0, out.decode(), err.decode()


async def test_check_command_exit_status(fake, tmp_path):
    env = {
        "MASTODON_API_BASE_URL": fake.base_url,
        "MASTODON_ACCESS_TOKEN": fake.issue_token("helper", BOT_SCOPES),
        "DATABASE_PATH": str(tmp_path / "bot.sqlite3"),
    }
    code, out, _ = await run_cli("check", "--timeout", "5", env=env)
    assert code == 0, out
    assert "OK: the bot can work." in out
    fake.update_account("helper", bot=False)
    code, out, _ = await run_cli("check", "--timeout", "5", env=env)
    assert code == 1
    assert "PROBLEM account:" in out
    code, out, _ = await run_cli("check", env={"MASTODON_API_BASE_URL": fake.base_url})
    assert code == 2
    assert (
        "PROBLEM setting: MASTODON_ACCESS_TOKEN: is required but not set. "
        "Fix: set MASTODON_ACCESS_TOKEN in the environment or in .env"
    ) in out


# -- register ---------------------------------------------------------------------------------


def authorize_in_browser(url: str) -> str:
    """What the admin does: open the address (logged in), copy the code shown."""
    with urllib.request.urlopen(url, timeout=10) as response:
        page = response.read().decode()
    match = re.search(r'class="oauth-code" readonly type="text" value="([^"]+)"', page)
    assert match, page
    return match.group(1)


async def test_register_completes_with_least_privilege(fake, tmp_path):
    fake.update_account("helper", bot=False)
    fake.logged_in_user = "helper"
    urls: list[str] = []

    def ask(prompt: str) -> str:
        return authorize_in_browser(urls[-1])

    def say(text: str) -> None:
        urls.extend(re.findall(r"http://\S+/oauth/authorize\S+", text))

    result = await asyncio.to_thread(
        register, fake.base_url, ask=ask, say=say, mark_bot=False, timeout=10
    )
    assert result.acct == "helper"
    assert result.marked_bot is False
    assert len(urls) == 1 and "force_login=True" in urls[0]
    token = fake.token(result.token)
    assert token is not None and token.account.username == "helper"
    assert token.scopes == set(REGISTERED.split())
    assert token.app.scopes == REGISTERED.split()
    assert fake.get_account("helper").bot is False

    # The new token passes check once the account is marked.
    fake.update_account("helper", bot=True)
    report = await run_check(config_for(fake, result.token, tmp_path), timeout=5)
    assert report.ok, report.render()


async def test_register_marks_the_account_as_a_bot_with_a_one_off_token(fake):
    fake.update_account("helper", bot=False)
    fake.logged_in_user = "helper"
    urls: list[str] = []
    result = await asyncio.to_thread(
        register,
        fake.base_url,
        ask=lambda prompt: authorize_in_browser(urls[-1]),
        say=lambda text: urls.extend(re.findall(r"http://\S+/oauth/authorize\S+", text)),
        mark_bot=True,
        timeout=10,
    )
    assert result.marked_bot is True
    assert fake.get_account("helper").bot is True
    assert len(urls) == 2
    main_token = fake.token(result.token)
    assert main_token.scopes == set(REGISTERED.split())  # the kept token never has write:accounts
    one_off = [t for t in fake._tokens.values() if "write:accounts" in t.scopes]
    assert len(one_off) == 1 and one_off[0].revoked


async def test_register_refuses_plain_http_to_a_real_server():
    from bot.admin import RegisterError

    with pytest.raises(RegisterError, match="https"):
        register("http://example.social", ask=lambda p: "", say=lambda t: None)


async def test_register_command_writes_a_private_env_file(fake, tmp_path):
    fake.logged_in_user = "helper"
    env_file = tmp_path / ".env"
    env_file.write_text(
        "DATABASE_PATH=/var/lib/move-helper/bot.sqlite3\nMASTODON_ACCESS_TOKEN=old\n"
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "register",
        fake.base_url,
        "--env-file",
        str(env_file),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        cwd=str(ROOT),
    )
    assert process.stderr is not None and process.stdin is not None
    seen = ""
    while "Paste the authorization code" not in seen:
        chunk = await asyncio.wait_for(process.stderr.read(200), 30)
        assert chunk, seen
        seen += chunk.decode()
    url = re.search(r"http://\S+/oauth/authorize\S+", seen).group(0)
    code = await asyncio.to_thread(authorize_in_browser, url)
    process.stdin.write(code.encode() + b"\n")
    await process.stdin.drain()
    out, err = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0, seen + err.decode()
    assert out == b""
    assert stat.S_IMODE(env_file.stat().st_mode) == 0o600
    lines = env_file.read_text().splitlines()
    assert lines[0] == "DATABASE_PATH=/var/lib/move-helper/bot.sqlite3"
    assert lines[1].startswith("MASTODON_ACCESS_TOKEN=") and lines[1] != "MASTODON_ACCESS_TOKEN=old"
    assert lines[2] == f"MASTODON_API_BASE_URL={fake.base_url}"
    assert fake.token(lines[1].split("=", 1)[1]) is not None
    assert "Wrote MASTODON_API_BASE_URL, MASTODON_ACCESS_TOKEN" in err.decode()


def test_write_env_creates_the_file_with_mode_600(tmp_path):
    path = tmp_path / ".env"
    write_env(path, {"A": "1"})
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.chmod(0o644)
    write_env(path, {"B": "2", "A": "3"})
    assert path.read_text() == "A=3\nB=2\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


# -- stats, forget, export ----------------------------------------------------------------------


def seeded_store(path: Path, clock: FakeClock) -> Store:
    store = Store.open(path, clock)
    now = clock.now().isoformat()
    for acct, step, finished in [
        ("alice", "profile", None),
        ("bob", "profile", None),
        ("carol@other.example", "alias", None),
        ("dave", "finished", now),
    ]:
        store.apply(
            Effects(
                member={
                    "acct": acct,
                    "step": step,
                    "direction": "away",
                    "new_handle": f"{acct.split('@')[0]}@new.example",
                    "started_at": now,
                    "last_message_at": now,
                    "finished_at": finished,
                },
                reminders=[
                    {
                        "acct": acct,
                        "kind": "nudge_1",
                        "due_at": (clock.now() + timedelta(hours=5)).isoformat(),
                    }
                ],
                outbox=[
                    OutboxItem(
                        idempotency_key=f"k-{acct}",
                        text=f"Hello {acct}, a private walkthrough reply",
                        visibility="direct",
                        recipient=acct,
                        kind="walkthrough",
                    )
                ],
            )
        )
    for row in store.outbox_rows():
        if row["recipient"] != "bob":
            store.mark_sent(row["id"], f"s{row['id']}")
    return store


def test_stats_export_and_forget_commands(tmp_path, capsys):
    clock = FakeClock(datetime(2026, 5, 1, 12, tzinfo=UTC))
    database = tmp_path / "bot.sqlite3"
    seeded_store(database, clock).close()

    assert main(["stats", "--database", str(database)]) == 0
    out = capsys.readouterr().out
    assert "members: 4 (1 finished, 0 paused)" in out
    # Steps by the walkthrough's titles, not their ids.
    assert re.search(r"^  Set up the new profile +2$", out, re.M)
    assert re.search(r"^  Create the alias on the new account +1$", out, re.M)
    assert "ask_new_handle" not in out and "  profile " not in out
    assert "reminders pending: 4" in out
    assert "queue: 1 waiting" in out

    assert main(["export", "--database", str(database)]) == 0
    exported = capsys.readouterr().out
    figures = json.loads(exported)
    assert figures["members"]["per_step"] == {"alias": 1, "finished": 1, "profile": 2}
    assert figures["reminders"] == {"nudge_1": {"pending": 4}}
    assert figures["statuses_sent"]["by_kind"] == {"walkthrough": 3}
    for personal in ("alice", "bob", "carol", "new.example", "Hello"):
        assert personal not in exported

    assert main(["forget", "@carol@other.example", "--database", str(database)]) == 0
    # Plural forms right: "1 member", not session 22's "1 members, ... 1 outbox rows".
    assert said_deleted(capsys.readouterr().out) == "1 member, 1 reminder, 1 queued status"
    assert main(["forget", "carol@other.example", "--database", str(database)]) == 1
    assert "Nothing stored about" in capsys.readouterr().out

    store = Store.open(database, clock)
    assert store.member("carol@other.example") is None
    assert store.member("alice") is not None
    assert [r["acct"] for r in store.reminders()] == ["alice", "bob", "dave"]
    store.close()


def test_forget_understands_local_handles_with_the_domain_and_new_handles(tmp_path):
    clock = FakeClock(datetime(2026, 5, 1, 12, tzinfo=UTC))
    store = seeded_store(tmp_path / "bot.sqlite3", clock)
    counts = forget_member(store, "@Alice@example.social", local_domain="example.social")
    assert counts["members"] == 1
    counts = forget_member(store, "https://new.example/@bob", local_domain="example.social")
    assert counts["members"] == 1 and counts["outbox"] == 1  # bob's pending reply goes too
    assert store.member("alice") is None and store.member("bob") is None
    assert store.member("dave") is not None
    store.close()


async def test_stats_piped_into_head_ends_without_a_traceback(tmp_path):
    database = tmp_path / "bot.sqlite3"
    store = Store.open(database, FakeClock(datetime(2026, 5, 1, 12, tzinfo=UTC)))
    for n in range(3000):  # more output than a pipe holds
        store.apply(Effects(member={"acct": f"m{n}", "step": f"custom_step_{n}"}))
    store.close()
    process = await asyncio.create_subprocess_shell(
        f"{sys.executable} -m bot stats --database {database} | head -n 2",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        cwd=str(ROOT),
    )
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert out.decode().splitlines()[0] == "members: 3000 (0 finished, 0 paused)"
    assert err.decode() == ""


def test_commands_without_a_database_say_so(tmp_path, capsys):
    assert main(["stats", "--database", str(tmp_path / "missing.sqlite3")]) == 1
    assert "no database at" in capsys.readouterr().err
    assert not (tmp_path / "missing.sqlite3").exists()


@pytest.mark.parametrize("command", ["check", "register", "stats", "forget", "backup", "export"])
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    assert "usage: python -m bot " + command in capsys.readouterr().out


# -- /admin's door ----------------------------------------------------------------------------


async def test_admin_page_is_off_without_admin_token(sandbox):
    async with aiohttp.ClientSession() as http, http.get(f"{sandbox.url}/admin") as response:
        assert response.status == 404


@pytest.fixture
async def admin_sandbox(tmp_path) -> AsyncIterator[Sandbox]:
    box = fast_sandbox(tmp_path, config_overrides={"admin_token": ADMIN_TOKEN})
    async with running(box):
        yield box


async def test_admin_page_refuses_without_the_token(admin_sandbox):
    url = f"{admin_sandbox.url}/admin"
    async with aiohttp.ClientSession() as http:
        async with http.get(url) as response:
            assert response.status == 401
            body = await response.text()
            assert 'name="token"' in body and "Members per step" not in body
        wrong = {"Authorization": "Bearer not-the-admin-token-at-all"}
        async with http.get(url, headers=wrong) as response:
            assert response.status == 401
        async with http.get(url, cookies={"movehelper_admin": "1.forged"}) as response:
            assert response.status == 401
        right = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
        async with http.get(url, headers=right) as response:
            assert response.status == 200
            assert "Members per step" in await response.text()
            assert response.headers["Cache-Control"] == "no-store"
            assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]


@pytest.mark.parametrize("scopes", [NEEDED_ONLY, BOT_SCOPES])
async def test_admin_page_says_when_the_token_lacks_read_statuses_and_what_to_do(
    tmp_path, caplog, scopes
):
    """The bot asks the server at start, as the outbox would (its own statuses: 403 without
    the scope): without read:statuses, /admin lists it under "Needs attention" with the
    fix, its Stream table says so, and the log has it at WARNING; with it, none of that."""
    import logging

    caplog.set_level(logging.INFO)
    box = fast_sandbox(tmp_path, bot_scopes=scopes, config_overrides={"admin_token": ADMIN_TOKEN})
    async with (
        running(box),
        aiohttp.ClientSession() as http,
        http.get(
            f"{box.url}/admin", headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}
        ) as response,
    ):
        page = html.unescape(re.sub(r"<[^>]+>", "", await response.text()))
    lacking = scopes == NEEDED_ONLY
    assert ("The bot's token lacks read:statuses" in page) is lacking
    assert (f"Fix: create a token with the scopes {BOT_SCOPES}" in page) is lacking
    assert ("Own statusesnot readable (no read:statuses)" in page) is lacking
    assert ("Own statusesreadable" in page) is not lacking
    warned = [r for r in caplog.records if r.getMessage() == "token.missing_scope"]
    assert [(r.levelname, r.scope) for r in warned] == (
        [("WARNING", "read:statuses")] if lacking else []
    )


async def test_admin_login_form_sets_a_cookie_that_is_not_the_token(admin_sandbox):
    base = admin_sandbox.url
    # unsafe=True: send cookies to an IP address (127.0.0.1), as browsers do.
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
        async with http.post(f"{base}/admin/login", data={"token": "wrong"}) as response:
            assert response.status == 401
            assert "not the admin token" in await response.text()
        async with http.post(
            f"{base}/admin/login", data={"token": ADMIN_TOKEN}, allow_redirects=False
        ) as response:
            assert response.status == 303
            cookie = response.cookies["movehelper_admin"]
            assert ADMIN_TOKEN not in cookie.value
            assert cookie["httponly"] and cookie["samesite"] == "Strict"
            assert cookie["path"] == "/admin"
        async with http.get(f"{base}/admin") as response:
            assert response.status == 200
        async with http.post(f"{base}/admin/logout") as response:
            assert response.status == 401  # redirected back to the sign-in form


def test_locales_do_not_include_the_admin_templates():
    import replies

    assert "admin" not in replies.locales()
    assert "en" in replies.locales()


# -- the docs stay true ----------------------------------------------------------------------


def test_readme_links_the_deploy_guide_and_its_screenshots_exist():
    assert "(docs/deploy.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
    guide = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
    for name in ("admin.png", "admin-phone.png"):
        assert name in guide
        assert (ROOT / "docs" / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# -- sign-in: same delay, logged, sign-out ends the session on the server ---------------------


async def test_every_failed_sign_in_waits_the_same_and_is_logged_without_the_token(
    admin_sandbox, caplog
):
    import logging
    import time

    caplog.set_level(logging.INFO)
    url = f"{admin_sandbox.url}/admin"
    guesses = ["guess-number-one-xyz", "another-guess-abcdef"]
    timings: dict[str, list[float]] = {"bearer": [], "form": []}
    async with aiohttp.ClientSession() as http:
        # Twice each way, taken in turns: a loaded machine can hold up any one request by
        # half a second, so the ways are compared by their quickest answers.
        for via, guess in [("bearer", guesses[0]), ("form", guesses[1])] * 2:
            started = time.monotonic()
            if via == "bearer":
                request = http.get(url, headers={"Authorization": f"Bearer {guess}"})
            else:
                request = http.post(f"{url}/login", data={"token": guess})
            async with request as response:
                assert response.status == 401
            timings[via].append(time.monotonic() - started)
    assert min(timings["bearer"]) >= 0.5 and min(timings["form"]) >= 0.5
    assert abs(min(timings["bearer"]) - min(timings["form"])) < 0.45
    failures = [r for r in caplog.records if r.getMessage() == "admin.sign_in_failed"]
    assert [r.via for r in failures] == ["bearer", "form"] * 2
    for guess in [*guesses, ADMIN_TOKEN]:
        assert guess not in caplog.text


async def test_sign_out_ends_the_session_for_a_copied_cookie_too(admin_sandbox):
    base = admin_sandbox.url
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
        async with http.post(
            f"{base}/admin/login", data={"token": ADMIN_TOKEN}, allow_redirects=False
        ) as response:
            stolen = response.cookies["movehelper_admin"].value
        async with http.get(f"{base}/admin") as response:
            assert response.status == 200
        async with http.post(f"{base}/admin/logout", allow_redirects=False) as response:
            assert response.status == 303
    # Someone who copied the cookie before the sign-out cannot use it afterwards.
    async with (
        aiohttp.ClientSession() as thief,
        thief.get(f"{base}/admin", cookies={"movehelper_admin": stolen}) as response,
    ):
        assert response.status == 401
    # Signing in again works, with a new cookie.
    async with (
        aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http,
        http.post(f"{base}/admin/login", data={"token": ADMIN_TOKEN}) as response,
    ):
        assert response.status == 200 and "Members per step" in await response.text()


def test_stats_shows_the_running_bots_budget_not_this_shells(tmp_path, capsys, monkeypatch):
    """An admin checks the bot's headroom from any shell: the budget shown is the one the
    bot remembered at its last start (as `campaign status` plans with), not this shell's."""
    clock = FakeClock(datetime(2026, 5, 1, 12, tzinfo=UTC))
    database = tmp_path / "bot.sqlite3"
    store = seeded_store(database, clock)
    store.remember_budget(120)
    store.close()
    monkeypatch.setenv("STATUS_BUDGET", "250")

    assert main(["stats", "--database", str(database), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["status_budget"] == 120


def said_deleted(out: str) -> str:
    """What `forget` says it deleted: the counts after the colon, without the full stop."""
    return out.strip().rpartition(": ")[2].removesuffix(".")


def test_forget_counts_are_said_in_the_right_plural_forms():
    from bot.admin import _counted

    assert [_counted(1, "members"), _counted(2, "members"), _counted(3, "outbox")] == [
        "1 member",
        "2 members",
        "3 queued statuses",
    ]
