"""French classes of session 46, written when round 78's retirement retrain stopped reading an
older probe of this class as its test says. The phrasings are the lead's own; none is a row
of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "j'ai mes pouets dans un csv exporté, je les importe comment sur le nouveau compte ?",
        "j'ai exporté mes publications en csv, je les remets où sur la nouvelle instance ?",
        "mes posts sont dans le csv que j'ai exporté, je les réimporte comment ?",
    ],
)
def test_posts_in_an_exported_csv_then_how_to_import_them_is_both_myths(text: str) -> None:
    """The posts said to be in the exported CSV, then how to import "les" (them): both
    claims, the CSV of posts and its import (LABELS.md; tests/test_understanding_fr_round78.py)."""
    reading = read_row({"text": text})
    assert reading.understanding is not None
    assert set(reading.understanding.subjects) == {"archive", "posts"}
    assert myths_of(text) == {"export_csv_of_posts", "posts_can_be_imported"}


# Session 46 (fr-es): classes of round 78's tuning half. The phrasings are the tuner's own.


@pytest.mark.parametrize(
    "text",
    [
        "on suit les hashtags #rando et #velo, tout ça se transfère ?",
        "on suit le hashtag #velo, il part avec moi ?",
        "on suivait des hashtags #chats et #chiens, ça part avec ?",
        "les hashtags qu'on suit, ça se transfère ?",
        "je suivais plein de hashtags, ils passent ?",
    ],
)
def test_hashtags_followed_with_on_or_the_imperfect_are_the_followed_hashtags(text: str) -> None:
    """Following hashtags said with "on suit", "il suit" or "je suivais": the hashtags
    followed, not an off-topic hashtag question."""
    assert subjects_of(text) == {"followed_hashtags"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "tsé mes abonnés, y s'en viennent-tu avec moi pis les comptes que je suis?",
            {"followers", "follows"},
        ),
        (
            "tu sais mes abonnés, ils viennent avec moi, pis les comptes que je suis ?",
            {"followers", "follows"},
        ),
        (
            "tsé mes listes, je les perds-tu si je déménage pis mes marque-pages ?",
            {"lists", "bookmarks"},
        ),
    ],
)
def test_a_thing_named_after_tse_is_asked_about(text: str, expected: set[str]) -> None:
    """Quebec's "tsé" (tu sais, "you know") before a thing named is a filler: the thing is
    asked about, not told in a story. The expected subjects are parameters, not computed,
    so bench/probe_rows.py learns them."""
    assert subjects_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "j'ai lancé la migration, le compteur descend sur l'ancien mais monte pas sur le nouveau, c'est normal ?",
        "le compteur baisse sur l'ancien et monte tout doucement sur le nouveau, c'est bon signe ?",
        "depuis que j'ai migré, mes abonnés baissent sur l'ancien compte et augmentent pas vite sur le nouveau, ça marche ?",
    ],
)
def test_the_count_falling_on_the_old_and_rising_on_the_new_is_the_move_progress(
    text: str,
) -> None:
    """The followers' count going down on the old account and up on the new one: how the
    move is going (move_progress, LABELS.md)."""
    assert subjects_of(text) == {"move_progress"}


@pytest.mark.parametrize(
    "text",
    [
        "mon instance a disparu et j'avais rien exporté, ni mes listes ni mes abonnements, c'est foutu ?",
        "le serveur est mort, j'ai jamais sauvegardé mes bloqués, je fais quoi ?",
        "notre instance est morte la semaine dernière, on avait pas exporté nos listes, on fait quoi ?",
    ],
)
def test_what_was_not_saved_before_the_server_died_is_the_server_gone(text: str) -> None:
    """A server already gone, and the lists not exported before: what to do now is the
    server that is gone (old_server_gone), not how to export or import the lists."""
    assert subjects_of(text) == {"old_server_gone"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("il me manque une vingtaine d'abonnés, pourquoi ?", "followers"),
        (
            "il me manque une dizaine d'abonnés par rapport à l'ancien compte, c'est grave ?",
            "public",
        ),
        ("j'ai 50 abonnés de moins par rapport à l'ancien compte, normal ?", "followers"),
    ],
)
def test_followers_missing_against_the_old_account_is_the_lower_count(
    text: str, where: str
) -> None:
    """Followers said missing, "il me manque N abonnés (par rapport à l'ancien compte)":
    the new count lower (follower_count_lower), not the old account."""
    assert subjects_of(text, where) == {"follower_count_lower"}


@pytest.mark.parametrize(
    "text",
    [
        "j'ai fait des filtres pour masquer des thèmes au travail. ils passent sur le nouveau compte ?",
        "j'ai des filtres pour masquer le sport quand je montre mon écran en réunion, ils suivent ?",
        "j'ai des filtres qui masquent les spoilers de séries, je les retrouve sur le nouveau compte ?",
    ],
)
def test_filters_made_to_hide_topics_are_the_filters(text: str) -> None:
    """Filters "pour masquer" (to hide) topics: "masquer" says what the filters do, so the
    filters alone, no muted accounts."""
    assert subjects_of(text) == {"filters"}
