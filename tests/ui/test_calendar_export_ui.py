"""Calendar (.ics) export from the Schedule section, as a coordinator does it."""

from __future__ import annotations

from datetime import date, time

import pytest
from icalendar import Calendar
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.ui.conftest import open_section, settle
from wellness_desk import schedule


@pytest.fixture
def save_as(monkeypatch):
    """The Save dialog answers with a chosen path: the one thing a test cannot click."""
    chosen: list[str] = []

    def answer(path):
        chosen.append(str(path))

    def get_save_file_name(*_args, **_kwargs):
        return chosen[-1], "Calendar (*.ics)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    return answer


def _export_whole_program(qtbot, window, page) -> None:
    # As the Export button does when it opens its menu.
    page.export_menu.aboutToShow.emit()
    (action,) = [a for a in page.export_menu.actions()
                 if a.text() == "Calendar (.ics), whole program…"]
    action.trigger()
    settle(qtbot, window)


def _problems(window) -> list[str]:
    return [box.text() for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_exporting_an_empty_program_says_why_and_writes_nothing(
        qtbot, open_window, festival, save_as, tmp_path):
    path = tmp_path / "program.ics"
    save_as(path)
    window = open_window()
    page = open_section(qtbot, window, "Schedule")

    _export_whole_program(qtbot, window, page)

    qtbot.waitUntil(lambda: bool(_problems(window)), timeout=5_000)
    assert _problems(window) == ["No workshops in Test Fest to put in a calendar: add one first"]
    assert not path.exists()
    assert list(tmp_path.glob("*.part")) == [] and list(tmp_path.glob(".*.part")) == []


def test_the_export_menu_writes_the_program_with_its_revisions(
        qtbot, open_window, festival, db, save_as, tmp_path):
    day = date(2026, 7, 4)
    talk = schedule.create_workshop(db, schedule.Draft(
        location_id=festival["tent"].id, title="Peer support", kind="Support group",
        start=schedule.local_instant(day, time(12), "Europe/London"),
        end=schedule.local_instant(day, time(13), "Europe/London")))
    first, second = tmp_path / "first.ics", tmp_path / "second.ics"
    window = open_window()
    page = open_section(qtbot, window, "Schedule")
    save_as(first)
    _export_whole_program(qtbot, window, page)
    schedule.update_workshop(db, talk.id, schedule.Draft(
        **{**talk.draft().__dict__, "title": "Peer support circle"}))

    save_as(second)
    _export_whole_program(qtbot, window, page)

    (before,) = Calendar.from_ical(first.read_bytes()).walk("VEVENT")
    (after,) = Calendar.from_ical(second.read_bytes()).walk("VEVENT")
    assert str(before["UID"]) == str(after["UID"]) == talk.uid
    assert (before.decoded("SEQUENCE"), after.decoded("SEQUENCE")) == (0, 1)
    assert str(after["SUMMARY"]) == "Peer support circle"
    assert _problems(window) == []
