"""English classes of session 42 (en-public), chosen on the tuning halves of rounds 58-74.
The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "just to check: alias on the new one, move from the old one?",
        "alias = new acct, move btn = old acct?",
        "quick check, alias on the new one and move from the old one",
    ],
)
def test_where_alias_and_move_go_checked(text: str) -> None:
    """ "alias on new, move on old, right?": checking where each of the two steps is done
    asks about both, and the move said to be on the old account is no claim about where the
    alias goes (intents/en.toml: the order rule's cues, the alias myth's `unless`)."""
    reading = read_row({"text": text, "where": "public"})
    assert reading.understanding.kind == "question", reading
    assert set(reading.understanding.subjects) == {"alias", "move"}


@pytest.mark.parametrize(
    "text",
    [
        "I want to move my account but first I want to know what moves",
        "i want to move but first i wanna know what comes along and what stays",
        "planning to move soon. before that i would like to know what transfers",
        "we want to move our account but we need to know first what will move",
        "I want to move. I want to know what moves first",
    ],
)
def test_wish_to_move_then_wanting_to_know(text: str) -> None:
    """ "I want to move but first I want to know what moves": wanting to know is asking,
    with or without a "?"; the wish to move is the story (walkthrough/en.toml wondering)."""
    reading = read_row({"text": text, "where": "public"})
    assert reading.command is None
    assert subjects_of(text, "public") == {"overview"}


@pytest.mark.parametrize(
    "text",
    [
        "does the move bring my posts, or only the followers?",
        "does migrating carry my posts over, or only the followers",
    ],
)
def test_posts_or_only_the_followers(text: str) -> None:
    """ "does the move bring my posts, or only the followers?": the followers offered as
    the other answer are asked about, no follower-only posts or missing followers
    (intents/en.toml rules on "or only .. followers")."""
    assert subjects_of(text, "public") == {"posts", "followers"}


@pytest.mark.parametrize(
    "text",
    [
        "made the alias on the new account so the move is done right?",
        "the alias is created, so the migration is finished, yes?",
        "added the alias, so that means the move is complete?",
        "alias done which means the migration is done, correct?",
        "i set up the alias on the new one so the move is complete now right?",
    ],
)
def test_alias_said_to_finish_the_move(text: str) -> None:
    """ "the alias is set up, so the move is done": the alias said to have done the move is
    the claim that it starts the transfer (intents/en.toml myths.alias_starts_transfer)."""
    assert "alias_starts_transfer" in myths_of(text, "public")


@pytest.mark.parametrize(
    "text",
    [
        "mutes export where",
        "blocks export where",
        "lists export where??",
        "the follows csv where is it",
    ],
)
def test_a_lists_export_asked_where(text: str) -> None:
    """ "mutes export where": where a list's file is, asked in the fewest words, is the
    Export page (LABELS.md: csv_export whatever list the file holds)."""
    assert subjects_of(text, "public") == {"csv_export"}
