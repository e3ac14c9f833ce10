"""The Print section's "Tour sheet…" and "Country card…": what people print from the
resource directory (`resource_print`).

Save PDF… asks where, then: the database's part is read on the worker, the directory's
file is read and the document planned on a thread of the drawing pool (its own connection:
never the thread that writes taps), and it is drawn and saved in the drawing process. A
refusal keeps the dialog open with everything chosen, the sentence under the field it
names; only a saved file closes it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from .. import cards, clock, resource_print
from ..activations import Activation, current_activation, list_activations
from ..errors import WellnessError
from ..print.page import PAPER_TITLES
from .core_words import sentence
from .forms import FormDialog
from .tasks import TaskRunner

LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "de": "Deutsch",
                  "pt": "Português"}


class _ResourcePrintDialog(FormDialog):
    """Save PDF… for one of the two documents; `plan(inputs, now)` plans it (pure but for
    reading the directory's file), `save(plan, path)` draws and saves it."""

    suggested = "resources.pdf"

    def __init__(self, runner: TaskRunner, title: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(runner, title, parent)
        # A base class: its words under its own context, not the subclass's (see i18n).
        self.ok_button.setText(QCoreApplication.translate("ResourcePrintDialog", "Save PDF…"))
        self.paper = QComboBox()
        for paper in cards.TEMPLATES["wallet"].sheets:
            self.paper.addItem(PAPER_TITLES[paper], paper)
        self.include_stale = QCheckBox(QCoreApplication.translate(
            "ResourcePrintDialog", "Also lines not re-checked for 12 months (marked so)"))
        self.include_stale.setAccessibleName(QCoreApplication.translate(
            "ResourcePrintDialog", "Also lines not re-checked for 12 months"))
        self.include_stale.setToolTip(QCoreApplication.translate(
            "ResourcePrintDialog",
            "A line last checked more than 12 months ago is left off paper unless this is "
            "ticked; then it prints marked “not re-checked since <date>”."))

    def field(self, label: str, widget: QWidget, name: str, spoken: str) -> QLabel:
        """A row of the form whose label is the field's buddy (Alt and its letter) and
        whose name a screen reader says."""
        problem = self.add_field(label, widget, name)
        row = self.form.rowCount() - 1
        item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel):
            item.widget().setBuddy(widget)  # type: ignore[union-attr]
        widget.setAccessibleName(spoken)
        problem.setAccessibleName(QCoreApplication.translate(
            "ResourcePrintDialog", "Problem with {field}").format(field=spoken))
        return problem

    def submit(self) -> None:
        if self.waiting:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.suggested,
                                              QCoreApplication.translate("ResourcePrintDialog",
                                                                         "PDF (*.pdf)"))
        if path:
            self.save_to(path)

    def planner(self) -> Callable[[resource_print.PrintInputs], Any]:
        raise NotImplementedError

    def saver(self) -> Callable[[Any, str], int]:
        raise NotImplementedError

    def activation(self) -> str | int | None:
        return None

    def save_to(self, path: str) -> None:
        """Read, plan, draw and save to `path`; the dialog closes once the file is there."""
        if self.waiting:
            return
        self.clear_problems()
        try:
            plan = self.planner()
        except WellnessError as e:
            self.show_error(e)
            return
        self._set_waiting(True)
        save = self.saver()
        activation = self.activation()

        def draw(planned: object) -> None:
            self.runner.draw(save, planned, path, done=lambda _: self._saved(path),
                             failed=self._refused)

        def read_directory(inputs: resource_print.PrintInputs) -> None:
            # The directory's own file, on its own connection, off the worker.
            self.runner.draw(partial(plan, inputs), done=draw, failed=self._refused,
                             here=True)

        self.runner.read(lambda db: resource_print.read_inputs(db, activation=activation),
                         read_directory, self._refused)

    def refused(self, error: WellnessError) -> None:
        self._mark_invalid(error.field)
        if isinstance(error, resource_print.ResourcePrintRefused):
            # Every line that stops it, each its own sentence.
            label = self.problems.get(error.field or "", self.problem)
            label.setText("\n".join(sentence(p) for p in error.problems))
            label.setVisible(True)
            self.adjustSize()
            return
        self.show_error(error)

    def show_error(self, error: WellnessError) -> None:
        self._mark_invalid(error.field)
        super().show_error(error)

    def clear_problems(self) -> None:
        super().clear_problems()
        self._mark_invalid(None)

    def _mark_invalid(self, field: str | None) -> None:
        """The field the refusal names drawn as in error; every other one as fine."""
        for name, widget in self.inputs.items():
            invalid = name == field
            if bool(widget.property("invalid")) != invalid:
                widget.setProperty("invalid", invalid)
                widget.style().unpolish(widget)
                widget.style().polish(widget)


class TourSheetDialog(_ResourcePrintDialog):
    """The tour sheet of a tour (the current one first), in a chosen language."""

    suggested = "tour-sheet.pdf"

    def __init__(self, runner: TaskRunner, tours: list[Activation], current: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, "", parent)
        self.setWindowTitle(self.tr("Tour sheet"))
        self.tour = QComboBox()
        for tour in tours:
            self.tour.addItem(tour.name, tour.id)
        if current is not None and self.tour.findData(current) >= 0:
            self.tour.setCurrentIndex(self.tour.findData(current))
        self.field(self.tr("&Tour"), self.tour, "activation", self.tr("Tour"))
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.field(self.tr("&Language"), self.language, "language",
                   self.tr("Language of the sheet"))
        self.field(self.tr("&Paper"), self.paper, "paper", self.tr("Paper"))
        self.add_field("", self.include_stale, "include_stale")
        self.add_note(self.tr("Each stop's date and city with its country's crisis lines and "
                              "a few services, from the resource directory; the help line "
                              "from Settings."))

    def activation(self) -> int | None:
        data = self.tour.currentData()
        return int(data) if data is not None else None

    def planner(self) -> Callable[[resource_print.PrintInputs], Any]:
        if self.tour.currentData() is None:
            raise WellnessError(self.tr("No tour yet: create one in Activations"),
                                field="activation")
        return partial(_plan_tour_sheet, language=self.language.currentData(),
                       include_stale=self.include_stale.isChecked(),
                       paper=self.paper.currentData())

    def saver(self) -> Callable[[Any, str], int]:
        return resource_print.save_tour_sheet


class CountryCardDialog(_ResourcePrintDialog):
    """Wallet cards with one country's crisis lines, in the languages they answer in."""

    suggested = "country-card.pdf"

    def __init__(self, runner: TaskRunner, country: str = "", parent: QWidget | None = None
                 ) -> None:
        super().__init__(runner, "", parent)
        self.setWindowTitle(self.tr("Country card"))
        self.country = QLineEdit(country)
        self.country.setPlaceholderText(self.tr("two letters, e.g. CA"))
        self.country.setMaxLength(2)
        self.field(self.tr("&Country"), self.country, "country",
                   self.tr("Country, two letters"))
        self.copies = QSpinBox()
        self.copies.setRange(1, resource_print.MAX_CARD_COPIES)
        self.copies.setValue(10)
        self.field(self.tr("C&ards"), self.copies, "copies", self.tr("Number of cards"))
        self.field(self.tr("&Paper"), self.paper, "paper", self.tr("Paper"))
        self.add_field("", self.include_stale, "include_stale")
        self.add_note(self.tr("Ten cards a sheet with crop marks; a second page is the cards' "
                              "backs in a second language, for printing on both sides."))

    def planner(self) -> Callable[[resource_print.PrintInputs], Any]:
        return partial(_plan_country_card, country=self.country.text(),
                       copies=self.copies.value(),
                       include_stale=self.include_stale.isChecked(),
                       paper=self.paper.currentData())

    def saver(self) -> Callable[[Any, str], int]:
        return resource_print.save_country_card


def _plan_tour_sheet(inputs: resource_print.PrintInputs, **kwargs: Any
                     ) -> resource_print.TourSheetPlan:
    return resource_print.plan_tour_sheet_from(inputs, now=clock.utcnow(), **kwargs)


def _plan_country_card(inputs: resource_print.PrintInputs, **kwargs: Any
                       ) -> resource_print.CountryCardPlan:
    return resource_print.plan_country_card_from(inputs, now=clock.utcnow(), **kwargs)


def tours_and_current(db: Any) -> tuple[list[Activation], int | None, str]:
    """The tours to choose from, the current activation's id, and its first stop's
    country (the country card's first guess). Read on the worker."""
    from ..activations import list_locations

    tours = [a for a in list_activations(db) if a.kind == "tour"]
    current = current_activation(db)
    country = ""
    if current is not None:
        country = next((loc.country for loc in list_locations(db, current.id)
                        if loc.country), "") or ""
    return tours, current.id if current else None, country
