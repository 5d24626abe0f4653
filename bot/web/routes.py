"""Every HTTP route of the process, added in one place: /healthz, /metrics, /admin."""

from __future__ import annotations

from aiohttp import web

from bot.web import admin_page, health, metrics


def add_routes(app: web.Application) -> None:
    health.add_routes(app)
    metrics.add_routes(app)
    admin_page.add_routes(app)
