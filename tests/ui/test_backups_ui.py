"""Settings → Backups, as a coordinator tells it: back up, hand out more, put the backup back."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.mounts import fill, small_filesystem
from tests.ui.conftest import settle
from tests.ui.forms import click
from wellness_desk import backups, kits
from wellness_desk.db import connect
from wellness_desk.paths import DB_FILENAME
from wellness_desk.ui import i18n
from wellness_desk.ui.main_window import MainWindow
from wellness_desk.ui.settings_dialog import BackupsGroup, SettingsDialog

MORNING = datetime(2026, 7, 4, 9, 0, tzinfo=UTC)


def _drive_settings(qtbot, window, steps) -> None:
    """Open File → Settings as a person would and run `steps(dialog)` in it (it is modal)."""
    seen: list[SettingsDialog] = []
    poll = QTimer()
    poll.setInterval(20)

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SettingsDialog) and not seen:
            poll.stop()
            seen.append(dialog)
            try:
                steps(dialog)
            finally:
                if dialog.isVisible():
                    dialog.reject()

    poll.timeout.connect(check)
    poll.start()
    window.open_settings()
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible(), timeout=10_000)


def _rows(group: BackupsGroup) -> list[tuple[str, str, str]]:
    out = []
    for i in range(group.list.topLevelItemCount()):
        item = group.list.topLevelItem(i)
        out.append((item.text(0), item.text(1), item.text(2)))
    return out


def _handed_out(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT coalesce(sum(handed_out), 0) FROM stock_movement"
                            ).fetchone()[0]


def _tap(db, festival, count):
    for _ in range(count):
        kits.hand_out(db, kit_type_id=festival["earplugs"].id,
                      location_id=festival["tent"].id, now=MORNING)


def _pick(qtbot, group: BackupsGroup, path: Path) -> None:
    """Restore…, then the file in Qt's own file chooser, as a person picks it."""
    click(qtbot, group.restore_button)
    qtbot.waitUntil(lambda: group.file_chooser is not None
                    and group.file_chooser.isVisible(), timeout=5_000)
    chooser = group.file_chooser
    # It opens on the backups folder (the data folder's own, before the first backup).
    folder = backups.backups_dir(group.db_path.parent)
    assert Path(chooser.directory().absolutePath()) == folder
    chooser.selectFile(str(path))
    chooser.accept()


def test_back_up_now_then_restore_it_after_more_hand_outs(qtbot, open_window, db, db_path,
                                                         festival):
    _tap(db, festival, 3)
    window = open_window()
    # The day's backup was made once the window was up, off the taps' thread.
    qtbot.waitUntil(lambda: [b.kind for b in backups.list_backups(db_path.parent)] == ["daily"],
                    timeout=5_000)
    seen: dict[str, object] = {}

    def back_up(dialog: SettingsDialog) -> None:
        group = dialog.backups
        click(qtbot, group.back_up_button)
        qtbot.waitUntil(lambda: len(_rows(group)) == 2, timeout=5_000)
        seen["rows"] = _rows(group)
        seen["status"] = group.status.text()
        dialog.grab().save("/tmp/settings-backups.png")

    _drive_settings(qtbot, window, back_up)
    made = [b for b in backups.list_backups(db_path.parent) if b.kind == "manual"]
    assert len(made) == 1
    assert sorted(kind for _, kind, _ in seen["rows"]) == ["by hand", "daily"]
    assert (i18n.datetime_text(made[0].taken_at.astimezone()), "by hand",
            backups.size_text(made[0].size_bytes)) in seen["rows"]
    assert seen["status"] == (f"Backed up: {made[0].path.name} "
                              f"({backups.size_text(made[0].size_bytes)}).")

    _tap(db, festival, 2)  # after the backup: the restore takes these back
    db.close()  # the test's own connection: the window's are closed by the restore

    def put_back(dialog: SettingsDialog) -> None:
        group = dialog.backups
        _pick(qtbot, group, made[0].path)
        qtbot.waitUntil(lambda: group.confirm_box is not None
                        and group.confirm_box.isVisible(), timeout=5_000)
        seen["question"] = group.confirm_box.text()
        group.confirm_box.grab().save("/tmp/restore-confirm.png")
        click(qtbot, group.restore_confirm)

    _drive_settings(qtbot, window, put_back)
    question = seen["question"]
    assert f"Put back the backup {made[0].path.name}?" in question
    assert "It holds: last activity " in question and "3 hand-outs" in question
    assert "It replaces the current database (last activity " in question
    assert "5 hand-outs, 0 workshops, 0 therapy bookings)" in question
    assert (f"kept as {DB_FILENAME}.before-restore-<time> in {db_path.parent}"
            in question)

    qtbot.waitUntil(lambda: window.restore_box is not None and window.restore_box.isVisible(),
                    timeout=10_000)
    told = window.restore_box.text()
    assert told.startswith(f"Restored {made[0].path.name}: it is the database now.")
    assert "Wellness Desk closes now" in told
    window.restore_box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)

    assert _handed_out(db_path) == 3
    aside, = [p for p in db_path.parent.iterdir()
              if p.name.startswith(f"{DB_FILENAME}.before-restore-") and p.suffix != ".sqlite3"
              and not p.name.endswith(("-wal", "-shm"))]
    assert f"kept as {aside}" in told
    assert _handed_out(aside) == 5


def test_a_foreign_file_is_refused_beside_the_buttons_and_nothing_changes(
        qtbot, open_window, db, db_path, festival, tmp_path):
    _tap(db, festival, 1)
    foreign = tmp_path / "photos.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    window = open_window()
    seen: dict[str, object] = {}

    def steps(dialog: SettingsDialog) -> None:
        group = dialog.backups
        _pick(qtbot, group, foreign)
        qtbot.waitUntil(lambda: "not a Wellness Desk database" in group.status.text(),
                        timeout=5_000)
        seen["status"] = group.status.text()
        seen["box"] = group.confirm_box
        seen["restore enabled"] = group.restore_button.isEnabled()

    _drive_settings(qtbot, window, steps)
    settle(qtbot, window)
    assert seen["status"] == (f"{foreign}: this is not a Wellness Desk database (an SQLite "
                              "file of another program); nothing was changed.")
    assert seen["box"] is None and seen["restore enabled"] is True
    assert window.isVisible()
    assert _handed_out(db_path) == 1
    assert not [p for p in db_path.parent.iterdir() if "before-restore" in p.name]


def test_cancel_in_the_confirmation_changes_nothing(qtbot, open_window, db, db_path, festival):
    _tap(db, festival, 2)
    made = backups.make_backup(db_path, now=MORNING)
    _tap(db, festival, 1)
    window = open_window()
    seen: dict[str, object] = {}

    def steps(dialog: SettingsDialog) -> None:
        group = dialog.backups
        _pick(qtbot, group, made.path)
        qtbot.waitUntil(lambda: group.confirm_box is not None
                        and group.confirm_box.isVisible(), timeout=5_000)
        click(qtbot, group.confirm_box.button(QMessageBox.StandardButton.Cancel))
        qtbot.waitUntil(lambda: group.confirm_box is None, timeout=5_000)
        seen["settings still open"] = dialog.isVisible()

    _drive_settings(qtbot, window, steps)
    settle(qtbot, window)
    assert seen["settings still open"] is True
    assert window.isVisible() and window.restore_box is None
    assert _handed_out(db_path) == 3
    assert not [p for p in db_path.parent.iterdir() if "before-restore" in p.name]


def test_back_up_now_on_a_full_disk_says_so_beside_the_buttons(qtbot, tmp_path, drawing):
    with small_filesystem(tmp_path / "disk", 6 * 1024) as disk:
        path = disk / DB_FILENAME
        connect(path).close()
        window = MainWindow(path, drawing=drawing)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.ready, timeout=10_000):
            window.show()
        qtbot.waitUntil(lambda: len(backups.list_backups(disk)) == 1, timeout=5_000)
        settle(qtbot, window)
        filler = fill(disk, leave_bytes=8 * 1024)
        seen: dict[str, object] = {}

        def steps(dialog: SettingsDialog) -> None:
            group = dialog.backups
            click(qtbot, group.back_up_button)
            qtbot.waitUntil(lambda: "the disk is full" in group.status.text(), timeout=5_000)
            seen["status"] = group.status.text()
            seen["red"] = group.status.property("role") == "problem"  # the danger colour
            seen["button"] = group.back_up_button.isEnabled()
            seen["rows"] = len(_rows(group))

        try:
            _drive_settings(qtbot, window, steps)
            settle(qtbot, window)
        finally:
            window.close()
            filler.unlink()
        folder = backups.backups_dir(disk)
        assert seen["status"].startswith(f"{folder}: the disk is full (")
        assert "nothing was written and nothing was changed" in seen["status"]
        assert seen["red"] is True and seen["button"] is True and seen["rows"] == 1
        assert len(backups.list_backups(disk)) == 1
        assert not [p for p in folder.iterdir() if ".partial" in p.name]
