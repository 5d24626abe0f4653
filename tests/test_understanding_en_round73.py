"""English classes of session 40 (en), chosen on the tuning halves of rounds 58-72.
The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import read_row, subjects_of


@pytest.mark.parametrize(
    ("text", "where", "code"),
    [
        ("german from now on please", "dm", "de"),
        ("spanish from here on", "dm", "es"),
        ("japanese from now pls", "export", "ja"),
        ("french instead", "dm", "fr"),
        ("could you do it in german, my mum reads along", "dm", "de"),
        ("do the rest in spanish please", "alias", "es"),
    ],
)
def test_language_asked_from_now_on_or_for_the_rest(text: str, where: str, code: str) -> None:
    """ "german from now on please", "do the rest in spanish": a language named with "from
    now on" / "instead" (filler beside a command, walkthrough/en.toml [ignore] words), or
    "do this / it / the rest in X" (each language's `speak` asks), is a switch."""
    assert read_row({"text": text, "where": where}).command == f"language:{code}"


@pytest.mark.parametrize(
    "text",
    [
        "alias is on now",
        "the alias is in",
        "new account has the alias now",
        "it's worked",
        "that's worked a treat",
        "worked like a charm",
        "all squared away",
    ],
)
def test_alias_reported_as_a_state(text: str) -> None:
    """ "alias is on now", "it's worked", "worked a treat": the step's thing said to be in
    place, or the British perfect of "worked", reports the step done (walkthrough/en.toml
    answers.done), as "alias made" does."""
    assert read_row({"text": text, "where": "alias"}).command == "done"


@pytest.mark.parametrize(
    "text",
    [
        "i'll have to dig it out",
        "one tick, let me find it",
        "don't know it by heart, will find it",
        "i'll come back with it",
    ],
)
def test_handle_to_be_looked_up(text: str) -> None:
    """ "i'll have to dig it out", "one tick": the handle is to be found first, so not yet
    (walkthrough/en.toml answers.not_yet)."""
    assert read_row({"text": text, "where": "ask_old_handle"}).command == "not_yet"


@pytest.mark.parametrize(
    "text",
    [
        "i'll give the importing a miss",
        "forget the import",
        "leave that one",
        "not importing anything, next",
        "we won't import",
    ],
)
def test_import_left_out(text: str) -> None:
    """ "I'll give the importing a miss", "forget the import": the step left out is skip
    (walkthrough/en.toml commands.skip), not a question about importing nor "done"."""
    assert read_row({"text": text, "where": "import"}).command == "skip"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("where do i load my toots back in", "import"),
        ("where's the option for posts", "import"),
        ("how do I load this zip back so my posts are there again", "download"),
        ("how do i reload my old posts on the new one", "public"),
    ],
)
def test_posts_loaded_back_in(text: str, where: str) -> None:
    """ "where do i load my toots back in", "where's the option for posts" (at the import
    step): loading posts back, or an import option for them asked where, takes for granted
    that posts can be imported (intents/en.toml myths.posts_can_be_imported); "my posts
    have loads of photos in them" loads nothing."""
    reading = read_row({"text": text, "where": where}).understanding
    assert list(reading.myths) == ["posts_can_be_imported"]


@pytest.mark.parametrize(
    "text",
    [
        "I want a server with a good birding crowd, how do I pick one",
        "i need a server that won't ban drag art. how do you even choose",
        "looking for an instance full of knitters, any ideas",
        "is there a good home for retired teachers",
    ],
)
def test_a_server_wanted_for_a_purpose(text: str) -> None:
    """ "I want a server with a good birding crowd, how do I pick one": a server wanted,
    then "pick one" with no server word near it, asks how to choose one (intents/en.toml
    subjects.choose_server), though "alt text" or "reports" in the story are off-topic
    words elsewhere."""
    assert subjects_of(text, "public") == {"choose_server"}


@pytest.mark.parametrize(
    "text",
    [
        "got a few posts lined up to go out next week, are they safe if I move",
        "some toots are set to go out on friday, what happens to them after the switch",
        "I've queued up posts for the fair, will they still publish after moving",
    ],
)
def test_posts_lined_up_to_go_out(text: str) -> None:
    """ "posts lined up to go out", "set to go out", "queued up": posts scheduled, asked
    about across the move (intents/en.toml subjects.scheduled_drafts)."""
    assert subjects_of(text, "public") == {"scheduled_drafts"}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("my posts go follow me go the new server", "posts_move_automatically"),
        ("all my post dem go reach the new account", "posts_move_automatically"),
        ("my photos go dey for my new account abi", "posts_move_automatically"),
        ("my cousin reckons the alias does the lot, followers and all", "alias_starts_transfer"),
        ("the alias moves everyone across, innit", "alias_starts_transfer"),
        ("so the alias brings me followers over, yeah", "alias_starts_transfer"),
    ],
)
def test_myths_stated_in_dialect(text: str, myth: str) -> None:
    """Creole futures ("my posts go follow me go the new server", "dem go reach the new
    account", "go dey for my new account") say the posts move (intents/en.toml `moving`);
    "the alias does the lot", "moves everyone", "brings me followers" say the alias moves
    them (myths.alias_starts_transfer)."""
    assert list(read_row({"text": text, "where": "public"}).understanding.myths) == [myth]


@pytest.mark.parametrize(
    "text",
    ["do my posts reach the new account?", "does the alias move everyone?"],
)
def test_the_same_words_asked(text: str) -> None:
    """Asked, the same words state nothing: a question about the subject."""
    assert not read_row({"text": text, "where": "public"}).understanding.myths


@pytest.mark.parametrize(
    "text",
    [
        "wot's next",
        "whit's next then",
        "so what now then",
        "whats the plan now",
        "what do I do after this",
        "where we at",
        "the rain's lashing but never mind, wots next",
    ],
)
def test_what_next_in_dialect(text: str) -> None:
    """ "wot's next", "whit's next", "so what now then", "where we at": what comes next, in
    dialect spellings or words (walkthrough/en.toml commands.status; not [ignore] spellings,
    which clean() applies, so the second opinion would see them)."""
    assert read_row({"text": text, "where": "export"}).command == "status"


@pytest.mark.parametrize(
    "text",
    [
        "off to work, I'll carry on arter",
        "got to feed the hens, carry on later",
        "i'll pick it up later",
        "i'll finish this later",
    ],
)
def test_step_put_off_to_carry_on_later(text: str) -> None:
    """ "I'll carry on arter" (West Country "after"), "pick it up later": the step put off,
    not yet, not "carry on" now (resume) (walkthrough/en.toml answers.not_yet)."""
    assert read_row({"text": text, "where": "alias"}).command == "not_yet"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("will my followers get any intimation of the shift", "public"),
        ("do people get a heads-up when I go", "public"),
        ("everyone get ping when I move, or is it silent?", "move"),
        ("Kindly tell whether Mastodon intimates my followers", "public"),
    ],
)
def test_notifications_in_world_englishes(text: str, where: str) -> None:
    """Indian English "intimation" (a notice), "a heads-up", "get ping ... or is it silent":
    whether anyone is told of the move (intents/en.toml subjects.notifications), not the
    followers' move nor the move step."""
    assert subjects_of(text, where) == {"notifications"}


@pytest.mark.parametrize(
    "text",
    [
        "you've been a great help",
        "big up yourself bot",
        "nice one, cheers for that",
        "fair play to ya, that's cleared it up",
        "good on ya mate",
    ],
)
def test_thanks_in_regional_words(text: str) -> None:
    """ "you've been a great help", "big up yourself", "fair play to ya", "good on ya": thanks
    in public (intents/en.toml kinds.thanks), no question."""
    assert read_row({"text": text, "where": "public"}).understanding.kind == "thanks"
