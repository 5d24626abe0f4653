"""Spanish classes of session 37 (learn37fres), chosen on the tuning halves of rounds 58-68
(read by the tables alone) and checked on rounds 16-56. The phrasings are the tuner's own;
none is a row of the question sets. Each class failed with the phrase tables alone
(BOT_SECOND_OPINION=off) before its fix."""

from __future__ import annotations

import pytest
from question_set import command_of, first_contact, myths_of


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


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "o sea que mis amigas me tienen que volver a seguir una por una?",
            "followers_must_refollow",
        ),
        (
            "mi familia me tendrá que seguir otra vez en la nueva, qué lata",
            "followers_must_refollow",
        ),
        ("tengo que pedirles a toos que me sigan de nuevo, verdad?", "followers_must_refollow"),
        ("los silenciados se pasan solos, supongo", "mutes_move_automatically"),
        ("la bio se copia sola a la nueva, me imagino", "name_bio_copied"),
        ("mis toots aparecen en la cuenta nueva ¿no? eso me dijeron", "posts_move_automatically"),
    ],
)
def test_a_claim_put_forward_by_its_object_a_guess_or_a_source_after(text: str, myth: str) -> None:
    """ "me tienen que volver a seguir": the "me" makes them followers, told to follow again;
    "toos" is "todos" as Andalusia and Extremadura say it; a guess closing the claim
    ("supongo", "me imagino") or a source named after it ("eso me dijeron") puts it forward."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("¿con arroba o sin arroba?", "ask_old_handle", "how"),
        ("¿qué es eso del handle? ¿mi nombre?", "ask_new_handle", "how"),
        ("el usuario solo o con el dominio también?", "ask_old_handle", "how"),
        ("¿mi nombre de usuario se queda igual en el otro?", "ask_new_handle", None),
    ],
)
def test_a_short_question_about_the_handle_at_a_handle_step_is_how(
    text: str, where: str, command: str | None
) -> None:
    """Asked for a handle, a short question about the username alone asks what to type
    (how); whether the name stays the same is still the username question."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    "text",
    ["klk", "klk mi pana", "qué lo que", "bon dia"],
)
def test_greetings_of_the_dominican_republic_and_mallorca(text: str) -> None:
    """Dominican "klk" / "qué lo que" (qué es lo que hay) and Catalan "bon dia" said in
    Mallorca: greetings, answered in Spanish."""
    locale, got = first_contact({"text": text, "where": "dm"})
    assert got.command is None and got.understanding.kind == "greeting", got
    assert locale == "es"
