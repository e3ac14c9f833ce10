"""QR cards and green-room signs: templates, print jobs and the preflight.

Templates are data (`LAYOUTS`: boxes in mm on one card face, and how faces sit on each paper);
`plan_job` works out everything a job needs (texts fitted, codes numbered, the QR plan) and
says every reason it would print badly, before a page is drawn. `card_render` draws planned
jobs, as in pretix's `pdf.py`; `card_batch` plans one PDF for many locations; the QR encoder
is the print engine's (`print.qr`). Importing this module does not load reportlab.
"""

from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

from . import settings
from .card_layouts import LANGUAGES, LAYOUTS
from .clock import to_utc_text, utcnow
from .db import immediate
from .errors import WellnessError
from .messages import joined, msg
from .paths import ASSETS
from .print.fonts import FONT, FONT_BOLD, glyph_problems, text_width, wrap
from .print.page import MM, PAPER_TITLES, PAPERS
from .print.qr import QrPlan, byte_capacity, qr_plan
from .print.qr_logo import LogoPad, logo_pad

if TYPE_CHECKING:
    from sqlite_utils import Database

TEXTS_DIR = ASSETS / "card-texts"
# help_name is the words above the help line's number; the number is a setting
# (settings.help_line), never a text: a placeholder shipped in a file could reach paper.
TEXT_FIELDS = ("headline", "body", "help_name")
MAX_COPIES = 10_000
MAX_TAG = 200
MAX_URL = 1_000
MIN_QUIET_MODULES = 4
MIN_MODULE_MM = 0.4
# A logo on the code spends error correction a blurred print would otherwise have: with
# modules under 0.6 mm it costs reads at 100 dpi against the same code without one (wallet
# card, version 8: 57 % against 60 %; sticker, 0.54 mm: 51 % against 56 %), from 0.63 mm no
# measurable one (tests/core/test_qr_robustness.py).
MIN_LOGO_MODULE_MM = 0.6
LEADING = 1.2

# -- templates as data: LAYOUTS (card_layouts.py) ------------------------------------------

_SINGLE_LINE = {"link", "tag", "help_number", "resource_number"}
# A resource's fields (the resource card): filled from the directory, never from a file.
RESOURCE_FIELDS = ("resource_name", "resource_number", "resource_hours")
MAX_RESOURCE_TEXT = 200
_BOX_KINDS = {"headline", "body", "help_name", "help_number", "qr", "link", "logo", "tag",
              *RESOURCE_FIELDS}


@dataclass(frozen=True)
class Box:
    kind: str
    x: float
    y: float
    w: float
    h: float
    size: float = 0.0
    min: float = 0.0
    bold: bool = False
    align: str = "left"
    ink: str = "ink"
    quiet: float = MIN_QUIET_MODULES


@dataclass(frozen=True)
class Sheet:
    cell: tuple[float, float]
    grid: tuple[int, int]  # columns, rows
    gap: tuple[float, float] = (0.0, 0.0)
    turned: tuple[int, ...] = ()  # rows printed upside down


@dataclass(frozen=True)
class Template:
    name: str
    title: str
    kind: str  # "card" (module size rule) or "sign" (scan distance rule)
    size: tuple[float, float]
    boxes: tuple[Box, ...]
    sheets: dict[str, Sheet]
    faces: int = 1
    crop_marks: bool = False
    fold_line: bool = False
    default_paper: str = "a4"  # a batch line without a paper column prints on it

    @property
    def short_title(self) -> str:
        """The title without its details, to go in a sentence: "postcard A6", "table tent"."""
        short = re.split(r",| \(", self.title)[0]
        return short[0].lower() + short[1:]

    def box(self, kind: str) -> Box | None:
        return next((b for b in self.boxes if b.kind == kind), None)

    def per_sheet(self, paper: str) -> int:
        cols, rows = self.sheets[paper].grid
        return cols * rows // self.faces


def template_from_data(name: str, data: dict[str, Any]) -> Template:
    boxes = tuple(Box(**b) for b in data["boxes"])
    unknown = {b.kind for b in boxes} - _BOX_KINDS
    if unknown or sum(b.kind == "qr" for b in boxes) != 1:
        raise ValueError(f"template {name}: one qr box and known kinds only ({unknown})")
    sheets = {
        paper: Sheet(cell=(s["cell"][0], s["cell"][1]), grid=(s["grid"][0], s["grid"][1]),
                     gap=tuple(s.get("gap", (0, 0))), turned=tuple(s.get("turned", ())))
        for paper, s in data["sheets"].items()
    }
    return Template(
        name=name, title=data["title"], kind=data["kind"],
        size=(data["size"][0], data["size"][1]), boxes=boxes, sheets=sheets,
        faces=data.get("faces", 1), crop_marks=data.get("crop_marks", False),
        fold_line=data.get("fold_line", False),
        default_paper=data.get("default_paper", "a4" if "a4" in sheets else next(iter(sheets))),
    )


TEMPLATES: dict[str, Template] = {n: template_from_data(n, d) for n, d in LAYOUTS.items()}


# -- jobs ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CardJob:
    """What to print. `copies` counts cards (a tent, a poster, one sticker, one card)."""

    template: str
    tag: str
    paper: str = "a4"
    language: str = "en"
    copies: int = 1
    unique: bool = False
    hub_url: str | None = None  # None: the hub address in Settings
    scan_distance_m: float | None = None  # signs; None: as far as the paper's code serves
    logo: str | os.PathLike[str] | None = None
    logo_on_code: bool = False
    location: str = ""  # printed with the tag (batch jobs)
    # Unique codes: the number of the first card. None: the next one of the tag, after
    # every saved or printed job's (`next_code`), so codes never repeat across runs.
    first_code: int | None = None
    # The resource card's: a resource's name, number and hours, from the directory
    # (Resources → Print a card for this).
    resource_name: str = ""
    resource_number: str = ""
    resource_hours: str = ""


class CardJobRefused(WellnessError):
    """A job that would print badly: every reason, one per line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(joined([msg("refused to print:"),
                                  *(msg("- {problem}", problem=p) for p in problems)]))


@dataclass(frozen=True)
class CardTexts:
    language: str
    source: Path
    headline: str
    body: str
    help_name: str


def user_texts_dir(db: Database) -> Path | None:
    """card-texts/ next to the database (the data folder); None for an in-memory database."""
    for row in db.execute("PRAGMA database_list").fetchall():
        if row[1] == "main" and row[2]:
            return Path(row[2]).parent / "card-texts"
    return None


def load_texts(language: str, user_dir: Path | None = None) -> CardTexts:
    """The card texts of a language: the user's copy in the data folder, else the shipped one."""
    if language not in LANGUAGES:
        raise WellnessError(msg("language: {language} is not one of {languages}",
                                language=repr(language), languages=", ".join(LANGUAGES)))
    path = TEXTS_DIR / f"{language}.json"
    if user_dir is not None and (user_dir / f"{language}.json").is_file():
        path = user_dir / f"{language}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as e:
        raise WellnessError(msg("{path}: cannot read it ({reason})",
                                path=path, reason=e.strerror)) from e
    except ValueError as e:
        raise WellnessError(msg("{path}: not valid JSON ({reason})", path=path, reason=e)) from e
    if not isinstance(data, dict):
        raise WellnessError(msg("{path}: must hold an object with {text_fields}",
                                path=path, text_fields=", ".join(TEXT_FIELDS)))
    values: dict[str, str] = {}
    for name in TEXT_FIELDS:
        value = data.get(name, "")
        if not isinstance(value, str):
            raise WellnessError(msg("{path}: field {name} must be text", path=path, name=name))
        values[name] = value.strip()
    if not values["headline"]:
        raise WellnessError(msg("{path}: field headline is empty", path=path))
    return CardTexts(language=language, source=path, **values)


LOGO_DIR = ASSETS / "logos"


def shipped_logos() -> list[str]:
    """Logos that come with the app (names to pass as CardJob.logo)."""
    return sorted(p.name for p in LOGO_DIR.glob("*.png"))


def logo_path(logo: str | os.PathLike[str]) -> Path:
    """A user's file, or the name of a logo shipped in assets/logos/."""
    path = Path(logo)
    if not path.is_absolute() and not path.exists() and (LOGO_DIR / path).is_file():
        return LOGO_DIR / path
    return path


def job_url(hub_url: str, tag: str, code: str | None = None) -> str:
    """The hub address + `src=<tag>` (+ `c=<code>`), added to any query it already has."""
    parts = urlsplit(hub_url.strip())
    params = [("src", tag)] + ([("c", code)] if code else [])
    extra = urlencode(params)
    query = f"{parts.query}&{extra}" if parts.query else extra
    # Safely encoded: a non-ASCII host as IDNA, a non-ASCII path percent-encoded.
    host = parts.hostname.encode("idna").decode("ascii") if parts.hostname else ""
    netloc = host + (f":{parts.port}" if parts.port else "")
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    return urlunsplit((parts.scheme, netloc, path, query, parts.fragment))


def short_link(hub_url: str) -> str:
    """The link as printed for people to type: no scheme, no query, no trailing slash."""
    parts = urlsplit(hub_url.strip())
    return (parts.netloc + parts.path).rstrip("/")


def next_code(db: Database, tag: str) -> int:
    """The first unique code a new job with `tag` gets: one after the highest one saved or
    printed with that tag (rows from before first_code was kept started at 1)."""
    row = db.execute(
        "SELECT max(coalesce(first_code, 1) + cards - 1) FROM print_job "
        "WHERE tag = ? AND unique_codes = 1", [tag.strip()]).fetchone()
    return (row[0] or 0) + 1


def with_codes(db: Database, job: CardJob) -> CardJob:
    """The job with its first unique code fixed (a preview shows the codes a save would use)."""
    if not job.unique or job.first_code is not None:
        return job
    return replace(job, first_code=next_code(db, job.tag))


def job_codes(job: CardJob) -> list[str | None]:
    if not job.unique:
        return [None]
    first = job.first_code or 1
    last = first + job.copies - 1
    width = max(4, len(str(last)))
    return [f"{i:0{width}d}" for i in range(first, last + 1)]


def code_range(job: CardJob) -> tuple[str, str] | None:
    """The first and last unique code of a job with its first code fixed, as printed."""
    codes = job_codes(job)
    first, last = codes[0], codes[-1]
    return (first, last) if first is not None and last is not None else None


def card_urls(db: Database, job: CardJob) -> list[str]:
    """The link of every distinct code of the job (one, or one per card with unique codes)."""
    hub = job.hub_url or settings.hub_url(db)
    return [job_url(hub, job.tag, code) for code in job_codes(with_codes(db, job))]


# -- preflight ----------------------------------------------------------------------------


@dataclass
class TextFit:
    size: float
    lines: list[str]


@dataclass
class Plan:
    """Everything the renderer needs, worked out once per job."""

    job: CardJob
    template: Template
    sheet: Sheet
    texts: CardTexts
    urls: list[str]
    qr: QrPlan
    module_mm: float
    fits: dict[str, TextFit] = field(default_factory=dict)
    logo: Path | None = None
    logo_pad: LogoPad | None = None  # a logo on the code: the modules it covers
    help_line: settings.HelpLine = field(default_factory=settings.HelpLine)
    # Signs: the distance the code is checked for (asked, or what the paper serves) and
    # the distance the printed code serves.
    scan_distance_m: float | None = None
    reach_m: float | None = None
    code_cm: float | None = None


def fit_text(text: str, box: Box) -> TextFit | None:
    font = FONT_BOLD if box.bold else FONT
    width, height = box.w * MM, box.h * MM
    size = box.size
    while size >= box.min - 1e-6:
        if box.kind in _SINGLE_LINE:
            lines = [" ".join(text.split())]
        else:
            lines = []
            for para in text.splitlines():
                lines += wrap(" ".join(para.split()), font, size, width) or [""]
        tall = size * (1 + LEADING * (len(lines) - 1)) + 0.2 * size
        if tall <= height + 0.01 and all(text_width(s, font, size) <= width + 0.01
                                         for s in lines):
            return TextFit(size, lines)
        if size <= box.min + 1e-6:
            break
        # Half points down, and the minimum itself is always tried.
        size = max(box.min, round(size - 0.5, 2))
    return None


def tag_text(job: CardJob, code: str | None) -> str:
    parts = [p for p in (job.location, job.tag, f"#{code}" if code else "") if p]
    return " · ".join(parts)


def check_job(job: CardJob) -> list[str]:
    problems: list[str] = []
    if job.template not in TEMPLATES:
        problems.append(msg("template: {template} is not one of {templates}",
                            template=repr(job.template), templates=", ".join(TEMPLATES)))
    elif job.paper not in TEMPLATES[job.template].sheets:
        papers = ", ".join(TEMPLATES[job.template].sheets)
        problems.append(msg("paper: {template} prints on {papers}, not {paper}",
                            template=job.template, papers=papers, paper=repr(job.paper)))
    if job.language not in LANGUAGES:
        problems.append(msg("language: {language} is not one of {languages}",
                            language=repr(job.language), languages=", ".join(LANGUAGES)))
    if isinstance(job.copies, bool) or not isinstance(job.copies, int) or not (
            1 <= job.copies <= MAX_COPIES):
        problems.append(msg("copies: {copies} is not a number from 1 to {max}",
                            copies=repr(job.copies), max=MAX_COPIES))
    tag = job.tag.strip()
    if not tag:
        problems.append(msg("tag: is empty (it tells the hub which signs were scanned)"))
    elif len(tag) > MAX_TAG:
        problems.append(msg("tag: longer than {max} characters", max=MAX_TAG))
    elif any(not ch.isprintable() for ch in tag):
        problems.append(msg("tag: holds a control character"))
    if job.scan_distance_m is not None and not 0.1 <= job.scan_distance_m <= 50:
        problems.append(msg("scan distance: {distance} m is not 0.1 to 50 metres",
                            distance=repr(job.scan_distance_m)))
    if job.first_code is not None and (isinstance(job.first_code, bool)
                                       or not 1 <= job.first_code <= 10**9):
        problems.append(msg("first code: {first} is not a number from 1",
                            first=repr(job.first_code)))
    if job.template in TEMPLATES:
        problems += _resource_problems(job, TEMPLATES[job.template])
    return problems


def _resource_problems(job: CardJob, template: Template) -> list[str]:
    given = [name for name in RESOURCE_FIELDS if getattr(job, name).strip()]
    if template.box("resource_number") is None:
        return ([msg("resource: the {short_title} has no place for a resource's number: "
                     "choose the resource card", short_title=template.short_title)]
                if given else [])
    problems: list[str] = []
    if not job.resource_number.strip():
        problems.append(msg("resource: no number: choose one in Resources (Print a card for "
                            "this)"))
    else:
        try:
            # A placeholder never reaches a card, whoever filled the field.
            settings.check_help_line_number(job.resource_number)
        except WellnessError as e:
            problems.append(msg("resource number: {reason}", reason=str(e).split(": ", 1)[1]))
    for name in ("resource_name", "resource_hours"):
        text = getattr(job, name)
        label = name.replace("_", " ")
        if len(text) > MAX_RESOURCE_TEXT:
            problems.append(msg("{label}: longer than {max} characters",
                                label=label, max=MAX_RESOURCE_TEXT))
        elif any(not ch.isprintable() for ch in text):
            problems.append(msg("{label}: holds a control character", label=label))
    return problems


def cell_scale(template: Template, sheet: Sheet) -> float:
    return min(sheet.cell[0] / template.size[0], sheet.cell[1] / template.size[1])


def plan_job(db: Database, job: CardJob) -> tuple[Plan | None, list[str]]:
    problems = check_job(job)
    if problems:
        return None, problems
    job = with_codes(db, replace(job, tag=job.tag.strip()))
    template = TEMPLATES[job.template]
    sheet = template.sheets[job.paper]
    texts = load_texts(job.language, user_texts_dir(db))
    line = settings.help_line(db)
    try:
        # Checked again at every print: a number put in the database by hand, or saved by
        # an older version, must not reach paper either.
        number = settings.check_help_line_number(line.number)
    except WellnessError as e:
        return None, [msg("{problem} (File → Settings → Help line)", problem=e.args[0])]
    if not number and line.required:
        return None, [msg("help line: no number is set, and Settings asks to refuse cards "
                          "and signs without one: set it in File → Settings → Help line")]
    hub = (job.hub_url or settings.hub_url(db)).strip()
    if not hub.startswith(("https://", "http://")) or " " in hub or not urlsplit(hub).netloc:
        return None, [msg("hub address: {hub} is not a web address (https://…)",
                          hub=repr(hub))]
    urls = card_urls(db, replace(job, hub_url=hub))
    longest = max(len(u.encode("utf-8")) for u in urls)
    if longest > MAX_URL:
        return None, [msg("link: {length} bytes, more than a printed code should hold ({max})",
                          length=longest, max=MAX_URL)]
    logo = logo_path(job.logo) if job.logo else None
    qbox = template.box("qr")
    assert qbox is not None
    qr = qr_plan(longest, logo_on_code=bool(logo and job.logo_on_code))
    module = min(qbox.w, qbox.h) / (qr.modules + 2 * qbox.quiet)
    plan = Plan(job, template, sheet, texts, urls, qr, module, logo=logo,
                 help_line=replace(line, number=number))
    src = texts.source.name if texts.source.parent == TEXTS_DIR else str(texts.source)
    # Where each text came from, in brackets after its box's name (translated on screen).
    in_settings, of_resource = msg("Settings"), msg("the resource")
    origins: dict[str, str] = {
        "headline": src, "body": src, "help_name": in_settings if line.name else src,
        "help_number": in_settings, "resource_name": of_resource,
        "resource_number": of_resource, "resource_hours": of_resource}

    # Never a box in print: every character must be in an embedded font (DejaVu Sans, or a
    # fallback for CJK and emoji). No number set: no help line at all (its words alone
    # would point nowhere).
    values: dict[str, str | None] = {
        "headline": texts.headline, "body": texts.body,
        "help_name": (line.name or texts.help_name) if number else "",
        "help_number": number,
        "resource_name": " ".join(job.resource_name.split()),
        "resource_number": settings.check_help_line_number(job.resource_number)
        if job.resource_number.strip() else "",
        "resource_hours": " ".join(job.resource_hours.split())}
    problems += glyph_problems(
        [(msg("{box} ({origin})", box=name, origin=origins[name]), text)
         for name, text in values.items()
         if template.box(name) is not None]
        + [("tag", job.tag), ("location", job.location), ("hub address", short_link(hub))],
        what="card")
    if problems:
        return None, problems

    values["link"] = short_link(hub)
    values["tag"] = tag_text(job, job_codes(job)[-1])
    for box in template.boxes:
        text = values.get(box.kind)
        if not text:
            continue
        fit = fit_text(text, box)
        if fit is None:
            title, smallest = template.short_title, format(box.min, "g")
            w, h = format(box.w, "g"), format(box.h, "g")
            problems.append(
                msg("{kind} ({origin}): does not fit the {short_title} even at {smallest} pt "
                    "({length} characters in a {w}×{h} mm box): shorten it",
                    kind=box.kind, origin=origins[box.kind], short_title=title,
                    smallest=smallest, length=len(text), w=w, h=h)
                if box.kind in origins else
                msg("{kind}: does not fit the {short_title} even at {smallest} pt "
                    "({length} characters in a {w}×{h} mm box): shorten it",
                    kind=box.kind, short_title=title, smallest=smallest, length=len(text),
                    w=w, h=h))
        else:
            plan.fits[box.kind] = fit

    problems += _code_problems(plan)
    if logo is not None and not logo.is_file():
        problems.append(msg("logo: {logo} is not a readable file", logo=logo))
    elif logo is not None and job.logo_on_code:
        problems += _logo_problems(plan, logo, hub)
    return plan, problems


def _logo_problems(plan: Plan, logo: Path, hub: str) -> list[str]:
    """Place the logo's pad on the code (`plan.logo_pad`), or say why the code would then
    scan badly and what to change."""
    from reportlab.lib.utils import ImageReader

    try:
        width, height = ImageReader(str(logo)).getSize()
    except Exception as e:  # reportlab raises whatever its image reader met
        return [msg("logo: {logo} is not an image reportlab can read ({reason})", logo=logo,
                    reason=e)]
    qr, template = plan.qr, plan.template
    if _takes_logo(template, plan.job.paper, qr.modules):
        plan.logo_pad = logo_pad(qr.version, qr.level, width / height)
        if plan.logo_pad is not None:
            return []
        return [f"logo on the code: the QR code of the {template.short_title} (version "
                f"{qr.version}) has no room for a logo of {width}×{height} pixels that leaves "
                "it scannable: take the logo off the code"]
    fixes = ["take the logo off the code"]
    fits = [v for v in range(1, qr.version) if _takes_logo(template, plan.job.paper, 17 + 4 * v)]
    shortest = len(job_url(hub, "x").encode("utf-8"))
    if fits and byte_capacity(max(fits), qr.level) >= shortest:
        fixes.append(f"use a link of at most {byte_capacity(max(fits), qr.level)} bytes (a "
                     "shorter tag or hub address)")
    bigger = [f"the {t.short_title}" for t in TEMPLATES.values()
              if _takes_logo(t, t.default_paper, qr.modules)]
    if bigger:
        fixes.append(f"print it bigger, on {_either(bigger)}")
    longest = max(len(u.encode("utf-8")) for u in plan.urls)
    module = _printed_module_mm(template, plan.job.paper, qr.modules)
    return [f"logo on the code: on the {template.short_title} the QR modules would be "
            f"{module:.2f} mm (version {qr.version}, level {qr.level} for a {longest}-byte "
            f"link), and under a logo they must be at least {MIN_LOGO_MODULE_MM} mm to scan "
            f"reliably: {_either(fixes)}"]


def _either(choices: list[str]) -> str:
    return " or ".join(filter(None, [", ".join(choices[:-1]), choices[-1]]))


def _takes_logo(template: Template, paper: str, modules: int) -> bool:
    return _printed_module_mm(template, paper, modules) >= MIN_LOGO_MODULE_MM - 1e-9


def _printed_module_mm(template: Template, paper: str, modules: int) -> float:
    """The side of one module as printed, for a symbol of `modules` in the template's QR box
    (its quiet zone inside the box) on `paper`."""
    qbox = template.box("qr")
    assert qbox is not None
    return (min(qbox.w, qbox.h) / (modules + 2 * qbox.quiet)
            * cell_scale(template, template.sheets[paper]))


def _code_problems(plan: Plan) -> list[str]:
    problems: list[str] = []
    template, qbox, m = plan.template, plan.template.box("qr"), plan.module_mm
    assert qbox is not None
    side = plan.qr.modules * m
    sx = qbox.x + (qbox.w - side) / 2
    sy = qbox.y + (qbox.h - side) / 2
    width, height = template.size
    # The quiet zone: free space from the symbol to the face's edge and to any other box.
    gaps = [sx, sy, width - (sx + side), height - (sy + side)]
    for box in template.boxes:
        if box.kind == "qr" or (box.kind not in plan.fits and box.kind != "logo"):
            continue
        if box.kind == "logo" and plan.logo is None:
            continue
        dx = max(box.x - (sx + side), sx - (box.x + box.w), 0.0)
        dy = max(box.y - (sy + side), sy - (box.y + box.h), 0.0)
        gaps.append(math.hypot(dx, dy) if dx and dy else max(dx, dy))
    quiet = min(gaps) / m
    if quiet < MIN_QUIET_MODULES - 1e-6:
        problems.append(msg("quiet zone: {quiet} modules of blank space around the QR code, "
                            "scanners need {minimum}",
                            quiet=format(quiet, ".1f"), minimum=MIN_QUIET_MODULES))
    scale = cell_scale(template, plan.sheet)
    printed_module = m * scale
    if template.kind == "card" and printed_module < MIN_MODULE_MM - 1e-9:
        problems.append(
            msg("QR modules are {size} mm (version {version}, level "
                "{level}, for a {length}-character link): at least "
                "{minimum} mm prints reliably; use a shorter tag or hub address",
                size=format(printed_module, ".2f"), version=plan.qr.version, level=plan.qr.level,
                length=max(len(u) for u in plan.urls), minimum=MIN_MODULE_MM))
    if template.kind == "sign":
        side_mm = side * scale
        # A code scans from about ten times its side.
        supports = math.floor(side_mm / 10) / 10
        plan.code_cm = math.floor(side_mm) / 10
        plan.reach_m = supports
        # Not asked: as far as this paper's code honestly serves; only a distance the
        # person asked for can be refused.
        distance = plan.job.scan_distance_m or supports
        plan.scan_distance_m = distance
        if supports < 0.1:
            problems.append(msg("scan distance: the QR code is {code_cm} cm, too small "
                                "for a sign: use a shorter tag or hub address",
                                code_cm=format(plan.code_cm, "g")))
        elif side_mm < distance * 100 - 1e-6:
            biggest = max(template.sheets, key=lambda p: PAPERS[p][0] * PAPERS[p][1])
            code_cm, reach, asked = (format(plan.code_cm, "g"), format(supports, "g"),
                                     format(distance, "g"))
            problems.append(
                msg("scan distance: the QR code is {code_cm} cm, which scans from about "
                    "{supports} m, not the {distance} m asked for: set the scan distance to "
                    "{supports} m or less", code_cm=code_cm, supports=reach, distance=asked)
                if biggest == plan.job.paper else
                msg("scan distance: the QR code is {code_cm} cm, which scans from about "
                    "{supports} m, not the {distance} m asked for: print on {paper}, or set "
                    "the scan distance to {supports} m or less", code_cm=code_cm,
                    supports=reach, distance=asked, paper=PAPER_TITLES[biggest]))
    return problems


def preflight(db: Database, job: CardJob) -> list[str]:
    """Why the job would print badly, one message each; an empty list means it may print."""
    return plan_job(db, job)[1]


# -- print records ------------------------------------------------------------------------


def planned(db: Database, job: CardJob) -> Plan:
    plan, problems = plan_job(db, job)
    if problems or plan is None:
        raise CardJobRefused(problems)
    return plan


def record(db: Database, jobs: list[tuple[CardJob, int]]) -> None:
    """Record printed jobs; a unique-code job whose numbers another print took meanwhile
    (the command line beside the app) is refused, so no code is ever on two cards."""
    printed = to_utc_text(utcnow())
    for job, cards in jobs:
        tag = job.tag.strip()
        first = job.first_code if job.unique else None
        if first is not None and first < next_code(db, tag):
            raise WellnessError(
                msg("tag {tag}: codes from c={first} were printed by another job meanwhile; "
                    "nothing recorded: print again for new numbers", tag=tag, first=first))
        db.execute(
            "INSERT INTO print_job (template, tag, language, copies, cards, paper, "
            "unique_codes, printed_utc, first_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [job.template, tag, job.language, job.copies, cards, job.paper,
             int(job.unique), printed, first],
        )


def record_printed(db: Database, job: CardJob) -> None:
    """Record a job sent to a printer (the UI's Print…), as `save` does for a file.

    Pass the job as rendered (`with_codes`), so the codes recorded are those printed."""
    plan = planned(db, job)
    per = plan.template.per_sheet(job.paper)
    with immediate(db):
        record(db, [(plan.job,
                      job.copies if job.unique else math.ceil(job.copies / per) * per)])


def print_jobs(db: Database) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query("SELECT * FROM print_job ORDER BY id")]
