"""The admin page's 24-hour chart, drawn on the server as inline SVG (no JavaScript).

Per hour: mentions received and replies sent as two bars, and the share of the posting
budget used in that hour's 3-hour window as a line (Mastodon's windows are epoch-aligned).
Each hour is a <g> with its figures as data attributes and a <title>, so a browser shows
them on hover and tests read what is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from markupsafe import Markup, escape

from bot.web.words import say

WINDOW_SECONDS = 3 * 3600
WIDTH, HEIGHT = 480, 200
LEFT, RIGHT, TOP, BOTTOM = 30, 36, 10, 22


@dataclass(frozen=True)
class Hour:
    start: datetime
    received: int
    sent: int
    budget_used: int  # percent of the budget used in this hour's window, up to its end


def hours_with_budget(rows: list[dict], limit: int) -> list[Hour]:
    """Add the budget line: statuses sent so far in each hour's 3-hour window, in percent."""
    out: list[Hour] = []
    window, used = None, 0
    for row in rows:
        this = int(row["hour"].timestamp()) // WINDOW_SECONDS
        if this != window:
            window, used = this, 0
        used += row["sent"]
        percent = round(100 * used / limit) if limit else 0
        out.append(Hour(row["hour"], row["received"], row["sent"], percent))
    return out


def _nice_top(value: int) -> int:
    for step in (4, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000):
        if value <= step:
            return step
    return value


def activity_svg(hours: list[Hour]) -> Markup:
    """The chart as an <svg> element sized by its container (viewBox, width 100%)."""
    plot_w = WIDTH - LEFT - RIGHT
    plot_h = HEIGHT - TOP - BOTTOM
    top = _nice_top(max([h.received for h in hours] + [h.sent for h in hours] + [1]))
    slot = plot_w / max(1, len(hours))
    bar = max(1.0, slot * 0.36)

    def y(count: float) -> float:
        return TOP + plot_h - plot_h * count / top

    def y_percent(percent: float) -> float:
        return TOP + plot_h - plot_h * min(percent, 100) / 100

    parts = [
        f'<svg id="activity-chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" role="img" '
        'aria-labelledby="activity-title" style="max-height: 300px; display: block">',
        f'<title id="activity-title">{escape(say("activity_title"))}</title>',
    ]
    for fraction in (0, 0.5, 1):
        line_y = y(top * fraction)
        parts.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{line_y:.1f}" y2="{line_y:.1f}" '
            'class="grid"/>'
            f'<text x="{LEFT - 4}" y="{line_y + 4:.1f}" text-anchor="end" class="axis">'
            f"{round(top * fraction)}</text>"
            f'<text x="{WIDTH - RIGHT + 4}" y="{line_y + 4:.1f}" class="axis">'
            f"{round(100 * fraction)}%</text>"
        )
    points = []
    for n, hour in enumerate(hours):
        x = LEFT + n * slot + (slot - 2 * bar) / 2
        label = hour.start.strftime("%H:00")
        title = say("activity_hour", label, hour.received, hour.sent, hour.budget_used)
        parts.append(
            f'<g class="hour" data-hour="{label}" data-received="{hour.received}" '
            f'data-sent="{hour.sent}" data-budget="{hour.budget_used}">'
            f"<title>{escape(title)}</title>"
            f'<rect class="received" x="{x:.1f}" y="{y(hour.received):.1f}" width="{bar:.1f}" '
            f'height="{TOP + plot_h - y(hour.received):.1f}"/>'
            f'<rect class="sent" x="{x + bar:.1f}" y="{y(hour.sent):.1f}" width="{bar:.1f}" '
            f'height="{TOP + plot_h - y(hour.sent):.1f}"/></g>'
        )
        points.append(f"{LEFT + n * slot + slot / 2:.1f},{y_percent(hour.budget_used):.1f}")
        if n % 6 == 3:
            parts.append(
                f'<text x="{LEFT + n * slot:.1f}" y="{HEIGHT - 6}" class="axis">{label}</text>'
            )
    parts.append(f'<polyline class="budget" fill="none" points="{" ".join(points)}"/>')
    parts.append("</svg>")
    return Markup("".join(parts))
