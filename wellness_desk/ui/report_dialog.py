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

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from .. import clock
from ..activations import Activation, Location, current_activation, list_locations
from ..errors import WellnessError
from ..report import Report, build_report, record_report
from ..report_pdf import save_report
from ..report_words import LANGUAGE_NAMES
from . import design
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


def date_format() -> str:
    """How a date is typed here: the locale's short format with the whole year; ISO
    (2026-07-03) for Qt's "C" locale, whose "3 07 2026" reads like no one's."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def date_box(day: date | None) -> QDateEdit:
    box = QDateEdit()
    box.setCalendarPopup(True)
    box.setDisplayFormat(date_format())
    if day is not None:
        box.setDate(QDate(day.year, day.month, day.day))
    return box


def day_of(box: QDateEdit) -> date:
    d = box.date()
    return date(d.year(), d.month(), d.day())


class ReportDialog(FormDialog):
    def __init__(self, runner: TaskRunner, inputs: ReportInputs, parent: QWidget | None = None,
                 *, now: Callable[[], datetime] = clock.utcnow) -> None:
        super().__init__(runner, self.tr("Activation report"), parent)
        self._now = now
        self.activation = inputs.activation
        self.ok_button.setText(self.tr("Make PDF"))
        design.mark(self.ok_button, kind="primary")
        a = inputs.activation
        # Dates in the locale's own format (never "3 7 2026"), a calendar a click away;
        # they start at the activation's first and last day.
        self.start = date_box(a.start_date if a else None)
        self.start.setAccessibleName(self.tr("From"))
        self.add_field(self.tr("&From"), self.start, "start")
        self.end = date_box(a.end_date if a else None)
        self.end.setAccessibleName(self.tr("To"))
        self.add_field(self.tr("&To"), self.end, "end")
        self.location = QComboBox()
        self.location.setAccessibleName(self.tr("Location"))
        self.location.addItem(self.tr("Every location"), None)
        for loc in inputs.locations:
            self.location.addItem(loc.name, loc.id)
        self.add_field(self.tr("&Location"), self.location, "location")
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the report"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.add_field(self.tr("Lan&guage"), self.language, "lang")
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File"))
        self.path.setPlaceholderText(self.tr("where to save the PDF"))
        choose = QPushButton(self.tr("Choose…"))
        choose.setAccessibleName(self.tr("Choose the file"))
        choose.clicked.connect(self._choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        self.add_field(self.tr("F&ile"), row, "path")
        self.inputs["path"] = self.path
        note = self.add_note(self.tr(
            "Headline totals against their targets, charts with their tables, a table per "
            "day and what changed since the last report. Therapy figures under 5 are not "
            "shown."))
        design.mark(note, "muted")

    def _choose_file(self) -> None:
        name = self.tr("{activation} report.pdf").format(
            activation=self.activation.name if self.activation else self.tr("activation"))
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(),
                                              self.path.text() or name,
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.path.setText(path)

    def submit(self) -> None:
        if self.waiting:
            return
        self.clear_problems()
        try:
            if self.activation is None:
                raise WellnessError(self.tr("No activation yet: create one in Activations"))
            start, end = day_of(self.start), day_of(self.end)
            path = self.path.text().strip()
            if not path:
                raise WellnessError(self.tr("File: say where to save the PDF"), field="path")
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
