"""Guardrails and bad input, through the fake Mastodon: the bot is never a nuisance and never crashes."""

from __future__ import annotations

import pytest
from harness import fast_sandbox, member_row, mentioned, running

from bot.sandbox import NEEDED_ONLY


async def test_a_bot_gets_one_answer_and_no_loop(sandbox):
    other = sandbox.home.create_account("otherbot", bot=True)
    first = sandbox.home.post_status(other, "@helper do my posts move?", visibility="public")
    (reply,) = await sandbox.wait_reply(first)
    again = sandbox.home.post_status(
        other, "@helper do my followers move?", visibility="public", in_reply_to_id=reply["id"]
    )
    await sandbox.wait_handled(again)
    await sandbox.settle()
    assert sandbox.replies(again["id"]) == []
    assert sandbox.bot.health.counters.get("errors_dispatch", 0) == 0


async def test_flooding_member_gets_one_slow_down_then_silence(sandbox):
    statuses = [sandbox.mention("alice", f"do my posts move? ({i})") for i in range(9)]
    await sandbox.wait_reply(statuses[0])
    await sandbox.wait_handled(statuses[-1])
    await sandbox.settle()
    answered = [sandbox.replies(s["id"]) for s in statuses]
    assert [len(r) for r in answered] == [1] * 6 + [1, 0, 0]
    assert "slow" in answered[6][0]["content"].lower() or "break" in answered[6][0]["content"]


async def test_the_slow_down_is_tagged_with_the_language_it_is_written_in(sandbox):
    """Like every reply: a client's tag is often wrong ("en" on German), the text is read."""
    statuses = [
        sandbox.mention(
            "alice", f"Werden meine Beiträge beim Umzug mitgenommen? ({i})", language="en"
        )
        for i in range(7)
    ]
    (slow_down,) = await sandbox.wait_reply(statuses[6])
    assert "viele Nachrichten" in slow_down["content"]
    assert slow_down["language"] == "de"


async def test_public_thread_gets_a_bounded_number_of_answers(sandbox):
    reply_to = sandbox.mention("user0", "do my posts move?")["id"]
    await sandbox.wait_reply({"id": reply_to})
    # Until the bot has recorded which status it posted: a reply that reaches it before
    # then starts a thread of its own (on a loaded machine that was the next mention).
    await sandbox.settle()
    answers = 1
    for i in range(1, 8):
        last = sandbox.last_reply_to(f"user{i - 1}") or reply_to
        status = sandbox.home.post_status(
            sandbox.member(f"user{i}"),
            "@helper and my bookmarks?",
            visibility="public",
            in_reply_to_id=last,
        )
        # Handled before the next one is written, which replies to this one's answer.
        await sandbox.wait_handled(status)
        await sandbox.settle()
        answers += len(sandbox.replies(status["id"])[:1])
    assert answers == 5


async def test_content_warning_is_mirrored(sandbox):
    status = sandbox.mention("alice", "do my posts move?", spoiler_text="moving talk")
    (reply,) = await sandbox.wait_reply(status)
    assert reply["spoiler_text"] == "moving talk"


async def test_an_edited_answered_status_is_not_answered_again(sandbox):
    status = sandbox.mention("alice", "do my posts move?")
    await sandbox.wait_reply(status)
    sandbox.home.edit_status(status["id"], "@helper do my posts move? (edited)")
    # Streamed after the edit's `status.update`: once it is answered, the bot has read past
    # the edit (a 0.3 s real pause let a slow machine assert before it had).
    after = sandbox.mention("bob", "do my lists move?")
    await sandbox.wait_reply(after)
    await sandbox.settle()
    assert len(sandbox.replies(status["id"])) == 1


@pytest.fixture
async def sandbox_without_read_statuses(tmp_path):
    """The stream brings this bot no deletes: its token lacks read:statuses."""
    async with running(fast_sandbox(tmp_path, bot_scopes=NEEDED_ONLY)) as box:
        yield box


async def test_a_deleted_status_is_not_answered(sandbox_without_read_statuses):
    sandbox = sandbox_without_read_statuses
    sandbox.home.faults.rate_limit_next(1, reset_in_seconds=0.6)  # hold the first post back
    status = sandbox.mention("alice", "do my posts move?")
    home, store = sandbox.home, sandbox.bot.db.store
    # Deleted once its reply is queued and held back, not after guessed real-time pauses: a
    # slow machine had not always read the mention by then.
    await sandbox.wait_until(lambda: home.count_429 >= 1, 60, "the bot never tried to post")
    home.delete_status(status["id"])
    await sandbox.wait_until_read(
        lambda: store.outbox_rows(state="cancelled"), 60, "the reply was never cancelled"
    )
    await sandbox.settle()
    assert sandbox.replies(status["id"]) == []
    # No delete event (the token lacks read:statuses): the post's 404 cancels the reply.
    assert await sandbox.read(store.outbox_rows, state="cancelled")


async def test_nobot_members_are_answered_when_they_write_but_marked_for_no_reminders(sandbox):
    sandbox.member("alice", note="Moving soon. #NoBot please")
    status = sandbox.dm("alice", "move")
    (reply,) = await sandbox.wait_reply(status)
    assert "Which way" in reply["content"]
    assert (await member_row(sandbox))["nobot"] == 1


BAD_INPUT = {
    "only emoji": "🚚📦✨",
    "only a mention": "",
    "right-to-left": "هل تنتقل منشوراتي إلى الحساب الجديد؟",
    "zero-width": "do my fol\u200blow\u200bers move\u200d?",
    "html in content": "<script>alert(1)</script> &lt;img src=x onerror=alert(1)&gt; do my posts move?",
    "other bots mentioned": "@otherbot do my posts move?",
    "control characters": "do my posts move?\u0000\u0007\u202e",
}


@pytest.mark.parametrize("text", list(BAD_INPUT.values()), ids=list(BAD_INPUT))
async def test_bad_input_gets_one_safe_reply(sandbox, text):
    sandbox.home.get_account("otherbot") or sandbox.home.create_account("otherbot", bot=True)
    sandbox.member("mallory", display_name="<script>alert('x')</script>")
    status = sandbox.mention("mallory", text)
    (reply,) = await sandbox.wait_reply(status)
    assert mentioned(reply) == ["mallory"]
    source = sandbox.home.status_record(reply["id"]).text
    assert "<script" not in source and "<img" not in source and "\u202e" not in source
    assert sandbox.bot.health.counters.get("errors_dispatch", 0) == 0


async def test_an_enormous_status_is_answered_within_the_limit(tmp_path):
    box = fast_sandbox(tmp_path, max_characters=20000)
    async with running(box):
        status = box.mention("alice", "do my followers move? " + "blah " * 3500)
        replies = await box.wait_reply(status)
        await box.settle()
        assert 1 <= len(box.replies(status["id"])) <= 3
        assert all(len(r["content"]) < 20000 for r in replies)


async def test_one_bad_notification_does_not_block_the_next(sandbox, monkeypatch):
    responder = sandbox.bot.dispatcher.responder
    original = responder.respond

    async def explode_once(incoming):
        if "explode" in incoming.text:
            raise RuntimeError("boom")
        return await original(incoming)

    monkeypatch.setattr(responder, "respond", explode_once)
    bad = sandbox.mention("alice", "explode please")
    good = sandbox.mention("alice", "do my posts move?")
    await sandbox.wait_reply(good)
    await sandbox.settle()
    assert len(sandbox.replies(bad["id"])) == 1  # its apology (tests/test_failed_handling.py)
    assert sandbox.bot.health.counters["errors_dispatch"] == 1


async def test_mentions_posted_at_the_instant_of_the_answer_are_no_turns_and_flood(tmp_path):
    """A turn is a status written *after* the bot's answer to the previous one. Seven
    mentions posted at the same instant as the first answer (a fake clock that does not
    move, or a client sending a burst) are a flood however fast the bot answers: at
    `<=` the first answer made every later mention a turn, and no flood was ever seen."""
    from datetime import UTC, datetime

    from bot.clock import FakeClock
    from bot.guardrails import Guardrails
    from bot.incoming import Incoming
    from storage import Database, Store

    clock = FakeClock(datetime(2026, 6, 1, 12, 0, tzinfo=UTC))
    db = Database(Store.open(tmp_path / "bot.sqlite3", clock))
    try:
        guardrails = Guardrails(db, clock, "helper")
        verdicts = []
        for n in range(1, 8):
            incoming = Incoming(
                notification_id=str(n),
                status_id=str(n),
                acct="carol",
                account_id="carol",
                username="carol",
                is_bot=False,
                visibility="public",
                language="en",
                text="do my posts move?",
                spoiler_text="",
                in_reply_to_id=None,
                created_at=clock.timestamp(),
            )
            verdicts.append(await guardrails.check(incoming))
            guardrails.replied(incoming.status_id, clock.timestamp())  # answered at once
        assert [v.slow_down for v in verdicts] == [False] * 6 + [True]
    finally:
        db.close()
