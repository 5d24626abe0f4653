"""English classes mended in session 31 (learn31en): readings the second opinion retrained
with round 62 flipped, mended in the tables and rules so no retrain can flip them again,
then classes of rounds 57-62's tuning halves. The phrasings are the tuner's own; none is a
row of the question sets."""

from __future__ import annotations

import pytest
from question_set import subjects_of


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "how long do my followers take to come over and will they get a notification",
            {"follower_timing", "notifications"},
        ),
        (
            "my followers, how long till they arrive and will they be told I moved",
            {"follower_timing", "notifications"},
        ),
        (
            "how long do my followers take and do my lists come along too",
            {"follower_timing", "lists"},
        ),
        (
            "when will followers arrive and can i keep my old handle",
            {"follower_timing", "username"},
        ),
        (
            "how long does the move take and will my followers get notified",
            {"duration", "notifications"},
        ),
    ],
)
def test_a_question_joined_by_and_and_an_auxiliary_is_asked_apart(
    text: str, subjects: set[str]
) -> None:
    """ "... and will they ...", "... and do my ...": an adding word, an auxiliary and whom it
    asks about open a question of their own without a comma (en.toml `added_questions`), and
    a subject a rule brought in (follower_timing, from the followers' words) is named where
    the followers are, so the second opinion cannot drop either (`apart`)."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "can I upload my archive?",
        "can i import my backup?",
        "is it possible to import my archive",
        "could i import my posts",
        "can you import your archive on mastodon?",
    ],
)
def test_asking_whether_the_archive_imports_states_nothing(text: str) -> None:
    """A question whether, with nothing put forward beside it (where it should go, what it
    should bring back: the myth's `put_forward_by`), asks about the posts and claims nothing
    (LABELS.md; tests/test_understanding_en_round9.py), whatever the model scores."""
    assert subjects_of(text) == {"posts"}  # a question (subjects_of asserts it), no myth


@pytest.mark.parametrize(
    "text",
    [
        "how long does my old account stay up after moving",
        "how long will the old profile remain visible after the move?",
        "after i move how long does my old account stay online",
    ],
)
def test_how_long_the_old_account_stays_is_its_fate(text: str) -> None:
    """ "how long will my old account stick around?" asks how long the old account lasts,
    what becomes of it (old_account), not how long the move takes (duration): en.toml's rule
    on the old account said to stick around, stay or remain."""
    assert subjects_of(text) == {"old_account"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "how long will my old one stick around, and will it redirect?",
            {"old_account", "redirect_only"},
        ),
        ("how long does the move take?", {"duration"}),
    ],
)
def test_how_long_the_old_account_stays_beside_another_question(
    text: str, subjects: set[str]
) -> None:
    assert subjects_of(text) == subjects
