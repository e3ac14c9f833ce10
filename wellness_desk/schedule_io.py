"""The workshop program in and out: a CSV import and an .ics calendar.

The printable day program is `program_print`.

The CSV columns are documented in README.md ("Workshop program CSV"). An import is all or
nothing: every bad line is reported (file, line, field) and nothing is saved.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from . import ics_files
from .activations import Activation, Location, get_activation, get_location, list_locations
from .clock import to_utc_text, utcnow
from .errors import WellnessError
from .paths import ASSETS
from .print.page import MONTHS
from .schedule import (
    MAX_TITLE,
    Draft,
    Workshop,
    check_draft,
    create_workshops,
    list_workshops,
    local_instant,
    split_people,
    workshop_kinds,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlite_utils import Database

    # Reports one problem of a line: bad(field, message).
    Bad = Callable[[str, str], None]

SAMPLE_PROGRAM = ASSETS / "sample-program.csv"

# -- CSV import ---------------------------------------------------------------------------

REQUIRED = ("date", "start", "end", "space", "title", "kind")
OPTIONAL = ("end_date", "facilitators", "capacity", "description")
COLUMNS = REQUIRED + OPTIONAL
_ALIASES = {"facilitator": "facilitators", "location": "space"}
MAX_PROBLEMS = 20
MAX_CAPACITY = 100_000
TIME_HINT = "use 14:30 or 2:30 pm"

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SLASH_DATE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_TIME_24 = re.compile(r"(\d{1,2})[:.](\d{2})")
_TIME_12 = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s*m\.?", re.IGNORECASE)


@dataclass(frozen=True)
class Problem:
    line: int | None  # None: the file as a whole
    field: str | None  # None: the line as a whole
    message: str


class CsvImportError(WellnessError):
    """A CSV that was not imported, with every problem found (up to MAX_PROBLEMS)."""

    def __init__(self, file: str, problems: list[Problem], total: int) -> None:
        self.file = file
        self.problems = problems
        self.total = total
        lines = [f"{file}: nothing imported, {total} problem{'s' if total != 1 else ''}:"]
        for p in problems:
            where = file + (f" line {p.line}" if p.line else "") + (
                f", field {p.field}" if p.field else "")
            lines.append(f"{where}: {p.message}")
        if total > len(problems):
            lines.append(f"… and {total - len(problems)} more")
        super().__init__("\n".join(lines))


class _Problems:
    def __init__(self) -> None:
        self.found: list[Problem] = []
        self.total = 0

    def add(self, line: int, field: str | None, message: str) -> None:
        self.total += 1
        if len(self.found) < MAX_PROBLEMS:
            self.found.append(Problem(line, field, message))


def import_csv(db: Database, activation_id: int, path: str | os.PathLike[str]) -> list[Workshop]:
    """Add the workshops of a program CSV to the activation: all of them, or none.

    Times are wall time in each row's space (the space's zone, else the activation's).
    Raises CsvImportError naming the file, line and field of every problem found.
    """
    path = Path(path)
    name = path.name
    activation = get_activation(db, activation_id)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise WellnessError(f"{path}: cannot read it ({e.strerror})") from e
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise CsvImportError(name, [Problem(line, None, "is not UTF-8 text (save the sheet as "
                                            "“CSV UTF-8”)")], 1) from e
    problems = _Problems()
    drafts = _read_rows(db, activation, text, problems)
    if problems.total:
        raise CsvImportError(name, problems.found, problems.total)
    try:
        return create_workshops(db, drafts)
    except WellnessError as e:
        # A rule of the schedule this reader does not check itself: still nothing saved.
        raise CsvImportError(name, [Problem(None, None, str(e))], 1) from e


def csv_delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_rows(db: Database, activation: Activation, text: str, problems: _Problems
               ) -> list[Draft]:
    if not text.strip():
        problems.add(1, None, f"the file is empty (the first line names the columns: "
                              f"{', '.join(COLUMNS)})")
        return []
    first_line = text.split("\n", 1)[0].rstrip("\r")
    skipped = 0
    # Excel's "sep=;" hint line names the separator itself.
    hint = re.fullmatch(r"sep=(.)", first_line.strip())
    if hint:
        delimiter = hint.group(1)
        text = text.split("\n", 1)[1] if "\n" in text else ""
        skipped = 1
    else:
        delimiter = csv_delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as e:
        problems.add(1 + skipped, None, f"cannot be read as CSV ({e})")
        return []
    if not header or not any(h.strip() for h in header):
        problems.add(1 + skipped, None, f"the first line must name the columns: "
                                        f"{', '.join(COLUMNS)}")
        return []
    columns = _columns(header, 1 + skipped, problems)
    if columns is None:
        return []
    context = _Context(
        activation=activation,
        spaces={" ".join(s.name.split()).casefold(): s
                for s in list_locations(db, activation.id)},
        kinds={k.casefold(): k for k in workshop_kinds(db)},
    )
    drafts: list[Draft] = []
    last_line = reader.line_num
    while True:
        line = last_line + 1 + skipped
        try:
            row = next(reader, None)
        except csv.Error as e:
            problems.add(line, None, f"cannot be read as CSV ({e})")
            break
        if row is None:
            break
        last_line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            extra = [c for c in row[len(header):] if c.strip()]
            if extra:
                problems.add(line, None, f"{len(row)} fields but the header has {len(header)}"
                                         " (a separator inside a field needs quotes)")
                continue
        values = {col: (row[i].strip() if i < len(row) else "") for col, i in columns.items()}
        draft = _draft(values, line, context, problems)
        if draft is not None:
            # The schedule's own rules too, so one this file does not repeat still gets
            # its line and field.
            try:
                check_draft(db, draft)
            except WellnessError as e:
                field, _, message = str(e).partition(": ")
                problems.add(line, field if message else "line", message or str(e))
                draft = None
        if draft is not None:
            drafts.append(draft)
    if not drafts and not problems.total:
        problems.add(last_line + skipped, None, "no workshops after the header line")
    return drafts


def _columns(header: list[str], line: int, problems: _Problems) -> dict[str, int] | None:
    columns: dict[str, int] = {}
    before = problems.total
    for i, cell in enumerate(header):
        key = re.sub(r"[\s\-]+", "_", cell.strip().casefold())
        key = _ALIASES.get(key, key)
        if not key:
            problems.add(line, None, f"column {i + 1} has no name")
        elif key not in COLUMNS:
            problems.add(line, None, f"unknown column {cell.strip()!r} (the columns are: "
                                     f"{', '.join(COLUMNS)})")
        elif key in columns:
            problems.add(line, None, f"column {key!r} appears twice")
        else:
            columns[key] = i
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        problems.add(line, None, f"missing column{'s' if len(missing) > 1 else ''}: "
                                 f"{', '.join(missing)} (needed: {', '.join(REQUIRED)})")
    return None if problems.total > before else columns


@dataclass(frozen=True)
class _Context:
    activation: Activation
    spaces: dict[str, Location]
    kinds: dict[str, str]


def _draft(values: dict[str, str], line: int, ctx: _Context, problems: _Problems
           ) -> Draft | None:
    before = problems.total

    def bad(field: str, message: str) -> None:
        problems.add(line, field, message)

    space = None
    if not values["space"]:
        bad("space", "is empty")
    else:
        space = ctx.spaces.get(" ".join(values["space"].split()).casefold())
        if space is None:
            known = ", ".join(s.name for s in ctx.spaces.values()) or "none yet"
            bad("space", f"{values['space']!r} is not a space of {ctx.activation.name} "
                         f"(known: {known})")
    title = " ".join(values["title"].split())
    if not title:
        bad("title", "is empty")
    elif len(title) > MAX_TITLE:
        bad("title", f"longer than {MAX_TITLE} characters")
    kind = ctx.kinds.get(" ".join(values["kind"].split()).casefold())
    if kind is None:
        shown = repr(values["kind"]) if values["kind"] else "empty"
        bad("kind", f"{shown} is not a workshop kind (known: {', '.join(ctx.kinds.values())})")
    capacity = None
    if values.get("capacity"):
        text = values["capacity"]
        if not text.isdigit() or not 1 <= int(text) <= MAX_CAPACITY:
            bad("capacity", f"{text!r} is not a number of people from 1 (leave it empty for "
                            "the space's capacity)")
        else:
            capacity = int(text)
    day = _parse_date(values["date"], "date", ctx.activation, bad)
    end_day = (_parse_date(values["end_date"], "end_date", ctx.activation, bad)
               if values.get("end_date") else None)
    start_wall = _parse_time(values["start"], "start", bad)
    end_wall = _parse_time(values["end"], "end", bad)
    start = end = None
    if space is not None and day is not None and start_wall is not None:
        start = _instant(day, start_wall[0], space.tz, "start", bad)
    end_day_bad = bool(values.get("end_date")) and end_day is None
    if space is not None and day is not None and end_wall is not None and not end_day_bad:
        wall, past_midnight = end_wall
        if end_day is None:
            end_day = day
            # An end at 00:00 (or 24:00) is the midnight that closes the day.
            if past_midnight or (wall == time(0) and start_wall and start_wall[0] != time(0)):
                end_day = day + timedelta(days=1)
        elif past_midnight:
            end_day += timedelta(days=1)
        end = _instant(end_day, wall, space.tz, "end", bad)
    if start is not None and end is not None:
        if end <= start:
            bad("end", f"{values['end']} is not after the start {values['start']} (a session "
                       "past midnight: put the day it ends in the end_date column)")
        elif end - start > timedelta(hours=24):
            bad("end", "a session cannot last more than 24 hours")
    if problems.total > before or space is None or start is None or end is None:
        return None
    people = split_people(values.get("facilitators", ""))
    return Draft(
        location_id=space.id, title=title, kind=kind or "", start=start, end=end,
        facilitators=tuple(p for p in people if p), capacity=capacity,
        description=values.get("description", ""),
    )


def _parse_date(text: str, field: str, activation: Activation, bad: Bad) -> date | None:
    if not text:
        bad(field, "is empty")
        return None
    if _ISO_DATE.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            bad(field, f"{text!r} is not a date of the calendar")
            return None
    match = _SLASH_DATE.fullmatch(text)
    if not match:
        bad(field, f"{text!r} is not a date (use 2026-07-04)")
        return None
    # 04/07/2026 is 4 July in Europe and 7 April in the US: take the reading that falls
    # within the activation, and refuse to guess when both (or neither) do.
    a, b, year = (int(g) for g in match.groups())
    readings = set()
    for day_n, month_n in ((a, b), (b, a)):
        with contextlib.suppress(ValueError):
            readings.add(date(year, month_n, day_n))
    inside = sorted(d for d in readings
                    if activation.start_date <= d <= activation.end_date + timedelta(days=1))
    if not readings:
        bad(field, f"{text!r} is not a date (use 2026-07-04)")
    elif len(inside) == 1:
        return inside[0]
    elif len(inside) > 1:
        first, second = inside
        bad(field, f"{text!r} could be {first.day} {MONTHS[first.month - 1]} or {second.day} "
                   f"{MONTHS[second.month - 1]}: write {first.isoformat()} or "
                   f"{second.isoformat()}")
    else:
        bad(field, f"{text!r} is not within {activation.name} ({activation.start_date} to "
                   f"{activation.end_date}); write dates as YYYY-MM-DD")
    return None


def _parse_time(text: str, field: str, bad: Bad) -> tuple[time, bool] | None:
    """A wall time, and whether it is the 24:00 that ends a day."""
    if not text:
        bad(field, f"is empty ({TIME_HINT})")
        return None
    text = " ".join(text.split())
    m24 = _TIME_24.fullmatch(text)
    m12 = _TIME_12.fullmatch(text)
    if m24:
        hour, minute = int(m24.group(1)), int(m24.group(2))
        if hour == 24 and minute == 0 and field == "end":
            return time(0), True
        if hour <= 23 and minute <= 59:
            return time(hour, minute), False
    elif m12:
        hour, minute = int(m12.group(1)), int(m12.group(2) or 0)
        if 1 <= hour <= 12 and minute <= 59:
            hour = hour % 12 + (12 if m12.group(3).lower() == "p" else 0)
            return time(hour, minute), False
    bad(field, f"{text!r} is not a time ({TIME_HINT})")
    return None


def _instant(day: date, wall: time, tz: str, field: str, bad: Bad) -> datetime | None:
    try:
        return local_instant(day, wall, tz)
    except WellnessError as e:
        bad(field, str(e))
        return None


# -- .ics export --------------------------------------------------------------------------

PRODID = "-//Wellness Desk//Workshop program//EN"


def export_ics(db: Database, activation_id: int, *, location_id: int | None = None,
               now: datetime | None = None) -> bytes:
    """The program (or one space's) as an iCalendar file: one VEVENT per workshop.

    Each event keeps the workshop's UID, so a calendar that imported an earlier export
    updates its events instead of adding copies; cancelled ones stay, marked CANCELLED.
    An event written differently from the last export (moved, renamed, cancelled…) gets a
    higher SEQUENCE and a new LAST-MODIFIED (see wellness_desk.ics_files). A program with
    no workshop is refused: RFC 5545 allows no calendar without an event.
    """
    from icalendar import Event

    activation = get_activation(db, activation_id)
    name = activation.name
    if location_id is not None:
        space = get_location(db, location_id)
        if space.activation_id != activation_id:
            raise WellnessError(f"space {space.name!r} is not in {activation.name}")
        name = f"{activation.name} · {space.name}"
    workshops = list_workshops(db, activation_id, location_id=location_id)
    if not workshops:
        where = space.name if location_id is not None else activation.name
        raise WellnessError(f"no workshops in {where} to put in a calendar: add one first")
    cal = ics_files.new_calendar(PRODID, f"{name} — workshops", activation.tz)
    spans: dict[str, list[date]] = defaultdict(list)
    for w in workshops:
        spans[w.tz] += [w.local_start.date(), w.local_end.date()]
    ics_files.add_zones(cal, spans)
    prints = {w.uid: ics_files.fingerprint(
        to_utc_text(w.start), to_utc_text(w.end), w.tz, w.title, w.space, _ics_status(w),
        w.kind, ics_description(w)) for w in workshops}
    revisions = ics_files.revisions(db, prints, now or utcnow())
    for w in workshops:
        event = Event()
        event.add("uid", w.uid)
        ics_files.stamp(event, revisions[w.uid])
        event.add("summary", w.title)
        event.add("location", w.space)
        ics_files.add_span(event, w.start, w.end, w.tz)
        event.add("status", _ics_status(w))
        event.add("categories", [w.kind])
        event.add("description", ics_description(w))
        cal.add_component(event)
    return cal.to_ical()


def _ics_status(w: Workshop) -> str:
    return "CANCELLED" if w.status == "cancelled" else "CONFIRMED"


def ics_description(w: Workshop) -> str:
    """The DESCRIPTION of a workshop's event: its text, then who runs it and what it is."""
    parts = [w.description] if w.description else []
    facts = []
    if w.facilitators:
        facts.append(f"Facilitators: {', '.join(w.facilitators)}")
    facts.append(f"Kind: {w.kind}")
    if w.capacity is not None:
        facts.append(f"Places: {w.capacity}")
    if w.status == "cancelled":
        facts.append("CANCELLED")
    parts.append("\n".join(facts))
    return "\n\n".join(parts)
