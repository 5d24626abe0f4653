"""Spanish classes of session 34 (learn34jfe), chosen on the tuning halves of rounds 58-65
and checked on rounds 16-56. The phrasings are the tuner's own; none is a row of the
question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "¿se puede subir el zip del archivo a la cuenta nueva para recuperar mis publicaciones?",
        "tengo el archivo descargado, lo importo en el server nuevo pa recuperar mis toots?",
        "si cargo el zip en la nueva, ¿es para que vuelvan todos mis posts?",
        "oye y puedo subir el archivo a la cuenta nueva para restaurar mis publicaciones?",
        "¿sirve importar el archivo en la otra cuenta pa tener de vuelta mis posts?",
    ],
)
def test_uploading_the_archive_to_get_the_posts_back_is_the_myth(text: str) -> None:
    """Asking whether the archive can be uploaded "para recuperar / restaurar" the posts puts
    the claim forward for a yes: the myth (LABELS.md: "can i upload my archive to restore my
    posts?")."""
    assert myths_of(text) == {"posts_can_be_imported"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("¿puedo importar el archivo en la cuenta nueva?", "archive"),
        ("¿puedo subir el csv a la nueva pa recuperar a la gente que sigo?", "import"),
    ],
)
def test_asking_whether_alone_or_of_a_csv_is_no_myth(text: str, subject: str) -> None:
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    "text",
    [
        "ya tengo la cuenta nueva, ¿cómo hago el move desde la vieja?",
        "como le hago pa hacer la mudanza desde la cuenta vieja",
        "ya tengo todo listo, ¿el move lo hago desde la vieja?",
        "oye y la mudanza se hace desde el viejo o desde el nuevo?",
    ],
)
def test_how_to_do_the_move_from_the_old_account_is_the_move(text: str) -> None:
    """ "el move / la mudanza desde la (cuenta) vieja": the move, started on the old
    account, not what becomes of the old account. ("hacer el move" alone is often the
    story: "ando viendo como hacer el move pero me da cosa perder los followers".)"""
    assert subjects_of(text) == {"move"}


@pytest.mark.parametrize(
    "text",
    [
        "¿y mis posts fijados? ¿y los hashtags destacados de mi perfil?",
        "los posts fijados y los hashtags destacados del perfil, se pierden?",
        "che, se pasan los fijados? y los hashtags destacados que tengo en mi perfil?",
    ],
)
def test_featured_hashtags_beside_pinned_posts_are_the_profile(text: str) -> None:
    """The profile's featured hashtags named beside the pinned posts: both subjects (the
    rule that reads "fijados en mi perfil" as where they are pinned leaves them)."""
    assert subjects_of(text) == {"pinned_posts", "profile"}
