"""Seconds from launching the bundled app (dist/wellness-desk/) to its main window shown,
against bench/startup.py's baseline: a child Python showing a bare PySide6 QMainWindow,
launched in turn with it in the same run. The app from the source checkout is timed beside
them on the same data, so the bundle's own cost (unpacking nothing, but loading its
libraries from its folder) shows. All offscreen; medians printed.

The same contract as bench/startup.py: with WELLNESS_DESK_QUIT_WHEN_SHOWN=1 the app prints
`shown` once the window is shown, `loaded` once its first data is painted, then exits 0.

    make bundle && .venv/bin/python bench/bundle_startup.py [--runs 7] [--million]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

from _fixture import HANDOUTS, copy_fixture, scratch_dir
from startup import BARE_QT, REPO, ChildFailed, time_to_marks

from wellness_desk.db import connect
from wellness_desk.demo import seed
from wellness_desk.paths import db_path

BUNDLE = REPO / "dist" / "wellness-desk" / (
    "wellness-desk.exe" if sys.platform == "win32" else "wellness-desk")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (7)")
    parser.add_argument("--bundle", type=Path, default=BUNDLE,
                        help="the bundled executable (dist/wellness-desk/wellness-desk)")
    parser.add_argument("--million", action="store_true",
                        help=f"on bench/startup.py's {HANDOUTS:,} hand-outs instead of the demo")
    args = parser.parse_args()
    if not args.bundle.is_file():
        raise SystemExit(f"bundle_startup: {args.bundle} does not exist: run 'make bundle'")

    env = {k: v for k, v in os.environ.items()
           if k not in ("WELLNESS_DESK_DATA", "PYTHONDONTWRITEBYTECODE")}
    env |= {"QT_QPA_PLATFORM": "offscreen", "WELLNESS_DESK_QUIT_WHEN_SHOWN": "1"}
    with scratch_dir() as folder:
        if args.million:
            copy_fixture(folder, today=True)
            what_data = f"{HANDOUTS:,} hand-outs"
        else:
            demo = connect(db_path(folder))
            seed(demo)
            demo.close()
            what_data = "the demo"
        children = {
            "the bundle": ([str(args.bundle), "--data-dir", str(folder)], ("shown", "loaded")),
            "the app from source": ([sys.executable, "-m", "wellness_desk", "--data-dir",
                                     str(folder)], ("shown", "loaded")),
            "bare Qt window": ([sys.executable, "-c", BARE_QT], ("shown",)),
        }
        times = {what: {mark: [] for mark in marks} for what, (_, marks) in children.items()}
        try:
            # One untimed run each: libraries and the database in the OS cache.
            for what, (cmd, marks) in children.items():
                time_to_marks(cmd, env, what, marks)
            for i in range(args.runs):
                order = list(children.items())
                for what, (cmd, marks) in order if i % 2 == 0 else reversed(order):
                    for mark, seconds in time_to_marks(cmd, env, what, marks).items():
                        times[what][mark].append(seconds)
        except ChildFailed as e:
            raise SystemExit(f"bundle_startup: {e}") from None

    print(f"# {what_data}; offscreen; median of {args.runs} runs each after 1 warm-up")
    for what, per_mark in times.items():
        for mark, values in per_mark.items():
            print(f"# {what} {mark}: " + " ".join(f"{v:.3f}" for v in values))
    bundle_s = statistics.median(times["the bundle"]["shown"])
    bundle_loaded_s = statistics.median(times["the bundle"]["loaded"])
    source_s = statistics.median(times["the app from source"]["shown"])
    bare_s = statistics.median(times["bare Qt window"]["shown"])
    print(f"bundle_startup_s: {bundle_s:.3f}")
    print(f"bundle_first_data_s: {bundle_loaded_s:.3f}")
    print(f"source_startup_s: {source_s:.3f}")
    print(f"bare_qt_s: {bare_s:.3f}")
    print(f"bundle_startup_ratio: {bundle_s / bare_s:.2f}")
    print(f"bundle_vs_source_ratio: {bundle_s / source_s:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
