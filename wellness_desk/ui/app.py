"""Start the Qt application around the main window: one app per data folder."""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QEvent,
    QLocale,
    QLockFile,
    QObject,
    QSettings,
    QStringDecoder,
    QSysInfo,
    Qt,
    QThread,
    QTimer,
    QTimeZone,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import __version__
from ..db import check_file, ensure_folder, storage_error, unwritable
from ..errors import AlreadyOpen, DamagedDatabase, DataFileError, WellnessError
from ..paths import lock_path
from . import design, i18n
from .core_words import error_text
from .i18n import datetime_text
from .icon import app_icon
from .main_window import MainWindow, ui_state_path

# Set by bench/startup.py: print `shown` once the first data is on screen, then quit.
QUIT_WHEN_SHOWN = "WELLNESS_DESK_QUIT_WHEN_SHOWN"
TITLE = "Wellness Desk"

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("app", "...") calls


def application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(TITLE)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    # Wayland docks take the icon from the .desktop file of this name (packaging/).
    app.setDesktopFileName("wellness-desk")
    return app


def hold_folder(db_path: Path) -> QLockFile:
    """Take the data folder of `db_path` for this app, or say who has it.

    The lock file holds this process's id; a lock left by a process that is gone (a crash,
    kill -9) is taken over. The command line takes no lock: its short commands work beside
    the app (SQLite's own locking keeps their writes apart).
    """
    ensure_folder(db_path)
    path = lock_path(db_path)
    lock = QLockFile(str(path))
    # 0: a lock is stale only when its process is gone, never because the app ran long.
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        # (pid, host name, program name); a pid of 0 when the file could not be read.
        pid, host, _ = lock.getLockInfo()
        found = pid > 0
        if found and host and host != QSysInfo.machineHostName():
            raise AlreadyOpen(
                f"{path.parent}: this data folder is in use by Wellness Desk on another "
                f"computer ({host}, process {pid}). Close it there; if it is not open there "
                f"any more, delete {path} and start again.",
                pid=pid,
            )
        raise AlreadyOpen(
            f"Wellness Desk is already open on this data folder ({path.parent}, process "
            f"{pid if found else 'unknown'}): use that window. Only one app may be open per "
            "data folder; the command line works beside it.",
            pid=pid if found else None,
        )
    raise unwritable(db_path) or DataFileError(
        f"{path}: cannot create the lock file of the data folder ({lock.error().name})."
    )


class _FolderHold(QObject):
    """Lets go of the data folder once the window has closed (or is gone)."""

    def __init__(self, lock: QLockFile, window: QWidget) -> None:
        super().__init__(window)
        self.lock = lock
        self._window = window
        window.installEventFilter(self)
        window.destroyed.connect(lock.unlock)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            # After the window handled the close: it could still refuse it.
            QTimer.singleShot(0, self._closed)
        return False

    def _closed(self) -> None:
        if not self._window.isVisible():
            self.lock.unlock()


@dataclass
class Refused:
    """Why the app did not open, and the box that says so (none where nobody could see it)."""

    message: str
    box: QMessageBox | None
    # A damaged database's box: the window opened on the backup put back from it, if any.
    restored: list[MainWindow] = field(default_factory=list)
    damaged: bool = False


def start(
    db_path: Path, *, prepare: Callable[[], None] | None = None, tell: bool = True
) -> MainWindow | Refused:
    """Open the main window on `db_path`, or say why not in a message box.

    `prepare` runs once the folder is held and before the window is built (the demo of
    `make run`); its failure is told the same way.
    """
    app = application()
    i18n.install(app, i18n.stored_language(db_path.parent))
    # The look (System, Light or Dark) is this laptop's, kept beside the window's layout.
    # Its style sheet once the window is built (design.apply_sheet says why).
    design.start(app, QSettings(str(ui_state_path(db_path)), QSettings.Format.IniFormat),
                 sheet=False)
    try:
        lock = _hold_and_prepare(db_path, prepare)
    except DamagedDatabase as e:  # found by the demo's open (make run), before any window
        log.warning("not started: %s", e)
        design.apply_sheet(app)
        refused = Refused(str(e), None, damaged=True)
        refused.box = _damaged(db_path, e, refused.restored) if tell else None
        return refused
    except WellnessError as e:
        log.warning("not started: %s", e)
        design.apply_sheet(app)
        return Refused(str(e), _tell(error_text(e)) if tell else None)
    window = MainWindow(db_path)
    design.apply_sheet(app)
    window.folder_hold = _FolderHold(lock, window)  # type: ignore[attr-defined]
    # The database is checked on the worker, before its first write, while the window
    # shows: a quick check of a million hand-outs takes 0.2 s the window need not wait for.
    window.runner.open_failed.connect(partial(_open_failed, window, db_path, tell))
    window.show()
    return window


def _open_failed(window: MainWindow, db_path: Path, tell: bool, problem: WellnessError) -> None:
    """The worker found the database damaged: its own box instead of the window."""
    if not isinstance(problem, DamagedDatabase):
        return  # the window says it (a read-only folder, say), and shows what it can
    log.warning("database damaged at start-up: %s", problem)
    # Every queued job fails with the same words: the window is going, they are not shown.
    window.runner.failed.disconnect()
    refused = Refused(str(problem), None, damaged=True)
    refused.box = _damaged(db_path, problem, refused.restored) if tell else None
    window.refused = refused  # type: ignore[attr-defined]
    window.close()


def _damaged(db_path: Path, problem: DamagedDatabase,
             restored: list[MainWindow]) -> QMessageBox:
    """A damaged database at start-up: say so, offer to put back the newest good backup,
    or quit. The damaged file is kept: a restore sets it aside and never deletes it. The
    window opened on the backup is added to `restored`."""
    from .. import backups

    newest = backups.newest_good_backup(db_path.parent)
    app = application()
    # The box is the only window: closing the main window must not end the app under it.
    app.setQuitOnLastWindowClosed(False)
    box = QMessageBox(QMessageBox.Icon.Critical, translate("app", "Wellness Desk"), "")
    box.setTextFormat(Qt.TextFormat.PlainText)
    restore_button = None
    if newest is None:
        box.setText(translate(
            "app", "{problem}\n\nThere is no backup of it in {folder} to put back.").format(
                problem=error_text(problem), folder=db_path.parent))
    else:
        when = _when(newest.taken_at)
        box.setText(translate(
            "app", "{problem}\n\nThe newest good backup was made {when}. Restoring it puts that "
            "copy in place; the damaged file is set aside beside it, not deleted. What was "
            "counted after the backup is not in that copy.").format(
                problem=error_text(problem), when=when))
        restore_button = box.addButton(
            translate("app", "Restore the newest backup ({when})…").format(when=when),
            QMessageBox.ButtonRole.AcceptRole)
    quit_button = box.addButton(translate("app", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(quit_button)

    def chosen() -> None:
        if restore_button is not None and box.clickedButton() is restore_button:
            assert newest is not None
            opened = _restore(db_path, newest.path, when=_when(newest.taken_at))
            if opened is None:  # not confirmed, or refused (and told): ask again
                _damaged(db_path, problem, restored)
                return
            restored.append(opened)
            app.setQuitOnLastWindowClosed(True)
            return
        app.setQuitOnLastWindowClosed(True)
        app.quit()

    box.finished.connect(chosen)
    box.open()
    return box


def _when(instant: datetime) -> str:
    return datetime_text(instant.astimezone())


def _restore(db_path: Path, source: Path, *, when: str) -> MainWindow | None:
    """Once confirmed, put the backup in place and open the window on it. None when not
    confirmed, or refused (a backup that fails its check now: told in a box)."""
    from .. import backups
    from ..clock import utcnow

    confirm = QMessageBox(
        QMessageBox.Icon.Question, translate("app", "Wellness Desk"),
        translate("app", "Replace the damaged database with the backup made {when}? The "
                  "damaged file is kept in {folder}.").format(when=when, folder=db_path.parent),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    confirm.setDefaultButton(QMessageBox.StandardButton.Cancel)
    if confirm.exec() != QMessageBox.StandardButton.Yes:
        return None
    try:
        restored = backups.restore(db_path, source, now=utcnow())
    except WellnessError as e:
        log.warning("restore refused: %s", e)
        QMessageBox(QMessageBox.Icon.Warning, translate("app", "Wellness Desk"), error_text(e),
                    QMessageBox.StandardButton.Ok).exec()
        return None
    log.info("restored %s from the backup made %s", db_path, when)
    opened = start(db_path)
    if isinstance(opened, Refused):
        if opened.box is not None:
            opened.box.exec()
        return None
    aside = restored.set_aside
    if aside is not None:
        done = translate("app", "Restored the backup made {when}; the damaged file was set "
                         "aside as {file}.").format(when=when, file=aside.name)
    else:
        done = translate("app", "Restored the backup made {when}.").format(when=when)
    opened.statusBar().showMessage(done, 60_000)
    return opened


def _hold_and_prepare(db_path: Path, prepare: Callable[[], None] | None) -> QLockFile:
    check_file(db_path)
    lock = hold_folder(db_path)
    try:
        if prepare is not None:
            prepare()
    except BaseException as e:
        lock.unlock()
        problem = storage_error(e, db_path) if isinstance(e, sqlite3.Error) else None
        if problem is not None:
            raise problem from e
        raise
    return lock


def _tell(message: str) -> QMessageBox:
    """The reason the app did not open, in a box of its own (there is no window yet)."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("app", "Wellness Desk"), message,
                      QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def run(db_path: Path, *, prepare: Callable[[], None] | None = None) -> int:
    app = application()
    from ..logs import log_start
    from .crash import CrashReporter

    log_start("app", db_path.parent)
    reporter = CrashReporter().install()
    # Offscreen nobody can see, let alone close, a box: stderr says it alone.
    started = start(db_path, prepare=prepare,
                    tell=app.platformName() not in ("offscreen", "minimal"))
    if isinstance(started, Refused):
        # Also on stderr: `make run` is started from a terminal.
        print(f"wellness-desk: error: {started.message}", file=sys.stderr)
        if started.box is not None:
            if not started.damaged:  # a damaged file's box ends the app itself
                started.box.finished.connect(app.quit)
            code = app.exec()
            if started.restored:
                return code
        return 1
    window = started
    if os.environ.get(QUIT_WHEN_SHOWN):
        # The same steps as the bare-window baseline in bench/startup.py.
        app.processEvents()
        print("shown", flush=True)

        def loaded() -> None:
            app.processEvents()
            print("loaded", flush=True)
            window.close()

        window.ready.connect(lambda: QTimer.singleShot(0, loaded))
    code = app.exec()
    reporter.uninstall()
    refused = getattr(window, "refused", None)
    if isinstance(refused, Refused) and not refused.restored:
        print(f"wellness-desk: error: {refused.message}", file=sys.stderr)
        return 1
    log.info("app closed")
    return code


def self_test(db_path: Path, *, timeout_s: float = 30.0) -> list[str]:
    """Build the main window offscreen, wait for its first data load, open every section
    (and wait for each one's reads) and for the shipped resource directory to be installed;
    the sections' titles, or raise."""
    app = application()
    log.info("self-test: %s", text_check())
    log.info("self-test: %s", printing_line())
    window = MainWindow(db_path)
    loaded: list[bool] = []
    directory: list[object] = []
    window.ready.connect(lambda: loaded.append(True))
    window.directory.changed.connect(lambda: directory.append(True))
    window.directory.failed.connect(directory.append)
    window.show()
    try:
        _wait_until(app, lambda: bool(loaded), timeout_s, "the main window loaded its data")
        titles = []
        for row in range(window.sidebar.count()):
            window.sidebar.setCurrentRow(row)
            title = window.sidebar.item(row).text()
            _wait_until(app, lambda: not window.runner.busy, timeout_s, f"{title} loaded")
            titles.append(title)
        _wait_until(app, lambda: bool(directory), timeout_s,
                    "the shipped resource directory was installed")
        if isinstance(directory[0], WellnessError):
            raise directory[0]
    finally:
        window.close()
        app.processEvents()
    return titles


def text_check() -> str:
    """What Qt asks ICU for, in the languages we ship: the Linux bundle carries ICU's data
    for those alone (packaging/bundle_excludes.icu_item_kept), so a cut too deep fails here.
    Each answer differs from what Qt gives without that language's ICU data (root
    collation, English zone names, no code page), or without ICU at all (code-point order,
    no locale-specific upper case). Raises DataFileError naming every wrong answer.

    Linux only: on Windows and macOS Qt sorts and names zones through the system's own
    services, whose answers are theirs (and the bundle carries no ICU there)."""
    if not sys.platform.startswith("linux"):
        return "text: not checked here (Qt uses the system's language services)"

    def ordered(locale: str, words: list[str]) -> list[str]:
        return sorted(words, key=QCollator(QLocale(locale)).sortKey)

    checks: list[tuple[str, object, object]] = [
        # Root collation (coll/ucadata.icu): not code-point order, which puts Z first.
        ("de collation", ordered("de_DE", ["Zebra", "Äpfel", "apfel"]),
         ["apfel", "Äpfel", "Zebra"]),
        # Spanish's own ñ after n (coll/es.res); root would put "ñu" before "nz".
        ("es collation", ordered("es_ES", ["oa", "ñu", "nz"]), ["nz", "ñu", "oa"]),
        # Canadian French compares accents from the end (coll/fr_CA.res); root does not.
        ("fr_CA collation", ordered("fr_CA", ["côté", "coté", "côte", "cote"]),
         ["cote", "côte", "coté", "côté"]),
        ("fr collation", ordered("fr_FR", ["côté", "coté", "côte", "cote"]),
         ["cote", "coté", "côte", "côté"]),
        ("Japanese names", ordered("ja_JP", ["山田 花子", "あおい", "アオイ"]),
         ["あおい", "アオイ", "山田 花子"]),
        # Through Qt's UTF-16 and ICU's case mapping and back, unchanged.
        ("Japanese round trip", QLocale("ja_JP").toUpper("山田 花子 アオイ"), "山田 花子 アオイ"),
        ("de upper case", QLocale("de_DE").toUpper("straße"), "STRASSE"),
        # Locale-specific case mapping is ICU's alone.
        ("tr upper case", QLocale("tr_TR").toUpper("istanbul"), "İSTANBUL"),
        ("pt_BR month", QLocale("pt_BR").monthName(3), "março"),
        ("pt_BR number", QLocale("pt_BR").toString(1234.5, "f", 2), "1.234,50"),
        # A code page ICU reads from its tables (not one of Qt's built-in codecs).
        ("windows-1252 codec", QStringDecoder("windows-1252").isValid(), True),
    ]
    # Time-zone names come from ICU's zone/<language>.res, for a zone Qt finds in the
    # system's time-zone files (a laptop without them, rare, skips these two).
    berlin = QTimeZone(b"Europe/Berlin")
    zones = "" if berlin.isValid() else "; time-zone names not checked: no system zone files"
    if berlin.isValid():
        for locale, name in (("de_DE", "Mitteleuropäische Normalzeit"),
                             ("pt_BR", "Horário Padrão da Europa Central")):
            checks.append((f"{locale} zone name", berlin.displayName(
                QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName,
                QLocale(locale)), name))
    wrong = [f"{what}: {got!r}, not {want!r}" for what, got, want in checks if got != want]
    if wrong:
        raise DataFileError("the bundle's language data (ICU) answers wrongly: "
                            + "; ".join(wrong))
    return f"text: ICU answers for en, es, fr, de, pt ({len(checks)} checks{zones})"


def printing_line() -> str:
    """Which printing Qt found: the bundle leaves out libcups (packaging/bundle_excludes.py),
    so its CUPS plugin loads the system's, or Qt prints to PDF only. Never fails."""
    from PySide6.QtPrintSupport import QPrinterInfo

    printers = QPrinterInfo.availablePrinterNames()
    maps = Path("/proc/self/maps")
    cups = sorted({line.split()[-1] for line in maps.read_text().splitlines()
                   if "libcups.so" in line}) if maps.exists() else []
    where = f"CUPS from {', '.join(cups)}" if cups else "no CUPS library loaded"
    return f"printing: {len(printers)} printers, {where}"


def _wait_until(app: QApplication, done: Callable[[], bool], timeout_s: float,
                what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError(f"not done in {timeout_s:g} s: {what}")
        app.processEvents()
        QThread.msleep(10)
