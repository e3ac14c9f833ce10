"""How long one tap takes to be durably counted, on a database holding a million hand-outs.

Baseline: a bare sqlite3 INSERT + COMMIT of a row of the same shape, in a file in the same
folder with the same pragmas, timed in turn with the taps so disk noise hits both.
Also times the queries behind the tiles (today's counts, stock) on the same database.

Then taps as the window makes them, through the real task runner (asked on the UI thread,
written on the database worker, answered back on the UI thread), one every 10 ms: first
with nothing else to do, then while 5,000 unique wallet cards are saved from the Print page
the way it saves them (planned on the worker, drawn and written in the drawing process,
recorded on the worker). The drawing process is started and warm before the first timed
tap, as it is once the window has been open a second.

`tap_during_render_ratio` is the issue's figure: the p99 of a tap while the cards are saved
against `tap_p99_ms`, a tap written straight on this thread. That baseline leaves out the
runner's own hops (two thread wake-ups and a signal), so `tap_during_render_runner_ratio`
puts the same p99 against `tap_runner_p99_ms`, the same path with nothing drawing: what
the drawing alone costs a tap.

    .venv/bin/python bench/tap.py [--taps 2000] [--warmup 50] [--queries 200]
                                  [--runner-taps 300] [--cards 5000]
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

from wellness_desk import activations, card_render, cards, kits
from wellness_desk.clock import quarter_of, to_utc_text
from wellness_desk.db import connect
from wellness_desk.print.drawing import DrawingProcess
from wellness_desk.print.fonts import register_fonts

TARGETS = ("# targets: tap_p99_ms <= 5, tap_ratio <= 3, today_query_ms <= 20, "
           "tap_during_render_ratio <= 2 (tap_during_render_p99_ms / tap_p99_ms)")
TAP_EVERY_MS = 10
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


class RunnerTaps:
    """Taps through a real TaskRunner, one every TAP_EVERY_MS while the last is answered,
    each timed from the ask to its answer on this (the UI) thread."""

    def __init__(self, db_path: Path, *, kit_ids: list[int], location_id: int,
                 start: datetime) -> None:
        from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

        from wellness_desk.ui.tasks import TaskRunner

        self.app = QCoreApplication.instance() or QCoreApplication([])
        self.drawing = DrawingProcess()
        self.drawing.run(register_fonts)  # started and warm, as a while after the window opens
        self.runner = TaskRunner(db_path, drawing=self.drawing)
        self.runner.start()
        self.kit_ids, self.location_id, self.start = kit_ids, location_id, start
        self.made = 0
        self.loop = QEventLoop()
        self.timer = QTimer()
        self.timer.setInterval(TAP_EVERY_MS)
        self.timer.timeout.connect(self._tap)
        self.times: list[float] = []
        self.asked: float | None = None
        self.stop_after: int | None = None

    def _tap(self) -> None:
        if self.asked is not None:
            return  # the last tap is not answered yet: a person waits for the tile too
        kit_id = self.kit_ids[self.made % len(self.kit_ids)]
        now = self.start + timedelta(milliseconds=500 * self.made)
        self.made += 1
        self.asked = time.perf_counter()
        self.runner.write(lambda db: kits.hand_out(db, kit_type_id=kit_id,
                                                   location_id=self.location_id, now=now),
                          self._answered)

    def _answered(self, _: object) -> None:
        assert self.asked is not None
        self.times.append(time.perf_counter() - self.asked)
        self.asked = None
        if self.stop_after is not None and len(self.times) >= self.stop_after:
            self.loop.quit()

    def idle(self, count: int) -> list[float]:
        """`count` taps with nothing else under way."""
        self.times, self.stop_after = [], count
        self.timer.start()
        self.loop.exec()
        self.timer.stop()
        return list(self.times)

    def during_save(self, copies: int, out: Path) -> tuple[list[float], float]:
        """Taps made while `copies` unique wallet cards are saved as the Print page saves
        them; and how long the save took, from the ask to its record."""
        job = cards.CardJob(template="wallet", tag="bench-5000", copies=copies, unique=True)
        runner = self.runner
        began = time.perf_counter()
        finished: list[float] = []
        failures: list[object] = []

        def recorded(_: object) -> None:
            finished.append(time.perf_counter() - began)
            # The tap asked last was made while the cards were drawing: wait for it too.
            self.timer.stop()
            self.stop_after = len(self.times) + (self.asked is not None)
            if self.asked is None:
                self.loop.quit()

        def failed(problem: object) -> None:
            failures.append(problem)
            self.loop.quit()

        def keep(drawn: card_render.DrawnFile) -> None:
            runner.write(lambda db: card_render.keep(db, drawn), recorded, failed)

        def draw(plans: list[cards.Plan]) -> None:
            runner.draw(card_render.draw_file, plans, out, done=keep, failed=failed)

        self.times, self.stop_after = [], None
        runner.read(lambda db: [cards.planned(db, job)], draw, failed)
        self.timer.start()
        self.loop.exec()
        self.timer.stop()
        if failures:
            raise SystemExit(f"tap: the save failed: {failures[0]}")
        return list(self.times), finished[0]

    def close(self) -> None:
        self.runner.stop()
        self.drawing.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--taps", type=int, default=2000, help="timed taps (2000)")
    parser.add_argument("--warmup", type=int, default=50, help="untimed taps first (50)")
    parser.add_argument("--queries", type=int, default=200, help="timed queries (200)")
    parser.add_argument("--runner-taps", type=int, default=300,
                        help="taps through the task runner with nothing else under way (300)")
    parser.add_argument("--cards", type=int, default=5000,
                        help="unique wallet cards saved while tapping (5000)")
    args = parser.parse_args()

    with scratch_dir() as folder, closing(connect(path := copy_fixture(folder))) as db:
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
        later = now + timedelta(milliseconds=500 * (args.warmup + args.taps))
        through = RunnerTaps(path, kit_ids=kit_ids, location_id=tent.id, start=later)
        try:
            # Untimed first, as the direct taps: the worker's connection starts with a cold
            # page cache.
            through.idle(args.warmup)
            runner_taps = through.idle(args.runner_taps)

            render_taps, save_s = through.during_save(args.cards, folder / "cards.pdf")
        finally:
            through.close()

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
    print(f"# through the task runner, one tap every {TAP_EVERY_MS} ms; {len(render_taps)} "
          f"taps while {args.cards:,} unique wallet cards were saved in {save_s:.1f} s")
    print(f"tap_runner_p99_ms: {ms(percentile(runner_taps, 99))}")
    # What the runner's own hops (UI thread → worker → UI thread) add, with nothing drawing.
    print(f"tap_runner_ratio: {percentile(runner_taps, 99) / percentile(taps, 99):.2f}")
    print(f"tap_during_render_p50_ms: {ms(statistics.median(render_taps))}")
    print(f"tap_during_render_p99_ms: {ms(percentile(render_taps, 99))}")
    print(f"tap_during_render_ratio: {percentile(render_taps, 99) / percentile(taps, 99):.2f}")
    print("tap_during_render_runner_ratio: "
          f"{percentile(render_taps, 99) / percentile(runner_taps, 99):.2f}")

    print(TARGETS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
