"""Spanish classes of session 42 (es), chosen on the tuning halves of rounds 58-74, round 74
first. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


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


@pytest.mark.parametrize(
    ("text", "where", "order"),
    [
        ("que wey soy, me equivoqué de cuenta, reinicia todo", "alias", "restart"),
        ("qué tonta soy, empecemos de nuevo", "alias", "restart"),
        ("qué torpe soy, vuelve al paso anterior", "move", "back"),
        ("que burro, me salto este paso", "archive", "skip"),
    ],
)
def test_an_order_after_reproaching_oneself_is_given(text: str, where: str, order: str) -> None:
    """ "¡Qué tonto soy!", "qué wey soy": a "qué" that reproaches oneself opens no question;
    the order after it is given."""
    assert command_of(text, where) == order


def test_asking_what_restarting_does_stays_a_question() -> None:
    assert command_of("qué pasa si reinicio todo?", "alias") != "restart"


@pytest.mark.parametrize(
    "text",
    [
        "Comparto avisos parroquiales con los feligreses. ¿Qué se conserva y qué se pierde?",
        "publico los avisos del club aquí, quisiera saber qué se conserva y qué se pierde",
    ],
)
def test_notices_the_member_posts_are_no_notification_question(text: str) -> None:
    """ "Avisos" the member posts (a parish's, a club's) are background, not whether anyone
    is notified."""
    assert subjects_of(text) == {"overview"}


def test_whether_followers_find_out_stays_notifications() -> None:
    text = "en la cuenta comparto avisos del barrio, ¿mis seguidores se enteran si me mudo?"
    assert subjects_of(text) == {"notifications"}


@pytest.mark.parametrize(
    "text",
    ["Buenos días, Dios le bendiga.", "buenas tardes, dios te bendiga!", "Hola, bendiciones 🙏"],
)
def test_a_blessing_beside_a_hello_greets(text: str) -> None:
    assert read_row({"text": text, "where": "public"}).understanding.kind == "greeting"


@pytest.mark.parametrize("text", ["Dios le bendiga", "gracias, Dios le bendiga"])
def test_a_blessing_alone_or_with_thanks_thanks(text: str) -> None:
    assert read_row({"text": text, "where": "public"}).understanding.kind == "thanks"


@pytest.mark.parametrize(
    "text",
    [
        "qué tal el Betis esta temporada?",
        "hola, ¿qué tal la liga este año?",
        "buenas! ¿viste el partido de anoche?",
    ],
)
def test_a_hello_then_a_question_about_sport_is_off_topic(text: str) -> None:
    assert read_row({"text": text, "where": "public"}).understanding.kind == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "y la gente que tengo bloqueada, ¿cómo la paso a la cuenta nueva?",
        "la gente que tengo silenciada, ¿cómo la traigo a la nueva?",
        "mi lista de amigas, ¿cómo la paso?",
    ],
)
def test_a_list_named_as_one_thing_then_how_to_bring_it_over_is_import(text: str) -> None:
    """ "La gente que tengo bloqueada ... ¿cómo la paso?": the singular pronoun of a
    collective ("la gente", "la lista") brings the list over, as "¿cómo los paso?"."""
    assert subjects_of(text) == {"import"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("illo, ¿la gente que tengo bloqueá se pasa sola?", "blocks"),
        ("¿los que tengo silenciaos se vienen conmigo?", "mutes"),
    ],
)
def test_an_andalusian_participle_names_the_list(text: str, subject: str) -> None:
    """Andalusian drops the participle's -d- ("bloqueá", "silenciaos")."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    "text",
    [
        "quisiera saber qué se conserva y qué se pierde si me cambio de servidor. Agradeciendo"
        " de antemano su atención, un saludo",
        "¿qué se mantiene y qué se pierde en la mudanza? agradecida de antemano",
    ],
)
def test_what_is_kept_and_what_is_lost_is_the_overview_before_thanks(text: str) -> None:
    """ "Qué se conserva y qué se pierde" asks what moves; thanks in advance after it does
    not make the message thanks."""
    assert subjects_of(text) == {"overview"}


@pytest.mark.parametrize(
    "text",
    [
        "me dijeron que se puede subir el archivo con mis publicaciones a la nueva, ¿dónde se"
        " hace?",
        "leí que el archivo con todos mis posts se importa en la cuenta nueva, ¿en qué parte?",
    ],
)
def test_the_archive_with_the_posts_heard_of_as_importable_is_the_myth(text: str) -> None:
    """ "El archivo con mis publicaciones" is the archive holding the posts (not a list's
    file, "el archivo con la gente que sigo"): told as importable, the myth."""
    assert myths_of(text) == {"posts_can_be_imported"}
