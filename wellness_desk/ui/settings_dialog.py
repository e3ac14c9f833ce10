"""Settings: the few choices a tent or a tour manager changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import settings


class SettingsDialog(QDialog):
    def __init__(self, db_path: Path, choices: settings.Choices,
                 parent: QWidget | None = None, *, sync_status: str = "",
                 sync_status_changed: SignalInstance | None = None,
                 connect_hub: Callable[[QWidget], object] | None = None) -> None:
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
        self.hub_url.setToolTip("The online resource hub that printed QR codes point to. "
                                "It has nothing to do with the sync hub below.")
        form.addRow("Resource hub address\n(printed on cards)", self.hub_url)
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
        form.addRow(self._sync_group(sync_status, sync_status_changed, connect_hub))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _sync_group(self, status: str, status_changed: SignalInstance | None,
                    connect_hub: Callable[[QWidget], object] | None) -> QGroupBox:
        """Where this laptop sends its anonymous counts (the Sync section has the rest)."""
        group = QGroupBox("Sync hub (where anonymous counts are sent)")
        rows = QVBoxLayout(group)
        self.sync_status = QLabel(status)
        # The hub's words can be in it: shown as they are, never as rich text.
        self.sync_status.setTextFormat(Qt.TextFormat.PlainText)
        self.sync_status.setWordWrap(True)
        rows.addWidget(self.sync_status)
        if status_changed is not None:
            status_changed.connect(self.sync_status.setText)
        self.connect_hub_button = QPushButton("Connect to a sync hub…")
        self.connect_hub_button.setEnabled(connect_hub is not None)
        if connect_hub is not None:
            self.connect_hub_button.clicked.connect(lambda: connect_hub(self))
        rows.addWidget(self.connect_hub_button)
        more = QLabel("Sync now, the preview of what is sent, past syncs and Disconnect are "
                      "in the Sync section.")
        more.setWordWrap(True)
        rows.addWidget(more)
        return group

    def job(self):
        """The write to run on the worker once accepted."""
        choices = settings.Choices(undo_window_s=self.undo_window.value(),
                                   hub_url=self.hub_url.text(),
                                   therapy_lock_min=self.therapy_lock.value())
        return lambda db: settings.save_choices(db, choices)
