"""English classes of session 49 (en-steps): commands in DMs and at walkthrough steps,
chosen on the tuning halves of rounds 84-85. The phrasings are the tuner's own; none is a
row of the question sets."""

from __future__ import annotations

import pytest
from question_set import read_row, subjects_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("are they coming", "followers"),
        ("did they arrive", "followers"),
        ("are they in yet", "followers"),
        ("have they arrived or not", "followers"),
        ("are they coming? its been a day", "followers"),
        ("did they arrive? i dont see anyone", "followers"),
        ("are they coming", "dm"),
    ],
)
def test_are_they_coming_asks_progress(text: str, where: str) -> None:
    """ "They" for the followers while they arrive ("are they coming", "did they arrive"):
    how the move is going (progress), not how to do the step (walkthrough/en.toml)."""
    assert read_row({"text": text, "where": where}).command == "progress"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("switch to japanese pls, my friend using this phone", "dm", "language:ja"),
        ("can you switch to japanese? my friend is using this phone", "dm", "language:ja"),
        ("swap to spanish, my mum is on this phone now", "dm", "language:es"),
        ("swap to german pls, my dad is doing it on his phone", "dm", "language:de"),
        ("swap to french please, my husband is on the laptop", "export", "language:fr"),
    ],
)
def test_switch_to_a_language_then_why(text: str, where: str, command: str) -> None:
    """ "Switch to" / "swap to" a language, then who reads on which device: the request,
    whatever subject the reason names (the phone, the app), as "switch to english" already
    was (`speak` asks in replies/walkthrough/ja.toml, de, fr, es)."""
    assert read_row({"text": text, "where": where}).command == command


def test_how_to_switch_the_app_still_asks() -> None:
    """The app's own language asked about, with no "switch to" said whole: a question."""
    got = read_row({"text": "how do i switch the app to japanese", "where": "public"})
    assert got.command is None


@pytest.mark.parametrize(
    "text",
    [
        "help us move me account",
        "ey up, can tha help us move?",
        "help us move will ya",
        "hiya, help us migrate will you",
        "help us move, ta",
    ],
)
def test_help_us_move_starts(text: str) -> None:
    """Northern English "us" for "me" and "me" for "my" ("help us move me account"), after
    a greeting or before a thanks: walk me through the move (start)."""
    assert read_row({"text": text, "where": "dm"}).command == "start"


@pytest.mark.parametrize(
    "text",
    [
        "the new account already follows some people, merge or overwrite?",
        "merge or overwrite? my new account already follows like 20 people",
        "new account already has follows, merge or overwrite here",
    ],
)
def test_new_account_already_follows_is_no_progress(text: str) -> None:
    """What the new account already has, told beside Merge or Overwrite at the import step:
    a question about the import (the step's own subject), not "are my followers on the new
    account already?" (progress keeps "on / to / in the new account already")."""
    assert "import" in subjects_of(text, "import")


@pytest.mark.parametrize(
    "text",
    [
        "are they on the new account already",
        "did they come to the new account already",
        "any in the new account already?",
    ],
)
def test_on_the_new_account_already_asks_progress(text: str) -> None:
    """Followers asked after on the new account, "already": how the move is going."""
    assert read_row({"text": text, "where": "followers"}).command == "progress"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("my friend mentioned my old account but i cant see it", "followers"),
        ("someone mentioned my old handle, i dont see it anywhere", "followers"),
        ("a mate mentioned my old account, cant find it", "move"),
        ("somebody mentioned my old account this morning, i can't see it", "followers"),
        ("my sister tagged my old account today, where does that go?", "move"),
    ],
)
def test_mentioned_my_old_account(text: str, where: str) -> None:
    """Someone "mentioned" or "tagged" the old account, told in the past, then "I can't see
    it" at a step: mentions of the old account (intents/en.toml), not how to do the step."""
    assert subjects_of(text, where) == {"old_account_mentions"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("i go to my old account now and add the alias?", "alias"),
        ("ok so I go to my old account and press move?", "move"),
        ("heading to my old account now to start the move", "move"),
        ("should i go to my old account for this step?", "alias"),
    ],
)
def test_going_to_the_old_account_to_act_is_no_mentions_question(text: str, where: str) -> None:
    """Going to the old account to do something there (lead, session 49): not a question
    about mentions still arriving at it ("go to my old account" was one of
    old_account_mentions' strong phrases)."""
    reading = read_row({"text": text, "where": where})
    assert "old_account_mentions" not in reading.understanding.subjects


@pytest.mark.parametrize(
    "text",
    [
        "do mentions still go to my old account after the move?",
        "do replies still go to my old account?",
    ],
)
def test_mentions_still_going_to_the_old_account_ask_about_them(text: str) -> None:
    assert "old_account_mentions" in subjects_of(text)
