"""Spanish classes of session 39 (learn39-fres), chosen on the tuning halves of rounds
68-71. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "¿qué verán mis amigos? ¿tendrán que volver a seguirme uno por uno?",
        "¿qué van a ver en mi perfil viejo? ¿mis seguidores me tienen que seguir de nuevo?",
    ],
)
def test_what_others_see_then_the_refollow_claim_in_a_second_question(text: str) -> None:
    """A question, then the claim put forward in a question of its own: both asked, the
    claim a myth (LABELS.md: "what do others see, and does she have to follow me again?")."""
    got = read_row({"text": text, "where": "public"})
    assert got.command is None and got.understanding.kind == "myth", got
    assert set(got.understanding.subjects) == {"what_others_see", "followers"}, got
    assert set(got.understanding.myths) == {"followers_must_refollow"}, got


@pytest.mark.parametrize(
    "text",
    [
        "¿cómo va mi mudanza? ¿mis seguidores llegan o está bloqueado?",
        "¿cómo va la migración? creo que sigue bloqueada",
        "¿cómo va el traslado? ¿se quedó bloqueado?",
    ],
)
def test_stuck_is_not_the_blocked_accounts(text: str) -> None:
    """ "está bloqueado", "sigue bloqueada", "se quedó bloqueada": the move stuck, not the
    accounts the member blocked; what is asked is how the move goes."""
    assert subjects_of(text) == {"move_progress"}


@pytest.mark.parametrize("text", ["estoy bloqueado aquí", "estoy bloqueada, no sé qué hacer"])
def test_stuck_at_a_step_asks_how(text: str) -> None:
    assert command_of(text, "alias") == "how"


def test_the_blocked_accounts_are_still_blocks() -> None:
    assert subjects_of("¿las cuentas que bloqueé siguen bloqueadas?") == {"blocks"}


@pytest.mark.parametrize(
    "text",
    [
        "¿cómo paso las cuentas que uno sigue a la cuenta nueva?",
        "¿la gente que seguimos también se muda?",
        "¿y a quienes uno sigue, cómo los recupero?",
    ],
)
def test_the_impersonal_one_and_we_who_follow_are_the_follows(text: str) -> None:
    """ "los que uno sigue", "la gente que seguimos": the accounts followed, as "que sigo"."""
    assert subjects_of(text) & {"follows", "import"} and "followers" not in subjects_of(text)


def test_the_follows_claimed_with_the_impersonal_one_are_the_myth() -> None:
    text = "leí que los que uno sigue se copian solos a la cuenta nueva, ¿verdad?"
    assert myths_of(text) == {"follows_move_automatically"}


@pytest.mark.parametrize(
    "text",
    [
        "¿mis seguidores me van a tener que re followear uno por uno?",
        "entonces todos me tienen que followear de nuevo, ¿no?",
    ],
)
def test_spanglish_followear_is_to_follow(text: str) -> None:
    """ "followear", "re followear": to follow (again)."""
    assert myths_of(text) == {"followers_must_refollow"}


@pytest.mark.parametrize(
    "text",
    [
        "entre el alias y la mudanza ¿hay que esperar algo?",
        "¿cuánto hay que esperar entre crear el alias y mudarme?",
    ],
)
def test_the_wait_between_two_steps_is_how_long(text: str) -> None:
    assert subjects_of(text) == {"duration"}


@pytest.mark.parametrize(
    "text",
    ["espera que no me acuerdo, déjame buscarlo", "déjame ver dónde lo apunté", "ya lo busco"],
)
def test_let_me_look_for_it_at_a_handle_step_is_not_yet(text: str) -> None:
    """ "déjame buscarlo", "déjame ver": the member goes to look (not yet)."""
    assert command_of(text, "ask_old_handle") == "not_yet"


@pytest.mark.parametrize(
    ("text", "myths", "subjects"),
    [
        (
            "los silenciados se pasan solos, eso ya lo sé, pero ¿y mis marcadores?",
            {"mutes_move_automatically"},
            {"mutes", "bookmarks"},
        ),
        (
            "los bloqueados se van solos a la cuenta nueva, pero ¿y las listas?",
            {"blocks_move_automatically"},
            {"blocks", "lists"},
        ),
    ],
)
def test_a_claim_then_but_what_about_asks_the_other_thing(
    text: str, myths: set[str], subjects: set[str]
) -> None:
    """A claim, then "pero ¿y ...?": the claim stated, the other thing asked (fr.toml's
    question_turns "mais les", "mais et")."""
    got = read_row({"text": text, "where": "public"})
    assert got.command is None and got.understanding.kind == "myth", got
    assert set(got.understanding.myths) == myths, got
    assert set(got.understanding.subjects) == subjects, got


@pytest.mark.parametrize(
    "text",
    ["¿qué diferencia hay entre los CSV y el archivo?", "¿el archivo es lo mismo que los CSV?"],
)
def test_the_csvs_and_the_archive_compared_asks_both(text: str) -> None:
    assert subjects_of(text, "dm") == {"csv_export", "archive"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("en francés mejor, así lo entiende mi abuela", "fr"),
        ("mejor en alemán, que mi hijo lo está aprendiendo", "de"),
    ],
)
def test_a_language_with_someone_understanding_or_learning_as_the_reason(
    text: str, language: str
) -> None:
    """A language asked, then why: someone who understands or learns it."""
    assert command_of(text, "export") == f"language:{language}"


def test_someone_learning_a_language_beside_a_question_asks_none() -> None:
    assert subjects_of("mi hija aprende inglés, ¿mis publicaciones se mudan?") == {"posts"}
