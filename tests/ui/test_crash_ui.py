"""Something nothing caught: a friendly box with the log's path, the traceback in the log
file only, the counts saved; Settings → Open log folder; no canary in the log file."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from tests.core.test_sync_cells import (  # noqa: F401 - fixtures
    CANARIES,
    program,
    therapy_tour,
    tour,
)
from tests.ui.conftest import open_section, settle
from wellness_desk import logs, settings
from wellness_desk.ui.crash import CrashReporter, crash_text
from wellness_desk.ui.settings_dialog import SettingsDialog

# The exception's words quote a person, as a bug's message could.
SECRET = "Zyxwv Canarybird"


@pytest.fixture
def log_file(tmp_path):
    file = logs.setup_logging(tmp_path / "logs")
    assert file is not None
    yield file
    logs.close_log()


@pytest.fixture
def reporter(log_file):
    installed = CrashReporter().install()
    yield installed
    installed.uninstall()
    if installed.box is not None:
        installed.box.close()


def _crash_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
            and w.text().startswith("Something went wrong")]


def _logged(file: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return file.read_text(encoding="utf-8")


def explode() -> None:
    raise RuntimeError(f"no slot for {SECRET}")


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_the_log_path_and_the_log_holds_the_traceback(
        qtbot, reporter, log_file):
    button = QPushButton("Book")
    qtbot.addWidget(button)
    button.clicked.connect(explode)
    button.show()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: len(_crash_boxes()) == 1, timeout=5_000)
    box = _crash_boxes()[0]
    assert box.text() == (
        "Something went wrong inside Wellness Desk (RuntimeError). It was written to the log "
        f"at {log_file}; your counts are saved. You can carry on; if it happens again, send "
        "that file to whoever looks after the app.")
    assert "Traceback" not in box.text() and SECRET not in box.text()
    text = _logged(log_file)
    assert "ERROR wellness_desk.ui.crash [MainThread] uncaught exception on MainThread" in text
    assert "builtins.RuntimeError" in text
    assert ", in explode\n" in text and "raise RuntimeError" in text
    assert SECRET not in text
    # A second one while the box is up: logged, not a second box.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(reporter.shown) == 2, timeout=5_000)
    assert len(_crash_boxes()) == 1
    assert _logged(log_file).count("uncaught exception") == 2


def test_an_exception_on_a_worker_thread_is_told_on_the_ui_thread(qtbot, reporter, log_file):
    worker = threading.Thread(target=explode, name="wellness-desk-test-worker")
    worker.start()
    worker.join()

    qtbot.waitUntil(lambda: len(_crash_boxes()) == 1, timeout=5_000)
    assert "(RuntimeError). It was written to the log at" in _crash_boxes()[0].text()
    text = _logged(log_file)
    assert "uncaught exception on wellness-desk-test-worker" in text
    assert "[wellness-desk-test-worker]" in text and ", in explode\n" in text
    assert SECRET not in text


def test_without_a_log_file_the_box_says_it_could_not_be_written():
    assert crash_text("KeyError", None, Path("/media/stick/logs")) == (
        "Something went wrong inside Wellness Desk (KeyError). It could not be written to the "
        "log (the folder /media/stick/logs cannot be written); your counts are saved. You can "
        "carry on; if it happens again, tell whoever looks after the app.")  # no file to send


@pytest.mark.qt_no_exception_capture
def test_a_failing_slot_after_taps_leaves_every_tap_counted(qtbot, open_window, festival, db,
                                                            reporter, log_file):
    """A slot that fails after every write (a bug in a page refresh): the taps were
    committed before it ran, the window keeps counting, the box says so."""
    window = open_window()
    window.runner.changed.connect(explode)
    tile = next(b for b in window.counter.tile_buttons
                if b.isVisible() and b.name_label.text() == "Earplugs")

    for _ in range(3):
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        settle(qtbot, window)

    qtbot.waitUntil(lambda: len(_crash_boxes()) == 1, timeout=5_000)
    handed_out = db.execute("SELECT coalesce(sum(handed_out), 0) FROM stock_movement "
                            "WHERE kind = 'handed_out'").fetchone()[0]
    assert handed_out == 3
    assert not db.conn.in_transaction
    assert _logged(log_file).count("uncaught exception") == 3


# -- Settings → Open log folder ---------------------------------------------------------------


class _FileOpener(QObject):
    """Stands where the desktop's file manager would: Qt's own seam for a url scheme."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


def test_open_log_folder_opens_the_folder_of_the_log_file(qtbot, db_path, db, log_file):
    opener = _FileOpener()
    QDesktopServices.setUrlHandler("file", opener, "open")
    try:
        dialog = SettingsDialog(db_path, settings.read_choices(db))
        qtbot.addWidget(dialog)
        dialog.show()
        button = dialog.open_log_button
        assert button.text() == "Open log folder" and button.isEnabled()
        assert button.toolTip() == str(log_file.parent)

        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

        assert opener.opened == [QUrl.fromLocalFile(str(log_file.parent))]
        dialog.grab().save("/tmp/integrity-settings.png")
    finally:
        QDesktopServices.unsetUrlHandler("file")


# -- no personal data in the log file --------------------------------------------------------


@pytest.mark.qt_no_exception_capture
def test_no_personal_field_reaches_the_log_file_through_the_app(
        qtbot, open_window, db, db_path, festival, program, therapy_tour, hub,  # noqa: F811
        log_file,
        reporter):
    """Bookings, workshops and a recount hold canaries. The app opens every section,
    shows the therapy days, syncs to a real hub, fails a job and an uncaught slot whose
    message quotes a person: the log file has all of it, and no canary."""
    from wellness_desk.sync import enrol
    from wellness_desk.sync.log import sync_log

    enrol.connect(db, hub.url, hub.enrol("Summer Fest"),
                  activation_id=festival["activation"].id)
    logs.log_start("app", db_path.parent)
    window = open_window()
    for i in range(window.sidebar.count()):
        open_section(qtbot, window, window.sidebar.item(i).text())
    open_section(qtbot, window, "Kit counter")
    tile = next(b for b in window.counter.tile_buttons
                if b.isVisible() and b.name_label.text() == "Earplugs")
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    window.sync.sync_now()
    qtbot.waitUntil(lambda: "sync: synced, 1 cells sent" in _logged(log_file), timeout=20_000)
    assert sync_log(db)
    # A job that fails in a way no rule foresaw, quoting a canary, and a slot that does.
    window.runner.write(lambda _db: explode())
    settle(qtbot, window)
    button = QPushButton("Book")
    qtbot.addWidget(button)
    button.clicked.connect(explode)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(reporter.shown) == 1, timeout=5_000)

    text = _logged(log_file)
    assert "job failed: RuntimeError" in text and "uncaught exception" in text
    assert "app started" in text
    for canary in CANARIES:
        assert canary.lower() not in text.lower(), canary
    assert "Test Fest" not in text
