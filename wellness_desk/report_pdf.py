"""The activation report on paper: a title page, the headlines, each chart (vector, drawn
with reportlab.graphics) with its data table and its sentence beside it, the table per day,
the notes for every figure not shown, and what changed since the last report.

`draw_report` is pure (a `Report` in, bytes out) and runs in the drawing process; the
report itself is read by `report.build_report` on the database's thread. Fonts are the
print engine's, embedded; the file is written whole or not at all (`print.files`).
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .clock import zone
from .errors import WellnessError
from .messages import msg
from .print.files import save_bytes
from .print.fonts import FONT, FONT_BOLD, check_printable, draw_text, runs, text_width, wrap
from .print.page import (
    ACCENT,
    GREY,
    INK,
    MM,
    RULE,
    check_paper,
    finish,
    new_canvas,
    paper_points,
    shrink_to_fit,
)
from .report import Chart, Report, build_report, changes_intro, record_report
from .report_words import date_range, day_long, number, words

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing
    from reportlab.pdfgen.canvas import Canvas
    from sqlite_utils import Database

# Okabe–Ito, as the kit types' own colours: a series without a colour takes the next.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999999")
_MARGIN = 18 * MM
_CHART_W = 102 * MM
_CHART_H = 58 * MM
_ROW = 4.1 * MM


def _rgb(hex_colour: str) -> tuple[float, float, float]:
    h = hex_colour.lstrip("#")
    return (int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255)


@dataclass
class _Pages:
    """A canvas and where the next block goes; a block that does not fit starts a page."""

    c: Canvas
    report: Report
    width: float
    height: float
    y: float = 0.0
    page: int = 1

    def top(self) -> float:
        return self.height - _MARGIN - 10 * MM

    def bottom(self) -> float:
        return _MARGIN + 6 * MM

    def new_page(self) -> None:
        self._footer()
        self.c.showPage()
        self.page += 1
        self._running_head()
        self.y = self.top()

    def need(self, height: float) -> None:
        if self.y - height < self.bottom():
            self.new_page()

    def _running_head(self) -> None:
        r, c = self.report, self.c
        c.setFillColorRGB(*GREY)
        head = " · ".join(filter(None, [r.activation, r.title]))
        draw_text(c, _MARGIN, self.height - _MARGIN, head, FONT, 8)
        draw_text(c, self.width - _MARGIN, self.height - _MARGIN,
                  date_range(r.start, r.end, r.lang), FONT, 8, align="right")
        c.setStrokeColorRGB(*RULE)
        c.setLineWidth(0.5)
        c.line(_MARGIN, self.height - _MARGIN - 2.5 * MM, self.width - _MARGIN,
               self.height - _MARGIN - 2.5 * MM)

    def _footer(self) -> None:
        self.c.setFillColorRGB(*GREY)
        draw_text(self.c, self.width - _MARGIN, _MARGIN - 4 * MM,
                  words(self.report.lang)["page"].format(n=self.page), FONT, 8, align="right")

    def finish(self) -> None:
        self._footer()
        self.c.showPage()


def draw_report(report: Report, paper: str = "a4") -> bytes:
    """The report as a PDF (pure: no database)."""
    check_paper(paper)
    _check_texts(report)
    out = io.BytesIO()
    w = words(report.lang)
    c = new_canvas(out, f"{report.activation or w['no_activation']} — {report.title}", paper)
    c.setSubject(date_range(report.start, report.end, report.lang))
    width, height = paper_points(paper)
    pages = _Pages(c, report, width, height)
    _title_page(pages)
    pages.new_page()
    _headlines(pages)
    for chart in report.charts:
        _chart_block(pages, chart)
    _day_table(pages)
    _notes(pages)
    _changes(pages)
    pages.finish()
    return finish(c, out)


def save_report(report: Report, path: str | os.PathLike[str], paper: str = "a4") -> Path:
    """Draw the report and save it whole (pure: no database)."""
    pdf = draw_report(report, paper)
    try:
        return save_bytes(path, pdf)
    except WellnessError as e:
        # Its sentence names the file; the field lets a form show it beside the file.
        raise WellnessError(e.args[0], field="path") from e


def report_pdf(db: Database, path: str | os.PathLike[str], *, now: datetime,
               activation_id: int | None = None, start: date | None = None,
               end: date | None = None, location_id: int | None = None, lang: str = "en",
               paper: str = "a4") -> Report:
    """Build, draw and save the report, then keep its headline figures for the next one."""
    report = build_report(db, now=now, activation_id=activation_id, start=start, end=end,
                          location_id=location_id, lang=lang)
    save_report(report, path, paper)
    record_report(db, report, now=now)
    return report


def _check_texts(report: Report) -> None:
    """Refuse a character no embedded font has, naming where it is, before anything is drawn."""
    fields: list[tuple[str, str | None]] = [
        ("activation name", report.activation), ("nonprofit's name (Settings)", report.org_name),
    ]
    fields += [(f"location {name}", name) for name in report.locations]
    for chart in report.charts:
        fields += [(f"{chart.title}: {label}", label) for label in chart.categories]
        fields += [(f"{chart.title}: {s.name}", s.name) for s in chart.series]
    check_printable(fields)


# -- the title page -----------------------------------------------------------------------------


def _title_page(p: _Pages) -> None:
    r, c = p.report, p.c
    w = words(r.lang)
    y = p.height - _MARGIN
    if r.org_logo:
        y = _logo(c, r.org_logo, y, p.width)
    if r.org_name:
        c.setFillColorRGB(*GREY)
        draw_text(c, _MARGIN, y - 8 * MM, r.org_name, FONT_BOLD,
                  shrink_to_fit(r.org_name, FONT_BOLD, 14, p.width - 2 * _MARGIN, 8))
    y = p.height * 0.62
    c.setFillColorRGB(*ACCENT)
    c.rect(_MARGIN, y + 16 * MM, 30 * MM, 2.5 * MM, stroke=0, fill=1)
    draw_text(c, _MARGIN, y + 6 * MM, r.title.upper(), FONT_BOLD, 12)
    c.setFillColorRGB(*INK)
    name = r.activation or w["no_activation"]
    lines = wrap(name, FONT_BOLD, 30, p.width - 2 * _MARGIN)[:3]
    for line in lines:
        y -= 12 * MM
        draw_text(c, _MARGIN, y, line, FONT_BOLD, 30)
    y -= 12 * MM
    draw_text(c, _MARGIN, y, date_range(r.start, r.end, r.lang), FONT, 16)
    facts = [
        f"{w['locations']}: {r.location or w['all_locations']}"
        + ("" if r.location or not r.locations else f" ({', '.join(r.locations)})"),
        w["time_zone"].format(tz=r.tz),
    ]
    if r.made is not None:
        facts.append(w["made"].format(date=day_long(r.made.astimezone(zone(r.tz)).date(),
                                                    r.lang)))
    if r.org_name:
        facts.append(w["prepared_by"].format(org=r.org_name))
    c.setFillColorRGB(*GREY)
    y -= 4 * MM
    for fact in facts:
        for line in wrap(fact, FONT, 11, p.width - 2 * _MARGIN):
            y -= 6.5 * MM
            draw_text(c, _MARGIN, y, line, FONT, 11)


def _logo(c: Canvas, path: str, top: float, width: float) -> float:
    """The nonprofit's logo at the top left, at most 60 × 25 mm; returns the y below it."""
    from reportlab.lib.utils import ImageReader

    try:
        iw, ih = ImageReader(path).getSize()
    except Exception as e:  # reportlab raises whatever its image reader met
        raise WellnessError(msg("logo (Settings): {path} is not an image that can be printed "
                                "({error_type}): pick another file, or none",
                                path=path, error_type=type(e).__name__),
                            field="org_logo") from e
    box_w, box_h = 60 * MM, 25 * MM
    scale = min(box_w / iw, box_h / ih)
    c.drawImage(path, _MARGIN, top - ih * scale, iw * scale, ih * scale, mask="auto")
    return top - ih * scale - 2 * MM


# -- headlines ----------------------------------------------------------------------------------


def _headlines(p: _Pages) -> None:
    r, c = p.report, p.c
    _section(p, words(r.lang)["headlines"])
    col_w = (p.width - 2 * _MARGIN) / 2
    box_h = 24 * MM
    for i, h in enumerate(r.headlines):
        if i % 2 == 0:
            p.need(box_h)
        x = _MARGIN + (i % 2) * col_w
        top = p.y
        c.setFillColorRGB(*GREY)
        draw_text(c, x, top - 4 * MM, h.label, FONT, 9.5)
        c.setFillColorRGB(*INK)
        draw_text(c, x, top - 13 * MM, h.actual_text or h.actual.text(), FONT_BOLD,
                  shrink_to_fit(h.actual_text, FONT_BOLD, 22, col_w - 4 * MM, 10))
        if h.target_text:
            c.setFillColorRGB(*GREY)
            draw_text(c, x, top - 18 * MM, h.target_text, FONT, 9,)
            if h.target and h.actual.value is not None:
                _progress(c, x, top - 20.5 * MM, col_w - 8 * MM, h.actual.value / h.target)
        if i % 2 == 1 or i == len(r.headlines) - 1:
            p.y -= box_h
    p.y -= 4 * MM


def _progress(c: Canvas, x: float, y: float, w: float, share: float) -> None:
    c.setFillColorRGB(*RULE)
    c.rect(x, y, w, 1.2 * MM, stroke=0, fill=1)
    c.setFillColorRGB(*ACCENT)
    c.rect(x, y, w * max(0.0, min(share, 1.0)), 1.2 * MM, stroke=0, fill=1)


def _section(p: _Pages, title: str) -> None:
    p.need(16 * MM)
    p.c.setFillColorRGB(*INK)
    draw_text(p.c, _MARGIN, p.y - 6 * MM, title, FONT_BOLD, 15)
    p.c.setStrokeColorRGB(*INK)
    p.c.setLineWidth(0.8)
    p.c.line(_MARGIN, p.y - 8.5 * MM, p.width - _MARGIN, p.y - 8.5 * MM)
    p.y -= 12 * MM


# -- charts -------------------------------------------------------------------------------------


def _label_font(text: str) -> str:
    """The one font a chart's label is drawn in: reportlab.graphics draws a string in one
    font, so a label wholly in a fallback's script (a CJK kit name) takes that one."""
    found = runs(text, FONT)
    return found[0][1] if len(found) == 1 else FONT


def _colours(chart: Chart) -> list[str]:
    spare = iter(c for c in PALETTE if c not in {s.colour for s in chart.series})
    return [s.colour or next(spare, "#999999") for s in chart.series]


def chart_drawing(chart: Chart, lang: str = "en", width: float = _CHART_W,
                  height: float = _CHART_H) -> Drawing:
    """The chart as a reportlab Drawing: bars side by side, stacked, or lines; a figure not
    shown (suppressed) is drawn as nothing, and its table says "<5" or "–"."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.colors import HexColor

    d = Drawing(width, height)
    # reportlab.graphics starts in Helvetica: named (not embedded) on every page if left.
    d.initialFontName = FONT  # type: ignore[attr-defined]  # read by renderPDF, not typed
    data = [[v.value if v.shown else None for v in s.values] for s in chart.series]
    plot: VerticalBarChart | HorizontalLineChart
    plot = HorizontalLineChart() if chart.kind == "line" else VerticalBarChart()
    many = len(chart.categories)
    long_labels = max((len(c) for c in chart.categories), default=0) > 10 or many > 8
    plot.x, plot.y = 28, 26 if long_labels else 16
    plot.width, plot.height = int(width - plot.x - 4), int(height - plot.y - 6)
    plot.data = data or [[]]
    axis = plot.categoryAxis
    axis.categoryNames = list(chart.categories)
    axis.labels.fontName = FONT
    axis.labels.fontSize = 6 if many > 12 else 7
    if long_labels:
        axis.labels.angle = 35
        axis.labels.boxAnchor = "ne"
        axis.labels.dy = -2
    for i, label in enumerate(chart.categories):
        axis.labels[i].fontName = _label_font(label)
        if many > 16 and i % 2:
            axis.labels[i].visible = 0  # every other hour: 24 labels do not fit
    values = plot.valueAxis
    values.labels.fontName = FONT
    values.labels.fontSize = 7
    values.valueMin = 0
    values.labelTextFormat = lambda n: number(int(n), lang) if n == int(n) else ""
    top = _top(chart)
    if top == 0:
        values.valueMax = 1
        values.valueStep = 1
    values.visibleGrid = 1
    values.gridStrokeColor = HexColor("#DDDDDD")
    values.gridStrokeWidth = 0.4
    colours = _colours(chart)
    if isinstance(plot, VerticalBarChart):
        if chart.kind == "stacked":
            axis.style = "stacked"
        plot.barSpacing = 1
        plot.groupSpacing = 6 if many < 12 else 2
        plot.bars.strokeWidth = 0
        plot.bars.strokeColor = None
        for i, colour in enumerate(colours):
            plot.bars[i].fillColor = HexColor(colour)
    else:
        for i, colour in enumerate(colours):
            plot.lines[i].strokeColor = HexColor(colour)
            plot.lines[i].strokeWidth = 1.6
    d.add(plot)
    return d


def _top(chart: Chart) -> int:
    shown = [[v.value or 0 for v in s.values] for s in chart.series]
    if chart.kind == "stacked":
        return max((sum(col) for col in zip(*shown, strict=True)), default=0)
    return max((n for row in shown for n in row), default=0)


def _drawn(chart: Chart) -> bool:
    """Whether the chart has anything to draw: else its title and sentence say so alone."""
    return any(v.value for s in chart.series for v in s.values)


def _chart_block(p: _Pages, chart: Chart) -> None:
    from reportlab.graphics import renderPDF

    c, lang = p.c, p.report.lang
    room = p.width - 2 * _MARGIN
    sentence = wrap(chart.sentence, FONT, 10, room)
    head_h = 9 * MM + len(sentence) * 4.6 * MM
    if not _drawn(chart):
        p.need(head_h + 6 * MM)
        _chart_head(p, chart, sentence)
        p.y -= head_h + 6 * MM
        return
    columns = (*chart.series, *chart.extra)
    # A table of more than three columns goes under its chart, the page's width.
    below = len(columns) > 3
    table_w = room if below else room - _CHART_W - 6 * MM
    table_h = (len(chart.categories) + 2) * _ROW  # header and total
    legend_h = 5 * MM if len(chart.series) > 1 else 0
    graph_h = _CHART_H + legend_h
    block_h = head_h + (graph_h + 4 * MM + table_h if below else max(graph_h, table_h)) + 8 * MM
    p.need(min(block_h, p.top() - p.bottom()))
    _chart_head(p, chart, sentence)
    y = p.y - head_h - 2 * MM
    renderPDF.draw(chart_drawing(chart, lang), c, _MARGIN, y - _CHART_H)
    if legend_h:
        _legend(c, chart, _MARGIN + 28, y - _CHART_H - 3.5 * MM)
    names = [""] + [s.name for s in columns]
    body = [[label, *(s.values[i].text(lambda n: number(n, lang)) for s in columns)]
            for i, label in enumerate(chart.categories)]
    totals = [words(lang)["total"], *(f.text(lambda n: number(n, lang))
                                      for f in chart.totals)]
    if len(totals) < len(names):
        totals += [""] * (len(names) - len(totals))
    if below:
        bottom = _table(c, _MARGIN, y - graph_h - 4 * MM, table_w, names, body, totals,
                        size=8)
    else:
        bottom = min(y - graph_h, _table(c, p.width - _MARGIN - table_w, y, table_w, names,
                                         body, totals, size=7.5))
    p.y = bottom - 6 * MM


def _chart_head(p: _Pages, chart: Chart, sentence: list[str]) -> None:
    c = p.c
    c.setFillColorRGB(*INK)
    draw_text(c, _MARGIN, p.y - 5 * MM, chart.title, FONT_BOLD, 12.5)
    y = p.y - 9 * MM
    c.setFillColorRGB(*GREY)
    for line in sentence:
        y -= 4.6 * MM
        draw_text(c, _MARGIN, y + 1 * MM, line, FONT, 10)


def _legend(c: Canvas, chart: Chart, x: float, y: float) -> None:
    for colour, s in zip(_colours(chart), chart.series, strict=True):
        c.setFillColorRGB(*_rgb(colour))
        c.rect(x, y, 2.6 * MM, 2.6 * MM, stroke=0, fill=1)
        c.setFillColorRGB(*INK)
        draw_text(c, x + 3.6 * MM, y + 0.4 * MM, s.name, FONT, 7.5)
        x += 3.6 * MM + text_width(s.name, FONT, 7.5) + 5 * MM


def _table(c: Canvas, x: float, top: float, width: float, header: Sequence[str],
           rows: Sequence[Sequence[str]], total: Sequence[str] | None, *, size: float) -> float:
    """A table: first column left, numbers right; the header and the total in bold.
    Returns the y below it."""
    n = len(header)
    first = width * (0.42 if n > 2 else 0.6)
    rest = (width - first) / max(n - 1, 1)
    edges = [x + first + rest * (i + 1) for i in range(n - 1)]

    def line(cells: Sequence[str], y: float, font: str) -> None:
        draw_text(c, x, y, cells[0], font, shrink_to_fit(cells[0], font, size, first - 2, 5))
        for edge, cell in zip(edges, cells[1:], strict=False):
            draw_text(c, edge - 1, y, cell, font,
                      shrink_to_fit(cell, font, size, rest - 3, 5), align="right")

    y = top - _ROW + 1.2 * MM
    c.setFillColorRGB(*GREY)
    line(header, y, FONT_BOLD)
    c.setStrokeColorRGB(*RULE)
    c.setLineWidth(0.5)
    c.line(x, y - 1.3 * MM, x + width, y - 1.3 * MM)
    c.setFillColorRGB(*INK)
    for cells in rows:
        y -= _ROW
        line(cells, y, FONT)
    if total is not None:
        c.line(x, y - 1.3 * MM, x + width, y - 1.3 * MM)
        y -= _ROW
        line(total, y, FONT_BOLD)
    return y - 2 * MM


# -- the table per day, notes, changes -----------------------------------------------------------


def _day_table(p: _Pages) -> None:
    r = p.report
    if not r.days:
        return
    w, lang = words(r.lang), r.lang
    _section(p, w["per_day"])
    header = [w["col_day"], w["col_kits"], w["col_workshops"], w["col_attendance"],
              w["col_capacity"], w["col_cards"]]
    rows = [[d.label, *(number(n, lang) for n in (d.kits, d.workshops, d.attendance,
                                                   d.capacity, d.cards))] for d in r.days]
    total = [w["total"], *(number(sum(getattr(d, f) for d in r.days), lang)
                           for f in ("kits", "workshops", "attendance", "capacity", "cards"))]
    # Long scopes (a tour) go on over pages, a page's worth of days at a time.
    per_page = max(1, int((p.top() - p.bottom()) / _ROW) - 3)
    for start in range(0, len(rows), per_page):
        part = rows[start:start + per_page]
        last = start + per_page >= len(rows)
        p.need((len(part) + 2) * _ROW + 4 * MM)
        p.y = _table(p.c, _MARGIN, p.y, p.width - 2 * _MARGIN, header, part,
                     total if last else None, size=9) - 4 * MM


def _paragraphs(p: _Pages, texts: Sequence[str], size: float = 9.5) -> None:
    room = p.width - 2 * _MARGIN
    for text in texts:
        lines = wrap(text, FONT, size, room)
        p.need(len(lines) * 4.6 * MM + 2 * MM)
        p.c.setFillColorRGB(*INK)
        for line in lines:
            p.y -= 4.6 * MM
            draw_text(p.c, _MARGIN, p.y, line, FONT, size)
        p.y -= 2 * MM


def _notes(p: _Pages) -> None:
    if not p.report.footnotes:
        return
    _section(p, words(p.report.lang)["footnotes"])
    _paragraphs(p, p.report.footnotes)


def _changes(p: _Pages) -> None:
    r = p.report
    if r.activation is None:
        return
    _section(p, words(r.lang)["changes"])
    _paragraphs(p, [changes_intro(r)])
    _paragraphs(p, [f"{change.label}: {change.text}" for change in r.changes])
