"""A big block the bot frees goes back to the system (bot/footprint.py, one_malloc_arena).

glibc maps blocks of 128 KB and more on their own at first, but raises that threshold to
the size of every mapped block freed: after one page of notifications (267 KB of text)
every later one came from the heap, whose high water stayed in the bot's RSS. Each check
runs in a fresh process, as the setting is the process's.
"""

from __future__ import annotations

import ctypes.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CHECK = """
import sys
from bot.footprint import one_malloc_arena

def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024

if sys.argv[1] == "set":
    one_malloc_arena()
block = bytearray(6 * 2**20)  # a big block freed: glibc's own threshold would rise past it
del block
before = rss()
block = bytearray(4 * 2**20)
kept = [bytearray(100) for _ in range(100)]  # small ones made after it, still alive
del block
print(rss() - before)
"""


def _kept_mb(setting: str) -> float:
    done = subprocess.run(
        [sys.executable, "-c", CHECK, setting],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return float(done.stdout.strip())


@pytest.mark.skipif(
    not Path("/proc/self/status").exists() or "libc.so" not in str(ctypes.util.find_library("c")),
    reason="glibc on Linux only",
)
def test_a_big_block_freed_leaves_the_bots_rss():
    assert _kept_mb("unset") > 3.5  # without the setting it stays: the check can see it
    assert _kept_mb("set") < 0.5
