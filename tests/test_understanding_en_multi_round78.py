"""English classes of session 45 (en-multi): myths stated or put forward for a yes that the
tables read as plain questions, and questions naming two subjects where one was lost,
chosen on the tuning halves of rounds 58-77. The phrasings are the tuner's own; none is a
row of the question sets."""

from __future__ import annotations

import pytest
from question_set import read_row


def _myth(text: str, where: str) -> tuple[list[str], list[str]]:
    got = read_row({"text": text, "where": where})
    assert got.command is None and got.understanding.kind == "myth", got
    return sorted(got.understanding.subjects), sorted(got.understanding.myths)


@pytest.mark.parametrize(
    ("text", "where", "myth"),
    [
        ("isn't the bio copied by itself?", "public", "name_bio_copied"),
        ("isn't my display name carried over by itself?", "public", "name_bio_copied"),
        ("isn't my avatar transferred by itself?", "public", "avatar_header_transferred"),
        ("isn't the header moved over by itself?", "profile", "avatar_header_transferred"),
        ("the bio is copied by itself", "public", "name_bio_copied"),
        ("isn't the bio copied by itself?", "profile", "name_bio_copied"),
    ],
)
def test_by_itself_is_no_german_goodbye(text: str, where: str, myth: str) -> None:
    """ "isn't the bio copied by itself?": German folds "bye" to "by", so its greeting
    matched the English "by" and, the language detector unsure, read more of the message
    than the English tables did (interpret._heard_out): the claim was lost. The German
    greeting is the exact word "=bye" (intents/de.toml)."""
    assert _myth(text, where) == (["profile"], [myth])


@pytest.mark.parametrize(
    "text",
    [
        "does adding the alias transfer my followers?",
        "will creating the alias bring my followers over?",
        "does setting up the alias already move the followers?",
        "so does making the alias start moving my followers?",
        "does the alias move my followers on its own?",
        "will the alias bring my followers over by itself?",
    ],
)
def test_does_making_the_alias_move_them(text: str) -> None:
    """ "does making the alias move my followers already?": a yes/no question whose doer is
    the making of the alias, or that says it does it on its own, puts the claim forward for
    a yes (LABELS.md: the myth), as "the alias moves them, right?" does (intents/en.toml:
    alias_starts_transfer's `presupposed_by`)."""
    assert _myth(text, "public") == (["alias"], ["alias_starts_transfer"])


@pytest.mark.parametrize(
    "text",
    [
        "what does making the alias do?",
        "does the alias need to be on the new account?",
        "where do i put the alias so my followers move over?",
    ],
)
def test_asking_about_the_alias_claims_nothing(text: str) -> None:
    """What the alias does, or where it goes, is asked without the claim put forward."""
    got = read_row({"text": text, "where": "public"})
    assert got.understanding.kind == "question" and got.understanding.myths == [], got


@pytest.mark.parametrize(
    "text",
    [
        "my follows get copied anyway, why would i export them?",
        "my following list transfers on its own, why import it?",
        "my follows come over by themselves, why would i export them?",
        "my follows get carried over by the move anyway, why export?",
    ],
)
def test_a_claim_then_why_after_a_comma(text: str) -> None:
    """ "my follows get copied by the move anyway, why export?": a "why" clause after a
    comma asks a question of its own, so the clause before it states the claim, as after
    "so why" (intents/en.toml `question_turns`)."""
    assert _myth(text, "public") == (["follows"], ["follows_move_automatically"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my posts don't move, why is that?", {"why_no_posts"}),
        ("i moved yesterday, why do my followers not show up?", {"follower_timing"}),
    ],
)
def test_why_after_a_comma_without_a_claim(text: str, expected: set[str]) -> None:
    """A "why" clause after a claim denied, or after the member's own move told, still
    asks: no myth."""
    got = read_row({"text": text, "where": "public"})
    assert got.understanding.kind == "question", got
    assert set(got.understanding.subjects) == expected


@pytest.mark.parametrize(
    ("text", "subject", "myth"),
    [
        (
            "my posts move automatically, can i delete the old account right after?",
            "posts",
            "posts_move_automatically",
        ),
        (
            "my blocks move automatically, can i delete the old account now?",
            "blocks",
            "blocks_move_automatically",
        ),
    ],
)
def test_a_myth_the_model_reads_keeps_its_subject(text: str, subject: str, myth: str) -> None:
    """ "my posts move automatically, can i delete the old account right after?": where the
    second opinion reads the claim the tables took for a question about deleting, the
    myth's own subject is named beside it (LABELS.md; interpret._stated_myth)."""
    assert _myth(text, "public") == (sorted([subject, "delete_old_account"]), [myth])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("do my bookmarks move over the same as my followers?", {"bookmarks"}),
        ("my photos get carried over the way my followers do?", {"posts"}),
        ("do my lists transfer like the followers do?", {"lists"}),
        ("will my mutes come along like my followers?", {"mutes"}),
    ],
)
def test_the_followers_a_thing_is_likened_to(text: str, expected: set[str]) -> None:
    """ "so my posts just follow me over like the followers do?": the followers are what
    the other thing is likened to, not asked about (intents/en.toml: the rule dropping them
    after "like the followers", "the same as my followers", "the way my followers")."""
    got = read_row({"text": text, "where": "public"})
    assert got.understanding.kind == "question", got
    assert set(got.understanding.subjects) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("do my followers move, like my posts?", {"followers", "posts"}),
        ("do my posts and my followers move?", {"posts", "followers"}),
    ],
)
def test_the_followers_asked_beside_another_thing(text: str, expected: set[str]) -> None:
    """Followers asked about themselves stay asked."""
    got = read_row({"text": text, "where": "public"})
    assert got.understanding.kind == "question", got
    assert set(got.understanding.subjects) == expected


@pytest.mark.parametrize(
    ("text", "expected", "myth"),
    [
        (
            "my mutes carry over automatically, can i delete the old account after?",
            {"mutes", "delete_old_account"},
            ["mutes_move_automatically"],
        ),
        (
            "my blocks come over on their own, what about my lists?",
            {"blocks", "lists"},
            ["blocks_move_automatically"],
        ),
        (
            "if my posts move automatically, can i delete the old account?",
            {"delete_old_account"},
            [],
        ),
        (
            "when my posts move by themselves, can i delete the old account?",
            {"delete_old_account"},
            [],
        ),
    ],
)
def test_a_claim_put_forward_before_a_question_is_stated(
    text: str, expected: set[str], myth: list[str]
) -> None:
    """A claim put forward in the plain clauses before a question ("my mutes carry over
    automatically, can i ...") states the myth, and the question asks beside it; after
    "if" or "when" the claim is only supposed (understand._put_forward_before_asking)."""
    got = read_row({"text": text, "where": "public"})
    assert got.command is None
    assert set(got.understanding.subjects) == expected
    assert got.understanding.myths == myth
