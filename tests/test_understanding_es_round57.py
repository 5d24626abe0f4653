"""Spanish classes round 57's tuning half showed failing (read on main b953dcd): commands
said in natural Spanish (a guide asked for as a question, voseo, no accents). The
phrasings are the tuner's own (learn27); none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "me guias con todo el proceso?",
        "¿me guías con el cambio de cuenta?",
        "oye bot, me guiás en la mudanza? ya tengo la cuenta nueva",
        "me acompañas en la mudanza?",
        "¿me acompañás a hacer todo el proceso?",
        "me acompaña usted con la migración?",
        "¿me echas una mano con la mudanza de cuenta?",
        "me echás una mano con todo el proceso?",
    ],
)
def test_a_guide_asked_for_as_a_question_starts(text: str) -> None:
    """ "¿me guías / me acompañás / me echas una mano con la mudanza?" in public asks to be
    walked through the move (start), as "¿me ayudas a mudarme?" already did: a request,
    not a question about the move."""
    assert command_of(text, "public") == "start"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("me guias con mis listas?", {"lists"}),
        ("me acompañas a importar los bloqueos?", {"blocks"}),
    ],
)
def test_a_guide_asked_for_one_thing_asks_about_it(text: str, subjects: set[str]) -> None:
    assert command_of(text, "public") is None
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "para con las notificaciones porfa",
        "@bot deja de mandarme avisos",
        "basta de avisos, ya me mudé",
        "@mudanzas ya párale con los avisos, gracias",
        "@bot stop sending me notifications",
        "@bot no more notifications from you thanks",
    ],
)
def test_an_order_to_stop_what_the_bot_sends_stops_in_public(text: str) -> None:
    """An order to stop opening the message, naming only what the bot sends ("avisos",
    "notificaciones", DMs): stop, not a question about notifications."""
    assert command_of(text, "public") == "stop"


@pytest.mark.parametrize(
    "text",
    [
        "mastodon no para de mandarme notificaciones de la cuenta vieja",
        "para los avisos, ¿les llegan a mis seguidores?",
        "how do i stop notifications to my followers when i move",
        "no more notifications to my followers please",
    ],
)
def test_notifications_told_of_or_asked_about_stop_nothing(text: str) -> None:
    """Someone else sending them, a question, or the followers' notifications: no stop."""
    assert command_of(text, "public") is None


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("quiero que el bot olvide lo que guarda sobre mí", "public"),
        ("quiero que me olvides", "public"),
        ("necesito que el bot borre lo que sabe de mí", "public"),
        ("que el bot se olvide de mí, porfa", "public"),
        ("quiero que me olvides del todo", "dm"),
        ("mejor que el bot olvide lo que tiene de mí", "alias"),
    ],
)
def test_the_bot_asked_to_forget_in_the_third_person_forgets(text: str, where: str) -> None:
    """ "que el bot olvide lo que sabe de mí", "que me olvides": the bot asked to forget,
    said of it or to it in the subjunctive: forget."""
    assert command_of(text, where) == "forget"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("¿qué guardas sobre mí?", "public"),
        ("¿qué guardas sobre mí?", "dm"),
        ("que tienes guardado de mi?", "dm"),
        ("¿el bot guarda lo que sabe de mí?", "public"),
        ("¿qué datos tienes guardados de mí?", "dm"),
    ],
)
def test_what_the_bot_keeps_asked_forgets_nothing(text: str, where: str) -> None:
    """A question about what the bot keeps, with no word of forgetting or erasing: never
    forget, which deletes a member with no walkthrough at once."""
    assert command_of(text, where) is None


@pytest.mark.parametrize(
    "text",
    [
        "que cosas puedes hacer",
        "bueno, y qué cosas sabés hacer vos?",
        "@bot que cosas haces?",
        "oye y qué cosas sabes?",
        "¿en qué me ayudas tú?",
        "¿qué cosas puedes hacer por mí?",
    ],
)
def test_what_the_bot_can_do_asked_as_things_is_help(text: str) -> None:
    """ "¿qué cosas sabes/puedes hacer?", "¿en qué me ayudas?": what the bot does (help),
    not what moves ("qué cosas se pasan", overview) nor a start ("me ayudas")."""
    assert command_of(text, "public") == "help"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("qué cosas se pasan a la cuenta nueva?", {"overview"}),
        ("qué cosas puedes hacer con mis listas?", {"lists"}),
    ],
)
def test_what_moves_or_what_to_do_with_a_list_is_still_asked(text: str, subjects: set[str]) -> None:
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("por cuál paso vamos?", "alias"),
        ("en cuál paso estamos?", "export"),
        ("¿por qué paso voy?", "import"),
        ("a ver, por cual paso ibamos", "profile"),
        ("oye bot, en cual paso me quede?", "archive"),
    ],
)
def test_which_step_asked_with_cual_is_status(text: str, where: str) -> None:
    """ "¿por cuál paso vamos?", "¿en cuál paso estamos?", "¿por qué paso voy?" at a step:
    where the walkthrough stands (status), as "¿en qué paso estoy?" was; not how to do
    the step."""
    assert command_of(text, where) == "status"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("¿en cuál paso se pone el alias, en la nueva?", "alias"),
        ("¿por qué paso tengo que hacer esto?", "alias"),
    ],
)
def test_a_step_asked_about_is_no_status(text: str, where: str) -> None:
    assert command_of(text, where) != "status"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("mis seguidos se pasan solos o que onda", {"follows"}),
        ("los bloqueos se pasan solos o q pedo", {"blocks"}),
        ("los silenciados se pasan solos o que pedo", {"mutes"}),
        ("mis posts se mudan solos o que tal", {"posts"}),
    ],
)
def test_a_claim_closed_by_o_que_onda_asks(text: str, subjects: set[str]) -> None:
    """ "... se pasan solos o qué onda / o qué pedo / o cómo es la cosa" (Mexico, Central
    America): the member asks whether it is so, as "o qué" and "o no" do: a question
    about the subject, no myth stated."""
    assert subjects_of(text) == subjects
    assert read_row({"text": text}).understanding.kind == "question"


def test_the_claim_alone_is_still_stated() -> None:
    assert myths_of("mis seguidos se pasan solos a la cuenta nueva") == {
        "follows_move_automatically"
    }


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("salta esto, el perfil lo armo yo más tarde", "profile"),
        ("saltá esto, los csv los bajo otro día", "export"),
        ("salta esto porfa", "archive"),
        ("salta al siguiente, el perfil lo hago mañana", "profile"),
        ("che salta esto, el alias lo pongo a la noche", "alias"),
        ("saltá eso, la foto la pongo después", "profile"),
    ],
)
def test_salta_esto_skips_the_step(text: str, where: str) -> None:
    """ "salta esto" (tú), "saltá esto" (vos), "salta al siguiente", "saltemos esto": the
    step skipped, also with the member's own plan for it after ("lo armo después"), as
    "sáltate esto, lo hago luego" was; not the step put off."""
    assert command_of(text, where) == "skip"


def test_skipping_supposed_asks_how() -> None:
    assert command_of("¿qué pasa si me salto esto?", "profile") == "how"
