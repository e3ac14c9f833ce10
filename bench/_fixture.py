"""The benchmarks' database: one London festival, five kit types, a million hand-outs.

Built once and cached under bench/.data/ (git-ignored). It is rebuilt when missing, when
the code's migrations differ from the ones it was built with, or when this file changes
what it builds (FIXTURE_VERSION). A bench that writes works on a copy, never on the cache.

Run it directly to (re)build: `.venv/bin/python bench/_fixture.py [--force]`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from datetime import time as wall_time
from pathlib import Path

from sqlite_utils import Database

from wellness_desk import activations, kits
from wellness_desk.clock import quarter_of, to_utc_text, utcnow, zone
from wellness_desk.db import connect, memory_db
from wellness_desk.migrations import migrations
from wellness_desk.paths import DB_FILENAME

DATA_DIR = Path(__file__).resolve().parent / ".data"
FIXTURE = DATA_DIR / "handouts-1m.sqlite3"
MARKER = DATA_DIR / "handouts-1m.json"
# Bump when what `_build` writes changes, so cached copies of the old data are rebuilt.
FIXTURE_VERSION = 1

HANDOUTS = 1_000_000
TODAY_HANDOUTS = 4_000
PAST_DAYS = 200
TZ = "Europe/London"
SEED = 20260704
KITS = [
    ("Earplugs", 25), ("Hydration pack", 15), ("Sleep kit", 8),
    ("Fidget kit", 8), ("Self-care kit", 10),
]
KIT_WEIGHTS = [10, 6, 2, 3, 4]
LOCATIONS = [("Wellness tent", "tent"), ("Main-stage green room", "green_room")]
LOCATION_WEIGHTS = [3, 1]
ROLES = (kits.UNSPECIFIED, *kits.ROLES)
# Most taps are made in a rush without picking a role.
ROLE_WEIGHTS = [8, 2, 4, 2, 1, 1]
# The tent's opening hours. "Today" is a whole day up to closing time, whatever the hour
# the bench runs at, so today's queries always see a full day's rows.
OPENS = wall_time(10)
OPEN_S = 12 * 3600
# Hand-outs peak in the evening, as the headliners come on.
PEAK_S = 8 * 3600
# Receipts leave this much on hand above what was handed out: enough that a bench's few
# thousand extra taps do not push the tiles below zero.
MARGIN = (600, 900)

_INSERT = (
    "INSERT INTO stock_movement (kit_type_id, location_id, kind, stock_delta, handed_out,"
    " role, at_utc, quarter) VALUES (?, ?, 'handed_out', -1, 1, ?, ?, ?)"
)


def _say(message: str) -> None:
    print(f"fixture: {message}", file=sys.stderr, flush=True)


def _schema() -> list[str]:
    """The migration names the current code applies to a new database."""
    db = memory_db()
    try:
        return [m.name for m in migrations.applied(db)]
    finally:
        db.close()


def _local_today() -> date:
    return utcnow().astimezone(zone(TZ)).date()


def _read_marker() -> dict | None:
    try:
        return json.loads(MARKER.read_text())
    except (OSError, ValueError):
        return None


def _stale_because(marker: dict | None, *, today: bool) -> str | None:
    if marker is None or not FIXTURE.exists():
        return "not built yet"
    wal = FIXTURE.with_name(FIXTURE.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        # Copies take the main file only, so they would miss what this log holds.
        return "something wrote to the cached file"
    if marker.get("version") != FIXTURE_VERSION:
        return "the fixture's contents changed"
    if marker.get("migrations") != _schema():
        return "the schema changed"
    if today and marker.get("local_day") != _local_today().isoformat():
        return f"it was built for {marker.get('local_day')}, not today"
    return None


def fixture_db_path(*, today: bool = False, force: bool = False) -> Path:
    """The cached 1M-hand-out database, built first if needed. Open copies, not this file.

    `today=True` rebuilds a fixture made on another day in London: for benches that run
    the app, which counts "today" by the real clock rather than `fixture_now()`.
    """
    reason = "asked to" if force else _stale_because(_read_marker(), today=today)
    if reason:
        _say(f"building {FIXTURE.name} ({reason})")
        _build()
    return FIXTURE


def fixture_now() -> datetime:
    """Closing time of the fixture's "today": pass it as `now` for a full day of rows."""
    marker = _read_marker()
    if marker is None:
        raise RuntimeError("fixture_now() before fixture_db_path(): the fixture is not built")
    return datetime.fromisoformat(marker["as_of"])


@contextlib.contextmanager
def scratch_dir() -> Iterator[Path]:
    """A temporary folder next to the fixture, removed afterwards.

    Not the system temp folder: /tmp is tmpfs on some Linux systems, where fsync costs
    nothing and a durable-commit timing would be a fiction.
    """
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="run-", dir=DATA_DIR) as folder:
        yield Path(folder)


def copy_fixture(dest_dir: Path, *, today: bool = False) -> Path:
    """A private copy of the fixture at `dest_dir`/wellness-desk.sqlite3, the app's file name."""
    source = fixture_db_path(today=today)
    dest = dest_dir / DB_FILENAME
    shutil.copyfile(source, dest)
    return dest


# -- building ----------------------------------------------------------------------------


def _day_counts(rng: random.Random) -> list[int]:
    """Hand-outs per past day, oldest first: busy and quiet days, HANDOUTS in all."""
    rest = HANDOUTS - TODAY_HANDOUTS
    weights = [rng.uniform(0.4, 1.6) for _ in range(PAST_DAYS)]
    total = sum(weights)
    counts = [int(rest * w / total) for w in weights]
    counts[-1] += rest - sum(counts)
    return counts


def _instants(rng: random.Random, day: date, count: int, tz_name: str) -> list[datetime]:
    """`count` sorted instants in the opening hours of a local day."""
    opens = datetime.combine(day, OPENS, zone(tz_name)).astimezone(UTC)
    offsets = sorted(rng.triangular(0, OPEN_S, PEAK_S) for _ in range(count))
    return [opens + timedelta(seconds=s) for s in offsets]


def _rows(
    instants: list[datetime], kit_ids: list[int], location_ids: list[int], roles: list[str]
) -> Iterator[tuple[int, int, str, str, int]]:
    started = time.perf_counter()
    for i, at in enumerate(instants):
        if i and i % 100_000 == 0:
            _say(f"{i:>9,} rows ({time.perf_counter() - started:.1f} s)")
        yield kit_ids[i], location_ids[i], roles[i], to_utc_text(at), quarter_of(at)


def _check_totals(db: Database, today_rows: int, as_of: datetime, location_ids: list[int]) -> None:
    handed = db.execute(
        "SELECT count(*), sum(handed_out) FROM stock_movement WHERE kind = 'handed_out'"
    ).fetchone()
    tallied = db.execute("SELECT sum(count) FROM handout_tally").fetchone()[0]
    if handed[0] != HANDOUTS or handed[1] != HANDOUTS or tallied != HANDOUTS:
        raise RuntimeError(
            f"fixture totals are off: {handed[0]} hand-out rows, {handed[1]} kits, "
            f"{tallied} in handout_tally; expected {HANDOUTS}"
        )
    wrong = db.execute(
        "SELECT count(*) FROM (SELECT kit_type_id, location_id, sum(stock_delta) AS total"
        " FROM stock_movement GROUP BY 1, 2) m"
        " LEFT JOIN stock s USING (kit_type_id, location_id)"
        " WHERE s.on_hand IS NOT m.total OR s.on_hand <= 0"
    ).fetchone()[0]
    if wrong:
        raise RuntimeError(f"fixture stock is off or not positive for {wrong} kit/location pairs")
    today = sum(
        sum(kits.today_counts(db, location_id=loc, now=as_of).values()) for loc in location_ids
    )
    if today != today_rows:
        raise RuntimeError(f"fixture today holds {today} hand-outs, expected {today_rows}")


def _build() -> None:
    started = time.perf_counter()
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    # No marker while building: an interrupted build is rebuilt next time.
    MARKER.unlink(missing_ok=True)
    building = DATA_DIR / f"{FIXTURE.name}.building"
    for leftover in DATA_DIR.glob(f"{building.name}*"):
        leftover.unlink()

    rng = random.Random(SEED)
    today = _local_today()
    as_of = datetime.combine(today, OPENS, zone(TZ)).astimezone(UTC) + timedelta(seconds=OPEN_S)
    db = connect(building)
    # Only this connection, only for the build: a crash just means building again.
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA cache_size=-262144")

    first_day = today - timedelta(days=PAST_DAYS)
    festival = activations.create_activation(
        db, name="Bench Fest", kind="festival", start=first_day,
        end=today + timedelta(days=1), tz=TZ, now=as_of - timedelta(days=PAST_DAYS + 30),
    )
    location_ids = [
        activations.add_location(db, activation_id=festival.id, name=name, kind=kind).id
        for name, kind in LOCATIONS
    ]
    kit_ids = [kits.add_kit_type(db, name=name, low_stock=low).id for name, low in KITS]

    _say("drawing times, kits, locations and roles")
    day_counts = [*_day_counts(rng), TODAY_HANDOUTS]
    instants: list[datetime] = []
    for offset, count in enumerate(day_counts):
        instants += _instants(rng, first_day + timedelta(days=offset), count, TZ)
    row_kits = rng.choices(kit_ids, KIT_WEIGHTS, k=HANDOUTS)
    row_locations = rng.choices(location_ids, LOCATION_WEIGHTS, k=HANDOUTS)
    row_roles = rng.choices(ROLES, ROLE_WEIGHTS, k=HANDOUTS)

    # Deliveries before the first day, in boxes no bigger than the app accepts at once.
    delivered_at = instants[0] - timedelta(days=1)
    handed_per_pair = Counter(zip(row_kits, row_locations, strict=True))
    for (kit_id, location_id), handed in sorted(handed_per_pair.items()):
        due = handed + rng.randint(*MARGIN)
        while due > 0:
            box = min(due, kits.MAX_COUNT)
            kits.receive_stock(
                db, kit_type_id=kit_id, location_id=location_id, count=box, now=delivered_at
            )
            due -= box

    _say(f"inserting {HANDOUTS:,} hand-outs in one transaction")
    # One transaction through the real trigger, so stock and handout_tally are the app's own.
    with db.atomic():
        db.conn.executemany(_INSERT, _rows(instants, row_kits, row_locations, row_roles))
    _check_totals(db, TODAY_HANDOUTS, as_of, location_ids)

    applied = [m.name for m in migrations.applied(db)]
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    # A log left by an older fixture would be replayed onto the new file.
    for suffix in ("-wal", "-shm"):
        FIXTURE.with_name(FIXTURE.name + suffix).unlink(missing_ok=True)
    os.replace(building, FIXTURE)
    marker = {
        "version": FIXTURE_VERSION,
        "migrations": applied,
        "handouts": HANDOUTS,
        "today_handouts": TODAY_HANDOUTS,
        "local_day": today.isoformat(),
        "as_of": as_of.isoformat(),
        "built_in_s": round(time.perf_counter() - started, 1),
    }
    pending = MARKER.with_suffix(".json.tmp")
    pending.write_text(json.dumps(marker, indent=2) + "\n")
    os.replace(pending, MARKER)
    size_mb = FIXTURE.stat().st_size / 1e6
    _say(f"built {FIXTURE} ({size_mb:.0f} MB) in {marker['built_in_s']} s")


def main() -> int:
    parser = argparse.ArgumentParser(description="Build the benchmarks' 1M-hand-out database.")
    parser.add_argument("--force", action="store_true", help="rebuild even if up to date")
    args = parser.parse_args()
    print(fixture_db_path(force=args.force))
    return 0


if __name__ == "__main__":
    sys.exit(main())


def timed(fn: Callable[[], object], count: int, warmup: int = 10) -> list[float]:
    """Seconds per call of `fn`, `count` times after `warmup` untimed calls."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(count):
        began = time.perf_counter()
        fn()
        times.append(time.perf_counter() - began)
    return times
