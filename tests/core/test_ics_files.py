"""The time zones of our .ics files, checked against zoneinfo and read by independent readers."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from icalendar import Calendar

from tests import ics_readers
from wellness_desk.clock import zone
from wellness_desk.ics_files import ZONE_MARGIN, changes, clock_label, twice, vtimezone

# Summer time north and south, a zone that has none, and one that had it until 2019.
ZONES = {
    "America/Chicago": (date(2026, 1, 1), date(2027, 12, 31)),
    "Europe/London": (date(2026, 1, 1), date(2027, 12, 31)),
    "Australia/Sydney": (date(2026, 1, 1), date(2027, 12, 31)),
    "Asia/Tokyo": (date(2026, 1, 1), date(2027, 12, 31)),
    "America/Sao_Paulo": (date(2018, 1, 1), date(2020, 12, 31)),
}


def _offset(value) -> timedelta:
    return value.td if hasattr(value, "td") else value


def _onsets(vtz) -> list[tuple[datetime, timedelta, timedelta]]:
    """Each (UTC instant, offset before, offset after) the VTIMEZONE says, read as RFC 5545
    writes it: an onset is the wall time before the change, in TZOFFSETFROM."""
    found = []
    for part in vtz.walk():
        if part.name not in ("STANDARD", "DAYLIGHT"):
            continue
        before = _offset(part.decoded("TZOFFSETFROM"))
        after = _offset(part.decoded("TZOFFSETTO"))
        walls = [part.decoded("DTSTART")]
        rdates = part.get("RDATE", [])
        for rdate in rdates if isinstance(rdates, list) else [rdates]:
            walls += [d.dt for d in rdate.dts]
        found += [((w - before).replace(tzinfo=UTC), before, after) for w in walls]
    return sorted(found)


@pytest.mark.parametrize("tz", sorted(ZONES))
def test_the_vtimezone_changes_when_zoneinfo_does(tz):
    first, last = ZONES[tz]
    vtz = Calendar.from_ical(vtimezone(tz, first, last).to_ical())
    start = datetime.combine(first, time(0), UTC)
    end = datetime.combine(last + timedelta(days=1), time(0), UTC)
    z = zone(tz)

    onsets = _onsets(vtz)

    # The first observance holds the offset in force when the range begins.
    assert onsets[0][0] == start and onsets[0][1] == onsets[0][2] == z.utcoffset(
        start.replace(tzinfo=None))
    expected = [(c.instant, c.before, c.after) for c in changes(tz, start, end)
                if c.before != c.after]
    assert [o for o in onsets[1:] if o[1] != o[2]] == expected
    for instant, before, after in expected:
        assert (instant - timedelta(seconds=1)).astimezone(z).utcoffset() == before
        assert instant.astimezone(z).utcoffset() == after
    if tz == "America/Chicago":
        # RFC 5545's own example: both changes at 02:00 wall time, before the change.
        assert {(w + b).strftime("%m-%d %H:%M") for w, b, _ in expected} == {
            "03-08 02:00", "11-01 02:00", "03-14 02:00", "11-07 02:00"}
    if tz == "America/Sao_Paulo":
        # Summer time ended in February 2018, began in November, ended for good in 2019.
        assert [f"{i:%Y-%m}" for i, _, _ in expected] == ["2018-02", "2018-11", "2019-02"]
    if tz == "Asia/Tokyo":
        assert expected == []


def _hours(tz: str, first: date, last: date) -> list[datetime]:
    """Every hour of the 36 either side of each change, and every eleventh hour (so each hour
    of the day comes round) in between; never a wall time that happens twice, which a
    TZID time cannot name."""
    z = zone(tz)
    start = datetime.combine(first, time(0), UTC)
    end = datetime.combine(last + timedelta(days=1), time(0), UTC)
    near = [c.instant for c in changes(tz, start, end)]
    hours, t, i = [], start, 0
    while t < end:
        if (i % 11 == 0 or any(abs(t - c) <= timedelta(hours=36) for c in near)) and not twice(
                t, tz):
            hours.append(t)
        t += timedelta(hours=1)
        i += 1
    assert all(h.astimezone(z).utcoffset() is not None for h in hours)
    return hours


def _calendar_of_hours(tz: str, hours: list[datetime]) -> bytes:
    """One event per hour, its start as TZID wall time: the readers place it with the
    VTIMEZONE alone, which spans a year either side as in every export."""
    z = zone(tz)
    first, last = hours[0].date(), hours[-1].date()
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//tests//EN",
             vtimezone(tz, first - ZONE_MARGIN, last + ZONE_MARGIN).to_ical().decode().strip()]
    for i, hour in enumerate(hours):
        start, end = hour.astimezone(z), (hour + timedelta(minutes=30)).astimezone(z)
        lines += ["BEGIN:VEVENT", f"UID:h{i}", "DTSTAMP:20260101T000000Z", "SUMMARY:hour",
                  f"DTSTART;TZID={tz}:{start:%Y%m%dT%H%M%S}",
                  f"DTEND;TZID={tz}:{end:%Y%m%dT%H%M%S}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


@pytest.mark.parametrize("reader", ["vobject", "libical"])
def test_independent_readers_agree_with_zoneinfo_at_every_hour(reader):
    read = dict(ics_readers.independent_readers())[reader]
    for tz, (first, last) in ZONES.items():
        hours = _hours(tz, first, last)

        events = read(_calendar_of_hours(tz, hours))

        assert len(events) == len(hours)
        wrong = [(f"{hours[int(uid[1:])].astimezone(zone(tz)):%Y-%m-%d %H:%M}", e.start)
                 for uid, e in events.items() if e.start != hours[int(uid[1:])]]
        assert wrong == [], f"{reader} misplaces {len(wrong)} hours of {tz}: {wrong[:3]}"


def test_a_wall_time_that_happens_twice_is_labelled_with_its_zone():
    tz = "America/Chicago"
    first = datetime(2026, 11, 1, 6, 0, tzinfo=UTC)  # 01:00 CDT
    second = datetime(2026, 11, 1, 7, 0, tzinfo=UTC)  # 01:00 CST

    assert twice(first, tz) and twice(second, tz)
    assert clock_label(first, tz) == "01:00 (CDT)"
    assert clock_label(second, tz) == "01:00 (CST)"
    assert clock_label(datetime(2026, 11, 1, 5, 0, tzinfo=UTC), tz) == "00:00"
    assert clock_label(datetime(2026, 11, 1, 8, 0, tzinfo=UTC), tz) == "02:00"
    # A zone whose abbreviation is a number says it as an offset.
    assert clock_label(datetime(2019, 2, 17, 1, 30, tzinfo=UTC),
                       "America/Sao_Paulo") == "23:30 (UTC-02)"
