"""Spanish classes of session 35 (learn35fr), chosen on the tuning halves of rounds 58-66
and checked on rounds 16-56. The phrasings are the tuner's own; none is a row of the
question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "todavía no me hice la cuenta nueva, ¿en qué servidor la abro?",
        "aún no tengo cuenta nueva, ¿dónde me creo una?",
        "no tengo la nueva todavía, dónde la hago?",
        "todavía no abrí la otra cuenta, ¿qué servidor me recomiendas?",
    ],
)
def test_no_new_account_yet_and_where_to_make_one_is_choosing_a_server(text: str) -> None:
    """Asked for the new handle, "todavía no tengo la cuenta nueva, ¿dónde me hago una?" is
    a question (where to open one: choosing a server), not "not yet" for the step."""
    assert subjects_of(text, "ask_new_handle") == {"choose_server"}


@pytest.mark.parametrize(
    "text",
    [
        "tenía 600 seguidores y en la cuenta nueva me salen 540, dónde están los otros?",
        "antes eran 1500 y ahora 1380, ¿dónde quedaron los otros 120?",
        "me mudé y me faltan como 50 seguidores, dónde quedaron?",
        "en la vieja eran 900 y en la nueva 850, y los otros 50 qué?",
    ],
)
def test_where_the_others_went_is_the_lower_count(text: str) -> None:
    """ "¿dónde quedaron los otros 120?": the new count lower than the old one."""
    assert subjects_of(text) == {"follower_count_lower"}


@pytest.mark.parametrize(
    "text",
    [
        "hay un límite al importar las cuentas que sigo?",
        "al importar el csv me sale un error de límite, cuántas cuentas puedo seguir?",
        "¿cuál es el máximo de gente que puedo seguir si importo mi lista?",
        "oye hay limit de gente que puedo seguir? voy a importar un montón",
    ],
)
def test_a_limit_when_importing_follows_is_the_follow_limit(text: str) -> None:
    """A limit met or feared while importing the accounts followed is the follow limit,
    not how to import."""
    assert subjects_of(text) == {"follow_limit"}


@pytest.mark.parametrize(
    "text",
    [
        "ya puse el alias, ¿dónde le doy para pasar a mis seguidores?",
        "no encuentro el botón para mover a los seguidores, dónde está?",
        "dónde está la opción para que se pasen mis seguidores a la nueva?",
        "¿en qué parte le doy para que se muevan los seguidores?",
    ],
)
def test_where_to_press_to_move_the_followers_is_the_move(text: str) -> None:
    """Where the button or option is that moves the followers is starting the move
    ("Mover seguidores" on the old account), not whether followers move."""
    assert subjects_of(text) == {"move"}


@pytest.mark.parametrize(
    "text",
    [
        "si alguien me arroba en la cuenta vieja después de la mudanza, me llega?",
        "cuando la gente me arrobe a la cuenta antigua, me entero?",
        "y si me arroban en la vieja ya mudado, lo veo?",
    ],
)
def test_being_at_mentioned_on_the_old_account_is_old_account_mentions(text: str) -> None:
    """ "me arroba" (someone @-mentions me) on the old account: mentions that still reach
    it, not the member's handle."""
    assert subjects_of(text) == {"old_account_mentions"}


@pytest.mark.parametrize(
    "text",
    [
        "la foto de perfil y el banner se pasan solos, verdad?",
        "el avatar y la foto de portada se copian automáticamente así que no hago nada",
        "mi foto y la cabecera se transfieren con la mudanza, no?",
    ],
)
def test_the_photo_beside_the_banner_is_the_avatar_myth_alone(text: str) -> None:
    """One photo beside the banner or header is the avatar: the profile's myth, not the
    posts' (media) moving too."""
    assert myths_of(text) == {"avatar_header_transferred"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "después del traslado, ¿puedo seguir entrando a la cuenta vieja para sacar mis cosas?",
            "old_account",
        ),
        ("todavía voy a poder loguearme en la cuenta antigua después de mudarme?", "old_account"),
        ("puedo entrar a la vieja después para descargar cosas?", "old_account"),
        (
            "si me mudo y no me gusta el nuevo, puedo irme a un tercer servidor al toque?",
            "cooldown",
        ),
        ("qué se lleva uno cuando cambia de instancia?", "overview"),
    ],
)
def test_logging_in_to_the_old_account_a_third_server_and_what_one_takes(
    text: str, subject: str
) -> None:
    """Getting into the old account afterwards to fetch things is what it still allows
    (old_account); a third server right after is a second move (the cooldown, not moving
    back); "¿qué se lleva uno?" is what moves (the overview)."""
    assert subjects_of(text) == {subject}
