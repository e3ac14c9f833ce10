"""File → Settings: a mistake keeps the dialog open with what was typed, the error beside it."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import settle
from wellness_desk import settings
from wellness_desk.ui.settings_dialog import SettingsDialog


def _drive_settings(qtbot, window, steps) -> None:
    """Open Settings from the window as a person would and run `steps(dialog)` in it (it is
    modal: it runs its own event loop until closed)."""
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
    settle(qtbot, window)


def test_a_mistake_keeps_settings_open_with_what_was_typed_and_the_error_beside_it(
        qtbot, open_window, db):
    window = open_window()
    seen: dict[str, object] = {}

    def steps(dialog: SettingsDialog) -> None:
        qtbot.keyClicks(dialog.help_line_name, "Music Minds Matter")
        qtbot.keyClicks(dialog.help_line_number, "+1 555 0100")
        dialog.hub_url.setText("")
        qtbot.keyClicks(dialog.hub_url, "backline.care")
        dialog.help_line_required.setChecked(True)
        dialog.ok_button.click()
        qtbot.wait(50)
        number_error = dialog.checked["help_line_number"].error
        hub_error = dialog.checked["hub_url"].error
        seen["open after OK"] = dialog.isVisible()
        seen["number error"] = number_error.text() if number_error.isVisible() else None
        seen["hub error"] = hub_error.text() if hub_error.isVisible() else None
        seen["name error shown"] = dialog.checked["help_line_name"].error.isVisible()
        seen["kept"] = (dialog.help_line_name.text(), dialog.help_line_number.text(),
                        dialog.hub_url.text(), dialog.help_line_required.isChecked())
        seen["focus"] = dialog.focusWidget() is dialog.hub_url
        # The error sits with its field: the same form row, right under it.
        field, error = dialog.help_line_number, number_error
        seen["beside"] = (error.parentWidget() is field.parentWidget()
                          and error.geometry().top() >= field.geometry().bottom())
        # Fixed: OK closes the dialog and saves.
        dialog.help_line_number.setText("")
        qtbot.keyClicks(dialog.help_line_number, "+44 800 088 2045")
        dialog.hub_url.setText("https://backline.care/r/")
        dialog.ok_button.click()
        seen["closed by OK"] = (not dialog.isVisible()
                                and dialog.result() == SettingsDialog.DialogCode.Accepted)

    _drive_settings(qtbot, window, steps)
    assert seen["open after OK"] is True
    assert seen["number error"] == (
        "Help line number: '+1 555 0100' is not a real number (555-01xx numbers are "
        "fictional in North America): put your help line's own number")
    assert seen["hub error"] == "Hub address: 'backline.care' is not a web address (https://…)"
    assert seen["name error shown"] is False
    assert seen["kept"] == ("Music Minds Matter", "+1 555 0100", "backline.care", True)
    assert seen["focus"] is True and seen["beside"] is True
    assert seen["closed by OK"] is True
    assert settings.help_line(db) == settings.HelpLine("Music Minds Matter",
                                                       "+44 800 088 2045", required=True)
    assert settings.hub_url(db) == "https://backline.care/r/"


def test_cancel_after_a_mistake_saves_nothing(qtbot, open_window, db):
    window = open_window()

    def steps(dialog: SettingsDialog) -> None:
        qtbot.keyClicks(dialog.help_line_number, "555-0123")
        dialog.ok_button.click()
        assert dialog.isVisible()
        dialog.reject()

    _drive_settings(qtbot, window, steps)
    assert settings.help_line(db) == settings.HelpLine()


def test_settings_fits_the_screen_with_ok_and_cancel_in_view(qtbot, open_window, db):
    """Taller than the test's 800×600 screen as a form: its groups scroll, OK and Cancel
    stay on screen (the help line's field is scrolled to: test_resources_ui)."""
    window = open_window()
    seen: dict[str, object] = {}

    def steps(dialog: SettingsDialog) -> None:
        qtbot.wait(20)
        room = dialog.screen().availableGeometry().height()
        seen["fits"] = dialog.frameGeometry().height() <= room
        seen["ok shown"] = not dialog.ok_button.visibleRegion().isEmpty()
        seen["scrolls"] = dialog.groups_scroll.verticalScrollBar().maximum() > 0

    _drive_settings(qtbot, window, steps)
    assert seen == {"fits": True, "ok shown": True, "scrolls": True}
