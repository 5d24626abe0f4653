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
