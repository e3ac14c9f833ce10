"""Where the person acts, when the disk refuses: an undo, a schedule import, a card print, a
sync's bookkeeping on a full disk; a booking on a disk that turned read-only. Each says why
in our sentence and nothing is shown as done (test_failures_ui.py has the tap itself).

One tiny tmpfs serves the module; each test has its own folder on it.
"""

from __future__ import annotations

import itertools
import shutil
import sqlite3
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.mounts import disk_that_turns_read_only, fill, small_filesystem, turn_read_only
from tests.sync.conftest import make_festival
from tests.ui.conftest import open_section, settle
from tests.ui.forms import open_form, type_into
from wellness_desk import activations, kits, therapy, vault
from wellness_desk.db import connect
from wellness_desk.paths import DB_FILENAME
from wellness_desk.sync import enrol
from wellness_desk.ui import sync_worker
from wellness_desk.ui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]
WAIT = 15_000
_folders = itertools.count(1)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    with small_filesystem(tmp_path_factory.mktemp("mnt") / "tiny", 12 * 1024) as where:
        yield where


@pytest.fixture
def on_tiny(tiny):
    """A database path in a folder of its own on the tiny disk, emptied after the test."""
    folder = tiny / f"data-{next(_folders)}"
    yield folder / DB_FILENAME
    (tiny / "filler.bin").unlink(missing_ok=True)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def window_on(qtbot, drawing):
    """Open the app's window on a database and wait for its first data."""
    opened: list[MainWindow] = []

    def _open(path: Path) -> MainWindow:
        window = MainWindow(path, drawing=drawing)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.ready, timeout=WAIT):
            window.show()
        settle(qtbot, window)
        opened.append(window)
        return window

    yield _open
    for window in opened:
        window.close()
        window.runner.stop()


def _festival_on(path: Path) -> dict:
    db = connect(path)
    try:
        return make_festival(db)
    finally:
        db.close()


def _read(path: Path, sql: str) -> int:
    db = connect(path)
    try:
        return db.execute(sql).fetchone()[0]
    finally:
        db.close()


def _fill_up(path: Path, *, leave_bytes: int = 0) -> Path:
    """Fill the disk under the database at `path`. Its log is emptied first, as SQLite's own
    checkpoints do: a write then needs new room instead of reusing the log's old frames."""
    other = sqlite3.connect(path)
    try:
        other.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        other.close()
    return fill(path.parent.parent, leave_bytes=leave_bytes)


def _box(qtbot) -> QMessageBox:
    def boxes():
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]

    qtbot.waitUntil(lambda: len(boxes()) == 1, timeout=WAIT)
    return boxes()[0]


def _close(qtbot, box: QMessageBox) -> None:
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5_000)


def test_an_undo_on_a_full_disk_says_not_undone_and_the_count_stays(qtbot, window_on, on_tiny):
    festival = _festival_on(on_tiny)
    window = window_on(on_tiny)
    counter = window.counter
    tile = counter.tile_for(festival["earplugs"].id)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    counted = tile.count_text
    filler = _fill_up(on_tiny)

    qtbot.mouseClick(counter.undo_button, Qt.MouseButton.LeftButton)
    box = _box(qtbot)
    settle(qtbot, window)

    assert box.text().startswith(f"Not undone: {on_tiny.parent}: the disk is full")
    assert "nothing was saved" in box.text()
    assert tile.count_text == counted  # still counted on screen, as in the database
    assert counter.undo_label.text() == "Not undone: the hand-out still counts"
    assert counter.undo_button.isEnabled()  # it may be undone once there is room
    _close(qtbot, box)

    filler.unlink()
    qtbot.mouseClick(counter.undo_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: counter.undo_label.text().startswith("Undone: Earplugs"),
                    timeout=WAIT)
    assert tile.count_text != counted
    window.close()
    assert _read(on_tiny, "SELECT sum(handed_out) FROM stock_movement") == 0


def test_a_schedule_import_on_a_full_disk_is_explained_and_imports_nothing(
        qtbot, window_on, on_tiny):
    _festival_on(on_tiny)
    db = connect(on_tiny)
    try:
        fest = activations.current_activation(db)
        for space in ("Quiet room", "Main-stage green room"):
            activations.add_location(db, activation_id=fest.id, name=space)
    finally:
        db.close()
    window = window_on(on_tiny)
    page = open_section(qtbot, window, "Schedule")
    filler = _fill_up(on_tiny)

    page.import_csv(str(REPO / "assets" / "sample-program.csv"))
    box = _box(qtbot)
    settle(qtbot, window)

    assert box.text().startswith(f"{on_tiny.parent}: the disk is full")
    assert not window.statusBar().currentMessage().startswith("Imported")
    assert not page.conflict_summary.text().startswith("Imported")
    _close(qtbot, box)
    filler.unlink()
    window.close()
    assert _read(on_tiny, "SELECT count(*) FROM workshop") == 0


def test_a_card_print_on_a_full_disk_keeps_no_file_and_records_nothing(
        qtbot, window_on, on_tiny, tmp_path):
    _festival_on(on_tiny)
    window = window_on(on_tiny)
    page = open_section(qtbot, window, "Print")
    page.tag.setText("tent-1")
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=WAIT)
    settle(qtbot, window)
    filler = _fill_up(on_tiny)
    out = tmp_path / "cards.pdf"  # a roomy disk: only the record cannot be saved

    page.save_pdf(str(out))
    box = _box(qtbot)
    settle(qtbot, window)

    assert box.text().startswith(f"{on_tiny.parent}: the disk is full")
    assert window.statusBar().currentMessage() != f"Saved {out}"
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []  # nor a half-written file beside it
    assert page.save_button.isEnabled()  # try again once there is room
    _close(qtbot, box)
    filler.unlink()
    window.close()
    assert _read(on_tiny, "SELECT count(*) FROM print_job") == 0


def test_a_sync_whose_bookkeeping_meets_a_full_disk_says_so_until_one_gets_through(
        qtbot, window_on, on_tiny, hub, monkeypatch):
    monkeypatch.setattr(sync_worker, "FIRST_SYNC_MS", 600_000)  # no sync without a press
    festival = _festival_on(on_tiny)
    db = connect(on_tiny)
    try:
        enrol.connect(db, hub.url, hub.enrol("Summer Fest 2026"))
        kits.hand_out(db, kit_type_id=festival["earplugs"].id,
                      location_id=festival["tent"].id, count=3)
    finally:
        db.close()
    window = window_on(on_tiny)
    # The sync thread makes the cells on opening (a write): before the disk fills.
    qtbot.waitUntil(lambda: "1 change waiting" in window.sync_label.text(), timeout=WAIT)
    filler = _fill_up(on_tiny)

    window.sync.sync_now()
    qtbot.waitUntil(lambda: "Sync not recorded" in window.sync_label.text(), timeout=WAIT)

    line = window.sync_label.text()
    assert f"Sync not recorded: {on_tiny.parent}: the disk is full" in line
    assert "1 change waiting" in line and "synced at" not in line
    assert "something went wrong" not in line

    filler.unlink()
    window.sync.sync_now()
    qtbot.waitUntil(lambda: window.sync_label.text().startswith(
        "Sending Test Fest: all sent · synced at "), timeout=WAIT)
    assert "not recorded" not in window.sync_label.text()
    assert sum(t["value"] for t in hub.totals()["totals"]
               if t["metric"] == "kits_handed_out") == 3


@pytest.fixture
def failing_disk(tmp_path):
    with disk_that_turns_read_only(tmp_path / "stick", tmp_path / "stick.img",
                                   16 * 1024) as where:
        yield where


def test_a_booking_on_a_disk_turned_read_only_keeps_what_was_typed_and_says_why(
        qtbot, window_on, failing_disk):
    path = failing_disk / DB_FILENAME
    db = connect(path)
    try:
        tour = activations.create_activation(
            db, name="Autumn Tour", kind="tour", start=date(2026, 10, 1),
            end=date(2026, 10, 31), tz="America/Chicago")
        activations.set_current_activation(db, tour.id)
        stop = activations.add_tour_stop(db, activation_id=tour.id, stop_date=date(2026, 10, 9),
                                         city="Chicago", venue="Aragon", tz="America/Chicago")
        therapy.create_therapy_day(db, None, location_id=stop.id, provider_name="Dr. Ana Ruiz",
                                   plan=therapy.DayPlan(time(10), time(13)))
        vault.set_up(db, "4821")
    finally:
        db.close()
    window = window_on(path)
    page = open_section(qtbot, window, "Therapy days")
    page.secret.setText("4821")
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    page.slot_list.setCurrentRow(0)
    assert page.buttons["book"].isVisibleTo(page)  # offered for the free slot chosen
    form = open_form(qtbot, page, page.buttons["book"])
    type_into(qtbot, form.person, "Zyxwv Canarybird")
    type_into(qtbot, form.contact, "+1 312 555 0100")
    turn_read_only(failing_disk)  # the stick fails while the dialog is open

    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)

    assert form.isVisible()
    assert form.person.text() == "Zyxwv Canarybird"
    assert form.contact.text() == "+1 312 555 0100"
    assert form.problem.isVisible()
    assert form.problem.text().startswith(
        f"{failing_disk}: the disk holding the data folder turned read-only")
    assert "NOT saved" in form.problem.text()
    assert form.ok_button.isEnabled()
    form.reject()
    window.close()
    # Reading still works on such a disk: nothing was booked.
    assert _read(path, "SELECT count(*) FROM therapy_booking") == 0

