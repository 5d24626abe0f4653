"""Round 71's retirement: asking whether there is still time is no "not yet".

The retrained model read "今からでも間に合う？" ("am I still in time, even now?") at the
alias step as the step not done yet, by a margin just over COMMAND_AT_A_STEP. Its words
("まだ", "今から") are a not-yet's; what it asks is the time left. These are the class.
"""

from __future__ import annotations

import pytest

from bot.interpret import read


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("今からでも間に合う？", "alias"),
        ("まだ間に合いますか", "move"),
        ("まだ間に合うかな", "archive"),
        ("今からやっても間に合う？", "export"),
    ],
)
def test_asking_if_still_in_time_is_no_not_yet(text: str, where: str) -> None:
    assert read(text, where=where, locale="ja").command is None


@pytest.mark.parametrize(("text", "where"), [("まだです", "alias"), ("まだ終わってない", "move")])
def test_not_yet_is_still_not_yet(text: str, where: str) -> None:
    assert read(text, where=where, locale="ja").command == "not_yet"
