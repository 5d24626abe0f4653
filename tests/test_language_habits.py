"""A language named as who speaks or writes it, beside a question, is the question's story,
not a request to switch: "my followers speak French, do they move with me?" switched the
member's replies to French (an explicit choice, kept until they choose again) and left the
question unanswered. Requests, with or without a speaker before the verb, still switch."""

from __future__ import annotations

import pytest

from bot.interpret import read

HABITS = [
    ("my followers speak French, do they move with me when I change servers?", "en", "followers"),
    ("most of my mutuals write in spanish, will they get notified when i move", "en", None),
    (
        "I write in English but most of my followers write in German, will they be notified",
        "en",
        None,
    ),
    ("meine Freunde schreiben alle auf Französisch, kommen die beim Umzug mit?", "de", None),
    ("mes abonnés parlent anglais, est-ce qu'ils vont me suivre ?", "fr", "followers"),
    ("mis seguidores hablan inglés, ¿me siguen al mudarme?", "es", "followers"),
]

REQUESTS = [
    ("can I talk to you in Spanish?", "en", "language:es"),
    ("could you reply in French from now on please", "en", "language:fr"),
    ("i speak french", "en", "language:fr"),
    ("kannst du auf Englisch antworten", "de", "language:en"),
    ("tu peux me parler en anglais ?", "fr", "language:en"),
    ("háblame en inglés por favor", "es", "language:en"),
]


@pytest.mark.parametrize(("text", "locale", "subject"), HABITS)
def test_who_speaks_a_language_beside_a_question_asks_the_question(text, locale, subject):
    reading = read(text, where="dm", locale=locale)
    assert reading.command is None, reading
    assert reading.understanding.kind in ("question", "myth"), reading
    if subject:
        assert subject in reading.understanding.subjects, reading


@pytest.mark.parametrize(("text", "locale", "command"), REQUESTS)
def test_a_request_for_a_language_still_switches(text, locale, command):
    assert read(text, where="dm", locale=locale).command == command
