"""The Therapy section: names only after unlocking, hidden again after idle time."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import open_section, settle
from wellness_desk import activations, settings, therapy, vault

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
    return [[page.table.item(r, c).text() for c in range(4)]
            for r in range(page.table.rowCount())]


def _unlock(qtbot, window, page, secret):
    page.secret.setText(secret)
    page.confirm.setText(secret)  # asked for only when the secret is first set
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)


def test_names_appear_only_after_unlocking_and_hide_again_when_locked(
        qtbot, open_window, db, tour):
    key = vault.set_up(db, "4821")
    first = therapy.slots(db, tour["day"].id)[0]
    therapy.book(db, key, first.id, person=CANARY, role="crew")
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    assert "keyring" in page.lock_text.text()
    assert _rows(page)[0][1:] == ["booked", "•••••", "Crew"]
    assert all(CANARY not in cell for row in _rows(page) for cell in row)

    _unlock(qtbot, window, page, "0000")
    assert "wrong PIN" in page.last_problem
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
    key = vault.set_up(db, "4821")
    therapy.book(db, key, therapy.slots(db, tour["day"].id)[0].id, person=CANARY)
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    _unlock(qtbot, window, page, "4821")
    assert page.idle.isActive()
    touched = page.last_touch
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # someone is still there
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

    key = vault.set_up(db, "4821")
    therapy.book(db, key, therapy.slots(db, tour["day"].id)[0].id, person=CANARY)
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    _unlock(qtbot, window, page, "4821")
    release = threading.Event()
    window.runner.read(lambda db: release.wait(10))
    page.refresh()  # asked while unlocked...
    page.lock()  # ...answered after the lock
    release.set()
    settle(qtbot, window)
    assert all(CANARY not in cell for row in _rows(page) for cell in row)
    assert _rows(page)[0][2] == "•••••"


def test_locking_closes_a_dialog_that_holds_a_name(qtbot, open_window, db, tour):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    vault.set_up(db, "4821")
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    _unlock(qtbot, window, page, "4821")
    page.table.selectRow(0)

    def type_then_walk_away():
        QApplication.activeModalWidget().person.setText(CANARY)
        page.lock()

    QTimer.singleShot(100, type_then_walk_away)
    page._act("book")  # returns once the lock has closed the dialog
    settle(qtbot, window)
    assert page.dialogs == []
    assert therapy.slots(db, tour["day"].id)[0].booking is None


def test_book_a_slot_from_the_section(qtbot, open_window, db, tour):
    vault.set_up(db, "4821")
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    assert not page.actions["book"].isEnabled()  # locked: no names can be typed in
    _unlock(qtbot, window, page, "4821")
    page.table.selectRow(1)
    assert page.actions["book"].isEnabled()
    page.book_selected({"person": CANARY, "contact": None, "role": "artist", "notes": None})
    settle(qtbot, window)
    assert _rows(page)[1][1:] == ["booked", CANARY, "Artist"]
    assert therapy.slots(db, tour["day"].id)[1].booking.role == "artist"


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

    key = vault.set_up(db, "4821")
    therapy.book(db, key, therapy.slots(db, tour["day"].id)[0].id, person=CANARY)
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    _unlock(qtbot, window, page, "4821")
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


def test_changing_the_plan_asks_before_dropping_a_booked_slot(qtbot, open_window, db, tour):
    key = vault.set_up(db, "4821")
    last = therapy.slots(db, tour["day"].id)[-1]
    therapy.book(db, key, last.id, person=CANARY)
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    shorter = therapy.with_plan(tour["day"], window_end=time(11))
    page.change_plan(shorter)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: getattr(page, "clash_box", None) is not None, timeout=5_000)
    assert "do not fit" in page.clash_box.text()
    # Nothing changed while the tour manager decides.
    assert len(therapy.slots(db, tour["day"].id)) == 3
    keep = next(b for b in page.clash_box.buttons() if b.text() == "Keep those slots")
    keep.click()
    settle(qtbot, window)
    kept = therapy.slots(db, tour["day"].id)
    assert [s.id for s in kept if s.booking] == [last.id]
    assert len(kept) == 2


def test_a_slot_added_by_hand_and_a_budget_from_the_section(qtbot, open_window, db, tour,
                                                            monkeypatch):
    from PySide6.QtWidgets import QDialog, QInputDialog

    from wellness_desk.ui import therapy_page

    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    answers = iter([("900", True), ("usd", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    page._ask_budget()
    settle(qtbot, window)
    assert page.budget.text().startswith("Therapy budget 900.00 USD")

    def accept_at(dialog):
        dialog.start.setTime(dialog.start.time().fromString("08:00", "HH:mm"))
        dialog.end.setTime(dialog.end.time().fromString("08:50", "HH:mm"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(therapy_page.PlanDialog, "exec", accept_at)
    page._ask_add_slot()
    settle(qtbot, window)
    assert _rows(page)[0][0] == "08:00–08:50"


def test_a_freed_slot_goes_to_the_first_on_the_waitlist(qtbot, open_window, db, tour):
    key = vault.set_up(db, "4821")
    first = therapy.slots(db, tour["day"].id)[0]
    booking = therapy.book(db, key, first.id, person="Early Bird")
    therapy.add_to_waitlist(db, key, tour["day"].id, person=CANARY)
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    _unlock(qtbot, window, page, "4821")
    page.table.selectRow(0)
    qtbot.mouseClick(page.actions["cancel"], Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert "first on the waitlist" in window.statusBar().currentMessage()
    assert CANARY not in window.statusBar().currentMessage()
    assert therapy.get_booking(db, booking.id).status == "cancelled"
    page.table.selectRow(0)
    page.waitlist.setCurrentRow(0)
    assert page.offer_button.isEnabled()
    qtbot.mouseClick(page.offer_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert _rows(page)[0][2] == CANARY
    assert page.waitlist.count() == 0


def test_a_tour_stop_from_the_activations_page(qtbot, open_window, db, tour, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from wellness_desk.ui import activations_page

    window = open_window()
    page = open_section(qtbot, window, "Activations")

    def fill(dialog):
        dialog.day.setDate(dialog.day.date().fromString("2026-10-12", "yyyy-MM-dd"))
        dialog.city.setText("Toronto")
        dialog.venue.setText("History")
        dialog.tz.setCurrentText("America/Toronto")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(activations_page.TourStopDialog, "exec", fill)
    page._add_location()
    settle(qtbot, window)
    stops = therapy.tour_stops(db, tour["tour"].id)
    toronto = next(s for s in stops if s.city == "Toronto")
    assert (toronto.stop_date, toronto.tz, toronto.venue) == (
        date(2026, 10, 12), "America/Toronto", "History")


def test_a_new_therapy_day_with_a_lunch_break(qtbot, open_window, db, tour, monkeypatch):
    from PySide6.QtCore import QTime
    from PySide6.QtWidgets import QDialog

    from wellness_desk.ui import therapy_page

    window = open_window()
    page = open_section(qtbot, window, "Therapy days")

    def fill(dialog):
        dialog.provider.setText("Dr. Lee")
        dialog.start.setTime(QTime(10, 0))
        dialog.end.setTime(QTime(15, 0))
        dialog.lunch.on.setChecked(True)
        dialog.lunch.start.setTime(QTime(12, 0))
        dialog.lunch.end.setTime(QTime(13, 0))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(therapy_page.NewDayDialog, "exec", fill)
    page._ask_new_day()
    settle(qtbot, window)
    new = next(d for d in therapy.list_therapy_days(db, tour["tour"].id)
               if d.provider_name == "Dr. Lee")
    starts = [f"{s.start.astimezone(activations.zone('America/Chicago')):%H:%M}"
              for s in therapy.slots(db, new.id)]
    assert starts == ["10:00", "11:00", "13:00", "14:00"]
