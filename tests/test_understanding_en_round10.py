"""Classes of English phrasing behind round 10's tuning misses (issue 12): the progress of
the follower move asked in natural words at the followers step, and confusion about the
current step said with "here". Each example is my own phrasing of the class, read as a
first contact the way the question sets score; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, first_contact


@pytest.mark.parametrize(
    "text",
    [
        "how many have arrived so far",
        "how many followers have arrived",
        "how many of them have come across so far",
        "how many people have followed me over so far",
        "how many followers are over by now",
        "how many have come through until now",
    ],
)
def test_a_count_of_followers_so_far_at_the_followers_step_is_progress(text: str):
    assert command_of(text, "followers") == "progress"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("not sure what I should be doing here", "move"),
        ("I have no clue what to do here", "alias"),
        ("what exactly am I meant to do here?", "export"),
        ("I don't get what this step wants from me", "import"),
        ("no clue what this step is asking of me here", "archive"),
        ("what am I meant to be doing here", "profile"),
    ],
)
def test_confusion_about_the_current_step_is_how(text: str, where: str):
    assert command_of(text, where) == "how"


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "My impression is that the accounts I follow get carried across, can you confirm?",
            "follows_move_automatically",
        ),
        (
            "afaik my posts move along with the account, can someone confirm",
            "posts_move_automatically",
        ),
        (
            "my understanding is my mutes are carried across when I switch",
            "mutes_move_automatically",
        ),
        (
            "As far as I know the blocked accounts get moved over too. Confirm?",
            "blocks_move_automatically",
        ),
        ("I gather my posts get carried across to the new server", "posts_move_automatically"),
    ],
)
def test_a_belief_said_as_my_understanding_is_a_myth(text: str, myth: str):
    got = first_contact({"text": text, "where": "public"})[1].understanding
    assert got.kind == "myth" and myth in got.myths, got


@pytest.mark.parametrize(
    "text",
    [
        "i just want the redirect banner on my old profile, that's all",
        "only want a redirect notice, how is that done",
        "Just the redirect banner for me please, no follower move.",
        "I'd only like the redirect banner to show, not a follower move",
        "can I have only the redirect banner?",
    ],
)
def test_a_wish_for_the_redirect_banner_alone_is_redirect_only(text: str):
    got = first_contact({"text": text, "where": "public"})[1]
    assert got.command is None and got.understanding.subjects == ["redirect_only"], got
