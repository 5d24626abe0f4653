"""Followers-only mentions, as members send them, through the fake instance in every
language: such a mention is answered by direct message (a reply never reaches more people
than what it answers), so that answer must not tell the member to send a direct message,
the very thing they are reading. Each test is something a member hit trying the bot."""

from __future__ import annotations

import pytest
from harness import START, member_row, step_of

import replies
from bot.text import html_to_text

RESUME = {"en": "resume", "de": "fortsetzen", "fr": "reprendre", "es": "continuar", "ja": "再開"}
POSTS = {
    "en": "do my posts move?",
    "de": "Ziehen meine Beiträge mit um?",
    "fr": "Est-ce que mes messages déménagent ?",
    "es": "¿Mis publicaciones se mudan?",
    "ja": "投稿は引っ越しで移りますか？",
}


async def mention_privately(box, username: str, text: str, locale: str) -> tuple[dict, str]:
    """A followers-only mention of the bot; its one reply and that reply's text."""
    status = box.mention(username, text, visibility="private", language=locale)
    await box.wait_reply(status)
    await box.settle()
    (reply,) = box.replies(status["id"])
    return reply, html_to_text(reply["content"])


def offer(locale: str, *, direct: bool) -> str:
    """How the end of an answer offers the walkthrough, in a DM or in a mention."""
    line = replies.render("answers/deeper.j2", locale, source="SOURCE", direct=direct)
    return line.split("SOURCE", 1)[1].strip()


@pytest.mark.parametrize("locale", sorted(POSTS))
async def test_a_private_question_is_answered_by_dm_without_asking_for_a_dm(sandbox, locale):
    """ "do my posts move?" in a followers-only mention was answered by DM ending "Or DM me
    "move" and I'll walk you through it": the member was reading a DM. The DM's own offer
    ("say "move"") instead; a reply to it starts the walkthrough."""
    reply, text = await mention_privately(sandbox, "alice", POSTS[locale], locale)
    assert reply["visibility"] == "direct", reply
    assert offer(locale, direct=False) not in text, text
    assert offer(locale, direct=True) in text, text
    walk = sandbox.dm("alice", START[locale], language=locale)
    await sandbox.wait_reply(walk)
    assert await step_of(sandbox) == "choose_direction"


@pytest.mark.parametrize("locale", sorted(START))
async def test_a_private_move_is_steered_to_the_dm_it_is_answered_in(sandbox, locale):
    """ "move" in a followers-only mention got, by DM, "send me a direct message (a private
    mention) saying "move"". The steer says to answer in this conversation instead, and
    that answer starts the walkthrough."""
    reply, text = await mention_privately(sandbox, "alice", START[locale], locale)
    assert reply["visibility"] == "direct", reply
    public = replies.render("walkthrough/misc.j2", locale, what="public_steer").strip()
    private = replies.render("walkthrough/misc.j2", locale, what="public_steer", direct=True)
    assert public not in text and private.strip() in text, text
    walk = sandbox.dm("alice", START[locale], language=locale)
    await sandbox.wait_reply(walk)
    assert await step_of(sandbox) == "choose_direction"


@pytest.mark.parametrize("locale", sorted(START))
async def test_a_private_stop_says_how_to_resume_in_the_dm_it_is_answered_in(sandbox, locale):
    """ "stop" in a followers-only mention: acknowledged by DM, which said "send me a direct
    message saying "resume"". It says to answer here; "resume" answered there resumes."""
    reply, text = await mention_privately(sandbox, "alice", "stop", locale)
    assert reply["visibility"] == "direct", reply
    public = replies.render("walkthrough/commands.j2", locale, command="stop_public").strip()
    private = replies.render("walkthrough/commands.j2", locale, command="stop_public", direct=True)
    assert public not in text and private.strip() in text, text
    assert (await member_row(sandbox))["paused"] == 1
    again = sandbox.dm("alice", RESUME[locale], language=locale)
    await sandbox.wait_reply(again)
    assert (await member_row(sandbox))["paused"] == 0


DELETE = {
    "en": ("delete my data", "this bot", "forget me"),
    "de": ("lösch meine Daten", "diesen Bot", "vergiss mich"),
    "fr": ("supprimez mes données", "ce bot", "oubliez-moi"),
    "es": ("borra mis datos", "este bot", "olvídame"),
    "ja": ("データを削除して", "このボット", "忘れて"),
}


@pytest.mark.parametrize("locale", sorted(DELETE))
async def test_this_bot_said_privately_deletes_as_it_would_by_dm(sandbox, locale):
    """ "delete my data", then "this bot" (which data), in followers-only mentions: the DM
    answering it said "send me a direct message saying "forget me"". The question was asked
    there, so the answer there deletes, as a DM's would; the reply is a DM saying so."""
    ask, this_bot, _ = DELETE[locale]
    await mention_privately(sandbox, "alice", ask, locale)
    reply, text = await mention_privately(sandbox, "alice", this_bot, locale)
    assert reply["visibility"] == "direct", reply
    done = replies.render("walkthrough/commands.j2", locale, command="forget_done").strip()
    assert done in text, text
    assert await member_row(sandbox) is None


@pytest.mark.parametrize("locale", ["en", "de", "ja"])
async def test_the_same_dm_twice_outside_a_walk_is_not_answered_in_the_same_words(sandbox, locale):
    """By DM, with no walk going on, the same question twice (or words it cannot read,
    twice: "Sorry, I don't know that one") got the same long answer twice in a row. The
    walk says "same as my last message" above a repeat; so does an answer now."""
    from harness import say

    again = replies.render("walkthrough/misc.j2", locale, what="again").strip()
    weather = {"en": "what's the weather like?", "de": "wie wird das Wetter?", "ja": "天気は？"}
    for text in (POSTS[locale], weather[locale]):
        first = await say(sandbox, "bob", text, locale)
        second = await say(sandbox, "bob", text, locale)
        assert second != first and again not in first, first
        assert second.startswith(f"@bob {again}"), second
        assert first.removeprefix("@bob ")[:60] in second, second
