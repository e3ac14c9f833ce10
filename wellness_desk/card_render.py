"""Drawing planned card jobs: one canvas, identical codes and card faces drawn once.

A print goes in three steps: planning (`cards.plan_job`, a read of milliseconds), drawing
(`draw`, `draw_file`: pure, seconds for thousands of cards, so it runs away from the thread
that writes taps) and the record (`keep`, a write: the print record and the file's name).
"""

from __future__ import annotations

import io
import math
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import cards, settings
from .cards import (
    LEADING,
    TEMPLATES,
    Box,
    CardJob,
    Plan,
    Sheet,
    TextFit,
    cell_scale,
    fit_text,
    job_codes,
    tag_text,
)
from .db import immediate
from .errors import WellnessError
from .messages import msg
from .print.files import Staged, stage_bytes
from .print.fonts import FONT, FONT_BOLD, draw_text
from .print.page import INKS, MM, PAPERS, PRINTABLE_MARGIN_MM, finish, new_canvas
from .print.qr import draw_qr
from .print.qr_logo import LogoPad
from .print.raster import RasterPage, rasterise_page

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas
    from sqlite_utils import Database


class Renderer:
    """Draws planned jobs onto one canvas; identical codes and card faces are drawn once."""

    def __init__(self, title: str = "Wellness Desk cards") -> None:
        self.out = io.BytesIO()
        # Pages are sized one by one: a batch mixes A4 and A3.
        self.canvas: Canvas = new_canvas(self.out, title)
        self.forms: dict[str, str] = {}
        self.pages = 0

    def finish(self) -> bytes:
        return finish(self.canvas, self.out)

    def _face_form(self, plan: Plan, *, with_tag: bool) -> str:
        name = f"face{len(self.forms)}"
        c = self.canvas
        w, h = plan.template.size
        c.beginForm(name, 0, 0, w * MM, h * MM)
        c.setFillColorRGB(1, 1, 1)
        for box in plan.template.boxes:
            if box.kind == "tag" and not with_tag:
                continue
            fit = plan.fits.get(box.kind)
            if fit is not None:
                self._text(box, fit, h)
            elif box.kind == "logo" and plan.logo is not None and not plan.job.logo_on_code:
                self._logo(plan.logo, box.x, h - box.y - box.h, box.w, box.h)
        c.endForm()
        self.forms[name] = name
        return name

    def _text(self, box: Box, fit: TextFit, face_h: float) -> None:
        c = self.canvas
        font = FONT_BOLD if box.bold else FONT
        c.setFillColorRGB(*INKS[box.ink])
        y = (face_h - box.y) * MM - fit.size * 0.95
        for line in fit.lines:
            if box.align == "center":
                draw_text(c, (box.x + box.w / 2) * MM, y, line, font, fit.size, align="centre")
            else:
                draw_text(c, box.x * MM, y, line, font, fit.size)
            y -= fit.size * LEADING

    def _logo(self, path: Path, x: float, y: float, w: float, h: float) -> None:
        self.canvas.drawImage(str(path), x * MM, y * MM, w * MM, h * MM,
                              preserveAspectRatio=True, anchor="c", mask="auto")

    def _logo_on_code(self, path: Path, pad: LogoPad, x: float, top: float, m: float
                      ) -> None:
        """The pad's modules left light, the logo inside with a module of light around it
        (so its edge never runs into a dark module); `top` is the symbol's top edge."""
        c = self.canvas
        c.setFillColorRGB(1, 1, 1)
        left, bottom = x + pad.column * m, top - (pad.row + pad.rows) * m
        c.rect(left * MM, bottom * MM, pad.columns * m * MM, pad.rows * m * MM, stroke=0,
               fill=1)
        self._logo(path, left + m, bottom + m, (pad.columns - 2) * m, (pad.rows - 2) * m)

    def draw(self, plan: Plan) -> int:
        """Draw a planned job on new pages; returns the number of cards drawn."""
        from reportlab.lib.utils import ImageReader

        if plan.logo is not None:
            try:
                ImageReader(str(plan.logo)).getSize()
            except Exception as e:  # reportlab raises whatever its image reader met
                raise WellnessError(msg("logo: {logo} is not an image reportlab can read "
                                        "({reason})", logo=plan.logo, reason=e)) from e
        c = self.canvas
        job, template, sheet = plan.job, plan.template, plan.sheet
        page_w, page_h = PAPERS[job.paper]
        cols, rows = sheet.grid
        per_sheet = template.per_sheet(job.paper)
        codes = job_codes(job)
        cards = job.copies if job.unique else (
            math.ceil(job.copies / per_sheet) * per_sheet)
        face = self._face_form(plan, with_tag=not job.unique)
        qbox = template.box("qr")
        tbox = template.box("tag")
        assert qbox is not None
        scale = cell_scale(template, sheet)
        fw, fh = template.size
        m = plan.module_mm
        side = plan.qr.modules * m
        qx = qbox.x + (qbox.w - side) / 2
        qy = fh - (qbox.y + (qbox.h - side) / 2) - side
        x0, y0 = grid_origin(sheet, job.paper)
        card = 0
        while card < cards:
            c.setPageSize((page_w * MM, page_h * MM))
            for cell in range(cols * rows):
                index = card + cell // template.faces
                if index >= cards:
                    break
                code = codes[index] if job.unique else None
                url = plan.urls[index] if job.unique else plan.urls[0]
                col, row = cell % cols, cell // cols
                cx = x0 + col * (sheet.cell[0] + sheet.gap[0])
                top = y0 + row * (sheet.cell[1] + sheet.gap[1])
                c.saveState()
                c.translate(cx * MM, (page_h - top - sheet.cell[1]) * MM)
                if row in sheet.turned:
                    c.translate(sheet.cell[0] * MM, sheet.cell[1] * MM)
                    c.rotate(180)
                c.translate((sheet.cell[0] - fw * scale) / 2 * MM,
                            (sheet.cell[1] - fh * scale) / 2 * MM)
                c.scale(scale, scale)
                c.doForm(face)
                draw_qr(c, url, qx * MM, qy * MM, side * MM, plan=plan.qr, quiet=0,
                        forms=self.forms)
                if plan.logo_pad is not None and plan.logo is not None:
                    self._logo_on_code(plan.logo, plan.logo_pad, qx, qy + side, m)
                if job.unique and tbox is not None:
                    fit = fit_text(tag_text(job, code), tbox)
                    if fit is not None:
                        self._text(tbox, fit, fh)
                c.restoreState()
            if template.crop_marks:
                draw_crop_marks(c, sheet, job.paper)
            if template.fold_line:
                _fold_line(c, page_w, page_h)
            c.showPage()
            self.pages += 1
            card += per_sheet
        return cards


def grid_origin(sheet: Sheet, paper: str) -> tuple[float, float]:
    """The top-left corner of a sheet's grid of cells, centred on the paper, in mm."""
    page_w, page_h = PAPERS[paper]
    cols, rows = sheet.grid
    grid_w = cols * sheet.cell[0] + (cols - 1) * sheet.gap[0]
    grid_h = rows * sheet.cell[1] + (rows - 1) * sheet.gap[1]
    return (page_w - grid_w) / 2, (page_h - grid_h) / 2


def _cuts(sheet: Sheet, paper: str) -> tuple[list[float], list[float]]:
    x0, y0 = grid_origin(sheet, paper)
    cols, rows = sheet.grid
    cw, ch = sheet.cell
    gap_x, gap_y = sheet.gap
    xs = sorted({x0 + i * (cw + gap_x) for i in range(cols)}
                | {x0 + i * (cw + gap_x) + cw for i in range(cols)})
    ys = sorted({y0 + j * (ch + gap_y) for j in range(rows)}
                | {y0 + j * (ch + gap_y) + ch for j in range(rows)})
    return xs, ys


def crop_mark_positions(template: str, paper: str) -> tuple[list[float], list[float]]:
    """Where the cuts are, in mm from the page's top-left: (x of vertical cuts, y of
    horizontal cuts)."""
    return _cuts(TEMPLATES[template].sheets[paper], paper)


CROP_OFFSET_MM = 1.0
CROP_LENGTH_MM = 5.0
MIN_CROP_MM = 2.0  # a shorter mark guides no cut: left off


def _crop_mark_lines(sheet: Sheet, paper: str) -> list[tuple[float, float, float, float]]:
    """The crop marks of a sheet as lines (x1, y1, x2, y2), in mm from the page's top-left:
    short lines outside the grid on the line of every cut, never over a card, and never in
    the edge of the paper a desktop printer cannot print (`PRINTABLE_MARGIN_MM`): shortened
    there, or left off (the Letter wallet sheet's grid comes within 2.2 mm of the top and
    bottom edges, so those cuts have no marks)."""
    page_w, page_h = PAPERS[paper]
    xs, ys = _cuts(sheet, paper)
    edge = PRINTABLE_MARGIN_MM
    offset, length = CROP_OFFSET_MM, CROP_LENGTH_MM
    lines: list[tuple[float, float, float, float]] = []

    def span(start: float, away: int, side: float) -> tuple[float, float] | None:
        """From `start`, `away` from the grid (-1: towards 0, +1: towards `side`), cut at
        the printable edge; None when too little is left."""
        end = start + away * length
        end = max(end, edge) if away < 0 else min(end, side - edge)
        return (start, end) if (end - start) * away >= MIN_CROP_MM - 1e-9 else None

    for x in xs:
        if edge <= x <= page_w - edge:
            for part in (span(ys[0] - offset, -1, page_h), span(ys[-1] + offset, 1, page_h)):
                if part:
                    lines.append((x, part[0], x, part[1]))
    for y in ys:
        if edge <= y <= page_h - edge:
            for part in (span(xs[0] - offset, -1, page_w), span(xs[-1] + offset, 1, page_w)):
                if part:
                    lines.append((part[0], y, part[1], y))
    return lines


def draw_crop_marks(c: Canvas, sheet: Sheet, paper: str) -> None:
    page_h = PAPERS[paper][1]
    c.saveState()
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.25)
    for x1, y1, x2, y2 in _crop_mark_lines(sheet, paper):
        c.line(x1 * MM, (page_h - y1) * MM, x2 * MM, (page_h - y2) * MM)
    c.restoreState()


def _fold_line(c: Canvas, page_w: float, page_h: float) -> None:
    c.saveState()
    c.setStrokeColorRGB(0.6, 0.6, 0.6)
    c.setLineWidth(0.4)
    c.setDash(3, 3)
    c.line(0, page_h / 2 * MM, page_w * MM, page_h / 2 * MM)
    c.restoreState()


# -- drawing, saving and recording: planned on the database worker, drawn anywhere -------


@dataclass(frozen=True)
class Drawing:
    """A drawn PDF and each job on it with the cards it drew (what a print record counts)."""

    pdf: bytes
    jobs: list[tuple[CardJob, int]]


@dataclass(frozen=True)
class DrawnFile:
    """A drawn PDF written beside its place, named only once its print is recorded."""

    file: Staged
    jobs: list[tuple[CardJob, int]]


def draw(plans: list[Plan], title: str | None = None) -> Drawing:
    """Draw planned jobs into one PDF (each on its own pages). Pure: no database, so a long
    render runs off the thread that writes taps."""
    first = plans[0]
    renderer = Renderer(title or f"{first.template.title} · {first.job.tag}")
    jobs = [(plan.job, renderer.draw(plan)) for plan in plans]
    return Drawing(renderer.finish(), jobs)


def draw_file(plans: list[Plan], path: str | os.PathLike[str], title: str | None = None
              ) -> DrawnFile:
    """`draw`, then write the PDF whole beside `path`; `keep` gives it its name."""
    drawing = draw(plans, title)
    return DrawnFile(stage_bytes(path, drawing.pdf), drawing.jobs)


def keep(db: Database, drawn: DrawnFile) -> Path:
    """Record the drawn jobs and give their file its name: both or neither, so the numbers
    of unique codes are taken only by a file that exists, and a file exists only with its
    codes taken (`cards.record` refuses codes another print took since the plan)."""
    placed: Path | None = None
    try:
        with immediate(db):
            cards.record(db, drawn.jobs)
            placed = drawn.file.place()
    except BaseException:
        drawn.file.discard()
        if placed is not None:
            # The commit failed after the rename: a file whose codes are not recorded
            # could be printed again under the same numbers.
            placed.unlink(missing_ok=True)
        raise
    return placed


def render(db: Database, job: CardJob) -> bytes:
    """The job's PDF (nothing recorded: a preview). Raises CardJobRefused with every reason."""
    return draw([cards.planned(db, job)]).pdf


def save(db: Database, job: CardJob, path: str | os.PathLike[str]) -> Path:
    """Write the job's PDF whole (or not at all) and record it in print_job (`keep`)."""
    return keep(db, draw_file([cards.planned(db, job)], path))


# -- preview ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Preview:
    """The first page of a job, or why it is refused, and what the Print page says of it."""

    image: RasterPage | None  # None: refused, see problems
    problems: list[str]
    help_line: settings.HelpLine  # as it prints: no number, no help line on the cards
    scan_distance_m: float | None = None  # signs: the distance checked (asked, or served)
    reach_m: float | None = None  # signs: what the code serves
    code_cm: float | None = None
    first_code: int | None = None  # unique codes: the first this job would print


def _first_sheet(job: CardJob) -> CardJob:
    # Only the first sheet is shown: drawing 5,000 unique cards to show ten would take
    # seconds on every change of the form.
    template = TEMPLATES.get(job.template)
    if template is not None and job.paper in template.sheets:
        job = replace(job, copies=min(job.copies, template.per_sheet(job.paper)))
    return job


@dataclass(frozen=True)
class PreviewPlan:
    """A preview as planned on the database worker: the first sheet's plan, or why not."""

    plan: Plan | None
    problems: list[str]
    help_line: settings.HelpLine


def plan_preview(db: Database, job: CardJob) -> PreviewPlan:
    """The read half of a preview. Nothing is recorded: no unique code is used up."""
    plan, problems = cards.plan_job(db, _first_sheet(job))
    return PreviewPlan(plan, problems, plan.help_line if plan else settings.help_line(db))


def draw_preview(planned: PreviewPlan, width_px: int = 600) -> Preview:
    """The drawing half of a preview (pure): the first page as pixels, `width_px` wide."""
    plan, problems = planned.plan, planned.problems
    if plan is None:
        return Preview(None, problems, planned.help_line)
    image = None if problems else rasterise_page(draw([plan]).pdf, width_px=width_px)
    return Preview(image, problems, planned.help_line, plan.scan_distance_m, plan.reach_m,
                   plan.code_cm, plan.job.first_code)


def preview(db: Database, job: CardJob, width_px: int = 600) -> Preview:
    """The Print page's live preview, planned and drawn in one call."""
    return draw_preview(plan_preview(db, job), width_px)
