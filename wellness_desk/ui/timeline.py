"""A day of the program drawn as columns (spaces) with time running down.

Three painted parts in one scroll area: the sessions (`TimelineView`, the scrolled widget),
the space names above them (`SpaceHeader`) and the hours beside them (`TimeRuler`). The
header and the ruler sit in the scroll area's viewport margins, outside the scrolled
viewport, and follow its scroll bars: the space names stay on screen however far down the
day is scrolled, and the hours however far sideways.

Screen readers: the sessions are painted, so the view itself is the one accessible object;
its accessible name and description are those of the focused session ("Breathwork,
14:00–14:45, Main tent, 12 of 30") and change, with a NameChanged event, as the arrow keys
move. (PySide6 has QAccessible.installFactory, but a Python QAccessibleInterface per
session, kept alive across repaints, is fragile; the name follows focus instead.)
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QWidget

from ..clock import utcnow, zone
from ..schedule import DayTimeline, Workshop
from . import design
from .i18n import number_text, time_text

PX_PER_HOUR = 64
TOP = 10  # room above the first hour, so its label in the ruler is not cut in half
COLUMN_MIN = 160  # a space's column, before the day scrolls sideways
STRIPE = 6  # the kind's colour, down a session's left edge


def kind_colour(kind: str, kinds: list[str]) -> QColor:
    """A kind's colour (the kit palette: Okabe–Ito, told apart with colour-blindness)."""
    index = kinds.index(kind) if kind in kinds else len(kinds)
    return QColor(design.TILE_PALETTE[index % len(design.TILE_PALETTE)])


@dataclass
class Block:
    """A session as drawn: where, and the lines of text painted in it (elided)."""

    rect: QRectF
    workshop: Workshop
    column: int
    lines: list[str]


class TimelineView(QWidget):
    """Click a session, or move to it with the arrow keys and press Enter, to edit it.
    Conflicts are outlined and marked ⚠; held, cancelled and full sessions say so in words
    or a sign as well as by colour."""

    workshop_clicked = Signal(int)
    current_moved = Signal(QRectF)  # the focused session's block, to scroll it into view
    laid_out = Signal()  # columns or hours changed: the header and ruler repaint

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline: DayTimeline | None = None
        self.kinds: list[str] = []
        self._blocks: list[Block] = []
        self.current_id: int | None = None
        self._first = self._last = datetime.min
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._describe()

    # -- the day's layout ------------------------------------------------------------------

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
        self.setMinimumHeight(TOP + hours * PX_PER_HOUR + TOP)
        self.setMinimumWidth(COLUMN_MIN * max(1, len(timeline.spaces)))
        self._relayout()
        if self.current_id is not None and self.block_for(self.current_id) is None:
            self.current_id = None  # deleted, or on another day now
        self._describe()
        self.update()

    def hours(self) -> list[datetime]:
        """The whole hours drawn, as local times."""
        found, hour = [], self._first
        while hour <= self._last and self.timeline is not None:
            found.append(hour)
            hour += timedelta(hours=1)
        return found

    def column_width(self) -> float:
        n = len(self.timeline.spaces) if self.timeline is not None else 0
        return self.width() / n if n else float(self.width())

    def _y(self, instant: datetime) -> float:
        minutes = (instant - self._first).total_seconds() / 60
        return TOP + minutes * PX_PER_HOUR / 60

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
        return next((b.rect for b in self._blocks if b.workshop.id == workshop_id), None)

    def label_for(self, workshop_id: int) -> list[str]:
        """The lines painted in a session's block, as drawn (elided to fit)."""
        return next((b.lines for b in self._blocks if b.workshop.id == workshop_id), [])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        self._blocks = []
        timeline = self.timeline
        if timeline is not None:
            tz = zone(timeline.activation.tz)
            width = self.column_width()
            for i, space in enumerate(timeline.spaces):
                for w in timeline.workshops.get(space.id, []):
                    top = self._y(max(w.start, timeline.starts).astimezone(tz))
                    bottom = self._y(w.end.astimezone(tz))
                    line = QFontMetrics(self.font()).lineSpacing()
                    rect = QRectF(i * width + 4, top + 1, width - 8,
                                  max(line + 4.0, bottom - top - 2))
                    self._blocks.append(Block(rect, w, i, self._lines(w, rect)))
        self.laid_out.emit()

    # -- what a session says -------------------------------------------------------------

    def _state(self, w: Workshop) -> str:
        if w.status == "cancelled":
            return self.tr("Cancelled")
        if w.status == "held":
            return self.tr("Held")
        if w.full:
            return self.tr("Full")
        return ""

    def _sign(self, w: Workshop) -> str:
        """A sign before the title, so a state is never told by colour alone."""
        conflict = "⚠ " if self.timeline and self.timeline.conflicts.get(w.id) else ""
        state = {"cancelled": "✕ ", "held": "✓ "}.get(w.status, "")
        if not state and w.full:
            state = self.tr("Full: ")
        return conflict + state

    def _span(self, w: Workshop) -> str:
        return self.tr("{start}–{end}").format(start=time_text(w.local_start),
                                               end=time_text(w.local_end))

    def _count(self, w: Workshop) -> str:
        if w.capacity:
            return self.tr("%n of {capacity}", "", w.headcount).format(
                capacity=number_text(w.capacity))
        return self.tr("%n person(s)", "", w.headcount)

    def _people(self, w: Workshop) -> str:
        return ", ".join(w.facilitators)

    def _lines(self, w: Workshop, rect: QRectF) -> list[str]:
        """The block's lines, most needed first kept: title and facilitators, then the time
        and the headcount; each elided to the block's width."""
        metrics = QFontMetrics(self.font())
        room = int(rect.width()) - STRIPE - 10
        fits = max(1, int((rect.height() - 4) // metrics.lineSpacing()))
        title, people = self._sign(w) + w.title, self._people(w)
        if fits == 1:
            wanted = [self.tr("{title} · {people}").format(title=title, people=people)
                      if people else title]
        elif fits == 2:
            wanted = [title, people or self._span(w)]
        else:
            state = self._state(w)
            first = (self.tr("{time} · {state}").format(time=self._span(w), state=state)
                     if state else self._span(w))
            wanted = [first, title] + ([people] if people else []) + [self._count(w)]
        return [metrics.elidedText(t, Qt.TextElideMode.ElideRight, room)
                for t in wanted[:fits]]

    def accessible_text(self, w: Workshop) -> str:
        """A session as a screen reader says it: "Breathwork, 14:00–14:45, Main tent, 12 of 30"."""
        text = self.tr("{title}, {time}, {space}, {count}").format(
            title=w.title, time=self._span(w), space=w.space, count=self._count(w))
        state = self._state(w)
        return self.tr("{session}, {state}").format(session=text, state=state) if state else text

    def details(self, w: Workshop) -> str:
        """The whole of a session, for its tooltip and accessible description."""
        lines = [w.title]
        if w.facilitators:
            lines.append(self.tr("With {people}").format(people=self._people(w)))
        lines.append(self.tr("{time} · {space} · {kind}").format(
            time=self._span(w), space=w.space, kind=w.kind))
        count = self._count(w)
        state = self._state(w)
        lines.append(self.tr("{count} · {state}").format(count=count, state=state)
                     if state else count)
        conflicts = self.timeline.conflicts.get(w.id, []) if self.timeline else []
        lines += [f"⚠ {c.message}" for c in conflicts]
        return "\n".join(lines)

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        c = design.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(c.surface))
        timeline = self.timeline
        if timeline is None:
            return
        if not timeline.spaces:
            painter.setPen(QColor(c.text_muted))
            painter.drawText(self.rect().adjusted(design.SPACE.xl, 0, -design.SPACE.xl, 0),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("No spaces yet: add the tents and rooms under "
                                     "Activations."))
            return
        grid = QPen(QColor(c.border))
        painter.setPen(grid)
        for hour in self.hours():
            y = self._y(hour)
            painter.drawLine(QPointF(0, y), QPointF(self.width(), y))
        width = self.column_width()
        for i in range(1, len(timeline.spaces)):
            painter.drawLine(QPointF(i * width, 0), QPointF(i * width, self.height()))
        for block in self._blocks:
            self._draw_block(painter, block)
        now = utcnow()
        if timeline.starts <= now < timeline.ends:
            y = self._y(now.astimezone(zone(timeline.activation.tz)))
            painter.setPen(QPen(QColor(c.danger), 2))
            painter.drawLine(QPointF(0, y), QPointF(self.width(), y))

    def _draw_block(self, painter: QPainter, block: Block) -> None:
        c = design.colours()
        w, rect = block.workshop, block.rect
        conflicts = self.timeline.conflicts.get(w.id, []) if self.timeline else []
        cancelled = w.status == "cancelled"
        fill = {"cancelled": c.slot_cancelled, "held": c.slot_attended}.get(
            w.status, c.slot_no_show if w.full else c.surface_alt)
        pen = QPen(QColor(c.danger), 3) if conflicts else QPen(QColor(c.border), 1)
        if cancelled:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(rect, design.RADIUS.small, design.RADIUS.small)
        stripe = QRectF(rect.left() + 1.5, rect.top() + 1.5, STRIPE, rect.height() - 3)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(c.border) if cancelled else kind_colour(w.kind, self.kinds))
        painter.drawRoundedRect(stripe, 2, 2)
        if w.capacity and not cancelled:
            # How full, as a length as well as in numbers.
            share = min(1.0, w.headcount / w.capacity)
            bar = QRectF(rect.left() + STRIPE + 4, rect.bottom() - 4,
                         (rect.width() - STRIPE - 8) * share, 2)
            painter.setBrush(QColor(c.text_muted))
            painter.drawRect(bar)
        metrics = QFontMetrics(self.font())
        x, y = rect.left() + STRIPE + 6, rect.top() + 2
        title_at = {1: 0, 2: 0}.get(len(block.lines), 1)
        for i, text in enumerate(block.lines):
            font = QFont(self.font())
            font.setStrikeOut(cancelled and i == title_at)
            font.setBold(i == title_at)
            painter.setFont(font)
            muted = cancelled or i != title_at
            painter.setPen(QColor(c.text_muted if muted else c.text))
            painter.drawText(QRectF(x, y, rect.right() - x - 4, metrics.lineSpacing()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            y += metrics.lineSpacing()
        painter.setFont(self.font())
        if self.hasFocus() and w.id == self.current_id:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(c.focus), 2))
            painter.drawRoundedRect(rect.adjusted(-2.5, -2.5, 2.5, 2.5),
                                    design.RADIUS.medium, design.RADIUS.medium)

    # -- mouse, keys, screen readers ------------------------------------------------------

    def workshop_at(self, x: float, y: float) -> Workshop | None:
        # The last drawn is on top: where sessions overlap, that is the one a click means.
        return next((b.workshop for b in reversed(self._blocks)
                     if b.rect.contains(QPointF(x, y))), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self.workshop_at(event.position().x(), event.position().y())
        if hit is not None:
            self.set_current(hit.id)
            self.workshop_clicked.emit(hit.id)
        super().mousePressEvent(event)

    def current(self) -> Workshop | None:
        return next((b.workshop for b in self._blocks if b.workshop.id == self.current_id),
                    None)

    def set_current(self, workshop_id: int | None) -> None:
        self.current_id = workshop_id
        self._describe()
        rect = self.block_for(workshop_id) if workshop_id is not None else None
        if rect is not None:
            self.current_moved.emit(rect)
        self.update()

    def _describe(self) -> None:
        w = self.current()
        if w is None:
            self.setAccessibleName(self.tr("Day timeline"))
            self.setAccessibleDescription(self.tr(
                "Arrow keys move between sessions; Enter opens the focused one."))
        else:
            self.setAccessibleName(self.accessible_text(w))
            self.setAccessibleDescription(self.details(w))
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))

    def _neighbour(self, key: int) -> Block | None:
        blocks = self._blocks
        if not blocks:
            return None
        here = next((b for b in blocks if b.workshop.id == self.current_id), None)
        if here is None:
            return self._first_block()
        column = [b for b in blocks if b.column == here.column]
        at = column.index(here)
        if key == Qt.Key.Key_Down:
            return column[at + 1] if at + 1 < len(column) else None
        if key == Qt.Key.Key_Up:
            return column[at - 1] if at > 0 else None
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            return column[0 if key == Qt.Key.Key_Home else -1]
        step = 1 if key == Qt.Key.Key_Right else -1
        columns = sorted({b.column for b in blocks})
        ahead = [n for n in columns if (n - here.column) * step > 0]
        if not ahead:
            return None
        nearest = min(ahead, key=lambda n: abs(n - here.column))
        # The session of the next space nearest in time to this one.
        return min((b for b in blocks if b.column == nearest),
                   key=lambda b: abs(b.rect.top() - here.rect.top()))

    def _first_block(self) -> Block | None:
        """Where the keys start: the first session from now on (on the day), else the first."""
        if not self._blocks:
            return None
        y = self.focus_y()
        later = [b for b in self._blocks if b.rect.bottom() >= y]
        return min(later or self._blocks, key=lambda b: (b.rect.top(), b.column))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right,
                   Qt.Key.Key_Home, Qt.Key.Key_End):
            target = self._neighbour(key)
            if target is not None:
                self.set_current(target.workshop.id)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self.current_id is not None:
                self.workshop_clicked.emit(self.current_id)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.current_id is None:
            first = self._first_block()
            if first is not None:
                self.set_current(first.workshop.id)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            hit = self.workshop_at(event.pos().x(), event.pos().y())
            self.setToolTip(self.details(hit) if hit is not None else "")
        return super().event(event)

    def tooltip_for(self, workshop_id: int) -> str:
        w = next((b.workshop for b in self._blocks if b.workshop.id == workshop_id), None)
        return self.details(w) if w is not None else ""


class SpaceHeader(QWidget):
    """The space names over the columns; not scrolled, it follows the day sideways."""

    def __init__(self, view: TimelineView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.offset = 0
        view.laid_out.connect(self._changed)

    def _changed(self) -> None:
        self.setAccessibleName(self.tr("Spaces: {names}").format(
            names=", ".join(self.names())))
        self.update()

    def names(self) -> list[str]:
        timeline = self.view.timeline
        return [s.name for s in timeline.spaces] if timeline is not None else []

    def cells(self) -> list[tuple[QRectF, str, str]]:
        """Each space's cell (in this widget's coordinates), name and capacity line."""
        timeline = self.view.timeline
        if timeline is None:
            return []
        width = self.view.column_width()
        return [(QRectF(i * width - self.offset, 0, width, self.height()), s.name,
                 self.tr("Holds {capacity}").format(capacity=number_text(s.capacity))
                 if s.capacity else "")
                for i, s in enumerate(timeline.spaces)]

    def set_offset(self, offset: int) -> None:
        self.offset = offset
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        c = design.colours()
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(c.surface_alt))
        painter.setPen(QColor(c.border))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        bold = design.font("label", self.font())
        small = design.font("caption", self.font())
        for rect, name, capacity in self.cells():
            inner = rect.adjusted(design.SPACE.s, design.SPACE.xs, -design.SPACE.s,
                                  -design.SPACE.xs)
            painter.setPen(QColor(c.border))
            painter.drawLine(QPointF(rect.right(), 0), QPointF(rect.right(), self.height()))
            painter.setFont(bold)
            painter.setPen(QColor(c.text))
            metrics = QFontMetrics(bold)
            line = QRectF(inner.left(), inner.top(), inner.width(), metrics.lineSpacing())
            painter.drawText(line, Qt.AlignmentFlag.AlignCenter, metrics.elidedText(
                name, Qt.TextElideMode.ElideRight, int(inner.width())))
            if capacity:
                painter.setFont(small)
                painter.setPen(QColor(c.text_muted))
                painter.drawText(QRectF(inner.left(), line.bottom(), inner.width(),
                                        QFontMetrics(small).lineSpacing()),
                                 Qt.AlignmentFlag.AlignCenter, capacity)

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            hit = next((f"{name}\n{capacity}".strip() for rect, name, capacity in self.cells()
                        if rect.contains(QPointF(event.pos()))), "")
            self.setToolTip(hit)
        return super().event(event)


class TimeRuler(QWidget):
    """The hours beside the day; not scrolled, it follows the day up and down."""

    def __init__(self, view: TimelineView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.offset = 0
        view.laid_out.connect(self.update)

    def set_offset(self, offset: int) -> None:
        self.offset = offset
        self.update()

    def labels(self) -> list[tuple[float, str]]:
        tz = zone(self.view.timeline.activation.tz) if self.view.timeline else None
        return [(self.view._y(h) - self.offset, time_text(h.astimezone(tz)))
                for h in self.view.hours()]

    def paintEvent(self, event: QPaintEvent) -> None:
        c = design.colours()
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(c.surface_alt))
        painter.setPen(QColor(c.text_muted))
        painter.setFont(design.font("caption", self.font()))
        for y, text in self.labels():
            painter.drawText(QRectF(0, y - 9, self.width() - design.SPACE.s, 18),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)


class TimelineScroll(QScrollArea):
    """The day in its scroll area, the space names above and the hours to the left kept
    in the viewport's margins."""

    def __init__(self, view: TimelineView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setWidgetResizable(True)
        self.setWidget(view)
        self.header = SpaceHeader(view, self)
        self.ruler = TimeRuler(view, self)
        self.horizontalScrollBar().valueChanged.connect(self.header.set_offset)
        self.verticalScrollBar().valueChanged.connect(self.ruler.set_offset)
        view.current_moved.connect(self._show_block)
        self._margins()

    def _margins(self) -> None:
        caption = QFontMetrics(design.font("caption", self.font()))
        label = QFontMetrics(design.font("label", self.font()))
        widest = max(caption.horizontalAdvance(time_text(time(h, 0))) for h in (0, 11, 12, 23))
        self.gutter = widest + design.SPACE.l
        self.header_height = label.lineSpacing() + caption.lineSpacing() + design.SPACE.s
        self.setViewportMargins(self.gutter, self.header_height, 0, 0)
        self._place()

    def _place(self) -> None:
        vp = self.viewport().geometry()
        self.header.setGeometry(QRect(vp.left(), vp.top() - self.header_height, vp.width(),
                                      self.header_height))
        self.ruler.setGeometry(QRect(vp.left() - self.gutter, vp.top(), self.gutter,
                                     vp.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LocaleChange,
                            QEvent.Type.LanguageChange):
            self._margins()

    def _show_block(self, rect: QRectF) -> None:
        room = self.viewport().height()
        # A block taller than the view shows its top, where its title is.
        y = rect.top() + min(rect.height(), room - 16) / 2
        self.ensureVisible(int(rect.center().x()), int(y), int(rect.width() / 2) + 8,
                           int(min(rect.height(), room - 16) / 2) + 8)
