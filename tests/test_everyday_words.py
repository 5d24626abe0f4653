"""Short everyday messages: asking the bot to stop writing, in chat words, stops it
(replies/walkthrough/en.toml stop); a wave in words the phrase tables know nothing of
greets (bot/interpret.py _waved)."""

import pytest

from bot.interpret import read


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("stop msging me pls", "dm"),
        ("quit msging me", "followers"),
        ("stop replying to me", "public"),
        ("pls stop texting me", "dm"),
    ],
)
def test_asking_the_bot_to_stop_writing_stops(text: str, where: str) -> None:
    assert read(text, where=where, locale="en").command == "stop"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # Written for this test (not rows of any set).
        ("oi oi pal 👋", "public"),
        ("kumusta po 👋", "dm"),
        ("sawubona bot 👋", "public"),
    ],
)
def test_a_wave_in_a_few_unknown_words_greets(text: str, where: str) -> None:
    got = read(text, where=where, locale="en")
    assert got.command is None
    assert got.understanding.kind == "greeting"


@pytest.mark.parametrize(
    "text",
    [
        "👋 do my posts come with me when i move?",
        "👋 can u help me with my maths homework this evening pls",
    ],
)
def test_a_wave_beside_a_question_or_many_words_is_no_greeting(text: str) -> None:
    assert read(text, where="public", locale="en").understanding.kind != "greeting"
