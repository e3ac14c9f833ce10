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


def test_full_turns_the_door_the_danger_colour_with_a_large_full(qtbot, open_window, db,
                                                                  pinned_clock, monkeypatch):
    from PySide6.QtGui import QAccessible, QColor

    from wellness_desk.ui import design

    fest = activations.create_activation(
        db, name="Door Fest", kind="festival", start=date(2026, 7, 3), end=date(2026, 7, 5),
        tz="Europe/London")
    tent = activations.add_location(db, activation_id=fest.id, name="Tent")
    session = schedule.create_workshop(db, schedule.Draft(
        location_id=tent.id, title="Yoga", kind="Yoga", capacity=2,
        start=PINNED - timedelta(minutes=5), end=PINNED + timedelta(minutes=40)))
    window = open_window()
    door = open_section(qtbot, window, "Today").door
    assert door.workshop is not None and door.workshop.id == session.id
    assert door.plus.accessibleName() == "Add one person at the door"
    assert door.minus.accessibleName() == "Take one person off the door count"
    assert door.wait_plus.accessibleName() == "Add one person to the waitlist"
    for button in (door.plus, door.minus, door.wait_plus, door.wait_minus):
        assert button.width() >= 44 and button.height() >= 44
    c = design.colours()
    assert not door.full and door.background() == c.surface
    assert not door.full_label.isVisibleTo(door)

    said = []
    real = QAccessible.updateAccessibility

    def watch(event):
        if event.type() == QAccessible.Event.Announcement:
            said.append((event.message(), event.politeness()))
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(watch))
    for _ in range(2):
        qtbot.mouseClick(door.plus, Qt.MouseButton.LeftButton)
        settle(qtbot, window)
    assert door.full and door.property("state") == "full"
    # Said to a screen reader at once, interrupting what it was reading; once.
    assert said == [("FULL: Yoga. Count newcomers on the waitlist",
                     QAccessible.AnnouncementPoliteness.Assertive)]
    assert door.background() == c.danger
    # The panel itself is painted the danger colour (read from the screen, not a flag).
    image = door.grab().toImage()
    edge = QColor(image.pixel(door.width() - 6, door.height() // 2)).name()
    assert edge == QColor(c.danger).name()
    assert door.full_label.isVisibleTo(door) and door.full_label.text() == "FULL"
    assert door.full_label.font().pointSizeF() >= 2 * door.plus.parentWidget().font().pointSizeF()
    assert door.state.text() == "Count newcomers on the waitlist"
    assert (door.full_label.palette().windowText().color().name()
            == QColor(c.on_danger).name())
    assert not door.plus.isEnabled()  # newcomers go on the waitlist

    qtbot.mouseClick(door.minus, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert not door.full and door.background() == c.surface
    assert not door.full_label.isVisibleTo(door)
