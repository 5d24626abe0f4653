"""Shared test setup: the sandbox fixture, and sibling test modules importable as helpers."""

import importlib.util
import os
import shutil
import sys
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from hypothesis import settings

sys.path.insert(0, str(Path(__file__).parent))

from harness import fast_sandbox, running

from bot.clock import FakeClock
from bot.sandbox import Sandbox


def _temporary_files_in_memory() -> None:
    """Every database the tests make is thrown away, yet SQLite syncs it to disk: on an
    ext4 /tmp that made each Store.open 47 ms instead of 14 (every sandbox, every bot
    restart). Where a memory-backed /dev/shm has room, tmp_path and the processes the
    tests start put their files there; a TMPDIR set by whoever runs the tests wins."""
    shm = Path("/dev/shm")
    if os.environ.get("TMPDIR") or not shm.is_dir() or not os.access(shm, os.W_OK):
        return
    try:
        if shutil.disk_usage(shm).free < 2 * 2**30:  # a container's 64 MB: leave it be
            return
    except OSError:
        return
    os.environ["TMPDIR"] = str(shm)
    tempfile.tempdir = None  # read again from TMPDIR


_temporary_files_in_memory()


@pytest.fixture
async def sandbox(tmp_path) -> AsyncIterator[Sandbox]:
    async with running(fast_sandbox(tmp_path)) as box:
        yield box


@pytest.fixture
async def clocked(tmp_path) -> AsyncIterator[tuple[Sandbox, FakeClock]]:
    """A sandbox on an injected clock, for tests that must not wait in real time."""
    clock = FakeClock()
    async with running(fast_sandbox(tmp_path, clock=clock)) as box:
        yield box, clock


# CI runs property tests with fixed examples, so a red build is reproducible;
# locally hypothesis explores new examples each run.
if os.environ.get("CI"):
    settings.register_profile("ci", derandomize=True, deadline=None)
    settings.load_profile("ci")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "trainer: trains the second opinion with numpy and scikit-learn (the `train` extra);"
        " skipped without them, and .ci/run runs these tests alone in .venv-train",
    )


def pytest_runtest_setup(item: pytest.Item) -> None:
    """A test marked `trainer` is skipped where scikit-learn is missing (the bot's own
    venv); one that needs it unmarked fails there on the import instead of skipping, so it
    cannot go unrun (.ci/run's .venv-train runs only the marked ones: `-m trainer`)."""
    if item.get_closest_marker("trainer") and importlib.util.find_spec("sklearn") is None:
        pytest.skip("the trainer's extra is not installed (pip install -e '.[test,train]')")


# The files that take longest, longest first (seconds of one core, session 26). pytest-xdist
# hands a worker one file at a time in the order of the collection (addopts
# `--no-loadscope-reorder`; its default order, most tests first, left these few-test files
# to the end, where one of them kept a core busy for minutes after the other had run out of
# work); every other file follows in its usual order.
# Files that start the bot as a subprocess within a wall-clock limit (test_config,
# test_lease, test_faults, test_try, test_imports, test_admin) are not moved here: first,
# beside these CPU-bound files on a machine at load 15, a start-up overran its 30 s.
SLOWEST_FIRST = [
    "test_as_members_turns.py",  # 60 (seconds on one core, session 26)
    "test_second_opinion.py",  # 50
    "test_heldout.py",  # 25
    "test_campaign.py",  # 23
    "test_delivery.py",  # 16
    "test_locales.py",  # 15
    "test_catch_up.py",  # 15
    "test_as_members_walk.py",  # 13
    "test_myth_index.py",  # 12
    "test_burst.py",  # 11
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: n for n, name in enumerate(SLOWEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: files stay whole
