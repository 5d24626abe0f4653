"""/admin in a real headless browser (Debian's chromium), driven over the DevTools protocol.

The browser signs in through the page's own form (no JavaScript in the page; the test
only types and clicks), reads the figures seeded into the database, checks that nothing
overflows a phone's width, and takes screenshots at phone and desktop widths.
Set MOVEHELPER_DOCS_SCREENSHOTS=1 to write them to docs/admin.png and docs/admin-phone.png.

Skipped, with the reason, only when chromium is not installed, and never in CI
(CI=true): there a missing chromium fails the run, since .ci/run installs it.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from harness import fast_sandbox

from bot.clock import FakeClock, SystemClock
from bot.sandbox import Sandbox
from storage import Effects, OutboxItem, Store

ROOT = Path(__file__).resolve().parent.parent
ADMIN_TOKEN = "browser-test-admin-token"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--remote-debugging-port=0",
]

if CHROMIUM is None and os.environ.get("CI"):
    raise RuntimeError("CI=true but chromium is not installed: .ci/run must install it")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (apt-get install chromium; .ci/run does)"
)


class Browser:
    """Just enough of the DevTools protocol: navigate, evaluate, emulate, screenshot."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self.ids = itertools.count(1)
        self.events: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        call_id = next(self.ids)
        await self.ws.send_str(json.dumps({"id": call_id, "method": method, "params": params}))
        while True:
            message = await asyncio.wait_for(self.ws.receive_json(), 20)
            if message.get("id") == call_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self.events.put_nowait(message)

    async def wait_event(self, name: str, timeout: float = 20) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            while not self.events.empty():
                if self.events.get_nowait()["method"] == name:
                    return
            message = await asyncio.wait_for(self.ws.receive_json(), deadline - loop.time())
            if message.get("method") == name:
                return

    async def evaluate(self, expression: str) -> Any:
        result = await self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    async def load(self, action: Any) -> None:
        """Run an action that navigates, and wait until the new page has loaded."""
        self.events = asyncio.Queue()
        await action
        await self.wait_event("Page.loadEventFired")

    async def viewport(self, width: int, height: int, *, mobile: bool) -> None:
        await self.send(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=2 if mobile else 1,
            mobile=mobile,
        )

    async def screenshot(self, path: Path) -> None:
        """The whole page, however long, at the current width."""
        metrics = await self.send("Page.getLayoutMetrics")
        size = metrics.get("cssContentSize") or metrics["contentSize"]
        shot = await self.send(
            "Page.captureScreenshot",
            format="png",
            captureBeyondViewport=True,
            clip={"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1},
        )
        path.write_bytes(base64.b64decode(shot["data"]))


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    profile = tempfile.mkdtemp(prefix="movehelper-chromium-")
    process = await asyncio.create_subprocess_exec(
        CHROMIUM,
        *FLAGS,
        f"--user-data-dir={profile}",
        "about:blank",
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        port_file = Path(profile) / "DevToolsActivePort"
        for _ in range(1200):  # a minute at most: chromium starts slowly on a loaded machine
            if port_file.exists() and port_file.read_text().strip():
                break
            await asyncio.sleep(0.05)
        port = port_file.read_text().splitlines()[0]
        async with aiohttp.ClientSession() as http:
            async with http.get(f"http://127.0.0.1:{port}/json/list") as response:
                targets = await response.json()
            page = next(t for t in targets if t["type"] == "page")
            async with http.ws_connect(page["webSocketDebuggerUrl"], max_msg_size=0) as ws:
                tab = Browser(ws)
                await tab.send("Page.enable")
                yield tab
    finally:
        with contextlib.suppress(ProcessLookupError):
            process.terminate()  # chromium closes its renderers on SIGTERM
        try:
            await asyncio.wait_for(process.wait(), 10)
        except TimeoutError:
            process.kill()
            await process.wait()
        shutil.rmtree(profile, ignore_errors=True)


def seed(path: Path) -> None:
    """A bot that has been running a while: members on several steps, reminders, errors."""
    now = SystemClock().now()
    clock = FakeClock(now - timedelta(hours=30))  # events spread over the last day
    store = Store.open(path, clock)

    def ts(**delta: float) -> str:
        return (now + timedelta(**delta)).isoformat(timespec="microseconds")

    steps = ["profile"] * 4 + ["export"] * 3 + ["archive"] * 5 + ["alias"] * 2 + ["move"]
    steps += ["followers"] * 2 + ["finished"] * 6 + ["choose_direction"]
    for n, step in enumerate(steps):
        acct = f"member{n}"
        clock.advance(minutes=70)
        reminders = []
        if step == "archive":
            reminders.append({"acct": acct, "kind": "archive_half", "due_at": ts(hours=3 + n)})
        if step in ("profile", "export"):
            reminders.append({"acct": acct, "kind": "nudge_1", "due_at": ts(hours=20 + n)})
        store.apply(
            Effects(
                notification_id=str(900_000 + n),  # far from the fake's own ids
                member={
                    "acct": acct,
                    "step": step,
                    "direction": "away",
                    "started_at": ts(days=-3),
                    "last_message_at": clock.now().isoformat(),
                    "finished_at": clock.now().isoformat() if step == "finished" else None,
                },
                reminders=reminders,
                outbox=[
                    OutboxItem(
                        idempotency_key=f"seed-{n}",
                        text="Private walkthrough text that must never show",
                        visibility="direct",
                        recipient=acct,
                        kind="walkthrough",
                    )
                ],
            ),
            status_id=str(9000 + n),
        )
        clock.advance(seconds=2)
        for row in store.outbox_rows(state="pending"):
            store.mark_sent(row["id"], f"s{row['id']}")
    later = now + timedelta(days=1)
    store.enqueue(
        *[
            OutboxItem(
                idempotency_key=f"later-{n}",
                text="scheduled",
                visibility="direct",
                recipient=f"member{n}",
                kind="reminder",
                not_before=later,
            )
            for n in range(3)
        ]
    )
    clock.set(now - timedelta(hours=5))
    store.record_error("post_422", "422: Validation failed: Text character limit of 500 exceeded")
    clock.set(now - timedelta(minutes=40))
    store.record_error("dispatch", "KeyError")
    store.close()


async def start_seeded(tmp_path: Path) -> Sandbox:
    """The bot on a database seeded by `seed`, with the admin page on, connected."""
    seed(tmp_path / "bot.sqlite3")
    box = fast_sandbox(tmp_path, config_overrides={"admin_token": ADMIN_TOKEN})
    await box.start()
    await box.wait_connected()
    return box


@pytest.fixture
async def seeded_bot(tmp_path) -> AsyncIterator[Sandbox]:
    box = await start_seeded(tmp_path)
    yield box
    await box.stop()


async def sign_in(browser: Browser, url: str, width: int, height: int) -> None:
    await browser.viewport(width, height, mobile=width < 600)
    await browser.load(browser.send("Page.navigate", url=url))
    assert await browser.evaluate("document.title") == "Move helper admin: sign in"
    assert await browser.evaluate("document.querySelector('#members') === null")
    typed = json.dumps(ADMIN_TOKEN)
    await browser.load(
        browser.evaluate(
            f"document.querySelector('#token').value = {typed};"
            "document.querySelector('form button').click()"
        )
    )
    assert await browser.evaluate("location.pathname") == "/admin"
    assert await browser.evaluate("document.title") == "Move helper admin"


async def shown(browser: Browser) -> dict[str, Any]:
    """What the page shows, read from the rendered document as a person would see it."""
    return await browser.evaluate(
        """(() => {
        const q = s => document.querySelector(s);
        const top = s => q(s) ? q(s).getBoundingClientRect().top + window.scrollY : null;
        const num = s => q(s) ? Number(q(s).innerText) : 0;
        const hours = [...document.querySelectorAll('#activity-chart g.hour')];
        const chart = q('#activity-chart');
        return {
          headline: q('#headline').innerText,
          state: q('#headline').dataset.state,
          colour: getComputedStyle(q('#headline')).color,
          good: getComputedStyle(document.documentElement).getPropertyValue('--good').trim(),
          text: document.body.innerText,
          attentionTop: top('#attention'),
          streamTop: top('#stream'),
          membersTop: top('#members'),
          errorRows: document.querySelectorAll('#attention tr.error').length,
          left: num('#budget-left'), sent: num('#budget-sent'), held: num('#budget-held'),
          limitText: q('#budget-left') ? q('#budget-left').nextElementSibling.innerText : '',
          hours: hours.length,
          received: hours.reduce((n, g) => n + Number(g.dataset.received), 0),
          sentBars: hours.reduce((n, g) => n + Number(g.dataset.sent), 0),
          drawnBars: hours.filter(g => g.querySelector('rect.sent').getAttribute('height') > 0).length,
          budgetLine: q('#activity-chart polyline.budget').getAttribute('points').split(' ').length,
          chartWidth: chart ? chart.getBoundingClientRect().width : 0,
          chartHeight: chart ? chart.getBoundingClientRect().height : 0,
          scrollWidth: document.documentElement.scrollWidth,
        };
        })()"""
    )


def handled_and_sent_in_last_24h(path: Path) -> tuple[int, int]:
    """Counted straight from the database file, independently of the page's code."""
    now = SystemClock().now()
    since = (now.replace(minute=0, second=0, microsecond=0) - timedelta(hours=23)).isoformat()
    db = sqlite3.connect(path)
    try:
        handled = db.execute("SELECT COUNT(*) FROM handled WHERE handled_at >= ?", [since])
        sent = db.execute("SELECT COUNT(*) FROM sends WHERE sent_at >= ?", [since])
        return handled.fetchone()[0], sent.fetchone()[0]
    finally:
        db.close()


@pytest.mark.parametrize("width,height", [(390, 844), (1280, 900)])
async def test_healthy_admin_page_in_a_headless_browser(
    seeded_bot, browser, tmp_path, width, height
):
    await sign_in(browser, f"{seeded_bot.url}/admin", width, height)
    page = await shown(browser)
    text = page["text"]

    # One headline, green, saying what is true: the stream is up.
    assert page["headline"] == "Receiving notifications" and page["state"] == "receiving"
    assert page["colour"] == (
        await browser.evaluate(
            "(() => { const e = document.createElement('span'); e.style.color = 'var(--good)';"
            "document.body.append(e); const c = getComputedStyle(e).color; e.remove(); return c })()"
        )
    )
    # Errors of the last day are near the top, before the details, even on a phone.
    assert page["errorRows"] == 2
    assert page["attentionTop"] < page["streamTop"] and page["attentionTop"] < page["membersTop"]
    assert page["attentionTop"] < 300
    assert "post_422" in text and "Text character limit of 500 exceeded" in text

    # The chart: 24 hours, bars that match the database, a budget line through every hour.
    received, sent = handled_and_sent_in_last_24h(tmp_path / "bot.sqlite3")
    assert page["hours"] == 24 and page["budgetLine"] == 24
    assert received > 10 and page["received"] == received
    assert page["sentBars"] == sent and page["drawnBars"] > 10
    assert page["chartWidth"] <= width and page["chartHeight"] >= 100

    # Budget numbers add up to the limit.
    assert page["limitText"] == "of 300"
    assert page["sent"] + page["held"] + page["left"] == 300

    # The seeded figures, by the walkthrough's own step titles.
    chart = await browser.evaluate(
        "[...document.querySelectorAll('#members table tr')].map(r => r.innerText.trim())"
    )
    rows = {line.split("\t")[0]: line.split("\t")[-1] for line in chart}
    assert rows["Set up the new profile"] == "4" and rows["Request your archive"] == "5"
    assert rows["Done"] == "6" and rows["Move followers from the old account"] == "1"
    assert rows["Which way you are moving"] == "1"
    assert "24 in total · 6 finished · 0 paused" in text
    assert await browser.evaluate("document.querySelector('#queue-depth').innerText") == "3"
    assert "Reminders due in the next 48 h (12)" in text
    assert "Archive half" in text and "Nudge 1" in text
    assert "Private walkthrough text" not in text and "member1" not in text

    # Readable: nothing wider than the screen.
    assert page["scrollWidth"] <= width
    shot = tmp_path / f"admin-{width}.png"
    await browser.screenshot(shot)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    if os.environ.get("MOVEHELPER_DOCS_SCREENSHOTS") == "1":
        name = "admin-phone.png" if width < 600 else "admin.png"
        shutil.copy(shot, ROOT / "docs" / name)


@pytest.fixture
async def degraded_bot(tmp_path) -> AsyncIterator[Sandbox]:
    """The server refuses posts (429 for an hour) and its stream is down: the bot polls."""
    box = await start_seeded(tmp_path)
    box.home.faults.stream_available = False
    box.home.faults.drop_streams()
    box.home.faults.rate_limit_for(3600, path="/api/v1/statuses", method="POST")
    box.dm("alice", "hello, I want to move")
    health = box.bot.health
    await box.wait_until(lambda: health.counters.get("rate_limited", 0) >= 1, 10, "no 429")
    await box.wait_until(lambda: health.mode == "polling", 10, "not polling")
    yield box
    await box.stop()


@pytest.mark.parametrize("width,height", [(390, 844), (1280, 900)])
async def test_degraded_admin_page_in_a_headless_browser(
    degraded_bot, browser, tmp_path, width, height
):
    await sign_in(browser, f"{degraded_bot.url}/admin", width, height)
    page = await shown(browser)
    reset = degraded_bot.bot.health.posting_paused_until
    assert reset is not None
    until = reset.strftime("%H:%M")

    # The headline says posting is paused, by whom and until when; not "Receiving" in green.
    assert page["state"] == "paused"
    assert page["headline"] == f"Posting paused by the server until {until} UTC"
    assert page["colour"] != (
        await browser.evaluate(
            "(() => { const e = document.createElement('span'); e.style.color = 'var(--good)';"
            "document.body.append(e); const c = getComputedStyle(e).color; e.remove(); return c })()"
        )
    )
    assert "Receiving by polling" in page["text"]
    assert "Receiving notifications" not in page["headline"]

    # Nothing may be posted: no budget is shown as left, and the parts still add up.
    assert page["left"] == 0
    assert page["sent"] + page["held"] + page["left"] == 300
    assert f"Posting resumes at {until} UTC" in page["text"]
    async with (
        aiohttp.ClientSession() as http,
        http.get(f"{degraded_bot.url}/healthz") as response,
    ):
        budget = (await response.json())["budget"]
    assert budget["left"] == page["left"] == 0  # /healthz says the same, never below 0
    assert budget["sent_in_window"] + budget["held_back"] + budget["left"] == 300

    assert page["attentionTop"] < page["streamTop"] and page["attentionTop"] < 350
    assert page["scrollWidth"] <= width
    shot = tmp_path / f"admin-degraded-{width}.png"
    await browser.screenshot(shot)
    assert shot.stat().st_size > 10_000
