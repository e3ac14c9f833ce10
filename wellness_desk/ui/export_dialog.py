"""File → Export CSV…: a folder of CSV files for the coordinator's spreadsheet (`exports`).

The export reads the database on a connection of its own, on a thread of the drawing pool
(`TaskRunner.draw(here=True)`), never on the worker that writes the taps: a season's kit log
takes a moment to write, and no tap waits for it. A refusal keeps the dialog open with
everything chosen, the sentence under the field it names (the folder, the exports, the
personal details) or above the buttons (a full disk, a read-only folder); only a folder
written whole closes it.

"Include personal details" can be ticked only while the Therapy days section is unlocked;
the vault is asked for again when Export is pressed: a section that locked itself meanwhile
writes nothing, and says so.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import exports
from ..clock import utcnow
from ..errors import WellnessError
from ..vault import Vault
from . import design
from .forms import FormDialog
from .tasks import TaskRunner

translate = QCoreApplication.translate  # by this name lupdate finds the texts


# Read when shown, so they are said in the language of the moment.
def personal_label() -> str:
    return translate(
        "ExportDialog", "Include personal details (names, contacts and notes of therapy bookings)")


def personal_warning() -> str:
    return translate(
        "ExportDialog",
        "These files will hold the names and contacts of people in therapy. Keep them "
              "on this laptop: never email, upload or share them, and delete them when you "
              "are done.")


def locked_note() -> str:
    return translate(
        "ExportDialog", "To include personal details, unlock the Therapy days section first.")


def locked_itself() -> str:
    return translate(
        "ExportDialog", "The Therapy days section locked itself: unlock it to include personal "
              "details, or export without them (nothing was written)")


def default_folder(today: date) -> Path:
    """Where an export goes unless another folder is chosen: a new one in Documents."""
    home = Path.home()
    documents = home / "Documents"
    return exports.folder_in(documents if documents.is_dir() else home, today)


class ExportDialog(FormDialog):
    """Choose a folder and the exports; personal details only while unlocked."""

    def __init__(self, runner: TaskRunner, db_path: Path, *, vault: Callable[[], Vault | None],
                 folder: Path, today: date, parent: QWidget | None = None) -> None:
        super().__init__(runner, self.tr("Export CSV"), parent)
        self.db_path = db_path
        self.vault = vault
        self.today = today
        self.ok_button.setText(self.tr("Export"))

        self.folder = QLineEdit(str(folder))
        self.folder.setAccessibleName(self.tr("Folder"))
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.setAccessibleName(self.tr("Choose the folder"))
        self.choose.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        self.add_field(self.tr("&Folder"), row, "folder")
        self.inputs["folder"] = self.folder

        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.chosen: dict[str, QCheckBox] = {}
        for name, export in exports.EXPORTS.items():
            check = QCheckBox(export.title)  # the export's own title (exports.EXPORTS)
            check.setAccessibleName(export.title)
            check.setChecked(True)
            check.toggled.connect(self._update_personal)
            column.addWidget(check)
            self.chosen[name] = check
        self.add_field(self.tr("Export"), box, "exports")

        self.personal = QCheckBox(personal_label())
        self.personal.setAccessibleName(personal_label())
        self.personal.toggled.connect(self._update_personal)
        self.add_field("", self.personal, "include_personal")
        self.warning = QLabel(personal_warning())
        self.warning.setWordWrap(True)
        design.mark(self.warning, "problem")
        self.form.addRow(self.warning)
        self.personal.setAccessibleDescription(personal_warning())
        self.locked_note = self.add_note(locked_note())
        design.mark(self.locked_note, "muted")
        note = self.add_note(self.tr(
            "The anonymous counts (aggregates.csv) are the file to share: therapy figures "
            "under 5 are shown as <5. The other files are this laptop's own logs. A "
            "README.txt in the folder says what each file holds."))
        design.mark(note, "muted")
        self._update_personal()

    def _update_personal(self) -> None:
        unlocked = self.vault() is not None
        therapy = self.chosen["therapy"].isChecked()
        self.personal.setEnabled(unlocked and therapy)
        if not unlocked:
            self.personal.setChecked(False)
        self.locked_note.setVisible(not unlocked)
        self.warning.setVisible(self.personal.isEnabled() and self.personal.isChecked())

    def showEvent(self, event: QShowEvent) -> None:
        self._update_personal()  # the section may have locked itself since
        super().showEvent(event)

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export CSV into"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(str(exports.folder_in(Path(chosen), self.today)))

    def submit(self) -> None:
        if self.waiting:
            return
        self.clear_problems()
        asked = self.personal.isChecked() and self.chosen["therapy"].isChecked()
        key = self.vault() if asked else None
        self._update_personal()
        if asked and key is None:
            # Never a quiet export without the names someone asked for, nor with them.
            self.show_error(WellnessError(locked_itself(), field="include_personal"))
            return
        text = self.folder.text().strip()
        if not text:
            self.show_error(WellnessError(self.tr("Folder: choose where to export"),
                                          field="folder"))
            return
        chosen = [name for name, check in self.chosen.items() if check.isChecked()]
        self._set_waiting(True)
        self.ok_button.setText(self.tr("Exporting…"))  # a season's kit log takes a while
        # On the drawing pool, with a connection of its own: never the taps' thread.
        self.runner.draw(partial(exports.export_csv_at, self.db_path, Path(text).expanduser(),
                                 exports=chosen, vault=key, include_personal=asked,
                                 now=utcnow()),
                         here=True, done=self._saved, failed=self._refused_export)

    def _refused_export(self, error: WellnessError) -> None:
        if not self._gone:
            self.ok_button.setText(self.tr("Export"))
        self._refused(error)
