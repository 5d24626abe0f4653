"""Commands and answers at a step said in natural words (bot/interpret.py), by class.

Each phrasing was written by hand for this file (not a row of tests/data) and stands for
a class of messages; each test fails when its class's mechanism is taken out.
"""

from __future__ import annotations

import pytest

from bot.interpret import read


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        # One locale's filler, not the union's: "moment" is German filler, so the union
        # read "one moment please" as "one", the first direction.
        ("one moment please", "choose_direction", "not_yet"),
        ("one moment please", "profile", "not_yet"),
    ],
)
def test_filler_of_one_locale_does_not_eat_another_locales_words(text, where, command):
    assert read(text, where=where).command == command


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        # An order asked as a how-question, nothing else in it: the order.
        ("how do I start over?", "alias", "restart"),
        ("is it possible to start over?", "export", "restart"),
        ("would it be possible to start from scratch?", "import", "restart"),
        ("how can i go back a step", "profile", "back"),
        ("is there a way to stop the reminders?", "archive", "stop"),
    ],
)
def test_an_order_asked_as_a_how_question_is_the_order(text, where, command):
    assert read(text, where=where).command == command


def test_a_how_question_with_more_than_an_order_still_asks():
    # "go back to my old account" is no order to go back a step.
    reading = read("how do I go back to my old account", where="alias")
    assert reading.command is None
    assert reading.is_question


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        # An order said as the last clause of a longer message.
        ("ugh this is way too confusing. stop", "alias", "stop"),
        ("i'm done with this, stop", "move", "stop"),
        ("I typed the wrong address - go back", "profile", "back"),
        ("I messed up the handle, can we start again?", "alias", "restart"),
        ("the archive is not important to me. skip", "archive", "skip"),
    ],
)
def test_an_order_in_the_last_clause_is_the_order(text, where, command):
    assert read(text, where=where).command == command


def test_go_on_after_another_order_goes_on():
    # "go on" closing a skip is no resume.
    assert read("no need for my archive, go on", where="archive").command == "skip"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # A how-question about what the step works with is how to do the step
        # (steps.toml how_for).
        ("how do i move the followers", "move"),
        ("how to import follows", "import"),
        ("where do i put the old handle", "alias"),
        ("where do i export my lists", "export"),
        # Pointing at the step's things: "those".
        ("where do i download those", "export"),
    ],
)
def test_a_how_question_about_the_steps_things_is_how(text, where):
    assert read(text, where=where).command == "how"


def test_a_how_question_about_another_steps_thing_is_a_question():
    reading = read("how do I download my archive?", where="export")
    assert reading.command is None
    assert reading.understanding.subjects == ["archive"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # A short statement about the step's own subject in the shape of a report
        # ([ignore] report in English: a past tense or participle).
        ("alias made", "alias"),
        ("moved", "move"),
        ("the move is done", "move"),
        ("i have updated my bio and avatar", "profile"),
        ("okay got the follows and blocks and mutes files", "export"),
    ],
)
def test_a_report_of_the_step_in_english_did_the_step(text, where):
    assert read(text, where=where).command == "done"


def test_a_report_of_a_mistake_is_no_report():
    assert read("I made a mistake in my bio", where="profile").command != "done"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # A denial of the step: "not" with "yet", or in a few words.
        ("havent downloaded it yet", "download"),
        ("no i didnt", "profile"),
        ("i dont have a new account yet", "ask_new_handle"),
        # Still going on.
        ("it says its still being prepared", "archive"),
    ],
)
def test_a_denial_of_the_step_is_not_yet(text, where):
    assert read(text, where=where).command == "not_yet"


@pytest.mark.parametrize(
    ("text", "command"),
    [
        # Asked which way, a direction is the answer, not the wish to start.
        ("I'm switching to a different instance", "away"),
        ("my old account is on this server and I'm moving", "away"),
        ("second one", "here"),
        ("my new account is on this server", "here"),
    ],
)
def test_a_direction_at_the_step_asking_which_way(text, command):
    assert read(text, where="choose_direction").command == command


@pytest.mark.parametrize("where", ["alias", "followers"])
@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # A restart word asked about the old account: whether it can be used again, a
        # question (bot/interpret.py _about_old_account), never the walk's restart.
        ("can I restart my old account later?", "en"),
        ("can I start using my old account again later?", "en"),
        ("kann ich mein altes Konto später neu starten?", "de"),
        ("kann ich später mit meinem alten Konto von vorn anfangen?", "de"),
        ("puis-je recommencer mon ancien compte plus tard ?", "fr"),
        ("est-ce que je pourrai recommencer à utiliser mon vieux compte ?", "fr"),
        ("je pourrai recommencer à poster sur mon ancien compte ?", "fr"),
        ("¿puedo volver a empezar a usar mi cuenta vieja?", "es"),
        ("¿puedo reiniciar mi cuenta vieja más tarde?", "es"),
        ("古いアカウントはあとでやり直せる？", "ja"),
        ("古いアカウントをリセットしてまた使える？", "ja"),
    ],
)
def test_a_restart_word_asked_about_the_old_account_is_a_question(text, locale, where):
    reading = read(text, where=where, locale=locale)
    assert reading.command is None
    assert reading.understanding.subjects == ["old_account"]


@pytest.mark.parametrize(
    ("text", "where", "locale"),
    [
        # "habe das Archiv" (I have it) is the perfect tense of the request said after it.
        ("ich habe das Archiv angefordert", "archive", "de"),
        ("hab das Archiv gestern angefordert", "archive", "de"),
        # An opening "ok" only acknowledges: the archive's news at another step.
        ("ok, I requested the archive", "alias", "en"),
        ("ok, I requested the archive", "import", "en"),
        ("okay I've requested my archive", "export", "en"),
        ("ok, ich habe das Archiv angefordert", "alias", "de"),
        ("ok, j'ai demandé l'archive", "import", "fr"),
        ("ok、アーカイブをリクエストした", "alias", "ja"),
        # A sign opening the news marks that news, no step's done.
        ("👍 requested the archive", "import", "en"),
        ("👍 j'ai demandé l'archive", "alias", "fr"),
    ],
)
def test_the_archive_requested_is_the_request(text, where, locale):
    assert read(text, where=where, locale=locale).command == "requested"


@pytest.mark.parametrize(
    ("text", "where", "locale", "command"),
    [
        ("ich habe das Archiv angefordert und heruntergeladen", "archive", "de", "downloaded"),
        ("ich habe das Archiv", "archive", "de", "downloaded"),
        ("ok done, and I requested the archive", "alias", "en", "done"),
        # "ya" (already) is a done word of its own: the CSVs downloaded did the export step.
        ("ya los descargué", "export", "es", "done"),
    ],
)
def test_a_download_or_a_done_beside_the_request_still_counts(text, where, locale, command):
    assert read(text, where=where, locale=locale).command == command
