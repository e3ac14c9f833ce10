"""A day of the program drawn as columns (spaces) with time running down."""

from __future__ import annotations

import math
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..clock import utcnow, zone
from ..schedule import DayTimeline, Workshop

GUTTER = 56  # the hour labels on the left
HEADER = 40  # space names on top
PX_PER_HOUR = 64
# Okabe–Ito colours by kind, so two kinds side by side never look alike to anyone.
KIND_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999999")


def kind_colour(kind: str, kinds: list[str]) -> QColor:
    index = kinds.index(kind) if kind in kinds else len(kinds)
    return QColor(KIND_COLOURS[index % len(KIND_COLOURS)])


class TimelineView(QWidget):
    """Click a session to edit it. Conflicts are outlined in red with a warning sign."""

    workshop_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline: DayTimeline | None = None
        self.kinds: list[str] = []
        self._blocks: list[tuple[QRectF, Workshop]] = []
        self._first = self._last = datetime.min
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_timeline(self, timeline: DayTimeline, kinds: list[str]) -> None:
        self.timeline = timeline
        self.kinds = kinds
        tz = zone(timeline.activation.tz)
        sessions = [w for ws in timeline.workshops.values() for w in ws]
        day_start = timeline.starts.astimezone(tz)
        # Office hours by default; stretched to whatever the day's sessions need.
        first = day_start.replace(hour=9)
        last = day_start.replace(hour=22)
        if sessions:
            first = min(first, *(max(w.start, timeline.starts).astimezone(tz) for w in sessions))
            last = max(last, *(w.end.astimezone(tz) for w in sessions))
        self._first = first.replace(minute=0, second=0, microsecond=0)
        hours = math.ceil((last - self._first).total_seconds() / 3600)
        self._last = self._first + timedelta(hours=hours)
        self.setMinimumHeight(HEADER + hours * PX_PER_HOUR + 8)
        self.setMinimumWidth(GUTTER + 140 * max(1, len(timeline.spaces)))
        self.update()

    def _y(self, instant: datetime) -> float:
        minutes = (instant - self._first).total_seconds() / 60
        return HEADER + minutes * PX_PER_HOUR / 60

    def focus_y(self) -> float:
        """Where to scroll to: the now-line on the day itself, else the day's first session."""
        if self.timeline is None:
            return 0.0
        now = utcnow()
        if self.timeline.starts <= now < self.timeline.ends:
            return self._y(now.astimezone(zone(self.timeline.activation.tz)))
        starts = [w.start for ws in self.timeline.workshops.values() for w in ws
                  if w.start >= self.timeline.starts]
        tz = zone(self.timeline.activation.tz)
        return self._y(min(starts).astimezone(tz)) if starts else 0.0

    def block_for(self, workshop_id: int) -> QRectF | None:
        return next((r for r, w in self._blocks if w.id == workshop_id), None)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        self._blocks = []
        timeline = self.timeline
        if timeline is None:
            return
        spaces = timeline.spaces
        if not spaces:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             "No spaces yet: add the tents and rooms under Activations.")
            return
        tz = zone(timeline.activation.tz)
        width = (self.width() - GUTTER) / len(spaces)
        grid = QPen(palette.mid().color())
        painter.setPen(grid)
        hour = self._first
        while hour <= self._last:
            y = self._y(hour)
            painter.drawLine(QPointF(GUTTER, y), QPointF(self.width(), y))
            painter.drawText(QRectF(0, y - 8, GUTTER - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{hour.astimezone(tz):%H:%M}")
            hour += timedelta(hours=1)
        bold = QFont(self.font())
        bold.setBold(True)
        for i, space in enumerate(spaces):
            x = GUTTER + i * width
            painter.setPen(grid)
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
            painter.setPen(palette.text().color())
            painter.setFont(bold)
            capacity = f" · {space.capacity}" if space.capacity else ""
            painter.drawText(QRectF(x + 4, 0, width - 8, HEADER),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             f"{space.name}{capacity}")
            painter.setFont(self.font())
            for w in timeline.workshops.get(space.id, []):
                self._draw_block(painter, timeline, w, x, width, tz)
        now = utcnow()
        if timeline.starts <= now < timeline.ends:
            y = self._y(now.astimezone(tz))
            painter.setPen(QPen(QColor("#D00000"), 2))
            painter.drawLine(QPointF(GUTTER - 4, y), QPointF(self.width(), y))

    def _draw_block(self, painter: QPainter, timeline: DayTimeline, w: Workshop, x: float,
                    width: float, tz: tzinfo) -> None:
        top = self._y(max(w.start, timeline.starts).astimezone(tz))
        bottom = self._y(w.end.astimezone(tz))
        rect = QRectF(x + 3, top + 1, width - 6, max(18.0, bottom - top - 2))
        self._blocks.append((rect, w))
        conflicts = timeline.conflicts.get(w.id, [])
        cancelled = w.status == "cancelled"
        fill = QColor("#BDBDBD") if cancelled else kind_colour(w.kind, self.kinds)
        painter.setBrush(fill)
        pen = QPen(QColor("#C62828"), 4) if conflicts else QPen(fill.darker(130), 1)
        if cancelled:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, 6, 6)
        luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF()
        painter.setPen(QColor("#111111") if luminance > 0.5 else QColor("#FFFFFF"))
        mark = "⚠ " if conflicts else ""
        status = {"cancelled": "CANCELLED · ", "held": "✓ held · "}.get(w.status, "")
        people = f"\n{', '.join(w.facilitators)}" if w.facilitators else ""
        font = QFont(self.font())
        font.setStrikeOut(cancelled)
        painter.setFont(font)
        painter.drawText(
            rect.adjusted(6, 3, -6, -3),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            f"{mark}{status}{w.local_start:%H:%M}–{w.local_end:%H:%M} {w.title}{people}",
        )
        painter.setFont(self.font())

    def workshop_at(self, x: float, y: float) -> Workshop | None:
        # The last drawn is on top: where sessions overlap, that is the one a click means.
        return next((w for r, w in reversed(self._blocks) if r.contains(QPointF(x, y))), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self.workshop_at(event.position().x(), event.position().y())
        if hit is not None:
            self.workshop_clicked.emit(hit.id)
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            hit = self.workshop_at(event.pos().x(), event.pos().y())
            if hit is not None and self.timeline is not None:
                lines = [f"{hit.title} ({hit.kind})",
                         f"{hit.local_start:%H:%M}–{hit.local_end:%H:%M} · {hit.space}"]
                lines += [f"⚠ {c.message}" for c in self.timeline.conflicts.get(hit.id, [])]
                self.setToolTip("\n".join(lines))
            else:
                self.setToolTip("")
        return super().event(event)
