"""Every template's code, with the logo on it where the preflight lets one be, reads as well
as segno's symbol of the same version and size after the same rough print and scan: 100 and
150 dpi, blur, rotation and skew, dot gain, JPEG; read by zxing-cpp and by OpenCV.

"As well" is judged read by read: both symbols meet the same damages, and the reads only
segno's symbol survived may outnumber those only ours survived by no more than chance does
(two standard deviations of the sign test over the reads where they differ)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pypdfium2 as pdfium
import pytest

from tests import qr_scan
from wellness_desk import card_render, cards
from wellness_desk.cards import CardJob
from wellness_desk.print import qr
from wellness_desk.print.page import MM

DPIS = (100, 150)
DAMAGES = qr_scan.damages(8, seed=2026)
LOGO = "wellness-desk.png"
LONG_TAG = "green-room-chicago-2026"  # unique links of 74 bytes: version 8 at level H


@dataclass(frozen=True)
class Trial:
    tag: str
    codes: int  # unique codes printed and read
    damages: int  # how many of DAMAGES each code meets


# The logo goes on every code. Wallet cards and stickers take it up to version 6 (a short
# tag: their modules stay at least cards.MIN_LOGO_MODULE_MM); the others' long links make
# version 8, whose middle holds an alignment pattern: the pad sits beside it. A sign's code
# is 400 to 1,100 pixels wide and slow to read, and fails least: it meets fewer damages.
TRIALS = {
    "wallet": Trial("tent", 2, 8),
    "resource": Trial("tent", 2, 8),  # the wallet card's code, beside a resource
    "stickers": Trial("tent", 2, 8),
    "postcard": Trial(LONG_TAG, 2, 8),
    "table-tent": Trial(LONG_TAG, 1, 6),
    "poster": Trial(LONG_TAG, 1, 2),
}


def _reads(page: pdfium.PdfPage, boxes: list[qr_scan.Box], links: list[str],
           quiet_pt: float, damages: list[qr_scan.Damage]) -> list[bool]:
    """Each read, in a fixed order (dpi, code, damage, decoder): did it give the link?"""
    return [ok for dpi in DPIS
            for image, link in zip(qr_scan.crops(page, boxes, quiet_pt, dpi), links,
                                   strict=True)
            for damage in damages
            for ok in qr_scan.reads(qr_scan.degrade(image, damage), link)]


def read_both(pdf: bytes, plan: cards.Plan, damages: list[qr_scan.Damage]
              ) -> tuple[list[bool], list[bool]]:
    """The reads of every code of a rendered job, and of segno's symbols drawn in their place."""
    scale = cards.cell_scale(plan.template, plan.sheet) * MM
    side = plan.qr.modules * plan.module_mm * scale
    quiet = qr.QUIET_MODULES * plan.module_mm * scale
    links = iter(plan.urls)
    ours: list[bool] = []
    theirs: list[bool] = []
    for page in pdfium.PdfDocument(pdf):
        # One box per card: a tent carries its code on both faces.
        boxes = qr_scan.symbol_boxes(page, side)[::plan.template.faces]
        printed = [next(links) for _ in boxes]
        segno_page = pdfium.PdfDocument(
            qr_scan.segno_page(printed, plan.qr, boxes, page.get_size()))[0]
        ours += _reads(page, boxes, printed, quiet, damages)
        theirs += _reads(segno_page, boxes, printed, quiet, damages)
    assert next(links, None) is None  # every code was found and read
    return ours, theirs


def no_worse(ours: list[bool], theirs: list[bool]) -> tuple[bool, str]:
    only_theirs = sum(t and not o for o, t in zip(ours, theirs, strict=True))
    only_ours = sum(o and not t for o, t in zip(ours, theirs, strict=True))
    said = (f"{sum(ours) / len(ours):.0%} of {len(ours)} reads against segno's "
            f"{sum(theirs) / len(theirs):.0%}; only segno's: {only_theirs}, "
            f"only ours: {only_ours}")
    return only_theirs - only_ours <= 2 * math.sqrt(only_theirs + only_ours), said


def test_every_template_is_tried():
    assert set(TRIALS) == set(cards.TEMPLATES)


@pytest.mark.parametrize("template", list(TRIALS))
def test_the_printed_code_reads_as_well_as_segnos_of_the_same_version_and_size(db, template):
    trial = TRIALS[template]
    resource = {"resource_name": "Samaritans", "resource_number": "116 123",
                "resource_hours": "24/7"} if template == "resource" else {}
    job = CardJob(template=template, tag=trial.tag, unique=True, copies=trial.codes,
                  logo=LOGO, logo_on_code=True, **resource)
    plan = cards.planned(db, job)
    assert plan.logo_pad is not None
    ours, theirs = read_both(card_render.render(db, job), plan, DAMAGES[:trial.damages])
    ok, said = no_worse(ours, theirs)
    assert ok, said
