"""The Schedule section: one day of the program as a timeline or a filterable list."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
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
from .tasks import TaskRunner
from .timeline import TimelineView
from .widgets import page_title, show_problem
from .workshop_editor import WorkshopEditor

if TYPE_CHECKING:
    from sqlite_utils import Database

LIST_COLUMNS = ("Start", "End", "Space", "Title", "Kind", "Facilitators", "Capacity",
                "Headcount", "Status", "Conflicts")


class SchedulePage(QWidget):
    loaded = Signal()
    message = Signal(str)  # for the status bar

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.view: ScheduleView | None = None
        self.editor: WorkshopEditor | None = None
        self.last_problem = ""
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = page_title("Schedule")
        top.addWidget(self.title, 1)
        top.addWidget(QLabel("Day:"))
        self._asked = 0  # refreshes asked for; only the newest answer is shown
        self.day_box = QComboBox()
        self.day_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.day_box.activated.connect(lambda _: self.refresh())
        top.addWidget(self.day_box)
        self.new_button = QPushButton("New workshop…")
        self.new_button.clicked.connect(self.new_workshop)
        top.addWidget(self.new_button)
        self.import_button = QPushButton("Import CSV…")
        self.import_button.setToolTip("Add a whole program from a CSV file (see the README for "
                                      "its columns). A file with any bad line adds nothing.")
        self.import_button.clicked.connect(self._ask_import)
        top.addWidget(self.import_button)
        self.export_button = QPushButton("Export")
        self.export_menu = QMenu(self)
        self.export_button.setMenu(self.export_menu)
        self.export_menu.aboutToShow.connect(self._fill_export_menu)
        top.addWidget(self.export_button)
        layout.addLayout(top)

        self.tabs = QTabWidget()
        self.timeline = TimelineView()
        self.timeline.workshop_clicked.connect(self.edit_workshop)
        self.timeline_scroll = QScrollArea()
        self.timeline_scroll.setWidgetResizable(True)
        self.timeline_scroll.setWidget(self.timeline)
        self.tabs.addTab(self.timeline_scroll, "Timeline")

        listing = QWidget()
        list_layout = QVBoxLayout(listing)
        filters = QHBoxLayout()
        self.filter_boxes: dict[str, QComboBox] = {}
        for key, label in (("space", "Space"), ("kind", "Kind"), ("facilitator", "Facilitator")):
            filters.addWidget(QLabel(f"{label}:"))
            box = QComboBox()
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.activated.connect(lambda _: self.refresh())
            filters.addWidget(box)
            self.filter_boxes[key] = box
        filters.addStretch(1)
        list_layout.addLayout(filters)
        self.table = QTableWidget(0, len(LIST_COLUMNS))
        self.table.setHorizontalHeaderLabels(LIST_COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.cellDoubleClicked.connect(self._row_opened)
        list_layout.addWidget(self.table)
        self.tabs.addTab(listing, "List")
        layout.addWidget(self.tabs, 1)
        self.conflict_summary = QLabel()
        self.conflict_summary.setStyleSheet("color: #B71C1C;")
        layout.addWidget(self.conflict_summary)
        runner.changed.connect(self.refresh)

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
            self.title.setText("Schedule")
            self.conflict_summary.setText("No activation yet: create one under Activations.")
            self.loaded.emit()
            return
        self.title.setText(f"Schedule · {view.activation.name}")
        # The core sets a day and its timeline whenever there is an activation.
        assert view.day is not None and view.timeline is not None
        self.day_box.clear()
        for d in view.days:
            # ISO text as item data: Qt would turn a date into a QDate.
            self.day_box.addItem(f"{d:%a %d %b}", d.isoformat())
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
        self.conflict_summary.setText(
            f"⚠ {clashes} session{'s' if clashes != 1 else ''} with a conflict this day "
            "(outlined in red; hover or open one to see why)" if clashes else ""
        )
        self.loaded.emit()

    def _fill_filter(self, key: str, items: list[tuple[str, object]]) -> bool:
        """Refill a filter box; True when its choice is gone and it fell back to "any"."""
        box = self.filter_boxes[key]
        current = box.currentData()
        box.clear()
        box.addItem("any", None)
        for text, data in items:
            box.addItem(text, data)
        index = box.findData(current)
        box.setCurrentIndex(max(index, 0))
        return current is not None and index < 0

    def _fill_table(self, view: ScheduleView) -> None:
        conflicts = view.timeline.conflicts if view.timeline else {}
        self.table.setRowCount(len(view.listing))
        for row, w in enumerate(view.listing):
            marks = conflicts.get(w.id, [])
            # A session from the night before (or into the next morning) says its day.
            start = f"{w.local_start:%H:%M}" if w.local_start.date() == view.day else (
                f"{w.local_start:%a %H:%M}")
            end = f"{w.local_end:%H:%M}" if w.local_end.date() == view.day else (
                f"{w.local_end:%a %H:%M}")
            cells = [
                start, end, w.space, w.title, w.kind,
                ", ".join(w.facilitators), str(w.capacity or ""),
                str(w.headcount), w.status, "; ".join(c.message for c in marks),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, w.id)
                if marks:
                    item.setForeground(QColor("#B71C1C"))
                if w.status == "cancelled":
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def _row_opened(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.edit_workshop(item.data(Qt.ItemDataRole.UserRole))

    # -- import and export (file work off the UI thread; PDFs drawn on the pool) --------

    def _fill_export_menu(self) -> None:
        menu = self.export_menu
        menu.clear()
        menu.addAction("Calendar (.ics), whole program…", lambda: self._ask_ics(None))
        spaces = menu.addMenu("Calendar (.ics), one space")
        for space in self.view.spaces if self.view else []:
            spaces.addAction(f"{space.name}…", partial(self._ask_ics, space.id))
        menu.addSeparator()
        for paper, label in (("a4", "A4"), ("letter", "US Letter")):
            menu.addAction(f"Day program PDF ({label})…", partial(self._ask_pdf, paper))

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import a workshop program", "",
                                              "CSV files (*.csv);;All files (*)")
        if path:
            self.import_csv(path)

    def _ask_ics(self, location_id: int | None) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export calendar", "program.ics",
                                              "Calendar (*.ics)")
        if path:
            self.export_ics(path, location_id=location_id)

    def _ask_pdf(self, paper: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save the day program", "program.pdf",
                                              "PDF (*.pdf)")
        if path:
            self.print_program(path, paper=paper)

    def import_csv(self, path: str) -> None:
        activation_id = self._activation_id()
        self.runner.write(lambda db: schedule_io.import_csv(db, activation_id, path),
                          lambda added: self._tell(f"Imported {len(added)} workshops."),
                          self._problem)

    def export_ics(self, path: str, *, location_id: int | None = None) -> None:
        activation_id = self._activation_id()

        def export(db: Database) -> str:
            save_bytes(
                path, schedule_io.export_ics(db, activation_id, location_id=location_id))
            return path

        self.runner.read(export, lambda saved: self._tell(f"Saved {saved}"), self._problem)

    def print_program(self, path: str, *, paper: str = "a4") -> None:
        activation_id = self._activation_id()

        def draw(plan: program_print.ProgramPlan) -> None:
            self.runner.draw(program_print.save_program, plan, path,
                             done=lambda pages: self._tell(f"Saved {path}: {len(pages)} pages"),
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
        self.last_problem = str(error)
        show_problem(self, "Schedule", self.last_problem)

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
        self.editor.finished.connect(self.editor.deleteLater)
        self.editor.finished.connect(self._editor_closed)
        # open(), not exec(): taps and refreshes keep flowing while it is up.
        self.editor.open()
        return self.editor

    def _editor_closed(self) -> None:
        self.editor = None
