"""How claims and questions are told apart by sentence and clause (bot/understand.py).

Each case stands for a class of phrasings, not one row: a claim stated in a plain
sentence before a question, a marker in one sentence that must not turn a later question
into a claim, words that carry the "not" themselves, a longer claim phrase hiding a
shorter one inside it, and the subject of the question winning over the story's.
The expected readings are written here by hand.
"""

from __future__ import annotations

import pytest

from bot.understand import understand


@pytest.mark.parametrize(
    ("text", "myths"),
    [
        # A plain sentence states its claim even when a question follows it.
        (
            "Since my toots get transferred when I migrate, I'm all set. What do I click?",
            ["posts_move_automatically"],
        ),
        # "supposed to" states an expectation: a claim.
        ("I made the alias, it is supposed to move my followers", ["alias_starts_transfer"]),
        # Words that say "not" by themselves.
        ("you lose your lists when you move", ["lists_cannot_transfer"]),
        ("lists stay behind when you migrate", ["lists_cannot_transfer"]),
        # "profile picture" is the avatar claim; its word "profile" is not the bio claim.
        ("my profile picture transfers automatically", ["avatar_header_transferred"]),
        ("my profile picture and bio get copied", ["avatar_header_transferred", "name_bio_copied"]),
        # A tag closing the first sentence states it, whatever follows.
        (
            "So entering my old handle on the new instance starts the follower transfer, "
            "right? I did that yesterday and nothing moved.",
            ["alias_starts_transfer"],
        ),
        # A subject named by a fragment before its claim.
        ("my blocks, they move automatically", ["blocks_move_automatically"]),
    ],
)
def test_claims_are_found_by_the_sentence_that_states_them(text, myths):
    got = understand(text)
    if myths:
        assert got.kind == "myth", got
    assert sorted(got.myths) == sorted(myths)


@pytest.mark.parametrize(
    "text",
    [
        # A sentence ending in "?" asks, even with no question word in it.
        "my posts move to the new account?",
        # The marker belongs to another sentence; the last sentence asks.
        "my friend said I should switch servers. anyway, do my posts come with me?",
        # A "not" near the claim takes it back, even with a claim word far away.
        "the alias is set and my followers have not moved yet, how long does it take?",
        # The alias and the old account are in two different claims (clauses).
        "Made the alias, started the move on the old account, got the confirmation.",
    ],
)
def test_questions_and_stories_are_not_claims(text):
    assert understand(text).kind == "question"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # The story names one subject, the question another: the question's wins.
        ("i already made the alias, how long do my followers take to move", ["follower_timing"]),
        # (How to bring the lists over is the import: LABELS.md.)
        ("I moved my followers last week, and how do I bring my lists?", ["import"]),
        ("I moved my followers last week, and do my lists come along?", ["lists"]),
        # A list of names is all asked about.
        ("dms, bookmarks, lists?", ["direct_messages", "bookmarks", "lists"]),
        # A fragment naming the subject, then the question about it.
        ("my bookmarks, do they come along?", ["bookmarks"]),
        # A wish to start (a kind) does not hide the subject it names.
        ("is the alias on the new account and where do I start the move?", ["alias", "move"]),
    ],
)
def test_the_subject_asked_about_wins(text, subjects):
    got = understand(text)
    assert got.kind == "question", got
    assert sorted(got.subjects) == sorted(subjects)
