"""Whole moves walked the way members walk them, through the fake instance: short words
every language uses, a pause and a return, commands before any walkthrough, odd answers
where an address is asked for. Each test is something a member hit trying the bot."""

from __future__ import annotations

import pytest

import replies
from bot.text import html_to_text


async def say(box, username: str, text: str, language: str | None = "en") -> str:
    """A DM in the member's thread; the bot's whole answer as text."""
    status = box.dm(username, text, language=language)
    await box.wait_reply(status)
    await box.settle()
    return "\n".join(html_to_text(r["content"]) for r in box.replies(status["id"]))


def command(locale: str, name: str, **context) -> str:
    return replies.render("walkthrough/commands.j2", locale, command=name, **context).strip()


def step(box, username: str) -> str:
    return box.bot.db.store.member(username)["step"]


START = {"en": "move", "de": "umziehen", "fr": "déménager", "es": "mudanza", "ja": "引っ越し"}


async def to_the_export_step(box, locale: str = "en", username: str = "alice") -> None:
    """Leaving, in `locale` (statuses tagged so, as the member's client does)."""
    box.remote.create_account(username)
    for text in (START[locale], "1", f"{username}@new.example", "👍"):
        await say(box, username, text, language=locale)
    assert step(box, username) == "export"


@pytest.mark.parametrize("locale", ["de", "fr", "es", "ja"])
async def test_stop_and_ok_get_replies_in_the_language_of_the_walkthrough(sandbox, locale):
    """ "stop" and "ok" are words of every locale's tables: they do not say the member
    switched to English (a German member's "stop" was answered "Paused: ..." in English)."""
    await to_the_export_step(sandbox, locale)
    assert command(locale, "stop") in await say(sandbox, "alice", "stop", language=locale)
    assert command(locale, "resume") in await say(sandbox, "alice", "resume", language=locale)
    answer = await say(sandbox, "alice", "ok", language=locale)
    assert step(sandbox, "alice") == "archive"
    archive_button = {"de": "Dein Archiv anfordern", "fr": "Demandez vos archives"}
    archive_button |= {"es": "Solicitar tu archivo", "ja": "アーカイブをリクエスト"}
    assert archive_button[locale] in answer, answer
