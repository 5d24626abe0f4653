"""Spanish classes of session 48 (learn48-fres): commands at the walkthrough's steps and in
DMs, from no row's text. The phrasings are the tuner's own; none is a row of the question
sets."""

from __future__ import annotations

import pytest
from question_set import command_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("no sé cómo", "alias"),
        ("no sé hacerlo", "alias"),
        ("ni idea de dónde está eso", "export"),
        ("no tengo idea", "move"),
        ("no me queda claro", "import"),
        ("perdona pero no te sigo", "alias"),
        ("no cacho", "profile"),
        ("no lo entiendo", "archive"),
    ],
)
def test_not_knowing_how_or_not_following_at_a_step_asks_how(text: str, where: str) -> None:
    """ "no sé cómo", "ni idea", "no te sigo": the step itself not understood (how), not a
    "no" that says the step is not done yet."""
    assert command_of(text, where) == "how"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("después", "alias"),
        ("ahí voy", "export"),
        ("el finde lo hago", "import"),
        ("cuando llegue a casa", "profile"),
        ("no me ha dado tiempo", "move"),
        ("déjame terminar de comer", "alias"),
        ("en cuanto pueda", "archive"),
        ("ya casi", "alias"),
    ],
)
def test_a_step_put_off_to_a_later_time_is_not_yet(text: str, where: str) -> None:
    """A time to come ("el finde", "cuando llegue a casa"), a moment asked for ("déjame
    terminar de comer") or a step almost done ("ya casi"): not yet."""
    assert command_of(text, where) == "not_yet"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("migrado", "move", "done"),
        ("subido", "import", "done"),
        ("lo tengo", "alias", "done"),
        ("ahí quedó", "profile", "done"),
        ("me salió bien", "alias", "done"),
        ("cancelar", "alias", "stop"),
        ("cancela todo", "export", "stop"),
        ("deja de molestarme", "followers", "stop"),
        ("ya no quiero hacer esto", "import", "stop"),
        ("paso", "profile", "skip"),
        ("ese no", "archive", "skip"),
        ("volvamos", "alias", "back"),
        ("espera, vuelve al anterior", "move", "back"),
        ("en qué parte estoy", "dm", "status"),
    ],
)
def test_a_step_answered_in_a_word_or_two(text: str, where: str, command: str) -> None:
    """A bare participle ("migrado"), "lo tengo", "cancelar", "paso" (I pass), "volvamos":
    the answer or order a step takes, said short."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("me quiero ir de aquí", "away"),
        ("salir de aquí", "away"),
        ("la primera", "away"),
        ("me estoy mudando aquí", "here"),
        ("estoy llegando", "here"),
        ("la segunda", "here"),
    ],
)
def test_the_direction_said_as_a_wish_or_an_option_by_its_place(text: str, command: str) -> None:
    """ "ir de aquí" without "irme", "mudando aquí" (to here, not "de aquí"), and the options
    as "la primera" / "la segunda" (opción)."""
    assert command_of(text, "choose_direction") == command


@pytest.mark.parametrize(
    "text",
    ["vamos a seguir", "sigo con la mudanza", "de vuelta", "otra vez aquí", "volví"],
)
def test_coming_back_to_the_walkthrough_in_a_dm_resumes(text: str) -> None:
    assert command_of(text, "dm") == "resume"
