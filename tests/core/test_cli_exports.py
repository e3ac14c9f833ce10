"""`wellness-desk export --csv DIR [--personal]`: a folder of CSV files from the command line,
names only after the PIN or passphrase."""

from __future__ import annotations

import csv
import io
import json
import sys
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from tests.mounts import make_read_only, small_filesystem
from wellness_desk import activations, kits, therapy, vault
from wellness_desk.cli import main
from wellness_desk.db import connect
from wellness_desk.paths import DB_FILENAME
from wellness_desk.sync.cells import compute_cells

PIN = "4821"
CANARY = "Zyxwv Canarybird"

pytestmark = pytest.mark.usefixtures("decoy_data_dir")


class _NoInput(io.StringIO):
    def readline(self, *args):
        raise AssertionError("stdin was read without --personal")


@pytest.fixture
def tour_dir(data_dir):
    """A festival with two earplugs handed out and a tour with a Berlin therapy day, one
    session booked by the canary."""
    db = connect(Path(data_dir) / DB_FILENAME)
    try:
        fest = activations.create_activation(db, name="Test Fest", kind="festival",
                                             start=date(2026, 7, 3), end=date(2026, 7, 5),
                                             tz="Europe/London")
        tent = activations.add_location(db, activation_id=fest.id, name="Wellness tent")
        ear = kits.add_kit_type(db, name="Earplugs")
        for minute in (1, 2):
            kits.hand_out(db, kit_type_id=ear.id, location_id=tent.id,
                          now=datetime(2026, 7, 4, 13, minute, tzinfo=UTC))
        tour = activations.create_activation(db, name="Long Way Home Tour", kind="tour",
                                             start=date(2026, 7, 1), end=date(2026, 7, 31),
                                             tz="Europe/London")
        berlin = activations.add_tour_stop(db, activation_id=tour.id,
                                           stop_date=date(2026, 7, 13), city="Berlin",
                                           venue="Columbiahalle", tz="Europe/Berlin")
        key = vault.set_up(db, PIN)
        day = therapy.create_therapy_day(db, key, location_id=berlin.id,
                                         provider_name="Dr Winter",
                                         plan=therapy.DayPlan(time(10), time(12)))
        therapy.book(db, key, therapy.slots(db, day.id)[0].id, person=CANARY, role="crew")
    finally:
        db.close()
    return data_dir


def _export(data_dir, *extra):
    return main(["--data-dir", data_dir, "export", *extra])


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_the_csv_export_writes_every_file_and_never_asks_for_the_pin(tour_dir, tmp_path,
                                                                    capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", _NoInput())
    out = tmp_path / "july"

    assert _export(tour_dir, "--csv", str(out)) == 0

    printed = capsys.readouterr()
    assert printed.out.startswith(f"wrote {out}: aggregates.csv (")
    assert "kit_movements.csv (2 rows)" in printed.out and printed.err == ""
    db = connect(Path(tour_dir) / DB_FILENAME)
    try:
        cells = {(m, p, json.loads(d)["kit_type"]): v for (m, _, p, d), v
                 in compute_cells(db).items() if m == "kits_handed_out"}
    finally:
        db.close()
    kit_rows = {(r["metric"], r["period"], r["kit_type"]): int(r["value"])
                for r in _rows(out / "aggregates.csv") if r["metric"] == "kits_handed_out"}
    assert kit_rows == cells == {("kits_handed_out", "2026-07-04T13:00Z", "Earplugs"): 2}
    bookings = _rows(out / "therapy_bookings.csv")
    assert [(b["status"], b["role"]) for b in bookings] == [("booked", "crew")]
    assert "person" not in bookings[0]
    assert not any(CANARY in p.read_text(encoding="utf-8-sig") for p in out.iterdir())


def test_personal_details_come_after_the_pin_is_piped_on_stdin(tour_dir, tmp_path, capsys,
                                                               monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PIN}\n"))
    out = tmp_path / "july"

    assert _export(tour_dir, "--csv", str(out), "--personal") == 0

    assert "holds names and contacts: keep it on this laptop" in capsys.readouterr().out
    (booking,) = _rows(out / "therapy_bookings.csv")
    assert (booking["person"], booking["contact"], booking["notes"]) == (CANARY, "", "")


@pytest.mark.parametrize(("stdin", "said"), [
    ("1111\n", "wrong PIN: try again in 2 s"),
    ("\n", "--personal: no PIN given (type it at the prompt, or pass it as one line on "
           "standard input)"),
])
def test_a_wrong_or_missing_pin_writes_nothing(tour_dir, tmp_path, capsys, monkeypatch,
                                               stdin, said):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    out = tmp_path / "july"

    assert _export(tour_dir, "--csv", str(out), "--personal") == 2

    assert capsys.readouterr().err == f"wellness-desk: error: {said}\n"
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize(("argv", "said"), [
    (["--ics", "x.ics", "--personal"], "--personal goes with --csv DIR"),
    (["--csv", "DIR", "--space", "Tent"], "--space and --paper are for the program, not --csv"),
])
def test_options_that_do_not_go_together_are_refused(tour_dir, tmp_path, capsys, argv, said):
    argv = [str(tmp_path / a) if a in ("x.ics", "DIR") else a for a in argv]
    assert _export(tour_dir, *argv) == 2
    assert said in capsys.readouterr().err
    assert not [p for p in tmp_path.iterdir() if p.name in ("x.ics", "DIR")]


def test_a_folder_of_other_files_is_refused_in_one_line(tour_dir, tmp_path, capsys):
    mine = tmp_path / "Documents"
    mine.mkdir()
    (mine / "budget.ods").write_bytes(b"sheet")

    assert _export(tour_dir, "--csv", str(mine)) == 2

    assert capsys.readouterr().err == (
        f"wellness-desk: error: {mine}: this folder holds other files; choose an empty or a "
        "new folder (an export is a folder of its own, replaced whole the next time)\n")
    assert [p.name for p in mine.iterdir()] == ["budget.ods"]


def test_a_read_only_folder_is_one_line_and_exit_1(tour_dir, tmp_path, capsys):
    with small_filesystem(tmp_path / "stick", 512) as stick:
        make_read_only(stick)

        assert _export(tour_dir, "--csv", str(stick / "july")) == 1

        assert capsys.readouterr().err == (
            f"wellness-desk: error: {stick}: this folder cannot be written to, so the export "
            "was not written (nothing was changed). Choose another folder.\n")
        assert list(stick.iterdir()) == []


def test_the_help_names_the_csv_export(capsys):
    with pytest.raises(SystemExit) as done:
        main(["export", "--help"])
    assert done.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "--csv DIR" in text and "--personal" in text
