"""The resource directory's own thread: one store connection, searches where the newest wins.

The directory is its own SQLite file (`resources.store`), not the main database the taps
are written to, so its work never queues behind a tap nor a tap behind it. A search takes
a few milliseconds (≤ 30 ms p95 on 50,000 services), and could run on the UI thread; it
runs here because the first query after start-up reads a cold file, the shipped set is
installed on this thread at start-up (`ensure_shipped`, seconds on a slow disk), and a pull
may be installing a new directory: none of that may freeze the window while someone types
a name with a person in distress beside them. Each keystroke asks for a search; one asked
while an older one waits replaces it, and an answer to a query already typed over is
dropped, so the list always shows the latest words.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from .. import clock
from ..errors import WellnessError
from .tasks import refusal

if TYPE_CHECKING:
    from ..resources.store import Store

log = logging.getLogger(__name__)

THREAD_NAME = "wellness-desk-directory"

StoreJob = Callable[["Store"], Any]
Done = Callable[[Any], object]
Failed = Callable[[WellnessError], object]


@dataclass
class _Job:
    job_id: int
    work: StoreJob
    cancelled: bool = field(default=False)


class DirectoryWorker(QObject):
    """`run(job, done, failed, latest=)`: `job(store)` runs on the directory thread, in the
    order asked; `done(result)` and `failed(error)` arrive on the UI thread. `latest` names
    a kind of job of which only the newest matters (a search).

    `changed` says the directory itself changed (installed at start-up, pulled from the
    hub): pages showing it read it again."""

    changed = Signal()
    failed = Signal(WellnessError)
    _finished = Signal(int, bool, object)
    _noted = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._ids = itertools.count(1)
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._pending: dict[int, tuple[Done | None, Failed | None]] = {}
        self._latest: dict[str, _Job] = {}
        self._finished.connect(self._deliver)
        self._noted.connect(lambda text: self.failed.emit(WellnessError(text)))
        self._thread: threading.Thread | None = None
        self._stopped = False

    def start(self) -> None:
        """Open the store on its thread and give an empty one the shipped set, once; jobs
        asked before this wait for it."""
        if self._thread is not None or self._stopped:
            return
        self._thread = threading.Thread(target=self._loop, name=THREAD_NAME, daemon=True)
        self._thread.start()
        self.run(self._ensure_shipped, lambda _: self.changed.emit())

    @staticmethod
    def _ensure_shipped(store: Store) -> None:
        from ..resources.store import ensure_shipped

        ensure_shipped(store, now=clock.utcnow())

    def run(self, job: StoreJob, done: Done | None = None, failed: Failed | None = None, *,
            latest: str | None = None) -> None:
        if self._stopped:
            return  # the window is closing: nothing more is asked of the store
        if latest is not None and (older := self._latest.pop(latest, None)) is not None:
            older.cancelled = True
            self._pending.pop(older.job_id, None)
        entry = _Job(next(self._ids), job)
        self._pending[entry.job_id] = (done, failed)
        if latest is not None:
            self._latest[latest] = entry
        self._jobs.put(entry)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def _loop(self) -> None:
        from ..resources.store import open_or_set_aside, store_path

        path = store_path(self.data_dir)
        try:
            store, note = open_or_set_aside(path, now=clock.utcnow())
            if note is not None:
                self._noted.emit(note)
        except Exception as e:
            reason = refusal(e, path)
            while (item := self._jobs.get()) is not None:
                self._finished.emit(item.job_id, False, reason)
            return
        try:
            while (item := self._jobs.get()) is not None:
                if item.cancelled:
                    continue  # a newer search was typed before this one started
                try:
                    self._finished.emit(item.job_id, True, item.work(store))
                except Exception as e:
                    self._finished.emit(item.job_id, False, refusal(e, path))
        finally:
            store.close()

    def _deliver(self, job_id: int, ok: bool, result: object) -> None:
        entry = self._pending.pop(job_id, None)
        for kind, job in list(self._latest.items()):
            if job.job_id == job_id:
                del self._latest[kind]
        if entry is None:
            return  # an answer to words already typed over
        done, failed = entry
        if not ok:
            assert isinstance(result, WellnessError)
            (failed or self.failed.emit)(result)
            return
        if done is not None:
            done(result)

    def stop(self) -> None:
        """Let the queued jobs finish (a favourite being saved), then close the store."""
        if self._stopped:
            return
        self._stopped = True
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join(timeout=10)
