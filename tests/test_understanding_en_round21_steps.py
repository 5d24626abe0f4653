"""Classes of English phrasing in DMs and at walkthrough steps (issue 12, session 13), of
the kind "wrong command or kind" that leads the misses at first contact: the step put off
to a time named ("I'll get to it after work": not yet); a wish to change servers in
a member's own words ("help me switch instances": start); "through" typed "threw"; which
button or link to press at a step (how, not the subject a button names); the step's own
thing refused ("don't want the archive": skip); the very start asked for again (restart).
Each example is my own phrasing of the class, read as a first contact the way the
question sets score; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import first_contact, is_right, subjects_of


def right(text: str, where: str, command: str) -> bool:
    row = {"text": text, "where": where, "command": command}
    return is_right(row, first_contact(row)[1])


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("I'll get to it after work", "move", "not_yet"),
        ("will sort it after dinner", "alias", "not_yet"),
        ("i'll have a go at it on sunday", "profile", "not_yet"),
        ("i'll request it once the kids are in bed", "archive", "not_yet"),
        ("i'll grab it when the email comes", "download", "not_yet"),
        ("will do after my shift", "alias", "not_yet"),
        ("gonna do that when i get home", "export", "not_yet"),
        ("ill tackle the import at lunch", "import", "not_yet"),
    ],
)
def test_the_step_put_off_to_a_time_is_not_yet(text: str, where: str, command: str):
    assert right(text, where, command)


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("help me change instance", "dm", "start"),
        ("i need to change servers", "dm", "start"),
        ("i want to change my instance", "dm", "start"),
        ("help me jump ship to another server", "dm", "start"),
        ("could you help me switch instances", "dm", "start"),
        ("please walk me threw the move", "public", "start"),
        ("can u take me threw it step by step", "dm", "start"),
    ],
)
def test_a_wish_to_change_servers_in_own_words_starts(text: str, where: str, command: str):
    assert right(text, where, command)


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("which button do i press", "archive", "how"),
        ("what link do i click", "export", "how"),
        ("what button am i meant to hit", "move", "how"),
        ("which link is it", "download", "how"),
        ("which button is it on the new account", "alias", "how"),
    ],
)
def test_which_button_or_link_at_a_step_asks_how(text: str, where: str, command: str):
    assert right(text, where, command)


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("don't want the archive thanks", "archive", "skip"),
        ("i don't want the csvs", "export", "skip"),
        ("no archive for me thanks", "archive", "skip"),
        ("no csvs needed", "export", "skip"),
        ("dont want any of the csv files", "export", "skip"),
        ("i really don't want an archive", "archive", "skip"),
    ],
)
def test_the_steps_own_thing_refused_skips_it(text: str, where: str, command: str):
    assert right(text, where, command)


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("everything's gone wrong, take me back to the very start", "archive", "restart"),
        ("begin the whole thing anew please", "dm", "restart"),
        ("can we go back to the very start", "alias", "restart"),
        ("start the whole thing anew", "profile", "restart"),
        ("right back to the very start please", "import", "restart"),
    ],
)
def test_the_very_start_again_restarts(text: str, where: str, command: str):
    assert right(text, where, command)


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("any sign of them?", "followers", "progress"),
        ("any sign yet", "followers", "progress"),
        ("is everyone over on the new account now", "dm", "progress"),
        ("has everybody come over now?", "dm", "progress"),
        ("no more dms please", "dm", "stop"),
        ("stop the dms", "dm", "stop"),
        ("turn off the notifications from you", "followers", "stop"),
        ("no more notifications from you thanks", "alias", "stop"),
        ("what was the last step i did", "dm", "status"),
        ("how much further to go", "import", "status"),
        ("how far is there to go", "move", "status"),
        ("back to alias please", "move", "back"),
        ("back to export", "import", "back"),
        ("hang on, i need to redo the profile step", "alias", "back"),
    ],
)
def test_commands_said_around_a_subject_word(text: str, where: str, command: str):
    """Progress, stop, status and back said with words that also name a subject (DMs,
    notifications, the alias, the export): the command, not a question about that."""
    assert right(text, where, command)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("private msgs and notifs, do they move over?", "archive"),
        ("do my notifs come with me when i move", "public"),
        ("are notifs kept when i switch", "dm"),
    ],
)
def test_notifs_and_msgs_are_dms_and_notifications(text: str, where: str):
    assert subjects_of(text, where) == {"direct_messages"}
