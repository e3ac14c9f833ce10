"""The workshop program in and out: a CSV import, an .ics calendar, a printable day program.

The CSV columns are documented in README.md ("Workshop program CSV"). An import is all or
nothing: every bad line is reported (file, line, field) and nothing is saved.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from . import ics_files, settings
from .activations import Activation, Location, get_activation, get_location, list_locations
from .clock import to_utc_text, utcnow, zone
from .csv_table import Problem, Row, by_line, read_table
from .errors import WellnessError
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

    from reportlab.pdfgen.canvas import Canvas
    from sqlite_utils import Database

    # Reports one problem of a line: bad(field, message).
    Bad = Callable[[str, str], None]

ASSETS = Path(__file__).resolve().parent.parent / "assets"
FONT_DIR = ASSETS / "fonts"
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


class CsvImportError(WellnessError):
    """A CSV that was not imported, with every problem found (the first MAX_PROBLEMS listed)."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = problems[:MAX_PROBLEMS]
        self.total = len(problems)
        lines = [f"{file}: nothing imported, {self.total} problem"
                 f"{'s' if self.total != 1 else ''}:"]
        lines += [p.describe(file) for p in self.problems]
        if self.total > len(self.problems):
            lines.append(f"… and {self.total - len(self.problems)} more")
        super().__init__("\n".join(lines))


def import_csv(db: Database, activation_id: int, path: str | os.PathLike[str]) -> list[Workshop]:
    """Add the workshops of a program CSV to the activation: all of them, or none.

    Times are wall time in each row's space (the space's zone, else the activation's).
    Raises CsvImportError naming the file, line and field of every problem found.
    """
    activation = get_activation(db, activation_id)
    table = read_table(path, required=REQUIRED, optional=OPTIONAL, aliases=_ALIASES,
                       rows_are="workshops")
    problems = list(table.problems)
    drafts = _drafts(db, activation, table.rows, problems)
    if problems:
        raise CsvImportError(table.file, by_line(problems))
    try:
        return create_workshops(db, drafts)
    except WellnessError as e:
        # A rule of the schedule this reader does not check itself: still nothing saved.
        raise CsvImportError(table.file, [Problem(None, None, str(e))]) from e


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
            message = str(e).removeprefix(f"{e.field}: ") if e.field else str(e)
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
    if values["capacity"]:
        text = values["capacity"]
        if not text.isdigit() or not 1 <= int(text) <= MAX_CAPACITY:
            bad("capacity", f"{text!r} is not a number of people from 1 (leave it empty for "
                            "the space's capacity)")
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
            bad("end", f"{values['end']} is not after the start {values['start']} (a session "
                       "past midnight: put the day it ends in the end_date column)")
        elif end - start > timedelta(hours=24):
            bad("end", "a session cannot last more than 24 hours")
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
        bad(field, f"{text!r} could be {first.day} {_MONTHS[first.month - 1]} or {second.day} "
                   f"{_MONTHS[second.month - 1]}: write {first.isoformat()} or "
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


# -- printable day program ----------------------------------------------------------------

PAPERS = ("a4", "letter")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
FONT = "WellnessDejaVuSans"
FONT_BOLD = "WellnessDejaVuSans-Bold"


def day_text(day: date) -> str:
    """A day as printed on the program, e.g. "Saturday 4 July 2026" (English on every laptop)."""
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def program_pages(workshops: list[Workshop], spaces: list[Location]
                  ) -> list[tuple[date, Location, list[Workshop]]]:
    """One page per (local day, space) that has sessions, by day, then in space order."""
    order = {s.id: i for i, s in enumerate(spaces)}
    by_page: dict[tuple[date, int], list[Workshop]] = defaultdict(list)
    for w in workshops:
        by_page[(w.local_start.date(), w.location_id)].append(w)
    by_id = {s.id: s for s in spaces}
    return [
        (day, by_id[space_id], sorted(ws, key=lambda w: (w.start, w.id)))
        for (day, space_id), ws in sorted(by_page.items(),
                                          key=lambda kv: (kv[0][0], order[kv[0][1]]))
    ]


def program_pdf(
    db: Database, activation_id: int, path: str | os.PathLike[str], *, paper: str = "a4",
    hub_url: str | None = None, location_id: int | None = None, now: datetime | None = None,
) -> list[tuple[date, str]]:
    """Print the program: one page per day and space, with a QR code to the resource hub.

    Returns the (day, space name) of every page, in order. A day's sessions that do not fit
    on one page go on to a second page for the same day and space.
    """
    if paper not in PAPERS:
        raise WellnessError(f"paper: {paper!r} is not one of {', '.join(PAPERS)}")
    activation = get_activation(db, activation_id)
    spaces = list_locations(db, activation_id)
    workshops = list_workshops(db, activation_id, location_id=location_id)
    if not workshops:
        where = get_location(db, location_id).name if location_id else activation.name
        raise WellnessError(f"no workshops in {where} to print")
    url = hub_url or settings.hub_url(db)
    pdf, pages = _render_program(activation, program_pages(workshops, spaces), paper=paper,
                                 url=url, printed=(now or utcnow()))
    save_bytes(path, pdf)
    return pages


def save_bytes(path: str | os.PathLike[str], data: bytes, *, private: bool = False) -> Path:
    """Write a file whole or not at all: a failed export never leaves half a file behind.

    `private` files (names of people in therapy) are readable by the owner only.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.part")
        # os.open rather than mkstemp: the file gets the user's usual permissions (umask),
        # not mkstemp's owner-only 0600.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if private else 0o666)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as e:
        raise WellnessError(f"{path}: cannot write it ({e.strerror})") from e
    return path


def register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    # Shipped with the app: the laptop's own fonts differ, and the Helvetica built into
    # PDF readers has no Polish, Czech, Greek or Cyrillic letters.
    try:
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    except OSError as e:
        raise WellnessError(
            f"the program's font is missing from {FONT_DIR} ({e}): reinstall Wellness Desk"
        ) from e


@dataclass(frozen=True)
class _Row:
    workshop: Workshop
    scale: float
    title: list[str]
    meta: list[str]
    description: list[str]
    height: float


INK = (0.11, 0.12, 0.14)
GREY = (0.40, 0.42, 0.45)
RULE = (0.80, 0.81, 0.83)
ACCENT = (0.13, 0.45, 0.42)
RED = (0.72, 0.11, 0.11)


def _render_program(activation: Activation, pages: list[tuple[date, Location, list[Workshop]]],
                    *, paper: str, url: str, printed: datetime
                    ) -> tuple[bytes, list[tuple[date, str]]]:
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    register_fonts()
    width, height = A4 if paper == "a4" else LETTER
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(width, height), pageCompression=1)
    c.setTitle(f"{activation.name} — workshop program")
    c.setAuthor("Wellness Desk")
    c.setCreator("Wellness Desk")
    margin = 18 * mm
    footer_h = 44 * mm
    room = height - margin - _HEADER_MM * mm - (margin + footer_h)
    printed_pages: list[tuple[date, str]] = []
    for day, space, sessions in pages:
        for part, rows in enumerate(_paginate(sessions, room, width - 2 * margin)):
            top = _page_header(c, activation, day, space, width, height, margin,
                               continued=part > 0)
            _draw_rows(c, rows, top, width, margin)
            _page_footer(c, url, width, margin, footer_h, printed, space)
            c.showPage()
            printed_pages.append((day, space.name))
    c.save()
    return out.getvalue(), printed_pages


def _page_header(c: Canvas, activation: Activation, day: date, space: Location, width: float,
                 height: float, margin: float, *, continued: bool) -> float:
    from reportlab.lib.units import mm

    y = height - margin
    c.setFillColorRGB(*ACCENT)
    c.rect(margin, y - 2.2 * mm, 24 * mm, 2.2 * mm, stroke=0, fill=1)
    y -= 8 * mm
    c.setFont(FONT_BOLD, 10)
    c.setFillColorRGB(*GREY)
    c.drawString(margin, y, f"{activation.name.upper()} · WORKSHOP PROGRAM")
    y -= 12 * mm
    c.setFillColorRGB(*INK)
    size = _shrink_to(c, space.name, FONT_BOLD, 28, width - 2 * margin)
    c.setFont(FONT_BOLD, size)
    c.drawString(margin, y, space.name)
    y -= 9 * mm
    c.setFont(FONT, 15)
    c.drawString(margin, y, day_text(day) + ("  (continued)" if continued else ""))
    c.setFont(FONT, 8.5)
    c.setFillColorRGB(*GREY)
    c.drawRightString(width - margin, y, f"Times are local ({space.tz})")
    y -= 5 * mm
    c.setStrokeColorRGB(*INK)
    c.setLineWidth(1.2)
    c.line(margin, y, width - margin, y)
    return height - margin - _HEADER_MM * mm


def _shrink_to(c: Canvas, text: str, font: str, size: float, room: float) -> float:
    while size > 12 and c.stringWidth(text, font, size) > room:
        size -= 1
    return size


_TIME_COL = 30  # mm
_HEADER_MM = 36
_LAYOUTS = ((True, 1.0), (True, 0.9), (False, 0.9), (False, 0.8))


def _layout(w: Workshop, text_width: float, scale: float, with_description: bool) -> _Row:
    from reportlab.lib.utils import simpleSplit

    title = simpleSplit(w.title, FONT_BOLD, 13 * scale, text_width)
    facts = [w.kind]
    if w.facilitators:
        facts.append("with " + ", ".join(w.facilitators))
    if w.capacity is not None:
        facts.append(f"{w.capacity} places")
    meta = simpleSplit(" · ".join(facts), FONT, 9.5 * scale, text_width)
    description: list[str] = []
    if with_description and w.description:
        description = simpleSplit(" ".join(w.description.split()), FONT, 9 * scale, text_width)
        if len(description) > 2:
            description = description[:2]
            description[1] = description[1].rstrip()[:-1].rstrip() + "…"
    lines_h = (len(title) * 15.5 + len(meta) * 12 + len(description) * 11.5) * scale
    marks = int(w.status in ("cancelled", "held")) + int(w.local_end.date() > w.local_start.date())
    time_h = (26 + 9 * marks) * scale
    return _Row(w, scale, title, meta, description, max(lines_h, time_h) + 14 * scale)


def _paginate(sessions: list[Workshop], room: float, width: float) -> list[list[_Row]]:
    """The sessions of a day and space in pages: the fewest pages, then the largest print
    (descriptions dropped before the print shrinks below 0.9)."""
    from reportlab.lib.units import mm

    text_width = width - _TIME_COL * mm
    best: list[list[_Row]] | None = None
    for with_description, scale in _LAYOUTS:
        pages: list[list[_Row]] = [[]]
        used = 0.0
        for w in sessions:
            row = _layout(w, text_width, scale, with_description)
            if used + row.height > room and pages[-1]:
                pages.append([])
                used = 0.0
            pages[-1].append(row)
            used += row.height
        if best is None or len(pages) < len(best):
            best = pages
        if len(best) == 1:
            break
    assert best is not None
    return best


def _draw_rows(c: Canvas, rows: list[_Row], top: float, width: float, margin: float) -> None:
    from reportlab.lib.units import mm

    y = top
    text_x = margin + _TIME_COL * mm
    for row in rows:
        w, scale = row.workshop, row.scale
        cancelled = w.status == "cancelled"
        ink = GREY if cancelled else INK
        y_line = y - 8 * scale - 13 * scale
        start = w.local_start
        end = w.local_end
        c.setFillColorRGB(*ink)
        c.setFont(FONT_BOLD, 15 * scale)
        c.drawString(margin, y_line, f"{start:%H:%M}")
        c.setFont(FONT, 10 * scale)
        c.setFillColorRGB(*GREY)
        c.drawString(margin, y_line - 12 * scale, f"to {end:%H:%M}")
        marks = []
        if end.date() > start.date():
            marks.append(("NEXT DAY", GREY))
        if cancelled or w.status == "held":
            marks.append(("CANCELLED", RED) if cancelled else ("HELD", ACCENT))
        c.setFont(FONT_BOLD, 7.5 * scale)
        for i, (mark, colour) in enumerate(marks):
            c.setFillColorRGB(*colour)
            c.drawString(margin, y_line - (23 + 9 * i) * scale, mark)
        ty = y_line
        c.setFillColorRGB(*ink)
        c.setFont(FONT_BOLD, 13 * scale)
        for text in row.title:
            c.drawString(text_x, ty, text)
            if cancelled:
                # Struck through, not removed: people look for the session they came for.
                c.setStrokeColorRGB(*RED)
                c.setLineWidth(1.1)
                strike = ty + 4.2 * scale
                c.line(text_x, strike, text_x + c.stringWidth(text, FONT_BOLD, 13 * scale),
                       strike)
            ty -= 15.5 * scale
        c.setFont(FONT, 9.5 * scale)
        c.setFillColorRGB(*GREY)
        for text in row.meta:
            c.drawString(text_x, ty + 3 * scale, text)
            ty -= 12 * scale
        c.setFillColorRGB(*GREY)
        c.setFont(FONT, 9 * scale)
        for text in row.description:
            c.drawString(text_x, ty + 2 * scale, text)
            ty -= 11.5 * scale
        y -= row.height
        c.setStrokeColorRGB(*RULE)
        c.setLineWidth(0.5)
        c.line(margin, y + 2, width - margin, y + 2)


def _page_footer(c: Canvas, url: str, width: float, margin: float, footer_h: float,
                 printed: datetime, space: Location) -> None:
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.units import mm

    size = 34 * mm
    # Level M survives a crease or a smudge; a longer address drops to L to stay readable.
    widget = QrCodeWidget(url, barLevel="M" if len(url) <= 120 else "L")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    qr_x = width - margin - size
    qr_y = margin + 6 * mm
    renderPDF.draw(drawing, c, qr_x, qr_y)
    c.setFillColorRGB(*INK)
    url_size = _shrink_url(c, url, width - 2 * margin)
    c.setFont(FONT, url_size)
    c.drawRightString(width - margin, margin + 1.5 * mm, url)
    c.setStrokeColorRGB(*RULE)
    c.setLineWidth(0.8)
    top = margin + footer_h - 4 * mm
    c.line(margin, top, width - margin, top)
    c.setFillColorRGB(*ACCENT)
    c.setFont(FONT_BOLD, 14)
    c.drawString(margin, top - 10 * mm, "Need to talk? Support is here, any time.")
    c.setFillColorRGB(*INK)
    c.setFont(FONT, 10.5)
    c.drawString(margin, top - 16.5 * mm, "Resources, help lines and how to reach them:")
    c.drawString(margin, top - 21.5 * mm, "scan the code, or ask anyone at the wellness tent.")
    c.setFillColorRGB(*GREY)
    c.setFont(FONT, 7.5)
    local = printed.astimezone(zone(space.tz))
    c.drawString(margin, margin + 1.5 * mm,
                 f"Printed {local:%Y-%m-%d %H:%M} · the program may change: check at the door")


def _shrink_url(c: Canvas, url: str, room: float) -> float:
    size = 9.0
    while size > 5 and c.stringWidth(url, FONT, size) > room:
        size -= 0.5
    return size
