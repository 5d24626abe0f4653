"""Shared test setup: the sandbox fixture, and sibling test modules importable as helpers."""

import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from harness import FAST

from bot.sandbox import Sandbox


@pytest.fixture
async def sandbox(tmp_path) -> AsyncIterator[Sandbox]:
    box = Sandbox(tmp_path, tuning=FAST, heartbeat_interval=0.2)
    await box.start()
    await box.wait_connected()
    yield box
    await box.stop()
