"""How long the CSV export of the 1,000,000-hand-out database takes, and how much memory.

- `export_s`: `exports.export_csv` of everything (the anonymous counts, every log) into a
  new folder, median of the rounds; `export_mb`: the folder's size.
- Baseline, same run: `raw_csv_s`, the kit log's rows as SQLite gives them written by a
  bare `csv.writer` (no local times, no neutralising, no staging or fsync): the floor of
  writing that file; `export_vs_raw_ratio`.
- `peak_rss_growth_mb`: how much the process grew over the export (the files are streamed:
  a million rows are never all in memory).

    .venv/bin/python bench/export.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import csv
import resource
import shutil
import statistics
import sys
import time

from _fixture import copy_fixture, fixture_now, scratch_dir

from wellness_desk import exports
from wellness_desk.db import connect


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    with scratch_dir() as folder:
        db = connect(copy_fixture(folder))
        now = fixture_now()
        (movements,) = db.execute("SELECT count(*) FROM stock_movement").fetchone()
        before = _rss_mb()
        export_times: list[float] = []
        raw_times: list[float] = []
        for n in range(args.rounds):
            out = folder / f"export-{n}"
            began = time.perf_counter()
            done = exports.export_csv(db, out, now=now)
            export_times.append(time.perf_counter() - began)
            size = sum(p.stat().st_size for p in out.iterdir())
            shutil.rmtree(out)

            began = time.perf_counter()
            with (folder / "raw.csv").open("w", encoding="utf-8", newline="") as f:
                csv.writer(f).writerows(db.execute("SELECT * FROM stock_movement ORDER BY id"))
            raw_times.append(time.perf_counter() - began)
            (folder / "raw.csv").unlink()
        growth = _rss_mb() - before
        db.close()
        if dict(done.files)["kit_movements.csv"] != movements:
            print(f"error: {dict(done.files)['kit_movements.csv']} rows written of "
                  f"{movements}", file=sys.stderr)
            return 1
        export_s, raw_s = statistics.median(export_times), statistics.median(raw_times)
        print(f"movements: {movements}")
        print(f"export_mb: {size / 1e6:.1f}")
        print(f"export_s: {export_s:.2f}")
        print(f"raw_csv_s: {raw_s:.2f}")
        print(f"export_vs_raw_ratio: {export_s / raw_s:.1f}")
        print(f"peak_rss_growth_mb: {growth:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
