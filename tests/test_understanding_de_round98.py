"""German classes of session 55 (de55): dialect orders opening a message, the bot's
reminders asked to end in public, a language asked for after asking whether it is spoken.
The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("zruck, des hob i falsch gmocht", "move"),
        ("zruck, i hob mi bei da adress vertan", "alias"),
        ("zruck bitte, da hab i an fehler gmacht", "move"),
        ("Zruck, des war da falsche schritt", "export"),
    ],
)
def test_a_dialect_back_opening_its_reason(text: str, where: str) -> None:
    """Bavarian "zruck" (zurück) opening the message at a step, the reason after it: back,
    as "Zurück, ich hab ... falsch gemacht" is, not the "gmacht" of a report."""
    assert command_of(text, where) == "back"


@pytest.mark.parametrize(
    "text",
    [
        "@umzugshilfe hör auf mir dauernd erinnerungen zu schicken",
        "@umzugshilfe bitte keine erinnerungen mehr schicken, ich meld mich",
        "@umzugshilfe schick ma koane erinnerungen mehr",
        "@umzugshilfe kannst du aufhören mir erinnerungen zu senden",
    ],
)
def test_the_reminders_ended_in_public(text: str) -> None:
    """The bot's reminders asked to end in a public mention: stop, no question about the
    archive that "Erinnerung" names as a keepsake."""
    assert command_of(text, "public") == "stop"


@pytest.mark.parametrize(
    ("text", "command"),
    [
        (
            "kannst du auch französisch? meine schwester wohnt in lyon, bitte ab jetzt auf "
            "französisch",
            "language:fr",
        ),
        (
            "geht auch französisch? meine mitbewohnerin liest mit, ab jetzt auf französisch bitte",
            "language:fr",
        ),
        (
            "verstehst du auch französisch? unsere tochter liest mit, also ab jetzt auf "
            "französisch",
            "language:fr",
        ),
        (
            "sprichst du auch spanisch? mein freund is aus sevilla, ab jetzt auf spanisch bitte",
            "language:es",
        ),
        (
            "kannst du auch englisch? meine kollegin liest mit, bitte ab jetzt auf englisch",
            "language:en",
        ),
    ],
)
def test_a_language_asked_after_asking_whether_it_is_spoken(text: str, command: str) -> None:
    """Whether the bot speaks a language asked ("kannst du auch ...?"), a reason, then the
    request in so many words ("ab jetzt auf ..."): that language, from the last clause."""
    assert command_of(text, "dm") == command


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("uff englisch bitte", "language:en"),
        ("op englisch, bidde", "language:en"),
        ("bitte uff französisch", "language:fr"),
        ("ab jetz uff englisch", "language:en"),
        ("uff spanisch bitte, mei nachbarin liest mit", "language:es"),
    ],
)
def test_a_language_asked_in_dialect_words(text: str, command: str) -> None:
    """Palatine and Berlin "uff", Low German "op" (auf) before a language's name: the
    request every locale's `speak` words hold as "auf englisch", read through German's
    rewrites as the walkthrough's orders are ("zruck" is "zurück")."""
    assert command_of(text, "dm") == command
