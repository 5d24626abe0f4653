"""English classes of session 44 (en-public), chosen on the tuning halves of rounds 58-76:
a single-subject public question read with another subject. The phrasings are the tuner's
own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "will people still be able to message my old account after i move and do i get them",
        "can folks still @ my old account once i have moved and will i see those",
        "if people keep dming my old account after the move, and will i get them",
        "can my mates still tag the old account after i switch and would i even see it",
    ],
)
def test_mentions_of_the_old_account_asked_twice(text: str) -> None:
    """ "can people still @ me on my old account after the move and will I see it?": the
    second clause asks again about the mentions, and the old account its first clause
    names is where they go, not a question about the old account: the tables' rule drops
    old_account beside old_account_mentions, and the model's reading of a clause or the
    whole message adds back no subject such a rule drops (bot/interpret.py
    _dropped_beside)."""
    assert subjects_of(text, "public") == {"old_account_mentions"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("do my followers get shifted to the new handle on their own", {"followers"}),
        ("will my followers go to my new handle automatically", {"followers"}),
        ("do my bookmarks come over to the new handle", {"bookmarks"}),
        ("will my lists be there on my new handle", {"lists"}),
        (
            "will my followers move to my new handle and will my handle change",
            {"followers", "username"},
        ),
    ],
)
def test_the_new_handle_as_where_things_go(text: str, subjects: set[str]) -> None:
    """ "will my followers be shifted to the new handle automatically?": the new handle is
    the account the followers go to, not a question whether the name is kept
    (intents/en.toml: a rule drops username where a list or followers go "to" / "on" the
    new handle); "and will my handle change" still asks it."""
    assert subjects_of(text, "public") == subjects


@pytest.mark.parametrize(
    "text",
    [
        "i want to move to a server for knitters, which one would you recommend",
        "want to move to an instance in Peru, which one do you suggest",
        "moving somewhere for birders, any server you would recommend?",
        "i want to move to a smaller instance, which one do you recommend",
    ],
)
def test_which_server_after_i_want_to_move(text: str) -> None:
    """ "I want to move to a server in Chile, which one would you recommend?": "I want to
    move" is only what leads to the question, which server to pick (choose_server: "which
    one .. you recommend", "server you .. recommend"), not a request to be walked through
    the move."""
    assert subjects_of(text, "public") == {"choose_server"}
