"""Open the main window on the demo's data at a fixed hour, visit a section, and walk what it
shows: shared by the pseudo-locale and the accessibility tests."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from tests.conftest import NOON_ISH
from wellness_desk import clock
from wellness_desk.paths import db_path
from wellness_desk.ui import design
from wellness_desk.ui.main_window import MainWindow

# The sections, in the sidebar's order (ids of the per-section tests; test_sections_listed
# keeps this list the window's).
SECTIONS = ("Today", "Kit counter", "Resources", "Schedule", "Therapy days", "Print",
            "Kit catalogue", "Activations", "Sync")
SIZE = (1280, 720)


@contextmanager
def at_noon_ish() -> Iterator[None]:
    """The laptop's clock reads the demo's hour (NOON_ISH) for the block."""
    with clock.set_wrong(NOON_ISH - datetime.now(UTC)):
        yield


def open_demo_window(qtbot, data_dir: str, drawing) -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    design.apply(app, "light")
    window = MainWindow(db_path(data_dir), drawing=drawing)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    with qtbot.waitSignal(window.ready, timeout=15_000):
        window.show()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15_000)
    return window


def visit(qtbot, window: MainWindow, index: int) -> QWidget:
    window.sidebar.setCurrentRow(index)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15_000)
    qtbot.wait(20)  # queued layouts and repaints
    return window.stack.currentWidget()


def shown(root: QWidget) -> list[QWidget]:
    """`root` and every widget under it that is on screen."""
    return [w for w in [root, *root.findChildren(QWidget)] if w.isVisible()]


def data_words(data_dir: str) -> set[str]:
    """Every word the database holds (names of kits, places, sessions, people): shown as
    they are, never translated."""
    words: set[str] = set()
    con = sqlite3.connect(Path(db_path(data_dir)))
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in con.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str):
                        words.update(w.lower() for w in re.findall(r"[^\W\d_]+", value))
    finally:
        con.close()
    return words
