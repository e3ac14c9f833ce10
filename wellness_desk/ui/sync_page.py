"""Sync: where this laptop sends its anonymous counts, what it sent, and what the hub refused.

The page shows what `views.sync_view` and `views.sync_preview` read through the TaskRunner
(quick database reads that never write); anything that talks to the hub (connect, sync,
send again) goes through the SyncWorker, on its own thread. The status (what waits, the
last sync, the last problem) is the SyncWorker's, the same as the status bar's: it counts
local changes into cells first, on its thread, so "waiting" is what the next sync really
sends.

Text that comes from the hub, from the network or from people (the hub's answers, activation
names, addresses, the status line) is shown as plain text, never as Qt rich text: a hub must
not be able to style or link anything on this page.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..clock import from_utc_text, zone
from ..views import SyncPreview, SyncView, sync_preview, sync_view
from .tasks import TaskRunner
from .widgets import page_title

if TYPE_CHECKING:
    from ..sync.status import SyncStatus
    from .sync_worker import SyncWorker

# What each attempt's outcome means to the person reading the log.
OUTCOME_WORDS = {
    "synced": "Sent",
    "up_to_date": "Nothing new to send",
    "offline": "Hub unreachable",
    "unauthorized": "Refused: reconnect this laptop",
    "rate_limited": "Hub busy, waited",
    "server_error": "Hub had a problem",
    "not_connected": "Not connected",
    "quarantined": "Batch refused, set aside",
    "time_up": "Time up, the rest waits",
    "caught_up": "Put back from a copy: the hub's later counts kept",
    "connected": "Connected",
    "disconnected": "Disconnected",
}
PROBLEM_STYLE = "color: #B71C1C;"


def local_when(at: datetime | str | None, tz: str | None) -> str:
    """An instant as the activation's wall time (UTC, said so, when there is no activation)."""
    if at is None or at == "":
        return "never"
    instant = from_utc_text(at) if isinstance(at, str) else at
    if tz is None:
        return instant.strftime("%a %d %b %H:%M UTC")
    return instant.astimezone(zone(tz)).strftime("%a %d %b %H:%M")


class ConnectDialog(QDialog):
    """Hub address and one-time code; the connect itself runs on the sync worker."""

    def __init__(self, sync: SyncWorker, *, hub_url: str = "", activation: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sync = sync
        self.setWindowTitle("Connect to a hub")
        self._waiting = False
        # A fixed width lets the wrapped texts take the height they need (Qt does not
        # find a height for wrapped labels in a dialog that may change width).
        self.setFixedWidth(500)
        layout = QVBoxLayout(self)
        what = (f"the anonymous counts of <b>{html.escape(activation)}</b>"
                if activation else "the anonymous counts of the current activation")
        intro = QLabel(
            "A coordinator makes a one-time enrolment code on the hub "
            "(<tt>wellness-hub enroll --activation …</tt>). With it, this laptop sends "
            f"{what}: never names, contacts or notes.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.hub_address = QLineEdit(hub_url)
        self.hub_address.setPlaceholderText("e.g. https://hub.example.org")
        form.addRow("Sync hub address", self.hub_address)
        self.code = QLineEdit()
        self.code.setPlaceholderText("e.g. K7QF-2MXD-9PLA")
        self.code.setToolTip("Case and dashes do not matter. A code works once.")
        form.addRow("Enrolment code", self.code)
        self.problem_label = plain_label()  # the hub's words, when it refuses
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(PROBLEM_STYLE)
        layout.addWidget(self.problem_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(
            "Connect", QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self._ask)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for field in (self.hub_address, self.code):
            field.textChanged.connect(self._fields_changed)
        sync.connected.connect(self._connected)
        sync.connect_failed.connect(self._refused)
        self._fields_changed()
        (self.code if hub_url else self.hub_address).setFocus()

    def _fields_changed(self) -> None:
        filled = bool(self.hub_address.text().strip() and self.code.text().strip())
        self.connect_button.setEnabled(filled and not self._waiting)

    def _ask(self) -> None:
        self._waiting = True
        for widget in (self.hub_address, self.code, self.connect_button):
            widget.setEnabled(False)
        self.problem_label.setStyleSheet("")
        self.problem_label.setText("Connecting…")
        self.sync.connect_hub(self.hub_address.text().strip(), self.code.text().strip())

    def _connected(self, _link: object) -> None:
        if self._waiting:
            self._waiting = False
            self.accept()

    def _refused(self, reason: str) -> None:
        if not self._waiting:
            return
        self._waiting = False
        self.problem_label.setStyleSheet(PROBLEM_STYLE)
        self.problem_label.setText(reason)
        for widget in (self.hub_address, self.code):
            widget.setEnabled(True)
        self._fields_changed()
        self.adjustSize()


class PreviewDialog(QDialog):
    """The exact bytes of what the next sync would send, one body per line."""

    def __init__(self, shown: SyncPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("What will be sent")
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        batches = shown.batches
        if not shown.bodies:
            summary = "Nothing waits to be sent: the hub already holds every count."
        else:
            summary = (f"{shown.cells:,} count cell{'s' * (shown.cells != 1)} in {batches} "
                       f"batch{'es' * (batches != 1)}, exactly as they will be sent "
                       "(compressed with gzip on the way).")
            if batches > len(shown.bodies):
                summary += f" The first {len(shown.bodies)} batches are shown."
        self.summary = plain_label(summary)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setPlainText(
            "\n".join(body.decode("utf-8") for body in shown.bodies))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class SyncPage(QWidget):
    """Status, connect / disconnect, Sync now, the preview, past syncs, refused batches."""

    loaded = Signal()
    message = Signal(str)

    def __init__(self, runner: TaskRunner, sync: SyncWorker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.sync = sync
        self.view: SyncView | None = None
        self.state: SyncStatus | None = None  # the SyncWorker's, as last counted
        self.connect_dialog: ConnectDialog | None = None
        self.disconnect_box: QMessageBox | None = None
        self.preview_dialog: PreviewDialog | None = None
        self._build()
        # Status, log and local changes arrive in bursts: one read for each burst.
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(50)
        self._soon.timeout.connect(self.refresh)
        for signal in (sync.status_changed, sync.log_changed, runner.changed):
            signal.connect(self._soon.start)
        sync.state_changed.connect(self._show_state)
        sync.busy_changed.connect(self._busy)
        sync.connected.connect(self._connected)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addWidget(page_title("Sync with the hub"))
        note = QLabel(
            "Only anonymous counts leave this laptop (kits handed out, sessions held and "
            "attended, therapy sessions, cards printed), never names, contacts or notes. "
            "The preview shows the exact bytes.")
        note.setWordWrap(True)
        outer.addWidget(note)

        box = QGroupBox("Status")
        rows = QVBoxLayout(box)
        self.status_line = plain_label()
        font = self.status_line.font()
        font.setBold(True)
        self.status_line.setFont(font)
        self.status_line.setWordWrap(True)
        rows.addWidget(self.status_line)
        form = QFormLayout()
        self.hub_label = plain_label()
        self.hub_activation_label = plain_label()  # named on the hub
        self.activation_label = plain_label()
        self.last_sync_label = plain_label()
        self.pending_label = plain_label()
        self.problem_label = plain_label()  # the hub's words, or the network's
        self.problem_label.setWordWrap(True)
        for label in (self.hub_label, self.hub_activation_label, self.activation_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("Hub", self.hub_label)
        form.addRow("Counted there as", self.hub_activation_label)
        form.addRow("Sends the counts of", self.activation_label)
        form.addRow("Last sync", self.last_sync_label)
        form.addRow("Changes waiting", self.pending_label)
        form.addRow("Last problem", self.problem_label)
        rows.addLayout(form)
        buttons = QHBoxLayout()
        self.connect_button = QPushButton("Connect to a hub…")
        self.connect_button.clicked.connect(lambda: self.open_connect_dialog())
        self.disconnect_button = QPushButton("Disconnect")
        self.disconnect_button.setToolTip(
            "Stop sending. The counts stay on this laptop; the hub keeps what it has.")
        self.disconnect_button.clicked.connect(self.ask_disconnect)
        self.sync_button = QPushButton("Sync now")
        self.sync_button.clicked.connect(self.sync.sync_now)
        self.preview_button = QPushButton("Preview what will be sent…")
        self.preview_button.clicked.connect(self.show_preview)
        for button in (self.connect_button, self.sync_button, self.preview_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.disconnect_button)
        rows.addLayout(buttons)
        outer.addWidget(box)

        outer.addWidget(QLabel("<b>Past syncs</b> (newest first)"))
        self.log_table = _table(["Time", "Cells", "Bytes", "Outcome", "Detail"])
        outer.addWidget(self.log_table, 3)

        self.quarantine_title = QLabel()  # our words and a count only
        self.quarantine_title.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.quarantine_title)
        self.quarantine_table = _table(["Time", "Hub's answer", "Reason", "Cells", ""])
        outer.addWidget(self.quarantine_table, 1)
        self.send_again_buttons: dict[int, QPushButton] = {}

    # -- reading ----------------------------------------------------------------------

    def refresh(self) -> None:
        if self.sync.stopped:
            return  # the window is closing (it stops the sync first, then the runner)
        self.runner.read(sync_view, self._show)

    def _show(self, view: SyncView) -> None:
        self.view = view
        self._show_state(self.sync.state)
        self._show_log(view)
        self._show_quarantined(view)
        self.loaded.emit()

    def _show_state(self, status: SyncStatus | None) -> None:
        self.state = status
        self.status_line.setText(self.sync.status_text)
        if status is None:  # the sync thread has not counted yet
            for label in (self.hub_label, self.hub_activation_label, self.activation_label,
                          self.last_sync_label, self.pending_label, self.problem_label):
                label.setText("counting…")
            for button in (self.disconnect_button, self.sync_button, self.preview_button):
                button.setEnabled(False)
            return
        tz = self.view.tz if self.view else None
        if status.connected:
            self.hub_label.setText(status.hub_url or "")
            self.hub_activation_label.setText(status.hub_activation or "")
            self.activation_label.setText(status.activation_name or "")
        else:
            self.hub_label.setText("Not connected")
            self.hub_activation_label.setText("—")
            self.activation_label.setText("—")
        self.last_sync_label.setText(local_when(status.last_synced_utc, tz))
        self.pending_label.setText(f"{status.pending:,}")
        self.problem_label.setText(status.last_error or "none")
        self.problem_label.setStyleSheet(PROBLEM_STYLE if status.last_error else "")
        self.connect_button.setText(
            "Connect to another hub…" if status.connected else "Connect to a hub…")
        for button in (self.disconnect_button, self.preview_button):
            button.setEnabled(bool(status.connected))
        self.sync_button.setEnabled(bool(status.connected) and not self.sync.busy)

    def _show_log(self, view: SyncView) -> None:
        table = self.log_table
        table.setRowCount(len(view.log))
        for row, entry in enumerate(view.log):
            values = [local_when(entry.at_utc, view.tz), f"{entry.cells:,}",
                      f"{entry.bytes:,}", OUTCOME_WORDS.get(entry.outcome, entry.outcome),
                      entry.detail or ""]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)

    def _show_quarantined(self, view: SyncView) -> None:
        batches = view.quarantined
        self.quarantine_title.setText(
            f"<b>Batches the hub refused</b> ({len(batches)}): set aside so they never block "
            "the rest; send one again once the hub is fixed." if batches else
            "<b>Batches the hub refused</b>: none.")
        table = self.quarantine_table
        table.setVisible(bool(batches))
        table.setRowCount(len(batches))
        self.send_again_buttons = {}
        for row, batch in enumerate(batches):
            values = [local_when(batch.at_utc, view.tz), f"HTTP {batch.status}", batch.reason,
                      f"{batch.cells:,}"]
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
            button = QPushButton("Send again")
            button.clicked.connect(lambda _=False, i=batch.id: self.sync.send_again(i))
            table.setCellWidget(row, 4, button)
            self.send_again_buttons[batch.id] = button

    # -- acting -----------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.sync_button.setText("Syncing…" if busy else "Sync now")
        self.sync_button.setEnabled(not busy and bool(self.state and self.state.connected))

    def open_connect_dialog(self, parent: QWidget | None = None) -> ConnectDialog:
        """The connect dialog, window-modal, over `parent` (this page by default)."""
        status = self.state
        dialog = ConnectDialog(
            self.sync, hub_url=(status.hub_url or "") if status else "",
            activation=self.view.current_activation if self.view else None,
            parent=parent or self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _: setattr(self, "connect_dialog", None))
        dialog.open()
        self.connect_dialog = dialog
        return dialog

    def ask_disconnect(self) -> QMessageBox:
        """Disconnecting cannot be undone here: connecting again takes a new code."""
        box = QMessageBox(
            QMessageBox.Icon.Question, "Disconnect from the hub",
            "Stop sending counts to this hub? The counts stay on this laptop and the hub keeps "
            "what it has. Connecting again needs a new code from the coordinator.",
            QMessageBox.StandardButton.Cancel, self)
        yes = box.addButton("Disconnect", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            self.disconnect_box = None
            if box.clickedButton() is yes:
                self.sync.disconnect_hub()

        box.finished.connect(answered)
        box.open()
        self.disconnect_box = box
        return box

    def _connected(self, link: Any) -> None:
        self.message.emit(f"Connected to the hub as “{link.hub_activation}”.")

    def show_preview(self) -> None:
        self.runner.read(sync_preview, self._show_preview)

    def _show_preview(self, shown: SyncPreview) -> None:
        dialog = PreviewDialog(shown, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _: setattr(self, "preview_dialog", None))
        dialog.open()
        self.preview_dialog = dialog


def plain_label(text: str = "") -> QLabel:
    """A label that shows its text as it is: "<b>X</b>" stays "<b>X</b>"."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _table(headers: list[str]) -> QTableWidget:
    # Table items are drawn as plain text by Qt's item delegate: a hub's reason can't style.
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    # The free-text column (detail, reason) takes what is left.
    header.setSectionResizeMode(len(headers) - 1 if headers[-1] else len(headers) - 3,
                                QHeaderView.ResizeMode.Stretch)
    return table
