"""Spanish classes round 57's tuning half showed failing (read on main b953dcd): commands
said in natural Spanish (a guide asked for as a question, voseo, no accents). The
phrasings are the tuner's own (learn27); none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "me guias con todo el proceso?",
        "¿me guías con el cambio de cuenta?",
        "oye bot, me guiás en la mudanza? ya tengo la cuenta nueva",
        "me acompañas en la mudanza?",
        "¿me acompañás a hacer todo el proceso?",
        "me acompaña usted con la migración?",
        "¿me echas una mano con la mudanza de cuenta?",
        "me echás una mano con todo el proceso?",
    ],
)
def test_a_guide_asked_for_as_a_question_starts(text: str) -> None:
    """ "¿me guías / me acompañás / me echas una mano con la mudanza?" in public asks to be
    walked through the move (start), as "¿me ayudas a mudarme?" already did: a request,
    not a question about the move."""
    assert command_of(text, "public") == "start"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("me guias con mis listas?", {"lists"}),
        ("me acompañas a importar los bloqueos?", {"blocks"}),
    ],
)
def test_a_guide_asked_for_one_thing_asks_about_it(text: str, subjects: set[str]) -> None:
    assert command_of(text, "public") is None
    assert subjects_of(text) == subjects
