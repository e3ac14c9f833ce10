"""The demo: built from the `now` it is given, and the sample program imports into it with no
clash, whatever the hour (it used to clash 25 times: the festival moved with the day)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import NOON_ISH
from wellness_desk import activations, demo, kits, schedule
from wellness_desk.cli import main
from wellness_desk.clock import from_utc_text
from wellness_desk.db import connect
from wellness_desk.paths import db_path

SAMPLE = Path(__file__).resolve().parents[2] / "assets" / "sample-program.csv"
IMPORTED = "imported 25 workshops into Riverside Sound Festival: 3 days, 3 spaces"

pytestmark = pytest.mark.usefixtures("decoy_data_dir")

# Around midnight where the festival is (London) and where the tests run, before, during and
# after the festival.
NOWS = {
    "a month before": datetime(2026, 6, 3, 12, 0, tzinfo=UTC),
    "23:50 in London, day 1": datetime(2026, 7, 3, 22, 50, tzinfo=UTC),
    "00:10 in London, day 2": datetime(2026, 7, 3, 23, 10, tzinfo=UTC),
    "14:00 in London, day 2": NOON_ISH,
    "23:50 UTC in December": datetime(2026, 12, 1, 23, 50, tzinfo=UTC),
    "00:10 UTC in December": datetime(2026, 12, 2, 0, 10, tzinfo=UTC),
    "00:10 in Chicago, next year": datetime(2027, 3, 1, 6, 10, tzinfo=UTC),
}


def _seed(data_dir: str, now: datetime) -> None:
    db = connect(db_path(data_dir))
    try:
        demo.seed(db, now=now)
    finally:
        db.close()


def _marks(data_dir: str) -> dict[int, set[str]]:
    """{workshop id: its clash rules} for every marked session of the current activation."""
    db = connect(db_path(data_dir))
    try:
        fest = activations.current_activation(db)
        spaces = {s.id: s for s in activations.list_locations(db, fest.id)}
        found = schedule.program_conflicts(schedule.list_workshops(db, fest.id), spaces, fest)
        return {wid: {c.rule for c in clashes} for wid, clashes in found.items()}
    finally:
        db.close()


def _deliberate(data_dir: str) -> set[int]:
    """The demo's own clash: Sam Reyes in two rooms at 18:00 on day 2."""
    db = connect(db_path(data_dir))
    try:
        fest = activations.current_activation(db)
        return {w.id for w in schedule.list_workshops(db, fest.id)
                if "Sam Reyes" in w.facilitators and f"{w.local_start:%d %H:%M}" == "04 18:00"}
    finally:
        db.close()


@pytest.mark.parametrize("now", NOWS.values(), ids=NOWS.keys())
def test_the_sample_program_imports_into_the_demo_with_no_clash(data_dir, capsys, now):
    _seed(data_dir, now)
    assert _marks(data_dir) == {wid: {"facilitator"} for wid in _deliberate(data_dir)}

    assert main(["--data-dir", data_dir, "schedule", "import", str(SAMPLE)]) == 0

    out, err = capsys.readouterr()
    assert out.strip() == IMPORTED  # no "N of them clash" line
    assert err == ""
    assert _marks(data_dir) == {wid: {"facilitator"} for wid in _deliberate(data_dir)}


def test_the_demo_command_then_the_sample_imports_with_no_clash(data_dir, capsys):
    """The same as a person types it, at whatever hour this runs."""
    assert main(["--data-dir", data_dir, "demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data_dir, "schedule", "import", str(SAMPLE)]) == 0
    assert capsys.readouterr().out.strip() == IMPORTED


@pytest.mark.parametrize("now", NOWS.values(), ids=NOWS.keys())
def test_the_demo_holds_only_what_happened_by_now(data_dir, now):
    _seed(data_dir, now)
    db = connect(db_path(data_dir))
    try:
        fest = activations.current_activation(db)
        assert (fest.start_date, fest.end_date) == (demo.FESTIVAL_START, demo.FESTIVAL_END)
        moved = [from_utc_text(at) for (at,) in db.execute("SELECT at_utc FROM stock_movement")]
        assert moved and max(moved) <= now
        for w in schedule.list_workshops(db, fest.id):
            assert (w.status == "held") == (w.end <= now), w.title
            assert w.headcount == 0 or w.start <= now, w.title
        # Every box on the table still holds kits: nothing the demo does is "below zero".
        for location in activations.list_locations(db, fest.id):
            assert all(n > 0 for n in kits.stock(db, location_id=location.id).values())
        tour = next(a for a in activations.list_activations(db) if a.name == demo.TOUR)
        assert tour.start_date > now.date()
    finally:
        db.close()


def test_the_same_now_gives_the_same_demo(tmp_path):
    def snapshot(folder: Path) -> list[tuple]:
        _seed(str(folder), NOON_ISH)
        db = connect(db_path(str(folder)))
        try:
            return db.execute(
                "SELECT kit_type_id, location_id, kind, stock_delta, role, at_utc"
                " FROM stock_movement ORDER BY id").fetchall()
        finally:
            db.close()

    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two")
