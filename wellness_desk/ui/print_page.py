"""Print: QR cards and green-room signs, previewed live, saved as PDF or sent to a printer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPageSize, QPainter, QPixmap, QShortcut, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import card_batch, card_render, cards
from ..errors import WellnessError
from ..print.raster import RasterPage, rasterise_page
from . import design, i18n, resource_print_dialogs
from .core_words import error_text
from .design import SPACE
from .resource_print_dialogs import CountryCardDialog, TourSheetDialog
from .tasks import TaskRunner
from .widgets import show_problem

LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "de": "Deutsch",
                  "pt": "Português"}
PAPER_NAMES = cards.PAPER_TITLES
PRINT_DPI = 300
RESOURCE_TEMPLATE = "resource"
# The link parameter (?src=) the hub counts scans by: an identifier, not words to translate.
DEFAULT_TAG = "wellness-tent"
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter,
              "a3": QPageSize.PageSizeId.A3}


class PrintPage(QWidget):
    """Pick a template, paper, language, tag and copies; the first page shows on the right."""

    loaded = Signal()
    message = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.problems: list[str] = []
        self._preview_asked = 0
        layout = QHBoxLayout(self)
        layout.setContentsMargins(SPACE.xl, SPACE.l, SPACE.xl, SPACE.s)
        layout.setSpacing(SPACE.xl)
        left = QVBoxLayout()
        left.setSpacing(SPACE.m)
        title = QLabel(self.tr("Print cards and signs"))
        design.mark(title, "title")
        left.addWidget(title)
        form = QFormLayout()
        form.setSpacing(SPACE.s)
        self.form = form
        self.template = QComboBox()
        for name, template in cards.TEMPLATES.items():
            self.template.addItem(template.title, name)
        self._row(self.tr("&Template"), self.template, self.tr("Template"))
        self.paper = QComboBox()
        self._row(self.tr("&Paper"), self.paper, self.tr("Paper"))
        self.language = QComboBox()
        for code in cards.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self._row(self.tr("&Language"), self.language, self.tr("Language of the card"))
        self.tag = QLineEdit()
        self.tag.setPlaceholderText(self.tr("e.g. green-room-chicago-2026"))
        self.tag.setText(DEFAULT_TAG)
        self.tag.setToolTip(self.tr("Added to the link (?src=…) so the hub counts which signs "
                                    "are scanned."))
        self._row(self.tr("T&ag"), self.tag, self.tr("Tag"))
        self.copies = QSpinBox()
        self.copies.setRange(1, 5000)
        self.copies.setValue(10)
        self._row(self.tr("&Copies"), self.copies, self.tr("Copies"))
        self.unique = QCheckBox(self.tr("A &unique code on every card (&&c=0001…)"))
        self.unique.setAccessibleName(self.tr("A unique code on every card"))
        form.addRow("", self.unique)
        self.distance = QDoubleSpinBox()
        self.distance.setRange(0.0, 50.0)
        self.distance.setSingleStep(0.5)
        self.distance.setSuffix(self.tr(" m"))
        self.distance.setSpecialValueText(self.tr("what the paper serves"))
        self.distance.setToolTip(self.tr(
            "How far away people scan a sign from: its code must be at least a tenth of that "
            "wide. Left at 0: as far as the code on the chosen paper serves."))
        self._row(self.tr("Scan &distance (signs)"), self.distance,
                  self.tr("Scan distance, in metres"))
        self.distance_note = QLabel()
        self.distance_note.setWordWrap(True)
        design.mark(self.distance_note, "muted")
        form.addRow("", self.distance_note)
        self.logo = QComboBox()
        self.logo.addItem(self.tr("No logo"), None)
        for name in cards.shipped_logos():
            self.logo.addItem(name, name)
        self.logo.addItem(self.tr("Choose a file…"), "choose")
        self.logo.activated.connect(self._logo_picked)
        self._row(self.tr("L&ogo"), self.logo, self.tr("Logo"))
        self.logo_on_code = QCheckBox(
            self.tr("In the &middle of the QR code (stronger error correction)"))
        self.logo_on_code.setAccessibleName(self.tr("Logo in the middle of the QR code"))
        form.addRow("", self.logo_on_code)
        # The resource card's fields, filled by Resources → Print a card for this. The
        # number is the directory's, so it is not typed here: another resource gives
        # another number.
        self.resource_name = QLineEdit()
        self.resource_number = QLineEdit()
        self.resource_number.setReadOnly(True)
        self.resource_number.setPlaceholderText(
            self.tr("choose one in Resources: Print a card for this"))
        self.resource_number.setToolTip(self.tr("The number comes from the resource "
                                                "directory, as checked there."))
        self.resource_hours = QLineEdit()
        self._row(self.tr("&Resource"), self.resource_name, self.tr("Resource name"))
        self._row(self.tr("&Number"), self.resource_number, self.tr("Resource number"))
        self._row(self.tr("&Hours"), self.resource_hours, self.tr("Resource hours"))
        left.addLayout(form)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        design.mark(self.problem_label, "problem")
        self.problem_label.setAccessibleName(self.tr("Why it cannot print"))
        left.addWidget(self.problem_label)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        design.mark(self.save_button, kind="primary")
        self.save_button.setToolTip(self.tr("Save the cards as a PDF (Ctrl+S)"))
        self.save_button.clicked.connect(self._ask_save)
        self.print_button = QPushButton(self.tr("Pr&int…"))
        self.print_button.setToolTip(self.tr("Send the cards to a printer (Ctrl+P)"))
        self.print_button.clicked.connect(self._ask_print)
        self.batch_button = QPushButton(self.tr("&Batch from a locations CSV…"))
        self.batch_button.clicked.connect(self._ask_batch)
        for button in (self.save_button, self.print_button):
            buttons.addWidget(button)
        left.addLayout(buttons)
        left.addWidget(self.batch_button)
        # From the resource directory: a day sheet of every stop's crisis lines, and
        # wallet cards of one country's.
        directory = QLabel(self.tr("From the resource directory"))
        design.mark(directory, "label")
        left.addSpacing(SPACE.s)
        left.addWidget(directory)
        directory_buttons = QHBoxLayout()
        self.tour_sheet_button = QPushButton(self.tr("Tour s&heet…"))
        self.tour_sheet_button.setToolTip(self.tr(
            "Each stop's date and city with its country's crisis lines"))
        self.tour_sheet_button.clicked.connect(self.open_tour_sheet)
        self.country_card_button = QPushButton(self.tr("Country car&d…"))
        self.country_card_button.setToolTip(self.tr(
            "Wallet cards with one country's crisis lines"))
        self.country_card_button.clicked.connect(self.open_country_card)
        directory_buttons.addWidget(self.tour_sheet_button)
        directory_buttons.addWidget(self.country_card_button)
        left.addLayout(directory_buttons)
        for button, name in (
                (self.save_button, self.tr("Save the cards as a PDF")),
                (self.print_button, self.tr("Print the cards")),
                (self.batch_button, self.tr("Batch signs from a locations CSV")),
                (self.tour_sheet_button, self.tr("Tour sheet from the resource directory")),
                (self.country_card_button,
                 self.tr("Country card from the resource directory"))):
            button.setAccessibleName(name)
        self.resource_dialog: TourSheetDialog | CountryCardDialog | None = None
        left.addStretch(1)
        layout.addLayout(left, 2)

        right = QVBoxLayout()
        right.setSpacing(SPACE.s)
        # Said plainly above the preview: a crisis card without a help line is a choice.
        self.help_line_notice = QLabel(self.tr(
            "No help line number is set: these cards and signs print without a help line. "
            "Set it in File → Settings → Help line."))
        self.help_line_notice.setWordWrap(True)
        design.mark(self.help_line_notice, "card")
        self.help_line_notice.setMargin(SPACE.m)
        self.help_line_notice.hide()
        right.addWidget(self.help_line_notice)
        self.preview = QLabel(self.tr("Preview"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Preview of the first page"))
        self.preview_scroll = QScrollArea()
        self.preview_scroll.setAccessibleName(self.tr("Preview"))
        self.preview_scroll.setWidgetResizable(True)
        self.preview_scroll.setWidget(self.preview)
        right.addWidget(self.preview_scroll, 1)
        # Nothing to print: what to do, and the button that does it.
        self.nothing = design.EmptyState()
        self.nothing.button.clicked.connect(self._nothing_action)
        self.nothing.message.setAccessibleName(self.tr("Nothing to print"))
        self.nothing.hide()
        right.addWidget(self.nothing, 1)
        layout.addLayout(right, 3)
        # Ctrl+S and Ctrl+P while the focus is on this page: the buttons, when they work.
        for keys, button in ((QKeySequence.StandardKey.Save, self.save_button),
                             (QKeySequence.StandardKey.Print, self.print_button)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(partial(_click_if_enabled, button))
        self.batch_problems: BatchProblems | None = None
        # One save or print at a time: the next one's unique codes are planned only after
        # this one's are recorded (two planned together would take the same numbers).
        self._printable = False
        self._printing = False

        # A new preview a moment after the last change: planned on the worker, drawn on the
        # drawing pool.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.template.currentIndexChanged.connect(self._template_changed)
        for signal in (self.paper.currentIndexChanged, self.language.currentIndexChanged,
                       self.tag.textChanged, self.copies.valueChanged, self.unique.toggled,
                       self.distance.valueChanged, self.logo.currentIndexChanged,
                       self.logo_on_code.toggled, self.resource_name.textChanged,
                       self.resource_number.textChanged, self.resource_hours.textChanged):
            signal.connect(lambda *_: self._debounce.start())
        # Settings (the help line, the hub address) and every print (the next unique code)
        # change what the preview shows; while the page is hidden (the tent is tapping kits)
        # it is redrawn once it is shown again, not after every tap.
        self._stale = False
        runner.changed.connect(self._data_changed)
        self._template_changed()

    def _data_changed(self) -> None:
        if self.isVisible():
            self._debounce.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._debounce.start()

    def _row(self, text: str, widget: QWidget, name: str) -> None:
        """A form row whose label names the field for a screen reader and moves the focus to
        it with Alt and the underlined letter."""
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setAccessibleName(name)
        self.form.addRow(label, widget)

    def job(self) -> cards.CardJob:
        resource = ({"resource_name": self.resource_name.text(),
                     "resource_number": self.resource_number.text(),
                     "resource_hours": self.resource_hours.text()}
                    if self.template.currentData() == RESOURCE_TEMPLATE else {})
        return cards.CardJob(**resource,  # type: ignore[arg-type]
            template=self.template.currentData(), tag=self.tag.text(),
            paper=self.paper.currentData() or "a4", language=self.language.currentData(),
            copies=self.copies.value(), unique=self.unique.isChecked(),
            scan_distance_m=self.distance.value() or None,
            logo=self.logo.currentData() if self.logo.currentData() != "choose" else None,
            logo_on_code=self.logo_on_code.isChecked() and bool(self.logo.currentData()),
        )

    def _logo_picked(self, index: int) -> None:
        if self.logo.itemData(index) != "choose":
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a logo"), "",
                                              self.tr("Images (*.png *.jpg)"))
        if path:
            self.logo.insertItem(index, path.rsplit("/", 1)[-1], path)
            self.logo.setCurrentIndex(index)
        else:
            self.logo.setCurrentIndex(0)

    def _template_changed(self) -> None:
        template = cards.TEMPLATES[self.template.currentData()]
        current = self.paper.currentData()
        self.paper.blockSignals(True)
        self.paper.clear()
        for paper in template.sheets:
            self.paper.addItem(PAPER_NAMES.get(paper, paper), paper)
        index = self.paper.findData(current)
        self.paper.setCurrentIndex(max(index, 0))
        self.paper.blockSignals(False)
        self.distance.setEnabled(template.kind == "sign")
        for field in (self.resource_name, self.resource_number, self.resource_hours):
            self.form.setRowVisible(field, template.name == RESOURCE_TEMPLATE)
        self._debounce.start()

    def fill_from_resource(self, name: str, number: str, hours: str) -> None:
        """Resources → Print a card for this: the resource card, with the resource's name,
        number and hours on it; the preview follows."""
        self.resource_name.setText(name)
        self.resource_number.setText(number)
        self.resource_hours.setText(hours)
        self.template.setCurrentIndex(self.template.findData(RESOURCE_TEMPLATE))
        self._debounce.start()

    # -- from the resource directory: the tour sheet and the country card ------------------

    def open_tour_sheet(self) -> None:
        """The tour sheet dialog, the current tour chosen."""
        self.runner.read(resource_print_dialogs.tours_and_current,
                         lambda found: self._open_resource_dialog(
                             TourSheetDialog(self.runner, found[0], found[1], self)),
                         self._problem)

    def open_country_card(self) -> None:
        """The country card dialog, the current tour's first country filled in."""
        self.runner.read(resource_print_dialogs.tours_and_current,
                         lambda found: self._open_resource_dialog(
                             CountryCardDialog(self.runner, found[2], self)),
                         self._problem)

    def _open_resource_dialog(self, dialog: TourSheetDialog | CountryCardDialog) -> None:
        if self.resource_dialog is not None:
            self.resource_dialog.close()
        self.resource_dialog = dialog
        dialog.saved.connect(
            lambda path: self.message.emit(self.tr("Saved {path}").format(path=path)))
        # A closed dialog deletes itself (forms.FormDialog): forget it then.
        dialog.finished.connect(lambda _: self._resource_dialog_closed(dialog))
        dialog.open()

    def _resource_dialog_closed(self, dialog: QDialog) -> None:
        if self.resource_dialog is dialog:
            self.resource_dialog = None

    # -- preview -------------------------------------------------------------------------

    def refresh(self) -> None:
        job = self.job()
        width = max(480, self.preview.width())
        self._preview_asked += 1
        asked = self._preview_asked

        def draw(planned: card_render.PreviewPlan) -> None:
            # Here, not in the drawing process: one sheet draws in about 25 ms, and the
            # process may be busy with a 10,000-card save for tens of seconds.
            self.runner.draw(card_render.draw_preview, planned, width,
                             done=lambda shown: self._show(shown, asked),
                             failed=lambda error: self._refused(error, asked),
                             latest="preview", here=True)

        try:
            self.runner.read(lambda db: card_render.plan_preview(db, job), draw,
                             lambda error: self._refused(error, asked))
        except RuntimeError:
            return  # the runner was stopped (the window is closing): nothing to preview

    def _show(self, shown: card_render.Preview, asked: int) -> None:
        if asked != self._preview_asked:
            return  # a newer preview is on its way
        self.help_line_notice.setVisible(not shown.help_line.number)
        self.distance_note.setText(self._distance_text(shown))
        if shown.image is None:
            self._refused(cards.CardJobRefused(shown.problems), asked)
            return
        self.problems = []
        self.problem_label.clear()
        self.nothing.hide()
        self.preview_scroll.show()
        self.preview.setPixmap(QPixmap.fromImage(page_image(shown.image)))
        self._printable = True
        self._buttons()
        self.loaded.emit()

    def _distance_text(self, shown: card_render.Preview) -> str:
        if shown.reach_m is None or shown.code_cm is None:
            return ""
        paper = PAPER_NAMES.get(self.paper.currentData(), self.tr("this paper"))
        if self.distance.value():
            return self.tr("On {paper} the code is {size} cm: it scans from about {reach} m "
                           "({asked} m asked).").format(
                paper=paper, size=_decimal(shown.code_cm), reach=_decimal(shown.reach_m),
                asked=_decimal(self.distance.value()))
        return self.tr("On {paper} the code is {size} cm: it scans from about {reach} m, the "
                       "distance it is printed for.").format(
            paper=paper, size=_decimal(shown.code_cm), reach=_decimal(shown.reach_m))

    def _refused(self, error: WellnessError, asked: int) -> None:
        if asked != self._preview_asked:
            return
        message = error_text(error)
        self.problems = [message]
        self.problem_label.setText(message)
        self.preview.clear()
        if (self.template.currentData() == RESOURCE_TEMPLATE
                and not self.resource_number.text()):
            self.nothing.set_text(
                self.tr("No resource on the card yet: in Resources, find the line and press "
                        "“Print a card for this”."), self.tr("Print wallet cards instead"))
        else:
            self.nothing.set_text(
                self.tr("Nothing to print yet: the job as set would print badly. What to fix "
                        "is said under the form."), self.tr("Back to the defaults"))
        self.nothing.button.setAccessibleName(self.nothing.button.text())
        self.preview_scroll.hide()
        self.nothing.show()
        self._printable = False
        self._buttons()
        self.loaded.emit()

    def _nothing_action(self) -> None:
        """The empty preview's button: a job that prints."""
        if (self.template.currentData() == RESOURCE_TEMPLATE
                and not self.resource_number.text()):
            self.template.setCurrentIndex(self.template.findData("wallet"))
        else:
            self.reset_form()
        self.template.setFocus()

    def reset_form(self) -> None:
        """Every choice back to how the page opens (the language stays)."""
        self.template.setCurrentIndex(max(0, self.template.findData("wallet")))
        self.tag.setText(DEFAULT_TAG)
        self.copies.setValue(10)
        self.unique.setChecked(False)
        self.distance.setValue(0.0)
        self.logo.setCurrentIndex(0)
        self.logo_on_code.setChecked(False)
        self._debounce.start()

    # -- saving and printing: planned on the worker, drawn in the drawing process, recorded
    # on the worker

    def _ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save cards"), self.tr("cards.pdf"),
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: str) -> None:
        job = self.job()
        self._save(lambda db: [cards.planned(db, job)], path, None)

    def _buttons(self) -> None:
        self.save_button.setEnabled(self._printable and not self._printing)
        self.print_button.setEnabled(self._printable and not self._printing)
        self.batch_button.setEnabled(not self._printing)

    def _begin(self) -> bool:
        if self._printing:
            self.message.emit(self.tr("The last print is still being saved or sent: try "
                                      "again once it is done."))
            return False
        self._printing = True
        self._buttons()
        return True

    def _end(self) -> None:
        self._printing = False
        self._buttons()

    def _print_failed(self, error: WellnessError) -> None:
        self._end()
        self._problem(error)

    def _save(self, plan: Callable[[Any], list[cards.Plan]], out: str,
              title: str | None) -> None:
        """Plan on the worker, draw and write the file beside `out` in the drawing process,
        then record the print and name the file on the worker (`card_render.keep`: both or
        neither)."""
        if not self._begin():
            return

        def saved(_: object) -> None:
            self._end()
            self.message.emit(self.tr("Saved {path}").format(path=out))

        def keep(drawn: card_render.DrawnFile) -> None:
            self.runner.write(lambda db: card_render.keep(db, drawn), saved,
                              self._print_failed)

        def draw(plans: list[cards.Plan]) -> None:
            self.runner.draw(card_render.draw_file, plans, out, title, done=keep,
                             failed=self._print_failed)

        self.runner.read(plan, draw, self._print_failed)

    def _ask_batch(self) -> None:
        csv_path, _ = QFileDialog.getOpenFileName(self, self.tr("Locations CSV"), "",
                                                  self.tr("CSV files (*.csv);;All files (*)"))
        if csv_path:
            self.check_batch(csv_path)

    def check_batch(self, csv_path: str) -> None:
        """Check the whole CSV first; only a good one asks where to save the signs."""
        self.runner.read(lambda db: len(card_batch.plan_batch(db, csv_path)),
                         lambda result: self._batch_checked(csv_path, result), self._problem)

    def _batch_checked(self, csv_path: str, result: int) -> None:
        name = Path(csv_path).stem
        out, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the signs of %n location(s)", "", result),
            f"{name}.pdf", self.tr("PDF (*.pdf)"))
        if out:
            self.save_batch(csv_path, out)

    def save_batch(self, csv_path: str, out: str) -> None:
        # Each line's paper: the CSV's paper column, else its template's default (never the
        # paper left on this page by another template).
        self._save(lambda db: card_batch.plan_batch(db, csv_path), out,
                   card_batch.batch_title(csv_path))

    def _problem(self, error: WellnessError) -> None:
        if isinstance(error, card_batch.BatchError):
            self._show_batch_problems(error)
        else:
            show_problem(self, self.tr("Print"), error_text(error))

    def _show_batch_problems(self, error: card_batch.BatchError) -> None:
        if self.batch_problems is not None:
            self.batch_problems.close()
        self.batch_problems = BatchProblems(error, self)
        self.batch_problems.open()

    def _ask_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)
        dialog.deleteLater()

    def print_to(self, printer: QPrinter) -> None:
        """Plan on the worker, draw in the drawing process, rasterise on the pool, then
        hand the printer one page picture at a time."""
        asked = self.job()
        if not self._begin():
            return
        self.printer = printer

        def draw(plan: cards.Plan) -> None:
            # The unique codes were fixed by the plan and are recorded as printed, once
            # printed.
            self.runner.draw(card_render.draw, [plan],
                             done=lambda drawn: self._print_pages(printer, plan.job, drawn.pdf),
                             failed=self._print_failed)

        self.runner.read(lambda db: cards.planned(db, asked), draw, self._print_failed)

    def _print_pages(self, printer: QPrinter, job: cards.CardJob, pdf: bytes) -> None:
        # 1:1 on the job's paper: a shrunk page would cut cards off their crop marks and
        # make QR modules smaller than preflight allowed.
        printer.setPageSize(QPageSize(PAGE_SIZES[job.paper]))
        printer.setFullPage(True)
        note = ""
        if job.unique and printer.copyCount() > 1:
            # The printer's copies would repeat the same codes: more cards come from Copies.
            printer.setCopyCount(1)
            note = self.tr("Printed once: unique codes never repeat, so set more copies on "
                           "this page instead of in the print dialog.")
        painter = QPainter()
        if not painter.begin(printer):
            self._end()
            show_problem(self, self.tr("Print"), self.tr("The printer could not be started."))
            return
        dpi = min(PRINT_DPI, printer.resolution())

        def page(index: int) -> None:
            # Here: pdfium lets go of the interpreter's lock while it renders, and sending
            # the whole PDF to the drawing process for each page would cost more.
            self.runner.draw(partial(rasterise_page, dpi=dpi), pdf, index,
                             done=lambda raster: painted(index, raster), failed=failed,
                             here=True)


        def failed(error: WellnessError) -> None:
            self._end()
            printer.abort()
            painter.end()
            show_problem(self, self.tr("Print"), self.tr(
                "Printing stopped, nothing recorded. {problem}").format(
                problem=error_text(error)))

        def painted(index: int, raster: RasterPage) -> None:
            # The printer scales the picture to the whole sheet itself.
            painter.drawImage(printer.paperRect(QPrinter.Unit.DevicePixel).toRect(),
                              page_image(raster))
            if index + 1 < raster.pages:
                printer.newPage()
                page(index + 1)
                return
            painter.end()
            printed = replace(job, copies=job.copies * max(1, printer.copyCount()))
            def recorded(_: object) -> None:
                self._end()
                self.message.emit(self.tr("Sent to the printer. {note}").format(note=note)
                                  if note else self.tr("Sent to the printer."))

            self.runner.write(lambda db: cards.record_printed(db, printed), recorded,
                              self._print_failed)

        page(0)


class BatchProblems(QDialog):
    """Why a locations CSV prints nothing: the first problems in a list that scrolls, the
    count of the rest, at a height that never outgrows the screen."""

    def __init__(self, error: card_batch.BatchError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Batch from a locations CSV"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        rows = QVBoxLayout(self)
        rows.setSpacing(SPACE.m)
        count = len(error.problems)
        self.head = QLabel(self.tr("{file}: nothing printed, %n problem(s). Fix the file and "
                                   "choose it again.", "", count).format(file=error.file))
        design.mark(self.head, "problem")
        self.head.setTextFormat(Qt.TextFormat.PlainText)
        self.head.setWordWrap(True)
        rows.addWidget(self.head)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setWordWrap(True)
        self.list.addItems(error.problems[:card_batch.MAX_LISTED])
        self.list.setMinimumWidth(560)
        self.list.setMaximumHeight(320)
        self.list.setAccessibleName(self.tr("Problems in the file"))
        rows.addWidget(self.list)
        rest = count - card_batch.MAX_LISTED
        self.more = QLabel(self.tr("… and %n more", "", rest) if rest > 0 else "")
        design.mark(self.more, "muted")
        self.more.setVisible(rest > 0)
        rows.addWidget(self.more)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(
            self.tr("Close the list of problems"))
        buttons.accepted.connect(self.accept)
        rows.addWidget(buttons)


def _click_if_enabled(button: QPushButton) -> None:
    if button.isEnabled():
        button.click()


def _decimal(value: float) -> str:
    """A measure the local way (1.5 or 1,5), as short as it is exact."""
    return i18n.locale().toString(float(value), "g", 6)


def page_image(raster: RasterPage) -> QImage:
    """A rasterised page as a QImage over its pixels, no copy: use it while `raster` lives
    (a QPixmap made from it, or a painter drawing it, copies what it needs)."""
    return QImage(raster.pixels, raster.width, raster.height, raster.stride,
                  QImage.Format.Format_RGB888 if raster.channels == 3
                  else QImage.Format.Format_RGBA8888)
