"""The background sync: its own thread and database connection, so the tent never waits.

Network waits happen on the sync thread and nowhere else: not on the UI thread, not on the
TaskRunner's thread (taps must land while a hub is slow to answer). It syncs shortly after
it starts, every few minutes while connected, at once on "Sync now" and when the network
comes back, and after a failure once its backoff delay has passed: when is the rule of
`sync/policy.py` (no Qt, tested plainly); this module runs its timers and its thread. The
sync modules that bring httpx are imported on that thread, so start-up never pays for them.
A laptop connected or disconnected behind the window's back (`wellness-desk sync --enroll`
while the window is open) is noticed within a minute: the worker reads the link every
`STATUS_CHECK_MS`.

Closing never waits long: `SyncWorker.stop` waits at most `STOP_WAIT_MS` for the sync thread.
A thread still busy then (a request to a hub that went silent, DNS, a long cell refresh) is
left to finish on its own: no new request starts once closing began, and the thread closes its
connection when its loop ends.

The status line and the worker's own sentences are translated under the context
"SyncWorker" with QCoreApplication.translate, which is safe on any thread; what the hub or
the network said (the last error, a refused signature) is shown as it came.

Two objects: `SyncWorker` is the window's handle (UI thread: safe to call, its signals arrive
on the UI thread); `_SyncEngine` lives on the sync thread with its own connection and does
the work. Keeping them apart means no caller can run the worker's code on the wrong thread
by connecting a button to it.
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from ..clock import from_utc_text, utcnow, zone
from ..errors import WellnessError
from ..sync import SyncError
from ..sync.policy import Next, SyncPolicy, Timer
from .core_words import error_text, translated
from .plurals import plural

if TYPE_CHECKING:
    from datetime import datetime

    from sqlite_utils import Database

    from ..sync.outcomes import SyncResult
    from ..sync.status import SyncStatus

log = logging.getLogger(__name__)

# Read when the worker is built (tests shorten them by setting these first).
FIRST_SYNC_MS = 3_000  # after start (or a new link): the window's first pages load first
EVERY_MS = 5 * 60 * 1000  # while connected and all is well
# The link is read this often (one small query), so a laptop connected by the command line
# while the window is open starts syncing, and the status bar's "at 14:05" stays true.
STATUS_CHECK_MS = 60_000
# Taps come in bursts: what waits is counted at most this often, not once per tap.
CHANGES_SETTLE_MS = 1_500
# Per operation, as httpx counts them. A satellite uplink or a busy hub can take many seconds
# to take in and answer a batch (≤ 1,000 cells, gzip), so reads and writes get long limits;
# a hub that does not even take the connection is unreachable soon. These never hold up
# closing the window: see STOP_WAIT_MS.
CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 30.0
WRITE_TIMEOUT_S = 30.0
POOL_TIMEOUT_S = 5.0
# Wall time one request may take in all, however slowly a hub trickles its answer.
REQUEST_LIMIT_S = 60.0
# Closing the window waits at most this long for the sync thread, then leaves it to finish.
STOP_WAIT_MS = 5_000
# The resource directory is pulled after a push round at most this often (a 304 when it is
# unchanged), and at once on "Sync now" or when the Resources page asks.
PULL_EVERY_S = 15 * 60
# Wall time the directory's download may take: the transfer only, the checks and install
# come after it. bench/resources_pull.py's 50,000 services are 43 MB gzipped (80 s needs
# about 4 Mbit/s); a real directory of a few hundred services is well under 1 MB. Kept
# under EXIT_WAIT_MS, so a pull under way at exit ends before the process must.
PULL_REQUEST_LIMIT_S = 80.0
# At exit, a thread left to finish is waited for this long (the request it can still be in
# ends within REQUEST_LIMIT_S); past that the process ends without it rather than crash (Qt
# aborts when a running thread's object is destroyed).
EXIT_WAIT_MS = 90_000
NOT_STARTED_TEXT = "Sync: checking…"  # translated where it is shown: not_started_text()


def translate(context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
    """QCoreApplication.translate (safe on the sync thread), English plurals before a
    translator is loaded. Named `translate` so that lupdate finds its texts."""
    return plural(QCoreApplication.translate(context, text, disambiguation or None, n), n)


def not_started_text() -> str:
    return translate("SyncWorker", "Sync: checking…")


def status_line(status: SyncStatus, tz: str | None = None, *,
                now: datetime | None = None) -> str:
    """The status bar's line in the interface's language: what `sync.status.status_text`
    says (the command line keeps those words), with the time the locale's way."""
    if not status.connected:
        return translate("SyncWorker", "Sync: not connected to a hub")
    if status.stopped:
        return translate(
            "SyncWorker",
            "Sync stopped: the hub no longer accepts this laptop — reconnect it on the "
            "Sync page")
    name = status.activation_name or ""
    n = status.pending
    if n == 0:
        head = translate("SyncWorker", "Sending {activation}: all sent")
    else:
        said = QCoreApplication.translate("SyncWorker", "Sending {activation}: %n change(s) waiting", "", n)  # noqa: E501 (one line: lupdate's plural)
        head = plural(said, n)
    parts = [head.format(activation=name)]
    if status.last_error:
        parts.append(translated(status.last_error))
    elif status.last_synced_utc:
        parts.append(_synced_when(status.last_synced_utc, tz, now))
    else:
        parts.append(translate("SyncWorker", "not synced yet"))
    if status.quarantined:
        refused = status.quarantined
        said = QCoreApplication.translate("SyncWorker", "%n batch(es) refused (see the Sync page)", "", refused)  # noqa: E501
        parts.append(plural(said, refused))
    # The directory pull's and the clock check's own sentences (a hub's refusal inside
    # them as the hub wrote it).
    parts += [translated(p) for p in (status.directory_problem, status.clock_warning) if p]
    return " · ".join(parts)


def _synced_when(utc_text: str, tz: str | None, now: datetime | None) -> str:
    """"synced at 14:05" in the activation's wall time (UTC, said so, with no zone), with
    the date when it was not today."""
    from datetime import UTC

    from . import i18n

    instant = from_utc_text(utc_text)
    try:
        place = zone(tz) if tz else UTC
    except WellnessError:
        place = UTC
    local = instant.astimezone(place)
    today = (now or utcnow()).astimezone(place).date()
    time, day = i18n.time_text(local), i18n.date_text(local.date())
    same_day = local.date() == today
    if place is UTC:
        if same_day:
            return translate("SyncWorker", "synced at {time} UTC").format(time=time)
        return translate("SyncWorker", "synced on {date} at {time} UTC").format(date=day,
                                                                               time=time)
    if same_day:
        return translate("SyncWorker", "synced at {time}").format(time=time)
    return translate("SyncWorker", "synced on {date} at {time}").format(date=day, time=time)


class _Closing(Exception):
    """Raised instead of sending a request once the window is closing: ends a sync run
    between two batches without logging a failure that never happened."""


class _SyncEngine(QObject):
    """The work, on the sync thread. Its slots are reached only through queued signals."""

    status_changed = Signal(str)
    state_changed = Signal(object)
    synced = Signal(object)
    log_changed = Signal()
    busy_changed = Signal(bool)
    connected = Signal(object)
    connect_failed = Signal(str)
    disconnected = Signal()
    failed = Signal(str)
    resources_pulled = Signal(object)

    def __init__(self, db_path: Path, stopping: threading.Event,
                 sync_wanted: threading.Event,
                 pull_wanted: threading.Event | None = None) -> None:
        super().__init__()
        self._db_path = db_path
        # Set by "Sync now" and the Resources page: pull after the push, however recent.
        self._pull_wanted = pull_wanted or threading.Event()
        self._last_pull: float | None = None  # monotonic; None: not pulled since start
        self._db: Database | None = None
        self._stopping = stopping
        self._sync_wanted = sync_wanted
        self._timeout: Any = None  # httpx.Timeout, made on this thread
        self._policy = SyncPolicy(first_sync_s=FIRST_SYNC_MS / 1000)
        # What the disk did to the last sync's bookkeeping (full, read-only), in our
        # sentence: said in the status line until a sync gets through, so the line never
        # reads as if that sync were done.
        self._local_problem: str | None = None
        self._status_text: str | None = None  # as last sent
        self._state: SyncStatus | None = None  # as last sent
        # Children move to the sync thread with the engine; they are started only there.
        self._every = QTimer(self)
        self._every.setInterval(EVERY_MS)
        self._every.timeout.connect(self._sync_by_timer)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._sync_by_timer)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(CHANGES_SETTLE_MS)
        self._settle.timeout.connect(self._count_changes)
        self._check = QTimer(self)
        self._check.setInterval(STATUS_CHECK_MS)
        self._check.timeout.connect(self._check_status)

    @Slot()
    def open(self) -> None:
        import httpx

        from ..db import connect

        self._timeout = httpx.Timeout(connect=CONNECT_TIMEOUT_S, read=READ_TIMEOUT_S,
                                      write=WRITE_TIMEOUT_S, pool=POOL_TIMEOUT_S)
        try:
            self._db = connect(self._db_path)
        except Exception:
            # The window already says why the database cannot be opened, in a box.
            self.status_changed.emit(translate(
                "SyncWorker", "Sync: off (the database could not be opened)"))
            return
        # Counted before the first word: "waiting" includes changes not yet made into cells.
        self._report(refresh=True)  # connected: the first sync follows shortly
        self._check.start()

    @Slot()
    def sync_if_wanted(self) -> None:
        """Run one sync if one was asked since the last: five presses, one sync."""
        if not self._sync_wanted.is_set() or self._db is None or self._stopping.is_set():
            return
        from ..sync.push import sync_once

        self._sync_wanted.clear()
        self._retry.stop()
        self.busy_changed.emit(True)
        result = None
        try:
            result = sync_once(self._db, transport=self._transport(), timeout=self._timeout,
                               request_limit_s=REQUEST_LIMIT_S)
        except _Closing:
            return
        except SyncError as e:
            # Needs a person (the keyring, say); the link holds the words for the status.
            self.failed.emit(_sentence(error_text(e)))
        except Exception as e:
            stored = self._storage_problem(e)
            self.failed.emit(stored or self._problem("sync", e))
        finally:
            self.busy_changed.emit(False)
        if result is not None:
            self._local_problem = None
            log.info("sync: %s, %d cells sent in %d batches", result.outcome,
                     result.cells_sent, result.batches)
            self._plan_next(result)
            self.synced.emit(result)
            if result.outcome not in ("not_connected", "unauthorized", "offline"):
                self._pull_if_due()
        self.log_changed.emit()
        self._report()

    def _pull_if_due(self) -> None:
        """Pull the resource directory when asked, or when the last pull is old enough."""
        import time

        forced = self._pull_wanted.is_set()
        due = self._last_pull is None or time.monotonic() - self._last_pull >= PULL_EVERY_S
        if self._db is None or self._stopping.is_set() or not (forced or due):
            return
        from ..sync.resources_pull import pull

        self._pull_wanted.clear()
        self._last_pull = time.monotonic()
        self.busy_changed.emit(True)
        try:
            pulled = pull(self._db, self._db_path.parent, transport=self._transport(),
                          timeout=self._timeout, request_limit_s=PULL_REQUEST_LIMIT_S)
        except _Closing:
            return
        except WellnessError as e:
            # The keyring (SyncError), or the directory's file (full disk, damaged): its
            # own sentence; the directory the laptop had is kept either way.
            self.failed.emit(_sentence(error_text(e)))
            return
        except Exception as e:
            self.failed.emit(self._problem("directory pull", e))
            return
        finally:
            self.busy_changed.emit(False)
        self.resources_pulled.emit(pulled)

    def _sync_by_timer(self) -> None:
        self._sync_wanted.set()
        self.sync_if_wanted()

    def _plan_next(self, result: SyncResult) -> None:
        """When to try again, from how this attempt went."""
        if not self._stopping.is_set():
            self._follow(self._policy.after_sync(result))

    def _follow(self, plan: Next) -> None:
        """Set the timers as the policy says (AS_IS: as they are)."""
        if plan.timer is Timer.REGULAR:
            self._every.start()
        elif plan.timer is Timer.ONCE:
            self._retry.start(max(1, round(plan.after_s * 1000)))
        elif plan.timer is Timer.NONE:
            for timer in (self._every, self._retry):
                timer.stop()

    @Slot(bool)
    def network_changed(self, online: bool) -> None:
        if self._policy.sync_when_online(online) and not self._stopping.is_set():
            self._sync_by_timer()

    @Slot(str, str)
    def connect_hub(self, hub_url: str, code: str) -> None:
        if self._db is None:
            self.connect_failed.emit(translate(
                "SyncWorker", "The database is not open, so this laptop cannot "
                                        "connect."))
            return
        from ..sync.enrol import connect

        self.busy_changed.emit(True)
        try:
            link = connect(self._db, hub_url, code, transport=self._transport(hub_url),
                           timeout=self._timeout, request_limit_s=REQUEST_LIMIT_S)
        except _Closing:
            return
        except SyncError as e:
            self.connect_failed.emit(_sentence(error_text(e)))
            return
        except Exception as e:
            self.connect_failed.emit(self._problem("connect", e))
            return
        finally:
            self.busy_changed.emit(False)
        self._policy.connected()
        self.connected.emit(link)
        self.log_changed.emit()
        # Not recounted here: the push that follows recounts, and its report says what waits.
        self._report()
        self._sync_by_timer()  # the first push: everything of the bound activation so far

    @Slot()
    def disconnect_hub(self) -> None:
        if self._db is None:
            return
        from ..sync.enrol import disconnect

        try:
            disconnect(self._db)
        except SyncError as e:
            self.failed.emit(_sentence(error_text(e)))
            return
        except Exception as e:
            self.failed.emit(self._problem("disconnect", e))
            return
        self._follow(self._policy.disconnected())
        self.disconnected.emit()
        self.log_changed.emit()
        self._report()

    @Slot(int)
    def send_again(self, batch_id: int) -> None:
        if self._db is None or self._stopping.is_set():
            return
        from ..sync.push import retry_quarantined

        self.busy_changed.emit(True)
        result = None
        try:
            result = retry_quarantined(self._db, batch_id, transport=self._transport(),
                                       timeout=self._timeout, request_limit_s=REQUEST_LIMIT_S)
        except _Closing:
            return
        except SyncError as e:
            self.failed.emit(_sentence(error_text(e)))
        except Exception as e:
            self.failed.emit(self._problem("send again", e))
        finally:
            self.busy_changed.emit(False)
        if result is not None:
            self.synced.emit(result)
        self.log_changed.emit()
        self._report()

    @Slot()
    def local_changes(self) -> None:
        if not self._settle.isActive():
            self._settle.start()

    def _count_changes(self) -> None:
        if self._db is None:
            return
        from ..sync.cells import refresh_cells

        try:
            refresh_cells(self._db)
        except Exception as e:
            # The next sync refreshes the cells anyway; only the figure shown is late.
            self._problem("count changes", e)
        self._report()

    def _check_status(self) -> None:
        # Changes made behind the window's back (the command line) are counted too. Says
        # something only when the status changed.
        self._report(only_if_changed=True, refresh=True)

    @Slot()
    def say_again(self) -> None:
        """The status line once more, in the interface's language as it is now (only if
        that changed its words)."""
        self._report(only_if_changed=True)

    @Slot()
    def shut_down(self) -> None:
        for timer in (self._every, self._retry, self._settle, self._check):
            timer.stop()
        if self._db is not None:
            self._db.close()
            self._db = None
        # Home to the UI thread, so the engine can be deleted there once its thread is gone.
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())
        QThread.currentThread().quit()

    def _report(self, *, only_if_changed: bool = False,
                refresh: bool = False) -> SyncStatus | None:
        """Send the status bar line (in the current activation's wall time) and the status
        behind it, and set the timers as the policy says for the link as it is now, however
        it came (this window, the command line). With `refresh`, local changes are made
        into cells first, so what waits is counted in full."""
        from ..activations import current_activation
        from ..sync.link import link
        from ..sync.status import status

        if self._db is None:
            return None
        if refresh:
            try:
                status(self._db, refresh=True)
            except Exception as e:
                # The figure is as of the last refresh; the next sync counts everything.
                self._problem("count changes", e)
        try:
            current = link(self._db)
            state = status(self._db)
            activation = current_activation(self._db)
            text = status_line(state, activation.tz if activation else None)
            if self._local_problem:
                text = f"{text} · {self._local_problem}"
        except Exception as e:
            self._problem("status", e)
            return None
        plan = self._policy.seen(current,
                                 planned=self._every.isActive() or self._retry.isActive())
        if not self._stopping.is_set():
            self._follow(plan)
        if not (only_if_changed and text == self._status_text and state == self._state):
            self._status_text = text
            self._state = state
            # The line first: a page showing the state reads the line beside it.
            self.status_changed.emit(text)
            self.state_changed.emit(state)
        return state

    def _transport(self, hub_url: str | None = None) -> Any:
        """The client's transport (every request bounded by wall time), except that no
        request starts once the window is closing."""
        import httpx

        from ..sync.link import link
        from ..sync.transport import HubTransport
        from ..sync.urls import proxy_for

        stopping = self._stopping
        if hub_url is None and self._db is not None:
            current = link(self._db)
            hub_url = current.hub_url if current is not None else None

        class _UnlessClosing(HubTransport):
            def handle_request(self, request: httpx.Request) -> httpx.Response:
                if stopping.is_set():
                    raise _Closing
                return super().handle_request(request)

        return _UnlessClosing(proxy=proxy_for(hub_url) if hub_url else None)

    def _storage_problem(self, e: Exception) -> str | None:
        """Our sentence for what the disk or the file did to a sync (None: not the disk's).
        The hub may hold the batch already: sent again later, it keeps one copy."""
        import sqlite3

        from ..db import storage_error

        problem = storage_error(e, self._db_path) if isinstance(e, sqlite3.Error) else None
        if problem is None:
            return None
        self._local_problem = translate("SyncWorker", "Sync not recorded: {problem}").format(
            problem=error_text(problem))
        return self._local_problem

    def _problem(self, what: str, e: Exception) -> str:
        # Type and place only: a message could quote data.
        log.error("sync worker: %s failed: %s\n%s", what, type(e).__name__,
                  "".join(traceback.format_tb(e.__traceback__)))
        return translate(
            "SyncWorker", "Sync: something went wrong ({kind}); nothing was lost.").format(
            kind=type(e).__name__)


class _Reaper(QObject):
    """On the UI thread: lets go of a sync thread left to finish, once it has."""

    @Slot()
    def finished(self) -> None:
        thread = self.sender()
        if isinstance(thread, QThread):
            _let_go(thread)


# Sync threads left running at close, with their engines: held here so that neither is
# destroyed while the thread runs (Qt aborts the process when a running QThread is).
_lingering: list[tuple[QThread, QObject]] = []
_reaper: _Reaper | None = None


def _linger(thread: QThread, engine: QObject) -> None:
    global _reaper
    if _reaper is None:
        _reaper = _Reaper()
        atexit.register(_wait_for_lingering)
    _lingering.append((thread, engine))
    thread.finished.connect(_reaper.finished)  # queued: it is sent on the sync thread
    if thread.isFinished():  # it ended before the connection was made
        _let_go(thread)


def _let_go(thread: QThread) -> None:
    thread.wait()  # `finished` comes just before the thread's very end
    _lingering[:] = [pair for pair in _lingering if pair[0] is not thread]


def lingering_threads() -> list[QThread]:
    """Sync threads of closed windows that are still finishing (for tests)."""
    return [thread for thread, _ in _lingering]


def _wait_for_lingering() -> None:
    # At exit, before Python lets go of the threads' objects: wait for the one request each
    # can still be in. The window is gone already; only the process waits.
    for thread, _ in list(_lingering):
        if not thread.wait(EXIT_WAIT_MS):
            log.error("sync: a sync thread did not end within %d s of exit; ending without it",
                      EXIT_WAIT_MS // 1000)
            logging.shutdown()
            os._exit(1)


def _sentence(text: str) -> str:
    """The client's plain words ("hub address: empty …") as a sentence for a dialog."""
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")


class SyncWorker(QObject):
    """The window's handle on the background sync. Call it from the UI thread only."""

    status_changed = Signal(str)  # the status bar line
    # The status.SyncStatus behind it, counted by the sync thread (None until then).
    state_changed = Signal(object)
    synced = Signal(object)  # an outcomes.SyncResult, after every attempt
    log_changed = Signal()  # the sync log or the refused batches may have changed
    busy_changed = Signal(bool)  # talking to the hub right now
    connected = Signal(object)  # a link.Link, once "Connect to a hub" worked
    connect_failed = Signal(str)  # why it did not, in plain words
    disconnected = Signal()
    failed = Signal(str)  # anything else that went wrong, in plain words
    # A sync.resources_pull.PullResult, after every pull of the resource directory.
    resources_pulled = Signal(object)

    # Asked here, run on the sync thread (queued: the engine lives there).
    _wake = Signal()
    _connect_asked = Signal(str, str)
    _disconnect_asked = Signal()
    _send_again_asked = Signal(int)
    _changes_seen = Signal()
    _network_changed = Signal(bool)
    _stop_asked = Signal()
    _say_again_asked = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._started = False
        self._stopped = False
        self._stopping = threading.Event()
        self._sync_wanted = threading.Event()
        self._pull_wanted = threading.Event()
        self.status_text = not_started_text()
        self.state: SyncStatus | None = None  # as the sync thread last counted it
        self.busy = False
        self.sync_thread = QThread()
        self.sync_thread.setObjectName("wellness-desk-sync")
        self.engine = _SyncEngine(db_path, self._stopping, self._sync_wanted,
                                  self._pull_wanted)
        self.engine.moveToThread(self.sync_thread)
        self.sync_thread.started.connect(self.engine.open)
        self._wake.connect(self.engine.sync_if_wanted)
        self._connect_asked.connect(self.engine.connect_hub)
        self._disconnect_asked.connect(self.engine.disconnect_hub)
        self._send_again_asked.connect(self.engine.send_again)
        self._changes_seen.connect(self.engine.local_changes)
        self._network_changed.connect(self.engine.network_changed)
        self._stop_asked.connect(self.engine.shut_down)
        self._say_again_asked.connect(self.engine.say_again)
        for name in ("status_changed", "state_changed", "synced", "log_changed",
                     "busy_changed", "connected", "connect_failed", "disconnected", "failed",
                     "resources_pulled"):
            getattr(self.engine, name).connect(getattr(self, name))
        self.status_changed.connect(self._remember_status)
        self.state_changed.connect(self._remember_state)
        self.busy_changed.connect(self._remember_busy)
        self._network: Any = None
        self._online: object = None

    def start(self) -> None:
        """Start the sync thread (after the window is shown). Once is enough."""
        if self._started or self._stopped:
            return
        self._started = True
        self._watch_network()
        self.sync_thread.start()

    def sync_now(self) -> None:
        """Push now, and pull the resource directory after (whenever it was last pulled)."""
        self._pull_wanted.set()
        self._sync_wanted.set()
        self._wake.emit()

    def pull_resources(self) -> None:
        """Pull the resource directory now (after a push round): `resources_pulled`."""
        self.sync_now()

    def connect_hub(self, hub_url: str, code: str) -> None:
        """Trade an enrolment code on the sync thread: `connected` or `connect_failed`."""
        self._connect_asked.emit(hub_url, code)

    def disconnect_hub(self) -> None:
        self._disconnect_asked.emit()

    def send_again(self, batch_id: int) -> None:
        """Send a refused batch again (once the hub has been fixed)."""
        self._send_again_asked.emit(batch_id)

    def say_again(self) -> None:
        """Send the status line again (a new language: its words, and the last problem
        kept whole in the database, come in that language)."""
        self._say_again_asked.emit()

    def local_changes(self) -> None:
        """Something was saved here: count what waits once the burst of taps is over."""
        self._changes_seen.emit()

    def stop(self) -> None:
        """End the sync thread and close its connection. Once is enough.

        Waits at most STOP_WAIT_MS, never longer: no request starts once stopping began, but
        one may be in flight (its timeouts are long, and DNS has none of httpx's), or a cell
        refresh. A thread still busy then is left to finish on its own (never terminated: it
        could be inside a database write); it closes its connection when its loop ends.
        """
        if self._stopped:
            return
        self._stopped = True
        self._stopping.set()
        if self._network is not None:
            self._network.reachabilityChanged.disconnect(self._on_reachability)
            self._network = None
        running = self.sync_thread.isRunning()
        if running:
            # The engine closes its connection and quits its thread's loop once it is back
            # in that loop (quitting the loop from here could end it before the engine has
            # closed up).
            self._stop_asked.emit()
        # The window is closing: what the engine still reports on its way out is for nobody.
        self.blockSignals(True)
        if not running or self.sync_thread.wait(STOP_WAIT_MS):
            return
        log.warning("sync: the sync thread is still busy at close; it ends on its own")
        _linger(self.sync_thread, self.engine)

    @property
    def stopped(self) -> bool:
        return self._stopped

    def _remember_status(self, text: str) -> None:
        self.status_text = text

    def _remember_state(self, state: SyncStatus) -> None:
        self.state = state

    def _remember_busy(self, busy: bool) -> None:
        self.busy = busy

    def _watch_network(self) -> None:
        # Optional: without a reachability backend the backoff retries are enough.
        from PySide6.QtNetwork import QNetworkInformation

        self._online = QNetworkInformation.Reachability.Online
        loaded = (QNetworkInformation.loadBackendByFeatures(
            QNetworkInformation.Feature.Reachability) or QNetworkInformation.loadDefaultBackend())
        info = QNetworkInformation.instance() if loaded else None
        if info is None:
            log.info("no network reachability backend: sync relies on its retries")
            return
        self._network = info
        info.reachabilityChanged.connect(self._on_reachability)

    def _on_reachability(self, reachability: object) -> None:
        # On the UI thread, where the network information lives: a bool crosses to the
        # engine more simply than Qt's enum.
        self._network_changed.emit(reachability == self._online)
