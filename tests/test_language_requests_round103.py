"""Language requests round 103's writers wrote that were read as something else: a short
first clause naming the language before its reason, and a verb with the bot's own words
between it and the language ("ponme los mensajes en francés")."""

import pytest
from question_set import command_of


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("Ab jetzt bitte auf Französisch, das ist einfacher für meinen Mann", "dm", "language:fr"),
        ("oye ponme los mensajes en francés", "profile", "language:fr"),
        ("ponme las respuestas en inglés", "dm", "language:en"),
        ("schreib mir die Antworten auf Englisch", "dm", "language:en"),
        ("écris-moi les messages en espagnol", "dm", "language:es"),
    ],
)
def test_a_language_asked_for_with_its_reason_or_the_bots_words(
    text: str, where: str, command: str
) -> None:
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    "text",
    [
        "puedo mandar mensajes en inglés a mis seguidores?",
        "escribe mis mensajes en inglés?",
        "can you send my DMs in english?",
    ],
)
def test_messages_in_a_language_asked_about_are_no_request(text: str) -> None:
    """A question about the member's own messages in a language asks about them."""
    assert not (command_of(text, "dm") or "").startswith("language")
