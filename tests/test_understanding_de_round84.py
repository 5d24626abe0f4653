"""German messages of session 48 (learn48-jade), a class chosen on round 82's tuning half:
being done with what the bot sends ("Schluss jetzt mit den Nachrichten", "genug mit den
Erinnerungen", "will nix mehr von dir hören") orders it to stop; the messages named are
the bot's, no question about direct messages. The phrasings are the tuner's own; none is
a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of


@pytest.mark.parametrize("where", ["dm", "archive", "followers"])
@pytest.mark.parametrize(
    "text",
    [
        "Schluss mit den Nachrichten",
        "jetzt ist aber schluss mit den erinnerungen",
        "genug mit den nachrichten, danke",
        "ok genug jetzt mit den erinnerungen",
        "ich will nichts mehr von dir hören",
    ],
)
def test_done_with_the_bots_messages(text: str, where: str) -> None:
    assert command_of(text, where) == "stop"


def test_whether_dms_come_along_stays_a_question() -> None:
    text = "werden meine nachrichten mitgenommen oder ist dann schluss mit den nachrichten?"
    assert command_of(text, "public") is None
