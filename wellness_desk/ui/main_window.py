"""The main window: a sidebar of sections, the pages, and a status bar."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from .. import backups, clock, settings
from ..activations import current_activation
from ..clock import utcnow
from ..clock_check import clock_behind_warning
from ..errors import WellnessError
from ..print.drawing import DrawingProcess
from .directory_worker import DirectoryWorker
from .kit_counter import KitCounterPage
from .sync_worker import SyncWorker
from .tasks import TaskRunner
from .widgets import show_problem

SYNC_START_MS = 2_000

if TYPE_CHECKING:
    from ..activations import Activation
    from .activations_page import ActivationsPage
    from .kit_catalogue import KitCataloguePage
    from .print_page import PrintPage
    from .resources_page import ResourcesPage
    from .schedule_page import SchedulePage
    from .sync_page import SyncPage
    from .therapy_page import TherapyPage
    from .today_page import TodayPage


class _Page(Protocol):
    """What every section's page has (pages are QWidgets built by the section table)."""

    def refresh(self) -> None: ...


def _kit_counter(runner: TaskRunner) -> QWidget:
    return KitCounterPage(runner)


def _schedule(runner: TaskRunner) -> QWidget:
    from .schedule_page import SchedulePage

    return SchedulePage(runner)


def _therapy(runner: TaskRunner) -> QWidget:
    from .therapy_page import TherapyPage

    return TherapyPage(runner)


def _print(runner: TaskRunner) -> QWidget:
    from .print_page import PrintPage

    return PrintPage(runner)


def _kit_catalogue(runner: TaskRunner) -> QWidget:
    from .kit_catalogue import KitCataloguePage

    return KitCataloguePage(runner)


def _activations(runner: TaskRunner) -> QWidget:
    from .activations_page import ActivationsPage

    return ActivationsPage(runner)


class MainWindow(QMainWindow):
    ready = Signal()  # the first data load has been shown
    # The resource directory was replaced or re-checked (a pull by the sync worker): the
    # Resources section reads it again. Emitted on the UI thread.
    directory_changed = Signal()
    # A restore ended, from its own thread: a backups.Restored, or the WellnessError.
    _restore_ended = Signal(object)

    def __init__(self, db_path: Path, parent: QWidget | None = None, *,
                 drawing: DrawingProcess | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.setWindowTitle("Wellness Desk")
        self.runner = TaskRunner(db_path, self, drawing=drawing)

        self._problem_box: QMessageBox | None = None
        self.runner.failed.connect(self._show_error)
        # Built now; started once the window is up. httpx and the push are imported on its
        # own thread then, never on the way to the first paint.
        self.sync = SyncWorker(db_path)
        # The resource directory's own file and thread: the shipped set is installed there
        # once the window is up, so a laptop that never connects still has it.
        self.directory = DirectoryWorker(db_path.parent, self)
        self.directory_changed.connect(self.directory.changed)
        # A pull (200 or 304) changes the directory or when it was last checked.
        self.sync.resources_pulled.connect(lambda _: self.directory_changed.emit())
        # Window layout is UI state, kept beside the database of this laptop.
        self.ui_state = QSettings(str(db_path.parent / "ui-state.ini"), QSettings.Format.IniFormat)

        self.sidebar = QListWidget()
        self.sidebar.setFixedWidth(190)
        font = self.sidebar.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.sidebar.setFont(font)
        self.stack = QStackedWidget()
        # Later sections (Reports) join here.
        # Pages other than the counter are built on first visit: start-up pays only for
        # the screen the tent staff need first.
        self.sections: list[tuple[str, Callable[[TaskRunner], QWidget]]] = [
            ("Today", self._today_page),
            ("Kit counter", _kit_counter),
            ("Resources", self._resources_page),
            ("Schedule", _schedule),
            ("Therapy days", _therapy),
            ("Print", _print),
            ("Kit catalogue", _kit_catalogue),
            ("Activations", _activations),
            ("Sync", self._sync_page),
        ]
        self._pages: dict[int, QWidget] = {}
        for title, _ in self.sections:
            item = QListWidgetItem(title)
            item.setSizeHint(QSize(0, 40))  # a touch target, not a text line
            self.sidebar.addItem(item)
            self.stack.addWidget(QWidget())
        # The kit counter is built (and loaded) at start even while Today, the home section,
        # is what shows: the tent table's taps are one click away and never wait for it.
        self.counter = cast(KitCounterPage, self.page(1))
        self.sidebar.currentRowChanged.connect(self._open_section)
        self.sidebar.setCurrentRow(0)

        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(body)

        self.activation_label = QLabel()
        self.sync_label = QLabel("Sync: checking…")
        self.sync_label.setObjectName("sync-status")
        self.sync_label.setTextFormat(Qt.TextFormat.PlainText)  # the hub's words can be in it
        self.sync.status_changed.connect(self.sync_label.setText)
        self.sync.failed.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.directory.failed.connect(
            lambda error: self.statusBar().showMessage(f"Resource directory: {error}", 10_000))
        # Said once the first data is shown: the clock is earlier than what is recorded.
        self.clock_label = QLabel()
        self.clock_label.setObjectName("clock-warning")
        self.clock_label.setWordWrap(True)
        self.clock_label.hide()
        self.statusBar().addWidget(self.activation_label, 1)
        self.statusBar().addWidget(self.clock_label, 2)
        self.statusBar().addPermanentWidget(self.sync_label)

        menu = self.menuBar().addMenu("&File")
        settings_action = QAction("&Settings…", self)
        settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        settings_action.triggered.connect(lambda: self.open_settings())
        menu.addAction(settings_action)
        report_action = QAction("Activation &report…", self)
        report_action.triggered.connect(self.open_report)
        menu.addAction(report_action)
        export_action = QAction("&Export CSV…", self)
        export_action.triggered.connect(lambda: self.open_export())
        menu.addAction(export_action)
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)

        self.resize(1180, 760)
        geometry = self.ui_state.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

        self.runner.changed.connect(self._refresh_status)
        self.runner.changed.connect(self.sync.local_changes)
        self.counter.loaded.connect(self.ready, Qt.ConnectionType.SingleShotConnection)
        self.ready.connect(self.sync.start)
        self.ready.connect(self._check_clock)
        self.ready.connect(self.directory.start)
        self.ready.connect(self._daily_backup)
        self._restore_ended.connect(self._restored)
        self.restore_box: QMessageBox | None = None
        self._restoring = False
        self._refresh_status()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The window appears first; the database (and sqlite_utils) open right after, and
        # the sync worker once the first data is on screen (or shortly after, if that fails).
        QTimer.singleShot(0, self.runner.start)
        QTimer.singleShot(SYNC_START_MS, self.sync.start)
        QTimer.singleShot(SYNC_START_MS, self.directory.start)

    def page(self, index: int) -> QWidget:
        """The page of section `index`, built (and loaded) on first use."""
        if index not in self._pages:
            page = self.sections[index][1](self.runner)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self._pages[index] = page
            message = getattr(page, "message", None)
            if message is not None:
                message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
            cast(_Page, page).refresh()
        return self._pages[index]

    def section(self, title: str) -> QWidget:
        return self.page([t for t, _ in self.sections].index(title))

    @property
    def today(self) -> TodayPage:
        return cast("TodayPage", self.section("Today"))

    @property
    def schedule(self) -> SchedulePage:
        return cast("SchedulePage", self.section("Schedule"))

    @property
    def therapy(self) -> TherapyPage:
        return cast("TherapyPage", self.section("Therapy days"))

    @property
    def catalogue(self) -> KitCataloguePage:
        return cast("KitCataloguePage", self.section("Kit catalogue"))

    @property
    def activations(self) -> ActivationsPage:
        return cast("ActivationsPage", self.section("Activations"))

    @property
    def sync_page(self) -> SyncPage:
        return cast("SyncPage", self.section("Sync"))

    @property
    def resources(self) -> ResourcesPage:
        return cast("ResourcesPage", self.section("Resources"))

    @property
    def print_page(self) -> PrintPage:
        return cast("PrintPage", self.section("Print"))

    def _resources_page(self, runner: TaskRunner) -> QWidget:
        from .resources_page import ResourcesPage

        page = ResourcesPage(runner, self.directory)
        page.print_card.connect(self.print_resource_card)
        page.help_line_asked.connect(lambda: self.open_settings(focus="help_line_number"))
        return page

    def print_resource_card(self, name: str, number: str, hours: str) -> None:
        """The Print section, with a resource's name, number and hours on the card."""
        page = self.print_page
        self.sidebar.setCurrentRow([t for t, _ in self.sections].index("Print"))
        page.fill_from_resource(name, number, hours)

    def _today_page(self, runner: TaskRunner) -> QWidget:
        from .today_page import TodayPage

        return TodayPage(runner, self.sync)  # the dashboard says what the status bar says

    def _sync_page(self, runner: TaskRunner) -> QWidget:
        from .sync_page import SyncPage

        return SyncPage(runner, self.sync)

    def _open_section(self, index: int) -> None:
        self.stack.setCurrentWidget(self.page(index))

    def _refresh_status(self) -> None:
        self.runner.read(current_activation, self._show_activation)

    def _check_clock(self) -> None:
        self.runner.read(lambda db: clock_behind_warning(db, clock.utcnow()),
                         self._show_clock_warning)

    def _show_clock_warning(self, warning: str | None) -> None:
        self.clock_label.setText(f"⚠ {warning}" if warning else "")
        self.clock_label.setVisible(warning is not None)

    def _show_activation(self, activation: Activation | None) -> None:
        if activation is None:
            self.activation_label.setText("No activation yet: create one under Activations")
        else:
            self.activation_label.setText(
                f"Activation: {activation.name} ({activation.kind}, {activation.tz})"
            )

    def _show_error(self, error: WellnessError) -> None:
        message = str(error)
        self.statusBar().showMessage(message, 10_000)
        # One box per problem: a damaged database fails every job with the same words.
        if self._problem_box is not None and self._problem_box.text() == message:
            return
        self._problem_box = show_problem(self, "Wellness Desk", message)
        self._problem_box.finished.connect(self._problem_closed)

    def _problem_closed(self) -> None:
        self._problem_box = None

    def open_report(self) -> None:
        """File → Activation report…"""
        from .report_dialog import open_report_dialog

        open_report_dialog(self.runner, self)

    def open_settings(self, focus: str | None = None) -> None:
        """File → Settings; `focus`: the field to start in (the help line, from the
        Resources banner)."""
        self.runner.read(settings.read_choices, lambda choices: self._settings_dialog(
            choices, focus))

    def _settings_dialog(self, choices: settings.Choices, focus: str | None = None) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db_path, choices, self, sync_status=self.sync_label.text(),
                                sync_status_changed=self.sync.status_changed,
                                connect_hub=self.sync_page.open_connect_dialog,
                                runner=self.runner, restore_backup=self.restore_backup)
        if focus is not None and focus in dialog.checked:
            dialog.checked[focus].field.setFocus()
        if dialog.exec():
            self.runner.write(dialog.job())
        dialog.deleteLater()

    def open_export(self) -> QWidget:
        """File → Export CSV…; personal details only while the Therapy days section (if
        opened at all) is unlocked."""
        from .export_dialog import ExportDialog, default_folder
        from .forms import sentence

        therapy = [t for t, _ in self.sections].index("Therapy days")
        today = clock.utcnow().astimezone().date()
        dialog = ExportDialog(self.runner, self.db_path, today=today, parent=self,
                              folder=default_folder(today),
                              vault=lambda: getattr(self._pages.get(therapy), "vault", None))
        dialog.saved.connect(lambda done: self.statusBar().showMessage(
            sentence(done.summary()), 30_000))
        dialog.open()
        return dialog

    def _daily_backup(self) -> None:
        """The day's backup, once the first data is on screen: on the drawing pool, so
        neither the window nor a tap waits for the copy."""
        if self.runner.stopped:
            return
        path = self.db_path
        self.runner.draw(lambda: backups.daily_backup_if_due(path, now=utcnow()), here=True,
                         failed=lambda error: self.statusBar().showMessage(
                             f"The daily backup was not made: {error}", 30_000))

    def restore_backup(self, source: Path) -> None:
        """Put the backup at `source` back, then close: the database is replaced under every
        page, so the app is opened again on the restored file rather than patched up.

        Every connection is closed first (the taps' worker, the sync); the restore runs on
        its own thread and sets the current database aside, never deletes it."""
        # After the Settings dialog's own event loop has ended.
        QTimer.singleShot(0, lambda: self._restore_now(source))

    def _restore_now(self, source: Path) -> None:
        self.statusBar().showMessage(f"Restoring {source.name}…")
        for part in (self.sidebar, self.stack, self.menuBar()):
            part.setEnabled(False)
        self._restoring = True
        self.sync.stop()
        self.runner.stop()
        path = self.db_path

        def work() -> None:
            try:
                result: object = backups.restore(path, source, now=utcnow())
            except WellnessError as e:
                result = e.with_traceback(None)
            except Exception as e:  # a bug: nothing may be left waiting for an answer
                result = WellnessError(f"The restore failed ({type(e).__name__}); the "
                                       "current database was left as it was.")
            self._restore_ended.emit(result)

        threading.Thread(target=work, name="wellness-desk-restore", daemon=False).start()

    def _restored(self, result: object) -> None:
        self._restoring = False
        if isinstance(result, backups.Restored):
            kept = (f" The database it replaced is kept as {result.set_aside}."
                    if result.set_aside is not None else "")
            text = (f"Restored {result.source.name}: it is the database now.{kept}\n\n"
                    "Wellness Desk closes now: open it again to carry on with the restored "
                    "data.")
            icon = QMessageBox.Icon.Information
        else:
            text = (f"{result}\n\nWellness Desk closes now: open it again to carry on "
                    "(with the database as it was).")
            icon = QMessageBox.Icon.Warning
        self.statusBar().clearMessage()
        box = QMessageBox(icon, "Restore a backup", text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.finished.connect(lambda _: self.close())
        self.restore_box = box
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._restoring:
            # The folder stays held until the file is in place (the restore takes seconds).
            event.ignore()
            return
        self.ui_state.setValue("window/geometry", self.saveGeometry())
        self.ui_state.sync()
        self.sync.stop()
        self.directory.stop()
        self.runner.stop()
        super().closeEvent(event)
