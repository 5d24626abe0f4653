"""English classes of session 51 (en-public), chosen on the tuning halves of rounds 86-87:
what the followers see asked beside whether they are told ("what do the people who follow
me see when I move, do they get told"), where one of the two was lost: the followers named
as "people who follow me" before "see", "what people will see" with the verb after the
people, "get any notification" (read as the DMs-and-notifications subject), and a request
"please tell what ..." with no "me" (not read as asking). The phrasings are the tuner's
own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "what do people who follow me see once i switch, will they get a notification",
        "what do folks who follow me see after the move? will they get any notification",
        "what do people following me see when i switch servers, do they hear about it?",
        "Please tell what my followers will see after I shift, will they get any notification?",
        "kindly tell what people will see after i move, will anyone be notified?",
        "what others will see on my old page after i move, and are they told?",
    ],
)
def test_what_followers_see_beside_being_told(text: str) -> None:
    """ "what do the people who follow me see when I move, do they get told": what others
    see and the notifications both asked, not one of them alone (nor the DMs for "any
    notification")."""
    assert subjects_of(text) == {"what_others_see", "notifications"}
