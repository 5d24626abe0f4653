"""Classes of phrasing that round 7's German, French and Spanish tuning rows showed failing
at first contact: each case stands for a class of words or a mechanism, in phrasings of our
own (not the rows'), so reverting the fix makes them fail."""

from __future__ import annotations

import pytest

from bot.interpret import read


def _subjects(text: str, locale: str, where: str = "public") -> tuple[str, list[str]]:
    got = read(text, where=where, locale=locale)
    assert got.command is None
    return got.understanding.kind, sorted(got.understanding.subjects)


@pytest.mark.parametrize(
    "text",
    [
        "mis fotos se pasan solas o que",
        "mis seguidos se copian solos o qué",
        "los bloqueos se mantienen o que",
    ],
)
def test_spanish_closing_o_que_asks(text):
    """A last "o qué" is the question's own tag, even with no "?": no stated myth."""
    assert _subjects(text, "es")[0] == "question"


@pytest.mark.parametrize(
    "text",
    [
        "quiero dejar un aviso en la cuenta vieja que diga que me fui, sin mover a mis seguidores",
        "se puede solo poner una nota en mi perfil viejo apuntando a la nueva sin llevarme los seguidores?",
        "hay forma de avisar en el perfil antiguo que ahora estoy en otro lado pero sin migrar a nadie",
    ],
)
def test_spanish_notice_without_moving_followers_is_the_redirect(text):
    assert _subjects(text, "es") == ("question", ["redirect_only"])


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("cada cuanto se permite cambiar de cuenta", ["cooldown"]),
        ("es verdad que hay que esperar un mes entre una mudanza y otra?", ["cooldown"]),
        (
            "la gente sigue arrobando mi cuenta vieja, me entero de esas menciones?",
            ["old_account_mentions"],
        ),
        ("vengo de pleroma, puedo traerme a mis seguidores?", ["other_software"]),
        ("estoy en akkoma, se pueden pasar mis seguidos a mastodon?", ["other_software"]),
        ("vale la pena hacer la mudanza o me abro una cuenta nueva y ya", ["whether_to_move"]),
        (
            "que pasa con las publicaciones que solo pueden ver mis seguidores",
            ["followers_only_posts"],
        ),
        ("el archivo incluye las fotos?", ["archive"]),
        ("quiero respaldar mis publicaciones antes de irme, cómo pido la copia?", ["archive"]),
        ("dónde hago el export de mis bloqueados?", ["csv_export"]),
    ],
)
def test_spanish_classes_of_round_7(text, subjects):
    assert _subjects(text, "es") == ("question", subjects)


def test_spanish_accounts_i_followed_past_tense_are_the_follows():
    text = "las cuentas que yo seguía se copian solas a la cuenta nueva."
    assert _subjects(text, "es") == ("myth", ["follows"])


def test_spanish_followers_told_about_the_move_are_not_old_mentions():
    """Arriving news to followers is the notification, not mentions of the old account."""
    text = "¿a la gente que me sigue le llega un aviso de que me cambié de cuenta?"
    assert _subjects(text, "es") == ("question", ["notifications"])


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("dnd estoy", "dm", "status"),
        ("q me falta?", "import", "status"),
        ("me estoy yendo de este server", "choose_direction", "away"),
    ],
)
def test_spanish_commands_in_chat_words(text, where, command):
    assert read(text, where=where, locale="es").command == command
