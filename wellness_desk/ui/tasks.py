"""Run core functions off the UI thread and hand results back by signal.

One worker thread owns one database connection (a connection belongs to one thread) and
runs jobs in the order they were asked for, so a refresh asked after a tap sees the tap.
Writes announce `changed` once done; pages refresh on it instead of calling each other.

Long pure work (drawing a PDF) runs elsewhere, as TagStudio runs its thumbnails: a print is
planned on the worker in milliseconds, drawn for seconds in the drawing process
(`print.drawing`, which takes none of this process's interpreter lock), and only its record
goes back to the worker, so no tap waits behind it. A small pool of threads waits for the
drawing process's answers, and itself runs the short jobs a process hop would not pay for.
"""

from __future__ import annotations

import itertools
import logging
import queue
import sqlite3
import sys
import traceback
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
    SignalInstance,
)

from ..db import connect, storage_error
from ..errors import DamagedDatabase, WellnessError

if TYPE_CHECKING:
    from ..print.drawing import DrawingProcess

log = logging.getLogger(__name__)

# The drawing process starts (a second interpreter importing reportlab and the fonts) a
# while after the window, not while the laptop's two cores load the first data; a print
# asked before then starts it at once.
DRAWING_WARM_MS = 3_000

Job = Callable[[Any], Any]
Pure = Callable[[], Any]  # no database: it runs on the drawing pool
# What a callback returns is ignored (a lambda that opens a message box returns the box).
Done = Callable[[Any], object]
# A failed job hands over the error itself, so a page branches on its type and places it
# beside its `field`, never on its words.
Failed = Callable[[WellnessError], object]


class Unexpected(WellnessError):
    """A job failed in a way no rule of the core foresaw (a bug): nothing of it was saved."""


class _Worker(QThread):
    def __init__(self, db_path: Path, finished: SignalInstance,
                 open_failed: SignalInstance) -> None:
        super().__init__()
        self.setObjectName("wellness-desk-db")
        self._db_path = db_path
        self._finished = finished
        self._open_failed = open_failed
        self.jobs: queue.Queue[tuple[int, Job] | None] = queue.Queue()

    def run(self) -> None:
        try:
            db = connect(self._db_path)
        except Exception as e:
            # Every job is told why (a damaged file, a folder it may not write to), so the
            # window can say it plainly instead of waiting forever.
            reason = e.with_traceback(None) if isinstance(e, WellnessError) else WellnessError(
                QCoreApplication.translate(
                    "TaskRunner", "Cannot open the database {path} ({kind}).").format(
                        path=self._db_path, kind=type(e).__name__))
            # Before the jobs' failures: the app may put a damaged file's own box first.
            self._open_failed.emit(reason)
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
                    error = refusal(e, self._db_path)
                    if isinstance(error, DamagedDatabase):
                        damaged = error
                    self._finished.emit(job_id, False, error)
        finally:
            db.close()


DRAW_THREAD = "wellness-desk-draw"
# Two: a preview still comes while a 10,000-card save waits for the drawing process. More
# would only share the interpreter's lock (and the laptop's two cores) with the taps.
DRAW_THREADS = 2
# Python lets a busy thread keep its interpreter lock 5 ms before a waiting one gets it, and
# a tap waits for it at each SQLite call and signal: behind a drawing on this process's
# threads (5,000 cards, before they went to the drawing process; a preview now), the 99th
# percentile of a tap was 25-75 ms (bench/tap.py). Handed over every 0.2 ms, it was 5-13 ms,
# and the drawing no slower.
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
            self.finished.emit(self.job_id, False, refusal(e))


def refusal(e: Exception, db_path: Path | None = None) -> WellnessError:
    """What to tell the person about a job that failed; nothing of it was saved. `db_path`:
    the database the job ran on (a drawing runs on none)."""
    problem = (storage_error(e, db_path)
               if db_path is not None and isinstance(e, sqlite3.Error) else None)
    if problem is not None:
        log.warning("job refused: %s", problem)  # our sentence: the file and the disk
        return problem
    if isinstance(e, WellnessError):
        # Its frames stay on the job's thread: they hold that thread's connection or plan.
        return e.with_traceback(None)
    # Only the exception type and place go to the log: the message could quote a value
    # typed by a person.
    from ..print.drawing import Unforeseen

    kind, place = ((e.kind, e.place) if isinstance(e, Unforeseen)
                   else (type(e).__name__, "".join(traceback.format_tb(e.__traceback__))))
    log.error("job failed: %s\n%s", kind, place)
    return Unexpected(QCoreApplication.translate(
        "TaskRunner", "Something went wrong ({kind}): that action was NOT saved.").format(
            kind=kind))


class TaskRunner(QObject):
    """`read(job, done, failed)` / `write(job, done, failed)`: `job(db)` runs on the worker
    thread; `draw(fn, *args, done=, failed=)`: `fn(*args)`, pure, runs in the drawing
    process. `failed` gets the WellnessError (the window's `failed` signal, when not given).

    `drawing`: a drawing process to share (the tests share one, kept warm); by default the
    runner starts its own with the worker and ends it in `stop`."""

    changed = Signal()
    failed = Signal(WellnessError)
    # The worker could not open the database (damaged, read-only, ...): every job fails too.
    open_failed = Signal(WellnessError)
    _finished = Signal(int, bool, object)

    def __init__(self, db_path: Path, parent: QObject | None = None, *,
                 drawing: DrawingProcess | None = None) -> None:
        super().__init__(parent)
        # Made on first use: multiprocessing costs start-up ~35 ms of imports.
        self._drawing = drawing
        self._owns_drawing = drawing is None
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Done | None, Failed | None, bool]] = {}
        self._finished.connect(self._deliver)
        self._worker = _Worker(db_path, self._finished, self.open_failed)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(DRAW_THREADS)
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        self._latest: dict[str, _Drawing] = {}
        self._stopped = False

    def start(self) -> None:
        """Open the database on the worker; jobs asked for before this wait in order."""
        if not self._stopped and not self._worker.isRunning():
            self._worker.start()
            QTimer.singleShot(DRAWING_WARM_MS, self._warm)

    def _process(self) -> DrawingProcess:
        if self._drawing is None:
            from ..print.drawing import DrawingProcess

            self._drawing = DrawingProcess()
        return self._drawing

    def _warm(self) -> None:
        if not self._stopped:
            self._process().warm()

    def read(self, job: Job, done: Done | None = None, failed: Failed | None = None) -> None:
        self._submit(job, done, failed, write=False)

    def write(self, job: Job, done: Done | None = None, failed: Failed | None = None) -> None:
        self._submit(job, done, failed, write=True)

    def draw(self, fn: Callable[..., Any], /, *args: Any, done: Done | None = None,
             failed: Failed | None = None, latest: str | None = None,
             here: bool = False) -> None:
        """Run `fn(*args)` in the drawing process: work without the database (a PDF drawn
        from a plan) that must neither hold up the taps queued on the worker nor take the
        interpreter's lock from them. `fn` is a module-level function of the core and
        `args` pickle. Callbacks arrive on the UI thread, failures as for `write`.

        `here`: on a thread of the drawing pool instead, for a job too short to pay for
        the hop or whose arguments are too big to send (any callable, then).

        `latest` names a kind of job of which only the newest matters (a preview): asking
        for one drops the one before, unstarted or not yet delivered."""
        if latest is not None and (older := self._latest.pop(latest, None)) is not None:
            older.cancelled = True
            self._pending.pop(older.job_id, None)
        job_id = self._enter(done, failed, write=False)
        drawing = _Drawing(job_id, partial(fn, *args) if here
                           else partial(self._process().run, fn, *args), self._finished)
        if latest is not None:
            self._latest[latest] = drawing
        self._pool.start(drawing)

    @property
    def stopped(self) -> bool:
        """The window is closing: no more work is taken."""
        return self._stopped

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def _submit(self, job: Job, done: Done | None, failed: Failed | None, *,
                write: bool) -> None:
        self._worker.jobs.put((self._enter(done, failed, write=write), job))

    def _enter(self, done: Done | None, failed: Failed | None, *, write: bool) -> int:
        if self._stopped:
            raise RuntimeError("the task runner was stopped: the window is closing")
        job_id = next(self._ids)
        self._pending[job_id] = (done, failed, write)
        return job_id

    def _deliver(self, job_id: int, ok: bool, result: object) -> None:
        entry = self._pending.pop(job_id, None)
        if entry is None:
            return  # a drawing a newer one of its kind replaced
        done, failed, write = entry
        if not ok:
            assert isinstance(result, WellnessError)  # the worker and the pool send nothing else
            (failed if failed is not None and _alive(failed) else self.failed.emit)(result)
            return
        try:
            if done is not None and _alive(done):
                done(result)
        finally:
            # The write is committed whatever the callback did: every page must show it.
            if write:
                self.changed.emit()

    def stop(self) -> None:
        """Finish the queued jobs, then close the worker's connection and end the drawing
        process the runner started. Once is enough.

        A print hops from the worker to the drawing process and back through this thread
        (plan, draw, record): the ones under way are carried to their end first, so a save
        asked before the window closed is saved and recorded whole, or not at all."""

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
        if self._owns_drawing and self._drawing is not None:
            self._drawing.close()


def _alive(callback: Callable[..., Any]) -> bool:
    """False for a method of a widget Qt has deleted: a page rebuilt in a new language may
    have asked for a read just before it went, and its answer must not reach it."""
    owner = getattr(callback, "__self__", None)
    if not isinstance(owner, QObject):
        return True
    try:
        owner.objectName()  # raises once the C++ object is gone
    except RuntimeError:
        return False
    return True
