"""The printable day program: one page per day and space, with a QR code to the resource hub."""

from __future__ import annotations

import io
import os
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from . import settings
from .activations import Activation, Location, get_activation, get_location, list_locations
from .clock import utcnow, zone
from .errors import WellnessError
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
    Heading,
    check_paper,
    draw_heading,
    draw_help_footer,
    finish,
    heading_height,
    new_canvas,
    paper_points,
)
from .schedule import Workshop, list_workshops

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas
    from sqlite_utils import Database



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


@dataclass(frozen=True)
class ProgramPlan:
    """What the program PDF prints, read from the database: everything `draw_program` needs."""

    activation: Activation
    pages: list[tuple[date, Location, list[Workshop]]]
    paper: str
    url: str
    printed: datetime


def plan_program(db: Database, activation_id: int, *, paper: str = "a4",
                 hub_url: str | None = None, location_id: int | None = None,
                 now: datetime | None = None) -> ProgramPlan:
    """The read half of the program PDF (milliseconds, on the database's thread)."""
    check_paper(paper)
    activation = get_activation(db, activation_id)
    spaces = list_locations(db, activation_id)
    workshops = list_workshops(db, activation_id, location_id=location_id)
    if not workshops:
        where = get_location(db, location_id).name if location_id else activation.name
        raise WellnessError(msg("no workshops in {where} to print", where=where))
    return ProgramPlan(activation, program_pages(workshops, spaces), paper,
                       hub_url or settings.hub_url(db), now or utcnow())


def save_program(plan: ProgramPlan, path: str | os.PathLike[str]) -> list[tuple[date, str]]:
    """Draw the planned program and save it whole (pure: no database). Returns the
    (day, space name) of every page, in order."""
    pdf, pages = draw_program(plan)
    save_bytes(path, pdf)
    return pages


def program_pdf(
    db: Database, activation_id: int, path: str | os.PathLike[str], *, paper: str = "a4",
    hub_url: str | None = None, location_id: int | None = None, now: datetime | None = None,
) -> list[tuple[date, str]]:
    """Print the program: one page per day and space, with a QR code to the resource hub.

    Returns the (day, space name) of every page, in order. A day's sessions that do not fit
    on one page go on to a second page for the same day and space.
    """
    return save_program(plan_program(db, activation_id, paper=paper, hub_url=hub_url,
                                     location_id=location_id, now=now), path)


@dataclass(frozen=True)
class _Row:
    workshop: Workshop
    scale: float
    title: list[str]
    meta: list[str]
    description: list[str]
    height: float


def draw_program(plan: ProgramPlan) -> tuple[bytes, list[tuple[date, str]]]:
    """The planned program as a PDF, and the (day, space name) of its pages (pure)."""
    activation, paper, url, printed = plan.activation, plan.paper, plan.url, plan.printed
    _check_texts(activation, plan.pages, url)
    out = io.BytesIO()
    c = new_canvas(out, f"{activation.name} — workshop program", paper)
    width, height = paper_points(paper)
    margin = 18 * MM
    printed_pages: list[tuple[date, str]] = []
    for day, space, sessions in plan.pages:
        heading = Heading(f"{activation.name.upper()} · WORKSHOP PROGRAM", ACCENT, space.name,
                          day, f"Times are local ({space.tz})", kicker_ink=GREY,
                          title_size=28, gap_mm=2)
        room = height - margin - heading_height(heading) - (margin + HELP_FOOTER_MM * MM)
        local = printed.astimezone(zone(space.tz))
        for part, rows in enumerate(_paginate(sessions, room, width - 2 * margin)):
            top = draw_heading(c, heading, width=width, height=height, margin=margin,
                               continued=part > 0)
            _draw_rows(c, rows, top, width, margin)
            draw_help_footer(
                c, url, headline="Need to talk? Support is here, any time.",
                lines=("Resources, help lines and how to reach them:",
                       "scan the code, or ask anyone at the wellness tent."),
                printed=(f"Printed {local:%Y-%m-%d %H:%M} · the program may change: "
                         "check at the door"),
                width=width, margin=margin)
            c.showPage()
            printed_pages.append((day, space.name))
    return finish(c, out), printed_pages


def _check_texts(activation: Activation, pages: list[tuple[date, Location, list[Workshop]]],
                 url: str) -> None:
    """Refuse a character no embedded font has, naming where it is, before a page is drawn."""
    # A list, not a dict: two workshops may share a space and a start (a cancelled one and
    # its replacement), and each one's texts must be checked.
    fields: list[tuple[str, str]] = [("activation name", activation.name.upper()),
                                     ("hub address", url)]
    for _, space, sessions in pages:
        fields.append((f"space {space.name}, name", space.name))
        for w in sessions:
            where = f"workshop at {w.local_start:%Y-%m-%d %H:%M} in {space.name}"
            fields += [(f"{where}, title", w.title), (f"{where}, kind", w.kind),
                       (f"{where}, facilitators", ", ".join(w.facilitators)),
                       (f"{where}, description", w.description)]
    check_printable(fields)


_TIME_COL = 30  # mm
_LAYOUTS = ((True, 1.0), (True, 0.9), (False, 0.9), (False, 0.8))


def _layout(w: Workshop, text_width: float, scale: float, with_description: bool) -> _Row:
    title = wrap(w.title, FONT_BOLD, 13 * scale, text_width)
    facts = [w.kind]
    if w.facilitators:
        facts.append("with " + ", ".join(w.facilitators))
    if w.capacity is not None:
        facts.append(f"{w.capacity} places")
    meta = wrap(" · ".join(facts), FONT, 9.5 * scale, text_width)
    description: list[str] = []
    if with_description and w.description:
        description = wrap(" ".join(w.description.split()), FONT, 9 * scale, text_width)
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
    text_width = width - _TIME_COL * MM
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
    y = top
    text_x = margin + _TIME_COL * MM
    for row in rows:
        w, scale = row.workshop, row.scale
        cancelled = w.status == "cancelled"
        ink = GREY if cancelled else INK
        y_line = y - 8 * scale - 13 * scale
        start = w.local_start
        end = w.local_end
        c.setFillColorRGB(*ink)
        draw_text(c, margin, y_line, f"{start:%H:%M}", FONT_BOLD, 15 * scale)
        c.setFillColorRGB(*GREY)
        draw_text(c, margin, y_line - 12 * scale, f"to {end:%H:%M}", FONT, 10 * scale)
        marks = []
        if end.date() > start.date():
            marks.append(("NEXT DAY", GREY))
        if cancelled or w.status == "held":
            marks.append(("CANCELLED", RED) if cancelled else ("HELD", ACCENT))
        for i, (mark, colour) in enumerate(marks):
            c.setFillColorRGB(*colour)
            draw_text(c, margin, y_line - (23 + 9 * i) * scale, mark, FONT_BOLD, 7.5 * scale)
        ty = y_line
        c.setFillColorRGB(*ink)
        for text in row.title:
            draw_text(c, text_x, ty, text, FONT_BOLD, 13 * scale)
            if cancelled:
                # Struck through, not removed: people look for the session they came for.
                c.setStrokeColorRGB(*RED)
                c.setLineWidth(1.1)
                strike = ty + 4.2 * scale
                c.line(text_x, strike, text_x + text_width(text, FONT_BOLD, 13 * scale),
                       strike)
            ty -= 15.5 * scale
        c.setFillColorRGB(*GREY)
        for text in row.meta:
            draw_text(c, text_x, ty + 3 * scale, text, FONT, 9.5 * scale)
            ty -= 12 * scale
        for text in row.description:
            draw_text(c, text_x, ty + 2 * scale, text, FONT, 9 * scale)
            ty -= 11.5 * scale
        y -= row.height
        c.setStrokeColorRGB(*RULE)
        c.setLineWidth(0.5)
        c.line(margin, y + 2, width - margin, y + 2)
