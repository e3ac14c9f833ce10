"""The Therapy section: names only after unlocking, hidden again after idle time."""

from __future__ import annotations

import os
from datetime import date, time, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import open_section, settle, threads_of
from tests.ui.forms import click as _click
from tests.ui.forms import gone as _gone
from tests.ui.forms import open_form as _open_form
from tests.ui.forms import press_ok as _ok
from tests.ui.forms import type_into as _type
from wellness_desk import activations, settings, therapy, therapy_io, vault
from wellness_desk.ui.therapy_page import PERSON, STATUS, TIME, WHO

CANARY = "Zyxwv Canarybird"


@pytest.fixture
def tour(db):
    t = activations.create_activation(db, name="Autumn Tour", kind="tour",
                                      start=date(2026, 10, 1), end=date(2026, 10, 31),
                                      tz="America/Chicago")
    activations.set_current_activation(db, t.id)
    stop = activations.add_tour_stop(db, activation_id=t.id, stop_date=date(2026, 10, 9),
                                     city="Chicago", venue="Aragon", tz="America/Chicago")
    day = therapy.create_therapy_day(
        db, None, location_id=stop.id, provider_name="Dr. Ana Ruiz",
        plan=therapy.DayPlan(time(10), time(13)))
    return {"tour": t, "stop": stop, "day": day}


def _rows(page):
    """Each slot card as it reads: time, status, person, role."""
    cards = [page.slot_list.item(r) for r in range(page.slot_list.count())]
    return [[card.data(role) for role in (TIME, STATUS, PERSON, WHO)] for card in cards]


def _pick(page, row):
    page.slot_list.setCurrentRow(row)


def _action(page, key):
    """A slot action's button, which the panel shows only when the slot's status allows it."""
    button = page.buttons[key]
    assert button.isVisibleTo(page), f"{button.text()!r} is not offered for this slot"
    return button


def _still_open_with(form, field, says):
    """The form kept its place: open, and the core's sentence beside `field`."""
    assert form.isVisible(), "the dialog closed on a refused value"
    label = form.problems[field]
    assert label.isVisible()
    assert says in label.text()
    assert label.text()[0].isupper()
    assert not form.problem.isVisible()


def _answer(qtbot, box, button):
    assert box is not None and box.isVisible()
    _click(qtbot, box.button(button))


def _unlock(qtbot, window, page, secret):
    page.secret.setText(secret)
    page.confirm.setText(secret)  # asked for only when the secret is first set
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)


def _unlocked_with_a_booking(qtbot, open_window, db, tour):
    """The section unlocked, the day's first slot booked for CANARY."""
    key = vault.set_up(db, "4821")
    therapy.book(db, key, therapy.slots(db, tour["day"].id)[0].id, person=CANARY)
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    _unlock(qtbot, window, page, "4821")
    return window, page


def test_names_appear_only_after_unlocking_and_hide_again_when_locked(
        qtbot, open_window, db, tour):
    key = vault.set_up(db, "4821")
    first = therapy.slots(db, tour["day"].id)[0]
    therapy.book(db, key, first.id, person=CANARY, role="crew")
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    assert "keyring" in page.lock_text.text()
    assert _rows(page)[0][1:] == ["Booked", "•••••", "Crew"]
    assert all(CANARY not in cell for row in _rows(page) for cell in row)

    _unlock(qtbot, window, page, "0000")
    assert "Wrong PIN" in page.last_problem
    assert page.vault is None
    page.last_problem = ""
    db.execute("UPDATE setting SET value = '' WHERE key = 'vault_next_try_utc'")
    _unlock(qtbot, window, page, "4821")
    assert page.vault is not None
    assert _rows(page)[0][2] == CANARY
    assert page.lock_button.isVisible()

    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert _rows(page)[0][2] == "•••••"


def test_the_section_locks_itself_after_the_idle_time(qtbot, open_window, db, tour):
    settings.set_therapy_lock_min(db, 3)
    window, page = _unlocked_with_a_booking(qtbot, open_window, db, tour)
    assert page.idle.isActive()
    touched = page.last_touch
    qtbot.keyClick(page.slot_list, Qt.Key.Key_Down)  # someone is still there
    assert page.last_touch >= touched
    page.idle.setInterval(20)  # check often, rather than every few seconds
    qtbot.wait(100)
    assert page.vault is not None, "locked although someone touched it just now"
    page.last_touch -= 3 * 60  # as if three minutes passed (or the lid was shut)
    qtbot.waitUntil(lambda: page.vault is None, timeout=5_000)
    settle(qtbot, window)
    assert _rows(page)[0][2] == "•••••"


def test_a_refresh_answered_after_locking_shows_no_names(qtbot, open_window, db, tour):
    import threading

    window, page = _unlocked_with_a_booking(qtbot, open_window, db, tour)
    release = threading.Event()
    window.runner.read(lambda db: release.wait(10))
    page.refresh()  # asked while unlocked...
    page.lock()  # ...answered after the lock
    release.set()
    settle(qtbot, window)
    assert all(CANARY not in cell for row in _rows(page) for cell in row)
    assert _rows(page)[0][2] == "•••••"


def test_locking_closes_a_dialog_that_holds_a_name(qtbot, open_window, db, tour):
    vault.set_up(db, "4821")
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    _unlock(qtbot, window, page, "4821")
    _pick(page, 0)
    form = _open_form(qtbot, page, _action(page, "book"))
    _type(qtbot, form.person, CANARY)
    page.lock()  # walked away
    settle(qtbot, window)
    assert _gone(form)
    assert page.dialogs == []
    assert therapy.slots(db, tour["day"].id)[0].booking is None


def test_book_a_slot_from_the_section(qtbot, open_window, db, tour):
    vault.set_up(db, "4821")
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    _pick(page, 1)
    assert not _action(page, "book").isEnabled()  # locked: no names can be typed in
    _unlock(qtbot, window, page, "4821")
    _pick(page, 1)
    form = _open_form(qtbot, page, _action(page, "book"))
    _type(qtbot, form.person, CANARY)
    form.role.setCurrentIndex(form.role.findData("artist"))
    _ok(qtbot, window, form)
    assert _gone(form)
    assert _rows(page)[1][1:] == ["Booked", CANARY, "Artist"]
    assert therapy.slots(db, tour["day"].id)[1].booking.role == "artist"


def test_a_refused_booking_keeps_the_dialog_and_what_was_typed(qtbot, open_window, db, tour):
    vault.set_up(db, "4821")
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    _unlock(qtbot, window, page, "4821")
    _pick(page, 0)
    form = _open_form(qtbot, page, _action(page, "book"))
    _type(qtbot, form.person, "   ")
    _type(qtbot, form.contact, "+1 312 555 0199")
    _type(qtbot, form.notes, "prefers mornings")
    form.role.setCurrentIndex(form.role.findData("crew"))
    _ok(qtbot, window, form)
    _still_open_with(form, "person", "Person: give a name, initials or an alias")
    assert (form.contact.text(), form.notes.text(), form.role.currentData()) == (
        "+1 312 555 0199", "prefers mornings", "crew")
    assert therapy.slots(db, tour["day"].id)[0].booking is None
    _type(qtbot, form.person, CANARY)
    _ok(qtbot, window, form)
    assert _gone(form)
    booked = therapy.slots(db, tour["day"].id, page.vault)[0].booking
    assert (booked.person, booked.contact, booked.role) == (CANARY, "+1 312 555 0199", "crew")


def _book_first_slot(qtbot, window, page, day_id):
    """Pick the day, its first slot, and book CANARY there through the dialog."""
    page.day_box.setCurrentIndex(page.day_box.findData(day_id))
    page.day_box.activated.emit(page.day_box.currentIndex())
    settle(qtbot, window)
    _pick(page, 0)
    form = _open_form(qtbot, page, _action(page, "book"))
    _type(qtbot, form.person, CANARY)
    _ok(qtbot, window, form)
    return form


def test_over_budget_asks_from_the_booking_dialog(qtbot, open_window, db, tour):
    day = therapy.create_therapy_day(
        db, None, location_id=tour["stop"].id, provider_name="Dr. Cost",
        plan=therapy.DayPlan(time(14), time(15)), cost_per_session="150")
    therapy.set_budget(db, tour["tour"].id, amount="100", currency="USD")
    vault.set_up(db, "4821")
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    _unlock(qtbot, window, page, "4821")
    form = _book_first_slot(qtbot, window, page, day.id)
    assert "150.00 USD" in form.over_budget_box.text()
    _answer(qtbot, form.over_budget_box, QMessageBox.StandardButton.No)
    settle(qtbot, window)
    assert form.isVisible() and therapy.slots(db, day.id)[0].booking is None
    _ok(qtbot, window, form)
    _answer(qtbot, form.over_budget_box, QMessageBox.StandardButton.Yes)
    settle(qtbot, window)
    assert _gone(form)
    assert therapy.slots(db, day.id)[0].booking is not None


def test_only_an_over_budget_refusal_asks_to_book_anyway_whatever_its_words(
        qtbot, open_window, db, tour):
    # The person is already booked at a stop whose venue reads like the budget's refusal:
    # the dialog goes by the error's type, so this refusal lands beside the person.
    room = activations.add_tour_stop(db, activation_id=tour["tour"].id,
                                     stop_date=date(2026, 10, 9), city="Chicago",
                                     venue="the therapy budget room", tz="America/Chicago")
    there = therapy.create_therapy_day(db, None, location_id=room.id, provider_name="Dr. Lee",
                                       plan=therapy.DayPlan(time(10), time(11)))
    key = vault.set_up(db, "4821")
    therapy.book(db, key, therapy.slots(db, there.id)[0].id, person=CANARY)
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    _unlock(qtbot, window, page, "4821")
    form = _book_first_slot(qtbot, window, page, tour["day"].id)
    assert form.over_budget_box is None
    _still_open_with(form, "person", "(09 Oct · Chicago · the therapy budget room) that "
                                     "overlaps this slot")
    assert therapy.slots(db, tour["day"].id)[0].booking is None


def test_without_a_keyring_the_section_asks_for_a_passphrase(qtbot, open_window, db, tour,
                                                              no_keyring):
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    assert "No system keyring" in page.lock_text.text()
    assert page.secret.placeholderText() == "passphrase"
    assert page.unlock_button.text() == "Set up"
    _unlock(qtbot, window, page, "a long tour passphrase")
    assert page.vault is not None
    assert vault.status(db).mode == "passphrase"


def test_printing_from_the_section_keeps_names_off_the_crew_sheet(qtbot, open_window, db,
                                                                  tour, tmp_path):
    import pypdfium2

    window, page = _unlocked_with_a_booking(qtbot, open_window, db, tour)
    sheet, crew, calendar = tmp_path / "sheet.pdf", tmp_path / "crew.pdf", tmp_path / "day.ics"
    page.day_sheet_pdf(str(sheet))
    page.signup_pdf(str(crew))
    page.day_ics(str(calendar))
    settle(qtbot, window)

    def text(path):
        pdf = pypdfium2.PdfDocument(str(path))
        return "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))

    assert CANARY in text(sheet)
    assert CANARY not in text(crew)
    assert CANARY.encode() not in calendar.read_bytes()
    assert page.last_problem == ""


def test_an_invite_with_the_client_s_name_is_saved_for_its_owner_only(qtbot, open_window, db,
                                                                    tour, tmp_path):
    import os
    import stat

    window, page = _unlocked_with_a_booking(qtbot, open_window, db, tour)
    _pick(page, 0)
    named, plain = tmp_path / "named.ics", tmp_path / "plain.ics"
    umask = os.umask(0o022)  # a usual one, whatever this machine's is
    try:
        page.booking_ics(str(named), with_name=True)
        page.booking_ics(str(plain))
        settle(qtbot, window)
    finally:
        os.umask(umask)
    assert page.last_problem == ""
    assert CANARY.encode() in named.read_bytes().replace(b"\r\n ", b"")
    assert CANARY.encode() not in plain.read_bytes().replace(b"\r\n ", b"")
    if os.name == "posix":
        assert stat.S_IMODE(named.stat().st_mode) == 0o600
        assert stat.S_IMODE(plain.stat().st_mode) == 0o644


def _chicago(slots):
    return [f"{s.start.astimezone(activations.zone('America/Chicago')):%H:%M}" for s in slots]


def test_the_day_s_plan_changes_through_its_dialog(qtbot, open_window, db, tour):
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    assert [r[0] for r in _rows(page)] == ["10:00–10:50", "11:00–11:50", "12:00–12:50"]
    form = _open_form(qtbot, page, page.buttons["plan"])
    assert form.windowTitle() == "Change the day's plan"
    form.rhythm.session.setValue(30)
    form.rhythm.pause.setValue(0)
    form.rhythm.end.setTime(QTime(12, 0))
    _ok(qtbot, window, form)
    assert _gone(form)
    assert page.last_problem == ""
    assert _chicago(therapy.slots(db, tour["day"].id)) == ["10:00", "10:30", "11:00", "11:30"]
    assert [r[0] for r in _rows(page)] == ["10:00–10:30", "10:30–11:00", "11:00–11:30",
                                           "11:30–12:00"]
    assert therapy.get_therapy_day(db, tour["day"].id).plan == therapy.DayPlan(
        time(10), time(12), 30, 0)


def test_a_plan_the_core_refuses_stays_in_its_dialog(qtbot, open_window, db, tour):
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    form = _open_form(qtbot, page, page.buttons["plan"])
    form.rhythm.session.setValue(45)
    form.rhythm.lunch.on.setChecked(True)
    form.rhythm.lunch.start.setTime(QTime(8, 0))
    form.rhythm.lunch.end.setTime(QTime(9, 0))
    _ok(qtbot, window, form)
    _still_open_with(form, "lunch_start", "Lunch break: outside the day window")
    assert form.rhythm.session.value() == 45
    assert len(therapy.slots(db, tour["day"].id)) == 3
    form.rhythm.lunch.start.setTime(QTime(11, 0))
    form.rhythm.lunch.end.setTime(QTime(11, 30))
    _ok(qtbot, window, form)
    assert _gone(form)
    assert _chicago(therapy.slots(db, tour["day"].id)) == ["10:00", "11:30"]


@pytest.mark.parametrize("decision", ["Keep those slots", "Cancel those bookings"])
def test_the_plan_dialog_asks_before_dropping_a_booked_slot(qtbot, open_window, db, tour,
                                                              decision):
    key = vault.set_up(db, "4821")
    last = therapy.slots(db, tour["day"].id)[-1]
    booking = therapy.book(db, key, last.id, person=CANARY)
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    form = _open_form(qtbot, page, page.buttons["plan"])
    form.rhythm.end.setTime(QTime(11, 0))
    _ok(qtbot, window, form)
    box = form.clash_box
    assert box is not None and box.isVisible()
    assert "do not fit the new plan (12:00)" in box.text()
    # Nothing changed while the tour manager decides; leaving it changes nothing either.
    assert len(therapy.slots(db, tour["day"].id)) == 3
    _click(qtbot, next(b for b in box.buttons() if b.text() == "Leave the day as it is"))
    settle(qtbot, window)
    assert form.isVisible() and len(therapy.slots(db, tour["day"].id)) == 3
    _ok(qtbot, window, form)
    _click(qtbot, next(b for b in form.clash_box.buttons() if b.text() == decision))
    settle(qtbot, window)
    assert _gone(form)
    after = therapy.slots(db, tour["day"].id)
    if decision == "Keep those slots":
        assert [s.id for s in after if s.booking] == [last.id]
        assert _chicago(after) == ["10:00", "12:00"]
    else:
        assert _chicago(after) == ["10:00"]
        assert therapy.get_booking(db, booking.id).status == "cancelled"


def test_a_slot_added_by_hand_through_its_dialog(qtbot, open_window, db, tour):
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    form = _open_form(qtbot, page, page.buttons["add_slot"])
    form.start.setTime(QTime(8, 0))
    form.end.setTime(QTime(8, 0))
    _ok(qtbot, window, form)
    _still_open_with(form, "end", "Slot: starts and ends at the same time")
    assert form.start.time() == QTime(8, 0)
    form.end.setTime(QTime(8, 50))
    _ok(qtbot, window, form)
    assert _gone(form)
    assert _rows(page)[0][0] == "08:00–08:50"


@pytest.fixture
def german_locale():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def test_the_budget_dialog_takes_money_typed_the_local_way(qtbot, open_window, db, tour,
                                                           german_locale):
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    form = _open_form(qtbot, page, page.buttons["budget"])
    _type(qtbot, form.currency, "eur")
    assert form.units["amount"].text() == "EUR"  # the currency beside the amount
    _type(qtbot, form.amount, "2.400,5,0")
    _ok(qtbot, window, form)
    _still_open_with(form, "amount", "Budget: '2.400,5,0' ")
    assert form.currency.text() == "eur"
    assert therapy.budget(db, tour["tour"].id) is None
    _type(qtbot, form.amount, "1.500")  # fifteen hundred, as Germany writes it
    _ok(qtbot, window, form)
    assert _gone(form)
    money = therapy.budget(db, tour["tour"].id)
    assert (money.amount, money.currency) == (Decimal("1500.00"), "EUR")
    assert page.budget.text().startswith("Therapy budget 1.500,00 EUR")
    form = _open_form(qtbot, page, page.buttons["budget"])
    assert (form.amount.text(), form.units["amount"].text()) == ("1500,00", "EUR")
    _type(qtbot, form.amount, "2.400,50")
    _type(qtbot, form.currency, "E1R")
    _ok(qtbot, window, form)
    _still_open_with(form, "currency", "Currency: 'E1R' is not a code like USD or EUR")
    assert form.amount.text() == "2.400,50"
    _type(qtbot, form.currency, "EUR")
    _ok(qtbot, window, form)
    assert therapy.budget(db, tour["tour"].id).amount == Decimal("2400.50")


def test_a_freed_slot_goes_to_the_first_on_the_waitlist(qtbot, open_window, db, tour):
    key = vault.set_up(db, "4821")
    first = therapy.slots(db, tour["day"].id)[0]
    booking = therapy.book(db, key, first.id, person="Early Bird")
    therapy.add_to_waitlist(db, key, tour["day"].id, person=CANARY)
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    _unlock(qtbot, window, page, "4821")
    _pick(page, 0)
    _click(qtbot, _action(page, "cancel"))
    settle(qtbot, window)
    _answer(qtbot, page.question_box, QMessageBox.StandardButton.Yes)
    settle(qtbot, window)
    assert "first on the waitlist" in window.statusBar().currentMessage()
    assert CANARY not in window.statusBar().currentMessage()
    assert therapy.get_booking(db, booking.id).status == "cancelled"
    _pick(page, 0)
    page.waitlist.setCurrentRow(0)
    assert page.offer_button.isEnabled()
    qtbot.mouseClick(page.offer_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert _rows(page)[0][2] == CANARY
    assert page.waitlist.count() == 0


def test_a_new_therapy_day_with_a_lunch_break(qtbot, open_window, db, tour):
    therapy.set_budget(db, tour["tour"].id, amount="2400", currency="USD")
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    form = _open_form(qtbot, page, page.new_day)
    assert form.units["cost_per_session"].text() == "USD"
    _type(qtbot, form.provider, "Dr. Lee")
    _type(qtbot, form.credentials, "LCSW")
    form.start.setTime(QTime(10, 0))
    form.end.setTime(QTime(15, 0))
    form.lunch.on.setChecked(True)
    form.lunch.start.setTime(QTime(12, 0))
    form.lunch.end.setTime(QTime(13, 0))
    _type(qtbot, form.per_session, "150,0,0")
    _ok(qtbot, window, form)
    _still_open_with(form, "cost_per_session", "Cost per session: '150,0,0' is not an amount")
    assert (form.provider.text(), form.credentials.text(), form.end.time()) == (
        "Dr. Lee", "LCSW", QTime(15, 0))
    assert len(therapy.list_therapy_days(db, tour["tour"].id)) == 1
    _type(qtbot, form.per_session, "150,00")
    _ok(qtbot, window, form)
    assert _gone(form)
    new = next(d for d in therapy.list_therapy_days(db, tour["tour"].id)
               if d.provider_name == "Dr. Lee")
    assert new.cost_per_session == Decimal("150.00")
    assert _chicago(therapy.slots(db, new.id)) == ["10:00", "11:00", "13:00", "14:00"]


def test_a_day_window_that_holds_no_session_stays_in_the_dialog(qtbot, open_window, db, tour):
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    form = _open_form(qtbot, page, page.new_day)
    _type(qtbot, form.provider, "Dr. Lee")
    form.start.setTime(QTime(10, 0))
    form.end.setTime(QTime(10, 30))
    _ok(qtbot, window, form)
    _still_open_with(form, "window_end", "Day window: 10:00–10:30 does not fit one 50-minute")
    assert form.provider.text() == "Dr. Lee"
    form.end.setTime(QTime(11, 0))
    _ok(qtbot, window, form)
    assert _gone(form)
    assert len(therapy.list_therapy_days(db, tour["tour"].id)) == 2


# -- questions before what cannot be taken back lightly ----------------------------------

def _booked_first_slot(qtbot, open_window, db, tour):
    key = vault.set_up(db, "4821")
    first = therapy.slots(db, tour["day"].id)[0]  # 9 Oct 2026, 10:00 in Chicago
    booking = therapy.book(db, key, first.id, person=CANARY)
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    _pick(page, 0)
    return window, page, first, booking


def test_attended_three_weeks_ahead_asks_first(qtbot, open_window, db, tour):
    window, page, first, booking = _booked_first_slot(qtbot, open_window, db, tour)
    page.now = lambda: first.start - timedelta(weeks=3)
    _click(qtbot, _action(page, "attended"))
    box = page.question_box
    assert "has not taken place yet" in box.text()
    assert "in 3 weeks" in box.text() and "Fri 09 Oct at 10:00" in box.text()
    _answer(qtbot, box, QMessageBox.StandardButton.No)
    settle(qtbot, window)
    assert therapy.get_booking(db, booking.id).status == "booked"
    _pick(page, 0)
    _click(qtbot, _action(page, "no_show"))
    assert "Mark it a no-show anyway?" in page.question_box.text()
    _answer(qtbot, page.question_box, QMessageBox.StandardButton.Yes)
    settle(qtbot, window)
    assert therapy.get_booking(db, booking.id).status == "no_show"
    assert _rows(page)[0][1] == "No-show"
    # Undoable, as the question said.
    _pick(page, 0)
    _click(qtbot, _action(page, "booked"))
    settle(qtbot, window)
    assert therapy.get_booking(db, booking.id).status == "booked"


def test_attended_after_the_session_started_asks_nothing(qtbot, open_window, db, tour):
    window, page, first, booking = _booked_first_slot(qtbot, open_window, db, tour)
    page.now = lambda: first.start + timedelta(minutes=5)
    _click(qtbot, _action(page, "attended"))
    assert page.question_box is None
    settle(qtbot, window)
    assert therapy.get_booking(db, booking.id).status == "attended"


def test_cancelling_asks_and_says_it_is_final_and_not_billed(qtbot, open_window, db, tour):
    window, page, _first, booking = _booked_first_slot(qtbot, open_window, db, tour)
    _click(qtbot, _action(page, "cancel"))
    settle(qtbot, window)
    box = page.question_box
    assert "not billed" in box.text() and "cannot be undone" in box.text()
    _answer(qtbot, box, QMessageBox.StandardButton.No)
    settle(qtbot, window)
    assert therapy.get_booking(db, booking.id).status == "booked"
    _pick(page, 0)
    _click(qtbot, _action(page, "cancel"))
    settle(qtbot, window)
    _answer(qtbot, page.question_box, QMessageBox.StandardButton.Yes)
    settle(qtbot, window)
    assert therapy.get_booking(db, booking.id).status == "cancelled"
    assert _rows(page)[0][1] == "Free"


def test_a_late_cancel_says_what_it_costs(qtbot, open_window, db, tour):
    day = therapy.create_therapy_day(
        db, None, location_id=tour["stop"].id, provider_name="Dr. Cost",
        plan=therapy.DayPlan(time(14), time(15)), cost_per_session="150")
    therapy.set_budget(db, tour["tour"].id, amount="900", currency="USD")
    key = vault.set_up(db, "4821")
    booking = therapy.book(db, key, therapy.slots(db, day.id)[0].id, person=CANARY)
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    page.day_box.setCurrentIndex(page.day_box.findData(day.id))
    page.day_box.activated.emit(page.day_box.currentIndex())
    settle(qtbot, window)
    _pick(page, 0)
    _click(qtbot, _action(page, "late"))
    settle(qtbot, window)
    box = page.question_box
    assert "stays billable (150.00 USD counts as spent" in box.text()
    assert "cannot be undone" in box.text()
    _answer(qtbot, box, QMessageBox.StandardButton.No)
    settle(qtbot, window)
    assert therapy.get_booking(db, booking.id).status == "booked"
    _pick(page, 0)
    _click(qtbot, _action(page, "late"))
    settle(qtbot, window)
    _answer(qtbot, page.question_box, QMessageBox.StandardButton.Yes)
    settle(qtbot, window)
    cancelled = therapy.get_booking(db, booking.id)
    assert (cancelled.status, cancelled.late_cancel) == ("cancelled", True)
    assert therapy.budget(db, tour["tour"].id).spent == Decimal("150.00")


def test_an_absurd_budget_is_refused_beside_the_amount(qtbot, open_window, db, tour):
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    form = _open_form(qtbot, page, page.buttons["budget"])
    _type(qtbot, form.currency, "EUR")
    _type(qtbot, form.amount, "9" * 29)
    _ok(qtbot, window, form)
    _still_open_with(form, "amount", "far more money than a budget holds")
    assert therapy.budget(db, tour["tour"].id) is None


def test_the_sheets_are_drawn_in_the_drawing_process(qtbot, open_window, db, tour, tmp_path,
                                                     monkeypatch, drawn_in):
    key = vault.set_up(db, "4821")
    therapy.book(db, key, therapy.slots(db, tour["day"].id)[0].id, person=CANARY)
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    _unlock(qtbot, window, page, "4821")
    sheets = drawn_in("wellness_desk.therapy_io:draw_day_sheet")
    crew = drawn_in("wellness_desk.therapy_io:draw_signup_sheet")
    sheets_here = threads_of(monkeypatch, therapy_io, "draw_day_sheet")
    crew_here = threads_of(monkeypatch, therapy_io, "draw_signup_sheet")
    page.day_sheet_pdf(str(tmp_path / "sheet.pdf"))
    page.signup_pdf(str(tmp_path / "crew.pdf"))
    settle(qtbot, window)
    [child] = sheets()
    assert crew() == [child] and child != os.getpid()
    assert sheets_here == crew_here == []
    assert page.last_problem == ""

    assert (tmp_path / "sheet.pdf").stat().st_mode & 0o777 == 0o600
