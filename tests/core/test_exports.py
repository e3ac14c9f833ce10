"""CSV exports: the anonymous counts exactly as sync sends them (therapy suppressed), the
full local logs, formulas neutralised, personal details only when unlocked and asked, and a
folder written whole or not at all."""

from __future__ import annotations

import csv
import json
import os
import stat
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import settings as settings_hyp
from hypothesis import strategies as st

from tests.mounts import fill, make_read_only, small_filesystem
from wellness_desk import activations, cards, exports, kits, schedule, therapy, vault
from wellness_desk.cards import CardJob
from wellness_desk.clock import to_utc_text
from wellness_desk.errors import DiskFull, ReadOnlyData, WellnessError
from wellness_desk.resources.reports import record_not_working
from wellness_desk.suppression import (
    FOOTNOTE_HIDDEN,
    FOOTNOTE_SMALL,
    FOOTNOTE_WITHHELD,
    SMALL,
    therapy_table,
)
from wellness_desk.sync.cells import compute_cells, pending_cells, refresh_cells
from wellness_desk.therapy import DayPlan

NOW = datetime(2026, 7, 20, 9, 0, tzinfo=UTC)
PIN = "4821"
PERSON = "Zyxwv Canarybird"
CONTACT = "canary-contact@example.invalid"
NOTE = "canary-note-5150"
WAITING = "Qwertz Canaryfinch"
PROVIDER_CONTACT = "canary-provider-7431@example.invalid"
PERSONAL = (PERSON, CONTACT, NOTE, WAITING, PROVIDER_CONTACT)
CONTACT_ID = "0b6f0d5e-6a1e-4c4e-9a57-3d7f2f1c9e01"
SERVICE_ID = "5d2c1e7a-3b4f-4a6e-8c9d-1e2f3a4b5c6d"


def _at(hour, minute=0, day=4):
    return datetime(2026, 7, day, hour, minute, tzinfo=UTC)


def _read(folder, name) -> list[dict[str, str]]:
    with (folder / name).open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _header(folder, name) -> list[str]:
    with (folder / name).open(encoding="utf-8-sig", newline="") as f:
        return next(csv.reader(f))


def _everything(folder) -> str:
    return "".join(p.read_text(encoding="utf-8-sig") for p in sorted(folder.iterdir()))


def _key(row: dict[str, str]) -> tuple[str, str, str, str]:
    """A row of aggregates.csv as the key sync keeps its cell under."""
    dims = {name: row[name] for name in ("kit_type", "role", "kind", "template", "resource")
            if row[name]}
    return (row["metric"], row["activation"], row["period"],
            json.dumps(dims, sort_keys=True, separators=(",", ":"), ensure_ascii=False))


# -- a festival and a tour with some of everything --------------------------------------------


@pytest.fixture
def busy_festival(db, festival):
    """Earplugs handed out (one undone), water to crew, a yoga class held with people at the
    door, a class never held, a wallet card job and a "did not work" report."""
    tent, ear, water = festival["tent"].id, festival["earplugs"].id, festival["water"].id
    for minute in range(3):
        kits.hand_out(db, kit_type_id=ear, location_id=tent, now=_at(13, minute))
    kits.undo(db, kits.hand_out(db, kit_type_id=ear, location_id=tent, now=_at(13, 5)).movement.id,
              now=_at(13, 6))
    kits.hand_out(db, kit_type_id=water, location_id=tent, count=2, role="crew", now=_at(15))
    kits.correct_stock(db, kit_type_id=water, location_id=tent, counted=15, reason="recount",
                       now=_at(16))
    yoga = schedule.create_workshop(db, schedule.Draft(
        location_id=tent, title="Morning yoga", kind="Yoga", start=_at(9),
        end=_at(9, 45), capacity=20, facilitators=("Kim Lee",)))
    for _ in range(4):
        schedule.door_tap(db, yoga.id, now=_at(9, 1))
    schedule.door_tap(db, yoga.id, delta=-1, now=_at(9, 2))
    schedule.create_workshop(db, schedule.Draft(
        location_id=tent, title="Sound bath", kind="Sound bath", start=_at(18), end=_at(19)))
    cards.record_printed(db, CardJob(template="wallet", tag="green-room", copies=3))
    record_not_working(db, contact_id=CONTACT_ID, service_id=SERVICE_ID, now=_at(17))
    return festival


@pytest.fixture
def tour(db):
    """A tour with a Berlin therapy day in ISO week 28 and a London one in week 29: few
    people, so every therapy figure is a small one."""
    tour = activations.create_activation(db, name="Long Way Home Tour", kind="tour",
                                         start=date(2026, 7, 1), end=date(2026, 7, 31),
                                         tz="Europe/London")
    key = vault.set_up(db, PIN)
    berlin = activations.add_tour_stop(db, activation_id=tour.id, stop_date=date(2026, 7, 10),
                                       city="Berlin", venue="Columbiahalle", tz="Europe/Berlin")
    london = activations.add_tour_stop(db, activation_id=tour.id, stop_date=date(2026, 7, 14),
                                       city="London", venue="Roundhouse", tz="Europe/London")
    day = therapy.create_therapy_day(db, key, location_id=berlin.id, provider_name="Dr Winter",
                                     provider_contact=PROVIDER_CONTACT,
                                     plan=DayPlan(time(10), time(13)), cost_per_session="80.00")
    later = therapy.create_therapy_day(db, key, location_id=london.id,
                                       provider_name="Dr Winter", plan=DayPlan(time(10), time(12)))
    ten, eleven, noon = therapy.slots(db, day.id)
    therapy.set_status(db, therapy.book(db, key, ten.id, person=PERSON, contact=CONTACT,
                                        notes=NOTE, role="crew").id, "attended")
    therapy.set_status(db, therapy.book(db, key, eleven.id, person="Sam Reyes").id, "no_show")
    therapy.cancel_booking(db, therapy.book(db, key, noon.id, person="Alex Kim").id)
    therapy.book(db, key, therapy.slots(db, later.id)[0].id, person="Robin Day")
    therapy.add_to_waitlist(db, key, later.id, person=WAITING, contact=CONTACT, role="artist")
    return {"tour": tour, "key": key, "day": day, "berlin": berlin}


# -- the anonymous counts ----------------------------------------------------------------------


def test_the_aggregates_are_exactly_the_cells_sync_sends_one_row_each(db, busy_festival,
                                                                     tmp_path):
    out = tmp_path / "export"
    done = exports.export_csv(db, out, exports=["aggregates"], now=NOW)

    rows = _read(out, "aggregates.csv")
    assert _header(out, "aggregates.csv") == [
        "activation", "metric", "period", "kit_type", "role", "kind", "template", "resource",
        "value", "note"]
    written = {_key(r): int(r["value"]) for r in rows}
    assert len(written) == len(rows) == dict(done.files)["aggregates.csv"]
    assert written == {k: v for k, v in compute_cells(db).items() if v}
    refresh_cells(db)
    assert written == {c.key: c.value for c in pending_cells(db, 0) if c.value}
    uid = db.execute("SELECT uid FROM activation").fetchone()[0]
    # Three earplugs stay counted once the fourth is undone; the yoga class's net door.
    assert written[("kits_handed_out", uid, "2026-07-04T13:00Z",
                    '{"kit_type":"Earplugs","role":"unspecified"}')] == 3
    assert written[("workshop_attendance", uid, "2026-07-04T09:00Z", '{"kind":"Yoga"}')] == 3
    assert written[("resource_not_working", uid, "2026-W27",
                    json.dumps({"resource": CONTACT_ID}, separators=(",", ":")))] == 1
    assert not any(r["metric"] == "workshops_held" and r["kind"] == "Sound bath" for r in rows)
    assert {r["note"] for r in rows} == {""}


def test_therapy_figures_are_suppressed_never_written_as_their_number(db, tour, tmp_path):
    out = tmp_path / "export"
    exports.export_csv(db, out, exports=["aggregates"], now=NOW)

    rows = _read(out, "aggregates.csv")
    weeks = therapy.weekly_counts(db, tour["tour"].id)
    table = therapy_table([(w.iso_week, w.offered, w.booked, w.held, w.no_show)
                           for w in weeks])
    expected = {}
    for week in table.rows:
        for name in ("offered", "booked", "held", "no_show"):
            figure = getattr(week, name)
            expected[(f"therapy_{name}", week.label)] = (
                (str(figure.value), "") if figure.shown else
                (figure.text(), FOOTNOTE_WITHHELD if table.withheld and name != "offered" else
                 FOOTNOTE_SMALL if figure.why == SMALL else FOOTNOTE_HIDDEN))
    assert {(r["metric"], r["period"]): (r["value"], r["note"]) for r in rows} == expected
    # Every person-count here is 1 or 2: none of them may be read in the file.
    raw = {(w.iso_week, name): getattr(w, name) for w in weeks
           for name in ("booked", "held", "no_show")}
    assert {n for n in raw.values() if n} <= {1, 2}
    for r in rows:
        if r["metric"] != "therapy_offered":
            assert r["value"] in ("<5", "–") or int(r["value"]) in (0,) or int(
                r["value"]) >= 5, r
    assert {(r["metric"], r["period"]) for r in rows if r["value"] in ("<5", "–")}
    readme = (out / "README.txt").read_text(encoding="utf-8-sig")
    assert set(table.footnotes) <= {r["note"] for r in rows}
    assert all(note in readme for note in table.footnotes)


# -- the local logs ----------------------------------------------------------------------------


def test_every_log_is_written_whole_with_local_time_its_zone_and_utc(db, busy_festival, tour,
                                                                     tmp_path):
    out = tmp_path / "export"
    done = exports.export_csv(db, out, now=NOW)

    assert sorted(p.name for p in out.iterdir()) == sorted([
        "README.txt", "aggregates.csv", "kit_movements.csv", "workshops.csv",
        "door_counts.csv", "print_jobs.csv", "resource_reports.csv", "therapy_days.csv",
        "therapy_slots.csv", "therapy_bookings.csv", "therapy_waitlist.csv"])
    counts = dict(done.files)
    for name, table in [("kit_movements.csv", "stock_movement"), ("workshops.csv", "workshop"),
                        ("door_counts.csv", "door_tap"), ("print_jobs.csv", "print_job"),
                        ("resource_reports.csv", "resource_report"),
                        ("therapy_days.csv", "therapy_day"),
                        ("therapy_bookings.csv", "therapy_booking"),
                        ("therapy_waitlist.csv", "therapy_waitlist")]:
        (n,) = db.execute(f"SELECT count(*) FROM {table}").fetchone()
        assert len(_read(out, name)) == counts[name] == n, name
    assert counts["therapy_slots.csv"] == 5  # Berlin 10, 11, 12; London 10, 11

    # A hand-out at 13:00 UTC at a London tent: 14:00 summer time there.
    first = _read(out, "kit_movements.csv")[2]
    assert (first["kit_type"], first["kind"], first["handed_out"]) == ("Earplugs",
                                                                       "handed_out", "1")
    assert (first["local_time"], first["time_zone"], first["utc_time"]) == (
        "2026-07-04 14:00:00", "Europe/London", "2026-07-04 13:00:00")
    yoga = _read(out, "workshops.csv")[0]
    assert (yoga["title"], yoga["status"], yoga["headcount"], yoga["capacity"],
            yoga["facilitators"], yoga["start_local"], yoga["start_utc"]) == (
        "Morning yoga", "scheduled", "3", "20", "Kim Lee", "2026-07-04 10:00:00",
        "2026-07-04 09:00:00")
    assert [r["change"] for r in _read(out, "door_counts.csv")] == ["1"] * 4 + ["-1"]
    # The Berlin stop's first session, in Berlin's own time (UTC+2 in July).
    slot = _read(out, "therapy_slots.csv")[0]
    assert (slot["stop"].endswith("Berlin · Columbiahalle"), slot["start_local"],
            slot["time_zone"], slot["start_utc"], slot["state"], slot["role"]) == (
        True, "2026-07-10 10:00:00", "Europe/Berlin", "2026-07-10 08:00:00", "attended", "crew")
    statuses = [b["status"] for b in _read(out, "therapy_bookings.csv")]
    assert statuses == ["attended", "no_show", "cancelled", "booked"]
    (day, _) = _read(out, "therapy_days.csv")
    assert (day["cost_per_session"], day["session_minutes"], day["window_start"]) == (
        "80.00", "50", "10:00")
    report = _read(out, "resource_reports.csv")[0]
    assert (report["contact_id"], report["activation"], report["local_time"]) == (
        CONTACT_ID, "Test Fest", "2026-07-04 18:00:00")


def test_an_undo_of_one_is_written_as_the_number_minus_one(db, festival, tmp_path):
    tent, ear = festival["tent"].id, festival["earplugs"].id
    handed = kits.hand_out(db, kit_type_id=ear, location_id=tent, now=_at(13))
    kits.undo(db, handed.movement.id, now=_at(13, 1))
    minus = kits.add_kit_type(db, name="-1")  # a name that looks like a number is text
    kits.receive_stock(db, kit_type_id=minus.id, location_id=tent, count=1, now=_at(14))
    out = tmp_path / "export"
    exports.export_csv(db, out, exports=["handouts"], now=NOW)

    undo = next(r for r in _read(out, "kit_movements.csv") if r["kind"] == "undo")
    assert (undo["handed_out"], undo["stock_change"], undo["undoes_id"]) == (
        "-1", "1", str(handed.movement.id))
    assert int(undo["handed_out"]) == -1
    raw = (out / "kit_movements.csv").read_text(encoding="utf-8-sig")
    # Bare, unquoted: a spreadsheet reads a number, not a text (and no formula).
    assert ',"undo",-1,1,' in raw
    assert _read(out, "kit_movements.csv")[-1]["kit_type"] == "'-1"


# -- formula injection -------------------------------------------------------------------------


@pytest.mark.parametrize("start", exports.FORMULA_START)
def test_each_formula_start_is_neutralised_and_reads_back(start):
    text = f"{start}HYPERLINK(\"http://evil.example\",\"x\")"
    table = exports.Table("t.csv", ("name", "count"), [[text, -3], ["plain", 4]])
    data = exports.csv_bytes(table)

    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines(keepends=True)))
    assert rows == [["name", "count"], [f"'{text}", "-3"], ["plain", "4"]]
    assert exports.neutralised(-1) == -1 and exports.neutralised(True) == "yes"
    assert exports.neutralised("-1") == "'-1"
    assert exports.neutralised("<5") == "<5" and exports.neutralised("–") == "–"


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_formulas_in_a_kit_type_a_workshop_kind_and_a_booking_are_neutralised(
        db, festival, tour, tmp_path, start):
    tent = festival["tent"].id
    kit = kits.add_kit_type(db, name=f"{start}1+1 kit")
    kits.receive_stock(db, kit_type_id=kit.id, location_id=tent, count=5, now=_at(8))
    kits.hand_out(db, kit_type_id=kit.id, location_id=tent, now=_at(13))
    kind = schedule.add_workshop_kind(db, f"{start}cmd|' /C calc'!A0")
    talk = schedule.create_workshop(db, schedule.Draft(
        location_id=tent, title="Talk", kind=kind, start=_at(10), end=_at(11)))
    schedule.set_status(db, talk.id, "held")
    free = next(s for s in therapy.slots(db, tour["day"].id) if s.free)
    therapy.book(db, tour["key"], free.id, person=f"{start}2+3 Canary", contact="\r=1+1",
                 notes="\t=1+1")
    out = tmp_path / "export"
    exports.export_csv(db, out, vault=tour["key"], include_personal=True, now=NOW)

    assert f"'{start}1+1 kit" in [r["kit_type"] for r in _read(out, "kit_movements.csv")]
    aggregates = _read(out, "aggregates.csv")
    assert f"'{start}1+1 kit" in [r["kit_type"] for r in aggregates]
    assert f"'{start}cmd|' /C calc'!A0" in [r["kind"] for r in aggregates]
    assert [r["kind"] for r in _read(out, "workshops.csv")] == [f"'{kind}"]
    booking = next(b for b in _read(out, "therapy_bookings.csv")
                   if b["person"].endswith("Canary"))
    assert (booking["person"], booking["contact"], booking["notes"]) == (
        f"'{start}2+3 Canary", "'\r=1+1", "'\t=1+1")
    for path in out.glob("*.csv"):
        for row in csv.reader(path.read_text(encoding="utf-8-sig").splitlines()):
            assert not any(cell[:1] in ("=", "+", "@", "\t", "\r") for cell in row), path
            assert not any(cell.startswith("-") and not cell.lstrip("-").isdigit()
                           for cell in row), path


# -- personal details --------------------------------------------------------------------------

_PERSONAL_COLUMNS = {"therapy_days.csv": ["provider_contact"],
                     "therapy_bookings.csv": ["person", "contact", "notes"],
                     "therapy_waitlist.csv": ["person", "contact"]}


@pytest.mark.parametrize("unlocked", [False, True])
def test_personal_details_are_absent_unless_unlocked_and_asked(db, tour, tmp_path, unlocked):
    out = tmp_path / "export"
    done = exports.export_csv(db, out, exports=["therapy"],
                              vault=tour["key"] if unlocked else None, now=NOW)

    assert not done.personal
    for name, columns in _PERSONAL_COLUMNS.items():
        assert not set(columns) & set(_header(out, name)), name
    text = _everything(out)
    assert not any(p in text for p in PERSONAL)
    assert "No personal details" in (out / "README.txt").read_text(encoding="utf-8-sig")


def test_personal_details_asked_while_locked_are_refused_and_nothing_is_written(db, tour,
                                                                                tmp_path):
    out = tmp_path / "export"
    with pytest.raises(WellnessError, match="unlock the Therapy section") as refused:
        exports.export_csv(db, out, include_personal=True, now=NOW)
    assert refused.value.field == "include_personal"
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_personal_details_unlocked_and_asked_are_in_owner_only_files(db, tour, tmp_path):
    out = tmp_path / "export"
    done = exports.export_csv(db, out, exports=["therapy"], vault=tour["key"],
                              include_personal=True, now=NOW)

    assert done.personal and "keep it on this laptop" in done.summary()
    for name, columns in _PERSONAL_COLUMNS.items():
        assert _header(out, name)[-len(columns):] == columns
    (booked, *_) = _read(out, "therapy_bookings.csv")
    assert (booked["person"], booked["contact"], booked["notes"]) == (PERSON, CONTACT, NOTE)
    assert _read(out, "therapy_waitlist.csv")[0]["person"] == WAITING
    assert _read(out, "therapy_days.csv")[0]["provider_contact"] == PROVIDER_CONTACT
    assert "PERSONAL DETAILS" in (out / "README.txt").read_text(encoding="utf-8-sig")
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o700
        assert {stat.S_IMODE(p.stat().st_mode) for p in out.iterdir()} == {0o600}


# -- the folder: whole or not at all ----------------------------------------------------------


def test_a_previous_export_is_replaced_whole_and_a_folder_of_other_files_refused(
        db, busy_festival, tmp_path):
    out = tmp_path / "export"
    exports.export_csv(db, out, now=NOW)
    exports.export_csv(db, out, exports=["print_jobs"], now=NOW + timedelta(days=1))
    assert sorted(p.name for p in out.iterdir()) == ["README.txt", "print_jobs.csv"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []

    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "budget.xlsx").write_bytes(b"someone's sheet")
    with pytest.raises(WellnessError, match="holds other files") as refused:
        exports.export_csv(db, mine, now=NOW)
    assert refused.value.field == "folder"
    assert [p.name for p in mine.iterdir()] == ["budget.xlsx"]

    with pytest.raises(WellnessError, match="choose at least one export"):
        exports.export_csv(db, tmp_path / "none", exports=[], now=NOW)
    assert not (tmp_path / "none").exists()


def test_a_read_only_folder_is_said_and_nothing_is_half_written(db, busy_festival, tmp_path):
    with small_filesystem(tmp_path / "disk", 1024) as disk:
        (disk / "exports").mkdir()
        make_read_only(disk)
        with pytest.raises(ReadOnlyData) as refused:
            exports.export_csv(db, disk / "exports" / "july", now=NOW)

        assert str(refused.value) == (
            f"{disk / 'exports'}: this folder cannot be written to, so the export was not "
            "written (nothing was changed). Choose another folder.")
        assert [p.name for p in disk.iterdir()] == ["exports"]
        assert list((disk / "exports").iterdir()) == []


def test_a_full_disk_is_said_and_leaves_no_part_of_the_export(db, busy_festival, tmp_path):
    tent, ear = busy_festival["tent"].id, busy_festival["earplugs"].id
    kits.receive_stock(db, kit_type_id=ear, location_id=tent, count=5000, now=_at(8))
    for minute in range(600):  # a log of tens of kB
        kits.hand_out(db, kit_type_id=ear, location_id=tent, now=_at(10) + timedelta(
            minutes=minute))
    with small_filesystem(tmp_path / "disk", 256) as disk:
        fill(disk, leave_bytes=40_000)
        listing = sorted(p.name for p in disk.iterdir())
        with pytest.raises(DiskFull, match="the disk is full") as refused:
            exports.export_csv(db, disk / "july", now=NOW)

        assert "nothing was changed" in str(refused.value)
        assert sorted(p.name for p in disk.iterdir()) == listing


@settings_hyp(max_examples=300, deadline=None)
@given(instant=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2040, 12, 31),
                            timezones=st.just(UTC)),
       tz=st.sampled_from(["Europe/London", "America/St_Johns", "Australia/Lord_Howe",
                           "Asia/Kathmandu", "America/Chicago", "UTC"]))
def test_local_times_are_the_zones_own_across_clock_changes(instant, tz):
    """Worked out once a minute for speed: always what the zone itself says."""
    text = to_utc_text(instant)
    local, zone_name, utc = exports.time_cells(text, tz)
    truth = instant.replace(microsecond=0)
    assert (local, zone_name, utc) == (
        truth.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M:%S"), tz,
        truth.strftime("%Y-%m-%d %H:%M:%S"))
