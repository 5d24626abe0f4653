"""Spanish classes of session 52 (es52). The phrasings are the tuner's own; none is a row of
the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "no sé dónde se pone el alias y cuánto tarda todo?",
        "no encuentro dónde va el alias y tampoco sé cuánto tarda todo",
        "no entiendo cómo se crea el alias y cuánto tarda todo el proceso",
        "cómo creo el alias? y cuánto se tarda en total?",
        "oye no doy con dónde se configura el alias y cuánto tarda la mudanza?",
    ],
)
def test_where_the_alias_goes_beside_how_long_asks_both(text: str) -> None:
    """Where or how the alias is put, asked beside how long it all takes: two questions,
    not the alias's own wait ("¿cuánto tarda el alias en verse?")."""
    assert subjects_of(text) == {"alias", "duration"}


@pytest.mark.parametrize(
    "text",
    [
        "cuánto tiempo después de crear el alias puedo mudarme?",
        "cuánto tarda en funcionar el alias",
    ],
)
def test_the_alias_wait_is_how_long(text: str) -> None:
    assert subjects_of(text) == {"duration"}


@pytest.mark.parametrize(
    "text",
    [
        "cómo borro todo?",
        "cómo borro todo? ya me harté de esto",
        "cómo elimino todo? no quiero saber nada más",
        "cómo lo borro todo? estoy harta",
        "cómo borro mi cuenta? ya me cansé",
        "ya no quiero nada de esto. ¿cómo borro todo?",
    ],
)
def test_deleting_everything_asked_beside_a_mood_asks_which(text: str) -> None:
    """ "¿cómo borro todo?" names no account, whatever mood is told beside it: which one
    (clarify_delete, LABELS.md), as "¿cómo borro mi cuenta?"."""
    assert command_of(text, "public") == "clarify_delete"


@pytest.mark.parametrize(
    "text",
    [
        "cómo borro todo? la cuenta vieja ya no la quiero",
        "Ya me mudé a la nueva. ¿Cómo borro la vieja?",
    ],
)
def test_deleting_beside_the_old_account_named_is_that_account(text: str) -> None:
    assert subjects_of(text) == {"delete_old_account"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("¿se pueden importar aquí también mis publicaciones viejas?", "import"),
        ("¿puedo importar también mis toots aquí?", "import"),
        ("¿aquí se pueden importar mis posts?", "public"),
        ("¿puedo importar mis publicaciones antiguas aquí?", "import"),
        ("oye, ¿también se pueden importar aquí mis posts?", "import"),
    ],
)
def test_importing_the_posts_here_puts_the_claim_forward(text: str, where: str) -> None:
    """ "¿se pueden importar aquí también mis publicaciones?": importing the posts "here", on
    the Import page, takes the myth's claim for granted (LABELS.md, as "can I import my posts
    here too?"); asked whether alone it stays a question (test_understanding_es_round74)."""
    assert myths_of(text, where) == {"posts_can_be_imported"}


@pytest.mark.parametrize(
    "text",
    [
        "¿se pueden importar las publicaciones o se quedan?",
        "mis posts se pueden importar en la nueva o se pierden?",
    ],
)
def test_importing_the_posts_offered_both_ways_asks(text: str) -> None:
    assert subjects_of(text) == {"posts"}


@pytest.mark.parametrize(
    "text",
    [
        "¿me ayudas con todo o solo respondes preguntas?",
        "qué haces tú exactamente? me ayudas con todo o solo contestas dudas?",
        "oye bot, ¿tú solo respondes preguntas sueltas?",
        "¿solo contestas preguntas o algo más?",
        "que fas ti? so respondes preguntas?",
    ],
)
def test_whether_the_bot_only_answers_questions_asks_for_help(text: str) -> None:
    """What the bot does, asked as whether it helps with everything or only answers
    questions ("todo" is what it helps with, not everything that moves): help."""
    assert command_of(text, "public") == "help"
