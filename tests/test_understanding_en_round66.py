"""English classes of session 34 (learn34en), chosen on the tuning halves of rounds 58-65
and checked on rounds 16-56. The phrasings are the tuner's own; none is a row of the
question sets."""

from __future__ import annotations

import pytest

from bot.interpret import read


@pytest.mark.parametrize(
    ("text", "subjects", "myths"),
    [
        (
            "Since my posts come along anyway, can I delete the old account right after?",
            {"posts", "delete_old_account"},
            {"posts_move_automatically"},
        ),
        (
            "can i delete the old account straight away, since my posts move over anyway?",
            {"posts", "delete_old_account"},
            {"posts_move_automatically"},
        ),
        (
            "seeing as my followers all have to follow me again, is it even worth moving?",
            {"followers", "whether_to_move"},
            {"followers_must_refollow"},
        ),
        (
            "given that the alias starts the transfer, how long until my followers show up?",
            {"alias", "follower_timing"},
            {"alias_starts_transfer"},
        ),
        (
            "because my followers have to refollow me, what will people see on my old profile?",
            {"followers", "what_others_see"},
            {"followers_must_refollow"},
        ),
        (
            "As my blocks move automatically, what about my lists?",
            {"blocks", "lists"},
            {"blocks_move_automatically"},
        ),
    ],
)
def test_a_claim_given_as_the_reason_for_a_question(
    text: str, subjects: set[str], myths: set[str]
) -> None:
    """ "since my posts move anyway, can I delete the old account?": the claim is the
    premise of another question. It is taken for granted (stated: the myth, LABELS.md),
    and what the question names outside the premise is asked beside it
    (intents/en.toml `premises`, bot/understand.py _premises)."""
    got = read(text, where="public", locale="en")
    assert got.understanding.kind == "myth"
    assert set(got.understanding.subjects) == subjects
    assert set(got.understanding.myths) == myths


@pytest.mark.parametrize(
    "text",
    [
        "since my followers have to follow me again anyway, i'll just post my new handle. ok?",
        "put up a post asking people to refollow since followers don't carry over. what else?",
    ],
)
def test_a_premise_beside_a_story_asks_nothing_more(text: str) -> None:
    """ "since they won't move, I'll post my new handle. ok?": what the rest names is a
    plan or a story told, not asked: the claim's subject alone."""
    got = read(text, where="public", locale="en")
    assert got.understanding.kind == "myth"
    assert set(got.understanding.subjects) == {"followers"}
    assert set(got.understanding.myths) == {"followers_must_refollow"}
