"""The Schedule section: one day of the program as a timeline or a filterable list."""

from __future__ import annotations

from datetime import date, datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import program_print, schedule, schedule_io
from ..errors import WellnessError
from ..print.files import save_bytes
from ..views import Filters, ScheduleView, schedule_view
from . import design
from .core_words import error_text
from .design import EmptyState
from .i18n import date_text, number_text, time_text
from .tasks import TaskRunner
from .timeline import TimelineScroll, TimelineView
from .widgets import page_title, show_problem
from .workshop_editor import WorkshopEditor

if TYPE_CHECKING:
    from sqlite_utils import Database

class SchedulePage(QWidget):
    loaded = Signal()
    message = Signal(str)  # for the status bar
    # The empty state's button: the section to open (the main window connects it).
    go_to_section = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.view: ScheduleView | None = None
        self.editor: WorkshopEditor | None = None
        self.last_problem = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(design.SPACE.l, design.SPACE.l, design.SPACE.l,
                                  design.SPACE.m)
        layout.setSpacing(design.SPACE.m)
        top = QHBoxLayout()
        top.setSpacing(design.SPACE.s)
        self.title = page_title(self.tr("Schedule"))
        top.addWidget(self.title, 1)
        day_label = QLabel(self.tr("&Day:"))
        top.addWidget(day_label)
        self._asked = 0  # refreshes asked for; only the newest answer is shown
        self.day_box = QComboBox()
        self.day_box.setAccessibleName(self.tr("Day"))
        day_label.setBuddy(self.day_box)
        self.day_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.day_box.activated.connect(lambda _: self.refresh())
        top.addWidget(self.day_box)
        self.new_button = QPushButton(self.tr("&New workshop…"))
        design.mark(self.new_button, kind="primary")
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.setToolTip(self.tr("Add a session to the program (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_workshop)
        top.addWidget(self.new_button)
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        self.import_button.setToolTip(self.tr(
            "Add a whole program from a CSV file (see the README for its columns). A file "
            "with any bad line adds nothing."))
        self.import_button.clicked.connect(self._ask_import)
        top.addWidget(self.import_button)
        self.export_button = QPushButton(self.tr("E&xport"))
        self.export_button.setAccessibleName(self.tr("Export the program"))
        self.export_menu = QMenu(self)
        self.export_button.setMenu(self.export_menu)
        self.export_menu.aboutToShow.connect(self._fill_export_menu)
        top.addWidget(self.export_button)
        layout.addLayout(top)

        self.tabs = QTabWidget()
        self.timeline = TimelineView()
        self.timeline.workshop_clicked.connect(self.edit_workshop)
        self.timeline_scroll = TimelineScroll(self.timeline)
        self.timeline_scroll.setAccessibleName(self.tr("Day program"))
        self.tabs.addTab(self.timeline_scroll, self.tr("&Timeline"))

        listing = QWidget()
        list_layout = QVBoxLayout(listing)
        filters = QHBoxLayout()
        filters.setSpacing(design.SPACE.s)
        self.filter_boxes: dict[str, QComboBox] = {}
        for key, label, name in (
                ("space", self.tr("S&pace:"), self.tr("Space filter")),
                ("kind", self.tr("&Kind:"), self.tr("Kind filter")),
                ("facilitator", self.tr("F&acilitator:"), self.tr("Facilitator filter"))):
            caption = QLabel(label)
            filters.addWidget(caption)
            box = QComboBox()
            box.setAccessibleName(name)
            caption.setBuddy(box)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.activated.connect(lambda _: self.refresh())
            filters.addWidget(box)
            self.filter_boxes[key] = box
        filters.addStretch(1)
        list_layout.addLayout(filters)
        self.table = QTableWidget(0, len(self.columns()))
        self.table.setHorizontalHeaderLabels(self.columns())
        self.table.setAccessibleName(self.tr("Sessions of the day"))
        self.table.setAccessibleDescription(self.tr("Enter or a double click opens a session."))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.cellDoubleClicked.connect(self._row_opened)
        self.table.activated.connect(lambda index: self._row_opened(index.row(), 0))
        list_layout.addWidget(self.table)
        self.tabs.addTab(listing, self.tr("&List"))

        self.empty = EmptyState(
            self.tr("No activation yet. Create a festival or a tour under Activations, add "
                    "its spaces, then plan its program here."),
            self.tr("Go to Activations"))
        self.empty.button.clicked.connect(lambda: self.go_to_section.emit("Activations"))
        self.body = QStackedWidget()
        self.body.addWidget(self.tabs)
        self.body.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        self.conflict_summary = QLabel()
        self.conflict_summary.setWordWrap(True)
        design.mark(self.conflict_summary, "problem")
        layout.addWidget(self.conflict_summary)
        runner.changed.connect(self.refresh)

    def columns(self) -> list[str]:
        return [self.tr("Start"), self.tr("End"), self.tr("Space"), self.tr("Title"),
                self.tr("Kind"), self.tr("Facilitators"), self.tr("Capacity"),
                self.tr("Headcount"), self.tr("Status"), self.tr("Conflicts")]

    def status_text(self, w: schedule.Workshop) -> str:
        if w.status == "cancelled":
            return self.tr("Cancelled")
        if w.status == "held":
            return self.tr("Held")
        return self.tr("Full") if w.full else self.tr("Scheduled")

    def filters(self) -> Filters:
        return Filters(
            location_id=self.filter_boxes["space"].currentData(),
            kind=self.filter_boxes["kind"].currentData(),
            facilitator=self.filter_boxes["facilitator"].currentData(),
        )

    def show_day(self, day: date) -> None:
        index = self.day_box.findData(day.isoformat())
        if index >= 0:
            self.day_box.setCurrentIndex(index)
            self.refresh()
        elif not self.day_box.count():
            # Asked before the page's first answer filled the days: show that day anyway.
            self.refresh(day)

    def refresh(self, day: date | None = None) -> None:
        if day is None and self.day_box.count():
            day = date.fromisoformat(self.day_box.currentData())
        filters = self.filters()
        # Reads run on a pool and may answer out of order: only the newest is shown, so an
        # older answer never puts back the day or filters someone has just changed.
        self._asked += 1
        asked = self._asked
        self.runner.read(lambda db: schedule_view(db, day=day, filters=filters),
                         lambda view: self._show(view) if asked == self._asked else None)

    def _show(self, view: ScheduleView) -> None:
        self.new_button.setEnabled(bool(view.activation and view.spaces))
        self.import_button.setEnabled(bool(view.activation and view.spaces))
        self.export_button.setEnabled(view.activation is not None)
        if view.activation is None:
            self.view = view
            self.title.setText(self.tr("Schedule"))
            self.body.setCurrentWidget(self.empty)
            self.conflict_summary.setText("")
            self.loaded.emit()
            return
        self.body.setCurrentWidget(self.tabs)
        self.title.setText(self.tr("Schedule · {activation}").format(
            activation=view.activation.name))
        # The core sets a day and its timeline whenever there is an activation.
        assert view.day is not None and view.timeline is not None
        self.day_box.clear()
        for d in view.days:
            # ISO text as item data: Qt would turn a date into a QDate.
            self.day_box.addItem(date_text(d, long=True), d.isoformat())
        self.day_box.setCurrentIndex(view.days.index(view.day))
        stale = [
            self._fill_filter("space", [(s.name, s.id) for s in view.spaces]),
            self._fill_filter("kind", [(k, k) for k in view.kinds]),
            self._fill_filter("facilitator", [(f, f) for f in view.facilitators]),
        ]
        if any(stale):
            # A filter named something that is gone (another activation): list again.
            self.refresh()
        new_day = self.view is None or self.timeline.timeline is None or (
            self.timeline.timeline.day != view.day)
        self.timeline.set_timeline(view.timeline, view.kinds)
        if new_day:
            # After the layout has taken the timeline's new height.
            target = max(0, int(self.timeline.focus_y()) - 80)
            QTimer.singleShot(0, lambda: self.timeline_scroll.verticalScrollBar().setValue(target))
        self._fill_table(view)
        self.view = view
        clashes = len(view.timeline.conflicts)
        self.conflict_summary.setText(self.tr(
            "⚠ %n session(s) with a conflict this day (outlined in red; hover or open one "
            "to see why)", "", clashes) if clashes else "")
        self.loaded.emit()

    def _fill_filter(self, key: str, items: list[tuple[str, object]]) -> bool:
        """Refill a filter box; True when its choice is gone and it fell back to "any"."""
        box = self.filter_boxes[key]
        current = box.currentData()
        box.clear()
        box.addItem(self.tr("Any"), None)
        for text, data in items:
            box.addItem(text, data)
        index = box.findData(current)
        box.setCurrentIndex(max(index, 0))
        return current is not None and index < 0

    def _when(self, moment: datetime, day: date | None) -> str:
        # A session from the night before (or into the next morning) says its day.
        if moment.date() == day:
            return time_text(moment)
        return self.tr("{day} {time}").format(day=date_text(moment.date()),
                                              time=time_text(moment))

    def _fill_table(self, view: ScheduleView) -> None:
        conflicts = view.timeline.conflicts if view.timeline else {}
        danger = QColor(design.colours().danger)
        self.table.setRowCount(len(view.listing))
        for row, w in enumerate(view.listing):
            marks = conflicts.get(w.id, [])
            cells = [
                self._when(w.local_start, view.day), self._when(w.local_end, view.day),
                w.space, w.title, w.kind, ", ".join(w.facilitators),
                number_text(w.capacity) if w.capacity else "", number_text(w.headcount),
                self.status_text(w), "; ".join(f"⚠ {c.message}" for c in marks),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, w.id)
                item.setToolTip(text)
                if marks:
                    item.setForeground(danger)
                if w.status == "cancelled":
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        # A long conflict sentence is cut at the page's edge (its tooltip holds it whole),
        # never pushing the table sideways.
        self.table.horizontalHeader().setStretchLastSection(True)
        last = self.table.columnCount() - 1
        self.table.setColumnWidth(last, min(self.table.columnWidth(last), 320))

    def _row_opened(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.edit_workshop(item.data(Qt.ItemDataRole.UserRole))

    # -- import and export (file work off the UI thread; PDFs drawn on the pool) --------

    def _fill_export_menu(self) -> None:
        menu = self.export_menu
        menu.clear()
        menu.addAction(self.tr("Calendar (.ics), whole program…"), lambda: self._ask_ics(None))
        spaces = menu.addMenu(self.tr("Calendar (.ics), one space"))
        for space in self.view.spaces if self.view else []:
            spaces.addAction(self.tr("{space}…").format(space=space.name),
                             partial(self._ask_ics, space.id))
        menu.addSeparator()
        for paper, label in (("a4", self.tr("A4")), ("letter", self.tr("US Letter"))):
            menu.addAction(self.tr("Day program PDF ({paper})…").format(paper=label),
                           partial(self._ask_pdf, paper))

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a workshop program"), "",
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.import_csv(path)

    def _ask_ics(self, location_id: int | None) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export calendar"),
                                              self.tr("program.ics"),
                                              self.tr("Calendar (*.ics)"))
        if path:
            self.export_ics(path, location_id=location_id)

    def _ask_pdf(self, paper: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the day program"),
                                              self.tr("program.pdf"), self.tr("PDF (*.pdf)"))
        if path:
            self.print_program(path, paper=paper)

    def import_csv(self, path: str) -> None:
        activation_id = self._activation_id()
        self.runner.write(
            lambda db: schedule_io.import_csv(db, activation_id, path),
            lambda added: self._tell(self.tr("Imported %n workshop(s).", "", len(added))),
            self._problem)

    def export_ics(self, path: str, *, location_id: int | None = None) -> None:
        activation_id = self._activation_id()

        def export(db: Database) -> str:
            save_bytes(
                path, schedule_io.export_ics(db, activation_id, location_id=location_id))
            return path

        self.runner.read(export, lambda saved: self._tell(
            self.tr("Saved {path}").format(path=saved)), self._problem)

    def print_program(self, path: str, *, paper: str = "a4") -> None:
        activation_id = self._activation_id()

        def draw(plan: program_print.ProgramPlan) -> None:
            self.runner.draw(program_print.save_program, plan, path,
                             done=lambda pages: self._tell(self.tr(
                                 "Saved {path}: %n page(s)", "", len(pages)).format(path=path)),
                             failed=self._problem)

        self.runner.read(
            lambda db: program_print.plan_program(db, activation_id, paper=paper), draw,
            self._problem)

    def _activation_id(self) -> int:
        # Import and export are enabled only while an activation is shown.
        assert self.view is not None and self.view.activation is not None
        return self.view.activation.id

    def _tell(self, message: str) -> None:
        self.conflict_summary.setText(message)
        self.message.emit(message)

    def _problem(self, error: WellnessError) -> None:
        self.last_problem = error_text(error)
        show_problem(self, self.tr("Schedule"), self.last_problem)

    def new_workshop(self) -> WorkshopEditor | None:
        if self.view is None or not self.view.spaces:
            return None
        return self._open_editor(None)

    def edit_workshop(self, workshop_id: int) -> None:
        self.runner.read(lambda db: schedule.get_workshop(db, workshop_id), self._open_editor)

    def _open_editor(self, workshop: schedule.Workshop | None) -> WorkshopEditor:
        assert self.view is not None  # the editor opens from a shown schedule
        if self.editor is not None:
            self.editor.close()
        self.editor = WorkshopEditor(self.runner, self.view, workshop, self)
        # The dialog deletes itself once closed and no answer is on its way (FormDialog).
        self.editor.finished.connect(self._editor_closed)
        # open(), not exec(): taps and refreshes keep flowing while it is up.
        self.editor.open()
        return self.editor

    def _editor_closed(self) -> None:
        self.editor = None
        # Back to the session the keys were on.
        if self.tabs.currentWidget() is self.timeline_scroll:
            self.timeline.setFocus()
