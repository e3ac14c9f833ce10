"""Small reusable widgets: a page title, a kit tile, a problem box (charts: charts.py)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..kits import Tile


def page_title(text: str = "") -> QLabel:
    """A page's heading. A font, not a style sheet: style sheets slow the first paint."""
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    return label


def readable_text_on(colour: str) -> str:
    c = QColor(colour)
    # Relative luminance decides black or white text, so every kit colour stays legible.
    luminance = 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()
    return "#111111" if luminance > 0.5 else "#FFFFFF"


class FitLabel(QLabel):
    """One line that shrinks its font to fit its width, down to `smallest` pixels; past
    that it is elided and the whole text goes in the tooltip (a count of 1,234,567 fits)."""

    def __init__(self, largest_px: int, smallest_px: int = 12,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.largest_px = largest_px
        self.smallest_px = smallest_px
        self.full_text = ""
        # Its width comes from the tile, never from the text: a long number cannot push
        # the tile out of its grid.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        font = self.font()
        font.setPixelSize(largest_px)
        font.setWeight(QFont.Weight.DemiBold)
        self.setFont(font)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.contentsRect().width()
        font = QFont(self.font())
        px = self.largest_px
        font.setPixelSize(px)
        while px > self.smallest_px and QFontMetrics(font).horizontalAdvance(
                self.full_text) > room:
            px -= 1
            font.setPixelSize(px)
        self.setFont(font)
        metrics = QFontMetrics(font)
        if metrics.horizontalAdvance(self.full_text) <= room:
            self.setText(self.full_text)
            self.setToolTip("")
        else:
            self.setText(metrics.elidedText(self.full_text, Qt.TextElideMode.ElideRight, room))
            self.setToolTip(self.full_text)


class KitTileButton(QPushButton):
    """A big touch-friendly tile: kit name, today's count, stock left, warnings."""

    tapped = Signal(int)  # kit type id

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.kit_type_id = 0
        self.setMinimumSize(QSize(150, 110))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Tiles never take focus: keys 1–9 must reach the page, not a focused tile.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        self.name_label = QLabel()
        self.name_label.setWordWrap(True)
        self.count_label = FitLabel(44)
        self.stock_label = QLabel()
        self.stock_label.setWordWrap(True)
        for label, size in ((self.name_label, 18), (self.count_label, None),
                            (self.stock_label, 14)):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            # The count's size is its own (it shrinks to fit), not the style sheet's.
            font = "" if size is None else f"font-size: {size}px; font-weight: 600; "
            label.setStyleSheet(f"{font}background: none; border: none;")
            layout.addWidget(label)
        self.clicked.connect(lambda: self.tapped.emit(self.kit_type_id))

    @property
    def count_text(self) -> str:
        return self.count_label.full_text

    def show_tile(self, tile: Tile) -> None:
        self.kit_type_id = tile.kit.id
        self.setObjectName(f"tile-{tile.kit.id}")
        self.name_label.setText(tile.kit.name)
        self.count_label.set_full_text(f"{tile.today:,}")
        if tile.below_zero:
            stock_line = f"stock {tile.stock} · below zero, count the box"
        elif tile.low:
            stock_line = f"stock {tile.stock} · LOW"
        else:
            stock_line = f"stock {tile.stock}"
        key = f"key {self.index + 1} · " if self.index < 9 else ""
        self.stock_label.setText(key + stock_line)
        self.setToolTip(f"Tap to log one {tile.kit.name} handed out. Right-click for more.")
        border = "#C62828" if tile.below_zero else ("#EF6C00" if tile.low else tile.kit.colour)
        width = 6 if (tile.low or tile.below_zero) else 2
        text = readable_text_on(tile.kit.colour)
        pressed = QColor(tile.kit.colour).darker(125).name()
        self.setStyleSheet(
            f"KitTileButton {{ background: {tile.kit.colour}; border: {width}px solid {border};"
            " border-radius: 12px; padding: 6px; }"
            f"KitTileButton:pressed {{ background: {pressed}; }}"
            f"QLabel {{ color: {text}; }}"
        )


def show_problem(parent: QWidget, title: str, message: str) -> QMessageBox:
    """Tell the person what went wrong without blocking the event loop (taps keep landing)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok,
                      parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
