"""The window's chrome: a new language without a restart, Help's shortcuts and About, the
header's place, the sidebar's icons in light and dark, and no clipped text at 1280×720 and
at 150 % scaling.

Run as a script (`python tests/ui/test_shell_design.py`), this module opens the demo in the
main window, styled, at 1280×720 and prints every clipped text of its chrome: the test
below runs it with QT_SCALE_FACTOR=1 and 1.5 (the factor is read when Qt starts)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget

from wellness_desk import __version__, activations, kits
from wellness_desk.ui import design
from wellness_desk.ui.main_window import (
    SHORTCUTS,
    MainWindow,
    keys_text,
    section_titles,
    sequences,
    where_today,
)

REPO = Path(__file__).resolve().parents[2]


class Bracketing(QTranslator):
    """A language of its own: every text of the interface in brackets, so a text that did
    not change is one not asked of the translators again."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"[{source}]"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def bracketing(qapp):
    translator = Bracketing()
    yield translator
    QCoreApplication.removeTranslator(translator)


def sidebar_texts(window: MainWindow) -> list[str]:
    return [window.sidebar.item(i).text() for i in range(window.sidebar.count())]


def test_a_new_language_reaches_the_chrome_and_rebuilds_pages_without_a_restart(
        qtbot, open_window, festival, bracketing):
    window = open_window(section="Kit catalogue")
    # Every page built first: none of them may hold the rebuild up or break it.
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    window.sidebar.setCurrentRow([key for key, _ in window.sections].index("Kit catalogue"))
    catalogue, counter = window.catalogue, window.counter
    assert sidebar_texts(window)[0] == "Today"
    QCoreApplication.installTranslator(bracketing)
    qtbot.waitUntil(lambda: sidebar_texts(window)[0] == "[Today]", timeout=5_000)
    assert sidebar_texts(window) == [f"[{key}]" for key, _ in window.sections]
    assert window.header_title.text() == "[Kit catalogue]"
    assert window.help_menu.title() == "[&Help]"
    assert window.shortcuts_action.text() == "[&Keyboard shortcuts]"
    # The page shown and the kit counter were built again, in the new language (the
    # others on their next visit); the catalogue is still the section shown.
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    assert window.catalogue is not catalogue
    assert window.stack.currentWidget() is window.catalogue
    assert window.counter is not counter
    assert window.stack.indexOf(window.counter) == 1
    assert sorted(window._pages) == [1, window.sidebar.currentRow()]
    # What the old pages listened to reaches none of them now they are gone.
    window.sync.status_changed.emit("Sync: not connected to a hub")
    window.directory_changed.emit()
    window.runner.changed.emit()
    qtbot.waitUntil(lambda: not window.runner.busy and not window.directory.busy,
                    timeout=10_000)
    # The new counter is the one the window taps with and listens to.
    open_section = [key for key, _ in window.sections].index("Kit counter")
    window.sidebar.setCurrentRow(open_section)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    window.counter.tap_index(0)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    assert window.stack.currentWidget() is window.counter
    QCoreApplication.removeTranslator(bracketing)
    qtbot.waitUntil(lambda: sidebar_texts(window)[0] == "Today", timeout=5_000)


def test_a_rebuilt_page_speaks_the_new_language(qtbot, open_window, festival, bracketing):
    window = open_window(section="Kit catalogue")
    QCoreApplication.installTranslator(bracketing)
    qtbot.waitUntil(lambda: sidebar_texts(window)[0] == "[Today]", timeout=5_000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    texts = [label.text() for label in window.catalogue.findChildren(QLabel) if label.text()]
    assert texts and all(text.startswith("[") for text in texts), texts


def test_f1_lists_every_shortcut_by_group(qtbot, open_window, festival):
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert dialog is not None and dialog.isVisible()
    table = dialog.findChild(QTableWidget, "shortcuts")
    rows = [tuple(table.item(r, c).text() if table.item(r, c) else "" for c in (0, 1))
            for r in range(table.rowCount())]
    for line in SHORTCUTS:
        assert (keys_text(line), line.what) in rows
    groups = [keys for keys, what in rows if not what]
    assert groups == ["Everywhere", "Kit counter", "Resources", "Schedule", "Therapy days",
                      "Print", "Dialogs"]
    undo = next(keys for keys, what in rows if what == "Undo the last hand-out")
    assert "Ctrl+Z" in undo
    assert ("1 … 9", "Hand out one kit of the first … ninth tile") in rows
    dialog.reject()
    assert window.help_dialog is None


def test_every_shortcut_of_the_window_is_listed(qtbot, open_window, festival):
    window = open_window()
    listed = {sequence.toString() for line in SHORTCUTS for sequence in sequences(line.keys)}
    for action in (window.settings_action, window.quit_action, window.shortcuts_action):
        for sequence in action.shortcuts():
            assert sequence.toString() in listed, action.text()
    # And every page's: its QShortcuts, and the keys set on its buttons ("1 … 9": each).
    for line in SHORTCUTS:
        first, last = line.keys[0], line.keys[-1]
        if line.span and isinstance(first, str) and isinstance(last, str):
            prefix = first[:-1]
            listed |= {prefix + chr(c) for c in range(ord(first[-1]), ord(last[-1]) + 1)}
    from PySide6.QtGui import QShortcut
    from PySide6.QtWidgets import QAbstractButton

    for index in range(window.sidebar.count()):
        page = window.page(index)
        for shortcut in page.findChildren(QShortcut):
            assert shortcut.key().toString() in listed, (index, shortcut.key().toString())
        for button in page.findChildren(QAbstractButton):
            key = button.shortcut().toString()
            if key and not key.startswith("Alt+"):  # Alt+letter: the underlined letter
                assert key in listed, (index, button.text(), key)


def test_about_says_the_version_and_opens_the_data_folder(qtbot, open_window, festival,
                                                         monkeypatch, db_path):
    window = open_window()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.about_action.trigger()
    dialog = window.help_dialog
    assert dialog is not None and dialog.isVisible()
    assert __version__ in dialog.findChild(QLabel, "about-version").text()
    assert dialog.findChild(QLabel, "about-folder").text() == str(db_path.parent)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "MIT licence" in texts
    from PySide6.QtWidgets import QPushButton

    dialog.findChild(QPushButton, "open-data-folder").click()
    assert [url.toLocalFile() for url in opened] == [str(db_path.parent)]


def test_ctrl_and_a_number_opens_that_section(qtbot, open_window, festival):
    window = open_window(section=None)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    assert window.stack.currentWidget() is window.catalogue
    assert window.header_title.text() == section_titles()["Kit catalogue"]


def test_the_header_names_the_tour_stop_of_today_else_the_next(db):
    tour = activations.create_activation(
        db, name="Autumn Tour", kind="tour", start=date(2026, 10, 1), end=date(2026, 10, 9),
        tz="Europe/London")
    activations.set_current_activation(db, tour.id)
    activations.add_tour_stop(db, activation_id=tour.id, stop_date=date(2026, 10, 3),
                              city="Paris", venue="Olympia", tz="Europe/Paris")
    activations.add_tour_stop(db, activation_id=tour.id, stop_date=date(2026, 10, 6),
                              city="Chicago", venue="Metro", tz="America/Chicago")
    # 23:30 UTC on the 2nd is already the 3rd in Paris: today's stop.
    where = where_today(db, None, datetime(2026, 10, 2, 23, 30, tzinfo=UTC))
    assert (where.place.city, where.today) == ("Paris", True)
    where = where_today(db, None, datetime(2026, 10, 4, 12, 0, tzinfo=UTC))
    assert (where.place.city, where.today) == ("Chicago", False)
    # After the last show: the last stop.
    where = where_today(db, None, datetime(2026, 10, 8, 12, 0, tzinfo=UTC))
    assert (where.place.city, where.today) == ("Chicago", False)


def test_the_header_says_the_counters_place_and_zone(qtbot, open_window, festival, db):
    bar = activations.add_location(db, activation_id=festival["activation"].id,
                                   name="Bar tent")
    kits.receive_stock(db, kit_type_id=festival["earplugs"].id, location_id=bar.id, count=3)
    window = open_window()
    assert window.activation_label.text() == "Test Fest · Wellness tent"
    assert window.zone_label.text() == "Festival · times in Europe/London"
    box = window.counter.location_box
    box.setCurrentIndex(box.findData(bar.id))
    box.activated.emit(box.currentIndex())
    qtbot.waitUntil(lambda: window.activation_label.text() == "Test Fest · Bar tent",
                    timeout=5_000)


def test_the_sidebar_icons_follow_light_and_dark(qtbot, open_window, festival, qapp):
    window = open_window()

    def ink() -> str:
        image = window.sidebar.item(0).icon().pixmap(20, 20).toImage()
        solid = {image.pixelColor(x, y).name().upper() for x in range(20) for y in range(20)
                 if image.pixelColor(x, y).alpha() == 255}
        assert len(solid) == 1, solid  # one ink, where the stroke covers the pixel whole
        return solid.pop()

    try:
        design.apply(qapp, "light")
        assert ink() == design.LIGHT.text
        design.apply(qapp, "dark")
        assert ink() == design.DARK.text
    finally:
        design.apply(qapp, "light")
        qapp.setStyleSheet("")


@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_no_text_of_the_chrome_is_clipped_at_1280_by_720(scale, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "WELLNESS_DESK_DATA"}
    env |= {"QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale,
            "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, __file__, str(tmp_path)], capture_output=True,
                          text=True, env=env, timeout=120, cwd=REPO)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "checked" in done.stdout, done.stdout
    clipped = [line for line in done.stdout.splitlines() if line.startswith("clipped")]
    assert not clipped, "\n".join(clipped)


def test_the_app_started_has_the_design_style_sheet_once_its_window_is_built(qtbot, tmp_path):
    """start() sets the style sheet after building the window (design.apply_sheet): the
    window shown has it all the same."""
    from PySide6.QtWidgets import QApplication

    from wellness_desk.cli import main
    from wellness_desk.paths import DB_FILENAME
    from wellness_desk.ui.app import start

    assert main(["--data-dir", str(tmp_path), "demo"]) == 0
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet("")
    window = start(tmp_path / DB_FILENAME)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    try:
        assert window.isVisible()
        assert app.styleSheet() == design.style_sheet(design.colours())
    finally:
        window.close()
        window.runner.stop()


# -- the script test_no_text_of_the_chrome_is_clipped_at_1280_by_720 runs ----------------


def clipped_texts(window: MainWindow) -> tuple[list[str], int]:
    """Every text of the chrome (sidebar, header, menu bar, status bar) that does not fit
    where it is drawn, and how many texts were checked."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QAbstractButton

    found: list[str] = []
    checked = 0
    bold = window.sidebar.font()
    bold.setWeight(bold.Weight.DemiBold)
    metrics = QFontMetrics(bold)
    room = window.sidebar.viewport().width()
    for row in range(window.sidebar.count()):
        item = window.sidebar.item(row)
        rect = window.sidebar.visualItemRect(item)
        # The style sheet's item padding (s) on both sides, the icon and its gap.
        need = (metrics.horizontalAdvance(item.text()) + window.sidebar.iconSize().width()
                + 2 * design.SPACE.s + design.SPACE.s)
        checked += 1
        if need > min(rect.width(), room) or metrics.height() > rect.height():
            found.append(f"clipped sidebar {item.text()!r}: needs {need} px, has "
                         f"{min(rect.width(), room)}")
    parts = [window.header, window.statusBar()]
    for part in parts:
        for label in part.findChildren(QLabel):
            if not label.isVisible() or not label.text():
                continue
            checked += 1
            width = label.contentsRect().width()
            if label.wordWrap():
                if label.heightForWidth(width) > label.contentsRect().height():
                    found.append(f"clipped {label.objectName()} {label.text()!r}")
            elif label.fontMetrics().horizontalAdvance(label.text()) > width:
                found.append(f"clipped {label.objectName()} {label.text()!r}: "
                             f"{label.fontMetrics().horizontalAdvance(label.text())} > {width}")
        for button in part.findChildren(QAbstractButton):
            if button.isVisible() and button.text():
                checked += 1
                if button.sizeHint().width() > button.width():
                    found.append(f"clipped button {button.text()!r}")
    if window.width() > 1280 or window.minimumSizeHint().width() > 1280:
        found.append(f"clipped window: {window.minimumSizeHint().width()} px wide at least, "
                     "more than the screen's 1280")
    bar = window.menuBar()
    checked += len(bar.actions())
    if bar.sizeHint().width() > bar.width():
        found.append("clipped menu bar: not every menu's title fits")
    for action in bar.actions():
        if bar.actionGeometry(action).right() > bar.width():
            found.append(f"clipped menu {action.text()!r}")
    return found, checked


def main(folder: Path) -> int:
    from PySide6.QtCore import QEventLoop, QTimer

    from wellness_desk.db import connect
    from wellness_desk.demo import seed

    path = folder / "wellness-desk.sqlite3"
    database = connect(path)
    seed(database, now=datetime(2026, 7, 4, 14, 30, tzinfo=UTC))
    database.close()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    design.apply(app, "light")
    window = MainWindow(path)
    window.resize(1280, 720)
    loop = QEventLoop()
    window.ready.connect(loop.quit)
    QTimer.singleShot(20_000, loop.quit)
    window.show()
    loop.exec()
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        while window.runner.busy:
            app.processEvents()
        app.processEvents()
        # A text that changed just now (the sync worker's, from its thread) is laid out
        # before it is painted: measure after the layouts did their work, as a person sees.
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        found, checked = clipped_texts(window)
        title = window.sidebar.item(row).text()
        for line in found:
            print(f"{line} (on {title})")
    print(f"checked {checked} texts at {window.width()}×{window.height()}, scale "
          f"{os.environ.get('QT_SCALE_FACTOR', '1')}")
    window.close()
    window.runner.stop()
    return 0


if __name__ == "__main__":
    code = main(Path(sys.argv[1]))
    sys.stdout.flush()
    # Out at once: a worker thread still ending (the sync's, told to stop) and the
    # interpreter tearing Qt's objects down could meet; the measuring is done.
    os._exit(code)



def test_a_long_page_title_gives_way_to_the_buttons_beside_it(qtbot):
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

    from wellness_desk.ui.widgets import page_title

    full = "Schedule · " + "Riverside Sound Festival and Friends " * 4
    row = QWidget()
    layout = QHBoxLayout(row)
    title = page_title(full)
    button = QPushButton("New workshop…")
    layout.addWidget(title, 1)
    layout.addWidget(button)
    qtbot.addWidget(row)
    row.resize(500, 60)
    row.show()
    qtbot.waitExposed(row)
    assert button.width() >= button.sizeHint().width()
    shown = title.text()
    assert shown.endswith("…") and shown != full
    assert QFontMetrics(title.font()).horizontalAdvance(shown) <= title.contentsRect().width()
    assert title.toolTip() == full and title.accessibleName() == full
    row.resize(3000, 60)
    qtbot.waitUntil(lambda: title.text() == full)
    assert title.toolTip() == ""
