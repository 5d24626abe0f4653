"""The newcomer's path: `python -m bot try` with piped input answers like a member's client shows."""

from __future__ import annotations

import subprocess
import sys
import time


def test_try_answers_piped_lines():
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "bot", "try"],
        input="do my posts move?\n!does my follow list move?\nmove\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    direct = [line for line in lines if line.startswith("helper (direct): @you ")]
    public = [line for line in lines if line.startswith("helper (unlisted): @you ")]
    assert len(direct) == 2 and len(public) == 1, result.stdout
    assert "posts" in direct[0].lower()
    assert "Following list" in result.stdout  # the follows answer names the import type
    assert "Which way are you going?" in result.stdout
    assert "(no reply)" not in result.stdout
    assert time.monotonic() - started < 30
