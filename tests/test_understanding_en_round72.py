"""English classes of session 39 (learn39-en), chosen on the tuning halves of rounds 67-71.
The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import read_row, subjects_of


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("blocks move?", "blocks"),
        ("my mutes move?", "mutes"),
        ("my posts move over?", "posts"),
        ("muted users move?", "mutes"),
        ("blocks move over?", "blocks"),
        ("posts move with me?", "posts"),
    ],
)
def test_terse_thing_and_move_asked(text: str, subject: str) -> None:
    """ "blocks move?", "my posts move over?": a thing's name and a moving word with a "?"
    and nothing put forward beside them (no "automatically", "so my", "too") ask what
    happens to the thing, like "do my posts move?" (LABELS.md); they state no claim
    (intents/en.toml myths.*_move_automatically put_forward_by)."""
    assert not read_row({"text": text, "where": "public"}).understanding.myths
    assert subjects_of(text, "public") == {subject}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("my mutes will transfer or no?", "mutes"),
        ("blocks move with me or no?", "blocks"),
        ("mutes carry over, yes or no?", "mutes"),
        ("my old posts will move to new server or no?", "posts"),
        ("blocked people move with me or no?", "blocks"),
    ],
)
def test_or_no_offers_both_answers(text: str, subject: str) -> None:
    """ "blocks move with me or no?": a "no" offered as the other answer ("or no", "yes or
    no") asks which, as "... or not?" does; it is no tag asking to confirm a claim (the
    Spanish "no" tag read in every locale's message, walkthrough/es.toml, and a clause's
    closing tag, bot/understand.py _asserted, leave it)."""
    assert not read_row({"text": text, "where": "public"}).understanding.myths
    assert subjects_of(text, "public") == {subject}


@pytest.mark.parametrize(
    "text",
    [
        "how long before the old server sees my alias? it still says not an alias",
        "old server still doesn't see the alias, not an alias error, how long does that take",
        "how long till my old server recognises the alias? move page says not an alias",
        "how many hours until the old side sees the alias, getting the alias error",
    ],
)
def test_how_long_with_the_not_an_alias_error_named(text: str) -> None:
    """ "how long until the old server sees the alias? it keeps saying not an alias": the
    wait asked about beside the error named is the error's (its answer tells the old
    server's wait), not the move's whole timing (intents/en.toml rules: duration beside
    not_an_alias_error)."""
    assert read_row({"text": text, "where": "public"}).command is None
    assert subjects_of(text, "public") == {"not_an_alias_error"}
