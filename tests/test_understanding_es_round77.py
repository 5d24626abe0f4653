"""Spanish classes of session 44 (fr-es), chosen on the tuning halves of rounds 58-76, round 76
first. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "¿cuál es la diferencia entre la exportación y el archivo?",
        "qué diferencia hay entre exportar y pedir el archivo",
        "¿exportar es lo mismo que pedir el archivo?",
    ],
)
def test_the_export_compared_with_the_archive_asks_both(text: str) -> None:
    """The Export page compared with the archive: both asked about (en.toml, fr.toml)."""
    assert subjects_of(text) == {"archive", "csv_export"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("¿en el csv vienen también mis publicaciones?", "public"),
        ("el csv incluye las publicaciones?", "public"),
        ("¿mis toots vienen en el archivo csv?", "public"),
        ("¿en el csv vienen también mis publicaciones?", "export"),
    ],
)
def test_the_posts_asked_to_be_in_the_csv_is_the_myth(text: str, where: str) -> None:
    """Whether the posts come in the CSV ("vienen en", "incluye", "en el csv"): the claim
    put forward for a yes (LABELS.md)."""
    assert myths_of(text, where) == {"export_csv_of_posts"}


@pytest.mark.parametrize(
    "text",
    [
        "¿qué verán mis seguidores y tienen que seguirme de nuevo?",
        "¿qué van a ver mis seguidores y me tienen que volver a seguir?",
        "¿qué ven mis seguidores en el perfil viejo y tienen que seguirme otra vez?",
    ],
)
def test_what_the_followers_see_and_refollowing_asks_both(text: str) -> None:
    """The followers named as those who see, then "y tienen que" seguirme de nuevo: two
    questions joined, both asked, the refollowing the myth (LABELS.md)."""
    reading = read_row({"text": text})
    assert reading.understanding is not None
    assert set(reading.understanding.subjects) == {"what_others_see", "followers"}
    assert myths_of(text) == {"followers_must_refollow"}


def test_what_the_followers_will_see_alone_is_what_others_see() -> None:
    assert subjects_of("¿qué van a ver mis seguidores?") == {"what_others_see"}


@pytest.mark.parametrize(
    "text",
    [
        "seguí un montón de hashtags, ¿los voy a tener en la cuenta nueva?",
        "los hashtags que seguía, ¿se pasan?",
        "seguía varias etiquetas de fotografía, ¿las pierdo al mudarme?",
    ],
)
def test_hashtags_followed_in_the_past_are_the_followed_hashtags(text: str) -> None:
    """ "seguí … hashtags", "los hashtags que seguía": the hashtags followed, as "sigo"."""
    assert subjects_of(text) == {"followed_hashtags"}
