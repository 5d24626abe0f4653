"""English classes of session 46 (en-public), chosen on the tuning halves of rounds 58-78:
a single-subject public question read with another subject, or as a myth. The phrasings
are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "can i still read notifications on the old account once ive moved",
        "after moving can i check my old account for mentions",
        "will i be able to check the old one for messages after i switch",
        "once i have moved can i still check my old account for replies",
        "can i still read my notifications on the old one after the move",
    ],
)
def test_reading_the_old_accounts_notifications(text: str) -> None:
    """ "can I still read notifications on the old account once I've moved?", "check the
    old account for the DMs people send me there": reading or checking what still comes to
    the old account is what reaches it after the move (old_account_mentions), not whether
    DMs and notifications move (direct_messages)."""
    assert subjects_of(text, "public") == {"old_account_mentions"}


@pytest.mark.parametrize(
    "text",
    [
        "so after the move the old posts still show on the old profile?",
        "so my toots still show on my old profile after i move?",
        "so after i migrate my posts still show on the old profile?",
    ],
)
def test_posts_still_showing_on_the_old_profile(text: str) -> None:
    """ "so after the move the old posts still show on the old profile?": posts that "still
    show on the old" profile stay behind ($staying), so no claim that they move, and the
    old profile is only where they show (no name_bio_copied): a question about posts."""
    assert subjects_of(text, "public") == {"posts"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "do their followers move, and what about the people they follow?",
            {"followers", "follows"},
        ),
        ("our volunteers are moving, what about the accounts they follow", {"follows"}),
        ("what happens to the people they follow when they move", {"follows"}),
        ("will the accounts they follow come over too?", {"follows"}),
        ("do they follow me on the new account", {"followers"}),
    ],
)
def test_the_people_they_follow(text: str, subjects: set[str]) -> None:
    """ "Do their followers move? What about the people they follow?": a staff's, a club's or
    a family's follows said of "they" are the follows, beside the followers where both are
    asked; "do they follow me" stays the followers."""
    assert subjects_of(text, "public") == subjects
