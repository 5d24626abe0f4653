"""English classes of session 44 (en-multi): public messages asking about several subjects
at once, or stating a myth beside another question, chosen on the tuning halves of rounds
58-76. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "can i move back right away if it goes wrong",
        "could i switch back straight away if i hate it",
        "is moving back possible, or is there a waiting period",
        "can i move back, or is there some wait first",
        "can i move home again, and would i need to wait",
        "if it goes badly can i go back immediately",
    ],
)
def test_moving_back_and_how_soon(text: str) -> None:
    """ "can I move back right away?", "can I go back, or is there some 30 day lock thing?":
    how soon asks about the cooldown beside the move back (intents/en.toml: the rule adding
    the cooldown to the move back; "or" opening a question of its own, as "and" does)."""
    assert subjects_of(text, "public") == {"move_back", "cooldown"}


@pytest.mark.parametrize(
    "text",
    [
        "my blog links to my old profile and my site has the green tick, what do I fix",
        "my portfolio links to my old account and it shows the verified check, what about both",
        "my email signature has my old mastodon link and my blog has the verified checkmark, "
        "what now",
        "my shop page links to the old profile and carries the green check, what do i redo",
    ],
)
def test_links_to_the_old_profile_beside_the_verified_link(text: str) -> None:
    """ "my blog links to my old profile, and my link has the green tick": links elsewhere
    that lead to the old profile are asked beside the verified link (intents/en.toml: the
    rule adding external_links after the one that drops it beside verified_links)."""
    assert subjects_of(text, "public") == {"verified_links", "external_links"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "i follow about 20 hashtags and keep notes on some people. do any of those move?",
            {"followed_hashtags", "private_notes"},
        ),
        (
            "i follow like 50 hashtags and have drafts saved, either of those make it over?",
            {"followed_hashtags", "scheduled_drafts"},
        ),
        (
            "i have notes on loads of people. i also follow hashtags. do either of those transfer?",
            {"followed_hashtags", "private_notes"},
        ),
        (
            "i pinned 3 posts. i also have drafts. do either of those come with me?",
            {"pinned_posts", "scheduled_drafts"},
        ),
    ],
)
def test_either_of_those_asks_every_thing_named(text: str, expected: set[str]) -> None:
    """ "i follow 40 hashtags and have notes on people - do either of those survive?": the
    question takes in every thing named before it, none only the story's (intents/en.toml
    `points_to_all`, bot/understand.py _asked_in)."""
    assert subjects_of(text, "public") == expected


@pytest.mark.parametrize(
    "text",
    [
        "good morning, God bless",
        "good evening friends, god bless",
        "hello bot, god bless",
        "morning all, god bless",
    ],
)
def test_a_blessing_after_a_hello_greets(text: str) -> None:
    """ "good mornin baby, God bless": a blessing after a hello is a greeting, no thanks
    ("thank you, God bless" still thanks) (intents/en.toml: the greeting's blessing
    phrases)."""
    assert read_row({"text": text, "where": "public"}).understanding.kind == "greeting"
