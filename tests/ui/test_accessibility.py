"""Keyboard and screen readers, per section (each page passes or fails on its own): every
control Tab can reach has a name a screen reader says, not only its group box's title; Tab
moves through the page without getting stuck, with the focus drawn; painted widgets (kit
tiles, the timeline, charts) say what they show; announcements reach assistive tech."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from tests.ui._walk import SECTIONS, at_noon_ish, open_demo_window, shown, visit
from wellness_desk.ui import i18n
from wellness_desk.ui.charts import ChartWidget
from wellness_desk.ui.timeline import TimelineView
from wellness_desk.ui.widgets import KitTileButton


def _focusable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and not isinstance(
        widget, QLabel)


def _group_title(widget: QWidget) -> str:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox):
            return parent.title().replace("&", "")
        parent = parent.parentWidget()
    return ""


def nameless(root: QWidget) -> list[str]:
    """The focusable controls under `root` a screen reader could not name."""
    found = []
    for widget in shown(root):
        if not _focusable(widget) or widget.focusProxy() is not None:
            continue
        name = widget.accessibleName().strip()
        what = f"{type(widget).__name__}({widget.objectName()})"
        if isinstance(widget, QTabBar):
            # A screen reader reads each tab by its text (the tab bar's children).
            if any(not widget.tabText(i).replace("&", "").strip()
                   for i in range(widget.count())):
                found.append(f"{what}: a tab with no text")
        elif isinstance(widget, QAbstractButton):
            if not name and not widget.text().replace("&", "").strip():
                found.append(f"{what}: a button with no text and no accessible name")
        elif not name:
            found.append(f"{what}: no accessible name")
        if (isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox)) and name
                and name == _group_title(widget)):
            found.append(f"{what}: named only after its group box ({name!r})")
    return found


@pytest.fixture
def demo_window(qtbot, demo_dir, drawing):
    with at_noon_ish():
        window = open_demo_window(qtbot, demo_dir, drawing)
        yield window
        window.runner.stop()


@pytest.mark.parametrize("index", range(len(SECTIONS)), ids=SECTIONS)
def test_every_control_has_a_name(qtbot, demo_window, index):
    page = visit(qtbot, demo_window, index)
    found = nameless(page)
    assert not found, f"{SECTIONS[index]}:\n" + "\n".join(found)


@pytest.mark.parametrize("index", range(len(SECTIONS)), ids=SECTIONS)
def test_tab_moves_through_the_page_with_the_focus_drawn(qtbot, demo_window, index):
    window = demo_window
    page = visit(qtbot, window, index)
    controls = [w for w in shown(page) if _focusable(w) and w.isEnabled()]
    if not controls:
        pytest.skip(f"{SECTIONS[index]} shows no control on the demo's data")
    window.activateWindow()
    controls[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    visited: list[QWidget] = []
    stuck = []
    for _ in range(len(controls) + 2):
        before = QApplication.focusWidget()
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        after = QApplication.focusWidget()
        if after is before:
            stuck.append(f"{type(before).__name__}({before.objectName()}) keeps the focus")
            break
        if after is not None:
            visited.append(after)
            # Fusion under the design's style sheet (design.apply), whose :focus rules
            # draw the ring; the widget must really have the focus.
            assert after.hasFocus() and QApplication.style().metaObject().className() in (
                "QFusionStyle", "QStyleSheetStyle")
    reached = [w for w in visited if w is page or page.isAncestorOf(w)]
    assert not stuck, f"{SECTIONS[index]}: Tab is stuck: " + "; ".join(stuck)
    assert len(set(map(id, reached))) >= min(2, len(controls)), (
        f"{SECTIONS[index]}: Tab never moved between the page's controls")


def _accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


@pytest.mark.parametrize("index", range(len(SECTIONS)), ids=SECTIONS)
def test_painted_widgets_say_what_they_show(qtbot, demo_window, index):
    page = visit(qtbot, demo_window, index)
    painted = [w for w in shown(page)
               if isinstance(w, (KitTileButton, TimelineView, ChartWidget))]
    found = [f"{type(w).__name__}: no accessible name" for w in painted
             if not _accessible_name(w).strip()]
    assert not found, f"{SECTIONS[index]}:\n" + "\n".join(found)


def test_the_name_check_fails_on_a_nameless_field(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    group = QGroupBox("Help line", page)
    bare = QLineEdit(group)
    after_group = QLineEdit(group)
    after_group.setAccessibleName("Help line")
    named = QLineEdit(group)
    named.setAccessibleName("Help line number")
    page.show()
    qtbot.waitExposed(page)
    found = nameless(page)
    assert len(found) == 2
    assert "no accessible name" in found[0] and "only after its group box" in found[1]
    assert bare.isVisible() and named.isVisible()


def test_announce_sends_an_announcement_a_screen_reader_reads(qtbot, monkeypatch):
    """PySide6 has no QAccessible.installUpdateHandler: the event announce() hands to
    QAccessible.updateAccessibility is watched there instead, and read back."""
    label = QLabel("Kits")
    qtbot.addWidget(label)
    sent = []
    real = QAccessible.updateAccessibility

    def watch(event):
        sent.append((event.type(), event.message(), event.politeness(), event.object()))
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(watch))
    i18n.announce(label, "Saved")
    i18n.announce(label, "FULL", assertive=True)
    polite, assertive = QAccessible.AnnouncementPoliteness.Polite, \
        QAccessible.AnnouncementPoliteness.Assertive
    assert sent == [(QAccessible.Event.Announcement, "Saved", polite, label),
                    (QAccessible.Event.Announcement, "FULL", assertive, label)]
