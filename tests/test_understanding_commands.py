"""Commands and answers said in natural words, read where they were said (bot/interpret.py).

Each case stands for a class: words apart in a phrase ("take me back a step"), a message
that opens with a question word asks rather than reports, a report with a problem in it
is not "done", the bot's own data wins over the question which data, the archive news
at a step that does not take it, a direction at the step that asks for one. Expected
readings are written here by hand.
"""

from __future__ import annotations

import pytest

from bot.interpret import read


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        # Words apart: a phrase with a gap.
        ("take me back a step", "alias", "back"),
        ("could you walk me slowly through it", "dm", "start"),
        ("please stop all of these reminders", "export", "stop"),
        # Natural words for the step's answers and orders.
        ("which step is next", "alias", "status"),
        ("let's move on to the next step", "archive", "skip"),
        ("i don't want reminders anymore", "dm", "stop"),
        ("cancel the walkthrough", "alias", "stop"),
        ("moved my followers", "move", "done"),
        # The bot's own data is named: forget, not "which data?".
        ("delete everything you have stored about me", "dm", "forget"),
        ("wipe whatever info this bot saved about me", "public", "forget"),
        # The CSVs downloaded at the export step did the step.
        ("i've downloaded the csvs", "export", "done"),
        # Asked which way: the direction, not the wish to start.
        ("I'm moving away from this server", "choose_direction", "away"),
        ("can you talk to me in deutsch", "public", "language:de"),
        ("reply in japanese pls", "dm", "language:ja"),
        # A done word opening the message did the step, even beside a profile claim.
        ("copied my bio and avatar over, looks the same now", "profile", "done"),
        ("clicked it, the old account now says it has moved", "move", "done"),
    ],
)
def test_commands_in_natural_words(text, where, command):
    assert read(text, where=where).command == command


@pytest.mark.parametrize(
    ("text", "where", "subjects"),
    [
        # Opens with a question word: it asks, it does not report the step done.
        ("how do i set up my profile", "export", ["profile"]),
        # A report with a problem in it is a question about that problem.
        ("i uploaded the csv but nothing happened", "import", ["import"]),
        # "can I ..." asks; "to another server" in it is not the direction.
        ("can i move my lists to another server", "dm", ["lists"]),
        # A done word with a "not" is no report of the step done.
        ("my bio didn't get copied", "profile", ["profile"]),
        # Asking when to start is no wish to start now.
        ("when should i start the move", "export", ["move"]),
    ],
)
def test_questions_at_a_step_stay_questions(text, where, subjects):
    got = read(text, where=where)
    assert got.command is None, got
    assert sorted(got.understanding.subjects) == sorted(subjects)


def test_a_claim_outranks_a_done_word_inside_it():
    """The alias made on the old account, then "done that": the claim is corrected."""
    text = (
        "Preferences > Account > Move from a different account on my old instance, "
        "entered my new username. done that, now what"
    )
    got = read(text, where="alias")
    assert got.command is None
    assert got.understanding.myths == ["alias_on_old_account"]


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        # A report, then words asking to go on: the report (`[ignore] onward`).
        ("Done with my picture and bio. Ready for the next step!", "profile", "done"),
        ("I've entered my old address on the new account. Shall we continue?", "alias", "done"),
        ("erledigt, was kommt als nächstes?", "profile", "done"),
        # Words asking to go on alone keep their own meaning.
        ("what's next?", "alias", "status"),
        # An order asked politely in a later sentence (`[ignore] requests`).
        ("I messed up the alias. Could we start the whole thing over?", "alias", "restart"),
        # An order beside a report that names the step's subject.
        ("skip this step, I already exported my follows", "export", "skip"),
        # Not yet, and asking to come back to it later, is not "resume".
        ("haven't managed it yet, can I come back to it tomorrow?", "export", "not_yet"),
        # Chat spellings (`[ignore] spellings`).
        ("all my followers r here now", "followers", "done"),
        ("dunno where that is", "alias", "how"),
    ],
)
def test_reports_requests_and_chat_spellings(text, where, command):
    assert read(text, where=where).command == command


@pytest.mark.parametrize(
    "text",
    ["can u help me with my math homework", "can you recommend a good movie"],
)
def test_help_with_something_else_is_off_topic(text):
    """ "help" asked for something off topic is neither the help command nor a guess."""
    got = read(text, where="public")
    assert got.command is None
    assert got.understanding.kind == "unknown"
