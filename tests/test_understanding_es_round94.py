"""Spanish classes of session 53 (fres53). The phrasings are the tuner's own; none is a row of
the question sets."""

from __future__ import annotations

import pytest
from question_set import read_row, subjects_of


@pytest.mark.parametrize(
    ("text", "claim", "myth"),
    [
        (
            "mis seguidos se copian solos a la cuenta nueva, así que puedo borrar la vieja?",
            "follows",
            "follows_move_automatically",
        ),
        (
            "mis bloqueos se pasan solos, por lo tanto puedo borrar la cuenta vieja?",
            "blocks",
            "blocks_move_automatically",
        ),
        (
            "las publicaciones se pasan solas entonces puedo eliminar mi cuenta antigua?",
            "posts",
            "posts_move_automatically",
        ),
        (
            "mis posts se mudan solos, así que puedo eliminar la cuenta vieja ya?",
            "posts",
            "posts_move_automatically",
        ),
    ],
)
def test_a_consequence_asked_after_the_claim_asks_its_own_subject(
    text: str, claim: str, myth: str
) -> None:
    """ "mis posts se mudan solos, así que puedo borrar la cuenta vieja?": the claim taken as
    given (its "se" is the verb's, no question), then a question drawn from it: the myth,
    and deleting asked beside it (LABELS.md)."""
    got = read_row({"text": text}).understanding
    assert got.kind == "myth"
    assert set(got.subjects) == {claim, "delete_old_account"}
    assert set(got.myths) == {myth}


def test_a_consequence_going_on_with_the_claim_adds_nothing() -> None:
    """ "…así que ya se están pasando mis seguidores?": the alias's claim goes on after the
    consequence word (its "se" is no question word): the followers are the claim's."""
    text = "puse el alias en la cuenta nueva así que ya se están pasando mis seguidores, no?"
    got = read_row({"text": text}).understanding
    assert got.kind == "myth"
    assert got.subjects == ["alias"]
    assert got.myths == ["alias_starts_transfer"]


@pytest.mark.parametrize(
    "text",
    [
        "una duda: el alias que tanto nombran y cuánto se tarda en total",
        "pregunta, el alias ese que todos dicen y cuanto tarda todo?",
        "dos dudas, el alias q tanto dicen y cuanto tarda la mudanza en total",
    ],
)
def test_the_alias_named_as_a_topic_beside_how_long_the_whole_takes_asks_both(text: str) -> None:
    """ "el alias que tanto dicen y cuánto tarda todo el proceso": the alias named as a topic,
    then how long all of it takes ("todo", "en total", "la mudanza en total"): two questions,
    not the alias's own wait ("¿cuánto tarda el alias en verse?")."""
    assert subjects_of(text) == {"alias", "duration"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("mis posts en qué archivo están?", "export"),
        ("en qué archivo quedan mis publicaciones?", "export"),
        ("las publicaciones vienen en cual archivo?", "export"),
        ("en qué fichero están mis publicaciones?", "export"),
    ],
)
def test_the_file_the_posts_are_in_is_the_archive(text: str, where: str) -> None:
    """ "mis posts en qué archivo están?": posts are only in the archive (LABELS.md), not in
    the Export page's CSVs, at the export step too."""
    assert subjects_of(text, where) == {"archive"}


@pytest.mark.parametrize(
    "text",
    [
        "estoy en la cuenta vieja en lo del alias, pongo aquí la nueva?",
        "ok estoy en la vieja en alias, aca pongo el usuario nuevo?",
        "estoy en la cuenta antigua en la parte de alias, ahí pongo el nombre de la nueva?",
    ],
)
def test_at_the_old_accounts_alias_screen_asking_what_goes_here_is_the_myth(text: str) -> None:
    """ "estoy en la cuenta vieja en lo del alias, ¿pongo aquí …?": doing it there takes the
    place for granted (LABELS.md: the claim put forward for a yes), at the alias step."""
    got = read_row({"text": text, "where": "alias"}).understanding
    assert got.kind == "myth"
    assert got.myths == ["alias_on_old_account"]


def test_at_the_new_account_asking_what_goes_here_states_nothing() -> None:
    got = read_row(
        {"text": "estoy en la cuenta nueva, pongo aquí la cuenta vieja?", "where": "alias"}
    ).understanding
    assert got.kind == "question"
