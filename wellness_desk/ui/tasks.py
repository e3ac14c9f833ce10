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
# A failed job hands over the error itself, so a page branches on its type and places it
# beside its `field`, never on its words.
Failed = Callable[[WellnessError], object]


class Unexpected(WellnessError):
    """A job failed in a way no rule of the core foresaw (a bug): nothing of it was saved."""


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
            reason = e.with_traceback(None) if isinstance(e, WellnessError) else WellnessError(
                f"Cannot open the database {self._db_path} ({type(e).__name__}).")
            while (item := self.jobs.get()) is not None:
                self._finished.emit(item[0], False, reason)
            return
        damaged: DamagedDatabase | None = None
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
                    error = _refusal(e, self._db_path)
                    if isinstance(error, DamagedDatabase):
                        damaged = error
                    self._finished.emit(job_id, False, error)
        finally:
            db.close()


def _refusal(e: Exception, db_path: Path) -> WellnessError:
    """What to tell the person about a job that failed; nothing of it was saved."""
    problem = storage_error(e, db_path) if isinstance(e, sqlite3.Error) else None
    if problem is not None:
        return problem
    if isinstance(e, WellnessError):
        # Its frames stay on this thread: they hold this thread's connection.
        return e.with_traceback(None)
    # Only the exception type and place go to the log: the message could quote a value
    # typed by a person.
    log.error("job failed: %s\n%s", type(e).__name__,
              "".join(traceback.format_tb(e.__traceback__)))
    return Unexpected(f"Something went wrong ({type(e).__name__}): that action was NOT saved.")


class TaskRunner(QObject):
    """`read(job, done, failed)` / `write(job, done, failed)`: `job(db)` runs on the worker
    thread; `failed` gets the WellnessError (the window's `failed` signal, when not given)."""

    changed = Signal()
    failed = Signal(WellnessError)
    _finished = Signal(int, bool, object)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Done | None, Failed | None, bool]] = {}
        self._finished.connect(self._deliver)
        self._worker = _Worker(db_path, self._finished)
        self._stopped = False

    def start(self) -> None:
        """Open the database on the worker; jobs asked for before this wait in order."""
        if not self._stopped and not self._worker.isRunning():
            self._worker.start()

    def read(self, job: Job, done: Done | None = None, failed: Failed | None = None) -> None:
        self._submit(job, done, failed, write=False)

    def write(self, job: Job, done: Done | None = None, failed: Failed | None = None) -> None:
        self._submit(job, done, failed, write=True)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def _submit(self, job: Job, done: Done | None, failed: Failed | None, *,
                write: bool) -> None:
        if self._stopped:
            raise RuntimeError("the task runner was stopped: the window is closing")
        job_id = next(self._ids)
        self._pending[job_id] = (done, failed, write)
        self._worker.jobs.put((job_id, job))

    def _deliver(self, job_id: int, ok: bool, result: object) -> None:
        done, failed, write = self._pending.pop(job_id)
        if not ok:
            assert isinstance(result, WellnessError)  # the worker sends nothing else
            (failed or self.failed.emit)(result)
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
