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


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("lets skip the import, ill start fresh on my follows", "import"),
        ("skip the import, i'll start fresh with my follows", "import"),
        ("skip this one, i want a fresh start with follows anyway", "import"),
        ("i'll skip the csvs, gonna start over with follows from scratch", "export"),
    ],
)
def test_skipped_for_a_fresh_start_of_a_list(text: str, where: str) -> None:
    """The step skipped, then a fresh start of a list it names as the reason ("start fresh
    on follows"): skip, not the walkthrough started over."""
    assert read_row({"text": text, "where": where}).command == "skip"


@pytest.mark.parametrize(
    "text",
    ["skip this, actually let's just start over", "skip it. start again from the beginning please"],
)
def test_skipped_then_started_over(text: str) -> None:
    """A start over naming nothing after the skip: the walkthrough started over."""
    assert read_row({"text": text, "where": "import"}).command == "restart"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("I dey go market now, we go continue later", "profile"),
        ("I dey go work now, we go continue later", "alias"),
        ("my light don go, we go continue later", "import"),
    ],
)
def test_pidgin_we_go_continue_puts_off(text: str, where: str) -> None:
    """Nigerian Pidgin "we go continue" (we will continue) after a reason: the step put
    off (not yet), not a pause ended (resume)."""
    assert read_row({"text": text, "where": where}).command == "not_yet"
