"""German classes of session 33 (learn33intl), chosen on the tuning halves of rounds 58-64
(read by a second opinion trained without them and by the tables alone) and checked on
rounds 16-56. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "wie nehm ich meine blockierungen mit",
        "wie nehme ich meine stummschaltungen mit zum neuen konto?",
        "wie nehme ich die blockierten leute mit?",
        "Wie nimmt man seine Listen mit beim Umzug?",
        "wie kann ich meine Listen mitnehmen?",
        "wie bekomm ich meine blockliste aufs neue konto",
    ],
)
def test_how_to_take_a_list_along_is_import(text: str) -> None:
    """ "wie nehme ich meine Stummschaltungen mit?" asks how to bring them over, which is
    importing them (LABELS), as "wie hol ich … rüber" already reads."""
    assert subjects_of(text) == {"import"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("wie nehme ich meine follower mit", "followers"),
        ("nehmen meine blockierungen automatisch mit?", "blocks"),
    ],
)
def test_followers_and_whether_a_list_moves_are_not_import(text: str, subject: str) -> None:
    assert subjects_of(text) == {subject}
