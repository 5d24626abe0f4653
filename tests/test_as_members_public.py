"""Mentions that are not DMs, as members send them, through the fake instance in every
language. Each test is something a member hit trying the bot."""

from __future__ import annotations

import pytest
from harness import START, member_row, step_of, walk_to
from test_as_members_private import POSTS, RESUME  # the same words, written once

import replies
from bot.text import html_to_text
from bot.walkthrough import Words


async def mention(box, username: str, text: str, locale: str, visibility: str) -> str:
    """A mention of the bot; its one reply's text."""
    status = box.mention(username, text, visibility=visibility, language=locale)
    await box.wait_reply(status)
    await box.settle()
    (reply,) = box.replies(status["id"])
    return html_to_text(reply["content"])


async def paused(box, username: str = "alice") -> int:
    return (await member_row(box, username))["paused"]


@pytest.mark.parametrize("visibility", ["public", "private"])
@pytest.mark.parametrize("locale", sorted(RESUME))
async def test_resume_said_in_a_mention_after_a_stop_says_how_to_resume(
    sandbox, locale, visibility
):
    """ "stop" in a mention opts out, and says to send "resume" by DM. Said in a mention
    instead, "resume" got "Sorry, I don't know that one" (its own word) and, from someone
    mid-walk, "send me a DM saying "move"". It says how to resume (in a mention answered
    by DM: reply here); nothing resumes in public; the DM "resume" resumes."""
    await mention(sandbox, "alice", "stop", locale, visibility)
    assert await paused(sandbox) == 1
    text = await mention(sandbox, "alice", RESUME[locale], locale, visibility)
    direct = visibility == "private"
    steer = replies.render("walkthrough/misc.j2", locale, what="public_resume", direct=direct)
    assert steer.strip() and steer.strip() in text, text
    assert await paused(sandbox) == 1
    again = sandbox.dm("alice", RESUME[locale], language=locale)
    await sandbox.wait_reply(again)
    assert await paused(sandbox) == 0


async def test_resume_said_in_public_mid_walk_is_not_told_to_say_move(sandbox):
    """alice paused her walk with a public "stop"; her public "resume" was told to DM
    "move". It is told to DM "resume", which resumes her walk at her step."""
    await walk_to(sandbox, "profile")
    await mention(sandbox, "alice", "stop", "en", "public")
    text = await mention(sandbox, "alice", "resume", "en", "public")
    assert '"resume"' in text and '"move"' not in text, text
    status = sandbox.dm("alice", "resume")
    await sandbox.wait_reply(status)
    row = await member_row(sandbox)
    assert (row["paused"], row["step"]) == (0, "profile"), row


@pytest.mark.parametrize("locale", sorted(POSTS))
async def test_a_public_question_mid_walk_says_the_walk_waits_not_dm_me_move(sandbox, locale):
    """alice, at step 2 of her walk, asked "do my posts move?" in public: the answer ended
    'Or DM me "move" and I'll walk you through it', a walk she was in the middle of. It
    says her walkthrough waits in the DMs, without saying at which step; her step stays.
    So does the steer her public "move" got ("send me a DM saying "move"")."""
    await walk_to(sandbox, "profile", locale)
    text = await mention(sandbox, "alice", POSTS[locale], locale, "public")
    deeper = replies.render("answers/deeper.j2", locale, source="SOURCE", waiting=True)
    offer = replies.render("answers/deeper.j2", locale, source="SOURCE").split("SOURCE")[1]
    assert deeper.split("SOURCE")[1] in text and offer.strip() not in text, text
    assert Words.load(locale).titles["profile"] not in text, text
    assert await step_of(sandbox) == "profile"
    steer = await mention(sandbox, "alice", START[locale], locale, "public")
    waits = replies.render("walkthrough/misc.j2", locale, what="public_steer", waiting=True)
    assert waits in steer and Words.load(locale).titles["profile"] not in steer, steer
    assert await step_of(sandbox) == "profile"


@pytest.mark.parametrize("visibility", ["public", "direct"])
@pytest.mark.parametrize("locale", ["en", "de", "ja"])
async def test_a_mention_with_no_words_gets_the_menu_not_i_dont_know(sandbox, locale, visibility):
    """Tagging the bot alone ("@helper", to see what it does) got "Sorry, I don't know
    that one, and I'd rather not guess", where "@helper ?" gets what it can do and how to
    ask. A mention with nothing but the bot's handle (or other handles) is that "?"."""
    unknown = replies.render("answers/unknown.j2", locale).strip().splitlines()[0]
    asked = await mention(sandbox, "bob", "?", locale, visibility)
    for username, text in (("carol", ""), ("dave", "@bob")):
        sandbox.member("bob")
        answer = await mention(sandbox, username, text, locale, visibility)
        assert unknown not in answer, answer
        assert answer.removeprefix(f"@{username} ") == asked.removeprefix("@bob "), answer


WHERE_AM_I = {
    "en": ("where am I?", "skip"),
    "de": ("wo bin ich?", "überspringen"),
    "fr": ("où en suis-je ?", "passer"),
    "es": ("¿dónde estoy?", "saltar"),
    "ja": ("今どこ？", "スキップ"),
}


@pytest.mark.parametrize("visibility", ["public", "private"])
@pytest.mark.parametrize("locale", sorted(WHERE_AM_I))
async def test_walkthrough_words_in_a_mention_from_someone_not_walking_say_how_to_start(
    sandbox, locale, visibility
):
    """ "where am I?" or "skip" in a mention, from someone with no walkthrough, got "Sorry,
    I don't know that one" (a mention is read without the walkthrough's commands); mid-walk
    the same words are steered to the DM, and by DM the bot says no move was started. Words
    a DM reads as a walkthrough command get the way to start one, privately."""
    steer = replies.render(
        "walkthrough/misc.j2", locale, what="public_steer", direct=visibility == "private"
    ).strip()
    unknown = replies.render("answers/unknown.j2", locale).strip().splitlines()[0]
    for n, text in enumerate(WHERE_AM_I[locale]):
        answer = await mention(sandbox, f"u{n}", text, locale, visibility)
        assert steer in answer and unknown not in answer, answer
        assert await member_row(sandbox, f"u{n}") is None  # nothing stored for it


@pytest.mark.parametrize("text", ["start over", "restart please", "resume"])
async def test_start_over_or_resume_in_a_mention_is_steered_to_the_dm(sandbox, text):
    """ "start over" said in public (round 103's members wrote it so) got the answer on
    whether to move at all. In a mention it is steered to the DM like "move": mid-walk the
    walk waits at its step, and from someone not walking nothing is stored."""
    await walk_to(sandbox, "profile")
    waits = replies.render("walkthrough/misc.j2", "en", what="public_steer", waiting=True)
    answer = await mention(sandbox, "alice", text, "en", "public")
    assert waits.strip() in answer, answer
    assert await step_of(sandbox) == "profile"
    steer = replies.render("walkthrough/misc.j2", "en", what="public_steer").strip()
    answer = await mention(sandbox, "bob", text, "en", "public")
    assert steer in answer, answer
    assert await member_row(sandbox, "bob") is None
