"""HTTP routes of the process: /healthz now; /metrics and /admin plug in here."""

from __future__ import annotations

from aiohttp import web

from bot.app import BOT_KEY, CLOCK_KEY, HEALTH_KEY


async def healthz(request: web.Request) -> web.Response:
    """JSON for uptime checks; 503 when notifications have not been flowing for over a minute."""
    app = request.app
    now = app[CLOCK_KEY].now()
    body = app[HEALTH_KEY].snapshot(now)
    bot = app.get(BOT_KEY)
    if bot is None:
        body["queue_depth"] = None
        return web.json_response(body, status=503)
    body["queue_depth"] = await bot.db.run(bot.db.store.queue_depth)
    return web.json_response(body, status=200 if body["healthy"] else 503)


def add_routes(app: web.Application) -> None:
    app.router.add_get("/healthz", healthz)
