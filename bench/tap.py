"""How long one tap takes to be durably counted, on a database holding a million hand-outs.

Baseline: a bare sqlite3 INSERT + COMMIT of a row of the same shape, in a file in the same
folder with the same pragmas, timed in turn with the taps so disk noise hits both.
Also times the queries behind the tiles (today's counts, stock) on the same database.

    .venv/bin/python bench/tap.py [--taps 2000] [--warmup 50] [--queries 200]
"""

from __future__ import annotations

import argparse
import math
import re
import sqlite3
import statistics
import sys
import time
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

from _fixture import copy_fixture, fixture_now, scratch_dir, timed
from sqlite_utils import Database

from wellness_desk import activations, kits
from wellness_desk.clock import quarter_of, to_utc_text
from wellness_desk.db import connect

TARGETS = "# targets: tap_p99_ms <= 5, tap_ratio <= 3, today_query_ms <= 20"
# The pragmas db.connect sets; read back from the app's connection so the baseline
# follows db.py if it changes.
PRAGMAS = ("busy_timeout", "journal_mode", "synchronous", "foreign_keys")
RAW_INSERT = (
    "INSERT INTO raw_movement (kit_type_id, location_id, kind, stock_delta, handed_out,"
    " role, reason, undoes_id, at_utc, quarter) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile: a value that was actually measured."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.3f}"


def raw_table_sql(app_db: Database) -> str:
    """stock_movement's columns and checks, without its indexes, triggers and foreign keys:
    the floor that any hand-out, however written, pays to be durable. Read from the app's
    schema, so the baseline follows migrations."""
    sql = app_db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'stock_movement'"
    ).fetchone()[0]
    sql = re.sub(r"\s+REFERENCES \w+\(\w+\)", "", sql)
    return sql.replace("CREATE TABLE stock_movement", "CREATE TABLE raw_movement", 1)


def open_raw(path: Path, app_db: Database) -> tuple[sqlite3.Connection, str]:
    conn = sqlite3.connect(path)
    settings = []
    for name in PRAGMAS:
        value = app_db.execute(f"PRAGMA {name}").fetchone()[0]
        conn.execute(f"PRAGMA {name}={value}")
        settings.append(f"{name}={value}")
    conn.execute(raw_table_sql(app_db))
    conn.commit()
    return conn, " ".join(settings)


def timed_tap(db: Database, kit_id: int, location_id: int, now: datetime) -> float:
    began = time.perf_counter()
    kits.hand_out(db, kit_type_id=kit_id, location_id=location_id, now=now)
    return time.perf_counter() - began


def timed_raw(raw: sqlite3.Connection, params: tuple) -> float:
    began = time.perf_counter()
    raw.execute(RAW_INSERT, params)
    raw.commit()
    return time.perf_counter() - began


def time_taps(
    db: Database, raw: sqlite3.Connection, *, kit_ids: list[int], location_id: int,
    start: datetime, count: int, warmup: int,
) -> tuple[list[float], list[float]]:
    taps: list[float] = []
    raws: list[float] = []
    for i in range(warmup + count):
        kit_id = kit_ids[i % len(kit_ids)]
        now = start + timedelta(milliseconds=500 * i)
        params = (kit_id, location_id, "handed_out", -1, 1, kits.UNSPECIFIED, None, None,
                  to_utc_text(now), quarter_of(now))
        # Swap who goes first each round, so neither always follows the other's fsync.
        if i % 2 == 0:
            tap = timed_tap(db, kit_id, location_id, now)
            raw_s = timed_raw(raw, params)
        else:
            raw_s = timed_raw(raw, params)
            tap = timed_tap(db, kit_id, location_id, now)
        if i >= warmup:
            taps.append(tap)
            raws.append(raw_s)
    return taps, raws


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--taps", type=int, default=2000, help="timed taps (2000)")
    parser.add_argument("--warmup", type=int, default=50, help="untimed taps first (50)")
    parser.add_argument("--queries", type=int, default=200, help="timed queries (200)")
    args = parser.parse_args()

    with scratch_dir() as folder, closing(connect(copy_fixture(folder))) as db:
        now = fixture_now()
        activation = activations.current_activation(db)
        if activation is None:
            raise SystemExit("tap: the fixture holds no activation; rebuild it with --force")
        tent = activations.list_locations(db, activation.id)[0]
        kit_ids = [k.id for k in kits.list_kit_types(db)]
        handouts = db.execute("SELECT count(*) FROM stock_movement").fetchone()[0]

        today_times = timed(
            lambda: kits.today_counts(db, location_id=tent.id, now=now), args.queries
        )
        tiles_times = timed(lambda: kits.tiles(db, location_id=tent.id, now=now), args.queries)
        raw, settings = open_raw(folder / "raw.sqlite3", db)
        with closing(raw):
            taps, raws = time_taps(
                db, raw, kit_ids=kit_ids, location_id=tent.id, start=now,
                count=args.taps, warmup=args.warmup,
            )

    tap_p50 = statistics.median(taps)
    raw_p50 = statistics.median(raws)
    print(f"# {handouts:,} movements; {args.taps} taps after {args.warmup} warm-up; {settings}")
    print(f"tap_p50_ms: {ms(tap_p50)}")
    print(f"tap_p99_ms: {ms(percentile(taps, 99))}")
    print(f"raw_p50_ms: {ms(raw_p50)}")
    print(f"raw_p99_ms: {ms(percentile(raws, 99))}")
    print(f"tap_ratio: {tap_p50 / raw_p50:.2f}")
    print(f"today_query_ms: {ms(statistics.median(today_times))}")
    print(f"tiles_ms: {ms(statistics.median(tiles_times))}")
    print(TARGETS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
