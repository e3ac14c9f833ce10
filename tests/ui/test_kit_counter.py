"""The kit counter as tent staff use it: tap tiles, pick a role, undo, use keys 1–9."""

from __future__ import annotations

import threading
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QFontMetrics
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from tests.ui.conftest import open_section, settle
from wellness_desk import clock, kits, settings
from wellness_desk.db import connect
from wellness_desk.ui.i18n import number_text


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


def test_today_is_recounted_at_the_locations_midnight(qtbot, open_window, festival,
                                                      pinned_clock):
    window = open_window()
    timer = window.counter.midnight_timer
    assert timer.isActive()
    tz = ZoneInfo("Europe/London")
    now = pinned_clock.astimezone(tz)  # 14:15 there: never a second before midnight
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
    # The empty state holds the button that does what it says.
    window.sidebar.setCurrentRow([t for t, _ in window.sections].index("Kit counter"))
    qtbot.mouseClick(window.counter.empty.button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.activations


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


# -- issue 10: a tired volunteer's slips ------------------------------------------------------

# The fixture's festival day at a quarter past two in the afternoon in London: every test
# below sees the same "now", whatever the hour it runs at.
PINNED = datetime(2026, 7, 4, 13, 15, tzinfo=ZoneInfo("UTC"))


@pytest.fixture
def pinned_clock(monkeypatch):
    """Now is PINNED for the pages (they read it from wellness_desk.clock)."""
    monkeypatch.setattr(clock, "utcnow", lambda: PINNED)
    return PINNED


def _several_dialog(qtbot, window, tile):
    """Right-click the tile and pick "Hand out several…", as a person would."""
    counter = window.counter
    # QTest's right click makes no context-menu event; send the one the window system sends.
    pos = tile.rect().center()
    qtbot.mouseClick(tile, Qt.MouseButton.RightButton, pos=pos)
    QApplication.sendEvent(tile, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                                   tile.mapToGlobal(pos)))
    qtbot.waitUntil(lambda: counter.tile_menu is not None and counter.tile_menu.isVisible(),
                    timeout=5_000)
    menu = counter.tile_menu
    action = next(a for a in menu.actions() if a.text() == "Hand out several…")
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton,
                     pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: counter.several_dialog is not None
                    and counter.several_dialog.isVisible(), timeout=5_000)
    return counter.several_dialog


def _type_count(qtbot, dialog, text):
    dialog.count_edit.selectAll()
    qtbot.keyClick(dialog.count_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.count_edit, text)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_handing_out_sixty_at_once_asks_first_naming_kit_and_role(
        qtbot, open_window, festival, db_path, pinned_clock):
    window = open_window()
    counter = window.counter
    tile = counter.tile_for(festival["earplugs"].id)
    qtbot.mouseClick(counter.role_buttons["crew"], Qt.MouseButton.LeftButton)
    dialog = _several_dialog(qtbot, window, tile)
    assert dialog.role_box.currentText() == "Crew"

    _type_count(qtbot, dialog, "60")
    qtbot.waitUntil(lambda: dialog.confirm_box is not None and dialog.confirm_box.isVisible(),
                    timeout=5_000)
    assert "Hand out 60 × Earplugs for crew?" in dialog.confirm_box.text()
    qtbot.mouseClick(dialog.confirm_box.button(QMessageBox.StandardButton.No),
                     Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert handed_out_rows(db_path, festival["earplugs"].id) == (0, 0)
    assert dialog.isVisible() and dialog.count_edit.text() == "60"  # kept, to fix or cancel

    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirm_box is not None and dialog.confirm_box.isVisible(),
                    timeout=5_000)
    qtbot.mouseClick(dialog.confirm_box.button(QMessageBox.StandardButton.Yes),
                     Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert handed_out_rows(db_path, festival["earplugs"].id) == (1, 60)
    assert counter.several_dialog is None
    assert tile.count_text == "60"
    db = connect(db_path)
    try:
        assert db.execute("SELECT role FROM stock_movement WHERE kind = 'handed_out'"
                          ).fetchone()[0] == "crew"
    finally:
        db.close()


def test_a_few_at_once_are_logged_without_a_question(qtbot, open_window, festival, db_path,
                                                      pinned_clock):
    window = open_window()
    tile = window.counter.tile_for(festival["water"].id)
    dialog = _several_dialog(qtbot, window, tile)
    _type_count(qtbot, dialog, "5")
    settle(qtbot, window)
    assert dialog.confirm_box is None
    assert handed_out_rows(db_path, festival["water"].id) == (1, 5)


def test_a_count_above_the_most_is_refused_beside_the_field_not_capped(
        qtbot, open_window, festival, db_path, pinned_clock):
    window = open_window()
    dialog = _several_dialog(qtbot, window, window.counter.tile_for(festival["earplugs"].id))
    _type_count(qtbot, dialog, "999999999")
    settle(qtbot, window)
    assert dialog.isVisible() and dialog.count_edit.text() == "999999999"
    assert (f"{number_text(999_999_999)} is more than {number_text(100_000)}"
            in dialog.error.text())
    assert dialog.error.isVisible()
    assert dialog.confirm_box is None
    assert handed_out_rows(db_path, festival["earplugs"].id) == (0, 0)


def test_a_tile_shows_every_digit_of_a_count_of_1234567(qtbot, open_window, festival, db,
                                                         pinned_clock):
    left = 1_234_567
    while left:
        count = min(left, kits.MAX_COUNT)
        kits.hand_out(db, kit_type_id=festival["earplugs"].id, location_id=festival["tent"].id,
                      count=count, now=PINNED)
        left -= count
    window = open_window()
    window.resize(900, 640)
    settle(qtbot, window)
    tile = window.counter.tile_for(festival["earplugs"].id)
    qtbot.waitUntil(lambda: tile.count_text.replace(",", "") == "1234567", timeout=5_000)
    label = tile.count_label
    assert label.text() == number_text(1_234_567)  # every digit, grouped, nothing elided
    width = QFontMetrics(label.font()).horizontalAdvance(label.text())
    assert width <= label.contentsRect().width()
    assert tile.rect().contains(label.geometry())
    # The number did not push the tile wider than its neighbour, out of its grid.
    water = window.counter.tile_for(festival["water"].id)
    # (A grid shares an odd pixel out to one column; a pushed tile would be far wider.)
    assert abs(tile.width() - water.width()) <= 1
    assert tile.parentWidget().rect().contains(tile.geometry())


def test_a_key_with_no_tile_says_so(qtbot, open_window, festival, pinned_clock):
    window = open_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(window.counter, Qt.Key.Key_7)
    settle(qtbot, window)
    assert window.statusBar().currentMessage() == "No tile 7: there are 2 kits"
    assert handed_out_rows(window.db_path, festival["earplugs"].id) == (0, 0)


def test_the_recent_actions_name_what_an_undo_cancelled(qtbot, open_window, festival,
                                                         pinned_clock):
    window = open_window()
    counter = window.counter
    qtbot.mouseClick(counter.role_buttons["crew"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(counter.tile_for(festival["earplugs"].id), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    qtbot.mouseClick(counter.undo_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    texts = [counter.history.item(i).text() for i in range(counter.history.count())]
    # 13:15 UTC is 14:15 in London.
    assert texts[0] == "14:15  Undo: Earplugs (crew) handed out at 14:15"
    assert not any("#" in t for t in texts)


def test_today_per_hour_shows_every_hour_up_to_now(qtbot, open_window, festival, db,
                                                   pinned_clock):
    kits.hand_out(db, kit_type_id=festival["water"].id, location_id=festival["tent"].id,
                  count=4, now=datetime(2026, 7, 4, 9, 30, tzinfo=ZoneInfo("UTC")))
    window = open_window()
    qtbot.mouseClick(window.counter.tile_for(festival["earplugs"].id), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    hours = [(h.hour, n) for h, n in window.counter.tally.hours]
    assert hours == [(h, {10: 4, 14: 1}.get(h, 0)) for h in range(15)]


def test_making_another_activation_current_refreshes_the_bottom_line(
        qtbot, open_window, festival, db, pinned_clock):
    from wellness_desk import activations

    other = activations.create_activation(
        db, name="Other Fest", kind="festival", start=date(2026, 7, 3), end=date(2026, 7, 5),
        tz="Europe/London")
    activations.add_location(db, activation_id=other.id, name="Green room", kind="green_room")
    window = open_window()
    counter = window.counter
    qtbot.mouseClick(counter.tile_for(festival["earplugs"].id), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert counter.undo_label.text().startswith("Counted: Earplugs ×1 · stock 19")

    page = open_section(qtbot, window, "Activations")
    row = next(i for i in range(page.list.count()) if page.list.item(i).text().startswith(
        "Other Fest"))
    page.list.setCurrentRow(row)
    qtbot.mouseClick(page.use_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    open_section(qtbot, window, "Kit counter")
    assert counter.title.text() == "Other Fest · Green room"
    assert counter.undo_label.text() == "Counting at Green room (Other Fest)"
    assert "stock 19" not in counter.undo_label.text()
    assert not counter.undo_button.isEnabled()  # its taps were at the other festival


def test_a_pasted_wall_of_digits_is_refused_beside_the_field(
        qtbot, open_window, festival, db_path, pinned_clock):
    window = open_window()
    dialog = _several_dialog(qtbot, window, window.counter.tile_for(festival["earplugs"].id))
    _type_count(qtbot, dialog, "9" * 5000)  # more digits than int() takes from text
    settle(qtbot, window)
    assert dialog.isVisible() and len(dialog.count_edit.text()) > 4300
    assert f"More than {number_text(100_000)}" in dialog.error.text()
    assert handed_out_rows(db_path, festival["earplugs"].id) == (0, 0)


def test_a_tiles_accessible_name_reads_its_counts_and_its_warning(qtbot, open_window,
                                                                   festival, db, pinned_clock):
    kits.correct_stock(db, kit_type_id=festival["water"].id,
                       location_id=festival["tent"].id, counted=3, reason="recount", now=PINNED)
    window = open_window()
    counter = window.counter
    tile = counter.tile_for(festival["earplugs"].id)
    assert tile.accessibleName() == "Earplugs: 0 today, stock 20"
    for _ in range(2):
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert tile.accessibleName() == "Earplugs: 2 today, stock 18"
    water = counter.tile_for(festival["water"].id)
    assert water.state == "low"
    assert water.accessibleName() == "Hydration pack: 0 today, stock 3, low"
    assert "LOW" in water.stock_label.text()  # said in words, not by colour alone


def test_a_tap_flashes_and_counts_up_and_the_animations_can_be_ended(
        qtbot, open_window, festival, pinned_clock):
    from wellness_desk.ui.widgets import ANIMATIONS

    window = open_window()
    counter = window.counter
    tile = counter.tile_for(festival["earplugs"].id)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert tile.animating()  # the flash starts with the tap
    counter.finish_animations()
    settle(qtbot, window)
    counter.finish_animations()
    assert not tile.animating()
    assert tile.count_label.text() == "1" and tile.count_text == "1"

    app = QApplication.instance()
    app.setProperty(ANIMATIONS, False)
    try:
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        assert not tile.animating()
        settle(qtbot, window)
        assert not tile.animating()  # the new count is shown at once
        assert tile.count_label.text() == "2"
    finally:
        app.setProperty(ANIMATIONS, None)


def test_the_chosen_role_is_checked_touch_sized_and_reachable_by_keyboard(
        qtbot, open_window, festival, pinned_clock):
    window = open_window()
    counter = window.counter
    crew = counter.role_buttons["crew"]
    for button in counter.role_buttons.values():
        assert button.width() >= 44 and button.height() >= 44
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert button.property("kind") == "role"
    assert crew.accessibleName() == "Next tap is for: Crew"
    crew.setFocus()
    qtbot.keyClick(crew, Qt.Key.Key_Space)
    assert crew.isChecked() and counter.selected_role() == "crew"
    assert [r for r, b in counter.role_buttons.items() if b.isChecked()] == ["crew"]


def test_undo_says_what_it_will_undo(qtbot, open_window, festival, pinned_clock):
    window = open_window()
    counter = window.counter
    assert not counter.undo_button.isEnabled()
    assert counter.undo_button.text() == "Nothing to undo"
    assert counter.undo_button.height() >= 44
    qtbot.mouseClick(counter.tile_for(festival["water"].id), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(counter.role_buttons["crew"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(counter.tile_for(festival["earplugs"].id), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    # 13:15 UTC is 14:15 in London: the last hand-out, newest first.
    assert counter.undo_button.text() == "Undo: 1 × Earplugs for crew, 14:15"
    assert counter.undo_button.accessibleName() == counter.undo_button.text()
    qtbot.mouseClick(counter.undo_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert counter.undo_button.text() == "Undo: 1 × Hydration pack, 14:15"
    qtbot.mouseClick(counter.undo_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert counter.undo_button.text() == "Nothing to undo"
    assert not counter.undo_button.isEnabled()


def test_the_several_dialog_keeps_what_was_typed_and_marks_the_field(
        qtbot, open_window, festival, db_path, pinned_clock):
    window = open_window()
    dialog = _several_dialog(qtbot, window, window.counter.tile_for(festival["earplugs"].id))
    _type_count(qtbot, dialog, "12 boxes")
    assert dialog.isVisible() and dialog.count_edit.text() == "12 boxes"
    assert dialog.error.isVisible()
    assert dialog.error.text() == "“12 boxes” is not a whole number"
    assert dialog.count_edit.property("invalid") is True
    # The refusal sits with the field, under it.
    assert dialog.error.parentWidget() is dialog.count_edit.parentWidget()
    assert dialog.error.geometry().top() >= dialog.count_edit.geometry().bottom()
    qtbot.keyClick(dialog.count_edit, Qt.Key.Key_Backspace)
    assert not dialog.error.isVisible() and dialog.count_edit.property("invalid") is False
    assert handed_out_rows(db_path, festival["earplugs"].id) == (0, 0)


def test_the_kit_counter_at_1280_by_720_clips_no_text(qtbot, open_window, festival, db,
                                                       pinned_clock):
    from tests.ui.test_today_dashboard import clipped_labels

    kits.correct_stock(db, kit_type_id=festival["water"].id,
                       location_id=festival["tent"].id, counted=0, reason="recount", now=PINNED)
    window = open_window()
    window.resize(1280, 720)
    counter = window.counter
    qtbot.mouseClick(counter.tile_for(festival["water"].id), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    counter.finish_animations()
    assert counter.tile_for(festival["water"].id).state == "below_zero"
    assert clipped_labels(counter) == []
    for tile in counter.tile_buttons:
        assert tile.rect().contains(tile.stock_label.geometry())
