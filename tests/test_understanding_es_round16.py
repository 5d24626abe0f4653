"""Spanish classes of phrasing seen failing in round 16's tuning half (a step report with
a problem, "¿dónde me quedé?" back in a DM, voseo, how to delete the old account, a
closing server told as the reason, a second question joined to the first, the CSV of posts
taken for granted): each case is the tuner's own phrasing, read at first contact, so
reverting the fix makes it fail."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of

# The tables read these right; the second opinion, trained before them, overrules them
# until the lead's retrain learns the probes.
OVERRULED = pytest.mark.xfail(strict=True, reason="overruled until retrained")


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("ya lo hice pero me sale error", "alias"),
        ("listo, lo subí pero me aparece un error", "import"),
        ("ya le di al botón pero no pasa nada", "move"),
        ("lo descargué pero el zip no abre", "download"),
        ("ya lo puse, aunque me sale un mensaje raro", "alias"),
        ("hecho, pero me dice que algo falló", "import"),
        ("ya lo intenté pero no me deja", "move"),
        ("ya cambié la bio pero no se guarda", "profile"),
    ],
)
def test_es_a_step_report_with_a_problem_is_not_done(text: str, where: str) -> None:
    """ "Ya lo hice pero me sale error": the step was tried and something went wrong, a
    problem at the step (how to do it, or the problem asked about), not "done"."""
    got = read_row({"text": text, "where": where})
    assert got.command in ("how", None), got


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("ya lo hice", "alias"),
        ("listo, ya subí los csv", "import"),
        ("ya le di al botón", "move"),
        ("hecho, ¿qué sigue?", "profile"),
    ],
)
def test_es_a_step_report_without_a_problem_is_done(text: str, where: str) -> None:
    """The neighbours: a report with nothing gone wrong did the step."""
    assert command_of(text, where) == "done"


@pytest.mark.parametrize(
    "text",
    [
        "dónde me quedé? hace días que no entraba",
        "en qué me quedé? estuve de viaje",
        "donde me habia quedado? no me acuerdo",
        "a ver, ¿dónde me quedé?",
        "dónde me quedé? volví de vacaciones y no me acuerdo de nada",
    ],
)
def test_es_where_did_i_stop_asked_is_status(text: str) -> None:
    """ "¿Dónde me quedé?" asks where the walkthrough stands (status); going on from there
    ("sigamos donde me quedé") is resume."""
    assert command_of(text, "dm") == "status"


@pytest.mark.parametrize(
    "text",
    [
        "sigamos donde me quedé",
        "retomemos donde lo dejamos",
        "ya volví, seguimos donde me quedé?",
    ],
)
def test_es_going_on_from_where_i_stopped_resumes(text: str) -> None:
    """The neighbours: "sigamos donde me quedé" goes on (resume)."""
    assert command_of(text, "dm") == "resume"


@pytest.mark.parametrize(
    "text",
    [
        "quiero que elimines toda la info que tenés sobre mí",
        "podés olvidarte de mis datos?",
        "borrá lo que sabés de mí",
        "no quiero que guardés nada de mí, borralo",
        "che, eliminá lo que tenés guardado sobre mí",
        "olvidate de todo lo que tenés de mí",
        "quiero que borres lo que tenés vos sobre mí",
    ],
)
def test_es_voseo_asking_to_forget_me_forgets(text: str) -> None:
    """Voseo ("tenés", "podés", "sabés", "borrá") is read as the standard forms: deleting
    what the bot keeps about the member is `forget`."""
    assert command_of(text, "dm") == "forget"


@pytest.mark.parametrize(
    "text",
    [
        "cómo se borra la cuenta antigua",
        "como se elimina la cuenta vieja despues de mudarme?",
        "¿cómo se cierra la cuenta de antes?",
        "COMO SE BORRA LA CUENTA VIEJA",
        "de qué manera se borra la cuenta anterior?",
    ],
)
def test_es_how_the_old_account_is_deleted_is_deleting_it(text: str) -> None:
    """ "¿Cómo se borra la cuenta antigua?" asks how to delete it (delete_old_account), not
    whether it is deleted by itself (old_account)."""
    assert subjects_of(text) == {"delete_old_account"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("se pasan mis seguidores? es que mi instancia cierra", {"followers"}),
        ("cómo me llevo a los que sigo? es que cierran el servidor", {"import"}),
        (
            "puedo mantener mi nombre de usuario? es que mi servidor va a cerrar",
            {"username"},
        ),
        ("mis listas se mudan? porque el admin cierra la instancia", {"lists"}),
        ("se vienen conmigo mis seguidores? mi server cierra en un mes", {"followers"}),
        ("mi instancia cierra pronto, los bloqueos se pasan solos?", {"blocks"}),
    ],
)
def test_es_a_closing_server_told_as_the_reason_is_no_subject(
    text: str, subjects: set[str]
) -> None:
    """A closing server given as the reason for moving ("es que mi instancia cierra") is
    background (LABELS.md): what is asked is the subject."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("mi servidor cierra el mes que viene, qué hago?", {"server_closing"}),
        ("la instancia cierra el viernes, me da tiempo a mudarme?", {"server_closing"}),
        ("mi instancia cierra a fin de mes, qué tengo que hacer?", {"server_closing"}),
    ],
)
def test_es_a_closing_server_asked_about_stays(text: str, subjects: set[str]) -> None:
    """The neighbours: what to do about the closing, or whether there is time, asks about
    it."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "por qué no se pueden importar los posts? existe alguna app que los republique?",
            {"why_no_posts", "repost_tools"},
        ),
        (
            "xq no puedo pasar mis publicaciones? hay algun programa para volver a subirlas?",
            {"why_no_posts", "repost_tools"},
        ),
        (
            "por qué mastodon no deja traer las publicaciones? alguna herramienta que lo haga?",
            {"why_no_posts", "repost_tools"},
        ),
        (
            "vale la pena mudarme con pocos seguidores? y qué servidor elijo?",
            {"whether_to_move", "choose_server"},
        ),
        (
            "me conviene migrar o empezar de cero? y cómo elijo instancia?",
            {"whether_to_move", "choose_server"},
        ),
        (
            "tengo 15 seguidores, empiezo de cero? y a qué instancia me voy?",
            {"whether_to_move", "choose_server"},
        ),
    ],
)
def test_es_a_second_question_keeps_its_subject(text: str, subjects: set[str]) -> None:
    """Two questions in one message: both subjects, also when the first one's rules would
    swallow the second (why posts stay, whether to move)."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "ya descargué el csv de mis publicaciones, cómo lo abro?",
        "bajé el CSV con mis toots y no sé cómo abrirlo",
        "tengo el csv de mis posts, con qué programa lo abro?",
        "descargué el csv con todas mis fotos y no las veo",
    ],
)
def test_es_having_the_csv_of_posts_is_the_myth(text: str) -> None:
    """ "Descargué el CSV de mis publicaciones, ¿cómo lo abro?" takes for granted that the
    export is a CSV of posts: the myth is answered."""
    assert myths_of(text) == {"export_csv_of_posts"}


@pytest.mark.parametrize(
    "text",
    [
        "como saco la lista de bloqueados",
        "cómo saco mis seguidos en un archivo?",
        "de dónde saco el csv de los silenciados?",
        "cómo bajo la lista de los que sigo?",
    ],
)
def test_es_how_to_get_a_list_out_is_the_csv_export(text: str) -> None:
    """ "¿Cómo saco la lista de bloqueados?": getting a list out is the Export page
    (LABELS.md), whichever list it holds."""
    assert subjects_of(text) == {"csv_export"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("tengo que volver a subir el profile pic?", {"profile"}),
        ("la foto de perfil y el header los tengo que poner de nuevo?", {"profile"}),
        ("el header se pierde al mudarme?", {"profile"}),
        (
            "tengo que volver a poner la foto de perfil? y el enlace verificado?",
            {"profile", "verified_links"},
        ),
        ("la bio se copia? y el link verificado de mi web?", {"profile", "verified_links"}),
        ("el link verificado de mi perfil se pierde?", {"verified_links"}),
    ],
)
def test_es_the_profile_in_english_words_and_beside_a_verified_link(
    text: str, subjects: set[str]
) -> None:
    """ "El profile pic", "el header": the profile named in English words; asked beside a
    verified link, the avatar, header or bio stay a question of their own, while "el link
    verificado de mi perfil" only says where the link is."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "dónde se descargan los silenciados?",
        "cómo me bajo la lista de seguidos",
        "cómo puedo bajar los dominios que bloqueé",
        "donde descargo mis marcadores",
        "como bajo mis bloqueos",
        "como descargo mis listas",
    ],
)
def test_es_how_to_download_a_list_is_the_csv_export(text: str) -> None:
    """ "¿Cómo bajo / dónde descargo mis marcadores?": downloading a list is the Export
    page (LABELS.md: the CSV, whatever list it holds), as "¿cómo exporto ...?" is."""
    assert subjects_of(text) == {"csv_export"}


@pytest.mark.parametrize(
    "text",
    [
        "cómo vuelvo a poner mis bloqueos en la cuenta nueva",
        "como vuelvo a poner mis silenciados",
        "cómo vuelvo a cargar mis marcadores",
        "cómo recupero mis listas en el server nuevo",
    ],
)
def test_es_how_to_put_a_list_back_is_import(text: str) -> None:
    """ "¿Cómo vuelvo a poner mis bloqueos?": putting a list back on the new account is
    importing it (LABELS.md), as "¿cómo los paso / traigo?" is."""
    assert subjects_of(text) == {"import"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("continúa sin esto", "archive"),
        ("no me interesa, dale al siguiente", "export"),
        ("bueno, no lo voy a hacer", "import"),
        ("sigue sin este paso porfa", "profile"),
        ("vamos al siguiente, este no", "archive"),
    ],
)
def test_es_going_on_without_this_step_skips(text: str, where: str) -> None:
    """ "Continúa sin esto", "dale al siguiente": this step left out (skip), not resume."""
    assert command_of(text, where) == "skip"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("bueno me voy, hasta luego", "followers"),
        ("ahí nos vemos", "alias"),
        ("adiós", "dm"),
        ("hasta pronto", "public"),
        ("chau, cuidate", "dm"),
    ],
)
def test_es_a_farewell_greets(text: str, where: str) -> None:
    """ "Hasta luego", "nos vemos", "chau": a farewell is small talk (a greeting), not an
    off-topic message."""
    got = read_row({"text": text, "where": where})
    assert got.command is None and got.understanding.kind == "greeting", got


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("mejor lo dejo por hoy", "alias"),
        ("me rajo, mañana sigo", "move"),
        ("hasta aquí por hoy", "import"),
        ("aún nada", "alias"),
        ("todavía nada", "followers"),
    ],
)
def test_es_left_for_today_or_nothing_yet_is_not_yet(text: str, where: str) -> None:
    """ "Lo dejo por hoy", "mañana sigo", "aún nada": the step is not done yet."""
    assert command_of(text, where) == "not_yet"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("ya estaba hecho desde ayer", "alias"),
        ("eso ya lo tenía de antes", "profile"),
        ("le di a mover, y ahora?", "move"),
    ],
)
def test_es_done_before_or_pressed_then_what_next_is_done(text: str, where: str) -> None:
    """ "Ya estaba hecho desde ayer", "le di a mover, ¿y ahora?": the step is done."""
    assert command_of(text, where) == "done"


@pytest.mark.parametrize(
    "text",
    ["en qué va mi mudanza", "cómo anda la migración?", "qué tal va mi mudanza?"],
)
def test_es_how_my_move_is_going_in_a_dm_is_progress(text: str) -> None:
    """ "¿En qué va mi mudanza?": how the member's own move is going (progress)."""
    assert command_of(text, "dm") == "progress"


@pytest.mark.parametrize(
    "text",
    [
        "primero creo el alias en mi cuenta de antes y luego me mudo",
        "ya hice el alias en mi perfil viejo, ahora espero",
        "el alias lo configuré en la cuenta original apuntando a la nueva",
        "puse el alias desde la de antes, ya está",
    ],
)
def test_es_the_alias_made_on_the_account_of_before_is_the_myth(text: str) -> None:
    """The old account named "la de antes", "el perfil viejo", "la original": an alias
    made there is the myth that it goes on the old account."""
    assert myths_of(text) == {"alias_on_old_account"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("el alias se crea en la cuenta de antes o en la nueva?", {"alias"}),
        ("el alias va en la nueva, la de antes solo se usa para mover", {"alias"}),
    ],
)
def test_es_the_alias_asked_either_way_or_told_right_is_a_question(
    text: str, subjects: set[str]
) -> None:
    """The neighbours: asked which account, or told rightly, no claim."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("la regué, quiero empezar todo de vuelta", "alias"),
        ("mejor volvamos al principio de todo", "alias"),
        ("arranquemos otra vez desde el inicio", "import"),
        ("empecemos de vuelta porfa", "move"),
    ],
)
def test_es_over_again_said_de_vuelta_or_from_the_beginning_restarts(text: str, where: str) -> None:
    """ "De vuelta" is "again" in much of the Americas; "volvamos al principio", "desde el
    inicio": the walkthrough started over."""
    assert command_of(text, where) == "restart"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("basta de notificaciones", "dm", "stop"),
        ("ya no necesito los avisos", "followers", "stop"),
        ("me mudo para otro servidor", "choose_direction", "away"),
        ("llegué hace poco desde otra instancia", "choose_direction", "here"),
        ("no quiero el archivo", "archive", "skip"),
        ("no me interesan los csv", "export", "skip"),
        ("al principio no entendí nada, dónde se pone?", "alias", "how"),
    ],
)
def test_es_commands_in_everyday_words(text: str, where: str, command: str) -> None:
    """No more notifications stops them; "para otro servidor" / "desde otra instancia" say
    which way; a step's file not wanted skips it; "al principio" saying when is no restart."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("cuánto se demora en llegar la peña que me sigue", {"follower_timing"}),
        ("cuánto demoran los seguidores en pasarse?", {"follower_timing"}),
        ("los seguidores se pasan al instante?", {"follower_timing"}),
        ("mis seguidores reciben alguna notificación o algo?", {"notifications"}),
        ("se puede deshacer la mudanza?", {"move_back"}),
        ("hay forma de revertir la migración?", {"move_back"}),
        ("la mudanza es instantánea?", {"duration"}),
        ("mis seguidores vienen como solicitudes?", {"locked_account"}),
    ],
)
def test_es_everyday_words_for_timing_news_undoing_and_requests(
    text: str, subjects: set[str]
) -> None:
    """ "Se demora", "al instante": how long followers take; "alguna notificación": who is
    told; "deshacer la mudanza": moving back; "como solicitudes": a locked account."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "where", "subjects"),
    [
        ("cuánto tarda en llegar el correo del archivo?", "archive", {"archive"}),
        ("no me llega el email del archivo", "public", {"archive"}),
        ("al pedir el archivo, se avisa a mis seguidores?", "public", {"notifications"}),
        ("dice que la cuenta no tiene alias", "move", {"not_an_alias_error"}),
        ("me sale que la cuenta vieja no tiene ningún alias", "public", {"not_an_alias_error"}),
        ("puedo mudarme sin alias?", "public", {"alias"}),
    ],
)
def test_es_the_archive_email_and_the_no_alias_error(
    text: str, where: str, subjects: set[str]
) -> None:
    """The email saying the archive is ready is the archive, not news to the followers;
    "dice que la cuenta no tiene alias" is the error the move form shows."""
    assert subjects_of(text, where) == subjects


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("qué hago primero?", "dm", "start"),
        ("cuál es el primer paso?", "dm", "start"),
        ("qué hago primero?", "alias", "how"),
        ("por dónde empiezo?", "export", "how"),
        ("me ayudas?", "import", "how"),
    ],
)
def test_es_where_to_begin_starts_in_a_dm_and_asks_how_at_a_step(
    text: str, where: str, command: str
) -> None:
    """ "¿Qué hago primero?" in a DM asks to be walked through (start); asked at a step,
    already in the walkthrough, it asks how to do that step."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    "text",
    [
        "cómo hago un hilo en mastodon?",
        "cómo cambio el idioma de la interfaz?",
        "alguien sabe cómo crear un hilo largo?",
    ],
)
def test_es_using_mastodon_is_off_topic(text: str) -> None:
    """Writing a thread or the interface's language is using Mastodon, not moving: off
    topic, though "hilo" names posts and "cambio" hints at the move."""
    got = read_row({"text": text, "where": "public"})
    assert got.command is None and got.understanding.kind == "unknown", got


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("me dise q no es alias de esta cuenta", {"not_an_alias_error"}),
        (
            "puse el alias en la cuenta nueba pero al mober me dice que no es alias de esta cuenta",
            {"not_an_alias_error"},
        ),
        ("la cuenta bieja se borra sola?", {"old_account"}),
        ("como ago el alias en la nueba?", {"alias"}),
        ("mis seguidores se ban conmigo?", {"followers"}),
    ],
)
def test_es_learner_spellings_b_for_v_and_no_h(text: str, subjects: set[str]) -> None:
    """Spellings by ear ("nueba", "bieja", "mober", "ago", "dise", "ise"): read as the
    words they stand for; the form's "no es alias de esta cuenta" reported beside the
    alias is the error, not the claim that the alias went on the old account."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "where"),
    [("ya le di a mober", "move"), ("ya lo ise", "alias"), ("listo, ya lo ise aora", "profile")],
)
def test_es_a_report_spelt_by_ear_is_done(text: str, where: str) -> None:
    """ "Ya lo ise", "le di a mober": the step reported done, spelt by ear."""
    assert command_of(text, where) == "done"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("se me va a borrar todo si me cambio?", {"overview"}),
        ("se borra todo al mudarme?", {"overview"}),
        ("si borro la cuenta vieja se me borra todo?", {"delete_old_account"}),
        ("desde la compu se puede hacer?", {"website_vs_app"}),
        ("lo hago desde el celu o desde la compu?", {"website_vs_app"}),
    ],
)
def test_es_everything_erased_and_the_computer_in_short(text: str, subjects: set[str]) -> None:
    """ "¿Se me va a borrar todo?" asks what is lost in the move (unless the member deletes
    the old account); "la compu", "el celu" are the computer and the phone."""
    assert subjects_of(text) == subjects
