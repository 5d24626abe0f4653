"""English classes of session 45 (en-public), chosen on the tuning halves of rounds 58-77:
a single-subject public question read with another subject, or missed. The phrasings are
the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "i schedule 3 post for tomorrow, what happen if i move",
        "i have schedule some posts for next week, they will still go out after move?",
        "we schedule posts every week for the shop, what happens to them when we move",
        "i schedule posts for my bakery, are they lost when i switch server?",
    ],
)
def test_scheduled_posts_said_in_the_present(text: str) -> None:
    """ "I schedule 10 post for next week, what happen if I move?": posts the member has
    scheduled, said in the present or without the participle's ending as second-language
    writers do, are the scheduled posts (intents/en.toml: "i schedule .. post")."""
    assert subjects_of(text, "public") == {"scheduled_drafts"}


@pytest.mark.parametrize(
    "text",
    ["how do i schedule a post", "can i schedule a post for tomorrow"],
)
def test_how_to_schedule_stays_out_of_scope(text: str) -> None:
    """How to schedule a post is a Mastodon question, not about moving: `[out_of_scope]`'s
    longer "do i schedule .. post" uses its words up."""
    from question_set import read_row

    got = read_row({"text": text, "where": "public"})
    assert got.command is None and got.understanding.kind == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "i can still post from my old account after move?",
        "i can still post on old account after move?",
        "i still can post from old account after moving?",
        "can i still toot fae ma auld account efter the flit",
        "ken how the old account will still be there, can i still post fae it the odd time",
        "so the old profile sticks around, could i still post on it every now and again",
    ],
)
def test_posting_from_the_old_account_in_other_words(text: str) -> None:
    """ "I can still post on old account after move?" (a question in a statement's word
    order), Scots "fae ma auld account efter" (from my old account after), and "the odd
    time", "now and again" for "sometimes": the member going on posting from the old
    account keeps both (LABELS.md), not a question about the old account's fate."""
    assert subjects_of(text, "public") == {"keep_both_accounts"}


@pytest.mark.parametrize(
    "text",
    [
        "does the original account become read-only, or is it deactivated entirely",
        "will my old account be deactivated after the move",
        "after migrating is the old account deactivated",
        "does my old profile get deactivated once i have moved",
    ],
)
def test_the_old_account_deactivated_by_the_move(text: str) -> None:
    """ "is the old account deactivated after the move?": what the move makes of the old
    account, said in the passive (old_account), not the member deleting it; "how do I
    deactivate my old account" stays the deletion."""
    assert subjects_of(text, "public") == {"old_account"}
    assert subjects_of("how do i deactivate my old account", "public") == {"delete_old_account"}


@pytest.mark.parametrize(
    "text",
    [
        "the move went through but only a handful have arrived. how long does it usually"
        " take them all to come over?",
        "moved yesterday and only a few people are here so far. how long does it take them"
        " all to come across?",
        "only some came, how long for the rest to arrive",
        "pressed move an hour ago, how long till the rest of them come over",
    ],
)
def test_how_long_for_them_all_to_come_over(text: str) -> None:
    """ "only a handful have arrived, how long does it take them all to come over?": the
    people arriving are the followers, so their timing is asked (follower_timing), not the
    move's steps (duration)."""
    assert subjects_of(text, "public") == {"follower_timing"}


@pytest.mark.parametrize(
    "text",
    [
        "i want to go to go to social from mastodon, can my followers move there",
        "moving to go to social next week, does the move work there",
        "can i move my account to a miss key server",
        "does fire fish accept moved accounts from mastodon",
        "is pixel fed able to take my followers from mastodon",
    ],
)
def test_software_names_split_by_dictation(text: str) -> None:
    """ "i want to go to go to social from mastered on": phone dictation splits the names of
    other Fediverse software ("go to social", "miss key", "fire fish", "pixel fed"); the
    question is whether the move works with it (other_software), as with the names
    written whole."""
    assert subjects_of(text, "public") == {"other_software"}


@pytest.mark.parametrize(
    "text",
    [
        "Morning all. I've been told the new place will have a different name for me. Will I"
        " still be 'jen' or does that change too?",
        "hello all. will i have a different name on the new server?",
        "can i give the new account a different name from the old one",
    ],
)
def test_a_different_name_after_a_greeting(text: str) -> None:
    """ "Morning all. ... will the new place have a different name for me?": the name the
    member goes by is the username ("different name", "another name"); with nothing else
    named, the greeting before it took the whole message."""
    assert subjects_of(text, "public") == {"username"}


@pytest.mark.parametrize(
    "text",
    [
        "i follow loads of accounts, is there a way to bring them all over without refollowing"
        " by hand",
        "i follow 300 artists, is there a way to get them all onto the new account?",
        "is there a way to bring my mutes over to the new account",
    ],
)
def test_is_there_a_way_to_bring_a_list_over(text: str) -> None:
    """ "I follow 800 people, any way to take them all with me?": a way to bring the list
    over is how to import it (LABELS.md; `$how_to`: "any way to", "a way to"), not whether
    it moves by itself."""
    assert subjects_of(text, "public") == {"import"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("will my folls move over", {"followers"}),
        ("do my flwrs come with me", {"followers"}),
        ("how long till flwrs show up after i migr8", {"follower_timing"}),
        (
            "i only use the app, can i migr8 from it? and how long till my flwrs show",
            {"website_vs_app", "follower_timing"},
        ),
    ],
)
def test_texting_shorthand_for_followers(text: str, subjects: set[str]) -> None:
    """ "how long till flwrs show": texting shorthand for the followers ("flwrs", "folls")
    and the move ("migr8") is read as the words ([text] rewrite), so the followers' timing
    is asked, not the move's length."""
    assert subjects_of(text, "public") == subjects


@pytest.mark.parametrize(
    "text",
    [
        "how to shift my followers to the new account",
        "please tell me how to shift my followers from old id to new id",
        "hello, how do i move my followers to the new account",
        "how do i move my followers to my new account",
    ],
)
def test_how_do_i_move_my_followers(text: str) -> None:
    """ "kindly tell me how to shift my followers from old id to new id", "how do I move my
    followers to the new account?": how to do the move itself (move: "Move followers" on
    the old account), as the tuning rows label it; not how long the followers take."""
    assert subjects_of(text, "public") == {"move"}
