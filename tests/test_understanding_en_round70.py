"""English classes of session 38 (learn38en), chosen on the tuning halves of rounds 58-69.
The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "hello, which things will move with me and which will not?",
        "good morning sir, what is moving with me and what is not moving",
        "hi bot, which data moves with me and which not",
        "hey there, what all is moving with me to the new server?",
        "namaste, which things are moving with me and which are staying?",
        "which items move with me, which do not?",
    ],
)
def test_what_moves_with_me_and_what_not(text: str) -> None:
    """ "which things move with me and which not", "what is moving with me": what comes
    along and what stays, as members writing English as a second language ask it, with or
    without a greeting before it, is the overview (intents/en.toml subjects.overview)."""
    assert read_row({"text": text, "where": "public"}).command is None
    assert subjects_of(text, "public") == {"overview"}


@pytest.mark.parametrize(
    "text",
    [
        "leaving or arriving?? what does that even mean",
        "what do you mean by leaving or arriving",
        "sorry, leaving or coming here, i don't follow",
        "arriving or leaving? not sure what you are asking",
        "what is the difference between leaving and arriving here",
    ],
)
def test_both_ways_echoed_back_at_choose_direction(text: str) -> None:
    """ "leaving or arriving? what does that mean": the bot's two ways said back to it,
    side by side, ask what its question means (how), not which way the member goes."""
    assert command_of(text, "choose_direction") == "how"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("my follows, they move automatic or i need do something", "follows"),
        ("lists go automatic or i need export them", "lists"),
        ("bio and avatar get copied or i have to make again", "profile"),
        ("the mutes transfer by itself or i must do it", "mutes"),
        ("blocked people, they come along or i need block again", "blocks"),
    ],
)
def test_moves_by_itself_or_i_need_to(text: str, subject: str) -> None:
    """ "they move automatic or I need do something": a question that offers both ways,
    with no question mark and "to" left out as learners of English often leave it, asks
    what happens to the thing; it states no claim (LABELS.md)."""
    assert not read_row({"text": text, "where": "public"}).understanding.myths
    assert subjects_of(text, "public") == {subject}


@pytest.mark.parametrize(
    "text",
    [
        "how do i bring my domain blocks to the new account",
        "how can i get my domain blocks onto the new acct",
        "how can i bring the servers i blocked over",
    ],
)
def test_how_to_bring_domain_blocks_over(text: str) -> None:
    """ "how do I bring my domain blocks over": how to bring a list over is the import
    (LABELS.md), for the blocked servers as for the blocked accounts."""
    assert subjects_of(text, "public") == {"import"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("we log in with sso here, is that a problem for the alias?", "alias"),
        ("does sso change anything for the alias", "alias"),
        ("alias need my password? i only have google login", "alias"),
        ("i sign in with single sign on, does the alias still work?", "public"),
        ("no password on my old account, sso only. can i still do the alias bit", "public"),
    ],
)
def test_single_sign_on_and_the_alias(text: str, where: str) -> None:
    """ "I use SSO, does that matter for the alias?": what single sign-on changes for the
    alias is what the SSO answer tells (the alias needs no password), not how to make it."""
    assert subjects_of(text, where) == {"sso_no_password"}


@pytest.mark.parametrize(
    "text",
    [
        "after moving, will notifications for my old account come to the new one?",
        "what happens to mentions of my old account after i move",
        "after I move, can I still see DMs that arrive at the old account?",
        "messages people send to my old account after the switch, do i get them?",
        "once moved, do I get the notifications from the old account too?",
    ],
)
def test_what_still_arrives_at_the_old_account(text: str) -> None:
    """ "DMs people send to my old account", "notifications that arrive at the old address":
    what reaches the old account after the move is old_account_mentions, not the DMs or
    notifications the member already has (direct_messages)."""
    assert subjects_of(text, "public") == {"old_account_mentions"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("how far boss", "dm"),
        ("how far my guy 👋", "public"),
        ("How far bot!", "dm"),
        ("how far bro", "public"),
    ],
)
def test_how_far_said_to_someone_greets(text: str, where: str) -> None:
    """ "how far bot", "how far my guy": Nigerian Pidgin's "how far" said to someone is a
    greeting, not a question about how far the move has got (intents/en.toml kinds.greeting)."""
    assert read_row({"text": text, "where": where}).understanding.kind == "greeting"
    assert read_row({"text": text, "where": where}).command is None


@pytest.mark.parametrize(
    "text", ["how far with my move?", "how far is the move bot", "how far along are my followers"]
)
def test_how_far_with_the_move_asks_progress(text: str) -> None:
    """ "how far with my move?": "how far" about the move asks how it goes (progress)."""
    assert command_of(text, "dm") == "progress"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("do mutes transfer? yes or no", "mutes"),
        ("bookmarks come along? y/n", "bookmarks"),
        ("my lists move by themselves? yes or no please", "lists"),
        ("blocks carry over?? yes/no", "blocks"),
    ],
)
def test_yes_or_no_offered_asks(text: str, subject: str) -> None:
    """ "mutes transfer? yes/no": both answers offered ask which one; the "no" is no tag
    that states the claim ("..., no?"), so this is a question, not a myth."""
    assert subjects_of(text, "public") == {subject}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("will my followers be comin with me when im movin?", "followers"),
        ("how long is the waitin period after movin", "cooldown"),
        ("am i movin my bookmarks too or what", "bookmarks"),
        ("is it worth switchin servers or just startin fresh", "whether_to_move"),
    ],
)
def test_g_dropped_from_ing(text: str, subject: str) -> None:
    """ "movin", "waitin period", "comin": the g dropped from "-ing" as many English speakers
    say it is the word itself ("movin" is no typo of "movie"; intents/en.toml [text])."""
    assert subjects_of(text, "public") == {subject}


@pytest.mark.parametrize(
    "text",
    [
        "where do i create the alias and where do i click move",
        "which account do i make the alias on, and where to hit move?",
        "on which account do i tap move, and which one gets the alias",
    ],
)
def test_the_alias_and_pressing_move_asked_together(text: str) -> None:
    """ "where to create alias and where to press move": the alias and where to press "Move
    followers" (the move itself) both asked; "create the alias" is no server to choose."""
    assert subjects_of(text, "public") == {"alias", "move"}
