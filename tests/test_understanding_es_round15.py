"""Spanish classes of phrasing seen failing in round 15's tuning half (commands in
everyday words in a DM or at a step): each case is the tuner's own phrasing, read at first
contact, so reverting the fix makes it fail."""

from __future__ import annotations

import pytest
from question_set import command_of


@pytest.mark.parametrize(
    "text",
    [
        "bórrame la cuenta",
        "elimíname la cuenta porfa",
        "quiero que me borres la cuenta",
        "borra mi cuenta xd",
        "me borras la cuenta jaja",
        "bórrame todo jajaja",
    ],
)
def test_es_delete_me_with_a_pronoun_or_a_laugh_asks_which(text: str) -> None:
    """ "Bórrame la cuenta xd": deleting with nothing saying whose data, the object
    pronoun glued to the verb and a laugh beside it, asks which one is meant."""
    assert command_of(text, "dm") == "clarify_delete"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("pausa los avisos por favor", "followers"),
        ("pausa los recordatorios", "followers"),
        ("pon en pausa los mensajes", "dm"),
        ("pausa las notificaciones un tiempo", "alias"),
        ("para de avisarme", "followers"),
        ("ya no me avises más", "move"),
        ("no me recuerdes nada por ahora", "import"),
    ],
)
def test_es_pausing_the_reminders_stops(text: str, where: str) -> None:
    """ "Pausa los avisos", "no me avises más": no more reminders for now (stop)."""
    assert command_of(text, where) == "stop"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("regresa uno que me pasé", "download"),
        ("vuelve uno atrás", "import"),
        ("me pasé, regresa uno", "alias"),
        ("me adelanté, vuelve al de antes", "archive"),
        ("uno atrás porfa", "move"),
        ("regrésate uno", "export"),
    ],
)
def test_es_one_step_back_in_few_words_goes_back(text: str, where: str) -> None:
    """ "Regresa uno", "vuelve al de antes": one step back, not moving back to the old
    server."""
    assert command_of(text, where) == "back"


@pytest.mark.parametrize(
    "text",
    [
        "ya terminé de grabar, seguimos?",
        "ya estoy libre, seguimos?",
        "listo ya tengo tiempo, le seguimos?",
        "ya acabé lo que estaba haciendo, seguimos",
        "ya estoy de regreso, le damos?",
        "ya tengo un rato, sigamos",
    ],
)
def test_es_free_again_shall_we_go_on_resumes(text: str) -> None:
    """Outside a step, "ya estoy libre, ¿seguimos?": back from a pause, go on (resume),
    not how the move is going."""
    assert command_of(text, "dm") == "resume"
