"""Spanish classes of session 43 (es), chosen on the tuning halves of rounds 58-75, round 75
first. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "cómo borro mi cuenta?",
        "como elimino mi cuenta",
        "¿cómo puedo eliminar mi cuenta?",
        "como hago para borrar mi cuenta??",
        "¿cómo le hago para borrar mi cuenta?",
    ],
)
def test_how_to_delete_my_account_naming_none_asks_which(text: str) -> None:
    """ "¿Cómo borro mi cuenta?" with no word saying which account (or the bot's data) is
    the deletion asked for, as "how do I delete my account" is: the bot asks which one."""
    assert command_of(text, "public") == "clarify_delete"


@pytest.mark.parametrize(
    "text", ["¿cómo borro mi cuenta vieja?", "como elimino la cuenta antigua despues de mudarme"]
)
def test_how_to_delete_the_old_account_stays_a_question(text: str) -> None:
    assert command_of(text, "public") is None
    assert subjects_of(text) == {"delete_old_account"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("¿me respondes en japonés? estoy practicando", "ja"),
        ("¿me contestas en inglés? lo estoy estudiando", "en"),
        ("¿me escribís en francés? estoy practicando para un viaje", "fr"),
        ("¿me responde en alemán? lo estudio desde hace un año", "de"),
    ],
)
def test_a_language_asked_for_with_practice_as_the_reason_switches(
    text: str, language: str
) -> None:
    """A reply language asked for, then practising or studying it as the reason: the
    request, as learning it ("lo estoy aprendiendo") already was."""
    assert command_of(text, "public") == f"language:{language}"


@pytest.mark.parametrize(
    "text",
    [
        "voy a subir el csv de mis toots a la cuenta nueva para recuperarlos",
        "pienso importar el csv con mis publicaciones en la nueva",
        "el csv de mis posts lo subo a la nueva y listo",
        "¿cómo subo el csv de mis publicaciones a la nueva?",
        "¿dónde importo el csv con mis toots?",
    ],
)
def test_a_csv_of_posts_to_upload_is_both_myths(text: str) -> None:
    """The export's CSV said to hold the posts, then uploaded to the new account (a plan,
    or asked how or where): the CSV myth and the import myth both (LABELS.md), as it is
    for an archive; "¿cómo subo el csv a la nueva?" names no posts and asks how to import."""
    reading = read_row({"text": text})
    assert reading.understanding is not None
    assert set(reading.understanding.subjects) == {"archive", "posts"}
    assert myths_of(text) == {"export_csv_of_posts", "posts_can_be_imported"}


def test_a_csv_named_without_posts_asks_how_to_import() -> None:
    assert subjects_of("¿cómo subo el csv a la nueva?") == {"import"}


@pytest.mark.parametrize(
    "text",
    [
        "gracias, ya van llegando de a poco",
        "muchas gracias, ya me están llegando los seguidores",
        "ya van llegando, mil gracias",
        "gracias che, ya están llegando todos",
        "ya están llegando mis seguidores, gracias",
    ],
)
def test_thanks_beside_the_arrivals_told_is_thanks(text: str) -> None:
    """At the followers' wait, the arrivals told (not asked) beside a thanks: news and
    thanks, not the question how the move is going."""
    assert command_of(text, "followers") is None
    reading = read_row({"text": text, "where": "followers"})
    assert reading.understanding is not None
    assert reading.understanding.kind == "thanks"


@pytest.mark.parametrize("text", ["gracias, ya están llegando?", "gracias, cuántos han llegado"])
def test_thanks_beside_the_arrivals_asked_asks_the_progress(text: str) -> None:
    assert command_of(text, "followers") == "progress"


@pytest.mark.parametrize(
    "text",
    [
        "¿por qué no veo los filtros?",
        "no me aparecen los filtros en la lista, ¿por qué?",
        "no encuentro lo de Filtros por ningún lado, ¿qué onda?",
        "¿cómo exporto los filtros?",
    ],
)
def test_the_filters_missing_or_asked_at_the_export_step_are_the_filters(text: str) -> None:
    """At the export step, the filters' row missing or its export asked about: the filters'
    answer (a JSON file, Mastodon 4.6+), not how to do the step, which is the CSVs."""
    assert command_of(text, "export") is None
    assert subjects_of(text, "export") == {"filters"}


def test_a_missing_csv_row_at_the_export_step_still_asks_how() -> None:
    assert command_of("no me sale la fila de seguidos, ¿por qué?", "export") == "how"
