"""The app's icon, as the window and the task bar show it (assets/icon/, drawn from its SVG
by scripts/make_icons.py). PNG files rather than the SVG: they need no image plugin."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap

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


class _SymbolEngine(QIconEngine):
    """Draws the symbol at the size and in the mode asked, when first asked: a window
    start pays for the few pixmaps it shows, not every size of every mode."""

    def __init__(self, source: str, inks: dict[QIcon.Mode, str]) -> None:
        super().__init__()
        self.source = source
        self.inks = inks
        self.cache: dict[tuple[int, int, QIcon.Mode], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return _SymbolEngine(self.source, self.inks)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, ratio))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode,
                     state: QIcon.State, scale: float) -> QPixmap:
        width, height = round(size.width() * scale), round(size.height() * scale)
        key = (width, height, mode)
        if key not in self.cache:
            from PySide6.QtSvg import QSvgRenderer

            ink = self.inks.get(mode, self.inks[QIcon.Mode.Normal])
            renderer = QSvgRenderer(QByteArray(self.source.replace("currentColor",
                                                                   ink).encode()))
            image = QPixmap(max(width, 1), max(height, 1))
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter)
            painter.end()
            image.setDevicePixelRatio(scale)
            self.cache[key] = image
        return self.cache[key]


def symbol(name: str, colour: str, selected: str | None = None,
           disabled: str | None = None) -> QIcon:
    """The symbol `name` (a file of assets/icons/ without .svg) drawn in `colour`; in
    `selected` where a view draws it on a selected row, in `disabled` on a control that is
    off. An empty icon when the file is missing: a section without its picture still
    works."""
    path = SYMBOL_DIR / f"{name}.svg"
    if not path.is_file():
        return QIcon()
    inks = {QIcon.Mode.Normal: colour, QIcon.Mode.Active: colour,
            QIcon.Mode.Selected: selected or colour, QIcon.Mode.Disabled: disabled or colour}
    return QIcon(_SymbolEngine(path.read_text(encoding="utf-8"), inks))
