"""What every .ics file of Wellness Desk shares: its time zones, its instants and the
revision of each event.

- VTIMEZONEs are built here from the zoneinfo database, not by `icalendar`'s
  `Timezone.from_tzid`: that one starts a spring change at the wall time after the jump
  (03:00) with the old offset, where RFC 5545 means the wall time before it (02:00), and
  libical and vobject then place the hours after a spring change an hour off.
- An instant whose wall time happens twice (the hour the clocks go back) is written in UTC,
  as RFC 5545 allows: `TZID=…:01:30` cannot say which of the two 01:30s it is.
- Each event's SEQUENCE and LAST-MODIFIED come from `calendar_revision` (migration m011):
  the fingerprint of what the last export wrote for that UID. An export whose event differs
  from the one written before numbers it one higher and dates it at that export, so a
  calendar that imported the earlier file takes the newer one. The fingerprint is a hash of
  text without names: nothing personal is kept for it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import cache
from typing import TYPE_CHECKING

from .clock import from_utc_text, to_utc_text, zone
from .db import immediate

if TYPE_CHECKING:
    from icalendar import Calendar, Component, Event, Timezone
    from sqlite_utils import Database

# A year either side of the events: rules enough for any client to place them, and a few
# hundred bytes instead of every change since 1970.
ZONE_MARGIN = timedelta(days=366)
# No zone changes its clocks twice within six hours, so a scan at this step finds every
# change and a bisection then finds its second.
_SCAN_STEP = timedelta(hours=6)


# -- time zones -------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One change of a zone's clocks: at `instant` the offset goes from `before` to `after`."""

    instant: datetime  # UTC
    before: timedelta
    after: timedelta
    name: str  # the abbreviation from then on (CST, CEST, -03)
    daylight: bool  # summer time from then on

    @property
    def onset(self) -> datetime:
        """The wall time just before the change, as RFC 5545 writes an onset (naive)."""
        return (self.instant + self.before).replace(tzinfo=None)


def _state(z: tzinfo, instant: datetime) -> tuple[timedelta, str, bool]:
    local = instant.astimezone(z)
    return (local.utcoffset() or timedelta(0), local.tzname() or "",
            bool(local.dst()))


@cache
def changes(tzid: str, start: datetime, end: datetime) -> tuple[Change, ...]:
    """Every change of `tzid`'s clocks (offset, abbreviation or summer time) in [start, end)."""
    z = zone(tzid)
    found = []
    t, state = start, _state(z, start)
    while t < end:
        step = min(t + _SCAN_STEP, end)
        later = _state(z, step)
        if later != state:
            low, high = t, step  # the change is in (low, high]
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if _state(z, middle) == state:
                    low = middle
                else:
                    high = middle
            instant = high.replace(microsecond=0)
            if _state(z, instant) == state:
                instant += timedelta(seconds=1)
            found.append(Change(instant, state[0], later[0], later[1], later[2]))
            state = later
        t = step
    return tuple(found)


def vtimezone(tzid: str, first: date, last: date) -> Timezone:
    """The VTIMEZONE of `tzid` from `first` to `last` (local days), from zoneinfo.

    One STANDARD or DAYLIGHT per kind of change, its onsets as DTSTART and RDATEs in the
    wall time before each change (TZOFFSETFROM), as in RFC 5545's own examples; first an
    observance for the offset in force when the range begins.
    """
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

    z = zone(tzid)
    start = datetime.combine(first, time(0), UTC)
    end = datetime.combine(last + timedelta(days=1), time(0), UTC)
    offset, name, daylight = _state(z, start)
    cal_zone = Timezone()
    cal_zone.add("tzid", tzid)
    groups: dict[tuple[bool, timedelta, timedelta, str], list[datetime]] = {}
    groups[(daylight, offset, offset, name)] = [(start + offset).replace(tzinfo=None)]
    for change in changes(tzid, start, end):
        key = (change.daylight, change.before, change.after, change.name)
        groups.setdefault(key, []).append(change.onset)
    for (is_daylight, before, after, abbreviation), onsets in groups.items():
        part = TimezoneDaylight() if is_daylight else TimezoneStandard()
        part.add("dtstart", onsets[0])
        for onset in onsets[1:]:
            # One RDATE line each: dateutil (under vobject) loses dates of a comma list.
            part.add("rdate", onset)
        if abbreviation:
            part.add("tzname", abbreviation)
        part.add("tzoffsetfrom", before)
        part.add("tzoffsetto", after)
        cal_zone.add_component(part)
    return cal_zone


def add_zones(cal: Component, spans: dict[str, list[date]]) -> None:
    """A VTIMEZONE for each zone, covering its days (and a year either side)."""
    for tzid in sorted(spans):
        days = spans[tzid]
        cal.add_component(vtimezone(tzid, min(days) - ZONE_MARGIN, max(days) + ZONE_MARGIN))


# -- instants ---------------------------------------------------------------------------


def twice(instant: datetime, tz: str) -> bool:
    """Whether the wall time of `instant` in `tz` happens twice (the clocks go back then)."""
    local = instant.astimezone(zone(tz))
    return local.replace(fold=0).utcoffset() != local.replace(fold=1).utcoffset()


def add_span(event: Event, start: datetime, end: datetime, tz: str) -> None:
    """DTSTART and DTEND in the zone's wall time, or both in UTC when either wall time is
    one that happens twice (DTEND alone in UTC is allowed too, but some readers balk)."""
    if twice(start, tz) or twice(end, tz):
        event.add("dtstart", start.astimezone(UTC))
        event.add("dtend", end.astimezone(UTC))
    else:
        event.add("dtstart", start.astimezone(zone(tz)))
        event.add("dtend", end.astimezone(zone(tz)))


def clock_label(instant: datetime, tz: str) -> str:
    """HH:MM in the zone, with the zone's abbreviation when that wall time happens twice:
    "01:00 (CDT)" and "01:00 (CST)" on the night the clocks go back."""
    local = instant.astimezone(zone(tz))
    text = f"{local:%H:%M}"
    if not twice(instant, tz):
        return text
    name = local.tzname() or ""
    if not name[:1].isalpha():
        # Zones without a letter abbreviation ("-03") say their offset instead.
        name = f"UTC{name}" if name else "UTC" + local.strftime("%z")
    return f"{text} ({name})"


# -- revisions --------------------------------------------------------------------------


@dataclass(frozen=True)
class Revision:
    sequence: int
    modified: datetime  # UTC: when an export first wrote this version of the event


def fingerprint(*parts: object) -> str:
    """What makes one version of an event: never pass a name or a note in clear."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode()).hexdigest()


def revisions(db: Database, prints: dict[str, str], now: datetime) -> dict[str, Revision]:
    """The SEQUENCE and LAST-MODIFIED of each UID for events whose fingerprints are
    `prints`: as before if unchanged, one higher and dated `now` if changed, 0 if new."""
    now = now.astimezone(UTC).replace(microsecond=0)
    out: dict[str, Revision] = {}
    uids = list(prints)
    with immediate(db):
        known: dict[str, tuple[int, str, str]] = {}
        for chunk in range(0, len(uids), 500):
            part = uids[chunk:chunk + 500]
            marks = ",".join("?" * len(part))
            for uid, sequence, print_, modified in db.execute(
                    "SELECT uid, sequence, fingerprint, modified_utc FROM calendar_revision"
                    f" WHERE uid IN ({marks})", part):
                known[uid] = (sequence, print_, modified)
        for uid, print_ in prints.items():
            if uid in known and known[uid][1] == print_:
                out[uid] = Revision(known[uid][0], from_utc_text(known[uid][2]))
                continue
            sequence = known[uid][0] + 1 if uid in known else 0
            modified = now
            if uid in known:
                # Never dated before the version it replaces, whatever the clock says.
                modified = max(now, from_utc_text(known[uid][2]))
            db.execute(
                "INSERT INTO calendar_revision (uid, sequence, fingerprint, modified_utc)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (uid) DO UPDATE SET"
                " sequence = excluded.sequence, fingerprint = excluded.fingerprint,"
                " modified_utc = excluded.modified_utc",
                [uid, sequence, print_, to_utc_text(modified)])
            out[uid] = Revision(sequence, modified)
    return out


def exported_before(db: Database, uids: list[str]) -> set[str]:
    """Which of `uids` some earlier export wrote."""
    found: set[str] = set()
    for chunk in range(0, len(uids), 500):
        part = uids[chunk:chunk + 500]
        marks = ",".join("?" * len(part))
        found.update(r[0] for r in db.execute(
            f"SELECT uid FROM calendar_revision WHERE uid IN ({marks})", part))
    return found


def stamp(event: Event, revision: Revision) -> None:
    """DTSTAMP, LAST-MODIFIED and SEQUENCE. Without METHOD, RFC 5545 makes DTSTAMP the time
    the event was last revised, the same as LAST-MODIFIED, not the time of the export."""
    event.add("dtstamp", revision.modified)
    event.add("last-modified", revision.modified)
    event.add("sequence", revision.sequence)


def new_calendar(prodid: str, name: str, tz: str) -> Calendar:
    """A VCALENDAR without METHOD: a file to import, not an iTIP message (which would need
    an ORGANIZER, and libical refuses METHOD:PUBLISH without one)."""
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", prodid)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", tz)
    return cal
