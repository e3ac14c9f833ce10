"""Small reusable widgets: a kit tile and today's tally per hour."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
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
        self.count_label = QLabel()
        self.stock_label = QLabel()
        self.stock_label.setWordWrap(True)
        for label, size in ((self.name_label, 18), (self.count_label, 44),
                            (self.stock_label, 14)):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setStyleSheet(f"font-size: {size}px; font-weight: 600; background: none;"
                                " border: none;")
            layout.addWidget(label)
        self.clicked.connect(lambda: self.tapped.emit(self.kit_type_id))

    @property
    def count_text(self) -> str:
        return self.count_label.text()

    def show_tile(self, tile: Tile) -> None:
        self.kit_type_id = tile.kit.id
        self.setObjectName(f"tile-{tile.kit.id}")
        self.name_label.setText(tile.kit.name)
        self.count_label.setText(str(tile.today))
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


class HourlyTally(QWidget):
    """Bars of today's hand-outs per local hour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hours: list[tuple[datetime, int]] = []
        self.setMinimumHeight(120)

    def set_hours(self, hours: list[tuple[datetime, int]]) -> None:
        self._hours = hours
        self.setToolTip(
            "\n".join(f"{h:%H}:00  {n}" for h, n in hours) or "Nothing handed out yet today"
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(6, 6, -6, -22)
        palette_text = self.palette().windowText().color()
        if not self._hours:
            painter.setPen(palette_text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No hand-outs yet today")
            return
        top = max(n for _, n in self._hours)
        slot = rect.width() / len(self._hours)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        painter.setFont(small)
        for i, (hour, count) in enumerate(self._hours):
            height = rect.height() * count / top
            bar = QRectF(rect.left() + i * slot + 2, rect.bottom() - height, slot - 4, height)
            painter.fillRect(bar, QColor("#0072B2"))
            painter.setPen(palette_text)
            label = QRectF(rect.left() + i * slot, rect.bottom() + 2, slot, 18)
            painter.drawText(label, Qt.AlignmentFlag.AlignHCenter, f"{hour:%H}")
            if bar.height() > 16:
                painter.setPen(QColor("#FFFFFF"))
                painter.drawText(bar, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                                 str(count))


def show_problem(parent: QWidget, title: str, message: str) -> QMessageBox:
    """Tell the person what went wrong without blocking the event loop (taps keep landing)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok,
                      parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
