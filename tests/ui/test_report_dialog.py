"""File → Activation report…, as a coordinator uses it: pick the dates, a location and a
language, Make PDF, and the file is there; a bad field says so beside it and keeps it all."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QWidget

from tests.pdf_pages import pages, text
from wellness_desk import kits
from wellness_desk.ui.report_dialog import ReportDialog, day_of, read_inputs
from wellness_desk.ui.tasks import TaskRunner

NOW = datetime(2026, 7, 6, 9, 0, tzinfo=UTC)


@pytest.fixture
def runner(qtbot, db_path, db, festival, drawing):
    kits.hand_out(db, kit_type_id=festival["earplugs"].id, location_id=festival["tent"].id,
                  count=17, now=datetime(2026, 7, 4, 14, tzinfo=UTC))
    runner = TaskRunner(db_path, drawing=drawing)
    runner.start()
    yield runner
    runner.stop()


@pytest.fixture
def dialog(qtbot, runner, db):
    # Owned by a window, as in the app: a dialog that saved deletes itself.
    owner = QWidget()
    qtbot.addWidget(owner)
    shown = ReportDialog(runner, read_inputs(db), owner, now=lambda: NOW)
    shown.show()
    yield shown  # the owner lives as long as the test


def test_make_pdf_saves_the_report_and_closes(qtbot, dialog, db, tmp_path):
    out = tmp_path / "report.pdf"
    dialog.start.setDate(QDate(2026, 7, 4))
    dialog.end.setDate(QDate(2026, 7, 4))
    dialog.location.setCurrentIndex(dialog.location.findText("Wellness tent"))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    found = " ".join(text(p) for p in pages(out))
    assert "Kits distribués 17" in found and "Wellness tent" in found
    assert db.execute("SELECT location_name, lang FROM report_made").fetchall() == [
        ("Wellness tent", "fr")]


def test_an_end_before_the_start_is_named_beside_it_and_kept(qtbot, dialog, tmp_path):
    dialog.end.setDate(QDate(2026, 7, 2))
    dialog.path.setText(str(tmp_path / "report.pdf"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problems["end"].isVisible(), timeout=10_000)
    assert dialog.problems["end"].text() == (
        "Dates: the end 2026-07-02 is before the start 2026-07-03")
    assert day_of(dialog.end) == date(2026, 7, 2) and dialog.isVisible()
    assert dialog.end.property("invalid") is True and dialog.end.hasFocus()
    assert not (tmp_path / "report.pdf").exists()


@pytest.mark.parametrize(("name", "shown"), [
    ("de_DE", "03.07.2026"),
    ("en_US", "7/3/2026"),
    ("fr_FR", "03/07/2026"),
    ("C", "2026-07-03"),  # never Qt's own "3 07 2026"
])
def test_dates_are_shown_the_locale_s_way_with_the_whole_year(qtbot, runner, db, name, shown):
    before = QLocale()
    QLocale.setDefault(QLocale(name))
    try:
        owner = QWidget()
        qtbot.addWidget(owner)
        made = ReportDialog(runner, read_inputs(db), owner, now=lambda: NOW)
        assert made.start.text() == shown  # the activation's first day
        assert made.start.calendarPopup()
        made.reject()
    finally:
        QLocale.setDefault(before)


def test_a_file_that_cannot_be_written_is_named_beside_it(qtbot, dialog, tmp_path):
    (tmp_path / "a-file").write_text("")
    out = str(tmp_path / "a-file" / "report.pdf")
    dialog.path.setText(out)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problems["path"].isVisible(), timeout=20_000)
    assert dialog.problems["path"].text().startswith(f"{out}: cannot write it")
    assert dialog.path.text() == out and dialog.isVisible() and dialog.ok_button.isEnabled()


def test_the_file_menu_opens_it(qtbot, open_window, festival):
    window = open_window()
    action = next(a for a in window.menuBar().actions()[0].menu().actions()
                  if a.text() == "Activation &report…")
    action.trigger()
    qtbot.waitUntil(lambda: window.findChild(ReportDialog) is not None, timeout=10_000)
    dialog = window.findChild(ReportDialog)
    assert day_of(dialog.start) == date(2026, 7, 3) and day_of(dialog.end) == date(2026, 7, 5)
    assert [dialog.location.itemText(i) for i in range(dialog.location.count())] == [
        "Every location", "Wellness tent"]
    dialog.reject()
