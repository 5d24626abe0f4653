"""GET /admin: one server-rendered page for the admin, off unless ADMIN_TOKEN is set.

What it shows, most urgent first (a phone shows it top to bottom): one headline that
says whether the bot receives and posts (receiving / polling / posting paused by the
server until HH:MM / not receiving), what needs attention (recent errors, alerts), a
24-hour chart drawn as SVG on the server, the queue and the posting budget (three
numbers that add up to the limit), the stream, members per step, reminders due in the
next 48 hours and the last events. Never a handle or a word a member wrote.

Extension point: other parts of the bot add a panel with `add_panel(Panel(...))`: an id,
a title, a template under replies/templates/admin/panels/ and an async `gather(app, now)`
returning the template's figures (None hides the panel). A panel's figures may hold
"alerts": a list of {"text", "fix"} shown in the "Needs attention" box at the top.

Access: `Authorization: Bearer <ADMIN_TOKEN>` (scripts), or the login form, which sets
an HttpOnly, SameSite=Strict cookie holding an HMAC of the token, the time it was issued
and the session generation (never the token itself); it lasts a week, until ADMIN_TOKEN
changes, or until someone signs out: that moves the generation (kept in the database) on
and ends every session. Every failed sign-in, by form or by Bearer token, is logged
(never what was typed) and answered only after the same delay. Works without
JavaScript; the CSS fits a phone.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import jinja2
from aiohttp import web

from bot.campaign_page import campaign_figures
from bot.logs import event
from bot.web.chart import activity_svg, hours_with_budget
from bot.web.metrics import PostingBudget, posting_budget
from bot.web.state import BOT_KEY, CLOCK_KEY, CONFIG_KEY, HEALTH_KEY
from bot.web.steps import step_order, step_title
from bot.web.words import say, templates

log = logging.getLogger(__name__)

COOKIE = "movehelper_admin"
SESSION_DAYS = 7
REMINDER_HORIZON = timedelta(hours=48)
FAILED_LOGIN_DELAY = 0.5  # seconds; slows guessing, costs a real admin nothing

ERRORS_SHOWN_FOR = timedelta(hours=24)  # older errors are listed lower down, not on top

SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def environment() -> jinja2.Environment:
    """HTML templates, autoescaped (unlike the bot's plain-text replies)."""
    return templates(autoescape=True)


# -- panels other parts of the bot add ----------------------------------------------------


@dataclass(frozen=True)
class Panel:
    """One more section of the page (see the module's docstring)."""

    id: str
    title: str
    template: str  # under replies/templates/admin/panels/
    gather: Callable[[web.Application, datetime], Awaitable[dict[str, Any] | None]]
    order: int = 100  # lower comes first; the built-in sections come before all panels


PANELS: list[Panel] = []


def add_panel(panel: Panel) -> None:
    """Add (or replace, by id) a panel; call at import time of the module that owns it."""
    PANELS[:] = sorted([p for p in PANELS if p.id != panel.id] + [panel], key=lambda p: p.order)


# -- access -------------------------------------------------------------------------------


def _sign(token: str, issued: int, generation: int) -> str:
    message = f"admin-session:{issued}:{generation}".encode()
    return hmac.new(token.encode(), message, hashlib.sha256).hexdigest()


def session_cookie(token: str, now: datetime, generation: int = 0) -> str:
    issued = int(now.timestamp())
    return f"{issued}.{generation}.{_sign(token, issued, generation)}"


def _valid_cookie(token: str, value: str | None, now: datetime, generation: int) -> bool:
    """Signed with the token, not older than a week, and of the current session generation
    (signing out moves the generation on, so every earlier cookie stops working)."""
    parts = (value or "").split(".")
    if len(parts) != 3 or not parts[0].isdigit() or not parts[1].isdigit():
        return False
    issued, cookie_generation = int(parts[0]), int(parts[1])
    age = now.timestamp() - issued
    if age < -300 or age > SESSION_DAYS * 86400 or cookie_generation != generation:
        return False
    return hmac.compare_digest(parts[2], _sign(token, issued, generation))


def _token_matches(token: str, given: str | None) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), token.encode())


SESSION_GENERATION = "admin_session_generation"  # in the database's meta table


async def session_generation(app: web.Application) -> int:
    """The current generation of admin sessions, kept in the database so that a sign-out
    outlives a restart (0 while the bot is starting and has no database yet)."""
    bot = app.get(BOT_KEY)
    if bot is None:
        return 0
    value = await bot.db.run(bot.db.store.get_meta, SESSION_GENERATION)
    return int(value) if value and value.isdigit() else 0


async def _end_sessions(app: web.Application) -> None:
    bot = app.get(BOT_KEY)
    if bot is not None:
        current = await session_generation(app)
        await bot.db.run(bot.db.store.set_meta, SESSION_GENERATION, str(current + 1))


async def authorized(request: web.Request) -> bool:
    """Bearer token (scripts) or a valid session cookie (the sign-in form). A wrong Bearer
    token is a failed sign-in like a wrong form entry: same delay, same log line."""
    started = asyncio.get_running_loop().time()
    token = request.app[CONFIG_KEY].admin_token
    if token is None:
        return False
    auth = request.headers.get("Authorization", "")
    if auth[:7].lower() == "bearer ":
        if _token_matches(token, auth[7:].strip()):
            return True
        await _failed_sign_in(request, "bearer", started)
        return False
    now = request.app[CLOCK_KEY].now()
    generation = await session_generation(request.app)
    return _valid_cookie(token, request.cookies.get(COOKIE), now, generation)


async def _failed_sign_in(request: web.Request, via: str, started: float) -> None:
    """Log it (never what was typed) and answer only FAILED_LOGIN_DELAY after the request
    arrived, whichever way it came and however quickly the token was compared."""
    event(log, logging.WARNING, "admin.sign_in_failed", via=via, remote=request.remote or "?")
    elapsed = asyncio.get_running_loop().time() - started
    await asyncio.sleep(max(0.0, FAILED_LOGIN_DELAY - elapsed))


def _is_https(request: web.Request) -> bool:
    return request.secure or request.headers.get("X-Forwarded-Proto", "").lower() == "https"


def _html(body: str, status: int = 200, **headers: str) -> web.Response:
    response = web.Response(text=body, status=status, content_type="text/html", charset="utf-8")
    response.headers.update(SECURITY_HEADERS)
    response.headers.update(headers)
    return response


def _login_page(status: int, message: str | None = None) -> web.Response:
    body = environment().get_template("login.html.j2").render(message=message)
    return _html(body, status, **{"WWW-Authenticate": 'Bearer realm="move-helper admin"'})


# -- handlers -----------------------------------------------------------------------------


async def admin(request: web.Request) -> web.Response:
    if not await authorized(request):
        return _login_page(401)
    figures = await gather(request.app)
    body = environment().get_template("page.html.j2").render(**figures)
    return _html(body)


async def login(request: web.Request) -> web.Response:
    started = asyncio.get_running_loop().time()
    token = request.app[CONFIG_KEY].admin_token
    assert token is not None
    form = await request.post()
    given = form.get("token")
    if not isinstance(given, str) or not _token_matches(token, given.strip()):
        await _failed_sign_in(request, "form", started)
        return _login_page(401, say("wrong_token"))
    response = _see_admin()
    generation = await session_generation(request.app)
    response.set_cookie(
        COOKIE,
        session_cookie(token, request.app[CLOCK_KEY].now(), generation),
        max_age=SESSION_DAYS * 86400,
        path="/admin",
        httponly=True,
        samesite="Strict",
        secure=_is_https(request),
    )
    event(log, logging.INFO, "admin.signed_in", remote=request.remote or "?")
    return response


async def logout(request: web.Request) -> web.Response:
    """Ends every admin session on the server (the generation moves on), not just this
    browser's cookie: a copied cookie stops working too."""
    if await authorized(request):
        await _end_sessions(request.app)
        event(log, logging.INFO, "admin.signed_out", remote=request.remote or "?")
    response = _see_admin()
    response.del_cookie(COOKIE, path="/admin")
    return response


def _see_admin() -> web.Response:
    """303 back to the page (a POST-redirect-GET, so a reload never re-posts the form)."""
    response = web.Response(status=303, headers={"Location": "/admin"})
    response.headers.update(SECURITY_HEADERS)
    return response


def add_routes(app: web.Application) -> None:
    """Only when ADMIN_TOKEN is set: otherwise /admin does not exist (404)."""
    if app[CONFIG_KEY].admin_token is None:
        return
    app.router.add_get("/admin", admin)
    app.router.add_post("/admin/login", login)
    app.router.add_post("/admin/logout", logout)


# -- what the page shows ------------------------------------------------------------------


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def ago(when: datetime | None, now: datetime) -> str:
    """'never', 'just now', '5 min ago', '3 h ago', '2 days ago' (or 'in ...' for the future)."""
    if when is None:
        return say("ago", 0, "never", False)
    seconds = (now - when).total_seconds()
    future = seconds < 0
    seconds = abs(seconds)
    if seconds < 45:
        return say("ago", 0, "now", future)
    if seconds < 3600:
        amount, unit = round(seconds / 60), "min"
    elif seconds < 48 * 3600:
        amount, unit = round(seconds / 3600), "h"
    else:
        amount, unit = round(seconds / 86400), "days"
    return say("ago", amount, unit, future)


def clock_time(when: datetime | None) -> str:
    return when.strftime("%d %b %H:%M UTC") if when else ""


def headline(
    health: Any, budget: PostingBudget | None, now: datetime, started: bool
) -> dict[str, str]:
    """The one line at the top, the most serious condition first: its state and tone, and
    its words (words.j2's headline_text and headline_detail)."""
    line: dict[str, Any]
    if not started:
        line = {"state": "starting", "tone": "warn"}
    elif not health.is_healthy(now):
        since = health.down_since.strftime("%H:%M") if health.down_since else ""
        line = {"state": "not_receiving", "tone": "bad", "since": since}
    elif budget is not None and budget.paused_until is not None:
        line = {
            "state": "paused",
            "tone": "bad",
            "until": budget.paused_until.strftime("%H:%M"),
            "paused_by": budget.paused_by,
            "limit": budget.limit,
            "streaming": health.connected,
        }
    elif health.connected:
        line = {"state": "receiving", "tone": "ok"}
    else:
        line = {"state": "polling", "tone": "warn"}
    return {
        "state": line["state"],
        "tone": line["tone"],
        "text": say("headline_text", line),
        "detail": say("headline_detail", line),
    }


async def gather(app: web.Application) -> dict[str, Any]:
    """Every figure the page shows, read once."""
    now = app[CLOCK_KEY].now()
    health = app[HEALTH_KEY]
    bot = app.get(BOT_KEY)

    def stamp(when: datetime | None) -> dict[str, str]:
        return {"ago": ago(when, now), "at": clock_time(when)}

    stream = {
        "healthy": health.is_healthy(now),
        "mode": health.mode,
        "connected": health.connected,
        "reconnects": health.reconnects,
        "down_since": stamp(health.down_since) if health.down_since else None,
        "last_event": stamp(health.last_event_at),
        "last_poll": stamp(health.last_poll_at) if health.last_poll_at else None,
        "private_mentions": health.private_mentions,
        "read_statuses": health.read_statuses,
    }
    counted = {
        "received": health.counters.get("notifications_received", 0),
        "sent": health.counters.get("replies_sent", 0),
        "reminders": health.counters.get("reminders_sent", 0),
        "errors": sum(v for k, v in health.counters.items() if k.startswith("errors_")),
    }
    counters = {say("counter", name): value for name, value in counted.items()}
    figures: dict[str, Any] = {
        "campaign": None,
        "now": clock_time(now),
        "started": bot is not None,
        "stream": stream,
        "counters": counters,
        "account": None,
        "instance": None,
        "headline": headline(health, None, now, bot is not None),
        "alerts": [],
        "chart": None,
        "panels": [],
    }
    if health.storage_waiting:
        since = min(health.storage_waiting.values())
        waiting = len(health.storage_waiting)
        figures["alerts"].append(
            {
                "text": say("storage_waiting", waiting, clock_time(since)),
                "fix": say("storage_waiting_fix"),
            }
        )
    if bot is None:
        figures.update(
            queue_depth=None,
            budget=None,
            steps=[],
            members={"members": 0, "finished": 0, "paused": 0},
            reminders=[],
            reminders_total=0,
            events=[],
            errors=[],
            older_errors=[],
        )
        return figures

    store = bot.db.store
    figures["campaign"] = await campaign_figures(bot, now)
    figures["account"] = bot.me.get("acct")
    figures["instance"] = bot.instance.get("domain") or bot.instance.get("uri")
    figures["queue_depth"] = await bot.db.run(store.queue_depth)
    budget = await posting_budget(bot)
    figures["headline"] = headline(health, budget, now, True)
    figures["budget"] = {
        "limit": budget.limit,
        "sent": budget.sent,
        "held_back": budget.held_back,
        "left": budget.left,
        "percent_sent": _percent(budget.sent, budget.limit),
        "percent_held_back": _percent(budget.held_back, budget.limit),
        "window_ends": budget.window_ends.strftime("%H:%M"),
        "paused_until": budget.paused_until.strftime("%H:%M") if budget.paused_until else None,
    }
    per_step = await bot.db.run(store.members_per_step)
    figures["members"] = await bot.db.run(store.member_counts)
    order = step_order()
    names = [s for s in order if s in per_step] + sorted(s for s in per_step if s not in order)
    most = max(per_step.values(), default=0)
    figures["steps"] = [
        {
            "id": step,
            "label": step_title(step),
            "count": per_step[step],
            "percent": round(100 * per_step[step] / most) if most else 0,
        }
        for step in names
    ]
    due = await bot.db.run(store.reminders_due_between, now, now + REMINDER_HORIZON)
    figures["reminders_total"] = len(due)
    figures["reminders"] = [
        {"kind": r["kind"].replace("_", " "), **stamp(_parse(r["due_at"]))} for r in due[:10]
    ]
    figures["events"] = [
        {
            "what": e["what"],
            "detail": (e["detail"] or "").replace("_", " "),
            **stamp(_parse(e["at"])),
        }
        for e in await bot.db.run(store.recent_activity, 10)
    ]
    errors = [
        {
            "kind": e["kind"],
            "detail": e["detail"],
            "when": _parse(e["at"]),
            **stamp(_parse(e["at"])),
        }
        for e in await bot.db.run(store.recent_errors, 10)
    ]
    recent = [e for e in errors if e["when"] and now - e["when"] <= ERRORS_SHOWN_FOR]
    figures["errors"] = recent
    figures["older_errors"] = [e for e in errors if e not in recent]

    first_hour = now.replace(minute=0, second=0, microsecond=0) - timedelta(hours=23)
    rows = await bot.db.run(store.activity_per_hour, first_hour.astimezone(UTC), 24)
    figures["chart"] = activity_svg(hours_with_budget(rows, budget.limit))

    for panel in PANELS:
        data = await panel.gather(app, now)
        if data is None:
            continue
        figures["alerts"].extend(data.get("alerts", []))
        figures["panels"].append(
            {
                "id": panel.id,
                "title": panel.title,
                "template": f"panels/{panel.template}",
                "data": data,
            }
        )
    return figures


def _percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0
