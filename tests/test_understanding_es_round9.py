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
