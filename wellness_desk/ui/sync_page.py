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

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..clock import from_utc_text, zone
from ..views import SyncPreview, SyncView, sync_preview, sync_view
from . import design, i18n
from .core_words import sentence, translated
from .design import SPACE
from .plurals import plural
from .tasks import TaskRunner

if TYPE_CHECKING:
    from ..sync.outcomes import SyncResult
    from ..sync.status import SyncStatus
    from .sync_worker import SyncWorker


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)  # named so that lupdate finds texts



def outcome_words(outcome: str) -> str:
    """What an attempt's outcome means to the person reading the log."""
    words = {
        "synced": translate("SyncPage", "Sent"),
        "up_to_date": translate("SyncPage", "Nothing new to send"),
        "offline": translate("SyncPage", "Hub unreachable"),
        "unauthorized": translate("SyncPage", "Refused: reconnect this laptop"),
        "rate_limited": translate("SyncPage", "Hub busy, waited"),
        "server_error": translate("SyncPage", "Hub had a problem"),
        "not_connected": translate("SyncPage", "Not connected"),
        "quarantined": translate("SyncPage", "Batch refused, set aside"),
        "time_up": translate("SyncPage", "Time up, the rest waits"),
        "caught_up": translate("SyncPage", "Put back from a copy: the hub's later counts kept"),
        "connected": translate("SyncPage", "Connected"),
        "disconnected": translate("SyncPage", "Disconnected"),
    }
    return words.get(outcome, outcome)


def local_when(at: datetime | str | None, tz: str | None) -> str:
    """An instant as the activation's wall time (UTC, said so, when there is no activation),
    the locale's way."""
    if at is None or at == "":
        return translate("SyncPage", "never")
    instant = from_utc_text(at) if isinstance(at, str) else at
    if tz is None:
        return translate(
            "SyncPage",
            "{when} UTC").format(when=i18n.datetime_text(instant.astimezone(zone("UTC"))))
    return i18n.datetime_text(instant.astimezone(zone(tz)))


class ConnectDialog(QDialog):
    """Hub address and one-time code; the connect itself runs on the sync worker."""

    def __init__(self, sync: SyncWorker, *, hub_url: str = "", activation: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sync = sync
        self.setWindowTitle(self.tr("Connect to a hub"))
        self._waiting = False
        # A fixed width lets the wrapped texts take the height they need (Qt does not
        # find a height for wrapped labels in a dialog that may change width).
        self.setFixedWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACE.m)
        if activation:
            text = self.tr(
                "A coordinator makes a one-time enrolment code on the hub "
                "(<tt>wellness-hub enroll --activation …</tt>). With it, this laptop sends "
                "the anonymous counts of <b>{activation}</b>: never names, contacts or "
                "notes.").format(activation=html.escape(activation))
        else:
            text = self.tr(
                "A coordinator makes a one-time enrolment code on the hub "
                "(<tt>wellness-hub enroll --activation …</tt>). With it, this laptop sends "
                "the anonymous counts of the current activation: never names, contacts or "
                "notes.")
        intro = QLabel(text)
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.hub_address = QLineEdit(hub_url)
        self.hub_address.setPlaceholderText(self.tr("e.g. https://hub.example.org"))
        self.hub_address.setAccessibleName(self.tr("Sync hub address"))
        address_label = QLabel(self.tr("Sync hub &address"))
        address_label.setBuddy(self.hub_address)
        form.addRow(address_label, self.hub_address)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. K7QF-2MXD-9PLA"))
        hint = self.tr("Case and dashes do not matter. A code works once.")
        self.code.setToolTip(hint)
        self.code.setAccessibleName(self.tr("Enrolment code"))
        self.code.setAccessibleDescription(hint)
        code_label = QLabel(self.tr("Enrolment &code"))
        code_label.setBuddy(self.code)
        form.addRow(code_label, self.code)
        self.problem_label = plain_label()  # the hub's words, when it refuses
        self.problem_label.setWordWrap(True)
        layout.addWidget(self.problem_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(
            self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        design.mark(self.connect_button, kind="primary")
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
        design.mark(self.problem_label, "muted")
        self.problem_label.setText(self.tr("Connecting…"))
        self.sync.connect_hub(self.hub_address.text().strip(), self.code.text().strip())

    def _connected(self, _link: object) -> None:
        if self._waiting:
            self._waiting = False
            self.accept()

    def _refused(self, reason: str) -> None:
        if not self._waiting:
            return
        self._waiting = False
        design.mark(self.problem_label, "problem")
        self.problem_label.setText(reason)
        for widget in (self.hub_address, self.code):
            widget.setEnabled(True)
        self._fields_changed()
        # What was typed stays; the code is the likely culprit, so it takes the focus.
        self.code.setFocus()
        self.code.selectAll()
        self.code.setAccessibleDescription(reason)
        self.adjustSize()


class PreviewDialog(QDialog):
    """The exact bytes of what the next sync would send, one body per line."""

    def __init__(self, shown: SyncPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What will be sent"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACE.m)
        batches = shown.batches
        if not shown.bodies:
            summary = self.tr("Nothing waits to be sent: the hub already holds every count.")
        else:
            summary = " ".join((
                plural(self.tr("%Ln count cell(s), exactly as they will be sent (compressed "
                               "with gzip on the way).", "", shown.cells), shown.cells),
                plural(self.tr("They go to the hub in %Ln batch(es).", "", batches),
                       batches)))
            if batches > len(shown.bodies):
                summary += " " + plural(self.tr("The first %Ln batch(es) are shown.", "",
                                                len(shown.bodies)), len(shown.bodies))
        self.summary = plain_label(summary)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("What will be sent, exactly"))
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
        self.announced: list[str] = []  # what was said to a screen reader (tests read it)
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
        sync.synced.connect(self._synced)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(SPACE.xl, SPACE.l, SPACE.xl, SPACE.l)
        outer.setSpacing(SPACE.m)
        title = QLabel(self.tr("Sync with the hub"))
        design.mark(title, "title")
        outer.addWidget(title)
        note = QLabel(self.tr(
            "Only anonymous counts leave this laptop (kits handed out, sessions held and "
            "attended, therapy sessions, cards printed), never names, contacts or notes. "
            "The preview shows the exact bytes."))
        note.setWordWrap(True)
        design.mark(note, "muted")
        outer.addWidget(note)

        # Not connected: what to do, and the button that does it. Connected: the status card.
        self.status_stack = QStackedWidget()
        self.empty = design.EmptyState(
            self.tr("This laptop sends its counts to no hub yet. Ask the coordinator for an "
                    "enrolment code, then connect."),
            self.tr("Connect to a hub…"))
        self.empty.button.setAccessibleName(self.tr("Connect to a hub"))
        self.empty.button.clicked.connect(lambda: self.open_connect_dialog())
        self.status_stack.addWidget(self.empty)

        box = design.card()
        box.setAccessibleName(self.tr("Sync status"))
        rows = QVBoxLayout(box)
        rows.setContentsMargins(SPACE.l, SPACE.l, SPACE.l, SPACE.l)
        rows.setSpacing(SPACE.s)
        self.status_line = plain_label()
        design.mark(self.status_line, "subtitle")
        self.status_line.setWordWrap(True)
        rows.addWidget(self.status_line)
        form = QFormLayout()
        form.setHorizontalSpacing(SPACE.l)
        form.setVerticalSpacing(SPACE.xs)
        self.hub_label = plain_label()
        self.hub_activation_label = plain_label()  # named on the hub
        self.activation_label = plain_label()
        self.last_sync_label = plain_label()
        self.pending_label = plain_label()
        self.problem_label = plain_label()  # the hub's words, or the network's
        self.problem_label.setWordWrap(True)
        for label in (self.hub_label, self.hub_activation_label, self.activation_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for text, label in (
                (self.tr("Last sync"), self.last_sync_label),
                (self.tr("Changes waiting"), self.pending_label),
                (self.tr("Hub"), self.hub_label),
                (self.tr("Counted there as"), self.hub_activation_label),
                (self.tr("Sends the counts of"), self.activation_label),
                (self.tr("Last problem"), self.problem_label)):
            name = QLabel(text)
            design.mark(name, "muted")
            name.setBuddy(label)
            label.setAccessibleName(text)
            form.addRow(name, label)
        rows.addLayout(form)
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACE.s)
        self.sync_button = QPushButton(self.tr("Sync now"))
        design.mark(self.sync_button, kind="primary")
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.sync.sync_now)
        self.preview_button = QPushButton(self.tr("Preview what will be sent…"))
        self.preview_button.clicked.connect(self.show_preview)
        self.connect_button = QPushButton(self.tr("Connect to another hub…"))
        self.connect_button.clicked.connect(lambda: self.open_connect_dialog())
        self.disconnect_button = QPushButton(self.tr("Disconnect"))
        self.disconnect_button.setToolTip(self.tr(
            "Stop sending. The counts stay on this laptop; the hub keeps what it has."))
        self.disconnect_button.setAccessibleDescription(self.disconnect_button.toolTip())
        self.disconnect_button.clicked.connect(self.ask_disconnect)
        for button in (self.sync_button, self.preview_button, self.connect_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.disconnect_button)
        rows.addLayout(buttons)
        self.status_stack.addWidget(box)
        self.status_card = box
        outer.addWidget(self.status_stack)

        past = QHBoxLayout()
        past_title = QLabel(self.tr("Past syncs"))
        design.mark(past_title, "subtitle")
        past_hint = QLabel(self.tr("newest first"))
        design.mark(past_hint, "caption")
        past.addWidget(past_title)
        past.addWidget(past_hint, 0, Qt.AlignmentFlag.AlignBaseline)
        past.addStretch(1)
        outer.addLayout(past)
        self.log_table = _table([self.tr("Time"), self.tr("Cells"), self.tr("Bytes"),
                                 self.tr("Outcome"), self.tr("Detail")])
        self.log_table.setAccessibleName(self.tr("Past syncs"))
        outer.addWidget(self.log_table, 3)

        self.quarantine_title = plain_label()  # our words and a count only
        design.mark(self.quarantine_title, "subtitle")
        self.quarantine_note = plain_label(self.tr(
            "Set aside so they never block the rest; send one again once the hub is fixed."))
        self.quarantine_note.setWordWrap(True)
        design.mark(self.quarantine_note, "muted")
        outer.addWidget(self.quarantine_title)
        outer.addWidget(self.quarantine_note)
        self.quarantine_table = _table([self.tr("Time"), self.tr("Hub's answer"),
                                        self.tr("Reason"), self.tr("Cells"), ""])
        self.quarantine_table.setAccessibleName(self.tr("Batches the hub refused"))
        outer.addWidget(self.quarantine_table, 1)
        self.send_again_buttons: dict[int, QPushButton] = {}
        self.setTabOrder(self.empty.button, self.sync_button)
        self.setTabOrder(self.sync_button, self.preview_button)
        self.setTabOrder(self.preview_button, self.connect_button)
        self.setTabOrder(self.connect_button, self.disconnect_button)
        self.setTabOrder(self.disconnect_button, self.log_table)

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
            self.status_stack.setCurrentWidget(self.status_card)
            for label in (self.hub_label, self.hub_activation_label, self.activation_label,
                          self.last_sync_label, self.pending_label, self.problem_label):
                label.setText(self.tr("counting…"))
            for button in (self.disconnect_button, self.sync_button, self.preview_button):
                button.setEnabled(False)
            return
        tz = self.view.tz if self.view else None
        self.status_stack.setCurrentWidget(
            self.status_card if status.connected else self.empty)
        if status.connected:
            self.hub_label.setText(status.hub_url or "")
            self.hub_activation_label.setText(status.hub_activation or "")
            self.activation_label.setText(status.activation_name or "")
        else:
            self.hub_label.setText(self.tr("Not connected"))
            self.hub_activation_label.setText("—")
            self.activation_label.setText("—")
        self.last_sync_label.setText(local_when(status.last_synced_utc, tz))
        self.pending_label.setText(i18n.number_text(status.pending))
        self.problem_label.setText(sentence(translated(status.last_error))
                                   if status.last_error else self.tr("none"))
        design.mark(self.problem_label, "problem" if status.last_error else "")
        for button in (self.disconnect_button, self.preview_button):
            button.setEnabled(bool(status.connected))
        self.sync_button.setEnabled(bool(status.connected) and not self.sync.busy)

    def _show_log(self, view: SyncView) -> None:
        table = self.log_table
        table.setRowCount(len(view.log))
        for row, entry in enumerate(view.log):
            values = [local_when(entry.at_utc, view.tz), i18n.number_text(entry.cells),
                      i18n.number_text(entry.bytes), outcome_words(entry.outcome),
                      translated(entry.detail) if entry.detail else ""]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)

    def _show_quarantined(self, view: SyncView) -> None:
        batches = view.quarantined
        self.quarantine_title.setText(
            self.tr("Batches the hub refused ({count})").format(
                count=i18n.number_text(len(batches))) if batches else
            self.tr("Batches the hub refused: none"))
        self.quarantine_note.setVisible(bool(batches))
        table = self.quarantine_table
        table.setVisible(bool(batches))
        table.setRowCount(len(batches))
        self.send_again_buttons = {}
        for row, batch in enumerate(batches):
            values = [local_when(batch.at_utc, view.tz),
                      self.tr("HTTP {status}").format(status=batch.status), batch.reason,
                      i18n.number_text(batch.cells)]
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
            button = QPushButton(self.tr("Send again"))
            button.setAccessibleName(self.tr("Send again the batch refused at {when}").format(
                when=values[0]))
            button.clicked.connect(lambda _=False, i=batch.id: self.sync.send_again(i))
            table.setCellWidget(row, 4, button)
            self.send_again_buttons[batch.id] = button

    # -- acting -----------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.sync_button.setText(self.tr("Syncing…") if busy else self.tr("Sync now"))
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
            QMessageBox.Icon.Question, self.tr("Disconnect from the hub"),
            self.tr("Stop sending counts to this hub? The counts stay on this laptop and the "
                    "hub keeps what it has. Connecting again needs a new code from the "
                    "coordinator."),
            QMessageBox.StandardButton.Cancel, self)
        yes = box.addButton(self.tr("Disconnect"), QMessageBox.ButtonRole.AcceptRole)
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
        self.message.emit(self.tr("Connected to the hub as “{name}”.").format(
            name=link.hub_activation))

    def _synced(self, result: SyncResult) -> None:
        if result.outcome == "synced":
            self.say(self.tr("Synced"))

    def say(self, text: str) -> None:
        """Tell a screen reader, once, what just happened ("Synced")."""
        self.announced.append(text)
        i18n.announce(self.status_line, text)

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
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    # The free-text column (detail, reason) takes what is left.
    header.setSectionResizeMode(len(headers) - 1 if headers[-1] else len(headers) - 3,
                                QHeaderView.ResizeMode.Stretch)
    return table
