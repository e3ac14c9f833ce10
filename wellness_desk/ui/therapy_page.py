"""Therapy days on tour: slots and bookings, with names hidden until the section is unlocked.

The day is a column of slot cards in time order, each in its status colour and with its
status in words; the actions of the selected slot (only those its status allows) sit in a
panel beside it and in its right-click menu. The budget is a bar, spent and committed
against the amount, with the figures beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from decimal import Decimal
from functools import partial
from time import time as wall_clock
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from .. import kits, therapy, therapy_io, vault
from ..clock import utcnow, zone
from ..errors import WellnessError
from ..vault import Vault
from ..views import TherapyView, therapy_view
from . import design, i18n
from .core_words import error_text, translated
from .design import RADIUS, SPACE, TOUCH
from .forms import FormDialog, decimal_point
from .tasks import Job, TaskRunner
from .widgets import show_problem

Sheet = TypeVar("Sheet")  # a sheet's plan, as its save takes it

HIDDEN = "•••••"
IDLE_CHECK_MS = 5_000

# What a slot card carries (the delegate paints these; tests read them).
SLOT_ID = Qt.ItemDataRole.UserRole
TIME = Qt.ItemDataRole.UserRole + 1
STATE = Qt.ItemDataRole.UserRole + 2  # a SlotState value, or CANCELLED
STATUS = Qt.ItemDataRole.UserRole + 3  # the status in words
PERSON = Qt.ItemDataRole.UserRole + 4  # "" (no booking), HIDDEN (locked) or the name
WHO = Qt.ItemDataRole.UserRole + 5  # the booking's role ("Crew")

# The design system has a colour for a cancelled slot; the core frees a slot whose booking
# is cancelled (it shows as free), so this state is drawn only if the core ever gives it.
CANCELLED = "cancelled"


def _label(text: str = "", role: str | None = None) -> QLabel:
    label = QLabel(text)
    if role is not None:
        design.mark(label, role)
    return label


def status_word(state: str) -> str:
    """A slot's status in words, so it is never told by colour alone."""
    words: dict[str, str] = {
        therapy.SlotState.FREE: QCoreApplication.translate("therapy_page", "Free"),
        therapy.SlotState.BOOKED: QCoreApplication.translate("therapy_page", "Booked"),
        therapy.SlotState.ATTENDED: QCoreApplication.translate("therapy_page", "Attended"),
        therapy.SlotState.NO_SHOW: QCoreApplication.translate("therapy_page", "No-show"),
        therapy.SlotState.BLOCKED: QCoreApplication.translate("therapy_page", "Blocked"),
        CANCELLED: QCoreApplication.translate("therapy_page", "Cancelled"),
    }
    return words.get(state, state)


def status_colour(state: str, colours: design.Colours | None = None) -> str:
    """A slot status's background, from the design system's slot colours."""
    c = colours or design.colours()
    return str(getattr(c, f"slot_{state}", c.surface))


def _accent(state: str, c: design.Colours) -> str:
    """The strip at a card's edge: a stronger colour of the same status."""
    strips: dict[str, str] = {
        therapy.SlotState.FREE: c.success, therapy.SlotState.BOOKED: c.primary,
        therapy.SlotState.ATTENDED: c.success, therapy.SlotState.NO_SHOW: c.warning,
    }
    return strips.get(state, c.text_muted)


def role_text(role: str) -> str:
    """A booking's role as the page says it."""
    labels = {
        kits.UNSPECIFIED: QCoreApplication.translate("therapy_page", "Unspecified"),
        "artist": QCoreApplication.translate("therapy_page", "Artist"),
        "crew": QCoreApplication.translate("therapy_page", "Crew"),
        "venue_staff": QCoreApplication.translate("therapy_page", "Venue staff"),
        "family": QCoreApplication.translate("therapy_page", "Family"),
        "other": QCoreApplication.translate("therapy_page", "Other"),
    }
    return labels.get(role, kits.ROLE_LABELS.get(role, role))


def cents(amount: Decimal) -> int:
    """Whole cents of an amount the core keeps as Decimal (never through a float)."""
    return int((amount * 100).to_integral_value())


def _time(q: QTime) -> time:
    return time(q.hour(), q.minute())


def _time_edit(at: QTime, name: str) -> QTimeEdit:
    """A time typed the locale's way (24-hour or am/pm), named for screen readers."""
    edit = QTimeEdit(at)
    edit.setDisplayFormat(i18n.locale().timeFormat(QLocale.FormatType.ShortFormat))
    edit.setAccessibleName(name)
    return edit


def _buddy(form: FormDialog, widget: QWidget, name: str) -> None:
    """The last row's label is the field's buddy, and its text the field's name."""
    item = form.form.itemAt(form.form.rowCount() - 1, QFormLayout.ItemRole.LabelRole)
    label = item.widget() if item is not None else None
    if isinstance(label, QLabel):
        label.setBuddy(widget)
    widget.setAccessibleName(name)


class LunchRow(QWidget):
    """An optional lunch break: a tick and its two times."""

    def __init__(self, start: time | None, end: time | None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.on = QCheckBox(self.tr("Lunch"))
        self.on.setAccessibleName(self.tr("Lunch break"))
        self.on.setChecked(start is not None)
        self.start = _time_edit(QTime(13, 0) if start is None
                                else QTime(start.hour, start.minute), self.tr("Lunch starts"))
        self.end = _time_edit(QTime(14, 0) if end is None else QTime(end.hour, end.minute),
                              self.tr("Lunch ends"))
        row.addWidget(self.on)
        row.addWidget(self.start)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.end)
        row.addStretch(1)

    def times(self) -> tuple[time | None, time | None]:
        if not self.on.isChecked():
            return None, None
        return _time(self.start.time()), _time(self.end.time())


def _window_row(start: QTimeEdit, end: QTimeEdit) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(start)
    row.addWidget(QLabel(QCoreApplication.translate("therapy_page", "to")))
    row.addWidget(end)
    row.addStretch(1)
    return row


def _minutes(value: int, low: int, high: int, name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(QCoreApplication.translate("therapy_page", " min"))
    box.setAccessibleName(name)
    return box


class RhythmFields:
    """The day window, session and break lengths and lunch, as rows of a form."""

    def __init__(self, form: FormDialog, plan: therapy.DayPlan) -> None:
        self.start = _time_edit(QTime(plan.window_start.hour, plan.window_start.minute),
                                QCoreApplication.translate("RhythmFields", "Day starts"))
        self.end = _time_edit(QTime(plan.window_end.hour, plan.window_end.minute),
                              QCoreApplication.translate("RhythmFields", "Day ends"))
        form.add_field(QCoreApplication.translate("RhythmFields", "Day window"),
                       _window_row(self.start, self.end), "window_start", "window_end")
        _buddy(form, self.start, self.start.accessibleName())
        form.inputs["window_start"] = self.start
        form.inputs["window_end"] = self.end
        self.session = _minutes(plan.session_min, 10, 240,
                                QCoreApplication.translate("RhythmFields", "Session"))
        form.add_field(QCoreApplication.translate("RhythmFields", "Session"), self.session,
                       "session_min")
        _buddy(form, self.session, self.session.accessibleName())
        self.pause = _minutes(plan.break_min, 0, 120,
                              QCoreApplication.translate("RhythmFields", "Break"))
        form.add_field(QCoreApplication.translate("RhythmFields", "Break"), self.pause,
                       "break_min")
        _buddy(form, self.pause, self.pause.accessibleName())
        self.lunch = LunchRow(plan.lunch_start, plan.lunch_end)
        form.add_field(QCoreApplication.translate("RhythmFields", "Lunch break"), self.lunch,
                       "lunch_start", "lunch_end")
        _buddy(form, self.lunch.on, self.lunch.on.accessibleName())

    def plan(self) -> therapy.DayPlan:
        return therapy.DayPlan(_time(self.start.time()), _time(self.end.time()),
                               self.session.value(), self.pause.value(), *self.lunch.times())


def _currency(view: TherapyView) -> str:
    return view.budget.currency if view.budget else QCoreApplication.translate(
        "therapy_page", "no budget currency set yet")


def _example_amount(whole: int) -> str:
    return f"{whole}{decimal_point()}00"


class NewDayDialog(FormDialog):
    """A provider's day at a stop: window, session and break lengths, costs."""

    def __init__(self, runner: TaskRunner, view: TherapyView, key: Vault | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, "", parent)
        self.setWindowTitle(self.tr("New therapy day"))
        self.key = key
        self.stop = QComboBox()
        for stop in view.stops:
            self.stop.addItem(stop.name, stop.id)
        self.add_field(self.tr("Tour stop"), self.stop, "location_id")
        _buddy(self, self.stop, self.tr("Tour stop"))
        self.provider = QLineEdit()
        self.add_field(self.tr("Provider"), self.provider, "provider_name")
        _buddy(self, self.provider, self.tr("Provider"))
        self.credentials = QLineEdit()
        self.credentials.setPlaceholderText(self.tr("e.g. LCSW, licensed in NY"))
        self.add_field(self.tr("Credentials"), self.credentials, "provider_credentials")
        _buddy(self, self.credentials, self.tr("Credentials"))
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("phone or email (kept encrypted)"))
        self.add_field(self.tr("Contact"), self.contact, "provider_contact")
        _buddy(self, self.contact, self.tr("Provider's contact"))
        self.mode = QComboBox()
        self.mode.addItem(self.tr("In person"), "in_person")
        self.mode.addItem(self.tr("Remote"), "remote")
        self.add_field(self.tr("Mode"), self.mode, "mode")
        _buddy(self, self.mode, self.tr("Mode"))
        self.rhythm = RhythmFields(self, therapy.DayPlan(time(10), time(18)))
        self.start, self.end = self.rhythm.start, self.rhythm.end
        self.session, self.pause, self.lunch = (self.rhythm.session, self.rhythm.pause,
                                                self.rhythm.lunch)
        currency = _currency(view)
        self.per_session = QLineEdit()
        self.per_session.setPlaceholderText(
            self.tr("e.g. {amount}").format(amount=_example_amount(150)))
        self.add_field(self.tr("Cost per session"), self.per_session, "cost_per_session",
                       unit=currency)
        _buddy(self, self.per_session, self.tr("Cost per session"))
        self.per_day = QLineEdit()
        self.add_field(self.tr("Cost per day"), self.per_day, "cost_per_day", unit=currency)
        _buddy(self, self.per_day, self.tr("Cost per day"))

    def job(self) -> Job:
        key = self.key
        fields = {
            "location_id": self.stop.currentData(),
            "provider_name": self.provider.text(),
            "provider_credentials": self.credentials.text(),
            "provider_contact": self.contact.text() or None,
            "mode": self.mode.currentData(),
            "plan": self.rhythm.plan(),
            "cost_per_session": self.per_session.text() or None,
            "cost_per_day": self.per_day.text() or None,
            "decimal_point": decimal_point(),
        }
        return lambda db: therapy.create_therapy_day(db, key, **fields)


class PlanDialog(FormDialog):
    """Lay a day out again; booked slots that no longer fit ask for a decision first."""

    def __init__(self, runner: TaskRunner, day: therapy.TherapyDay,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, "", parent)
        self.setWindowTitle(self.tr("Change the day's plan"))
        self.day_id = day.id
        self.rhythm = RhythmFields(self, day.plan)
        self.keep_booked: bool | None = None
        self.clash_box: QMessageBox | None = None

    def job(self) -> Job:
        day_id, plan, keep = self.day_id, self.rhythm.plan(), self.keep_booked
        return lambda db: therapy.regenerate(db, day_id, plan, keep_booked=keep)

    def submit(self) -> None:
        self.keep_booked = None  # a changed plan asks again
        super().submit()

    def refused(self, error: WellnessError) -> None:
        if not isinstance(error, therapy.PlanClash):
            self.show_error(error)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Booked slots do not fit"),
                          error_text(error), parent=self)
        keep = box.addButton(self.tr("Keep those slots"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel those bookings"),
                               QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Leave the day as it is"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def decided(button: object) -> None:
            self.clash_box = None
            if button is keep or button is cancel:
                self.keep_booked = button is keep
                self.run(self.job())

        box.buttonClicked.connect(decided)
        self.clash_box = box
        box.open()


class AddSlotDialog(FormDialog):
    """A slot by hand, from wall times of the stop's day."""

    def __init__(self, runner: TaskRunner, day: therapy.TherapyDay,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, "", parent)
        self.setWindowTitle(self.tr("Add a slot by hand"))
        self.day_id = day.id
        at = day.plan.window_end
        self.start = _time_edit(QTime(at.hour, at.minute), self.tr("Slot starts"))
        self.end = _time_edit(QTime(at.hour, at.minute).addSecs(day.plan.session_min * 60),
                              self.tr("Slot ends"))
        self.add_field(self.tr("From"), _window_row(self.start, self.end), "start", "end")
        _buddy(self, self.start, self.start.accessibleName())
        self.inputs["start"] = self.start
        self.inputs["end"] = self.end

    def job(self) -> Job:
        day_id, start, end = self.day_id, _time(self.start.time()), _time(self.end.time())
        return lambda db: therapy.add_slot_at(db, day_id, start=start, end=end)


class BookDialog(FormDialog):
    """A person into a slot (or onto the waitlist); names, contacts, notes stay encrypted."""

    def __init__(self, runner: TaskRunner, title: str,
                 save: Callable[[dict[str, Any], bool], Job], *, notes: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, title, parent)
        self.save = save
        self.allow_over_budget = False
        self.over_budget_box: QMessageBox | None = None
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("full name, initials or an alias"))
        self.add_field(self.tr("Person"), self.person, "person")
        _buddy(self, self.person, self.tr("Person"))
        self.contact = QLineEdit()
        self.add_field(self.tr("Contact (optional)"), self.contact, "contact")
        _buddy(self, self.contact, self.tr("Contact (optional)"))
        self.role = QComboBox()
        for role in (kits.UNSPECIFIED, *kits.ROLES):
            self.role.addItem(role_text(role), role)
        self.add_field(self.tr("Role"), self.role, "role")
        _buddy(self, self.role, self.tr("Role"))
        self.notes = QLineEdit()
        if notes:
            self.add_field(self.tr("Notes"), self.notes, "notes")
            _buddy(self, self.notes, self.tr("Notes"))
        self.add_note(self.tr("Names, contacts and notes are stored encrypted."))

    def fields(self) -> dict[str, Any]:
        return {"person": self.person.text(), "contact": self.contact.text() or None,
                "role": self.role.currentData(), "notes": self.notes.text() or None}

    def job(self) -> Job:
        return self.save(self.fields(), self.allow_over_budget)

    def submit(self) -> None:
        self.allow_over_budget = False
        super().submit()

    def refused(self, error: WellnessError) -> None:
        if not isinstance(error, therapy.OverBudget):
            self.show_error(error)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Over budget"),
                          self.tr("{reason}.\n\nBook anyway?").format(reason=error_text(error)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def anyway() -> None:
            self.allow_over_budget = True
            self.run(self.job())

        box.accepted.connect(anyway)
        self.over_budget_box = box
        box.open()


class BudgetDialog(FormDialog):
    """The tour's therapy budget: an amount typed the local way, in a currency."""

    def __init__(self, runner: TaskRunner, tour_id: int, current: therapy.Budget | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, "", parent)
        self.setWindowTitle(self.tr("Therapy budget"))
        self.tour_id = tour_id
        self.amount = QLineEdit(str(current.amount).replace(".", decimal_point())
                                if current else "")
        self.amount.setPlaceholderText(
            self.tr("e.g. {amount}").format(amount=_example_amount(2400)))
        self.currency = QLineEdit(current.currency if current else "USD")
        self.currency.setMaxLength(3)
        self.currency.setPlaceholderText(self.tr("e.g. USD"))
        self.add_field(self.tr("Amount for the tour"), self.amount, "amount",
                       unit=self.currency.text())
        _buddy(self, self.amount, self.tr("Amount for the tour"))
        self.unit = self.units["amount"]
        self.currency.textChanged.connect(lambda text: self.unit.setText(text.upper()))
        self.add_field(self.tr("Currency"), self.currency, "currency")
        _buddy(self, self.currency, self.tr("Currency"))

    def job(self) -> Job:
        tour_id, amount, currency = self.tour_id, self.amount.text(), self.currency.text()
        point = decimal_point()
        return lambda db: therapy.set_budget(db, tour_id, amount=amount, currency=currency,
                                             decimal_point=point)


# -- the day column ---------------------------------------------------------------------


class SlotCard(QStyledItemDelegate):
    """A slot as a card: its time, its status in words, and (when allowed) who is booked,
    on the status's colour; the selected one ringed in the focus colour."""

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        lines = QFontMetrics(design.font("label", option.font)).height() * 2
        return QSize(240, max(TOUCH + SPACE.s, lines + 2 * SPACE.m))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        c = design.colours()
        state = str(index.data(STATE))
        rect = QRectF(option.rect).adjusted(SPACE.xs, SPACE.xs / 2, -SPACE.xs, -SPACE.xs / 2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(c.focus if selected else c.border), 3 if selected else 1))
        painter.setBrush(QColor(status_colour(state, c)))
        painter.drawRoundedRect(rect, RADIUS.medium, RADIUS.medium)
        strip = QRectF(rect.left() + 2, rect.top() + 2, SPACE.xs + 2, rect.height() - 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(_accent(state, c)))
        painter.drawRoundedRect(strip, 2, 2)

        inner = rect.adjusted(SPACE.l, SPACE.s, -SPACE.m, -SPACE.s).toRect()
        bold = design.font("label", option.font)
        plain = design.font("body", option.font)
        painter.setPen(QColor(c.text))
        half = inner.height() // 2
        top = QRect(inner.left(), inner.top(), inner.width(), half)
        bottom = QRect(inner.left(), inner.top() + half, inner.width(), inner.height() - half)
        painter.setFont(bold)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         str(index.data(TIME)))
        status = str(index.data(STATUS))
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         status)
        who = " · ".join(t for t in (str(index.data(PERSON) or ""),
                                     str(index.data(WHO) or "")) if t)
        if who:
            painter.setFont(plain)
            metrics = QFontMetrics(plain)
            painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(who, Qt.TextElideMode.ElideRight,
                                                bottom.width()))
        if option.state & QStyle.StateFlag.State_HasFocus:
            focus = QPen(QColor(c.focus), 1, Qt.PenStyle.DashLine)
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), RADIUS.small, RADIUS.small)
        painter.restore()


class SlotList(QListWidget):
    """The day column: arrows move, Enter does the slot's main action, the context-menu
    key (or Shift+F10, or a right click) opens the slot's menu."""

    main_action = Signal()
    menu_asked = Signal(QPoint)  # where to open it, global

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(SlotCard(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setUniformItemSizes(True)
        self.setSpacing(0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.main_action.emit()
            event.accept()
            return
        if key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and event.modifiers()
                                      & Qt.KeyboardModifier.ShiftModifier):
            self._ask_menu(None)
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        mouse = event.reason() == QContextMenuEvent.Reason.Mouse
        self._ask_menu(event.globalPos() if mouse else None,
                       self.itemAt(event.pos()) if mouse else None)
        event.accept()

    def _ask_menu(self, where: QPoint | None, item: QListWidgetItem | None = None) -> None:
        if item is not None:
            self.setCurrentItem(item)
        current: QListWidgetItem | None = self.currentItem()
        if current is None:
            return
        if where is None:
            rect = self.visualItemRect(current)
            where = self.viewport().mapToGlobal(rect.center())
        self.menu_asked.emit(where)


class BudgetBar(QWidget):
    """Spent and committed against the budget; past the budget's mark in the danger
    colour. Its accessible name reads the figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.amount = self.committed = self.spent = 0
        self.setMinimumSize(120, SPACE.m + SPACE.xs)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_figures(self, amount: int, committed: int, spent: int) -> None:
        """Whole cents of the budget, its committed and its spent part."""
        self.amount, self.committed, self.spent = amount, committed, spent
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(240, SPACE.m + SPACE.xs)

    def paintEvent(self, event: QPaintEvent) -> None:
        c = design.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = track.height() / 2
        painter.setPen(QPen(QColor(c.border), 1))
        painter.setBrush(QColor(c.surface_alt))
        painter.drawRoundedRect(track, radius, radius)
        used = self.spent + self.committed
        scale = max(self.amount, used, 1)
        width = track.width()

        def x(cents: int) -> float:
            return track.left() + width * cents / scale

        painter.setPen(Qt.PenStyle.NoPen)
        painter.setClipRect(track)
        for start, end, colour in ((0, self.spent, c.primary),
                                   (self.spent, used, c.primary_soft)):
            if end > start:
                painter.setBrush(QColor(colour))
                painter.drawRoundedRect(QRectF(x(start), track.top(), x(end) - x(start),
                                               track.height()), radius, radius)
        if used > self.amount:
            painter.setBrush(QColor(c.danger))
            painter.drawRect(QRectF(x(self.amount), track.top(), x(used) - x(self.amount),
                                    track.height()))
            painter.setPen(QPen(QColor(c.text), 2))
            painter.drawLine(round(x(self.amount)), round(track.top()),
                             round(x(self.amount)), round(track.bottom()))
        painter.end()


# -- the page ---------------------------------------------------------------------------


class TherapyPage(QWidget):
    """Locked: times and statuses only. Unlocked: names, until idle for the lock time."""

    loaded = Signal()
    message = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.view: TherapyView | None = None
        self.vault: Vault | None = None
        self.day_id: int | None = None
        self.last_problem = ""
        self.slot_menu: QMenu | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE.xl, SPACE.l, SPACE.xl, SPACE.l)
        layout.setSpacing(SPACE.m)

        top = QHBoxLayout()
        top.setSpacing(SPACE.s)
        self.title = _label(self.tr("Therapy days"), "title")
        # Long words (a German title, a tour's name) wrap rather than widen the window.
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.day_label = day_label = QLabel(self.tr("Day:"))
        top.addWidget(day_label)
        self.day_box = QComboBox()
        self.day_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.day_box.setAccessibleName(self.tr("Therapy day"))
        self.day_box.activated.connect(self._day_picked)
        day_label.setBuddy(self.day_box)
        top.addWidget(self.day_box)
        self.new_day = QPushButton(self.tr("New therapy day…"))
        self.new_day.setAccessibleName(self.tr("New therapy day"))
        self.new_day.clicked.connect(self._ask_new_day)
        top.addWidget(self.new_day)
        self.export_button = QPushButton(self.tr("Print / export"))
        self.export_button.setAccessibleName(self.tr("Print or export"))
        self.export_menu = QMenu(self)
        self.export_button.setMenu(self.export_menu)
        self.export_menu.aboutToShow.connect(self._fill_export_menu)
        top.addWidget(self.export_button)
        layout.addLayout(top)

        lock_card = design.card()
        lock_row = QHBoxLayout(lock_card)
        lock_row.setContentsMargins(SPACE.l, SPACE.s, SPACE.l, SPACE.s)
        self.lock_text = QLabel()
        self.lock_text.setWordWrap(True)
        lock_row.addWidget(self.lock_text, 1)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMaximumWidth(220)
        self.secret.setAccessibleName(self.tr("PIN or passphrase"))
        self.secret.returnPressed.connect(self._unlock)
        lock_row.addWidget(self.secret)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setPlaceholderText(self.tr("again, to confirm"))
        self.confirm.setAccessibleName(self.tr("PIN or passphrase, again"))
        self.confirm.setMaximumWidth(220)
        self.confirm.returnPressed.connect(self._unlock)
        lock_row.addWidget(self.confirm)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        design.mark(self.unlock_button, kind="primary")
        self.unlock_button.clicked.connect(self._unlock)
        lock_row.addWidget(self.unlock_button)
        self.lock_button = QPushButton(self.tr("Lock now"))
        self.lock_button.setAccessibleName(self.tr("Lock now: hide the names"))
        self.lock_button.clicked.connect(self.lock)
        lock_row.addWidget(self.lock_button)
        layout.addWidget(lock_card)

        # Not `actions`: that name is QWidget's own method.
        self.buttons: dict[str, QPushButton] = {}

        budget_row = QHBoxLayout()
        budget_row.setSpacing(SPACE.m)
        self.budget_bar = BudgetBar()
        budget_row.addWidget(self.budget_bar, 2)
        self.budget = QLabel()
        self.budget.setWordWrap(True)
        budget_row.addWidget(self.budget, 3)
        self.remaining = QLabel()
        self.remaining.setWordWrap(True)
        design.mark(self.remaining, "label")
        budget_row.addWidget(self.remaining, 2)
        self._button("budget", self.tr("Therapy budget…"), budget_row, self._ask_budget)
        layout.addLayout(budget_row)

        self.body = QStackedWidget()
        self.empty = design.EmptyState()
        self.empty.button.clicked.connect(self._ask_new_day)
        self.body.addWidget(self.empty)
        self.body.addWidget(self._day_view())
        layout.addWidget(self.body, 1)

        # Idle time is kept by the wall clock, checked every few seconds: a laptop that
        # slept with the lid shut must not wake up showing names.
        self.last_touch = 0.0
        self.idle = QTimer(self)
        self.idle.setInterval(IDLE_CHECK_MS)
        self.idle.timeout.connect(self._check_idle)
        self.dialogs: list[QDialog] = []
        self.form: FormDialog | None = None  # the form open now, if any
        self.question_box: QMessageBox | None = None
        # "Now" for questions such as "this session has not started yet"; tests set it.
        self.now: Callable[[], datetime] = utcnow
        # Any key or click anywhere in the app counts as someone still at the laptop.
        app = QApplication.instance()
        assert app is not None, "a page needs its QApplication"
        app.installEventFilter(self)
        runner.changed.connect(self.refresh)

    def _button(self, key: str, text: str, layout: QHBoxLayout | QVBoxLayout,
                slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(lambda _=False: slot())
        layout.addWidget(button)
        self.buttons[key] = button
        return button

    def _day_view(self) -> QWidget:
        day = QWidget()
        columns = QHBoxLayout(day)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(SPACE.l)

        column = QVBoxLayout()
        column.setSpacing(SPACE.s)
        head = QHBoxLayout()
        heading = QVBoxLayout()
        heading.setSpacing(0)
        self.day_heading = _label(role="subtitle")
        self.day_heading.setWordWrap(True)
        heading.addWidget(self.day_heading)
        self.day_summary = _label(role="muted")
        heading.addWidget(self.day_summary)
        head.addLayout(heading, 1)
        self._button("add_slot", self.tr("Add a slot by hand…"), head, self._ask_add_slot)
        self._button("plan", self.tr("Change the day's plan…"), head, self._ask_plan)
        column.addLayout(head)
        self.slots_stack = QStackedWidget()
        self.slot_list = SlotList()
        self.slot_list.setAccessibleName(self.tr("Slots of the day"))
        self.slot_list.setAccessibleDescription(self.tr(
            "Arrows move between slots; Enter does the slot's main action; the menu key "
            "lists everything you can do with it."))
        self.slot_list.itemSelectionChanged.connect(self._selection)
        self.slot_list.main_action.connect(self._main_action)
        self.slot_list.menu_asked.connect(self._slot_menu)
        self.slots_stack.addWidget(self.slot_list)
        self.no_slots = design.EmptyState(
            self.tr("This day has no slots left: add one by hand, or lay the day out again."),
            self.tr("Add a slot by hand…"))
        self.no_slots.button.clicked.connect(self._ask_add_slot)
        self.slots_stack.addWidget(self.no_slots)
        column.addWidget(self.slots_stack, 1)
        columns.addLayout(column, 3)

        # The side column scrolls rather than push the page past a 720-pixel-high screen
        # (or a 150 % scale).
        side_area = QScrollArea()
        side_area.setWidgetResizable(True)
        side_area.setFrameShape(QFrame.Shape.NoFrame)
        side_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_widget = QWidget()
        side = QVBoxLayout(side_widget)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(SPACE.m)
        self.panel = design.card()
        self.panel.setAccessibleName(self.tr("Selected slot"))
        panel = QVBoxLayout(self.panel)
        panel.setContentsMargins(SPACE.l, SPACE.l, SPACE.l, SPACE.l)
        panel.setSpacing(SPACE.s)
        self.slot_heading = _label(role="subtitle")
        panel.addWidget(self.slot_heading)
        self.slot_status = _label(role="label")
        panel.addWidget(self.slot_status)
        self.slot_person = QLabel()
        self.slot_person.setWordWrap(True)
        panel.addWidget(self.slot_person)
        self.slot_hint = _label(role="muted")
        self.slot_hint.setWordWrap(True)
        panel.addWidget(self.slot_hint)
        # The slot's actions, in the order the panel and the menu list them; only those
        # its status allows are shown.
        self.slot_actions: list[str] = []
        for key, text in (("book", self.tr("Book…")), ("attended", self.tr("Mark attended")),
                          ("no_show", self.tr("Mark no-show")),
                          ("booked", self.tr("Back to booked")),
                          ("cancel", self.tr("Cancel booking…")),
                          ("late", self.tr("Late cancel…")), ("block", self.tr("Block slot"))):
            self._button(key, text, panel, partial(self._act, key))
            self.slot_actions.append(key)
        self.buttons["booked"].setToolTip(self.tr(
            "Undo attended or no-show: the session is booked again."))
        self.buttons["late"].setToolTip(self.tr(
            "The slot becomes free, but the session stays billable."))
        side.addWidget(self.panel)

        waiting = design.card()
        wait_column = QVBoxLayout(waiting)
        wait_column.setContentsMargins(SPACE.l, SPACE.m, SPACE.l, SPACE.m)
        wait_column.setSpacing(SPACE.s)
        wait_label = _label(self.tr("Waitlist"), "subtitle")
        wait_column.addWidget(wait_label)
        self.waitlist = QListWidget()
        self.waitlist.setAccessibleName(self.tr("Waitlist"))
        wait_label.setBuddy(self.waitlist)
        self.waitlist.setMinimumHeight(TOUCH + SPACE.l)
        wait_column.addWidget(self.waitlist, 1)
        self.offer_button = QPushButton(self.tr("Book the selected slot for them"))
        design.mark(self.offer_button, kind="primary")
        self.offer_button.clicked.connect(self.book_from_waitlist)
        wait_column.addWidget(self.offer_button)
        wait_row = QHBoxLayout()
        self.wait_button = QPushButton(self.tr("Add to waitlist…"))
        self.wait_button.setAccessibleName(self.tr("Add to waitlist"))
        self.wait_button.clicked.connect(self._ask_waitlist)
        wait_row.addWidget(self.wait_button)
        self.unwait_button = QPushButton(self.tr("Remove"))
        self.unwait_button.setAccessibleName(self.tr("Remove from the waitlist"))
        self.unwait_button.clicked.connect(self.remove_from_waitlist)
        wait_row.addWidget(self.unwait_button)
        wait_column.addLayout(wait_row)
        self.waitlist.itemSelectionChanged.connect(self._selection)
        side.addWidget(waiting, 1)
        side_area.setWidget(side_widget)
        side_area.setMinimumWidth(320)
        columns.addWidget(side_area, 2)
        return day

    # -- locking -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.vault is not None and event.type() in (
                QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self._touch()
        return super().eventFilter(watched, event)

    def _touch(self) -> None:
        self.last_touch = wall_clock()
        if not self.idle.isActive():
            self.idle.start()

    def _check_idle(self) -> None:
        minutes = self.view.lock_after_min if self.view else 5
        if self.vault is not None and wall_clock() - self.last_touch >= minutes * 60:
            self.lock()

    def lock(self) -> None:
        """Forget the key: names leave the screen, open dialogs holding them close."""
        self.vault = None
        self.idle.stop()
        for dialog in list(self.dialogs):
            dialog.reject()
        if self.slot_menu is not None:
            self.slot_menu.close()
        self.slot_list.clear()
        self.waitlist.clear()
        self.slot_person.clear()
        self.refresh()

    def _open(self, dialog: FormDialog, saved: Callable[[Any], None] | None = None) -> None:
        """Open a form without blocking the event loop; a lock while it is open closes it
        (it may hold a name)."""
        self.dialogs.append(dialog)
        self.form = dialog
        dialog.finished.connect(lambda _: self._form_closed(dialog))
        if saved is not None:
            dialog.saved.connect(saved)
        dialog.open()

    def _form_closed(self, dialog: FormDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        if self.form is dialog:
            self.form = None

    def _unlock(self) -> None:
        secret, again = self.secret.text(), self.confirm.text()
        self.secret.clear()
        self.confirm.clear()
        setting_up = self.view is not None and self.view.vault.mode is None
        if not secret:
            self._problem(self.tr("Type the PIN or passphrase first."))
            return
        if setting_up and secret != again:
            self._problem(self.tr("The two entries differ: type the same PIN or passphrase "
                                  "twice."))
            return
        job = (lambda db: vault.set_up(db, secret)) if setting_up else (
            lambda db: vault.unlock(db, secret))
        self.runner.write(job, self._unlocked, self._refused)

    def _unlocked(self, key: Vault) -> None:
        self.vault = key
        self._touch()
        self.refresh()

    # -- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        key, day_id = self.vault, self.day_id
        self.runner.read(lambda db: therapy_view(db, key, therapy_day_id=day_id),
                         lambda view: self._show(view, key))

    def _show(self, view: TherapyView, key: Vault | None = None) -> None:
        if key is not self.vault:
            # Read with a key that was forgotten (or got) since: it must not show names.
            self.refresh()
            return
        self.view = view
        unlocked = self.vault is not None
        how = translated(view.vault.explain())
        text = self.tr("Unlocked: names are shown. {how}").format(how=how) if unlocked else how
        if view.vault.wait_s:
            text = self.tr("{text} (wait %n s)", "", view.vault.wait_s).format(text=text)
        self.lock_text.setText(text)
        self.secret.setVisible(not unlocked)
        self.confirm.setVisible(not unlocked and view.vault.mode is None)
        self.secret.setPlaceholderText(
            self.tr("PIN") if view.vault.mode == "keyring" or (view.vault.mode is None
                                                               and view.vault.keyring_usable)
            else self.tr("passphrase"))
        self.unlock_button.setVisible(not unlocked)
        self.unlock_button.setText(self.tr("Set up") if view.vault.mode is None
                                   else self.tr("Unlock"))
        self.lock_button.setVisible(unlocked)
        if view.activation is None or view.activation.kind != "tour":
            self.title.setText(self.tr("Therapy days"))
            self.day_box.clear()
            self.day_box.setVisible(False)
            self.day_label.setVisible(False)
            self.day_id = None
            self._show_budget(None, tour=False)
            for button in (self.new_day, self.export_button):
                button.setEnabled(False)
            self._empty(self.tr("Therapy days belong to a tour: pick or create one under "
                                "Activations."), None)
            return
        self.export_button.setEnabled(view.sheet is not None)
        self.title.setText(self.tr("Therapy days · {tour}").format(tour=view.activation.name))
        self.new_day.setEnabled(bool(view.stops))
        self.day_box.clear()
        self.day_box.setVisible(bool(view.days))
        self.day_label.setVisible(bool(view.days))
        for d in view.days:
            self.day_box.addItem(self.tr("{stop} · {provider}").format(
                stop=d.stop, provider=d.provider_name), d.id)
        self._show_budget(view.budget, tour=True)
        if view.sheet is None:
            if view.stops:
                self._empty(self.tr("No therapy day yet: plan the first one, with its provider, "
                                    "hours and costs."), self.tr("Plan the first therapy day"))
            else:
                self._empty(self.tr("No therapy day yet: add the tour's stops under "
                                    "Activations, then plan the first therapy day here."), None)
            return
        self.day_id = view.sheet.therapy_day.id
        self.day_box.setCurrentIndex(self.day_box.findData(self.day_id))
        self.body.setCurrentIndex(1)
        self._fill(view.sheet)
        self.loaded.emit()

    def _show_budget(self, b: therapy.Budget | None, *, tour: bool) -> None:
        self.buttons["budget"].setVisible(tour)
        self.buttons["budget"].setEnabled(tour)
        self.budget_bar.setVisible(b is not None)
        if b is None:
            self.budget.setText(self.tr("No therapy budget set.") if tour else "")
            self.remaining.clear()
            self.buttons["budget"].setText(self.tr("Set a therapy budget…"))
            self.budget_bar.setAccessibleName("")
            return
        self.buttons["budget"].setText(self.tr("Therapy budget…"))
        amount, committed, spent, left = (cents(b.amount), cents(b.committed), cents(b.spent),
                                          cents(b.remaining))
        words = {"amount": i18n.money_text(amount, b.currency),
                 "committed": i18n.money_text(committed, b.currency),
                 "spent": i18n.money_text(spent, b.currency),
                 "remaining": i18n.money_text(left, b.currency)}
        self.budget_bar.set_figures(amount, committed, spent)
        self.budget.setText(self.tr("Therapy budget {amount} · spent {spent} · committed "
                                    "{committed}").format(**words))
        if left < 0:
            self.remaining.setText(self.tr("Over budget: remaining {remaining}").format(**words))
            design.mark(self.remaining, "problem")
        else:
            self.remaining.setText(self.tr("Remaining {remaining}").format(**words))
            design.mark(self.remaining, "success" if left > 0 else "muted")
        self.budget_bar.setAccessibleName(self.tr(
            "Therapy budget {amount}: spent {spent}, committed {committed}, remaining "
            "{remaining}").format(**words))

    def _empty(self, text: str, action: str | None) -> None:
        self.empty.set_text(text, action)
        self.body.setCurrentIndex(0)
        self.loaded.emit()

    def _slot_words(self, slot: therapy.Slot, tz: str) -> dict[str, str]:
        booking = slot.booking
        start = slot.start.astimezone(zone(tz))
        end = slot.end.astimezone(zone(tz))
        return {
            "time": self.tr("{start}–{end}").format(start=i18n.time_text(start),
                                                   end=i18n.time_text(end)),
            "status": status_word(slot.state),
            "person": "" if booking is None else (booking.person or HIDDEN),
            "role": role_text(booking.role) if booking else "",
        }

    def _fill(self, sheet: therapy.DaySheet) -> None:
        chosen = self.selected_slot_id()
        tz = sheet.therapy_day.tz
        day = sheet.therapy_day
        self.day_heading.setText(i18n.date_text(day.day, long=True))
        free = sum(1 for s in sheet.slots if s.free)
        self.day_summary.setText(self.tr("{provider} · %n slot(s) free of {total}", "", free)
                                 .format(provider=day.provider_name,
                                         total=i18n.number_text(len(sheet.slots))))
        self.slot_list.blockSignals(True)
        self.slot_list.clear()
        for slot in sheet.slots:
            words = self._slot_words(slot, tz)
            item = QListWidgetItem()
            item.setData(SLOT_ID, slot.id)
            item.setData(TIME, words["time"])
            item.setData(STATE, str(slot.state))
            item.setData(STATUS, words["status"])
            item.setData(PERSON, words["person"])
            item.setData(WHO, words["role"])
            item.setData(Qt.ItemDataRole.DisplayRole, words["time"])
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self._spoken(slot, words))
            self.slot_list.addItem(item)
        # The same slot stays selected, wherever a new plan moved it.
        rows = [r for r, slot in enumerate(sheet.slots) if slot.id == chosen]
        if rows:
            self.slot_list.setCurrentRow(rows[0])
        self.slot_list.blockSignals(False)
        self.slots_stack.setCurrentIndex(0 if sheet.slots else 1)
        self.waitlist.clear()
        for entry in sheet.waitlist:
            waiting = QListWidgetItem(entry.person or HIDDEN)
            waiting.setData(Qt.ItemDataRole.UserRole, entry.id)
            if entry.person is None:
                waiting.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Name hidden"))
            self.waitlist.addItem(waiting)
        self._selection()

    def _spoken(self, slot: therapy.Slot, words: dict[str, str]) -> str:
        """A slot as a screen reader says it: never the bullets of a hidden name."""
        if slot.booking is None:
            return self.tr("{time}, {status}").format(**words)
        person = slot.booking.person or self.tr("name hidden")
        return self.tr("{time}, {status}, {person}, {role}").format(
            time=words["time"], status=words["status"], person=person, role=words["role"])

    def selected_slot_id(self) -> int | None:
        items = self.slot_list.selectedItems()
        return items[0].data(SLOT_ID) if items else None

    def selected_slot(self) -> therapy.Slot | None:
        slot_id = self.selected_slot_id()
        if slot_id is None or self.view is None or self.view.sheet is None:
            return None
        return next((s for s in self.view.sheet.slots if s.id == slot_id), None)

    def applicable(self, slot: therapy.Slot | None) -> list[str]:
        """The actions a slot's status allows, in the panel's order."""
        if slot is None:
            return []
        state = slot.state
        if state == therapy.SlotState.FREE:
            return ["book", "block"]
        if state == therapy.SlotState.BLOCKED:
            return ["block"]
        if state == therapy.SlotState.BOOKED:
            return ["attended", "no_show", "cancel", "late"]
        # Attended or no-show: the session was held (or missed); only undoing it is left.
        return ["booked"]

    def _selection(self) -> None:
        slot = self.selected_slot()
        unlocked = self.vault is not None
        shown = self.applicable(slot)
        for key in self.slot_actions:
            self.buttons[key].setVisible(key in shown)
            self.buttons[key].setEnabled(key in shown)
        self.buttons["book"].setEnabled("book" in shown and unlocked)
        blocked = slot is not None and slot.blocked
        self.buttons["block"].setText(self.tr("Unblock slot") if blocked
                                      else self.tr("Block slot"))
        self.buttons["block"].setAccessibleName(self.buttons["block"].text())
        main = self._main_key(slot)
        for key in ("book", "attended", "block"):
            # A disabled button drawn as the main one would look like it can be pressed.
            primary = key == main and self.buttons[key].isEnabled()
            design.mark(self.buttons[key], kind="primary" if primary else "")
        self._show_slot(slot, unlocked)
        has_day = self.view is not None and self.view.sheet is not None
        self.wait_button.setEnabled(unlocked and has_day)
        self.offer_button.setEnabled(unlocked and slot is not None and slot.free
                                     and self.waitlist.currentItem() is not None)
        self.unwait_button.setEnabled(self.waitlist.currentItem() is not None)
        for key in ("add_slot", "plan"):
            self.buttons[key].setEnabled(has_day)

    def _show_slot(self, slot: therapy.Slot | None, unlocked: bool) -> None:
        if slot is None or self.view is None or self.view.sheet is None:
            self.slot_heading.setText(self.tr("No slot selected"))
            self.slot_status.clear()
            self.slot_person.clear()
            self.slot_hint.setText(self.tr("Pick a slot in the day column to see what you "
                                           "can do with it."))
            return
        words = self._slot_words(slot, self.view.sheet.therapy_day.tz)
        self.slot_heading.setText(words["time"])
        self.slot_status.setText(words["status"])
        if slot.booking is None:
            self.slot_person.clear()
        else:
            self.slot_person.setText(self.tr("{person} · {role}").format(**words))
        self.slot_person.setVisible(bool(self.slot_person.text()))
        state = slot.state
        if state == therapy.SlotState.FREE and not unlocked:
            hint = self.tr("Unlock the section to book: a booking takes a name.")
        elif state == therapy.SlotState.FREE:
            hint = self.tr("Free: book someone, or block it so nobody can.")
        elif state == therapy.SlotState.BLOCKED:
            hint = self.tr("Blocked: nobody can book it until it is unblocked.")
        elif state == therapy.SlotState.BOOKED:
            hint = self.tr("After the session, mark it attended or a no-show.")
        else:
            hint = self.tr("The session was held (or missed): only undoing that is left.")
        self.slot_hint.setText(hint)

    def _main_key(self, slot: therapy.Slot | None) -> str | None:
        """What Enter does on a slot: book a free one, mark a booked one attended, unblock
        a blocked one; a held session has no main action (Enter opens its menu)."""
        if slot is None:
            return None
        return {therapy.SlotState.FREE: "book", therapy.SlotState.BOOKED: "attended",
                therapy.SlotState.BLOCKED: "block"}.get(slot.state)

    def _main_action(self) -> None:
        slot = self.selected_slot()
        key = self._main_key(slot)
        if key is None:
            self.slot_list._ask_menu(None)
            return
        button = self.buttons[key]
        if button.isEnabled():
            button.click()
        elif key == "book":
            self.message.emit(self.tr("Unlock the section first: a booking takes a name."))

    def _slot_menu(self, where: QPoint) -> None:
        """The selected slot's actions, as the panel shows them, in a menu."""
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Slot actions"))
        for key in self.slot_actions:
            button = self.buttons[key]
            if button.isVisibleTo(self.panel):
                action = menu.addAction(button.text())
                action.setEnabled(button.isEnabled())
                action.triggered.connect(button.click)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.aboutToHide.connect(lambda: setattr(self, "slot_menu", None))
        self.slot_menu = menu
        menu.popup(where)

    # -- writing -------------------------------------------------------------------------

    def _day_picked(self, index: int) -> None:
        self.day_id = self.day_box.itemData(index)
        self.refresh()

    def _refused(self, error: WellnessError) -> None:
        self._problem(error_text(error))

    def _problem(self, message: str) -> None:
        self.last_problem = message
        show_problem(self, self.tr("Therapy days"), message)
        self.refresh()

    def _ask_new_day(self) -> None:
        if self.view is not None:
            self._open(NewDayDialog(self.runner, self.view, self.vault, self),
                       self._day_created)

    def _day_created(self, day: therapy.TherapyDay) -> None:
        self.day_id = day.id

    def _ask_book(self, slot: therapy.Slot) -> None:
        key = self.vault
        if key is None:
            self._problem(self.tr("The section locked itself: unlock it and book again."))
            return
        slot_id = slot.id

        def save(fields: dict[str, Any], anyway: bool) -> Job:
            return lambda db: therapy.book(db, key, slot_id, allow_over_budget=anyway,
                                           **fields)

        self._open(BookDialog(self.runner, self.tr("Book a session"), save, parent=self),
                   lambda _: self.message.emit(self.tr("Booked.")))

    def _ask(self, title: str, question: str, yes: Callable[[], None]) -> None:
        """A yes/no question that does not block taps; No (or Esc) changes nothing."""
        box = QMessageBox(QMessageBox.Icon.Question, title, question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(yes)
        box.finished.connect(lambda _: setattr(self, "question_box", None))
        self.question_box = box
        box.open()

    def _act(self, key: str) -> None:
        slot = self.selected_slot()
        if slot is None:
            return
        if key == "book":
            self._ask_book(slot)
        elif key == "block":
            blocked = not slot.blocked
            self.runner.write(lambda db: therapy.block_slot(db, slot.id, blocked=blocked),
                              failed=self._refused)
        elif slot.booking is not None and self.view is not None and self.view.sheet:
            booking_id, vault_key = slot.booking.id, self.vault
            if key in ("attended", "no_show", "booked"):
                def mark() -> None:
                    self.runner.write(lambda db: therapy.set_status(db, booking_id, key),
                                      failed=self._refused)

                question = therapy.early_status_question(
                    slot, key, self.view.sheet.therapy_day.tz, now=self.now())
                if question is None:
                    mark()
                else:
                    self._ask(self.tr("Not started yet"), question, mark)
            else:
                late = key == "late"

                def cancel() -> None:
                    self.runner.write(
                        lambda db: therapy.cancel_booking(db, booking_id, late=late,
                                                          vault=vault_key),
                        self._cancelled, self._refused)

                self.runner.read(
                    lambda db: therapy.cancel_question(db, booking_id, late=late),
                    lambda question: self._ask(
                        self.tr("Late cancel") if late else self.tr("Cancel booking"),
                        question, cancel),
                    self._refused)

    def _cancelled(self, waiting: therapy.WaitlistEntry | None) -> None:
        if waiting is None:
            self.message.emit(self.tr("Cancelled: the slot is free again."))
            return
        # No name here: the status bar outlives a lock.
        self.message.emit(self.tr("Cancelled. Someone is waiting: offer the slot to the first "
                                  "on the waitlist."))

    # -- printing (drawn on the pool) and calendars (on the worker) -----------------------

    def _fill_export_menu(self) -> None:
        menu = self.export_menu
        menu.clear()
        sheet = menu.addAction(self.tr("Therapist's day sheet with names (PDF)…"),
                               lambda: self._ask_path("day-sheet.pdf", self.day_sheet_pdf))
        sheet.setEnabled(self.vault is not None)
        menu.addAction(self.tr("Crew sign-up sheet, times only (PDF)…"),
                       lambda: self._ask_path("sign-up.pdf", self.signup_pdf))
        menu.addAction(self.tr("Provider's day calendar, no names (.ics)…"),
                       lambda: self._ask_path("therapy-day.ics", self.day_ics))
        slot = self.selected_slot()
        invite = menu.addAction(self.tr("Invite for the selected booking, no name (.ics)…"),
                                lambda: self._ask_path("session.ics", self.booking_ics))
        invite.setEnabled(slot is not None and slot.booking is not None)
        named = menu.addAction(
            self.tr("Invite for the selected booking, WITH the client's name (.ics)…"),
            lambda: self._ask_path("session.ics", partial(self.booking_ics, with_name=True)))
        named.setEnabled(self.vault is not None and slot is not None
                         and slot.booking is not None)

    def _ask_path(self, suggested: str, save: Callable[[str], None]) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save"), suggested)
        if path:
            save(path)

    def _saved(self, path: str) -> None:
        self.message.emit(self.tr("Saved {path}").format(path=path))

    def _export(self, job: Job, path: str) -> None:
        self.runner.read(job, lambda _: self._saved(path), self._refused)

    def _print(self, plan: Callable[[Any], Sheet], save: Callable[[Sheet, str], int],
               path: str) -> None:
        """Read the sheet on the worker, draw and save it in the drawing process.

        The day sheet's plan carries the clients' names, decrypted: it goes to the drawing
        process over a pipe between two processes of this app, so it stays on this laptop
        and touches no disk but the sheet itself; the process logs nothing of what it draws
        (a bug there crosses back as its type and place only: `print.drawing`)."""
        def draw(planned: Sheet) -> None:
            self.runner.draw(save, planned, path, done=lambda _: self._saved(path),
                             failed=self._refused)

        self.runner.read(plan, draw, self._refused)

    def day_sheet_pdf(self, path: str) -> None:
        key, day_id = self.vault, self.day_id
        if day_id is None:
            return
        self._print(lambda db: therapy_io.plan_day_sheet(db, key, day_id),
                    therapy_io.save_day_sheet, path)

    def signup_pdf(self, path: str) -> None:
        day_id = self.day_id
        if day_id is None:
            return
        self._print(lambda db: therapy_io.plan_signup_sheet(db, day_id),
                    therapy_io.save_signup_sheet, path)

    def day_ics(self, path: str) -> None:
        day_id = self.day_id
        if day_id is None:
            return
        self._export(lambda db: therapy_io.save_day_ics(db, day_id, path), path)

    def booking_ics(self, path: str, *, with_name: bool = False) -> None:
        """An invite; the client's name goes in only when the tour manager picks that."""
        slot, key = self.selected_slot(), self.vault
        if slot is None or slot.booking is None:
            return
        booking_id = slot.booking.id
        self._export(lambda db: therapy_io.save_booking_ics(db, booking_id, path, vault=key,
                                                            with_name=with_name), path)

    def book_from_waitlist(self) -> None:
        slot, key, item = self.selected_slot(), self.vault, self.waitlist.currentItem()
        if slot is None or key is None or item is None:
            return
        entry_id = item.data(Qt.ItemDataRole.UserRole)
        self.runner.write(lambda db: therapy.book_from_waitlist(db, key, entry_id, slot.id),
                          lambda _: self.message.emit(self.tr("Booked from the waitlist.")),
                          self._refused)

    def _ask_add_slot(self) -> None:
        if self.view is not None and self.view.sheet is not None:
            self._open(AddSlotDialog(self.runner, self.view.sheet.therapy_day, self))

    def _ask_plan(self) -> None:
        if self.view is not None and self.view.sheet is not None:
            self._open(PlanDialog(self.runner, self.view.sheet.therapy_day, self),
                       lambda _: self.message.emit(self.tr("The day was laid out again.")))

    def _ask_budget(self) -> None:
        if self.view is not None and self.view.activation is not None:
            self._open(BudgetDialog(self.runner, self.view.activation.id, self.view.budget,
                                    self))

    def _ask_waitlist(self) -> None:
        key, day_id = self.vault, self.day_id
        if key is None or day_id is None:
            return

        def save(fields: dict[str, Any], _anyway: bool) -> Job:
            fields.pop("notes")
            return lambda db: therapy.add_to_waitlist(db, key, day_id, **fields)

        self._open(BookDialog(self.runner, self.tr("Add to the waitlist"), save, notes=False,
                              parent=self))

    def remove_from_waitlist(self) -> None:
        item = self.waitlist.currentItem()
        if item is not None:
            entry_id = item.data(Qt.ItemDataRole.UserRole)
            self.runner.write(lambda db: therapy.remove_from_waitlist(db, entry_id),
                              failed=self._refused)
