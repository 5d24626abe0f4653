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
        ("después podré cargar ese archivo en la cuenta nueva?", "archive"),
        ("¿podré volcar el respaldo en mi cuenta nueva cuando lo tenga?", "archive"),
        ("y el backup lo importo luego en la instancia nueva?", "export"),
    ],
)
def test_the_archive_file_taken_to_the_new_account_is_the_myth(text: str, where: str) -> None:
    """The zip, backup or archive itself uploaded, loaded or "volcado" on the new account,
    asked whether or not: that the posts can be imported is the claim put forward (LABELS:
    "can i upload my archive to restore my posts?")."""
    assert myths_of(text, where) == {"posts_can_be_imported"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("puedo importar mis publicaciones en la cuenta nueva?", "public"),
        ("puedo subir el archivo de seguidos a la cuenta nueva?", "import"),
    ],
)
def test_posts_or_a_csv_file_asked_whether_stay_questions(text: str, where: str) -> None:
    """Asking whether the posts can be imported, or uploading a CSV of a list, claims
    nothing."""
    assert subjects_of(text, where) in ({"posts"}, {"import"})
