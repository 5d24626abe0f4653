"""The running bot empties Python's free lists now and then (bot/footprint.py).

The bot freezes what it loads and makes few lasting objects after, so Python never came to
a full collection of its own (bench/latency.py --varied: none in 3,663 mentions), and the
free lists that only a full collection empties pinned pymalloc's pools: the run's peak RSS
was about 1 MB higher.
"""

from __future__ import annotations

import gc

from bot import footprint


def test_a_full_collection_comes_once_every_collect_every_calls():
    full = _full_collections()
    try:
        for _ in range(footprint.COLLECT_EVERY):
            footprint.free_lists_now_and_then()
        assert len(full) == 1
    finally:
        gc.callbacks.remove(full.append_full)


async def test_the_bot_collects_fully_while_it_answers(sandbox, monkeypatch):
    monkeypatch.setattr(footprint, "COLLECT_EVERY", 3)
    full = _full_collections()
    try:
        for n in range(3):
            await sandbox.exchange(sandbox.mention(f"member{n}", "do my posts move?"))
        assert full
    finally:
        gc.callbacks.remove(full.append_full)


class _Full(list):
    def append_full(self, phase: str, info: dict) -> None:
        if phase == "start" and info["generation"] == 2:
            self.append(info)


def _full_collections() -> _Full:
    full = _Full()
    gc.callbacks.append(full.append_full)
    return full
