"""What the log says at INFO and above, where admins keep and share it: events, ids,
handles and counts, never the token, what a member wrote or what the bot answered."""

from __future__ import annotations

import logging
import re

from harness import fast_sandbox, running
from test_walkthrough import alice_new, say

from bot.logs import KeyValueFormatter
from bot.text import html_to_text


def logged(caplog) -> str:
    """The lines an admin would read at LOG_LEVEL=INFO, as bot/logs.py writes them."""
    formatter = KeyValueFormatter()
    return "\n".join(formatter.format(r) for r in caplog.records if r.levelno >= logging.INFO)


def sentences(text: str) -> list[str]:
    """The reply's sentences long enough to be its own words, not a handle or a menu name."""
    return [s.strip() for s in re.split(r"[.?!\n]", text) if len(s.strip()) >= 20]


async def test_a_mention_and_a_walkthrough_log_no_token_and_nothing_said(tmp_path, caplog):
    caplog.set_level(logging.INFO)  # before the start, so that its lines are read too
    box = fast_sandbox(tmp_path)
    async with running(box):
        alice_new(box)
        status = box.mention(
            "bob", "do my posts move with my cat Zanzibarquux?", spoiler_text="Quorblewisp"
        )
        answers = [html_to_text(r["content"]) for r in await box.wait_reply(status)]
        for said in (
            "move",
            "1",
            "alice@new.example",
            "Frobnitzel says hi, where do my follows go?",
        ):
            answers.append(await say(box, "alice", said))
        await box.settle()

    lines = logged(caplog)
    events = {r.getMessage() for r in caplog.records}
    assert {"startup", "stream.connected", "notification.handled", "outbox.sent"} <= events
    assert box.token not in lines
    for written in ("Zanzibarquux", "Quorblewisp", "Frobnitzel", "where do my follows go"):
        assert written not in lines, written
    for answer in answers:
        for sentence in sentences(answer):
            assert sentence not in lines, sentence
