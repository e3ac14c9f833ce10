"""Page furniture every PDF shares: inks, paper, a canvas, headings and footers.

Fonts are shipped with the app and embedded (`fonts`): the laptop's own fonts differ, and the
Helvetica built into PDF readers has no Polish, Czech, Greek or Cyrillic letters.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..errors import WellnessError
from ..messages import msg
from .fonts import FONT, FONT_BOLD, draw_text, register_fonts, text_width

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

Colour = tuple[float, float, float]

INK: Colour = (0.11, 0.12, 0.14)
GREY: Colour = (0.40, 0.42, 0.45)
RULE: Colour = (0.80, 0.81, 0.83)
ACCENT: Colour = (0.13, 0.45, 0.42)
RED: Colour = (0.72, 0.11, 0.11)
INKS: dict[str, Colour] = {"ink": INK, "grey": GREY, "accent": ACCENT}

MM = 72 / 25.4  # points in a millimetre
# Paper in mm (width, height), portrait.
PAPERS: dict[str, tuple[float, float]] = {
    "a4": (210.0, 297.0), "letter": (215.9, 279.4), "a3": (297.0, 420.0),
}
PAPER_TITLES = {"a4": "A4", "letter": "US Letter", "a3": "A3"}
# The edge of the paper a desktop printer leaves blank: 1/6 inch (4.2 mm) on most lasers,
# about 3 mm on inkjets; 5 mm leaves room for a sheet fed a little askew. Crop marks stay
# out of it (what a printer cannot print, it drops or, worse, scales the page to fit).
PRINTABLE_MARGIN_MM = 5.0
# The sheets (program, therapy) print on the two office papers.
SHEET_PAPERS = ("a4", "letter")

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def check_paper(paper: str, papers: tuple[str, ...] = SHEET_PAPERS) -> None:
    if paper not in papers:
        raise WellnessError(msg("paper: {paper} is not one of {papers}",
                                paper=repr(paper), papers=", ".join(papers)), field="paper")


def paper_points(paper: str) -> tuple[float, float]:
    w, h = PAPERS[paper]
    return w * MM, h * MM


def new_canvas(out: io.BytesIO, title: str, paper: str | None = None) -> Canvas:
    """A canvas for `paper` (or for pages sized one by one), fonts registered.

    The document's title is in the file in clear: never a person's name in it.
    """
    from reportlab.pdfgen import canvas

    register_fonts()
    size = paper_points(paper) if paper else paper_points("a4")
    # Started in our font: reportlab's own start-up font, Helvetica, would be named (not
    # embedded) on every page, and print shops' preflights flag it. (types-reportlab types
    # the font's name as a float.)
    c = canvas.Canvas(out, pagesize=size, pageCompression=1,
                      initialFontName=FONT)  # type: ignore[arg-type]
    c.setTitle(title)
    c.setAuthor("Wellness Desk")
    c.setCreator("Wellness Desk")
    return c


def finish(c: Canvas, out: io.BytesIO) -> bytes:
    """The document's bytes."""
    from reportlab import rl_config

    # Binary streams: reportlab's pure-Python ASCII85 pass costs ~0.5 s per 1,000 codes
    # and makes the file a quarter bigger. Read at save time, so set only here.
    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        c.save()
    finally:
        rl_config.useA85 = before
    return out.getvalue()


def shrink_to_fit(text: str, font: str, size: float, room: float, smallest: float) -> float:
    """The largest size from `size` down to `smallest`, in half points, at which one line
    of `text` fits `room` points (`smallest` if none does)."""
    while size > smallest and text_width(text, font, size) > room:
        size = max(smallest, size - 0.5)
    return size


def day_text(day: date) -> str:
    """A day as printed on a sheet, e.g. "Saturday 4 July 2026" (English on every laptop)."""
    return f"{_DAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


# -- the heading of a sheet ------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    """The top of every page of a sheet: a coloured bar and kicker, an aside to its right,
    the title (a space, a city), the day with a note on the right, and lines of facts."""

    kicker: str
    colour: Colour  # the bar's (and, unless `kicker_ink` is given, the kicker's)
    title: str
    day: date
    note: str  # right-aligned on the day's line
    facts: tuple[str, ...] = ()  # already wrapped to the page's width
    aside: str = ""  # right-aligned on the kicker's line
    kicker_ink: Colour | None = None
    title_size: float = 26
    gap_mm: float = 5


_KICKER_MM, _TITLE_MM, _DAY_MM, _FACT_MM, _RULE_MM = 8, 12, 9, 5.2, 5


def heading_height(h: Heading) -> float:
    """Points the heading takes from the top margin down to where the content starts."""
    return (_KICKER_MM + _TITLE_MM + _DAY_MM + _FACT_MM * len(h.facts) + _RULE_MM
            + h.gap_mm) * MM


def draw_heading(c: Canvas, h: Heading, *, width: float, height: float, margin: float,
                 continued: bool) -> float:
    """Draw it; returns the y where the content starts."""
    y = height - margin
    c.setFillColorRGB(*h.colour)
    c.rect(margin, y - 2.2 * MM, 24 * MM, 2.2 * MM, stroke=0, fill=1)
    y -= _KICKER_MM * MM
    c.setFillColorRGB(*(h.kicker_ink or h.colour))
    draw_text(c, margin, y, h.kicker, FONT_BOLD, 10)
    if h.aside:
        c.setFillColorRGB(*GREY)
        room = width - 2 * margin - text_width(h.kicker, FONT_BOLD, 10) - 8 * MM
        draw_text(c, width - margin, y, h.aside, FONT, shrink_to_fit(h.aside, FONT, 9, room, 6),
                  align="right")
    y -= _TITLE_MM * MM
    c.setFillColorRGB(*INK)
    draw_text(c, margin, y, h.title, FONT_BOLD,
              shrink_to_fit(h.title, FONT_BOLD, h.title_size, width - 2 * margin, 12))
    y -= _DAY_MM * MM
    draw_text(c, margin, y, day_text(h.day) + ("  (continued)" if continued else ""), FONT, 15)
    c.setFillColorRGB(*GREY)
    draw_text(c, width - margin, y, h.note, FONT, 8.5, align="right")
    c.setFillColorRGB(*INK)
    for line in h.facts:
        y -= _FACT_MM * MM
        draw_text(c, margin, y, line, FONT, 10.5)
    y -= _RULE_MM * MM
    c.setStrokeColorRGB(*INK)
    c.setLineWidth(1.2)
    c.line(margin, y, width - margin, y)
    return height - margin - heading_height(h)


# -- the help footer: where to find support ----------------------------------------------------

HELP_FOOTER_MM = 44
_FOOTER_QR_MM = 34


def draw_help_footer(c: Canvas, url: str, *, headline: str, lines: tuple[str, str],
                     printed: str, width: float, margin: float) -> None:
    """The bottom of a sheet people read: a QR code to the resource hub with its address,
    a headline and two lines saying where support is, and when the sheet was printed."""
    from .qr import draw_qr

    size = _FOOTER_QR_MM * MM
    draw_qr(c, url, width - margin - size, margin + 6 * MM, size)
    c.setFillColorRGB(*INK)
    draw_text(c, width - margin, margin + 1.5 * MM, url, FONT,
              shrink_to_fit(url, FONT, 9, width - 2 * margin, 5), align="right")
    c.setStrokeColorRGB(*RULE)
    c.setLineWidth(0.8)
    top = margin + (HELP_FOOTER_MM - 4) * MM
    c.line(margin, top, width - margin, top)
    c.setFillColorRGB(*ACCENT)
    draw_text(c, margin, top - 10 * MM, headline, FONT_BOLD,
              shrink_to_fit(headline, FONT_BOLD, 14, width - 2 * margin - size - 4 * MM, 9))
    c.setFillColorRGB(*INK)
    draw_text(c, margin, top - 16.5 * MM, lines[0], FONT, 10.5)
    draw_text(c, margin, top - 21.5 * MM, lines[1], FONT, 10.5)
    c.setFillColorRGB(*GREY)
    draw_text(c, margin, margin + 1.5 * MM, printed, FONT, 7.5)
