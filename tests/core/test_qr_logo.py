"""The logo pad on a QR code: off every function pattern, within its share of each block's
error correction, in the middle or beside the pattern that holds it, and drawn so."""

from __future__ import annotations

import itertools
import math

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image

from tests import qr_scan
from wellness_desk import card_render, cards
from wellness_desk.cards import CardJob
from wellness_desk.print import qr
from wellness_desk.print.page import MM
from wellness_desk.print.qr_logo import LOGO_SHARE, MIN_PAD_MODULES, LogoPad, logo_pad

VERSIONS = range(2, 16)
ASPECTS = (1.0, 2.0, 0.5)


def _function_modules(version: int) -> set[tuple[int, int]]:
    """The modules the standard reserves, worked out from its own rules (not from the
    encoder's placement): finders with separators and format information, timing, alignment
    patterns, version information, the dark module."""
    n = 17 + 4 * version
    cells = set()
    for r0, c0 in ((0, 0), (0, n - 8), (n - 8, 0)):
        cells |= {(r, c) for r in range(r0, r0 + 8) for c in range(c0, c0 + 8)}
    cells |= {(8, c) for c in range(9)} | {(r, 8) for r in range(9)}  # format, top left
    cells |= {(8, c) for c in range(n - 8, n)} | {(r, 8) for r in range(n - 8, n)}
    cells |= {(6, c) for c in range(n)} | {(r, 6) for r in range(n)}
    for r, c in itertools.product(_alignment_centres(version), repeat=2):
        square = {(r + i, c + j) for i in range(-2, 3) for j in range(-2, 3)}
        if not square & cells - {(6, k) for k in range(n)} - {(k, 6) for k in range(n)}:
            cells |= square  # alignment patterns never overlap the finders
    if version >= 7:
        cells |= {(r, c) for r in range(6) for c in range(n - 11, n - 8)}
        cells |= {(r, c) for r in range(n - 11, n - 8) for c in range(6)}
    return cells


def _alignment_centres(version: int) -> list[int]:
    from qrcode import util

    return util.pattern_position(version)


def _cells(pad: LogoPad) -> set[tuple[int, int]]:
    return {(r, c) for r in range(pad.row, pad.row + pad.rows)
            for c in range(pad.column, pad.column + pad.columns)}


def _wrong_codewords(version: int, level: str, pad: LogoPad) -> list[int]:
    """Per block: how many codewords have a bit under the pad."""
    under = _cells(pad)
    wrong = {i // 8 for i, rc in enumerate(qr.bit_positions(version)) if rc in under}
    counts = [0] * len(qr.rs_blocks(version, level))
    for codeword in wrong:
        counts[qr.codeword_blocks(version, level)[codeword]] += 1
    return counts


@pytest.mark.parametrize("version", VERSIONS)
def test_the_pad_covers_no_function_pattern_and_spends_its_share_at_most(version):
    reserved = _function_modules(version)
    for aspect in ASPECTS:
        pad = logo_pad(version, "H", aspect)
        if pad is None:
            continue
        assert not _cells(pad) & reserved, (version, aspect, pad)
        assert min(pad.rows, pad.columns) >= MIN_PAD_MODULES
        assert pad.columns / pad.rows == pytest.approx(aspect, rel=0.25)
        wrong = _wrong_codewords(version, "H", pad)
        for count, (_, ec) in zip(wrong, qr.rs_blocks(version, "H"), strict=True):
            assert count <= LOGO_SHARE * (ec // 2), (version, aspect, wrong)
        assert pad.spent == max(w / (ec // 2) for w, (_, ec) in
                                zip(wrong, qr.rs_blocks(version, "H"), strict=True))


def test_codes_from_version_5_all_have_room_for_a_wide_logo():
    assert all(logo_pad(v, "H", 2.0) is not None for v in VERSIONS if v >= 5)
    assert logo_pad(1, "H") is None  # 21 modules: nowhere for one


@pytest.mark.parametrize("version", VERSIONS)
def test_the_pad_is_in_the_middle_or_right_beside_the_pattern_there(version):
    n = 17 + 4 * version
    middle = (n - 1) // 2
    pattern_in_middle = middle in _alignment_centres(version)
    for aspect in ASPECTS:
        pad = logo_pad(version, "H", aspect)
        if pad is None:
            continue
        across = abs(pad.row + (pad.rows - 1) / 2 - middle)
        along = abs(pad.column + (pad.columns - 1) / 2 - middle)
        if not pattern_in_middle:
            # Centred (half a module off on an even side), or a module further at most
            # where that spares a block.
            centred = math.hypot((pad.rows + 1) % 2 / 2, (pad.columns + 1) % 2 / 2)
            assert math.hypot(across, along) <= centred + 1, (version, aspect, pad)
            continue
        # Centred on the middle row or column, its near edge a module or two from the
        # alignment pattern's outer ring (middle ± 2).
        assert min(across, along) <= 1, (version, aspect, pad)
        rows = range(pad.row, pad.row + pad.rows)
        columns = range(pad.column, pad.column + pad.columns)
        gap = min(abs(k - middle) for k in (rows if across > along else columns)) - 3
        assert 0 <= gap <= 1, (version, aspect, pad)


@pytest.mark.parametrize("version", [5, 6, 7, 8, 10, 13])
def test_a_symbol_with_its_pad_left_light_still_reads(version):
    plan = qr.QrPlan("H", version, 17 + 4 * version)
    start = "https://backline.care/r?src="  # as long as the symbol holds: no pad codewords
    link = start + "abcdefghij" * 30
    link = link[:qr.byte_capacity(version, "H")]
    for aspect in (1.0, 2.0):
        pad = logo_pad(version, "H", aspect)
        assert pad is not None
        matrix = qr.qr_matrix(link, plan)
        for r, c in _cells(pad):
            matrix[r][c] = 0
        side = plan.modules + 8
        image = Image.new("L", (side, side), 255)
        image.putdata([0 if 4 <= r < side - 4 and 4 <= c < side - 4 and matrix[r - 4][c - 4]
                       else 255 for r in range(side) for c in range(side)])
        image = image.resize((side * 4, side * 4), Image.Resampling.NEAREST)
        assert [r.text for r in zxingcpp.read_barcodes(image)] == [link]


def test_the_drawn_pad_leaves_every_function_pattern_as_the_symbol_has_it(db):
    """Version 8 has an alignment pattern in its middle: the old pad (30 % of the side,
    centred) printed over it."""
    job = CardJob(template="poster", tag="green-room-chicago-2026", unique=True,
                  logo="wellness-desk.png", logo_on_code=True)
    plan = cards.planned(db, job)
    assert plan.qr.version == 8 and plan.logo_pad is not None
    side = plan.qr.modules * plan.module_mm * cards.cell_scale(plan.template, plan.sheet) * MM
    page = pdfium.PdfDocument(card_render.render(db, job))[0]
    [(left, _, right, top)] = qr_scan.symbol_boxes(page, side)
    scale = 2  # 144 dpi: a module of the A4 poster is 19 pixels
    pixels = page.render(scale=scale, grayscale=True).to_pil().convert("L")
    module = (right - left) / plan.qr.modules

    def dark(r: int, c: int) -> bool:
        x = (left + (c + 0.5) * module) * scale
        y = (page.get_height() - top + (r + 0.5) * module) * scale
        return pixels.getpixel((round(x), round(y))) < 128

    matrix = qr.qr_matrix(plan.urls[0], plan.qr)
    reserved = _function_modules(8)
    assert all(dark(r, c) == bool(matrix[r][c]) for r, c in reserved)
    pad = plan.logo_pad
    # The pad's rim (a module all round the logo) is light, and so are modules left dark
    # by the symbol there.
    rim = _cells(pad) - _cells(LogoPad(pad.row + 1, pad.column + 1, pad.rows - 2,
                                       pad.columns - 2, 0, 0))
    assert any(matrix[r][c] for r, c in rim)
    assert not any(dark(r, c) for r, c in rim)
    # Everything else is the symbol's, module for module.
    outside = {(r, c) for r in range(plan.qr.modules) for c in range(plan.qr.modules)}
    assert all(dark(r, c) == bool(matrix[r][c]) for r, c in outside - _cells(pad))


def test_the_pad_follows_the_logos_proportions(db, tmp_path):
    wide = tmp_path / "wide.png"
    Image.new("RGB", (300, 100), (200, 30, 30)).save(wide)
    tall = tmp_path / "tall.png"
    Image.new("RGB", (100, 200), (200, 30, 30)).save(tall)
    pads = []
    for logo in (wide, tall):
        plan = cards.planned(db, CardJob(template="poster", tag="x", logo=logo,
                                         logo_on_code=True))
        assert plan.logo_pad is not None
        pads.append(plan.logo_pad)
    assert pads[0].columns > 2 * pads[0].rows and pads[1].rows > 1.5 * pads[1].columns
