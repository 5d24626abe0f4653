"""English classes of session 48 (en-public), chosen on the tuning halves of rounds 58-83:
a yes/no question a full stop closes in place of its "?", and one followed by the answer
hoped for ("please say no"), both read as the myth stated; a question added after "btw"
that lost a subject; the two accounts offered ("new or old") read as the alias' myth; a question in a sentence of its own after a myth
stated, its subject lost. The
phrasings are the tuner's
own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Does the mute list come along.", "mutes"),
        ("Do the people I follow come over.", "follows"),
        ("Is the block list copied over.", "blocks"),
        ("Do blocked accounts carry over.", "blocks"),
        ("Does the muted list move with me.", "mutes"),
        ("Are the accounts I follow transferred.", "follows"),
    ],
)
def test_a_question_a_full_stop_closes(text: str, subject: str) -> None:
    """ "Does the mute list come along.": a question opener opening the message asks
    though a full stop ends it (`[assertion] first_opener_asks`): what happens to the
    thing (LABELS.md), not its myth stated."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("do my blocks come along? please say no", "blocks"),
        ("will the mute list transfer? say no 😅", "mutes"),
        ("do the accounts i blocked come with me? pls say no", "blocks"),
        ("are my follows copied over? please say yes", "follows"),
        ("does my mute list carry over? someone say yes", "mutes"),
    ],
)
def test_a_question_then_the_answer_hoped_for(text: str, subject: str) -> None:
    """ "do my blocks come along? please say no": the "no" after "say" is the answer
    hoped for, not a tag putting a claim forward (`[assertion] tags_not_after`): the
    question asks what happens to the thing."""
    assert subjects_of(text) == {subject}


def test_a_claim_tagged_then_a_hope_still_states() -> None:
    """ "my blocks come along right? please say no": the claim is put forward with its
    tag ("right?"); the hope after it takes nothing back."""
    assert myths_of("my blocks come along right? please say no") == {"blocks_move_automatically"}


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("do my blocks carry over? btw also my mutes", {"blocks", "mutes"}),
        ("will my follows transfer? btw my lists too", {"follows", "lists"}),
        ("do bookmarks come along? btw what about filters", {"bookmarks", "filters"}),
        ("does my bio get copied? btw do pinned posts move", {"profile", "pinned_posts"}),
        (
            "how long does the move take? btw will people get notified",
            {"duration", "notifications"},
        ),
    ],
)
def test_a_question_added_after_btw(text: str, asked: set[str]) -> None:
    """ "do blocked accounts come with me? btw also the muted ones": "btw" opens an
    afterthought that asks or names one more thing (an adding word, a conjunction before a
    question opener and a fragment's word, replies/intents/en.toml): both subjects asked
    (LABELS.md: two questions in one message)."""
    assert subjects_of(text) == asked


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("alias on new acct or old acct", "alias"),
        ("alias goes on new or old account", "alias"),
        ("alias set on new acc or old", "alias"),
        ("alias on new instance or old instance", "alias"),
        ("put the alias on new or on old account", "alias"),
    ],
)
def test_the_two_accounts_offered(text: str, subject: str) -> None:
    """ "alias on new or old acct": both accounts offered ("or old", "or the old" beside
    "or new" in question_words) ask which one, whatever order they come in: not the claim
    that the alias goes on the old account (LABELS.md: a question offering both ways)."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    ("text", "myth", "subjects"),
    [
        (
            "my followers will have to refollow me. how long does the move take?",
            "followers_must_refollow",
            {"followers", "duration"},
        ),
        (
            "everyone has to follow me again. does my username change?",
            "followers_must_refollow",
            {"followers", "username"},
        ),
        (
            "my posts move automatically. how do i delete the old account?",
            "posts_move_automatically",
            {"posts", "delete_old_account"},
        ),
        (
            "my blocks come along by themselves. will people get notified?",
            "blocks_move_automatically",
            {"blocks", "notifications"},
        ),
        (
            "the alias starts the transfer. how long does the move take?",
            "alias_starts_transfer",
            {"alias", "duration"},
        ),
    ],
)
def test_a_stated_myth_then_a_question_of_its_own(text: str, myth: str, subjects: set[str]) -> None:
    """ "my followers will have to refollow me. how long does the move take?": the claim
    stated, then a sentence a question opener opens that refers back to nothing: asked
    beside the myth (LABELS.md: both subjects, the myth), as after a comma."""
    assert myths_of(text) == {myth}
    assert set(read_row({"text": text}).understanding.subjects) == subjects
