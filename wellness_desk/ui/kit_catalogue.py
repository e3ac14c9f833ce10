"""The kit catalogue: add, rename, recolour and retire kit types; receive and correct stock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import kits
from ..errors import WellnessError
from ..views import CatalogueView, catalogue_view
from .forms import FormDialog
from .tasks import Job, TaskRunner
from .widgets import page_title, show_problem


class KitNameDialog(FormDialog):
    """A new kit type, or a new name for one."""

    def __init__(self, runner: TaskRunner, kit: kits.KitType | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, "Rename kit" if kit else "Add kit", parent)
        self.kit_id = kit.id if kit else None
        self.name = QLineEdit(kit.name if kit else "")
        self.name.setPlaceholderText("e.g. Earplugs")
        self.add_field("Kit name", self.name, "name")

    def job(self) -> Job:
        name, kit_id = self.name.text(), self.kit_id
        if kit_id is None:
            return lambda db: kits.add_kit_type(db, name=name)
        return lambda db: kits.rename_kit_type(db, kit_id, name)


class CorrectCountDialog(FormDialog):
    """What is in the box now, and why the books were off."""

    def __init__(self, runner: TaskRunner, kit: kits.KitType, location_id: int,
                 location: str, on_hand: int, parent: QWidget | None = None) -> None:
        super().__init__(runner, "Correct count", parent)
        self.kit_id, self.location_id = kit.id, location_id
        self.counted = QSpinBox()
        self.counted.setRange(0, kits.MAX_COUNT)
        self.counted.setValue(max(0, on_hand))
        self.add_field(f"{kit.name} in the box at {location}", self.counted, "counted")
        self.add_note(f"The books say {on_hand}.")
        self.reason = QLineEdit("recount")
        self.add_field("Why was the count off?", self.reason, "reason")

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
        layout = QVBoxLayout(self)
        title = page_title("Kit catalogue and stock")
        layout.addWidget(title)
        self.table = QTableWidget()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)

        self.buttons: dict[str, QPushButton] = {}
        catalogue = self._button_row((
            ("add", "Add kit…", self._add),
            ("rename", "Rename…", self._rename),
            ("colour", "Colour…", self._recolour),
            ("low", "Low-stock level…", self._low_stock),
            ("retire", "Retire", self._retire),
        ))
        layout.addLayout(catalogue)
        self.location_box = QComboBox()
        self.location_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        stock_row = self._button_row((
            ("receive", "Receive stock…", self._receive),
            ("correct", "Correct count…", self._correct),
        ), lead=(QLabel("Stock at:"), self.location_box))
        layout.addLayout(stock_row)
        self._selection_changed()
        runner.changed.connect(self.refresh)

    def _button_row(
        self, buttons: tuple[tuple[str, str, Callable], ...], lead: tuple[QWidget, ...] = ()
    ) -> QHBoxLayout:
        row = QHBoxLayout()
        for widget in lead:
            row.addWidget(widget)
        for key, text, slot in buttons:
            button = QPushButton(text)
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
        headers = ["Kit", "Low-stock at", *[f"Stock · {loc.name}" for loc in view.locations],
                   "Status"]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(view.kit_types))
        for row, kit in enumerate(view.kit_types):
            name = QTableWidgetItem(kit.name)
            name.setData(Qt.ItemDataRole.UserRole, kit)
            name.setData(Qt.ItemDataRole.DecorationRole, QColor(kit.colour))
            cells = [name, QTableWidgetItem(str(kit.low_stock))]
            for loc in view.locations:
                on_hand = view.stock[loc.id].get(kit.id, 0)
                item = QTableWidgetItem(str(on_hand))
                if on_hand < 0:
                    item.setForeground(QColor("#C62828"))
                    item.setToolTip("Below zero: more handed out than received. Count the box.")
                elif kits.is_low(on_hand, kit):
                    item.setForeground(QColor("#EF6C00"))
                    item.setToolTip("Low stock")
                cells.append(item)
            cells.append(QTableWidgetItem("retired" if kit.retired else "in use"))
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
        self.buttons["retire"].setText("Bring back" if kit and kit.retired else "Retire")
        if kit and kit.retired:
            self.buttons["receive"].setEnabled(False)

    def _write(self, job: Callable) -> None:
        self.runner.write(job, failed=self._failed)

    def _failed(self, error: WellnessError) -> None:
        show_problem(self, "Kit catalogue", str(error))

    def _open(self, dialog: FormDialog) -> None:
        """Open a form without blocking taps; it stays open until the core took it."""
        self.form: FormDialog | None = dialog
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
        if kit is None:
            return
        colour = QColorDialog.getColor(QColor(kit.colour), self, f"Colour of {kit.name}")
        if colour.isValid():
            self._write(lambda db: kits.recolour_kit_type(db, kit.id, colour.name()))

    def _low_stock(self) -> None:
        kit = self.selected_kit()
        if kit is None:
            return
        level, ok = QInputDialog.getInt(
            self, "Low-stock level", f"Warn when {kit.name} stock is at or below:",
            kit.low_stock, 0, kits.MAX_COUNT,
        )
        if ok:
            self._write(lambda db: kits.set_low_stock(db, kit.id, level))

    def _retire(self) -> None:
        kit = self.selected_kit()
        if kit is not None:
            self._write(lambda db: kits.retire_kit_type(db, kit.id, retired=not kit.retired))

    def _receive(self) -> None:
        kit, location_id = self.selected_kit(), self.location_box.currentData()
        if kit is None or location_id is None:
            return
        count, ok = QInputDialog.getInt(
            self, "Receive stock", f"{kit.name} received at {self.location_box.currentText()}:",
            50, 1, kits.MAX_COUNT,
        )
        if ok:
            self._write(lambda db: kits.receive_stock(
                db, kit_type_id=kit.id, location_id=location_id, count=count))

    def _correct(self) -> None:
        kit, location_id = self.selected_kit(), self.location_box.currentData()
        if kit is None or location_id is None:
            return
        on_hand = self.view.stock[location_id].get(kit.id, 0) if self.view else 0
        self._open(CorrectCountDialog(self.runner, kit, location_id,
                                      self.location_box.currentText(), on_hand, self))
