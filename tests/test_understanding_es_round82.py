"""Spanish classes of session 47 (fr-es), from rounds 79–81's tuning halves. The phrasings are
the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "tengo menos que en la cuenta vieja, por qué?",
        "por qué me salen menos que antes?",
        "me aparecen menos que en la otra cuenta, es normal?",
    ],
)
def test_fewer_than_before_at_the_followers_step_is_the_lower_count(text: str) -> None:
    """Fewer than before or than on the old account, the followers unnamed at the step that
    waits for them: the lower count (follower_count_lower), not how to do the step."""
    assert subjects_of(text, "followers") == {"follower_count_lower"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("pon el idioma al inglés porfa", "en"),
        ("cambia el idioma a aleman", "de"),
        ("ponme el idioma a español", "es"),
        ("cámbialo, el idioma a japonés por favor", "ja"),
    ],
)
def test_the_language_set_with_a_after_idioma_is_asked_for(text: str, code: str) -> None:
    """ "el idioma a francés", "al inglés": the language asked for, as "en francés"."""
    assert command_of(text, "dm") == f"language:{code}"


@pytest.mark.parametrize(
    "text",
    [
        "¿seguimos? ya acabé de cenar",
        "continuamos? ya terminé de trabajar",
    ],
)
def test_going_on_after_the_member_finished_something_of_their_own_resumes(text: str) -> None:
    """ "ya terminé de hornear": the member done with something of their own, not the move
    finished; "¿continuamos?" resumes."""
    assert command_of(text, "dm") == "resume"


@pytest.mark.parametrize(
    "text",
    [
        "las notas que les puse a la gente, ¿vienen en el csv?",
        "¿las notas privadas salen en la exportación?",
    ],
)
def test_private_notes_in_a_csv_are_the_private_notes(text: str) -> None:
    """Whether private notes come in a CSV is their own answer, not the Export page."""
    assert subjects_of(text, "export") == {"private_notes"}


@pytest.mark.parametrize(
    "text",
    [
        "lo del alias, ¿mis seguidores se enteran?",
        "lo del alias, ¿les llega un aviso a mis seguidores?",
    ],
)
def test_the_alias_named_as_the_matter_then_who_is_told_is_the_notifications(text: str) -> None:
    """ "lo del alias" (this alias business) names the matter; who gets told is asked."""
    assert subjects_of(text) == {"notifications"}


def test_how_the_alias_is_made_beside_who_is_told_is_both() -> None:
    assert subjects_of("¿lo del alias cómo se hace? ¿y mis seguidores se enteran?") == {
        "alias",
        "notifications",
    }


@pytest.mark.parametrize(
    "text",
    [
        "este archivo, ¿lo puedo importar en la nueva para tener mis posts?",
        "¿el zip lo cargo en la cuenta nueva para volver a tener mis fotos?",
    ],
)
def test_the_archive_uploaded_to_have_the_posts_again_is_the_myth(text: str) -> None:
    """Uploading the archive "para tener mis posts": the purpose puts the claim forward."""
    assert myths_of(text, "archive") == {"posts_can_be_imported"}
