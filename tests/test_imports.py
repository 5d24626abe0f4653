"""The module graph: no import cycles (not even through imports inside functions, which
hide a cycle until the wrong module is imported first), and storage knows nothing of bot/."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "storage", "replies")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {
        _module_name(path): path
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
    }


def _imports(path: Path, name: str, known: set[str]) -> set[str]:
    """First-party modules a file imports anywhere in it (top level or inside functions)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    # Imports under `if TYPE_CHECKING:` never run: they are for annotations only.
    for block in ast.walk(tree):
        if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test):
            block.body = []
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
        for target in targets:
            # `from bot.web import metrics` imports bot.web.metrics; `from bot.x import f`
            # imports bot.x: take the longest known module the name starts with.
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name and not name.startswith(target + "."):
                found.add(target)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {name: _imports(path, name, known) for name, path in modules.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle, if any (depth-first search with colours)."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_checker_finds_a_cycle():
    """The check itself can fail: a made-up graph with a circle is caught."""
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


# The fake Mastodon server builds its routes lazily (server -> routes -> server); it is a
# test double, not the bot, and is left out of the check.
OUTSIDE_THE_CHECK = ("bot.fake",)


def test_the_bot_imports_in_no_circle():
    graph = {
        name: {d for d in deps if not d.startswith(OUTSIDE_THE_CHECK)}
        for name, deps in _graph().items()
        if not name.startswith(OUTSIDE_THE_CHECK)
    }
    web = {name: deps for name, deps in graph.items() if name.startswith("bot.web")}
    assert set(web) >= {
        "bot.web.app",
        "bot.web.state",
        "bot.web.routes",
        "bot.web.admin_page",
        "bot.web.metrics",
        "bot.web.health",
    }
    assert _cycle(graph) is None, f"import cycle: {' -> '.join(_cycle(graph) or [])}"


def test_storage_imports_nothing_from_bot():
    graph = _graph()
    offenders = {
        name: sorted(d for d in deps if d == "bot" or d.startswith("bot."))
        for name, deps in graph.items()
        if name == "storage" or name.startswith("storage.")
    }
    assert not any(offenders.values()), offenders


@pytest.mark.parametrize("module", ["bot.web.admin_page", "bot.web.metrics", "bot.web.health"])
def test_each_route_module_imports_on_its_own(module):
    """Imported first, in a fresh interpreter, each route module loads (a circle would not)."""
    result = subprocess.run(
        [sys.executable, "-c", f"import {module}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


# The running bot, from start-up through answering a mention, against the fake server in
# the same process; prints the third-party modules it loaded that it must not need.
_RUN_THE_BOT = """
import asyncio, sys, tempfile
from pathlib import Path
from aiohttp import web
from bot.config import Config
from bot.fake import FakeMastodon
from bot.sandbox import BOT_SCOPES
from bot.web.app import BOT_KEY, create_app

async def main():
    fake = FakeMastodon("example.social", heartbeat_interval=0.2)
    token = fake.issue_token(fake.create_account("helper", bot=True), BOT_SCOPES)
    fake.create_account("alice")
    await fake.start()
    with tempfile.TemporaryDirectory() as workdir:
        config = Config(api_base_url=fake.base_url, access_token=token,
                        database_path=Path(workdir) / "b.sqlite3")
        runner = web.AppRunner(create_app(config))
        await runner.setup()
        bot = runner.app[BOT_KEY]
        while not bot.health.connected:
            await asyncio.sleep(0.01)
        fake.post_status("alice", "@helper do my posts move?", visibility="public")
        for _ in range(1000):
            if bot.health.latency_count:
                break
            await asyncio.sleep(0.01)
        answered = bot.health.latency_count
        await runner.cleanup()
    await fake.stop()
    loaded = {m.split(".")[0] for m in sys.modules}
    print(answered, sorted(loaded & {"mastodon", "requests", "prometheus_client"}))

asyncio.run(main())
"""


def test_the_running_bot_never_imports_what_it_does_not_need():
    """Mastodon.py (and requests under it) cost the running bot 10 MB of memory for calls
    aiohttp makes as well: only setup and OAuth (bot/admin.py) may load it. And
    prometheus_client (1 MB) waits for the first scrape of /metrics, which many a bot
    never gets."""
    result = subprocess.run(
        [sys.executable, "-c", _RUN_THE_BOT],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["1", "[]"], result.stdout


def test_the_bot_reads_no_system_table_of_file_types():
    """aiohttp.web makes a table of file types at import for static files, which the bot
    never serves: built from the system's mime.types it held 1,550 types (0.3 MB of RSS),
    from Python's own list about 150 (bot/__init__.py)."""
    result = subprocess.run(
        [sys.executable, "-c", "import bot.web.app, mimetypes; print(len(mimetypes.types_map))"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) < 400


def test_the_system_certificates_are_held_once(tmp_path):
    """aiohttp's import loads the system's CA store into two TLS contexts: the verified one
    the bot's sessions use, and the one for ssl=False, which verifies nothing (0.8 MB of
    the running bot's memory). create_app gives the latter a context without the store,
    which verifies as little as before."""
    import ssl

    from aiohttp import connector

    from bot.config import Config
    from bot.web.app import create_app

    create_app(
        Config(
            api_base_url="https://example.social",
            access_token="t",
            database_path=tmp_path / "b.sqlite3",
        )
    )
    unverified = connector._SSL_CONTEXT_UNVERIFIED
    assert unverified.verify_mode == ssl.CERT_NONE and not unverified.check_hostname
    assert unverified.cert_store_stats()["x509"] == 0
    assert unverified.get_ca_certs() == []
    assert connector._SSL_CONTEXT_VERIFIED.verify_mode == ssl.CERT_REQUIRED


def test_the_running_bot_maps_no_cpp_runtime():
    """frozenlist's compiled FrozenList is C++, the one extension that mapped libstdc++ into
    the bot's process (0.8 MB of VmRSS after loading, bench/latency.py); bot/__init__.py
    asks for its Python class, which aiohttp's few signal lists do as well with."""
    import os

    code = (
        "import sys, bot.web.app; from bot import language; language.load(); "
        "print('frozenlist._frozenlist' in sys.modules, "
        "any('libstdc++' in line for line in open('/proc/self/maps')))"
    )
    env = {k: v for k, v in os.environ.items() if k != "FROZENLIST_NO_EXTENSIONS"}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"], result.stdout
