"""The app when things fail: one app per data folder, an unusable folder told in a box, a tap
the disk refuses shown as not counted."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.mounts import make_read_only, small_filesystem
from tests.ui.conftest import settle
from wellness_desk.cli import main
from wellness_desk.errors import DamagedDatabase, WellnessError
from wellness_desk.paths import DATA_ENV, DB_FILENAME, lock_path
from wellness_desk.ui.app import Refused, start
from wellness_desk.ui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != DATA_ENV}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _open_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible()]


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def _click_ok(qtbot, box: QMessageBox) -> None:
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5_000)


@pytest.fixture
def started(qtbot):
    """start() as the app does, with every window it opens closed after the test."""
    windows: list[MainWindow] = []

    def _start(db_path: Path) -> MainWindow | Refused:
        result = start(db_path)
        if isinstance(result, MainWindow):
            qtbot.addWidget(result)
            windows.append(result)
            with qtbot.waitSignal(result.ready, timeout=10_000):
                pass
            settle(qtbot, result)
        return result

    yield _start
    for window in windows:
        window.close()
        window.runner.stop()


def _demo(folder: Path) -> Path:
    assert main(["--data-dir", str(folder), "demo"]) == 0
    return folder / DB_FILENAME


def _app_in_a_subprocess(folder: Path) -> subprocess.Popen[str]:
    """`wellness-desk --data-dir FOLDER`: the real app, offscreen, in its own process."""
    return subprocess.Popen(
        [sys.executable, "-m", "wellness_desk", "--data-dir", str(folder)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(), cwd=REPO,
    )


def _wait_for_lock(folder: Path, child: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 30
    while not lock_path(folder / DB_FILENAME).exists():
        assert child.poll() is None, child.communicate()
        assert time.monotonic() < deadline, "the app never took its data folder"
        time.sleep(0.05)


# -- one app per data folder ---------------------------------------------------------------


def test_a_second_app_on_the_same_folder_is_told_so_and_opens_no_window(
    qtbot, started, tmp_path
):
    path = _demo(tmp_path)
    first = started(path)
    assert isinstance(first, MainWindow)

    second = started(path)

    assert isinstance(second, Refused)
    assert _open_windows() == [first]
    boxes = _boxes()
    assert len(boxes) == 1 and boxes[0] is second.box
    assert boxes[0].text() == (
        f"Wellness Desk is already open on this data folder ({tmp_path}, process "
        f"{os.getpid()}): use that window. Only one app may be open per data folder; the "
        "command line works beside it."
    )
    _click_ok(qtbot, boxes[0])
    assert _open_windows() == [first]


def test_once_the_first_app_closed_the_folder_opens_again(qtbot, started, tmp_path):
    path = _demo(tmp_path)
    first = started(path)
    assert isinstance(first, MainWindow)
    first.close()
    qtbot.waitUntil(lambda: not lock_path(path).exists(), timeout=5_000)

    assert isinstance(started(path), MainWindow)


def test_two_folders_are_two_apps(qtbot, started, tmp_path):
    one = started(_demo(tmp_path / "festival"))
    two = started(_demo(tmp_path / "tour"))
    assert isinstance(one, MainWindow) and isinstance(two, MainWindow)
    assert _boxes() == []


def test_the_app_in_another_process_keeps_the_folder_and_the_cli_works_beside_it(
    qtbot, started, tmp_path
):
    path = _demo(tmp_path)
    app = _app_in_a_subprocess(tmp_path)
    try:
        _wait_for_lock(tmp_path, app)

        # A second copy of the real app: refused in one line, exit 1, the first keeps going.
        second = subprocess.run(
            [sys.executable, "-m", "wellness_desk", "--data-dir", str(tmp_path)],
            capture_output=True, text=True, env=_env(), cwd=REPO, timeout=60, check=False,
        )
        assert second.returncode == 1, second.stderr
        assert f"already open on this data folder ({tmp_path}, process {app.pid})" in (
            second.stderr)
        assert "Traceback" not in second.stderr
        assert app.poll() is None

        # And this process's start-up says so in a box.
        refused = started(path)
        assert isinstance(refused, Refused)
        assert f"process {app.pid}" in refused.box.text()
        _click_ok(qtbot, refused.box)

        # The command line's short commands work beside the app.
        done = subprocess.run(
            [sys.executable, "-m", "wellness_desk", "--data-dir", str(tmp_path), "kits", "log",
             "Earplugs", "--count", "2"],
            capture_output=True, text=True, env=_env(), cwd=REPO, timeout=60, check=False,
        )
        assert done.returncode == 0, done.stderr
        assert "Earplugs: 2 handed out" in done.stdout
    finally:
        app.terminate()
        app.wait(timeout=30)


def test_a_lock_left_by_a_killed_app_does_not_block(qtbot, started, tmp_path):
    path = _demo(tmp_path)
    app = _app_in_a_subprocess(tmp_path)
    try:
        _wait_for_lock(tmp_path, app)
    finally:
        app.send_signal(signal.SIGKILL)  # no clean-up: its lock file stays behind
        app.wait(timeout=30)
    assert lock_path(path).exists()
    assert str(app.pid) in lock_path(path).read_text()

    window = started(path)

    assert isinstance(window, MainWindow)
    assert _boxes() == []
    assert str(os.getpid()) in lock_path(path).read_text()


# -- a folder or file that cannot be used -------------------------------------------------


def test_a_read_only_data_folder_is_told_in_a_box_and_no_window_opens(qtbot, started, tmp_path):
    with small_filesystem(tmp_path / "ro", 16 * 1024) as folder:
        path = _demo(folder)
        make_read_only(folder)

        refused = started(path)

        assert isinstance(refused, Refused)
        assert _open_windows() == []
        boxes = _boxes()
        assert boxes == [refused.box]
        assert boxes[0].text() == (
            f"{folder}: the data folder is read-only, so Wellness Desk cannot save anything "
            "there (nothing was changed). Make the folder writable (or copy it to a disk "
            "that is), or pick another folder with --data-dir."
        )
        _click_ok(qtbot, boxes[0])
        assert sorted(p.name for p in folder.iterdir()) == ["logs", DB_FILENAME]  # the demo's log


def test_a_damaged_index_page_is_told_in_its_own_box_instead_of_the_window(
    qtbot, started, tmp_path
):
    """The quick check finds it on the worker, before anything writes: the window goes,
    a box says so (no backup to offer here) and Quit ends it; the file is kept."""
    from tests.core.test_failures import LOCATION_INDEX, _damage_index

    path = _demo(tmp_path)
    _damage_index(path, LOCATION_INDEX)
    damaged = path.read_bytes()

    window = start(path)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: len(_boxes()) == 1 and not window.isVisible(),
                        timeout=10_000)
        box = _boxes()[0]
        assert box.text().startswith(f"{path}: the database file is damaged (SQLite reports "
                                     "SQLITE_CORRUPT); nothing was saved")
        assert "Keep the file as it is" in box.text()
        assert box.text().endswith(f"There is no backup of it in {tmp_path} to put back.")
        assert [b.text() for b in box.buttons()] == ["Quit"]
        # No tile was built from a damaged page, so none can say a tap was counted.
        assert not any(b.isVisible() for b in window.counter.tile_buttons)
        qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not box.isVisible(), timeout=5_000)
        assert _open_windows() == []
    finally:
        window.close()
        window.runner.stop()
    assert path.read_bytes() == damaged


# -- a tap the disk refuses ------------------------------------------------------------------


def _earplugs_tile(window: MainWindow):
    window.sidebar.setCurrentRow([t for t, _ in window.sections].index("Kit counter"))
    return next(b for b in window.counter.tile_buttons
                if b.isVisible() and b.name_label.text() == "Earplugs")


def _handed_out(path: Path) -> int:
    from wellness_desk.db import connect

    db = connect(path)
    try:
        return db.execute("SELECT coalesce(sum(handed_out), 0) FROM stock_movement").fetchone()[0]
    finally:
        db.close()


def test_a_tap_on_a_full_disk_is_explained_and_not_counted(qtbot, started, tmp_path):
    from tests.mounts import fill

    with small_filesystem(tmp_path / "tiny", 12 * 1024) as folder:
        path = _demo(folder)
        before = _handed_out(path)
        window = started(path)
        assert isinstance(window, MainWindow)
        tile = _earplugs_tile(window)
        shown = tile.count_text
        filler = fill(folder, leave_bytes=0)

        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(_boxes()) == 1, timeout=10_000)
        settle(qtbot, window)

        box = _boxes()[0]
        assert box.text().startswith(f"Not counted: {folder}: the disk is full")
        assert "nothing was saved" in box.text()
        assert "needs at least" in box.text()
        assert tile.count_text == shown
        _click_ok(qtbot, box)
        window.close()
        window.runner.stop()
        filler.unlink()
        # The refused tap did not ride on a later commit either.
        assert _handed_out(path) == before


def test_a_tap_that_meets_a_damaged_page_is_explained_and_nothing_more_is_written(
    qtbot, started, tmp_path
):
    import sqlite3

    from tests.core.test_failures import _damage_index

    path = _demo(tmp_path)
    window = started(path)
    assert isinstance(window, MainWindow)
    tile = _earplugs_tile(window)
    shown = tile.count_text
    # The page breaks while the app is open (a failing disk): the index of hand-outs by
    # location, which the next tap writes to. A write by another program makes the app's
    # connection read the file again rather than its cache.
    _damage_index(path, "stock_movement_location")
    other = sqlite3.connect(path)
    other.execute("INSERT INTO setting (key, value) VALUES ('another-program', 'was here')")
    other.commit()
    other.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # its write is in the file from now on
    other.close()
    damaged = path.read_bytes()

    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_boxes()) == 1, timeout=10_000)
    settle(qtbot, window)

    box = _boxes()[0]
    assert box.text().startswith(f"Not counted: {path}: the database file is damaged")
    assert "Keep the file as it is" in box.text()
    assert tile.count_text == shown
    _click_ok(qtbot, box)
    # From here on the file is left as it is: even a job that reads no damaged page is
    # refused with the same words.
    refused: list[WellnessError] = []
    window.runner.read(lambda db: db.execute("SELECT 1").fetchone(), print, refused.append)
    settle(qtbot, window)
    assert len(refused) == 1 and "the database file is damaged" in str(refused[0])
    assert isinstance(refused[0], DamagedDatabase)
    window.close()
    window.runner.stop()
    assert path.read_bytes() == damaged
