"""Today, the dashboard: now and next in every space and the door of the chosen session,
today's kits and stock warnings, sync, and the charts of today's report."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import clock, schedule
from ..errors import WellnessError
from ..views import StockWarning, TodayView, today_view
from . import design, i18n
from .charts import ChartWidget
from .plurals import plural
from .tasks import TaskRunner
from .widgets import page_title

if TYPE_CHECKING:
    from .sync_worker import SyncWorker

REFRESH_MS = 30_000  # "now" moves on even when nobody taps


def _times(w: schedule.Workshop) -> str:
    return QCoreApplication.translate("today_page", "{start}–{end}").format(
        start=i18n.time_text(w.local_start), end=i18n.time_text(w.local_end))


def _people(w: schedule.Workshop) -> str:
    if w.capacity:
        return QCoreApplication.translate("today_page", "{count}/{capacity}").format(
            count=i18n.number_text(w.headcount), capacity=i18n.number_text(w.capacity))
    return QCoreApplication.translate("today_page", "{count} in").format(
        count=i18n.number_text(w.headcount))


def _session_line(now: bool, w: schedule.Workshop | None) -> str:
    """"Now: 14:00–14:45 Morning yoga · 3/10" (a card's words for a screen reader)."""
    if w is None:
        return (QCoreApplication.translate("today_page", "Now: —") if now
                else QCoreApplication.translate("today_page", "Next: —"))
    words = {"times": _times(w), "title": w.title, "people": _people(w)}
    if w.status == "cancelled":
        text = (QCoreApplication.translate("today_page", "Now: {times} {title} (cancelled)")
                if now else
                QCoreApplication.translate("today_page", "Next: {times} {title} (cancelled)"))
    else:
        text = (QCoreApplication.translate("today_page", "Now: {times} {title} · {people}")
                if now else
                QCoreApplication.translate("today_page", "Next: {times} {title} · {people}"))
    return text.format(**words)


def _plain_label(role: str | None = None) -> QLabel:
    # Kit, session and place names are typed by people: never read as Qt rich text.
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if role is not None:
        design.mark(label, role)
    return label


class SpaceCard(QFrame):
    """One space on Today: its name, the session running now (time, title, headcount bar
    against capacity) and the next one; "At the door" makes the door count for it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        design.mark(self, "card")
        self.space_id: int | None = None
        self.entry: schedule.NowAndNext | None = None
        sp = design.SPACE
        column = QVBoxLayout(self)
        column.setContentsMargins(sp.l, sp.m, sp.l, sp.m)
        column.setSpacing(sp.xs)
        top = QHBoxLayout()
        self.name = _plain_label("subtitle")
        top.addWidget(self.name, 1)
        self.door_button = QPushButton(self.tr("At the door"))
        self.door_button.setCheckable(True)
        design.mark(self.door_button, kind="role")
        self.door_button.setMinimumSize(design.TOUCH, design.TOUCH)
        top.addWidget(self.door_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        self.now_title = _plain_label("label")
        self.now_time = _plain_label()
        column.addWidget(self.now_title)
        column.addWidget(self.now_time)
        bar_row = QHBoxLayout()
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(design.SPACE.m)
        bar_row.addWidget(self.bar, 1)
        self.people = _plain_label("label")
        self.people.setWordWrap(False)
        bar_row.addWidget(self.people)
        column.addLayout(bar_row)
        self.next_line = _plain_label()
        column.addWidget(self.next_line)

    def show_entry(self, entry: schedule.NowAndNext) -> None:
        self.entry = entry
        self.space_id = entry.space.id
        self.name.setText(entry.space.name)
        now = entry.now
        if now is None:
            self.now_title.setText(self.tr("Nothing on now"))
            self.now_time.setText("")
            self.now_time.hide()
            self.bar.hide()
            self.people.hide()
        else:
            cancelled = self.tr(" (cancelled)") if now.status == "cancelled" else ""
            self.now_title.setText(self.tr("Now: {title}{cancelled}").format(
                title=now.title, cancelled=cancelled))
            self.now_time.setText(_times(now))
            self.now_time.show()
            self.people.show()
            if now.capacity:
                self.bar.setRange(0, now.capacity)
                self.bar.setValue(min(now.headcount, now.capacity))
                self.bar.show()
                self.people.setText(self.tr("{count} of {capacity}").format(
                    count=i18n.number_text(now.headcount),
                    capacity=i18n.number_text(now.capacity)))
            else:
                self.bar.hide()
                self.people.setText(self.tr("{count} in").format(
                    count=i18n.number_text(now.headcount)))
            self.bar.setAccessibleName(self.tr("Headcount of {title}").format(title=now.title))
        nxt = entry.next
        self.next_line.setText(
            self.tr("Next: {title}, {times}").format(title=nxt.title, times=_times(nxt))
            if nxt is not None else self.tr("Nothing next today"))
        self.door_button.setAccessibleName(self.tr("Count at the door for {space}").format(
            space=entry.space.name))
        self.setAccessibleName(" · ".join(self.summary()))

    def summary(self) -> list[str]:
        """The card in three lines: the space, now, next."""
        if self.entry is None:
            return []
        return [self.entry.space.name, _session_line(True, self.entry.now),
                _session_line(False, self.entry.next)]


class DoorPanel(QFrame):
    """Big +1 / −1 for heads through the door: a number, never a name. FULL turns the
    whole panel the danger colour with a large FULL and the waitlist hint."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.workshop: schedule.Workshop | None = None
        self.held_box: QMessageBox | None = None
        self.full = False
        sp = design.SPACE
        layout = QVBoxLayout(self)
        layout.setContentsMargins(sp.l, sp.m, sp.l, sp.m)
        layout.setSpacing(sp.s)
        self.heading = _plain_label("subtitle")
        self.heading.setText(self.tr("Door"))
        layout.addWidget(self.heading)
        self.session = _plain_label("label")
        layout.addWidget(self.session)
        self.detail = _plain_label()
        layout.addWidget(self.detail)
        count_row = QHBoxLayout()
        self.count = _plain_label("display")
        self.count.setWordWrap(False)
        count_row.addWidget(self.count, 1)
        self.full_label = _plain_label("display")
        self.full_label.setObjectName("door-full")
        self.full_label.setWordWrap(False)
        self.full_label.setText(self.tr("FULL"))
        self.full_label.setAlignment(Qt.AlignmentFlag.AlignRight
                                     | Qt.AlignmentFlag.AlignVCenter)
        count_row.addWidget(self.full_label)
        layout.addLayout(count_row)
        self.state = _plain_label("label")
        layout.addWidget(self.state)
        heads = QHBoxLayout()
        heads.setSpacing(sp.s)
        self.minus = self._button("−1", lambda: self._tap("headcount", -1),
                                  self.tr("Take one person off the door count"))
        self.plus = self._button("+1", lambda: self._tap("headcount", 1),
                                 self.tr("Add one person at the door"))
        heads.addWidget(self.minus)
        heads.addWidget(self.plus)
        layout.addLayout(heads)
        waiting = QHBoxLayout()
        waiting.setSpacing(sp.s)
        self.waitlist = _plain_label()
        waiting.addWidget(self.waitlist, 1)
        self.wait_minus = self._button("−1", lambda: self._tap("waitlist", -1),
                                       self.tr("Take one person off the waitlist"),
                                       small=True)
        self.wait_plus = self._button("+1", lambda: self._tap("waitlist", 1),
                                      self.tr("Add one person to the waitlist"), small=True)
        waiting.addWidget(self.wait_minus)
        waiting.addWidget(self.wait_plus)
        layout.addLayout(waiting)
        self.held = QPushButton(self.tr("Mark held"))
        design.mark(self.held, kind="touch")
        self.held.setMinimumHeight(design.TOUCH)
        self.held.clicked.connect(self._mark_held)
        layout.addWidget(self.held)
        layout.addStretch(1)
        self.show_workshop(None)

    @staticmethod
    def _button(text: str, slot: Callable[[], None], name: str, *,
                small: bool = False) -> QPushButton:
        button = QPushButton(text)
        design.mark(button, kind="touch")
        size = design.TOUCH + (design.SPACE.s if small else design.SPACE.xl)
        button.setMinimumSize(QSize(size if small else size * 2, size))
        button.setFont(design.font("title" if small else "display", button.font()))
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.clicked.connect(slot)
        return button

    def background(self) -> str:
        """The panel's own colour now: the danger colour when FULL."""
        c = design.colours()
        return c.danger if self.full else c.surface

    def paintEvent(self, event: QPaintEvent) -> None:
        c = design.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        path = QPainterPath()
        path.addRoundedRect(box, design.RADIUS.large, design.RADIUS.large)
        painter.fillPath(path, QColor(self.background()))
        painter.setPen(QPen(QColor(c.danger if self.full else c.border), 1))
        painter.drawPath(path)

    def _paint_words(self) -> None:
        c = design.colours()
        ink = QColor(c.on_danger if self.full else c.text)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(self.background()))
        palette.setColor(QPalette.ColorRole.WindowText, ink)
        self.setPalette(palette)
        for label in (self.heading, self.session, self.detail, self.count, self.full_label,
                      self.state, self.waitlist):
            own = label.palette()
            own.setColor(QPalette.ColorRole.WindowText, ink)
            label.setPalette(own)
        self.setProperty("state", "full" if self.full else "")
        self.update()

    def show_workshop(self, w: schedule.Workshop | None) -> None:
        was_full = (self.full and self.workshop is not None and w is not None
                    and self.workshop.id == w.id)
        self.workshop = w
        live = w is not None and w.status != "cancelled"
        for button in (self.minus, self.plus, self.wait_minus, self.wait_plus, self.held):
            button.setEnabled(live)
        self.full = bool(w is not None and live and w.full)
        self.full_label.setVisible(self.full)
        self._paint_words()
        if w is None:
            self.session.setText(self.tr("No session now or later today in this space."))
            self.detail.setText("")
            self.count.setText("")
            self.state.setText("")
            self.waitlist.setText("")
            return
        self.session.setText(w.title)
        if w.status == "cancelled":
            detail = self.tr("{kind} · {times} in {space} · cancelled")
        elif w.status == "held":
            detail = self.tr("{kind} · {times} in {space} · held")
        else:
            detail = self.tr("{kind} · {times} in {space}")
        self.detail.setText(detail.format(kind=w.kind, times=_times(w), space=w.space))
        self.count.setText(
            self.tr("{count} / {capacity}").format(count=i18n.number_text(w.headcount),
                                                   capacity=i18n.number_text(w.capacity))
            if w.capacity else i18n.number_text(w.headcount))
        self.count.setAccessibleName(self.tr("At the door: {count}").format(
            count=self.count.text()))
        self.state.setText(self.tr("Count newcomers on the waitlist") if self.full else "")
        self.state.setVisible(self.full)
        self.plus.setEnabled(live and not w.full)
        self.minus.setEnabled(live and w.headcount > 0)
        self.wait_minus.setEnabled(live and w.waitlist > 0)
        # Held can be put back (a slip of the finger); the question says so.
        self.held.setText(self.tr("Put back (not held)") if w.status == "held"
                          else self.tr("Mark held"))
        self.held.setEnabled(live)
        self.waitlist.setText(self.tr("Walk-ins waiting: {count}").format(
            count=i18n.number_text(w.waitlist)))
        if self.full and not was_full:
            i18n.announce(self, self.tr("FULL: {title}. Count newcomers on the waitlist").format(
                title=w.title), assertive=True)

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
            QMessageBox.Icon.Question, self.tr("Mark held"),
            plural(self.tr("“{title}” starts at {time}, in %n minute(s). Mark it held now?"
                           "\n\nYou can put it back with “Put back (not held)”.", "", early),
                   early).format(title=w.title, time=i18n.time_text(w.local_start)),
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
        super().__init__(parent)
        self.setTitle(self.tr("Kits today"))
        outer = QVBoxLayout(self)
        self.total = _plain_label("subtitle")
        outer.addWidget(self.total)
        # A narrow box scrolls its lines rather than cut the warnings off under the total.
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Kits handed out today"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(design.SPACE.s)
        self.counts = _plain_label()
        layout.addWidget(self.counts)
        self.warnings = _plain_label("problem")
        self.warnings.setObjectName("stock-warnings")
        self.warnings.setFont(design.font("label", self.warnings.font()))
        layout.addWidget(self.warnings)
        layout.addStretch(1)
        scroll.setWidget(inner)
        self.lines_scroll = scroll
        outer.addWidget(scroll, 1)

    def show_kits(self, view: TodayView) -> None:
        n = view.kits_today
        self.total.setText(plural(self.tr("%Ln kit(s) handed out", "", n), n))
        self.counts.setText("\n".join(
            self.tr("{kit}: {count}").format(kit=k.kit.name, count=i18n.number_text(k.today))
            for k in view.kits) or self.tr("No kit types yet."))
        self.warnings.setText("\n".join(self.warning_line(w) for w in view.stock_warnings))
        self.warnings.setVisible(bool(view.stock_warnings))

    def warning_line(self, w: StockWarning) -> str:
        words = {"kit": w.tile.kit.name, "location": w.location.name,
                 "stock": i18n.number_text(w.tile.stock)}
        if w.tile.below_zero:
            return self.tr("⚠ {kit} at {location}: stock {stock}, below zero: count the box"
                           ).format(**words)
        return self.tr("⚠ {kit} at {location}: stock {stock}, LOW").format(**words)


def chart_names() -> tuple[tuple[str, str, str], ...]:
    """What each chart of the report's one-day scope is called here, and what it says
    empty."""
    return (
        ("kits_per_hour", QCoreApplication.translate("today_page", "Kits per hour today"),
         QCoreApplication.translate("today_page", "No hand-outs yet today")),
        ("kits_by_type", QCoreApplication.translate("today_page", "Kits by type today"),
         QCoreApplication.translate("today_page", "No hand-outs yet today")),
        ("attendance_by_kind",
         QCoreApplication.translate("today_page", "Attendance against capacity"),
         QCoreApplication.translate("today_page", "No sessions today")),
    )


class TodayPage(QWidget):
    """The Today section's dashboard: a card per space (now, next, headcount) with the door,
    today's kits and stock, sync, and the report's charts for today.

    It reads again on every change (a tap, a door count) while it is on screen, one read
    at a time: taps that land during a read are all in the next one."""

    loaded = Signal()
    # The empty states' buttons: the main window opens Activations or the Schedule.
    open_activations = Signal()
    open_schedule = Signal()

    def __init__(self, runner: TaskRunner, sync: SyncWorker | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.view: TodayView | None = None
        self.space_id: int | None = None
        self._reading = False
        self._again = False
        sp = design.SPACE
        layout = QVBoxLayout(self)
        layout.setContentsMargins(sp.l, sp.l, sp.l, sp.l)
        layout.setSpacing(sp.m)
        header = QHBoxLayout()
        self.title = page_title(self.tr("Today"))
        header.addWidget(self.title, 1)
        self.sync_status = _plain_label("muted")
        self.sync_status.setObjectName("today-sync")
        self.sync_status.setWordWrap(False)
        header.addWidget(self.sync_status)
        layout.addLayout(header)

        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.no_activation = design.EmptyState(
            self.tr("No activation yet. Create the festival or tour you are working at, "
                    "and Today shows its spaces, kits and door."),
            self.tr("Create an activation"))
        self.no_activation.button.clicked.connect(self.open_activations)
        self.pages.addWidget(self.no_activation)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(sp.m)
        # A short window (a small screen, 150 % scaling) scrolls the dashboard rather than
        # squeezing the door's big buttons or cutting text off.
        self.body_scroll = QScrollArea()
        self.body_scroll.setAccessibleName(self.tr("Today"))
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setWidget(body)
        self.pages.addWidget(self.body_scroll)

        row = QHBoxLayout()
        row.setSpacing(sp.m)
        now_next = QGroupBox(self.tr("Now and next"))
        now_next_layout = QVBoxLayout(now_next)
        self.cards_scroll = QScrollArea()
        self.cards_scroll.setAccessibleName(self.tr("Now and next in every space"))
        self.cards_scroll.setWidgetResizable(True)
        self.cards_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.cards_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        cards_box = QWidget()
        self.cards_layout = QVBoxLayout(cards_box)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.setSpacing(sp.s)
        self.cards_layout.addStretch(1)
        self.cards_scroll.setWidget(cards_box)
        now_next_layout.addWidget(self.cards_scroll)
        self.no_sessions = design.EmptyState()
        self.no_sessions.button.clicked.connect(self._empty_action)
        now_next_layout.addWidget(self.no_sessions)
        self.cards: list[SpaceCard] = []
        self._empty_goes = "schedule"
        self.door_group = QButtonGroup(self)
        self.door_group.setExclusive(True)
        row.addWidget(now_next, 3)
        self.kits = KitsTodayBox()
        row.addWidget(self.kits, 2)
        self.door = DoorPanel(runner)
        row.addWidget(self.door, 2)
        body_layout.addLayout(row, 3)
        charts = QHBoxLayout()
        charts.setSpacing(sp.m)
        self.charts: dict[str, ChartWidget] = {}
        self.chart_boxes: dict[str, QGroupBox] = {}
        for key, name, empty in chart_names():
            box = QGroupBox(name)
            box_layout = QVBoxLayout(box)
            chart = ChartWidget(name, empty_text=empty)
            chart.setObjectName(f"chart-{key}")
            box_layout.addWidget(chart)
            self.charts[key] = chart
            self.chart_boxes[key] = box
            charts.addWidget(box, 1)
        body_layout.addLayout(charts, 2)
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
            self.title.setText(self.tr("Today"))
            self.pages.setCurrentWidget(self.no_activation)
        else:
            local = view.now.astimezone(view.activation.zone)
            self.title.setText(self.tr("Today · {activation} · {day} {time}").format(
                activation=view.activation.name, day=i18n.date_text(local.date()),
                time=i18n.time_text(local)))
            self.pages.setCurrentWidget(self.body_scroll)
        self._show_cards(view)
        self.kits.show_kits(view)
        self._show_charts(view)
        self.loaded.emit()
        self._read_done()

    def _show_cards(self, view: TodayView) -> None:
        while len(self.cards) < len(view.spaces):
            card = SpaceCard()
            self.door_group.addButton(card.door_button)
            card.door_button.clicked.connect(partial(self._card_picked, card))
            self.cards_layout.insertWidget(len(self.cards), card)
            self.cards.append(card)
        for card, entry in zip(self.cards, view.spaces, strict=False):
            card.show_entry(entry)
            card.show()
        for card in self.cards[len(view.spaces):]:
            card.hide()
            card.space_id = None
        ids = [e.space.id for e in view.spaces]
        if self.space_id not in ids:
            self.space_id = ids[0] if ids else None
        for card in self.cards:
            card.door_button.setChecked(card.space_id is not None
                                        and card.space_id == self.space_id)
        sessions = any(e.now or e.next for e in view.spaces)
        if not view.spaces:
            self._empty_goes = "activations"
            self.no_sessions.set_text(self.tr("No spaces yet: add them under Activations."),
                                      self.tr("Open Activations"))
        else:
            self._empty_goes = "schedule"
            self.no_sessions.set_text(self.tr("No sessions today. Plan them in the schedule."),
                                      self.tr("Open the schedule"))
        self.no_sessions.setVisible(not sessions)
        self.cards_scroll.setVisible(bool(view.spaces))
        self.door.show_workshop(self.door_session())

    def _empty_action(self) -> None:
        if self._empty_goes == "activations":
            self.open_activations.emit()
        else:
            self.open_schedule.emit()

    def _card_picked(self, card: SpaceCard, *_: object) -> None:
        self.space_id = card.space_id
        self.door.show_workshop(self.door_session())

    def _show_charts(self, view: TodayView) -> None:
        for key, name, _ in chart_names():
            chart = view.chart(key)
            widget = self.charts[key]
            if chart is None:
                widget.show_values([], title=name)
            else:
                self.chart_boxes[key].setTitle(name)
                widget.show_chart(chart)

    def door_session(self) -> schedule.Workshop | None:
        entry = next((e for e in (self.view.spaces if self.view else [])
                      if e.space.id == self.space_id), None)
        return entry.door if entry else None
