"""File → Export CSV…, as a coordinator does it: a folder, the exports, personal details only
while the Therapy days section is unlocked; the export runs off the taps' thread."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.mounts import make_read_only, small_filesystem
from tests.ui.conftest import open_section, settle, threads_of
from wellness_desk import activations, exports, kits, therapy, vault
from wellness_desk.ui.export_dialog import (
    ExportDialog,
    locked_itself,
    locked_note,
    personal_warning,
)
from wellness_desk.ui.tasks import DRAW_THREAD

CANARY = "Zyxwv Canarybird"
PIN = "4821"


@pytest.fixture
def tour(db, festival):
    """The festival with two earplugs handed out, and a tour with one session booked by the
    canary."""
    for minute in (1, 2):
        kits.hand_out(db, kit_type_id=festival["earplugs"].id,
                      location_id=festival["tent"].id,
                      now=datetime(2026, 7, 4, 13, minute, tzinfo=UTC))
    t = activations.create_activation(db, name="Autumn Tour", kind="tour",
                                      start=date(2026, 10, 1), end=date(2026, 10, 31),
                                      tz="America/Chicago")
    stop = activations.add_tour_stop(db, activation_id=t.id, stop_date=date(2026, 10, 9),
                                     city="Chicago", venue="Aragon", tz="America/Chicago")
    key = vault.set_up(db, PIN)
    day = therapy.create_therapy_day(db, key, location_id=stop.id, provider_name="Dr. Ana Ruiz",
                                     plan=therapy.DayPlan(time(10), time(13)))
    therapy.book(db, key, therapy.slots(db, day.id)[0].id, person=CANARY, role="crew")
    return t


def _open_dialog(qtbot, window) -> ExportDialog:
    (action,) = [a for a in window.menuBar().actions()[0].menu().actions()
                 if a.text() == "&Export CSV…"]
    action.trigger()
    (dialog,) = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    return dialog


def _export(qtbot, window, dialog, folder) -> bool:
    """Type the folder, press Export; True once the folder is written and the dialog
    closed, False when it stays open with a refusal."""
    written: list[object] = []
    dialog.saved.connect(written.append)
    dialog.folder.setText(str(folder))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(written) or not dialog.waiting, timeout=10_000)
    settle(qtbot, window)
    if written:
        return True
    assert dialog.isVisible()
    return False


def _rows(path):
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_the_menu_exports_every_file_off_the_taps_thread(qtbot, open_window, db, tour,
                                                         tmp_path, monkeypatch):
    seen = threads_of(monkeypatch, exports, "export_csv")
    window = open_window()
    dialog = _open_dialog(qtbot, window)
    assert all(check.isChecked() for check in dialog.chosen.values())
    assert not dialog.personal.isEnabled() and not dialog.warning.isVisible()
    assert dialog.locked_note.isVisible() and dialog.locked_note.text() == locked_note()

    out = tmp_path / "july"
    assert _export(qtbot, window, dialog, out)

    assert seen == [DRAW_THREAD]
    assert (out / "README.txt").exists()
    kit_rows = [r for r in _rows(out / "aggregates.csv") if r["metric"] == "kits_handed_out"]
    assert [(r["kit_type"], r["value"]) for r in kit_rows] == [("Earplugs", "2")]
    assert "person" not in _rows(out / "therapy_bookings.csv")[0]
    assert window.statusBar().currentMessage().startswith(f"Wrote {out}: aggregates.csv")


def test_personal_details_can_be_chosen_only_while_unlocked_and_warn(qtbot, open_window, db,
                                                                    tour, tmp_path):
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    page.secret.setText(PIN)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.vault is not None
    dialog = _open_dialog(qtbot, window)
    assert dialog.personal.isEnabled() and not dialog.locked_note.isVisible()

    dialog.personal.setChecked(True)
    assert dialog.warning.isVisible() and dialog.warning.text() == personal_warning()
    dialog.chosen["therapy"].setChecked(False)  # no file would hold them
    assert not dialog.personal.isEnabled() and not dialog.warning.isVisible()
    dialog.chosen["therapy"].setChecked(True)
    out = tmp_path / "private"
    assert _export(qtbot, window, dialog, out)

    (booking,) = _rows(out / "therapy_bookings.csv")
    assert booking["person"] == CANARY
    assert "keep it on this laptop" in window.statusBar().currentMessage()


def test_a_section_that_locked_itself_meanwhile_writes_nothing_and_says_so(
        qtbot, open_window, db, tour, tmp_path):
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")
    page.secret.setText(PIN)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    dialog = _open_dialog(qtbot, window)
    dialog.personal.setChecked(True)
    page.vault = None  # as the idle lock does

    out = tmp_path / "july"
    assert not _export(qtbot, window, dialog, out)

    label = dialog.problems["include_personal"]
    assert label.isVisible() and label.text() == locked_itself()
    assert not out.exists()
    assert not dialog.personal.isEnabled() and dialog.locked_note.isVisible()
    # Export again: without names, as the dialog now shows.
    assert _export(qtbot, window, dialog, out)
    assert "person" not in _rows(out / "therapy_bookings.csv")[0]
    assert CANARY not in "".join(p.read_text(encoding="utf-8-sig") for p in out.iterdir())


def test_a_folder_of_other_files_is_said_under_the_folder_and_the_dialog_stays(
        qtbot, open_window, db, tour, tmp_path):
    mine = tmp_path / "Documents"
    mine.mkdir()
    (mine / "budget.ods").write_bytes(b"sheet")
    window = open_window()
    dialog = _open_dialog(qtbot, window)
    dialog.chosen["aggregates"].setChecked(False)

    assert not _export(qtbot, window, dialog, mine)

    label = dialog.problems["folder"]
    assert label.isVisible() and label.text().startswith(f"{mine}: this folder holds other")
    # The folder is marked, has the focus and says why to a screen reader; all is kept.
    assert dialog.folder.property("invalid") is True and dialog.folder.hasFocus()
    assert dialog.folder.accessibleDescription() == label.text()
    assert dialog.folder.text() == str(mine)
    assert not dialog.chosen["aggregates"].isChecked()  # everything chosen is kept
    assert [p.name for p in mine.iterdir()] == ["budget.ods"]


def test_choosing_a_full_folder_proposes_a_new_folder_in_it(qtbot, open_window, db, tour,
                                                            tmp_path, monkeypatch):
    mine = tmp_path / "Documents"
    mine.mkdir()
    (mine / "budget.ods").write_bytes(b"sheet")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *_args, **_kw: str(mine)))
    window = open_window()
    dialog = _open_dialog(qtbot, window)

    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)

    assert dialog.folder.text() == str(mine / f"wellness-desk-export-{dialog.today}")
    assert _export(qtbot, window, dialog, dialog.folder.text())
    assert sorted(p.name for p in mine.iterdir()) == [
        "budget.ods", f"wellness-desk-export-{dialog.today}"]


def test_nothing_chosen_is_said_under_the_exports(qtbot, open_window, db, tour, tmp_path):
    window = open_window()
    dialog = _open_dialog(qtbot, window)
    for check in dialog.chosen.values():
        check.setChecked(False)

    assert not _export(qtbot, window, dialog, tmp_path / "july")

    assert dialog.problems["exports"].isVisible()
    assert dialog.problems["exports"].text() == "Choose at least one export"
    assert not (tmp_path / "july").exists()


def test_a_read_only_folder_is_said_in_the_dialog_and_nothing_is_written(
        qtbot, open_window, db, tour, tmp_path):
    with small_filesystem(tmp_path / "stick", 512) as stick:
        make_read_only(stick)
        window = open_window()
        dialog = _open_dialog(qtbot, window)

        assert not _export(qtbot, window, dialog, stick / "july")

        assert dialog.problem.isVisible()
        assert dialog.problem.text() == (
            f"{stick}: this folder cannot be written to, so the export was not written "
            "(nothing was changed). Choose another folder.")
        assert list(stick.iterdir()) == []
        assert dialog.ok_button.isEnabled() and dialog.ok_button.text() == "Export"
        dialog.reject()
