"""Seconds from launching the app to its main window shown, with a million hand-outs on disk.

Baseline: a child Python that shows a bare PySide6 QMainWindow, launched in turn with the
app so both meet the same machine. Both run offscreen. Each time runs from just before
Popen to reading the child's `shown` line; medians are printed.

Contract with the app: with WELLNESS_DESK_QUIT_WHEN_SHOWN=1 it prints `shown` once the
main window is shown and its first data load painted, then exits 0.

    .venv/bin/python bench/startup.py [--runs 7] [--bare-only]
"""

from __future__ import annotations

import argparse
import os
import queue
import statistics
import subprocess
import sys
import threading
import time
from collections import deque
from pathlib import Path
from typing import IO

from _fixture import HANDOUTS, copy_fixture, scratch_dir

REPO = Path(__file__).resolve().parent.parent
TIMEOUT_S = 30
TARGET = "# target: startup_ratio <= 1.5"
BARE_QT = """\
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
app.processEvents()
print("shown", flush=True)
"""


class ChildFailed(Exception):
    pass


def _pump(stream: IO[str], sink: queue.Queue[str | None] | deque[str]) -> None:
    for line in stream:
        if isinstance(sink, deque):
            sink.append(line.rstrip())
        else:
            sink.put(line)
    if isinstance(sink, queue.Queue):
        sink.put(None)


def _last_error(err_lines: deque[str]) -> str:
    lines = [line for line in err_lines if line.strip()]
    return f" (stderr: {lines[-1].strip()})" if lines else ""


def time_to_shown(cmd: list[str], env: dict[str, str], what: str) -> float:
    """Seconds from Popen to the child's `shown` line; the child must then exit 0."""
    began = time.perf_counter()
    child = subprocess.Popen(
        cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=env, cwd=REPO, text=True,
    )
    # Threads rather than select(): pipes cannot be polled on Windows, and a child that
    # fills an undrained stderr pipe would block and look like a slow start.
    out: queue.Queue[str | None] = queue.Queue()
    err: deque[str] = deque(maxlen=20)
    readers = [
        threading.Thread(target=_pump, args=(child.stdout, out), daemon=True),
        threading.Thread(target=_pump, args=(child.stderr, err), daemon=True),
    ]
    for reader in readers:
        reader.start()
    deadline = began + TIMEOUT_S
    try:
        while True:
            try:
                line = out.get(timeout=max(0.0, deadline - time.perf_counter()))
            except queue.Empty:
                raise ChildFailed(
                    f"{what} printed no 'shown' line within {TIMEOUT_S} s"
                    f"{_last_error(err)}; does it honour WELLNESS_DESK_QUIT_WHEN_SHOWN=1 yet?"
                ) from None
            if line is None:
                code = child.wait()
                readers[1].join(timeout=5)
                raise ChildFailed(
                    f"{what} exited with code {code} before printing 'shown'{_last_error(err)}"
                )
            if line.strip() == "shown":
                shown_s = time.perf_counter() - began
                break
        try:
            code = child.wait(timeout=max(1.0, deadline - time.perf_counter()))
        except subprocess.TimeoutExpired:
            raise ChildFailed(
                f"{what} printed 'shown' but did not exit within {TIMEOUT_S} s"
            ) from None
        if code != 0:
            readers[1].join(timeout=5)
            raise ChildFailed(
                f"{what} printed 'shown' but exited with code {code}{_last_error(err)}"
            )
        return shown_s
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (7)")
    parser.add_argument(
        "--bare-only", action="store_true", help="time only the bare Qt window (no app needed)"
    )
    args = parser.parse_args()

    env = {k: v for k, v in os.environ.items() if k != "WELLNESS_DESK_DATA"}
    env |= {"QT_QPA_PLATFORM": "offscreen", "WELLNESS_DESK_QUIT_WHEN_SHOWN": "1"}
    bare_cmd = [sys.executable, "-c", BARE_QT]

    with scratch_dir() as folder:
        # The app's own "today" is the real one, so the fixture must have been built today.
        copy_fixture(folder, today=True)
        app_cmd = [sys.executable, "-m", "wellness_desk", "--data-dir", str(folder)]
        children = {"bare Qt window": bare_cmd}
        if not args.bare_only:
            children = {"the app": app_cmd, **children}
        times: dict[str, list[float]] = {what: [] for what in children}
        try:
            # One untimed run each: compiled bytecode, Qt plugins and the database file
            # in the OS cache, as on a laptop that has run the app before.
            for what, cmd in children.items():
                time_to_shown(cmd, env, what)
            for i in range(args.runs):
                # Swap who goes first each round, so neither always follows the other.
                order = list(children.items())
                for what, cmd in order if i % 2 == 0 else reversed(order):
                    times[what].append(time_to_shown(cmd, env, what))
        except ChildFailed as e:
            raise SystemExit(f"startup: {e}") from None

    bare_s = statistics.median(times["bare Qt window"])
    print(f"# {HANDOUTS:,} hand-outs; offscreen; median of {args.runs} runs each after 1 warm-up")
    for what, values in times.items():
        print(f"# {what}: " + " ".join(f"{v:.3f}" for v in values))
    if not args.bare_only:
        startup_s = statistics.median(times["the app"])
        print(f"startup_s: {startup_s:.3f}")
    print(f"bare_qt_s: {bare_s:.3f}")
    if not args.bare_only:
        print(f"startup_ratio: {startup_s / bare_s:.2f}")
        print(TARGET)
    return 0


if __name__ == "__main__":
    sys.exit(main())
