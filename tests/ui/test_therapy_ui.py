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
    assert page.idle.interval() == 3 * 60_000
    page.idle.start(60_000)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # someone is still there: the clock restarts
    assert page.idle.interval() == 3 * 60_000
    page.idle.start(50)  # let the idle time run out, as if three minutes passed
    qtbot.waitUntil(lambda: page.vault is None, timeout=5_000)
    settle(qtbot, window)
    assert _rows(page)[0][2] == "•••••"


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
