"""Classes of non-standard English behind round 14's tuning misses (issue 12): Scots words
for the standard ones ("whaur", "dae", "cannae", "ma", "tae", "wi", "flit"), Nigerian Pidgin
step reports ("I don do am": done; "I never do am": not yet), Singlish "already" for "yet"
in a progress question, and the bot's data asked to be wiped in the progressive ("the data
you are storing"). Each example is my own phrasing of the class, read as a first contact
the way the question sets score; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, first_contact, is_right, myths_of, subjects_of


def right(text: str, where: str, command: str) -> bool:
    row = {"text": text, "where": where, "command": command}
    return is_right(row, first_contact(row)[1])


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("dinnae ken whaur that is", "alias", "how"),
        ("ah cannae see the button", "move", "how"),
        ("dinnae get it, whaur's the page", "alias", "how"),
        ("aye, done it", "export", "done"),
        ("ah've no done it yet, the morra", "import", "not_yet"),
        ("cannae the noo, ah'm at ma work", "profile", "not_yet"),
        ("wull ye help me flit ma account", "dm", "start"),
        ("help me flit tae a new server", "dm", "start"),
    ],
)
def test_scots_words_are_read_as_the_standard_ones(text: str, where: str, command: str):
    assert right(text, where, command)


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("dae ma followers come wi me", {"followers"}),
        ("whaur dae ah make the alias", {"alias"}),
        ("will ma bookmarks flit tae the new server wi me", {"bookmarks"}),
        ("ah dinnae want tae lose ma lists, dae they move", {"lists"}),
    ],
)
def test_scots_questions_are_read_as_the_standard_ones(text: str, subjects: set[str]):
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("I don finish am", "export", "done"),
        ("e don set", "alias", "done"),
        ("I don press the button", "move", "done"),
        ("abeg I don upload am", "import", "done"),
        ("I never finish am", "export", "not_yet"),
        ("I never do am, I go do am later", "alias", "not_yet"),
        ("I no see am", "move", "how"),
    ],
)
def test_nigerian_pidgin_step_answers_are_read(text: str, where: str, command: str):
    assert right(text, where, command)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("got people follow my new account already?", "followers"),
        ("how my move ah, followers come in already?", "dm"),
        ("followers reach already or not", "followers"),
        ("wah my followers all come over already lah?", "dm"),
        ("my move how now", "followers"),
    ],
)
def test_singlish_already_for_yet_asks_for_progress(text: str, where: str):
    assert right(text, where, "progress")


@pytest.mark.parametrize(
    "text",
    [
        "kindly erase the info you are keeping about me",
        "please remove whatever you're holding on me",
        "delete the details you are storing",
        "clear all data which you are keeping on me",
        "kindly remove all my details which you are having",
    ],
)
def test_the_bots_data_named_in_the_progressive_is_forget(text: str):
    assert command_of(text, "dm") == "forget"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("later, dinner's on the table", "export", "not_yet"),
        ("not yet, the wifi is terrible here", "import", "not_yet"),
        ("tomorrow, my laptop is at the office", "archive", "not_yet"),
        ("yes done it", "alias", "done"),
        ("yep, took me ages lol", "profile", "done"),
    ],
)
def test_an_answer_opening_a_message_about_nothing_else_is_that_answer(
    text: str, where: str, command: str
):
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("sorry mate where's it at", "export"),
        ("hang about mate, where is that at", "alias"),
        ("where's that button at bro", "move"),
        ("ok dude where's the page at", "import"),
    ],
)
def test_wheres_it_at_with_a_mate_is_how(text: str, where: str):
    assert right(text, where, "how")


@pytest.mark.parametrize(
    ("text", "myths"),
    [
        ("lists are not transferable, this I read on reddit", {"lists_cannot_transfer"}),
        ("Lists are not portable between servers, my colleague told me", {"lists_cannot_transfer"}),
        ("one blog is saying lists are not transferable", {"lists_cannot_transfer"}),
        ("blocks move automatically na?", {"blocks_move_automatically"}),
        ("the csv export has my toots na?", {"export_csv_of_posts"}),
        ("my mutes come over by themselves innit", {"mutes_move_automatically"}),
    ],
)
def test_a_claim_tagged_or_said_not_transferable_is_a_myth(text: str, myths: set[str]):
    assert myths_of(text) == myths


@pytest.mark.parametrize(
    ("text", "myths"),
    [
        ("lists move nahi hoti, maine ek blog pe padha", {"lists_cannot_transfer"}),
        ("alias banate hi followers khud shift ho jayenge na", {"alias_starts_transfer"}),
        (
            "naye account pe alias bana diya toh followers khud aa jayenge na",
            {"alias_starts_transfer"},
        ),
        ("mere blocks khud move ho jayenge na", {"blocks_move_automatically"}),
    ],
)
def test_hinglish_claims_are_myths(text: str, myths: set[str]):
    assert myths_of(text) == myths


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("mere followers naye account pe kaise aayenge?", {"followers"}),
        ("bookmarks transfer hote hai kya?", {"bookmarks"}),
        ("Only 30 followers I am having. Migration is required or not?", {"whether_to_move"}),
        ("I am having very few followers, is migrating required at all", {"whether_to_move"}),
        ("new account is sufficient or should I do migration?", {"whether_to_move"}),
        ("the server is not coming back, can I still move my followers", {"old_server_gone"}),
        ("admin says the instance won't come back online. what now?", {"old_server_gone"}),
        ("my server will not come back online, can I still do anything", {"old_server_gone"}),
    ],
)
def test_learner_and_hinglish_questions(text: str, subjects: set[str]):
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "myths"),
    [
        ("my blocks move automatically? that's what I read", {"blocks_move_automatically"}),
        (
            "do my mutes move over automatically? that's what a blog said",
            {"mutes_move_automatically"},
        ),
        (
            "so followers have to follow me again by hand? that's what my mate told me",
            {"followers_must_refollow"},
        ),
        (
            "my follows get copied over to the new account? or so I heard",
            {"follows_move_automatically"},
        ),
    ],
)
def test_a_question_then_its_source_is_a_claim_told(text: str, myths: set[str]):
    assert myths_of(text) == myths


@pytest.mark.parametrize(
    "text",
    [
        "do my blocks move? that's what I want to know",
        "do my posts move? my friend said they don't",
    ],
)
def test_a_question_then_no_source_still_asks(text: str):
    assert first_contact({"text": text})[1].understanding.kind == "question"


@pytest.mark.parametrize(
    "text",
    [
        "I've got my follows csv, where on the new account does it go",
        "my mutes csv, where on the new one does it go",
        "the bookmarks csv, where on the new account do those go",
        "have the lists file now. where on the other server does it go?",
    ],
)
def test_where_on_the_new_account_a_file_goes_is_import(text: str):
    assert subjects_of(text) == {"import"}
