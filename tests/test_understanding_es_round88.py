"""Spanish classes of session 50 (fr-es). The phrasings are the tuner's own; none is a row of
the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("¿qué hago en este paso? no lo entiendo", "download"),
        ("este paso no lo entiendo", "export"),
        ("en este paso no sé qué hacer", "alias"),
        ("no entiendo este paso, no sé qué hacer", "import"),
        ("este paso no lo capto, ¿me explicas?", "archive"),
    ],
)
def test_this_step_then_a_not_of_being_lost_asks_how(text: str, where: str) -> None:
    """ "en este paso no sé…", "este paso no lo entiendo": the step named, then a "no" of
    being lost, asks how; only "este paso no" alone or with what is declined skips."""
    assert command_of(text, where) == "how"


@pytest.mark.parametrize(
    "text", ["este paso no", "este paso no, gracias", "este paso no lo hago", "este paso no aplica"]
)
def test_this_step_declined_skips(text: str) -> None:
    assert command_of(text, "profile") == "skip"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("no sé dónde va el alias, tengo examen mañana", {"alias"}),
        ("cuánto tarda la mudanza? tengo un examen el lunes", {"duration"}),
        ("mis seguidores se pasan solos? es que tengo examen y no tengo tiempo", {"followers"}),
    ],
)
def test_an_exam_told_as_background_beside_the_move_is_no_school_question(
    text: str, subjects: set[str]
) -> None:
    """An exam is a school question only where nothing of the move is named."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "ya me cambié hace días y nomás tengo como la mitad de los seguidores que tenía",
        "ya migre y no tengo ni la mitad de los seguidores que tenia",
        "migré hace tiempo, por qué tengo la mitad de seguidores que tenía antes?",
        "hace una semana hice la migración y tengo la mitad de seguidores que tenía antes ¿por qué?",
    ],
)
def test_fewer_followers_than_before_is_the_lower_count(text: str) -> None:
    """The count set against the one the member had before ("la mitad de los seguidores que
    tenía"): why it is lower, not how long the rest take."""
    assert subjects_of(text) == {"follower_count_lower"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("antes de seguir, mi cuenta vieja se va a borrar cuando acabe?", "ask_old_handle"),
        ("y la cuenta vieja se va a borrar después de esto?", "alias"),
        ("la cuenta vieja se va a borrar sola?", "public"),
        ("mi cuenta de antes se borrará al terminar la mudanza?", "public"),
    ],
)
def test_whether_the_old_account_will_be_deleted_is_the_old_account(text: str, where: str) -> None:
    """ "¿se va a borrar la cuenta vieja?": what becomes of it (it stays, with a notice),
    not how to delete it."""
    assert subjects_of(text, where) == {"old_account"}


@pytest.mark.parametrize(
    "text",
    [
        "el alias va en la cuenta vieja, cierto? y cuánto tarda en funcionar?",
        "el alias se pone en la vieja no? y luego cuánto tarda en funcionar",
        # Round 103's retrain stopped reading the line above: the same claim with the
        # comma-less "no?" before a second question, as the model must learn it.
        "el alias se crea en la cuenta vieja no? y cuánto tarda en funcionar",
        "el alias lo pongo en la vieja no? y luego cuánto tarda en funcionar",
        "el alias va en la antigua no? y cuánto tarda en funcionar",
        "el alias lo creo en la cuenta vieja verdad? y cuánto tarda en funcionar",
    ],
)
def test_the_alias_myth_then_how_long_it_takes_to_work(text: str) -> None:
    """The alias put on the old account for a yes, then "y cuánto tarda en funcionar":
    the myth and the wait, both."""
    assert myths_of(text) == {"alias_on_old_account"}
    assert set(read_row({"text": text}).understanding.subjects) == {"alias", "duration"}


def test_a_list_after_the_claims_source_keeps_its_first_item() -> None:
    """ "me dijeron que el avatar, la bio y …": the source's clause ends in the list's first
    item, so the claim runs on to it (the French test of this round)."""
    text = "me dijeron que el avatar, la bio y los bloqueos se pasan solos"
    assert myths_of(text) == {
        "avatar_header_transferred",
        "name_bio_copied",
        "blocks_move_automatically",
    }
