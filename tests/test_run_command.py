"""The bot is started one way everywhere (bot/footprint.py's RUN_COMMAND: python -OO), so
the memory bench/latency.py measures is the deployed bot's. tests/test_faults.py starts a
real bot with that command, so the bot is checked to work without docstrings too."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from bot.footprint import RUN_COMMAND

ROOT = Path(__file__).resolve().parent.parent


def test_procfile_runs_the_command() -> None:
    web = [line for line in (ROOT / "Procfile").read_text().splitlines() if line.startswith("web:")]
    assert web == ["web: " + " ".join(RUN_COMMAND)]


def test_the_systemd_unit_and_readme_run_the_command() -> None:
    unit = re.findall(r"^ExecStart=\S+/python (.*)$", (ROOT / "docs/deploy.md").read_text(), re.M)
    assert unit == [" ".join(RUN_COMMAND[1:])]
    assert f"`{' '.join(RUN_COMMAND)}`" in (ROOT / "README.md").read_text()


def test_the_latency_bench_measures_the_bot_as_run() -> None:
    """bench/latency.py starts again under -OO when it was not (its memory is the figure)."""
    flags = subprocess.run(
        [sys.executable, str(ROOT / "bench/latency.py"), "--flags"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout.split()
    assert flags == [f"optimize={RUN_COMMAND.count('-OO') * 2}"]
