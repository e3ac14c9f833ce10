"""What the start-up quick check costs on the million-hand-out database.

`quick_check_s`: `db.quick_check` (PRAGMA quick_check on a read-only connection), as the
database worker runs it before its first write. Baselines in the same run, on the same copy:
reading the file's bytes (`read_file_s`, the floor of any check that reads every page) and
the full `PRAGMA integrity_check` (`integrity_check_s`, which also compares every index with
its table). `open_s` is `db.connect` on a file already checked (the app's other threads).
Medians of --runs, warm file cache (a cold start adds the disk's read of the whole file).

    .venv/bin/python bench/integrity.py [--runs 5]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time
from collections.abc import Callable

from _fixture import copy_fixture, scratch_dir

from wellness_desk import db as db_module
from wellness_desk.db import connect

TARGET = "# the check runs on the database worker, after the window is shown: it adds to " \
         "first_data_s (bench/startup.py), not to startup_s"


def _median(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each (5)")
    args = parser.parse_args()
    with scratch_dir() as folder:
        path = copy_fixture(folder)
        connect(path).close()  # WAL set up as the app leaves it
        size = path.stat().st_size

        def read_file() -> None:
            with path.open("rb") as f:
                while f.read(1 << 20):
                    pass

        def quick() -> None:
            db_module._sound.clear()
            db_module.quick_check(path)

        def integrity() -> None:
            conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
            try:
                assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            finally:
                conn.close()

        def reopen() -> None:
            connect(path).close()

        read_file()  # the file in the cache, as for every figure below
        read_s = _median(read_file, args.runs)
        quick_s = _median(quick, args.runs)
        integrity_s = _median(integrity, args.runs)
        quick()
        open_s = _median(reopen, args.runs)
    print(f"database_mb: {size / 1e6:.1f}")
    print(f"quick_check_s: {quick_s:.3f}")
    print(f"integrity_check_s: {integrity_s:.3f}")
    print(f"read_file_s: {read_s:.3f}")
    print(f"open_checked_s: {open_s:.4f}")
    print(f"quick_check_ratio: {quick_s / read_s:.2f}")
    print(f"integrity_check_ratio: {integrity_s / read_s:.2f}")
    print(TARGET)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
