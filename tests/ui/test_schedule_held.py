"""Mark held in the workshop editor asks first on a session that starts well ahead."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import open_section, settle
from wellness_desk import clock, schedule

DAY = date(2026, 7, 4)
PINNED = datetime(2026, 7, 4, 13, 0, tzinfo=UTC)  # 14:00 in London, whatever the real hour


@pytest.fixture
def pinned_clock(monkeypatch):
    monkeypatch.setattr(clock, "utcnow", lambda: PINNED)
    return PINNED


def _open_editor(qtbot, window, workshop):
    page = open_section(qtbot, window, "Schedule")
    page.show_day(DAY)
    settle(qtbot, window)
    # Blocks are placed when the timeline paints, which a loaded machine does a moment
    # after the answer lands.
    qtbot.waitUntil(lambda: page.timeline.block_for(workshop.id) is not None, timeout=5_000)
    block = page.timeline.block_for(workshop.id)
    assert block is not None
    qtbot.mouseClick(page.timeline, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(block.center().x()), int(block.center().y())))
    qtbot.waitUntil(lambda: page.editor is not None, timeout=5_000)
    return page.editor


def _session(db, festival, start: time):
    return schedule.create_workshop(db, schedule.Draft(
        location_id=festival["tent"].id, title="Sound bath", kind="Sound bath",
        start=schedule.local_instant(DAY, start, "Europe/London"),
        end=schedule.local_instant(DAY, time(start.hour + 1, start.minute), "Europe/London")))


def test_mark_held_80_minutes_ahead_asks_and_no_keeps_it_scheduled(
        qtbot, open_window, festival, db, pinned_clock):
    session = _session(db, festival, time(15, 20))
    window = open_window()
    editor = _open_editor(qtbot, window, session)
    qtbot.mouseClick(editor.extra["held"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.held_box is not None and editor.held_box.isVisible(),
                    timeout=5_000)
    # "80 minutes" once the English plurals are loaded; "80 minute(s)" without them.
    assert "starts at 15:20, in 80 minute" in editor.held_box.text()
    assert "put it back" in editor.held_box.text()
    qtbot.mouseClick(editor.held_box.button(QMessageBox.StandardButton.No),
                     Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert schedule.get_workshop(db, session.id).status == "scheduled"
    assert editor.isVisible()

    qtbot.mouseClick(editor.extra["held"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.held_box is not None and editor.held_box.isVisible(),
                    timeout=5_000)
    qtbot.mouseClick(editor.held_box.button(QMessageBox.StandardButton.Yes),
                     Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert schedule.get_workshop(db, session.id).status == "held"


def test_mark_held_on_a_session_under_way_needs_no_question(
        qtbot, open_window, festival, db, pinned_clock):
    session = _session(db, festival, time(13, 50))
    window = open_window()
    editor = _open_editor(qtbot, window, session)
    qtbot.mouseClick(editor.extra["held"], Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert editor.held_box is None
    assert schedule.get_workshop(db, session.id).status == "held"
