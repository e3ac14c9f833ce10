"""The Door on the Today page: Mark held asks first on a session well ahead, and can be put back."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import open_section, settle
from wellness_desk import activations, clock, schedule

PINNED = datetime(2026, 7, 4, 13, 0, tzinfo=UTC)  # 14:00 in London, whatever the real hour


@pytest.fixture
def pinned_clock(monkeypatch):
    monkeypatch.setattr(clock, "utcnow", lambda: PINNED)
    return PINNED


def _tent_with(db, start: datetime):
    fest = activations.create_activation(
        db, name="Door Fest", kind="festival", start=date(2026, 7, 3), end=date(2026, 7, 5),
        tz="Europe/London")
    tent = activations.add_location(db, activation_id=fest.id, name="Tent")
    return schedule.create_workshop(db, schedule.Draft(
        location_id=tent.id, title="Yoga", kind="Yoga", start=start,
        end=start + timedelta(minutes=45)))


def test_mark_held_80_minutes_ahead_asks_first_and_can_be_put_back(qtbot, open_window, db,
                                                                    pinned_clock):
    session = _tent_with(db, PINNED + timedelta(minutes=80))
    window = open_window()
    door = open_section(qtbot, window, "Today").door
    assert door.workshop is not None and door.workshop.id == session.id
    qtbot.mouseClick(door.held, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: door.held_box is not None and door.held_box.isVisible(),
                    timeout=5_000)
    text = door.held_box.text()
    assert "starts at 15:20, in 80 minutes" in text and "put it back" in text
    qtbot.mouseClick(door.held_box.button(QMessageBox.StandardButton.No),
                     Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert schedule.get_workshop(db, session.id).status == "scheduled"

    qtbot.mouseClick(door.held, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: door.held_box is not None and door.held_box.isVisible(),
                    timeout=5_000)
    qtbot.mouseClick(door.held_box.button(QMessageBox.StandardButton.Yes),
                     Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert schedule.get_workshop(db, session.id).status == "held"
    assert door.held.text() == "Put back (not held)"
    qtbot.mouseClick(door.held, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert schedule.get_workshop(db, session.id).status == "scheduled"


def test_mark_held_on_a_session_running_now_needs_no_question(qtbot, open_window, db,
                                                              pinned_clock):
    session = _tent_with(db, PINNED - timedelta(minutes=10))
    window = open_window()
    door = open_section(qtbot, window, "Today").door
    qtbot.mouseClick(door.held, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert door.held_box is None
    assert schedule.get_workshop(db, session.id).status == "held"
