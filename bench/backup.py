"""How long a backup of the 1,000,000-hand-out database takes, and a restore of it.

The database is a private copy of the shared bench fixture, opened as the app opens it (WAL
mode), with 200 taps still in the log and the connection left open, as at a tent where the
app runs while the backup is made.

- `backup_s`: `backups.make_backup` (SQLite's backup API into a temporary file, out of WAL
  mode, integrity check, fsync, rename, rotation), median of the rounds. Target (issue 13):
  <= 5.
- Baseline, same run, interleaved with the backups so disk noise hits both: `copy_s`, a plain
  copy of the same database file and its log (`shutil.copyfile` + fsync), which is no backup
  of a live WAL database but is the floor of writing that many bytes; `backup_vs_copy_ratio`.
- `integrity_check_s`: the check alone on one backup (its share of `backup_s`).
- `restore_s`: `backups.restore` of that backup (integrity check, byte copy, quick check,
  set aside, rename).

    .venv/bin/python bench/backup.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

from _fixture import copy_fixture, fixture_now, scratch_dir

from wellness_desk import backups, kits
from wellness_desk.db import connect

TAPS_IN_LOG = 200


def _copy(db_path: Path, dest: Path) -> None:
    for suffix in ("", "-wal"):
        source = Path(f"{db_path}{suffix}")
        if source.exists():
            target = Path(f"{dest}{suffix}")
            shutil.copyfile(source, target)
            fd = os.open(target, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    with scratch_dir() as folder:
        db_path = copy_fixture(folder)
        now = fixture_now()
        db = connect(db_path)
        kit, location = db.execute(
            "SELECT kit_type_id, location_id FROM stock LIMIT 1").fetchone()
        for _ in range(TAPS_IN_LOG):
            kits.hand_out(db, kit_type_id=kit, location_id=location, now=now)
        wal = Path(f"{db_path}-wal")
        print(f"database_mb: {db_path.stat().st_size / 1e6:.1f}")
        print(f"wal_kb: {wal.stat().st_size / 1e3:.0f}")

        backup_times: list[float] = []
        copy_times: list[float] = []
        made: list[backups.Backup] = []
        for n in range(args.rounds):
            began = time.perf_counter()
            made.append(backups.make_backup(db_path, now=now + timedelta(seconds=n)))
            backup_times.append(time.perf_counter() - began)
            began = time.perf_counter()
            _copy(db_path, folder / f"plain-copy-{n}.sqlite3")
            copy_times.append(time.perf_counter() - began)
            os.remove(folder / f"plain-copy-{n}.sqlite3")
            with_wal = folder / f"plain-copy-{n}.sqlite3-wal"
            if with_wal.exists():
                os.remove(with_wal)
        handed_out = db.execute("SELECT count(*) FROM stock_movement WHERE kind = 'handed_out'"
                                ).fetchone()[0]
        db.close()

        last = made[-1]
        with sqlite3.connect(last.path) as conn:
            in_backup = conn.execute(
                "SELECT count(*) FROM stock_movement WHERE kind = 'handed_out'").fetchone()[0]
        if in_backup != handed_out:
            print(f"error: the backup holds {in_backup} hand-out rows, the database "
                  f"{handed_out}", file=sys.stderr)
            return 1
        began = time.perf_counter()
        with sqlite3.connect(last.path) as conn:
            conn.execute(f"PRAGMA cache_size=-{backups._CACHE_KIB}")  # as make_backup checks
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        check_s = time.perf_counter() - began
        assert verdict == "ok", verdict

        began = time.perf_counter()
        backups.restore(db_path, last.path, now=now + timedelta(hours=1))
        restore_s = time.perf_counter() - began

        backup_s = statistics.median(backup_times)
        copy_s = statistics.median(copy_times)
        print(f"handouts: {handed_out}")
        print(f"backup_mb: {last.size_bytes / 1e6:.1f}")
        print(f"backup_s: {backup_s:.2f}")
        print(f"copy_s: {copy_s:.2f}")
        print(f"backup_vs_copy_ratio: {backup_s / copy_s:.1f}")
        print(f"integrity_check_s: {check_s:.2f}")
        print(f"restore_s: {restore_s:.2f}")
        print(f"backup_target_met: {backup_s <= 5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
