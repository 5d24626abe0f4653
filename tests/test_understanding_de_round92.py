"""German classes of session 52 (frde52). The phrasings are the tuner's own; none is a row of
the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of


@pytest.mark.parametrize(
    "text",
    [
        "Vielen Dank, hat alles geklappt! Liebe Grüße aus dem Urlaub",
        "danke dir, grüße aus dem schwarzwald ☀️",
        "hat funktioniert, schöne grüße aus dem büro",
        "super, danke! was der umzug für eine arbeit war 😅",
        "danke, was dieser alias für ein aufwand war",
    ],
)
def test_a_greeting_from_somewhere_is_no_forget(text: str) -> None:
    """ "Grüße aus dem Garten", "was der Umzug für eine Arbeit war": "aus dem", "was der"
    are what the forget phrases "aus dem bot", "was der bot" left once the filler "bot"
    was dropped for the dialect reading. A phrase naming the bot is not read that way."""
    assert command_of(text, "dm") is None


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("lösch bitte alles aus dem bot", "forget"),
        ("was der bot über mich weiß, soll weg", "forget"),
        ("was kann der bot eigentlich", "help"),
    ],
)
def test_the_bot_named_still_reads_its_command(text: str, command: str) -> None:
    assert command_of(text, "dm") == command
