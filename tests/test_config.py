"""Bad configuration stops the process with exit 2 and one line naming the variable."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import LOG_LEVELS, SETTINGS, Config, ConfigError

GOOD = {
    "MASTODON_API_BASE_URL": "https://example.social",
    "MASTODON_ACCESS_TOKEN": "s3cr3t-token-value",
}


def run_bot(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in {s.name for s in SETTINGS}}
    return subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=30,
    )


@pytest.mark.parametrize(
    ("env", "variable"),
    [
        ({}, "MASTODON_API_BASE_URL"),
        ({"MASTODON_API_BASE_URL": "https://example.social"}, "MASTODON_ACCESS_TOKEN"),
        ({**GOOD, "MASTODON_API_BASE_URL": "example.social"}, "MASTODON_API_BASE_URL"),
        ({**GOOD, "PORT": "eighty"}, "PORT"),
        ({**GOOD, "PORT": "70000"}, "PORT"),
        ({**GOOD, "LOG_LEVEL": "chatty"}, "LOG_LEVEL"),
        ({**GOOD, "ARCHIVE_DOWNLOAD_WINDOW_HOURS": "-3"}, "ARCHIVE_DOWNLOAD_WINDOW_HOURS"),
        ({**GOOD, "BOT_LANGUAGE": "xx"}, "BOT_LANGUAGE"),
        ({**GOOD, "ADMIN_TOKEN": "short"}, "ADMIN_TOKEN"),
    ],
)
def test_bad_configuration_exits_2_naming_the_variable(env, variable):
    result = run_bot(env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == (2 if not env else 1)  # one line per bad variable
    assert variable in lines[0]
    assert all(line.startswith("configuration error: ") and ". Fix: set " in line for line in lines)


def test_token_never_in_error_or_repr():
    token = "tok-with spaces-is-bad"
    result = run_bot(
        {"MASTODON_API_BASE_URL": "https://example.social", "MASTODON_ACCESS_TOKEN": token}
    )
    assert result.returncode == 2
    assert token not in result.stderr
    config = Config.from_env(GOOD)
    assert GOOD["MASTODON_ACCESS_TOKEN"] not in repr(config)


def test_defaults():
    config = Config.from_env(GOOD)
    assert config.port == 8080
    assert config.archive_download_window_hours == 48
    assert config.database_path.name.endswith(".sqlite3")
    assert config.api_base_url == "https://example.social"


def test_config_error_names_variable():
    with pytest.raises(ConfigError) as caught:
        Config.from_env({**GOOD, "RETENTION_DAYS": "0"})
    assert caught.value.variable == "RETENTION_DAYS"


def read_elsewhere() -> set[str]:
    """Variables the code reads by name outside bot/config.py's SETTINGS (os.environ,
    getenv): settings too, which the README must list."""
    root = Path(__file__).resolve().parent.parent
    pattern = re.compile(r"""(?:environ\.get\(|environ\[|getenv\()\s*["']([A-Z][A-Z0-9_]*)["']""")
    found = {
        name
        for folder in ("bot", "storage", "replies")
        for path in (root / folder).rglob("*.py")
        if "fake" not in path.relative_to(root).parts
        for name in pattern.findall(path.read_text(encoding="utf-8"))
    }
    return found - {s.name for s in SETTINGS}


def test_the_readme_documents_every_setting_and_only_those():
    """README's settings table is what an admin sets: every variable bot/config.py reads,
    with its default, then any other the code reads by name, and no other; a setting with
    a fixed set of values names them all (LOG_LEVEL=CRITICAL is accepted, so the README
    must say so)."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    table = readme.split("### Settings", 1)[1].split("\n\n", 2)[1]
    rows = {}
    for line in table.splitlines()[2:]:
        name, default, meaning = (cell.strip() for cell in line.strip("|").split("|", 2))
        rows[name.strip("`")] = (default, meaning)
    names = [s.name for s in SETTINGS]
    assert list(rows)[: len(names)] == names
    assert set(list(rows)[len(names) :]) == read_elsewhere()
    for setting in SETTINGS:
        default, _ = rows[setting.name]
        expected = "(required)" if setting.default is None else f"`{setting.default}`"
        assert default == (expected if setting.default != "" else "(empty)"), setting.name
    assert all(f"`{level}`" in rows["LOG_LEVEL"][1] for level in LOG_LEVELS), rows["LOG_LEVEL"]
