"""Run core functions off the UI thread and hand results back by signal.

One worker thread owns one database connection (a connection belongs to one thread) and
runs jobs in the order they were asked for, so a refresh asked after a tap sees the tap.
Writes announce `changed` once done; pages refresh on it instead of calling each other.

Long pure work (drawing a PDF, rasterising its pages) runs on a small thread pool instead,
as TagStudio runs its thumbnails: a print is planned on the worker in milliseconds, drawn
on the pool for seconds, and only its record goes back to the worker, so no tap waits
behind it.
"""

from __future__ import annotations

import itertools
import logging
import queue
import sqlite3
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    QThread,
    QThreadPool,
    Signal,
    SignalInstance,
)

from ..db import connect, storage_error
from ..errors import DamagedDatabase, WellnessError

log = logging.getLogger(__name__)

Job = Callable[[Any], Any]
Pure = Callable[[], Any]  # no database: it runs on the drawing pool
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
                    self._finished.emit(job_id, False, _failure(problem or e))
        finally:
            db.close()


DRAW_THREAD = "wellness-desk-draw"
# Two: a preview still comes while a 10,000-card save draws. More would only share the
# interpreter's lock (and the laptop's two cores) with the threads that write taps.
DRAW_THREADS = 2
# Python lets a busy thread keep its interpreter lock 5 ms before a waiting one gets it, and
# a tap waits for it at each SQLite call and signal: behind a drawing, taps took 25-75 ms
# at the 99th percentile instead of 1-2 (bench/tap.py). Handing it over every 0.2 ms costs
# the drawing nothing measurable and keeps taps within a few milliseconds.
SWITCH_INTERVAL_S = 0.0002


class _Drawing(QRunnable):
    """One pure job on the drawing pool; `cancelled` before it starts, it does nothing."""

    def __init__(self, job_id: int, job: Pure, finished: SignalInstance) -> None:
        super().__init__()
        self.job_id = job_id
        self.job = job
        self.finished = finished
        self.cancelled = False

    def run(self) -> None:
        QThread.currentThread().setObjectName(DRAW_THREAD)
        if self.cancelled:
            return
        try:
            self.finished.emit(self.job_id, True, self.job())
        except Exception as e:
            self.finished.emit(self.job_id, False, _failure(e))


def _storage_problem(e: Exception, db_path: Path) -> WellnessError | None:
    """The database layer's sentence for an SQLite error about the file or the disk."""
    return storage_error(e, db_path) if isinstance(e, sqlite3.Error) else None


def _failure(e: Exception) -> WellnessError | str:
    """What a failed job hands back: a WellnessError itself, so a form can branch on its
    type and place it beside its field (its frames stay on the job's thread); else the
    sentence for the person."""
    return e.with_traceback(None) if isinstance(e, WellnessError) else _reason(e)


def _reason(e: Exception) -> str:
    """What to tell the person about a job that failed; nothing of it was saved."""
    # Only the exception type and place go to the log: the message could quote a value
    # typed by a person.
    log.error("job failed: %s\n%s", type(e).__name__,
              "".join(traceback.format_tb(e.__traceback__)))
    return f"Something went wrong ({type(e).__name__}): that action was NOT saved."


class TaskRunner(QObject):
    """`read(job, done)` / `write(job, done)`: `job(db)` runs on the worker thread;
    `draw(job, done)`: `job()`, pure, runs on the drawing pool."""

    changed = Signal()
    failed = Signal(str)
    _finished = Signal(int, bool, object)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Done | None, Failed | None, bool, Refused | None]] = {}
        self._finished.connect(self._deliver)
        self._worker = _Worker(db_path, self._finished)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(DRAW_THREADS)
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        self._latest: dict[str, _Drawing] = {}
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

    def draw(self, job: Pure, done: Done | None = None, failed: Failed | None = None, *,
             refused: Refused | None = None, latest: str | None = None) -> None:
        """Run `job()` on the drawing pool: work without the database (a PDF drawn from a
        plan, a page rasterised) that must not hold up the taps queued on the worker.
        Callbacks arrive on the UI thread, failures as for `write`.

        `latest` names a kind of job of which only the newest matters (a preview): asking
        for one drops the one before, unstarted or not yet delivered."""
        if latest is not None and (older := self._latest.pop(latest, None)) is not None:
            older.cancelled = True
            self._pending.pop(older.job_id, None)
        job_id = self._enter(done, failed, write=False, refused=refused)
        drawing = _Drawing(job_id, job, self._finished)
        if latest is not None:
            self._latest[latest] = drawing
        self._pool.start(drawing)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def _submit(self, job: Job, done: Done | None, failed: Failed | None, *, write: bool,
                refused: Refused | None = None) -> None:
        self._worker.jobs.put((self._enter(done, failed, write=write, refused=refused), job))

    def _enter(self, done: Done | None, failed: Failed | None, *, write: bool,
               refused: Refused | None) -> int:
        if self._stopped:
            raise RuntimeError("the task runner was stopped: the window is closing")
        job_id = next(self._ids)
        self._pending[job_id] = (done, failed, write, refused)
        return job_id

    def _deliver(self, job_id: int, ok: bool, result: object) -> None:
        entry = self._pending.pop(job_id, None)
        if entry is None:
            return  # a drawing a newer one of its kind replaced
        done, failed, write, refused = entry
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
        """Finish the queued jobs, then close the worker's connection. Once is enough.

        A print hops from the worker to the pool and back through this thread (plan, draw,
        record): the ones under way are carried to their end first, so a save asked before
        the window closed is saved and recorded whole, or not at all."""
        if self._stopped:
            return
        self.start()
        while self._pending:
            QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
            if self._pending and self._pool.waitForDone(20):
                QThread.msleep(5)  # the worker's turn
        self._stopped = True
        self._worker.jobs.put(None)
        self._worker.wait()
