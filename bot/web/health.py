"""GET /healthz: JSON for uptime checks, from the in-memory `Health` (bot/health.py)."""

from __future__ import annotations

from aiohttp import web

from bot.web.metrics import posting_budget
from bot.web.state import BOT_KEY, CLOCK_KEY, HEALTH_KEY


async def healthz(request: web.Request) -> web.Response:
    """503 when notifications have not been flowing for over a minute, or before start."""
    app = request.app
    now = app[CLOCK_KEY].now()
    body = app[HEALTH_KEY].snapshot(now)
    bot = app.get(BOT_KEY)
    if bot is None:
        body["queue_depth"] = None
        return web.json_response(body, status=503)
    body["queue_depth"] = await bot.db.run(bot.db.store.queue_depth)
    # The same figures as /admin and /metrics (never a negative "left").
    budget = await posting_budget(bot)
    body["budget"] = {
        **bot.outbox.budget.snapshot(),
        "limit": budget.limit,
        "sent_in_window": budget.sent,
        "held_back": budget.held_back,
        "left": budget.left,
        "paused_until": budget.paused_until.isoformat() if budget.paused_until else None,
    }
    return web.json_response(body, status=200 if body["healthy"] else 503)


def add_routes(app: web.Application) -> None:
    app.router.add_get("/healthz", healthz)
