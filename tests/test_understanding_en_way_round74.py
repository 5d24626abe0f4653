"""Asking the way to do what a myth claims can be done (session 41, found by round 73's
retrain: the model's score for "how do i reload my old posts on the new one" fell below
interpret's UNSTATED_ASKED and the claim was read as a plain question). The phrasings are
the lead's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, read_row


@pytest.mark.parametrize(
    "text",
    [
        "how do i reload my toots on my new account",
        "how can i reload all my old posts here",
        "how do i bring my toots back in on the new one",
        "how would i reload the old posts",
        "how do i re-upload my old posts to the new server",
        "how do I upload my archive so my posts show up again",
    ],
)
def test_asking_how_takes_the_import_of_posts_for_granted(text: str) -> None:
    """ "how do i reload my toots on my new account": asking how to load posts back in
    takes for granted that they can be (LABELS.md), whatever the second opinion scores
    (en.toml yes_no.way_words, understand.Lexicon.asks_the_way)."""
    assert myths_of(text) == {"posts_can_be_imported"}


@pytest.mark.parametrize(
    "text",
    [
        "all the pics i uploaded, where do they end up after i move",
        "can i import my posts?",
        "how do posts work after moving",
    ],
)
def test_asking_what_becomes_of_posts_states_nothing(text: str) -> None:
    """An open question about what becomes of posts, or whether they can be imported,
    makes no claim: only the way to do it takes it for granted."""
    reading = read_row({"text": text, "where": "public"})
    assert reading.command is None
    assert reading.understanding.kind == "question"
    assert reading.understanding.myths == []
