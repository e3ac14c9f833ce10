"""Activations (festivals and tours) and their locations; pick the current one."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import activations
from ..clock import iana_zones
from ..errors import WellnessError
from ..views import ActivationsView, activations_view
from .forms import FormDialog
from .tasks import Job, TaskRunner
from .widgets import page_title, show_problem

LOCATION_KIND_TEXT = {"tent": "Tent", "green_room": "Green room", "stage": "Stage",
                      "tour_stop": "Tour stop", "other": "Other"}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(edit: QDateEdit) -> date:
    return date.fromisoformat(edit.date().toString("yyyy-MM-dd"))


def _zone_box(current: str) -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.addItems(sorted(iana_zones()))
    box.setCurrentText(current)
    return box


class NewActivationDialog(FormDialog):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, "New activation", parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText("e.g. Riverside Sound Festival 2027")
        self.add_field("Name", self.name, "name")
        self.kind = QComboBox()
        self.kind.addItem("Festival", "festival")
        self.kind.addItem("Tour", "tour")
        self.add_field("Kind", self.kind, "kind")
        today = QDate.currentDate()
        self.start = QDateEdit(today)
        self.start.setCalendarPopup(True)
        self.end = QDateEdit(today.addDays(2))
        self.end.setCalendarPopup(True)
        self.add_field("First day", self.start, "start")
        self.add_field("Last day", self.end, "end")
        self.tz = _zone_box("Europe/London")
        self.add_field("Time zone", self.tz, "tz")

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text(), "kind": self.kind.currentData(),
                "start": _date(self.start), "end": _date(self.end),
                "tz": self.tz.currentText().strip()}

    def job(self) -> Job:
        values = self.values()
        return lambda db: activations.create_activation(db, **values)


class LocationDialog(FormDialog):
    """A tent, stage, green room or other place of a festival."""

    def __init__(self, runner: TaskRunner, activation: activations.Activation,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, "Add location", parent)
        self.activation_id = activation.id
        self.name = QLineEdit()
        self.name.setPlaceholderText(f"a place at {activation.name}, e.g. Wellness tent")
        self.add_field("Name", self.name, "name")
        self.kind = QComboBox()
        for key, text in LOCATION_KIND_TEXT.items():
            if key != "tour_stop":
                self.kind.addItem(text, key)
        self.add_field("Kind", self.kind, "kind")

    def job(self) -> Job:
        activation_id, name, kind = self.activation_id, self.name.text(), self.kind.currentData()
        return lambda db: activations.add_location(db, activation_id=activation_id,
                                                   name=name, kind=kind)


class TourStopDialog(FormDialog):
    """A show day of a tour: date, city, venue and the city's own time zone. With `stop`,
    it corrects that stop."""

    def __init__(self, runner: TaskRunner, tour: activations.Activation,
                 stop: activations.Location | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, f"Change {stop.name}" if stop else f"Add a stop to {tour.name}",
                         parent)
        self.tour_id = tour.id
        self.stop_id = stop.id if stop else None
        self.day = QDateEdit(_qdate(stop.stop_date if stop and stop.stop_date
                                    else tour.start_date))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.add_field("Date", self.day, "stop_date")
        self.add_note(f"The tour runs {tour.start_date:%d %b} to {tour.end_date:%d %b %Y}.")
        self.city = QLineEdit(stop.city or "" if stop else "")
        # A clash of names comes from the date and city together: shown by the city.
        self.add_field("City", self.city, "city", "name")
        self.country = QLineEdit(stop.country or "" if stop else "")
        self.country.setPlaceholderText("e.g. US")
        self.add_field("Country", self.country, "country")
        self.venue = QLineEdit(stop.venue or "" if stop else "")
        self.add_field("Venue", self.venue, "venue")
        self.tz = _zone_box(stop.tz if stop else tour.tz)
        self.add_field("Time zone", self.tz, "tz")

    def values(self) -> dict[str, Any]:
        return {
            "stop_date": _date(self.day),
            "city": self.city.text(), "country": self.country.text(),
            "venue": self.venue.text(), "tz": self.tz.currentText().strip(),
        }

    def job(self) -> Job:
        fields, tour_id, stop_id = self.values(), self.tour_id, self.stop_id
        if stop_id is None:
            return lambda db: activations.add_tour_stop(db, activation_id=tour_id, **fields)
        return lambda db: activations.edit_tour_stop(db, stop_id, **fields)


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
        self.edit_stop_button = QPushButton("Edit stop…")
        self.edit_stop_button.clicked.connect(self._edit_stop)
        self.delete_stop_button = QPushButton("Delete stop…")
        self.delete_stop_button.setToolTip("Only a stop with nothing on it: no therapy day, "
                                           "workshop or kits logged.")
        self.delete_stop_button.clicked.connect(self._delete_stop)
        self.locations.currentItemChanged.connect(self._location_picked)
        self.form: FormDialog | None = None  # the form open now, if any
        self.question_box: QMessageBox | None = None
        for button in (self.use_button, new_button, self.location_button, self.space_button,
                       self.edit_stop_button, self.delete_stop_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        runner.changed.connect(self.refresh)

    def refresh(self) -> None:
        self.runner.read(activations_view, self._show)

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
        self._location_picked()

    def selected_location(self) -> activations.Location | None:
        item = self.locations.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _location_picked(self, *_: object) -> None:
        loc = self.selected_location()
        self.space_button.setEnabled(loc is not None)
        stop = loc is not None and loc.kind == "tour_stop" and loc.stop_date is not None
        self.edit_stop_button.setEnabled(stop)
        self.delete_stop_button.setEnabled(stop)

    def _failed(self, error: WellnessError) -> None:
        show_problem(self, "Activations", str(error))

    def _use(self) -> None:
        a = self.selected()
        if a is not None:
            self.runner.write(lambda db: activations.set_current_activation(db, a.id),
                              failed=self._failed)

    def _open(self, dialog: FormDialog) -> None:
        """Open a form without blocking taps; it stays open until the core took it."""
        self.form = dialog
        dialog.finished.connect(lambda _: setattr(self, "form", None))
        dialog.open()

    def _new(self) -> None:
        self._open(NewActivationDialog(self.runner, self))

    def _edit_space(self) -> None:
        loc = self.selected_location()
        if loc is None:
            return
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
        self._open(TourStopDialog(self.runner, a, parent=self) if a.kind == "tour"
                   else LocationDialog(self.runner, a, self))

    def _edit_stop(self) -> None:
        a, stop = self.selected(), self.selected_location()
        if a is not None and stop is not None and stop.kind == "tour_stop":
            self._open(TourStopDialog(self.runner, a, stop, self))

    def _delete_stop(self) -> None:
        stop = self.selected_location()
        if stop is None or stop.kind != "tour_stop":
            return
        box = QMessageBox(
            QMessageBox.Icon.Question, "Delete stop",
            f"Delete the stop {stop.name}? This cannot be undone (add it again if needed).",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        stop_id = stop.id
        box.accepted.connect(lambda: self.runner.write(
            lambda db: activations.delete_tour_stop(db, stop_id), failed=self._failed))
        box.finished.connect(lambda _: setattr(self, "question_box", None))
        self.question_box = box
        box.open()
