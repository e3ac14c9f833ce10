"""An exception nothing caught: logged with its traceback, told in a friendly box.

Covers the UI thread (`sys.excepthook`, which PySide6 calls for an exception raised in a
slot) and every other thread (`threading.excepthook`). The traceback goes to the log file
only, never on screen; the box says where the log is. The counts are safe: every tap and
door count is committed, or rolled back whole, on the database worker (`db.immediate`), and
the UI thread holds no transaction an exception could leave half done.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from ..logs import log_file, trace_text

log = logging.getLogger(__name__)
TITLE = "Wellness Desk"  # the app's name, the same in every language


translate = QCoreApplication.translate  # by this name lupdate finds the texts


def crash_text(kind_name: str, log_path: Path | None, folder: Path | None = None) -> str:
    """The box's words: what happened, where it is written, and that nothing was lost."""
    # Whole sentences per case: a translator never glues pieces together.
    if log_path is not None:
        text = translate(
            "crash", "Something went wrong inside Wellness Desk ({kind}). It was written to the "
                  "log at {log}; your counts are saved. You can carry on; if it happens "
                  "again, send that file to whoever looks after the app.")
    elif folder is not None:
        text = translate(
            "crash", "Something went wrong inside Wellness Desk ({kind}). It could not be "
                  "written to the log (the folder {folder} cannot be written); your counts "
                  "are saved. You can carry on; if it happens again, tell whoever looks "
                  "after the app.")
    else:
        text = translate(
            "crash", "Something went wrong inside Wellness Desk ({kind}). It could not be "
                  "written to a log; your counts are saved. You can carry on; if it happens "
                  "again, tell whoever looks after the app.")
    return text.format(kind=kind_name, log=log_path, folder=folder)


class CrashReporter(QObject):
    """Owns the hooks while installed; `box` is the box on screen (one at a time)."""

    # From any thread; shown on the UI thread (the reporter lives there).
    _crashed = Signal(str)

    def __init__(self, folder: Path | None = None) -> None:
        super().__init__()
        self.folder = folder
        self.box: QMessageBox | None = None
        self.shown: list[str] = []
        self._previous: tuple[Callable[..., object], Callable[..., object]] | None = None
        self._crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> CrashReporter:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
            sys.excepthook = self._uncaught
            threading.excepthook = self._uncaught_in_thread
        return self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def _uncaught(self, kind: type[BaseException], error: BaseException,
                  tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in the terminal of `make run`
            sys.__excepthook__(kind, error, tb)
            return
        self._report(kind, error, tb, threading.current_thread().name)

    def _uncaught_in_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return  # a thread that ended by SystemExit ended as asked
        thread = args.thread.name if args.thread is not None else "a thread"
        self._report(args.exc_type, args.exc_value, args.exc_traceback, thread)

    def _report(self, kind: type[BaseException], error: BaseException,
                tb: TracebackType | None, thread: str) -> None:
        # A log that is full or gone must not stop the box from saying it.
        with suppress(Exception):
            log.error("uncaught exception on %s: %s", thread, trace_text(kind, error, tb))
        self._crashed.emit(kind.__name__)

    def _show(self, kind_name: str) -> None:
        if QApplication.instance() is None:
            return
        text = crash_text(kind_name, log_file(), self.folder)
        self.shown.append(text)
        if self.box is not None and self.box.isVisible():
            return  # one box for a burst: a slot that fails on every repaint
        box = QMessageBox(QMessageBox.Icon.Warning, TITLE, text, QMessageBox.StandardButton.Ok)
        box.setTextFormat(Qt.TextFormat.PlainText)  # a path is shown as it is
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAccessibleName(translate("crash", "Something went wrong"))
        box.setAccessibleDescription(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._box_gone)
        self.box = box
        box.open()

    def _box_gone(self) -> None:
        self.box = None
