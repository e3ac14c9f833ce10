"""Small reusable widgets: a page title, a kit tile, a problem box (charts: charts.py)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractAnimation,
    QEasingCurve,
    QRectF,
    QSize,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..kits import Tile
from . import design, i18n

# Set to False on the application (`app.setProperty(ANIMATIONS, False)`) and every tile
# flash and count animation ends at once: for people who want no motion, and for tests.
ANIMATIONS = "wellness_desk_animations"
FLASH_MS = 220
COUNT_MS = 260




def animations_on() -> bool:
    app = QApplication.instance()
    return app is None or app.property(ANIMATIONS) is not False


class ElidedLabel(QLabel):
    """One line that, short of room, ends in "…" and keeps the whole text in its tooltip
    and accessible name: a page title with a long activation's name (or a longer
    language) gives way to the buttons beside it rather than pushing them off the page."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        self.full_text = text
        self._fit()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = QFontMetrics(self.font()).horizontalAdvance(self.full_text)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right() + 2 * self.margin(),
                     hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics = QFontMetrics(self.font())
        room = self.contentsRect().width() - 2 * self.margin()
        if metrics.horizontalAdvance(self.full_text) <= room:
            shown = self.full_text
            self.setToolTip("")
        else:
            shown = metrics.elidedText(self.full_text, Qt.TextElideMode.ElideRight, room)
            self.setToolTip(self.full_text)
        self.setAccessibleName(self.full_text)
        if shown != super().text():
            super().setText(shown)


def page_title(text: str = "") -> ElidedLabel:
    """A page's heading, in the type scale's "title" role."""
    label = ElidedLabel(text)
    design.mark(label, "title")
    return label


def readable_text_on(colour: str) -> str:
    """Black-ish or white text for a kit's own colour (the design system decides)."""
    return design.text_on(colour)


class FitLabel(QLabel):
    """One line that shrinks its font to fit its width, down to `smallest` pixels; past
    that it is elided and the whole text goes in the tooltip (a count of 1,234,567 fits).
    With `painted_by_parent` it only holds the text, font and place; its parent draws it."""

    painted_by_parent = False

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

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.painted_by_parent:
            super().paintEvent(event)

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



class _HeldLabel(QLabel):
    """A label that keeps a text, a font and a place in the layout; the tile paints it (a
    button's style sheet colour would win over a child label's own palette)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        pass


class KitTileButton(QPushButton):
    """A big touch-friendly tile in the kit's own colour: kit name, today's count, stock
    left; LOW and below zero said in words on a badge and by a thick border.

    Painted here from the design system (no style sheet): a tap flashes it and the count
    runs up to its new value, both short, both ended at once by `finish_animations()` or
    when the application's ANIMATIONS property is False."""

    tapped = Signal(int)  # kit type id

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.kit_type_id = 0
        self.tile: Tile | None = None
        self._shown_count: int | None = None
        self.setMinimumSize(QSize(150, 110))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Tiles never take focus: keys 1–9 must reach the page, not a focused tile.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        pad = design.SPACE.m
        layout.setContentsMargins(pad, pad, pad, pad)
        layout.setSpacing(design.SPACE.xs)
        self.name_label = _HeldLabel()
        self.name_label.setWordWrap(True)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)  # typed by people
        self.name_label.setFont(design.font("subtitle", self.font()))
        self.count_label = FitLabel(44)
        self.count_label.painted_by_parent = True
        self.stock_label = _HeldLabel()
        self.stock_label.setObjectName("tile-stock")
        self.stock_label.setWordWrap(True)
        self.stock_label.setFont(design.font("label", self.font()))
        # The LOW badge: a filled pill behind the stock line when there is a warning.
        self.stock_label.setContentsMargins(design.SPACE.s, 2, design.SPACE.s, 2)
        for label in (self.name_label, self.count_label, self.stock_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(self.name_label)
        layout.addWidget(self.count_label, 1)
        layout.addWidget(self.stock_label)
        self.flash = QVariantAnimation(self)
        self.flash.setDuration(FLASH_MS)
        self.flash.setStartValue(1.0)
        self.flash.setEndValue(0.0)
        self.flash.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.flash.valueChanged.connect(lambda _: self.update())
        self.counting = QVariantAnimation(self)
        self.counting.setDuration(COUNT_MS)
        self.counting.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.counting.valueChanged.connect(self._count_step)
        self.clicked.connect(self._clicked)

    # -- what it shows -----------------------------------------------------------------
    @property
    def count_text(self) -> str:
        """Today's count as the tile says it once any animation has run."""
        return i18n.number_text(self.tile.today) if self.tile else ""

    @property
    def state(self) -> str:
        """"below_zero", "low" or "" (tests and the accessible name read it)."""
        if self.tile is None:
            return ""
        return "below_zero" if self.tile.below_zero else ("low" if self.tile.low else "")

    def show_tile(self, tile: Tile) -> None:
        same_kit = self.tile is not None and self.tile.kit.id == tile.kit.id
        self.tile = tile
        self.kit_type_id = tile.kit.id
        self.setObjectName(f"tile-{tile.kit.id}")
        self.name_label.setText(tile.kit.name)
        if same_kit and self._shown_count is not None and self._shown_count != tile.today \
                and animations_on():
            self.counting.stop()
            self.counting.setStartValue(self._shown_count)
            self.counting.setEndValue(tile.today)
            self.counting.start()
        else:
            self.counting.stop()
            self._set_count(tile.today)
        stock = i18n.number_text(tile.stock)
        keyed = self.index < 9
        if tile.below_zero:
            stock_line = (self.tr("Key {key} · stock {stock} · below zero, count the box") if keyed
                          else self.tr("Stock {stock} · below zero, count the box"))
        elif tile.low:
            stock_line = (self.tr("Key {key} · stock {stock} · LOW") if keyed
                          else self.tr("Stock {stock} · LOW"))
        else:
            stock_line = self.tr("Key {key} · stock {stock}") if keyed else self.tr("Stock {stock}")
        stock_line = stock_line.format(key=self.index + 1, stock=stock)
        self.stock_label.setText(stock_line)
        self.setToolTip(self.tr("Tap to log one {kit} handed out. Right-click for more.")
                        .format(kit=tile.kit.name))
        self.setAccessibleName(self.accessible_text())
        self.setAccessibleDescription(self.toolTip())
        if QAccessible.isActive():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.NameChanged))
        self.update()

    def accessible_text(self) -> str:
        """The tile as a screen reader says it: "Earplugs: 42 today, stock 18"."""
        if self.tile is None:
            return ""
        t = self.tile
        words = {"kit": t.kit.name, "today": i18n.number_text(t.today),
                 "stock": i18n.number_text(t.stock)}
        if t.below_zero:
            return self.tr("{kit}: {today} today, stock {stock}, below zero: count the box"
                       ).format(**words)
        if t.low:
            return self.tr("{kit}: {today} today, stock {stock}, low").format(**words)
        return self.tr("{kit}: {today} today, stock {stock}").format(**words)

    def _set_count(self, n: int) -> None:
        self._shown_count = n
        self.count_label.set_full_text(i18n.number_text(n))

    def _count_step(self, value: object) -> None:
        if isinstance(value, int):
            self._set_count(value)

    # -- the tap -----------------------------------------------------------------------
    def _clicked(self) -> None:
        if animations_on():
            self.flash.stop()
            self.flash.start()
        self.tapped.emit(self.kit_type_id)

    def animating(self) -> bool:
        return (self.flash.state() == QAbstractAnimation.State.Running
                or self.counting.state() == QAbstractAnimation.State.Running)

    def finish_animations(self) -> None:
        """Jump every animation to its end: the count shows its new value, no flash."""
        for animation in (self.flash, self.counting):
            if animation.state() == QAbstractAnimation.State.Running:
                animation.setCurrentTime(animation.duration())
                animation.stop()
        if self.tile is not None:
            self._set_count(self.tile.today)
        self.update()

    # -- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        if self.tile is None:
            return
        c = design.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        warn = {"below_zero": c.danger, "low": c.warning}.get(self.state)
        width = 6 if warn else 2
        box = QRectF(self.rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2)
        path = QPainterPath()
        radius = design.RADIUS.large
        path.addRoundedRect(box, radius, radius)
        fill = QColor(self.tile.kit.colour)
        if self.isDown():
            fill = fill.darker(120)
        painter.fillPath(path, fill)
        glow = self.flash.currentValue() if self.flash.state() == \
            QAbstractAnimation.State.Running else 0.0
        if isinstance(glow, float) and glow > 0:
            light = QColor(design.text_on(self.tile.kit.colour))
            light.setAlphaF(0.45 * glow)
            painter.fillPath(path, light)
        border = QColor(warn) if warn else fill.darker(135)
        painter.setPen(QPen(border, width))
        painter.drawPath(path)
        ink = QColor(design.text_on(self.tile.kit.colour))
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        for label in (self.name_label, self.count_label):
            painter.setFont(label.font())
            painter.setPen(ink)
            painter.drawText(QRectF(label.geometry()), flags, label.text())
        # The stock line; LOW and below zero on a filled badge in words, not colour only.
        label = self.stock_label
        painter.setFont(label.font())
        room = QRectF(label.geometry())
        text_box = painter.boundingRect(room.adjusted(design.SPACE.s, 0, -design.SPACE.s, 0),
                                        flags, label.text())
        if warn:
            back, text = ((c.danger, c.on_danger) if self.state == "below_zero"
                          else (c.warning, c.on_warning))
            badge = text_box.adjusted(-design.SPACE.s, -2, design.SPACE.s, 2)
            pill = QPainterPath()
            pill.addRoundedRect(badge, design.RADIUS.medium, design.RADIUS.medium)
            painter.fillPath(pill, QColor(back))
            painter.setPen(QColor(text))
        else:
            painter.setPen(ink)
        painter.drawText(text_box, flags, label.text())


def show_problem(parent: QWidget, title: str, message: str) -> QMessageBox:
    """Tell the person what went wrong without blocking the event loop (taps keep landing)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok,
                      parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
