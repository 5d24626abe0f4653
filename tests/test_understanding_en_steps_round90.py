"""English classes of session 51 (en-steps): step answers and DMs, chosen on round 89's
tuning half. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import read_row


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("please tell me what is next step", "export"),
        ("please tell me what the next step is", "archive"),
        ("kindly tell me the next step", "download"),
        ("can you tell me what's the next step", "profile"),
        ("tell me next step please", "alias"),
        ("please tell me the next step now", "import"),
    ],
)
def test_told_the_next_step_is_status(text: str, where: str) -> None:
    """A request to be told the next step ("please tell me what is next step"): where the
    walkthrough stands (status), though "next step" alone orders to skip this one."""
    assert read_row({"text": text, "where": where}).command == "status"


@pytest.mark.parametrize(
    "text",
    [
        "skip it, whats next",
        "skip this, next step",
        "dont need the archive, next step please",
        "no need for the archive, on to the next one",
    ],
)
def test_skipped_then_next_still_skips(text: str) -> None:
    """The skip said in a clause of its own, the next step after it: the order to skip."""
    assert read_row({"text": text, "where": "archive"}).command == "skip"
