"""English classes of round 60's tuning half at first contact (read with 94d4536's code and
model) that recur in earlier rounds' first contact (rounds 52–59, read by a model trained
without them) (learn29en). The phrasings are the tuner's own; none is a row of the question
sets."""

from __future__ import annotations

import pytest
from question_set import subjects_of


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "is there a waiting period before i can move again, and could i undo it",
            {"cooldown", "move_back"},
        ),
        ("could i undo it later? also is there a cooldown", {"move_back", "cooldown"}),
        (
            "can this be undone if i regret it, and how long is the cooldown",
            {"move_back", "cooldown"},
        ),
        (
            "any undo option if i hate it there? and how long does the whole thing take",
            {"move_back", "duration"},
        ),
        ("can i undo it later, and do my bookmarks come with me?", {"move_back", "bookmarks"}),
        (
            "if i pick the wrong server can i undo it, and do my followers come along",
            {"move_back", "followers"},
        ),
    ],
)
def test_undo_beside_another_subject_is_moving_back(text: str, subjects: set[str]) -> None:
    """ "can i undo it", "is there an undo", "can this be undone": undoing the move is moving
    back (LABELS.md), whatever "it" the member says; the tables read the bare word as the old
    account, which the model overruled only where it was the one subject asked (beside the
    cooldown it stayed: rounds 52, 53, 58 and 59 at first contact)."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("i pressed move and cannot undo it now, what happens to my old account?", {"old_account"}),
        ("what happens to my old account, is it read only?", {"old_account"}),
    ],
)
def test_undo_said_otherwise_is_no_move_back(text: str, subjects: set[str]) -> None:
    assert "move_back" not in subjects_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "my bio n photo, do they come over or do i redo them",
        "whats gonna happen with my bio and picture after i move",
        "bio and photo, same on the new acct or not",
        "do i lose my bio and my photo when i migrate",
    ],
)
def test_one_photo_beside_the_bio_is_the_profile(text: str) -> None:
    """ "my bio and picture", "name, bio and photo": one picture said beside the profile's
    other parts is the profile picture, not the posts' media (rounds 36, 37 and 57 at first
    contact read the posts too)."""
    assert subjects_of(text) == {"profile"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("do my bio and my posts with photos come over?", {"profile", "posts"}),
        ("my bio and all the photos i posted, do they come over", {"profile", "posts"}),
    ],
)
def test_the_posts_photos_beside_the_bio_stay_posts(text: str, subjects: set[str]) -> None:
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "once my server goes offline can i still move or is it too late",
        "once it goes dark do i still get a few days to move",
        "once the server goes down will it be too late to move",
        "is there a grace period once the instance goes offline",
        "once our instance goes offline, can i still do the move?",
    ],
)
def test_once_it_closes_asked_ahead_is_the_closing_server(text: str) -> None:
    """ "once the server closes / goes offline, is it too late, is there a grace period?":
    what happens once a server closes, asked before it does, is the closing server
    (LABELS.md: "how long do I have once it closes?"), not a server already gone ("too late",
    "goes offline" are that one's words; rounds 57 and 60 at first contact)."""
    assert subjects_of(text) == {"server_closing"}


@pytest.mark.parametrize(
    "text",
    [
        "my server went offline last week, is it too late to move",
        "our server already closed, can i still move my followers",
        "the instance is gone since yesterday, too late to move?",
    ],
)
def test_a_server_already_gone_stays_gone(text: str) -> None:
    assert subjects_of(text) == {"old_server_gone"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("will i be able to toot from the old acct occasionally after i move", "dm"),
        ("after i migrate will i still be able to toot from my old acct sometimes", "public"),
        ("once i press it can i still toot from this account every so often?", "move"),
        ("after the move will i be able to use my old account occasionally", "dm"),
    ],
)
def test_posting_from_the_old_account_now_and_then_keeps_both(text: str, where: str) -> None:
    """ "toot from the old acct now and then", "post from this account sometimes": going on
    posting from the old account now and then is keeping both accounts (LABELS.md: "can I
    still post from my old one sometimes?"), however the posting is said; the tables read the
    old account's fate (rounds 28, 31, 55 and 59 at first contact)."""
    assert subjects_of(text, where) == {"keep_both_accounts"}


@pytest.mark.parametrize(
    "text",
    [
        "will my old account get deleted at some point or does it stay",
        "can my old account still post, or is it frozen?",
        "what happens to my old account, does it sometimes get deleted?",
    ],
)
def test_what_the_old_account_becomes_stays_its_fate(text: str) -> None:
    assert "keep_both_accounts" not in subjects_of(text)
