"""Classes of phrasing that round 9's Spanish tuning rows showed failing at first contact:
each case stands for a class of words or a mechanism, in phrasings of our own (not the
rows'), across regions and registers (tú, vos, usted; accents and "¿" often left out), so
reverting the fix makes them fail."""

from __future__ import annotations

import pytest

from bot.interpret import read


def _command(text: str, where: str) -> str | None:
    return read(text, where=where, locale="es").command


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("¿dónde me había quedado?", "dm"),
        ("en qué íbamos?", "dm"),
        ("por donde ibamos", "dm"),
        ("¿dónde nos habíamos quedado?", "export"),
        ("qué paso me tocaba?", "archive"),
        ("en que quedamos, cual era el paso?", "dm"),
    ],
)
def test_where_was_i_in_past_tenses_is_status(text, where):
    """ "Where had I got to": the pluperfect and imperfect of quedarse/ir ask where the
    member is, like the present "¿dónde estoy?"."""
    assert _command(text, where) == "status"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("quiero reiniciar todo", "move"),
        ("reiniciemos esto por favor", "alias"),
        ("reinicio todo, me equivoqué", "import"),
        ("mejor empezamos de 0", "alias"),
        ("reinícialo todo porfa", "export"),
        ("empecemos de nuevo, no entendí nada", "profile"),
        ("arranquemos de cero", "dm"),
    ],
)
def test_restart_verbs_in_every_person_are_restart(text, where):
    """Restart said with the verb in any person or mood (reiniciar, reiniciemos, reinicio,
    reinícialo, empecemos/empezamos de nuevo, de 0)."""
    assert _command(text, where) == "restart"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("retomemos la mudanza", "dm"),
        ("reanudemos", "dm"),
        ("retomamos lo de la migración?", "dm"),
        ("quiero retomar lo de la mudanza", "dm"),
        ("reanudemos la migración cuando puedas", "dm"),
        ("sigamos con la mudanza", "dm"),
    ],
)
def test_resume_verbs_in_every_person_are_resume(text, where):
    """Going on after a pause with retomar/reanudar/seguir in the "let's" form."""
    assert _command(text, where) == "resume"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("qué podés hacer vos?", "dm"),
        ("¿qué puede hacer usted?", "dm"),
        ("para qué servís?", "dm"),
        ("en qué me podés ayudar?", "dm"),
        ("en que me puede ayudar", "public"),
        ("¿qué cosas sabes hacer?", "dm"),
    ],
)
def test_what_can_you_do_in_vos_and_usted_is_help(text, where):
    """ "What can you do" in voseo and usted, not only tú."""
    assert _command(text, where) == "help"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("ya baje los csv", "export"),
        ("ya subi los archivos", "import"),
        ("ya agregue el alias", "alias"),
        ("ya cambie la foto y la bio", "profile"),
        ("ya lo pedi", "archive"),
        ("ya los importe todos", "import"),
    ],
)
def test_a_past_tense_typed_without_its_accent_reports_the_step(text, where):
    """ "ya bajé" typed "ya baje": "ya" and a first-person past without its accent is a
    report (the report shape otherwise needs the accent: "baje" is also a subjunctive)."""
    assert _command(text, where) in ("done", "requested")


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("nop ahorita no puedo, luego", "import"),
        ("ahorita no, luego lo hago", "export"),
        ("ahora no puedo, en un rato", "alias"),
        ("orita no, al rato lo veo", "profile"),
        ("no puedo ahora mismo, lo dejo para después", "archive"),
        ("luego lo veo, estoy en el curro", "move"),
    ],
)
def test_not_now_later_in_regional_words_is_not_yet(text, where):
    """ "Not now, later": ahorita/orita, al rato, en un rato, luego lo veo, para después."""
    assert _command(text, where) == "not_yet"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("no entiendo, ¿qué me pide exactamente?", "ask_new_handle"),
        ("qué tengo que poner acá?", "alias"),
        ("qué me estás pidiendo?", "ask_old_handle"),
        ("no entiendo qué hay que hacer", "alias"),
        ("perdón, ¿qué quiere que haga?", "move"),
        ("que pongo aqui", "ask_new_handle"),
    ],
)
def test_what_does_it_want_from_me_at_a_step_is_how(text, where):
    """ "What is it asking me for / what do I put here" at a step asks how to do the step."""
    assert _command(text, where) == "how"


def _reading(text: str, where: str = "public"):
    return read(text, where=where, locale="es")


@pytest.mark.parametrize(
    "text",
    [
        "las cuentas bloqueadas se transfieren o no",
        "los silenciados se pasan o hay que silenciarlos de nuevo",
        "la gente que sigo se pasa sola o la tengo que seguir de nuevo",
        "mis toots se mudan conmigo o los tengo que dejar",
    ],
)
def test_an_either_or_tail_asks_it_states_no_claim(text):
    """ "X se pasan o no / o hay que ...": the member offers both answers, so it is a
    question about X, not the myth that X moves by itself."""
    got = _reading(text)
    assert got.understanding.kind == "question"
    assert got.understanding.myths == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Una pregunta que no tiene nada que ver con Mastodon: ¿guardas recetas?", "public"),
        ("nada que ver con la mudanza pero cuál es tu película favorita", "public"),
        ("cuanto necesito en el examen final pa aprobar", "public"),
        ("necesito que me ayudes con la tarea de física para el lunes", "dm"),
        ("¿me ayudás con mis deberes de inglés?", "public"),
        ("me ayudas a poner texto alternativo?", "public"),
    ],
)
def test_off_topic_said_so_or_school_work_is_unknown(text, where):
    """A message that says it is off topic, or asks for school work or help with something
    out of scope, is off topic: not a subject word it happens to hold, not a wish to move."""
    got = _reading(text, where)
    assert got.command is None
    assert got.understanding.kind == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "Buenas, ¿alguna instancia buena para gente de ciencia?",
        "hola, cuál me recomendás para hablar de fútbol?",
        "Hola! Me quiero ir de mi server. ¿Cuál me recomiendan para hablar de anime?",
        "buenas tardes, algún servidor bueno para docentes?",
        "qué server me recomiendan pa hablar de música",
    ],
)
def test_a_greeting_then_which_server_do_you_recommend_asks_to_choose(text):
    """ "¿Cuál me recomiendan?", "alguna instancia buena": asking for a server after a
    greeting is choose_server, not a greeting."""
    assert _reading(text).understanding.subjects == ["choose_server"]


@pytest.mark.parametrize(
    "text",
    [
        "si la instancia nueva no me convence, ¿me puedo volver a mudar a otra enseguida?",
        "puedo volver a mudarme a un tercer servidor la semana que viene?",
        "y si después me quiero volver a mudar a otro lado, hay que esperar?",
        "si no me gusta, puedo volver a migrar a otro server al mes?",
    ],
)
def test_moving_again_elsewhere_or_soon_is_the_cooldown(text):
    """Moving on again to another server, or soon after, is the 30-day cooldown, not moving
    back."""
    assert _reading(text).understanding.subjects == ["cooldown"]


@pytest.mark.parametrize(
    "text",
    [
        "ya bajé los csv, ¿cómo los cargo en la cuenta nueva?",
        "tengo el archivo de bloqueados, donde lo subo?",
        "el archivo de silenciados, cómo lo meto en la instancia nueva?",
        "descargué el csv de listas, y ahora cómo lo importo?",
        "tengo el fichero de cuentas que sigo, como lo subo al server nuevo",
    ],
)
def test_uploading_it_on_the_new_account_is_import(text):
    """ "¿Cómo lo subo / los cargo / lo meto?" about an exported file is importing it;
    "el archivo de <list>" is that list's CSV, not the archive."""
    assert _reading(text).understanding.subjects == ["import"]


@pytest.mark.parametrize(
    "text",
    [
        "el servidor donde estoy lo van a cerrar en marzo",
        "avisaron que apagan la instancia, qué hago con mi cuenta?",
        "la instancia la cierran a fin de año, cómo me salvo",
        "mi server lo van a apagar pronto",
    ],
)
def test_a_server_they_will_close_is_server_closing(text):
    """ "Lo van a cerrar / la cierran / apagan la instancia": the server closing, not which
    server to choose ("que apagan la instancia" chooses nothing)."""
    assert _reading(text).understanding.subjects == ["server_closing"]


@pytest.mark.parametrize(
    "text",
    [
        "tengo el link a mi perfil en mi blog, eso deja de funcionar al mudarme?",
        "los enlaces a mi perfil viejo dejan de funcionar?",
        "el link de mi perfil en mi web dejará de funcionar?",
    ],
)
def test_links_that_stop_working_are_the_links(text):
    """Links to the profile that "stop working" are the external links, not a server that
    closes nor the profile."""
    assert _reading(text).understanding.subjects == ["external_links"]


@pytest.mark.parametrize(
    ("text", "locale", "myth"),
    [
        (
            "no, los bloqueados se pasan solos a la nueva, eso ya lo sé",
            "es",
            "blocks_move_automatically",
        ),
        ("no, mis seguidos se copian solos a la nueva", "es", "follows_move_automatically"),
        ("nada, mis toots se mudan solos al cambiar de server", "es", "posts_move_automatically"),
        ("no, my blocks move over automatically", "en", "blocks_move_automatically"),
    ],
)
def test_a_no_in_a_clause_of_its_own_before_a_claim_does_not_negate_it(text, locale, myth):
    """ "No, / nada, <claim>": the "no" answers something in a clause of its own; the claim
    after it is still stated (mechanism in bot/understand.py, every locale)."""
    got = read(text, where="public", locale=locale)
    assert got.understanding.myths == [myth]


def test_downloading_the_posts_then_uploading_them_is_the_archive_and_the_posts():
    """ "¿Cómo bajo mis posteos y después los subo al server nuevo?": downloading them is the
    archive, and uploading them asks about the posts that no server imports."""
    got = _reading("che cómo bajo mis posteos y después los subo a la instancia nueva?")
    assert sorted(got.understanding.subjects) == ["archive", "posts"]


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("Por favor, deje de enviarme recordatorios.", "dm", "stop"),
        ("No me envíe más mensajes, se lo ruego.", "followers", "stop"),
        ("Desearía no recibir más recordatorios.", "dm", "stop"),
        ("Le pido que detenga los avisos, por favor.", "archive", "stop"),
        ("Le ruego que suspenda los avisos hasta nuevo aviso.", "dm", "stop"),
        ("Deseo que borre mi cuenta.", "dm", "clarify_delete"),
        ("Le solicito que proceda a borrar mi cuenta.", "dm", "clarify_delete"),
        ("Mi intención es irme de este servidor.", "choose_direction", "away"),
        ("Quisiera trasladarme a otra instancia, si es posible.", "choose_direction", "away"),
        ("Tengo mi cuenta en otro servidor y deseo trasladarla aquí.", "choose_direction", "here"),
        ("Omita este paso, por favor.", "export", "skip"),
    ],
)
def test_orders_in_the_formal_register_are_orders(text, where, command):
    """Usted orders and wishes: the subjunctive after "le ruego / le pido / deseo que"
    (suspenda, deje de, borre, detenga), "deseo trasladarme", "omita"."""
    assert _command(text, where) == command


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("como mis seguidos se copian solos, no exporto nada", "follows_move_automatically"),
        ("como el alias ya arranca la mudanza, no toco nada más", "alias_starts_transfer"),
        (
            "como las fotos y los toots se mudan solos, borro la cuenta vieja",
            "posts_move_automatically",
        ),
        ("como los silenciados se pasan solos, me ahorro el csv", "mutes_move_automatically"),
    ],
)
def test_como_giving_a_reason_states_the_claim(text, myth):
    """ "Como <article or possessive> ..., <main clause>" with no "?" is "since ...": the
    claim after it is stated, not asked ("¿cómo se pasan?" still asks)."""
    assert _reading(text).understanding.myths == [myth]


@pytest.mark.parametrize(
    "text",
    [
        "como exporto mis seguidos",
        "como se pasan los seguidores a la cuenta nueva, con el alias?",
        "como los importo, no encuentro el botón",
    ],
)
def test_como_asking_how_still_asks(text):
    assert _reading(text).understanding.myths == []


@pytest.mark.parametrize(
    "text",
    [
        "Hice el alias en la nueva, así que la migración de seguidores ya está en marcha.",
        "con el alias creado ya comenzó el traslado de mis seguidores",
        "agregué el alias y con eso la transferencia de seguidores ya empezó",
    ],
)
def test_the_alias_said_to_have_set_the_transfer_going_is_the_myth(text):
    """ "Ya está en marcha / ya comenzó el traslado": the transfer said to be under way once
    the alias exists is the myth that the alias starts it."""
    assert _reading(text).understanding.myths == ["alias_starts_transfer"]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "Mi instancia cierra en marzo. ¿Qué hago? ¿Mis seguidores se pierden?",
            ["server_closing", "followers"],
        ),
        (
            "El admin anunció que apaga el servidor. ¿Qué debo hacer? ¿y mis listas?",
            ["server_closing", "lists"],
        ),
        (
            "Me cierran el server a fin de mes. ¿Qué tengo que hacer? ¿Y mis bloqueos?",
            ["server_closing", "blocks"],
        ),
    ],
)
def test_a_question_naming_nothing_points_back_to_the_story(text, subjects):
    """ "<story>. ¿Qué tengo que hacer? ¿<question>?": the question naming nothing asks what
    to do about what the story named, beside the question that names something."""
    assert _reading(text).understanding.subjects == subjects


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("espera, esto lo pongo en cuál de las dos cuentas, la vieja o la nueva?", "alias"),
        ("esto lo hago desde cuál de las dos cuentas?", "move"),
        ("en qué cuenta tengo que hacer esto?", "alias"),
    ],
)
def test_which_of_the_two_accounts_at_a_step_asks_how(text, where):
    """ "¿En cuál de las dos cuentas / la vieja o la nueva?" at a step asks where to do the
    step, not whether to keep both accounts."""
    assert _command(text, where) == "how"


def test_which_account_the_alias_goes_on_is_the_alias():
    got = _reading("oye, el alias lo pongo en cuál de las dos cuentas?")
    assert got.understanding.subjects == ["alias"]


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("me equivoqué, regresemos un paso", "archive", "back"),
        ("volvamos atrás", "alias", "back"),
        ("retrocedamos, porfa", "export", "back"),
        ("¿cuánto me falta?", "import", "status"),
        ("no me interesa este paso", "archive", "skip"),
        ("sigamos sin esto", "export", "skip"),
        ("sigo esperando el correo", "archive", "not_yet"),
        ("¿en qué menú?", "alias", "how"),
        ("¿cómo te uso?", "dm", "help"),
        ("no quiero que guardes mis datos", "dm", "forget"),
    ],
)
def test_more_step_answers_and_orders_in_natural_words(text, where, command):
    """Back, skip and status with the "we" imperative and everyday words (regresemos,
    volvamos atrás, retrocedamos, no me interesa este paso, sigamos sin esto, cuánto me
    falta), still waiting, which menu, how do I use you, don't keep my data."""
    assert _command(text, where) == command


@pytest.mark.parametrize("text", ["muy amable", "se agradece", "te pasaste, eres un sol"])
def test_thanks_in_everyday_words_is_thanks(text):
    assert _reading(text).understanding.kind == "thanks"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("¿cómo le doy a mover seguidores?", ["move"]),
        ("ya puse el alias, ¿dónde está el botón de mover seguidores?", ["move"]),
        ("¿dónde tengo que pulsar mover seguidores, en la vieja?", ["move"]),
        ("Le di a mover seguidores hace 3 días y sigo con 20, ¿cuánto tarda?", ["follower_timing"]),
    ],
)
def test_the_move_followers_button_is_the_move(text, subjects):
    """ "Mover seguidores" names the button that starts the move, though it holds
    "seguidores"; pressed in a story before "how long?", the followers' timing is asked."""
    assert _reading(text).understanding.subjects == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "Me mudé hace una semana. ¿Todavía me aparecen notificaciones en la cuenta vieja?",
            ["old_account_mentions"],
        ),
        (
            "¿sigo recibiendo menciones en la cuenta antigua después de mudarme?",
            ["old_account_mentions"],
        ),
    ],
)
def test_what_reaches_the_old_account_and_who_follows_again(text, subjects):
    """Notifications that still appear on the old account are its mentions."""
    assert _reading(text).understanding.subjects == subjects


def test_people_who_must_follow_again_are_the_followers_and_the_claim_asked():
    """People who must "volver a seguirme" are the followers; asked whether they must, the
    claim is put forward: the refollow myth (LABELS.md)."""
    got = _reading(
        "Perdón si es tonta la pregunta, pero ¿cuando me mudo la gente tiene que volver a seguirme?"
    )
    assert got.understanding.subjects == ["followers"]
    assert got.understanding.myths == ["followers_must_refollow"]
