"""Spanish classes of session 42 (es), chosen on the tuning halves of rounds 58-74, round 74
first. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "qué lástima que mis listas no se puedan llevar, tenía varias de música",
        "qué rabia que las listas se pierdan en la mudanza, tenía una de cine",
        "que bajón que las listas no se puedan pasar a la cuenta nueva, con lo que me costó",
        "qué pena que las listas no se puedan pasar, tenía una de vecinas del barrio",
    ],
)
def test_a_lament_that_lists_cannot_move_states_it(text: str) -> None:
    """ "Qué pena / qué lástima que ..." opens with "qué" and asks nothing: the clause after
    it states the claim, also with a story clause after it (lists_cannot_transfer)."""
    assert myths_of(text) == {"lists_cannot_transfer"}


@pytest.mark.parametrize(
    "text",
    [
        "¿mis alumnos tienen que hacer algo si cambio de servidor?",
        "Si me cambio de instancia, ¿mis pacientes tendrán que hacer algo?",
        "doy clases de yoga y me quiero mudar, ¿mis alumnas deben hacer algo?",
    ],
)
def test_whether_the_people_i_write_for_must_do_anything_is_the_followers(text: str) -> None:
    """The people the member posts for, named by what they are to the member (alumnos,
    pacientes, clientas), asked whether they have to do anything: the followers."""
    assert subjects_of(text) == {"followers"}


def test_whether_they_see_a_notice_and_must_do_anything_asks_both() -> None:
    text = "¿la gente que me sigue verá algún aviso? ¿y mis clientas tienen que hacer algo?"
    assert subjects_of(text) == {"notifications", "followers"}


@pytest.mark.parametrize(
    "text",
    [
        "la cuenta nueva es esta de aquí",
        "vengo de masto.es, la nueva es la de acá",
        "esta de aquí es la nueva, vengo de otro lado",
        "llegué desde mastodon.social y la cuenta nueva es esta de acá",
    ],
)
def test_the_one_here_named_as_the_new_account_arrives(text: str) -> None:
    """ "Esta de aquí", "la de acá": the account here, named as the new one, is arriving,
    not "de aquí" leaving from this server."""
    assert command_of(text, "choose_direction") == "here"


@pytest.mark.parametrize("text", ["me mudo de aquí a otro servidor", "me voy de este servidor"])
def test_leaving_from_here_still_goes_away(text: str) -> None:
    assert command_of(text, "choose_direction") == "away"


@pytest.mark.parametrize(
    "text",
    [
        "¿podré seguir escribiendo desde la cuenta antigua?",
        "¿se puede seguir tuiteando en la cuenta vieja?",
        "cuando me mude, ¿puedo seguir compartiendo cosas desde mi cuenta antigua?",
    ],
)
def test_going_on_posting_from_the_old_account_in_any_word_keeps_both(text: str) -> None:
    """ "Seguir escribiendo / tuiteando / compartiendo" from the old account is going on
    posting there (LABELS: keep_both_accounts), as "seguir publicando"."""
    assert subjects_of(text) == {"keep_both_accounts"}


def test_whether_the_old_account_is_frozen_or_still_posts_stays_its_fate() -> None:
    text = "¿la cuenta vieja se queda congelada o puedo seguir subiendo fotos?"
    assert subjects_of(text) == {"old_account"}
