"""The kit counter as tent staff use it: tap tiles, pick a role, undo, use keys 1–9."""

from __future__ import annotations

import threading
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from tests.ui.conftest import settle
from wellness_desk import kits, settings
from wellness_desk.db import connect


def handed_out_rows(db_path, kit_type_id):
    db = connect(db_path)
    try:
        return db.execute(
            "SELECT count(*), coalesce(sum(handed_out), 0) FROM stock_movement"
            " WHERE kit_type_id = ? AND kind IN ('handed_out', 'undo')",
            [kit_type_id],
        ).fetchone()
    finally:
        db.close()


def test_tap_earplugs_three_times_undo_once_two_are_counted(qtbot, open_window, festival,
                                                            db_path):
    window = open_window()
    tile = window.counter.tile_for(festival["earplugs"].id)
    assert tile.count_text == "0"
    for _ in range(3):
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert tile.count_text == "3"
    assert "stock 17" in tile.stock_label.text()

    assert window.counter.undo_button.isEnabled()
    qtbot.mouseClick(window.counter.undo_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert tile.count_text == "2"
    assert "stock 18" in tile.stock_label.text()
    # Undo wrote a correcting row; nothing was deleted.
    rows, total = handed_out_rows(db_path, festival["earplugs"].id)
    assert (rows, total) == (4, 2)


def test_a_tap_is_in_the_database_before_the_tile_shows_it(qtbot, open_window, festival,
                                                          db_path):
    window = open_window()
    tile = window.counter.tile_for(festival["water"].id)
    # Hold the database worker, as a slow disk would, and tap while it is held.
    release = threading.Event()
    window.runner.read(lambda db: release.wait(10))
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    assert tile.count_text == "0", "the tile counted a tap the database does not hold yet"
    assert handed_out_rows(db_path, festival["water"].id) == (0, 0)
    release.set()
    settle(qtbot, window)
    assert tile.count_text == "1"
    assert handed_out_rows(db_path, festival["water"].id) == (1, 1)


def test_undo_pressed_before_the_tap_is_saved_cancels_that_tap(qtbot, open_window, festival):
    window = open_window()
    counter = window.counter
    earplugs = counter.tile_for(festival["earplugs"].id)
    water = counter.tile_for(festival["water"].id)
    release = threading.Event()
    window.runner.read(lambda db: release.wait(10))
    qtbot.mouseClick(earplugs, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(water, Qt.MouseButton.LeftButton)
    qtbot.keyClick(counter, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    release.set()
    settle(qtbot, window)
    assert (earplugs.count_text, water.count_text) == ("1", "0")


def test_today_is_recounted_at_the_locations_midnight(qtbot, open_window, festival):
    window = open_window()
    timer = window.counter.midnight_timer
    assert timer.isActive()
    tz = ZoneInfo("Europe/London")
    now = datetime.now(tz)
    midnight = datetime.combine(now.date() + timedelta(days=1), time(0), tz)
    expected_ms = (midnight - now).total_seconds() * 1000
    assert abs(timer.remainingTime() - expected_ms) < 60_000


def test_keys_one_to_nine_tap_the_first_tiles(qtbot, open_window, festival):
    window = open_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(window.counter, Qt.Key.Key_2)
    qtbot.keyClick(window.counter, Qt.Key.Key_2)
    qtbot.keyClick(window.counter, Qt.Key.Key_1)
    qtbot.keyClick(window.counter, Qt.Key.Key_9)  # no ninth tile: nothing happens
    settle(qtbot, window)
    assert window.counter.tile_for(festival["earplugs"].id).count_text == "1"
    assert window.counter.tile_for(festival["water"].id).count_text == "2"


def test_role_picker_applies_to_the_next_tap_only(qtbot, open_window, festival, db):
    window = open_window()
    counter = window.counter
    qtbot.mouseClick(counter.role_buttons["crew"], Qt.MouseButton.LeftButton)
    tile = counter.tile_for(festival["earplugs"].id)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    roles = [r[0] for r in db.execute(
        "SELECT role FROM stock_movement WHERE kind = 'handed_out' ORDER BY id").fetchall()]
    assert roles == ["crew", "unspecified"]
    assert counter.role_buttons[kits.UNSPECIFIED].isChecked()


def test_handing_out_below_zero_is_allowed_and_flagged(qtbot, open_window, festival, db):
    kits.correct_stock(db, kit_type_id=festival["earplugs"].id,
                       location_id=festival["tent"].id, counted=1, reason="recount")
    window = open_window()
    tile = window.counter.tile_for(festival["earplugs"].id)
    assert "LOW" in tile.stock_label.text()
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert tile.count_text == "2"
    assert "stock -1" in tile.stock_label.text()
    assert "below zero" in tile.stock_label.text()
    assert "below zero" in window.counter.undo_label.text()


def test_undo_from_the_history_list(qtbot, open_window, festival):
    window = open_window()
    counter = window.counter
    water = counter.tile_for(festival["water"].id)
    earplugs = counter.tile_for(festival["earplugs"].id)
    qtbot.mouseClick(water, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(earplugs, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    # The water hand-out is second in the list, under the newer earplugs one.
    item = counter.history.item(1)
    assert "Hydration pack" in item.text()
    counter.history.setCurrentItem(item)
    assert counter.undo_selected.isEnabled()
    qtbot.mouseClick(counter.undo_selected, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert water.count_text == "0"
    assert earplugs.count_text == "1"
    assert "undone" in counter.history.item(2).text()
    # An undone row cannot be undone again.
    counter.history.setCurrentRow(2)
    assert not counter.undo_selected.isEnabled()


def test_the_undo_button_expires_after_the_undo_window(qtbot, open_window, festival, db):
    settings.set_undo_window_s(db, 3)
    window = open_window()
    qtbot.mouseClick(window.counter.tile_for(festival["water"].id), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.counter.undo_button.isEnabled()
    qtbot.waitUntil(lambda: not window.counter.undo_button.isEnabled(), timeout=6_000)
    assert window.counter.tile_for(festival["water"].id).count_text == "1"


def test_switching_location_shows_that_locations_counts(qtbot, open_window, festival, db):
    from wellness_desk import activations

    green = activations.add_location(db, activation_id=festival["activation"].id,
                                     name="Green room", kind="green_room")
    window = open_window()
    qtbot.mouseClick(window.counter.tile_for(festival["water"].id), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    box = window.counter.location_box
    box.setCurrentIndex(box.findData(green.id))
    box.activated.emit(box.currentIndex())
    settle(qtbot, window)
    tile = window.counter.tile_for(festival["water"].id)
    assert tile.count_text == "0"
    assert "stock 0" in tile.stock_label.text()
    assert window.counter.title.text().endswith("Green room")


def test_an_empty_database_says_what_to_do(qtbot, open_window):
    window = open_window()
    assert "No activation yet" in window.counter.empty_label.text()
    assert "No activation yet" in window.activation_label.text()


def test_undo_again_walks_back_through_the_last_taps(qtbot, open_window, festival):
    window = open_window()
    counter = window.counter
    earplugs = counter.tile_for(festival["earplugs"].id)
    water = counter.tile_for(festival["water"].id)
    for tile in (earplugs, water, earplugs):
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    qtbot.mouseClick(counter.undo_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert (earplugs.count_text, water.count_text) == ("1", "1")
    qtbot.keyClick(counter, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert (earplugs.count_text, water.count_text) == ("1", "0")
    qtbot.mouseClick(counter.undo_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert (earplugs.count_text, water.count_text) == ("0", "0")
    assert not counter.undo_button.isEnabled()


def test_a_refused_action_is_explained_without_blocking(qtbot, open_window, festival, db):
    window = open_window()
    done = kits.hand_out(db, kit_type_id=festival["water"].id, location_id=festival["tent"].id)
    kits.undo(db, done.movement.id)
    window.counter._undo(done.movement.id)  # undone elsewhere meanwhile: refused, explained
    settle(qtbot, window)
    from PySide6.QtWidgets import QMessageBox

    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1
    assert "already undone" in boxes[0].text()
