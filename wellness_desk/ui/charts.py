"""The one chart widget: bars, stacked bars and lines drawn with plain QPainter.

Every page that draws a chart uses `ChartWidget`: it draws a report `Chart` (`show_chart`)
or a plain list of (label, value) pairs (`show_values`). Qt Charts is deprecated and big,
pyqtgraph pulls numpy into the bundle; a few bars need neither.

A suppressed figure (`Figure.value is None`, shown "<5" or "–") gets no bar, no segment
and no point: its words are written where the bar would stand, so nothing drawn lets
anyone measure it. Every chart carries its text equivalent (category: value) as its
accessible description and tooltip, for a screen reader and for anyone who wants the
numbers.

The report's dataclasses are read by shape (the protocols below), not imported: the kit
counter draws here at start-up and must not pay for the report's imports.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..suppression import FOOTNOTE_HIDDEN, FOOTNOTE_SMALL, HIDDEN_MARK, SMALL_MARK
from . import design, i18n

KINDS = ("bar", "stacked", "line")
# The design system's tile palette (Okabe–Ito: told apart by people with any common colour
# blindness); the axis, words and grid come from design.colours() (light or dark).
PALETTE = design.TILE_PALETTE
# How many categories the accessible name reads before "…" (the description has them all).
NAMED_CATEGORIES = 12
# The suppression's own footnotes, said once under a text equivalent that has its mark.
SMALL_NOTE = FOOTNOTE_SMALL
HIDDEN_NOTE = FOOTNOTE_HIDDEN


class FigureLike(Protocol):
    """A `suppression.Figure`: a value, or, not `shown`, only its mark ("<5", "–")."""

    @property
    def value(self) -> int | None: ...

    @property
    def shown(self) -> bool: ...

    def text(self, number: Callable[[int], str] = ...) -> str: ...


class SeriesLike(Protocol):
    """A `report.Series` (its `colour`, when it has one, is a kit type's own)."""

    @property
    def name(self) -> str: ...

    @property
    def values(self) -> Sequence[FigureLike]: ...


class ChartLike(Protocol):
    """A `report.Chart`."""

    @property
    def title(self) -> str: ...

    @property
    def kind(self) -> str: ...

    @property
    def categories(self) -> Sequence[str]: ...

    @property
    def series(self) -> Sequence[SeriesLike]: ...

    @property
    def sentence(self) -> str: ...

    @property
    def unit(self) -> str: ...


def number_text(n: int) -> str:
    return i18n.number_text(n)




@dataclass(frozen=True)
class Cell:
    value: int | None  # None: suppressed, drawn as its words only
    text: str


@dataclass(frozen=True)
class Bar:
    """Where one bar (or one segment of a stacked bar) is drawn, in widget pixels."""

    category: int
    series: int
    rect: QRectF
    colour: QColor


@dataclass(frozen=True)
class Point:
    """Where one point of a line is drawn."""

    category: int
    series: int
    at: QPointF
    colour: QColor


@dataclass(frozen=True)
class _Data:
    kind: str
    title: str
    unit: str
    sentence: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[Cell, ...]], ...]
    colours: tuple[str | None, ...] = ()  # per series; None: the palette's


def _cell(value: int | FigureLike) -> Cell:
    if isinstance(value, int):
        return Cell(value, number_text(value))
    return Cell(value.value if value.shown else None, value.text(number_text))


def _nice_top(top: int) -> int:
    """The axis' top: the first round number (1–6, 8, 10, 12, 15, 20, 25, 30, 40…) at or
    above the largest value, so the tallest bar nearly fills the plot."""
    step = 1
    while True:
        for m in (10, 12, 15, 20, 25, 30, 40, 50, 60, 80):
            if (step * m) % 10 == 0 and step * m // 10 >= top:
                return step * m // 10
        step *= 10


class ChartWidget(QWidget):
    """A chart of categories along the bottom and one or more series of counts.

    `name` is its title ("Kits per hour today"); its accessible name reads its figures
    (`spoken_name`), its description the whole text equivalent; `empty_text` is drawn (and
    said) when there is nothing to draw yet. Texts under the "ChartWidget" context (it is
    subclassed)."""

    MARGIN = 6
    GAP = 4  # between slots, in pixels
    WIDEST_BAR = 56

    def __init__(self, name: str, *, empty_text: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.empty_text = (empty_text if empty_text is not None
                           else QCoreApplication.translate("ChartWidget", "Nothing counted yet"))
        self._data = _Data("bar", name, "", "", (), ())
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._described()

    # -- what to draw -----------------------------------------------------------------------
    def show_chart(self, chart: ChartLike) -> None:
        """Draw a report chart as it is: its kind, categories and series."""
        if chart.kind not in KINDS:
            raise ValueError(f"chart kind {chart.kind!r} is not one of {', '.join(KINDS)}")
        series = tuple((s.name, tuple(_cell(v) for v in s.values)) for s in chart.series)
        for name, cells in series:
            if len(cells) != len(chart.categories):
                raise ValueError(f"series {name!r} has {len(cells)} values for "
                                 f"{len(chart.categories)} categories")
        colours = tuple(getattr(s, "colour", None) for s in chart.series)
        self._set(_Data(chart.kind, chart.title, chart.unit, chart.sentence,
                        tuple(chart.categories), series, colours))

    def show_values(self, values: Sequence[tuple[str, int | FigureLike]], *,
                    kind: str = "bar", title: str | None = None, unit: str = "",
                    series: str = "", sentence: str = "") -> None:
        """Draw one series of (label, value) pairs; a value is a count or a Figure."""
        if kind not in KINDS:
            raise ValueError(f"chart kind {kind!r} is not one of {', '.join(KINDS)}")
        cells = tuple(_cell(v) for _, v in values)
        self._set(_Data(kind, title or self.name, unit, sentence,
                        tuple(label for label, _ in values), ((series, cells),)))

    def _set(self, data: _Data) -> None:
        self._data = data
        self._described()
        self.update()

    @property
    def kind(self) -> str:
        return self._data.kind

    @property
    def categories(self) -> tuple[str, ...]:
        return self._data.categories

    @property
    def empty(self) -> bool:
        """Nothing to draw: no category, or every value zero or suppressed."""
        return not any((c.value or 0) > 0 for _, cells in self._data.series for c in cells)

    # -- the words --------------------------------------------------------------------------
    def text_equivalent(self) -> str:
        """The chart in words, one category a line ("14:00: 3"; "Yoga: Attendance 12,
        Capacity 20" for several series), with the footnote of any figure not shown."""
        d = self._data
        head = (QCoreApplication.translate("ChartWidget", "{title} ({unit})").format(
            title=d.title, unit=d.unit) if d.unit else d.title)
        lines = [head]
        if d.sentence:
            lines.append(d.sentence)
        if not d.categories or not d.series:
            lines.append(self.empty_text)
            return "\n".join(lines)
        for i, category in enumerate(d.categories):
            lines.append(QCoreApplication.translate("ChartWidget", "{category}: {values}").format(
                category=category, values=self._values_text(i)))
        texts = {c.text for _, cells in d.series for c in cells if c.value is None}
        if SMALL_MARK in texts:
            lines.append(SMALL_NOTE)
        if HIDDEN_MARK in texts:
            lines.append(HIDDEN_NOTE)
        return "\n".join(lines)

    def _values_text(self, i: int) -> str:
        d = self._data
        if len(d.series) > 1:
            return QCoreApplication.translate("ChartWidget", ", ").join(
                QCoreApplication.translate("ChartWidget", "{series} {value}").format(
                    series=name, value=cells[i].text) for name, cells in d.series)
        return d.series[0][1][i].text

    def spoken_name(self) -> str:
        """The chart's figures in one line, as its accessible name: "Kits per hour today:
        10:00 12, 11:00 30" (the first NAMED_CATEGORIES; the description has every one)."""
        d = self._data
        if not d.categories or not d.series or self.empty:
            return QCoreApplication.translate("ChartWidget", "{title}: {empty}").format(
                title=d.title, empty=self.empty_text)
        figures = [QCoreApplication.translate("ChartWidget", "{category} {values}").format(
            category=c, values=self._values_text(i))
            for i, c in enumerate(d.categories[:NAMED_CATEGORIES])]
        text = QCoreApplication.translate("ChartWidget", "{title}: {figures}").format(
            title=d.title, figures=QCoreApplication.translate("ChartWidget", ", ").join(figures))
        return text + (" …" if len(d.categories) > NAMED_CATEGORIES else "")

    def _described(self) -> None:
        text = self.text_equivalent()
        self.setAccessibleName(self.spoken_name())
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        if QAccessible.isActive():
            # A screen reader on the dashboard hears the new numbers after a tap.
            for event in (QAccessible.Event.NameChanged, QAccessible.Event.DescriptionChanged):
                QAccessible.updateAccessibility(QAccessibleEvent(self, event))

    # -- the geometry (painting and tests read the same) ------------------------------------
    def _fonts(self) -> tuple[QFont, QFontMetricsF]:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        return small, QFontMetricsF(small)

    def _top(self) -> int:
        d = self._data
        if d.kind == "stacked":
            sums = [sum(cells[i].value or 0 for _, cells in d.series if (cells[i].value or 0) > 0)
                    for i in range(len(d.categories))]
            top = max(sums, default=0)
        else:
            top = max(((c.value or 0) for _, cells in d.series for c in cells), default=0)
        return _nice_top(top) if top > 0 else 0

    def _legend_height(self, metrics: QFontMetricsF) -> float:
        return metrics.height() + 4 if len(self._data.series) > 1 else 0.0

    def plot_rect(self) -> QRectF:
        """The area the bars stand in: its bottom is zero, its top the axis' top."""
        _, metrics = self._fonts()
        top_label = number_text(self._top())
        left = self.MARGIN + metrics.horizontalAdvance(top_label) + 4
        # Room over the tallest bar for its number.
        top = self.MARGIN + self._legend_height(metrics) + metrics.height() + 2
        bottom = self.height() - self.MARGIN - metrics.height() - 2
        return QRectF(left, top, max(0.0, self.width() - self.MARGIN - left),
                      max(0.0, bottom - top))

    def _slot(self, plot: QRectF, i: int) -> QRectF:
        width = plot.width() / max(1, len(self._data.categories))
        return QRectF(plot.left() + i * width, plot.top(), width, plot.height())

    def _y(self, plot: QRectF, value: float, top: int) -> float:
        return plot.bottom() - plot.height() * value / top

    def _columns(self, plot: QRectF, i: int) -> list[QRectF]:
        """The columns of category `i`: one per series side by side (one for a stack)."""
        d = self._data
        slot = self._slot(plot, i).adjusted(self.GAP / 2, 0, -self.GAP / 2, 0)
        n = 1 if d.kind != "bar" else max(1, len(d.series))
        # A few categories on a wide chart: bars of a bar's width, not slabs.
        room = self.WIDEST_BAR * n
        if d.kind != "line" and slot.width() > room:
            slot.adjust((slot.width() - room) / 2, 0, -(slot.width() - room) / 2, 0)
        width = slot.width() / n
        # Side by side bars keep a pixel between them.
        inner = max(1.0, width - 1) if n > 1 else width
        return [QRectF(slot.left() + s * width, slot.top(), inner, slot.height())
                for s in range(n)]

    def bars(self) -> list[Bar]:
        """Every bar or segment drawn (none for a suppressed figure, none for a line)."""
        d = self._data
        top = self._top()
        if d.kind == "line" or top <= 0:
            return []
        plot = self.plot_rect()
        found: list[Bar] = []
        for i in range(len(d.categories)):
            columns = self._columns(plot, i)
            base = 0
            for s, (_, cells) in enumerate(d.series):
                value = cells[i].value
                if value is None or value <= 0:
                    continue
                column = columns[0] if d.kind == "stacked" else columns[s]
                y0 = self._y(plot, base, top)
                y1 = self._y(plot, base + value, top)
                found.append(Bar(i, s, QRectF(column.left(), y1, column.width(), y0 - y1),
                                 self._colour(s)))
                if d.kind == "stacked":
                    base += value
        return found

    def points(self) -> list[Point]:
        """Every point of a line chart (none for a suppressed figure)."""
        d = self._data
        top = self._top()
        if d.kind != "line" or top <= 0:
            return []
        plot = self.plot_rect()
        return [Point(i, s, QPointF(self._slot(plot, i).center().x(),
                                    self._y(plot, cells[i].value or 0, top)), self._colour(s))
                for s, (_, cells) in enumerate(d.series)
                for i in range(len(d.categories)) if cells[i].value is not None]

    def _colour(self, series: int) -> QColor:
        colours = self._data.colours
        own = colours[series] if series < len(colours) else None
        return QColor(own or PALETTE[series % len(PALETTE)])

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = design.colours()
        ink = QColor(c.text)
        small, metrics = self._fonts()
        painter.setFont(small)
        if self.empty:
            painter.setPen(ink)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter
                             | Qt.TextFlag.TextWordWrap, self.empty_text)
            self._paint_suppressed_only(painter, metrics)
            return
        plot = self.plot_rect()
        top = self._top()
        self._paint_axis(painter, plot, top, ink, metrics)
        self._paint_legend(painter, ink, metrics)
        for bar in self.bars():
            painter.fillRect(bar.rect, bar.colour)
        if self._data.kind == "line":
            self._paint_lines(painter)
        self._paint_values(painter, plot, top, ink, metrics)
        self._paint_categories(painter, plot, ink, metrics)

    def _paint_axis(self, painter: QPainter, plot: QRectF, top: int, ink: QColor,
                    metrics: QFontMetricsF) -> None:
        faint = QColor(design.colours().border)
        painter.setPen(QPen(faint, 1))
        painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.right(), plot.top()))
        painter.setPen(QPen(ink, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()),
                         QPointF(plot.right(), plot.bottom()))
        for value, y in ((top, plot.top()), (0, plot.bottom())):
            label = QRectF(self.MARGIN, y - metrics.height() / 2,
                           plot.left() - self.MARGIN - 4, metrics.height())
            painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             number_text(value))

    def _paint_legend(self, painter: QPainter, ink: QColor, metrics: QFontMetricsF) -> None:
        if len(self._data.series) < 2:
            return
        x = self.plot_rect().left()
        size = metrics.height() * 0.7
        for s, (name, _) in enumerate(self._data.series):
            painter.fillRect(QRectF(x, self.MARGIN + (metrics.height() - size) / 2, size, size),
                             self._colour(s))
            x += size + 4
            painter.setPen(ink)
            painter.drawText(QPointF(x, self.MARGIN + metrics.ascent()), name)
            x += metrics.horizontalAdvance(name) + 12

    def _paint_lines(self, painter: QPainter) -> None:
        by_series: dict[int, list[Point]] = {}
        for p in self.points():
            by_series.setdefault(p.series, []).append(p)
        for points in by_series.values():
            colour = points[0].colour
            painter.setPen(QPen(colour, 2))
            # A suppressed figure breaks the line: drawing through it would show its value.
            for a, b in pairwise(points):
                if b.category == a.category + 1:
                    painter.drawLine(a.at, b.at)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            for p in points:
                painter.drawEllipse(p.at, 3.5, 3.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_values(self, painter: QPainter, plot: QRectF, top: int, ink: QColor,
                      metrics: QFontMetricsF) -> None:
        """Each count over its bar where it fits, and a suppressed figure's words where its
        bar would stand (on the baseline, or over the stack it belongs to)."""
        d = self._data
        painter.setPen(ink)
        height = metrics.height()
        for i in range(len(d.categories)):
            columns = self._columns(plot, i)
            if d.kind == "stacked":
                shown = sum(c[i].value or 0 for _, c in d.series if (c[i].value or 0) > 0)
                hidden = [c[i].text for _, c in d.series if c[i].value is None]
                words = " + ".join([w for w in (number_text(shown) if shown else "", *hidden)
                                    if w])
                column = columns[0]
                self._label(painter, QRectF(column.left(), self._y(plot, shown, top) - height,
                                            column.width(), height), words, metrics)
                continue
            for s, (_, cells) in enumerate(d.series):
                cell = cells[i]
                column = columns[0] if d.kind == "line" else columns[s]
                lift = 4 if d.kind == "line" else 0
                y = self._y(plot, cell.value or 0, top) - height - lift
                # A zero is said where bars stand side by side (no people at all at
                # yoga, beside its places); alone, an empty slot says it.
                if cell.value is None or cell.value > 0 or len(d.series) > 1:
                    self._label(painter, QRectF(column.left() - 8, y, column.width() + 16,
                                                height), cell.text, metrics)

    @staticmethod
    def _label(painter: QPainter, box: QRectF, text: str, metrics: QFontMetricsF) -> None:
        # Thin slots (24 hours on a narrow side panel) keep their bars and say their
        # numbers in the tooltip and the text equivalent instead.
        if text and metrics.horizontalAdvance(text) <= box.width() + 2:
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                             text)

    def _paint_categories(self, painter: QPainter, plot: QRectF, ink: QColor,
                          metrics: QFontMetricsF) -> None:
        d = self._data
        if not d.categories:
            return
        painter.setPen(ink)
        slot = plot.width() / len(d.categories)
        widest = max(metrics.horizontalAdvance(c) for c in d.categories) + 6
        # Every category keeps its slot (an empty hour is a gap). Names too long for it are
        # shortened ("Hydration pa…", whole in the tooltip); slots too narrow for even a
        # short label (24 hours) label every second or third.
        short = metrics.horizontalAdvance("00:00") + 6
        every = 1 if widest <= slot or slot >= short else int(short // max(slot, 1.0)) + 1
        for i, category in enumerate(d.categories):
            if i % every:
                continue
            box = QRectF(plot.left() + i * slot - slot * (every - 1) / 2, plot.bottom() + 2,
                         slot * every, metrics.height())
            text = metrics.elidedText(category, Qt.TextElideMode.ElideRight, box.width())
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextDontClip,
                             text)

    def _paint_suppressed_only(self, painter: QPainter, metrics: QFontMetricsF) -> None:
        """Nothing but suppressed figures: no axis, only their words under the message."""
        d = self._data
        hidden = [f"{d.categories[i]}: {cells[i].text}" for _, cells in d.series
                  for i in range(len(d.categories)) if cells[i].value is None]
        if hidden:
            box = QRectF(self.rect()).adjusted(0, self.height() / 2 + metrics.height(), 0, 0)
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             ", ".join(hidden))


class HourlyTally(ChartWidget):
    """Today's hand-outs per local hour, every hour up to now (an empty hour is a gap)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("ChartWidget", "Kits handed out today per hour"),
            empty_text=QCoreApplication.translate("ChartWidget", "No hand-outs yet today"),
            parent=parent)
        self._hours: list[tuple[datetime, int]] = []

    def set_hours(self, hours: list[tuple[datetime, int]]) -> None:
        self._hours = list(hours)
        self.show_values([(i18n.time_text(h.replace(minute=0)), n) for h, n in hours],
                         unit=QCoreApplication.translate("ChartWidget", "kits"))

    @property
    def hours(self) -> list[tuple[datetime, int]]:
        return list(self._hours)
