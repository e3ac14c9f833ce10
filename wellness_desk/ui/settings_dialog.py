"""Settings: the few choices a tent or a tour manager changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from .. import settings


class SettingsDialog(QDialog):
    def __init__(self, db_path: Path, choices: settings.Choices,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        form = QFormLayout(self)
        self.undo_window = QSpinBox()
        self.undo_window.setRange(3, 600)
        self.undo_window.setSuffix(" s")
        self.undo_window.setValue(choices.undo_window_s)
        self.undo_window.setToolTip("How long the Undo button stays live after a tap.")
        form.addRow("Undo a tap for", self.undo_window)
        self.hub_url = QLineEdit(choices.hub_url)
        self.hub_url.setMinimumWidth(320)
        self.hub_url.setToolTip("The resource hub that printed QR codes point to.")
        form.addRow("Resource hub", self.hub_url)
        self.therapy_lock = QSpinBox()
        self.therapy_lock.setRange(1, 120)
        self.therapy_lock.setSuffix(" min")
        self.therapy_lock.setValue(choices.therapy_lock_min)
        self.therapy_lock.setToolTip("The Therapy section hides names again after this long "
                                     "without a touch.")
        form.addRow("Lock therapy names after", self.therapy_lock)
        where = QLabel(str(db_path))
        where.setWordWrap(True)
        where.setToolTip("Change it with --data-dir or WELLNESS_DESK_DATA.")
        form.addRow("Database", where)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def job(self):
        """The write to run on the worker once accepted."""
        choices = settings.Choices(undo_window_s=self.undo_window.value(),
                                   hub_url=self.hub_url.text(),
                                   therapy_lock_min=self.therapy_lock.value())
        return lambda db: settings.save_choices(db, choices)
