"""Spanish and Japanese classes of phrasing seen failing in round 9-11's tuning halves, and
classes no row showed yet but members surely type (Rioplatense and usted imperatives,
Mexican step answers, Kansai and casual Japanese): each case is the tuner's own phrasing,
read at first contact, so reverting the fix makes it fail."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("arrancá la mudanza", "dm", "start"),
        ("empiece con la migración por favor", "dm", "start"),
        ("quiero cambiarme de instancia, me guiás?", "dm", "start"),
        ("pará con los mensajes", "dm", "stop"),
        ("empezá de nuevo", "alias", "restart"),
        ("empiece todo desde cero", "alias", "restart"),
        ("devolveme un paso", "alias", "back"),
        ("devuélvame al paso anterior", "alias", "back"),
        ("olvidate de mí", "dm", "forget"),
        ("olvídese de mis datos", "dm", "forget"),
        ("qué me toca hacer ahora", "dm", "status"),
    ],
)
def test_es_commands_in_vos_and_usted_forms(text: str, where: str, command: str) -> None:
    """Commands as Rioplatense voseo ("arrancá", "pará", "devolveme") or usted ("empiece",
    "olvídese") imperatives mean what the tú forms mean."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("ahorita lo hago", "alias", "not_yet"),
        ("orita lo hago", "profile", "not_yet"),
        ("no le entiendo", "alias", "how"),
        ("no entiendo cómo", "alias", "how"),
        ("no entendí nada", "import", "how"),
        ("ya los bajé", "export", "done"),
        ("ya los descargué", "export", "done"),
    ],
)
def test_es_latin_american_step_answers(text: str, where: str, command: str) -> None:
    """At a step: "ahorita lo hago" is later (not done), "no le entiendo" asks how, "ya los
    bajé" reports the files downloaded."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("リマインダーいらんわ", "dm", "stop"),
        ("通知もうええで", "dm", "stop"),
        ("もう送らんといて", "dm", "stop"),
        ("やったで", "profile", "done"),
        ("まだやねん", "alias", "not_yet"),
        ("まだやってへん", "alias", "not_yet"),
        ("わからへん", "alias", "how"),
        ("どないしたらええの", "alias", "how"),
        ("どうやんねん", "alias", "how"),
        ("これいらんわ", "move", "skip"),
        ("それはせんでええわ", "move", "skip"),
        ("もういっぺん最初から", "alias", "restart"),
        ("ボットが持っとる私のデータ消して", "dm", "forget"),
        ("フォロワーどんだけ移った？", "followers", "progress"),
        ("何できんの？", "dm", "help"),
        ("引っ越しやりたいんだけど", "dm", "start"),
    ],
)
def test_ja_kansai_and_casual_forms_of_commands(text: str, where: str, command: str) -> None:
    """Kansai and casual spoken forms (いらん, へん, ええ, どない, やねん, とる, んねん) mean
    what the standard forms mean."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    "text",
    [
        "ya hice el alias, ¿cómo inicio el traslado?",
        "ya creé el alias y ahora qué hago para iniciar la migración?",
        "tengo el alias puesto, dónde se lanza la migración",
        "bueno ya configuré el alias, y ahora cómo doy inicio al traslado?",
        "el alias ya está, ¿cómo arranco la migración?",
    ],
)
def test_es_the_alias_done_then_how_to_start_the_move_is_the_move(text: str) -> None:
    """The alias given as done, then how to start the move: the move is asked; the alias is
    the story, and "arranco" (I start) states no myth that the alias started it."""
    assert subjects_of(text) == {"move"}


@pytest.mark.parametrize(
    "text",
    [
        "エイリアス設定したよ、次どうやって移行するの？",
        "エイリアスは作成済みです。引っ越しはどこから開始しますか",
        "別名つけた。で、移行ってどうやって始めんの",
        "エイリアス作れたので、フォロワーの引っ越しの始め方を教えて",
    ],
)
def test_ja_the_alias_done_then_how_to_start_the_move_is_the_move(text: str) -> None:
    assert subjects_of(text) == {"move"}


@pytest.mark.parametrize(
    "text",
    [
        "mi nombre de usuario cambia por el dominio?",
        "con el dominio nuevo mi @ cambia?",
        "el usuario queda igual o cambia el dominio?",
        "mi arroba va a tener otro dominio?",
    ],
)
def test_es_the_domain_of_a_handle_is_the_username_not_domain_blocks(text: str) -> None:
    """ "Dominio" beside the handle is the handle's server part, not a blocked domain."""
    assert subjects_of(text) == {"username"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "¿mis seguidores se mudan automáticamente? ¿y cuánto tarda?",
            {"followers", "follower_timing"},
        ),
        (
            "dos preguntas: los seguidores se pasan solos? y cuanto demora eso?",
            {"followers", "follower_timing"},
        ),
        ("se van conmigo los seguidores y en cuánto tiempo?", {"followers", "follower_timing"}),
        ("las cuentas que sigo se trasladan? y si no, cómo las importo?", {"follows", "import"}),
    ],
)
def test_es_two_questions_keep_the_first_subject(text: str, subjects: set[str]) -> None:
    """Whether something moves, then how long it takes or how to bring it if not: both asked."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "cuantos seguidores me quedan por recibir en la cuenta nueva?",
        "se puede ver cuántos seguidores faltan por pasar?",
        "hay manera de ver cuántos seguidores me faltan por llegar",
        "cuántos seguidores quedan por migrar, dónde lo veo?",
    ],
)
def test_es_how_many_followers_are_still_to_come_is_move_progress(text: str) -> None:
    assert subjects_of(text) == {"move_progress"}


@pytest.mark.parametrize(
    "text",
    [
        "¿El nombre que se muestra se copia solo?",
        "el nombre que aparece en mi perfil y la bio se pasan?",
        "el nombre que muestra mi cuenta hay que ponerlo otra vez?",
    ],
)
def test_es_the_name_shown_is_the_profile(text: str) -> None:
    """ "El nombre que se muestra" is the display name, not what others see."""
    assert subjects_of(text) == {"profile"}


@pytest.mark.parametrize(
    "text",
    [
        "cómo exporto la gente que sigo",
        "cómo exporto mis bloqueados?",
        "¿cómo puedo exportar mis listas?",
        "como se exportan los silenciados",
    ],
)
def test_es_how_to_export_a_list_is_the_csv_export(text: str) -> None:
    """ "How do I export my follows/blocks" asks for the Export page (LABELS.md)."""
    assert subjects_of(text) == {"csv_export"}


@pytest.mark.parametrize(
    "text",
    [
        "voy a cargar mi archivo en la instancia nueva para tener mis publicaciones otra vez, dónde se hace?",
        "voy a subir el zip con mis toots al server nuevo, en qué parte se hace?",
        "pienso importar mi archivo en la cuenta nueva para recuperar mis posts, cómo se hace?",
        "bajé el zip y ahora lo cargo en la nueva y ya tengo mis publicaciones de vuelta",
    ],
)
def test_es_a_plan_to_import_the_posts_states_the_myth(text: str) -> None:
    """A plan to upload the archive to get the posts back believes posts can be imported."""
    assert "posts_can_be_imported" in myths_of(text)


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "tengo entendido que las publicaciones se trasladan al mudarse",
            "posts_move_automatically",
        ),
        ("tengo entendido que la gente que sigo se pasa sola", "follows_move_automatically"),
        ("tengo entendido que mis bloqueos se mudan solos", "blocks_move_automatically"),
        ("el alias va en el servidor de origen", "alias_on_old_account"),
        ("el alias lo creo desde la cuenta de origen y listo", "alias_on_old_account"),
        ("el alias se configura en la instancia de origen", "alias_on_old_account"),
    ],
)
def test_es_myths_told_as_understood_or_with_the_origin_account(text: str, myth: str) -> None:
    """ "Tengo entendido que ..." states a belief (its "tengo" opens no question), and the
    account or server "de origen" is the old one."""
    assert myth in myths_of(text)


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("リストって移る？あとミュートも", {"lists", "mutes"}),
        ("ブックマーク移る？それとブロックも", {"bookmarks", "blocks"}),
        ("フォロワーは移る？あとフォローしてる人も", {"followers", "follows"}),
        ("フィルターって引き継げる？あとリストは", {"filters", "lists"}),
    ],
)
def test_ja_a_fragment_after_the_question_adds_to_it(text: str, subjects: set[str]) -> None:
    """ "…移る？あとミュートも": a bare "and X too" after the question asks it of X as well."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "エイリアス作ったから、あとは待つだけでフォロワー来るよね",
        "別名設定したし、これでフォロワー移行されるはずや",
        "エイリアス作ったからフォロワー移り始めるはず",
    ],
)
def test_ja_followers_expected_to_come_after_the_alias_is_the_myth(text: str) -> None:
    assert myths_of(text) == {"alias_starts_transfer"}


def test_ja_followers_not_coming_after_the_alias_is_no_myth() -> None:
    """ "…フォロワー移ってこない": the followers not coming says "not" (こない)."""
    got = read_row(
        {"text": "エイリアス設定したのにフォロワー移ってこないんだけど", "where": "public"}
    )
    assert got.understanding.kind == "question"


@pytest.mark.parametrize("text", ["まいど", "まいどー", "ちーっす", "holaa"])
def test_regional_and_stretched_hellos_are_greetings(text: str) -> None:
    """Kansai まいど, casual ちーっす, and "holaa" (one letter typed twice) greet."""
    got = read_row({"text": text, "where": "public"})
    assert got.command is None and got.understanding.kind == "greeting"


@pytest.mark.parametrize(
    "text",
    [
        "puedo volver a mi instancia anterior con mis seguidores?",
        "si me arrepiento, vuelvo al servidor viejo con todos mis seguidores?",
        "puedo mudarme de vuelta con mis seguidores si no me gusta?",
        "y si quiero volver a mi servidor de antes, mis seguidores vuelven conmigo?",
    ],
)
def test_es_moving_back_with_the_followers_is_move_back(text: str) -> None:
    """Moving back "con mis seguidores": the move back is asked, its answer covers them."""
    assert subjects_of(text) == {"move_back"}


@pytest.mark.parametrize(
    "text",
    [
        "鯖が来月終わるらしい、フォロワー連れてくにはいつまでに何やればいいの",
        "このサーバー閉じるって聞いた。フォロワー移すなら期限ある？",
        "鯖が閉鎖されるって。フォロワー移行って間に合う？",
        "la instancia cierra en dos semanas, me da tiempo a mudar los seguidores?",
        "cierran mi instancia, llego a tiempo de pasar a mis seguidores?",
        "el server cierra pronto, cuánto tiempo tengo para mudar a los seguidores?",
    ],
)
def test_by_when_before_the_server_closes_is_server_closing(text: str) -> None:
    """By when, or whether there is time, before the server closes asks about the closing
    (LABELS.md), not how long followers take."""
    assert subjects_of(text) == {"server_closing"}
