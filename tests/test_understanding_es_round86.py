"""Spanish classes of session 49 (fr-es). The phrasings are the tuner's own; none is a row of
the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, read_row, subjects_of


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("¿dónde nos quedamos?", "status"),
        ("hola de nuevo, dónde nos quedamos?", "status"),
        ("¿Dónde lo dejamos? ¿qué hago ahora?", "status"),
        ("sigamos donde nos quedamos", "resume"),
        ("continuemos donde nos quedamos porfa", "resume"),
        ("ya estoy, ¿seguimos por donde lo dejamos?", "resume"),
    ],
)
def test_where_we_left_off_asked_is_status_and_gone_on_from_resumes(
    text: str, command: str
) -> None:
    """ "¿dónde nos quedamos?" asked alone asks where the move stands; after a verb of going
    on ("sigamos donde nos quedamos") it resumes."""
    assert command_of(text, "dm") == command


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("feliz navidad a todo el equipo", "greeting"),
        ("Felices fiestas a toda la comunidad", "greeting"),
        ("Feliz año nuevo a todo el equipo del server 🎉", "greeting"),
        ("cómo subo fotos a instagram", "unknown"),
        ("como subo un reel a insta", "unknown"),
        ("cómo subo un video a youtube", "unknown"),
    ],
)
def test_seasons_wishes_greet_and_another_services_uploads_are_off_topic(
    text: str, kind: str
) -> None:
    """A season's wish "a todo el equipo" greets (no "todo" that moves); uploading to
    another service asks about that service, not importing posts."""
    assert read_row({"text": text}).understanding.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "si alguien me etiqueta en la cuenta vieja, me llega a la nueva?",
        "si me etiquetan en mi cuenta anterior lo veo en la nueva o no",
        "y si me taguean en la cuenta vieja despues de mudarme, me entero?",
        "cuando me etiqueten en la cuenta antigua, dónde me llega?",
    ],
)
def test_being_tagged_on_the_old_account_is_its_mentions(text: str) -> None:
    """ "me etiqueta(n)", "me taguean": a mention of the old account (old_account_mentions),
    not a hashtag ("etiqueta", off topic)."""
    assert subjects_of(text) == {"old_account_mentions"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("el archivo ese lleva también mis posts de solo seguidores?", "followers_only_posts"),
        ("¿el zip trae mis favoritos?", "boosts_favourites"),
        (
            "mis publicaciones solo para seguidores están incluidas en el archivo?",
            "followers_only_posts",
        ),
        ("los impulsos que hice vienen en el zip?", "boosts_favourites"),
    ],
)
def test_whether_the_archive_holds_them_is_their_own_answer(text: str, subject: str) -> None:
    """Followers-only posts' and favourites' own answers tell that the archive has them:
    no question about the archive itself."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    "text",
    [
        "mis publicaciones favoritas se pierden?",
        "las publicaciones que marqué como favoritas se pasan?",
        "los posts marcados como favoritos se mudan conmigo?",
        "mis mensajes favoritos se pierden?",
    ],
)
def test_posts_named_as_the_ones_favourited(text: str) -> None:
    """ "mis publicaciones favoritas": the favourites, not the member's own posts."""
    assert subjects_of(text) == {"boosts_favourites"}
