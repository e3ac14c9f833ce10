"""File → Activation report…, as a coordinator uses it: pick the dates, a location and a
language, Make PDF, and the file is there; a bad field says so beside it and keeps it all."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.pdf_pages import pages, text
from wellness_desk import kits
from wellness_desk.ui.report_dialog import ReportDialog, read_inputs
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
    dialog.start.setText("2026-07-04")
    dialog.end.setText("2026-07-04")
    dialog.location.setCurrentIndex(dialog.location.findText("Wellness tent"))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    found = " ".join(text(p) for p in pages(out))
    assert "Kits distribués 17" in found and "Wellness tent" in found
    assert db.execute("SELECT location_name, lang FROM report_made").fetchall() == [
        ("Wellness tent", "fr")]


@pytest.mark.parametrize(("field", "typed", "says"), [
    ("start", "2026-07-32", "From: '2026-07-32' is not a date like 2026-07-03"),
    ("end", "2026-07-02", "Dates: the end 2026-07-02 is before the start 2026-07-03"),
])
def test_a_bad_date_is_named_beside_it_and_kept(qtbot, dialog, tmp_path, field, typed, says):
    getattr(dialog, field).setText(typed)
    dialog.path.setText(str(tmp_path / "report.pdf"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problems[field].isVisible(), timeout=10_000)
    assert dialog.problems[field].text() == says
    assert getattr(dialog, field).text() == typed and dialog.isVisible()
    assert not (tmp_path / "report.pdf").exists()


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
    assert dialog.start.text() == "2026-07-03" and dialog.end.text() == "2026-07-05"
    assert [dialog.location.itemText(i) for i in range(dialog.location.count())] == [
        "Every location", "Wellness tent"]
    dialog.reject()
