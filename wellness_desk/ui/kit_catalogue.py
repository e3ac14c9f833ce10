"""The kit catalogue: add, rename, recolour and retire kit types; receive and correct stock.

Every change is a form (ui/forms.FormDialog): a refusal keeps what was typed, beside the
field it names. A kit's colour is said by name as well as shown ("Sky blue"), in the table
and on the colour choices, so it reads without seeing it and to a screen reader.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QColorDialog,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import kits
from ..errors import WellnessError
from ..views import CatalogueView, catalogue_view
from . import design, i18n
from .core_words import error_text
from .design import SPACE
from .forms import FormDialog
from .tasks import Job, TaskRunner
from .widgets import show_problem

translate = QCoreApplication.translate  # by this name lupdate finds the texts
# The tiles' palette (Okabe-Ito), by the names its authors gave the colours, in its order.
_PALETTE_NAMES = dict(zip(design.TILE_PALETTE, (
    "Blue", "Orange", "Bluish green", "Reddish purple", "Sky blue", "Vermilion", "Yellow",
    "Grey"), strict=True))
# Any other colour: the nearest of these hues (degrees, from Qt's HSV), by name.
_HUES = ((15, "Red"), (40, "Orange"), (70, "Yellow"), (160, "Green"), (195, "Teal"),
         (255, "Blue"), (290, "Purple"), (340, "Pink"), (360, "Red"))


def _words() -> dict[str, str]:
    # Each spelled out for lupdate: the palette's and the hues' names, translated.
    return {
        "Blue": translate("kit_catalogue", "Blue"), "Orange": translate("kit_catalogue", "Orange"),
        "Bluish green": translate("kit_catalogue", "Bluish green"),
        "Reddish purple": translate(
            "kit_catalogue", "Reddish purple"), "Sky blue": translate(
                "kit_catalogue", "Sky blue"),
        "Vermilion": translate(
            "kit_catalogue", "Vermilion"), "Yellow": translate("kit_catalogue", "Yellow"),
        "Grey": translate(
            "kit_catalogue", "Grey"), "Red": translate(
                "kit_catalogue", "Red"), "Green": translate("kit_catalogue", "Green"),
        "Teal": translate("kit_catalogue", "Teal"), "Purple": translate("kit_catalogue", "Purple"),
        "Pink": translate("kit_catalogue", "Pink"), "Black": translate("kit_catalogue", "Black"),
        "White": translate("kit_catalogue", "White"),
    }


def colour_name(colour: str) -> str:
    """A kit colour as a person says it: the palette's own name, or the nearest hue's."""
    words = _words()
    named = _PALETTE_NAMES.get(colour.upper())
    if named is not None:
        return words[named]
    c = QColor(colour)
    if c.saturationF() < 0.2 or c.hue() < 0:
        lightness = c.lightnessF()
        return words["Black" if lightness < 0.2 else "White" if lightness > 0.85 else "Grey"]
    hue = next(name for limit, name in _HUES if c.hue() <= limit)
    return words[hue]


def swatch(colour: str, size: int = 20) -> QIcon:
    """A square of the kit's own colour (data, not a style: the kit's, chosen by people)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class KitNameDialog(FormDialog):
    """A new kit type, or a new name for one."""

    def __init__(self, runner: TaskRunner, kit: kits.KitType | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, self.tr("Rename kit") if kit else self.tr("Add kit"), parent)
        self.kit_id = kit.id if kit else None
        self.name = QLineEdit(kit.name if kit else "")
        self.name.setPlaceholderText(self.tr("e.g. Earplugs"))
        self.name.setAccessibleName(self.tr("Kit name"))
        self.add_field(self.tr("Kit &name"), self.name, "name")
        self.ok_button.setText(self.tr("Rename") if kit else self.tr("Add kit"))

    def job(self) -> Job:
        name, kit_id = self.name.text(), self.kit_id
        if kit_id is None:
            return lambda db: kits.add_kit_type(db, name=name)
        return lambda db: kits.rename_kit_type(db, kit_id, name)


class KitColourDialog(FormDialog):
    """The kit's colour: one of the tiles' palette (told apart with colour-blindness too),
    or any other; each choice says its colour's name."""

    def __init__(self, runner: TaskRunner, kit: kits.KitType,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, self.tr("Colour of {kit}").format(kit=kit.name), parent)
        self.kit_id = kit.id
        self.chosen = kit.colour.upper()
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(SPACE.s)
        self.group = QButtonGroup(self)
        self.swatches: dict[str, QPushButton] = {}
        for i, colour in enumerate(design.TILE_PALETTE):
            button = self._swatch_button(colour)
            grid.addWidget(button, i // 2, i % 2)
        self.other = QPushButton(self.tr("Other colour…"))
        self.other.clicked.connect(self._other)
        grid.addWidget(self.other, (len(design.TILE_PALETTE) + 1) // 2, 0, 1, 2)
        self.add_field(self.tr("Colour"), grid_box, "colour")
        self.inputs["colour"] = next(iter(self.swatches.values()))
        if self.chosen not in self.swatches:
            self._swatch_button(self.chosen)
            grid.addWidget(self.swatches[self.chosen], 0, 2)
        self.swatches[self.chosen].setChecked(True)
        self.ok_button.setText(self.tr("Use this colour"))

    def _swatch_button(self, colour: str) -> QPushButton:
        colour = colour.upper()
        name = colour_name(colour)
        button = QPushButton(swatch(colour), name)
        button.setIconSize(QSize(20, 20))
        button.setCheckable(True)
        design.mark(button, kind="role")
        button.setAccessibleName(self.tr("{colour} ({code})").format(colour=name,
                                                                     code=colour))
        button.setToolTip(colour)
        button.toggled.connect(lambda on, c=colour: self._picked(c, on))
        self.group.addButton(button)
        self.swatches[colour] = button
        return button

    def _picked(self, colour: str, on: bool) -> None:
        if on:
            self.chosen = colour

    def _other(self) -> None:
        picked = QColorDialog.getColor(QColor(self.chosen), self, self.windowTitle())
        if not picked.isValid():
            return
        colour = picked.name().upper()
        if colour not in self.swatches:
            button = self._swatch_button(colour)
            holder = self.other.parentWidget()
            grid = holder.layout() if holder is not None else None
            assert isinstance(grid, QGridLayout)
            grid.addWidget(button, grid.rowCount(), 0, 1, 2)
        self.swatches[colour].setChecked(True)

    def job(self) -> Job:
        kit_id, colour = self.kit_id, self.chosen
        return lambda db: kits.recolour_kit_type(db, kit_id, colour)


class LowStockDialog(FormDialog):
    """The level at or below which the tile warns that stock runs low."""

    def __init__(self, runner: TaskRunner, kit: kits.KitType,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, self.tr("Low-stock level"), parent)
        self.kit_id = kit.id
        self.level = QSpinBox()
        self.level.setRange(0, kits.MAX_COUNT)
        self.level.setValue(kit.low_stock)
        self.level.setAccessibleName(self.tr("Low-stock level"))
        self.add_field(self.tr("Warn when {kit} stock is at or below").format(kit=kit.name),
                       self.level, "threshold")

    def job(self) -> Job:
        kit_id, level = self.kit_id, self.level.value()
        return lambda db: kits.set_low_stock(db, kit_id, level)


class ReceiveStockDialog(FormDialog):
    """Boxes that arrived at a location."""

    def __init__(self, runner: TaskRunner, kit: kits.KitType, location_id: int,
                 location: str, parent: QWidget | None = None) -> None:
        super().__init__(runner, self.tr("Receive stock"), parent)
        self.kit_id, self.location_id = kit.id, location_id
        self.count = QSpinBox()
        self.count.setRange(1, kits.MAX_COUNT)
        self.count.setValue(50)
        self.count.setAccessibleName(self.tr("Received"))
        self.add_field(self.tr("{kit} received at {location}").format(
            kit=kit.name, location=location), self.count, "count")
        self.ok_button.setText(self.tr("Receive"))

    def job(self) -> Job:
        kit_id, location_id, count = self.kit_id, self.location_id, self.count.value()
        return lambda db: kits.receive_stock(db, kit_type_id=kit_id, location_id=location_id,
                                             count=count)


class CorrectCountDialog(FormDialog):
    """What is in the box now, and why the books were off."""

    def __init__(self, runner: TaskRunner, kit: kits.KitType, location_id: int,
                 location: str, on_hand: int, parent: QWidget | None = None) -> None:
        super().__init__(runner, self.tr("Correct count"), parent)
        self.kit_id, self.location_id = kit.id, location_id
        self.counted = QSpinBox()
        self.counted.setRange(0, kits.MAX_COUNT)
        self.counted.setValue(max(0, on_hand))
        self.counted.setAccessibleName(self.tr("Counted"))
        self.add_field(self.tr("{kit} in the box at {location}").format(
            kit=kit.name, location=location), self.counted, "counted")
        self.add_note(self.tr("The books say {count}.").format(
            count=i18n.number_text(on_hand)))
        self.reason = QLineEdit(self.tr("recount"))
        self.reason.setAccessibleName(self.tr("Why was the count off?"))
        self.add_field(self.tr("&Why was the count off?"), self.reason, "reason")

    def job(self) -> Job:
        kit_id, location_id = self.kit_id, self.location_id
        counted, reason = self.counted.value(), self.reason.text()
        return lambda db: kits.correct_stock(db, kit_type_id=kit_id, location_id=location_id,
                                             counted=counted, reason=reason)


class KitCataloguePage(QWidget):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.view: CatalogueView | None = None
        self.form: FormDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE.xl, SPACE.l, SPACE.xl, SPACE.l)
        layout.setSpacing(SPACE.m)
        title = QLabel(self.tr("Kit catalogue and stock"))
        design.mark(title, "title")
        layout.addWidget(title)

        self.stack = QStackedWidget()
        self.empty = design.EmptyState(
            self.tr("No kits yet. Add what the tent hands out (earplugs, water, condoms…): "
                    "each kit becomes a tile on the kit counter."),
            self.tr("Add kit…"))
        self.empty.button.clicked.connect(self._add)
        self.stack.addWidget(self.empty)
        self.table = QTableWidget()
        # Tab leaves the table for the buttons; arrows move between its cells.
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Kits and their stock"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 1)

        self.buttons: dict[str, QPushButton] = {}
        catalogue = self._button_row((
            ("add", self.tr("Add kit…"), self._add),
            ("rename", self.tr("Rename…"), self._rename),
            ("colour", self.tr("Colour…"), self._recolour),
            ("low", self.tr("Low-stock level…"), self._low_stock),
            ("retire", self.tr("Retire"), self._retire),
        ))
        design.mark(self.buttons["add"], kind="primary")
        layout.addLayout(catalogue)
        self.location_box = QComboBox()
        self.location_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.location_box.setAccessibleName(self.tr("Stock at"))
        at = QLabel(self.tr("&Stock at:"))
        at.setBuddy(self.location_box)
        stock_row = self._button_row((
            ("receive", self.tr("Receive stock…"), self._receive),
            ("correct", self.tr("Correct count…"), self._correct),
        ), lead=(at, self.location_box))
        layout.addLayout(stock_row)
        self._selection_changed()
        runner.changed.connect(self.refresh)

    def _button_row(
        self, buttons: tuple[tuple[str, str, Callable], ...], lead: tuple[QWidget, ...] = ()
    ) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(SPACE.s)
        for widget in lead:
            row.addWidget(widget)
        for key, text, slot in buttons:
            button = QPushButton(text)
            button.setAccessibleName(text.rstrip("…"))
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        return row

    def refresh(self) -> None:
        self.runner.read(catalogue_view, self._show)

    def _show(self, view: CatalogueView) -> None:
        selected = self.selected_kit()
        self.view = view
        c = design.colours()
        headers = [self.tr("Kit"), self.tr("Low-stock at"),
                   *[self.tr("Stock · {location}").format(location=loc.name)
                     for loc in view.locations], self.tr("Colour"), self.tr("Status")]
        self.stack.setCurrentWidget(self.table if view.kit_types else self.empty)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(view.kit_types))
        for row, kit in enumerate(view.kit_types):
            name = QTableWidgetItem(kit.name)
            name.setData(Qt.ItemDataRole.UserRole, kit)
            colour = QTableWidgetItem(swatch(kit.colour, 14), colour_name(kit.colour))
            colour.setToolTip(kit.colour.upper())
            colour.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr(
                "Colour of {kit}: {colour}").format(kit=kit.name,
                                                   colour=colour_name(kit.colour)))
            low = QTableWidgetItem(i18n.number_text(kit.low_stock))
            low.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells = [name, low]
            for loc in view.locations:
                on_hand = view.stock[loc.id].get(kit.id, 0)
                item = QTableWidgetItem(i18n.number_text(on_hand))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
                if on_hand < 0:
                    item.setForeground(QColor(c.danger))
                    item.setToolTip(self.tr(
                        "Below zero: more handed out than received. Count the box."))
                elif kits.is_low(on_hand, kit):
                    item.setForeground(QColor(c.warning))
                    item.setToolTip(self.tr("Low stock"))
                if item.toolTip():
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr(
                        "{count}: {warning}").format(count=item.text(),
                                                     warning=item.toolTip()))
                cells.append(item)
            cells.append(colour)
            cells.append(QTableWidgetItem(self.tr("retired") if kit.retired
                                          else self.tr("in use")))
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
            if selected and kit.id == selected.id:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        current = self.location_box.currentData()
        self.location_box.clear()
        for loc in view.locations:
            self.location_box.addItem(loc.name, loc.id)
        if current is not None and self.location_box.findData(current) >= 0:
            self.location_box.setCurrentIndex(self.location_box.findData(current))
        self._selection_changed()

    def selected_kit(self) -> kits.KitType | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        item = self.table.item(rows[0].row(), 0) if rows else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _selection_changed(self) -> None:
        kit = self.selected_kit()
        for key in ("rename", "colour", "low", "retire", "receive", "correct"):
            self.buttons[key].setEnabled(kit is not None)
        self.buttons["retire"].setText(
            self.tr("Bring back") if kit and kit.retired else self.tr("Retire"))
        self.buttons["retire"].setAccessibleName(self.buttons["retire"].text())
        if kit and kit.retired:
            self.buttons["receive"].setEnabled(False)

    def _write(self, job: Callable) -> None:
        self.runner.write(job, failed=self._failed)

    def _failed(self, error: WellnessError) -> None:
        show_problem(self, self.tr("Kit catalogue"), error_text(error))

    def _open(self, dialog: FormDialog) -> None:
        """Open a form without blocking taps; it stays open until the core took it."""
        self.form = dialog
        dialog.finished.connect(lambda _: setattr(self, "form", None))
        dialog.open()

    def _add(self) -> None:
        self._open(KitNameDialog(self.runner, parent=self))

    def _rename(self) -> None:
        kit = self.selected_kit()
        if kit is not None:
            self._open(KitNameDialog(self.runner, kit, self))

    def _recolour(self) -> None:
        kit = self.selected_kit()
        if kit is not None:
            self._open(KitColourDialog(self.runner, kit, self))

    def _low_stock(self) -> None:
        kit = self.selected_kit()
        if kit is not None:
            self._open(LowStockDialog(self.runner, kit, self))

    def _retire(self) -> None:
        kit = self.selected_kit()
        if kit is not None:
            self._write(lambda db: kits.retire_kit_type(db, kit.id, retired=not kit.retired))

    def _receive(self) -> None:
        kit, location_id = self.selected_kit(), self.location_box.currentData()
        if kit is None or location_id is None:
            return
        self._open(ReceiveStockDialog(self.runner, kit, location_id,
                                      self.location_box.currentText(), self))

    def _correct(self) -> None:
        kit, location_id = self.selected_kit(), self.location_box.currentData()
        if kit is None or location_id is None:
            return
        on_hand = self.view.stock[location_id].get(kit.id, 0) if self.view else 0
        self._open(CorrectCountDialog(self.runner, kit, location_id,
                                      self.location_box.currentText(), on_hand, self))
