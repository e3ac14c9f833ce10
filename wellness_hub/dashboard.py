"""The read-only dashboard: totals per activation and metric, a table and a bar chart.

Plain HTML with inline SVG: no JavaScript and nothing fetched from elsewhere, so it works
on the hub's own network and a strict Content-Security-Policy holds.

It is a screen people show others, so it shows the therapy figures suppressed for everyone
who logs in, the admin too (wellness_hub.views, the one suppression function): "<5" for a
figure from 1 to 4, "–" for one hidden so that it cannot be worked out, each with its
footnote and no bar. The exact figures stay on the admin API and `wellness-hub totals`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from html import escape
from typing import Any

from wellness_desk.suppression import Figure, TherapyTable

from .schema import METRICS
from .views import TherapyShown

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
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}h3{font-size:1rem}
table{border-collapse:collapse;margin:.5rem 0}td,th{padding:.25rem .75rem;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}tr:nth-child(even){background:#f4f4f4}
.err{color:#a00}.note{font-size:.85rem;color:#555;margin:.2rem 0}
form.inline{display:inline}header{display:flex;justify-content:space-between}
"""
_BAR_WIDTH = 360
_ROW_HEIGHT = 22
_LABEL_WIDTH = 190


def figure_of(entry: Mapping[str, Any]) -> Figure:
    """A total as `/v1/totals` gives it (value, or null and `suppressed`) as a Figure."""
    value = entry.get("value")
    return Figure(None if value is None else int(value), entry.get("suppressed"))


def shown(figure: Figure) -> str:
    """The figure as the dashboard shows it: "1,234", "<5" or "–"."""
    return figure.text(lambda n: f"{n:,}")


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
        "<p>Paste the admin token (made with <code>wellness-hub admin-token</code>) or a "
        "read-only viewer token (<code>wellness-hub viewer-token</code>).</p>"
        f"{note}<form method=post action=/login>"
        "<label>Token <input type=password name=token required autocomplete=off "
        "autofocus size=48></label> <button type=submit>Log in</button></form>"
    ))


def _chart(rows: list[tuple[str, Figure]]) -> str:
    """Horizontal bars, one per metric, scaled to the largest figure of the activation; a
    suppressed figure gets its mark and no bar."""
    top = max((f.value for _, f in rows if f.value is not None), default=0) or 1
    height = _ROW_HEIGHT * len(rows) + 4
    width = _LABEL_WIDTH + _BAR_WIDTH + 90
    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' role=img width={width} height={height} "
        f"viewBox='0 0 {width} {height}' font-size=12 font-family='system-ui,sans-serif'>"
    ]
    for row, (metric, figure) in enumerate(rows):
        y = row * _ROW_HEIGHT + 2
        label = escape(METRIC_LABELS.get(metric, metric))
        parts.append(f"<text x=0 y={y + 15}>{label}</text>")
        length = 0 if figure.value is None else round(_BAR_WIDTH * figure.value / top)
        if length:
            parts.append(
                f"<rect x={_LABEL_WIDTH} y={y + 3} width={length} height={_ROW_HEIGHT - 6} "
                "fill='#3b7dd8'/>"
            )
        parts.append(
            f"<text x={_LABEL_WIDTH + length + 6} y={y + 15}>{escape(shown(figure))}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _therapy_weeks(table: TherapyTable) -> str:
    """The therapy figures per ISO week, as suppressed: what the totals are the sum of."""
    def cells(row: Any) -> str:
        return "".join(f"<td class=n>{escape(shown(f))}</td>" for f in (
            row.offered, row.booked, row.held, row.no_show))

    body = "".join(f"<tr><td>{escape(row.label)}</td>{cells(row)}</tr>" for row in table.rows)
    total = table.total
    return (
        "<table class=weeks><thead><tr><th>ISO week</th><th>Offered</th><th>Booked</th>"
        f"<th>Held</th><th>No-show</th></tr></thead><tbody>{body}</tbody><tfoot><tr>"
        f"<th>{escape(total.label)}</th>{cells(total)}</tr></tfoot></table>"
    )


def dashboard_page(totals: Iterable[Mapping[str, Any]],
                   therapy: Mapping[str, TherapyShown] | None = None, *,
                   admin: bool = False) -> str:
    """Totals per activation, as a viewer's `/v1/totals` gives them (therapy figures
    suppressed): a table of every metric and a bar chart of the same; and per activation
    with therapy figures, its weeks (the same suppression) with a footnote for each kind of
    mark. `admin`: the page says where the exact figures are."""
    therapy = therapy or {}
    by_activation: dict[str, list[tuple[str, Figure]]] = defaultdict(list)
    for total in totals:
        by_activation[total["activation"]].append((total["metric"], figure_of(total)))
    order = list(METRICS)
    sections = []
    for name in sorted(by_activation):
        rows = sorted(by_activation[name],
                      key=lambda mf: order.index(mf[0]) if mf[0] in order else len(order))
        table = "".join(
            f"<tr><td>{escape(METRIC_LABELS.get(m, m))}</td><td class=n>{escape(shown(f))}"
            "</td></tr>"
            for m, f in rows
        )
        weeks = notes = ""
        if name in therapy:
            weeks = f"<h3>Therapy sessions by ISO week</h3>{_therapy_weeks(therapy[name].table)}"
            notes = "".join(f"<p class=note>{escape(note)}</p>"
                            for note in therapy[name].footnotes)
        sections.append(
            f"<section><h2>{escape(name)}</h2><table><thead><tr><th>Metric</th>"
            f"<th>Total</th></tr></thead><tbody>{table}</tbody></table>{_chart(rows)}"
            f"{weeks}{notes}</section>"
        )
    content = "".join(sections) or "<p>No counts have reached the hub yet.</p>"
    where = (" The exact figures are on the admin API (<code>GET /v1/totals</code> with the "
             "admin token) and in <code>wellness-hub totals</code> on the hub."
             if admin else "")
    return _page("Wellness hub: totals", (
        "<header><h1>Wellness hub: totals</h1><form class=inline method=post action=/logout>"
        "<button type=submit>Log out</button></form></header>"
        "<p>Anonymous counts from every enrolled laptop, per hub activation. Therapy "
        "figures are suppressed on this page, for everyone who logs in, because it is a "
        "screen people show others: a figure from 1 to 4 is shown as &lt;5, and one that "
        "would let it be worked out by subtraction as –; neither gets a bar."
        f"{where}</p>{content}"
    ))
