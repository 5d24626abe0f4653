"""Classes of session 47, written when the retirement retrain of rounds 79–81 stopped
reading two older probes as their tests say. The phrasings are the lead's own; none is a row
of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, read_row


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("mis seguidores se pasan solos o qué", "followers"),
        ("los que sigo se copian solos a la cuenta nueva o qué", "follows"),
        ("mis publicaciones se mudan solas o qué", "posts"),
        ("mis seguidos se vienen conmigo solitos o qué", "follows"),
        ("las cuentas que sigo se pasan solas al mudarme o qué", "follows"),
        ("mis posts se copian solos a la nueva o qué onda", "posts"),
    ],
)
def test_spanish_things_moving_by_themselves_closed_by_o_que_are_asked(
    text: str, subject: str
) -> None:
    """ "…se pasan solos o qué" asks whether they move by themselves (the closing "o qué" is
    the question's tag, tests/test_understanding_eu_round7.py): a question, not the myth."""
    reading = read_row({"text": text})
    assert reading.understanding is not None
    assert reading.understanding.kind == "question"
    assert reading.understanding.subjects == [subject]


@pytest.mark.parametrize(
    "text",
    [
        "die alten Tröts erscheinen nach dem Umzug auf dem neuen Konto, stimmt's?",
        "meine Posts landen nach der Migration im neuen Profil, stimmt das?",
        "meine alten Beiträge sind nach dem Umzug im neuen Konto zu sehen, stimmt das?",
        "meine Beiträge tauchen nach dem Umzug einfach im neuen Profil auf, oder?",
    ],
)
def test_german_posts_said_to_appear_on_the_new_profile_is_the_myth(text: str) -> None:
    """Old posts said to show up on the new profile ("tauchen … auf", "erscheinen",
    "landen", "zu sehen"), asked only to be confirmed: the claim that posts move."""
    assert myths_of(text) == {"posts_move_automatically"}
