"""The laptop dies mid-tap: every tap the counter reported is still in the database after."""

from __future__ import annotations

import queue
import random
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

from wellness_desk import activations, kits
from wellness_desk.db import connect

CHILD = Path(__file__).with_name("_logger_child.py")
ROUNDS = 15


def _setup(path):
    db = connect(path)
    try:
        fest = activations.create_activation(
            db, name="Crash Fest", kind="festival", start=date(2026, 7, 3),
            end=date(2026, 7, 5), tz="Europe/London",
        )
        tent = activations.add_location(db, activation_id=fest.id, name="Tent")
        kit_ids = []
        for name in ("Earplugs", "Sleep kit", "Fidget kit"):
            kit = kits.add_kit_type(db, name=name)
            kits.receive_stock(db, kit_type_id=kit.id, location_id=tent.id, count=100)
            kit_ids.append(kit.id)
        return tent.id, kit_ids
    finally:
        db.close()


def _run_and_kill(path, location_id, kit_ids, seed, delay):
    """Start a logger, let it tap for `delay` seconds after its first tap, SIGKILL it.

    Returns every movement id it reported before it died.
    """
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(path), str(location_id),
         ",".join(map(str, kit_ids)), str(seed)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    lines = queue.Queue()

    def pump():
        for line in child.stdout:
            lines.put(line)
        lines.put(None)

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    try:
        first = lines.get(timeout=60)
        assert first is not None, f"the logger died before its first tap: {child.stderr.read()}"
        time.sleep(delay)
    finally:
        child.kill()  # SIGKILL on POSIX: no cleanup, no flush, no atexit.
        child.wait(timeout=60)
        reader.join(timeout=60)
        child.stdout.close()
        child.stderr.close()
    reported = [first]
    while (line := lines.get_nowait()) is not None:
        reported.append(line)
    # A kill can only cut the pipe between whole lines: each id is one small write.
    assert all(line.endswith("\n") for line in reported), reported[-1]
    return [int(line) for line in reported]


def test_a_logger_killed_at_random_never_loses_a_reported_tap(tmp_path):
    path = tmp_path / "wellness-desk.sqlite3"
    location_id, kit_ids = _setup(path)
    rows_before = len(kit_ids)
    rng = random.Random(20260704)
    reported = []

    for round_ in range(ROUNDS):
        ids = _run_and_kill(path, location_id, kit_ids, seed=round_, delay=rng.uniform(0.05, 0.5))
        assert ids, "the logger reported nothing"
        reported.extend(ids)

        db = connect(path)
        try:
            assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            stored = {row[0] for row in db.execute("SELECT id FROM stock_movement")}
            missing = sorted(set(reported) - stored)
            assert not missing, (
                f"round {round_}: {len(missing)} reported ids lost, e.g. {missing[:10]}"
            )
            # At most one action per kill was committed but not yet reported.
            assert len(stored) - rows_before - len(reported) in range(round_ + 2)

            movements = kits.history(db, location_id=location_id, limit=1_000_000)
            assert len(movements) == len(stored)
            expected_stock = {}
            expected_out = 0
            for m in movements:
                expected_stock[m.kit_type_id] = expected_stock.get(m.kit_type_id, 0) + m.stock_delta
                expected_out += m.handed_out
            assert kits.stock(db, location_id=location_id) == expected_stock
            tallied = db.execute("SELECT sum(count) FROM handout_tally").fetchone()[0]
            assert tallied == expected_out
            undone = [m.undoes_id for m in movements if m.kind == "undo"]
            assert len(undone) == len(set(undone))
        finally:
            db.close()

    assert len(set(reported)) == len(reported)
