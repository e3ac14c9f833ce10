"""Open the main window on the demo's data at a fixed hour, visit a section, and walk what it
shows: shared by the pseudo-locale and the accessibility tests."""

from __future__ import annotations

import json
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
    # The shipped directory too: the Resources page then always shows its cards.
    qtbot.waitUntil(lambda: not window.runner.busy and not window.directory.busy,
                    timeout=15_000)
    return window


def visit(qtbot, window: MainWindow, index: int) -> QWidget:
    window.sidebar.setCurrentRow(index)
    qtbot.waitUntil(lambda: not window.runner.busy and not window.directory.busy,
                    timeout=15_000)
    qtbot.wait(20)  # queued layouts and repaints
    return window.stack.currentWidget()


def shown(root: QWidget) -> list[QWidget]:
    """`root` and every widget under it that is on screen."""
    return [w for w in [root, *root.findChildren(QWidget)] if w.isVisible()]


def data_words(data_dir: str) -> set[str]:
    """Every word the database holds (names of kits, places, sessions, people), the
    resource directory's texts whole (names of services and their lines), and the
    countries and languages as the directory's labels name them: shown as they are, never
    through tr(). An entry with a space is a whole text (see `without_data`)."""
    from wellness_desk import resource_labels
    from wellness_desk.resources.store import store_path

    words: set[str] = set()
    labels = [name for names in resource_labels.COUNTRIES.values() for name in names]
    labels += list(resource_labels.LANGUAGE_NAMES.values())
    for label in labels:
        words.update(w.lower() for w in re.findall(r"[^\W\d_]+", label))
    words |= _words_in(Path(db_path(data_dir)))
    directory = store_path(Path(data_dir))
    if directory.exists():
        words |= _record_words(directory)
    return words


def _record_words(path: Path) -> set[str]:
    """The directory's texts, each whole ("Text SHOUT to 85258"): a shown text may hold
    them as they are, but their words one by one would let a label of ours ("Open 24/7")
    pass untranslated. Its JSON keys are not on screen."""
    def values(node: object) -> Iterator[str]:
        if isinstance(node, str):
            yield node
        elif isinstance(node, dict):
            for value in node.values():
                yield from values(value)
        elif isinstance(node, list):
            for value in node:
                yield from values(value)

    words: set[str] = set()
    con = sqlite3.connect(path)
    try:
        for table in ("organization", "service_record"):
            for (record,) in con.execute(f"SELECT record FROM {table}"):
                words.update(" ".join(text.lower().split())
                             for text in values(json.loads(record)))
    finally:
        con.close()
    return words


def _words_in(path: Path) -> set[str]:
    words: set[str] = set()
    con = sqlite3.connect(path)
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


def without_data(text: str, allowed: set[str]) -> str:
    """`text` (lower case) with the whole data texts of `allowed` taken out."""
    low = " ".join(text.lower().split())
    for phrase in sorted((p for p in allowed if " " in p), key=len, reverse=True):
        if phrase in low:
            low = low.replace(phrase, " ")
    return low
