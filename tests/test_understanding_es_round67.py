"""Spanish classes of session 35 (learn35fr), chosen on the tuning halves of rounds 58-66
and checked on rounds 16-56. The phrasings are the tuner's own; none is a row of the
question sets."""

from __future__ import annotations

import pytest
from question_set import subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "todavía no me hice la cuenta nueva, ¿en qué servidor la abro?",
        "aún no tengo cuenta nueva, ¿dónde me creo una?",
        "no tengo la nueva todavía, dónde la hago?",
        "todavía no abrí la otra cuenta, ¿qué servidor me recomiendas?",
    ],
)
def test_no_new_account_yet_and_where_to_make_one_is_choosing_a_server(text: str) -> None:
    """Asked for the new handle, "todavía no tengo la cuenta nueva, ¿dónde me hago una?" is
    a question (where to open one: choosing a server), not "not yet" for the step."""
    assert subjects_of(text, "ask_new_handle") == {"choose_server"}
