"""The Therapy days page as a booking tool: a day column of slots in their status colours and
words, the selected slot's actions only, the budget as a bar, empty states, the keyboard."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel

from tests.ui.conftest import open_section, settle
from tests.ui.forms import gone, open_form, press_ok, type_into
from wellness_desk import activations, therapy, vault
from wellness_desk.ui import design, i18n
from wellness_desk.ui.therapy_page import PERSON, STATE, STATUS

CANARY = "Zyxwv Canarybird"


@pytest.fixture
def tour(db):
    t = activations.create_activation(db, name="Autumn Tour", kind="tour",
                                      start=date(2026, 10, 1), end=date(2026, 10, 31),
                                      tz="America/Chicago")
    activations.set_current_activation(db, t.id)
    stop = activations.add_tour_stop(db, activation_id=t.id, stop_date=date(2026, 10, 9),
                                     city="Chicago", venue="Aragon", tz="America/Chicago")
    return {"tour": t, "stop": stop}


@pytest.fixture
def day(db, tour):
    """Five sessions, 10:00 to 15:00 in Chicago."""
    return therapy.create_therapy_day(db, None, location_id=tour["stop"].id,
                                      provider_name="Dr. Ana Ruiz",
                                      plan=therapy.DayPlan(time(10), time(15)),
                                      cost_per_session="150")


@pytest.fixture
def styled():
    """The application drawn by the design system (as the app starts it), put back after."""
    app = QApplication.instance()
    sheet, palette = app.styleSheet(), app.palette()
    before = design.scheme()
    design.apply(app, "light")
    yield app
    design.apply(app, before)
    app.setStyleSheet(sheet)
    app.setPalette(palette)


def _every_status(db, day):
    """Slot 0 attended, 1 a no-show, 2 booked, 3 blocked, 4 free."""
    key = vault.set_up(db, "4821")
    s = therapy.slots(db, day.id)
    therapy.set_status(db, therapy.book(db, key, s[0].id, person="A").id, "attended")
    therapy.set_status(db, therapy.book(db, key, s[1].id, person="B").id, "no_show")
    therapy.book(db, key, s[2].id, person=CANARY, role="crew")
    therapy.block_slot(db, s[3].id)
    return key


def _card_colour(page, row):
    """The colour a slot card is painted in (a point of its fill, clear of its text)."""
    image = page.slot_list.viewport().grab().toImage()
    rect = page.slot_list.visualItemRect(page.slot_list.item(row))
    return image.pixelColor(rect.center().x(), rect.top() + 6).name().upper()


def _unlock(qtbot, window, page, secret="4821"):
    page.secret.setText(secret)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.vault is not None


def test_each_slot_shows_its_status_in_its_colour_and_in_words(qtbot, open_window, db, day):
    _every_status(db, day)
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    page.slot_list.clearSelection()
    expected = [("attended", "Attended"), ("no_show", "No-show"), ("booked", "Booked"),
                ("blocked", "Blocked"), ("free", "Free")]
    items = [page.slot_list.item(r) for r in range(page.slot_list.count())]
    assert [(i.data(STATE), i.data(STATUS)) for i in items] == expected
    for scheme in ("light", "dark"):
        design.apply(QApplication.instance(), scheme)
        try:
            palette = design.colours()
            for row, (state, _word) in enumerate(expected):
                assert _card_colour(page, row) == getattr(palette, f"slot_{state}").upper(), (
                    scheme, state)
        finally:
            design.apply(QApplication.instance(), "light")
    # Locked: the booked slot says so, but no name, to the eye or to a screen reader.
    assert items[2].data(PERSON) == "•••••"
    spoken = items[2].data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "12:00–12:50, Booked, name hidden, Crew"
    assert CANARY not in spoken


def _shown(page):
    return [k for k in page.slot_actions if page.buttons[k].isVisibleTo(page)]


def test_the_panel_offers_only_what_the_selected_slot_s_status_allows(qtbot, open_window, db,
                                                                      day):
    _every_status(db, day)
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    _unlock(qtbot, window, page)
    assert _shown(page) == []  # nothing selected: no wall of disabled buttons
    offered = {}
    for row in range(5):
        page.slot_list.setCurrentRow(row)
        offered[page.slot_list.item(row).data(STATE)] = _shown(page)
        assert all(page.buttons[k].isEnabled() for k in _shown(page))
    assert offered == {
        "attended": ["booked"], "no_show": ["booked"],
        "booked": ["attended", "no_show", "cancel", "late"],
        "blocked": ["block"], "free": ["book", "block"],
    }
    page.slot_list.setCurrentRow(4)
    assert page.buttons["book"].text() == "Book…"
    assert page.buttons["block"].text() == "Block slot"
    assert page.slot_status.text() == "Free"
    page.slot_list.setCurrentRow(3)
    assert page.buttons["block"].text() == "Unblock slot"
    page.slot_list.setCurrentRow(2)
    assert page.slot_person.text() == f"{CANARY} · Crew"


def test_the_context_menu_key_lists_the_slot_s_actions_and_does_them(qtbot, open_window, db,
                                                                     day):
    _every_status(db, day)
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    page.slot_list.setFocus()
    page.slot_list.setCurrentRow(3)  # blocked
    qtbot.keyClick(page.slot_list, Qt.Key.Key_Menu)
    menu = page.slot_menu
    assert menu is not None and menu.isVisible()
    assert [a.text() for a in menu.actions()] == ["Unblock slot"]
    menu.actions()[0].trigger()
    settle(qtbot, window)
    assert therapy.slots(db, day.id)[3].free
    page.slot_list.setCurrentRow(2)  # booked
    qtbot.keyClick(page.slot_list, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert [a.text() for a in page.slot_menu.actions()] == [
        "Mark attended", "Mark no-show", "Cancel booking…", "Late cancel…"]
    page.slot_menu.close()


def test_the_keyboard_alone_books_a_slot(qtbot, open_window, db, day):
    vault.set_up(db, "4821")
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    _unlock(qtbot, window, page)
    page.slot_list.setFocus()
    qtbot.keyClick(page.slot_list, Qt.Key.Key_Down)
    qtbot.keyClick(page.slot_list, Qt.Key.Key_Down)
    assert page.slot_list.currentRow() == 1
    qtbot.keyClick(page.slot_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.form is not None and page.form.isVisible(), timeout=5_000)
    form = page.form
    assert form.windowTitle() == "Book a session"
    qtbot.keyClicks(form.person, CANARY)
    qtbot.keyClick(form.person, Qt.Key.Key_Return)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: gone(form), timeout=5_000)
    settle(qtbot, window)
    assert therapy.slots(db, day.id, page.vault)[1].booking.person == CANARY
    assert page.slot_list.item(1).data(STATUS) == "Booked"
    assert page.slot_list.item(1).data(PERSON) == CANARY


def test_enter_on_a_locked_free_slot_books_nothing_and_says_why(qtbot, open_window, db, day):
    vault.set_up(db, "4821")
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    page.slot_list.setFocus()
    page.slot_list.setCurrentRow(0)
    qtbot.keyClick(page.slot_list, Qt.Key.Key_Return)
    assert page.form is None
    assert "Unlock the section first" in window.statusBar().currentMessage()
    assert "Unlock the section to book" in page.slot_hint.text()


def test_the_budget_bar_goes_red_past_the_budget(qtbot, open_window, db, tour, day, styled):
    therapy.set_budget(db, tour["tour"].id, amount="100", currency="USD")
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    assert page.remaining.text() == "Remaining 100.00 USD"
    assert page.remaining.property("role") != "problem"
    assert page.budget_bar.accessibleName() == (
        "Therapy budget 100.00 USD: spent 0.00 USD, committed 0.00 USD, remaining 100.00 USD")
    key = vault.set_up(db, "4821")
    therapy.book(db, key, therapy.slots(db, day.id)[0].id, person=CANARY,
                 allow_over_budget=True)
    page.refresh()
    settle(qtbot, window)
    assert page.remaining.text() == "Over budget: remaining -50.00 USD"
    assert page.remaining.property("role") == "problem"
    assert page.remaining.palette().color(page.remaining.foregroundRole()).name().upper() \
        == design.colours().danger.upper()
    assert page.budget.text() == ("Therapy budget 100.00 USD · spent 0.00 USD · committed "
                                  "150.00 USD")
    assert "remaining -50.00 USD" in page.budget_bar.accessibleName()
    # The part past the budget is painted in the danger colour, at the bar's right end.
    bar = page.budget_bar.grab().toImage()
    right = bar.pixelColor(bar.width() - 4, bar.height() // 2)
    assert right == QColor(design.colours().danger)


def test_money_on_the_budget_bar_is_in_the_locale_s_way(qtbot, open_window, db, tour):
    therapy.set_budget(db, tour["tour"].id, amount="2400.5", currency="EUR")
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        window = open_window()
        page = open_section(qtbot, window, "Therapy days")
        assert page.remaining.text() == "Remaining 2.400,50 EUR"
        assert i18n.money_text(240050, "EUR") in page.budget.text()
    finally:
        QLocale.setDefault(before)


def test_a_tour_with_no_therapy_day_offers_to_plan_the_first(qtbot, open_window, db, tour):
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    assert page.body.currentWidget() is page.empty
    assert page.empty.message.text().startswith("No therapy day yet")
    assert page.empty.button.isVisibleTo(page)
    assert page.empty.button.text() == "Plan the first therapy day"
    form = open_form(qtbot, page, page.empty.button)
    assert form.windowTitle() == "New therapy day"
    type_into(qtbot, form.provider, "Dr. Lee")
    press_ok(qtbot, window, form)
    assert gone(form)
    settle(qtbot, window)
    assert page.body.currentWidget() is not page.empty
    assert page.slot_list.count() == 8  # 10:00 to 18:00, 50-minute sessions


def test_a_tour_without_stops_says_where_to_add_them(qtbot, open_window, db):
    t = activations.create_activation(db, name="Bare Tour", kind="tour",
                                      start=date(2026, 10, 1), end=date(2026, 10, 31),
                                      tz="America/Chicago")
    activations.set_current_activation(db, t.id)
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    assert "add the tour's stops under Activations" in page.empty.message.text()
    assert not page.empty.button.isVisibleTo(page)
    assert not page.new_day.isEnabled()


def test_a_day_without_slots_offers_to_add_one(qtbot, open_window, db, day):
    # No core path leaves a day with no slot today; the page still says what to do.
    db.execute("UPDATE therapy_slot SET removed = 1 WHERE therapy_day_id = ?", [day.id])
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    assert page.slots_stack.currentWidget() is page.no_slots
    assert page.no_slots.button.text() == "Add a slot by hand…"
    form = open_form(qtbot, page, page.no_slots.button)
    assert form.windowTitle() == "Add a slot by hand"
    form.reject()


# -- dialogs: typed input kept on a refusal, the error beside its field ------------------


def _kept(form, field, says):
    assert form.isVisible(), "the dialog closed on a refused value"
    label = form.problems[field]
    assert label.isVisible() and says in label.text()
    assert not form.problem.isVisible()


def test_the_waitlist_dialog_keeps_what_was_typed_when_refused(qtbot, open_window, db, day):
    key = vault.set_up(db, "4821")
    therapy.add_to_waitlist(db, key, day.id, person=CANARY)
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    _unlock(qtbot, window, page)
    form = open_form(qtbot, page, page.wait_button)
    type_into(qtbot, form.person, CANARY)
    type_into(qtbot, form.contact, "+1 312 555 0199")
    form.role.setCurrentIndex(form.role.findData("artist"))
    press_ok(qtbot, window, form)
    _kept(form, "person", "already on the waitlist")
    assert (form.person.text(), form.contact.text(), form.role.currentData()) == (
        CANARY, "+1 312 555 0199", "artist")
    type_into(qtbot, form.person, "Someone Else")
    press_ok(qtbot, window, form)
    assert gone(form)
    assert page.waitlist.count() == 2


def test_every_dialog_keeps_typed_input_on_a_refusal(qtbot, open_window, db, tour, day):
    """Each of the page's forms, refused once: still open, every field as typed."""
    vault.set_up(db, "4821")
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    _unlock(qtbot, window, page)

    form = open_form(qtbot, page, page.new_day)
    type_into(qtbot, form.provider, "Dr. Lee")
    type_into(qtbot, form.per_day, "lots")
    press_ok(qtbot, window, form)
    _kept(form, "cost_per_day", "is not an amount")
    assert (form.provider.text(), form.per_day.text()) == ("Dr. Lee", "lots")
    form.reject()

    form = open_form(qtbot, page, page.buttons["plan"])
    form.rhythm.session.setValue(240)
    form.rhythm.pause.setValue(15)
    form.rhythm.end.setTime(QTime(13, 0))
    press_ok(qtbot, window, form)
    _kept(form, "window_end", "does not fit one 240-minute")
    assert (form.rhythm.session.value(), form.rhythm.pause.value(),
            form.rhythm.end.time()) == (240, 15, QTime(13, 0))
    form.reject()

    form = open_form(qtbot, page, page.buttons["add_slot"])
    form.start.setTime(QTime(10, 15))
    form.end.setTime(QTime(10, 45))
    press_ok(qtbot, window, form)
    assert form.isVisible()
    shown = [label for label in form.problems.values() if label.isVisible()]
    assert shown and "overlap" in shown[0].text()
    assert (form.start.time(), form.end.time()) == (QTime(10, 15), QTime(10, 45))
    form.reject()

    page.slot_list.setCurrentRow(0)
    form = open_form(qtbot, page, page.buttons["book"])
    type_into(qtbot, form.person, " ")
    type_into(qtbot, form.notes, "prefers mornings")
    press_ok(qtbot, window, form)
    _kept(form, "person", "Person: give a name")
    assert form.notes.text() == "prefers mornings"
    form.reject()

    form = open_form(qtbot, page, page.buttons["budget"])
    type_into(qtbot, form.amount, "1200")
    type_into(qtbot, form.currency, "U$")
    press_ok(qtbot, window, form)
    _kept(form, "currency", "is not a code like USD")
    assert (form.amount.text(), form.currency.text()) == ("1200", "U$")
    form.reject()


def test_dialog_fields_have_buddies_and_names_and_times_the_locale_s_way(qtbot, open_window,
                                                                         db, day):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        window = open_window()
        page = open_section(qtbot, window, "Therapy days")
        for opener in (page.new_day, page.buttons["plan"], page.buttons["add_slot"],
                       page.buttons["budget"]):
            form = open_form(qtbot, page, opener)
            for row in range(form.form.rowCount()):
                item = form.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if item is None:
                    continue  # a note across the form
                label = item.widget()
                assert isinstance(label, QLabel)
                assert label.buddy() is not None, label.text()
                assert label.buddy().accessibleName(), label.text()
            if opener is page.buttons["add_slot"]:
                # The day ends at 15:00: a slot by hand starts there, written the US way.
                assert form.start.text().replace("\u202f", " ") == "3:00 PM"
                assert form.start.accessibleName() == "Slot starts"
            form.reject()
            settle(qtbot, window)
    finally:
        QLocale.setDefault(before)
