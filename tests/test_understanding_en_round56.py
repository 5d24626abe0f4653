"""English classes round 56's tuning half showed failing (read on ci26, 1734865): commands
said in a longer message or in words the tables lacked. The phrasings are the tuner's own
(learn26); none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, subjects_of


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("japanese please, my mum is doing this with me", "dm", "language:ja"),
        ("spanish please, my co-worker is doing this with me", "export", "language:es"),
        (
            "Could you answer me in Spanish from now on please, my husband will be doing this"
            " with me tonight",
            "dm",
            "language:es",
        ),
        (
            "would you mind replying in german from now on? my partner is reading along",
            "alias",
            "language:de",
        ),
        (
            "can you keep talking to me in japanese from now on? i read it better",
            "dm",
            "language:ja",
        ),
    ],
)
def test_a_language_asked_for_then_why(text: str, where: str, command: str) -> None:
    """A request for a language in the first clause ("spanish please", "could you answer
    me in Spanish"), the rest saying why and asking nothing; or asked with a verb's -ing
    form ("would you mind replying in german"): that language."""
    assert command_of(text, where) == command


def test_a_language_named_before_a_question_asks_the_question() -> None:
    """The rest asking, the first clause only says which language the question is in."""
    assert subjects_of("in english, what does alias mean?") == {"alias"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("what are your functions", "public"),
        ("@bot what are ur features", "public"),
        ("can you list your commands", "public"),
        ("what can you even do? list your commands pls", "public"),
        ("not sure what to type to you tbh", "public"),
        ("hey, what functions do you have bot", "dm"),
        ("what do i type to you", "dm"),
    ],
)
def test_what_the_bot_does_asked_in_other_words_is_help(text: str, where: str) -> None:
    """The bot's functions or features, its commands listed, or what to type to it: help,
    not lists (the list asked for is the commands) nor the Export page."""
    assert command_of(text, where) == "help"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("what can you do with my list", {"lists"}),
        ("what do i say to my followers about the move", {"followers"}),
    ],
)
def test_the_members_own_things_are_still_asked_about(text: str, subjects: set[str]) -> None:
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("no more messages from this bot please", "dm"),
        ("stop messages from this bot", "followers"),
        ("unsubscribe me from this bot", "dm"),
        ("no more reminder for now pls, im travelling", "dm"),
        ("please don't ping me this week", "alias"),
    ],
)
def test_no_more_messages_from_the_bot_stops(text: str, where: str) -> None:
    """The bot named beside an order to stop ("from this bot") is where the messages come
    from, not a request to forget the member: without a walkthrough, forgetting would drop
    their "no more messages" too. And "no more reminder", "don't ping me": stop."""
    assert command_of(text, where) == "stop"


@pytest.mark.parametrize(
    "text",
    [
        "stop and delete my data from this bot",
        "forget me, wipe my stuff from your bot",
        "no more reminders, and forget me",
    ],
)
def test_a_deletion_beside_stop_still_forgets(text: str) -> None:
    assert command_of(text, "dm") == "forget"


@pytest.mark.parametrize(
    "text",
    [
        "@movebot where's the button to start the move",
        "@gran @movebot which account do i start the move from",
        "@movebot how do i kick off the move",
        "alias is done. how do i kick off the move now",
        "made the alias on the new one, how do i actually start the move",
        "new account is ready. where do i start the move from",
        "the button to start the move, is it on the old account or the new one",
        "alias sorted, how do i start the move itself",
    ],
)
def test_asking_how_to_start_the_move_in_a_later_sentence_asks(text: str) -> None:
    """In public, "how do I start the move" asks about the move (LABELS.md's writers label
    it so), also after a sentence that reports ("alias is done. how do i ...", no "?"),
    and after the handles the message is addressed to ("@movebot where is ..."): no
    wish to start the walkthrough."""
    assert command_of(text, "public") is None
    assert subjects_of(text) == {"move"}


def test_a_wish_to_start_said_outright_still_starts() -> None:
    assert command_of("I'm ready, let's start the move before the shutdown", "public") == "start"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("requested it, waiting for the email now", "archive"),
        ("asked for it, just waiting for the mail now", "archive"),
        ("done, now waiting for the email", "archive"),
        ("pressed it, now waiting for followers", "move"),
        ("done, waiting for the old server to see it", "alias"),
    ],
)
def test_a_report_then_the_wait_it_leads_to_does_the_step(text: str, where: str) -> None:
    """ "waiting for" puts a step off, but after a report of the step it is the wait the
    report leads to: the step is done."""
    assert command_of(text, where) in ("done", "requested")


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("not yet, still waiting for the email", "archive"),
        ("requested it, waiting for the email", "download"),
        ("requested it but waiting for the email, it hasn't come", "archive"),
    ],
)
def test_a_wait_after_no_report_of_the_step_is_not_yet(text: str, where: str) -> None:
    """No report first, or news of another step ("requested" at the download step), or a
    "not" after it: still not yet."""
    assert command_of(text, where) == "not_yet"
