"""The main window: a sidebar of sections, the pages, and a status bar."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QSettings,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QFontMetrics,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import __version__, backups, clock, settings
from ..activations import Location, current_activation, list_locations
from ..clock import utcnow
from ..clock_check import clock_behind_warning
from ..errors import WellnessError
from ..print.drawing import DrawingProcess
from . import design, i18n
from .core_words import error_text, translated
from .directory_worker import DirectoryWorker
from .i18n import date_text
from .icon import symbol
from .kit_counter import KitCounterPage
from .sync_worker import SyncWorker
from .tasks import TaskRunner
from .widgets import show_problem

SYNC_START_MS = 2_000
UI_STATE = "ui-state.ini"

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ..activations import Activation
    from ..exports import Exported
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


def ui_state_path(db_path: Path) -> Path:
    """The window's own settings (layout, appearance), kept beside the laptop's database."""
    return db_path.parent / UI_STATE


def section_titles() -> dict[str, str]:
    """Each section's name on screen, in the interface's language, by its English name (the
    key the code and the tests use)."""
    translate = QCoreApplication.translate
    return {
        "Today": translate("MainWindow", "Today"),
        "Kit counter": translate("MainWindow", "Kit counter"),
        "Resources": translate("MainWindow", "Resources"),
        "Schedule": translate("MainWindow", "Schedule"),
        "Therapy days": translate("MainWindow", "Therapy days"),
        "Print": translate("MainWindow", "Print"),
        "Kit catalogue": translate("MainWindow", "Kit catalogue"),
        "Activations": translate("MainWindow", "Activations"),
        "Sync": translate("MainWindow", "Sync"),
    }


# Each section's symbol in the sidebar (assets/icons/).
SECTION_ICONS = {
    "Today": "layout-dashboard", "Kit counter": "hand-heart", "Resources": "life-buoy",
    "Schedule": "calendar-clock", "Therapy days": "heart-handshake", "Print": "printer",
    "Kit catalogue": "boxes", "Activations": "tent", "Sync": "refresh-cw",
}

def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation under `context`, shown translated later (Qt's own
    returns `object` to the type checker)."""
    return text


Keys = QKeySequence.StandardKey | str
# The window's own keys. A platform's standard key (Preferences, Quit) is unbound on some
# Linux desktops: the portable sequence after it holds there.
SETTINGS_KEYS: tuple[Keys, ...] = (QKeySequence.StandardKey.Preferences, "Ctrl+,")
QUIT_KEYS: tuple[Keys, ...] = (QKeySequence.StandardKey.Quit, "Ctrl+Q")
SHORTCUTS_KEYS: tuple[Keys, ...] = ("F1",)


@dataclass(frozen=True)
class Shortcut:
    """One line of Help → Keyboard shortcuts. `group` and `what` are English source texts
    marked with QT_TRANSLATE_NOOP("Shortcuts", ...): shown translated."""

    group: str
    keys: tuple[Keys, ...]
    what: str
    # Shown "first … last" (the kit tiles' 1 to 9), not as alternatives.
    span: bool = False


# Every keyboard shortcut of the app, by group: Help → Keyboard shortcuts lists this table.
# A page that adds a shortcut adds its line here.
SHORTCUTS: list[Shortcut] = [
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"), SHORTCUTS_KEYS,
             QT_TRANSLATE_NOOP("Shortcuts", "Show the keyboard shortcuts")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"), ("Ctrl+1", "Ctrl+9"),
             QT_TRANSLATE_NOOP("Shortcuts", "Go to the first … ninth section of the sidebar"),
             span=True),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"), SETTINGS_KEYS,
             QT_TRANSLATE_NOOP("Shortcuts", "Open Settings")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"), QUIT_KEYS,
             QT_TRANSLATE_NOOP("Shortcuts", "Quit Wellness Desk")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Kit counter"), ("1", "9"),
             QT_TRANSLATE_NOOP("Shortcuts", "Hand out one kit of the first … ninth tile"),
             span=True),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Kit counter"), (QKeySequence.StandardKey.Undo,),
             QT_TRANSLATE_NOOP("Shortcuts", "Undo the last hand-out")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Resources"), ("A", "Z"),
             QT_TRANSLATE_NOOP("Shortcuts", "Type anywhere on the page to search"), span=True),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Resources"), ("Up", "Down"),
             QT_TRANSLATE_NOOP("Shortcuts", "Move through the numbers found")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Resources"), ("Return",),
             QT_TRANSLATE_NOOP("Shortcuts", "Copy the chosen number")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Resources"), ("Esc",),
             QT_TRANSLATE_NOOP("Shortcuts", "Clear the search and the filters")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Schedule"), (QKeySequence.StandardKey.New,),
             QT_TRANSLATE_NOOP("Shortcuts", "New workshop")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Schedule"), ("Left", "Right", "Up", "Down"),
             QT_TRANSLATE_NOOP("Shortcuts", "Move between sessions (across spaces, in time)")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Schedule"), ("Home", "End"),
             QT_TRANSLATE_NOOP("Shortcuts", "First or last session of the space")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Schedule"), ("Return", "Space"),
             QT_TRANSLATE_NOOP("Shortcuts", "Open the chosen session")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Therapy days"), ("Up", "Down"),
             QT_TRANSLATE_NOOP("Shortcuts", "Move through the slots")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Therapy days"), ("Return",),
             QT_TRANSLATE_NOOP("Shortcuts", "The chosen slot's main action (book, check in)")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Therapy days"), ("Menu", "Shift+F10"),
             QT_TRANSLATE_NOOP("Shortcuts", "All actions on the chosen slot")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Print"), (QKeySequence.StandardKey.Save,),
             QT_TRANSLATE_NOOP("Shortcuts", "Save the cards or signs as a PDF")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Print"), (QKeySequence.StandardKey.Print,),
             QT_TRANSLATE_NOOP("Shortcuts", "Print the cards or signs")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Dialogs"), ("Tab", "Shift+Tab"),
             QT_TRANSLATE_NOOP("Shortcuts", "Next or previous field")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Dialogs"), ("Return",),
             QT_TRANSLATE_NOOP("Shortcuts", "OK: save what the dialog holds")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Dialogs"), ("Esc",),
             QT_TRANSLATE_NOOP("Shortcuts", "Cancel: close without saving")),
]


def sequences(keys: tuple[Keys, ...]) -> list[QKeySequence]:
    """The key sequences of `keys` on this platform, each once (a standard key may be
    unbound here, or bound to the portable sequence that follows it)."""
    found: list[QKeySequence] = []
    for key in keys:
        bound = (QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey)
                 else [QKeySequence(key)])
        found += [b for b in bound if not b.isEmpty() and b not in found]
    return found


def keys_text(shortcut: Shortcut) -> str:
    """The keys of `shortcut` as this platform writes them ("Ctrl+Z", "⌘Z")."""
    native = QKeySequence.SequenceFormat.NativeText
    texts: list[str] = []
    for key in shortcut.keys:
        # A standard key's first binding is the platform's own; the rest are old habits
        # (Alt+Backspace for Undo) that would only crowd the list.
        found = sequences((key,))[:1]
        texts += [t for t in (f.toString(native) for f in found) if t not in texts]
    if shortcut.span and len(texts) == 2:
        return f"{texts[0]} … {texts[1]}"
    return " / ".join(texts)  # not ", ": a key may be the comma (Ctrl+,)


@dataclass(frozen=True)
class Where:
    """What the page header says: the current activation, where it is today, its zone."""

    activation: Activation | None
    place: Location | None = None
    today: bool = True  # False: `place` is the tour's next (or last) stop, not today's


def where_today(db: Database, location_id: int | None, now: datetime) -> Where:
    """The current activation and its place: for a festival the kit counter's location
    (`location_id`) or its first one; for a tour the stop whose show day is today in its
    own zone, else the next one, else the last."""
    activation = current_activation(db)
    if activation is None:
        return Where(None)
    locations = list_locations(db, activation.id)
    stops = sorted((loc for loc in locations if loc.stop_date is not None),
                   key=lambda loc: cast(date, loc.stop_date))
    if activation.kind == "tour" and stops:
        for stop in stops:
            if now.astimezone(clock.zone(stop.tz)).date() == stop.stop_date:
                return Where(activation, stop)
        later = [stop for stop in stops
                 if cast(date, stop.stop_date) > now.astimezone(clock.zone(stop.tz)).date()]
        return Where(activation, later[0] if later else stops[-1], today=False)
    place = next((loc for loc in locations if loc.id == location_id),
                 locations[0] if locations else None)
    return Where(activation, place)


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
        self.ui_state = QSettings(str(ui_state_path(db_path)), QSettings.Format.IniFormat)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")  # the style sheet draws it (design.py)
        # A size up from the body (the subtitle's size; bold only when chosen).
        sidebar_font = design.font("subtitle", self.sidebar.font())
        sidebar_font.setWeight(sidebar_font.Weight.Normal)
        self.sidebar.setFont(sidebar_font)
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        # Later sections (Reports) join here. Keys are the sections' English names (the
        # code's and the tests' handle); section_titles() gives what the sidebar shows.
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
        self._policies: dict[int, QSizePolicy] = {}  # each built page's own size policy
        for _ in self.sections:
            self.sidebar.addItem(QListWidgetItem())
            self.stack.addWidget(QWidget())
        self._language_pending = False

        # The page header: the section's name, and the activation and where it is today.
        self.header = QFrame()
        self.header.setObjectName("page-header")
        heading = QHBoxLayout(self.header)
        heading.setContentsMargins(design.SPACE.xl, design.SPACE.s, design.SPACE.xl,
                                   design.SPACE.s)
        heading.setSpacing(design.SPACE.l)
        self.header_title = QLabel()
        self.header_title.setObjectName("page-title")
        design.mark(self.header_title, "title")
        heading.addWidget(self.header_title)
        heading.addStretch(1)
        self.activation_label = QLabel()
        self.activation_label.setObjectName("header-activation")
        self.activation_label.setTextFormat(Qt.TextFormat.PlainText)  # names people typed
        design.mark(self.activation_label, "label")
        self.zone_label = QLabel()
        self.zone_label.setObjectName("header-zone")
        self.zone_label.setTextFormat(Qt.TextFormat.PlainText)
        design.mark(self.zone_label, "muted")
        # A long activation name must not widen the window past the screen (its whole
        # text stays in the tooltip); the zone's few words keep their room.
        self.activation_label.setMinimumWidth(design.SPACE.xxl)
        heading.addWidget(self.activation_label)
        heading.addWidget(self.zone_label)
        self._where = Where(None)

        # The kit counter is built (and loaded) at start even while Today, the home section,
        # is what shows: the tent table's taps are one click away and never wait for it.
        self.counter = cast(KitCounterPage, self.page(1))
        self.sidebar.currentRowChanged.connect(self._open_section)
        self.sidebar.setCurrentRow(0)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addWidget(self.stack, 1)
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.sidebar)
        row.addWidget(content, 1)
        self.setCentralWidget(body)

        self.sync_label = QLabel()
        self.sync_label.setObjectName("sync-status")
        self.sync_label.setTextFormat(Qt.TextFormat.PlainText)  # the hub's words can be in it
        # A long message beside it never squeezes what the sync says.
        self.sync_label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.sync.status_changed.connect(self.sync_label.setText)
        self.sync.failed.connect(self.say)
        self.directory.failed.connect(lambda error: self.statusBar().showMessage(
            self.tr("Resource directory: {problem}").format(problem=error), 10_000))
        # Said once the first data is shown: the clock is earlier than what is recorded.
        self.clock_label = QLabel()
        self.clock_label.setObjectName("clock-warning")
        self.clock_label.setWordWrap(True)
        self.clock_label.hide()
        self.statusBar().addWidget(self.clock_label, 1)
        self.statusBar().addPermanentWidget(self.sync_label)

        self.file_menu = QMenu(self)
        self.settings_action = QAction(self)
        self.settings_action.setShortcuts(sequences(SETTINGS_KEYS))
        self.settings_action.triggered.connect(lambda: self.open_settings())
        self.report_action = QAction(self)
        self.report_action.triggered.connect(self.open_report)
        self.export_action = QAction(self)
        self.export_action.triggered.connect(lambda: self.open_export())
        self.quit_action = QAction(self)
        self.quit_action.setShortcuts(sequences(QUIT_KEYS))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        for action in (self.settings_action, self.report_action, self.export_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.menuBar().addMenu(self.file_menu)
        # Go: every section by keyboard (Ctrl+1 … Ctrl+9), as the sidebar lists them.
        self.go_menu = QMenu(self)
        self.go_actions: list[QAction] = []
        for index, _ in enumerate(self.sections):
            action = QAction(self)
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(partial(self.sidebar.setCurrentRow, index))
            self.go_menu.addAction(action)
            self.go_actions.append(action)
        self.menuBar().addMenu(self.go_menu)
        self.help_menu = QMenu(self)
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setShortcuts(sequences(SHORTCUTS_KEYS))
        self.shortcuts_action.triggered.connect(lambda: self.show_shortcuts())
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(lambda: self.show_about())
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)
        self.menuBar().addMenu(self.help_menu)
        self.help_dialog: QDialog | None = None
        self._retranslate()
        self._paint_icons()

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
            if isinstance(page, KitCounterPage):
                self.counter = page
                # The header names the counter's location (a festival's tent).
                page.loaded.connect(self._refresh_status)
            message = getattr(page, "message", None)
            if message is not None:
                message.connect(self.say)
            # An empty state's button opens the section that fills it.
            for name in ("go_to", "go_to_section"):
                if (asked := getattr(page, name, None)) is not None:
                    asked.connect(self.open_section_named)
            for name, title in (("open_activations", "Activations"),
                                ("open_schedule", "Schedule")):
                if (asked := getattr(page, name, None)) is not None:
                    asked.connect(partial(self.open_section_named, title))
            cast(_Page, page).refresh()
        return self._pages[index]

    def _index(self, title: str) -> int:
        """The sidebar row of the section `title` (its English key, as in `sections`)."""
        return [t for t, _ in self.sections].index(title)

    def section(self, title: str) -> QWidget:
        return self.page(self._index(title))

    def open_section_named(self, title: str) -> None:
        """Show the section `title`, as the sidebar would."""
        self.sidebar.setCurrentRow(self._index(title))

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
        shown = self.page(index)
        # Only the page shown sets the window's smallest size: a tall page not shown must
        # not keep a small screen from holding the window.
        for page in self._pages.values():
            own = self._policies.setdefault(id(page), page.sizePolicy())
            page.setSizePolicy(own if page is shown else QSizePolicy(
                QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored))
        self.stack.setCurrentWidget(shown)
        self._show_title()

    def _show_title(self) -> None:
        row = max(self.sidebar.currentRow(), 0)
        self.header_title.setText(section_titles()[self.sections[row][0]])

    # -- the header ---------------------------------------------------------------

    def _refresh_status(self) -> None:
        counter = self.__dict__.get("counter")
        location_id = counter.location_id if counter is not None else None
        self.runner.read(lambda db: where_today(db, location_id, clock.utcnow()),
                         self._show_where)

    def _check_clock(self) -> None:
        self.runner.read(lambda db: clock_behind_warning(db, clock.utcnow()),
                         self._show_clock_warning)

    def _show_clock_warning(self, warning: str | None) -> None:
        self.clock_label.setText(f"⚠ {translated(warning)}" if warning else "")
        self.clock_label.setVisible(warning is not None)

    def _show_where(self, where: Where) -> None:
        self._where = where
        activation, place = where.activation, where.place
        if activation is None:
            self.activation_label.setText(self.tr("No activation yet"))
            self.zone_label.setText(self.tr("Create one under Activations"))
            return
        if place is None:
            self.activation_label.setText(activation.name)
        elif place.stop_date is not None:
            stop = ", ".join(part for part in (place.city, place.venue) if part) or place.name
            if where.today:
                text = self.tr("{activation} · today: {stop}")
            else:
                text = self.tr("{activation} · next: {stop}, {day}")
            self.activation_label.setText(text.format(
                activation=activation.name, stop=stop, day=date_text(place.stop_date)))
        else:
            self.activation_label.setText(self.tr("{activation} · {place}").format(
                activation=activation.name, place=place.name))
        self.activation_label.setToolTip(self.activation_label.text())
        zone = place.tz if place is not None else activation.tz
        kind = self.tr("Tour") if activation.kind == "tour" else self.tr("Festival")
        self.zone_label.setText(self.tr("{kind} · times in {zone}").format(kind=kind,
                                                                           zone=zone))

    # -- words and looks ----------------------------------------------------------

    def _retranslate(self) -> None:
        """Every word of the window's own (menus, sidebar, header, status bar), in the
        interface's language: at start, and again when the language changes."""
        self.setWindowTitle(self.tr("Wellness Desk"))
        titles = section_titles()
        for row, (key, _) in enumerate(self.sections):
            item = self.sidebar.item(row)
            item.setText(titles[key])
            item.setToolTip(self.tr("{section} (Ctrl+{number})").format(
                section=titles[key], number=row + 1) if row < 9 else titles[key])
            self.go_actions[row].setText(titles[key])
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.file_menu.setTitle(self.tr("&File"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.report_action.setText(self.tr("Activation &report…"))
        self.export_action.setText(self.tr("&Export CSV…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About Wellness Desk"))
        self.header.setAccessibleName(self.tr("Page header"))
        if not self.sync_label.text():
            self.sync_label.setText(self.tr("Sync: checking…"))
        else:
            self.sync.say_again()
        self._show_title()
        self._show_where(self._where)
        self._fit_sidebar()

    def _fit_sidebar(self) -> None:
        """Wide enough for the longest section name in this language (bold when chosen),
        its symbol and the paddings of the style sheet."""
        bold = self.sidebar.font()
        bold.setWeight(bold.Weight.Bold)
        metrics = QFontMetrics(bold)
        widest = max(metrics.horizontalAdvance(self.sidebar.item(row).text())
                     for row in range(self.sidebar.count()))
        icon = self.sidebar.iconSize().width()
        s = design.SPACE
        # List padding and item padding on both sides, the icon and its gap, the frame.
        self.sidebar.setFixedWidth(max(190, widest + icon + 2 * s.s + 2 * s.s + s.m + s.l))
        height = max(40, metrics.height() + 2 * s.m)  # a touch target, not a text line
        for row in range(self.sidebar.count()):
            self.sidebar.item(row).setSizeHint(QSize(0, height))

    def _paint_icons(self) -> None:
        """The sidebar's symbols in the palette's colours (again on a switch of light and
        dark)."""
        c = design.colours()
        for row, (key, _) in enumerate(self.sections):
            self.sidebar.item(row).setIcon(symbol(SECTION_ICONS[key], c.text,
                                                  c.on_primary_soft, c.text_muted))
        self.settings_action.setIcon(symbol("settings", c.text))
        self.shortcuts_action.setIcon(symbol("keyboard", c.text))
        self.about_action.setIcon(symbol("info", c.text))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        kind = event.type()
        if kind == QEvent.Type.LanguageChange and not self._language_pending:
            # Qt sends one per translator installed or removed: one rebuild for them all.
            self._language_pending = True
            QTimer.singleShot(0, self._language_changed)
        elif kind == QEvent.Type.PaletteChange and "go_actions" in self.__dict__:
            self._paint_icons()

    def _language_changed(self) -> None:
        if self.runner.stopped or self._restoring:
            self._language_pending = False
            return
        if self.runner.busy or self.directory.busy:
            # A page's read on its way back would land on a page already gone.
            QTimer.singleShot(20, self._language_changed)
            return
        self._language_pending = False
        self._retranslate()
        self.rebuild_pages()

    def rebuild_pages(self) -> None:
        """Build the pages again (their words are set as they are built): the one shown,
        and the kit counter, which is always built; the others on their next visit."""
        shown = self.sidebar.currentRow()
        for index in list(self._pages):
            old = self._pages.pop(index)
            self._policies.pop(id(old), None)
            placeholder = QWidget()
            self.stack.insertWidget(index, placeholder)
            self.stack.removeWidget(old)
            old.hide()
            old.deleteLater()
        self.page(1)
        if shown >= 0:
            self._open_section(shown)
        if self.help_dialog is not None:
            self.help_dialog.close()

    # -- Help -----------------------------------------------------------------------

    def show_shortcuts(self) -> QDialog:
        """Help → Keyboard shortcuts: every line of SHORTCUTS, by group."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Keyboard shortcuts"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        column = QVBoxLayout(dialog)
        table = QTableWidget(0, 2, dialog)
        table.setObjectName("shortcuts")
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        groups: dict[str, list[Shortcut]] = {}
        for line in SHORTCUTS:
            groups.setdefault(line.group, []).append(line)
        translate = QCoreApplication.translate
        for group, lines in groups.items():
            row = table.rowCount()
            table.insertRow(row)
            title = QTableWidgetItem(translate("Shortcuts", group))
            title.setFont(design.font("label", table.font()))
            title.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, 0, title)
            table.setSpan(row, 0, 1, 2)
            for line in lines:
                row = table.rowCount()
                table.insertRow(row)
                table.setItem(row, 0, QTableWidgetItem(keys_text(line)))
                table.setItem(row, 1, QTableWidgetItem(translate("Shortcuts", line.what)))
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        column.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        column.addWidget(buttons)
        dialog.resize(560, 420)
        self._open_help(dialog)
        return dialog

    def show_about(self) -> QDialog:
        """Help → About: the version, the data folder (and a button that opens it), the
        licence."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("About Wellness Desk"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        column = QVBoxLayout(dialog)
        column.setSpacing(design.SPACE.m)
        name = QLabel(self.tr("Wellness Desk"))
        design.mark(name, "title")
        column.addWidget(name)
        version = QLabel(self.tr("Version {version}").format(version=__version__))
        version.setObjectName("about-version")
        column.addWidget(version)
        purpose = QLabel(self.tr(
            "Wellness tents, kit hand-outs and therapy days at live-music events; it works "
            "with the network unplugged and sends only anonymous counts."))
        purpose.setWordWrap(True)
        column.addWidget(purpose)
        folder_title = QLabel(self.tr("Data folder"))
        design.mark(folder_title, "label")
        column.addWidget(folder_title)
        folder = QLabel(str(self.db_path.parent))
        folder.setObjectName("about-folder")
        folder.setTextFormat(Qt.TextFormat.PlainText)
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(folder)
        open_folder = QPushButton(self.tr("&Open the data folder"))
        open_folder.setObjectName("open-data-folder")
        open_folder.setIcon(symbol("folder-open", design.colours().text))
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.db_path.parent))))
        column.addWidget(open_folder, 0, Qt.AlignmentFlag.AlignLeft)
        licence = QLabel(self.tr(
            "Free software under the MIT licence. Icons: Lucide (ISC licence). Fonts: "
            "DejaVu, Droid Sans Fallback and Symbola, under their own licences (in the "
            "assets folder)."))
        licence.setWordWrap(True)
        design.mark(licence, "muted")
        column.addWidget(licence)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        column.addWidget(buttons)
        dialog.setMinimumWidth(480)
        self._open_help(dialog)
        return dialog

    def _open_help(self, dialog: QDialog) -> None:
        if self.help_dialog is not None:
            self.help_dialog.close()
        self.help_dialog = dialog
        dialog.finished.connect(lambda _: self._help_closed(dialog))
        dialog.open()

    def _help_closed(self, dialog: QDialog) -> None:
        if self.help_dialog is dialog:
            self.help_dialog = None

    def say(self, text: str, timeout_ms: int = 10_000) -> None:
        """A page's word ("Saved cards.pdf", "Handed out Earplugs") in the status bar, and
        to a screen reader, which does not watch the status bar."""
        self.statusBar().showMessage(text, timeout_ms)
        if text:
            i18n.announce(self.statusBar(), text)

    def _show_error(self, error: WellnessError) -> None:
        message = error_text(error)
        self.statusBar().showMessage(message, 10_000)
        # One box per problem: a damaged database fails every job with the same words.
        if self._problem_box is not None and self._problem_box.text() == message:
            return
        self._problem_box = show_problem(self, self.tr("Wellness Desk"), message)
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
            dialog.focus_field(focus)
        if dialog.exec():
            self.runner.write(dialog.job())
        dialog.deleteLater()

    def open_export(self) -> QWidget:
        """File → Export CSV…; personal details only while the Therapy days section (if
        opened at all) is unlocked."""
        from .export_dialog import ExportDialog, default_folder

        therapy = [t for t, _ in self.sections].index("Therapy days")
        today = clock.utcnow().astimezone().date()
        dialog = ExportDialog(self.runner, self.db_path, today=today, parent=self,
                              folder=default_folder(today),
                              vault=lambda: getattr(self._pages.get(therapy), "vault", None))
        dialog.saved.connect(lambda done: self.say(self._exported_words(done), 30_000))
        dialog.open()
        return dialog

    def _exported_words(self, done: Exported) -> str:
        """What an export wrote, in the interface's words (the CLI says `done.summary()`)."""
        files = ", ".join(self.tr("{file} (%n row(s))", "", rows).format(file=name)
                          for name, rows in done.files)
        text = self.tr("Wrote {folder}: {files}").format(folder=done.folder, files=files)
        if done.personal:
            text = self.tr("{text} — it holds names and contacts: keep it on this laptop"
                           ).format(text=text)
        return text

    def _daily_backup(self) -> None:
        """The day's backup, once the first data is on screen: on the drawing pool, so
        neither the window nor a tap waits for the copy."""
        if self.runner.stopped:
            return
        path = self.db_path
        self.runner.draw(lambda: backups.daily_backup_if_due(path, now=utcnow()), here=True,
                         failed=lambda error: self.statusBar().showMessage(
                             self.tr("The daily backup was not made: {problem}").format(
                                 problem=error_text(error)), 30_000))

    def restore_backup(self, source: Path) -> None:
        """Put the backup at `source` back, then close: the database is replaced under every
        page, so the app is opened again on the restored file rather than patched up.

        Every connection is closed first (the taps' worker, the sync); the restore runs on
        its own thread and sets the current database aside, never deletes it."""
        # After the Settings dialog's own event loop has ended.
        QTimer.singleShot(0, lambda: self._restore_now(source))

    def _restore_now(self, source: Path) -> None:
        self.statusBar().showMessage(self.tr("Restoring {file}…").format(file=source.name))
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
                result = WellnessError(self.tr(
                    "The restore failed ({kind}); the current database was left as it "
                    "was.").format(kind=type(e).__name__))
            self._restore_ended.emit(result)

        threading.Thread(target=work, name="wellness-desk-restore", daemon=False).start()

    def _restored(self, result: object) -> None:
        self._restoring = False
        if isinstance(result, backups.Restored):
            if result.set_aside is not None:
                text = self.tr(
                    "Restored {file}: it is the database now. The database it replaced is "
                    "kept as {aside}.\n\nWellness Desk closes now: open it again to carry on "
                    "with the restored data.").format(file=result.source.name,
                                                      aside=result.set_aside)
            else:
                text = self.tr(
                    "Restored {file}: it is the database now.\n\nWellness Desk closes now: "
                    "open it again to carry on with the restored data.").format(
                        file=result.source.name)
            icon = QMessageBox.Icon.Information
        else:
            problem = (error_text(result) if isinstance(result, BaseException)
                       else str(result))
            text = self.tr("{problem}\n\nWellness Desk closes now: open it again to carry "
                           "on (with the database as it was).").format(problem=problem)
            icon = QMessageBox.Icon.Warning
        self.statusBar().clearMessage()
        box = QMessageBox(icon, self.tr("Restore a backup"), text,
                          QMessageBox.StandardButton.Ok, self)
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
