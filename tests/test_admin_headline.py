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


def test_the_words_python_fills_in_come_from_the_template_and_read_as_before():
    """replies/templates/admin/words.j2 holds them; these are the words the admin reads."""
    from bot.campaign_page import chart
    from bot.web.admin_page import ago
    from bot.web.words import say

    assert [ago(NOW - timedelta(seconds=s), NOW) for s in (10, 300, 3 * 3600, 3 * 86400)] == [
        "just now",
        "5 min ago",
        "3 h ago",
        "3 days ago",
    ]
    assert ago(NOW + timedelta(minutes=20), NOW) == "in 20 min"
    assert ago(NOW + timedelta(seconds=5), NOW) == "now" and ago(None, NOW) == "never"
    assert say("storage_waiting", 1, "01 May 12:00 UTC") == (
        "The database refuses writes: 1 message waiting since 01 May 12:00 UTC, kept and "
        "retried every 30 seconds"
    )
    assert say("storage_waiting", 2, "01 May 12:00 UTC").startswith(
        "The database refuses writes: 2 messages waiting"
    )
    assert say("storage_waiting_fix").startswith("free space on the disk holding DATABASE_PATH")
    assert [say("counter", n) for n in ("received", "sent", "reminders", "errors")] == [
        "Mentions received",
        "Replies sent",
        "Reminders sent",
        "Errors",
    ]
    assert [say("wave_state", s) for s in ("under_way", "done", "to_come")] == [
        "under way",
        "done",
        "to come",
    ]
    assert say("wrong_token") == "That is not the admin token."
    start = datetime(2026, 5, 1, 0, tzinfo=UTC)
    hours = hours_with_budget([{"hour": start, "received": 2, "sent": 30}], limit=300)
    svg = str(activity_svg(hours))
    assert "<title>00:00 UTC: 2 mentions received, 30 replies sent, 10% of the budget" in svg
    assert ">Mentions received, replies sent and budget used, per hour, last 24 hours<" in svg
    counts = {"reached": 3, "walking_through": 1, "audience": 4}
    drawn = str(chart([], counts, start, start + timedelta(days=1)))
    assert 'aria-label="Campaign counts over time, out of 4 accounts"' in drawn
    assert ">walking through 1</text>" in drawn and ">not reached yet 0</text>" in drawn


def test_the_outboxs_error_details_come_from_the_template_and_read_as_before():
    """What /admin's list of errors says of a status the outbox gave up (words.j2): the
    words the admin read before they moved out of bot/outbox.py, a day said as a day."""
    from bot.outbox import GIVE_UP_AFTER
    from bot.web.words import say

    hours = round(GIVE_UP_AFTER.total_seconds() / 3600)
    assert say("given_up", "expired", "reply", 1, True, "post: HTTP 503", hours) == (
        "a reply (1 status) failed for over a day (timeouts or server errors); the member"
        " was told: post: HTTP 503"
    )
    assert say("given_up", "refused", "reply", 2, True, "422: Validation failed", 24) == (
        "a reply (2 statuses) was refused by the server; the member was told: 422:"
        " Validation failed"
    )
    assert say("given_up", "too_long", "campaign", 1, False, "422: too long", 24) == (
        "a campaign (1 status) was refused as too long even when re-split: 422: too long"
    )
    assert say("given_up", "too_long", "undeliverable", 1, False, "422: x", 24) == (
        "even the short notice that an answer could not be delivered refused as too long"
        " even when re-split: 422: x"
    )
    assert [say("give_up_after", h) for h in (24, 48, 36)] == ["a day", "2 days", "36 hours"]
    assert say("outbox_failed", True, "IntegrityError", "recording") == (
        "a status was given up: storage refused it (IntegrityError recording how its post"
        " went), the same way every time"
    )
    assert say("outbox_failed", False, "ValueError", "sending") == (
        "a status was given up: the bot failed on it (ValueError sending it)"
    )
    assert say("outbox_unrecorded", "IntegrityError") == (
        "a status went out, but storage refused to record it as sent (IntegrityError): left"
        " as being sent, not sent again"
    )
    assert say("outbox_after_post", "RuntimeError") == (
        "a status went out and is recorded as sent, but the bot failed on what follows a"
        " post (RuntimeError)"
    )
    assert say("may_be_out", "403: refused", True) == (
        "give the bot's token read:statuses, so that it can look whether an earlier try went"
        " out (python -m bot register): may be out already, and cannot look: 403: refused"
    )
    assert say("may_be_out", "HTTP 500", False) == ("may be out already, and cannot look: HTTP 500")


def test_the_admin_page_modules_keep_no_words_of_their_own():
    """Words in templates: no phrase (three words or more) in a string of the modules that
    fill the admin page in (the outbox writes its list of errors), docstrings and SVG
    markup aside."""
    import ast
    import re
    from pathlib import Path

    root = Path(__file__).parent.parent
    phrases = []
    modules = ("bot/web/admin_page.py", "bot/web/chart.py", "bot/campaign_page.py", "bot/outbox.py")
    for name in modules:
        tree = ast.parse((root / name).read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        phrases += [
            f"{name}:{node.lineno} {node.value!r}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
            and re.search(r"(?<![-\w])[A-Za-z]+ [a-z]+ [a-z]+(?![\w=-])", node.value)
        ]
    assert phrases == []
