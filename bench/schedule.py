"""How fast the workshop program answers, with 2,000 sessions over 5 days in 12 spaces.

The program is built through the app (`schedule.create_workshops`) in a scratch folder under
bench/.data/: each space runs drop-in sessions from the morning into the night, a team of
facilitators per space and day, a few per cent of sessions clashing (double-booked space,
changeover too short, facilitator in two places), a few cancelled, the first two days
counted at the door.

- day_open_ms: `day_timeline` for the middle day (sessions, headcounts, conflict marks).
  Baseline: a bare sqlite3 SELECT of that day's workshop rows through the same index,
  timed in turn with it (`day_open_ratio`).
- conflict_check_ms: `conflicts_for` on one session moved in the editor.
- ics_export_s: `schedule_io.export_ics` of the whole program.
- import_1500_clashing_s: `schedule_io.import_csv` of 1,500 rows that all clash (one space,
  one hour, one facilitator), then the clash marks of the whole program, as the CLI and the
  schedule page do after an import. Baseline: the same 1,500 rows an hour apart (no clash),
  in the same run (`import_1500_clashing_ratio`).

    .venv/bin/python bench/schedule.py [--repeat 50] [--seed 20260704]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from contextlib import closing
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from datetime import time as wall

from _fixture import scratch_dir, timed
from sqlite_utils import Database

from wellness_desk import activations, schedule
from wellness_desk.clock import to_utc_text
from wellness_desk.db import connect
from wellness_desk.paths import DB_FILENAME

TARGETS = ("# targets: day_open_ms <= 50, conflict_check_ms <= 5, ics_export_s <= 1, "
           "import_1500_clashing_s <= 3")
WORKSHOPS = 2000
FIRST_DAY = date(2026, 7, 1)
DAYS = 5
TZ = "Europe/London"
OPENS = wall(8)
SESSION_MIN = 25  # the average of the lengths drawn below
# (name, kind, capacity, changeover minutes)
SPACES = [
    ("Wellness tent A", "tent", 40, 0), ("Wellness tent B", "tent", 40, 0),
    ("Quiet room", "other", 12, 15), ("Main-stage green room", "green_room", 20, 10),
    ("Second-stage green room", "green_room", 15, 10), ("Yoga dome", "tent", 60, 5),
    ("Sound bath yurt", "tent", 25, 10), ("Meadow circle", "other", 80, 0),
    ("Breathwork bell tent", "tent", 30, 5), ("Crew lounge", "other", 25, 0),
    ("Artist village room", "other", 18, 5), ("Family field tent", "tent", 50, 0),
]
FIRST_NAMES = [
    "Ana", "Sam", "Priya", "Lee", "Zoë", "Tomás", "Aisha", "Kenji", "Maya", "Olu", "Freya",
    "Dev", "Ines", "Callum", "Noor", "Rafael", "Siobhán", "Jonas", "Amara", "Theo",
]
LAST_NAMES = [
    "Núñez", "Okafor", "Shah", "Morgan", "Brennan", "Kowalski", "Haddad", "Tanaka", "Silva",
    "Adeyemi", "Lindqvist", "Patel", "Moreau", "Fraser", "Rahman", "Costa", "Ní Bhriain",
]
TITLES = {
    "Breathwork": ["Morning breath", "Box breathing", "Breath for the comedown"],
    "Yoga": ["Gentle yoga", "Yin before the headliners", "Stretch it out"],
    "Meditation": ["Guided meditation", "Ten quiet minutes", "Body scan"],
    "Sound bath": ["Gong bath", "Singing bowls"],
    "Support group": ["Crew check-in", "Touring and family", "Sober at the festival"],
    "Workshop": ["Looking after your ears", "Sleep on tour", "Money worries on the road"],
}
KIND_WEIGHTS = [4, 4, 3, 2, 2, 2]
# Injected clashes, per session: space double-booked, changeover cut short, a facilitator
# borrowed from another space at the same time.
OVERLAP, SHORT_GAP, BORROWED = 0.01, 0.01, 0.01
CANCELLED = 0.02


def _names(rng: random.Random) -> list[str]:
    pool = [f"{f} {s}" for f in FIRST_NAMES for s in LAST_NAMES]
    rng.shuffle(pool)
    return pool


def _shares(total: int, weights: list[float]) -> list[int]:
    """`total` split in proportion to `weights`, largest remainders first."""
    exact = [total * w / sum(weights) for w in weights]
    shares = [int(x) for x in exact]
    by_remainder = sorted(range(len(weights)), key=lambda i: shares[i] - exact[i])
    for i in by_remainder[:total - sum(shares)]:
        shares[i] += 1
    return shares


def _plan(rng: random.Random, spaces: list[activations.Location]) -> list[schedule.Draft]:
    """The drafts of the whole program: per space and day, one session after another."""
    days = [FIRST_DAY + timedelta(days=i) for i in range(DAYS)]
    # A space with a longer changeover fits fewer sessions in its day.
    per_day = _shares(WORKSHOPS, [1] * DAYS)
    per_space = {
        day: dict(zip([s.id for s in spaces], _shares(
            count, [1 / (SESSION_MIN + s.buffer_min + 2) for s in spaces]), strict=True))
        for day, count in zip(days, per_day, strict=True)
    }
    people = _names(rng)
    kinds = list(TITLES)
    drafts: list[schedule.Draft] = []
    for day in days:
        rng.shuffle(people)
        # Three facilitators per space for the day, nobody in two spaces: clashes come only
        # from what is injected below.
        teams = {s.id: people[3 * i:3 * i + 3] for i, s in enumerate(spaces)}
        for space in spaces:
            count = per_space[day][space.id]
            cursor = schedule.local_instant(day, OPENS, TZ)
            team = teams[space.id]
            for i in range(count):
                kind = rng.choices(kinds, KIND_WEIGHTS)[0]
                length = timedelta(minutes=rng.choice((20, 25, 30)))
                start = cursor
                roll = rng.random()
                if i and roll < OVERLAP:
                    start -= timedelta(minutes=10)
                elif i and space.buffer_min and roll < OVERLAP + SHORT_GAP:
                    start -= timedelta(minutes=space.buffer_min // 2 + 1)
                runners = [team[i % 3]]
                if rng.random() < 0.2:
                    runners.append(team[(i + 1) % 3])
                if rng.random() < BORROWED:
                    other = rng.choice([s for s in spaces if s.id != space.id])
                    runners.append(rng.choice(teams[other.id]))
                drafts.append(schedule.Draft(
                    location_id=space.id, title=rng.choice(TITLES[kind]), kind=kind,
                    start=start, end=start + length, facilitators=tuple(runners),
                    capacity=rng.choice((None, None, None, max(1, space.capacity // 2))),
                    description="Drop in; mats and water provided.",
                ))
                gap = space.buffer_min + rng.choice((0, 0, 5))
                cursor = start + length + timedelta(minutes=gap)
    return drafts


def build(db: Database, rng: random.Random) -> tuple[activations.Activation, float]:
    fest = activations.create_activation(
        db, name="Bench Fest", kind="festival", start=FIRST_DAY,
        end=FIRST_DAY + timedelta(days=DAYS - 1), tz=TZ,
    )
    spaces = [
        activations.add_location(db, activation_id=fest.id, name=name, kind=kind,
                                 capacity=capacity, buffer_min=buffer)
        for name, kind, capacity, buffer in SPACES
    ]
    drafts = _plan(rng, spaces)
    began = time.perf_counter()
    saved = schedule.create_workshops(db, drafts)
    create_s = time.perf_counter() - began
    taps = []
    for w in saved:
        if rng.random() < CANCELLED:
            schedule.set_status(db, w.id, "cancelled")
        elif w.local_start.date() < FIRST_DAY + timedelta(days=2):
            # Counted at the door, as the app stores it: one row per tap.
            heads = rng.randint(0, w.capacity or 30)
            at = to_utc_text(w.start)
            taps += [(w.id, "headcount", 1, at)] * heads
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO door_tap (workshop_id, counter, delta, at_utc) VALUES (?, ?, ?, ?)",
            taps,
        )
    return fest, create_s


def time_day_open(db: Database, raw: sqlite3.Connection, activation_id: int, day: date,
                  count: int) -> tuple[list[float], list[float], int]:
    """`day_timeline` and the bare SELECT of the day's rows, in turn so noise hits both."""
    start, end = (datetime.combine(d, wall(0), activations.get_activation(db, activation_id)
                                   .zone).astimezone(UTC) for d in (day, day + timedelta(1)))
    params = (activation_id, to_utc_text(end), to_utc_text(start))
    sql = "SELECT * FROM workshop WHERE activation_id = ? AND start_utc < ? AND end_utc > ?"
    rows = len(raw.execute(sql, params).fetchall())

    def app() -> None:
        schedule.day_timeline(db, activation_id, day)

    def bare() -> None:
        raw.execute(sql, params).fetchall()

    for _ in range(5):
        app()
        bare()
    apps, bares = [], []
    for i in range(count):
        for fn, sink in ((app, apps), (bare, bares))[:: 1 if i % 2 == 0 else -1]:
            began = time.perf_counter()
            fn()
            sink.append(time.perf_counter() - began)
    return apps, bares, rows


def edited_draft(db: Database, activation_id: int, day: date) -> tuple[schedule.Draft, int]:
    """A mid-afternoon session of the busiest space, moved 10 minutes later in the editor."""
    afternoon = schedule.local_instant(day, wall(15), TZ)
    session = next(
        w for w in schedule.list_workshops(db, activation_id, day=day, include_cancelled=False)
        if w.start >= afternoon
    )
    later = timedelta(minutes=10)
    return replace(session.draft(), start=session.start + later, end=session.end + later), \
        session.id


def time_import(folder, *, clashing: bool) -> float:
    """Import 1,500 rows into a fresh database and mark the program's clashes."""
    from wellness_desk.schedule_io import import_csv

    name = "clashing" if clashing else "apart"
    with closing(connect(folder / f"{name}.db")) as db:
        fest = activations.create_activation(
            db, name="Import Fest", kind="festival", start=date(2026, 7, 1),
            end=date(2026, 8, 30), tz=TZ)
        activations.add_location(db, activation_id=fest.id, name="Tent")
        rows = ["title,kind,space,date,start,end,facilitators"]
        for i in range(1500):
            day = date(2026, 7, 1) + timedelta(days=0 if clashing else i // 48)
            at = 600 if clashing else (i % 48) * 30
            start, end = (f"{m // 60:02d}:{m % 60:02d}" for m in (at, at + 25))
            rows.append(f"Session {i},Yoga,Tent,{day},{start},{end},Ana")
        path = folder / f"{name}.csv"
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")
        began = time.perf_counter()
        import_csv(db, fest.id, path)
        marks = schedule.program_conflicts(
            schedule.list_workshops(db, fest.id),
            {s.id: s for s in activations.list_locations(db, fest.id)}, fest)
        took = time.perf_counter() - began
    assert bool(marks) == clashing
    return took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=50, help="timed runs per figure (50)")
    parser.add_argument("--seed", type=int, default=20260704)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    with scratch_dir() as folder, closing(connect(folder / DB_FILENAME)) as db:
        fest, create_s = build(db, rng)
        everything = schedule.list_workshops(db, fest.id)
        spaces = {s.id: s for s in activations.list_locations(db, fest.id)}
        clashing = schedule.program_conflicts(everything, spaces, fest)
        cancelled = sum(w.status == "cancelled" for w in everything)
        taps = db.execute("SELECT count(*) FROM door_tap").fetchone()[0]
        day = FIRST_DAY + timedelta(days=DAYS // 2)

        with closing(sqlite3.connect(folder / DB_FILENAME)) as raw:
            day_times, raw_times, day_rows = time_day_open(db, raw, fest.id, day, args.repeat)
        draft, session_id = edited_draft(db, fest.id, day)
        check_times = timed(
            lambda: schedule.conflicts_for(db, draft, workshop_id=session_id), args.repeat * 4
        )
        try:
            from wellness_desk.schedule_io import export_ics
        except ImportError:
            export_ics = None
        if export_ics is not None:
            ics = export_ics(db, fest.id)
            ics_times = timed(lambda: export_ics(db, fest.id), 5, warmup=1)

    print(f"# {len(everything):,} workshops over {DAYS} days in {len(spaces)} spaces; "
          f"{len(clashing)} with a conflict mark ({len(clashing) / len(everything):.1%}); "
          f"{cancelled} cancelled; {taps:,} door taps")
    print(f"# day {day}: {day_rows} rows in the bare SELECT; {args.repeat} timed runs each")
    print(f"create_s: {create_s:.3f}")
    day_ms, raw_ms = statistics.median(day_times) * 1000, statistics.median(raw_times) * 1000
    print(f"day_open_ms: {day_ms:.3f}")
    print(f"day_raw_ms: {raw_ms:.3f}")
    print(f"day_open_ratio: {day_ms / raw_ms:.1f}")
    print(f"conflict_check_ms: {statistics.median(check_times) * 1000:.3f}")
    if export_ics is not None:
        print(f"ics_export_s: {statistics.median(ics_times):.3f}")
        print(f"# ics: {len(ics) / 1e6:.2f} MB")
    else:
        print("# ics_export_s: not available yet (wellness_desk.schedule_io.export_ics)")
    with scratch_dir() as folder:
        apart_s = time_import(folder, clashing=False)
        clashing_s = time_import(folder, clashing=True)
    print(f"import_1500_apart_s: {apart_s:.3f}")
    print(f"import_1500_clashing_s: {clashing_s:.3f}")
    print(f"import_1500_clashing_ratio: {clashing_s / apart_s:.1f}")
    print(TARGETS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
