"""Cards and signs for many locations in one PDF, from a locations CSV.

Each line of the file is one location's job; the whole file is planned and preflighted
before anything is drawn, and printed (and recorded) all or nothing.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .card_render import draw_file, keep
from .cards import MAX_COPIES, TEMPLATES, CardJob, Plan, check_job, next_code, plan_job
from .csv_table import read_table
from .errors import WellnessError
from .messages import joined, msg

if TYPE_CHECKING:
    from sqlite_utils import Database


BATCH_COLUMNS = ("name", "tag", "language", "copies", "template")
# scan_distance: metres, for a sign (empty: what its paper serves); paper: a4, letter or a3
# (empty: the paper= given, else the template's default paper).
BATCH_OPTIONAL = ("scan_distance", "paper")
MAX_LISTED = 20  # problems listed in full; the rest are counted


class BatchError(WellnessError):
    def __init__(self, file: str, problems: list[str]) -> None:
        self.file = file
        self.problems = problems
        head = (msg("{file}: nothing printed, 1 problem:", file=file) if len(problems) == 1
                else msg("{file}: nothing printed, {count} problems:", file=file,
                         count=len(problems)))
        listed = problems[:MAX_LISTED]
        more = ([msg("… and {count} more", count=len(problems) - MAX_LISTED)]
                if len(problems) > MAX_LISTED else [])
        super().__init__(joined([head, *listed, *more]))


def read_locations(path: str | os.PathLike[str], *, paper: str | None = None,
                   unique: bool = False,
                   hub_url: str | None = None, scan_distance_m: float | None = None,
                   logo: str | os.PathLike[str] | None = None
                   ) -> list[tuple[int, CardJob]]:
    """The jobs of a locations CSV, with their line numbers; BatchError on any bad line."""
    table = read_table(path, required=BATCH_COLUMNS, optional=BATCH_OPTIONAL,
                       no_rows=msg("no locations after the header line"))
    name = table.file
    # (line, problem): the reader's and the jobs', told in the order of the file.
    problems = [(p.line or 0, p.describe(name)) for p in table.problems]
    jobs: list[tuple[int, CardJob]] = []
    for row in table.rows:
        values = row.values
        copies_text = values["copies"] or "1"
        copies = int(copies_text) if re.fullmatch(r"[0-9]{1,6}", copies_text) else -1
        distance = scan_distance_m
        if values["scan_distance"]:
            try:
                distance = float(values["scan_distance"])
            except ValueError:
                distance = math.nan
            if not 0.1 <= distance <= 50:
                problems.append((row.line, msg(
                    "{file} line {line}, field scan_distance: {distance} is not metres from "
                    "0.1 to 50", file=name, line=row.line,
                    distance=repr(values["scan_distance"]))))
        template = values["template"].casefold()
        row_paper = values["paper"].casefold() or paper or (
            TEMPLATES[template].default_paper if template in TEMPLATES else "a4")
        job = CardJob(template=template, tag=values["tag"], paper=row_paper,
                      language=(values["language"] or "en").casefold(),
                      copies=copies, unique=unique, hub_url=hub_url,
                      scan_distance_m=distance, logo=logo, location=values["name"])
        for problem in check_job(job):
            if problem.startswith("copies:"):
                problem = msg("copies: {copies} is not a number from 1 to {max}",
                              copies=repr(copies_text), max=MAX_COPIES)
            problems.append((row.line, msg("{file} line {line}, field {problem}", file=name,
                                           line=row.line, problem=problem)))
        jobs.append((row.line, job))
    if problems:
        raise BatchError(name, [text for _, text in sorted(problems, key=lambda p: p[0])])
    return jobs


def plan_batch(db: Database, path: str | os.PathLike[str], **options: Any) -> list[Plan]:
    """Every location's job of a locations CSV, planned and preflighted (nothing drawn);
    BatchError with every problem. Unique codes continue each tag's numbering, also from
    one line of the file to the next."""
    name = Path(path).name
    jobs = read_locations(path, **options)
    plans: list[Plan] = []
    problems: list[str] = []
    following: dict[str, int] = {}
    for line, job in jobs:
        tag = job.tag.strip()
        if job.unique:
            first = following.get(tag) or next_code(db, tag)
            job = replace(job, first_code=first)
            following[tag] = first + job.copies
        plan, found = plan_job(db, job)
        problems += [msg("{file} line {line}, field {problem}", file=name, line=line,
                         problem=p) for p in found]
        if plan is not None and not found:
            plans.append(plan)
    if problems:
        raise BatchError(name, problems)
    return plans


def batch_title(path: str | os.PathLike[str]) -> str:
    return f"Wellness Desk · {Path(path).name}"


def save_batch(db: Database, path: str | os.PathLike[str], out: str | os.PathLike[str],
               **options: Any) -> list[tuple[CardJob, int]]:
    """One PDF with every location's cards or signs (each location on its own pages),
    saved and recorded all or nothing (`card_render.keep`)."""
    drawn = draw_file(plan_batch(db, path, **options), out, batch_title(path))
    keep(db, drawn)
    return drawn.jobs
