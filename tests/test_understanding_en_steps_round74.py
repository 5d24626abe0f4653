"""English classes of session 41 (en-steps): direct messages and answers at walkthrough
steps, chosen on the tuning halves of rounds 58-73 and on the kinds of round 72's and 73's
held-out misses (counts only). The phrasings are the tuner's own; none is a row of the
question sets."""

from __future__ import annotations

import pytest
from question_set import read_row


@pytest.mark.parametrize(
    "text",
    [
        "ey up",
        "where y'at",
        "dumela",
        "kuzuzangpo",
        "Good morning, I hope this message finds you well",
        "merry christmas bot",
    ],
)
def test_greetings_of_regions_and_letters(text: str) -> None:
    """Yorkshire "ey up", New Orleans "where y'at", Setswana "dumela", Dzongkha
    "kuzuzangpo", a letter's "I hope this message finds you well" (no direct messages
    asked about) and a season's wish: a greeting in a DM (intents/en.toml kinds.greeting)."""
    assert read_row({"text": text, "where": "dm"}).understanding.kind == "greeting"


@pytest.mark.parametrize(
    "text",
    [
        "let's crack on",
        "let's get going again",
        "ok lets do the rest",
        "sorry i disappeared, lets finish this",
    ],
)
def test_resume_as_getting_on_with_it(text: str) -> None:
    """ "let's crack on", "get going again", "do the rest", "finish this": going on with
    the paused walkthrough (walkthrough/en.toml commands.resume)."""
    assert read_row({"text": text, "where": "dm"}).command == "resume"


@pytest.mark.parametrize(
    "text",
    ["ticked that off", "it accepted it", "finally got it to work", "it's in place"],
)
def test_alias_done_as_accepted_or_working(text: str) -> None:
    """ "ticked that off", "it accepted it", "got it to work", "in place": the step done
    (walkthrough/en.toml answers.done)."""
    assert read_row({"text": text, "where": "alias"}).command == "done"


@pytest.mark.parametrize(
    "text",
    [
        "have to ask my son, he set it up",
        "dunno off the top of my head",
        "i forgot what it was",
        "it's on my other phone",
    ],
)
def test_handle_not_at_hand(text: str) -> None:
    """ "dunno off the top of my head", "i forgot what it was", someone at home to ask, "on
    my other phone": the handle is not at hand yet, so not yet (walkthrough/en.toml
    answers.not_yet)."""
    assert read_row({"text": text, "where": "ask_old_handle"}).command == "not_yet"


@pytest.mark.parametrize(
    "text",
    ["nothing to import", "not bothering with the import", "i don't have anything to import"],
)
def test_nothing_to_import(text: str) -> None:
    """ "nothing to import", "not bothering with the import": the step left out, skip
    (walkthrough/en.toml commands.skip), not "not yet" nor a question about importing."""
    assert read_row({"text": text, "where": "import"}).command == "skip"


@pytest.mark.parametrize(
    "text",
    [
        "the zip goes in here for my posts yeah",
        "which one of these is for importing my posts",
        "which option is for my posts",
    ],
)
def test_posts_looked_for_among_the_import_options(text: str) -> None:
    """ "the zip goes in here for my posts", "which one of these is for importing my
    posts": the archive put in, or the import option for posts asked which, takes for
    granted that posts can be imported (intents/en.toml myths.posts_can_be_imported)."""
    reading = read_row({"text": text, "where": "import"}).understanding
    assert list(reading.myths) == ["posts_can_be_imported"]


@pytest.mark.parametrize(
    ("text", "way"),
    [
        ("I'm moving to mastodon.social", "away"),
        ("heading to hachyderm", "away"),
        ("i'm jumping ship", "away"),
        ("bailing on this server", "away"),
        ("exiting", "away"),
        ("the one i'm on now is the old one", "away"),
        ("moving into this server", "here"),
        ("going to join this server", "here"),
    ],
)
def test_way_said_by_where_it_goes(text: str, way: str) -> None:
    """ "moving to <another server>", "jumping ship", "bailing on this server": leaving
    (walkthrough/en.toml answers.away), though "moving to this server", "into this server"
    and "join this" come here; "going to" alone is no way ("going to join this server")."""
    assert read_row({"text": text, "where": "choose_direction"}).command == way
