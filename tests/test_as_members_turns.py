"""Turns members take that are no step's answer, walked through the fake instance in every
language: a change of way late in the walk, "why?" at a step, a bare "ok" in public, and
"thanks" once the walk is over. Each test is something a member hit trying the bot."""

from __future__ import annotations

import pytest

import replies
from bot.text import html_to_text

START = {"en": "move", "de": "umziehen", "fr": "déménager", "es": "mudanza", "ja": "引っ越し"}
THANKS = {"en": "thanks", "de": "danke", "fr": "merci", "es": "gracias", "ja": "ありがとう"}
# What the answer to a thanks outside a walkthrough offers: the walkthrough again.
OFFER = {"en": '"move"', "de": "„umziehen“", "fr": "«\u00a0déménager\u00a0»", "es": "«mudanza»"}
OFFER |= {"ja": "「引っ越し」"}


async def say(box, username: str, text: str, language: str | None = "en") -> str:
    """A DM in the member's thread (the fake servers doing what it says was done, as in
    `python -m bot try`); the bot's whole answer as text."""
    box.honour(username, text)
    status = box.dm(username, text, language=language)
    await box.wait_reply(status)
    await box.settle()
    return "\n".join(html_to_text(r["content"]) for r in box.replies(status["id"]))


def misc(locale: str, what: str, **context) -> str:
    return replies.render("walkthrough/misc.j2", locale, what=what, **context).strip()


def member(box, username: str = "alice") -> dict:
    return box.bot.db.store.member(username)


async def to_step(box, locale: str, wanted: str, username: str = "alice") -> None:
    """Leaving, in `locale`, by "👍" at every step (the alias made, the move done)."""
    box.remote.create_account(username)
    for text in (START[locale], "1", f"{username}@new.example"):
        await say(box, username, text, language=locale)
    while member(box, username)["step"] != wanted:
        await say(box, username, "👍", language=locale)


@pytest.mark.parametrize("locale", sorted(START))
async def test_thanks_after_the_last_step_closes_warmly_without_offering_the_walk(sandbox, locale):
    """ "thanks" once the walk was over got "say "move" and I'll walk you through it":
    the walk they had just finished. A short close instead, naming the follower report
    still to come; thanked again, other words; a bare "ok" is no "I don't know that one"."""
    await to_step(sandbox, locale, "finished")
    assert member(sandbox)["moved_at"]
    first = await say(sandbox, "alice", THANKS[locale], language=locale)
    assert OFFER[locale] not in first, first
    close = misc(locale, "goodbye", thanked=True, moved=True, report_hours=1)
    assert close in first, first
    again = await say(sandbox, "alice", THANKS[locale], language=locale)
    assert misc(locale, "goodbye_again") in again, again
    assert misc(locale, "again") not in again and close not in again, again
    ok = await say(sandbox, "alice", "ok", language=locale)
    assert (
        OFFER[locale] not in ok
        and misc(locale, "goodbye", thanked=False, moved=True, report_hours=1) in ok
    )


async def public(box, username: str, text: str, language: str, **extra) -> list[str]:
    status = box.mention(username, text, language=language, **extra)
    await box.wait_handled(status)
    await box.settle()
    return [html_to_text(r["content"]) for r in box.replies(status["id"])]


@pytest.mark.parametrize("locale", sorted(START))
async def test_a_public_ok_gets_no_menu(sandbox, locale):
    """ "@bot ok" in public got "Sorry, I don't know that one" and the whole menu on the
    member's thread. Under the bot's answer it needs no reply; a thanks there gets a short
    one; said out of the blue, one short line."""
    unknown = replies.render("answers/unknown.j2", locale).strip().splitlines()[0]
    asked = {"en": "do my posts move?", "de": "kommen meine Beiträge mit?"}
    asked |= {"fr": "mes messages sont-ils transférés ?", "es": "¿se mudan mis publicaciones?"}
    asked |= {"ja": "投稿は引っ越せますか？"}
    question = sandbox.mention("bob", asked[locale], language=locale)
    answer = (await sandbox.wait_reply(question))[-1]
    await sandbox.settle()
    assert await public(sandbox, "bob", "ok", locale, in_reply_to_id=answer["id"]) == []
    thanked = await public(sandbox, "bob", THANKS[locale], locale, in_reply_to_id=answer["id"])
    short = replies.render("answers/thanks.j2", locale, short=True).strip()
    assert [t.removeprefix("@bob ") for t in thanked] == [short], thanked
    fresh = await public(sandbox, "carol", "ok 👍", locale)
    assert len(fresh) == 1 and unknown not in fresh[0], fresh
    assert replies.render("answers/acknowledged.j2", locale).strip() in fresh[0], fresh
