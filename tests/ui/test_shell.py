"""The app shell: sections, status bar, remembered geometry, catalogue and activations pages."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from tests.ui.conftest import open_section, settle
from wellness_desk import kits, settings
from wellness_desk.ui.activations_page import NewActivationDialog


def test_sidebar_lists_only_the_sections_that_exist(qtbot, open_window, festival):
    window = open_window()
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == ["Today", "Kit counter", "Resources", "Schedule", "Therapy days", "Print",
                      "Kit catalogue", "Activations", "Sync"]
    assert open_section(qtbot, window, "Activations") is window.activations
    # The page header says the activation, its place and the zone its times are in.
    assert "Test Fest" in window.activation_label.text()
    assert "Europe/London" in window.zone_label.text()
    assert window.header_title.text() == "Activations"
    assert window.sync_label.text()


def test_window_geometry_is_remembered(qtbot, open_window, festival):
    window = open_window()
    # The offscreen screen is 800×600 and narrower than the window's minimum width, so
    # the height is the part of the geometry that shows it was restored.
    height = window.minimumHeight() + 10  # above the pages' minimum, inside 600
    assert height < 600
    window.resize(window.minimumWidth(), height)
    assert window.height() == height
    window.close()
    again = open_window()
    assert again.height() == height


def test_catalogue_retire_hides_the_tile_and_keeps_history(qtbot, open_window, festival, db):
    kits.hand_out(db, kit_type_id=festival["water"].id, location_id=festival["tent"].id)
    window = open_window()
    open_section(qtbot, window, "Kit catalogue")
    page = window.catalogue
    assert window.stack.currentWidget() is page
    names = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert names == ["Earplugs", "Hydration pack"]
    page.table.selectRow(1)
    assert page.buttons["retire"].text() == "Retire"
    page.buttons["retire"].click()
    settle(qtbot, window)
    assert page.table.item(1, page.table.columnCount() - 1).text() == "retired"
    assert page.buttons["retire"].text() == "Bring back"
    shown = [b.kit_type_id for b in window.counter.tile_buttons if not b.isHidden()]
    assert shown == [festival["earplugs"].id]
    assert any("Hydration pack" in window.counter.history.item(i).text()
               for i in range(window.counter.history.count()))


def test_catalogue_add_kit_and_receive_stock(qtbot, open_window, festival):
    window = open_window()
    open_section(qtbot, window, "Kit catalogue")
    page = window.catalogue
    assert window.stack.currentWidget() is page
    page.buttons["add"].click()
    dialog = QApplication.activeModalWidget()
    assert dialog is page.form
    qtbot.keyClicks(dialog.name, "Sleep kit")
    dialog.ok_button.click()
    settle(qtbot, window)
    row = [page.table.item(r, 0).text() for r in range(page.table.rowCount())].index("Sleep kit")
    page.table.selectRow(row)
    page.buttons["receive"].click()
    page.form.count.setValue(40)
    page.form.ok_button.click()
    settle(qtbot, window)
    assert page.table.item(row, 2).text() == "40"
    tile = next(b for b in window.counter.tile_buttons if b.name_label.text() == "Sleep kit")
    assert "stock 40" in tile.stock_label.text()


def test_a_duplicate_kit_name_stays_in_the_dialog_beside_the_name(qtbot, open_window,
                                                                  festival, db):
    window = open_window()
    open_section(qtbot, window, "Kit catalogue")
    page = window.catalogue
    page.buttons["add"].click()
    dialog = page.form
    qtbot.keyClicks(dialog.name, "earplugs")
    dialog.ok_button.click()
    settle(qtbot, window)
    assert dialog.isVisible()
    assert dialog.problems["name"].isVisible()
    assert dialog.problems["name"].text() == "Kit name: 'earplugs' already exists"
    assert dialog.name.text() == "earplugs"
    qtbot.keyClicks(dialog.name, " (foam)")
    dialog.ok_button.click()
    settle(qtbot, window)
    assert page.form is None
    assert "earplugs (foam)" in [k.name for k in kits.list_kit_types(db)]


def test_a_count_correction_without_a_reason_stays_in_its_dialog(qtbot, open_window,
                                                                 festival, db):
    window = open_window()
    open_section(qtbot, window, "Kit catalogue")
    page = window.catalogue
    page.table.selectRow(0)
    page.buttons["correct"].click()
    dialog = page.form
    dialog.counted.setValue(17)
    dialog.reason.clear()
    dialog.ok_button.click()
    settle(qtbot, window)
    assert dialog.isVisible() and dialog.problems["reason"].isVisible()
    assert dialog.problems["reason"].text().startswith("Correction reason: say why")
    assert dialog.counted.value() == 17
    qtbot.keyClicks(dialog.reason, "box recounted")
    dialog.ok_button.click()
    settle(qtbot, window)
    assert page.form is None
    kit = page.selected_kit()
    assert kits.stock(db, location_id=festival["tent"].id)[kit.id] == 17


def test_new_activation_from_the_dialog_becomes_pickable(qtbot, open_window, festival):
    window = open_window()
    open_section(qtbot, window, "Activations")
    page = window.activations

    page._new()  # the dialog opens without blocking; OK saves through the core
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, NewActivationDialog)
    dialog.name.setText("Autumn Tour")
    dialog.kind.setCurrentIndex(dialog.kind.findData("tour"))
    dialog.tz.setCurrentText("America/Chicago")
    dialog.ok_button.click()
    settle(qtbot, window)
    names = [page.list.item(i).data(0x0100).name for i in range(page.list.count())]
    assert "Autumn Tour" in names
    page.list.setCurrentRow(names.index("Autumn Tour"))
    assert page.use_button.isEnabled()
    page.use_button.click()
    settle(qtbot, window)
    assert "Autumn Tour" in window.activation_label.text()
    assert "no location yet" in window.counter.empty_label.text()


def test_settings_dialog_changes_the_undo_window(qtbot, open_window, festival, db):
    window = open_window()

    def set_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        dialog.undo_window.setValue(12)
        dialog.accept()

    QTimer.singleShot(50, set_and_accept)
    window.open_settings()
    qtbot.waitUntil(lambda: settings.undo_window_s(db) == 12, timeout=5_000)


def test_the_runner_stops_once_and_refuses_work_after(qtbot, open_window, festival):
    window = open_window()
    runner = window.runner
    starts: list[bool] = []
    runner._worker.started.connect(lambda: starts.append(True))
    runner.stop()
    runner.stop()
    window.close()  # closing stops it again
    assert starts == [], "a stopped runner opened the database again"
    assert not runner._worker.isRunning()
    with pytest.raises(RuntimeError, match="stopped"):
        runner.read(lambda db: None)


def _run_cli(*args, env):
    return subprocess.run([sys.executable, "-m", "wellness_desk", *args], capture_output=True,
                          text=True, env=env, timeout=60)


def test_self_test_builds_the_window_offscreen(tmp_path):
    env = dict(os.environ)
    done = _run_cli("--data-dir", str(tmp_path), "demo", env=env)
    assert done.returncode == 0, done.stderr
    done = _run_cli("--data-dir", str(tmp_path), "self-test", env=env)
    assert done.returncode == 0, done.stderr
    assert "self-test ok" in done.stdout


def test_no_display_says_how_to_run_it_in_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = _run_cli("--data-dir", str(tmp_path), env=env)
    if sys.platform.startswith("linux"):
        assert done.returncode == 1
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1
        assert "xvfb-run" in lines[0]


def test_a_file_that_is_not_a_database_is_refused_before_any_window(tmp_path):
    bad = tmp_path / "wellness-desk.sqlite3"
    bad.write_bytes(b"festival notes, not a database\n" * 40)
    before = bad.read_bytes()
    env = dict(os.environ)
    done = _run_cli("--data-dir", str(tmp_path), env=env)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert str(bad) in lines[0]
    assert bad.read_bytes() == before


def test_a_damaged_database_is_explained_once_in_the_window(qtbot, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from wellness_desk.ui.main_window import MainWindow

    bad = tmp_path / "wellness-desk.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xde\xad" * 4000)
    before = bad.read_bytes()
    window = MainWindow(bad)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1
    assert str(bad) in boxes[0].text()
    assert "left untouched" in boxes[0].text()
    window.runner.stop()
    assert bad.read_bytes() == before


def test_a_bad_hub_address_is_refused_and_changes_nothing(qtbot, open_window, festival, db):
    window = open_window()

    seen: dict[str, object] = {}

    def set_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.undo_window.setValue(45)
        dialog.hub_url.setText("backline care")
        dialog.accept()
        # The dialog stays open with the reason beside the address; closing it saves nothing.
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.checked["hub_url"].error.text()
        dialog.reject()

    QTimer.singleShot(50, set_and_accept)
    window.open_settings()
    settle(qtbot, window)
    assert seen["open"] is True
    assert "not a web address" in str(seen["error"])
    assert settings.undo_window_s(db) == settings.DEFAULT_UNDO_WINDOW_S
    assert settings.hub_url(db) == settings.DEFAULT_HUB_URL
