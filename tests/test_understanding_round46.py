"""Classes of English phrasing behind round 46's tuning misses (issue 12, session 17): the
archive and the export compared ("the archive vs the export page": both asked about); the
archive's download link expired and a new one asked for ("do I have to request a whole
new one?": the archive, not a follow request); "that list" looking back at the blocks or
mutes just named (no claim about the member's lists); a claim closed by "y/n" (a
question); a claim followed by what it spares the member ("... automatically, so I don't
need to save them?": the claim stated). Each example is my own phrasing of the class,
read as a first contact the way the question sets score; none is a row of the question
sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "what is the difference between the archive and the export page",
        "archive vs the export option, which one do i need?",
        "is the archive the same as the export page",
        "how is the archive different from the export button",
        "difference between archive and csv export pls",
        "the export page versus the archive, what do they each give me",
    ],
)
def test_the_archive_and_the_export_compared_are_both_asked(text: str):
    assert subjects_of(text) == {"archive", "csv_export"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("the download link expired, do i have to request it again", "public"),
        ("link has expired, can i request another?", "public"),
        ("my archive link is expired, do i need to request a new one", "public"),
        ("it says the link expired, must i request a whole new one", "download"),
        ("expired link. request a new one or what", "dm"),
    ],
)
def test_an_expired_link_and_a_new_one_requested_is_the_archive(text: str, where: str):
    assert subjects_of(text, where) == {"archive"}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "blocks move automatically right, so im not rebuilding that list",
            "blocks_move_automatically",
        ),
        (
            "my mutes come over by themselves, glad im not redoing that list",
            "mutes_move_automatically",
        ),
        (
            "my blocks transfer on their own so i don't have to rebuild that whole list",
            "blocks_move_automatically",
        ),
        (
            "mutes get copied automatically, thank god, that list is huge",
            "mutes_move_automatically",
        ),
    ],
)
def test_that_list_after_blocks_or_mutes_is_no_claim_about_lists(text: str, myth: str):
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("blocks carry over y/n", "blocks"),
        ("lists come with me y/n", "lists"),
        ("bookmarks transfer yes/no", "bookmarks"),
        ("my follows move automatically y/n?", "follows"),
        ("posts come along to the new server y/n", "posts"),
    ],
)
def test_a_claim_closed_by_y_n_is_a_question(text: str, subject: str):
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "my avatar gets copied to the new account automatically so i don't need to save it?",
            "avatar_header_transferred",
        ),
        (
            "the posts come over by themselves so i do not have to back them up?",
            "posts_move_automatically",
        ),
        (
            "my blocks transfer on their own, so i don't need to export them right",
            "blocks_move_automatically",
        ),
        ("the header image moves with me so i can skip saving it?", "avatar_header_transferred"),
    ],
)
def test_a_claim_then_what_it_spares_the_member_is_stated(text: str, myth: str):
    assert myths_of(text) == {myth}
