"""Spanish classes of session 46, written when round 78's retirement retrain stopped reading
two older probes of these classes as their tests say. The phrasings are the lead's own; none
is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, read_row, subjects_of


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


# Session 46 (fr-es): classes of the rows round 78's retirement retrain stopped reading,
# mended in the tables. The phrasings are the tuner's own.


@pytest.mark.parametrize(
    "text",
    [
        "tengo 6 seguidores, migro o la abro de nuevo?",
        "con 5 seguidores nomás, la muevo o mejor abro una de nuevo?",
        "mis 8 seguidores, conviene llevarlos o arranco de nuevo?",
    ],
)
def test_moving_or_opening_the_account_again_is_whether_to_move(text: str) -> None:
    """A few followers, then moving weighed against opening the account again ("la abro de
    nuevo", "arranco de nuevo"): whether to move, not the followers."""
    assert subjects_of(text) == {"whether_to_move"}


@pytest.mark.parametrize(
    "text",
    [
        "que trae el csv de exportacion? solo los seguidos?",
        "¿qué contiene el csv exportado? ¿nada más las cuentas que sigo?",
        "el csv de exportar que lleva? solo seguidos y bloqueados?",
        "que incluye el csv, los silenciados tambien?",
    ],
)
def test_what_the_export_csv_holds_is_the_csv_export(text: str) -> None:
    """What the export's CSV holds, with a list offered as a guess: the Export page's files
    (LABELS.md: "which files are there" is csv_export, whatever list the file holds)."""
    assert subjects_of(text) == {"csv_export"}


@pytest.mark.parametrize(
    "text",
    [
        "creé el alias pero nunca le di a mover seguidores, se queda así?",
        "y si hago el alias y nunca migro, pasa algo malo?",
        "si pongo el alias en la nueva y no le doy a mover, se rompe algo?",
    ],
)
def test_the_alias_without_ever_moving_is_the_alias(text: str) -> None:
    """The alias made and the move never pressed: what the alias alone does is asked."""
    assert subjects_of(text) == {"alias"}


@pytest.mark.parametrize(
    "text",
    [
        "ya baje el csv de exportar, ahí tengo respaldadas todas mis publicaciones",
        "exporté el csv, ahí están mis toots guardados, listo",
        "descargué los csv de la página exportar, allí van todas mis fotos y posts",
    ],
)
def test_the_posts_there_in_the_exported_csv_is_the_myth(text: str) -> None:
    """The CSV told, then "ahí"/"allí" (in it) the posts: one claim across the two clauses,
    the CSV of posts (export_csv_of_posts, LABELS.md)."""
    reading = read_row({"text": text})
    assert reading.understanding is not None
    assert set(reading.understanding.subjects) == {"archive"}
    assert myths_of(text) == {"export_csv_of_posts"}


@pytest.mark.parametrize(
    "text",
    [
        "qué significa sobrescribir cuando importo mis bloqueados?",
        "al importar los seguidos, ¿sobrescribir o unir? ¿me borra a los que ya sigo?",
        "qué diferencia hay entre unir y sobrescribir al subir la lista de silenciados?",
    ],
)
def test_what_the_import_modes_mean_is_the_import(text: str) -> None:
    """What Overwrite and Merge mean, and whether overwriting erases the accounts followed:
    the import (not the list's own subject, not deleting the old account)."""
    assert subjects_of(text) == {"import"}


@pytest.mark.parametrize(
    "text",
    [
        "qué ven los demás después de mudarme, y puedo seguir posteando en la cuenta vieja?",
        "¿qué aparece en mi perfil viejo para la gente y podré seguir publicando desde la cuenta antigua?",
    ],
)
def test_what_others_see_and_posting_on_from_the_old_account(text: str) -> None:
    """What others see, and going on posting from the old account: both asked, the second
    keeping both accounts (LABELS.md)."""
    assert subjects_of(text) == {"what_others_see", "keep_both_accounts"}


@pytest.mark.parametrize(
    "text",
    [
        "lo de redirigir la cuenta, en qué es distinto de mover los seguidores?",
        "qué diferencia hay entre la redirección y mudar la cuenta?",
        "eso de la redirección en ajustes, qué diferencia tiene con trasladar a mis seguidores?",
    ],
)
def test_the_redirect_compared_with_moving_is_the_redirect(text: str) -> None:
    """The redirect compared with moving the followers: the redirect (its answer says it
    moves none)."""
    assert subjects_of(text) == {"redirect_only"}
