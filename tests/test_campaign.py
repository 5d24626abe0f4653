"""A server closing in 30 days: 500 local accounts, the whole campaign through the fake.

One run on the injected clock (the fake enforces Mastodon's rate limits) from `campaign
start` to a day past the close; each test checks one promise of that run. Who is what is
decided here, by number, and never read back from the code under test:

    m0000-0019 bots            m0020-0029 suspended       m0030-0039 disabled
    m0040-0059 #nobot          m0060-0079 said stop       m0080-0109 moved before the start
    m0110-0124 mid-walkthrough m0125-0174 follow the bot  m0175-0199 use German
    m0200-0224 move after the first wave                  m0300 replies stop, m0301 move
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
import harness
import pytest
from harness import fast_sandbox, member_row, running, walk_to

import replies
from bot.campaign import SOURCES, Pace, campaign_status, start_campaign
from bot.clock import FakeClock
from bot.mastodon_api import MastodonAPI
from bot.sandbox import BOT_SCOPES, Sandbox
from bot.text import html_to_text
from replies.knowledge import knowledge
from storage import Effects, Priority, Store
from storage.db import timestamp

# 390 reachable: each wave fills two windows' share of the budget (150) and spills into a
# third, and the admin listing takes three pages of 200. 1,000 accounts (session 22) made
# this module's run 66 s of a loaded machine where 500 take 24 s, for no other promise.
N = 500
BOTS, SUSPENDED, DISABLED, NOBOT = range(0, 20), range(20, 30), range(30, 40), range(40, 60)
STOPPED, MOVED_BEFORE, WALKING = range(60, 80), range(80, 110), range(110, 125)
FOLLOWERS, GERMAN, MOVE_LATER = range(125, 175), range(175, 200), range(200, 225)
STOPS_LATER, REPLIES_MOVE = 300, 301
SKIPPED = [*BOTS, *SUSPENDED, *DISABLED, *NOBOT, *STOPPED, *MOVED_BEFORE]
WINDOW = 3 * 3600
ADMIN_TOKEN = "an-admin-token-for-the-campaign"


def name(n: int) -> str:
    return f"m{n:04d}"


@dataclass
class Run:
    start: datetime
    closes: datetime
    waves: list[datetime]
    plan: str
    db: Path
    # (acct, created_at, wave-or-None) of every direct status the bot posted
    dms: list[tuple[str, datetime, str]] = field(default_factory=list)
    pinned_during: list[str] = field(default_factory=list)
    pinned_after: list[str] = field(default_factory=list)
    logs: list[logging.LogRecord] = field(default_factory=list)
    walkthrough_reply: str = ""
    status_during: str = ""
    admin_during: str = ""
    admin_after: str = ""
    counts_before_moves: dict[str, int] = field(default_factory=dict)


class Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


async def quiet(box: Sandbox, clock: FakeClock) -> None:
    """Until the campaign worker sleeps past now and the outbox has nothing it may send.

    Looks every 2 ms, at the database only once the cheap looks pass: at 10 ms a look, the
    waits between looks were most of this module's minute (some 3,600 looks)."""
    bot = box.bot
    store = bot.db.store
    for _ in range(25000):
        await asyncio.sleep(0.002)
        await bot.dispatcher.wait_idle()  # no wait when idle: an Event already set
        runner = bot.campaign
        assert runner is not None
        if not runner.sleeping or runner.next_wake_at is None or runner.next_wake_at <= clock.now():
            continue
        if bot.outbox.sending:
            continue
        allowed = bot.outbox.budget.max_priority()
        ready = await bot.db.run(
            store.next_sendable, max_priority=-1 if allowed is None else allowed
        )
        if ready is None:
            return
    raise AssertionError("the bot never went quiet")


async def drive(box: Sandbox, clock: FakeClock, until: datetime) -> None:
    """Move the clock to each moment the bot waits for, until `until`."""
    bot = box.bot
    store = bot.db.store
    while clock.now() < until:
        await quiet(box, clock)
        assert bot.campaign is not None and bot.campaign.next_wake_at is not None
        moments = [bot.campaign.next_wake_at, until]
        if await bot.db.run(store.queue_depth):
            moments.append(
                datetime.fromtimestamp(bot.outbox.budget.resume_at(), UTC) + timedelta(seconds=1)
            )
            allowed = bot.outbox.budget.max_priority()
            if allowed is not None:  # a retry only counts if its priority may be sent now
                retry = await bot.db.run(store.next_attempt_time, max_priority=allowed)
                if retry is not None and retry > clock.now():
                    moments.append(retry)
        target = max(min(moments), clock.now() + timedelta(seconds=1))
        clock.set(min(target, until))
    await quiet(box, clock)


async def admin_page(box: Sandbox) -> str:
    headers = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"{box.url}/admin", headers=headers) as response,
    ):
        assert response.status == 200
        return await response.text()


async def _simulate(workdir: Path) -> Run:
    now = datetime.now(UTC)
    start = datetime(now.year, now.month, now.day, 1, 5, tzinfo=UTC)  # inside a window
    closes = start + timedelta(days=30)
    clock = FakeClock(start)
    box = fast_sandbox(
        workdir,
        clock=clock,
        rate_limits=True,
        bot_scopes=f"{BOT_SCOPES} admin:read:accounts write:accounts",
        config_overrides={"admin_token": ADMIN_TOKEN},
    )
    home = box.home
    home.set_role(box.helper, "Moderator")
    for n in range(N):
        note = "<p>Please: #nobot</p>" if n in NOBOT else "<p>Hello</p>"
        account = home.create_account(name(n), bot=n in BOTS, note=note)
        if n in SUSPENDED:
            home.set_suspended(account)
        if n in DISABLED:
            home.set_disabled(account)
        if n in GERMAN:
            home.set_locale(account, "de")
        if n in FOLLOWERS:
            home.follow(account, box.helper, notify=False)
        if n in MOVED_BEFORE:
            home.set_moved(account, box.remote.create_account(f"{name(n)}new"))
    far = box.remote.create_account("far")
    home.follow(far, box.helper, notify=False)  # a follower elsewhere: not closing with us
    capture = Capture()
    logging.getLogger("bot.campaign").addHandler(capture)
    await box.start()
    try:
        await box.wait_connected()
        db_path = workdir / "bot.sqlite3"
        stamp = timestamp(start)
        for n in [*STOPPED, *WALKING]:
            member = {
                "acct": name(n),
                "account_id": home.get_account(name(n)).id,
                "step": "alias" if n in WALKING else "idle",
                "direction": "away" if n in WALKING else None,
                "locale": "en",
                "paused": int(n in STOPPED),
                "started_at": stamp,
                "step_entered_at": stamp,
                "last_message_at": stamp,
            }
            await box.bot.db.run(box.bot.db.store.apply, Effects(member=member))
        admin_store = Store.open(db_path, clock)  # the admin's command: its own connection
        api = MastodonAPI(home.base_url, box.token, clock=clock)
        plan = await start_campaign(
            admin_store,
            api,
            closes_at=closes,
            wave_spec=None,
            reach=list(SOURCES),
            pace=Pace(limit=300, share=0.5),
            now=start,
        )
        await api.close()
        campaign = admin_store.campaign()
        admin_store.close()
        assert campaign is not None
        from bot.campaign import waves_of

        waves = waves_of(campaign)
        run = Run(start=start, closes=closes, waves=waves, plan=plan, db=db_path)
        box.bot.campaign.wake()

        # Wave 1; members answer its DM: one says stop, one says move.
        await drive(box, clock, start + timedelta(hours=1))
        run.pinned_during = home.pinned_ids("helper")
        await drive(box, clock, start + timedelta(days=2))
        box.dm(name(STOPS_LATER), "stop")
        moving = box.dm(name(REPLIES_MOVE), "move")
        await box.settle()
        run.walkthrough_reply = " ".join(r["content"] for r in box.replies(moving["id"]))
        store = box.bot.db.store
        run.counts_before_moves = await box.read(store.campaign_counts, campaign["id"])
        run.status_during = await box.read(campaign_status, store, Pace(), clock.now())
        run.admin_during = await admin_page(box)
        for n in MOVE_LATER:
            home.set_moved(name(n), box.remote.create_account(f"{name(n)}new"))
        await drive(box, clock, closes + timedelta(hours=2))
        run.pinned_after = home.pinned_ids("helper")
        run.admin_after = await admin_page(box)
        for status in box.bot_statuses():
            if status.visibility == "direct":
                for mentioned in status.mentions:
                    run.dms.append((mentioned.acct, status.created_at, status.text))
    finally:
        logging.getLogger("bot.campaign").removeHandler(capture)
        await box.stop()
    run.logs = capture.records
    return run


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> Run:
    return asyncio.run(_simulate(tmp_path_factory.mktemp("campaign")))


@pytest.fixture(scope="module")
def store(run):
    s = Store.open(run.db, FakeClock(run.closes))
    yield s
    s.close()


def _campaign_dms(store: Store) -> list[dict]:
    rows = store.db.query(
        """SELECT s.wave, s.acct, o.sent_at, o.state FROM campaign_sends s
           JOIN outbox o ON o.idempotency_key = s.outbox_key"""
    )
    return [dict(r) for r in rows]


def test_every_reachable_account_is_reached_in_each_wave_before_its_deadline(run, store):
    assert len(run.waves) == 3  # at the start, 7 and 2 days before (30 days is the start)
    deadlines = [*run.waves[1:], run.closes]
    sent = [r for r in _campaign_dms(store) if r["state"] == "sent"]
    for wave, (begin, end) in enumerate(zip(run.waves, deadlines, strict=True), start=1):
        expected = {name(n) for n in range(N) if n not in SKIPPED}
        if wave > 1:
            expected -= {name(n) for n in MOVE_LATER} | {name(STOPS_LATER)}
        got = [r for r in sent if r["wave"] == wave]
        assert {r["acct"] for r in got} == expected, f"wave {wave}"
        assert len(got) == len(expected)  # one DM per member per wave
        times = [datetime.fromisoformat(r["sent_at"]) for r in got]
        assert begin <= min(times) and max(times) < end, f"wave {wave}"
    # And they arrived on the server, as DMs to each of them.
    on_server = {acct for acct, _, text in run.dms if "closes on" in text}
    assert {name(n) for n in range(N) if n not in SKIPPED} <= on_server | {name(n) for n in GERMAN}
    german = [text for acct, _, text in run.dms if acct == name(GERMAN[0])]
    assert german and all("schließt am" in text for text in german)
    # The plan printed at the start said each wave reaches everyone, and when.
    assert "Wave 1:" in run.plan and "CANNOT" not in run.plan
    assert "everyone reached by" in run.plan


def test_never_more_than_its_share_of_a_budget_window(run, store):
    per_window: dict[int, int] = {}
    for row in _campaign_dms(store):
        if row["state"] == "sent":
            window = int(datetime.fromisoformat(row["sent_at"]).timestamp() // WINDOW)
            per_window[window] = per_window.get(window, 0) + 1
    assert max(per_window.values()) == 150  # half of 300, used to the full
    # Each wave outgrows one window's share: the rest is held back for the next window.
    assert list(per_window.values()).count(150) >= 3
    campaign_rows = store.outbox_rows(kind="campaign")
    assert {r["priority"] for r in campaign_rows} == {Priority.NUDGE}


def test_every_account_it_must_skip_is_skipped(run, store):
    written = {acct for acct, _, _ in run.dms}
    for n in SKIPPED:
        assert name(n) not in written, name(n)
    assert "far@new.example" not in written and "far" not in written
    counts = store.campaign_counts(store.campaign()["id"])
    # Suspended accounts are not even listed (the admin API's status=active leaves them out).
    assert counts["audience"] == N - len(SUSPENDED)
    assert counts["excluded"] == len(BOTS) + len(DISABLED)
    assert counts["cannot_be_reached"] == len(NOBOT) + len(STOPPED) + 1  # + who said stop later


def test_a_member_who_moved_is_no_longer_messaged_and_counts_as_moved(run, store):
    dms = {}
    for row in _campaign_dms(store):
        if row["state"] == "sent":
            dms.setdefault(row["acct"], []).append(row["wave"])
    for n in MOVE_LATER:
        assert dms[name(n)] == [1], name(n)
    assert run.counts_before_moves["moved"] == len(MOVED_BEFORE)
    counts = store.campaign_counts(store.campaign()["id"])
    assert counts["moved"] == len(MOVED_BEFORE) + len(MOVE_LATER)
    assert counts["not_reached_yet"] == 0
    assert counts["reached"] == N - len(SKIPPED) + 0  # everyone reachable was reached once


def test_it_stops_at_the_close_says_so_and_unpins(run, store):
    campaign = store.campaign()
    assert campaign["state"] == "closed" and campaign["end_reason"] == "the close date passed"
    assert datetime.fromisoformat(campaign["ended_at"]) - run.closes < timedelta(minutes=1)
    assert all(when < run.closes for _, when, text in run.dms if "closes on" in text)
    closed = [r for r in run.logs if "campaign.closed" in r.getMessage()]
    assert len(closed) == 1 and closed[0].levelno == logging.WARNING
    assert len(run.pinned_during) == 1 and run.pinned_after == []


def test_a_reply_enters_the_walkthrough_which_knows_the_close_date(run):
    reply = run.walkthrough_reply
    assert run.closes.strftime("%Y-%m-%d") in reply
    assert "request your archive first" in reply


def test_status_and_admin_page_show_counts_a_chart_and_the_stop(run):
    reachable = N - len(SKIPPED)  # two days in: wave 1 has reached everyone, 2 and 3 to come
    assert f"Wave 1: everyone reachable reached, {reachable} DMs sent." in run.status_during
    assert "Wave 2: starts" in run.status_during and "Wave 3: starts" in run.status_during
    assert f"moved {len(MOVED_BEFORE)}" in run.status_during
    during = run.admin_during
    assert "Closing campaign" in during and "<svg" in during and "<polyline" in during
    assert "pinned" in during and "days left" in during
    assert re.search(r"m\d{4}", during) is None  # counts only, never a handle
    assert "stopped by itself at the close date" in run.admin_after


def small_campaign(tmp_path: Path, accounts: int) -> tuple[Sandbox, FakeClock]:
    """A sandbox on the injected clock at 01:05 today whose bot may list and write to the
    local accounts (a Moderator's token), and `accounts` of them (m0000, m0001, ...). Its
    budget lets a campaign send two DMs per 3-hour window, so most of a wave waits."""
    now = datetime.now(UTC)
    clock = FakeClock(datetime(now.year, now.month, now.day, 1, 5, tzinfo=UTC))
    box = fast_sandbox(
        tmp_path,
        clock=clock,
        bot_scopes=f"{BOT_SCOPES} admin:read:accounts write:accounts",
        config_overrides={"status_budget": 4},
    )
    box.home.set_role(box.helper, "Moderator")
    for n in range(accounts):
        box.home.create_account(name(n))
    return box, clock


async def start_small_campaign(
    box: Sandbox,
    tmp_path: Path,
    clock: FakeClock,
    share: float = 0.5,
    *,
    wake: bool = True,
    reach: str = "local",
    limit: int = 4,
) -> None:
    """`campaign start` now, for a close ten days away, reaching the local accounts (or
    `reach`) at two statuses per window (half of STATUS_BUDGET 4, or of `limit`; in the
    first, the announcement and one DM), then the bot's campaign worker woken."""
    admin = Store.open(tmp_path / "bot.sqlite3", clock)
    api = MastodonAPI(box.home.base_url, box.token, clock=clock)
    try:
        await start_campaign(
            admin,
            api,
            closes_at=clock.now() + timedelta(days=10),
            wave_spec=None,
            reach=[reach],
            pace=Pace(limit=limit, share=share),
            now=clock.now(),
        )
    finally:
        await api.close()
        admin.close()
    if wake:
        box.bot.campaign.wake()


async def test_a_stop_from_the_command_line_cancels_and_unpins_within_a_minute(tmp_path):
    box, clock = small_campaign(tmp_path, accounts=10)
    start = clock.now()
    async with running(box):
        await start_small_campaign(box, tmp_path, clock)
        await drive(box, clock, start + timedelta(minutes=10))
        assert len(box.home.pinned_ids("helper")) == 1
        written = len([s for s in box.bot_statuses() if s.visibility == "direct"])
        assert written == 1  # the window's two, less the pinned announcement
        admin = Store.open(tmp_path / "bot.sqlite3", clock)
        admin.end_campaign(admin.campaign()["id"], state="stopped", reason="admin", now=clock.now())
        admin.close()
        await drive(box, clock, start + timedelta(minutes=12))
        # The minute's look at the database runs beside the worker, which `drive` does not
        # see: give it real time to unpin (the clock stays where it is, past its minute).
        await box.wait_until(lambda: box.home.pinned_ids("helper") == [], 10, "still pinned")
        await drive(box, clock, start + timedelta(hours=7))  # two more windows: nothing
        assert len([s for s in box.bot_statuses() if s.visibility == "direct"]) == written


QUESTIONS = {
    "en": "what does this mean? do I have to do anything?",
    "de": "was bedeutet das? muss ich was tun?",
}


@pytest.mark.parametrize("locale", sorted(QUESTIONS))
async def test_what_does_this_mean_under_a_campaign_dm_is_about_the_closing(tmp_path, locale):
    """Members answered the closing's DM with "what does this mean? do I have to do
    anything?" and got "Sorry, I don't know that one": words no table reads, but under that
    DM they can only ask about it. What to do before a server closes, and the walkthrough
    offered, instead of a dead end, also where the model guessed a subject for them (once
    retrained with round 66 it took them for the overview); the same words out of the blue
    are not taken for the closing (what they get there is the model's guess or "I don't
    know")."""
    box, clock = small_campaign(tmp_path, accounts=1)
    start = clock.now()
    async with running(box):
        await start_small_campaign(box, tmp_path, clock)
        await drive(box, clock, start + timedelta(minutes=10))
        [dm] = [s for s in box.bot_statuses() if s.visibility == "direct"]
        question = box.home.post_status(
            name(0), f"@helper {QUESTIONS[locale]}", visibility="direct", in_reply_to_id=dm.id
        )
        await box.wait_handled(question)
        await drive(box, clock, start + timedelta(hours=4))
        answer = "\n".join(html_to_text(r["content"]) for r in box.replies(question["id"]))
        closing = knowledge(locale).subjects["server_closing"].answer[:40]
        assert closing in answer, answer
        unknown = replies.render("answers/unknown.j2", locale).strip().splitlines()[0]
        assert unknown not in answer, answer
        fresh = box.mention("stranger", QUESTIONS[locale], visibility="direct")
        await box.wait_handled(fresh)
        await drive(box, clock, start + timedelta(hours=7))
        assert closing not in html_to_text(box.replies(fresh["id"])[0]["content"])


@pytest.mark.parametrize("answer", ["ok", "yes"])
async def test_a_campaign_dm_lets_go_of_a_question_left_unanswered(tmp_path, answer):
    """Alice typed "restart" mid-walk and left "Start over? (yes / no)" unanswered. The
    closing server's campaign then wrote to her: her "ok" (or "yes") answered that DM, not
    the old question, yet it cleared her way and her new address. A campaign DM lets go of
    the question asked before, as the bot's reminders and nudges do (d61d33e)."""
    now = datetime.now(UTC)
    clock = FakeClock(datetime(now.year, now.month, now.day, 1, 5, tzinfo=UTC))
    box = fast_sandbox(
        tmp_path, clock=clock, bot_scopes=f"{BOT_SCOPES} admin:read:accounts write:accounts"
    )
    box.home.set_role(box.helper, "Moderator")
    restart_ask = replies.render("walkthrough/commands.j2", "en", command="restart_ask").strip()
    async with running(box):
        await walk_to(box, "export")
        before = dict(await member_row(box))
        assert restart_ask in await harness.say(box, "alice", "restart")
        close_date = (clock.now() + timedelta(days=10)).strftime("%Y-%m-%d")
        await start_small_campaign(box, tmp_path, clock)
        await drive(box, clock, clock.now() + timedelta(minutes=10))
        campaign_dms = [
            s
            for s in box.replies(to="alice")
            if close_date in html_to_text(s["content"]) and s["visibility"] == "direct"
        ]
        assert campaign_dms, "the campaign never wrote to alice"
        replied = await harness.say(box, "alice", answer)
        row = await member_row(box)
        assert {k: row[k] for k in ("direction", "new_handle")} == {
            k: before[k] for k in ("direction", "new_handle")
        }, replied


async def test_status_plans_with_the_running_bots_budget_not_the_shells(tmp_path):
    """The bot runs with STATUS_BUDGET 4 (set where it runs); the admin's shell has none
    (300). `campaign status` planned with the shell's: 150 DMs a window, where the bot
    sends 2."""
    from test_admin import run_cli

    box, clock = small_campaign(tmp_path, accounts=3)
    async with running(box):
        await start_small_campaign(box, tmp_path, clock)
        env = {
            "MASTODON_API_BASE_URL": box.home.base_url,
            "MASTODON_ACCESS_TOKEN": box.token,
            "DATABASE_PATH": str(tmp_path / "bot.sqlite3"),
        }
        code, status, err = await run_cli("campaign", "status", env=env)
    assert code == 0, err
    assert "at most 2 campaign DMs per 3-hour window (50% of 4" in status, status


async def test_a_window_holds_the_campaigns_share_with_its_announcement(tmp_path):
    """`campaign start --share 0.25` with STATUS_BUDGET 8: 2 statuses a window for the
    campaign. The running bot used its own default share (half: 4) and left the pinned
    announcement out of it: the first window had 4 DMs and the announcement."""
    box, clock = small_campaign(tmp_path, accounts=6)
    box.config_overrides["status_budget"] = 8
    start = clock.now()
    async with running(box):
        admin = Store.open(tmp_path / "bot.sqlite3", clock)
        api = MastodonAPI(box.home.base_url, box.token, clock=clock)
        try:
            plan = await start_campaign(
                admin,
                api,
                closes_at=clock.now() + timedelta(days=10),
                wave_spec=None,
                reach=["local"],
                pace=Pace(limit=8, share=0.25),
                now=clock.now(),
            )
        finally:
            await api.close()
            admin.close()
        box.bot.campaign.wake()
        await drive(box, clock, start + timedelta(minutes=10))
        statuses = box.bot_statuses()
    assert len([s for s in statuses if s.visibility == "public"]) == 1  # the announcement
    assert len([s for s in statuses if s.visibility == "direct"]) == 1
    # The plan said the same: 1 in the first window (01:05-03:00), then 2 a window.
    assert "everyone reached by" in plan and "(4 windows;" in plan, plan


async def test_a_member_forgotten_mid_wave_is_never_written_to_twice_in_it(tmp_path):
    """Three local accounts, each written to in the first window of wave 1. m0000 then said
    "forget me"; m0001 said "stop", then "forget me". Forgetting deleted m0000's record of
    the wave's DM, and the audience refresh 12 hours later found the account again in the
    admin listing: wave 1 wrote to m0000 a second time. A member forgotten in a wave is not
    written to again in it (the next wave may find them again: they did not say stop); one
    who said stop never is."""
    box, clock = small_campaign(tmp_path, accounts=3)
    box.config_overrides["status_budget"] = 20  # the wave and the replies in one window
    start = clock.now()
    close_date = (start + timedelta(days=10)).strftime("%Y-%m-%d")
    wave_2 = start + timedelta(days=3)  # waves: the start, 7 and 2 days before the close

    def campaign_dms(acct: str) -> list[datetime]:
        return [
            datetime.fromisoformat(s["created_at"].replace("Z", "+00:00"))
            for s in box.replies(to=acct)
            if s["visibility"] == "direct" and close_date in html_to_text(s["content"])
        ]

    async with running(box):
        await start_small_campaign(box, tmp_path, clock)
        await drive(box, clock, start + timedelta(minutes=10))
        assert all(len(campaign_dms(name(n))) == 1 for n in range(3))
        await harness.say(box, name(0), "forget me")
        await harness.say(box, name(1), "stop")
        await harness.say(box, name(1), "forget me")
        await harness.say(box, name(1), "yes")
        audience = await box.read(box.bot.db.store.audience, 1)
        assert [row["acct"] for row in audience] == [name(2)]
        await drive(box, clock, start + timedelta(hours=13))  # the audience refreshed
        await drive(box, clock, wave_2 - timedelta(minutes=1))
        in_wave_1 = {n: len(campaign_dms(name(n))) for n in range(3)}
        await drive(box, clock, wave_2 + timedelta(hours=4))
        in_wave_2 = {n: len(campaign_dms(name(n))) - in_wave_1[n] for n in range(3)}
    assert in_wave_1 == {0: 1, 1: 1, 2: 1}
    assert in_wave_2 == {0: 1, 1: 0, 2: 1}


async def test_without_the_admin_listing_a_member_who_moved_is_counted_and_not_written_again(
    tmp_path, caplog
):
    """A campaign whose token cannot list local accounts (the README's fallback: members
    who talked to the bot) looks at each reached account for `moved` itself. That look's
    query had lost its f-string: it failed at every step ("campaign.trouble ... unrecognized
    token", a WARNING a minute for the campaign's whole length), a member who moved was
    never counted as moved and got the next wave's DM too, and the step ended before the
    hourly snapshot that draws /admin's chart."""
    now = datetime.now(UTC)
    clock = FakeClock(datetime(now.year, now.month, now.day, 1, 5, tzinfo=UTC))
    box = fast_sandbox(
        tmp_path,
        clock=clock,
        bot_scopes=f"{BOT_SCOPES} write:accounts",  # pins; cannot list accounts
        config_overrides={"status_budget": 8},
    )
    start = clock.now()
    async with running(box):
        for n in range(2):
            await harness.say(box, name(n), "move")
        await start_small_campaign(box, tmp_path, clock, reach="talked", limit=8)
        with caplog.at_level(logging.WARNING, logger="bot.campaign"):
            await drive(box, clock, start + timedelta(hours=1))
            box.home.set_moved(name(0), "https://new.example/users/m0000")
            await drive(box, clock, start + timedelta(days=3, hours=2))  # into the second wave
        store = box.bot.db.store
        campaign = await box.read(store.campaign)
        counts = await box.read(store.campaign_counts, campaign["id"])
        assert "campaign.trouble" not in caplog.text, caplog.text
        assert counts["moved"] == 1, counts
        written = [
            s.mentions[0].username
            for s in box.bot_statuses()
            if s.visibility == "direct" and "closes on" in s.text
        ]
        assert written == [name(0), name(1), name(1)], written  # two waves; m0000 moved
        assert await box.read(store.campaign_snapshots, campaign["id"])


async def test_the_campaign_worker_survives_a_fault_it_was_not_written_for(tmp_path, caplog):
    """The campaign's worker caught only the API's errors and SQLite's: anything else (an
    AttributeError in the moved check, a campaign row it cannot read) ended it for good,
    silently, and no wave was written again until a restart. As the other workers do, it
    logs the fault (its kind, never a member), counts it (errors{kind="campaign"}), lists it
    on /admin, and tries again a minute later."""
    box, clock = small_campaign(tmp_path, accounts=2)
    start = clock.now()
    async with running(box):
        # Not woken yet (it looks for a campaign a minute of the clock on): the one step
        # that reads the row runs after the fault is in it.
        await start_small_campaign(box, tmp_path, clock, wake=False)
        closes = (await box.read(box.bot.db.store.campaign))["closes_at"]
        harness.admin_shell(box, "UPDATE campaigns SET closes_at = 'soon'")
        runner = box.bot.campaign
        with caplog.at_level(logging.INFO, logger="bot.campaign"):
            box.bot.campaign.wake()
            await box.wait_until(
                lambda: runner.sleeping and "campaign.failed" in caplog.text,
                10,
                "the worker never slept after the fault",
            )
        assert box.bot.health.counters["errors_campaign"] == 1
        errors = await box.read(box.bot.db.store.recent_errors)
        assert [e["detail"] for e in errors if e["kind"] == "campaign"] == ["ValueError"], errors
        harness.admin_shell(box, f"UPDATE campaigns SET closes_at = '{closes}'")
        await drive(box, clock, start + timedelta(minutes=10))
        assert [s for s in box.bot_statuses() if s.visibility == "direct"], "no DM after it"
