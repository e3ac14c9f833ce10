"""The program in and out: a CSV import and a calendar (.ics); the printed program is
test_program_print.py."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from tests import ics_readers, pdf_pages
from wellness_desk import activations, schedule, settings
from wellness_desk.cli import main
from wellness_desk.errors import WellnessError
from wellness_desk.paths import DATA_ENV, DB_FILENAME
from wellness_desk.schedule_io import (
    MAX_PROBLEMS,
    SAMPLE_PROGRAM,
    CsvImportError,
    export_ics,
    import_csv,
)

TZ = "Europe/London"
FRI, SAT, SUN = date(2026, 7, 3), date(2026, 7, 4), date(2026, 7, 5)
HEADER = "date,start,end,space,title,kind,facilitators,capacity,description"
GOOD = [
    "2026-07-04,10:00,11:00,Wellness tent,Morning yoga,Yoga,Ana Ruiz,20,Mats provided",
    "2026-07-04,12:00,12:45,Quiet room,Peer circle,Support group,Ben Ode | Cy Lam,,",
]
SPACES = ("Wellness tent", "Quiet room", "Main-stage green room")


def _count(db) -> int:
    return db.execute("SELECT count(*) FROM workshop").fetchone()[0]


def _csv(tmp_path: Path, *lines: str, name: str = "program.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _local(w: schedule.Workshop) -> tuple[date, str, str]:
    return w.local_start.date(), f"{w.local_start:%H:%M}", f"{w.local_end:%H:%M}"


def _space(db, fest, name):
    return activations.find_location(db, fest.id, name)


# -- CSV import: files that go in ---------------------------------------------------------


def test_the_sample_program_imports_cleanly_into_its_festival(db, fest):
    added = import_csv(db, fest.id, SAMPLE_PROGRAM)

    assert len(added) == _count(db) == 25
    assert {w.space for w in added} == set(SPACES)
    assert {w.local_start.date() for w in added} == {FRI, SAT, SUN}
    spaces = {s.id: s for s in activations.list_locations(db, fest.id)}
    assert schedule.program_conflicts(added, spaces, fest) == {}
    circle = next(w for w in added if w.title == "Touring and mental health: peer circle")
    assert circle.facilitators == ("Dr Helen Marsh", "Sam Whitfield")
    assert circle.kind == "Support group" and circle.capacity == 12
    assert _local(circle) == (FRI, "13:00", "14:00")
    assert circle.start == datetime(2026, 7, 3, 12, 0, tzinfo=UTC)  # BST is UTC+1
    late = next(w for w in added if w.title == "Midnight sound bath")
    assert late.local_end.date() == SUN and late.end - late.start == timedelta(hours=1)
    assert next(w for w in added if w.title == "Breath for focus").capacity == 40  # the tent's


def test_a_bom_semicolons_and_am_pm_times_import(db, fest, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(
        "\ufeffDate;Start;End;Space;Title;Kind;Facilitators\r\n"
        "04/07/2026;9:30 am;10:15AM;wellness TENT;Sunrise yoga;yoga;\"Ana Ruiz; Ben Ode\"\r\n"
        "2026-07-04;2:30 pm;3:30 P.M.;Quiet room;Talk it through;Support group;Cy Lam\r\n"
        "2026-07-04;12 pm;12:30pm;Quiet room;Lunch breath;Breathwork;\r\n"
        "2026-07-04;21:30;12:00 am;Wellness tent;Night sound bath;Sound bath;Zoë Ng\r\n"
        .encode()
    )

    added = import_csv(db, fest.id, path)

    assert [(w.title, _local(w)[1], _local(w)[2]) for w in added] == [
        ("Sunrise yoga", "09:30", "10:15"), ("Talk it through", "14:30", "15:30"),
        ("Lunch breath", "12:00", "12:30"), ("Night sound bath", "21:30", "00:00"),
    ]
    assert {w.local_start.date() for w in added} == {SAT}
    assert added[0].space == "Wellness tent" and added[0].kind == "Yoga"
    assert added[0].facilitators == ("Ana Ruiz", "Ben Ode")
    assert added[3].end - added[3].start == timedelta(hours=2, minutes=30)


def test_excel_sep_line_columns_in_any_order_and_a_quoted_line_break(db, fest, tmp_path):
    path = _csv(tmp_path,
                "sep=;",
                "title;kind;space;date;start;end;end date;description",
                'Late breath;Breathwork;Wellness tent;2026-07-04;23:30;00:30;2026-07-05;"two',
                'lines"',
                "Morning;Yoga;Wellness tent;2026-07-05;08:00;24:00;;")

    late, morning = import_csv(db, fest.id, path)

    assert late.description == "two\nlines"
    assert late.local_end.date() == SUN and late.end - late.start == timedelta(hours=1)
    assert morning.end - morning.start == timedelta(hours=16)


def test_times_are_wall_time_of_each_space(db, tmp_path):
    tour = activations.create_activation(db, name="Tour", kind="tour", start=date(2026, 9, 1),
                                         end=date(2026, 9, 20), tz="America/Chicago")
    activations.add_location(db, activation_id=tour.id, name="Chicago", kind="tour_stop")
    activations.add_location(db, activation_id=tour.id, name="London", kind="tour_stop",
                             tz=TZ)
    path = _csv(tmp_path, HEADER,
                "2026-09-02,14:00,15:00,Chicago,Crew check-in,Workshop,,,",
                "2026-09-12,14:00,15:00,London,Crew check-in,Workshop,,,")

    chicago, london = import_csv(db, tour.id, path)

    assert chicago.start == datetime(2026, 9, 2, 19, 0, tzinfo=UTC)  # CDT is UTC-5
    assert london.start == datetime(2026, 9, 12, 13, 0, tzinfo=UTC)  # BST is UTC+1


def test_a_day_month_date_is_read_only_when_one_reading_fits_the_activation(db, tmp_path):
    spring = activations.create_activation(db, name="Spring", kind="festival",
                                           start=date(2026, 3, 1), end=date(2026, 5, 31), tz=TZ)
    activations.add_location(db, activation_id=spring.id, name="Tent")
    path = _csv(tmp_path, HEADER, "04/05/2026,10:00,11:00,Tent,Yoga,Yoga,,,")

    with pytest.raises(CsvImportError) as caught:
        import_csv(db, spring.id, path)

    assert ("program.csv line 2, field date: '04/05/2026' could be 5 April or 4 May: "
            "write 2026-04-05 or 2026-05-04") in str(caught.value).splitlines()
    assert _count(db) == 0
    path = _csv(tmp_path, HEADER, "30/04/2026,10:00,11:00,Tent,Yoga,Yoga,,,")
    assert import_csv(db, spring.id, path)[0].local_start.date() == date(2026, 4, 30)


# -- CSV import: each kind of bad line names file, line and field; nothing is saved -----

BAD_ROWS = [
    ("2026-07-04,25:00,11:00,Wellness tent,Yoga,Yoga,,,", "start",
     "'25:00' is not a time (use 14:30 or 2:30 pm)"),
    ("2026-07-04,13:00 pm,14:00,Wellness tent,Yoga,Yoga,,,", "start", "'13:00 pm' is not a time"),
    ("2026-07-04,10:00,,Wellness tent,Yoga,Yoga,,,", "end", "is empty (use 14:30 or 2:30 pm)"),
    ("2026-07-04,15:00,14:00,Wellness tent,Yoga,Yoga,,,", "end",
     "14:00 is not after the start 15:00 (a session past midnight: put the day it ends in "
     "the end_date column)"),
    ("2026-02-30,10:00,11:00,Wellness tent,Yoga,Yoga,,,", "date",
     "'2026-02-30' is not a date of the calendar"),
    ("next Friday,10:00,11:00,Wellness tent,Yoga,Yoga,,,", "date",
     "'next Friday' is not a date (use 2026-07-04)"),
    ("13/08/2026,10:00,11:00,Wellness tent,Yoga,Yoga,,,", "date",
     "'13/08/2026' is not within Test Fest (2026-07-03 to 2026-07-05); write dates as "
     "YYYY-MM-DD"),
    ("2026-07-04,10:00,11:00,Tent B,Yoga,Yoga,,,", "space",
     "'Tent B' is not a space of Test Fest (known: Wellness tent, Quiet room, "
     "Main-stage green room)"),
    ("2026-07-04,10:00,11:00,Wellness tent,Stretch,Pilates,,,", "kind",
     "'Pilates' is not a workshop kind (known: Breathwork, Yoga, Meditation, Sound bath, "
     "Support group, Workshop)"),
    ("2026-07-04,10:00,11:00,Wellness tent,,Yoga,,,", "title", "is empty"),
    ("2026-07-04,10:00,11:00,Wellness tent," + "x" * 121 + ",Yoga,,,", "title",
     "longer than 120 characters"),
    ("2026-07-04,10:00,11:00,Wellness tent,Yoga,Yoga,,lots,", "capacity",
     "'lots' is not a number of people from 1"),
    ("2026-07-04,10:00,11:00,Wellness tent,Yoga,Yoga,,0,", "capacity",
     "'0' is not a number of people from 1"),
    # The night the clocks go forward in London: 01:00 to 01:59 never happens.
    ("2026-03-29,01:30,02:30,Wellness tent,Night breath,Breathwork,,,", "start",
     "2026-03-29 01:30 does not exist in Europe/London: the clocks go forward then"),
]


@pytest.mark.parametrize(("row", "field", "message"), BAD_ROWS,
                         ids=[f"{field}-{i}" for i, (_, field, _) in enumerate(BAD_ROWS)])
def test_a_bad_line_is_named_and_nothing_is_imported(db, fest, tmp_path, row, field, message):
    schedule.create_workshop(db, schedule.Draft(
        location_id=_space(db, fest, "Quiet room").id, title="Already planned", kind="Yoga",
        start=datetime(2026, 7, 3, 9, tzinfo=UTC), end=datetime(2026, 7, 3, 10, tzinfo=UTC)))
    path = _csv(tmp_path, HEADER, GOOD[0], row, GOOD[1])

    with pytest.raises(CsvImportError) as caught:
        import_csv(db, fest.id, path)

    (line,) = [t for t in str(caught.value).splitlines() if t.startswith("program.csv line")]
    assert line.startswith(f"program.csv line 3, field {field}: {message}")
    assert [(p.line, p.field) for p in caught.value.problems] == [(3, field)]
    assert _count(db) == 1


def test_a_session_over_24_hours_and_a_bad_end_date_are_refused(db, fest, tmp_path):
    path = _csv(tmp_path, "date,start,end,end_date,space,title,kind",
                "2026-07-04,10:00,11:00,2026-07-05,Wellness tent,Marathon,Yoga",
                "2026-07-04,10:00,11:00,soon,Wellness tent,Yoga,Yoga")

    with pytest.raises(CsvImportError) as caught:
        import_csv(db, fest.id, path)

    lines = str(caught.value).splitlines()
    assert "program.csv line 2, field end: a session cannot last more than 24 hours" in lines
    assert "program.csv line 3, field end_date: 'soon' is not a date (use 2026-07-04)" in lines
    assert _count(db) == 0


def test_every_problem_of_every_line_is_listed(db, fest, tmp_path):
    path = _csv(tmp_path, HEADER,
                GOOD[0],
                "2026-07-04,9:70,11:00,Tent B,Yoga,Yoga,,,",
                '2026-07-04,10:00,11:00,Wellness tent,"Two',
                'lines",Pilates,,,',
                GOOD[1],
                "2026-07-04,10:00,11:00,Wellness tent,Yoga,Yoga,,,,surplus")

    with pytest.raises(CsvImportError) as caught:
        import_csv(db, fest.id, path)

    assert str(caught.value).splitlines() == [
        "program.csv: nothing imported, 4 problems:",
        "program.csv line 3, field space: 'Tent B' is not a space of Test Fest (known: "
        "Wellness tent, Quiet room, Main-stage green room)",
        "program.csv line 3, field start: '9:70' is not a time (use 14:30 or 2:30 pm)",
        # The quoted title runs over two lines: the record starts on line 4.
        "program.csv line 4, field kind: 'Pilates' is not a workshop kind (known: Breathwork, "
        "Yoga, Meditation, Sound bath, Support group, Workshop)",
        "program.csv line 7: 10 fields but the header has 9 (a separator inside a field "
        "needs quotes)",
    ]
    assert _count(db) == 0


def test_a_quote_never_closed_is_named_with_the_problems_of_the_lines_before_it(db, fest,
                                                                              tmp_path):
    path = _csv(tmp_path, HEADER,
                "2026-07-04,9:70,11:00,Wellness tent,Yoga,Yoga,,,",
                GOOD[0],
                '2026-07-04,10:00,11:00,Wellness tent,Yoga,Yoga,"Ana Ruiz,,',
                GOOD[1])

    with pytest.raises(CsvImportError) as caught:
        import_csv(db, fest.id, path)

    assert str(caught.value).splitlines()[1:] == [
        "program.csv line 2, field start: '9:70' is not a time (use 14:30 or 2:30 pm)",
        "program.csv line 4, field facilitators: a quote opens here and is never closed (the "
        "rest of the file would be this one field)",
    ]
    assert _count(db) == 0


def test_a_long_list_of_problems_stops_at_twenty(db, fest, tmp_path):
    rows = [f"2026-07-04,10:00,11:00,Tent {i},Yoga,Yoga,,," for i in range(25)]
    path = _csv(tmp_path, HEADER, *rows)

    with pytest.raises(CsvImportError) as caught:
        import_csv(db, fest.id, path)

    lines = str(caught.value).splitlines()
    assert lines[0] == "program.csv: nothing imported, 25 problems:"
    assert len(caught.value.problems) == MAX_PROBLEMS
    assert lines[-1] == "… and 5 more"
    assert lines[-2].startswith("program.csv line 21, field space: 'Tent 19'")


@pytest.mark.parametrize(("content", "message"), [
    (b"", "program.csv line 1: the file is empty"),
    (b"\xef\xbb\xbf\r\n \r\n", "program.csv line 1: the file is empty"),
    (HEADER.encode() + b"\n\n", "program.csv line 2: no workshops after the header line"),
    (b"date,title,space,end\n2026-07-04,Yoga,Wellness tent,11:00\n",
     "program.csv line 1: missing columns: start, kind (needed: date, start, end, space, "
     "title, kind)"),
    (HEADER.encode() + b",room\n" + GOOD[0].encode() + b",B\n",
     "program.csv line 1: unknown column 'room' (the columns are: date, start, end, space, "
     "title, kind, end_date, facilitators, capacity, description)"),
    (HEADER.encode() + b",Title\n", "program.csv line 1: column 'title' appears twice"),
    (HEADER.encode() + b"\n" + GOOD[0].encode() + b"\n2026-07-04,10:00,11:00,Caf\xe9,,,,,\n",
     "program.csv line 3: is not UTF-8 text (save the sheet as “CSV UTF-8”)"),
], ids=["empty", "bom-and-blanks", "header-only", "missing", "unknown", "twice", "latin-1"])
def test_a_bad_file_is_named_and_nothing_is_imported(db, fest, tmp_path, content, message):
    path = tmp_path / "program.csv"
    path.write_bytes(content)

    with pytest.raises(CsvImportError) as caught:
        import_csv(db, fest.id, path)

    assert str(caught.value).splitlines()[1].startswith(message)
    assert _count(db) == 0


def test_a_missing_file_is_named(db, fest, tmp_path):
    with pytest.raises(WellnessError, match=r"nowhere\.csv: cannot read it") as refused:
        import_csv(db, fest.id, tmp_path / "nowhere.csv")
    assert str(refused.value).startswith(str(tmp_path / "nowhere.csv"))


# -- .ics export --------------------------------------------------------------------------


def _events(data: bytes) -> dict[str, object]:
    return {str(e["UID"]): e for e in Calendar.from_ical(data).walk("VEVENT")}


def test_the_calendar_holds_every_workshop_field_for_field(db, fest):
    added = import_csv(db, fest.id, SAMPLE_PROGRAM)
    cancelled = schedule.set_status(db, added[3].id, "cancelled")
    schedule.set_status(db, added[0].id, "held")
    stamp = datetime(2026, 6, 30, 9, 0, tzinfo=UTC)

    data = export_ics(db, fest.id, now=stamp)

    cal = Calendar.from_ical(data)
    assert [str(z["TZID"]) for z in cal.walk("VTIMEZONE")] == [TZ]
    events = _events(data)
    program = schedule.list_workshops(db, fest.id)
    assert set(events) == {w.uid for w in program} and len(program) == 25
    for w in program:
        event = events[w.uid]
        assert str(event["SUMMARY"]) == w.title
        assert str(event["LOCATION"]) == w.space
        assert event["DTSTART"].params["TZID"] == event["DTEND"].params["TZID"] == TZ
        # Local wall time as written in the file, and the instant it stands for.
        assert event["DTSTART"].to_ical().decode() == f"{w.local_start:%Y%m%dT%H%M%S}"
        assert event["DTEND"].to_ical().decode() == f"{w.local_end:%Y%m%dT%H%M%S}"
        assert event.decoded("DTSTART") == w.start and event.decoded("DTEND") == w.end
        assert str(event["STATUS"]) == ("CANCELLED" if w.id == cancelled.id else "CONFIRMED")
        assert [str(c) for c in event["CATEGORIES"].cats] == [w.kind]
        description = str(event["DESCRIPTION"])
        assert description.startswith(w.description)
        assert f"Facilitators: {', '.join(w.facilitators)}" in description
        assert f"Kind: {w.kind}" in description
        assert f"Places: {w.capacity}" in description
        # The first version of each event: numbered 0, dated by the export that wrote it.
        assert event.decoded("DTSTAMP") == event.decoded("LAST-MODIFIED") == stamp
        assert event.decoded("SEQUENCE") == 0
    # A file to import, not an iTIP message: no METHOD, which would need an ORGANIZER.
    assert "METHOD" not in cal


def test_uids_stay_the_same_across_exports_and_edits(db, fest):
    added = import_csv(db, fest.id, SAMPLE_PROGRAM)
    first = _events(export_ics(db, fest.id))
    schedule.update_workshop(db, added[0].id, schedule.Draft(
        **{**added[0].draft().__dict__, "title": "Arrive, breathe, settle"}))

    second = _events(export_ics(db, fest.id))

    assert set(first) == set(second) == {w.uid for w in added}
    assert str(second[added[0].uid]["SUMMARY"]) == "Arrive, breathe, settle"


def test_a_session_across_the_autumn_clock_change_keeps_its_real_length(db):
    autumn = activations.create_activation(db, name="Autumn", kind="festival",
                                           start=date(2026, 10, 23), end=date(2026, 10, 25),
                                           tz=TZ)
    tent = activations.add_location(db, activation_id=autumn.id, name="Tent")
    # 00:30 BST to 03:30 GMT: the clocks go back at 02:00, so it lasts four hours.
    night = schedule.create_workshop(db, schedule.Draft(
        location_id=tent.id, title="Long night", kind="Meditation",
        start=schedule.local_instant(date(2026, 10, 25), time(0, 30), TZ),
        end=schedule.local_instant(date(2026, 10, 25), time(3, 30), TZ)))

    data = export_ics(db, autumn.id)

    event = _events(data)[night.uid]
    assert event["DTSTART"].to_ical() == b"20261025T003000"
    assert event["DTEND"].to_ical() == b"20261025T033000"
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=4)
    # The file's own VTIMEZONE says so too, for calendars that read it instead of a tz database.
    (zone,) = Calendar.from_ical(data).walk("VTIMEZONE")
    changes = {(str(c["DTSTART"].to_ical().decode()), c["TZOFFSETFROM"].to_ical(),
                c["TZOFFSETTO"].to_ical()) for c in zone.walk("STANDARD")}
    assert ("20251026T020000", "+0100", "+0000") in changes


def test_each_zone_of_a_tour_gets_its_vtimezone(db, tmp_path):
    tour = activations.create_activation(db, name="Tour", kind="tour", start=date(2026, 9, 1),
                                         end=date(2026, 9, 20), tz="America/Chicago")
    activations.add_location(db, activation_id=tour.id, name="Chicago", kind="tour_stop")
    activations.add_location(db, activation_id=tour.id, name="London", kind="tour_stop", tz=TZ)
    path = _csv(tmp_path, HEADER,
                "2026-09-02,14:00,15:00,Chicago,Crew check-in,Workshop,,,",
                "2026-09-12,14:00,15:00,London,Crew check-in,Workshop,,,")
    chicago, london = import_csv(db, tour.id, path)

    data = export_ics(db, tour.id)

    cal = Calendar.from_ical(data)
    assert sorted(str(z["TZID"]) for z in cal.walk("VTIMEZONE")) == ["America/Chicago", TZ]
    events = _events(data)
    assert events[chicago.uid]["DTSTART"].params["TZID"] == "America/Chicago"
    assert events[london.uid]["DTSTART"].params["TZID"] == TZ
    assert events[chicago.uid]["DTSTART"].to_ical() == b"20260902T140000"
    assert events[london.uid]["DTSTART"].to_ical() == b"20260912T140000"


def test_one_space_only(db, fest):
    added = import_csv(db, fest.id, SAMPLE_PROGRAM)
    quiet = _space(db, fest, "Quiet room")

    data = export_ics(db, fest.id, location_id=quiet.id)

    assert set(_events(data)) == {w.uid for w in added if w.location_id == quiet.id}
    assert len(_events(data)) == 6
    assert "Quiet room" in str(Calendar.from_ical(data)["X-WR-CALNAME"])


def test_a_moved_workshop_gets_a_higher_sequence_and_a_new_last_modified(db, fest):
    added = import_csv(db, fest.id, SAMPLE_PROGRAM)
    moved, untouched = added[0], added[1]
    first_stamp = datetime(2026, 6, 30, 9, 0, tzinfo=UTC)
    second_stamp = first_stamp + timedelta(days=1, minutes=7)
    first = _events(export_ics(db, fest.id, now=first_stamp))
    schedule.update_workshop(db, moved.id, replace(
        moved.draft(), start=moved.start + timedelta(hours=1),
        end=moved.end + timedelta(hours=1)))

    second = _events(export_ics(db, fest.id, now=second_stamp))

    assert set(first) == set(second)
    assert first[moved.uid].decoded("SEQUENCE") == 0
    assert second[moved.uid].decoded("SEQUENCE") == 1
    assert second[moved.uid].decoded("LAST-MODIFIED") == second_stamp
    assert second[moved.uid].decoded("DTSTAMP") == second_stamp
    assert second[moved.uid].decoded("DTSTART") == moved.start + timedelta(hours=1)
    assert second[untouched.uid].decoded("SEQUENCE") == 0
    assert second[untouched.uid].decoded("LAST-MODIFIED") == first_stamp
    # An export with nothing changed changes no event.
    third = _events(export_ics(db, fest.id, now=second_stamp + timedelta(hours=5)))
    assert {u: (e.decoded("SEQUENCE"), e.decoded("LAST-MODIFIED")) for u, e in third.items()
            } == {u: (e.decoded("SEQUENCE"), e.decoded("LAST-MODIFIED"))
                  for u, e in second.items()}
    # A cancellation and a new title are changes too; each export counts one step.
    schedule.set_status(db, untouched.id, "cancelled")
    schedule.update_workshop(db, moved.id, replace(
        schedule.get_workshop(db, moved.id).draft(), title="Arrive, breathe, settle"))
    fourth = _events(export_ics(db, fest.id, now=second_stamp + timedelta(days=1)))
    assert fourth[untouched.uid].decoded("SEQUENCE") == 1
    assert str(fourth[untouched.uid]["STATUS"]) == "CANCELLED"
    assert fourth[moved.uid].decoded("SEQUENCE") == 2


def test_a_space_of_its_own_shares_the_revisions_of_the_whole_program(db, fest):
    added = import_csv(db, fest.id, SAMPLE_PROGRAM)
    quiet = _space(db, fest, "Quiet room")
    stamp = datetime(2026, 6, 30, 9, 0, tzinfo=UTC)
    export_ics(db, fest.id, now=stamp)

    one_space = _events(export_ics(db, fest.id, location_id=quiet.id,
                                   now=stamp + timedelta(hours=1)))

    assert {e.decoded("SEQUENCE") for e in one_space.values()} == {0}
    assert {e.decoded("LAST-MODIFIED") for e in one_space.values()} == {stamp}
    assert set(one_space) == {w.uid for w in added if w.location_id == quiet.id}


def test_the_hour_that_happens_twice_is_written_in_utc(db):
    autumn = activations.create_activation(db, name="Autumn", kind="festival",
                                           start=date(2026, 10, 23), end=date(2026, 10, 25),
                                           tz=TZ)
    tent = activations.add_location(db, activation_id=autumn.id, name="Tent")
    # 01:10 happens twice in London that night: first in BST (00:10Z), then in GMT (01:10Z).
    first, second = (schedule.create_workshop(db, schedule.Draft(
        location_id=tent.id, title=title, kind="Meditation", start=start,
        end=start + timedelta(minutes=40)))
        for title, start in (("Early", datetime(2026, 10, 25, 0, 10, tzinfo=UTC)),
                             ("Late", datetime(2026, 10, 25, 1, 10, tzinfo=UTC))))
    morning = schedule.create_workshop(db, schedule.Draft(
        location_id=tent.id, title="Morning", kind="Yoga",
        start=schedule.local_instant(date(2026, 10, 25), time(9), TZ),
        end=schedule.local_instant(date(2026, 10, 25), time(10), TZ)))

    data = export_ics(db, autumn.id)

    events = _events(data)
    assert events[first.uid]["DTSTART"].to_ical() == b"20261025T001000Z"
    assert events[second.uid]["DTSTART"].to_ical() == b"20261025T011000Z"
    assert events[second.uid]["DTEND"].to_ical() == b"20261025T015000Z"
    # Times that happen once stay in the festival's wall time.
    assert events[morning.uid]["DTSTART"].params["TZID"] == TZ
    for name, read in ics_readers.independent_readers():
        found = read(data)
        assert {uid: (e.start, e.end) for uid, e in found.items()} == {
            w.uid: (w.start, w.end) for w in (first, second, morning)}, name


def test_every_reader_places_every_session_of_a_tour_across_clock_changes(db, tmp_path):
    """Sessions at every hour around the spring and autumn changes of four zones, read back
    by two independent readers with the file's own VTIMEZONEs."""
    tour = activations.create_activation(db, name="World", kind="tour",
                                         start=date(2026, 3, 1), end=date(2026, 11, 30),
                                         tz="America/Chicago")
    spaces = {tz: activations.add_location(db, activation_id=tour.id, name=tz,
                                           kind="tour_stop", tz=tz)
              for tz in ("America/Chicago", TZ, "Australia/Sydney", "Asia/Tokyo")}
    days = {"America/Chicago": (date(2026, 3, 8), date(2026, 11, 1)),
            TZ: (date(2026, 3, 29), date(2026, 10, 25)),
            "Australia/Sydney": (date(2026, 4, 5), date(2026, 10, 4)),
            "Asia/Tokyo": (date(2026, 3, 8), date(2026, 11, 1))}
    drafts = []
    for tz, space in spaces.items():
        for day in days[tz]:
            start = schedule.local_instant(day, time(0), tz) - timedelta(hours=2)
            for hour in range(8):
                at = start + timedelta(hours=hour)
                drafts.append(schedule.Draft(location_id=space.id, title=f"{tz} {hour}",
                                             kind="Meditation", start=at,
                                             end=at + timedelta(minutes=45)))
    made = schedule.create_workshops(db, drafts)

    data = export_ics(db, tour.id)

    expected = {w.uid: (w.start, w.end) for w in made}
    for name, read in ics_readers.independent_readers():
        found = {uid: (e.start, e.end) for uid, e in read(data).items()}
        wrong = [uid for uid in expected if found.get(uid) != expected[uid]]
        assert wrong == [], f"{name} misplaces {len(wrong)} of {len(expected)} sessions"


def test_libical_finds_nothing_wrong_with_the_file(db, fest):
    import_csv(db, fest.id, SAMPLE_PROGRAM)

    read = ics_readers.libical(export_ics(db, fest.id))

    assert read.errors == [] and read.restrictions_met
    assert len(read.events) == 25


def test_an_empty_program_is_refused_with_a_sentence(db, fest):
    with pytest.raises(WellnessError) as refused:
        export_ics(db, fest.id)
    assert str(refused.value) == (
        "no workshops in Test Fest to put in a calendar: add one first")

    quiet = _space(db, fest, "Quiet room")
    with pytest.raises(WellnessError, match="no workshops in Quiet room"):
        export_ics(db, fest.id, location_id=quiet.id)


_pages, _qr_codes = pdf_pages.pages, pdf_pages.qr_codes


# -- the command line ---------------------------------------------------------------------


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A database with the festival and its three spaces; a decoy catches a lost --data-dir."""
    monkeypatch.setenv(DATA_ENV, str(tmp_path / "decoy"))
    folder = tmp_path / "data"
    from wellness_desk.db import connect

    db = connect(folder / DB_FILENAME)
    fest = activations.create_activation(db, name="Test Fest", kind="festival", start=FRI,
                                         end=SUN, tz=TZ)
    for name in SPACES:
        activations.add_location(db, activation_id=fest.id, name=name)
    db.close()
    return str(folder)


def _db_count(data_dir) -> int:
    from wellness_desk.db import connect

    db = connect(Path(data_dir) / DB_FILENAME)
    try:
        return _count(db)
    finally:
        db.close()


def test_cli_imports_the_sample(data_dir, capsys, tmp_path):
    assert main(["schedule", "import", str(SAMPLE_PROGRAM), "--data-dir", data_dir]) == 0

    assert capsys.readouterr().out == "imported 25 workshops into Test Fest: 3 days, 3 spaces\n"
    assert _db_count(data_dir) == 25
    assert not (tmp_path / "decoy").exists()


def test_cli_import_says_how_many_clash(data_dir, capsys, tmp_path):
    path = _csv(tmp_path, HEADER, GOOD[0],
                "2026-07-04,10:30,11:30,Wellness tent,Overlap,Yoga,,,",
                "2026-08-01,10:00,11:00,Quiet room,Too late,Yoga,,,")

    assert main(["--data-dir", data_dir, "schedule", "import", str(path)]) == 0

    assert capsys.readouterr().out.splitlines()[1] == (
        "3 of them clash (1 dates, 2 space): they are marked in the schedule")


def test_cli_import_of_a_bad_file_prints_every_problem_and_exits_2(data_dir, capsys, tmp_path):
    path = _csv(tmp_path, HEADER, GOOD[0],
                "2026-07-04,25:00,11:00,Wellness tent,Yoga,Yoga,,,",
                "2026-07-04,10:00,11:00,Tent B,Yoga,Yoga,,,")

    assert main(["--data-dir", data_dir, "schedule", "import", str(path)]) == 2

    err = capsys.readouterr().err.splitlines()
    assert err[0] == "wellness-desk: error: program.csv: nothing imported, 2 problems:"
    assert err[1].startswith("program.csv line 3, field start: '25:00' is not a time")
    assert err[2].startswith("program.csv line 4, field space: 'Tent B'")
    assert _db_count(data_dir) == 0


def test_cli_import_needs_a_file_and_an_activation(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "empty"), "schedule", "import",
                 str(SAMPLE_PROGRAM)]) == 2
    assert "no activation yet" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        main(["schedule", "import"])
    assert exited.value.code == 2
    assert "the following arguments are required: FILE.csv" in capsys.readouterr().err


def test_cli_exports_the_calendar_for_all_or_one_space(data_dir, capsys, tmp_path):
    main(["--data-dir", data_dir, "schedule", "import", str(SAMPLE_PROGRAM)])
    capsys.readouterr()
    whole, quiet = tmp_path / "all.ics", tmp_path / "quiet.ics"

    assert main(["--data-dir", data_dir, "export", "--ics", str(whole)]) == 0
    assert main(["export", "--ics", str(quiet), "--space", "quiet ROOM",
                 "--data-dir", data_dir]) == 0

    assert capsys.readouterr().out.splitlines() == [
        f"wrote {whole}: 25 workshops of Test Fest", f"wrote {quiet}: 6 workshops of Quiet room"]
    assert len(_events(whole.read_bytes())) == 25
    assert {str(e["LOCATION"]) for e in _events(quiet.read_bytes()).values()} == {"Quiet room"}
    assert main(["--data-dir", data_dir, "export", "--ics", "-"]) == 0
    assert len(_events(capsys.readouterr().out.encode())) == 25


def test_cli_export_refuses_bad_input_with_exit_2(data_dir, capsys, tmp_path):
    main(["--data-dir", data_dir, "schedule", "import", str(SAMPLE_PROGRAM)])
    capsys.readouterr()
    ics = str(tmp_path / "x.ics")

    assert main(["--data-dir", data_dir, "export", "--ics", ics, "--space", "Tent B"]) == 2
    assert "location 'Tent B' is not in this activation" in capsys.readouterr().err
    assert main(["--data-dir", data_dir, "export", "--ics", ics, "--paper", "a4"]) == 2
    assert capsys.readouterr().err == (
        "wellness-desk: error: --paper is for --program-pdf, not --ics\n")
    for argv in (["export"], ["export", "--ics", ics, "--program-pdf", "p.pdf"],
                 ["export", "--program-pdf", "p.pdf", "--paper", "a3"]):
        with pytest.raises(SystemExit) as exited:
            main(["--data-dir", data_dir, *argv])
        assert exited.value.code == 2
        assert len(capsys.readouterr().err.splitlines()) == 1
    assert not Path(ics).exists()


def test_cli_refuses_to_export_an_empty_program_with_a_sentence(data_dir, capsys, tmp_path):
    ics = tmp_path / "empty.ics"

    assert main(["--data-dir", data_dir, "export", "--ics", str(ics)]) != 0

    assert capsys.readouterr().err == (
        "wellness-desk: error: no workshops in Test Fest to put in a calendar: add one first\n")
    assert not ics.exists()


def test_cli_prints_the_day_program(data_dir, capsys, tmp_path):
    main(["--data-dir", data_dir, "schedule", "import", str(SAMPLE_PROGRAM)])
    capsys.readouterr()
    path = tmp_path / "program.pdf"

    assert main(["--data-dir", data_dir, "export", "--program-pdf", str(path),
                 "--paper", "letter"]) == 0

    assert capsys.readouterr().out == (
        f"wrote {path}: 9 pages (letter), one per day and space\n")
    pages = _pages(path)
    assert len(pages) == 9
    assert tuple(round(v) for v in pages[0].get_size()) == (612, 792)
    assert _qr_codes(pages[0]) == [settings.DEFAULT_HUB_URL]
