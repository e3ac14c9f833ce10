"""The workshop program in and out: a CSV import and an .ics calendar.

The printable day program is `program_print`.

The CSV columns are documented in README.md ("Workshop program CSV"). An import is all or
nothing: every bad line is reported (file, line, field) and nothing is saved.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from . import ics_files
from .activations import Activation, Location, get_activation, get_location, list_locations
from .clock import to_utc_text, utcnow
from .csv_table import Problem, Row, read_table
from .errors import WellnessError
from .messages import joined, msg, unlabelled
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

log = logging.getLogger(__name__)
SAMPLE_PROGRAM = ASSETS / "sample-program.csv"

# -- CSV import ---------------------------------------------------------------------------

REQUIRED = ("date", "start", "end", "space", "title", "kind")
OPTIONAL = ("end_date", "facilitators", "capacity", "description")
_ALIASES = {"facilitator": "facilitators", "location": "space"}
MAX_PROBLEMS = 20
MAX_CAPACITY = 100_000
TIME_HINT = "use 14:30 or 2:30 pm"

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SLASH_DATE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_TIME_24 = re.compile(r"(\d{1,2})[:.](\d{2})")
_TIME_12 = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s*m\.?", re.IGNORECASE)


class CsvImportError(WellnessError):
    """A CSV that was not imported, with every problem found (the first MAX_PROBLEMS listed)."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = problems[:MAX_PROBLEMS]
        self.total = len(problems)
        lines: list[str] = [
            msg("{file}: nothing imported, 1 problem:", file=file) if self.total == 1
            else msg("{file}: nothing imported, {count} problems:", file=file, count=self.total)]
        lines += [p.describe(file) for p in self.problems]
        if self.total > len(self.problems):
            lines.append(msg("… and {count} more", count=self.total - len(self.problems)))
        super().__init__(joined(lines))


def import_csv(db: Database, activation_id: int, path: str | os.PathLike[str]) -> list[Workshop]:
    """Add the workshops of a program CSV to the activation: all of them, or none.

    Times are wall time in each row's space (the space's zone, else the activation's).
    Raises CsvImportError naming the file, line and field of every problem found.
    """
    activation = get_activation(db, activation_id)
    table = read_table(path, required=REQUIRED, optional=OPTIONAL, aliases=_ALIASES,
                       no_rows=msg("no workshops after the header line"))
    problems = list(table.problems)
    drafts = _drafts(db, activation, table.rows, problems)
    if problems:
        # How many, never what: a problem quotes the line's text.
        log.info("program import refused: %d problems, nothing imported", len(problems))
        # The reader's problems and the rows' in the order of the file's lines.
        raise CsvImportError(table.file, sorted(problems, key=lambda p: p.line or 0))
    try:
        added = create_workshops(db, drafts)
    except WellnessError as e:
        log.info("program import refused by a schedule rule (%s)", type(e).__name__)
        # A rule of the schedule this reader does not check itself: still nothing saved.
        raise CsvImportError(table.file, [Problem(None, None, e.args[0])]) from e
    log.info("program import: %d workshops added to activation %d", len(added), activation_id)
    return added


def _drafts(db: Database, activation: Activation, rows: list[Row], problems: list[Problem]
            ) -> list[Draft]:
    context = _Context(
        activation=activation,
        spaces={" ".join(s.name.split()).casefold(): s
                for s in list_locations(db, activation.id)},
        kinds={k.casefold(): k for k in workshop_kinds(db)},
    )
    drafts: list[Draft] = []
    for row in rows:
        draft = _draft(row.values, row.line, context, problems)
        if draft is None:
            continue
        # The schedule's own rules too, so one this file does not repeat still gets
        # its line and field.
        try:
            check_draft(db, draft)
        except WellnessError as e:
            # The message leads with its field for a reader without a form; here the
            # problem names the field itself.
            message = unlabelled(e.args[0], e.field) if e.field else e.args[0]
            problems.append(Problem(row.line, e.field, message))
            continue
        drafts.append(draft)
    return drafts


@dataclass(frozen=True)
class _Context:
    activation: Activation
    spaces: dict[str, Location]
    kinds: dict[str, str]


def _draft(values: dict[str, str], line: int, ctx: _Context, problems: list[Problem]
           ) -> Draft | None:
    before = len(problems)

    def bad(field: str, message: str) -> None:
        problems.append(Problem(line, field, message))

    space = None
    if not values["space"]:
        bad("space", msg("is empty"))
    else:
        space = ctx.spaces.get(" ".join(values["space"].split()).casefold())
        if space is None:
            known = ", ".join(s.name for s in ctx.spaces.values()) or "none yet"
            bad("space", msg("{space} is not a space of {activation} "
                             "(known: {known})",
                             space=repr(values['space']), activation=ctx.activation.name,
                             known=known))
    title = " ".join(values["title"].split())
    if not title:
        bad("title", msg("is empty"))
    elif len(title) > MAX_TITLE:
        bad("title", msg("longer than {max} characters", max=MAX_TITLE))
    kind = ctx.kinds.get(" ".join(values["kind"].split()).casefold())
    if kind is None:
        shown = repr(values["kind"]) if values["kind"] else "empty"
        bad("kind", msg("{shown} is not a workshop kind (known: {kinds})",
                        shown=shown, kinds=", ".join(ctx.kinds.values())))
    capacity = None
    if values["capacity"]:
        text = values["capacity"]
        if not text.isdigit() or not 1 <= int(text) <= MAX_CAPACITY:
            bad("capacity", msg("{text} is not a number of people from 1 (leave it empty for "
                                "the space's capacity)", text=repr(text)))
        else:
            capacity = int(text)
    day = _parse_date(values["date"], "date", ctx.activation, bad)
    end_day = (_parse_date(values["end_date"], "end_date", ctx.activation, bad)
               if values["end_date"] else None)
    start_wall = _parse_time(values["start"], "start", bad)
    end_wall = _parse_time(values["end"], "end", bad)
    start = end = None
    if space is not None and day is not None and start_wall is not None:
        start = _instant(day, start_wall[0], space.tz, "start", bad)
    end_day_bad = bool(values["end_date"]) and end_day is None
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
            bad("end", msg("{end} is not after the start {start} (a session "
                           "past midnight: put the day it ends in the end_date column)",
                           end=values['end'], start=values['start']))
        elif end - start > timedelta(hours=24):
            bad("end", msg("a session cannot last more than 24 hours"))
    if len(problems) > before or space is None or start is None or end is None:
        return None
    people = split_people(values["facilitators"])
    return Draft(
        location_id=space.id, title=title, kind=kind or "", start=start, end=end,
        facilitators=tuple(p for p in people if p), capacity=capacity,
        description=values["description"],
    )


def _parse_date(text: str, field: str, activation: Activation, bad: Bad) -> date | None:
    if not text:
        bad(field, msg("is empty"))
        return None
    if _ISO_DATE.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            bad(field, msg("{text} is not a date of the calendar", text=repr(text)))
            return None
    match = _SLASH_DATE.fullmatch(text)
    if not match:
        bad(field, msg("{text} is not a date (use 2026-07-04)", text=repr(text)))
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
        bad(field, msg("{text} is not a date (use 2026-07-04)", text=repr(text)))
    elif len(inside) == 1:
        return inside[0]
    elif len(inside) > 1:
        first, second = inside
        bad(field, msg("{text} could be {day} {month} or {day2} "
                       "{month2}: write {date} or "
                       "{date2}",
                       text=repr(text), day=first.day, month=MONTHS[first.month - 1],
                       day2=second.day, month2=MONTHS[second.month - 1], date=first.isoformat(),
                       date2=second.isoformat()))
    else:
        bad(field, msg("{text} is not within {activation} ({start} to "
                       "{end}); write dates as YYYY-MM-DD",
                       text=repr(text), activation=activation.name, start=activation.start_date,
                       end=activation.end_date))
    return None


def _parse_time(text: str, field: str, bad: Bad) -> tuple[time, bool] | None:
    """A wall time, and whether it is the 24:00 that ends a day."""
    if not text:
        bad(field, msg("is empty ({hint})", hint=TIME_HINT))
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
    bad(field, msg("{text} is not a time ({hint})", text=repr(text), hint=TIME_HINT))
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
            raise WellnessError(msg("space {space} is not in {activation}",
                                    space=repr(space.name), activation=activation.name))
        name = f"{activation.name} · {space.name}"
    workshops = list_workshops(db, activation_id, location_id=location_id)
    if not workshops:
        where = space.name if location_id is not None else activation.name
        raise WellnessError(msg("no workshops in {where} to put in a calendar: add one first",
                                where=where))
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
