"""English classes of session 41 (en-public), chosen on the tuning halves of rounds 58-73.
The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "which comes first, alias or move",
        "what order, alias then move or the other way round",
        "alias first or move first?",
        "so which is first, the alias or the move",
        "whats the correct order here alias or move",
        "alias or move, what comes first",
        "which goes first: alias, or move?",
    ],
)
def test_order_of_alias_and_move(text: str) -> None:
    """ "which comes first, alias or move?": the order of the two steps asks about both
    (intents/en.toml rule adding move to the alias on an order cue)."""
    assert subjects_of(text, "public") == {"alias", "move"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("dms. lists. do they come?", {"direct_messages", "lists"}),
        ("filters. bookmarks. gone?", {"filters", "bookmarks"}),
        ("my mutes. my lists. do those carry over?", {"mutes", "lists"}),
        ("Bookmarks. Filters. Lists. Which of these move?", {"bookmarks", "filters", "lists"}),
        ("pinned posts. followed hashtags. lost?", {"pinned_posts", "followed_hashtags"}),
    ],
)
def test_names_listed_as_sentences(text: str, subjects: set[str]) -> None:
    """ "dms. bookmarks. both gone?": two or more sentences of nothing but names state
    nothing; they list what the question asks about (bot/understand.py _asked_in)."""
    assert subjects_of(text, "public") == subjects


@pytest.mark.parametrize(
    "text",
    [
        "i want to move my account, can you walk me through it?",
        "I wanna move my account to another server, can you walk me through it?",
        "want to move my account to mastodon.art, walk me through it pls",
        "we want to move our account, can you walk us through it",
    ],
)
def test_own_wish_to_move_the_account_in_public(text: str) -> None:
    """ "I want to move my account, walk me through it": the member's own wish starts the
    walkthrough in public too; only "wants to move her account" (someone else's, the exact
    form "=wants") names the move as a subject (intents/en.toml subjects.move)."""
    assert read_row({"text": text, "where": "public"}).command == "start"


def test_someone_elses_wish_to_move_is_a_question() -> None:
    """Someone else's wish is no start: "my daughter wants to move her account"."""
    assert subjects_of("my daughter wants to move her account, how does she do it") == {"move"}


@pytest.mark.parametrize(
    "text",
    [
        "my posts are in the export files now, right?",
        "the export page has all my toots, that's my backup sorted",
        "got my photos off the export page, safe now",
        "so my pictures are in the exported files?",
    ],
)
def test_posts_said_to_be_in_the_export_page_files(text: str) -> None:
    """ "so my photos are in the export files now, yes?": posts said to be in the Export
    page's files is the CSV-of-posts claim, without the word CSV too
    (intents/en.toml myths.export_csv_of_posts)."""
    assert myths_of(text, "public") == {"export_csv_of_posts"}
