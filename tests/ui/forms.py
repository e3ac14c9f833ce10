"""Driving the app's forms (ui/forms.FormDialog) as a person would: click, type, OK."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import settle


def click(qtbot, button):
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_form(qtbot, page, button):
    """Click the button that opens a form, as a person would; the open form."""
    click(qtbot, button)
    qtbot.waitUntil(lambda: page.form is not None and page.form.isVisible(), timeout=5_000)
    assert QApplication.activeModalWidget() is page.form
    return page.form


def press_ok(qtbot, window, form):
    click(qtbot, form.ok_button)
    settle(qtbot, window)


def gone(form):
    """The dialog closed (Qt deletes a closed form once nothing waits on it)."""
    return not shiboken6.isValid(form) or not form.isVisible()


def type_into(qtbot, edit, text):
    edit.clear()
    qtbot.keyClicks(edit, text)
