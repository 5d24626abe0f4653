""" "stop" said anywhere opts the member out: a public, unlisted or followers-only mention
is honoured like a DM. Through the fake servers, on the injected clock: after it the
reminders, nudges and campaign waves send the member nothing, and the acknowledgement is
never more visible than the mention and tags only the sender."""

from __future__ import annotations

from datetime import timedelta

import pytest
from harness import member_row, mentioned, running, step_of
from test_campaign import drive, name, small_campaign, start_small_campaign
from test_locales import QUOTES
from test_walkthrough import say
from test_walkthrough_checks import Clocked

import replies
from bot.sandbox import Sandbox
from bot.text import html_to_text
from bot.walkthrough import Words
from storage import Store

# Mastodon's visibilities, narrowest first: a reply may be at most as wide as the mention.
WIDTH = ["direct", "private", "unlisted", "public"]


def assert_acknowledged(box: Sandbox, status: dict, acct: str) -> None:
    """One reply, no wider than the mention, tagging the sender alone, saying it is heard."""
    (reply,) = box.replies(status["id"])
    assert WIDTH.index(reply["visibility"]) <= WIDTH.index(status["visibility"]), reply
    assert mentioned(reply) == [acct]
    assert "no more reminders" in reply["content"]


@pytest.mark.parametrize("visibility", ["public", "unlisted", "private", None])
async def test_a_stop_in_a_mention_ends_reminders_and_nudges(tmp_path, visibility):
    """alice is at the alias step with her archive requested: archive reminders (24 h and
    44 h) and nudges (1 and 3 days) are due within six days. None (the control): she says
    nothing, and they are sent, so the silence after a stop is the stop's doing."""
    world = Clocked(tmp_path)
    await world.start()
    box = world.box
    try:
        box.member("bob")
        before = len(world.texts())
        if visibility is not None:
            # In a thread with bob, as a client writes it: his handle first, tagged.
            text = "@bob please stop sending me reminders"
            status = box.mention("alice", text, visibility=visibility)
            await box.wait_reply(status)
            assert_acknowledged(box, status, "alice")
            before = len(world.texts())
        for _ in range(6):
            await world.advance(days=1)
        later = world.texts()[before:]
        if visibility is None:
            assert len(later) >= 3, later  # the reminders and nudges a silent member gets
        else:
            assert later == []
    finally:
        await box.stop()


async def test_a_stop_in_public_keeps_every_campaign_wave_away(tmp_path):
    """A server closing in ten days writes to every local account in waves (start, then 7
    and 2 days before), two DMs per budget window. One account says stop in public before
    the campaign; another after the first wave is queued, while its DM still waits: neither
    hears from it again, while the others get each wave."""
    box, clock = small_campaign(tmp_path, accounts=6)
    start = clock.now()
    accounts = [name(n) for n in range(6)]
    async with running(box):
        early = box.mention(accounts[0], "stop")
        await drive(box, clock, start + timedelta(minutes=5))
        assert_acknowledged(box, early, accounts[0])
        # The whole budget (4): the announcement and three DMs queued in the first window,
        # where the stop's answer and the announcement leave room for one to go at once.
        await start_small_campaign(box, tmp_path, clock, share=1.0)
        await drive(box, clock, start + timedelta(minutes=10))
        written = {
            m for s in box.bot_statuses() if s.visibility == "direct" for m in mentioned_of(s)
        }
        assert written and accounts[0] not in written
        # An account whose first-wave DM is queued but not sent yet says stop in public.
        queued = await box.read(box.bot.db.store.outbox_rows, kind="campaign", state="pending")
        waiting = [a for a in accounts[1:] if any(r["recipient"] == a for r in queued)]
        assert waiting, queued
        late = box.mention(waiting[0], "stop", visibility="unlisted")
        await drive(box, clock, start + timedelta(days=4))  # the first two waves, all sent
        assert_acknowledged(box, late, waiting[0])
        dms: dict[str, int] = {}
        for status in box.bot_statuses():
            if status.visibility == "direct":
                for acct in mentioned_of(status):
                    dms[acct] = dms.get(acct, 0) + 1
        assert accounts[0] not in dms and waiting[0] not in dms, dms
        others = [a for a in accounts[1:] if a != waiting[0]]
        assert all(dms.get(a, 0) >= 1 for a in others), dms
        assert any(dms.get(a, 0) >= 2 for a in others), dms  # the second wave ran


def mentioned_of(status) -> list[str]:
    """The accounts a stored status of the fake tags."""
    return [m.acct for m in status.mentions]


@pytest.mark.parametrize("moved", [False, True])
async def test_a_stop_cancels_only_what_was_queued_for_the_member(tmp_path, moved):
    """alice named bob@new.example as her new account (a slip, or a claim: the bot cannot
    know). Until she has moved, nothing of hers goes there, so her "stop" leaves the DMs
    queued for bob alone; once she has moved, her reminders go to that account, and her
    "stop" cancels those too."""
    from test_walkthrough_table import Remote, engine, member_at, message

    from storage import OutboxItem

    store = Store.open(tmp_path / "bot.sqlite3")
    walk = engine(Remote())
    member = {**member_at("alias", "away"), "new_handle": "bob@new.example"}
    if moved:
        member.update(step="import", moved_at="2026-12-01T00:00:00+00:00")
    store.db["members"].insert(member)

    def nudge(key: str, recipient: str) -> OutboxItem:
        return OutboxItem(key, f"@{recipient} still there?", "direct", recipient, kind="nudge_1")

    store.enqueue(nudge("rem1", "alice"), nudge("rem2", "bob@new.example"))
    effects = await walk.handle(store.member("alice"), message("stop"), "en")
    store.apply(effects, status_id="1001")
    state = {row["idempotency_key"]: row["state"] for row in store.outbox_rows()}
    assert state["rem1"] == "cancelled"
    assert state["rem2"] == ("cancelled" if moved else "pending")
    store.close()


# Each locale's words for what the acknowledgement promises (the "direct message" is the
# word its other templates use, e.g. ack.j2).
PROMISES = {
    "en": ["no more reminders", "nudges", "messages", "direct message"],
    "de": ["keine Erinnerungen", "Anstupsen", "Nachrichten", "Direktnachricht"],
    "fr": ["plus de rappels", "relances", "messages", "message privé"],
    "es": ["no más recordatorios", "avisos", "mensajes", "mensaje directo"],
    "ja": ["リマインダー", "お知らせ", "メッセージはもう送りません", "ダイレクトメッセージ"],
}


@pytest.mark.parametrize("locale", sorted(PROMISES))
def test_every_locale_says_stop_public_alike_with_a_word_that_resumes(locale):
    """The five acknowledgements say the same facts: no reminders, nudges or messages any
    more, and how to change one's mind: a DM with the one word this locale's walkthrough
    reads as "resume" (the DM "stop" names the same word)."""
    public = replies.render("walkthrough/commands.j2", locale, command="stop_public")
    for words in PROMISES[locale]:
        assert words in public, (locale, words)
    (word,) = QUOTES[locale].findall(public)
    assert Words.read(locale).matches("resume", word), (locale, word)
    in_a_dm = replies.render("walkthrough/commands.j2", locale, command="stop")
    assert QUOTES[locale].findall(in_a_dm) == [word], locale


@pytest.mark.parametrize("visibility", ["public", "unlisted", "private"])
async def test_a_strangers_stop_in_a_mention_records_only_the_wish(sandbox, visibility):
    """Someone who never talked to the bot says stop in a mention: remembered as a wish not
    to be written to (paused, no walkthrough), not as a DM thread (reminders and DMs reply
    into a member's DM thread, never under a public post), and acknowledged no wider than
    the mention, tagging only them. Her first DM is her thread."""
    status = sandbox.mention("carol", "stop", visibility=visibility)
    await sandbox.wait_reply(status)
    await sandbox.settle()
    assert_acknowledged(sandbox, status, "carol")
    row = await member_row(sandbox, "carol")
    assert row["paused"] == 1 and row["step"] == "idle", row
    assert row["thread_status_id"] is None and row["thread_acct"] is None, row
    dm = sandbox.dm("carol", "language de", in_thread=False)
    await sandbox.wait_reply(dm)
    assert (await member_row(sandbox, "carol"))["thread_status_id"] == dm["id"]


@pytest.mark.parametrize("text", ["stop", "language de", "delete my data"])
async def test_a_mention_keeps_the_members_dm_thread(sandbox, text):
    """alice walks through the move by DM; what she then says in a public mention (stop,
    a language, "delete my data") is answered there, and her DM thread stays the one
    reminders reply into."""
    sandbox.remote.create_account("alice")
    for said in ("move", "1"):
        await say(sandbox, "alice", said)
    thread = (await member_row(sandbox))["thread_status_id"]
    assert thread is not None
    status = sandbox.mention("alice", text, visibility="unlisted")
    await sandbox.wait_reply(status)
    await sandbox.settle()
    (reply,) = sandbox.replies(status["id"])
    assert reply["visibility"] == "unlisted" and mentioned(reply) == ["alice"]
    row = await member_row(sandbox)
    assert (row["thread_status_id"], row["thread_acct"]) == (thread, "alice"), row


@pytest.mark.parametrize("text", ["done", "where am I?", "skip"])
async def test_a_mention_while_the_bot_awaits_an_answer_is_no_walkthrough_turn(sandbox, text):
    """alice, at the alias step of her move to alice@new.example, asked by DM to delete her
    data, and the bot asked which data. Before answering she mentions the bot in public.
    That is no walkthrough turn: her step and her new account's handle stay out of the
    public reply, and her step does not move."""
    sandbox.remote.create_account("alice")
    for said in ("move", "1", "alice@new.example", "done", "done", "requested"):
        await say(sandbox, "alice", said)
    assert await step_of(sandbox) == "alias"
    asked = await say(sandbox, "alice", "delete my data")
    assert (await member_row(sandbox))["pending_confirmation"] == "clarify_delete", asked
    status = sandbox.mention("alice", text, visibility="public")
    await sandbox.wait_reply(status)
    await sandbox.settle()
    for reply in sandbox.replies(status["id"]):
        assert reply["visibility"] == "unlisted" and mentioned(reply) == ["alice"]
        said = html_to_text(reply["content"])
        assert "alice@new.example" not in said and 'Say "done"' not in said, said
    assert await step_of(sandbox) == "alias"


@pytest.mark.parametrize("silenced", [True, False])
async def test_a_stop_said_in_a_flood_is_honoured(tmp_path, silenced):
    """More public mentions in a minute than the flood bar get one "slow down" and ten
    minutes of silence, and a "stop" among them was dropped with the rest: the member
    stayed unpaused, and the reminders and nudges went on for days. Said in the silence it
    is honoured without a reply (the silence holds); said as the message that made the
    flood, it gets its own acknowledgement instead of the "slow down"."""
    world = Clocked(tmp_path)
    await world.start()
    box = world.box
    try:
        questions = [box.mention("alice", f"do my posts move? ({i})") for i in range(6)]
        if silenced:
            questions.append(box.mention("alice", "and my followers?"))
        stop = box.mention("alice", "stop")
        for status in (*questions, stop):
            await box.wait_handled(status)
        await box.settle()
        assert (await world.member())["paused"] == 1
        if silenced:
            assert box.replies(stop["id"]) == []
        else:
            assert_acknowledged(box, stop, "alice")
        before = len(world.texts())
        for _ in range(6):
            await world.advance(days=1)
        assert world.texts()[before:] == []
    finally:
        await box.stop()


async def test_a_stop_in_a_public_thread_past_its_answers_is_honoured(sandbox):
    """A public thread gets at most five answers from the bot; a "stop" said in it after
    those was dropped like a sixth question, the member left unpaused. It is honoured and
    acknowledged (to the member alone, no wider than the mention)."""
    last = None
    for i in range(5):
        status = sandbox.home.post_status(
            sandbox.member(f"user{i}"),
            "@helper do my posts move?",
            visibility="public",
            in_reply_to_id=last,
        )
        await sandbox.wait_reply(status)
        await sandbox.settle()
        last = sandbox.last_reply_to(f"user{i}")
    stop = sandbox.home.post_status(
        sandbox.member("alice"), "@helper stop", visibility="public", in_reply_to_id=last
    )
    await sandbox.wait_handled(stop)
    await sandbox.settle()
    assert (await member_row(sandbox))["paused"] == 1
    assert_acknowledged(sandbox, stop, "alice")
