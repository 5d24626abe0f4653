"""Spanish classes of session 41 (eu), chosen on the tuning halves of rounds 58-73, round 73
first. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, subjects_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("el zip lo puedo subir después a la cuenta nueva?", "download"),
        ("ese zip se puede subir al servidor nuevo?", "public"),
        ("¿podré cargar ese archivo en la cuenta nueva y recuperar mis hilos?", "archive"),
        ("¿podré volcar el respaldo en mi cuenta nueva cuando lo tenga?", "archive"),
        ("y el backup lo importo luego en la instancia nueva?", "export"),
        # The posts themselves imported, asked for a yes: the same claim put forward, as
        # the writers label "can I import my posts here too?" (rounds 76 and 85).
        ("puedo importar mis publicaciones en la cuenta nueva?", "public"),
    ],
)
def test_the_archive_file_taken_to_the_new_account_is_the_myth(text: str, where: str) -> None:
    """The zip, backup or archive itself, or the posts, uploaded, loaded or "volcado" on
    the new account, asked whether or not: that the posts can be imported is the claim put
    forward (LABELS: "can i upload my archive to restore my posts?")."""
    assert myths_of(text, where) == {"posts_can_be_imported"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("puedo subir el archivo de seguidos a la cuenta nueva?", "import"),
    ],
)
def test_a_csv_file_asked_whether_stays_a_question(text: str, where: str) -> None:
    """Asking whether a CSV of a list can be uploaded claims nothing."""
    assert subjects_of(text, where) in ({"posts"}, {"import"})


@pytest.mark.parametrize(
    "text",
    [
        "ya creé el alias en mi cuenta vieja, ahora qué sigue?",
        "hice el alias en la vieja, ¿qué hago después?",
        "puse el alias en la cuenta antigua, que toca ahora",
    ],
)
def test_a_claim_told_as_done_then_whats_next_states_it(text: str) -> None:
    """What was done told first, then "¿qué sigue?" / "¿qué hago después?" in the same
    sentence: a closing tag asking for the next step, so the clause before it states (here
    the alias made on the old account: LABELS alias_on_old_account)."""
    assert myths_of(text) == {"alias_on_old_account"}


def test_the_alias_done_on_the_new_account_then_whats_next_states_nothing() -> None:
    assert subjects_of("ya creé el alias en la nueva, qué sigue?") == {"move"}


@pytest.mark.parametrize(
    "text",
    [
        "¿Y los silenciados? ¿cómo los paso a la otra cuenta?",
        "¿y los bloqueados? ¿cómo los paso a la nueva?",
        "¿y la gente que sigo? ¿cómo la paso a la nueva?",
    ],
)
def test_a_list_named_alone_then_how_to_bring_it_over_is_import(text: str) -> None:
    """A sentence that only names a list ("¿y los silenciados?") is what the next question,
    naming nothing else, takes up ("¿cómo los paso?"): one question, how to import it
    (LABELS: import)."""
    assert subjects_of(text) == {"import"}


def test_whether_a_list_moves_then_how_to_bring_it_over_asks_both() -> None:
    assert subjects_of("¿se mudan los silenciados? ¿cómo los paso?") == {"mutes", "import"}
