"""Spanish classes of phrasing seen failing in round 15's tuning half (commands in
everyday words in a DM or at a step, an account "bloqueada" that is no block list,
uploading a list as importing it, the alias's format, a myth asked as a question): each
case is the tuner's own phrasing, read at first contact, so reverting the fix makes it
fail."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "bórrame la cuenta",
        "elimíname la cuenta porfa",
        "quiero que me borres la cuenta",
        "borra mi cuenta xd",
        "me borras la cuenta jaja",
        "bórrame todo jajaja",
    ],
)
def test_es_delete_me_with_a_pronoun_or_a_laugh_asks_which(text: str) -> None:
    """ "Bórrame la cuenta xd": deleting with nothing saying whose data, the object
    pronoun glued to the verb and a laugh beside it, asks which one is meant."""
    assert command_of(text, "dm") == "clarify_delete"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("pausa los avisos por favor", "followers"),
        ("pausa los recordatorios", "followers"),
        ("pon en pausa los mensajes", "dm"),
        ("pausa las notificaciones un tiempo", "alias"),
        ("para de avisarme", "followers"),
        ("ya no me avises más", "move"),
        ("no me recuerdes nada por ahora", "import"),
    ],
)
def test_es_pausing_the_reminders_stops(text: str, where: str) -> None:
    """ "Pausa los avisos", "no me avises más": no more reminders for now (stop)."""
    assert command_of(text, where) == "stop"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("regresa uno que me pasé", "download"),
        ("vuelve uno atrás", "import"),
        ("me pasé, regresa uno", "alias"),
        ("me adelanté, vuelve al de antes", "archive"),
        ("uno atrás porfa", "move"),
        ("regrésate uno", "export"),
    ],
)
def test_es_one_step_back_in_few_words_goes_back(text: str, where: str) -> None:
    """ "Regresa uno", "vuelve al de antes": one step back, not moving back to the old
    server."""
    assert command_of(text, where) == "back"


@pytest.mark.parametrize(
    "text",
    [
        "ya terminé de grabar, seguimos?",
        "ya estoy libre, seguimos?",
        "listo ya tengo tiempo, le seguimos?",
        "ya acabé lo que estaba haciendo, seguimos",
        "ya estoy de regreso, le damos?",
        "ya tengo un rato, sigamos",
    ],
)
def test_es_free_again_shall_we_go_on_resumes(text: str) -> None:
    """Outside a step, "ya estoy libre, ¿seguimos?": back from a pause, go on (resume),
    not how the move is going."""
    assert command_of(text, "dm") == "resume"


@pytest.mark.parametrize(
    "text",
    [
        "la cuenta vieja queda bloqueada para publicar después?",
        "mi cuenta antigua se queda bloqueada cuando migro?",
        pytest.param(
            "después de la mudanza la cuenta de antes se bloquea?",
        ),
        "la cuenta original queda bloqueada o puedo seguir entrando?",
        "la vieja queda bloqueada para siempre?",
    ],
)
def test_es_the_old_account_left_blocked_is_the_old_account(text: str) -> None:
    """ "La cuenta vieja queda bloqueada": what becomes of the old account, not the
    accounts the member blocked."""
    assert subjects_of(text) == {"old_account"}


@pytest.mark.parametrize(
    "text",
    [
        "cómo se suben los bloqueos a la cuenta nueva? ya tengo el archivo descargado",
        pytest.param(
            "cómo se suben las listas a la otra cuenta?",
        ),
        "dónde se cargan los bloqueados en la nueva?",
        "de qué forma se cargan los marcadores en la cuenta nueva?",
        "cómo se sube la lista de silenciados?",
    ],
)
def test_es_how_a_list_is_uploaded_is_import(text: str) -> None:
    """ "¿Cómo se suben / dónde se cargan los bloqueos?" asks how to import them
    (LABELS.md), as "¿cómo se importan?" does."""
    assert subjects_of(text) == {"import"}


@pytest.mark.parametrize(
    "text",
    [
        "el alias lo pongo con arroba y todo o solo el nombre?",
        "para el alias escribo solo el usuario o con el dominio?",
        "el alias va con @ o sin @?",
        "el alias lleva el nombre de usuario completo?",
        "en el alias pongo mi usuario viejo con el servidor o nomás el nombre?",
    ],
)
def test_es_how_the_alias_is_written_is_the_alias(text: str) -> None:
    """How to type the handle in the alias (with "@", the domain, or the name only) asks
    about the alias; the handle is what is typed, not whether it changes."""
    assert subjects_of(text) == {"alias"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "qué le aparece a mis oyentes en la cuenta vieja? y les va a avisar de algún modo?",
            {"what_others_see", "notifications"},
        ),
        ("qué le sale a la gente que visita mi cuenta vieja?", {"what_others_see"}),
        ("qué les va a salir a los que me sigan en la cuenta anterior?", {"what_others_see"}),
        ("mis oyentes se pasan solos a la cuenta nueva?", {"followers"}),
        ("mis suscriptores se vienen conmigo?", {"followers"}),
    ],
)
def test_es_what_shows_to_listeners_is_what_others_see(text: str, subjects: set[str]) -> None:
    """ "¿Qué le aparece / qué les sale a la gente?" asks what others see; "oyentes",
    "suscriptores" are a podcaster's or a writer's followers."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "quien me busque por el @ anterior que se va a encontrar?",
        "si alguien me busca por mi @ viejo, qué encuentra?",
        "qué van a encontrar los que me buscan por mi usuario de antes?",
        "si me buscan por el @ de antes qué sale?",
        "el que me busque con mi arroba vieja a dónde llega?",
    ],
)
def test_es_what_someone_looking_me_up_finds_is_what_others_see(text: str) -> None:
    """What someone looking the member up by the old handle finds is what others see; the
    handle is how they look, not whether it changes."""
    assert subjects_of(text) == {"what_others_see"}


@pytest.mark.parametrize(
    "text",
    [
        "pedí el archivo pero me voy de viaje, si no lo descargo en dos días lo pierdo?",
        "el archivo caduca a las 48 horas?",
        "tengo solo dos días para bajar el archivo?",
        "el zip se borra si no lo bajo en 2 dias?",
        "hay que descargar el archivo en 48h o se pierde?",
    ],
)
def test_es_asking_whether_the_archive_expires_in_two_days_is_the_myth(text: str) -> None:
    """Asking whether the archive is lost after two days takes the 48-hour limit for
    granted: the myth is answered."""
    assert myths_of(text) == {"download_within_48_hours"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("pedí el archivo hace dos días y todavía no me llega, es normal?", {"archive"}),
        ("mis cuentas bloqueadas se pasan a la nueva?", {"blocks"}),
        ("mi nombre de usuario cambia al mudarme?", {"username"}),
        ("si creo el alias, cambia mi arroba?", {"alias", "username"}),
    ],
)
def test_es_neighbours_of_these_classes_keep_their_subject(text: str, subjects: set[str]) -> None:
    """Asked two days after requesting it, the archive is asked about (no claim); blocked
        accounts are the blocks; whether the handle changes is the username, also beside the
    alias."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    ["oye y ahora qué hago?", "ahora qué hago?", "y después qué?", "bueno, y luego qué?"],
)
def test_es_and_now_what_asks_where_the_walkthrough_stands(text: str) -> None:
    """ "¿Y ahora qué hago?", "¿y después qué?": what comes next (status), also with
    "ahora" (filler elsewhere) before the question."""
    assert command_of(text, "dm") == "status"


@pytest.mark.parametrize(
    "text", ["ya le piqué al botón", "le piqué a mover", "ya le apreté", "ya le picamos"]
)
def test_es_pressed_it_in_everyday_verbs_is_done(text: str) -> None:
    """ "Ya le piqué", "ya le apreté" (Mexican "picarle", pressing): the button was
    pressed, the step is done."""
    assert command_of(text, "move") == "done"


@pytest.mark.parametrize("text", ["cuántos llevo?", "cuántos van?", "cuántos llevamos ya?"])
def test_es_how_many_so_far_while_waiting_is_progress(text: str) -> None:
    """While the followers arrive, "¿cuántos llevo / van?" asks how the move is going."""
    assert command_of(text, "followers") == "progress"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("no me interesa, sáltalo", "export"),
        ("no lo ocupo, sáltalo", "export"),
        ("no lo ocupo", "profile"),
        ("sáltalo, no me hace falta", "archive"),
    ],
)
def test_es_not_needed_skip_it_skips(text: str, where: str) -> None:
    """ "No me interesa, sáltalo", "no lo ocupo" (Mexican "ocupar", needing): the step is
    skipped, not put off; the "no" is about the need, not the step being done."""
    assert command_of(text, where) == "skip"


@pytest.mark.parametrize(
    "text",
    [
        "los hilos que fijé se quedan arriba en la nueva?",
        "el toot que anclé en mi perfil se pasa?",
        "tengo un post fijo en el perfil, se va conmigo?",
        "la publicación que fijé arriba desaparece al mudarme?",
        "lo que anclé en mi perfil sigue ahí en la cuenta nueva?",
    ],
)
def test_es_what_i_pinned_said_with_the_verb_is_pinned_posts(text: str) -> None:
    """ "Lo que fijé / anclé", "un post fijo en el perfil": the pinned posts, not posts in
    general nor the profile."""
    assert subjects_of(text) == {"pinned_posts"}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("tengo 48 horas para bajar el archivo", "download_within_48_hours"),
        ("el archivo dura dos días nomás", "download_within_48_hours"),
        ("hay un plazo de 48 horas para el archivo?", "download_within_48_hours"),
        ("según leí, al crear el alias ya se mueven los seguidores", "alias_starts_transfer"),
        ("con el alias puesto ya se trasladan mis seguidores", "alias_starts_transfer"),
    ],
)
def test_es_a_two_day_limit_or_followers_moving_with_the_alias_states_the_myth(
    text: str, myth: str
) -> None:
    """ "Tengo 48 horas", "dura dos días" (a limit, said or asked), and the followers that
    "se mueven / se trasladan" once the alias is made: the myth."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "where", "subjects"),
    [
        ("cuánto tarda esto normalmente?", "followers", {"follower_timing"}),
        ("y esto cuánto tarda?", "followers", {"follower_timing"}),
        ("esto cuánto tarda en total?", "followers", {"follower_timing"}),
        ("cuánto tarda el archivo en llegar?", "public", {"archive"}),
        pytest.param(
            "cuánto tarda en aparecer el alias?",
            "public",
            {"alias"},
        ),
    ],
)
def test_es_how_long_naming_nothing_else_is_the_wait_at_hand(
    text: str, where: str, subjects: set[str]
) -> None:
    """A bare "¿cuánto tarda (esto)?" asks how long it takes: while the followers arrive,
    their timing; beside a named subject ("el archivo"), that subject."""
    assert subjects_of(text, where) == subjects


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("cuál es la diferencia?", "choose_direction"),
        ("no sé, cuál me conviene?", "choose_direction"),
        ("qué significa eso?", "alias"),
        ("qué quiere decir eso?", "move"),
        ("a qué te refieres con alias?", "alias"),
        ("cuál elijo, unir o sobrescribir?", "import"),
    ],
)
def test_es_what_it_means_or_which_to_pick_at_a_step_is_how(text: str, where: str) -> None:
    """At a step, "¿qué significa eso?", "¿cuál me conviene?": the step's words are not
    understood, so how to do the step is asked."""
    assert command_of(text, where) == "how"


@pytest.mark.parametrize(
    "text",
    [
        "cómo bloqueo a alguien?",
        "cómo se bloquea a un usuario?",
        "cómo silencio a una persona que me molesta?",
        "cómo cambio mi contraseña?",
        "cómo desbloqueo a alguien?",
    ],
)
def test_es_how_to_block_mute_or_change_a_password_is_off_topic(text: str) -> None:
    """How to block or mute someone, or change a password, is how Mastodon works, not
    moving: no question about the block or mute lists that move."""
    got = read_row({"text": text, "where": "public"})
    assert got.command is None and got.understanding.kind == "unknown"


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("quiero pasarme a otra instancia", "start"),
        ("me quiero cambiar a mastodon.social", "start"),
        ("quiero cambiarme de servidor", "start"),
        ("me quiero ir a otro server", "start"),
        ("no sé cómo usarte", "help"),
        ("borra lo que tengas guardado mío", "forget"),
        ("quiero darme de baja", "clarify_delete"),
        ("cómo va lo mío?", "progress"),
    ],
)
def test_es_wishes_and_orders_in_a_dm_in_everyday_words(text: str, command: str) -> None:
    """ "Quiero pasarme a otra instancia" asks to be walked through the move, "no sé cómo
    usarte" for help, "lo que tengas guardado mío" is the bot's data, "darme de baja"
    deletes with nothing saying whose, "¿cómo va lo mío?" asks how the move goes."""
    assert command_of(text, "dm") == command


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("lito", "alias", "done"),
        ("ya ta", "alias", "done"),
        ("yasta", "export", "done"),
        ("sip", "download", "done"),
        ("aun nop", "archive", "not_yet"),
        ("nop, todavía", "import", "not_yet"),
        ("komo va?", "followers", "progress"),
        ("y cómo vamos?", "followers", "progress"),
        ("parale ya", "dm", "stop"),
    ],
)
def test_es_chat_spellings_of_step_answers(text: str, where: str, command: str) -> None:
    """Chat spellings ("lito", "ya ta", "yasta", "sip", "nop", "komo") and Mexican
    "párale" (stop) answer a step as their plain words do; "¿cómo va?" while waiting asks
    how the move goes."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    "text",
    [
        "si me arrepiento, puedo volver atrás después?",
        "si me equivoco, puedo volver atrás?",
        "y si me arrepiento, se puede volver atrás?",
        "si no me gusta la nueva, puedo volver atrás?",
    ],
)
def test_es_going_back_after_a_condition_is_moving_back(text: str) -> None:
    """ "Si me arrepiento, ¿puedo volver atrás?" at the move step asks what may be done
    then (moving back), it does not ask to go back a step now."""
    assert subjects_of(text, "move") == {"move_back"}


@pytest.mark.parametrize(("text", "command"), [("sí, puedo volver atrás?", "back")])
def test_es_a_yes_before_going_back_still_goes_back(text: str, command: str) -> None:
    """ "Sí" (yes, a word alone) opens no condition."""
    assert command_of(text, "move") == command


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("ya tengo todos los archivos en mi compu", "export"),
        ("lo pedí hace rato", "archive"),
        ("ya me llegó el correo y lo bajé", "download"),
        ("ya lo moví", "move"),
    ],
)
def test_es_a_step_reported_with_a_pronoun_is_done(text: str, where: str) -> None:
    """ "Lo pedí", "lo bajé", "ya lo moví", "ya tengo todos": the step's thing, named by a
    pronoun or "todos", was done."""
    assert command_of(text, where) == "done"


@pytest.mark.parametrize(
    "text", ["el link no funciona", "no me deja descargarlo", "el enlace ya caducó?"]
)
def test_es_the_link_at_the_download_step_is_the_archive(text: str) -> None:
    """At the download step the link is the archive's download link (no links to the old
    profile), and "no me deja" is a problem, not "not yet"."""
    assert subjects_of(text, "download") == {"archive"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("duda: los posts se mudan a la cuenta nueva", {"posts"}),
        ("alguien sabe si los bloqueados se pasan solos", {"blocks"}),
        ("consulta, los marcadores se mudan solos", {"bookmarks"}),
        ("sabes si los seguidos se pasan solos", {"follows"}),
    ],
)
def test_es_a_question_announced_without_a_question_mark_asks(
    text: str, subjects: set[str]
) -> None:
    """ "Duda:", "consulta,", "¿alguien sabe si ...": the member asks, though no "?"
    follows and the words would state a claim."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("sin duda mis toots se van conmigo", "posts_move_automatically"),
        ("no tengo ninguna duda de que los toots se mudan solos", "posts_move_automatically"),
    ],
)
def test_es_without_a_doubt_states_the_claim(text: str, myth: str) -> None:
    """ "Sin duda", "ninguna duda": no doubt asked, the claim is stated."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    "text",
    [
        "ya puse el alias, y ahora qué?",
        "listo el alias, cuál es el siguiente paso?",
        pytest.param(
            "ya tengo el alias en la nueva, ahora qué hago en la vieja?",
        ),
    ],
)
def test_es_what_comes_after_the_alias_is_the_move(text: str) -> None:
    """The alias told as done, then "¿y ahora qué?": the next step, the move, is asked."""
    assert subjects_of(text) == {"move"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("los memes que subí se van conmigo?", {"posts"}),
        (
            "Soy artista y subí cientos de dibujos a mi cuenta. Si me mudo a otra instancia,"
            " ¿los pierdo?",
            {"posts"},
        ),
        pytest.param(
            "El admin anunció que cierra. Mi sobrino dice que hay que exportar cosas. ¿Qué"
            " tengo que exportar?",
            {"csv_export"},
        ),
    ],
)
def test_es_media_by_what_it_shows_and_what_to_export(text: str, subjects: set[str]) -> None:
    """Drawings and memes are posts' media; "¿qué tengo que exportar?" asks for the Export
    page, whatever the story before it announced."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "where", "subjects"),
    [
        ("y mis publicaciones cómo las guardo?", "export", {"archive"}),
        ("cómo guardo mis fotos antes de irme?", "public", {"archive"}),
        ("mis toots cómo los guardo antes de que cierre?", "public", {"archive"}),
        ("y los filtros cómo los paso?", "import", {"filters"}),
        ("los marcadores cómo los paso?", "import", {"import"}),
    ],
)
def test_es_keeping_posts_is_the_archive_and_passing_them_no_steps(
    text: str, where: str, subjects: set[str]
) -> None:
    """ "¿Cómo guardo mis fotos?" asks how to keep a copy of the posts (the archive);
    "¿cómo los paso?" transfers them: "paso" there is no step ("los pasos", the move)."""
    assert subjects_of(text, where) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "olvídalo, no me voy a mudar",
        "ya no quiero mudarme",
        "al final no me mudo",
        "mejor no me mudo, gracias",
    ],
)
def test_es_giving_up_the_move_stops(text: str) -> None:
    """ "Ya no quiero mudarme", "al final no me mudo": the move given up (stop), not a
    wish to start it."""
    assert command_of(text, "dm") == "stop"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("ya me hice bolas, empezamos otra vez?", "import", "restart"),
        ("eso me lo brinco", "export", "skip"),
        ("me lo brinco", "profile", "skip"),
        ("dame un minuto", "move", "not_yet"),
        ("voy por un café y sigo", "export", "not_yet"),
        ("ya vuelvo", "alias", "not_yet"),
        ("aquí estoy de nuevo", "dm", "resume"),
    ],
)
def test_es_regional_step_orders(text: str, where: str, command: str) -> None:
    """Mexican "me lo brinco" (skip), "me hice bolas, ¿empezamos otra vez?" (restart),
    "dame un minuto", "voy por un café y sigo" (not yet), "aquí estoy de nuevo" (resume)."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    "text",
    [
        "en la vieja tenía 300 seguidores y en la nueva solo 250, se perdieron 50?",
        pytest.param(
            "el contador de seguidores de la nueva no cuadra con el de la vieja",
        ),
        "tenía 500 en la vieja y en la nueva solo 480, por qué?",
        "los números de seguidores no cuadran entre las dos cuentas",
    ],
)
def test_es_counts_that_do_not_match_are_a_lower_count(text: str) -> None:
    """ "En la nueva solo 250", "no cuadra": the new account's count compared with the old
    one's is a lower follower count, not whether followers move."""
    assert subjects_of(text) == {"follower_count_lower"}


@pytest.mark.parametrize(
    "text",
    [
        "necesito ayuda para migrar",
        "ayuda con la mudanza porfa",
        "me echas la mano con la migración?",
        "ando queriendo cambiarme de server",
        "quisiera trasladar mi cuenta a otra instancia",
        "vamos con la mudanza",
    ],
)
def test_es_asking_for_help_with_the_move_starts(text: str) -> None:
    """ "Necesito ayuda para migrar", "¿me echas la mano?", "vamos con la mudanza": in a DM,
    a wish to be helped through the move starts the walkthrough."""
    assert command_of(text, "dm") == "start"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("cómo van los seguidores?", "dm"),
        ("falta mucho para que lleguen todos?", "dm"),
        ("hay novedades de mis seguidores?", "dm"),
        ("en qué va la migración?", "dm"),
        ("hay novedades?", "followers"),
        ("en qué va la cosa?", "followers"),
    ],
)
def test_es_news_of_the_followers_asks_how_the_move_goes(text: str, where: str) -> None:
    """ "¿Hay novedades?", "¿en qué va la migración?", "¿falta mucho para que lleguen?":
    how the move is going (progress)."""
    assert command_of(text, where) == "progress"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("cuál de todos descargo?", "export", "how"),
        ("lo pongo con @?", "alias", "how"),
        ("qué cuenta pongo ahí?", "move", "how"),
        ("qué archivo subo primero?", "import", "how"),
        ("qué tengo que llenar?", "profile", "how"),
        ("no me llegó ningún correo", "download", "not_yet"),
    ],
)
def test_es_which_one_or_what_to_fill_in_at_a_step(text: str, where: str, command: str) -> None:
    """At a step, "¿cuál de todos descargo?", "¿qué cuenta pongo ahí?", "¿qué tengo que
    llenar?" ask how to do it; "no me llegó ningún correo" says it is not ready yet."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "voy a tener que pedirle a todos que me vuelvan a seguir, qué flojera",
            "followers_must_refollow",
        ),
        ("la gente que me sigue tendrá que buscarme de nuevo", "followers_must_refollow"),
        ("el alias lo creo desde la cuenta vieja", "alias_on_old_account"),
        ("se pierden todas las listas sí o sí", "lists_cannot_transfer"),
    ],
)
def test_es_claims_closed_by_a_sigh_or_said_for_sure(text: str, myth: str) -> None:
    """A claim closed by a sigh ("qué flojera", no question), or said "sí o sí" (for sure),
    states the myth; so do "buscarme de nuevo" and the alias made "desde la vieja"."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("ok ya di click en move followers", "move", "done"),
        ("di clic en mover", "move", "done"),
        ("quiero hacer el move de mi cuenta", "dm", "start"),
        ("quiero hacer la mudanza ya", "dm", "start"),
    ],
)
def test_es_spanglish_clicks_and_wishes(text: str, where: str, command: str) -> None:
    """ "Ya di click en move followers" pressed the button (done); "quiero hacer el move /
    la mudanza" asks to be walked through it (start)."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    "text", ["cambia la url de mi perfil?", "la url de mi cuenta va a ser otra?"]
)
def test_es_the_profile_url_is_the_handle(text: str) -> None:
    """The URL of the profile holds the handle: whether it changes asks about the
    username, not the profile's contents."""
    assert subjects_of(text) == {"username"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "tengo que volver a configurar mi biografía y mi foto manualmente en la nueva?",
            {"profile"},
        ),
        ("tengo que volver a poner mis listas manualmente?", {"lists"}),
        ("mi cuenta nueva aprueba seguidores manualmente, pasa algo?", {"locked_account"}),
        ("tengo que aprobar manualmente a cada seguidor que llega?", {"locked_account"}),
    ],
)
def test_es_by_hand_is_no_locked_account_unless_approving(text: str, subjects: set[str]) -> None:
    """ "Manualmente" is by hand: the thing redone by hand is asked about; only approving
    followers by hand is a locked account."""
    assert subjects_of(text) == subjects
