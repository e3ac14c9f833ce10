"""Seconds from launching the app to its main window shown, with a million hand-outs on disk.

Baseline: a child Python that shows a bare PySide6 QMainWindow, launched in turn with the
app so both meet the same machine. Both run offscreen. Each time runs from just before
Popen to reading the child's `shown` line; medians are printed.

Contract with the app: with WELLNESS_DESK_QUIT_WHEN_SHOWN=1 it prints `shown` once the
main window is shown (the same steps as the baseline), `loaded` once its first data load
is painted, then exits 0. `startup_ratio` compares `shown`; `first_data_s` is reported too.

    .venv/bin/python bench/startup.py [--runs 7] [--bare-only]
"""

from __future__ import annotations

import argparse
import compileall
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

from wellness_desk.db import connect
from wellness_desk.demo import seed
from wellness_desk.paths import db_path

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


def time_to_marks(
    cmd: list[str], env: dict[str, str], what: str, marks: tuple[str, ...]
) -> dict[str, float]:
    """Seconds from Popen to each of the child's `marks` lines; the child must then exit 0."""
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
    seen: dict[str, float] = {}
    try:
        while len(seen) < len(marks):
            wanted = marks[len(seen)]
            try:
                line = out.get(timeout=max(0.0, deadline - time.perf_counter()))
            except queue.Empty:
                raise ChildFailed(
                    f"{what} printed no '{wanted}' line within {TIMEOUT_S} s"
                    f"{_last_error(err)}; does it honour WELLNESS_DESK_QUIT_WHEN_SHOWN=1 yet?"
                ) from None
            if line is None:
                code = child.wait()
                readers[1].join(timeout=5)
                raise ChildFailed(
                    f"{what} exited with code {code} before printing '{wanted}'"
                    f"{_last_error(err)}"
                )
            if line.strip() == wanted:
                seen[wanted] = time.perf_counter() - began
        try:
            code = child.wait(timeout=max(1.0, deadline - time.perf_counter()))
        except subprocess.TimeoutExpired:
            raise ChildFailed(
                f"{what} printed {', '.join(marks)} but did not exit within {TIMEOUT_S} s"
            ) from None
        if code != 0:
            readers[1].join(timeout=5)
            raise ChildFailed(
                f"{what} printed {', '.join(marks)} but exited with code {code}"
                f"{_last_error(err)}"
            )
        return seen
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

    # PYTHONDONTWRITEBYTECODE (set on some dev boxes) would make the editable checkout
    # recompile every module at each start; an installed app has its bytecode compiled
    # by pip, so compile it here once and let the children use it.
    env = {k: v for k, v in os.environ.items()
           if k not in ("WELLNESS_DESK_DATA", "PYTHONDONTWRITEBYTECODE")}
    env |= {"QT_QPA_PLATFORM": "offscreen", "WELLNESS_DESK_QUIT_WHEN_SHOWN": "1"}
    compileall.compile_dir(REPO / "wellness_desk", quiet=1)
    bare_cmd = [sys.executable, "-c", BARE_QT]

    with scratch_dir() as folder:
        # The app's own "today" is the real one, so the fixture must have been built today.
        copy_fixture(folder, today=True)
        app_cmd = [sys.executable, "-m", "wellness_desk", "--data-dir", str(folder)]
        # The same app on the demo's few hundred hand-outs: the difference is what a
        # million rows cost at start-up.
        demo_dir = folder / "demo"
        demo_db = connect(db_path(demo_dir))
        seed(demo_db)
        demo_db.close()
        demo_cmd = [sys.executable, "-m", "wellness_desk", "--data-dir", str(demo_dir)]
        # The app says `shown` after the same steps as the bare window (show, process
        # events), then `loaded` once the tiles from the database are painted.
        children = {"bare Qt window": (bare_cmd, ("shown",))}
        if not args.bare_only:
            children = {
                "the app": (app_cmd, ("shown", "loaded")),
                "the app on the demo": (demo_cmd, ("shown", "loaded")),
                **children,
            }
        times: dict[str, dict[str, list[float]]] = {
            what: {mark: [] for mark in marks} for what, (_, marks) in children.items()
        }
        try:
            # One untimed run each: compiled bytecode, Qt plugins and the database file
            # in the OS cache, as on a laptop that has run the app before.
            for what, (cmd, marks) in children.items():
                time_to_marks(cmd, env, what, marks)
            for i in range(args.runs):
                # Swap who goes first each round, so neither always follows the other.
                order = list(children.items())
                for what, (cmd, marks) in order if i % 2 == 0 else reversed(order):
                    for mark, seconds in time_to_marks(cmd, env, what, marks).items():
                        times[what][mark].append(seconds)
        except ChildFailed as e:
            raise SystemExit(f"startup: {e}") from None

    print(f"# {HANDOUTS:,} hand-outs; offscreen; median of {args.runs} runs each after 1 warm-up")
    for what, per_mark in times.items():
        for mark, values in per_mark.items():
            print(f"# {what} {mark}: " + " ".join(f"{v:.3f}" for v in values))
    bare_s = statistics.median(times["bare Qt window"]["shown"])
    if not args.bare_only:
        startup_s = statistics.median(times["the app"]["shown"])
        loaded_s = statistics.median(times["the app"]["loaded"])
        demo_loaded_s = statistics.median(times["the app on the demo"]["loaded"])
        print(f"startup_s: {startup_s:.3f}")
        print(f"first_data_s: {loaded_s:.3f}")
        print(f"first_data_demo_s: {demo_loaded_s:.3f}")
        print(f"million_rows_cost_s: {loaded_s - demo_loaded_s:.3f}")
    print(f"bare_qt_s: {bare_s:.3f}")
    if not args.bare_only:
        print(f"startup_ratio: {startup_s / bare_s:.2f}")
        print(f"first_data_ratio: {loaded_s / bare_s:.2f}")
        print(TARGET)
    return 0


if __name__ == "__main__":
    sys.exit(main())
