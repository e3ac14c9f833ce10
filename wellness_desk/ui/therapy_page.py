"""Therapy days on tour: slots and bookings, with names hidden until the section is unlocked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from functools import partial
from time import time as wall_clock
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from .. import kits, therapy, therapy_io, vault
from ..clock import utcnow, zone
from ..errors import WellnessError
from ..vault import Vault
from ..views import TherapyView, therapy_view
from .forms import FormDialog, decimal_point, sentence
from .tasks import Job, TaskRunner
from .widgets import page_title, show_problem

Sheet = TypeVar("Sheet")  # a sheet's plan, as its save takes it

HIDDEN = "•••••"
IDLE_CHECK_MS = 5_000


def _time(q: QTime) -> time:
    return time(q.hour(), q.minute())


class LunchRow(QWidget):
    """An optional lunch break: a tick and its two times."""

    def __init__(self, start: time | None, end: time | None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.on = QCheckBox("Lunch")
        self.on.setChecked(start is not None)
        self.start = QTimeEdit(QTime(13, 0) if start is None else QTime(start.hour, start.minute))
        self.end = QTimeEdit(QTime(14, 0) if end is None else QTime(end.hour, end.minute))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        row.addWidget(self.on)
        row.addWidget(self.start)
        row.addWidget(QLabel("to"))
        row.addWidget(self.end)

    def times(self) -> tuple[time | None, time | None]:
        if not self.on.isChecked():
            return None, None
        return _time(self.start.time()), _time(self.end.time())


def _window_row(start: QTimeEdit, end: QTimeEdit) -> QHBoxLayout:
    for edit in (start, end):
        edit.setDisplayFormat("HH:mm")
    row = QHBoxLayout()
    row.addWidget(start)
    row.addWidget(QLabel("to"))
    row.addWidget(end)
    row.addStretch(1)
    return row


def _minutes(value: int, low: int, high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(" min")
    return box


class RhythmFields:
    """The day window, session and break lengths and lunch, as rows of a form."""

    def __init__(self, form: FormDialog, plan: therapy.DayPlan) -> None:
        self.start = QTimeEdit(QTime(plan.window_start.hour, plan.window_start.minute))
        self.end = QTimeEdit(QTime(plan.window_end.hour, plan.window_end.minute))
        form.add_field("Day window", _window_row(self.start, self.end), "window_start",
                       "window_end")
        form.inputs["window_end"] = self.end
        self.session = _minutes(plan.session_min, 10, 240)
        form.add_field("Session", self.session, "session_min")
        self.pause = _minutes(plan.break_min, 0, 120)
        form.add_field("Break", self.pause, "break_min")
        self.lunch = LunchRow(plan.lunch_start, plan.lunch_end)
        form.add_field("Lunch break", self.lunch, "lunch_start", "lunch_end")

    def plan(self) -> therapy.DayPlan:
        return therapy.DayPlan(_time(self.start.time()), _time(self.end.time()),
                               self.session.value(), self.pause.value(), *self.lunch.times())


def _currency(view: TherapyView) -> str:
    return view.budget.currency if view.budget else "no budget currency set yet"


class NewDayDialog(FormDialog):
    """A provider's day at a stop: window, session and break lengths, costs."""

    def __init__(self, runner: TaskRunner, view: TherapyView, key: Vault | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, "New therapy day", parent)
        self.key = key
        self.stop = QComboBox()
        for stop in view.stops:
            self.stop.addItem(stop.name, stop.id)
        self.add_field("Tour stop", self.stop, "location_id")
        self.provider = QLineEdit()
        self.add_field("Provider", self.provider, "provider_name")
        self.credentials = QLineEdit()
        self.credentials.setPlaceholderText("e.g. LCSW, licensed in NY")
        self.add_field("Credentials", self.credentials, "provider_credentials")
        self.contact = QLineEdit()
        self.contact.setPlaceholderText("phone or email (kept encrypted)")
        self.add_field("Contact", self.contact, "provider_contact")
        self.mode = QComboBox()
        self.mode.addItem("In person", "in_person")
        self.mode.addItem("Remote", "remote")
        self.add_field("Mode", self.mode, "mode")
        self.rhythm = RhythmFields(self, therapy.DayPlan(time(10), time(18)))
        self.start, self.end = self.rhythm.start, self.rhythm.end
        self.session, self.pause, self.lunch = (self.rhythm.session, self.rhythm.pause,
                                                self.rhythm.lunch)
        currency = _currency(view)
        self.per_session = QLineEdit()
        self.per_session.setPlaceholderText(f"e.g. 150{decimal_point()}00")
        self.add_field("Cost per session", self.per_session, "cost_per_session", unit=currency)
        self.per_day = QLineEdit()
        self.add_field("Cost per day", self.per_day, "cost_per_day", unit=currency)

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
        super().__init__(runner, "Change the day's plan", parent)
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
        box = QMessageBox(QMessageBox.Icon.Question, "Booked slots do not fit",
                          sentence(str(error)), parent=self)
        keep = box.addButton("Keep those slots", QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton("Cancel those bookings", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton("Leave the day as it is", QMessageBox.ButtonRole.RejectRole)
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
        super().__init__(runner, "Add a slot by hand", parent)
        self.day_id = day.id
        at = day.plan.window_end
        self.start = QTimeEdit(QTime(at.hour, at.minute))
        self.end = QTimeEdit(QTime(at.hour, at.minute).addSecs(day.plan.session_min * 60))
        self.add_field("From", _window_row(self.start, self.end), "start", "end")
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
        self.person.setPlaceholderText("full name, initials or an alias")
        self.add_field("Person", self.person, "person")
        self.contact = QLineEdit()
        self.add_field("Contact (optional)", self.contact, "contact")
        self.role = QComboBox()
        for role in (kits.UNSPECIFIED, *kits.ROLES):
            self.role.addItem(kits.ROLE_LABELS[role], role)
        self.add_field("Role", self.role, "role")
        self.notes = QLineEdit()
        if notes:
            self.add_field("Notes", self.notes, "notes")
        self.add_note("Names, contacts and notes are stored encrypted.")

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
        box = QMessageBox(QMessageBox.Icon.Question, "Over budget",
                          f"{sentence(str(error))}.\n\nBook anyway?",
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
        super().__init__(runner, "Therapy budget", parent)
        self.tour_id = tour_id
        self.amount = QLineEdit(str(current.amount).replace(".", decimal_point())
                                if current else "")
        self.amount.setPlaceholderText(f"e.g. 2400{decimal_point()}00")
        self.currency = QLineEdit(current.currency if current else "USD")
        self.currency.setMaxLength(3)
        self.currency.setPlaceholderText("e.g. USD")
        self.add_field("Amount for the tour", self.amount, "amount", unit=self.currency.text())
        self.unit = self.units["amount"]
        self.currency.textChanged.connect(lambda text: self.unit.setText(text.upper()))
        self.add_field("Currency", self.currency, "currency")

    def job(self) -> Job:
        tour_id, amount, currency = self.tour_id, self.amount.text(), self.currency.text()
        point = decimal_point()
        return lambda db: therapy.set_budget(db, tour_id, amount=amount, currency=currency,
                                             decimal_point=point)


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
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = page_title("Therapy days")
        top.addWidget(self.title, 1)
        top.addWidget(QLabel("Day:"))
        self.day_box = QComboBox()
        self.day_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.day_box.activated.connect(self._day_picked)
        top.addWidget(self.day_box)
        self.new_day = QPushButton("New therapy day…")
        self.new_day.clicked.connect(self._ask_new_day)
        top.addWidget(self.new_day)
        self.export_button = QPushButton("Print / export")
        self.export_menu = QMenu(self)
        self.export_button.setMenu(self.export_menu)
        self.export_menu.aboutToShow.connect(self._fill_export_menu)
        top.addWidget(self.export_button)
        layout.addLayout(top)

        lock_row = QHBoxLayout()
        self.lock_text = QLabel()
        self.lock_text.setWordWrap(True)
        lock_row.addWidget(self.lock_text, 1)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMaximumWidth(220)
        self.secret.returnPressed.connect(self._unlock)
        lock_row.addWidget(self.secret)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setPlaceholderText("again, to confirm")
        self.confirm.setMaximumWidth(220)
        self.confirm.returnPressed.connect(self._unlock)
        lock_row.addWidget(self.confirm)
        self.unlock_button = QPushButton("Unlock")
        self.unlock_button.clicked.connect(self._unlock)
        lock_row.addWidget(self.unlock_button)
        self.lock_button = QPushButton("Lock now")
        self.lock_button.clicked.connect(self.lock)
        lock_row.addWidget(self.lock_button)
        layout.addLayout(lock_row)

        self.budget = QLabel()
        layout.addWidget(self.budget)
        self.body = QStackedWidget()
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.body.addWidget(self.empty)
        day = QWidget()
        day_layout = QHBoxLayout(day)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["Time", "Status", "Person", "Role"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._selection)
        day_layout.addWidget(self.table, 3)
        side = QVBoxLayout()
        # Not `actions`: that name is QWidget's own method.
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (("book", "Book…"), ("attended", "Attended"), ("no_show", "No-show"),
                          ("booked", "Back to booked"), ("cancel", "Cancel booking…"),
                          ("late", "Late cancel…"), ("block", "Block slot")):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=key: self._act(k))
            side.addWidget(button)
            self.buttons[key] = button
        side.addWidget(QLabel("Waitlist"))
        self.waitlist = QListWidget()
        side.addWidget(self.waitlist, 1)
        self.wait_button = QPushButton("Add to waitlist…")
        self.wait_button.clicked.connect(self._ask_waitlist)
        side.addWidget(self.wait_button)
        self.unwait_button = QPushButton("Remove from the waitlist")
        self.unwait_button.clicked.connect(self.remove_from_waitlist)
        side.addWidget(self.unwait_button)
        self.offer_button = QPushButton("Book the selected slot for them")
        self.offer_button.clicked.connect(self.book_from_waitlist)
        self.waitlist.itemSelectionChanged.connect(self._selection)
        side.addWidget(self.offer_button)
        for key, text, slot in (("add_slot", "Add a slot by hand…", self._ask_add_slot),
                                ("plan", "Change the day's plan…", self._ask_plan),
                                ("budget", "Therapy budget…", self._ask_budget)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            side.addWidget(button)
            self.buttons[key] = button
        day_layout.addLayout(side, 1)
        self.body.addWidget(day)
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
        self.table.clearContents()
        self.waitlist.clear()
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
            self._problem("type the PIN or passphrase first")
            return
        if setting_up and secret != again:
            self._problem("the two entries differ: type the same PIN or passphrase twice")
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
        self.lock_text.setText(("Unlocked: names are shown. " if unlocked else "")
                               + view.vault.explain()
                               + (f" (wait {view.vault.wait_s} s)" if view.vault.wait_s else ""))
        self.secret.setVisible(not unlocked)
        self.confirm.setVisible(not unlocked and view.vault.mode is None)
        self.secret.setPlaceholderText(
            "PIN" if view.vault.mode == "keyring" or (view.vault.mode is None
                                                      and view.vault.keyring_usable)
            else "passphrase")
        self.unlock_button.setVisible(not unlocked)
        self.unlock_button.setText("Set up" if view.vault.mode is None else "Unlock")
        self.lock_button.setVisible(unlocked)
        if view.activation is None or view.activation.kind != "tour":
            self.title.setText("Therapy days")
            self.day_box.clear()
            self.day_id = None
            self.budget.clear()
            for button in (self.new_day, self.export_button):
                button.setEnabled(False)
            self._empty("Therapy days belong to a tour: pick or create one under Activations.")
            return
        self.export_button.setEnabled(view.sheet is not None)
        self.title.setText(f"Therapy days · {view.activation.name}")
        self.new_day.setEnabled(bool(view.stops))
        self.day_box.clear()
        for d in view.days:
            self.day_box.addItem(f"{d.stop} · {d.provider_name}", d.id)
        b = view.budget
        self.budget.setText(
            f"Therapy budget {b.amount} {b.currency} · committed {b.committed} · spent "
            f"{b.spent} · remaining {b.remaining}" if b else "No therapy budget set.")
        if view.sheet is None:
            self._empty("No therapy day yet: add tour stops under Activations, then a "
                        "therapy day here.")
            return
        self.day_id = view.sheet.therapy_day.id
        self.day_box.setCurrentIndex(self.day_box.findData(self.day_id))
        self.body.setCurrentIndex(1)
        self._fill(view.sheet)
        self.loaded.emit()

    def _empty(self, text: str) -> None:
        self.empty.setText(text)
        self.body.setCurrentIndex(0)
        self.loaded.emit()

    def _fill(self, sheet: therapy.DaySheet) -> None:
        chosen = self.selected_slot_id()
        tz = sheet.therapy_day.tz
        self.table.setRowCount(len(sheet.slots))
        for row, slot in enumerate(sheet.slots):
            booking = slot.booking
            status = slot.state.label
            person = "" if booking is None else (booking.person or HIDDEN)
            role = kits.ROLE_LABELS[booking.role] if booking else ""
            start = slot.start.astimezone(zone(tz))
            end = slot.end.astimezone(zone(tz))
            for column, text in enumerate((f"{start:%H:%M}–{end:%H:%M}", status, person, role)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, slot.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        # The same slot stays selected, wherever a new plan moved its row.
        if chosen is not None:
            rows = [r for r, slot in enumerate(sheet.slots) if slot.id == chosen]
            if rows:
                self.table.selectRow(rows[0])
            else:
                self.table.clearSelection()
        self.waitlist.clear()
        for entry in sheet.waitlist:
            waiting = QListWidgetItem(entry.person or HIDDEN)
            waiting.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.waitlist.addItem(waiting)
        self._selection()

    def selected_slot_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def selected_slot(self) -> therapy.Slot | None:
        slot_id = self.selected_slot_id()
        if slot_id is None or self.view is None or self.view.sheet is None:
            return None
        return next((s for s in self.view.sheet.slots if s.id == slot_id), None)

    def _selection(self) -> None:
        slot = self.selected_slot()
        booked = slot is not None and slot.booking is not None
        unlocked = self.vault is not None
        self.buttons["book"].setEnabled(unlocked and slot is not None and slot.free)
        # Attended or no-show: the session was held (or missed); only undoing it is left.
        held = slot is not None and slot.state in (therapy.SlotState.ATTENDED,
                                                   therapy.SlotState.NO_SHOW)
        for key in ("attended", "no_show", "cancel", "late"):
            self.buttons[key].setEnabled(booked and not held)
        self.buttons["booked"].setEnabled(held)
        self.buttons["booked"].setToolTip("Undo attended or no-show: the session is booked "
                                          "again.")
        self.buttons["block"].setEnabled(slot is not None and not booked)
        self.buttons["block"].setText("Unblock slot" if slot and slot.blocked else "Block slot")
        has_day = self.view is not None and self.view.sheet is not None
        self.wait_button.setEnabled(unlocked and has_day)
        self.offer_button.setEnabled(unlocked and slot is not None and slot.free
                                     and self.waitlist.currentItem() is not None)
        self.unwait_button.setEnabled(self.waitlist.currentItem() is not None)
        for key in ("add_slot", "plan"):
            self.buttons[key].setEnabled(has_day)
        self.buttons["budget"].setEnabled(self.view is not None and self.view.activation
                                          is not None and self.view.activation.kind == "tour")

    # -- writing -------------------------------------------------------------------------

    def _day_picked(self, index: int) -> None:
        self.day_id = self.day_box.itemData(index)
        self.refresh()

    def _refused(self, error: WellnessError) -> None:
        self._problem(str(error))

    def _problem(self, message: str) -> None:
        self.last_problem = message
        show_problem(self, "Therapy days", message)
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
            self._problem("the section locked itself: unlock it and book again")
            return
        slot_id = slot.id

        def save(fields: dict[str, Any], anyway: bool) -> Job:
            return lambda db: therapy.book(db, key, slot_id, allow_over_budget=anyway,
                                           **fields)

        self._open(BookDialog(self.runner, "Book a session", save, parent=self),
                   lambda _: self.message.emit("Booked."))

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
                    self._ask("Not started yet", question, mark)
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
                        "Late cancel" if late else "Cancel booking", question, cancel),
                    self._refused)

    def _cancelled(self, waiting: therapy.WaitlistEntry | None) -> None:
        if waiting is None:
            self.message.emit("Cancelled: the slot is free again.")
            return
        # No name here: the status bar outlives a lock.
        self.message.emit("Cancelled. Someone is waiting: offer the slot to the first on "
                          "the waitlist.")

    # -- printing (drawn on the pool) and calendars (on the worker) -----------------------

    def _fill_export_menu(self) -> None:
        menu = self.export_menu
        menu.clear()
        sheet = menu.addAction("Therapist's day sheet with names (PDF)…",
                               lambda: self._ask_path("day-sheet.pdf", self.day_sheet_pdf))
        sheet.setEnabled(self.vault is not None)
        menu.addAction("Crew sign-up sheet, times only (PDF)…",
                       lambda: self._ask_path("sign-up.pdf", self.signup_pdf))
        menu.addAction("Provider's day calendar, no names (.ics)…",
                       lambda: self._ask_path("therapy-day.ics", self.day_ics))
        slot = self.selected_slot()
        invite = menu.addAction("Invite for the selected booking, no name (.ics)…",
                                lambda: self._ask_path("session.ics", self.booking_ics))
        invite.setEnabled(slot is not None and slot.booking is not None)
        named = menu.addAction(
            "Invite for the selected booking, WITH the client's name (.ics)…",
            lambda: self._ask_path("session.ics", partial(self.booking_ics, with_name=True)))
        named.setEnabled(self.vault is not None and slot is not None
                         and slot.booking is not None)

    def _ask_path(self, suggested: str, save: Callable[[str], None]) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save", suggested)
        if path:
            save(path)

    def _export(self, job: Job, path: str) -> None:
        self.runner.read(job, lambda _: self.message.emit(f"Saved {path}"), self._refused)

    def _print(self, plan: Callable[[Any], Sheet], save: Callable[[Sheet, str], int],
               path: str) -> None:
        """Read the sheet on the worker, draw and save it in the drawing process.

        The day sheet's plan carries the clients' names, decrypted: it goes to the drawing
        process over a pipe between two processes of this app, so it stays on this laptop
        and touches no disk but the sheet itself; the process logs nothing of what it draws
        (a bug there crosses back as its type and place only: `print.drawing`)."""
        def draw(planned: Sheet) -> None:
            self.runner.draw(save, planned, path,
                             done=lambda _: self.message.emit(f"Saved {path}"),
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
                          lambda _: self.message.emit("Booked from the waitlist."),
                          self._refused)

    def _ask_add_slot(self) -> None:
        if self.view is not None and self.view.sheet is not None:
            self._open(AddSlotDialog(self.runner, self.view.sheet.therapy_day, self))

    def _ask_plan(self) -> None:
        if self.view is not None and self.view.sheet is not None:
            self._open(PlanDialog(self.runner, self.view.sheet.therapy_day, self),
                       lambda _: self.message.emit("The day was laid out again."))

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

        self._open(BookDialog(self.runner, "Add to the waitlist", save, notes=False,
                              parent=self))

    def remove_from_waitlist(self) -> None:
        item = self.waitlist.currentItem()
        if item is not None:
            entry_id = item.data(Qt.ItemDataRole.UserRole)
            self.runner.write(lambda db: therapy.remove_from_waitlist(db, entry_id),
                              failed=self._refused)
