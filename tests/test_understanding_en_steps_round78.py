"""English classes of session 45 (en-steps): answers at walkthrough steps, chosen on the
tuning halves of rounds 54-77. The phrasings are the tuner's own; none is a row of the
question sets."""

from __future__ import annotations

import pytest
from question_set import read_row


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("mail not here, so not downloaded", "download"),
        ("the email hasn't come so i haven't downloaded it", "download"),
        ("haven't downloaded it, the link never arrived", "download"),
        ("not requested", "archive"),
        ("not downloaded", "export"),
    ],
)
def test_archive_news_denied(text: str, where: str) -> None:
    """The archive's news with a "not" just before it ("so not downloaded", "haven't
    requested"), after a reason or not: the step not done yet (bot/interpret.py
    _Book.denies_news), not the news itself."""
    assert read_row({"text": text, "where": where}).command == "not_yet"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("downloaded it", "download", "downloaded"),
        ("requested it just now", "archive", "requested"),
    ],
)
def test_archive_news_still_news(text: str, where: str, command: str) -> None:
    """The news said with no "not" before it is still the news."""
    assert read_row({"text": text, "where": where}).command == command


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("start the whole bloody thing over", "move"),
        ("can we start the whole stupid thing over", "alias"),
        ("lets do the whole damn thing over", "profile"),
        ("can we just start the whole flippin thing over please", "import"),
        ("start it ower", "export"),
        ("gonnae take us back fae the top", "alias"),
    ],
)
def test_restart_with_a_word_between(text: str, where: str) -> None:
    """Starting "the whole (bloody) thing over", a swear word or two inside, and the Scots
    "ower" (over) and "fae the top" (from the top): restart (walkthrough/en.toml)."""
    assert read_row({"text": text, "where": where}).command == "restart"


def test_whole_thing_over_asked() -> None:
    """ "is the whole thing over now?" asks, it orders no restart."""
    assert read_row({"text": "is the whole thing over now?", "where": "followers"}).command != (
        "restart"
    )


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("off topic, any good pizza places near me tomorrow?", "export"),
        ("any good films on tonight?", "alias"),
        ("whats the weather like tomorrow", "profile"),
        ("know any good recipes for later?", "move"),
    ],
)
def test_off_topic_question_with_a_time_word(text: str, where: str) -> None:
    """An off-topic question at a step, its time word ("tomorrow", "tonight", "later")
    inside it, puts nothing off and asks nothing about the step (bot/interpret.py
    _phrases_read `off_topic`): the honest "I don't know"."""
    got = read_row({"text": text, "where": where})
    assert got.command is None and got.understanding.kind == "unknown"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("not yet, is it going to rain later?", "download"),
        ("can i do it tomorrow?", "import"),
        ("tomorrow, after the football", "alias"),
    ],
)
def test_put_off_beside_off_topic(text: str, where: str) -> None:
    """The step put off first, or asked to be put off, is still "not yet"."""
    assert read_row({"text": text, "where": where}).command == "not_yet"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("which dropdown option", "import"),
        ("what dropdown option do i pick", "import"),
        ("how? which dropdown option", "import"),
        ("which import option is it", "import"),
    ],
)
def test_which_option_at_a_step(text: str, where: str) -> None:
    """ "which (dropdown) option": which choice to make on the step's page, how to do the
    step (walkthrough/en.toml "which .. option", "dropdown option"), not the bot's options
    (help)."""
    assert read_row({"text": text, "where": where}).command == "how"


def test_options_in_a_dm_still_help() -> None:
    """ "what options do i have" in a DM still asks what the bot can do."""
    assert read_row({"text": "what options do i have", "where": "dm"}).command == "help"
