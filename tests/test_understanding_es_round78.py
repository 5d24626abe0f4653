"""Spanish classes of session 45 (fr-es), chosen on the tuning halves of rounds 58-77, round 77
first. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "mi cuenta vieja. ¿Se puede eliminar?",
        "ya no uso la cuenta vieja. ¿se puede borrar?",
        "me mudé hace un mes y la vieja ya no la uso. ¿se puede eliminar?",
        "dicen que la cuenta antigua se queda para siempre, ¿es así? ¿Se puede borrar?",
    ],
)
def test_a_deletion_asked_after_the_old_account_is_named_is_about_it(text: str) -> None:
    """ "¿Se puede eliminar?" with its object left unsaid, after a sentence naming the old
    account: deleting that account (delete_old_account), not the order that asks whose."""
    assert subjects_of(text) == {"delete_old_account"}


@pytest.mark.parametrize("text", ["¿Se puede eliminar?", "gracias. ¿se puede borrar?"])
def test_a_deletion_asked_with_nothing_named_still_asks_which(text: str) -> None:
    assert command_of(text, "public") == "clarify_delete"


@pytest.mark.parametrize(
    "text",
    [
        "exporté mis toots en csv, ¿cómo los subo a la cuenta nueva?",
        "tengo el csv con mis publicaciones, ¿dónde las importo?",
        "bajé el csv con todos mis posts, ¿cómo los importo en el server nuevo?",
    ],
)
def test_a_posts_csv_then_how_to_import_them_is_both_myths(text: str) -> None:
    """The posts' CSV told, then how to upload "los"/"las" (the posts, an object pronoun
    before the verb): both claims, the CSV of posts and its import (LABELS.md)."""
    reading = read_row({"text": text})
    assert reading.understanding is not None
    assert set(reading.understanding.subjects) == {"archive", "posts"}
    assert myths_of(text) == {"export_csv_of_posts", "posts_can_be_imported"}


@pytest.mark.parametrize(
    "text",
    [
        "exporté mis seguidos, ¿cómo los importo?",
        "exporté el csv de la gente que sigo, ¿cómo lo importo en la nueva?",
    ],
)
def test_a_follows_csv_then_how_to_import_it_is_the_import(text: str) -> None:
    assert subjects_of(text) == {"import"}


@pytest.mark.parametrize(
    "text",
    [
        "ya le di a mover hace rato, ¿cómo va eso?",
        "moví mis seguidores hace 3 horas, ¿cómo voy?",
        "ya hice todo lo de mover seguidores, ¿qué tal va la cosa?",
        "ayer le di a mover, ¿cómo anda eso?",
    ],
)
def test_the_move_told_then_how_it_goes_is_the_move_progress(text: str) -> None:
    """The move told as done, then only "¿cómo va eso?", "¿cómo voy?": how the move is
    going, in public a question (move_progress, LABELS.md), not how to move."""
    assert subjects_of(text) == {"move_progress"}


def test_how_the_move_will_be_done_stays_the_move() -> None:
    assert subjects_of("¿y cómo va eso de mover seguidores?") == {"move"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("lo hago después, sigamos", "profile"),
        ("el perfil lo dejo para después, sigamos", "profile"),
        ("lo hago luego, seguimos", "export"),
        ("paso del perfil, lo hago luego", "profile"),
        ("paso de los csv", "export"),
    ],
)
def test_the_step_put_off_then_go_on_skips_it(text: str, where: str) -> None:
    """The step put off, then only "sigamos" (nothing paused to resume at a step), or
    "paso de" the step's thing ("I'll pass on it"): going on past it skips it."""
    assert command_of(text, where) == "skip"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("todavía no, luego lo hago", "alias"),
        ("no he podido todavía, ¿puedo seguir mañana?", "alias"),
    ],
)
def test_the_step_put_off_alone_is_not_yet(text: str, where: str) -> None:
    assert command_of(text, where) == "not_yet"


@pytest.mark.parametrize(
    "text",
    [
        "en cuanto ponga el alias mis seguidores empiezan a pasarse",
        "apenas cree el alias, mis seguidores se pasan a la nueva",
        "una vez que ponga el alias, los seguidores se pasan solos, ¿verdad?",
        "puse el alias y ya comienzan a llegar mis seguidores",
    ],
)
def test_the_followers_moving_once_the_alias_is_made_is_the_myth(text: str) -> None:
    """ "en cuanto", "apenas", "una vez que" the alias is made, the followers "empiezan a
    pasarse", "se pasan a la nueva": the claim that the alias starts the move (`leads`)."""
    assert myths_of(text) == {"alias_starts_transfer"}


@pytest.mark.parametrize(
    "text",
    [
        "¿mi comunidad se viene conmigo a la nueva instancia?",
        "¿los que me leen me van a encontrar en la cuenta nueva?",
        "¿mis lectores se pasan solos?",
        "¿nuestra comunidad nos va a seguir al servidor nuevo?",
    ],
)
def test_the_readers_and_community_are_the_followers(text: str) -> None:
    """The readers and the community the account speaks to: its followers (fr.toml)."""
    assert subjects_of(text) == {"followers"}


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("¿cuánto tarda y se enteran mis seguidores?", "notifications"),
        ("¿cuánto tarda y se pasan mis listas?", "lists"),
        ("¿cuánto tarda eso y mis seguidores se enteran?", "notifications"),
    ],
)
def test_how_long_asked_first_then_another_question_asks_both(text: str, other: str) -> None:
    """ "¿cuánto tarda y …?": how long, asked first, is a question of its own beside the
    one after "y"; alone beside a subject ("¿cuánto tarda el archivo?") it is that subject's."""
    assert subjects_of(text) == {"duration", other}


def test_how_long_of_a_named_thing_is_that_thing() -> None:
    assert subjects_of("¿cuánto tarda el archivo?") == {"archive"}


@pytest.mark.parametrize(
    "text",
    [
        "el enlace ya no funciona, ¿qué hago?",
        "el enlace ya no funciona",
        "el link del correo no abre",
    ],
)
def test_the_download_link_broken_is_the_archive(text: str) -> None:
    """The archive's link broken or expired at the download step: the archive, not a server
    gone ("ya no funciona") nor links to the old profile."""
    assert subjects_of(text, "download") == {"archive"}


def test_a_server_that_no_longer_works_is_still_gone() -> None:
    assert subjects_of("mi servidor ya no funciona, ¿qué hago?") == {"old_server_gone"}


def test_a_shop_s_customers_having_to_search_again_is_the_myth() -> None:
    """A shop's customers as its followers (fr.toml's "mes clients")."""
    assert myths_of("¿mis clientes van a tener que buscarme otra vez?") == {
        "followers_must_refollow"
    }


@pytest.mark.parametrize(
    "text",
    [
        "no sé si mudar mi cuenta o hacerme una nueva, tengo 15 seguidores",
        "¿me mudo o me hago una cuenta nueva?",
    ],
)
def test_moving_weighed_against_a_new_account_is_whether_to_move(text: str) -> None:
    """Moving weighed against a new account ("… o hacerme una nueva"): whether to move."""
    assert subjects_of(text) == {"whether_to_move"}
