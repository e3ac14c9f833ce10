"""The QR encoder every PDF uses, and `draw_qr`, the one way a code is drawn.

The link is encoded as one 8-bit byte segment (URLs have lower-case letters, so
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
  best), and it saves seven extra matrices per code. Measured since (tests/qr_scan.py's
  damages, 100 and 150 dpi): zxing reads it as well as any mask, but OpenCV's detector read a
  version 9-H code 58 % of the time against 69 % with segno's chosen mask (and better at
  version 10). At the versions our links usually give (5-8: hub address, tag, code) each
  template reads as well as segno's symbol; tests/core/test_qr_robustness.py keeps it so.
- error correction by link length: H up to 40 bytes, Q up to 100, M up to 200, L beyond;
  H whenever a logo is laid over the code (its pad, placed by `qr_logo`, spends at most
  `qr_logo.LOGO_SHARE` of any block's correction).
- speed: `qrcode` computes the Reed–Solomon codewords with pure-Python polynomial objects and
  places them bit by bit with a mask function call per module, about 1 ms per code.
  `qr_codewords` builds the same codeword stream as `qrcode.util.create_data` with GF(256)
  tables (one XOR of Python ints per data byte), and `qr_matrix` places it with `qrcode`'s
  own layout, learnt once per version (`bit_positions`: a dozen probe symbols made by
  `qrcode` tell which module each bit of the stream lands on) over the blank symbol it makes
  for the version and level (`_qr_blank`). The tests check both against `qrcode`'s own
  `create_data` and `make()`, codeword for codeword and module for module.

Each code is drawn as vector rectangles (one per run of dark modules in a row), so it prints
sharp at any size. A document that draws many codes passes `forms`: each distinct code then
becomes one PDF form XObject, drawn once and placed with `doForm` wherever it repeats.

What we rely on inside `qrcode` (all of it here, all of it checked module for module against
`qrcode`, and against `segno`, an independent encoder, from the data codewords on: segno pads
them differently, as the standard allows; tests/core/test_cards.py):
- `qrcode.util.BIT_LIMIT_TABLE` and `length_in_bits`: the data capacity per version and
  level, and the character-count field's width (`byte_capacity`);
- `qrcode.base.rs_blocks`: the block structure per version and level (`rs_blocks`);
- `qrcode.util.MODE_8BIT_BYTE`, `PAD0`, `PAD1`: the byte mode and the pad codewords;
- `QRCode.data_cache`: the codeword list that `make()` places instead of computing its own
  (`_placed`), which is how we learn the layout once per version.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from itertools import compress, zip_longest
from typing import TYPE_CHECKING

from ..errors import WellnessError
from ..messages import msg

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

MASK_PATTERN = 2
QUIET_MODULES = 4  # the quiet zone the standard asks for, in modules


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
    level = error_level(longest, logo_on_code=logo_on_code)
    for version in range(1, 41):
        if byte_capacity(version, level) >= longest:
            return QrPlan(level, version, 17 + 4 * version)
    raise WellnessError(msg("the link is {longest} bytes: too long for any QR code",
                            longest=longest))


def byte_capacity(version: int, level: str) -> int:
    """The longest byte string a symbol of this version and level holds in one segment."""
    from qrcode import util

    # types-qrcode types MODE_8BIT_BYTE as a plain int, not the Literal it asks for here.
    count_bits = util.length_in_bits(util.MODE_8BIT_BYTE, version)  # type: ignore[arg-type]
    return (util.BIT_LIMIT_TABLE[_LEVELS[level]][version] - 4 - count_bits) // 8


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
def rs_blocks(version: int, level: str) -> tuple[tuple[int, int], ...]:
    """(data codewords, EC codewords) of each block, from qrcode's table."""
    from qrcode import base

    return tuple((b.data_count, b.total_count - b.data_count)
                 for b in base.rs_blocks(version, _LEVELS[level]))


def qr_codewords(data: bytes, version: int, level: str) -> bytes:
    """The symbol's codeword stream for `data` as one 8-bit byte segment: what
    `qrcode.util.create_data` returns, data and EC codewords interleaved block by block."""
    from qrcode import util

    blocks = rs_blocks(version, level)
    capacity = sum(d for d, _ in blocks)
    count_bits = util.length_in_bits(util.MODE_8BIT_BYTE, version)  # type: ignore[arg-type]
    bits = 4 + count_bits + 8 * len(data)
    if bits > 8 * capacity:
        raise WellnessError(msg("{size} bytes do not fit a version {version}-{level} QR code",
                                size=len(data), version=version, level=level))
    value = ((util.MODE_8BIT_BYTE << count_bits | len(data)) << 8 * len(data)
             | int.from_bytes(data, "big"))
    end = min(8 * capacity - bits, 4)  # terminator: up to four 0 bits...
    end += -(bits + end) % 8  # ... then 0 bits to a whole byte
    stream = (value << end).to_bytes((bits + end) // 8, "big")
    stream += bytes((util.PAD0, util.PAD1)) * ((capacity - len(stream) + 1) // 2)
    return interleave(stream[:capacity], version, level)


def interleave(data_codewords: bytes, version: int, level: str) -> bytes:
    """The whole codeword stream: the data codewords cut into the version's blocks, each
    block's EC codewords computed, both interleaved block by block."""
    data_blocks: list[bytes] = []
    ec_blocks: list[bytes] = []
    offset = 0
    for count, ec in rs_blocks(version, level):
        chunk = data_codewords[offset:offset + count]
        offset += count
        data_blocks.append(chunk)
        ec_blocks.append(_rs_remainder(chunk, ec))
    return bytes(b for part in (data_blocks, ec_blocks)
                 for column in zip_longest(*part) for b in column if b is not None)


@functools.cache
def codeword_blocks(version: int, level: str) -> tuple[int, ...]:
    """For each codeword of the stream in order, the block it belongs to (the order
    `interleave` lays them in: data codewords column by column, then EC codewords)."""
    blocks = rs_blocks(version, level)
    return tuple(b for part in ([[i] * d for i, (d, _) in enumerate(blocks)],
                                [[i] * e for i, (_, e) in enumerate(blocks)])
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
    return sum(d + e for d, e in rs_blocks(version, "L"))  # the same at every level


@functools.cache
def _qr_blank(version: int, level: str) -> tuple[bytes, ...]:
    """The symbol with every stream bit 0: finder, timing, alignment, format and version
    patterns, and the mask alone over the data area."""
    return tuple(bytes(row) for row in _placed(version, level, bytes(_stream_size(version))))


@functools.cache
def bit_positions(version: int) -> tuple[tuple[int, int], ...]:
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
    return place(qr_codewords(data.encode("utf-8"), plan.version, plan.level), plan)


def place(stream: bytes, plan: QrPlan) -> list[bytearray]:
    """A whole codeword stream laid into the symbol, masked, with its function patterns."""
    rows = [bytearray(row) for row in _qr_blank(plan.version, plan.level)]
    where = bit_positions(plan.version)
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


def draw_qr(c: Canvas, url: str, x: float, y: float, size: float, *,
            plan: QrPlan | None = None, quiet: float = QUIET_MODULES,
            forms: dict[str, str] | None = None) -> QrPlan:
    """Draw the code of `url` in a `size`-point square at (x, y) (its lower-left corner),
    `quiet` modules of it left blank around the symbol. `plan` defaults to the level and
    version for the link's length; `forms` caches one form XObject per distinct code."""
    if plan is None:
        plan = qr_plan(len(url.encode("utf-8")))
    module = size / (plan.modules + 2 * quiet)
    if forms is None:
        c.saveState()
        c.translate(x + quiet * module, y + quiet * module)
        c.scale(module, module)
        c.addLiteral("0 g\n" + qr_path(qr_matrix(url, plan)))
        c.restoreState()
        return plan
    key = f"{plan.level}{plan.version}:{url}"
    name = forms.get(key)
    if name is None:
        name = f"qr{len(forms)}"
        c.beginForm(name, 0, 0, plan.modules, plan.modules)
        c.addLiteral("0 g\n" + qr_path(qr_matrix(url, plan)))
        c.endForm()
        forms[key] = name
    c.saveState()
    c.translate(x + quiet * module, y + quiet * module)
    c.scale(module, module)
    c.doForm(name)
    c.restoreState()
    return plan
