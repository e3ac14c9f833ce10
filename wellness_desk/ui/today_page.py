"""Today, the dashboard: now and next in every space and the door of the chosen session,
today's kits and stock warnings, sync, and the charts of today's report."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import clock, schedule
from ..errors import WellnessError
from ..views import StockWarning, TodayView, today_view
from .charts import ChartWidget
from .tasks import TaskRunner
from .widgets import page_title

if TYPE_CHECKING:
    from .sync_worker import SyncWorker

REFRESH_MS = 30_000  # "now" moves on even when nobody taps


def _session_line(label: str, w: schedule.Workshop | None) -> str:
    if w is None:
        return f"{label}: —"
    people = f" · {w.headcount}/{w.capacity}" if w.capacity else f" · {w.headcount} in"
    cancelled = " (cancelled)" if w.status == "cancelled" else ""
    return f"{label}: {w.local_start:%H:%M}–{w.local_end:%H:%M} {w.title}{cancelled}{people}"


class DoorPanel(QGroupBox):
    """Big +1 / −1 for heads through the door: a number, never a name."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__("Door", parent)
        self.runner = runner
        self.workshop: schedule.Workshop | None = None
        self.held_box: QMessageBox | None = None
        layout = QVBoxLayout(self)
        self.session = QLabel("Pick a space on the left.")
        self.session.setWordWrap(True)
        layout.addWidget(self.session)
        self.count = QLabel()
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.count.font()
        font.setPointSizeF(font.pointSizeF() * 4)
        font.setBold(True)
        self.count.setFont(font)
        layout.addWidget(self.count)
        self.state = QLabel()
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.state)
        heads = QHBoxLayout()
        self.minus = self._button("−1", lambda: self._tap("headcount", -1))
        self.plus = self._button("+1", lambda: self._tap("headcount", 1))
        heads.addWidget(self.minus)
        heads.addWidget(self.plus)
        layout.addLayout(heads)
        waiting = QHBoxLayout()
        self.waitlist = QLabel()
        waiting.addWidget(self.waitlist, 1)
        self.wait_minus = self._button("−1", lambda: self._tap("waitlist", -1), small=True)
        self.wait_plus = self._button("+1", lambda: self._tap("waitlist", 1), small=True)
        waiting.addWidget(self.wait_minus)
        waiting.addWidget(self.wait_plus)
        layout.addLayout(waiting)
        self.held = QPushButton("Mark held")
        self.held.clicked.connect(self._mark_held)
        layout.addWidget(self.held)
        layout.addStretch(1)
        self.show_workshop(None)

    @staticmethod
    def _button(text: str, slot: Callable[[], None], *, small: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(44 if small else 96)
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * (1.3 if small else 2.5))
        font.setBold(True)
        button.setFont(font)
        button.clicked.connect(slot)
        return button

    def show_workshop(self, w: schedule.Workshop | None) -> None:
        self.workshop = w
        live = w is not None and w.status != "cancelled"
        for button in (self.minus, self.plus, self.wait_minus, self.wait_plus, self.held):
            button.setEnabled(live)
        if w is None:
            self.session.setText("No session now or later today in this space.")
            self.count.setText("")
            self.state.setText("")
            self.waitlist.setText("")
            return
        self.session.setText(
            f"<b>{w.title}</b> · {w.kind}<br>{w.local_start:%H:%M}–{w.local_end:%H:%M} "
            f"in {w.space}" + (" · <b>cancelled</b>" if w.status == "cancelled" else "")
            + (" · held" if w.status == "held" else "")
        )
        self.count.setText(f"{w.headcount} / {w.capacity}" if w.capacity else str(w.headcount))
        self.state.setText("FULL: count newcomers on the waitlist" if w.full else "")
        self.state.setStyleSheet("color: #B71C1C; font-weight: 600;" if w.full else "")
        self.plus.setEnabled(live and not w.full)
        self.minus.setEnabled(live and w.headcount > 0)
        self.wait_minus.setEnabled(live and w.waitlist > 0)
        # Held can be put back (a slip of the finger); the question says so.
        self.held.setText("Put back (not held)" if w.status == "held" else "Mark held")
        self.held.setEnabled(live)
        self.waitlist.setText(f"Walk-ins waiting: {w.waitlist}")

    def _tap(self, counter: str, delta: int) -> None:
        if self.workshop is None:
            return
        workshop_id = self.workshop.id
        self.runner.write(
            lambda db: schedule.door_tap(db, workshop_id, counter=counter, delta=delta),
            lambda state: self.show_workshop(state.workshop),
        )

    def _mark_held(self) -> None:
        w = self.workshop
        if w is None:
            return
        if w.status == "held":
            self._set_status(w.id, "scheduled")
            return
        early = schedule.held_early_by(w, clock.utcnow())
        if early is None:
            self._set_status(w.id, "held")
            return
        box = QMessageBox(
            QMessageBox.Icon.Question, "Mark held",
            f"“{w.title}” starts at {w.local_start:%H:%M}, in {early} minutes. "
            "Mark it held now?\n\nYou can put it back with “Put back (not held)”.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        workshop_id = w.id

        def answered(answer: int) -> None:
            self.held_box = None
            if answer == QMessageBox.StandardButton.Yes:
                self._set_status(workshop_id, "held")

        box.finished.connect(answered)
        self.held_box = box
        box.open()

    def _set_status(self, workshop_id: int, status: str) -> None:
        self.runner.write(lambda db: schedule.set_status(db, workshop_id, status),
                          self.show_workshop)


class KitsTodayBox(QGroupBox):
    """Today's kits over every location, and the stock warnings the tiles show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Kits today", parent)
        layout = QVBoxLayout(self)
        self.total = QLabel()
        font = self.total.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.total.setFont(font)
        layout.addWidget(self.total)
        self.counts = _plain_label()
        # One short line per kit type: wrapped, the label was given one line's height and
        # clipped the rest under the total.
        self.counts.setWordWrap(False)
        layout.addWidget(self.counts)
        self.warnings = _plain_label()
        self.warnings.setObjectName("stock-warnings")
        self.warnings.setStyleSheet("color: #B71C1C; font-weight: 600;")
        layout.addWidget(self.warnings)
        layout.addStretch(1)

    def show_kits(self, view: TodayView) -> None:
        n = view.kits_today
        self.total.setText(f"{n:,} kit{'' if n == 1 else 's'} handed out")
        self.counts.setText("\n".join(f"{k.kit.name}: {k.today:,}" for k in view.kits)
                            or "No kit types yet.")
        self.warnings.setText("\n".join(_warning_line(w) for w in view.stock_warnings))
        self.warnings.setVisible(bool(view.stock_warnings))


def _plain_label() -> QLabel:
    # Kit and place names are typed by people: never read as Qt rich text.
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _warning_line(w: StockWarning) -> str:
    if w.tile.below_zero:
        return (f"⚠ {w.tile.kit.name} at {w.location.name}: stock {w.tile.stock:,}, "
                "below zero: count the box")
    return f"⚠ {w.tile.kit.name} at {w.location.name}: stock {w.tile.stock:,}, LOW"


# What each chart of the report's one-day scope is called here, and what it says empty.
CHARTS = (
    ("kits_per_hour", "Kits per hour today", "No hand-outs yet today"),
    ("kits_by_type", "Kits by type today", "No hand-outs yet today"),
    ("attendance_by_kind", "Attendance against capacity", "No sessions today"),
)


class TodayPage(QWidget):
    """The Today section's dashboard: now and next per space with the door, today's kits
    and stock, sync, and the report's charts for today.

    It reads again on every change (a tap, a door count) while it is on screen, one read
    at a time: taps that land during a read are all in the next one."""

    loaded = Signal()

    def __init__(self, runner: TaskRunner, sync: SyncWorker | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.view: TodayView | None = None
        self.space_id: int | None = None
        self._reading = False
        self._again = False
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title = page_title("Today")
        header.addWidget(self.title, 1)
        self.sync_status = _plain_label()
        self.sync_status.setObjectName("today-sync")
        self.sync_status.setWordWrap(False)
        header.addWidget(self.sync_status)
        layout.addLayout(header)
        row = QHBoxLayout()
        now_next = QGroupBox("Now and next")
        spaces_layout = QVBoxLayout(now_next)
        self.spaces = QListWidget()
        self.spaces.setSpacing(4)
        self.spaces.currentItemChanged.connect(self._space_picked)
        spaces_layout.addWidget(self.spaces)
        row.addWidget(now_next, 3)
        self.kits = KitsTodayBox()
        row.addWidget(self.kits, 2)
        self.door = DoorPanel(runner)
        row.addWidget(self.door, 2)
        layout.addLayout(row, 3)
        charts = QHBoxLayout()
        self.charts: dict[str, ChartWidget] = {}
        self.chart_boxes: dict[str, QGroupBox] = {}
        for key, name, empty in CHARTS:
            box = QGroupBox(name)
            box_layout = QVBoxLayout(box)
            chart = ChartWidget(name, empty_text=empty)
            chart.setObjectName(f"chart-{key}")
            box_layout.addWidget(chart)
            self.charts[key] = chart
            self.chart_boxes[key] = box
            charts.addWidget(box, 1)
        layout.addLayout(charts, 2)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(REFRESH_MS)
        runner.changed.connect(self.refresh)
        if sync is not None:
            self.sync_status.setText(sync.status_text)
            sync.status_changed.connect(self.sync_status.setText)

    def refresh(self) -> None:
        if self.runner.stopped:
            return
        if not self.isVisible() and self.view is not None:
            return  # read again when shown: no report is built behind taps for no one
        if self._reading:
            self._again = True
            return
        self._reading = True
        self.runner.read(lambda db: today_view(db, now=clock.utcnow()), self._show,
                         self._not_read)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _not_read(self, error: WellnessError) -> None:
        self._read_done()
        self.runner.failed.emit(error)

    def _read_done(self) -> None:
        self._reading = False
        if self._again:
            self._again = False
            self.refresh()

    def _show(self, view: TodayView) -> None:
        self.view = view
        if view.activation is None:
            self.title.setText("Today")
        else:
            self.title.setText(f"Today · {view.activation.name} · "
                               f"{view.now.astimezone(view.activation.zone):%a %d %b %H:%M}")
        self.spaces.blockSignals(True)
        self.spaces.clear()
        for entry in view.spaces:
            text = (f"{entry.space.name}\n{_session_line('Now', entry.now)}\n"
                    f"{_session_line('Next', entry.next)}")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry.space.id)
            self.spaces.addItem(item)
            if entry.space.id == self.space_id:
                self.spaces.setCurrentItem(item)
        if not view.spaces:
            self.spaces.addItem("No spaces yet: add them under Activations.")
        self.spaces.blockSignals(False)
        if self.spaces.currentItem() is None and view.spaces:
            self.spaces.setCurrentRow(0)
        else:
            self._space_picked()
        self.kits.show_kits(view)
        self._show_charts(view)
        self.loaded.emit()
        self._read_done()

    def _show_charts(self, view: TodayView) -> None:
        for key, name, _ in CHARTS:
            chart = view.chart(key)
            widget = self.charts[key]
            if chart is None:
                widget.show_values([], title=name)
            else:
                self.chart_boxes[key].setTitle(chart.title)
                widget.show_chart(chart)

    def door_session(self) -> schedule.Workshop | None:
        entry = next((e for e in (self.view.spaces if self.view else [])
                      if e.space.id == self.space_id), None)
        return entry.door if entry else None

    def _space_picked(self, *_: object) -> None:
        item = self.spaces.currentItem()
        self.space_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.door.show_workshop(self.door_session())
