"""Spanish classes of session 40 (fr-es), chosen on the tuning halves of rounds 58-72,
round 72 first. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "hola, ¿todo tranqui?",
        "buenas, ¿cómo va todo?",
        "buenas tardes, ¿todo en orden por allá?",
        "wena compadre",
        "hola bot, ¿todo tranquilo?",
    ],
)
def test_small_talk_after_a_hello_is_a_greeting(text: str) -> None:
    """ "¿todo tranqui?", "¿cómo va todo?": small talk, not "todo" as everything that moves
    (Chile's "wena" is the hello itself)."""
    got = read_row({"text": text, "where": "public"})
    assert got.command is None and got.understanding.kind == "greeting", got


def test_everything_asked_after_a_hello_is_still_the_overview() -> None:
    assert subjects_of("hola, ¿se pasa todo a la cuenta nueva?") == {"overview"}


@pytest.mark.parametrize(
    "text",
    [
        "no quiero que guardes mis datos",
        "bot, no quiero que me guardes nada",
        "no guardes nada mío, gracias",
    ],
)
def test_keeping_my_data_refused_in_public_is_forget(text: str) -> None:
    """ "guardar" (to keep) also names the bookmarks ("guardados"): said as a privacy order
    in public without asking, the order (forget), not a question about them."""
    assert command_of(text, "public") == "forget"


@pytest.mark.parametrize(
    "text",
    [
        "borra mis datos que tienes guardados",
        "elimina mis datos que tenés guardados",
        "borra mis datos que guardas",
    ],
)
def test_my_data_that_you_keep_says_whose(text: str) -> None:
    """ "mis datos que tienes guardados": the relative clause says the data is the bot's,
    so the order is forget, not the ambiguous "borra mis datos" (clarify_delete)."""
    assert command_of(text, "dm") == "forget"


@pytest.mark.parametrize(
    "text",
    [
        "¿cuánto tardan en pasarse mis seguidores y les llega algún aviso?",
        "¿en cuánto tiempo llegan mis seguidores y se enteran de la mudanza?",
        "¿cuánto tardan en llegar mis seguidores? ¿les avisan?",
        "cuánto tiempo tardan mis seguidores en llegar y reciben una notificación?",
    ],
)
def test_how_long_the_followers_take_and_whether_they_are_told(text: str) -> None:
    """How long the followers take, then whether the news reaches them ("y les llega un
    aviso", "¿les avisan?"): two questions, both asked."""
    assert subjects_of(text) == {"follower_timing", "notifications"}


@pytest.mark.parametrize(
    "text",
    [
        "¿la gente que nos sigue tiene que volver a seguirnos?",
        "¿los vecinos que nos siguen van a tener que seguirnos de nuevo en la cuenta nueva?",
        "nuestros seguidores tendrán que volver a seguirnos uno por uno, ¿verdad?",
    ],
)
def test_a_shared_account_asking_as_we_whether_followers_must_refollow(text: str) -> None:
    """A shared account (a parish, a union) speaks as "we": "los que nos siguen",
    "volver a seguirnos"; the refollow claim put forward is the myth."""
    assert command_of(text, "public") is None
    got = read_row({"text": text, "where": "public"})
    assert got.understanding.kind == "myth", got
    assert set(got.understanding.myths) == {"followers_must_refollow"}, got


def test_whether_those_who_follow_us_come_along_is_a_question() -> None:
    assert subjects_of("¿los que nos siguen se pasan solos a la cuenta nueva?") == {"followers"}
