"""English classes of round 58's tuning half at first contact (read with b6f8515's code and
model), and of round 59's (learn28en). The phrasings are the tuner's own; none is a row of
the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


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


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("ok so what happens to everyone i blocked when i migrate", "blocks"),
        ("honestly what happens to everybody i follow when i move", "follows"),
        ("all the photos i uploaded where do they end up after the move", "posts"),
        ("my art i uploaded over the years where does it go after i move", "posts"),
        ("the pics i uploaded where do they go when i migrate", "posts"),
    ],
)
def test_what_becomes_of_it_asked_states_no_myth(text: str, subject: str) -> None:
    """ "what happens to X when i move", "the pics i uploaded, where do they end up": an
    open question about what becomes of a thing states no myth (the tables matched one in
    its words: "i uploaded" beside posts, a moving word beside the follows), so the bot
    corrects no claim nobody made (gate: _asked_not_stated)."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "so my posts get moved over automatically, what else do i need to do",
            "posts_move_automatically",
        ),
        ("my followers have to follow me again, what a pain", "followers_must_refollow"),
        (
            "blocks move automatically when you migrate, i read that somewhere",
            "blocks_move_automatically",
        ),
        ("where do i import my old posts on the new account", "posts_can_be_imported"),
    ],
)
def test_a_claim_beside_an_open_word_still_states(text: str, myth: str) -> None:
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    "text",
    [
        "thanks a ton, moved everything",
        "thank you!! moved my followers and my follows, all good",
        "thanks, moved my blocks",
        "thank you, migrated my stuff 🙏",
        "ty, moved all my lists and mutes 👍",
        "thanks heaps, copied my follows over",
    ],
)
def test_thanks_then_what_the_member_moved_is_thanks(text: str) -> None:
    """Thanks, then what the member did ("moved everything", "moved my blocks"): no
    question about what moves, and no claim that things move by themselves. A word only a
    subject's context phrase names ("moved") tells, it asks nothing; "moved my X" is the
    member's own move (`own_move`), not X moving by itself."""
    got = read_row({"text": text, "where": "public"})
    assert got.command is None and got.understanding.kind == "thanks", got


def test_thanks_then_a_thing_named_still_asks() -> None:
    assert subjects_of("thanks! and my bookmarks") == {"bookmarks"}


@pytest.mark.parametrize(
    "text",
    [
        "moved my follows, they came over automatically",
        "thank you, my follows moved automatically",
    ],
)
def test_things_moving_by_themselves_still_state(text: str) -> None:
    assert myths_of(text) == {"follows_move_automatically"}
