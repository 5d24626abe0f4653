"""/metrics: the Prometheus text format, read back with prometheus_client's own parser."""

from __future__ import annotations

from pathlib import Path

import aiohttp
import pytest
from harness import fast_sandbox, running
from prometheus_client.openmetrics.parser import (
    text_string_to_metric_families as openmetrics_families,
)
from prometheus_client.parser import text_string_to_metric_families

from bot.clock import FakeClock
from bot.web.metrics import describe

ROOT = Path(__file__).resolve().parent.parent


async def scrape(url: str, accept: str | None = None) -> tuple[str, str]:
    headers = {"Accept": accept} if accept else {}
    async with (
        aiohttp.ClientSession() as http,
        http.get(f"{url}/metrics", headers=headers) as response,
    ):
        assert response.status == 200
        return response.headers["Content-Type"], await response.text()


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


async def test_metrics_parse_and_count_what_happened(sandbox):
    sandbox.mention("alice", "do my posts move?")
    await sandbox.wait_reply(sandbox.dm("bob", "move"))
    await sandbox.settle()
    sandbox.home.faults.drop_streams()
    await sandbox.wait_until(lambda: sandbox.bot.health.reconnects >= 1, 5, "no reconnect")
    await sandbox.wait_connected()

    content_type, text = await scrape(sandbox.url)
    assert content_type.startswith("text/plain; version=0.0.4")
    found = samples(text)
    assert found[("movehelper_mentions_received_total", ())] == 2
    by_kind = {
        labels[0][1]: value
        for (name, labels), value in found.items()
        if name == "movehelper_replies_sent_total"
    }
    assert sum(by_kind.values()) >= 2 and by_kind["walkthrough"] >= 1 and by_kind["reply"] >= 1
    assert found[("movehelper_reminders_sent_total", ())] == 0
    assert found[("movehelper_queue_depth", ())] == 0
    assert found[("movehelper_stream_reconnects_total", ())] >= 1
    assert found[("movehelper_errors_total", (("kind", "dispatch"),))] == 0
    assert found[("movehelper_errors_total", (("kind", "post"),))] == 0
    limit = found[("movehelper_budget_limit", ())]
    assert limit == 300
    sent = len(await sandbox.read(sandbox.bot.db.store.outbox_rows, state="sent"))
    assert found[("movehelper_budget_left", ())] <= limit - sent
    assert found[("movehelper_members", (("step", "choose_direction"),))] == 1
    # Steps and reminder kinds nobody is on are there, at zero, so graphs do not break.
    assert found[("movehelper_members", (("step", "finished"),))] == 0
    assert found[("movehelper_members", (("step", "alias"),))] == 0
    assert found[("movehelper_reminders_pending", (("kind", "archive_half"),))] == 0
    assert found[("movehelper_reminders_pending", (("kind", "nudge_1"),))] == 0
    # Two mentions answered: two latencies in the histogram, each well under a minute.
    assert found[("movehelper_reply_latency_seconds_count", ())] == 2
    assert found[("movehelper_reply_latency_seconds_bucket", (("le", "60.0"),))] == 2
    assert found[("movehelper_reply_latency_seconds_bucket", (("le", "+Inf"),))] == 2
    assert 0 < found[("movehelper_reply_latency_seconds_sum", ())] < 120
    event_at = sandbox.bot.health.last_event_at.timestamp()
    assert found[("movehelper_last_event_timestamp_seconds", ())] == pytest.approx(event_at)
    assert found[("movehelper_oldest_queued_seconds", ())] == 0
    (info,) = [labels for name, labels in found if name == "movehelper_build_info"]
    schema = await sandbox.read(lambda: sandbox.bot.db.store.schema_version)
    assert dict(info)["schema"] == str(schema)
    assert dict(info)["python"].startswith("3.")
    for secret in ("alice", "bob", "posts move", sandbox.token):
        assert secret not in text


async def test_oldest_queued_status_age_grows_while_posting_waits(tmp_path):
    # On the injected clock: the age is the clock's, to the second, and nothing sleeps.
    clock = FakeClock()
    box = fast_sandbox(tmp_path, clock=clock)
    async with running(box):
        box.home.faults.rate_limit_for(3600, path="/api/v1/statuses", method="POST")
        box.mention("carol", "do my posts move?")
        health = box.bot.health
        await box.wait_until(lambda: health.counters.get("rate_limited", 0) >= 1, 10, "no 429")
        clock.advance(90)
        _, text = await scrape(box.url)
        waited = samples(text)[("movehelper_oldest_queued_seconds", ())]
        assert 90 <= waited < 91


async def test_metrics_count_errors_by_kind(sandbox):
    sandbox.bot.health.count("errors_post", 3)
    _, text = await scrape(sandbox.url)
    assert samples(text)[("movehelper_errors_total", (("kind", "post"),))] == 3


async def test_metrics_speak_openmetrics_when_asked(sandbox):
    content_type, text = await scrape(
        sandbox.url, accept="application/openmetrics-text; version=1.0.0"
    )
    assert content_type.startswith("application/openmetrics-text")
    names = {family.name for family in openmetrics_families(text)}
    assert "movehelper_mentions_received" in names
    assert text.rstrip().endswith("# EOF")


def test_the_deploy_guide_lists_every_metric():
    guide = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
    for metric in describe():
        name = metric["name"] + ("_total" if metric["type"] == "counter" else "")
        assert f"`{name}`" in guide, name
