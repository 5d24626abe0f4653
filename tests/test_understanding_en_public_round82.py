"""English classes of session 47 (en-public), chosen on the tuning halves of rounds 58-81:
a public myth stated, then a second question an adding word joins to it; a question reported
before it is put, read as the myth stated. The phrasings are the tuner's own; none is a row
of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "my followers will have to refollow me on the new one, and how long does the whole move take?",
            "duration",
        ),
        ("everyone has to refollow me, and will they get a notification?", "notifications"),
        ("people will have to follow me again, and does my username change?", "username"),
        (
            "my followers need to follow me again on the new one, and will my posts come with me?",
            "posts",
        ),
        (
            "everyone has to follow me again and what do people see on my old page",
            "what_others_see",
        ),
        (
            "all my followers must refollow me by hand and how long does the whole thing take",
            "duration",
        ),
    ],
)
def test_a_stated_myth_and_an_added_question(text: str, asked: str) -> None:
    """ "my followers will have to refollow me, and what will they see on my old page?": the
    claim stated in plain clauses, then a question an adding word ("and") joins to it: the
    myth, beside the subject the added question asks (LABELS.md: both subjects, the myth),
    not a story going on."""
    assert myths_of(text) == {"followers_must_refollow"}
    assert set(read_row({"text": text}).understanding.subjects) == {"followers", asked}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("my wife wants to know do the people we follow go with the account", "follows"),
        ("a friend asked me does the block list transfer when you switch servers", "blocks"),
        ("a colleague wants to know does the follow list get copied across", "follows"),
        ("my husband asked me does the mute list come along when we switch", "mutes"),
        ("my daughter wanted to know do our blocked accounts move to the new server", "blocks"),
    ],
)
def test_a_question_reported_before_it_is_put(text: str, subject: str) -> None:
    """ "hubby asked me does the list of people we follow go with the account": someone's
    question reported ("asked me", "wants to know") before it is put, with no "?": asked
    what happens to the thing (LABELS.md), not its myth stated."""
    assert subjects_of(text) == {subject}
