"""Classes of English phrasing behind round 15's tuning misses (issue 12), first of the
kind "wrong command or kind": where the walkthrough stands asked as "the current step" or
"where am I up to"; followers asked after as "anybody" or "anyone" arriving, or as "showing up" on the
new profile; a language
asked for with "to me" or "with me" before it ("talk to me in Japanese from here on"); a
step answered after an interjection ("there, done it", "phew, finished"); the account
and more ordered deleted in one breath ("delete my account and everything on it"). Then
of the kind "another subject": a follower count asked to match, or said to have gone down
in other words than "dropped". Each example is my own phrasing of the class, read as a
first contact the way the question sets score; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, subjects_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("ok so what's the current step", "import"),
        ("which stage am I at", "alias"),
        ("remind me of the current step pls", "profile"),
        ("where am I up to", "archive"),
        ("what stage are we at now", "move"),
        ("current step?", "dm"),
    ],
)
def test_the_current_step_or_stage_asked_is_status(text: str, where: str):
    assert command_of(text, where) == "status"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("has anybody arrived at the new account yet", "dm"),
        ("is anyone turning up on my new profile yet?", "followers"),
        ("anybody showing up over there yet", "dm"),
        ("are people arriving on the new one", "followers"),
        ("has anyone come over yet", "dm"),
        ("are my followers showing up on my new profile", "dm"),
        ("followers turning up over there yet?", "followers"),
    ],
)
def test_anybody_arriving_asks_for_progress(text: str, where: str):
    assert command_of(text, where) == "progress"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("could you speak to me in german from now on", "de"),
        ("please talk with me in french from here on", "fr"),
        ("can you reply to me in spanish from now on please", "es"),
        ("would you write to me in japanese from now on", "ja"),
        ("can you respond to me in german from here on", "de"),
    ],
)
def test_a_language_asked_with_to_me_before_it_is_the_language(text: str, code: str):
    assert command_of(text, "dm") == f"language:{code}"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("there, finished", "export"),
        ("phew, done it", "alias"),
        ("there. all done 🎉", "profile"),
        ("finally, done", "import"),
        ("whew all done", "move"),
        ("yay done", "archive"),
    ],
)
def test_an_interjection_before_a_step_answer_is_that_answer(text: str, where: str):
    assert command_of(text, where) == "done"


@pytest.mark.parametrize(
    "text",
    [
        "delete my account and everything on it",
        "remove my account and all my data",
        "erase my account and all of my posts",
        "please delete my profile and everything",
        "wipe my account and all my stuff",
    ],
)
def test_the_account_and_more_ordered_deleted_asks_which(text: str):
    assert command_of(text, "dm") == "clarify_delete"


@pytest.mark.parametrize(
    "text",
    [
        "will my follower count on the new server match the old one?",
        "my followers number has gone down since the move, why",
        "the follower count decreased after I migrated",
        "had 800 followers, new account shows 700, where did 100 people go",
        "my follower count shrank after moving, normal?",
        "will I have the same number of followers after the move",
    ],
)
def test_a_count_that_matches_or_went_down_is_the_lower_count(text: str):
    assert subjects_of(text) == {"follower_count_lower"}
