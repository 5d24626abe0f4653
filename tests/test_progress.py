"""Around the button, through the fake instances: the pre-flight before "Move followers",
the three progress reports on the injected clock, who stayed behind, the import check,
and "how is my move going?"."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from aiohttp import web
from harness import advance, fast_sandbox, member_row, step_of

from bot.clock import FakeClock
from bot.fake.server import FakeMastodon
from bot.interpret import read
from bot.progress import MAX_PAGES, PAGE_SIZE, Progress, Reader
from bot.sandbox import Sandbox
from bot.text import html_to_text


async def say(box: Sandbox, username: str, text: str) -> str:
    status = box.dm(username, text)
    await box.wait_reply(status)
    await box.settle()
    return "\n".join(html_to_text(r["content"]) for r in box.replies(status["id"]))


async def reach_alias_step(box: Sandbox, locked: bool = False) -> None:
    if box.remote.get_account("alice") is None:
        box.remote.create_account("alice", locked=locked)
    for text in ["move", "1", "alice@new.example", "done", "done", "requested"]:
        await say(box, "alice", text)
    assert await step_of(box) == "alias"


def preflight_of(text: str) -> str:
    assert 'Before "Move followers", what I can see:' in text, text
    return text[text.index('Before "Move followers"') :]


# -- pre-flight --------------------------------------------------------------------------------


async def test_preflight_clean_case_says_clear_to_go_and_records_the_baseline(sandbox):
    sandbox.member("alice")
    for name in ("bob", "carol", "dan"):
        sandbox.member(name)
        sandbox.home.follow(name, "alice")
    sandbox.home.follow("alice", "bob")
    await reach_alias_step(sandbox)
    sandbox.remote.add_alias("alice", sandbox.home.get_account("alice"))
    text = preflight_of(await say(sandbox, "alice", "done"))
    assert "Clear to go" in text
    assert "Moving 3 followers" in text and "The 1 you follow you import" in text
    assert "⚠️" not in text and "approves followers by hand" not in text
    member = await member_row(sandbox)
    assert member["step"] == "move"
    assert (member["baseline_followers"], member["baseline_following"]) == (3, 1)


async def test_preflight_names_a_locked_new_account(sandbox):
    await reach_alias_step(sandbox, locked=True)
    sandbox.remote.add_alias("alice", sandbox.home.get_account("alice"))
    text = preflight_of(await say(sandbox, "alice", "done"))
    assert "approves followers by hand" in text and "unlock it for the move" in text
    assert "Clear to go" not in text and "None of this stops you" in text


async def test_preflight_names_the_new_servers_public_block_of_the_old_one(sandbox):
    sandbox.remote.show_domain_blocks = "all"
    sandbox.remote.block_domain("example.social", "suspend")
    await reach_alias_step(sandbox)
    sandbox.remote.add_alias("alice", sandbox.home.get_account("alice"))
    text = preflight_of(await say(sandbox, "alice", "done"))
    assert "new.example publicly suspends example.social" in text and "Ask its admins" in text
    assert "Clear to go" not in text
    # Never stuck: the member is on the move step and can go on.
    assert await step_of(sandbox) == "move"


async def test_an_obfuscated_limit_is_recognised_by_its_digest(sandbox):
    sandbox.remote.show_domain_blocks = "all"
    sandbox.remote.block_domain("example.social", "silence", obfuscate=True)
    await reach_alias_step(sandbox)
    sandbox.remote.add_alias("alice", sandbox.home.get_account("alice"))
    text = preflight_of(await say(sandbox, "alice", "done"))
    assert "new.example publicly limits example.social" in text


async def test_unpublished_domain_blocks_are_said_not_guessed(sandbox):
    sandbox.remote.block_domain("example.social", "suspend")  # hidden: setting "disabled"
    await reach_alias_step(sandbox)
    sandbox.remote.add_alias("alice", sandbox.home.get_account("alice"))
    text = preflight_of(await say(sandbox, "alice", "done"))
    assert "doesn't publish its domain blocks" in text and "suspended" not in text


async def test_preflight_names_a_missing_alias_when_the_member_skips_ahead(sandbox):
    await reach_alias_step(sandbox)
    text = preflight_of(await say(sandbox, "alice", "skip"))
    assert "No alias yet on the new account" in text and "Clear to go" not in text
    assert await step_of(sandbox) == "move"


# -- the three reports, on the injected clock --------------------------------------------------


class Box:
    """A sandbox on a fake clock, alice with five followers, walked up to the move."""

    def __init__(self, tmp_path) -> None:
        self.clock = FakeClock()
        self.box = fast_sandbox(tmp_path, clock=self.clock)

    async def start(self) -> None:
        box = self.box
        await box.start()
        await box.wait_connected()
        self.followers = ["bob", "carol", "dan", "erin", "frank"]
        box.member("alice")
        for name in self.followers:
            box.member(name)
            box.home.follow(name, "alice")
        await reach_alias_step(box)
        box.remote.add_alias("alice", box.home.get_account("alice"))
        await say(box, "alice", "done")
        box.home.set_moved("alice", box.remote.get_account("alice"))
        await say(box, "alice", "done")
        assert (await member_row(box))["moved_at"]

    async def start_here(self) -> None:
        """dave moves here (example.social) from dave@new.example, which has three followers."""
        box = self.box
        await box.start()
        await box.wait_connected()
        old = box.remote.create_account("dave")
        for name in ("xena", "yuri", "zoe"):
            box.remote.create_account(name)
            box.remote.follow(name, old)
        box.member("dave")
        for text in ["move", "2", "dave@new.example", "done", "done", "requested"]:
            await say(box, "dave", text)
        box.home.add_alias("dave", old)
        text = await say(box, "dave", "done")
        assert "Moving 3 followers" in text
        box.remote.set_moved("dave", box.home.get_account("dave"))
        await say(box, "dave", "done")

    def move_followers(self, *names: str) -> None:
        for name in names:
            self.box.home.follow(name, "alice@new.example")
            self.box.home.unfollow(name, "alice")

    async def reports(self) -> list[dict]:
        """The progress reports queued, read on the database's thread."""
        rows = await self.box.read(self.box.bot.db.store.outbox_rows)
        return [r for r in rows if r["kind"].startswith("progress_")]

    async def advance(self, **delta: float) -> None:
        await advance(self.box, self.clock, **delta)

    async def wait_reminders(self) -> None:
        store = self.box.bot.db.store
        now = self.clock.now()

        def idle() -> bool:
            due = store.next_reminder_time()
            return due is None or due > now

        await self.box.wait_until_read(idle, 10, "reminders did not fire")
        await self.box.settle()


@pytest.fixture
async def moved(tmp_path):
    world = Box(tmp_path)
    await world.start()
    yield world
    await world.box.stop()


@pytest.mark.parametrize("mode", ["api", "actor"])
async def test_three_reports_once_each_at_their_times_with_the_right_numbers(moved, mode):
    if mode == "actor":  # the new server refuses its API without sign-in: the actor answers
        moved.box.remote.api_requires_auth = True
    moved.move_followers("bob", "carol")
    await moved.advance(minutes=59)
    assert (await moved.reports()) == []
    await moved.advance(minutes=1)
    assert [r["kind"] for r in (await moved.reports())] == ["progress_1h"]
    first = (await moved.reports())[0]
    assert "2 of about 5 followers are with alice@new.example" in first["text"]
    assert first["recipient"] == "alice@new.example" and first["visibility"] == "direct"
    assert first["priority"] == 30  # nudge priority in the posting budget
    moved.move_followers("dan", "erin")
    await moved.advance(hours=22, minutes=59)
    assert len(await moved.reports()) == 1
    await moved.advance(minutes=1)
    assert "4 of about 5 followers" in (await moved.reports())[1]["text"]
    await moved.advance(hours=48)
    kinds = [r["kind"] for r in (await moved.reports()) if r["after_key"] is None]
    assert kinds == ["progress_1h", "progress_24h", "progress_72h"]
    last = "\n".join(r["text"] for r in (await moved.reports()) if r["kind"] == "progress_72h")
    assert "4 of about 5 followers" in last and "last report" in last
    assert "Followers still on alice@example.social: 1" in last
    assert "servers still catching up" in last
    # Who stays behind says only what has a source (beyond_fact_sheet.toml): it said
    # "accounts that were already inactive" too (MoveWorker moves every follower, active
    # or not) and "servers that ... limit yours" (no source found).
    assert "inactive" not in last and "limit" not in last, last
    await moved.advance(days=10)
    assert len([r for r in (await moved.reports()) if r["after_key"] is None]) == 3
    assert all(r["state"] == "sent" for r in (await moved.reports()))


async def test_coming_here_reads_the_new_account_here_and_the_old_one_there(tmp_path):
    world = Box(tmp_path)
    await world.start_here()
    try:
        remote = world.box.remote
        remote.follow("xena", "dave@example.social")
        remote.unfollow("xena", "dave")
        await world.advance(hours=1)
        (report,) = await world.reports()
        assert "1 of about 3 followers are with dave@example.social" in report["text"]
        assert report["recipient"] == "dave"
        await world.advance(hours=71)
        last = "\n".join(r["text"] for r in (await world.reports()) if r["kind"] == "progress_72h")
        assert "Followers still on dave@new.example: 2" in last
    finally:
        await world.box.stop()


async def test_a_server_refusing_both_gives_one_honest_could_not_see(moved):
    moved.box.remote.api_requires_auth = True
    moved.box.remote.set_authorized_fetch(True)
    await moved.advance(hours=1)
    (only,) = await moved.reports()
    assert "couldn't see the follower count of alice@new.example" in only["text"]
    assert not any(ch.isdigit() for ch in only["text"].split("alice@new.example")[-1])
    requests_before = len(moved.box.remote.requests)
    await moved.advance(days=5)
    assert len(await moved.reports()) == 1  # no further attempts, no further reports
    assert len(moved.box.remote.requests) == requests_before
    store = moved.box.bot.db.store
    cancelled = await moved.box.read(store.reminders, "alice", state="cancelled")
    assert {r["kind"] for r in cancelled} >= {
        "progress_24h",
        "progress_72h",
    }


async def test_the_reports_outlive_the_end_of_the_walkthrough(moved):
    for text in ["done", "ok", "downloaded"]:
        await say(moved.box, "alice", text)
    assert await step_of(moved.box) == "finished"
    await moved.advance(hours=1)
    assert [r["kind"] for r in (await moved.reports())] == ["progress_1h"]


async def test_stop_ends_the_reports(moved):
    await moved.advance(hours=1)
    assert len(await moved.reports()) == 1
    assert "Paused" in await say(moved.box, "alice", "stop")
    await moved.advance(days=4)
    assert len(await moved.reports()) == 1


async def test_a_restart_in_between_loses_and_duplicates_nothing(moved):
    moved.move_followers("bob")
    await moved.advance(hours=1)
    await moved.box.stop_bot()
    await moved.box.start_bot()
    await moved.box.wait_connected()
    await moved.advance(minutes=1)
    assert len(await moved.reports()) == 1
    # Down while the 24-hour report falls due: it goes once on start.
    await moved.box.stop_bot()
    moved.clock.advance(hours=23, minutes=30)
    await moved.box.start_bot()
    await moved.box.wait_connected()
    await moved.wait_reminders()
    await moved.advance(hours=48)
    await moved.box.stop_bot()
    await moved.box.start_bot()
    await moved.box.wait_connected()
    await moved.advance(days=3)
    firsts = [r["kind"] for r in (await moved.reports()) if r["after_key"] is None]
    assert firsts == ["progress_1h", "progress_24h", "progress_72h"]
    posted = [
        s
        for s in moved.box.bot_statuses()
        if "after your move" in html_to_text(moved.box.home.serialize_status(s)["content"])
    ]
    assert len(posted) == 3


async def test_how_is_my_move_going_answers_with_the_latest_counts(moved):
    moved.move_followers("bob", "carol", "dan")
    answer = await say(moved.box, "alice", "how is my move going?")
    assert "alice@new.example has 3 followers" in answer and "about 5" in answer
    moved.move_followers("erin")
    assert "has 4 followers" in await say(moved.box, "alice", "How's my move going")


async def test_move_progress_questions_get_live_counts_in_a_dm_and_the_general_answer_in_public(
    moved,
):
    moved.move_followers("bob", "carol")
    # Mid-walkthrough (the import step), asked in other words than the command's.
    answer = await say(moved.box, "alice", "did the move work?")
    assert "alice@new.example has 2 followers" in answer and "(Back to step" in answer
    for text in ["done", "ok", "downloaded"]:
        await say(moved.box, "alice", text)
    assert await step_of(moved.box) == "finished"
    moved.move_followers("dan")
    assert "has 3 followers" in await say(moved.box, "alice", "is the migration done?")
    moved.clock.advance(minutes=15)  # not a flood: a while later
    public = moved.box.mention("alice", "is the migration done?")
    (reply,) = await moved.box.wait_reply(public)
    text = html_to_text(reply["content"])
    assert "3 followers" not in text and "Followers at time of move" in text


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "how is my move going?"),
        ("de", "Wie läuft mein Umzug?"),
        ("fr", "Où en est mon déménagement ?"),
        ("es", "¿Cómo va mi mudanza?"),
        ("ja", "引っ越しの進み具合は？"),
    ],
)
@pytest.mark.parametrize("where", ["dm", "import", "download"])
def test_how_is_my_move_going_is_understood_in_every_language(locale, text, where):
    assert read(text, where=where, locale=locale).command == "progress"


async def test_how_is_my_move_going_in_german_through_the_fake_instance(moved):
    moved.move_followers("bob", "carol")
    answer = await say(moved.box, "alice", "Wie läuft mein Umzug?")
    assert "Gerade hat alice@new.example 2 Follower" in answer and "etwa 5" in answer


async def test_before_the_move_progress_says_where_the_member_is(sandbox):
    await reach_alias_step(sandbox)
    answer = await say(sandbox, "alice", "how is my move going?")
    assert "step 5/9" in answer


# -- the import check --------------------------------------------------------------------------


async def test_import_check_names_the_follow_limit(sandbox):
    home, remote = sandbox.home, sandbox.remote
    alice_old = sandbox.member("alice")
    alice_new = remote.create_account("alice")
    for i in range(7600):
        home.follow(alice_old, home.add_remote_account(f"f{i}@far.example"), notify=False)
    for i in range(7500):
        remote.follow(alice_new, remote.add_remote_account(f"f{i}@far.example"), notify=False)
    await reach_alias_step(sandbox)
    remote.add_alias("alice", alice_old)
    await say(sandbox, "alice", "done")
    home.set_moved("alice", alice_new)
    await say(sandbox, "alice", "done")
    answer = await say(sandbox, "alice", "done")  # imports done
    assert "follows 7,500 accounts; the old one followed 7,600" in answer
    assert "The follow limit: 7,500 by default" in answer
    assert "approve you again" in answer and "moved or were deleted" in answer
    assert 'Lists are private: check "Lists" on the new account yourself.' in answer


async def test_import_check_says_complete_when_the_follows_are_there(sandbox):
    home, remote = sandbox.home, sandbox.remote
    alice_old = sandbox.member("alice")
    alice_new = remote.create_account("alice")
    for i in range(20):
        home.follow(alice_old, home.add_remote_account(f"f{i}@far.example"), notify=False)
        remote.follow(alice_new, remote.add_remote_account(f"f{i}@far.example"), notify=False)
    await reach_alias_step(sandbox)
    remote.add_alias("alice", alice_old)
    await say(sandbox, "alice", "done")
    home.set_moved("alice", alice_new)
    await say(sandbox, "alice", "done")
    answer = await say(sandbox, "alice", "done")
    assert "imports look complete" in answer and "follow limit" not in answer


# -- who stayed behind ---------------------------------------------------------------------------


class TinyServer:
    """A server that is not Mastodon: it answers NodeInfo only (slowly, if asked to)."""

    def __init__(self, software: str, version: str, delay: float = 0.0) -> None:
        self.software, self.version, self.delay = software, version, delay
        self.hits: list[str] = []
        self.runner: web.AppRunner | None = None
        self.base_url = ""

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/.well-known/nodeinfo", self.links)
        app.router.add_get("/nodeinfo/2.1", self.document)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.base_url = f"http://127.0.0.1:{self.runner.addresses[0][1]}"

    async def links(self, request: web.Request) -> web.Response:
        self.hits.append(request.path)
        await asyncio.sleep(self.delay)
        rel = "http://nodeinfo.diaspora.software/ns/schema/2.1"
        return web.json_response({"links": [{"rel": rel, "href": f"{self.base_url}/nodeinfo/2.1"}]})

    async def document(self, request: web.Request) -> web.Response:
        self.hits.append(request.path)
        return web.json_response(
            {"version": "2.1", "software": {"name": self.software, "version": self.version}}
        )

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()


@pytest.fixture
async def four_servers():
    clock = FakeClock()
    old = FakeMastodon("old.example", clock=clock)
    new = FakeMastodon("new.example", clock=clock)
    other = TinyServer("writefreely", "0.15.0")
    slow = TinyServer("mastodon", "4.3.2", delay=0.6)
    await old.start()
    await new.start()
    await other.start()
    await slow.start()
    old.register_remote(new)
    urls = {
        "old.example": old.base_url,
        "new.example": new.base_url,
        "blog.example": other.base_url,
        "slow.example": slow.base_url,
    }

    def base_url_for(domain: str) -> str:
        return urls.get(domain, f"http://127.0.0.1:9/{domain}")  # nothing listens: gone

    yield old, new, other, slow, base_url_for
    for server in (slow, other):
        await server.stop()
    await new.stop()
    await old.stop()


def spread(old: FakeMastodon, counts: dict[str, int]) -> None:
    alice = old.get_account("alice") or old.create_account("alice")
    for domain, n in counts.items():
        for i in range(n):
            if domain == "old.example":
                follower = old.create_account(f"local{i}")
            else:
                follower = old.add_remote_account(f"u{i}@{domain}")
            old.follow(follower, alice, notify=False)


async def stayed_behind_seen_from_elsewhere(base_url_for, new_handle: str) -> str:
    """What a bot on a third server says stayed behind on alice@old.example (moving away)."""
    reader = Reader(this_server="elsewhere.example", base_url_for=base_url_for, timeout=2.0)
    progress = Progress(reader, None, this_server="elsewhere.example")
    member = {"acct": "alice@old.example", "direction": "away", "new_handle": new_handle}
    try:
        return await progress.stayed_behind(member, "en")
    finally:
        await reader.close()


@pytest.mark.parametrize("same_server", [False, True])
async def test_stayed_behind_groups_followers_over_four_servers(four_servers, same_server):
    old, new, other, slow, base_url_for = four_servers
    spread(
        old,
        {"gone.example": 90, "blog.example": 70, "old.example": 60, "slow.example": 130},
    )
    if same_server:
        new_handle = "alice.new@old.example"
        old.create_account("alice.new")
    else:
        new_handle = "alice@new.example"
        new.create_account("alice")
    # The member's own (old) account, seen from a bot on a third server.
    text = await stayed_behind_seen_from_elsewhere(base_url_for, new_handle)
    assert "Followers still on alice@old.example: 350" in text
    lines = {line.split(":")[0]: line for line in text.splitlines() if line.startswith("- ")}
    assert "servers that no longer answer" in lines["- 90 on gone.example"]
    assert "software I don't know to process moves" in lines["- 70 on blog.example"]
    # They still follow the old account, which a move disables: they never see new posts
    # there, so they need the new address, not "when they see your posts".
    assert "still follow your old account" in lines["- 70 on blog.example"]
    assert "new address" in lines["- 70 on blog.example"]
    if same_server:
        assert "known Mastodon bug (#19108, #33685)" in lines["- 130 on slow.example"]
        assert "catching up" in lines["- 60 on old.example"]
    else:
        assert "- 190 on slow.example, old.example" in lines
        assert "catching up" in lines["- 190 on slow.example, old.example"]
    # Within the request budget: 350 followers are five pages of 80; each server looked at once.
    pages = [p for m, p in old.requests if p.endswith("/followers")]
    assert len(pages) == -(-350 // PAGE_SIZE) <= MAX_PAGES
    assert len(old.requests) <= 300
    assert other.hits == ["/.well-known/nodeinfo", "/nodeinfo/2.1"]
    assert slow.hits == ["/.well-known/nodeinfo", "/nodeinfo/2.1"]


async def test_a_hidden_follower_list_gets_an_honest_i_cant_see(four_servers):
    old, new, *_, base_url_for = four_servers
    spread(old, {"slow.example": 3})
    old.get_account("alice").hide_collections = True
    new.create_account("alice")
    text = await stayed_behind_seen_from_elsewhere(base_url_for, "alice@new.example")
    assert text.startswith("I can't see who is left") and "3 followers are still on it" in text
    assert not any(p.endswith("/followers") for _, p in old.requests)


def test_report_times():
    from bot.reminders import ReminderPlan

    start = FakeClock().now()
    rows = ReminderPlan().progress_reports("alice", start)
    assert [r["kind"] for r in rows] == ["progress_1h", "progress_24h", "progress_72h"]
    dues = [r["due_at"] for r in rows]
    expected = [start + timedelta(hours=h) for h in (1, 24, 72)]
    assert dues == [e.isoformat(timespec="microseconds") for e in expected]


async def test_paging_stops_at_its_budget_and_says_so(four_servers, monkeypatch):
    import bot.progress

    old, new, *_, base_url_for = four_servers
    spread(old, {"slow.example": 300})
    new.create_account("alice")
    monkeypatch.setattr(bot.progress, "MAX_PAGES", 3)
    text = await stayed_behind_seen_from_elsewhere(base_url_for, "alice@new.example")
    assert "Followers still on alice@old.example: 240 (I looked at the first few thousand)" in text
    assert len([p for _, p in old.requests if p.endswith("/followers")]) == 3
