"""QR cards and green-room signs: print-ready vector PDFs that always scan.

Templates are data (`LAYOUTS`: boxes in mm on one card face, and how faces sit on each paper);
one `Renderer` reads a template and draws it, as in pretix's `pdf.py`. A job that would print
badly is refused by `preflight` with every reason, before a page is drawn.

The QR code. The link is encoded as one 8-bit byte segment (URLs have lower-case letters, so
the alphanumeric mode would not apply anyway), and we build the module matrix with the
`qrcode` package but skip its two searches, which build the matrix again and again:

- version: the smallest one whose data capacity at the chosen error-correction level
  (`qrcode.util.BIT_LIMIT_TABLE`) holds 4 mode bits + the character-count field (8 bits up to
  version 9, 16 above) + 8 bits per byte. It is what `best_fit` finds, computed in one pass;
  every card of a job gets the same version (the one of its longest link), so unique codes
  line up card after card.
- mask: always pattern 2 (dark where column % 3 == 0). Any mask is legal (the reader takes it
  from the format bits); the standard's penalty score only helps avoid patterns that confuse
  scanners. Scored over our links (hub URL + `?src=` tag + `&c=NNNN`, versions 5–6, levels M
  and Q), pattern 2 had the lowest worst-case penalty of the eight (mean within 10 % of the
  best), so fixing it costs no scan quality and saves seven extra matrices per code.
- error correction by link length: H up to 40 bytes, Q up to 100, M up to 200, L beyond;
  H whenever a logo is laid over the code (it hides up to ~9 % of the modules; H restores 30 %).
- speed: `qrcode` computes the Reed–Solomon codewords with pure-Python polynomial objects and
  places them bit by bit with a mask function call per module, about 1 ms per code.
  `qr_codewords` builds the same codeword stream as `qrcode.util.create_data` with GF(256)
  tables (one XOR of Python ints per data byte), and `qr_matrix` places it with `qrcode`'s
  own layout, learnt once per version (`_qr_positions`: a dozen probe symbols made by
  `qrcode` tell which module each bit of the stream lands on) over the blank symbol it makes
  for the version and level (`_qr_blank`). The tests check both against `qrcode`'s own
  `create_data` and `make()`, codeword for codeword and module for module.

Each distinct code becomes one PDF form XObject whose single path holds the dark runs of each
row as rectangles (in module units); a card places it with `doForm`. Identical codes are
drawn once per document; so is the static face of a card (its texts, logo and link).
"""

from __future__ import annotations

import csv
import functools
import io
import json
import math
import os
import re
import struct
import zlib
from dataclasses import dataclass, field, replace
from itertools import compress, zip_longest
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

from . import settings
from .clock import to_utc_text, utcnow
from .db import immediate
from .errors import WellnessError
from .schedule_io import ASSETS, FONT, FONT_BOLD, FONT_DIR, register_fonts, save_bytes

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas
    from sqlite_utils import Database

TEXTS_DIR = ASSETS / "card-texts"
LANGUAGES = ("en", "es", "fr", "de", "pt")
PAPERS: dict[str, tuple[float, float]] = {
    "a4": (210.0, 297.0), "letter": (215.9, 279.4), "a3": (297.0, 420.0),
}
# help_name is the words above the help line's number; the number is a setting
# (settings.help_line), never a text: a placeholder shipped in a file could reach paper.
TEXT_FIELDS = ("headline", "body", "help_name")
PAPER_TITLES = {"a4": "A4", "letter": "US Letter", "a3": "A3"}
MAX_COPIES = 10_000
MAX_TAG = 200
MAX_URL = 1_000
MIN_QUIET_MODULES = 4
MIN_MODULE_MM = 0.4
MASK_PATTERN = 2
_MM = 72 / 25.4
_LEADING = 1.2

# -- templates as data ----------------------------------------------------------------------
# Boxes are in mm from the top-left corner of one face. `size`/`min` are font sizes in pt:
# text shrinks from size towards min to fit, then the job is refused. `quiet` is the margin
# (in modules) the QR box keeps inside itself. A sheet places faces in a centred grid of
# cells; a face smaller or larger than its cell is scaled to fit (an A6 design in a quarter
# of a Letter sheet, the A4 poster on A3). `turned` rows are rotated 180° (the back of a
# table tent, upright once folded). One card = `faces` cells (a tent has two faces).

LAYOUTS: dict[str, dict[str, Any]] = {
    "wallet": {
        "title": "Wallet card 85×55 mm, 10-up", "kind": "card", "size": [85, 55],
        "crop_marks": True,
        "boxes": [
            {"kind": "headline", "x": 4, "y": 4, "w": 43, "h": 12, "size": 9.5, "min": 6.5,
             "bold": True, "ink": "accent"},
            {"kind": "body", "x": 4, "y": 16.5, "w": 43, "h": 18, "size": 6.5, "min": 5},
            {"kind": "help_name", "x": 4, "y": 37, "w": 43, "h": 6, "size": 5.5, "min": 4.5},
            {"kind": "help_number", "x": 4, "y": 43, "w": 43, "h": 4.5, "size": 8.5,
             "min": 6, "bold": True},
            {"kind": "qr", "x": 49, "y": 3, "w": 33, "h": 33, "quiet": 4},
            {"kind": "link", "x": 49, "y": 36.5, "w": 33, "h": 3.5, "size": 5.5, "min": 4,
             "align": "center"},
            {"kind": "logo", "x": 62, "y": 42, "w": 19, "h": 8},
            {"kind": "tag", "x": 4, "y": 50, "w": 56, "h": 2.8, "size": 4.5, "min": 3.5,
             "ink": "grey"},
        ],
        "sheets": {
            "a4": {"cell": [85, 55], "grid": [2, 5]},
            "letter": {"cell": [85, 55], "grid": [2, 5]},
        },
    },
    "postcard": {
        "title": "Postcard A6, 4-up", "kind": "card", "size": [105, 148],
        "boxes": [
            {"kind": "headline", "x": 10, "y": 12, "w": 85, "h": 22, "size": 18, "min": 11,
             "bold": True, "ink": "accent", "align": "center"},
            {"kind": "body", "x": 10, "y": 36, "w": 85, "h": 28, "size": 10, "min": 7,
             "align": "center"},
            {"kind": "qr", "x": 29, "y": 65, "w": 47, "h": 47, "quiet": 4},
            {"kind": "link", "x": 10, "y": 112, "w": 85, "h": 5, "size": 9, "min": 6,
             "align": "center"},
            {"kind": "help_name", "x": 10, "y": 119.5, "w": 85, "h": 5, "size": 8.5, "min": 6,
             "align": "center"},
            {"kind": "help_number", "x": 10, "y": 125, "w": 85, "h": 7, "size": 12, "min": 8,
             "bold": True, "align": "center"},
            {"kind": "tag", "x": 10, "y": 138, "w": 60, "h": 3.5, "size": 6, "min": 4.5,
             "ink": "grey"},
            {"kind": "logo", "x": 75, "y": 133, "w": 20, "h": 9},
        ],
        "sheets": {
            "a4": {"cell": [105, 148], "grid": [2, 2]},
            "letter": {"cell": [107.95, 139.7], "grid": [2, 2]},
        },
    },
    "table-tent": {
        "title": "Table tent (one sheet, folded)", "kind": "sign", "size": [210, 148.5],
        "faces": 2, "fold_line": True,
        "boxes": [
            {"kind": "headline", "x": 15, "y": 14, "w": 180, "h": 20, "size": 26, "min": 14,
             "bold": True, "ink": "accent", "align": "center"},
            {"kind": "body", "x": 15, "y": 38, "w": 108, "h": 50, "size": 14, "min": 9},
            {"kind": "help_name", "x": 15, "y": 92, "w": 108, "h": 8, "size": 12, "min": 8},
            {"kind": "help_number", "x": 15, "y": 100, "w": 108, "h": 10, "size": 18,
             "min": 11, "bold": True},
            {"kind": "qr", "x": 131, "y": 36, "w": 66, "h": 66, "quiet": 4},
            {"kind": "link", "x": 128, "y": 103, "w": 72, "h": 6, "size": 10, "min": 6,
             "align": "center"},
            {"kind": "logo", "x": 15, "y": 118, "w": 40, "h": 14},
            {"kind": "tag", "x": 128, "y": 136, "w": 72, "h": 4, "size": 7, "min": 5,
             "ink": "grey", "align": "center"},
        ],
        "sheets": {
            "a4": {"cell": [210, 148.5], "grid": [1, 2], "turned": [0]},
            "letter": {"cell": [215.9, 139.7], "grid": [1, 2], "turned": [0]},
        },
    },
    "poster": {
        "title": "Green-room poster", "kind": "sign", "size": [210, 297],
        "boxes": [
            {"kind": "headline", "x": 12, "y": 12, "w": 186, "h": 30, "size": 36, "min": 20,
             "bold": True, "ink": "accent", "align": "center"},
            {"kind": "body", "x": 15, "y": 43, "w": 180, "h": 20.5, "size": 14, "min": 9,
             "align": "center"},
            {"kind": "qr", "x": 10, "y": 64, "w": 190, "h": 190, "quiet": 4},
            {"kind": "link", "x": 12, "y": 255, "w": 186, "h": 9, "size": 16, "min": 9,
             "align": "center"},
            {"kind": "help_name", "x": 12, "y": 265, "w": 186, "h": 7, "size": 14, "min": 9,
             "align": "center"},
            {"kind": "help_number", "x": 12, "y": 272, "w": 186, "h": 11, "size": 24, "min": 14,
             "bold": True, "align": "center"},
            {"kind": "tag", "x": 12, "y": 288, "w": 120, "h": 4, "size": 7, "min": 5,
             "ink": "grey"},
            {"kind": "logo", "x": 160, "y": 284, "w": 38, "h": 10},
        ],
        "sheets": {
            "a4": {"cell": [210, 297], "grid": [1, 1]},
            "letter": {"cell": [215.9, 279.4], "grid": [1, 1]},
            "a3": {"cell": [297, 420], "grid": [1, 1]},
        },
    },
    "stickers": {
        "title": "Sticker sheet 3×8, 63.5×33.9 mm", "kind": "card", "size": [63.5, 33.9],
        "boxes": [
            {"kind": "qr", "x": 1.5, "y": 1.5, "w": 30.9, "h": 30.9, "quiet": 4},
            {"kind": "headline", "x": 33, "y": 3, "w": 28.5, "h": 11, "size": 7.5, "min": 5,
             "bold": True, "ink": "accent"},
            {"kind": "link", "x": 33, "y": 15, "w": 28.5, "h": 3.5, "size": 4.8, "min": 3.5},
            {"kind": "help_name", "x": 33, "y": 19.5, "w": 28.5, "h": 5.5, "size": 4.5,
             "min": 3.5},
            {"kind": "help_number", "x": 33, "y": 25, "w": 28.5, "h": 3.5, "size": 6,
             "min": 4.5, "bold": True},
            {"kind": "tag", "x": 33, "y": 29.5, "w": 28.5, "h": 2.5, "size": 3.8, "min": 3.5,
             "ink": "grey"},
        ],
        "sheets": {
            "a4": {"cell": [63.5, 33.9], "grid": [3, 8], "gap": [2.5, 0]},
            "letter": {"cell": [63.5, 33.9], "grid": [3, 8], "gap": [2.5, 0]},
        },
    },
}

_INKS = {"ink": (0.11, 0.12, 0.14), "grey": (0.40, 0.42, 0.45), "accent": (0.13, 0.45, 0.42)}
_SINGLE_LINE = {"link", "tag", "help_number"}
_BOX_KINDS = {"headline", "body", "help_name", "help_number", "qr", "link", "logo", "tag"}


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


class CardJobRefused(WellnessError):
    """A job that would print badly: every reason, one per line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("refused to print:\n" + "\n".join(f"- {p}" for p in problems))


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
        raise WellnessError(f"language: {language!r} is not one of {', '.join(LANGUAGES)}")
    path = TEXTS_DIR / f"{language}.json"
    if user_dir is not None and (user_dir / f"{language}.json").is_file():
        path = user_dir / f"{language}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as e:
        raise WellnessError(f"{path}: cannot read it ({e.strerror})") from e
    except ValueError as e:
        raise WellnessError(f"{path}: not valid JSON ({e})") from e
    if not isinstance(data, dict):
        raise WellnessError(f"{path}: must hold an object with {', '.join(TEXT_FIELDS)}")
    values: dict[str, str] = {}
    for name in TEXT_FIELDS:
        value = data.get(name, "")
        if not isinstance(value, str):
            raise WellnessError(f"{path}: field {name} must be text")
        values[name] = value.strip()
    if not values["headline"]:
        raise WellnessError(f"{path}: field headline is empty")
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


def _codes(job: CardJob) -> list[str | None]:
    if not job.unique:
        return [None]
    first = job.first_code or 1
    last = first + job.copies - 1
    width = max(4, len(str(last)))
    return [f"{i:0{width}d}" for i in range(first, last + 1)]


def code_range(job: CardJob) -> tuple[str, str] | None:
    """The first and last unique code of a job with its first code fixed, as printed."""
    codes = _codes(job)
    first, last = codes[0], codes[-1]
    return (first, last) if first is not None and last is not None else None


def card_urls(db: Database, job: CardJob) -> list[str]:
    """The link of every distinct code of the job (one, or one per card with unique codes)."""
    hub = job.hub_url or settings.hub_url(db)
    return [job_url(hub, job.tag, code) for code in _codes(with_codes(db, job))]


# -- the QR code --------------------------------------------------------------------------


@dataclass(frozen=True)
class QrPlan:
    level: str  # L M Q H
    version: int
    modules: int  # symbol side, without quiet zone


_LEVELS = {"L": 1, "M": 0, "Q": 3, "H": 2}  # qrcode.constants.ERROR_CORRECT_*


def error_level(length: int, *, logo_on_code: bool = False) -> str:
    if logo_on_code or length <= 40:
        return "H"
    if length <= 100:
        return "Q"
    return "M" if length <= 200 else "L"


def qr_plan(longest: int, *, logo_on_code: bool = False) -> QrPlan:
    """Level and version for a byte string of `longest` bytes (see the module docstring)."""
    from qrcode import util

    level = error_level(longest, logo_on_code=logo_on_code)
    limits = util.BIT_LIMIT_TABLE[_LEVELS[level]]
    for version in range(1, 41):
        # types-qrcode types MODE_8BIT_BYTE as a plain int, not the Literal it asks for here.
        needed = 4 + util.length_in_bits(util.MODE_8BIT_BYTE, version) + 8 * longest  # type: ignore[arg-type]
        if limits[version] >= needed:
            return QrPlan(level, version, 17 + 4 * version)
    raise WellnessError(f"the link is {longest} bytes: too long for any QR code")


# GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1, as log/antilog tables.
_GF_EXP = [0] * 512
_GF_LOG = [0] * 256
_value = 1
for _power in range(255):
    _GF_EXP[_power] = _value
    _GF_LOG[_value] = _power
    _value <<= 1
    if _value & 0x100:
        _value ^= 0x11D
for _power in range(255, 512):
    _GF_EXP[_power] = _GF_EXP[_power - 255]
del _value, _power


def _gf_mul(a: int, b: int) -> int:
    return _GF_EXP[_GF_LOG[a] + _GF_LOG[b]] if a and b else 0


@functools.cache
def _rs_products(ec: int) -> tuple[int, ...]:
    """For every byte f: f times the generator polynomial of `ec` EC codewords (its monic
    leading term left out), the coefficients packed big-endian into one int."""
    gen = [1]  # highest power first
    for i in range(ec):  # times (x + α^i)
        gen = [hi ^ _gf_mul(lo, _GF_EXP[i]) for hi, lo in zip([*gen, 0], [0, *gen], strict=True)]
    return tuple(int.from_bytes(bytes(_gf_mul(f, g) for g in gen[1:]), "big")
                 for f in range(256))


def _rs_remainder(block: bytes, ec: int) -> bytes:
    """The `ec` error-correction codewords of a data block (the remainder of block·x^ec
    divided by the generator), by the shift-register division, one int XOR per byte."""
    products = _rs_products(ec)
    top = 8 * (ec - 1)
    keep = (1 << top) - 1
    remainder = 0
    for byte in block:
        remainder = ((remainder & keep) << 8) ^ products[(remainder >> top) ^ byte]
    return remainder.to_bytes(ec, "big")


@functools.cache
def _rs_blocks(version: int, level: str) -> tuple[tuple[int, int], ...]:
    """(data codewords, EC codewords) of each block, from qrcode's table."""
    from qrcode import base

    return tuple((b.data_count, b.total_count - b.data_count)
                 for b in base.rs_blocks(version, _LEVELS[level]))


def qr_codewords(data: bytes, version: int, level: str) -> bytes:
    """The symbol's codeword stream for `data` as one 8-bit byte segment: what
    `qrcode.util.create_data` returns, data and EC codewords interleaved block by block."""
    from qrcode import util

    blocks = _rs_blocks(version, level)
    capacity = sum(d for d, _ in blocks)
    count_bits = util.length_in_bits(util.MODE_8BIT_BYTE, version)  # type: ignore[arg-type]
    bits = 4 + count_bits + 8 * len(data)
    if bits > 8 * capacity:
        raise WellnessError(f"{len(data)} bytes do not fit a version {version}-{level} QR code")
    value = ((util.MODE_8BIT_BYTE << count_bits | len(data)) << 8 * len(data)
             | int.from_bytes(data, "big"))
    end = min(8 * capacity - bits, 4)  # terminator: up to four 0 bits...
    end += -(bits + end) % 8  # ... then 0 bits to a whole byte
    stream = (value << end).to_bytes((bits + end) // 8, "big")
    stream += bytes((util.PAD0, util.PAD1)) * ((capacity - len(stream) + 1) // 2)
    stream = stream[:capacity]
    data_blocks: list[bytes] = []
    ec_blocks: list[bytes] = []
    offset = 0
    for count, ec in blocks:
        chunk = stream[offset:offset + count]
        offset += count
        data_blocks.append(chunk)
        ec_blocks.append(_rs_remainder(chunk, ec))
    return bytes(b for part in (data_blocks, ec_blocks)
                 for column in zip_longest(*part) for b in column if b is not None)


def _placed(version: int, level: str, stream: bytes) -> list[list[bool]]:
    """The symbol `qrcode` builds around a given codeword stream, with our mask."""
    import qrcode

    code = qrcode.QRCode(version=version, error_correction=_LEVELS[level], border=0,
                         mask_pattern=MASK_PATTERN)
    code.data_cache = list(stream)  # what make() places instead of computing its own
    code.make(fit=False)
    # make() has set every module, so no None is left in the matrix the stubs allow for.
    return code.modules  # type: ignore[return-value]


def _stream_size(version: int) -> int:
    return sum(d + e for d, e in _rs_blocks(version, "L"))  # the same at every level


@functools.cache
def _qr_blank(version: int, level: str) -> tuple[bytes, ...]:
    """The symbol with every stream bit 0: finder, timing, alignment, format and version
    patterns, and the mask alone over the data area."""
    return tuple(bytes(row) for row in _placed(version, level, bytes(_stream_size(version))))


@functools.cache
def _qr_positions(version: int) -> tuple[tuple[int, int], ...]:
    """For each bit of the codeword stream in order, the (row, column) where `qrcode` puts
    it (the same at every level: only the format bits differ). Learnt from symbols it
    builds: all 0, all 1, and one probe per bit of the bit index (probe k sets the stream
    bits whose index has bit k set)."""
    total = _stream_size(version)
    nbits = 8 * total

    def probe(k: int) -> bytes:
        return bytes(sum(((8 * j + b) >> k & 1) << (7 - b) for b in range(8))
                     for j in range(total))

    zeros = _placed(version, "L", bytes(total))
    ones = _placed(version, "L", b"\xff" * total)
    probes = [_placed(version, "L", probe(k)) for k in range((nbits - 1).bit_length())]
    where: dict[int, tuple[int, int]] = {}
    for r, (zero_row, one_row) in enumerate(zip(zeros, ones, strict=True)):
        for c, (zero, one) in enumerate(zip(zero_row, one_row, strict=True)):
            if zero != one:
                where[sum(1 << k for k, p in enumerate(probes) if p[r][c] != zero)] = (r, c)
    if sorted(where) != list(range(nbits)):
        raise RuntimeError(f"qrcode placed {len(where)} of {nbits} stream bits of a version "
                           f"{version} symbol where we could not follow them")
    return tuple(where[i] for i in range(nbits))


_BIT_BYTES = bytes.maketrans(b"01", b"\0\1")


def qr_matrix(data: str, plan: QrPlan) -> list[bytearray]:
    """The symbol's modules, 1 for dark, 0 for light, without quiet zone: module for module
    what `qrcode`'s `make()` gives at this version, level and mask (see the module docstring)."""
    rows = [bytearray(row) for row in _qr_blank(plan.version, plan.level)]
    where = _qr_positions(plan.version)
    stream = qr_codewords(data.encode("utf-8"), plan.version, plan.level)
    bits = format(int.from_bytes(stream, "big"), f"0{8 * len(stream)}b")
    for r, c in compress(where, bits.encode("ascii").translate(_BIT_BYTES)):
        rows[r][c] ^= 1
    return rows


def qr_path(matrix: list[bytearray]) -> str:
    """PDF operators filling the dark modules, each row's runs merged into one rectangle,
    in module units with y up (row 0 at the top)."""
    n = len(matrix)
    ops: list[str] = []
    append = ops.append
    for r, row in enumerate(matrix):
        y = n - 1 - r
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                append(f"{start} {y} {c - start} 1 re")
            else:
                c += 1
    append("f")
    return "\n".join(ops)


# -- preflight ----------------------------------------------------------------------------


@dataclass
class _TextFit:
    size: float
    lines: list[str]


@dataclass
class _Plan:
    """Everything the renderer needs, worked out once per job."""

    job: CardJob
    template: Template
    sheet: Sheet
    texts: CardTexts
    urls: list[str]
    qr: QrPlan
    module_mm: float
    fits: dict[str, _TextFit] = field(default_factory=dict)
    logo: Path | None = None
    help_line: settings.HelpLine = field(default_factory=settings.HelpLine)
    # Signs: the distance the code is checked for (asked, or what the paper serves) and
    # the distance the printed code serves.
    scan_distance_m: float | None = None
    reach_m: float | None = None
    code_cm: float | None = None


def _font_cmaps() -> dict[str, dict[int, int]]:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = [pdfmetrics.getFont(name) for name in (FONT, FONT_BOLD)]
    return {font.fontName: font.face.charToGlyph for font in fonts if isinstance(font, TTFont)}


def _missing_glyphs(text: str, font: str) -> list[str]:
    cmap = _font_cmaps()[font]
    seen: list[str] = []
    for ch in text:
        if ch not in "\n\r\t" and ord(ch) not in cmap and ch not in seen:
            seen.append(ch)
    return seen


def _fit(text: str, box: Box) -> _TextFit | None:
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font = FONT_BOLD if box.bold else FONT
    width, height = box.w * _MM, box.h * _MM
    size = box.size
    while size >= box.min - 1e-6:
        if box.kind in _SINGLE_LINE:
            lines = [" ".join(text.split())]
        else:
            lines = []
            for para in text.splitlines():
                lines += simpleSplit(" ".join(para.split()), font, size, width) or [""]
        tall = size * (1 + _LEADING * (len(lines) - 1)) + 0.2 * size
        if tall <= height + 0.01 and all(stringWidth(s, font, size) <= width + 0.01
                                         for s in lines):
            return _TextFit(size, lines)
        if size <= box.min + 1e-6:
            break
        # Half points down, and the minimum itself is always tried.
        size = max(box.min, round(size - 0.5, 2))
    return None


def _tag_text(job: CardJob, code: str | None) -> str:
    parts = [p for p in (job.location, job.tag, f"#{code}" if code else "") if p]
    return " · ".join(parts)


def _check_job(job: CardJob) -> list[str]:
    problems: list[str] = []
    if job.template not in TEMPLATES:
        problems.append(f"template: {job.template!r} is not one of {', '.join(TEMPLATES)}")
    elif job.paper not in TEMPLATES[job.template].sheets:
        papers = ", ".join(TEMPLATES[job.template].sheets)
        problems.append(f"paper: {job.template} prints on {papers}, not {job.paper!r}")
    if job.language not in LANGUAGES:
        problems.append(f"language: {job.language!r} is not one of {', '.join(LANGUAGES)}")
    if isinstance(job.copies, bool) or not isinstance(job.copies, int) or not (
            1 <= job.copies <= MAX_COPIES):
        problems.append(f"copies: {job.copies!r} is not a number from 1 to {MAX_COPIES}")
    tag = job.tag.strip()
    if not tag:
        problems.append("tag: is empty (it tells the hub which signs were scanned)")
    elif len(tag) > MAX_TAG:
        problems.append(f"tag: longer than {MAX_TAG} characters")
    elif any(not ch.isprintable() for ch in tag):
        problems.append("tag: holds a control character")
    if job.scan_distance_m is not None and not 0.1 <= job.scan_distance_m <= 50:
        problems.append(f"scan distance: {job.scan_distance_m!r} m is not 0.1 to 50 metres")
    if job.first_code is not None and (isinstance(job.first_code, bool)
                                       or not 1 <= job.first_code <= 10**9):
        problems.append(f"first code: {job.first_code!r} is not a number from 1")
    return problems


def plan_job(db: Database, job: CardJob) -> tuple[_Plan | None, list[str]]:
    problems = _check_job(job)
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
        return None, [f"{e} (File → Settings → Help line)"]
    if not number and line.required:
        return None, ["help line: no number is set, and Settings asks to refuse cards and "
                      "signs without one: set it in File → Settings → Help line"]
    hub = (job.hub_url or settings.hub_url(db)).strip()
    if not hub.startswith(("https://", "http://")) or " " in hub or not urlsplit(hub).netloc:
        return None, [f"hub address: {hub!r} is not a web address (https://…)"]
    urls = card_urls(db, replace(job, hub_url=hub))
    longest = max(len(u.encode("utf-8")) for u in urls)
    if longest > MAX_URL:
        return None, [f"link: {longest} bytes, more than a printed code should hold ({MAX_URL})"]
    logo = logo_path(job.logo) if job.logo else None
    qbox = template.box("qr")
    assert qbox is not None
    qr = qr_plan(longest, logo_on_code=bool(logo and job.logo_on_code))
    module = min(qbox.w, qbox.h) / (qr.modules + 2 * qbox.quiet)
    plan = _Plan(job, template, sheet, texts, urls, qr, module, logo=logo,
                 help_line=replace(line, number=number))
    src = texts.source.name if texts.source.parent == TEXTS_DIR else str(texts.source)
    origins = {"headline": src, "body": src, "help_name": "Settings" if line.name else src,
               "help_number": "Settings"}

    # Never a box in print: every character must be in the embedded font. No number set:
    # no help line at all (its words alone would point nowhere).
    values: dict[str, str | None] = {
        "headline": texts.headline, "body": texts.body,
        "help_name": (line.name or texts.help_name) if number else "",
        "help_number": number}
    for name, text in values.items():
        box = template.box(name)
        if box is None or not text:
            continue
        for ch in _missing_glyphs(text, FONT_BOLD if box.bold else FONT):
            problems.append(f"{name} ({origins[name]}): the character {ch!r} "
                            f"(U+{ord(ch):04X}) is not in the card font (DejaVu Sans): "
                            "replace it")
    for name, text in (("tag", job.tag), ("location", job.location),
                       ("hub address", short_link(hub))):
        for ch in _missing_glyphs(text, FONT):
            problems.append(f"{name}: the character {ch!r} (U+{ord(ch):04X}) is not in the "
                            "card font (DejaVu Sans): replace it")
    if problems:
        return None, problems

    values["link"] = short_link(hub)
    values["tag"] = _tag_text(job, _codes(job)[-1])
    for box in template.boxes:
        text = values.get(box.kind)
        if not text:
            continue
        fit = _fit(text, box)
        if fit is None:
            origin = f" ({origins[box.kind]})" if box.kind in origins else ""
            problems.append(
                f"{box.kind}{origin}: does not fit the {template.title.split(',')[0].lower()} "
                f"even at {box.min:g} pt ({len(text)} characters in a {box.w:g}×{box.h:g} mm "
                "box): shorten it")
        else:
            plan.fits[box.kind] = fit

    problems += _code_problems(plan)
    if logo is not None and not logo.is_file():
        problems.append(f"logo: {logo} is not a readable file")
    return plan, problems


def _code_problems(plan: _Plan) -> list[str]:
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
        problems.append(f"quiet zone: {quiet:.1f} modules of blank space around the QR code, "
                        f"scanners need {MIN_QUIET_MODULES}")
    scale = _cell_scale(template, plan.sheet)
    printed_module = m * scale
    if template.kind == "card" and printed_module < MIN_MODULE_MM - 1e-9:
        problems.append(
            f"QR modules are {printed_module:.2f} mm (version {plan.qr.version}, level "
            f"{plan.qr.level}, for a {max(len(u) for u in plan.urls)}-character link): at least "
            f"{MIN_MODULE_MM} mm prints reliably; use a shorter tag or hub address")
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
            problems.append(f"scan distance: the QR code is {plan.code_cm:g} cm, too small "
                            "for a sign: use a shorter tag or hub address")
        elif side_mm < distance * 100 - 1e-6:
            biggest = max(template.sheets, key=lambda p: PAPERS[p][0] * PAPERS[p][1])
            fix = ("set" if biggest == plan.job.paper else
                   f"print on {PAPER_TITLES[biggest]}, or set")
            problems.append(
                f"scan distance: the QR code is {plan.code_cm:g} cm, which scans "
                f"from about {supports:g} m, not the {distance:g} m asked for: {fix} the scan "
                f"distance to {supports:g} m or less")
    return problems


def preflight(db: Database, job: CardJob) -> list[str]:
    """Why the job would print badly, one message each; an empty list means it may print."""
    return plan_job(db, job)[1]


# -- rendering ----------------------------------------------------------------------------


def _cell_scale(template: Template, sheet: Sheet) -> float:
    return min(sheet.cell[0] / template.size[0], sheet.cell[1] / template.size[1])


class Renderer:
    """Draws planned jobs onto one canvas; identical codes and card faces are drawn once."""

    def __init__(self, title: str = "Wellness Desk cards") -> None:
        from reportlab.pdfgen import canvas

        register_fonts()
        self.out = io.BytesIO()
        self.canvas: Canvas = canvas.Canvas(self.out, pageCompression=1)
        self.canvas.setTitle(title)
        self.canvas.setAuthor("Wellness Desk")
        self.canvas.setCreator("Wellness Desk")
        self.forms: dict[str, str] = {}
        self.pages = 0

    def finish(self) -> bytes:
        from reportlab import rl_config

        # Binary streams: reportlab's pure-Python ASCII85 pass costs ~0.5 s per 1,000
        # codes and makes the file a quarter bigger. Read at save time, so set only here.
        before = rl_config.useA85
        rl_config.useA85 = 0
        try:
            self.canvas.save()
        finally:
            rl_config.useA85 = before
        return self.out.getvalue()

    def _qr_form(self, url: str, qr: QrPlan) -> str:
        key = f"{qr.level}{qr.version}:{url}"
        name = self.forms.get(key)
        if name is None:
            name = f"qr{len(self.forms)}"
            c = self.canvas
            c.beginForm(name, 0, 0, qr.modules, qr.modules)
            c.addLiteral("0 g\n" + qr_path(qr_matrix(url, qr)))
            c.endForm()
            self.forms[key] = name
        return name

    def _face_form(self, plan: _Plan, *, with_tag: bool) -> str:
        name = f"face{len(self.forms)}"
        c = self.canvas
        w, h = plan.template.size
        c.beginForm(name, 0, 0, w * _MM, h * _MM)
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

    def _text(self, box: Box, fit: _TextFit, face_h: float) -> None:
        c = self.canvas
        font = FONT_BOLD if box.bold else FONT
        c.setFont(font, fit.size)
        c.setFillColorRGB(*_INKS[box.ink])
        y = (face_h - box.y) * _MM - fit.size * 0.95
        for line in fit.lines:
            if box.align == "center":
                c.drawCentredString((box.x + box.w / 2) * _MM, y, line)
            else:
                c.drawString(box.x * _MM, y, line)
            y -= fit.size * _LEADING

    def _logo(self, path: Path, x: float, y: float, w: float, h: float) -> None:
        self.canvas.drawImage(str(path), x * _MM, y * _MM, w * _MM, h * _MM,
                              preserveAspectRatio=True, anchor="c", mask="auto")

    def draw(self, plan: _Plan) -> int:
        """Draw a planned job on new pages; returns the number of cards drawn."""
        from reportlab.lib.utils import ImageReader

        if plan.logo is not None:
            try:
                ImageReader(str(plan.logo)).getSize()
            except Exception as e:  # reportlab raises whatever its image reader met
                raise WellnessError(f"logo: {plan.logo} is not an image reportlab can read "
                                    f"({e})") from e
        c = self.canvas
        job, template, sheet = plan.job, plan.template, plan.sheet
        page_w, page_h = PAPERS[job.paper]
        cols, rows = sheet.grid
        per_sheet = template.per_sheet(job.paper)
        codes = _codes(job)
        cards = job.copies if job.unique else (
            math.ceil(job.copies / per_sheet) * per_sheet)
        face = self._face_form(plan, with_tag=not job.unique)
        qbox = template.box("qr")
        tbox = template.box("tag")
        assert qbox is not None
        scale = _cell_scale(template, sheet)
        fw, fh = template.size
        m = plan.module_mm
        side = plan.qr.modules * m
        qx = qbox.x + (qbox.w - side) / 2
        qy = fh - (qbox.y + (qbox.h - side) / 2) - side
        grid_w = cols * sheet.cell[0] + (cols - 1) * sheet.gap[0]
        grid_h = rows * sheet.cell[1] + (rows - 1) * sheet.gap[1]
        x0, y0 = (page_w - grid_w) / 2, (page_h - grid_h) / 2  # from the top-left
        card = 0
        while card < cards:
            c.setPageSize((page_w * _MM, page_h * _MM))
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
                c.translate(cx * _MM, (page_h - top - sheet.cell[1]) * _MM)
                if row in sheet.turned:
                    c.translate(sheet.cell[0] * _MM, sheet.cell[1] * _MM)
                    c.rotate(180)
                c.translate((sheet.cell[0] - fw * scale) / 2 * _MM,
                            (sheet.cell[1] - fh * scale) / 2 * _MM)
                c.scale(scale, scale)
                c.doForm(face)
                c.saveState()
                c.translate(qx * _MM, qy * _MM)
                c.scale(m * _MM, m * _MM)
                c.doForm(self._qr_form(url, plan.qr))
                c.restoreState()
                if job.logo_on_code and plan.logo is not None:
                    pad = side * 0.3
                    c.setFillColorRGB(1, 1, 1)
                    c.rect((qx + (side - pad) / 2) * _MM, (qy + (side - pad) / 2) * _MM,
                           pad * _MM, pad * _MM, stroke=0, fill=1)
                    inner = pad * 0.85
                    self._logo(plan.logo, qx + (side - inner) / 2, qy + (side - inner) / 2,
                               inner, inner)
                if job.unique and tbox is not None:
                    fit = _fit(_tag_text(job, code), tbox)
                    if fit is not None:
                        self._text(tbox, fit, fh)
                c.restoreState()
            if template.crop_marks:
                _crop_marks(c, sheet, page_w, page_h, x0, y0)
            if template.fold_line:
                _fold_line(c, page_w, page_h)
            c.showPage()
            self.pages += 1
            card += per_sheet
        return cards


def _crop_marks(c: Canvas, sheet: Sheet, page_w: float, page_h: float, x0: float,
                y0: float) -> None:
    """Short lines outside the grid, on the line of every cut; never over a card."""
    cols, rows = sheet.grid
    cw, ch = sheet.cell
    gap_x, gap_y = sheet.gap
    xs = sorted({x0 + i * (cw + gap_x) for i in range(cols)}
                | {x0 + i * (cw + gap_x) + cw for i in range(cols)})
    ys = sorted({y0 + j * (ch + gap_y) for j in range(rows)}
                | {y0 + j * (ch + gap_y) + ch for j in range(rows)})
    right, bottom = x0 + cols * cw + (cols - 1) * gap_x, y0 + rows * ch + (rows - 1) * gap_y
    offset, length = CROP_OFFSET_MM, CROP_LENGTH_MM
    c.saveState()
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.25)
    for x in xs:
        for start, end in ((y0 - offset, max(y0 - offset - length, 0.0)),
                           (bottom + offset, min(bottom + offset + length, page_h))):
            if abs(end - start) > 0.2:
                c.line(x * _MM, (page_h - start) * _MM, x * _MM, (page_h - end) * _MM)
    for y in ys:
        for start, end in ((x0 - offset, max(x0 - offset - length, 0.0)),
                           (right + offset, min(right + offset + length, page_w))):
            if abs(end - start) > 0.2:
                c.line(start * _MM, (page_h - y) * _MM, end * _MM, (page_h - y) * _MM)
    c.restoreState()


CROP_OFFSET_MM = 1.0
CROP_LENGTH_MM = 5.0


def crop_mark_positions(template: str, paper: str) -> tuple[list[float], list[float]]:
    """Where the cuts are, in mm from the page's top-left: (x of vertical cuts, y of
    horizontal cuts)."""
    t = TEMPLATES[template]
    sheet = t.sheets[paper]
    page_w, page_h = PAPERS[paper]
    cols, rows = sheet.grid
    grid_w = cols * sheet.cell[0] + (cols - 1) * sheet.gap[0]
    grid_h = rows * sheet.cell[1] + (rows - 1) * sheet.gap[1]
    x0, y0 = (page_w - grid_w) / 2, (page_h - grid_h) / 2
    xs = [x0 + i * sheet.cell[0] for i in range(cols + 1)]
    ys = [y0 + j * sheet.cell[1] for j in range(rows + 1)]
    return xs, ys


def _fold_line(c: Canvas, page_w: float, page_h: float) -> None:
    c.saveState()
    c.setStrokeColorRGB(0.6, 0.6, 0.6)
    c.setLineWidth(0.4)
    c.setDash(3, 3)
    c.line(0, page_h / 2 * _MM, page_w * _MM, page_h / 2 * _MM)
    c.restoreState()


def _planned(db: Database, job: CardJob) -> _Plan:
    plan, problems = plan_job(db, job)
    if problems or plan is None:
        raise CardJobRefused(problems)
    return plan


def render(db: Database, job: CardJob) -> bytes:
    """The job's PDF (nothing recorded: a preview). Raises CardJobRefused with every reason."""
    plan = _planned(db, job)
    renderer = Renderer(f"{plan.template.title} · {job.tag}")
    renderer.draw(plan)
    return renderer.finish()


def _record(db: Database, jobs: list[tuple[CardJob, int]]) -> None:
    """Record printed jobs; a unique-code job whose numbers another print took meanwhile
    (the command line beside the app) is refused, so no code is ever on two cards."""
    printed = to_utc_text(utcnow())
    for job, cards in jobs:
        tag = job.tag.strip()
        first = job.first_code if job.unique else None
        if first is not None and first < next_code(db, tag):
            raise WellnessError(
                f"tag {tag}: codes from c={first} were printed by another job meanwhile; "
                "nothing recorded: print again for new numbers")
        db.execute(
            "INSERT INTO print_job (template, tag, language, copies, cards, paper, "
            "unique_codes, printed_utc, first_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [job.template, tag, job.language, job.copies, cards, job.paper,
             int(job.unique), printed, first],
        )


def save(db: Database, job: CardJob, path: str | os.PathLike[str]) -> Path:
    """Write the job's PDF whole (or not at all) and record it in print_job: both or
    neither, so the numbers of unique codes are taken only by a file that exists."""
    plan = _planned(db, job)
    renderer = Renderer(f"{plan.template.title} · {job.tag}")
    cards = renderer.draw(plan)
    data = renderer.finish()
    with immediate(db):
        _record(db, [(plan.job, cards)])
        return save_bytes(path, data)


def record_printed(db: Database, job: CardJob) -> None:
    """Record a job sent to a printer (the UI's Print…), as `save` does for a file.

    Pass the job as rendered (`with_codes`), so the codes recorded are those printed."""
    plan = _planned(db, job)
    per = plan.template.per_sheet(job.paper)
    with immediate(db):
        _record(db, [(plan.job,
                      job.copies if job.unique else math.ceil(job.copies / per) * per)])


def print_jobs(db: Database) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query("SELECT * FROM print_job ORDER BY id")]


# -- batch: one PDF for many locations -----------------------------------------------------

BATCH_COLUMNS = ("name", "tag", "language", "copies", "template")
# scan_distance: metres, for a sign (empty: what its paper serves); paper: a4, letter or a3
# (empty: the paper= given, else the template's default paper).
BATCH_OPTIONAL = ("scan_distance", "paper")
MAX_LISTED = 20  # problems listed in full; the rest are counted


class BatchError(WellnessError):
    def __init__(self, file: str, problems: list[str]) -> None:
        self.file = file
        self.problems = problems
        plural = "s" if len(problems) != 1 else ""
        head = f"{file}: nothing printed, {len(problems)} problem{plural}:"
        listed = problems[:MAX_LISTED]
        more = [f"… and {len(problems) - MAX_LISTED} more"] if len(problems) > MAX_LISTED else []
        super().__init__("\n".join([head, *listed, *more]))


def read_locations(path: str | os.PathLike[str], *, paper: str | None = None,
                   unique: bool = False,
                   hub_url: str | None = None, scan_distance_m: float | None = None,
                   logo: str | os.PathLike[str] | None = None
                   ) -> list[tuple[int, CardJob]]:
    """The jobs of a locations CSV, with their line numbers; BatchError on any bad line."""
    from .schedule_io import csv_delimiter

    path = Path(path)
    name = path.name
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as e:
        raise WellnessError(f"{path}: cannot read it ({e.strerror})") from e
    except UnicodeDecodeError as e:
        raise BatchError(name, [f"{name}: is not UTF-8 text (save as “CSV UTF-8”)"]) from e
    if not text.strip():
        raise BatchError(name, [f"{name} line 1: empty (columns: {', '.join(BATCH_COLUMNS)})"])
    reader = csv.reader(io.StringIO(text, newline=""),
                        delimiter=csv_delimiter(text.split("\n", 1)[0]))
    header = [h.strip().casefold() for h in next(reader)]
    missing = [c for c in BATCH_COLUMNS if c not in header]
    unknown = [h for h in header if h not in BATCH_COLUMNS + BATCH_OPTIONAL]
    if missing or unknown:
        what = (f"missing column(s): {', '.join(missing)}" if missing else
                f"unknown column(s): {', '.join(unknown)}")
        raise BatchError(name, [f"{name} line 1: {what} (the columns are "
                                f"{', '.join(BATCH_COLUMNS)})"])
    problems: list[str] = []
    jobs: list[tuple[int, CardJob]] = []
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        values = {col: (row[i].strip() if i < len(row) else "") for i, col in enumerate(header)}
        where = f"{name} line {line}"
        copies_text = values["copies"] or "1"
        copies = int(copies_text) if re.fullmatch(r"[0-9]{1,6}", copies_text) else -1
        distance = scan_distance_m
        if values.get("scan_distance"):
            try:
                distance = float(values["scan_distance"])
            except ValueError:
                distance = math.nan
            if not 0.1 <= distance <= 50:
                problems.append(f"{where}, field scan_distance: {values['scan_distance']!r} "
                                "is not metres from 0.1 to 50")
        template = values["template"].casefold()
        row_paper = values.get("paper", "").casefold() or paper or (
            TEMPLATES[template].default_paper if template in TEMPLATES else "a4")
        job = CardJob(template=template, tag=values["tag"], paper=row_paper,
                      language=(values["language"] or "en").casefold(),
                      copies=copies, unique=unique, hub_url=hub_url,
                      scan_distance_m=distance, logo=logo, location=values["name"])
        for problem in _check_job(job):
            if problem.startswith("copies:"):
                problem = f"copies: {copies_text!r} is not a number from 1 to {MAX_COPIES}"
            problems.append(f"{where}, field {problem}")
        jobs.append((line, job))
    if not jobs and not problems:
        problems.append(f"{name}: no locations after the header line")
    if problems:
        raise BatchError(name, problems)
    return jobs


def plan_batch(db: Database, path: str | os.PathLike[str], **options: Any) -> list[_Plan]:
    """Every location's job of a locations CSV, planned and preflighted (nothing drawn);
    BatchError with every problem. Unique codes continue each tag's numbering, also from
    one line of the file to the next."""
    name = Path(path).name
    jobs = read_locations(path, **options)
    plans: list[_Plan] = []
    problems: list[str] = []
    following: dict[str, int] = {}
    for line, job in jobs:
        tag = job.tag.strip()
        if job.unique:
            first = following.get(tag) or next_code(db, tag)
            job = replace(job, first_code=first)
            following[tag] = first + job.copies
        plan, found = plan_job(db, job)
        problems += [f"{name} line {line}, field {p}" for p in found]
        if plan is not None and not found:
            plans.append(plan)
    if problems:
        raise BatchError(name, problems)
    return plans


def render_batch(db: Database, path: str | os.PathLike[str], **options: Any
                 ) -> tuple[bytes, list[tuple[CardJob, int]]]:
    """One PDF with every location's cards or signs (each location on its own pages)."""
    plans = plan_batch(db, path, **options)
    renderer = Renderer(f"Wellness Desk · {Path(path).name}")
    done = [(plan.job, renderer.draw(plan)) for plan in plans]
    return renderer.finish(), done


def save_batch(db: Database, path: str | os.PathLike[str], out: str | os.PathLike[str],
               **options: Any) -> list[tuple[CardJob, int]]:
    data, done = render_batch(db, path, **options)
    with immediate(db):
        _record(db, done)
        save_bytes(out, data)
    return done


# -- preview ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Preview:
    """The first page of a job, or why it is refused, and what the Print page says of it."""

    png: bytes | None  # None: refused, see problems
    problems: list[str]
    help_line: settings.HelpLine  # as it prints: no number, no help line on the cards
    scan_distance_m: float | None = None  # signs: the distance checked (asked, or served)
    reach_m: float | None = None  # signs: what the code serves
    code_cm: float | None = None
    first_code: int | None = None  # unique codes: the first this job would print


def _first_sheet(job: CardJob) -> CardJob:
    # Only the first sheet is shown: rendering 5,000 unique cards for it would hold up
    # the worker (and every tap queued behind it).
    template = TEMPLATES.get(job.template)
    if template is not None and job.paper in template.sheets:
        job = replace(job, copies=min(job.copies, template.per_sheet(job.paper)))
    return job


def preview(db: Database, job: CardJob, width_px: int = 600) -> Preview:
    """The Print page's live preview. Nothing is recorded: no unique code is used up."""
    plan, problems = plan_job(db, _first_sheet(job))
    if plan is None:
        return Preview(None, problems, settings.help_line(db))
    png = None
    if not problems:
        renderer = Renderer(f"{plan.template.title} · {job.tag}")
        renderer.draw(plan)
        png = _page_png(renderer.finish(), width_px)
    return Preview(png, problems, plan.help_line, plan.scan_distance_m, plan.reach_m,
                   plan.code_cm, plan.job.first_code)


def preview_png(db: Database, job: CardJob, width_px: int = 600) -> bytes:
    """The first page as a PNG `width_px` wide."""
    return _page_png(render(db, _first_sheet(job)), width_px)


def _page_png(data: bytes, width_px: int) -> bytes:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        page = pdf[0]
        bitmap = page.render(scale=width_px / page.get_width(), rev_byteorder=True)
        return _png(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                    bitmap.n_channels)
    finally:
        pdf.close()


def _png(buffer: bytes, width: int, height: int, stride: int, channels: int) -> bytes:
    """A minimal RGB(A) PNG encoder: no Pillow needed at run time."""
    colour = {3: 2, 4: 6}[channels]
    rows = b"".join(b"\0" + buffer[y * stride: y * stride + width * channels]
                    for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, colour, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b""))


__all__ = [
    "FONT_DIR", "LANGUAGES", "PAPERS", "TEMPLATES", "CardJob", "CardJobRefused", "Preview",
    "Renderer", "card_urls", "load_texts", "next_code", "plan_batch", "preflight", "preview",
    "preview_png", "render", "render_batch", "save", "save_batch", "with_codes",
]


@dataclass(frozen=True)
class RasterPage:
    """One page of a PDF as pixels, for a printer that takes pictures (Qt's Print…)."""

    width: int
    height: int
    stride: int
    pixels: bytes  # RGB (3 channels) or RGBA (4), rows `stride` bytes apart
    channels: int
    pages: int  # pages in the whole document


def rasterise_page(pdf: bytes, index: int, dpi: int) -> RasterPage:
    """Page `index` of `pdf` at `dpi`; one page at a time keeps a 40-venue batch in memory."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        page = document[index]
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
        return RasterPage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer),
                          bitmap.n_channels, len(document))
    finally:
        document.close()
