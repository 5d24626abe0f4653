"""English mend of session 33 (learn33intl): a row the retrained second opinion lost.
The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "how do i bring my follow hers along to the new instance",
        "how can i take my follow hers with me when i move",
    ],
)
def test_dictated_follow_hers_are_the_followers(text: str) -> None:
    """Voice dictation writes "followers" as "follow hers": a question about the followers
    (the tables read "my follow" as the follows; the second opinion learns this)."""
    assert subjects_of(text) == {"followers"}
