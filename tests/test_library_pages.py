"""Once loaded, the bot lets go of the clean pages of every library it maps but TLS's
(bot/footprint.py, let_go_of_library_pages), and runs on as before.

Runs in a fresh process: the pages are the process's own.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CHECK = """
import sqlite3, ssl
from bot import footprint

def resident(part):
    kb, mine = 0, False
    for line in open("/proc/self/smaps"):
        if "-" in line.split(" ", 1)[0] and not line.startswith(("Rss", "Size")):
            mine = part in line.rstrip().rsplit("/", 1)[-1]
        elif mine and line.startswith("Rss:"):
            kb += int(line.split()[1])
    return kb

def work():
    db = sqlite3.connect(":memory:")
    db.execute("create table t (x)")
    db.executemany("insert into t values (?)", [(n,) for n in range(100)])
    return db.execute("select sum(x), count(*) from t").fetchone()

ssl.create_default_context()
before = work()
crypto, sqlite = resident("libcrypto"), resident("libsqlite3")
freed = footprint.let_go_of_library_pages()
print(freed, crypto, resident("libcrypto"), sqlite, resident("libsqlite3"), before == work())
"""


@pytest.mark.skipif(not Path("/proc/self/smaps").exists(), reason="Linux only")
def test_library_pages_leave_but_tls_ones_and_the_process_runs_on():
    done = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=True, cwd=ROOT
    )
    freed, crypto, crypto_after, sqlite, sqlite_after, same = done.stdout.split()
    assert same == "True"
    assert int(freed) > 1024  # the interpreter's library alone holds more
    assert int(crypto) > 0 and int(crypto_after) == int(crypto)  # OpenSSL's stay
    assert int(sqlite_after) < int(sqlite)


def test_only_mapped_files_but_tls_ones_are_let_go():
    from bot.footprint import _not_tls

    assert _not_tls("/usr/lib/x86_64-linux-gnu/libsqlite3.so.0.8.6")
    assert _not_tls("/usr/lib/python3.11/lib-dynload/_decimal.cpython-311-x86_64-linux-gnu.so")
    assert not _not_tls("/usr/lib/x86_64-linux-gnu/libcrypto.so.3")
    assert not _not_tls("/usr/lib/x86_64-linux-gnu/libssl.so.3")
    assert not _not_tls("/usr/lib/python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so")
    assert not _not_tls("[heap]")
    assert not _not_tls("")
