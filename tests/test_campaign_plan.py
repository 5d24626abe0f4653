"""The closing campaign's plan and storage, without a server: arithmetic and SQL only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlite_utils

import replies
from bot.campaign import (
    OTHER_WAYS,
    Pace,
    choose_waves,
    classify,
    compose_dm,
    default_waves,
    has_nobot,
    plan_campaign,
    plan_wave,
    render_plan,
)
from bot.clock import FakeClock
from storage import OutboxItem, Priority, Store, migrations
from storage.campaigns import _REACHED

# 01:00 UTC: one hour into an epoch-aligned 3-hour window.
START = datetime(2027, 1, 29, 1, 0, tzinfo=UTC)


def test_a_wave_takes_one_share_per_window_and_says_when_it_is_done():
    pace = Pace(limit=300, share=0.5)
    plan = plan_wave(1, START, START + timedelta(days=7), 1000, pace)
    # 150 per window: the window under way (00:00-03:00) and six more; 1000 = 6*150 + 100.
    assert plan.windows == 7 and plan.in_time
    assert plan.completes_at == datetime(2027, 1, 29, 18, 0, tzinfo=UTC) + timedelta(seconds=100)
    half = plan_wave(1, START, START + timedelta(days=7), 1000, Pace(limit=300, share=0.25))
    assert half.windows == 14  # 75 per window


def test_a_wave_that_cannot_finish_says_how_many_it_reaches():
    pace = Pace(limit=300, share=0.5)
    plan = plan_wave(1, START, START + timedelta(hours=8), 1000, pace)
    # Windows 00-03 (from 01:00), 03-06, 06-09 (until 09:00, the deadline): 3 x 150.
    assert not plan.in_time and plan.reached_by_deadline == 450
    text = render_plan(
        [plan], audience={"audience": 1000, "reachable": 1000}, pace=pace, closes_at=START
    )
    assert "CANNOT reach everyone" in text and "450 of 1000" in text
    assert OTHER_WAYS in text and "Administration → Announcements" in text


def test_a_campaign_already_sending_this_window_has_less_of_it():
    pace = Pace(limit=300, share=0.5)
    fresh = plan_wave(1, START, START + timedelta(days=1), 150, pace)
    used = plan_wave(1, START, START + timedelta(days=1), 150, pace, used_in_first_window=100)
    assert fresh.windows == 1 and used.windows == 2


def test_waves_default_to_start_30_7_2_days_fewer_when_the_close_is_near():
    closes = START + timedelta(days=30)
    assert default_waves(START, closes) == [
        START,
        closes - timedelta(days=7),
        closes - timedelta(days=2),
    ]  # 30 days before the close is the start itself
    near = START + timedelta(days=5)
    assert default_waves(START, near) == [START, near - timedelta(days=2)]
    assert default_waves(START, START + timedelta(hours=20)) == [START]
    assert choose_waves(START, closes, ["start", "14", "2027-02-20"]) == [
        START,
        closes - timedelta(days=14),
        datetime(2027, 2, 20, tzinfo=UTC),
    ]


def test_each_wave_is_due_before_the_next():
    closes = START + timedelta(days=30)
    waves = default_waves(START, closes)
    plans = plan_campaign(waves, closes, 500, Pace())
    assert [p.deadline for p in plans] == [*waves[1:], closes]
    assert all(p.in_time for p in plans)


def test_who_is_skipped():
    base = {"id": "1", "acct": "ann", "note": "<p>Hi</p>", "bot": False}
    assert classify(base)["skip"] is None
    assert classify({**base, "bot": True})["skip"] == "bot"
    assert classify({**base, "suspended": True})["skip"] == "suspended"
    assert classify(base, {"disabled": True, "suspended": False})["skip"] == "disabled"
    assert (
        classify({**base, "note": "<p>Please, <a href='x'>#<span>NoBot</span></a></p>"})["skip"]
        == "nobot"
    )
    assert classify({**base, "moved": {"id": "9"}})["moved"] is True
    assert not has_nobot("<p>#nobody knows</p>")


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "c.sqlite3", FakeClock(START))
    yield s
    s.close()


def _item(key: str, acct: str) -> OutboxItem:
    return OutboxItem(
        idempotency_key=key,
        text="closing",
        visibility="direct",
        recipient=acct,
        priority=Priority.NUDGE,
        kind="campaign",
    )


def test_storage_orders_recipients_and_never_queues_one_twice(store):
    cid = store.create_campaign(
        closes_at=START + timedelta(days=30), waves=[START], reach=["local"], share=0.5, now=START
    )
    with pytest.raises(ValueError):
        store.create_campaign(closes_at=START, waves=[START], reach=[], share=0.5, now=START)
    store.add_audience(
        cid,
        [
            {"acct": "old", "source": "local", "last_active_at": "2026-01-01"},
            {"acct": "recent", "source": "local", "last_active_at": "2027-01-20"},
            {"acct": "never", "source": "local"},
            {"acct": "walker", "source": "talked", "last_active_at": "2025-01-01"},
            {"acct": "quiet", "source": "local", "skip": "nobot"},
        ],
        START,
    )
    store.db["members"].insert(
        {"acct": "walker", "step": "alias", "paused": 0, "nobot": 0, "last_message_at": "2025"}
    )
    due = [r["acct"] for r in store.due_recipients(cid, 1, 10)]
    assert due == ["walker", "recent", "old", "never"]
    queued = store.queue_campaign_dms(cid, 1, [(a, _item(f"c{cid}:1:{a}", a)) for a in due], START)
    again = store.queue_campaign_dms(cid, 1, [("old", _item(f"c{cid}:1:old", "old"))], START)
    assert (queued, again) == (4, 0)
    assert store.due_recipients(cid, 1, 10) == []
    assert [r["acct"] for r in store.due_recipients(cid, 2, 1)] == ["walker"]
    counts = store.campaign_counts(cid)
    assert counts["not_reached_yet"] == 4 and counts["cannot_be_reached"] == 1
    assert store.campaign_outbox(cid, START) == {"sent": 0, "waiting": 4}
    row = store.outbox_rows(idempotency_key=f"c{cid}:1:recent")[0]
    store.mark_sent(row["id"], "111")
    assert store.campaign_counts(cid)["reached"] == 1
    store.mark_moved(cid, "recent", START)
    counts = store.campaign_counts(cid)
    assert counts["moved"] == 1 and counts["reached"] == 1
    assert "recent" not in [r["acct"] for r in store.due_recipients(cid, 2, 10)]
    assert store.end_campaign(cid, state="stopped", reason="admin", now=START)
    assert store.campaign_outbox(cid, START)["waiting"] == 0  # unsent DMs cancelled
    assert store.active_campaign() is None


@pytest.mark.parametrize("meanwhile", ["paused", "nobot", "moved_at"])
def test_a_member_who_says_stop_while_a_wave_is_composed_is_not_queued(store, meanwhile):
    """The worker reads a window's recipients, composes their DMs (in their languages), then
    queues them: separate trips to the database. A member whose "stop" (or #nobot, or move)
    was handled in between was queued all the same, after the stop had cancelled what was
    already waiting for them."""
    cid = store.create_campaign(
        closes_at=START + timedelta(days=30), waves=[START], reach=["local"], share=0.5, now=START
    )
    store.add_audience(cid, [{"acct": a, "source": "local"} for a in ("ann", "bo")], START)
    store.db["members"].insert({"acct": "ann", "step": "idle", "paused": 0, "nobot": 0})
    due = [r["acct"] for r in store.due_recipients(cid, 1, 10)]
    assert due == ["ann", "bo"]
    store.db["members"].update("ann", {meanwhile: 1 if meanwhile != "moved_at" else "2027"})
    queued = store.queue_campaign_dms(cid, 1, [(a, _item(f"c{cid}:1:{a}", a)) for a in due], START)
    assert queued == 1
    assert [r["recipient"] for r in store.outbox_rows()] == ["bo"]


@pytest.mark.parametrize("closing", [False, True])
async def test_while_closing_the_walkthrough_puts_the_move_before_the_optional_profile(
    tmp_path, closing
):
    from test_reminders import World

    world = World(tmp_path / "w.sqlite3")
    world.walk.closes_at = START + timedelta(days=30) if closing else None
    for text in ["move", "1", "alice@new.example"]:
        await world.say(text)
    step = world.store.member("alice")["step"]
    first = world.store.outbox_rows()[0]["text"]
    world.db.close()
    assert step == ("export" if closing else "profile")
    assert ("2027-02-28" in first) is closing  # the close date, said at the first contact


@pytest.mark.parametrize("locale", ["en", "de", "fr", "es", "ja"])
def test_a_campaign_dm_is_whole_in_one_status_for_long_handles_and_server_names(locale):
    """A wave's DM is one status (compose_dm keeps the first of fit()'s statuses): the
    German DM to a 30-character username on a 23-character server came to 504 characters,
    and its last line, "Antworte mit stopp, dann schreibe ich nicht mehr", was cut off
    without a word: the member never read how to stop the waves. Every locale's DM fits
    whole with a 30-character username and a 45-character server name."""
    from bot.replying import fit

    campaign = {"id": 1, "closes_at": "2027-02-28T00:00:00+00:00"}
    server = "the-long-named-community.mastodon.example.org"
    assert len(server) == 45
    acct = "a" * 30
    row = {"acct": acct, "member_locale": locale, "locale": locale}
    item = compose_dm(campaign, 1, row, server=server, default_locale="en")
    body = replies.render("campaign/message.j2", locale, server=server, close_date="2027-02-28")
    assert fit(body, f"@{acct}", 500) == [item.text], item.text
    stop = {"en": "stop", "de": "stopp", "fr": "stop", "es": "parar", "ja": "停止"}[locale]
    assert stop in item.text.splitlines()[-1], item.text
    # The alias, without which "Move followers" fails ("is not an alias of this account"),
    # made on the new account first, in Mastodon's words (research/mastodon-ui-strings.md:
    # the link to /settings/aliases, migrations.incoming_migrations_html, and the move
    # page's title and button, settings.migrate and migrations.proceed_with_move).
    alias, page, button = ALIAS_WORDS[locale]
    text = " ".join(item.text.split())
    assert alias in text and page in text and button in text, text
    assert text.index(alias) < text.index(page) < text.index(button), text


@pytest.mark.parametrize("length", [60, 253])
@pytest.mark.parametrize("locale", ["en", "de", "fr", "es", "ja"])
def test_a_campaign_dm_is_whole_with_a_server_name_of_any_length(locale, length):
    """A 60-character server name (domains run to 253) made the DM two statuses, and
    compose_dm keeps the first: its last line, "reply move … or stop and I won't write
    again", was dropped in four locales. Then the DM says "this server", which the member
    reading a DM from their own server's bot knows, and stays whole."""
    from bot.replying import fit

    campaign = {"id": 1, "closes_at": "2027-02-28T00:00:00+00:00"}
    label = "a-long-named-community-server-that-closes-in-february-2027"
    server = ".".join([label] * 5)[: length - 8].strip(".-") + ".example"
    server = server.rjust(length, "x")
    assert len(server) == length
    acct = "a" * 30
    row = {"acct": acct, "member_locale": locale, "locale": locale}
    item = compose_dm(campaign, 1, row, server=server, default_locale="en")
    assert len(fit(item.text, "", 500)) == 1, item.text
    stop = {"en": "stop", "de": "stopp", "fr": "stop", "es": "parar", "ja": "停止"}[locale]
    assert stop in item.text.splitlines()[-1], item.text
    assert "2027-02-28" in item.text.splitlines()[0], item.text
    alias, page, button = ALIAS_WORDS[locale]
    text = " ".join(item.text.split())
    assert alias in text and page in text and button in text, item.text


ALIAS_WORDS = {
    "en": ("create an account alias", "Account migration", "Move followers"),
    "de": ("Konto-Alias erstellen", "Kontoumzug", "Follower übertragen"),
    "fr": ("alias de compte", "Migration de compte", "Migrer les abonné·e·s"),
    "es": ("alias de la cuenta", "Migración de cuenta", "Migrar seguidores"),
    "ja": ("アカウントエイリアスを作成", "アカウントの引っ越し", "フォロワーを引き継ぐ"),
}


def test_whether_an_account_was_reached_is_looked_up_not_scanned(tmp_path) -> None:
    """campaigns._REACHED is asked once for each account of the audience in every count,
    snapshot and check: the sends must be found by campaign and account, not by scanning all
    the campaign's sends for each (5,000 members: 4.5 s a count; 9 ms looked up)."""
    db = sqlite_utils.Database(tmp_path / "plan.sqlite3")
    migrations.migrate(db)
    query = f"SELECT COUNT(*) FROM campaign_audience a WHERE a.campaign_id = 1 AND {_REACHED}"
    plan = [row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {query}").fetchall()]
    sends = [step for step in plan if step.startswith("SEARCH s ")]
    assert sends and all("acct=?" in step for step in sends), plan
