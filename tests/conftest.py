"""Shared test setup: the sandbox fixture, and sibling test modules importable as helpers."""

import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from hypothesis import settings

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


# CI runs property tests with fixed examples, so a red build is reproducible;
# locally hypothesis explores new examples each run.
if os.environ.get("CI"):
    settings.register_profile("ci", derandomize=True, deadline=None)
    settings.load_profile("ci")
