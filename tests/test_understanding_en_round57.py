"""English classes of LEARN26's list, still failing on main after round 57's tuning half
(learn27). The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("sorry, where were we?", "alias"),
        ("where were we", "export"),
        ("hmm where were we again?", "import"),
        ("oops, where were we?", "dm"),
        ("where were we??", "archive"),
    ],
)
def test_where_were_we_asked_alone_is_status(text: str, where: str) -> None:
    """ "where were we?" asked alone: where the walkthrough stands (status, as "where was
    I" and "where are we" are), not a return from a pause."""
    assert command_of(text, where) == "status"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("ok im back, where were we", "dm"),
        ("im back! where were we?", "followers"),
        ("right, i'm back now. where were we, let's keep going", "dm"),
    ],
)
def test_back_then_where_were_we_resumes(text: str, where: str) -> None:
    """Back from a pause first ("ok im back, where were we"): resume."""
    assert command_of(text, where) == "resume"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("erase my data from your end", "public"),
        ("delete my data from your end pls", "public"),
        ("can you erase my data from your side", "dm"),
        ("please wipe my info on your end, GDPR request", "public"),
        ("GDPR: erase my data", "dm"),
    ],
)
def test_data_erased_on_the_bots_end_is_forget(text: str, where: str) -> None:
    """ "from your end", "on your side", a GDPR request: the data meant is the bot's own,
    so the deletion is forget, not "which data?" (clarify_delete), and never the account."""
    assert command_of(text, where) == "forget"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("is my data safe on your end?", "dm"),
        ("what do you keep on your end?", "alias"),
        ("how do i delete my old account from your end?", "public"),
    ],
)
def test_the_bots_end_asked_about_forgets_nothing(text: str, where: str) -> None:
    assert command_of(text, where) is None
