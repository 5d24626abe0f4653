"""Configuration from the environment, validated once at start (twelve-factor).

A bad value stops the process with exit status 2 and one line per bad variable, naming
it and its fix, so an admin sees at once what to fix. The access token is never part of
any message. Every command also reads a `.env` file in the working directory (the one
`register` writes), so the admin commands find what `run` uses; a variable set in the
environment wins over the file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
SUPPORTED_LANGUAGES = ("en", "de", "fr", "es", "ja")


class ConfigError(Exception):
    """One bad setting; str() is the single line shown to the admin."""

    def __init__(self, variable: str, problem: str) -> None:
        super().__init__(f"{variable}: {problem}")
        self.variable = variable

    @property
    def fix(self) -> str:
        setting = next((s for s in SETTINGS if s.name == self.variable), None)
        what = f" ({setting.meaning.rstrip('.')})" if setting else ""
        return f"set {self.variable} in the environment or in .env{what}"


def read_dotenv(path: Path) -> dict[str, str]:
    """The KEY=VALUE lines of a .env file, as `register` writes it (comments, blank lines,
    `export KEY=...` and quoted values are understood too). Missing file: nothing."""
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError):
        return {}
    values: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.removeprefix("export ").partition("=")
        if not sep or not key.strip():
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[key.strip()] = value
    return values


def environment(directory: Path | None = None) -> dict[str, str]:
    """Where settings come from: `.env` in the working directory when there is one, with
    the process environment winning over it."""
    return {**read_dotenv((directory or Path.cwd()) / ".env"), **os.environ}


@dataclass(frozen=True)
class Setting:
    """One environment variable: its default, how to parse it, and what it means (for the README)."""

    name: str
    default: str | None
    meaning: str
    parse: Callable[[str, str], Any]
    secret: bool = False


def _url(name: str, raw: str) -> str:
    parsed = urlparse(raw.strip())
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ConfigError(name, "must be the server's base URL, like https://example.social")
    return raw.strip().rstrip("/")


def _token(name: str, raw: str) -> str:
    value = raw.strip()
    if len(value) < 8 or any(c.isspace() for c in value):
        raise ConfigError(name, "does not look like an access token (too short or contains spaces)")
    return value


def _int_range(low: int, high: int) -> Callable[[str, str], int]:
    def parse(name: str, raw: str) -> int:
        try:
            value = int(raw.strip())
        except ValueError:
            raise ConfigError(name, f"must be a whole number, got {raw.strip()[:20]!r}") from None
        if not low <= value <= high:
            raise ConfigError(name, f"must be between {low} and {high}, got {value}")
        return value

    return parse


def _float_range(low: float, high: float) -> Callable[[str, str], float]:
    def parse(name: str, raw: str) -> float:
        try:
            value = float(raw.strip())
        except ValueError:
            raise ConfigError(name, f"must be a number, got {raw.strip()[:20]!r}") from None
        if not low <= value <= high:
            raise ConfigError(name, f"must be between {low:g} and {high:g}, got {value:g}")
        return value

    return parse


def _choice(options: tuple[str, ...], upper: bool = False) -> Callable[[str, str], str]:
    def parse(name: str, raw: str) -> str:
        value = raw.strip().upper() if upper else raw.strip().lower()
        if value not in options:
            raise ConfigError(
                name, f"must be one of {', '.join(options)}, got {raw.strip()[:20]!r}"
            )
        return value

    return parse


def _path(name: str, raw: str) -> Path:
    if not raw.strip():
        raise ConfigError(name, "must not be empty")
    return Path(raw.strip()).expanduser()


def _optional_secret(name: str, raw: str) -> str | None:
    value = raw.strip()
    if not value:
        return None
    if len(value) < 16:
        raise ConfigError(name, "must be at least 16 characters (it guards the admin page)")
    return value


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "MASTODON_API_BASE_URL", None, "Your server's base URL, e.g. https://example.social.", _url
    ),
    Setting(
        "MASTODON_ACCESS_TOKEN",
        None,
        "The bot account's access token (see Running it for real).",
        _token,
        secret=True,
    ),
    Setting(
        "DATABASE_PATH",
        "move-helper.sqlite3",
        "SQLite file with members' steps, reminders and the outbox. Put it on a persistent disk.",
        _path,
    ),
    Setting("PORT", "8080", "HTTP port for /healthz, /metrics and /admin.", _int_range(1, 65535)),
    Setting(
        "LOG_LEVEL",
        "INFO",
        "DEBUG, INFO, WARNING, ERROR or CRITICAL.",
        _choice(LOG_LEVELS, upper=True),
    ),
    Setting(
        "BOT_LANGUAGE",
        "en",
        "Language used when neither the member's choice, the text nor the status's tag says "
        "which of the five (en, de, fr, es, ja) to use.",
        _choice(SUPPORTED_LANGUAGES),
    ),
    Setting(
        "ARCHIVE_DOWNLOAD_WINDOW_HOURS",
        "48",
        "Hours within which the bot reminds a member to download a requested archive.",
        _float_range(0.0005, 24 * 30),
    ),
    Setting(
        "ARCHIVE_RETENTION_DAYS",
        "7",
        "Your server's 'User archive retention period' (Mastodon's default is 7 days).",
        _int_range(0, 3650),
    ),
    Setting(
        "RETENTION_DAYS",
        "90",
        "Days after a walkthrough finished or went silent before the member's rows are deleted.",
        _int_range(1, 3650),
    ),
    Setting(
        "STATUS_BUDGET",
        "300",
        "Statuses the bot may post per 3 hours (Mastodon's per-account limit is 300).",
        _int_range(1, 100000),
    ),
    Setting(
        "ADMIN_TOKEN",
        "",
        "Enables /admin behind this token (16+ characters). Empty: page off.",
        _optional_secret,
        secret=True,
    ),
    Setting(
        "BOT_SECOND_OPINION",
        "on",
        "off: the phrase tables alone read messages; on: the learned second opinion may answer where they are unsure.",
        _choice(("on", "off")),
    ),
    Setting(
        "MAX_HANDLING_ATTEMPTS",
        "3",
        "Starts of handling one message (each restart after it hung or crashed the bot counts) "
        "before the bot gives up on it and apologises to the member.",
        _int_range(1, 100),
    ),
    Setting(
        "HANDLING_TIMEOUT_SECONDS",
        "120",
        "Seconds the bot may take to decide the answer to one message (it may wait on other "
        "servers) before it gives up on it as hung and apologises to the member.",
        _float_range(1, 3600),
    ),
)


@dataclass(frozen=True)
class Config:
    api_base_url: str
    access_token: str = field(repr=False)
    database_path: Path = Path("move-helper.sqlite3")
    port: int = 8080
    log_level: str = "INFO"
    bot_language: str = "en"
    archive_download_window_hours: float = 48.0
    archive_retention_days: int = 7
    retention_days: int = 90
    status_budget: int = 300
    admin_token: str | None = field(default=None, repr=False)
    second_opinion: str = "on"
    max_handling_attempts: int = 3
    handling_timeout_seconds: float = 120.0

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Config:
        """Read and validate every setting; raise ConfigError on the first bad one."""
        values, problems = cls.parse(env)
        if problems:
            raise problems[0]
        return cls(**values)

    @classmethod
    def parse(
        cls, env: Mapping[str, str] | None = None
    ) -> tuple[dict[str, Any], list[ConfigError]]:
        """Every setting that is good (by attribute name) and every one that is not, so that
        an admin sees all the problems at once."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        problems: list[ConfigError] = []
        names = [f.name for f in fields(cls)]
        for setting, attribute in zip(SETTINGS, names, strict=True):
            raw = env.get(setting.name)
            try:
                if raw is None or (raw.strip() == "" and setting.default is None):
                    if setting.default is None:
                        raise ConfigError(setting.name, "is required but not set")
                    raw = setting.default
                values[attribute] = setting.parse(setting.name, raw)
            except ConfigError as error:
                problems.append(error)
        return values, problems
