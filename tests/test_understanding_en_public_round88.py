"""English classes of session 51 (en-public), chosen on the tuning halves of rounds 86-87:
what the followers see asked beside whether they are told ("what do the people who follow
me see when I move, do they get told"), where one of the two was lost: the followers named
as "people who follow me" before "see", "what people will see" with the verb after the
people, "get any notification" (read as the DMs-and-notifications subject), and a request
"please tell what ..." with no "me" (not read as asking). The phrasings are the tuner's
own; none is a row of the question sets.

Also: a server closing told in an "and" clause that ends a sentence of the story before
the questions, added as one more question by the second opinion; a wish to move with
"show me / tell me / give me the steps" ("I want to begin moving my account, please guide
me, please show me the steps"), read as a question about the move rather than the start
of the walkthrough; and Nigerian Pidgin "abi" as "or" between two
ways ("my followers go follow me automatic abi dem go need to follow me again?"), read as
the refollow myth where it offers both ways."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "what do people who follow me see once i switch, will they get a notification",
        "what do folks who follow me see after the move? will they get any notification",
        "what do people following me see when i switch servers, do they hear about it?",
        "Please tell what my followers will see after I shift, will they get any notification?",
        "kindly tell what people will see after i move, will anyone be notified?",
        "what others will see on my old page after i move, and are they told?",
    ],
)
def test_what_followers_see_beside_being_told(text: str) -> None:
    """ "what do the people who follow me see when I move, do they get told": what others
    see and the notifications both asked, not one of them alone (nor the DMs for "any
    notification")."""
    assert subjects_of(text) == {"what_others_see", "notifications"}


@pytest.mark.parametrize(
    "text",
    [
        "I want to move my account, please show me the steps.",
        "i'd like to move my account. could you show me the steps?",
        "please guide me and give me the steps, i want to shift to a new server",
        "I wish to begin the moving of my account, kindly guide me and show me the steps",
    ],
)
def test_a_wish_to_move_then_show_me_the_steps(text: str) -> None:
    """ "show me the steps" beside a wish to move asks to be walked through (start): a
    weak `move` phrase, so the wish takes it in, not the strong "the steps"."""
    assert command_of(text, "public") == "start"


@pytest.mark.parametrize(
    "text",
    [
        "Oga, my followers go follow me automatic for the new account abi dem go need to follow me again?",
        "my followers go come with me automatically abi dem go need to follow me again?",
        "dem go follow my new account automatic abi dem must follow me again one by one?",
    ],
)
def test_pidgin_abi_offers_both_ways(text: str) -> None:
    """Mid-sentence "abi" is Pidgin "or": both ways offered ask about the followers
    (LABELS.md), not the refollow myth; a closing "abi?" still puts the claim forward."""
    assert subjects_of(text) == {"followers"}


def test_pidgin_closing_abi_still_states_the_myth() -> None:
    assert myths_of("my followers must follow me again abi?") == {"followers_must_refollow"}


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "been a member for ages, and the server is closing down. 2 questions: do my blocks move, and can i keep my handle?",
            {"blocks", "username"},
        ),
        (
            "I've run my little art account here since 2019, and our admin has announced the instance will shut down. Do my followers come with me, and what happens to my bookmarks?",
            {"followers", "bookmarks"},
        ),
        (
            "we built a lovely community here over five years, and sadly the server is shutting down in april. two things: will my follows transfer, and what about my lists?",
            {"follows", "lists"},
        ),
        (
            "my partner and I joined in 2020, and last week the admin said the server is closing. do my mutes come with me, and do my blocks?",
            {"mutes", "blocks"},
        ),
    ],
)
def test_a_closing_told_in_an_and_clause_before_the_questions(text: str, asked: set[str]) -> None:
    """ "..., and the admin has announced it will close. Two questions: ..., and ...?": the
    "and" clause that ends the story's sentence before the question is background
    (LABELS.md), not one more question the second opinion scores apart
    (interpret._told_before)."""
    assert subjects_of(text) == asked


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("do i really need to bother with the archive", {"archive"}),
        ("do we need to bother with the alias, what is it even for", {"alias"}),
        ("do I really need to bother with the export page, what's even on it", {"csv_export"}),
        ("do i need to bother with the bookmarks export", {"bookmarks"}),
    ],
)
def test_whether_one_step_is_needed(text: str, asked: set[str]) -> None:
    """ "do I really need to bother with the export bit?": whether that one step or list is
    needed, asked about it, not whether to move at all (a `[[rules]]` drops
    whether_to_move beside it)."""
    assert subjects_of(text) == asked
