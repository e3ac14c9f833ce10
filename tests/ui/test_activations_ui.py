"""The Activations section: new activations, locations and tour stops through their dialogs."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import open_section, settle
from tests.ui.forms import click as _click
from tests.ui.forms import gone as _gone
from tests.ui.forms import open_form as _open_form
from tests.ui.forms import press_ok as _ok
from tests.ui.forms import type_into as _type
from wellness_desk import activations, therapy, vault
from wellness_desk.ui.i18n import date_text


@pytest.fixture
def tour(db):
    t = activations.create_activation(db, name="Autumn Tour", kind="tour",
                                      start=date(2026, 10, 1), end=date(2026, 10, 31),
                                      tz="America/Chicago")
    activations.set_current_activation(db, t.id)
    chicago = activations.add_tour_stop(db, activation_id=t.id, stop_date=date(2026, 10, 9),
                                        city="Chicago", venue="Aragon", tz="America/Chicago")
    return {"tour": t, "chicago": chicago}


def _still_open_with(form, field, says):
    assert form.isVisible(), "the dialog closed on a refused value"
    label = form.problems[field]
    assert label.isVisible()
    assert says in label.text()
    assert not form.problem.isVisible()
    others = {id(v) for k, v in form.problems.items() if v is not label}
    assert not any(v.isVisible() for v in form.problems.values() if id(v) in others)


def _pick(page, name):
    for row in range(page.list.count()):
        if page.list.item(row).text().startswith(name):
            page.list.setCurrentRow(row)
            return
    raise AssertionError(f"{name} is not listed")


def _locations(page):
    return [page.locations.item(r).text() for r in range(page.locations.count())]


def _stops(page):
    """The tour stops listed, by their names (the core's "09 Oct · Chicago · Aragon")."""
    return [page.locations.item(r).data(Qt.ItemDataRole.UserRole).name
            for r in range(page.locations.count())]


def _pick_location(page, starts):
    names = _stops(page)
    page.locations.setCurrentRow(next(i for i, t in enumerate(names) if t.startswith(starts)))


def _problem_box():
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def test_a_new_activation_with_its_last_day_first_stays_open(qtbot, open_window, db):
    window = open_window()
    page = open_section(qtbot, window, "Activations")
    form = _open_form(qtbot, page, page.new_button)
    _type(qtbot, form.name, "Riverside Sound 2027")
    form.start.setDate(QDate(2027, 7, 10))
    form.end.setDate(QDate(2027, 7, 8))
    form.tz.setCurrentText("Europe/Berlin")
    _ok(qtbot, window, form)
    _still_open_with(form, "end", "Activation dates: end 2027-07-08 is before start 2027-07-10")
    assert (form.name.text(), form.tz.currentText()) == ("Riverside Sound 2027", "Europe/Berlin")
    assert activations.list_activations(db) == []
    form.end.setDate(QDate(2027, 7, 12))
    _ok(qtbot, window, form)
    assert _gone(form)
    made = activations.list_activations(db)
    assert [(a.name, a.start_date, a.end_date, a.tz) for a in made] == [
        ("Riverside Sound 2027", date(2027, 7, 10), date(2027, 7, 12), "Europe/Berlin")]
    assert page.list.item(0).text().startswith("Riverside Sound 2027")


def test_an_unknown_time_zone_is_shown_beside_the_zone(qtbot, open_window, db):
    window = open_window()
    page = open_section(qtbot, window, "Activations")
    form = _open_form(qtbot, page, page.new_button)
    _type(qtbot, form.name, "Fest")
    form.tz.setCurrentText("Europe/Atlantis")
    _ok(qtbot, window, form)
    _still_open_with(form, "tz", "Time zone 'Europe/Atlantis' is not a known IANA zone")
    assert form.name.text() == "Fest"


def test_a_location_that_exists_stays_in_the_add_location_dialog(qtbot, open_window, db,
                                                                 festival):
    window = open_window()
    page = open_section(qtbot, window, "Activations")
    existing = activations.list_locations(db, festival["activation"].id)[0]
    form = _open_form(qtbot, page, page.location_button)
    _type(qtbot, form.name, existing.name)
    form.kind.setCurrentIndex(form.kind.findData("green_room"))
    _ok(qtbot, window, form)
    _still_open_with(form, "name", f"Location name: '{existing.name}' already exists")
    assert form.kind.currentData() == "green_room"
    _type(qtbot, form.name, "Green room B")
    _ok(qtbot, window, form)
    assert _gone(form)
    added = activations.list_locations(db, festival["activation"].id)[-1]
    assert (added.name, added.kind) == ("Green room B", "green_room")
    assert any(t.startswith("Green room B (Green room)") for t in _locations(page))


def test_a_stop_outside_the_tour_is_refused_in_its_dialog(qtbot, open_window, db, tour):
    window = open_window()
    page = open_section(qtbot, window, "Activations")
    _pick(page, "Autumn Tour")
    form = _open_form(qtbot, page, page.location_button)
    form.day.setDate(QDate(2026, 11, 2))
    _type(qtbot, form.city, "Toronto")
    _type(qtbot, form.venue, "History")
    form.tz.setCurrentText("America/Toronto")
    _ok(qtbot, window, form)
    _still_open_with(form, "stop_date", "Stop date: 2026-11-02 is outside Autumn Tour "
                                        "(2026-10-01 to 2026-10-31)")
    assert (form.city.text(), form.venue.text(), form.tz.currentText()) == (
        "Toronto", "History", "America/Toronto")
    assert [s.city for s in therapy.tour_stops(db, tour["tour"].id)] == ["Chicago"]
    form.day.setDate(QDate(2026, 10, 12))
    _ok(qtbot, window, form)
    assert _gone(form)
    toronto = next(s for s in therapy.tour_stops(db, tour["tour"].id) if s.city == "Toronto")
    assert (toronto.stop_date, toronto.tz, toronto.venue) == (
        date(2026, 10, 12), "America/Toronto", "History")


def test_tour_stops_are_listed_by_date_and_can_be_edited(qtbot, open_window, db, tour):
    t = tour["tour"]
    activations.add_tour_stop(db, activation_id=t.id, stop_date=date(2026, 10, 20),
                              city="Denver", venue="Ogden", tz="America/Denver")
    activations.add_tour_stop(db, activation_id=t.id, stop_date=date(2026, 10, 3),
                              city="Detroit", venue="Fillmore", tz="America/Detroit")
    window = open_window()
    page = open_section(qtbot, window, "Activations")
    _pick(page, "Autumn Tour")
    assert _stops(page) == [
        "03 Oct · Detroit · Fillmore", "09 Oct · Chicago · Aragon", "20 Oct · Denver · Ogden"]
    # Each stop reads as its day (the locale's long date), city and venue, and its own zone
    # where it differs from the tour's.
    detroit = _locations(page)[0]
    assert detroit.startswith(date_text(date(2026, 10, 3), long=True) + " · Detroit")
    assert detroit.splitlines()[1] == "Fillmore · America/Detroit"
    assert _locations(page)[1].splitlines()[1] == "Aragon"
    assert not page.edit_stop_button.isEnabled()
    _pick_location(page, "20 Oct · Denver")
    form = _open_form(qtbot, page, page.edit_stop_button)
    assert (form.city.text(), form.day.date()) == ("Denver", QDate(2026, 10, 20))
    form.day.setDate(QDate(2026, 10, 1))
    _type(qtbot, form.venue, "Mission Ballroom")
    _ok(qtbot, window, form)
    assert _gone(form)
    assert _stops(page) == [
        "01 Oct · Denver · Mission Ballroom", "03 Oct · Detroit · Fillmore",
        "09 Oct · Chicago · Aragon"]
    denver = next(s for s in therapy.tour_stops(db, t.id) if s.city == "Denver")
    assert (denver.stop_date, denver.venue, denver.tz) == (
        date(2026, 10, 1), "Mission Ballroom", "America/Denver")


def test_a_stop_with_a_booking_keeps_its_date(qtbot, open_window, db, tour):
    key = vault.set_up(db, "4821")
    day = therapy.create_therapy_day(db, None, location_id=tour["chicago"].id,
                                     provider_name="Dr. Ruiz",
                                     plan=therapy.DayPlan(time(10), time(12)))
    therapy.book(db, key, therapy.slots(db, day.id)[0].id, person="Someone")
    window = open_window()
    page = open_section(qtbot, window, "Activations")
    _pick(page, "Autumn Tour")
    _pick_location(page, "09 Oct · Chicago")
    form = _open_form(qtbot, page, page.edit_stop_button)
    form.day.setDate(QDate(2026, 10, 10))
    _type(qtbot, form.venue, "Riviera")
    _ok(qtbot, window, form)
    _still_open_with(form, "stop_date", "its therapy day has bookings, so the date and time")
    assert form.venue.text() == "Riviera"
    assert activations.get_location(db, tour["chicago"].id).stop_date == date(2026, 10, 9)
    form.day.setDate(QDate(2026, 10, 9))  # the venue alone may change
    _ok(qtbot, window, form)
    assert _gone(form)
    assert activations.get_location(db, tour["chicago"].id).venue == "Riviera"


def test_deleting_a_stop_asks_and_is_refused_while_a_therapy_day_is_there(
        qtbot, open_window, db, tour):
    t = tour["tour"]
    activations.add_tour_stop(db, activation_id=t.id, stop_date=date(2026, 10, 20),
                              city="Denver", venue="Ogden", tz="America/Denver")
    therapy.create_therapy_day(db, None, location_id=tour["chicago"].id,
                               provider_name="Dr. Ruiz", plan=therapy.DayPlan(time(10), time(12)))
    window = open_window()
    page = open_section(qtbot, window, "Activations")
    _pick(page, "Autumn Tour")
    _pick_location(page, "20 Oct · Denver")
    _click(qtbot, page.delete_stop_button)
    box = page.question_box
    assert "cannot be undone" in box.text()
    _click(qtbot, box.button(QMessageBox.StandardButton.No))
    settle(qtbot, window)
    assert [s.city for s in therapy.tour_stops(db, t.id)] == ["Chicago", "Denver"]
    _pick_location(page, "20 Oct · Denver")
    _click(qtbot, page.delete_stop_button)
    _click(qtbot, page.question_box.button(QMessageBox.StandardButton.Yes))
    settle(qtbot, window)
    assert [s.city for s in therapy.tour_stops(db, t.id)] == ["Chicago"]
    assert not any("Denver" in x for x in _locations(page) + _stops(page))

    _pick_location(page, "09 Oct · Chicago")
    _click(qtbot, page.delete_stop_button)
    _click(qtbot, page.question_box.button(QMessageBox.StandardButton.Yes))
    settle(qtbot, window)
    refused = _problem_box()
    assert refused.text() == "09 Oct · Chicago · Aragon has a therapy day: it stays. " \
        "Change the stop instead, or keep it."
    refused.close()
    assert [s.city for s in therapy.tour_stops(db, t.id)] == ["Chicago"]


@pytest.fixture
def german():
    """The interface's locale set to German for one test, and put back after."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def test_date_boxes_are_written_the_locales_way(qtbot, open_window, db, tour, german):
    from PySide6.QtWidgets import QLabel

    from wellness_desk.ui.activations_page import NewActivationDialog, TourStopDialog
    from wellness_desk.ui.workshop_editor import time_format

    window = open_window()
    new = NewActivationDialog(window.runner, window)
    qtbot.addWidget(new)
    new.start.setDate(QDate(2026, 12, 2))
    assert new.start.displayFormat() == "dd.MM.yy"
    assert new.start.text() == "02.12.26"
    stop = TourStopDialog(window.runner, tour["tour"], tour["chicago"], window)
    qtbot.addWidget(stop)
    assert stop.day.text() == "09.10.26"
    # The note of the tour's dates, too.
    assert any("01.10.26" in label.text() for label in stop.findChildren(QLabel))
    assert time_format() == "HH:mm"


def test_date_boxes_never_read_as_three_bare_numbers(qtbot, open_window, db):
    from PySide6.QtCore import QLocale

    from wellness_desk.ui.activations_page import NewActivationDialog

    before = QLocale()
    QLocale.setDefault(QLocale.c())  # what a laptop without a language set gives Qt
    try:
        window = open_window()
        new = NewActivationDialog(window.runner, window)
        qtbot.addWidget(new)
        new.start.setDate(QDate(2026, 12, 2))
        assert new.start.text() == "2026-12-02"
    finally:
        QLocale.setDefault(before)


def test_no_activation_shows_what_to_do_and_the_button_that_does_it(qtbot, open_window, db):
    window = open_window()
    page = open_section(qtbot, window, "Activations")
    assert page.body.currentWidget() is page.empty
    assert page.empty.isVisible() and not page.list.isVisible()
    assert "festival or a tour" in page.empty.message.text()
    assert page.empty.button.text() == "Create an activation"
    form = _open_form(qtbot, page, page.empty.button)
    _type(qtbot, form.name, "Harbour Nights")
    _ok(qtbot, window, form)
    assert _gone(form)
    assert page.body.currentWidget() is not page.empty
    assert page.list.item(0).text().startswith("Harbour Nights")


def test_every_input_of_the_stop_dialog_has_a_name_and_its_label(qtbot, open_window, db,
                                                                 tour):
    from PySide6.QtWidgets import QLabel

    window = open_window()
    page = open_section(qtbot, window, "Activations")
    _pick(page, "Autumn Tour")
    form = _open_form(qtbot, page, page.location_button)
    for widget, name in ((form.day, "Date"), (form.city, "City"), (form.country, "Country"),
                         (form.venue, "Venue"), (form.tz, "Time zone")):
        assert widget.accessibleName() == name
        assert any(label.buddy() is widget for label in form.findChildren(QLabel)), name
    form.reject()
