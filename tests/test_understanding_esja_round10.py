"""Classes of phrasing that round 10's Spanish and Japanese tuning rows showed failing at
first contact: each case stands for a class, in phrasings of our own (not the rows'), so
reverting the fix makes them fail."""

from __future__ import annotations

import pytest

from bot.interpret import read


@pytest.mark.parametrize(
    "text",
    [
        "elimina la info que tenés guardada de mí",
        "borrá lo que tenés de mí",
        "quiero que borres los datos que guardas sobre mí",
        "eliminá los datos que guardaste de mi cuenta",
        "suprime toda la información que guardas de mí",
        "no quiero nada de lo que tienes guardado de mi",
    ],
)
def test_es_what_the_bot_keeps_of_me_named_by_a_relative_clause_is_forget(text: str) -> None:
    """Forget said as "the data/what you keep (tenés guardado, guardaste) of me": the bot's
    own records, named by a relative clause rather than by "bot"."""
    assert read(text, where="dm", locale="es").command == "forget"


@pytest.mark.parametrize(
    "text",
    [
        "continuamos?",
        "ya tengo un rato, ¿continuamos con la migración?",
        "¿volvemos a lo de la mudanza?",
        "Seguimos",
        "volvemos a la migración cuando quieras",
        "continuamos con lo del traslado",
    ],
)
def test_es_resume_in_the_present_we_asked_is_resume(text: str) -> None:
    """Resume in the first person plural present ("¿continuamos?", "¿volvemos a lo de...?"),
    a suggestion asked, means the same as the subjunctive "continuemos"."""
    assert read(text, where="dm", locale="es").command == "resume"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("フォロワー来てる？", "followers"),
        ("ﾌｫﾛﾜｰもう来てる?", "followers"),
        ("ﾌｫﾛﾜｰ増えてる？", "followers"),
        ("フォロワーさん来てますか", "followers"),
        ("フォロワーちゃんときてる?", "dm"),
        ("新しい方にフォロワー増えてますか", "followers"),
    ],
)
def test_ja_have_my_followers_come_is_progress(text: str, where: str) -> None:
    """ "Have followers come / grown (来てる, 増えてる)?" asks how the move is going, in full-
    or half-width katakana."""
    assert read(text, where=where, locale="ja").command == "progress"
