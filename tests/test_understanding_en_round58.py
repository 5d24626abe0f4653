"""English classes of round 58's tuning half at first contact (read with b6f8515's code and
model), and of round 59's (learn28en). The phrasings are the tuner's own; none is a row of
the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("y'all can quit sending me stuff now", "dm"),
        ("you can quit sending these now", "dm"),
        ("pls quit sending me reminders", "dm"),
        ("quit texting me", "dm"),
        ("quit pinging me every day", "export"),
        ("quit with all the dms already", "dm"),
        ("ok bot you can quit now", "dm"),
        ("@bot quit sending me these", "public"),
    ],
)
def test_quit_sending_is_stop(text: str, where: str) -> None:
    """ "quit" said as "stop" before what the bot sends ("quit sending me these", "quit
    texting me") is an order to stop, as "stop sending" and "quit messaging" are."""
    assert command_of(text, where) == "stop"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("how do i quit sending notifications to my followers?", "dm"),
        ("does the old server quit sending my posts?", "dm"),
        ("can i quit the move halfway?", "dm"),
        ("my old server will quit sending stuff once i move right", "public"),
    ],
)
def test_quit_asked_about_stops_nothing(text: str, where: str) -> None:
    assert command_of(text, where) != "stop"
