"""Activations (festivals and tours) and their locations; pick the current one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import activations
from ..activations import ActivationsView
from ..clock import iana_zones
from .tasks import TaskRunner
from .widgets import page_title, show_problem

LOCATION_KIND_TEXT = {"tent": "Tent", "green_room": "Green room", "stage": "Stage",
                      "tour_stop": "Tour stop", "other": "Other"}


class NewActivationDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New activation")
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setPlaceholderText("e.g. Riverside Sound Festival 2027")
        form.addRow("Name", self.name)
        self.kind = QComboBox()
        self.kind.addItem("Festival", "festival")
        self.kind.addItem("Tour", "tour")
        form.addRow("Kind", self.kind)
        today = QDate.currentDate()
        self.start = QDateEdit(today)
        self.start.setCalendarPopup(True)
        self.end = QDateEdit(today.addDays(2))
        self.end.setCalendarPopup(True)
        form.addRow("First day", self.start)
        form.addRow("Last day", self.end)
        self.tz = QComboBox()
        self.tz.setEditable(True)
        self.tz.addItems(sorted(iana_zones()))
        self.tz.setCurrentText("Europe/London")
        form.addRow("Time zone", self.tz)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {
            "name": self.name.text(),
            "kind": self.kind.currentData(),
            "start": date.fromisoformat(self.start.date().toString("yyyy-MM-dd")),
            "end": date.fromisoformat(self.end.date().toString("yyyy-MM-dd")),
            "tz": self.tz.currentText().strip(),
        }


class TourStopDialog(QDialog):
    """A show day of a tour: date, city, venue and the city's own time zone."""

    def __init__(self, tour: activations.Activation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Add a stop to {tour.name}")
        form = QFormLayout(self)
        self.day = QDateEdit(QDate(tour.start_date.year, tour.start_date.month,
                                   tour.start_date.day))
        self.day.setCalendarPopup(True)
        form.addRow("Date", self.day)
        self.city = QLineEdit()
        form.addRow("City", self.city)
        self.country = QLineEdit()
        self.country.setPlaceholderText("e.g. US")
        form.addRow("Country", self.country)
        self.venue = QLineEdit()
        form.addRow("Venue", self.venue)
        self.tz = QComboBox()
        self.tz.setEditable(True)
        self.tz.addItems(sorted(iana_zones()))
        self.tz.setCurrentText(tour.tz)
        form.addRow("Time zone", self.tz)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {
            "stop_date": date.fromisoformat(self.day.date().toString("yyyy-MM-dd")),
            "city": self.city.text(), "country": self.country.text(),
            "venue": self.venue.text(), "tz": self.tz.currentText().strip(),
        }


class ActivationsPage(QWidget):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.view: ActivationsView | None = None
        layout = QVBoxLayout(self)
        title = page_title("Activations: festivals and tours")
        layout.addWidget(title)
        lists = QHBoxLayout()
        self.list = QListWidget()
        self.list.setSpacing(3)
        self.list.currentItemChanged.connect(self._show_locations)
        lists.addWidget(self.list, 1)
        self.locations = QListWidget()
        lists.addWidget(self.locations, 1)
        layout.addLayout(lists, 1)
        buttons = QHBoxLayout()
        self.use_button = QPushButton("Use this activation")
        self.use_button.clicked.connect(self._use)
        new_button = QPushButton("New activation…")
        new_button.clicked.connect(self._new)
        self.location_button = QPushButton("Add location…")
        self.location_button.clicked.connect(self._add_location)
        self.space_button = QPushButton("Capacity and changeover…")
        self.space_button.setToolTip("How many people the space holds, and the minutes "
                                     "needed between two sessions there.")
        self.space_button.clicked.connect(self._edit_space)
        self.locations.currentItemChanged.connect(
            lambda *_: self.space_button.setEnabled(self.locations.currentItem() is not None))
        for button in (self.use_button, new_button, self.location_button, self.space_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        runner.changed.connect(self.refresh)

    def refresh(self) -> None:
        self.runner.read(activations.activations_view, self._show)

    def _show(self, view: ActivationsView) -> None:
        selected = self.selected()
        self.view = view
        self.list.clear()
        for a in view.activations:
            mark = "  ✓ current" if a.id == view.current_id else ""
            item = QListWidgetItem(
                f"{a.name}{mark}\n{a.kind} · {a.start_date:%d %b}–{a.end_date:%d %b %Y} · {a.tz}"
            )
            item.setData(Qt.ItemDataRole.UserRole, a)
            if a.id == view.current_id:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
            if (selected and selected.id == a.id) or (not selected and mark):
                self.list.setCurrentItem(item)
        self._show_locations()

    def selected(self) -> activations.Activation | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show_locations(self, *_: object) -> None:
        self.locations.clear()
        a = self.selected()
        self.use_button.setEnabled(a is not None and self.view is not None
                                   and a.id != self.view.current_id)
        self.location_button.setEnabled(a is not None)
        if a is None or self.view is None:
            return
        for loc in self.view.locations.get(a.id, []):
            zone = f" · {loc.tz}" if loc.tz != a.tz else ""
            room = f" · holds {loc.capacity}" if loc.capacity else ""
            buffer = f" · {loc.buffer_min} min changeover" if loc.buffer_min else ""
            item = QListWidgetItem(
                f"{loc.name} ({LOCATION_KIND_TEXT[loc.kind]}){zone}{room}{buffer}")
            item.setData(Qt.ItemDataRole.UserRole, loc)
            self.locations.addItem(item)
        self.space_button.setEnabled(self.locations.currentItem() is not None)

    def _failed(self, message: str) -> None:
        show_problem(self, "Activations", message)

    def _use(self) -> None:
        a = self.selected()
        if a is not None:
            self.runner.write(lambda db: activations.set_current_activation(db, a.id),
                              failed=self._failed)

    def _new(self) -> None:
        dialog = NewActivationDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            self.runner.write(lambda db: activations.create_activation(db, **values),
                              failed=self._failed)
        dialog.deleteLater()

    def _edit_space(self) -> None:
        item = self.locations.currentItem()
        if item is None:
            return
        loc = item.data(Qt.ItemDataRole.UserRole)
        capacity, ok = QInputDialog.getInt(
            self, loc.name, "People the space holds (0: no limit):", loc.capacity or 0, 0,
            100_000)
        if not ok:
            return
        buffer, ok = QInputDialog.getInt(
            self, loc.name, "Changeover minutes needed between two sessions:", loc.buffer_min,
            0, 24 * 60)
        if ok:
            self.runner.write(
                lambda db: activations.set_space(db, loc.id, capacity=capacity or None,
                                                 buffer_min=buffer),
                failed=self._failed)

    def _add_location(self) -> None:
        a = self.selected()
        if a is None:
            return
        if a.kind == "tour":
            dialog = TourStopDialog(a, self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                fields = dialog.values()
                self.runner.write(
                    lambda db: activations.add_tour_stop(db, activation_id=a.id, **fields),
                    failed=self._failed)
            dialog.deleteLater()
            return
        name, ok = QInputDialog.getText(self, "Add location", f"Location at {a.name}:")
        if not ok:
            return
        labels = [v for k, v in LOCATION_KIND_TEXT.items() if k != "tour_stop"]
        label, ok = QInputDialog.getItem(self, "Add location", "Kind:", labels, 0, False)
        if not ok:
            return
        kind = next(k for k, v in LOCATION_KIND_TEXT.items() if v == label)
        self.runner.write(
            lambda db: activations.add_location(db, activation_id=a.id, name=name, kind=kind),
            failed=self._failed,
        )
