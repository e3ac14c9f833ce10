"""The read-only dashboard: totals per activation and metric, a table and a bar chart.

Plain HTML with inline SVG: no JavaScript and nothing fetched from elsewhere, so it works
on the hub's own network and a strict Content-Security-Policy holds. Therapy figures from
1 to 4 are shown as "<5" (and get no bar) so a small tour's sessions cannot be told apart;
the exact figures stay on the admin API.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from html import escape
from typing import Any

from .schema import METRICS, SMALL_THERAPY_FIGURE

METRIC_LABELS = {
    "kits_handed_out": "Kits handed out",
    "workshops_held": "Workshops held",
    "workshop_attendance": "Workshop attendance",
    "workshop_capacity": "Workshop capacity",
    "therapy_offered": "Therapy sessions offered",
    "therapy_booked": "Therapy sessions booked",
    "therapy_held": "Therapy sessions held",
    "therapy_no_show": "Therapy no-shows",
    "cards_printed": "Cards printed",
}
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
_STYLE = """
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0}td,th{padding:.25rem .75rem;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}tr:nth-child(even){background:#f4f4f4}
.err{color:#a00}form.inline{display:inline}header{display:flex;justify-content:space-between}
"""
_BAR_WIDTH = 360
_ROW_HEIGHT = 22
_LABEL_WIDTH = 190


def is_masked(metric: str, value: int) -> bool:
    """A therapy figure small enough to single people out (1 to 4)."""
    return metric.startswith("therapy_") and 0 < value < SMALL_THERAPY_FIGURE


def shown(metric: str, value: int) -> str:
    """The figure as the dashboard shows it."""
    return f"<{SMALL_THERAPY_FIGURE}" if is_masked(metric, value) else f"{value:,}"


def _page(title: str, body: str) -> str:
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        "<meta name=viewport content='width=device-width,initial-scale=1'>"
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body>{body}</body></html>"
    )


def login_page(message: str | None = None) -> str:
    note = f"<p class=err>{escape(message)}</p>" if message else ""
    return _page("Wellness hub: log in", (
        "<h1>Wellness hub</h1>"
        "<p>Paste the admin token (made with <code>wellness-hub admin-token</code>).</p>"
        f"{note}<form method=post action=/login>"
        "<label>Admin token <input type=password name=token required autocomplete=off "
        "autofocus size=48></label> <button type=submit>Log in</button></form>"
    ))


def _chart(metric_values: list[tuple[str, int]]) -> str:
    """Horizontal bars, one per metric, scaled to the largest figure of the activation."""
    top = max((v for m, v in metric_values if not is_masked(m, v)), default=0) or 1
    height = _ROW_HEIGHT * len(metric_values) + 4
    width = _LABEL_WIDTH + _BAR_WIDTH + 90
    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' role=img width={width} height={height} "
        f"viewBox='0 0 {width} {height}' font-size=12 font-family='system-ui,sans-serif'>"
    ]
    for row, (metric, value) in enumerate(metric_values):
        y = row * _ROW_HEIGHT + 2
        label = escape(METRIC_LABELS.get(metric, metric))
        parts.append(f"<text x=0 y={y + 15}>{label}</text>")
        length = 0 if is_masked(metric, value) else round(_BAR_WIDTH * value / top)
        if length:
            parts.append(
                f"<rect x={_LABEL_WIDTH} y={y + 3} width={length} height={_ROW_HEIGHT - 6} "
                "fill='#3b7dd8'/>"
            )
        parts.append(
            f"<text x={_LABEL_WIDTH + length + 6} y={y + 15}>{escape(shown(metric, value))}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def dashboard_page(totals: Iterable[Mapping[str, Any]]) -> str:
    """Totals per activation: a table of every metric and a bar chart of the same."""
    by_activation: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for total in totals:
        by_activation[total["activation"]].append((total["metric"], int(total["value"])))
    order = list(METRICS)
    sections = []
    for name in sorted(by_activation):
        rows = sorted(by_activation[name],
                      key=lambda mv: order.index(mv[0]) if mv[0] in order else len(order))
        table = "".join(
            f"<tr><td>{escape(METRIC_LABELS.get(m, m))}</td><td class=n>{escape(shown(m, v))}"
            "</td></tr>"
            for m, v in rows
        )
        sections.append(
            f"<section><h2>{escape(name)}</h2><table><thead><tr><th>Metric</th>"
            f"<th>Total</th></tr></thead><tbody>{table}</tbody></table>{_chart(rows)}</section>"
        )
    content = "".join(sections) or "<p>No counts have reached the hub yet.</p>"
    return _page("Wellness hub: totals", (
        "<header><h1>Wellness hub: totals</h1><form class=inline method=post action=/logout>"
        "<button type=submit>Log out</button></form></header>"
        "<p>Anonymous counts from every enrolled laptop, per hub activation. Therapy "
        f"figures from 1 to {SMALL_THERAPY_FIGURE - 1} are shown as "
        f"&lt;{SMALL_THERAPY_FIGURE}.</p>{content}"
    ))
