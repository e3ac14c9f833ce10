"""Create or edit a workshop, with its conflicts shown before saving.

A FormDialog: Save runs the core with the dialog open, a refusal appears beside the field it
names and everything typed stays; only a save (or Duplicate, Cancel session, Mark held,
Delete, once the core took them) closes it.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QLocale, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
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
from . import design
from .core_words import error_text
from .forms import FormDialog
from .i18n import date_text, locale, time_text
from .tasks import Job, TaskRunner


def _qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def _time(q: QTime) -> time:
    return time(q.hour(), q.minute())


def time_format() -> str:
    """The locale's own way of writing a time of day, for a time box ("HH:mm", "h:mm AP")."""
    return locale().timeFormat(QLocale.FormatType.ShortFormat)


class WorkshopEditor(FormDialog):
    """Closes once the session (or the daily series) is in the database."""

    def __init__(self, runner: TaskRunner, view: ScheduleView,
                 workshop: schedule.Workshop | None = None, parent: QWidget | None = None,
                 ) -> None:
        super().__init__(runner, "", parent)
        self.setWindowTitle(self.tr("Edit workshop") if workshop else self.tr("New workshop"))
        self.view = view
        self.workshop = workshop
        self.conflicts: list[schedule.Conflict] = []
        # Worker answers can arrive after the dialog is gone: they are dropped then.
        self.closed = False
        self.held_box: QMessageBox | None = None  # the question before an early Mark held
        self.finished.connect(self._mark_closed)
        self.setMinimumWidth(640)

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Morning breathwork"))
        self._row(self.tr("&Title"), self.title, self.tr("Title"), "title")
        kind_row = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.addItems(view.kinds)
        kind_row.addWidget(self.kind, 1)
        self.add_kind = QPushButton(self.tr("New kind…"))
        self.add_kind.setAccessibleName(self.tr("New kind of session"))
        self.add_kind.clicked.connect(self._add_kind)
        kind_row.addWidget(self.add_kind)
        self._row(self.tr("&Kind"), kind_row, self.tr("Kind"), "kind", buddy=self.kind)
        self.space = QComboBox()
        for space in view.spaces:
            self.space.addItem(space.name, space.id)
        self._row(self.tr("S&pace"), self.space, self.tr("Space"), "location_id")
        self.day = QComboBox()
        for d in view.days:
            # ISO text as item data: Qt would turn a date into a QDate.
            self.day.addItem(date_text(d, long=True), d.isoformat())
        self._row(self.tr("&Day"), self.day, self.tr("Day"), "day")
        times = QHBoxLayout()
        self.start = QTimeEdit()
        self.start.setDisplayFormat(time_format())
        self.start.setAccessibleName(self.tr("Starts at"))
        self.end = QTimeEdit()
        self.end.setDisplayFormat(time_format())
        self.end.setAccessibleName(self.tr("Ends at"))
        self.next_day = QLabel()
        design.mark(self.next_day, "muted")
        to = QLabel(self.tr("to"))
        to.setBuddy(self.end)
        times.addWidget(self.start)
        times.addWidget(to)
        times.addWidget(self.end)
        times.addWidget(self.next_day, 1)
        self._row(self.tr("T&ime"), times, None, "start", "end", buddy=self.start)
        self.facilitators = QLineEdit()
        self.facilitators.setPlaceholderText(self.tr("Names, separated by commas"))
        self._row(self.tr("&Facilitators"), self.facilitators, self.tr("Facilitators"),
                  "facilitators")
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100_000)
        self.capacity.setSpecialValueText(self.tr("The space's"))
        self.capacity.setAccessibleDescription(
            self.tr("People who can take part; 0 uses what the space holds."))
        self._row(self.tr("&Capacity"), self.capacity, self.tr("Capacity"), "capacity")
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(70)
        self.description.setTabChangesFocus(True)
        self._row(self.tr("D&escription"), self.description, self.tr("Description"),
                  "description")
        self.repeat = QCheckBox(self.tr("Every day of the activation at this time"))
        self.repeat.setAccessibleName(self.tr("Repeat every day of the activation"))
        if workshop is None:
            self._row(self.tr("&Repeat"), self.repeat, None)
        else:
            self.repeat.hide()

        # Conflicts are a warning, not a refusal: saving stays possible.
        self.conflict_label = QLabel()
        self.conflict_label.setWordWrap(True)
        design.mark(self.conflict_label, "problem")
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertWidget(1, self.conflict_label)
        # Rows whose input is a row of widgets: the refusal's field still gets focus.
        self.inputs.update({"kind": self.kind, "start": self.start, "end": self.end})

        self.ok_button.setText(self.tr("&Save"))
        self.ok_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Close"))
        self.extra: dict[str, QPushButton] = {}
        # What else can happen to a saved session: a row of its own, apart from Save.
        actions = QHBoxLayout()
        outer.insertLayout(outer.count() - 1, actions)
        if workshop is not None:
            for key, text, slot in (
                ("duplicate", self.tr("D&uplicate"), self._duplicate),
                ("status", self.tr("Put &back on") if workshop.status == "cancelled"
                 else self.tr("Cancel sessi&on"), self._toggle_cancel),
                ("held", self.tr("&Mark held"), self._mark_held),
                ("delete", self.tr("De&lete"), self._delete),
            ):
                button = QPushButton(text)
                actions.addWidget(button)
                if key == "delete":
                    design.mark(button, kind="danger")
                button.clicked.connect(slot)
                self.extra[key] = button
        actions.addStretch(1)
        self._set_waiting(False)

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

    def _row(self, label: str, widget: QWidget | QHBoxLayout, name: str | None,
             *fields: str, buddy: QWidget | None = None) -> None:
        """A form row whose label is the input's buddy (Alt+letter goes to it) and whose
        input carries the label's words as its accessible name."""
        self.add_field(label, widget, *fields)
        target = buddy if buddy is not None else widget
        assert isinstance(target, QWidget)
        item = self.form.itemAt(self.form.rowCount() - 1, QFormLayout.ItemRole.LabelRole)
        caption = item.widget() if item is not None else None
        if isinstance(caption, QLabel):
            caption.setBuddy(target)
        if name is not None:
            target.setAccessibleName(name)

    @property
    def save_button(self) -> QPushButton:
        return self.ok_button

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
            self.day.addItem(self.tr("{day} (outside the dates)").format(
                day=date_text(day, long=True)), day.isoformat())
        self.day.setCurrentIndex(self.day.findData(day.isoformat()))

    def draft(self) -> schedule.Draft:
        """The form as a draft; a time that does not exist that day is a WellnessError."""
        location_id = self.space.currentData()
        space = next((s for s in self.view.spaces if s.id == location_id), None)
        if space is None:
            raise WellnessError(self.tr("Pick a space first."), field="location_id")
        try:
            return schedule.wall_draft(
                space, date.fromisoformat(self.day.currentData()), _time(self.start.time()),
                _time(self.end.time()),
                title=self.title.text(),
                kind=self.kind.currentText(),
                facilitators=schedule.split_people(self.facilitators.text()),
                capacity=self.capacity.value() or None,
                description=self.description.toPlainText(),
            )
        except WellnessError as e:
            # A time the clocks skip that day: shown beside the times.
            e.field = e.field or "start"
            raise

    def _changed(self) -> None:
        late = schedule.ends_next_day(_time(self.start.time()), _time(self.end.time()))
        self.next_day.setText(self.tr("(ends the next day)") if late else "")
        self._check_timer.start()

    def _check(self) -> None:
        # The timer can fire after the window began closing (its runner stopped).
        if self.closed or self.runner.stopped:
            return
        try:
            draft = self.draft()
        except WellnessError as e:
            self._show_conflicts([], error_text(e))
            return
        workshop_id = self.workshop.id if self.workshop else None
        self.runner.read(lambda db: schedule.conflicts_for(db, draft, workshop_id=workshop_id),
                         self._show_conflicts)

    def _mark_closed(self) -> None:
        self.closed = True
        self._check_timer.stop()

    def _show_conflicts(self, conflicts: list[schedule.Conflict], problem: str = "") -> None:
        if self.closed:
            return
        self.conflicts = conflicts
        lines = [f"⚠ {problem}"] if problem else []
        lines += [f"⚠ {c.message}" for c in conflicts]
        if conflicts:
            lines.append(self.tr(
                "You can save anyway; the program keeps the mark until it is fixed."))
        self.conflict_label.setText("\n".join(lines))
        self.conflict_label.setVisible(bool(lines))

    def job(self) -> Job:
        draft = self.draft()
        if self.workshop is not None:
            workshop_id = self.workshop.id
            return lambda db: schedule.update_workshop(db, workshop_id, draft)
        if self.repeat.isChecked():
            return lambda db: schedule.repeat_daily(db, draft)
        return lambda db: schedule.create_workshop(db, draft)

    def show_error(self, error: WellnessError) -> None:
        # Refused saves appear beside their field; the core's words, translated, as a sentence.
        label = self.problems.get(error.field or "", self.problem)
        label.setText(error_text(error))
        label.setVisible(True)
        self.adjustSize()
        widget = self.inputs.get(error.field or "")
        if widget is not None:
            widget.setFocus()
        for name, field_widget in self.inputs.items():
            field_widget.setProperty("invalid", name == error.field)
            field_widget.style().unpolish(field_widget)
            field_widget.style().polish(field_widget)

    def clear_problems(self) -> None:
        super().clear_problems()
        for field_widget in self.inputs.values():
            if field_widget.property("invalid"):
                field_widget.setProperty("invalid", False)
                field_widget.style().unpolish(field_widget)
                field_widget.style().polish(field_widget)

    def _write(self, job: Job) -> None:
        # One write at a time: a double click must not duplicate twice.
        if self.waiting:
            return
        self.clear_problems()
        self.run(job)

    def _set_waiting(self, waiting: bool) -> None:
        super()._set_waiting(waiting)
        if self._gone:
            return
        status = self.workshop.status if self.workshop else None
        allowed = {
            "duplicate": True,
            # A session that took place stays on the books: no cancelling, no deleting.
            "status": status != "held",
            "held": status == "scheduled",
            "delete": status != "held",
        }
        for key, button in getattr(self, "extra", {}).items():
            button.setEnabled(not waiting and allowed[key])

    def _add_kind(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New kind"),
                                        self.tr("Kind of session (e.g. Drum circle):"))
        if ok and name.strip():
            self.runner.write(lambda db: schedule.add_workshop_kind(db, name), self._kind_added,
                              self._kind_refused)

    def _kind_added(self, name: str) -> None:
        if not self.closed:
            self.kind.addItem(name)
            self.kind.setCurrentText(name)

    def _kind_refused(self, error: WellnessError) -> None:
        if not self.closed:
            error.field = "kind"
            self.show_error(error)

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
        question = self.tr(
            "“{title}” starts at {time}, in %n minute(s). Mark it held now?\n\n"
            "You can put it back from the door on the Today page (“Put back (not held)”).",
            "", early).format(title=workshop.title, time=time_text(workshop.local_start))
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Mark held"), question,
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
