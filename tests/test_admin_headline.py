"""/admin's headline and budget figures, state by state (the browser tests show two)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.health import Health
from bot.web.admin_page import headline
from bot.web.chart import activity_svg, hours_with_budget
from bot.web.metrics import PostingBudget

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


def health(**fields) -> Health:
    h = Health()
    for key, value in fields.items():
        setattr(h, key, value)
    return h


def test_each_state_has_its_own_headline():
    budget = PostingBudget(limit=300, sent=10, left=290)
    streaming = health(mode="stream", connected=True)
    assert headline(streaming, budget, NOW, True)["text"] == "Receiving notifications"
    polling = health(mode="polling", connected=False, last_poll_at=NOW - timedelta(seconds=5))
    line = headline(polling, budget, NOW, True)
    assert (line["state"], line["tone"]) == ("polling", "warn")
    assert line["text"] == "Receiving notifications by polling"
    paused = PostingBudget(
        limit=300,
        sent=19,
        left=0,
        held_back=281,
        paused_until=NOW + timedelta(minutes=47),
        paused_by="server",
    )
    line = headline(polling, paused, NOW, True)
    assert line["text"] == "Posting paused by the server until 12:47 UTC"
    assert "Receiving by polling" in line["detail"]
    used_up = PostingBudget(limit=300, sent=300, left=0, paused_until=NOW, paused_by="budget")
    assert "the budget is used up" in headline(streaming, used_up, NOW, True)["text"]
    down = health(
        mode="polling",
        connected=False,
        down_since=NOW - timedelta(minutes=5),
        last_poll_at=NOW - timedelta(minutes=3),
    )
    line = headline(down, paused, NOW, True)  # not receiving outranks paused
    assert (line["state"], line["tone"], line["text"]) == (
        "not_receiving",
        "bad",
        "Not receiving notifications",
    )
    assert headline(Health(), None, NOW, False)["state"] == "starting"


def test_the_chart_draws_every_hour_and_the_budget_share_of_its_window():
    start = datetime(2026, 5, 1, 0, tzinfo=UTC)
    rows = [
        {"hour": start + timedelta(hours=n), "received": n % 3, "sent": 30 if n in (1, 2) else 0}
        for n in range(24)
    ]
    hours = hours_with_budget(rows, limit=300)
    # 00-03 is one window: 0, 30 then 60 of 300 used; 03:00 starts a new window.
    assert [h.budget_used for h in hours[:4]] == [0, 10, 20, 0]
    svg = str(activity_svg(hours))
    assert svg.count('<g class="hour"') == 24
    assert 'data-hour="02:00" data-received="2" data-sent="30" data-budget="20"' in svg
