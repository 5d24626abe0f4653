"""Spanish and Japanese classes of phrasing seen failing in round 9-11's tuning halves, and
classes no row showed yet but members surely type (Rioplatense and usted imperatives,
Mexican step answers, Kansai and casual Japanese): each case is the tuner's own phrasing,
read at first contact, so reverting the fix makes it fail."""

from __future__ import annotations

import pytest
from question_set import command_of


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
