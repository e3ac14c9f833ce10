"""Forms that save through the core before they close.

OK runs the core function on the database worker with the dialog still open. If the core
refuses, the dialog stays open with everything typed, and the core's sentence appears in red
under the field it names (`WellnessError.field`, the core function's keyword for it); a
refusal naming no field of the form appears above the buttons. Only a save closes it.

The field in error is marked (`invalid`, drawn by the application style sheet), takes the
focus, and carries the sentence as its accessible description while it shows, so a screen
reader says why when it lands there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import WellnessError
from . import design
from .core_words import error_text
from .tasks import Job, TaskRunner

__all__ = ["FormDialog", "decimal_point", "problem_label"]


def decimal_point() -> str:
    """The decimal separator of the laptop's locale, for money typed the local way."""
    return QLocale().decimalPoint()


def problem_label() -> QLabel:
    label = QLabel()
    label.setObjectName("problem")
    label.setWordWrap(True)
    design.mark(label, "problem")
    label.setVisible(False)
    return label


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Draw a field as in error, or as fine again (the style sheet's `invalid` rule)."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


class FormDialog(QDialog):
    """A dialog whose OK saves through the core and closes only once the core took it.

    Subclasses add their rows with `add_field` and return the core call from `job()`; they
    may override `refused` for a refusal that needs a question (over budget, say)."""

    saved = Signal(object)

    def __init__(self, runner: TaskRunner, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        self.problem = problem_label()  # a refusal that names no field of this form
        outer.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        # OK and Cancel keep Qt's own words: qtbase's translations say them in every language.
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.inputs: dict[str, QWidget] = {}
        self.problems: dict[str, QLabel] = {}
        self.units: dict[str, QLabel] = {}
        # Fields shown in error now, with the accessible description each had before.
        self._in_error: dict[QWidget, str] = {}
        self.waiting = False
        self._gone = False
        self.finished.connect(self._closed)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def add_field(self, label: str, widget: QWidget | QLayout, *names: str,
                  unit: str | None = None) -> QLabel:
        """A row: the input (with a unit such as a currency code after it) and, under it,
        the red label for what the core says about any of `names`."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        if isinstance(widget, QLayout):
            row.addLayout(widget)
        else:
            row.addWidget(widget, 1)
        unit_label = None
        if unit is not None:
            unit_label = QLabel(unit)
            row.addWidget(unit_label)
        column.addLayout(row)
        problem = problem_label()
        column.addWidget(problem)
        self.form.addRow(label, box)
        for name in names:
            if isinstance(widget, QWidget):
                self.inputs[name] = widget
            self.problems[name] = problem
            if unit_label is not None:
                self.units[name] = unit_label
        return problem

    def add_note(self, text: str) -> QLabel:
        note = QLabel(text)
        note.setWordWrap(True)
        self.form.addRow(note)
        return note

    # -- what a subclass says ------------------------------------------------------------

    def job(self) -> Job:
        """The core call that saves the form; a WellnessError here is shown like the core's."""
        raise NotImplementedError

    def refused(self, error: WellnessError) -> None:
        self.show_error(error)

    # -- the round trip ------------------------------------------------------------------

    def submit(self) -> None:
        if self.waiting:
            return
        self.clear_problems()
        try:
            job = self.job()
        except WellnessError as e:
            self.show_error(e)
            return
        self.run(job)

    def run(self, job: Callable[[Any], Any]) -> None:
        """Save with the dialog open; it closes only when the core has taken it."""
        self._set_waiting(True)
        self.runner.write(job, self._saved, self._refused)

    def _saved(self, result: object) -> None:
        self._set_waiting(False)
        self.saved.emit(result)
        if not self._gone:
            self.accept()

    def _refused(self, error: WellnessError) -> None:
        self._set_waiting(False)
        if not self._gone:
            self.refused(error)

    def show_error(self, error: WellnessError) -> None:
        text = error_text(error)
        label = self.problems.get(error.field or "", self.problem)
        label.setText(text)
        label.setVisible(True)
        # Grown to fit: a long sentence (a disk's) must not be cut off at the dialog's edge.
        self.adjustSize()
        widget = self.inputs.get(error.field or "")
        if widget is None:
            return
        if widget not in self._in_error:
            self._in_error[widget] = widget.accessibleDescription()
        widget.setAccessibleDescription(text)
        mark_invalid(widget, True)
        # The first field in error (in the form's order) takes the focus, wherever the
        # refusals came from.
        first = next((w for w in self._field_order() if w in self._in_error), widget)
        first.setFocus()

    def _field_order(self) -> list[QWidget]:
        seen: list[QWidget] = []
        for w in self.inputs.values():
            if w not in seen:
                seen.append(w)
        return sorted(seen, key=lambda w: w.mapTo(self, w.rect().topLeft()).y())

    def clear_problems(self) -> None:
        for label in {*self.problems.values(), self.problem}:
            label.clear()
            label.setVisible(False)
        for widget, description in self._in_error.items():
            widget.setAccessibleDescription(description)
            mark_invalid(widget, False)
        self._in_error.clear()

    def _set_waiting(self, waiting: bool) -> None:
        self.waiting = waiting
        if self._gone:
            if not waiting:
                self.deleteLater()
            return
        self.ok_button.setEnabled(not waiting)

    def _closed(self, _result: int) -> None:
        # An answer still on its way must find the dialog object: delete it after.
        self._gone = True
        if not self.waiting:
            self.deleteLater()
