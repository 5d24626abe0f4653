"""Spanish classes of session 37 (learn37fres), chosen on the tuning halves of rounds 58-68
(read by the tables alone) and checked on rounds 16-56. The phrasings are the tuner's own;
none is a row of the question sets. Each class failed with the phrase tables alone
(BOT_SECOND_OPINION=off) before its fix."""

from __future__ import annotations

import pytest
from question_set import command_of, first_contact


@pytest.mark.parametrize(
    "text",
    [
        "oiga, ¿qué cosas usted puede hacer?",
        "qué tú sabes hacer, bot?",
        "y qué cosas tú puedes hacer pa mí",
        "mándeme la lista de comandos porfa",
        "qué cosas le puedo pedir, joven?",
        "¿qué le puedo pedir a este asistente?",
    ],
)
def test_what_the_bot_does_with_the_pronoun_before_the_verb_is_help(text: str) -> None:
    """Caribbean Spanish keeps the subject pronoun before the verb in a question ("¿qué tú
    sabes hacer?", "qué cosas usted puede hacer"); "lista de comandos" and "qué le puedo
    pedir" (what I may ask of it) ask for the commands too, not about lists or the move."""
    assert command_of(text, "dm") == "help"


@pytest.mark.parametrize(
    "text",
    [
        "ayúdeme a cambiarme de servidor paso por paso, por favor",
        "quisiera que me ayude paso por paso con lo de cambiar de cuenta",
        "dígame lo que tengo que hacer paso por paso, yo no sé de esto",
        "quiero cambiar mi cuenta de servidor, ayúdeme",
        "me ayudas paso por paso a pasarme a otro server?",
    ],
)
def test_asking_to_be_walked_through_with_usted_or_paso_por_paso_is_start(text: str) -> None:
    """The usted imperatives ("ayúdeme", "dígame"), "paso por paso" (as said in much of
    Latin America, beside "paso a paso") and "quiero cambiar mi cuenta de servidor" ask to
    be walked through the move."""
    assert command_of(text, "dm") == "start"


@pytest.mark.parametrize(
    "text",
    [
        "¿qué tal va mi migración?",
        "qué tal va el traslado, ya llegaron todos?",
        "y qué tal vamos con lo mío?",
        "¿cómo va mi traslado?",
    ],
)
def test_how_the_move_goes_with_que_tal_is_progress(text: str) -> None:
    """ "¿Qué tal va …?" (Spain, the Southern Cone) about the migration or the transfer, as
    "¿cómo va mi mudanza?": how my move is going."""
    assert command_of(text, "dm") == "progress"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("quiero borrarlo todo ya mismo", "dm", "clarify_delete"),
        ("eliminarlo todo, eso quiero", "dm", "clarify_delete"),
        ("okii ya quedó", "import", "done"),
        ("okk listo", "alias", "done"),
        ("okis, hecho", "export", "done"),
        ("me las piro de esta instancia", "choose_direction", "away"),
    ],
)
def test_everything_erased_an_ok_typed_long_and_leaving_in_slang(
    text: str, where: str, command: str
) -> None:
    """ "borrarlo todo", "eliminarlo todo" (everything, nothing saying whose: the bot asks);
    "okii", "okk", "okis", an ok typed with a letter doubled (done); "me las piro", Spain's
    slang for leaving (away)."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("buenas, ¿alguien sabe a qué hora abre el mercado de Quito?", "unknown"),
        ("qué onda, ¿viste cómo quedó el clásico anoche?", "unknown"),
        ("hola bot, ¿me recomiendas una peli de terror para hoy?", "unknown"),
        ("hola, ¿cómo estás? todo bien por allá?", "greeting"),
        ("buenas, cómo le va?", "greeting"),
    ],
)
def test_a_hello_then_a_question_about_nothing_we_know_is_off_topic(text: str, kind: str) -> None:
    """A greeting opening a question of its own about something else (the weather, a
    match, a film) is off topic, not a hello; small talk after the hello ("¿cómo estás?",
    "todo bien?") is still a greeting."""
    locale, got = first_contact({"text": text})
    assert got.command is None and got.understanding.kind == kind, got
    assert locale == "es"
