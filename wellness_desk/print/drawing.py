"""The drawing process: long drawings run in a Python process of their own.

A drawing (reportlab, pure Python) holds the interpreter's lock of the process it runs in:
on a thread of the app, a tap made meanwhile waited 3-10 times its usual time, however
often the lock was handed over (bench/tap.py). In a process of its own it takes none of it.

What is sent here is a module-level function of the core and arguments that pickle (the
plans are dataclasses); what comes back is its result, or the WellnessError it raised,
whole, as its own type with its attributes (`WellnessError.__reduce__`).

The process is spawned, never forked (a fork would copy a process whose Qt threads hold
locks), and imports only the core modules its jobs name: never Qt.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from ..errors import WellnessError
from ..messages import msg
from .fonts import register_fonts

T = TypeVar("T")

# Measured on two busy cores (bench: a read through the runner every 10 ms while 5,000
# unique cards are saved): p99 1.4-4.2 ms at the same priority, 0.4-2.3 ms at 10.
NICENESS = 10


STOPPED = msg("The drawing process stopped before it finished (the computer may be short of "
              "memory): nothing was saved. Try again.")


class Unforeseen(Exception):
    """A drawing failed in a way no rule of the core foresaw (a bug). It carries the
    exception's type and where it was raised, never its message: that could quote a
    person's name (the day sheet's plan holds the clients' names)."""

    def __init__(self, kind: str, place: str) -> None:
        super().__init__(kind, place)
        self.kind = kind
        self.place = place


def _in_the_background() -> None:
    """The drawing process's start: it yields the processor to the app (a laptop has two
    cores, and the tap waiting for one must not queue behind a drawing)."""
    if hasattr(os, "nice"):  # not on Windows
        os.nice(NICENESS)


def _call(fn: Callable[..., T], args: tuple[Any, ...]) -> T:
    """Run in the drawing process. It logs nothing and lets nothing of the arguments out
    but the result: a refusal crosses as itself (its words are for the person), anything
    else as its type and place only."""
    try:
        return fn(*args)
    except WellnessError:
        raise
    except Exception as e:
        raise Unforeseen(type(e).__name__, "".join(traceback.format_tb(e.__traceback__))
                         ) from None


class DrawingProcess:
    """One process that draws, one job at a time, started on first use. `run` waits for a
    job's answer on the calling thread (not holding the interpreter's lock meanwhile)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None

    def warm(self) -> None:
        """Start the process now and load the fonts in it (about half a second), so the
        first print does not wait for them. Returns at once."""
        self._submit(register_fonts, ())

    def run(self, fn: Callable[..., T], /, *args: Any) -> T:
        """`fn(*args)` in the drawing process. A process that died under it (killed, out of
        memory) is a WellnessError, and the next job starts a new one."""
        pool, future = self._submit(fn, args)
        try:
            return future.result()
        except BrokenProcessPool:
            with self._lock:
                if self._pool is pool:
                    self._pool = None
            pool.shutdown(wait=False)
            raise WellnessError(STOPPED) from None
        except WellnessError as e:
            # The child's traceback rides along as text, message included: never shown.
            e.__cause__ = None
            raise

    def close(self) -> None:
        """Let the job under way finish, then end the process."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def _submit(self, fn: Callable[..., T], args: tuple[Any, ...]
                ) -> tuple[ProcessPoolExecutor, Future[T]]:
        with self._lock:
            if self._pool is not None:
                try:
                    return self._pool, self._pool.submit(_call, fn, args)
                except BrokenProcessPool:
                    self._pool.shutdown(wait=False)  # it died between two jobs
            self._pool = ProcessPoolExecutor(max_workers=1,
                                             mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_in_the_background)
            return self._pool, self._pool.submit(_call, fn, args)
