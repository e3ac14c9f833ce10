"""Create or edit a workshop, with its conflicts shown before saving."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from .. import clock, schedule
from ..errors import WellnessError
from ..views import ScheduleView
from .tasks import Job, TaskRunner


def _qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def _time(q: QTime) -> time:
    return time(q.hour(), q.minute())


class WorkshopEditor(QDialog):
    """Closes once the session (or the daily series) is in the database."""

    def __init__(self, runner: TaskRunner, view: ScheduleView,
                 workshop: schedule.Workshop | None = None, parent: QWidget | None = None,
                 ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.view = view
        self.workshop = workshop
        self.conflicts: list[schedule.Conflict] = []
        # Worker answers can arrive after the dialog is gone: they are dropped then.
        self.closed = False
        self.held_box: QMessageBox | None = None  # the question before an early Mark held
        self.finished.connect(self._mark_closed)
        self.setWindowTitle("Edit workshop" if workshop else "New workshop")
        self.setMinimumWidth(640)
        outer = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit()
        self.title.setPlaceholderText("e.g. Morning breathwork")
        form.addRow("Title", self.title)
        kind_row = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.addItems(view.kinds)
        kind_row.addWidget(self.kind, 1)
        add_kind = QPushButton("New kind…")
        add_kind.clicked.connect(self._add_kind)
        kind_row.addWidget(add_kind)
        form.addRow("Kind", kind_row)
        self.space = QComboBox()
        for space in view.spaces:
            self.space.addItem(space.name, space.id)
        form.addRow("Space", self.space)
        self.day = QComboBox()
        for d in view.days:
            # ISO text as item data: Qt would turn a date into a QDate.
            self.day.addItem(f"{d:%a %d %b %Y}", d.isoformat())
        form.addRow("Day", self.day)
        times = QHBoxLayout()
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.end = QTimeEdit()
        self.end.setDisplayFormat("HH:mm")
        self.next_day = QLabel()
        times.addWidget(self.start)
        times.addWidget(QLabel("to"))
        times.addWidget(self.end)
        times.addWidget(self.next_day, 1)
        form.addRow("Time", times)
        self.facilitators = QLineEdit()
        self.facilitators.setPlaceholderText("names, separated by commas")
        form.addRow("Facilitators", self.facilitators)
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100_000)
        self.capacity.setSpecialValueText("the space's")
        form.addRow("Capacity", self.capacity)
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(70)
        form.addRow("Description", self.description)
        self.repeat = QCheckBox("Every day of the activation at this time")
        if workshop is None:
            form.addRow("Repeat", self.repeat)
        outer.addLayout(form)

        self.conflict_label = QLabel()
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setStyleSheet("color: #B71C1C;")
        outer.addWidget(self.conflict_label)

        buttons = QHBoxLayout()
        self.extra: dict[str, QPushButton] = {}
        if workshop is not None:
            for key, text, slot in (
                ("duplicate", "Duplicate", self._duplicate),
                ("status", "Put back on" if workshop.status == "cancelled" else "Cancel session",
                 self._toggle_cancel),
                ("held", "Mark held", self._mark_held),
                ("delete", "Delete", self._delete),
            ):
                button = QPushButton(text)
                button.clicked.connect(slot)
                buttons.addWidget(button)
                self.extra[key] = button
        buttons.addStretch(1)
        close = QPushButton("Close")
        close.clicked.connect(self.reject)
        self.save_button = QPushButton("Save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        self._set_busy(False)

        self._fill()
        # Conflicts are checked on the worker a moment after the last change.
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(150)
        self._check_timer.timeout.connect(self._check)
        for signal in (self.title.textChanged, self.facilitators.textChanged,
                       self.kind.currentIndexChanged, self.space.currentIndexChanged,
                       self.day.currentIndexChanged, self.start.timeChanged,
                       self.end.timeChanged, self.capacity.valueChanged):
            signal.connect(self._changed)
        self._changed()

    def _fill(self) -> None:
        w = self.workshop
        if w is None:
            if self.view.day is not None:
                self.set_day(self.view.day)
            self.start.setTime(QTime(10, 0))
            self.end.setTime(QTime(11, 0))
            return
        self.title.setText(w.title)
        self.kind.setCurrentText(w.kind)
        self.space.setCurrentIndex(self.space.findData(w.location_id))
        day = w.local_start.date()
        self.set_day(day)
        self.start.setTime(_qtime(w.local_start.time()))
        self.end.setTime(_qtime(w.local_end.time()))
        self.facilitators.setText(", ".join(w.facilitators))
        self.capacity.setValue(w.own_capacity or 0)
        self.description.setPlainText(w.description)

    def set_day(self, day: date) -> None:
        if self.day.findData(day.isoformat()) < 0:
            self.day.addItem(f"{day:%a %d %b %Y} (outside the dates)", day.isoformat())
        self.day.setCurrentIndex(self.day.findData(day.isoformat()))

    def draft(self) -> schedule.Draft:
        """The form as a draft; a time that does not exist that day is a WellnessError."""
        location_id = self.space.currentData()
        space = next(s for s in self.view.spaces if s.id == location_id)
        return schedule.wall_draft(
            space, date.fromisoformat(self.day.currentData()), _time(self.start.time()),
            _time(self.end.time()),
            title=self.title.text(),
            kind=self.kind.currentText(),
            facilitators=schedule.split_people(self.facilitators.text()),
            capacity=self.capacity.value() or None,
            description=self.description.toPlainText(),
        )

    def _changed(self) -> None:
        late = schedule.ends_next_day(_time(self.start.time()), _time(self.end.time()))
        self.next_day.setText("(ends the next day)" if late else "")
        self._check_timer.start()

    def _check(self) -> None:
        try:
            draft = self.draft()
        except (WellnessError, StopIteration) as e:
            self._show_conflicts([], str(e) or "Pick a space first.")
            return
        workshop_id = self.workshop.id if self.workshop else None
        self.runner.read(lambda db: schedule.conflicts_for(db, draft, workshop_id=workshop_id),
                         self._show_conflicts)

    def _mark_closed(self) -> None:
        self.closed = True

    def _show_conflicts(self, conflicts: list[schedule.Conflict], problem: str = "") -> None:
        if self.closed:
            return
        self.conflicts = conflicts
        lines = [f"⚠ {problem}"] if problem else []
        lines += [f"⚠ {c.message}" for c in conflicts]
        if conflicts:
            lines.append("You can save anyway; the program keeps the mark until it is fixed.")
        self.conflict_label.setText("\n".join(lines))

    def save(self) -> None:
        try:
            draft = self.draft()
        except (WellnessError, StopIteration) as e:
            self._show_conflicts(self.conflicts, str(e) or "Pick a space first.")
            return
        job: Job
        if self.workshop is not None:
            workshop_id = self.workshop.id
            job = lambda db: schedule.update_workshop(db, workshop_id, draft)  # noqa: E731
        elif self.repeat.isChecked():
            job = lambda db: schedule.repeat_daily(db, draft)  # noqa: E731
        else:
            job = lambda db: schedule.create_workshop(db, draft)  # noqa: E731
        self._write(job)

    def _write(self, job: Job) -> None:
        # One write at a time: a double click must not duplicate twice.
        self._set_busy(True)
        self.runner.write(job, self._done, self._refused)

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        status = self.workshop.status if self.workshop else None
        allowed = {
            "duplicate": True,
            # A session that took place stays on the books: no cancelling, no deleting.
            "status": status != "held",
            "held": status == "scheduled",
            "delete": status != "held",
        }
        for key, button in self.extra.items():
            button.setEnabled(not busy and allowed[key])

    def _done(self, _result: object) -> None:
        if not self.closed:
            self.accept()

    def _refused(self, error: WellnessError) -> None:
        if self.closed:
            return
        self._set_busy(False)
        self._show_conflicts(self.conflicts, str(error))

    def _add_kind(self) -> None:
        name, ok = QInputDialog.getText(self, "New kind", "Kind of session (e.g. Drum circle):")
        if ok and name.strip():
            self.runner.write(lambda db: schedule.add_workshop_kind(db, name), self._kind_added,
                              self._refused)

    def _kind_added(self, name: str) -> None:
        if not self.closed:
            self.kind.addItem(name)
            self.kind.setCurrentText(name)

    def _editing(self) -> schedule.Workshop:
        # Duplicate, cancel, mark held and delete are shown only when editing a session.
        assert self.workshop is not None
        return self.workshop

    def _duplicate(self) -> None:
        workshop_id = self._editing().id
        self._write(lambda db: schedule.duplicate_workshop(db, workshop_id))

    def _toggle_cancel(self) -> None:
        workshop = self._editing()
        workshop_id = workshop.id
        status = "scheduled" if workshop.status == "cancelled" else "cancelled"
        self._write(lambda db: schedule.set_status(db, workshop_id, status))

    def _mark_held(self) -> None:
        workshop = self._editing()
        workshop_id = workshop.id
        early = schedule.held_early_by(workshop, clock.utcnow())
        if early is None:
            self._write(lambda db: schedule.set_status(db, workshop_id, "held"))
            return
        box = QMessageBox(
            QMessageBox.Icon.Question, "Mark held",
            f"“{workshop.title}” starts at {workshop.local_start:%H:%M}, in {early} minutes. "
            "Mark it held now?\n\nYou can put it back from the door on the Today page "
            "(“Put back (not held)”).",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(answer: int) -> None:
            self.held_box = None
            if answer == QMessageBox.StandardButton.Yes and not self.closed:
                self._write(lambda db: schedule.set_status(db, workshop_id, "held"))

        box.finished.connect(answered)
        self.held_box = box
        box.open()

    def _delete(self) -> None:
        workshop_id = self._editing().id
        self._write(lambda db: schedule.delete_workshop(db, workshop_id))
