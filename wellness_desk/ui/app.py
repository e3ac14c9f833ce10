"""Start the Qt application around the main window: one app per data folder."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QLockFile, QObject, QSysInfo, Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import __version__
from ..db import check_file, ensure_folder, storage_error, unwritable
from ..errors import AlreadyOpen, DataFileError, WellnessError
from ..paths import lock_path
from .icon import app_icon
from .main_window import MainWindow

# Set by bench/startup.py: print `shown` once the first data is on screen, then quit.
QUIT_WHEN_SHOWN = "WELLNESS_DESK_QUIT_WHEN_SHOWN"
TITLE = "Wellness Desk"


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


def start(
    db_path: Path, *, prepare: Callable[[], None] | None = None, tell: bool = True
) -> MainWindow | Refused:
    """Open the main window on `db_path`, or say why not in a message box.

    `prepare` runs once the folder is held and before the window is built (the demo of
    `make run`); its failure is told the same way.
    """
    application()
    try:
        lock = _hold_and_prepare(db_path, prepare)
    except WellnessError as e:
        return Refused(str(e), _tell(str(e)) if tell else None)
    window = MainWindow(db_path)
    window.folder_hold = _FolderHold(lock, window)  # type: ignore[attr-defined]
    window.show()
    return window


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
    box = QMessageBox(QMessageBox.Icon.Warning, TITLE, message, QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def run(db_path: Path, *, prepare: Callable[[], None] | None = None) -> int:
    app = application()
    # Offscreen nobody can see, let alone close, a box: stderr says it alone.
    started = start(db_path, prepare=prepare,
                    tell=app.platformName() not in ("offscreen", "minimal"))
    if isinstance(started, Refused):
        # Also on stderr: `make run` is started from a terminal.
        print(f"wellness-desk: error: {started.message}", file=sys.stderr)
        if started.box is not None:
            started.box.finished.connect(app.quit)
            app.exec()
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
    return app.exec()


def self_test(db_path: Path, *, timeout_s: float = 30.0) -> list[str]:
    """Build the main window offscreen, wait for its first data load, open every section
    (and wait for each one's reads) and for the shipped resource directory to be installed;
    the sections' titles, or raise."""
    app = application()
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


def _wait_until(app: QApplication, done: Callable[[], bool], timeout_s: float,
                what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError(f"not done in {timeout_s:g} s: {what}")
        app.processEvents()
        QThread.msleep(10)
