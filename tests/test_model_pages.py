"""lingua's pages read once at load leave the bot's RSS (bot/footprint.py,
let_go_of_clean_pages), and the detector reads the same after.

Runs in a fresh process: the pages are the process's, and other tests load lingua too.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CHECK = """
from lingua import lingua as native
import os
from bot import language

TEXTS = ["do my posts move?", "wie lange dauert der Umzug", "est-ce que mes abonnés suivent",
         "¿se mudan mis seguidores?", "hello there", "投稿は移りますか"]

def resident():
    path, kb, mine = os.path.realpath(native.__file__), 0, False
    for line in open("/proc/self/smaps"):
        if "-" in line.split(" ", 1)[0] and not line.startswith(("Rss", "Size")):
            mine = line.rstrip().endswith(path)
        elif mine and line.startswith("Rss:"):
            kb += int(line.split()[1])
    return kb

language.load()
def read():
    # lingua sums in a hash map's order: the last bits of a confidence vary from call to call
    return [(g.locale, round(g.confidence, 9)) for g in map(language.detect.__wrapped__, TEXTS)]

before = read()
held = resident()
freed = language.let_go_of_model_pages()
after = read()
print(held, freed, resident(), before == after)
"""


@pytest.mark.skipif(not Path("/proc/self/smaps").exists(), reason="Linux only")
def test_the_models_pages_leave_and_the_detector_reads_the_same():
    done = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=True, cwd=ROOT
    )
    held, freed, resident, same = done.stdout.split()
    assert same == "True"
    assert int(freed) > 1024  # about 3.7 MB, of which about 1.7 come back with use
    assert int(resident) < int(held) - 1024
