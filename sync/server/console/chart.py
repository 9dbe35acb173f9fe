"""Bar charts drawn on the server as inline SVG: no script, no library, readable on a phone and offline. Colours come
from the console's style sheet (classes), as the pages' security policy allows no inline style."""

from __future__ import annotations

from datetime import date
from html import escape

from markupsafe import Markup

WIDTH, HEIGHT, TOP, BOTTOM = 600, 220, 30, 30  # drawing units (the SVG scales to the page's width)


def bars(title: str, values: list[tuple[date, float]], unit: str = "", css: str = "bar") -> Markup:
    """One bar per day, oldest at the left; each bar's tooltip says the day and the value; the largest value is
    written at the top left, the first and last day under the bars."""
    if not values:
        return Markup("")
    largest = max(value for _, value in values) or 1
    step = WIDTH / len(values)
    room = HEIGHT - TOP - BOTTOM
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f'<text class="axis" x="2" y="22">{escape(_number(largest))} {escape(unit)}</text>',
        f'<line class="base" x1="0" y1="{HEIGHT - BOTTOM}" x2="{WIDTH}" y2="{HEIGHT - BOTTOM}"/>',
    ]
    for index, (day, value) in enumerate(values):
        height = room * value / largest if value else 0
        x, y = index * step + 1, HEIGHT - BOTTOM - height
        parts.append(
            f'<rect class="{css}" x="{x:.1f}" y="{y:.1f}" width="{max(step - 2, 1):.1f}" height="{height:.1f}" '
            f'data-day="{day.isoformat()}" data-value="{value:g}">'
            f"<title>{day.isoformat()}: {escape(_number(value))} {escape(unit)}</title></rect>"
        )
    first, last = values[0][0], values[-1][0]
    parts.append(f'<text class="axis" x="2" y="{HEIGHT - 6}">{first.isoformat()}</text>')
    parts.append(f'<text class="axis" x="{WIDTH - 2}" y="{HEIGHT - 6}" text-anchor="end">{last.isoformat()}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _number(value: float) -> str:
    if value >= 10 or value == int(value):
        return f"{value:,.0f}"
    return f"{value:.1f}" if value >= 1 else f"{value:.2g}"
