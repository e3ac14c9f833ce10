"""Activations (festivals and tours) and their locations; pick the current one."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import activations, clock
from ..clock import iana_zones
from ..errors import WellnessError
from ..views import ActivationsView, activations_view
from . import design
from .core_words import error_text
from .design import EmptyState
from .forms import FormDialog
from .i18n import date_text, locale, number_text
from .tasks import Job, TaskRunner
from .widgets import show_problem


def location_kind_text(kind: str) -> str:
    words = {
        "tent": QCoreApplication.translate("activations_page", "Tent"),
        "green_room": QCoreApplication.translate("activations_page", "Green room"),
        "stage": QCoreApplication.translate("activations_page", "Stage"),
        "tour_stop": QCoreApplication.translate("activations_page", "Tour stop"),
        "other": QCoreApplication.translate("activations_page", "Other"),
    }
    return words.get(kind, kind)


LOCATION_KINDS = ("tent", "green_room", "stage", "tour_stop", "other")


def activation_kind_text(kind: str) -> str:
    if kind == "tour":
        return QCoreApplication.translate("activations_page", "Tour")
    return QCoreApplication.translate("activations_page", "Festival")


def date_format() -> str:
    """The locale's short way of writing a day, for a date box ("02.12.26", "12/2/26");
    ISO where the locale is C, whose "2 12 2026" reads as three numbers."""
    loc = locale()
    if loc.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    return loc.dateFormat(QLocale.FormatType.ShortFormat)


def date_edit(day: QDate, name: str) -> QDateEdit:
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setAccessibleName(name)
    return edit


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


def _name_row(form: FormDialog, label: str, widget: QWidget, name: str, *fields: str) -> None:
    """A form row with the label as the input's buddy and its accessible name."""
    form.add_field(label, widget, *fields)
    item = form.form.itemAt(form.form.rowCount() - 1, QFormLayout.ItemRole.LabelRole)
    caption = item.widget() if item is not None else None
    if isinstance(caption, QLabel):
        caption.setBuddy(widget)
    widget.setAccessibleName(name)


class NewActivationDialog(FormDialog):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, "", parent)
        self.setWindowTitle(self.tr("New activation"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Riverside Sound Festival 2027"))
        _name_row(self, self.tr("&Name"), self.name, self.tr("Name"), "name")
        self.kind = QComboBox()
        self.kind.addItem(activation_kind_text("festival"), "festival")
        self.kind.addItem(activation_kind_text("tour"), "tour")
        _name_row(self, self.tr("&Kind"), self.kind, self.tr("Kind"), "kind")
        today = _qdate(clock.utcnow().date())
        self.start = date_edit(today, self.tr("First day"))
        self.end = date_edit(today.addDays(2), self.tr("Last day"))
        _name_row(self, self.tr("&First day"), self.start, self.tr("First day"), "start")
        _name_row(self, self.tr("&Last day"), self.end, self.tr("Last day"), "end")
        self.tz = _zone_box("Europe/London")
        _name_row(self, self.tr("&Time zone"), self.tz, self.tr("Time zone"), "tz")

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
        super().__init__(runner, "", parent)
        self.setWindowTitle(self.tr("Add location"))
        self.activation_id = activation.id
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("A place at {activation}, e.g. Wellness tent")
                                     .format(activation=activation.name))
        _name_row(self, self.tr("&Name"), self.name, self.tr("Name"), "name")
        self.kind = QComboBox()
        for key in LOCATION_KINDS:
            if key != "tour_stop":
                self.kind.addItem(location_kind_text(key), key)
        _name_row(self, self.tr("&Kind"), self.kind, self.tr("Kind"), "kind")

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
        super().__init__(runner, "", parent)
        self.setWindowTitle(
            self.tr("Change {stop}").format(stop=stop.name) if stop
            else self.tr("Add a stop to {tour}").format(tour=tour.name))
        self.tour_id = tour.id
        self.stop_id = stop.id if stop else None
        self.day = date_edit(_qdate(stop.stop_date if stop and stop.stop_date
                                    else tour.start_date), self.tr("Date"))
        _name_row(self, self.tr("&Date"), self.day, self.tr("Date"), "stop_date")
        self.add_note(self.tr("The tour runs {start} to {end}.").format(
            start=date_text(tour.start_date), end=date_text(tour.end_date)))
        self.city = QLineEdit(stop.city or "" if stop else "")
        # A clash of names comes from the date and city together: shown by the city.
        _name_row(self, self.tr("&City"), self.city, self.tr("City"), "city", "name")
        self.country = QLineEdit(stop.country or "" if stop else "")
        self.country.setPlaceholderText(self.tr("e.g. US"))
        _name_row(self, self.tr("C&ountry"), self.country, self.tr("Country"), "country")
        self.venue = QLineEdit(stop.venue or "" if stop else "")
        _name_row(self, self.tr("&Venue"), self.venue, self.tr("Venue"), "venue")
        self.tz = _zone_box(stop.tz if stop else tour.tz)
        _name_row(self, self.tr("&Time zone"), self.tz, self.tr("Time zone"), "tz")

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
        layout.setContentsMargins(design.SPACE.l, design.SPACE.l, design.SPACE.l,
                                  design.SPACE.m)
        layout.setSpacing(design.SPACE.m)
        title = QLabel(self.tr("Activations: festivals and tours"))
        design.mark(title, "title")
        layout.addWidget(title)
        content = self.content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        lists = QHBoxLayout()
        lists.setSpacing(design.SPACE.l)
        left, right = QVBoxLayout(), QVBoxLayout()
        activations_label = QLabel(self.tr("&Activations"))
        design.mark(activations_label, "subtitle")
        self.list = QListWidget()
        self.list.setSpacing(3)
        self.list.setAccessibleName(self.tr("Activations"))
        activations_label.setBuddy(self.list)
        self.list.currentItemChanged.connect(self._show_locations)
        left.addWidget(activations_label)
        left.addWidget(self.list, 1)
        self.locations_label = QLabel(self.tr("&Places"))
        design.mark(self.locations_label, "subtitle")
        self.locations = QListWidget()
        self.locations.setSpacing(3)
        self.locations.setAccessibleName(self.tr("Places of the activation"))
        self.locations_label.setBuddy(self.locations)
        right.addWidget(self.locations_label)
        right.addWidget(self.locations, 1)
        lists.addLayout(left, 1)
        lists.addLayout(right, 1)
        content_layout.addLayout(lists, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(design.SPACE.s)
        self.use_button = QPushButton(self.tr("&Use this activation"))
        design.mark(self.use_button, kind="primary")
        self.use_button.clicked.connect(self._use)
        self.new_button = QPushButton(self.tr("&New activation…"))
        self.new_button.clicked.connect(self._new)
        self.location_button = QPushButton(self.tr("Add &location…"))
        self.location_button.clicked.connect(self._add_location)
        self.space_button = QPushButton(self.tr("&Capacity and changeover…"))
        self.space_button.setToolTip(self.tr("How many people the space holds, and the "
                                             "minutes needed between two sessions there."))
        self.space_button.clicked.connect(self._edit_space)
        self.edit_stop_button = QPushButton(self.tr("&Edit stop…"))
        self.edit_stop_button.clicked.connect(self._edit_stop)
        self.delete_stop_button = QPushButton(self.tr("&Delete stop…"))
        self.delete_stop_button.setToolTip(self.tr(
            "Only a stop with nothing on it: no therapy day, workshop or kits logged."))
        self.delete_stop_button.clicked.connect(self._delete_stop)
        self.locations.currentItemChanged.connect(self._location_picked)
        self.form: FormDialog | None = None  # the form open now, if any
        self.question_box: QMessageBox | None = None
        for button in (self.use_button, self.new_button, self.location_button,
                       self.space_button, self.edit_stop_button, self.delete_stop_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        content_layout.addLayout(buttons)
        self.empty = EmptyState(
            self.tr("No activation yet. An activation is a festival or a tour: create one, "
                    "then add its tents and rooms, or its tour stops."),
            self.tr("Create an activation"))
        self.empty.button.clicked.connect(self._new)
        self.body = QStackedWidget()
        self.body.addWidget(content)
        self.body.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        runner.changed.connect(self.refresh)

    def refresh(self) -> None:
        self.runner.read(activations_view, self._show)

    def _show(self, view: ActivationsView) -> None:
        selected = self.selected()
        self.view = view
        self.body.setCurrentWidget(self.empty if not view.activations else self.content)
        self.list.clear()
        for a in view.activations:
            current = a.id == view.current_id
            line = self.tr("{kind} · {start} to {end} · {zone}").format(
                kind=activation_kind_text(a.kind), start=date_text(a.start_date),
                end=date_text(a.end_date), zone=a.tz)
            text = (self.tr("{name}  ✓ current\n{details}") if current
                    else self.tr("{name}\n{details}")).format(name=a.name, details=line)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, a)
            if current:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
            if (selected and selected.id == a.id) or (not selected and current):
                self.list.setCurrentItem(item)
        self._show_locations()

    def selected(self) -> activations.Activation | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def location_text(self, loc: activations.Location, activation: activations.Activation,
                      ) -> str:
        """A place as listed: a tour stop by its day, city and venue, on two lines."""
        zone = loc.tz if loc.tz != activation.tz else ""
        if loc.kind == "tour_stop" and loc.stop_date is not None:
            city = ", ".join(p for p in (loc.city or "", loc.country or "") if p)
            first = self.tr("{day} · {city}").format(day=date_text(loc.stop_date, long=True),
                                                     city=city or loc.name)
            details = [p for p in (loc.venue or "", zone) if p]
            return "\n".join([first, " · ".join(details)]) if details else first
        parts = [self.tr("{name} ({kind})").format(name=loc.name,
                                                   kind=location_kind_text(loc.kind))]
        if zone:
            parts.append(zone)
        if loc.capacity:
            parts.append(self.tr("Holds {capacity}").format(capacity=number_text(loc.capacity)))
        if loc.buffer_min:
            parts.append(self.tr("%n min changeover", "", loc.buffer_min))
        return " · ".join(parts)

    def _show_locations(self, *_: object) -> None:
        self.locations.clear()
        a = self.selected()
        self.use_button.setEnabled(a is not None and self.view is not None
                                   and a.id != self.view.current_id)
        self.location_button.setEnabled(a is not None)
        tour = a is not None and a.kind == "tour"
        self.locations_label.setText(self.tr("&Tour stops") if tour else self.tr("&Places"))
        self.location_button.setText(self.tr("Add a &stop…") if tour
                                     else self.tr("Add &location…"))
        if a is None or self.view is None:
            return
        for loc in self.view.locations.get(a.id, []):
            item = QListWidgetItem(self.location_text(loc, a))
            item.setData(Qt.ItemDataRole.UserRole, loc)
            item.setToolTip(loc.name)
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
        show_problem(self, self.tr("Activations"), error_text(error))

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
            self, loc.name, self.tr("People the space holds (0: no limit):"),
            loc.capacity or 0, 0, 100_000)
        if not ok:
            return
        buffer, ok = QInputDialog.getInt(
            self, loc.name, self.tr("Changeover minutes needed between two sessions:"),
            loc.buffer_min, 0, 24 * 60)
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
            QMessageBox.Icon.Question, self.tr("Delete stop"),
            self.tr("Delete the stop {stop}? This cannot be undone (add it again if needed).")
            .format(stop=stop.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        stop_id = stop.id
        box.accepted.connect(lambda: self.runner.write(
            lambda db: activations.delete_tour_stop(db, stop_id), failed=self._failed))
        box.finished.connect(lambda _: setattr(self, "question_box", None))
        self.question_box = box
        box.open()
