"""Run core functions off the UI thread and hand results back by signal.

One worker thread owns one database connection (a connection belongs to one thread) and
runs jobs in the order they were asked for, so a refresh asked after a tap sees the tap.
Writes announce `changed` once done; pages refresh on it instead of calling each other.
"""

from __future__ import annotations

import itertools
import logging
import queue
import sqlite3
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, SignalInstance

from ..db import connect, storage_error
from ..errors import DamagedDatabase, WellnessError

log = logging.getLogger(__name__)

Job = Callable[[Any], Any]
# What a callback returns is ignored (a lambda that opens a message box returns the box).
Done = Callable[[Any], object]
Failed = Callable[[str], object]
Refused = Callable[[WellnessError], object]


class _Worker(QThread):
    def __init__(self, db_path: Path, finished: SignalInstance) -> None:
        super().__init__()
        self.setObjectName("wellness-desk-db")
        self._db_path = db_path
        self._finished = finished
        self.jobs: queue.Queue[tuple[int, Job] | None] = queue.Queue()

    def run(self) -> None:
        try:
            db = connect(self._db_path)
        except Exception as e:
            # Every job is told why (a damaged file, a folder it may not write to), so the
            # window can say it plainly instead of waiting forever.
            reason = str(e) if isinstance(e, WellnessError) else (
                f"Cannot open the database {self._db_path} ({type(e).__name__}).")
            while (item := self.jobs.get()) is not None:
                self._finished.emit(item[0], False, reason)
            return
        damaged: str | None = None
        try:
            while (item := self.jobs.get()) is not None:
                job_id, job = item
                if damaged is not None:
                    # A damaged file is kept as SQLite found it: no more jobs touch it.
                    self._finished.emit(job_id, False, damaged)
                    continue
                try:
                    self._finished.emit(job_id, True, job(db))
                except Exception as e:
                    problem = _storage_problem(e, self._db_path)
                    if isinstance(problem, DamagedDatabase):
                        damaged = str(problem)
                    error = problem or e
                    if isinstance(error, WellnessError):
                        # The error itself goes back, so a form can branch on its type and
                        # place it beside its field; its frames stay on this thread.
                        self._finished.emit(job_id, False, error.with_traceback(None))
                    else:
                        self._finished.emit(job_id, False, _reason(error))
        finally:
            db.close()


def _storage_problem(e: Exception, db_path: Path) -> WellnessError | None:
    """The database layer's sentence for an SQLite error about the file or the disk."""
    return storage_error(e, db_path) if isinstance(e, sqlite3.Error) else None


def _reason(e: Exception) -> str:
    """What to tell the person about a job that failed; nothing of it was saved."""
    if isinstance(e, WellnessError):
        return str(e)
    # Only the exception type and place go to the log: the message could quote a value
    # typed by a person.
    log.error("job failed: %s\n%s", type(e).__name__,
              "".join(traceback.format_tb(e.__traceback__)))
    return f"Something went wrong ({type(e).__name__}): that action was NOT saved."


class TaskRunner(QObject):
    """`read(job, done)` / `write(job, done)`: `job(db)` runs on the worker thread."""

    changed = Signal()
    failed = Signal(str)
    _finished = Signal(int, bool, object)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Done | None, Failed | None, bool, Refused | None]] = {}
        self._finished.connect(self._deliver)
        self._worker = _Worker(db_path, self._finished)
        self._stopped = False

    def start(self) -> None:
        """Open the database on the worker; jobs asked for before this wait in order."""
        if not self._stopped and not self._worker.isRunning():
            self._worker.start()

    def read(self, job: Job, done: Done | None = None, failed: Failed | None = None, *,
             refused: Refused | None = None) -> None:
        self._submit(job, done, failed, write=False, refused=refused)

    def write(self, job: Job, done: Done | None = None, failed: Failed | None = None, *,
              refused: Refused | None = None) -> None:
        """`refused`, when given, gets a WellnessError itself (its type, its field) instead
        of `failed` getting its text; any other failure still goes to `failed`."""
        self._submit(job, done, failed, write=True, refused=refused)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def _submit(self, job: Job, done: Done | None, failed: Failed | None, *, write: bool,
                refused: Refused | None = None) -> None:
        if self._stopped:
            raise RuntimeError("the task runner was stopped: the window is closing")
        job_id = next(self._ids)
        self._pending[job_id] = (done, failed, write, refused)
        self._worker.jobs.put((job_id, job))

    def _deliver(self, job_id: int, ok: bool, result: object) -> None:
        done, failed, write, refused = self._pending.pop(job_id)
        if not ok:
            if isinstance(result, WellnessError) and refused is not None:
                refused(result)
            else:
                (failed or self.failed.emit)(str(result))
            return
        try:
            if done is not None:
                done(result)
        finally:
            # The write is committed whatever the callback did: every page must show it.
            if write:
                self.changed.emit()

    def stop(self) -> None:
        """Finish the queued jobs, then close the worker's connection. Once is enough."""
        if self._stopped:
            return
        self.start()
        self._stopped = True
        self._worker.jobs.put(None)
        self._worker.wait()
