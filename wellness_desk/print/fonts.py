"""The fonts every PDF embeds, and lines of text that need more than one of them.

DejaVu Sans draws Latin with its extensions, Greek and Cyrillic. What it lacks is drawn with
a fallback that has it: Droid Sans Fallback for Chinese, Japanese and Korean (a booked name
"名前 テスト" prints as itself on the day sheet), then Symbola for emoji and symbols, in
black. A character none of them has is refused before anything is drawn, naming the field
and the character: never an empty box on paper.

reportlab shapes nothing: each character is its own glyph, so an emoji sequence (a family,
a flag) prints as its parts, and fallback glyphs have one weight (bold text's CJK is regular).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ..errors import WellnessError
from ..messages import joined, msg
from ..paths import ASSETS

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

FONT_DIR = ASSETS / "fonts"
FONT = "WellnessDejaVuSans"
FONT_BOLD = "WellnessDejaVuSans-Bold"
_CJK = "WellnessDroidSansFallback"
_SYMBOLS = "WellnessSymbola"
_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf",
          _CJK: "DroidSansFallback.ttf", _SYMBOLS: "Symbola-subset.ttf"}
# Where a character is looked for, in order: the weight asked for, the other weight (each
# DejaVu file has a few letters the other lacks), then the fallbacks.
_CHAINS = {FONT: (FONT, FONT_BOLD, _CJK, _SYMBOLS), FONT_BOLD: (FONT_BOLD, FONT, _CJK, _SYMBOLS)}
FONT_NAMES = "DejaVu Sans, Droid Sans Fallback, Symbola"

_lock = threading.Lock()
_loaded: dict[str, dict[int, int]] | None = None  # font → its characters, once registered


def register_fonts() -> None:
    """Register the shipped fonts with reportlab (once per process, from any thread)."""
    _fonts()


def _fonts() -> dict[str, dict[int, int]]:
    global _loaded
    if _loaded is None:
        with _lock:
            if _loaded is None:
                _loaded = _register()
    return _loaded


def _register() -> dict[str, dict[int, int]]:
    from reportlab.pdfbase import pdfmetrics, ttfonts
    from reportlab.pdfbase.ttfonts import TTFont

    loaded: dict[str, dict[int, int]] = {}
    try:
        for name, file in _FILES.items():
            font = TTFont(name, str(FONT_DIR / file))
            pdfmetrics.registerFont(font)
            loaded[name] = font.face.charToGlyph
    except OSError as e:
        raise WellnessError(msg("the program's font is missing from {folder} ({reason}): reinstall "
                                "Wellness Desk", folder=FONT_DIR, reason=e)) from e
    ttfonts.makeToUnicodeCMap = _utf16_to_unicode(ttfonts.makeToUnicodeCMap)
    return loaded


def _utf16_to_unicode(original: Callable[..., str]) -> Callable[..., str]:
    """reportlab's ToUnicode CMap with a character past U+FFFF (an emoji) written as UTF-16,
    as PDF asks: reportlab writes its hex as is (<1F33F>), so a reader copying or searching
    the text gets another character (U+1F33). What is drawn is the same either way."""

    def cmap(fontname: str, subset: list[int]) -> str:
        return re.sub(r"<([0-9A-F]{5,6})>$",
                      lambda m: f"<{chr(int(m[1], 16)).encode('utf-16-be').hex().upper()}>",
                      original(fontname, subset), flags=re.MULTILINE)

    return cmap


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """`text` as (piece, font) runs, each character in the first font of `font`'s chain that
    has it; a space stays in the run it is in. A character no font has stays in `font`
    (the documents refuse it first: `unprintable`)."""
    cmaps = _fonts()
    primary = cmaps[font]
    if all(ord(ch) in primary for ch in text):
        return [(text, font)]
    chain = _CHAINS[font]
    out: list[tuple[str, str]] = []
    current, start = font, 0
    for i, ch in enumerate(text):
        code = ord(ch)
        if ch == " " and code in cmaps[current]:
            continue
        found = next((f for f in chain if code in cmaps[f]), font)
        if found != current:
            if i > start:
                out.append((text[start:i], current))
            current, start = found, i
    out.append((text[start:], current))
    return out


def text_width(text: str, font: str, size: float) -> float:
    """The width in points of one line of `text` as `draw_text` draws it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(piece, f, size) for piece, f in runs(text, font))


def draw_text(c: Canvas, x: float, y: float, text: str, font: str, size: float, *,
              align: str = "left") -> None:
    """Draw one line of `text` with its baseline at `y`, starting at `x` ("left"), ending
    at it ("right") or centred on it ("centre"); leaves the canvas's font set."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pieces = runs(text, font)
    if align != "left":
        width = sum(stringWidth(piece, f, size) for piece, f in pieces)
        x -= width if align == "right" else width / 2
    for piece, f in pieces:
        c.setFont(f, size)
        c.drawString(x, y, piece)
        if len(pieces) > 1:
            x += stringWidth(piece, f, size)


# Chinese and Japanese have no spaces: a line may break between two of their characters,
# but not before closing punctuation (a line never starts with "。").
_NO_BREAK_BEFORE = frozenset("、。，．・：；？！ー）」』】〕〉》”’ゝゞヽヾ々〻"
                             "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ")


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _pieces(word: str) -> list[str]:
    """A word cut where a line may break inside it (between CJK characters)."""
    pieces = [word[:1]]
    for ch in word[1:]:
        if (_wide(ch) or _wide(pieces[-1][-1])) and ch not in _NO_BREAK_BEFORE:
            pieces.append(ch)
        else:
            pieces[-1] += ch
    return pieces


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` in lines no wider than `width` points where it can break: at spaces, and
    between CJK characters; a new line at each "\\n". As reportlab's `simpleSplit` for
    text without CJK (a word wider than the line stays whole), measuring every font used."""
    lines: list[str] = []
    space = text_width(" ", font, size)
    for paragraph in text.split("\n"):
        line, used = "", 0.0
        for word in paragraph.split():
            for i, piece in enumerate(_pieces(word)):
                glue = " " if i == 0 else ""
                w = text_width(piece, font, size)
                # Summed in simpleSplit's order: the same lines to the last bit.
                after = used + space + w if glue else used + w
                if not line:
                    line, used = piece, w
                elif after <= width:
                    line, used = line + glue + piece, after
                else:
                    lines.append(line)
                    line, used = piece, w
        if line:
            lines.append(line)
    return lines


# -- what no shipped font can draw ----------------------------------------------------------


def unprintable(text: str) -> list[str]:
    """The characters of `text` that no shipped font has, each once, in order."""
    cmaps = _fonts()
    seen: list[str] = []
    for ch in text:
        if (ch not in "\n\r\t" and ch not in seen
                and not any(ord(ch) in cmaps[f] for f in _CHAINS[FONT])):
            seen.append(ch)
    return seen


def glyph_problems(fields: Iterable[tuple[str, str | None]], *, what: str = "printed"
                   ) -> list[str]:
    """For each (field, text): every character no shipped font has, one message each."""
    return [msg("{field}: the character {character} (U+{code}) is not in the {what} fonts "
                "({fonts}): replace it", field=field, character=repr(ch),
                code=format(ord(ch), "04X"), what=what, fonts=FONT_NAMES)
            for field, text in fields if text for ch in unprintable(text)]


def check_printable(fields: Iterable[tuple[str, str | None]]) -> None:
    """Refuse a document with a character no shipped font has, before anything is drawn:
    every field and character, one per line."""
    problems = glyph_problems(fields)
    if problems:
        raise WellnessError(joined(problems))
