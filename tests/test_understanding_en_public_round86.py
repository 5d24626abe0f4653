"""English classes of session 49 (en-public), chosen on the tuning halves of rounds 58-85:
two things compared ("what's the difference between X and Y", "X vs Y", "is X the same
thing as Y", "how is X different from Y"), where one of the two, the move beside the alias
or the Export page beside the archive, was only mentioned and lost; a question a thing
("dms?? pinned posts??") that lost all but one. The phrasings are the tuner's own; none
is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "is the alias different from the move or is it one thing",
        "alias versus move: what is each one for?",
        "how is creating an alias different from doing the move?",
        "is making the alias the same thing as the move?",
        "what's the difference between setting up an alias and doing the move",
    ],
)
def test_the_alias_compared_with_the_move(text: str) -> None:
    """ "how is creating an alias different from doing the move?": the alias and the move
    both asked (a `[[rules]]` adds the move only mentioned), not the alias alone, nor the
    time between them (`duration`)."""
    assert subjects_of(text) == {"alias", "move"}


@pytest.mark.parametrize(
    "text",
    [
        "archive and export, are they the same thing?",
        "so the export and the archive, not the same thing?",
        "is the archive and the export the same?",
    ],
)
def test_the_archive_compared_with_the_export(text: str) -> None:
    """ "archive and export, are they the same thing?": the Export page and the archive
    both asked (the bare word "export" only hints at the page beside the archive)."""
    assert subjects_of(text) == {"archive", "csv_export"}


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("dms?? pinned posts??", {"direct_messages", "pinned_posts"}),
        ("my bio? my pinned posts?", {"profile", "pinned_posts"}),
        ("scheduled posts? filters?", {"scheduled_drafts", "filters"}),
        ("followed hashtags? bookmarks?", {"followed_hashtags", "bookmarks"}),
        ("verified links?? dms??", {"verified_links", "direct_messages"}),
    ],
)
def test_one_bare_question_a_thing(text: str, asked: set[str]) -> None:
    """ "dms?? pinned posts??": every sentence a thing named and asked, one question a
    thing: each is asked, as a list's things are (understand._listed_as_sentences), not
    one of them dropped by the second opinion."""
    assert subjects_of(text) == asked
