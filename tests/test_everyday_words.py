"""Short everyday messages: asking the bot to stop writing, in chat words, stops it
(replies/walkthrough/en.toml stop)."""

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
