"""The closing campaign on /admin: counts and a chart over time, server-rendered SVG.

Counts only, never a handle (`python -m bot campaign export` gives the admin the list).
The chart is plain SVG in the page: no script, nothing fetched, within the page's CSP.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from markupsafe import Markup, escape

from bot.campaign import Pace, current_wave, waves_of
from bot.web.words import say

# Series drawn, with their colour (CSS variables of the admin page); their labels are
# words.j2's campaign_series.
SERIES = (
    ("reached", "var(--accent)"),
    ("moved", "var(--good)"),
    ("walking_through", "var(--warn)"),
    ("not_reached_yet", "var(--muted)"),
)
WIDTH, HEIGHT, PAD = 640, 220, 28


async def campaign_figures(bot: Any, now: datetime) -> dict[str, Any] | None:
    """What the campaign section shows, or None when there has never been a campaign."""
    store = bot.db.store
    campaign = await bot.db.run(store.campaign)
    if campaign is None:
        return None
    counts = await bot.db.run(store.campaign_counts, campaign["id"])
    snapshots = await bot.db.run(store.campaign_snapshots, campaign["id"])
    started = datetime.fromisoformat(campaign["started_at"])
    closes = datetime.fromisoformat(campaign["closes_at"])
    used = await bot.db.run(store.campaign_outbox, campaign["id"], Pace().window_start(now))
    wave = current_wave(campaign, now) if campaign["state"] == "active" else None
    return {
        "id": campaign["id"],
        "state": campaign["state"],
        "closes": closes.strftime("%Y-%m-%d %H:%M UTC"),
        "days_left": max(0, (closes - now).days),
        "ended": (campaign["ended_at"] or "")[:16].replace("T", " "),
        "end_reason": campaign["end_reason"],
        "waves": [
            {
                "number": n,
                "at": when.strftime("%Y-%m-%d %H:%M"),
                "state": "under_way" if n == wave else "done" if when < now else "to_come",
            }
            for n, when in enumerate(waves_of(campaign), start=1)
        ],
        "share": round(100 * (campaign["share"] or 0)),
        "sent_this_window": used["sent"],
        "pinned": campaign["pinned"],
        "counts": [(key.replace("_", " "), value) for key, value in counts.items()],
        "chart": chart(snapshots, counts, started, min(now, closes) if snapshots else closes),
    }


def chart(
    snapshots: list[dict[str, Any]], counts: dict[str, int], start: datetime, end: datetime
) -> Markup:
    """Lines of the counts over time, from the campaign's start to now (or the close)."""
    points = [(datetime.fromisoformat(s["at"]), s) for s in snapshots]
    points.append((end, counts))
    span = max(1.0, (end - start).total_seconds())
    top = max([1, *(p.get("audience", 0) for _, p in points)])

    def x(when: datetime) -> float:
        return PAD + (WIDTH - 2 * PAD) * max(0.0, (when - start).total_seconds()) / span

    def y(value: int) -> float:
        return HEIGHT - PAD - (HEIGHT - 2 * PAD) * value / top

    parts = [
        f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" role="img" '
        f'aria-label="{escape(say("campaign_chart", top))}" '
        'xmlns="http://www.w3.org/2000/svg" style="font: 11px system-ui, sans-serif">',
        f'<line x1="{PAD}" y1="{HEIGHT - PAD}" x2="{WIDTH - PAD}" y2="{HEIGHT - PAD}" '
        'style="stroke: var(--line)"/>',
        f'<line x1="{PAD}" y1="{PAD}" x2="{PAD}" y2="{HEIGHT - PAD}" style="stroke: var(--line)"/>',
        f'<text x="{PAD}" y="{PAD - 8}" style="fill: var(--muted)">{top}</text>',
        f'<text x="{PAD}" y="{HEIGHT - 8}" style="fill: var(--muted)">{start:%Y-%m-%d}</text>',
        f'<text x="{WIDTH - PAD}" y="{HEIGHT - 8}" text-anchor="end" '
        f'style="fill: var(--muted)">{end:%Y-%m-%d %H:%M}</text>',
    ]
    for index, (key, colour) in enumerate(SERIES):
        label = escape(say("campaign_series", key))
        line = " ".join(f"{x(when):.1f},{y(int(p.get(key, 0))):.1f}" for when, p in points)
        parts.append(
            f'<polyline points="{line}" fill="none" style="stroke: {colour}; stroke-width: 2"/>'
        )
        lx = PAD + 10 + index * 150
        parts.append(
            f'<rect x="{lx}" y="{PAD - 18}" width="10" height="10" style="fill: {colour}"/>'
            f'<text x="{lx + 14}" y="{PAD - 9}" style="fill: var(--fg)">{label} '
            f"{int(counts.get(key, 0))}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))  # numbers, and words escaped above
