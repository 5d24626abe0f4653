"""Spanish classes of session 51 (fr-es). The phrasings are the tuner's own; none is a row of
the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, read_row, subjects_of


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
