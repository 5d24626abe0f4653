"""Spanish classes of session 51 (fr-es). The phrasings are the tuner's own; none is a row of
the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "qué ven los demás en mi perfil viejo y mi madre tiene que seguirme de nuevo?",
        "qué ven los demás y mis seguidores tienen que seguirme de nuevo?",
        "que va a ver la gente en mi perfil y la gente tiene que volver a seguirme?",
        "qué verán en mi cuenta vieja y mis amigos tienen que seguirme otra vez?",
    ],
)
def test_what_others_see_then_someone_who_must_refollow(text: str) -> None:
    """ "qué ven los demás … y mi madre tiene que seguirme de nuevo": the "y" and whoever
    must refollow open a question of their own, comma or not: both asked (LABELS.md)."""
    assert myths_of(text) == {"followers_must_refollow"}
    assert set(read_row({"text": text}).understanding.subjects) == {"followers", "what_others_see"}


@pytest.mark.parametrize(
    "text",
    [
        "cómo se crea el alias y luego cómo se inicia el traslado?",
        "primero se pone el alias y después cómo se empieza la migración?",
        "dónde se crea el alias? y luego cómo se comienza la mudanza?",
        "el alias cómo se hace, y luego cómo se arranca el traslado?",
        "¿podrían indicarnos cómo se configura el alias y luego cómo se inicia la migración?",
    ],
)
def test_the_alias_then_how_the_move_is_started_impersonally(text: str) -> None:
    """ "cómo se inicia el traslado": starting asked with an impersonal "se" names the move
    as strongly as "inicio el traslado", so beside the alias both are asked."""
    assert subjects_of(text) == {"alias", "move"}


@pytest.mark.parametrize(
    "text",
    [
        "Dios le bendiga, buenos días",
        "Dios te bendiga, buenas tardes",
        "bendiciones, buenas noches",
    ],
)
def test_a_blessing_then_a_hello_greets(text: str) -> None:
    """The blessing first, then the hello: a greeting, as "Buenos días, Dios le bendiga"
    is; the blessing alone thanks."""
    assert read_row({"text": text, "where": "dm"}).understanding.kind == "greeting"


@pytest.mark.parametrize(
    "text",
    [
        "¿puedes seguir donde lo dejamos?",
        "¿podés seguir donde lo dejamos? tuve que atender la puerta",
        "¿podemos seguir desde donde lo dejamos? tuve visita",
        "podés seguir por donde íbamos?",
    ],
)
def test_going_on_from_where_we_left_off_resumes(text: str) -> None:
    """ "seguir donde lo dejamos" after "puedes", "podés", "podemos": go on (resume), not
    "¿dónde lo dejamos?" alone, which asks where we are (status)."""
    assert command_of(text, "dm") == "resume"


@pytest.mark.parametrize(
    "text",
    [
        "toy saliendo de aquí",
        "estoy saliendo de este server",
        "me voy pa otro lao",
        "ya me voy para otro lado",
    ],
)
def test_leaving_said_as_going_elsewhere_is_away(text: str) -> None:
    """ "saliendo de aquí", "pa otro lao": leaving this server."""
    assert command_of(text, "choose_direction") == "away"
