"""Therapy days on paper and in calendars: the provider's day sheet, the crew's sign-up sheet,
and .ics files for one booking or the provider's whole day.

What carries a person's name is decided here, once: only the day sheet, which needs an
unlocked vault and says CONFIDENTIAL on every page; and a calendar file only when the tour
manager asks for names and the vault is open. The sign-up sheet never sees the vault at all.
Calendar DESCRIPTIONs carry no personal data, with or without names.
"""

from __future__ import annotations

import io
import os
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from . import ics_files, settings
from .activations import Location, get_activation, get_location
from .clock import from_utc_text, to_utc_text, utcnow, zone
from .errors import WellnessError
from .ics_files import clock_label
from .kits import ROLE_LABELS, UNSPECIFIED
from .messages import msg
from .print.files import save_bytes
from .print.fonts import FONT, FONT_BOLD, check_printable, draw_text, text_width, wrap
from .print.page import (
    ACCENT,
    GREY,
    HELP_FOOTER_MM,
    INK,
    MM,
    RED,
    RULE,
    Colour,
    Heading,
    check_paper,
    draw_heading,
    draw_help_footer,
    finish,
    heading_height,
    new_canvas,
    paper_points,
    shrink_to_fit,
)
from .therapy import Slot, SlotState, TherapyDay, day_sheet, get_booking, get_therapy_day, slots
from .vault import DATABASE_ID

if TYPE_CHECKING:
    from icalendar import Calendar
    from reportlab.pdfgen.canvas import Canvas
    from sqlite_utils import Database

    from .vault import Vault

CONFIDENTIAL = "CONFIDENTIAL"


def _place(stop: Location) -> str:
    """Venue, city — as a calendar's LOCATION and a sheet's heading."""
    return ", ".join(p for p in (stop.venue, stop.city) if p) or stop.name


def _where(therapy_day: TherapyDay, stop: Location, *, sentence: bool = False) -> str:
    text = ("remote (video or phone)" if therapy_day.mode == "remote"
            else f"in person at {_place(stop)}")
    return text[:1].upper() + text[1:] if sentence else text


def _provider(therapy_day: TherapyDay) -> str:
    credentials = therapy_day.provider_credentials
    return therapy_day.provider_name + (f", {credentials}" if credentials else "")


def _local(instant: datetime, tz: str) -> datetime:
    return instant.astimezone(zone(tz))


def _heading(kicker: str, colour: Colour, therapy_day: TherapyDay, stop: Location, tour: str,
             facts: list[str], width: float, margin: float) -> Heading:
    """The top of every page of both sheets: the place, the day, the provider."""
    wrapped = tuple(line for fact in facts for line in wrap(fact, FONT, 10.5, width - 2 * margin))
    title = " · ".join(p for p in (stop.city, stop.venue) if p) or stop.name
    return Heading(kicker, colour, title, therapy_day.day, f"Times are local ({therapy_day.tz})",
                   facts=wrapped, aside=tour)


def _day_fields(therapy_day: TherapyDay, stop: Location, tour: str
                ) -> list[tuple[str, str | None]]:
    """The texts of both sheets' headings, by what they are, for `check_printable`. A tour
    stop's name is made of its date, city and venue: those are named instead."""
    place = ([("city", stop.city), ("venue", stop.venue)] if stop.city or stop.venue
             else [("stop name", stop.name)])
    return [("tour name", tour), *place, ("provider name", therapy_day.provider_name),
            ("provider credentials", therapy_day.provider_credentials)]


# -- the provider's day sheet ------------------------------------------------------------------

_TIME_COL = 30  # mm
_ROW_PAD = 14.0  # points between rows
_TIME_BLOCK = 38.0  # points the time, its end and the status mark take


@dataclass(frozen=True)
class _Line:
    text: str
    font: str
    size: float
    colour: Colour
    lead: float


@dataclass(frozen=True)
class _SheetRow:
    slot: Slot
    lines: list[_Line]
    continued: bool  # the rest of a row that did not fit on the page before

    @property
    def height(self) -> float:
        lines = sum(line.lead for line in self.lines)
        return max(lines, 12.0 if self.continued else _TIME_BLOCK) + _ROW_PAD


_STATE_INKS: dict[SlotState, Colour] = {
    SlotState.BOOKED: ACCENT,
    SlotState.ATTENDED: INK,
    SlotState.NO_SHOW: RED,
    SlotState.FREE: GREY,
    SlotState.BLOCKED: GREY,
}


def _sheet_lines(slot: Slot, text_width: float) -> list[_Line]:
    booking = slot.booking
    if booking is None:
        label = "Blocked: not offered" if slot.blocked else "Free"
        return [_Line(label, FONT, 12, GREY, 16)]
    lines = [_Line(t, FONT_BOLD, 13, INK, 16)
             for t in wrap(booking.person or "", FONT_BOLD, 13, text_width)]
    if booking.role != UNSPECIFIED:
        lines.append(_Line(ROLE_LABELS.get(booking.role, booking.role), FONT, 9.5, GREY, 12.5))
    if booking.contact:
        lines += [_Line(t, FONT, 9.5, INK, 12.5) for t in
                  wrap(f"Contact: {booking.contact}", FONT, 9.5, text_width)]
    if booking.notes:
        paragraphs = [" ".join(p.split()) for p in booking.notes.splitlines() if p.strip()]
        for i, paragraph in enumerate(paragraphs):
            text = f"Notes: {paragraph}" if i == 0 else paragraph
            lines += [_Line(t, FONT, 9.5, INK, 12) for t in
                      wrap(text, FONT, 9.5, text_width)]
    return lines


def _paginate_sheet(rows: list[_SheetRow], room: float) -> list[list[_SheetRow]]:
    """Rows in pages; a row taller than a whole page (a very long note) goes on over the
    page break rather than losing a line."""
    pages: list[list[_SheetRow]] = [[]]
    used = 0.0
    queue = list(rows)
    while queue:
        row = queue.pop(0)
        if used + row.height <= room:
            pages[-1].append(row)
            used += row.height
            continue
        if pages[-1]:
            pages.append([])
            used = 0.0
            queue.insert(0, row)
            continue
        # Alone on a fresh page and still too tall: cut it at the last whole line that fits.
        fit, taken = 0, _ROW_PAD
        while fit < len(row.lines) - 1 and taken + row.lines[fit].lead <= room:
            taken += row.lines[fit].lead
            fit += 1
        fit = max(fit, 1)
        pages[-1].append(_SheetRow(row.slot, row.lines[:fit], row.continued))
        used = room
        if row.lines[fit:]:
            queue.insert(0, _SheetRow(row.slot, row.lines[fit:], True))
    return pages


def _draw_sheet_rows(c: Canvas, rows: list[_SheetRow], top: float, tz: str, width: float,
                     margin: float) -> None:
    y = top
    text_x = margin + _TIME_COL * MM
    if not rows:
        c.setFillColorRGB(*GREY)
        draw_text(c, margin, y - 16, "No sessions on this day.", FONT, 12)
        return
    room = _TIME_COL * MM - 2 * MM
    for row in rows:
        # "01:00 (CDT)" / "01:00 (CST)" on the night the clocks go back.
        start, end = clock_label(row.slot.start, tz), clock_label(row.slot.end, tz)
        first = y - 16
        if row.continued:
            c.setFillColorRGB(*GREY)
            draw_text(c, margin, first, f"{start} (cont.)", FONT,
                      shrink_to_fit(f"{start} (cont.)", FONT, 9, room, 6))
        else:
            c.setFillColorRGB(*INK)
            draw_text(c, margin, first, start, FONT_BOLD,
                      shrink_to_fit(start, FONT_BOLD, 15, room, 9))
            c.setFillColorRGB(*GREY)
            draw_text(c, margin, first - 12, f"to {end}", FONT,
                      shrink_to_fit(f"to {end}", FONT, 10, room, 6.5))
            state = row.slot.state
            c.setFillColorRGB(*_STATE_INKS[state])
            draw_text(c, margin, first - 23, state.label.upper(), FONT_BOLD, 7.5)
        ty = first
        for line in row.lines:
            c.setFillColorRGB(*line.colour)
            draw_text(c, text_x, ty, line.text, line.font, line.size)
            ty -= line.lead
        y -= row.height
        c.setStrokeColorRGB(*RULE)
        c.setLineWidth(0.5)
        c.line(margin, y + 2, width - margin, y + 2)


_SHEET_FOOTER_MM = 16


def _draw_sheet_footer(c: Canvas, *, width: float, margin: float, printed: str, page: int,
                       pages: int) -> None:
    top = margin + (_SHEET_FOOTER_MM - 4) * MM
    c.setStrokeColorRGB(*RED)
    c.setLineWidth(0.8)
    c.line(margin, top, width - margin, top)
    c.setFillColorRGB(*RED)
    draw_text(c, margin, top - 5 * MM, CONFIDENTIAL, FONT_BOLD, 9)
    c.setFillColorRGB(*INK)
    warning = ("Names and notes of people in therapy: for the provider only. "
               "Keep it out of sight; shred it after the day.")
    x = margin + text_width(CONFIDENTIAL + "  ", FONT_BOLD, 9)
    draw_text(c, x, top - 5 * MM, warning, FONT,
              shrink_to_fit(warning, FONT, 8, width - margin - x, 5.5))
    c.setFillColorRGB(*GREY)
    draw_text(c, margin, margin + 1.5 * MM, printed, FONT, 7.5)
    draw_text(c, width - margin, margin + 1.5 * MM, f"Page {page} of {pages}", FONT, 7.5,
              align="right")


@dataclass(frozen=True)
class DaySheetPlan:
    """The day sheet as read from the database, names decrypted: all `draw_day_sheet` needs.

    It carries names, contacts and notes of people in therapy: never put it in a log (its
    repr leaves them out)."""

    therapy_day: TherapyDay
    stop: Location
    tour: str
    slots: list[Slot] = field(repr=False)
    provider_contact: str | None = field(repr=False)
    paper: str
    printed: datetime


def plan_day_sheet(db: Database, vault: Vault | None, therapy_day_id: int, *,
                   paper: str = "a4", now: datetime | None = None) -> DaySheetPlan:
    """The read half of the day sheet (milliseconds, on the database's thread). Needs the
    unlocked vault."""
    if vault is None:
        raise WellnessError(msg("unlock the therapy section to print names"))
    check_paper(paper)
    sheet = day_sheet(db, therapy_day_id, vault)
    stop = get_location(db, sheet.therapy_day.location_id)
    tour = get_activation(db, stop.activation_id)
    return DaySheetPlan(sheet.therapy_day, stop, tour.name, sheet.slots,
                        sheet.provider_contact, paper, now or utcnow())


def draw_day_sheet(plan: DaySheetPlan) -> tuple[bytes, int]:
    """The planned day sheet as a PDF, and its number of pages (pure: no database)."""
    therapy_day, stop, paper = plan.therapy_day, plan.stop, plan.paper
    booked = [s for s in plan.slots if s.booking is not None]
    facts = [f"Provider: {_provider(therapy_day)}", _where(therapy_day, stop, sentence=True)]
    if plan.provider_contact:
        facts.append(f"Provider contact: {plan.provider_contact}")
    count = len(plan.slots)
    facts.append(f"{count} slot{'s' if count != 1 else ''} · {len(booked)} booked · "
                 f"{sum(s.free for s in plan.slots)} free")
    # Named by the slot's time, never by the person: the message may be read over a shoulder.
    check_printable(
        [*_day_fields(therapy_day, stop, plan.tour),
         ("provider contact", plan.provider_contact)]
        + [(f"booking at {clock_label(s.start, therapy_day.tz)}, {name}", value)
           for s in booked if s.booking is not None
           for name, value in (("name", s.booking.person), ("contact", s.booking.contact),
                               ("notes", s.booking.notes))])

    out = io.BytesIO()
    c = new_canvas(out, f"{CONFIDENTIAL} — therapy day sheet — {therapy_day.stop}", paper)
    width, height = paper_points(paper)
    margin = 18 * MM
    heading = _heading(f"{CONFIDENTIAL} · THERAPY DAY SHEET", RED, therapy_day, stop, plan.tour,
                       facts, width, margin)
    room = height - 2 * margin - heading_height(heading) - _SHEET_FOOTER_MM * MM
    text_width = width - 2 * margin - _TIME_COL * MM
    rows = [_SheetRow(s, _sheet_lines(s, text_width), False) for s in plan.slots]
    pages = _paginate_sheet(rows, room)
    printed = (f"Printed {_local(plan.printed, therapy_day.tz):%Y-%m-%d %H:%M} · "
               f"{therapy_day.stop}")
    for number, page_rows in enumerate(pages, start=1):
        top = draw_heading(c, heading, width=width, height=height, margin=margin,
                           continued=number > 1)
        _draw_sheet_rows(c, page_rows, top, therapy_day.tz, width, margin)
        _draw_sheet_footer(c, width=width, margin=margin, printed=printed, page=number,
                           pages=len(pages))
        c.showPage()
    return finish(c, out), len(pages)


def save_day_sheet(plan: DaySheetPlan, path: str | os.PathLike[str]) -> int:
    """Draw the planned day sheet and save it whole, readable by its owner only (it names
    people in therapy). Pure: no database. Returns the number of pages."""
    pdf, pages = draw_day_sheet(plan)
    save_bytes(path, pdf, private=True)
    return pages


def day_sheet_pdf(db: Database, vault: Vault | None, therapy_day_id: int,
                  path: str | os.PathLike[str], *, paper: str = "a4",
                  now: datetime | None = None) -> int:
    """Print the provider's day sheet: every slot with its local times and status, and for
    each booking the person's name, role, contact and notes (those two only if given).

    Needs the unlocked vault. CONFIDENTIAL heads and foots every page. The waitlist is
    left off: the provider needs only who comes. Returns the number of pages.
    """
    return save_day_sheet(plan_day_sheet(db, vault, therapy_day_id, paper=paper, now=now), path)


# -- the crew's sign-up sheet ------------------------------------------------------------------

_SIGNUP_ROW_MM = 12


def _span_label(slot: Slot, tz: str) -> str:
    """"12:00–12:50"; around the clocks going back, with the zone's abbreviation once when
    both ends share it ("01:00–01:50 (CDT)"), else at each end that needs it."""
    start, end = clock_label(slot.start, tz), clock_label(slot.end, tz)
    start_time, _, start_zone = start.partition(" ")
    end_time, _, end_zone = end.partition(" ")
    if start_zone and start_zone == end_zone:
        return f"{start_time}–{end_time} {start_zone}"
    return f"{start}–{end}"


def _draw_signup_rows(c: Canvas, rows: list[Slot], top: float, tz: str, width: float,
                      margin: float) -> None:
    y = top
    text_x = margin + 38 * MM
    if not rows:
        c.setFillColorRGB(*GREY)
        draw_text(c, margin, y - 16, "No times offered on this day.", FONT, 12)
        return
    for slot in rows:
        baseline = y - 8 * MM
        label = _span_label(slot, tz)
        taken = not slot.free
        c.setFillColorRGB(*(GREY if taken else INK))
        draw_text(c, margin, baseline, label, FONT_BOLD,
                  shrink_to_fit(label, FONT_BOLD, 14, text_x - margin - 2 * MM, 8))
        if taken:
            draw_text(c, text_x, baseline, "taken", FONT, 11)
        else:
            # An open line to write initials or an alias on.
            c.setStrokeColorRGB(*INK)
            c.setLineWidth(0.7)
            c.line(text_x, baseline - 1.5, width - margin, baseline - 1.5)
        y -= _SIGNUP_ROW_MM * MM


@dataclass(frozen=True)
class SignupPlan:
    """The sign-up sheet as read from the database: all `draw_signup_sheet` needs (no name,
    no role: it is read without the vault)."""

    therapy_day: TherapyDay
    stop: Location
    tour: str
    offered: list[Slot]  # blocked times left off
    url: str
    paper: str
    printed: datetime


def plan_signup_sheet(db: Database, therapy_day_id: int, *, paper: str = "a4",
                      hub_url: str | None = None, now: datetime | None = None) -> SignupPlan:
    """The read half of the sign-up sheet (milliseconds, on the database's thread)."""
    check_paper(paper)
    therapy_day = get_therapy_day(db, therapy_day_id)
    stop = get_location(db, therapy_day.location_id)
    tour = get_activation(db, stop.activation_id)
    offered = [s for s in slots(db, therapy_day_id) if not s.blocked]
    return SignupPlan(therapy_day, stop, tour.name, offered, hub_url or settings.hub_url(db),
                      paper, now or utcnow())


def draw_signup_sheet(plan: SignupPlan) -> tuple[bytes, int]:
    """The planned sign-up sheet as a PDF, and its number of pages (pure: no database)."""
    therapy_day, stop, offered, paper = plan.therapy_day, plan.stop, plan.offered, plan.paper
    free = sum(s.free for s in offered)
    facts = [
        f"Private sessions with {_provider(therapy_day)}",
        _where(therapy_day, stop, sentence=True),
        f"{free} of {len(offered)} times free when printed. To book one, write your initials "
        "or an alias on a free line (not your full name), or ask your tour manager in "
        "private. Only the tour manager and the therapist see who booked.",
    ]
    check_printable([*_day_fields(therapy_day, stop, plan.tour), ("hub address", plan.url)])

    out = io.BytesIO()
    c = new_canvas(out, f"Therapy sign-up — {therapy_day.stop}", paper)
    width, height = paper_points(paper)
    margin = 18 * MM
    heading = _heading("THERAPY DAY · SIGN-UP", ACCENT, therapy_day, stop, plan.tour, facts,
                       width, margin)
    room = height - 2 * margin - heading_height(heading) - HELP_FOOTER_MM * MM
    per_page = max(1, int(room // (_SIGNUP_ROW_MM * MM)))
    pages = [offered[i:i + per_page] for i in range(0, len(offered), per_page)] or [[]]
    printed = (f"Printed {_local(plan.printed, therapy_day.tz):%Y-%m-%d %H:%M} · "
               "times may change: check with your tour manager")
    for number, page_rows in enumerate(pages, start=1):
        top = draw_heading(c, heading, width=width, height=height, margin=margin,
                           continued=number > 1)
        _draw_signup_rows(c, page_rows, top, therapy_day.tz, width, margin)
        pages_text = f" · page {number} of {len(pages)}" if len(pages) > 1 else ""
        draw_help_footer(
            c, plan.url, headline="Need to talk before then? Support is here, any time.",
            lines=("Resources, help lines and how to reach them:",
                   "scan the code, or ask your tour manager."),
            printed=printed + pages_text, width=width, margin=margin)
        c.showPage()
    return finish(c, out), len(pages)


def save_signup_sheet(plan: SignupPlan, path: str | os.PathLike[str]) -> int:
    """Draw the planned sign-up sheet and save it whole (pure: no database). Returns the
    number of pages."""
    pdf, pages = draw_signup_sheet(plan)
    save_bytes(path, pdf)
    return pages


def signup_sheet_pdf(db: Database, therapy_day_id: int, path: str | os.PathLike[str], *,
                     paper: str = "a4", hub_url: str | None = None,
                     now: datetime | None = None) -> int:
    """Print the sign-up sheet for the crew room: the provider and how they meet people, the
    day's times (an open line for a free one, "taken" for a booked one; blocked times are
    left off) and a QR code to the resource hub. Never a name or a role: it takes no vault.
    Returns the number of pages.
    """
    return save_signup_sheet(plan_signup_sheet(db, therapy_day_id, paper=paper,
                                               hub_url=hub_url, now=now), path)


# -- calendar files ---------------------------------------------------------------------------

PRODID = "-//Wellness Desk//Therapy day//EN"
# Fixed for ever: UIDs are derived from it, so a re-exported event updates the old one.
_UID_NAMESPACE = uuid.UUID("5b0f2c7e-3f4a-4d51-9a8e-6c1d2b7e9f30")


def _uid(db: Database, kind: str, row_id: int) -> str:
    """A UID that stays the same on every export of the same booking (or slot), and differs
    from any other laptop's, without saying anything about the person."""
    database = settings.get(db, DATABASE_ID) or "local"
    return f"{uuid.uuid5(_UID_NAMESPACE, f'{database}/{kind}/{row_id}')}@wellness-desk"


def _calendar(name: str, therapy_day: TherapyDay) -> Calendar:
    cal = ics_files.new_calendar(PRODID, name, therapy_day.tz)
    ics_files.add_zones(cal, {therapy_day.tz: [therapy_day.day, therapy_day.day]})
    return cal


@dataclass(frozen=True)
class _Entry:
    """One event of a therapy calendar, before its revision is known."""

    uid: str
    summary: str
    start: datetime
    end: datetime
    location: str
    description: str
    status: str
    transparent: bool
    # What identifies this version besides the text: the booking behind a "Session", so a
    # rebooked slot is a new version even when its title, without names, reads the same.
    # Never the name itself.
    identity: str = ""
    named_summary: str | None = None  # the title with a name, when the export asks for it

    def fingerprint(self, tz: str) -> str:
        return ics_files.fingerprint(
            to_utc_text(self.start), to_utc_text(self.end), tz, self.summary, self.location,
            self.description, self.status, self.transparent, self.identity)


def _write(db: Database, cal: Calendar, entries: list[_Entry], tz: str, now: datetime | None
           ) -> bytes:
    from icalendar import Event

    revisions = ics_files.revisions(db, {e.uid: e.fingerprint(tz) for e in entries},
                                    now or utcnow())
    for entry in entries:
        event = Event()
        event.add("uid", entry.uid)
        ics_files.stamp(event, revisions[entry.uid])
        event.add("summary", entry.named_summary or entry.summary)
        ics_files.add_span(event, entry.start, entry.end, tz)
        event.add("location", entry.location)
        event.add("description", entry.description)
        event.add("status", entry.status)
        event.add("transp", "TRANSPARENT" if entry.transparent else "OPAQUE")
        # Shared calendars show a private event as "busy", not its title.
        event.add("class", "PRIVATE")
        cal.add_component(event)
    return cal.to_ical()


def _location_text(therapy_day: TherapyDay, stop: Location) -> str:
    return "Remote" if therapy_day.mode == "remote" else _place(stop)


def _description(lead: str, therapy_day: TherapyDay, stop: Location) -> str:
    """Only what the tour already knows: who the provider is, where and when. Never the
    client, their contact or notes."""
    return (f"{lead}, {_where(therapy_day, stop)}.\n"
            f"Therapy day: {therapy_day.stop}. Times are local ({therapy_day.tz}).")


def booking_ics(db: Database, booking_id: int, *, vault: Vault | None = None,
                with_name: bool = False, now: datetime | None = None) -> bytes:
    """One booking as an invite for the person booked: "Session with <provider>".

    The client's name goes into the title only with `with_name` and an unlocked vault
    ("Session with <provider> — <client>"); contact and notes never go in. A cancelled
    booking exports as STATUS:CANCELLED with a higher SEQUENCE, so a calendar that has it
    takes it off.
    """
    if with_name and vault is None:
        raise WellnessError(msg("unlock the therapy section to put the name in the invite"))
    booking = get_booking(db, booking_id, vault if with_name else None)
    # Straight from the table: a slot dropped by a new plan still has its times.
    row = db.execute("SELECT therapy_day_id, start_utc, end_utc FROM therapy_slot WHERE id = ?",
                     [booking.slot_id]).fetchone()
    therapy_day = get_therapy_day(db, row[0])
    stop = get_location(db, therapy_day.location_id)
    summary = f"Session with {therapy_day.provider_name}"
    cal = _calendar("Therapy session", therapy_day)
    entry = _Entry(
        uid=_uid(db, "booking", booking.id), summary=summary, start=from_utc_text(row[1]),
        end=from_utc_text(row[2]), location=_location_text(therapy_day, stop),
        description=_description(f"Private therapy session with {_provider(therapy_day)}",
                                 therapy_day, stop),
        status="CONFIRMED" if booking.live else "CANCELLED", transparent=False,
        named_summary=f"{summary} — {booking.person}" if with_name else None)
    return _write(db, cal, [entry], therapy_day.tz, now)


def save_booking_ics(db: Database, booking_id: int, path: str | os.PathLike[str], *,
                     vault: Vault | None = None, with_name: bool = False,
                     now: datetime | None = None) -> Path:
    """Save the invite of `booking_ics`; one with the client's name is readable by its
    owner only (mode 0600), as the day sheet is."""
    return save_bytes(path, booking_ics(db, booking_id, vault=vault, with_name=with_name,
                                        now=now), private=with_name)


def day_ics(db: Database, therapy_day_id: int, *, vault: Vault | None = None,
            with_names: bool = False, now: datetime | None = None) -> bytes:
    """The provider's whole day: a "Session" for every booked slot ("Session — <client>"
    only with `with_names` and an unlocked vault), and an "Open slot" marked free time
    (TRANSP:TRANSPARENT) for every slot still free. Blocked slots are left out.

    Open slots are in so that the provider sees the whole working day, and because each
    event's UID belongs to its slot: importing the file again after a booking or a
    cancellation turns "Open slot" into "Session" (or back) instead of adding a copy.
    A slot an earlier export carried that is no longer offered (removed by a new plan, or
    blocked since) comes back as STATUS:CANCELLED with a higher SEQUENCE, so calendars
    drop it. A day with nothing to put in a calendar is refused.
    """
    if with_names and vault is None:
        raise WellnessError(msg("unlock the therapy section to put names in the calendar"))
    therapy_day = get_therapy_day(db, therapy_day_id)
    stop = get_location(db, therapy_day.location_id)
    location = _location_text(therapy_day, stop)
    booked = _description("A booked session", therapy_day, stop)
    open_slot = _description("Not booked (yet)", therapy_day, stop)
    offered = {s.id: s for s in slots(db, therapy_day_id, vault if with_names else None)
               if not s.blocked}
    every = db.execute("SELECT id, start_utc, end_utc FROM therapy_slot"
                       " WHERE therapy_day_id = ? ORDER BY start_utc, id",
                       [therapy_day_id]).fetchall()
    uids = {slot_id: _uid(db, "slot", slot_id) for slot_id, _, _ in every}
    seen = ics_files.exported_before(
        db, [uids[slot_id] for slot_id, _, _ in every if slot_id not in offered])
    entries = []
    for slot_id, start, end in every:
        slot = offered.get(slot_id)
        if slot is None:
            if uids[slot_id] in seen:
                entries.append(_Entry(
                    uid=uids[slot_id], summary="Slot withdrawn", start=from_utc_text(start),
                    end=from_utc_text(end), location=location,
                    description=_description("No longer offered", therapy_day, stop),
                    status="CANCELLED", transparent=True))
            continue
        booking = slot.booking
        named = None
        if booking is not None and with_names:
            named = f"Session — {booking.person}"
        entries.append(_Entry(
            uid=uids[slot_id], summary="Open slot" if booking is None else "Session",
            start=slot.start, end=slot.end, location=location,
            description=open_slot if booking is None else booked,
            status="CONFIRMED" if booking is not None else "TENTATIVE",
            transparent=booking is None,
            identity="" if booking is None else f"booking {booking.id}",
            named_summary=named))
    if not entries:
        raise WellnessError(msg("no slot of the therapy day in {stop} is offered: "
                                "nothing to put in a calendar", stop=therapy_day.stop))
    cal = _calendar(f"Therapy day · {therapy_day.stop}", therapy_day)
    return _write(db, cal, entries, therapy_day.tz, now)


def save_day_ics(db: Database, therapy_day_id: int, path: str | os.PathLike[str], *,
                 vault: Vault | None = None, with_names: bool = False,
                 now: datetime | None = None) -> Path:
    """Save the provider's day of `day_ics`; with the clients' names it is readable by its
    owner only (mode 0600)."""
    return save_bytes(path, day_ics(db, therapy_day_id, vault=vault, with_names=with_names,
                                    now=now), private=with_names)
