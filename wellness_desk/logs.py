"""The app's log file: what happened, for whoever helps when something goes wrong.

One rotating file, `wellness-desk.log` (1 MB, five older ones kept), at INFO. It lives in the
platform's log folder, except when a data folder was named (`--data-dir` or
$WELLNESS_DESK_DATA): then in `logs/` inside it, so a laptop run from a USB stick, a second
festival's folder and every test keep their logs with their data and never write to the
user's own log folder.

Nothing personal is logged: no names, contact details or notes, and of an exception only
its type and where it happened (its message could quote a value a person typed).

Windowed bundles have no stderr (`sys.stderr` is None): nothing here writes to a stream that
is not there, and the file is the only handler.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sqlite3
import sys
import traceback
from contextlib import suppress
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import IO

from . import __version__
from .paths import APP_NAME, DATA_ENV, data_dir

LOG_FILENAME = "wellness-desk.log"
FAULTS_FILENAME = "faults.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
# Our own modules log at INFO; a library only from WARNING (an INFO line of an HTTP client
# names every request, which is noise here).
OURS = ("wellness_desk", "wellness_hub", "__main__")

class _LogFile(RotatingFileHandler):
    def handleError(self, record: logging.LogRecord) -> None:
        # A full disk or a folder gone read-only: the line is lost, quietly. Python's way
        # prints a traceback on stderr, under a command's own one-line error.
        pass


_handler: RotatingFileHandler | None = None
_faults: IO[str] | None = None


def log_folder(override: str | os.PathLike[str] | None = None) -> Path:
    """Where the log file goes: `logs/` in a data folder that was named (`override`, as
    `--data-dir`, or $WELLNESS_DESK_DATA), else the platform's user log folder."""
    if override or os.environ.get(DATA_ENV):
        return data_dir(override) / "logs"
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path | None:
    """The file the log is written to now; None before `setup_logging` or when it could not
    be opened (a read-only folder, a full disk)."""
    return Path(_handler.baseFilename) if _handler is not None else None


def current_folder() -> Path:
    """The folder of the log file in use; before any, where it would go by default."""
    current = log_file()
    return current.parent if current is not None else log_folder()


class _OursAtInfo(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING or record.name.startswith(OURS)


def close_log() -> None:
    """Stop writing the log file (the end of a command; a test's own log)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        with suppress(OSError):  # the last lines find no room: they are lost, quietly
            _handler.close()
        _handler = None


def setup_logging(folder: Path, *, level: int = logging.INFO,
                  faults: bool = False) -> Path | None:
    """Log to `folder`/wellness-desk.log from now on (replacing an earlier setup); returns
    the file, or None when the folder cannot be written (then nothing is logged: a log must
    never stop the app, and the app says itself why the folder cannot be used).

    `faults`: also dump the Python stacks of a hard crash (faulthandler), to stderr when
    there is one, else to `folder`/faults.log.
    """
    global _handler
    root = logging.getLogger()
    close_log()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = _LogFile(folder / LOG_FILENAME, maxBytes=MAX_BYTES,
                           backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError:
        # Python's last-resort handler would print warnings on stderr (a second line under
        # a command's one-line error): a silent handler keeps it quiet.
        if not any(isinstance(h, logging.NullHandler) for h in root.handlers):
            root.addHandler(logging.NullHandler())
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(_OursAtInfo())
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _handler = handler
    if faults:
        _enable_faults(folder)
    return Path(handler.baseFilename)


def _enable_faults(folder: Path) -> None:
    global _faults
    stream = sys.stderr
    try:
        if stream is not None:
            stream.fileno()  # a test's capture, or a pythonw console, has none
            faulthandler.enable(stream)
            return
    except (OSError, ValueError, AttributeError):
        pass
    try:
        if _faults is None:
            # Kept open: faulthandler writes to its descriptor when the process dies.
            _faults = (folder / FAULTS_FILENAME).open("a", encoding="utf-8")
        faulthandler.enable(_faults)
    except OSError:
        pass  # no stream and no file: a hard crash goes untold, the app still runs


def log_start(what: str, data_folder: Path) -> None:
    """The first line of a run: what runs, which version, on which data and SQLite."""
    frozen = " (bundle)" if getattr(sys, "frozen", False) else ""
    logging.getLogger("wellness_desk").info(
        "%s started: Wellness Desk %s%s, Python %s, SQLite %s, %s, data folder %s",
        what, __version__, frozen, sys.version.split()[0], sqlite3.sqlite_version,
        sys.platform, data_folder)


def trace_text(kind: type[BaseException], error: BaseException,
               tb: TracebackType | None) -> str:
    """An exception for the log: its type and every frame, of it and of what caused it, but
    never its message (it could quote a name or a note)."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    current_tb = tb
    current_kind: type[BaseException] = kind
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = "".join(traceback.format_tb(current_tb))
        parts.append(f"{current_kind.__module__}.{current_kind.__qualname__}\n{frames}")
        nxt = current.__cause__ or (None if current.__suppress_context__
                                    else current.__context__)
        if nxt is None:
            break
        parts.append("caused by (or while handling):\n")
        current, current_tb, current_kind = nxt, nxt.__traceback__, type(nxt)
    return "".join(parts).rstrip()
