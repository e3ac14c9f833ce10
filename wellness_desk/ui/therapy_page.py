"""Therapy days on tour: slots and bookings, with names hidden until the section is unlocked."""

from __future__ import annotations

from datetime import time
from functools import partial
from time import time as wall_clock

from PySide6.QtCore import QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
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
from ..clock import zone
from ..program import TherapyView, therapy_view
from ..schedule_io import save_bytes
from ..vault import Vault
from .tasks import TaskRunner
from .widgets import page_title, show_problem

HIDDEN = "•••••"
IDLE_CHECK_MS = 5_000
STATUS_TEXT = {"booked": "booked", "attended": "attended", "no_show": "no-show"}


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


class NewDayDialog(QDialog):
    """A provider's day at a stop: window, session and break lengths, costs."""

    def __init__(self, view: TherapyView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New therapy day")
        form = QFormLayout(self)
        self.stop = QComboBox()
        for stop in view.stops:
            self.stop.addItem(stop.name, stop.id)
        form.addRow("Tour stop", self.stop)
        self.provider = QLineEdit()
        form.addRow("Provider", self.provider)
        self.credentials = QLineEdit()
        self.credentials.setPlaceholderText("e.g. LCSW, licensed in NY")
        form.addRow("Credentials", self.credentials)
        self.contact = QLineEdit()
        self.contact.setPlaceholderText("phone or email (kept encrypted)")
        form.addRow("Contact", self.contact)
        self.mode = QComboBox()
        self.mode.addItem("In person", "in_person")
        self.mode.addItem("Remote", "remote")
        form.addRow("Mode", self.mode)
        self.start = QTimeEdit(QTime(10, 0))
        self.end = QTimeEdit(QTime(18, 0))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        window = QHBoxLayout()
        window.addWidget(self.start)
        window.addWidget(QLabel("to"))
        window.addWidget(self.end)
        form.addRow("Day window", window)
        self.session = QSpinBox()
        self.session.setRange(10, 240)
        self.session.setValue(50)
        self.session.setSuffix(" min")
        form.addRow("Session", self.session)
        self.pause = QSpinBox()
        self.pause.setRange(0, 120)
        self.pause.setValue(10)
        self.pause.setSuffix(" min")
        form.addRow("Break", self.pause)
        self.lunch = LunchRow(None, None)
        form.addRow("Lunch break", self.lunch)
        self.per_session = QLineEdit()
        self.per_session.setPlaceholderText("e.g. 150.00")
        form.addRow("Cost per session", self.per_session)
        self.per_day = QLineEdit()
        form.addRow("Cost per day", self.per_day)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def job(self, key: Vault | None):
        fields = {
            "location_id": self.stop.currentData(),
            "provider_name": self.provider.text(),
            "provider_credentials": self.credentials.text(),
            "provider_contact": self.contact.text() or None,
            "mode": self.mode.currentData(),
            "plan": therapy.DayPlan(_time(self.start.time()), _time(self.end.time()),
                                    self.session.value(), self.pause.value(),
                                    *self.lunch.times()),
            "cost_per_session": self.per_session.text() or None,
            "cost_per_day": self.per_day.text() or None,
        }
        return lambda db: therapy.create_therapy_day(db, key, **fields)


class PlanDialog(QDialog):
    """The day window and session rhythm, for laying a day out again (or a hand slot)."""

    def __init__(self, title: str, start: time, end: time, *, rhythm: therapy.DayPlan | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.start = QTimeEdit(QTime(start.hour, start.minute))
        self.end = QTimeEdit(QTime(end.hour, end.minute))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        row = QHBoxLayout()
        row.addWidget(self.start)
        row.addWidget(QLabel("to"))
        row.addWidget(self.end)
        form.addRow("From", row)
        self.session = self.pause = None
        if rhythm is not None:
            self.session = QSpinBox()
            self.session.setRange(10, 240)
            self.session.setValue(rhythm.session_min)
            self.session.setSuffix(" min")
            form.addRow("Session", self.session)
            self.pause = QSpinBox()
            self.pause.setRange(0, 120)
            self.pause.setValue(rhythm.break_min)
            self.pause.setSuffix(" min")
            form.addRow("Break", self.pause)
            self.lunch = LunchRow(rhythm.lunch_start, rhythm.lunch_end)
            form.addRow("Lunch break", self.lunch)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def plan(self, current: therapy.DayPlan) -> therapy.DayPlan:
        lunch_start, lunch_end = self.lunch.times()
        return therapy.with_plan(current, window_start=_time(self.start.time()),
                                 window_end=_time(self.end.time()),
                                 session_min=self.session.value(),
                                 break_min=self.pause.value(),
                                 lunch_start=lunch_start, lunch_end=lunch_end)


class BookDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Book a session")
        form = QFormLayout(self)
        self.person = QLineEdit()
        self.person.setPlaceholderText("full name, initials or an alias")
        form.addRow("Person", self.person)
        self.contact = QLineEdit()
        form.addRow("Contact (optional)", self.contact)
        self.role = QComboBox()
        for role in (kits.UNSPECIFIED, *kits.ROLES):
            self.role.addItem(kits.ROLE_LABELS[role], role)
        form.addRow("Role", self.role)
        self.notes = QLineEdit()
        form.addRow("Notes", self.notes)
        form.addRow(QLabel("Names, contacts and notes are stored encrypted."))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def fields(self) -> dict:
        return {"person": self.person.text(), "contact": self.contact.text() or None,
                "role": self.role.currentData(), "notes": self.notes.text() or None}


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
        self.actions: dict[str, QPushButton] = {}
        for key, text in (("book", "Book…"), ("attended", "Attended"), ("no_show", "No-show"),
                          ("cancel", "Cancel booking"), ("late", "Late cancel"),
                          ("block", "Block slot")):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=key: self._act(k))
            side.addWidget(button)
            self.actions[key] = button
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
            self.actions[key] = button
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
        # Any key or click anywhere in the app counts as someone still at the laptop.
        QApplication.instance().installEventFilter(self)
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

    def _ask(self, dialog: QDialog) -> bool:
        """Run a dialog that may hold a name; a lock while it is open closes it."""
        self.dialogs.append(dialog)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self.dialogs.remove(dialog)
            dialog.deleteLater()

    def _unlock(self) -> None:
        secret, again = self.secret.text(), self.confirm.text()
        self.secret.clear()
        self.confirm.clear()
        setting_up = self.view is not None and self.view.vault.mode is None
        if not secret:
            self._refused("type the PIN or passphrase first")
            return
        if setting_up and secret != again:
            self._refused("the two entries differ: type the same PIN or passphrase twice")
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
            status = "blocked" if slot.blocked else (
                STATUS_TEXT[booking.status] if booking else "free")
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
            item = QListWidgetItem(entry.person or HIDDEN)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.waitlist.addItem(item)
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
        self.actions["book"].setEnabled(unlocked and slot is not None and slot.free)
        for key in ("attended", "no_show", "cancel", "late"):
            self.actions[key].setEnabled(booked)
        self.actions["block"].setEnabled(slot is not None and not booked)
        self.actions["block"].setText("Unblock slot" if slot and slot.blocked else "Block slot")
        has_day = self.view is not None and self.view.sheet is not None
        self.wait_button.setEnabled(unlocked and has_day)
        self.offer_button.setEnabled(unlocked and slot is not None and slot.free
                                     and self.waitlist.currentItem() is not None)
        self.unwait_button.setEnabled(self.waitlist.currentItem() is not None)
        for key in ("add_slot", "plan"):
            self.actions[key].setEnabled(has_day)
        self.actions["budget"].setEnabled(self.view is not None and self.view.activation
                                          is not None and self.view.activation.kind == "tour")

    # -- writing -------------------------------------------------------------------------

    def _day_picked(self, index: int) -> None:
        self.day_id = self.day_box.itemData(index)
        self.refresh()

    def _refused(self, message: str) -> None:
        self.last_problem = message
        show_problem(self, "Therapy days", message)
        self.refresh()

    def _ask_new_day(self) -> None:
        dialog = NewDayDialog(self.view, self)
        if self._ask(dialog):
            self.runner.write(dialog.job(self.vault), self._day_created, self._refused)

    def _day_created(self, day: therapy.TherapyDay) -> None:
        self.day_id = day.id

    def book_selected(self, fields: dict, *, allow_over_budget: bool = False) -> None:
        slot, key = self.selected_slot(), self.vault
        if key is None:
            self._refused("the section locked itself: unlock it and book again")
            return
        if slot is None:
            return

        def refused(message: str) -> None:
            if "therapy budget" in message and not allow_over_budget:
                self._confirm_over_budget(message, fields)
            else:
                self._refused(message)

        self.runner.write(
            lambda db: therapy.book(db, key, slot.id, allow_over_budget=allow_over_budget,
                                    **fields),
            lambda _: self.message.emit("Booked."), refused)

    def _confirm_over_budget(self, message: str, fields: dict) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, "Over budget",
                          f"{message}.\n\nBook anyway?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.book_selected(fields, allow_over_budget=True))
        self.over_budget_box = box
        box.open()

    def _act(self, key: str) -> None:
        slot = self.selected_slot()
        if slot is None:
            return
        if key == "book":
            dialog = BookDialog(self)
            if self._ask(dialog):
                self.book_selected(dialog.fields())
        elif key == "block":
            blocked = not slot.blocked
            self.runner.write(lambda db: therapy.block_slot(db, slot.id, blocked=blocked),
                              failed=self._refused)
        elif slot.booking is not None:
            booking_id, vault_key = slot.booking.id, self.vault
            if key in ("attended", "no_show"):
                self.runner.write(lambda db: therapy.set_status(db, booking_id, key),
                                  failed=self._refused)
            else:
                late = key == "late"
                self.runner.write(
                    lambda db: therapy.cancel_booking(db, booking_id, late=late,
                                                      vault=vault_key),
                    self._cancelled, self._refused)

    def _cancelled(self, waiting: therapy.WaitlistEntry | None) -> None:
        if waiting is None:
            self.message.emit("Cancelled: the slot is free again.")
            return
        # No name here: the status bar outlives a lock.
        self.message.emit("Cancelled. Someone is waiting: offer the slot to the first on "
                          "the waitlist.")

    # -- printing and calendars (on the worker) -------------------------------------------

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

    def _ask_path(self, suggested: str, save) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save", suggested)
        if path:
            save(path)

    def _export(self, job, path: str) -> None:
        self.runner.read(job, lambda _: self.message.emit(f"Saved {path}"), self._refused)

    def day_sheet_pdf(self, path: str) -> None:
        key, day_id = self.vault, self.day_id
        self._export(lambda db: therapy_io.day_sheet_pdf(db, key, day_id, path), path)

    def signup_pdf(self, path: str) -> None:
        day_id = self.day_id
        self._export(lambda db: therapy_io.signup_sheet_pdf(db, day_id, path), path)

    def day_ics(self, path: str) -> None:
        day_id = self.day_id
        self._export(lambda db: save_bytes(path, therapy_io.day_ics(db, day_id)), path)

    def booking_ics(self, path: str, *, with_name: bool = False) -> None:
        """An invite; the client's name goes in only when the tour manager picks that."""
        slot, key = self.selected_slot(), self.vault
        if slot is None or slot.booking is None:
            return
        booking_id = slot.booking.id
        self._export(lambda db: save_bytes(
            path, therapy_io.booking_ics(db, booking_id, vault=key, with_name=with_name),
            private=with_name), path)

    def book_from_waitlist(self) -> None:
        slot, key, item = self.selected_slot(), self.vault, self.waitlist.currentItem()
        if slot is None or key is None or item is None:
            return
        entry_id = item.data(Qt.ItemDataRole.UserRole)
        self.runner.write(lambda db: therapy.book_from_waitlist(db, key, entry_id, slot.id),
                          lambda _: self.message.emit("Booked from the waitlist."),
                          self._refused)

    def _ask_add_slot(self) -> None:
        day = self.view.sheet.therapy_day
        dialog = PlanDialog("Add a slot by hand", day.plan.window_end,
                            day.plan.window_end, rhythm=None, parent=self)
        if self._ask(dialog):
            start_t, end_t = _time(dialog.start.time()), _time(dialog.end.time())
            day_id = day.id
            self.runner.write(
                lambda db: therapy.add_slot_at(db, day_id, start=start_t, end=end_t),
                failed=self._refused)

    def _ask_plan(self) -> None:
        day = self.view.sheet.therapy_day
        dialog = PlanDialog("Change the day's plan", day.plan.window_start,
                            day.plan.window_end, rhythm=day.plan, parent=self)
        if self._ask(dialog):
            self.change_plan(dialog.plan(day.plan))

    def change_plan(self, plan: therapy.DayPlan, *, keep_booked: bool | None = None) -> None:
        """Lay the day out again; booked slots that no longer fit ask for a decision."""
        day_id = self.view.sheet.therapy_day.id

        def refused(message: str) -> None:
            if "booked slot" in message and keep_booked is None:
                self._decide_clashes(message, plan)
            else:
                self._refused(message)

        self.runner.write(
            lambda db: therapy.regenerate(db, day_id, plan, keep_booked=keep_booked),
            lambda _: self.message.emit("The day was laid out again."), refused)

    def _decide_clashes(self, message: str, plan: therapy.DayPlan) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, "Booked slots do not fit", message,
                          parent=self)
        keep = box.addButton("Keep those slots", QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton("Cancel those bookings", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton("Leave the day as it is", QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def decided(button) -> None:
            if button is keep:
                self.change_plan(plan, keep_booked=True)
            elif button is cancel:
                self.change_plan(plan, keep_booked=False)

        box.buttonClicked.connect(decided)
        self.clash_box = box
        box.open()

    def _ask_budget(self) -> None:
        current = self.view.budget
        amount, ok = QInputDialog.getText(self, "Therapy budget", "Amount for the tour:",
                                          text=str(current.amount) if current else "")
        if not ok:
            return
        currency, ok = QInputDialog.getText(self, "Therapy budget", "Currency (e.g. USD):",
                                            text=current.currency if current else "USD")
        if ok:
            tour_id = self.view.activation.id
            self.runner.write(
                lambda db: therapy.set_budget(db, tour_id, amount=amount, currency=currency),
                failed=self._refused)

    def _ask_waitlist(self) -> None:
        dialog = BookDialog(self)
        dialog.setWindowTitle("Add to the waitlist")
        if self._ask(dialog) and self.vault is not None:
            fields, key, day_id = dialog.fields(), self.vault, self.day_id
            fields.pop("notes")
            self.runner.write(
                lambda db: therapy.add_to_waitlist(db, key, day_id, **fields),
                failed=self._refused)

    def remove_from_waitlist(self) -> None:
        item = self.waitlist.currentItem()
        if item is not None:
            entry_id = item.data(Qt.ItemDataRole.UserRole)
            self.runner.write(lambda db: therapy.remove_from_waitlist(db, entry_id),
                              failed=self._refused)
