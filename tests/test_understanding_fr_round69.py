"""French classes of session 37 (learn37fres), chosen on the tuning halves of rounds 58-68
(read by the tables alone) and checked on rounds 16-56. The phrasings are the tuner's own;
none is a row of the question sets. Each class failed with the phrase tables alone
(BOT_SECOND_OPINION=off) before its fix."""

from __future__ import annotations

import pytest
from question_set import command_of, first_contact


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("tu sais effacer mon compte stp ?", "clarify_delete"),
        ("vous savez supprimer mon compte, s'il vous plaît ?", "clarify_delete"),
        ("tu saurais m'aider à déménager mon compte ?", "start"),
        ("tu sais arrêter de m'envoyer des messages ?", "stop"),
        ("tu sais recommencer depuis le début ?", "restart"),
    ],
)
def test_belgian_savoir_for_pouvoir_is_an_order(text: str, command: str) -> None:
    """In Belgium (and in Lorraine, in parts of Africa) "tu sais + infinitive" is "can you":
    "tu sais effacer mon compte ?" asks the bot to do it, as "tu peux effacer" does; "tu
    sais comment…" is left a question."""
    assert command_of(text, "dm") == command


@pytest.mark.parametrize(
    "text",
    [
        "je m'en vas d'ici, c'est mon vieux compte",
        "moi je m'en vas ailleurs",
        "jm'en vas sur une autre instance",
    ],
)
def test_je_men_vas_is_leaving(text: str) -> None:
    """ "je m'en vas", the first person of Québec, Acadia and rural France: leaving."""
    assert command_of(text, "choose_direction") == "away"


@pytest.mark.parametrize(
    ("text", "where"),
    [("okk c fait", "alias"), ("okii c'est bon", "import"), ("okis fini", "export")],
)
def test_an_ok_typed_with_a_doubled_letter_is_done(text: str, where: str) -> None:
    """ "okk", "okii", "okis": an ok typed long (every locale reads these spellings)."""
    assert command_of(text, where) == "done"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("salut, tu sais s'il va pleuvoir demain à Genève ?", "unknown"),
        ("bonjour, vous connaissez un bon garagiste vers Namur ?", "unknown"),
        ("coucou, t'as vu le match du Stade hier soir ?", "unknown"),
        ("salut le bot, ça joue ?", "greeting"),
        ("bonjour, y a quelqu'un ?", "greeting"),
        ("yo, bien ou bien ?", "greeting"),
    ],
)
def test_a_hello_then_a_question_about_nothing_we_know_is_off_topic(text: str, kind: str) -> None:
    """A greeting opening a question of its own about something else is off topic; Swiss
    "ça joue ?", West African "bien ou bien ?" and "y a quelqu'un ?" are greetings."""
    locale, got = first_contact({"text": text})
    assert got.command is None and got.understanding.kind == kind, got
    assert locale == "fr"
