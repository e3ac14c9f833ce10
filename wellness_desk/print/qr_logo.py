"""Where a logo may sit on a QR code: a pad of light modules, sized and placed by the symbol.

A logo laid over a code hides codewords, and the reader must correct them as errors (it
cannot tell which ones are hidden), so each codeword the pad touches costs two of its block's
error-correction codewords. The pad:

- covers no function pattern: finders and separators, timing, alignment, format and version
  information (every module that carries no bit of the codeword stream, `qr.bit_positions`).
  From version 7 an alignment pattern sits in the very middle, and readers of warped or
  tilted prints place the modules around it by it: the pad goes beside it, not over it;
- spends at most `LOGO_SHARE` of any block's correction, so blur, dot gain and dirt keep
  the rest (counted exactly: the codewords with a bit under the pad, block by block);
- is centred on the symbol, or (where a pattern holds the middle) right beside that
  pattern and centred along it; of the pads in the logo's proportions that fit so, the
  largest.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from itertools import accumulate

from . import qr

# Of every block's error correction, the share the logo may use. Measured through the
# damages of tests/qr_scan.py on a version-8 code with 1 mm modules: half of it cost
# OpenCV a sixth of its reads (74 % against 91 % with no pad), a third or less none.
LOGO_SHARE = 0.3
# A pad narrower than this (in modules) leaves too little room to see a logo.
MIN_PAD_MODULES = 5


@dataclass(frozen=True)
class LogoPad:
    """A rectangle of modules left light for a logo, counted from the symbol's top-left
    module (without quiet zone)."""

    row: int
    column: int
    rows: int
    columns: int
    covered: float  # share of the symbol's modules under the pad
    spent: float  # worst block: the correction it uses, as a share of what the level has


def logo_pad(version: int, level: str, aspect: float = 1.0) -> LogoPad | None:
    """The pad for a logo `aspect` times as wide as it is tall on a symbol of this version
    and level; None when none of at least `MIN_PAD_MODULES` fits (see the module docstring)."""
    return _logo_pad(version, level, round(max(0.2, min(aspect, 5.0)), 2))


@functools.cache
def _logo_pad(version: int, level: str, aspect: float) -> LogoPad | None:
    n = 17 + 4 * version
    # For every module: the stream codeword it carries a bit of, or -1 (a function pattern).
    codeword = [[-1] * n for _ in range(n)]
    for bit, (r, c) in enumerate(qr.bit_positions(version)):
        codeword[r][c] = bit // 8
    blocks = qr.codeword_blocks(version, level)
    # A block with e EC codewords corrects e // 2 wrong ones (versions 1–3 keep one or two
    # of those for detection; no logo fits on them anyway).
    correctable = [e // 2 for _, e in qr.rs_blocks(version, level)]
    budget = [LOGO_SHARE * k for k in correctable]
    fixed = _area_sums([[cw < 0 for cw in row] for row in codeword])
    middle = (n - 1) / 2

    def spent(r: int, c: int, h: int, w: int) -> float | None:
        used = [0] * len(budget)
        for cw in {codeword[i][j] for i in range(r, r + h) for j in range(c, c + w)}:
            used[blocks[cw]] += 1
        if any(u > b for u, b in zip(used, budget, strict=True)):
            return None
        return max(u / k for u, k in zip(used, correctable, strict=True))

    def sides(short: int) -> tuple[int, int]:
        """Rows and columns of a pad in the logo's proportions with this shorter side."""
        long = round(short * max(aspect, 1 / aspect))
        return (short, long) if aspect >= 1 else (long, short)

    # A pad holds data modules only, and every 8 of them are at least one codeword hit.
    most = 8 * sum(budget)
    shortest = max((s for s in range(MIN_PAD_MODULES, n + 1) if math.prod(sides(s)) <= most),
                   default=0)
    for short in range(shortest, MIN_PAD_MODULES - 1, -1):
        h, w = sides(short)
        if max(h, w) > n:
            continue
        # Centred on the symbol, or (where a pattern holds the middle) beside it, still
        # centred along one axis: as near as the function patterns let a pad this size be,
        # a module further at most where that spares a block its budget.
        spots = sorted(
            (math.hypot(dr, dc), r, c)
            for r in range(n - h + 1) for c in range(n - w + 1)
            if min(abs(dr := r + (h - 1) / 2 - middle), abs(dc := c + (w - 1) / 2 - middle)) <= 1
            and not _area(fixed, r, c, h, w))
        best: tuple[float, float, int, int] | None = None
        for distance, r, c in spots:
            if distance > spots[0][0] + 1:
                break
            share = spent(r, c, h, w)
            if share is not None and (best is None or (distance, share) < best[:2]):
                best = (distance, share, r, c)
        if best is not None:
            _, share, r, c = best
            return LogoPad(r, c, h, w, h * w / (n * n), share)
    return None


def _area_sums(cells: list[list[bool]]) -> list[list[int]]:
    """Summed-area table: [r][c] counts the true cells above and left of (r, c)."""
    n = len(cells)
    sums = [[0] * (n + 1)]
    for row in cells:
        line = list(accumulate(row, initial=0))
        sums.append([a + b for a, b in zip(sums[-1], line, strict=True)])
    return sums


def _area(sums: list[list[int]], r: int, c: int, h: int, w: int) -> int:
    return sums[r + h][c + w] - sums[r][c + w] - sums[r + h][c] + sums[r][c]
