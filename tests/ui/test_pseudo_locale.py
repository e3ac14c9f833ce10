"""Every page in a pseudo-locale: each translated string comes back about 40 % longer and in
brackets, so a text without "[" did not go through tr(), and a text that no longer fits its
widget would be clipped in German or French too. One test per section (each page passes or
fails on its own), and one for the main dialogs; the demo's data at a fixed hour, at
1280×720."""

from __future__ import annotations

import math
import re

import pytest
from PySide6.QtCore import QRect, Qt, QTranslator
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabBar,
    QWidget,
)

from tests.ui._walk import (
    SECTIONS,
    at_noon_ish,
    data_words,
    open_demo_window,
    shown,
    visit,
    without_data,
)
from wellness_desk import settings
from wellness_desk.db import connect
from wellness_desk.paths import db_path

# What a translator must keep as it is: placeholders, plural and numbered markers, an
# accelerator with its letter, HTML tags and entities.
_KEEP = re.compile(r"(\{[^{}]*\}|%n|%L?\d|&&|&\w|<[^>]+>|&[a-z]+;|&#\d+;)")
_LONGER = {"a": "aà", "e": "eé", "i": "iî", "o": "oô", "u": "uü",
           "A": "AÀ", "E": "EÉ", "I": "IÎ", "O": "OÔ", "U": "UÜ"}


def pseudo(source: str) -> str:
    """`source` lengthened by about 40 % (vowels doubled, padded to 1.4× with "~"), in
    brackets; placeholders, %n, accelerators and tags untouched."""
    parts = _KEEP.split(source)
    out = "".join(part if i % 2 else "".join(_LONGER.get(ch, ch) for ch in part)
                  for i, part in enumerate(parts))
    pad = max(0, math.ceil(len(source) * 1.4) - len(out) - 2)
    return f"[{out}{'~' * pad}]"


class PseudoTranslator(QTranslator):
    """Translates everything, Qt's own words too, into the pseudo-locale."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return pseudo(source) if source else source

    def isEmpty(self) -> bool:
        return False


def test_pseudo_keeps_what_a_translator_must():
    text = pseudo("Undo &tap for {name}: %n kit(s) <b>now</b>")
    assert text.startswith("[") and text.endswith("]")
    for kept in ("&t", "{name}", "%n", "<b>", "</b>"):
        assert kept in text
    assert len(text) >= 1.4 * len("Undo &tap for {name}: %n kit(s) <b>now</b>")


@pytest.fixture
def pseudo_locale(qapp):
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).replace("&nbsp;", " ").replace("&amp;", "&")


def _untranslated(text: str, allowed: set[str]) -> bool:
    """A shown text that did not go through tr(): no bracket, and a word that is not the
    data's (numbers, symbols and names from the database are shown as they are)."""
    text = _plain(text)
    if "[" in text:
        return False
    return any(word not in allowed
               for word in re.findall(r"[^\W\d_]+", without_data(text, allowed)))


def _clipped(widget: QWidget) -> str | None:
    """Why the widget's text does not fit it, or None."""
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return None
        if widget.textFormat() != Qt.TextFormat.PlainText and "<" in text:
            text = _plain(text)
        if widget.buddy() is not None:  # its & marks the shortcut key: not drawn
            text = re.sub(r"&(.)", r"\1", text)
        fm = QFontMetrics(widget.font())
        room = widget.contentsRect().adjusted(widget.margin(), widget.margin(),
                                              -widget.margin(), -widget.margin())
        if widget.wordWrap():
            need = fm.boundingRect(QRect(0, 0, room.width(), 100_000),
                                   int(Qt.TextFlag.TextWordWrap), text).height()
            if need > room.height() + 1:
                return f"needs {need} px of height, has {room.height()}"
        else:
            need = max(fm.horizontalAdvance(line) for line in text.split("\n"))
            if need > room.width() + 1:
                return f"needs {need} px of width, has {room.width()}"
        if "[" in text and "]" not in text and "…" in text and not widget.toolTip():
            return "elided without a tooltip"
        return None
    if (isinstance(widget, (QPushButton, QAbstractButton)) and widget.text()
            and widget.width() + 1 < widget.sizeHint().width()):
        return f"needs {widget.sizeHint().width()} px of width, has {widget.width()}"
    return None


def problems(root: QWidget, allowed: set[str]) -> list[str]:
    found = []
    for widget in shown(root):
        name = f"{type(widget).__name__}({widget.objectName() or ''})"
        texts: list[str] = []
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            texts += [str(widget.model().headerData(i, widget.orientation()) or "")
                      for i in range(widget.count()) if not widget.isSectionHidden(i)]
        if widget.isWindow():
            texts.append(widget.windowTitle())
        for text in texts:
            if text and _untranslated(text, allowed):
                found.append(f"{name}: not through tr(): {text[:70]!r}")
        why = _clipped(widget)
        if why:
            found.append(f"{name}: clipped {why}: {getattr(widget, 'text', lambda: '')()!r}")
    return found


@pytest.fixture
def demo_window(qtbot, demo_dir, drawing, pseudo_locale):
    with at_noon_ish():
        window = open_demo_window(qtbot, demo_dir, drawing)
        yield window, data_words(demo_dir)
        window.runner.stop()


def test_sections_listed(qtbot, demo_window):
    window, _ = demo_window
    assert window.sidebar.count() == len(SECTIONS)


@pytest.mark.parametrize("index", range(len(SECTIONS)), ids=SECTIONS)
def test_section_in_pseudo_locale(qtbot, demo_window, index):
    window, allowed = demo_window
    page = visit(qtbot, window, index)
    found = problems(page, allowed)
    assert not found, f"{SECTIONS[index]}:\n" + "\n".join(found)


def test_window_around_the_pages_in_pseudo_locale(qtbot, demo_window):
    """The sidebar, menus, status bar and title: the main window's own words."""
    window, allowed = demo_window
    page = visit(qtbot, window, 0)
    pages = set(shown(page))
    found = [p for p in problems(window, allowed) if not any(
        p.startswith(f"{type(w).__name__}(") for w in pages)]
    texts = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    texts += [a.text() for a in window.menuBar().actions()]
    texts += [a.text() for m in window.menuBar().actions() if m.menu()
              for a in m.menu().actions() if not a.isSeparator()]
    found += [f"sidebar or menu: not through tr(): {t!r}" for t in texts
              if _untranslated(t, allowed)]
    assert not found, "Main window:\n" + "\n".join(found)


def test_settings_dialog_in_pseudo_locale(qtbot, demo_window, demo_dir):
    from wellness_desk.ui.settings_dialog import SettingsDialog

    window, allowed = demo_window
    database = connect(db_path(demo_dir))
    try:
        choices = settings.read_choices(database)
    finally:
        database.close()
    dialog = SettingsDialog(db_path(demo_dir), choices, window, sync_status="",
                            runner=window.runner, connect_hub=lambda _: None,
                            restore_backup=lambda _: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    qtbot.wait(20)
    # The data folder's path and the sync status are the laptop's, not words of ours.
    allowed |= {w.lower() for w in re.findall(r"[^\W\d_]+", str(db_path(demo_dir)))}
    found = problems(dialog, allowed)
    assert not found, "Settings:\n" + "\n".join(found)


def test_connect_dialog_in_pseudo_locale(qtbot, demo_window):
    window, allowed = demo_window
    visit(qtbot, window, SECTIONS.index("Sync"))
    dialog = window.sync_page.open_connect_dialog(window)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.wait(20)
    found = problems(dialog, allowed)
    dialog.reject()
    assert not found, "Connect:\n" + "\n".join(found)


def test_the_checks_fail_on_english_and_on_clipped_text(qtbot, pseudo_locale):
    page = QWidget()
    qtbot.addWidget(page)
    english = QLabel("Kits handed out", page)  # a literal: never through tr()
    english.setGeometry(0, 0, 400, 30)
    clipped = QLabel(page.tr("A long sentence that cannot fit"), page)
    clipped.setGeometry(0, 40, 60, 30)
    fits = QLabel(page.tr("Fits"), page)
    fits.setGeometry(0, 80, 400, 30)
    page.resize(420, 120)
    page.show()
    qtbot.waitExposed(page)
    found = problems(page, set())
    assert any("not through tr(): 'Kits handed out'" in f for f in found)
    assert any("clipped needs" in f and "A long" not in f for f in found)
    assert not any("Fits" in f for f in found)
    assert len(found) == 2
    assert isinstance(QApplication.instance(), QApplication)
