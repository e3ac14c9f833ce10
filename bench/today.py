"""How long the Today dashboard's read holds the database worker, after every tap.

On the benches' database (a million hand-outs, 4,000 of them today), against the kit
counter's own read (`counter_view`), which every change already pays for: the dashboard
reads once per change while it is on screen, between two taps on the same worker.

`today_view_ms` (median) and `today_view_p95_ms`, `today_over_counter_ratio` against
`counter_view_ms`, timed in turn in the same run.

    .venv/bin/python bench/today.py [--reads 40]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from _fixture import fixture_db_path, fixture_now

from wellness_desk.db import connect
from wellness_desk.views import counter_view, today_view


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reads", type=int, default=40)
    args = parser.parse_args()
    path = fixture_db_path()
    now = fixture_now()
    db = connect(path)
    counter: list[float] = []
    today: list[float] = []
    view = today_view(db, now=now)  # warm: imports and the page cache
    counter_view(db, now=now)
    for _ in range(args.reads):
        for times, read in ((counter, lambda: counter_view(db, now=now)),
                            (today, lambda: today_view(db, now=now))):
            began = time.perf_counter()
            read()
            times.append(time.perf_counter() - began)
    db.close()
    counter_ms = statistics.median(counter) * 1000
    today_ms = statistics.median(today) * 1000
    print(f"charts: {len(view.charts)}")
    print(f"kits_today: {view.kits_today}")
    print(f"counter_view_ms: {counter_ms:.1f}")
    print(f"today_view_ms: {today_ms:.1f}")
    print(f"today_view_p95_ms: {statistics.quantiles(today, n=20)[-1] * 1000:.1f}")
    print(f"today_over_counter_ratio: {today_ms / counter_ms:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
