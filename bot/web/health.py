"""GET /healthz: JSON for uptime checks, from the in-memory `Health` (bot/health.py)."""

from __future__ import annotations

from aiohttp import web

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
    body["budget"] = bot.outbox.budget.snapshot()
    return web.json_response(body, status=200 if body["healthy"] else 503)


def add_routes(app: web.Application) -> None:
    app.router.add_get("/healthz", healthz)
