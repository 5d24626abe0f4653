"""French classes of session 44 (fr-es), chosen on the tuning halves of rounds 58-76, round 76
first. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "c'est quoi la différence entre l'export et l'archive ?",
        "quelle est la différence entre exporter et demander l'archive ?",
        "l'exportation c'est pareil que l'archive ?",
        "j'comprends pas la différence entre l'export pis l'archive",
    ],
)
def test_the_export_compared_with_the_archive_asks_both(text: str) -> None:
    """The Export page compared with the archive ("la différence entre l'export et
    l'archive", "c'est pareil ?"): both asked about, though "export" alone only hints."""
    assert subjects_of(text) == {"archive", "csv_export"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("y a-t-il mes publications dans le CSV ?", "public"),
        ("est-ce que mes pouets sont inclus dans le fichier csv ?", "public"),
        ("il y a aussi mes messages dans les csv du coup ?", "public"),
        ("le csv contient aussi mes pouets ?", "export"),
        ("dans le CSV on retrouve les publications aussi ?", "export"),
    ],
)
def test_the_posts_asked_to_be_in_the_csv_is_the_myth(text: str, where: str) -> None:
    """Whether the posts are in the CSV ("il y a … dans le csv", "contient", "inclus"): the
    claim put forward for a yes (LABELS.md), as de.toml's "drin"; at the export step too."""
    assert myths_of(text, where) == {"export_csv_of_posts"}


def test_the_posts_said_not_in_the_csv_states_no_myth() -> None:
    reading = read_row({"text": "le fichier csv ne contient pas les publications, c'est ça ?"})
    assert reading.understanding is not None
    assert reading.understanding.kind == "question"


@pytest.mark.parametrize(
    "text",
    [
        "qu'est-ce que mes abonnés vont voir ?",
        "que vont voir mes abonnés sur mon ancien profil ?",
        "qu'est-ce qu'ils vont voir quand ils iront sur mon ancien compte ?",
    ],
)
def test_what_the_followers_will_see_is_what_others_see(text: str) -> None:
    """ "qu'est-ce que … vont voir": the future said with "aller", as "verront" is."""
    assert subjects_of(text) == {"what_others_see"}


@pytest.mark.parametrize(
    "text",
    [
        "Qu'est-ce que mes abonnés vont voir, et est-ce qu'ils devront me suivre à nouveau ?",
        "que verront mes abonnés et est-ce qu'ils doivent se réabonner ?",
        "que vont voir mes abonnés, et devront-ils me resuivre ?",
    ],
)
def test_what_the_followers_see_and_refollowing_asks_both(text: str) -> None:
    """The followers named as those who see, then having to follow again put forward in an
    added question: both asked, the refollowing the myth (LABELS.md)."""
    reading = read_row({"text": text})
    assert reading.understanding is not None
    assert set(reading.understanding.subjects) == {"what_others_see", "followers"}
    assert myths_of(text) == {"followers_must_refollow"}


@pytest.mark.parametrize(
    "text",
    [
        "j'ai suivi plein de hashtags je les retrouve sur le nouveau compte ou pas",
        "jpp j'ai suivi des hashtags je les ai encore sur le nouveau ou pas",
        "je suis abonnée à plein de hashtags, je les garde après ?",
        "les hashtags que j'ai suivis, ça part avec moi ?",
    ],
)
def test_hashtags_followed_in_the_past_are_the_followed_hashtags(text: str) -> None:
    """ "j'ai suivi … hashtags", "abonnée à … hashtags": the hashtags followed, as "les
    hashtags que je suis" are."""
    assert subjects_of(text) == {"followed_hashtags"}


def test_the_featured_hashtags_stay_the_profile() -> None:
    assert subjects_of("les hashtags mis en avant sur mon profil, je dois les refaire ?") == {
        "profile"
    }
