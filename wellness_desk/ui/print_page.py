"""Print: QR cards and green-room signs, previewed live, saved as PDF or sent to a printer."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import cards
from .tasks import TaskRunner
from .widgets import page_title, show_problem

LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "de": "Deutsch",
                  "pt": "Português"}
PAPER_NAMES = {"a4": "A4", "letter": "US Letter", "a3": "A3"}
PRINT_DPI = 300
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
        left = QVBoxLayout()
        left.addWidget(page_title("Print cards and signs"))
        form = QFormLayout()
        self.template = QComboBox()
        for name, template in cards.TEMPLATES.items():
            self.template.addItem(template.title, name)
        form.addRow("Template", self.template)
        self.paper = QComboBox()
        form.addRow("Paper", self.paper)
        self.language = QComboBox()
        for code in cards.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        form.addRow("Language", self.language)
        self.tag = QLineEdit()
        self.tag.setPlaceholderText("e.g. green-room-chicago-2026")
        self.tag.setText("wellness-tent")
        self.tag.setToolTip("Added to the link (?src=…) so the hub counts which signs are "
                            "scanned.")
        form.addRow("Tag", self.tag)
        self.copies = QSpinBox()
        self.copies.setRange(1, 5000)
        self.copies.setValue(10)
        form.addRow("Copies", self.copies)
        self.unique = QCheckBox("A unique code on every card (&&c=0001…)")
        form.addRow("", self.unique)
        self.distance = QDoubleSpinBox()
        self.distance.setRange(0.0, 50.0)
        self.distance.setSingleStep(0.5)
        self.distance.setSuffix(" m")
        self.distance.setSpecialValueText("the template's")
        self.distance.setToolTip("How far away people scan a sign from: its code must be at "
                                 "least a tenth of that wide.")
        form.addRow("Scan distance (signs)", self.distance)
        self.logo = QComboBox()
        self.logo.addItem("No logo", None)
        for name in cards.shipped_logos():
            self.logo.addItem(name, name)
        self.logo.addItem("Choose a file…", "choose")
        self.logo.activated.connect(self._logo_picked)
        form.addRow("Logo", self.logo)
        self.logo_on_code = QCheckBox("In the middle of the QR code (stronger error correction)")
        form.addRow("", self.logo_on_code)
        left.addLayout(form)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #B71C1C;")
        left.addWidget(self.problem_label)
        buttons = QHBoxLayout()
        self.save_button = QPushButton("Save PDF…")
        self.save_button.clicked.connect(self._ask_save)
        self.print_button = QPushButton("Print…")
        self.print_button.clicked.connect(self._ask_print)
        self.batch_button = QPushButton("Batch from a locations CSV…")
        self.batch_button.clicked.connect(self._ask_batch)
        for button in (self.save_button, self.print_button):
            buttons.addWidget(button)
        left.addLayout(buttons)
        left.addWidget(self.batch_button)
        left.addStretch(1)
        layout.addLayout(left, 2)

        self.preview = QLabel("Preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview)
        layout.addWidget(scroll, 3)

        # A new preview a moment after the last change, rendered on the worker.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.template.currentIndexChanged.connect(self._template_changed)
        for signal in (self.paper.currentIndexChanged, self.language.currentIndexChanged,
                       self.tag.textChanged, self.copies.valueChanged, self.unique.toggled,
                       self.distance.valueChanged, self.logo.currentIndexChanged,
                       self.logo_on_code.toggled):
            signal.connect(lambda *_: self._debounce.start())
        self._template_changed()

    def job(self) -> cards.CardJob:
        return cards.CardJob(
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
        path, _ = QFileDialog.getOpenFileName(self, "A logo", "", "Images (*.png *.jpg)")
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
        self._debounce.start()

    # -- preview -------------------------------------------------------------------------

    def refresh(self) -> None:
        job = self.job()
        width = max(480, self.preview.width())
        self._preview_asked += 1
        asked = self._preview_asked
        self.runner.read(lambda db: cards.preview_png(db, job, width),
                         lambda png: self._show(png, asked),
                         lambda message: self._refused(message, asked))

    def _show(self, png: bytes, asked: int) -> None:
        if asked != self._preview_asked:
            return  # a newer preview is on its way
        self.problems = []
        self.problem_label.clear()
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.preview.setPixmap(pixmap)
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.loaded.emit()

    def _refused(self, message: str, asked: int) -> None:
        if asked != self._preview_asked:
            return
        self.problems = [message]
        self.problem_label.setText(message)
        self.preview.setText("Nothing to preview: the job would print badly.")
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.loaded.emit()

    # -- saving and printing (rendering on the worker) -------------------------------------

    def _ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save cards", "cards.pdf", "PDF (*.pdf)")
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: str) -> None:
        job = self.job()
        self.runner.write(lambda db: cards.save(db, job, path),
                          lambda _: self.message.emit(f"Saved {path}"),
                          lambda m: show_problem(self, "Print", m))

    def _ask_batch(self) -> None:
        csv_path, _ = QFileDialog.getOpenFileName(self, "Locations CSV", "",
                                                  "CSV files (*.csv);;All files (*)")
        if not csv_path:
            return
        out, _ = QFileDialog.getSaveFileName(self, "Save all signs", "signs.pdf",
                                             "PDF (*.pdf)")
        if out:
            self.save_batch(csv_path, out)

    def save_batch(self, csv_path: str, out: str) -> None:
        paper = self.paper.currentData() or "a4"
        self.runner.write(lambda db: cards.save_batch(db, csv_path, out, paper=paper),
                          lambda _: self.message.emit(f"Saved {out}"),
                          lambda m: show_problem(self, "Print", m))

    def _ask_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)
        dialog.deleteLater()

    def print_to(self, printer: QPrinter) -> None:
        """Render on the worker, then hand the printer one page picture at a time."""
        job = self.job()
        self.printer = printer
        self.runner.read(lambda db: cards.render(db, job),
                         lambda pdf: self._print_pages(printer, job, pdf),
                         lambda m: show_problem(self, "Print", m))

    def _print_pages(self, printer: QPrinter, job: cards.CardJob, pdf: bytes) -> None:
        # 1:1 on the job's paper: a shrunk page would cut cards off their crop marks and
        # make QR modules smaller than preflight allowed.
        printer.setPageSize(QPageSize(PAGE_SIZES[job.paper]))
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            show_problem(self, "Print", "The printer could not be started.")
            return
        dpi = min(PRINT_DPI, printer.resolution())

        def page(index: int) -> None:
            self.runner.read(lambda db: cards.rasterise_page(pdf, index, dpi),
                             lambda raster: painted(index, raster), failed)

        def failed(message: str) -> None:
            printer.abort()
            painter.end()
            show_problem(self, "Print", f"Printing stopped, nothing recorded: {message}")

        def painted(index: int, raster: cards.RasterPage) -> None:
            image = QImage(raster.pixels, raster.width, raster.height, raster.stride,
                           QImage.Format.Format_RGB888 if raster.channels == 3
                           else QImage.Format.Format_RGBA8888)
            # The printer scales the picture to the whole sheet itself.
            painter.drawImage(printer.paperRect(QPrinter.Unit.DevicePixel).toRect(), image)
            if index + 1 < raster.pages:
                printer.newPage()
                page(index + 1)
                return
            painter.end()
            printed = replace(job, copies=job.copies * max(1, printer.copyCount()))
            self.runner.write(lambda db: cards.record_printed(db, printed),
                              lambda _: self.message.emit("Sent to the printer."))

        page(0)
