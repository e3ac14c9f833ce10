"""The app icon: the window shows it, and the ICO, ICNS and PNG files derived from its SVG
(scripts/make_icons.py) are whole and agree with each other."""

from __future__ import annotations

import configparser
import struct
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from wellness_desk.ui.app import application
from wellness_desk.ui.icon import ICON_DIR, SIZES

REPO = Path(__file__).resolve().parents[2]


def test_the_window_shows_the_app_icon(qtbot, open_window, festival):
    application()
    window = open_window()
    icon = window.windowIcon()
    assert not icon.isNull()
    assert {QSize(s, s) for s in (16, 32, 256)} <= set(icon.availableSizes())
    # The heart's white is in the middle of the drawn icon.
    image = icon.pixmap(64, 64).toImage()
    assert image.pixelColor(32, 28).name() == "#ffffff"


def test_every_png_size_is_there_and_square():
    assert (ICON_DIR / "wellness-desk.svg").is_file()
    for size in SIZES:
        image = QImage(str(ICON_DIR / f"wellness-desk-{size}.png"))
        assert (image.width(), image.height()) == (size, size)


def test_the_ico_holds_the_png_sizes():
    data = (ICON_DIR / "wellness-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        side, _, _, _, _, bpp, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert bpp == 32
        png = data[offset:offset + length]
        assert png.startswith(b"\x89PNG")
        sizes.append(side or 256)
        assert QImage.fromData(png).width() == (side or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_the_icns_is_whole():
    data = (ICON_DIR / "wellness-desk.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    offset, kinds = 8, []
    while offset < len(data):
        kind, length = data[offset:offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        assert data[offset + 8:offset + 12] == b"\x89PNG"
        kinds.append(kind)
        offset += length
    assert offset == len(data)
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= set(kinds)


def test_the_desktop_file_names_the_icon_and_the_bundle():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(REPO / "packaging" / "wellness-desk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Icon"] == "wellness-desk"
    assert desktop["Exec"].endswith("/wellness-desk")
    assert desktop["Terminal"] == "false"
