"""/admin in a real headless browser (Debian's chromium), driven over the DevTools protocol.

The browser signs in through the page's own form (no JavaScript in the page; the test
only types and clicks), reads the figures seeded into the database, checks that nothing
overflows a phone's width, and takes screenshots at phone and desktop widths.
Set MOVEHELPER_DOCS_SCREENSHOTS=1 to write them to docs/admin.png and docs/admin-phone.png.

Skipped, with the reason, only when chromium is not installed (.ci/run installs it).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import os
import shutil
import tempfile
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from harness import FAST

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
        for _ in range(300):
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
                notification_id=str(n + 1),
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


@pytest.fixture
async def seeded_bot(tmp_path) -> AsyncIterator[Sandbox]:
    seed(tmp_path / "bot.sqlite3")
    box = Sandbox(
        tmp_path, tuning=FAST, heartbeat_interval=0.2, config_overrides={"admin_token": ADMIN_TOKEN}
    )
    await box.start()
    await box.wait_connected()
    yield box
    await box.stop()


async def test_admin_page_in_a_headless_browser(seeded_bot, browser, tmp_path):
    url = f"{seeded_bot.url}/admin"
    await browser.viewport(390, 844, mobile=True)
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
    text = await browser.evaluate("document.body.innerText")

    # The seeded figures.
    chart = await browser.evaluate(
        "[...document.querySelectorAll('#members table tr')].map(r => r.innerText.trim())"
    )
    rows = {line.split("\t")[0]: line.split("\t")[-1] for line in chart}
    assert rows["Profile"] == "4" and rows["Archive"] == "5" and rows["Finished"] == "6"
    assert rows["Move followers"] == "1" and rows["Choosing a direction"] == "1"
    assert "24 in total · 6 finished · 0 paused" in text
    assert await browser.evaluate("document.querySelector('#queue-depth').innerText") == "3"
    assert "Reminders due in the next 48 h (12)" in text
    assert "Archive half" in text and "Nudge 1" in text
    assert "post_422" in text and "Text character limit of 500 exceeded" in text
    assert "Receiving notifications" in text
    assert "Private walkthrough text" not in text and "member1" not in text

    # Readable on a phone: nothing wider than the screen.
    assert await browser.evaluate("document.documentElement.scrollWidth") <= 390
    phone = tmp_path / "admin-phone.png"
    await browser.screenshot(phone)

    await browser.viewport(1280, 900, mobile=False)
    await browser.load(browser.send("Page.reload"))
    assert await browser.evaluate("document.documentElement.scrollWidth") <= 1280
    desktop = tmp_path / "admin.png"
    await browser.screenshot(desktop)

    for shot in (phone, desktop):
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert shot.stat().st_size > 10_000
    if os.environ.get("MOVEHELPER_DOCS_SCREENSHOTS") == "1":
        shutil.copy(desktop, ROOT / "docs" / "admin.png")
        shutil.copy(phone, ROOT / "docs" / "admin-phone.png")
