"""What the activation report PDF costs for a 4-day festival with 100,000 hand-outs.

`report_s`: `report_pdf.report_pdf` whole (read the report, draw it, save it, keep its
figures), as the CLI and the Report dialog run it (the dialog reads on the database worker
and draws in the drawing process: the same work, split). Beside it, in the same run and on
the same machine: `read_s` (`build_report` alone: the counts), `draw_s` (drawing and saving
alone), and `empty_report_s`, the whole report of the same festival with no activity, the
floor of any report (fonts, pages, charts). Medians of --runs.

The database is made with the core's own functions (`kits.hand_out`, `kits.undo`,
`schedule.create_workshop`, `schedule.door_tap`, `cards.record`), one transaction around
the hand-outs, as a day's taps would have made it.

    .venv/bin/python bench/report.py [--runs 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from datetime import time as wall
from pathlib import Path

from wellness_desk import activations, cards, kits, schedule
from wellness_desk.clock import set_wrong, zone
from wellness_desk.db import connect
from wellness_desk.report import build_report
from wellness_desk.report_pdf import report_pdf, save_report

TARGET_S = 3.0
HANDOUTS = 100_000
START = date(2026, 7, 2)
DAYS = 4
TZ = "Europe/London"
NOW = datetime(2026, 7, 6, 12, 0, tzinfo=UTC)
KITS = ("Earplugs", "Hydration pack", "Sleep kit", "Fidget kit", "Self-care kit")


def _festival(db, name: str):
    fest = activations.create_activation(db, name=name, kind="festival", start=START,
                                         end=START + timedelta(days=DAYS - 1), tz=TZ, now=NOW)
    spaces = [activations.add_location(db, activation_id=fest.id, name=n, capacity=c)
              for n, c in (("Wellness tent", 40), ("Main-stage green room", 15))]
    return fest, spaces


def build(path: Path) -> None:
    db = connect(path)
    rng = random.Random(20260702)
    _, spaces = _festival(db, "Riverside Sound Festival")
    _festival(db, "Empty Fest")
    kit_types = [kits.add_kit_type(db, name=n) for n in KITS]
    tz = zone(TZ)
    with db.atomic():
        for space in spaces:
            for kit in kit_types:
                kits.receive_stock(db, kit_type_id=kit.id, location_id=space.id,
                                   count=30_000, now=datetime(2026, 7, 1, 9, tzinfo=UTC))
        for i in range(HANDOUTS):
            day = START + timedelta(days=rng.randrange(DAYS))
            at = datetime.combine(day, wall(10), tz) + timedelta(seconds=rng.randrange(14 * 3600))
            out = kits.hand_out(db, kit_type_id=rng.choices(kit_types, [10, 6, 2, 3, 4])[0].id,
                                location_id=spaces[i % 4 == 0].id, now=at)
            if i % 100 == 0:
                kits.undo(db, out.movement.id, now=at + timedelta(seconds=20))
        kinds = schedule.workshop_kinds(db)
        for d in range(DAYS):
            for hour in range(11, 21):
                start = datetime.combine(START + timedelta(days=d), wall(hour), tz)
                w = schedule.create_workshop(db, schedule.Draft(
                    location_id=spaces[hour % 2].id, title=f"Session {d}-{hour}",
                    kind=kinds[hour % len(kinds)], start=start,
                    end=start + timedelta(minutes=45)), now=NOW)
                for _ in range(rng.randrange(0, 15)):
                    if schedule.get_workshop(db, w.id).full:
                        break
                    schedule.door_tap(db, w.id, now=start)
    for d in range(DAYS):
        job = cards.CardJob(template=("wallet", "postcard")[d % 2], tag="fest", copies=200)
        with set_wrong(datetime.combine(START + timedelta(days=d), wall(9), tz)
                       - datetime.now(UTC)):
            cards.record(db, [(job, 200)])
    db.close()


def _median(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-report-") as tmp:
        folder = Path(tmp)
        began = time.perf_counter()
        build(folder / "desk.sqlite3")
        print(f"# built {HANDOUTS:,} hand-outs over {DAYS} days in "
              f"{time.perf_counter() - began:.1f} s")
        db = connect(folder / "desk.sqlite3")
        fest, empty = (activations.list_activations(db)[i] for i in (1, 0))
        assert fest.name.startswith("Riverside") and empty.name == "Empty Fest"
        made = build_report(db, now=NOW, activation_id=fest.id)
        handed = made.headline("kits")
        assert handed is not None and handed.actual.value == HANDOUTS - HANDOUTS // 100
        # Fonts and reportlab loaded once, as in the drawing process kept warm.
        save_report(made, folder / "warm.pdf")
        empty_s = _median(lambda: report_pdf(db, folder / "empty.pdf", now=NOW,
                                             activation_id=empty.id), args.runs)
        read_s = _median(lambda: build_report(db, now=NOW, activation_id=fest.id), args.runs)
        draw_s = _median(lambda: save_report(made, folder / "drawn.pdf"), args.runs)
        report_s = _median(lambda: report_pdf(db, folder / "report.pdf", now=NOW,
                                              activation_id=fest.id), args.runs)
        day_s = _median(lambda: report_pdf(db, folder / "day.pdf", now=NOW,
                                           activation_id=fest.id, start=START, end=START),
                        args.runs)
        db.close()
    print(f"report_s: {report_s:.3f}")
    print(f"read_s: {read_s:.3f}")
    print(f"draw_s: {draw_s:.3f}")
    print(f"one_day_report_s: {day_s:.3f}")
    print(f"empty_report_s: {empty_s:.3f}")
    print(f"report_vs_empty: {report_s / empty_s:.2f}")
    print(f"# target: report_s <= {TARGET_S} ({'met' if report_s <= TARGET_S else 'MISSED'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
