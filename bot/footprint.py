"""What the process sets before the bot loads anything, to keep its memory small: one
malloc arena with big blocks given back, and the system's CA certificates held once.

`create_app` (bot/web/app.py) calls both first, so the sandbox, the tests and
production run with the same settings; each does nothing where it does not apply."""

from __future__ import annotations

import ctypes
import gc
import itertools
import re
import ssl
from collections.abc import Callable
from pathlib import Path

# How the bot is started (Procfile, docs/deploy.md's unit): -OO, so the interpreter keeps
# no docstring (this project's say why at length; asyncio's and aiohttp's are long too)
# and skips asserts (the bot's only narrow types). bench/latency.py --varied --every 4
# peaked at 76.6 MB with it, 78.0 without; bench/latency.py runs the bot the same way.
RUN_COMMAND = ("python", "-OO", "-m", "bot", "run")

_M_ARENA_MAX = -8  # mallopt parameters (glibc malloc.h)
_M_MMAP_THRESHOLD = -3
BIG_BLOCK = 128 * 1024  # glibc's own starting threshold, kept from then on


def one_malloc_arena() -> None:
    """Every thread allocates from one glibc malloc arena (as MALLOC_ARENA_MAX=1 would),
    and big blocks are given back when freed (as MALLOC_MMAP_THRESHOLD_=131072 would).

    The bot's few threads (SQLite's, start-up loading, the language detector's loader)
    would each get an arena of their own, and memory a thread frees stays in its arena:
    bench/latency.py's peak RSS was 76-79 MB, with one arena 75 MB. The threads seldom
    allocate at once: p50 and p99 were no worse. Elsewhere than glibc: nothing to do."""
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt(_M_ARENA_MAX, 1)
    # Blocks of BIG_BLOCK and more are mapped on their own and handed back to the system
    # when freed. glibc raises that threshold to the size of every mapped block freed (up
    # to 32 MB), so after the first page of notifications (a catch-up's 80 mentions are
    # 267 KB of text, read as chunks, joined, decoded) every later one came from the heap,
    # where the heap's high water stayed: bench/latency.py --varied grew 2.2 MB at the
    # first safety-net catch-up, and the buffers of loading stayed too. A fixed threshold
    # costs a map and an unmap a big block, a few a page.
    mallopt(_M_MMAP_THRESHOLD, BIG_BLOCK)


_MADV_DONTNEED = 4  # madvise advice (Linux mman.h)
_MAPPING = re.compile(r"([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+ +(.*)")


def let_go_of_clean_pages(library: str) -> int:
    """The pages of `library` this process has read and never written are unmapped from
    it (madvise MADV_DONTNEED), and read again from the file on their next use; how many
    kB were resident in them.

    lingua's library (100 MB: every language's models inside it) is read through once when
    the detector is built: its symbols, the code that decodes the models and the models'
    bytes, 3.7 MB that stayed in the bot's RSS for good. Let go, 2.6 MB of them come back
    with use (the code and tables detecting runs on): bench/latency.py --varied, lingua's
    mappings 4.2 → 3.0 MB, and the RSS of loading 3 MB lower. A page comes back at its
    first touch, from the page cache (a minor fault). Only read-only mappings without one
    private (copied) page are let go, so nothing the loader relocated or the library wrote
    is lost. Elsewhere than Linux: nothing to do."""
    return _let_go(library.__eq__)


# The libraries a bot on TLS reads for every connection it makes (its stream, its posts,
# other servers' lookups): their pages stay. bench/latency.py talks to its fake server
# without TLS, so it would never bring them back, and its figure would flatter a deployed bot.
_TLS = ("libssl", "libcrypto", "_ssl.")


def let_go_of_library_pages() -> int:
    """Once the bot has loaded, the clean pages of every file it maps (the interpreter's
    library, libc, SQLite, the extension modules, lingua's) leave its RSS as lingua's did
    (let_go_of_clean_pages), but TLS's; kB.

    Start-up runs code that running never does again: the import system and the compiler,
    the migrations, the tables' building, the code of the loaded modules' set-up. Each
    page the bot runs on comes back from the page cache at its first touch (a minor fault,
    once). bench/latency.py --varied --every 4 against main 03507f9: after load 69.7 →
    65.3 MB, peak 77.3 → 74.6 MB (p50 10.2 → 9.8 ms); of the files' 2.4 MB still out after
    761 mentions, the interpreter's library 0.75, SQLite 0.27, _decimal (imported, never
    used) 0.28. The session that let go of lingua's pages measured this for every file,
    OpenSSL's too (peak 70.7 MB), and kept it for lingua alone: a bot on TLS reads
    OpenSSL's again, which the bench would not. Elsewhere than Linux: nothing to do."""
    return _let_go(_not_tls)


def _not_tls(path: str) -> bool:
    """A mapped file (not the heap, a stack or an anonymous mapping) and none of _TLS."""
    return path.startswith("/") and not any(name in path.rsplit("/", 1)[-1] for name in _TLS)


def _let_go(wanted: Callable[[str], bool]) -> int:
    """The clean pages of each mapped file `wanted` says yes to let go of; kB."""
    try:
        smaps = Path("/proc/self/smaps").read_text()
        madvise = ctypes.CDLL(None).madvise
    except (OSError, AttributeError):
        return 0
    madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    freed = 0
    for block in re.split(r"\n(?=[0-9a-f]+-[0-9a-f]+ )", smaps):
        head, _, rest = block.partition("\n")
        found = _MAPPING.match(head)
        if found is None or not wanted(found[4]) or "w" in found[3]:
            continue
        fields = dict(line.split(":", 1) for line in rest.splitlines() if ":" in line)
        size = {key: int(value.split()[0]) for key, value in fields.items() if value.endswith("kB")}
        if size.get("Anonymous", 1) or size.get("Private_Dirty", 1) or not size.get("Rss"):
            continue
        start, end = int(found[1], 16), int(found[2], 16)
        if madvise(start, end - start, _MADV_DONTNEED) == 0:
            freed += size["Rss"]
    return freed


def one_certificate_store() -> None:
    """The system's CA certificates are held once, by the context that verifies with them.

    aiohttp makes two TLS contexts when it is imported, and both load every certificate
    of the system's store (144 here, 0.8 MB each): the verified one, which the bot's
    sessions use, and the one for `ssl=False` and fingerprints, which verifies nothing and
    which the bot never asks for. That one is replaced by the same context without the
    store, so its 0.8 MB is freed before the tables and the detector load into it. Should
    aiohttp stop making it, nothing is done."""
    from aiohttp import connector

    unverified = getattr(connector, "_SSL_CONTEXT_UNVERIFIED", None)
    if not isinstance(unverified, ssl.SSLContext) or unverified.verify_mode != ssl.CERT_NONE:
        return
    if not unverified.cert_store_stats()["x509"]:
        return
    bare = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    bare.check_hostname = False
    bare.verify_mode = ssl.CERT_NONE
    bare.options = unverified.options
    bare.set_alpn_protocols(("http/1.1",))
    connector._SSL_CONTEXT_UNVERIFIED = bare


# Messages handled between two full garbage collections (free_lists_now_and_then).
COLLECT_EVERY = 256
_handled = itertools.count(1)


def free_lists_now_and_then() -> None:
    """A full garbage collection once every COLLECT_EVERY messages handled, for the free
    lists it empties, not for garbage.

    Python keeps freed tuples (up to 2,000 of each length), floats, lists and dicts on
    free lists for reuse, and empties them only at a full collection; the bot freezes
    what it loads (create_app) and makes few lasting objects after, so none came:
    bench/latency.py --varied ran 3,663 mentions without one. The objects on those lists
    pin pymalloc's pools, so the next message's words, of other sizes, took new ones. A
    collection scans only what came after the freeze: 5-15 ms, once every 256 messages."""
    if next(_handled) % COLLECT_EVERY == 0:
        gc.collect()
