"""The app's icon, as the window and the task bar show it (assets/icon/, drawn from its SVG
by scripts/make_icons.py). PNG files rather than the SVG: they need no image plugin."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from ..paths import ASSETS

ICON_DIR = ASSETS / "icon"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        path = ICON_DIR / f"wellness-desk-{size}.png"
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon
