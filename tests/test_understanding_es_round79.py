"""Spanish classes of session 46, written when round 78's retirement retrain stopped reading
two older probes of these classes as their tests say. The phrasings are the lead's own; none
is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "¿se puede importar el archivo en la cuenta nueva?",
        "¿el archivo lo puedo importar en la otra cuenta?",
        "¿puedo importar mi archivo en la instancia nueva?",
    ],
)
def test_asking_whether_the_archive_imports_is_the_archive(text: str) -> None:
    """Asking only whether the archive can be imported (nothing put forward: no "para
    recuperar mis posts") is a question about the archive, answered with what it is for
    (LABELS.md; tests/test_understanding_es_round66.py)."""
    assert subjects_of(text) == {"archive"}


@pytest.mark.parametrize(
    "text",
    [
        "¿y a los que uno sigue, cómo me los llevo?",
        "las cuentas que uno sigue, ¿cómo las recupero?",
    ],
)
def test_the_ones_one_follows_are_the_follows(text: str) -> None:
    """The impersonal "uno sigue" is the member following others: the follows, not the
    followers (tests/test_understanding_es_round72.py)."""
    assert subjects_of(text) == {"follows"}
