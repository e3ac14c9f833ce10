"""Printed QR codes read back through a rough print and scan: low resolution, blur, skew,
dot gain and JPEG, then two decoders written apart (zxing-cpp and OpenCV's QRCodeDetector).

Every symbol meets the same seeded damages, so two symbols' rates compare like for like.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import cv2
import numpy as np
import pypdfium2 as pdfium
import segno
import zxingcpp

from wellness_desk.print import qr

Box = tuple[float, float, float, float]  # left, bottom, right, top, in points


@dataclass(frozen=True)
class Damage:
    """One print and scan."""

    angle: float  # rotation, degrees
    shear: float  # skew: horizontal shear, as a fraction of the height
    blur: float  # Gaussian sigma, in pixels
    gain: float  # dot gain as a tone curve that darkens the grey edges (1: none)
    jpeg: int  # quality


def damages(count: int, seed: int) -> list[Damage]:
    rng = random.Random(seed)
    return [Damage(angle=rng.uniform(-12, 12), shear=rng.uniform(-0.08, 0.08),
                   blur=rng.uniform(0.3, 1.1), gain=rng.uniform(1.0, 2.2),
                   jpeg=rng.randint(20, 70)) for _ in range(count)]


def symbol_boxes(page: pdfium.PdfPage, side_pt: float) -> list[Box]:
    """Where the QR symbols (form objects `side_pt` square) are drawn on a page."""
    found = []
    for obj in page.get_objects():
        if obj.type == pdfium.raw.FPDF_PAGEOBJ_FORM:
            left, bottom, right, top = obj.get_bounds()
            if abs(right - left - side_pt) < 0.5 and abs(top - bottom - side_pt) < 0.5:
                found.append((left, bottom, right, top))
    return found


def crops(page: pdfium.PdfPage, boxes: list[Box], quiet_pt: float, dpi: float
          ) -> list[np.ndarray]:
    """Each symbol with its quiet zone, grey, as the page prints at `dpi`."""
    scale = dpi / 72
    image = page.render(scale=scale, grayscale=True).to_numpy()
    if image.ndim == 3:
        image = image[:, :, 0]
    height = page.get_height()
    return [np.ascontiguousarray(image[
        round((height - top - quiet_pt) * scale):round((height - bottom + quiet_pt) * scale),
        round((left - quiet_pt) * scale):round((right + quiet_pt) * scale)])
        for left, bottom, right, top in boxes]


def segno_page(links: list[str], plan: qr.QrPlan, boxes: list[Box],
               page_size: tuple[float, float]) -> bytes:
    """A page with segno's symbol of each link (its own mask choice, at the version and level
    of `plan`) where `boxes` are, drawn by the same vector path as ours."""
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    c = Canvas(out, pagesize=page_size)
    for link, (left, bottom, right, _) in zip(links, boxes, strict=True):
        matrix = [bytearray(row) for row in segno.make_qr(
            link, version=plan.version, error=plan.level, mode="byte",
            boost_error=False).matrix]
        module = (right - left) / len(matrix)
        c.saveState()
        c.translate(left, bottom)
        c.scale(module, module)
        c.addLiteral("0 g\n" + qr.qr_path(matrix))
        c.restoreState()
    c.showPage()
    c.save()
    return out.getvalue()


def degrade(image: np.ndarray, damage: Damage) -> np.ndarray:
    pad = image.shape[0] // 8
    image = cv2.copyMakeBorder(image, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)
    h, w = image.shape
    turn = cv2.getRotationMatrix2D((w / 2, h / 2), damage.angle, 1.0)
    turn[0, 1] += damage.shear
    turn[0, 2] -= damage.shear * h / 2
    image = cv2.warpAffine(image, turn, (w, h), flags=cv2.INTER_CUBIC, borderValue=255)
    image = cv2.GaussianBlur(image, (0, 0), damage.blur)
    curve = np.array([round(255 * (v / 255) ** damage.gain) for v in range(256)], np.uint8)
    image = cv2.LUT(image, curve)
    _, jpeg = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, damage.jpeg])
    return cv2.imdecode(jpeg, cv2.IMREAD_GRAYSCALE)


_OPENCV = cv2.QRCodeDetector()


def reads(image: np.ndarray, link: str) -> tuple[bool, bool]:
    """Whether zxing-cpp, and OpenCV, read exactly `link`."""
    by_zxing = any(r.text == link for r in zxingcpp.read_barcodes(
        image, formats=zxingcpp.BarcodeFormat.QRCode))
    try:
        text = _OPENCV.detectAndDecode(image)[0]
    except cv2.error:  # it gives up on some damaged pictures
        text = ""
    return by_zxing, text == link
