"""Derive the app icon's PNG, ICO and ICNS files from assets/icon/wellness-desk.svg.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icons.py

Drawn with Qt's own SVG renderer (PySide6-Essentials has QtSvg), so no image library is
needed. ICO and ICNS are packed here by hand: both are a small header and a table of
PNG images (ICO since Windows Vista, ICNS since macOS 10.7). The derived files are
committed; run this again after changing the SVG.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parent.parent / "assets" / "icon"
SOURCE = ICON_DIR / "wellness-desk.svg"
# Kept as PNG files: what the window (ui/icon.py) and the Linux .desktop file use.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS types holding PNG data, by pixel size (the @2x types reuse the larger images).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64),
              (b"ic13", 256), (b"ic14", 512))


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file of PNG images: ICONDIR, one ICONDIRENTRY each, then the images."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: 'icns', its length, then (type, length, PNG) per image."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE}: not an SVG Qt can draw")
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(s for _, s in ICNS_TYPES)})
    pngs = {size: render(renderer, size) for size in sizes}
    for size in PNG_SIZES:
        (ICON_DIR / f"wellness-desk-{size}.png").write_bytes(pngs[size])
    (ICON_DIR / "wellness-desk.ico").write_bytes(ico(pngs))
    (ICON_DIR / "wellness-desk.icns").write_bytes(icns(pngs))
    print(f"wrote {len(PNG_SIZES)} PNG sizes, wellness-desk.ico and wellness-desk.icns "
          f"in {ICON_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
