"""The coordinator's enrolment code says where to type it: that place exists in the app."""

from __future__ import annotations

import re

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QGroupBox

from wellness_desk.ui.settings_dialog import SettingsDialog
from wellness_hub.cli import main as hub_main

WAIT = 15_000


def _plain(text: str) -> str:
    return text.replace("&", "").rstrip("…").strip()


def test_the_path_wellness_hub_enroll_names_leads_to_the_sync_hub_settings(
        qtbot, open_window, tmp_path, capsys):
    assert hub_main(["--db", f"sqlite:///{tmp_path / 'hub.sqlite3'}", "enroll",
                     "--activation", "Summer Fest 2026"]) == 0
    hint = re.search(r"On the laptop: (.+?), or", capsys.readouterr().out)
    assert hint is not None
    menu_name, action_name, group_name = hint.group(1).split(" → ")

    window = open_window()
    menus = {_plain(a.text()): a.menu() for a in window.menuBar().actions()}
    assert menu_name in menus, f"no menu {menu_name!r} in {sorted(menus)}"
    actions = {_plain(a.text()): a for a in menus[menu_name].actions()}
    assert action_name in actions, f"no {action_name!r} in the {menu_name} menu"

    titles: list[str] = []
    poll = QTimer()
    poll.setInterval(20)

    def when_open() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SettingsDialog):
            poll.stop()
            titles.extend(box.title() for box in dialog.findChildren(QGroupBox))
            dialog.reject()

    poll.timeout.connect(when_open)
    poll.start()
    actions[action_name].trigger()
    qtbot.waitUntil(lambda: bool(titles), timeout=WAIT)
    assert any(title.startswith(group_name) for title in titles), titles
