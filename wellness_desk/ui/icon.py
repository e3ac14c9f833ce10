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


# The interface's symbols (Lucide, assets/icons/LICENSE): 24×24 stroke drawings whose
# `currentColor` is replaced by the palette's colour, so they follow light and dark.
SYMBOL_DIR = ASSETS / "icons"
# Drawn at these sizes (logical 20 px at 100 %, 150 % and 200 %): QIcon picks the nearest.
SYMBOL_SIZES = (20, 30, 40)


def symbol(name: str, colour: str, selected: str | None = None) -> QIcon:
    """The symbol `name` (a file of assets/icons/ without .svg) drawn in `colour`, and in
    `selected` where a view draws it on a selected row. An empty icon when the file is
    missing: a section without its picture still works."""
    path = SYMBOL_DIR / f"{name}.svg"
    icon = QIcon()
    if not path.is_file():
        return icon
    # Imported here: QtSvg is needed once the sidebar is drawn, not to import the module.
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

    source = path.read_text(encoding="utf-8")
    for mode, ink in ((QIcon.Mode.Normal, colour), (QIcon.Mode.Active, colour),
                      (QIcon.Mode.Selected, selected or colour)):
        renderer = QSvgRenderer(QByteArray(source.replace("currentColor", ink).encode()))
        for size in SYMBOL_SIZES:
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter)
            painter.end()
            icon.addPixmap(pixmap, mode)
    return icon
