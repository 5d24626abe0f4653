"""English classes of session 54 (en54), chosen on the tuning halves of rounds 94–95: the
member's return said "we are back" / "i am back" before "where were we" (resuming, not
where the walkthrough stands, and no step back); the posts' claim said as a hope, "can't
wait for my posts to show up on the new server" (a negated opener that asks nothing: "can't
wait" states); the alias's claim drawn as a conclusion with "so", no comma before it, and
asked for a yes ("alias is made so the followers are already moving then?"); the whole
move timed ("how long does the whole thing take") before a question about the followers,
which is not their wait. The phrasings are the tuner's own; none is a row of the question
sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("we are back, where were we", "dm"),
        ("i am back now, where did we leave off", "dm"),
        ("we're back from the holidays, where were we?", "dm"),
        ("i am back. where was i", "dm"),
        ("ok we are back, what was next", "dm"),
        ("we are back, where were we", "followers"),
    ],
)
def test_back_again_then_where_were_we(text: str, where: str) -> None:
    """ "We are back" / "I am back" (the member returned, not a step back), with or without
    "where were we" after it: resume."""
    assert read_row({"text": text, "where": where}).command == "resume"


@pytest.mark.parametrize(
    "text",
    [
        "cant wait for all my posts to show up on the new server",
        "can't wait for my toots to show up on the new account",
        "cannot wait for all my old posts to appear on my new profile",
        "cant wait till my posts come over to the new instance",
        "can't wait for my photos to come across after the move",
    ],
)
def test_posts_claim_said_as_a_hope(text: str) -> None:
    """ "Can't wait for my posts to show up on the new server": the claim that posts move,
    said as something looked forward to; "can't wait" opens no question."""
    assert myths_of(text) == {"posts_move_automatically"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("ok alias is made so the followers are already moving then?", "alias"),
        ("the alias is there now so my followers are moving?", "alias"),
        ("alias is created so my followers are already transferring then?", "alias"),
        ("ok the alias is saved so the followers are already on their way then?", "alias"),
        ("alias added so the followers are moving already?", "alias"),
        ("alias is set up so my followers are on their way now right?", "alias"),
        ("i added the alias so the followers are moving now?", "public"),
        ("made the alias so my followers are transferring already?", "public"),
    ],
)
def test_alias_claim_drawn_with_so_and_asked(text: str, where: str) -> None:
    """The alias made, then "so the followers are moving?" with no comma: the conclusion
    that the alias starts the transfer, put forward for a yes (LABELS.md: the myth), the
    followers only what it is wrongly said to move."""
    got = read_row({"text": text, "where": where})
    assert got.command is None
    assert got.understanding.kind == "myth"
    assert set(got.understanding.subjects) == {"alias"}
    assert set(got.understanding.myths) == {"alias_starts_transfer"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "how long does the whole process take, and do my followers move automatically?",
            {"duration", "followers"},
        ),
        (
            "how long will the whole thing take, and do my lists and followers come with me?",
            {"duration", "followers", "lists"},
        ),
        (
            "how long does the whole move take, and will my followers be told?",
            {"duration", "notifications"},
        ),
        (
            "how long the whole process take and will my followers get a message",
            {"duration", "notifications"},
        ),
        (
            "how long does the whole thing take and how long until followers arrive",
            {"duration", "follower_timing"},
        ),
        (
            "how long does the whole move take, and when will my followers have all arrived?",
            {"duration", "follower_timing"},
        ),
    ],
)
def test_whole_move_timed_then_followers_asked(text: str, subjects: set[str]) -> None:
    """ "How long does the whole thing take" times the move, not the followers named in the
    question after it (whether they move, whether they are told): the followers' wait only
    where it is asked of them ("how long until followers arrive", "when will my followers
    have all arrived")."""
    assert subjects_of(text) == subjects
