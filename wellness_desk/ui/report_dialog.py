"""File → Activation report…: the dates, the location, the language and the file of the
report PDF (`report`, `report_pdf`).

Make PDF reads the report on the database worker (milliseconds), draws and saves it in the
drawing process (never on the thread that writes taps), and only then keeps its headline
figures on the worker for the next report's changes. A refusal keeps the dialog open with
everything typed, the sentence under the field it names; only a saved file closes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from .. import clock
from ..activations import Activation, Location, current_activation, list_locations
from ..errors import WellnessError
from ..report import Report, build_report, record_report
from ..report_pdf import save_report
from ..report_words import LANGUAGE_NAMES
from .forms import FormDialog
from .tasks import TaskRunner


@dataclass(frozen=True)
class ReportInputs:
    """What the dialog offers, read on the worker."""

    activation: Activation | None
    locations: tuple[Location, ...]


def read_inputs(db: Any) -> ReportInputs:
    activation = current_activation(db)
    locations = tuple(list_locations(db, activation.id)) if activation else ()
    return ReportInputs(activation, locations)


def parse_day(text: str, field: str, what: str) -> date | None:
    """A date typed as 2026-07-03; empty: the activation's own first or last day."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise WellnessError(f"{what}: {text!r} is not a date like 2026-07-03",
                            field=field) from None


class ReportDialog(FormDialog):
    def __init__(self, runner: TaskRunner, inputs: ReportInputs, parent: QWidget | None = None,
                 *, now: Callable[[], datetime] = clock.utcnow) -> None:
        super().__init__(runner, "Activation report", parent)
        self._now = now
        self.activation = inputs.activation
        self.ok_button.setText("Make PDF")
        a = inputs.activation
        self.start = QLineEdit(a.start_date.isoformat() if a else "")
        self.start.setPlaceholderText("e.g. 2026-07-03")
        self.add_field("From", self.start, "start")
        self.end = QLineEdit(a.end_date.isoformat() if a else "")
        self.end.setPlaceholderText("e.g. 2026-07-05")
        self.add_field("To", self.end, "end")
        self.location = QComboBox()
        self.location.addItem("Every location", None)
        for loc in inputs.locations:
            self.location.addItem(loc.name, loc.id)
        self.add_field("Location", self.location, "location")
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.add_field("Language", self.language, "lang")
        self.path = QLineEdit()
        self.path.setPlaceholderText("where to save the PDF")
        choose = QPushButton("Choose…")
        choose.clicked.connect(self._choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        self.add_field("File", row, "path")
        self.inputs["path"] = self.path
        self.add_note("Headline totals against their targets, charts with their tables, a "
                      "table per day and what changed since the last report. Therapy figures "
                      "under 5 are not shown.")

    def _choose_file(self) -> None:
        name = (self.activation.name if self.activation else "activation") + " report.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(),
                                              self.path.text() or name, "PDF (*.pdf)")
        if path:
            self.path.setText(path)

    def submit(self) -> None:
        if self.waiting:
            return
        self.clear_problems()
        try:
            if self.activation is None:
                raise WellnessError("no activation yet: create one in Activations")
            start = parse_day(self.start.text(), "start", "from")
            end = parse_day(self.end.text(), "end", "to")
            path = self.path.text().strip()
            if not path:
                raise WellnessError("file: say where to save the PDF", field="path")
        except WellnessError as e:
            self.show_error(e)
            return
        self._set_waiting(True)
        activation_id, location_id = self.activation.id, self.location.currentData()
        lang, now = self.language.currentData(), self._now()

        def read(db: Any) -> Report:
            return build_report(db, now=now, activation_id=activation_id, start=start,
                                end=end, location_id=location_id, lang=lang)

        def keep(report: Report) -> None:
            self.runner.write(lambda db: record_report(db, report, now=now), self._saved,
                              self._refused)

        def draw(report: Report) -> None:
            self.runner.draw(save_report, report, path, done=lambda _: keep(report),
                             failed=self._refused)

        self.runner.read(read, draw, self._refused)


def open_report_dialog(runner: TaskRunner, parent: QWidget) -> None:
    """File → Activation report…: read what it offers, then show it (not modal to taps)."""

    def show(inputs: ReportInputs) -> None:
        ReportDialog(runner, inputs, parent).open()

    runner.read(read_inputs, show)
