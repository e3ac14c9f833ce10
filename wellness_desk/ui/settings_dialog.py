"""Settings: the few choices a tent or a tour manager changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, SignalInstance
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import backups, logs, settings
from ..clock import utcnow
from ..errors import WellnessError
from . import core_words, design, i18n

if TYPE_CHECKING:
    from .tasks import TaskRunner

_KIND_WORDS = {
    "daily": QT_TRANSLATE_NOOP("BackupsGroup", "daily"),
    "manual": QT_TRANSLATE_NOOP("BackupsGroup", "by hand"),
    "pre-migration": QT_TRANSLATE_NOOP("BackupsGroup", "before an upgrade"),
}


class _Checked(QWidget):
    """A field with a line under it for what is wrong with it: shown while the dialog
    stays open, so nothing typed is lost."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(2)
        rows.addWidget(field)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.error.setWordWrap(True)
        design.mark(self.error, "problem")
        self.error.hide()
        rows.addWidget(self.error)

    def show_error(self, message: str) -> None:
        self.error.setText(core_words.sentence(message))
        self.error.setVisible(bool(message))
        self.field.setProperty("invalid", bool(message))
        design.mark(self.field)  # re-polished: the style sheet draws the field in error


class SettingsDialog(QDialog):
    def __init__(self, db_path: Path, choices: settings.Choices,
                 parent: QWidget | None = None, *, sync_status: str = "",
                 sync_status_changed: SignalInstance | None = None,
                 connect_hub: Callable[[QWidget], object] | None = None,
                 runner: TaskRunner | None = None,
                 restore_backup: Callable[[Path], object] | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.setWindowTitle(self.tr("Settings"))
        # The groups scroll, OK and Cancel stay in view: the whole form is taller than a
        # 1280×720 screen (and than a 1920×1080 one at 150 %).
        outer = QVBoxLayout(self)
        self.groups_scroll = QScrollArea(self)
        self.groups_scroll.setObjectName("settings-scroll")
        self.groups_scroll.setWidgetResizable(True)
        self.groups_scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self.groups_scroll)
        form = QFormLayout(body)
        self.checked: dict[str, _Checked] = {}
        form.addRow(self._look_group())
        self.undo_window = QSpinBox()
        self.undo_window.setRange(3, 600)
        self.undo_window.setSuffix(self.tr(" s", "seconds"))
        self.undo_window.setValue(choices.undo_window_s)
        self.undo_window.setToolTip(self.tr("How long the Undo button stays live after a tap."))
        self._row(form, self.tr("&Undo a tap for"), "undo_window_s", self.undo_window)
        self.hub_url = QLineEdit(choices.hub_url)
        self.hub_url.setMinimumWidth(320)
        self.hub_url.setToolTip(self.tr("The online resource hub that printed QR codes point "
                                        "to. It has nothing to do with the sync hub below."))
        self._row(form, self.tr("Resource &hub address\n(printed on cards)"), "hub_url",
                  self.hub_url, self.tr("Resource hub address (printed on cards)"))
        self.therapy_lock = QSpinBox()
        self.therapy_lock.setRange(1, 120)
        self.therapy_lock.setSuffix(self.tr(" min", "minutes"))
        self.therapy_lock.setValue(choices.therapy_lock_min)
        self.therapy_lock.setToolTip(self.tr("The Therapy days section hides names again "
                                             "after this long without a touch."))
        self._row(form, self.tr("Lock &therapy names after"), "therapy_lock_min",
                  self.therapy_lock)
        form.addRow(self._help_line_group(choices))
        form.addRow(self._report_group(choices))
        where = QLabel(str(db_path))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setToolTip(self.tr("Change it with --data-dir or WELLNESS_DESK_DATA."))
        form.addRow(self.tr("Database"), where)
        form.addRow(self.tr("Log"), self._log_button())
        form.addRow(self._sync_group(sync_status, sync_status_changed, connect_hub))
        if runner is not None:
            self.backups = BackupsGroup(db_path, runner, restore_backup, self)
            form.addRow(self.backups)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.groups_scroll.setWidget(body)
        self.groups_scroll.setAccessibleName(self.tr("Settings"))
        outer.addWidget(self.groups_scroll, 1)
        outer.addWidget(buttons)
        self._fit(body)

    def focus_field(self, name: str) -> None:
        """Start in the field of setting `name` (the help line's number, from the Print
        and Resources sections), scrolled into view."""
        field = self.checked[name].field
        field.setFocus()
        self.groups_scroll.ensureWidgetVisible(field)

    def _fit(self, body: QWidget) -> None:
        """As tall as the form where the screen has room, else the screen's height less a
        margin (the groups then scroll); as wide as the form, without a sideways scroll."""
        need = body.sizeHint()
        bar = self.groups_scroll.verticalScrollBar().sizeHint().width()
        self.groups_scroll.setMinimumWidth(need.width() + bar)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        room = screen.height() - 80 if screen is not None else need.height()
        self.groups_scroll.setMinimumHeight(min(need.height(), max(240, room - 120)))

    def _row(self, form: QFormLayout, label: str, name: str, field: QWidget,
             accessible: str | None = None) -> None:
        """A form row whose label is the field's buddy (its & key jumps there) and whose
        words are the field's accessible name."""
        text = QLabel(label)
        text.setBuddy(field)
        field.setAccessibleName(accessible or label.replace("&", ""))
        form.addRow(text, self._checked(name, field))

    def _look_group(self) -> QGroupBox:
        """Language and light or dark: this laptop's, applied on OK without a restart."""
        group = QGroupBox(self.tr("Language and appearance (this laptop)"))
        rows = QFormLayout(group)
        folder = self.db_path.parent
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), None)
        for code, name in i18n.LANGUAGES.items():
            # Each language in its own words: whoever reads it can find theirs.
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(
            i18n.stored_language(folder))))
        self.language.setToolTip(self.tr("The language of every screen; dates and numbers "
                                         "follow it."))
        self.appearance = QComboBox()
        for key, words in (("system", self.tr("System (follows light or dark mode)")),
                           ("light", self.tr("Light")), ("dark", self.tr("Dark"))):
            self.appearance.addItem(words, key)
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(
            i18n.stored_appearance(folder))))
        for field, label in ((self.language, self.tr("&Language")),
                             (self.appearance, self.tr("&Appearance"))):
            text = QLabel(label)
            text.setBuddy(field)
            field.setAccessibleName(label.replace("&", ""))
            rows.addRow(text, field)
        return group

    def apply_look(self) -> None:
        """Store and apply the language and appearance chosen (no restart: Qt tells every
        widget to set its words again)."""
        folder = self.db_path.parent
        app = QApplication.instance()
        language = self.language.currentData()
        if language != i18n.stored_language(folder):
            i18n.store_language(folder, language)
        shown = language if language in i18n.LANGUAGES else i18n.system_language()
        # Only a new language: installing rebuilds every page, and what was being typed on
        # them (a card's tag, a search) would go with an OK that changed the help line.
        if isinstance(app, QApplication) and shown != i18n.language():
            i18n.install(app, language)
        appearance = self.appearance.currentData()
        if isinstance(app, QApplication):
            design.set_appearance(appearance, i18n.ui_state(folder))

    def _log_button(self) -> QPushButton:
        """What to send whoever helps when something went wrong (it holds no names)."""
        folder = logs.current_folder()
        self.open_log_button = QPushButton(self.tr("Open log folder"))
        self.open_log_button.setToolTip(str(folder))
        self.open_log_button.setAccessibleName(self.tr("Open log folder"))
        self.open_log_button.setEnabled(folder.is_dir())
        self.open_log_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        return self.open_log_button

    def _checked(self, name: str, field: QWidget) -> _Checked:
        self.checked[name] = _Checked(field)
        return self.checked[name]

    def _help_line_group(self, choices: settings.Choices) -> QGroupBox:
        """The crisis line printed on every card and sign."""
        group = QGroupBox(self.tr("Help line (printed on cards and signs)"))
        rows = QFormLayout(group)
        self.help_line_name = QLineEdit(choices.help_line_name)
        self.help_line_name.setPlaceholderText(self.tr(
            "e.g. Music Minds Matter (empty: “24/7 music-industry help line”)"))
        self._row(rows, self.tr("&Name"), "help_line_name", self.help_line_name,
                  self.tr("Help line name"))
        self.help_line_number = QLineEdit(choices.help_line_number)
        self.help_line_number.setPlaceholderText(self.tr("e.g. +44 800 088 2045"))
        self.help_line_number.setToolTip(self.tr(
            "The real number of your help line. Until one is set, cards and signs print "
            "without a help line."))
        self._row(rows, self.tr("Nu&mber"), "help_line_number", self.help_line_number,
                  self.tr("Help line number"))
        self.help_line_required = QCheckBox(self.tr(
            "Refuse to print cards and signs while no number is set"))
        self.help_line_required.setAccessibleName(self.help_line_required.text())
        self.help_line_required.setChecked(choices.help_line_required)
        rows.addRow("", self.help_line_required)
        return group

    def _report_group(self, choices: settings.Choices) -> QGroupBox:
        """Who the activation report is from: its title page prints them."""
        group = QGroupBox(self.tr("Activation report (title page)"))
        rows = QFormLayout(group)
        self.org_name = QLineEdit(choices.org_name)
        self.org_name.setPlaceholderText(self.tr("Your nonprofit's name"))
        self._row(rows, self.tr("N&onprofit"), "org_name", self.org_name,
                  self.tr("Nonprofit's name on the report"))
        logo = QWidget()
        line = QHBoxLayout(logo)
        line.setContentsMargins(0, 0, 0, 0)
        self.org_logo = QLineEdit(choices.org_logo)
        self.org_logo.setPlaceholderText(self.tr("No logo (optional: a PNG or JPEG file)"))
        self.org_logo.setAccessibleName(self.tr("Logo on the report"))
        line.addWidget(self.org_logo, 1)
        pick = QPushButton(self.tr("Choose…"))
        pick.setAccessibleName(self.tr("Choose a logo file"))
        pick.clicked.connect(self._choose_logo)
        line.addWidget(pick)
        self.checked["org_logo"] = _Checked(logo)
        self.checked["org_logo"].field = self.org_logo
        text = QLabel(self.tr("Lo&go"))
        text.setBuddy(self.org_logo)
        rows.addRow(text, self.checked["org_logo"])
        return group

    def _choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Logo for the report"),
                                              self.org_logo.text(),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if name:
            self.org_logo.setText(name)

    def _sync_group(self, status: str, status_changed: SignalInstance | None,
                    connect_hub: Callable[[QWidget], object] | None) -> QGroupBox:
        """Where this laptop sends its anonymous counts (the Sync section has the rest)."""
        group = QGroupBox(self.tr("Sync hub (where anonymous counts are sent)"))
        rows = QVBoxLayout(group)
        self.sync_status = QLabel(status)
        # The hub's words can be in it: shown as they are, never as rich text.
        self.sync_status.setTextFormat(Qt.TextFormat.PlainText)
        self.sync_status.setWordWrap(True)
        rows.addWidget(self.sync_status)
        if status_changed is not None:
            status_changed.connect(self.sync_status.setText)
        self.connect_hub_button = QPushButton(self.tr("Connect to a sync hub…"))
        self.connect_hub_button.setAccessibleName(self.tr("Connect to a sync hub"))
        self.connect_hub_button.setEnabled(connect_hub is not None)
        if connect_hub is not None:
            self.connect_hub_button.clicked.connect(lambda: connect_hub(self))
        rows.addWidget(self.connect_hub_button)
        more = QLabel(self.tr("Sync now, the preview of what is sent, past syncs and "
                              "Disconnect are in the Sync section."))
        more.setWordWrap(True)
        rows.addWidget(more)
        return group

    def choices(self) -> settings.Choices:
        return settings.Choices(undo_window_s=self.undo_window.value(),
                                hub_url=self.hub_url.text(),
                                therapy_lock_min=self.therapy_lock.value(),
                                help_line_name=self.help_line_name.text(),
                                help_line_number=self.help_line_number.text(),
                                help_line_required=self.help_line_required.isChecked(),
                                org_name=self.org_name.text(), org_logo=self.org_logo.text())

    def accept(self) -> None:
        """Close only when every field is good; otherwise say what is wrong beside it."""
        problems = settings.choice_problems(self.choices())
        for name, checked in self.checked.items():
            checked.show_error(problems.get(name, ""))
        if problems:
            first = next(name for name in self.checked if name in problems)
            self.checked[first].field.setFocus()
            return
        super().accept()
        self.apply_look()

    def job(self) -> Callable[[Any], settings.Choices]:
        """The write to run on the worker once accepted."""
        choices = self.choices()
        return lambda db: settings.save_choices(db, choices)


class BackupsGroup(QGroupBox):
    """Settings → Backups: the backups folder's list, Back up now, and Restore….

    The copy, the check of a chosen file and the restore itself run off the UI thread (on
    the drawing pool, beside the taps' worker, never on it). `restore_backup(path)` is the
    window's: it closes the database everywhere before the file is replaced."""

    def __init__(self, db_path: Path, runner: TaskRunner,
                 restore_backup: Callable[[Path], object] | None,
                 dialog: QDialog) -> None:
        super().__init__()
        self.setTitle(self.tr("Backups"))
        self.db_path = db_path
        self.runner = runner
        self._restore_backup = restore_backup
        self._dialog = dialog
        self.file_chooser: QFileDialog | None = None
        self.confirm_box: QMessageBox | None = None
        rows = QVBoxLayout(self)
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("When"), self.tr("Kind"), self.tr("Size")])
        self.list.setAccessibleName(self.tr("Backups of this laptop's database"))
        self.list.setRootIsDecorated(False)
        self.list.setMinimumHeight(120)
        rows.addWidget(self.list)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it quotes file names
        self.status.setWordWrap(True)
        rows.addWidget(self.status)
        buttons = QHBoxLayout()
        self.back_up_button = QPushButton(self.tr("Back up now"))
        self.back_up_button.setAccessibleName(self.tr("Back up now"))
        self.back_up_button.clicked.connect(self.back_up_now)
        buttons.addWidget(self.back_up_button)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setAccessibleName(self.tr("Restore a backup"))
        self.restore_button.setEnabled(restore_backup is not None)
        self.restore_button.clicked.connect(self.choose_backup)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        rows.addLayout(buttons)
        where = QLabel(self.tr("A backup is made at the first start of each day and before "
                               "every upgrade, in {folder}.").format(
            folder=backups.backups_dir(db_path.parent)))
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setWordWrap(True)
        rows.addWidget(where)
        self.show_list()

    def show_list(self) -> None:
        self.list.clear()
        found = backups.list_backups(self.db_path.parent)
        for backup in found:
            kind = _KIND_WORDS.get(backup.kind)
            item = QTreeWidgetItem([
                i18n.datetime_text(backup.taken_at.astimezone()),
                QCoreApplication.translate("BackupsGroup", str(kind)) if kind else backup.kind,
                backups.size_text(backup.size_bytes)])
            item.setData(0, Qt.ItemDataRole.UserRole, str(backup.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
            self.list.addTopLevelItem(item)
        if not found:
            self.list.addTopLevelItem(QTreeWidgetItem([self.tr("No backups yet"), "", ""]))
        for column in range(3):
            self.list.resizeColumnToContents(column)

    def _say(self, text: str, *, problem: bool = False) -> None:
        design.mark(self.status, "problem" if problem else "muted")
        self.status.setText(text)
        if text:
            i18n.announce(self.status, text, assertive=problem)

    def _failed(self, error: WellnessError) -> None:
        self.back_up_button.setEnabled(True)
        self.restore_button.setEnabled(self._restore_backup is not None)
        self._say(core_words.error_text(error), problem=True)

    def back_up_now(self) -> None:
        self.back_up_button.setEnabled(False)
        self._say(self.tr("Backing up…"))
        path = self.db_path
        self.runner.draw(lambda: backups.make_backup(path, now=utcnow()), here=True,
                         done=self._backed_up, failed=self._failed)

    def _backed_up(self, made: backups.Backup) -> None:
        self.back_up_button.setEnabled(True)
        self.show_list()
        self._say(self.tr("Backed up: {file} ({size}).").format(
            file=made.path.name, size=backups.size_text(made.size_bytes)))

    def choose_backup(self) -> None:
        """A file chooser on the backups folder; Qt's own, so it looks the same everywhere."""
        folder = backups.backups_dir(self.db_path.parent)
        chooser = QFileDialog(self, self.tr("Restore a backup"),
                              str(folder if folder.is_dir() else self.db_path.parent))
        chooser.setOption(QFileDialog.Option.DontUseNativeDialog)
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setNameFilters([self.tr("Wellness Desk backups (*.sqlite3)"),
                                 self.tr("All files (*)")])
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.fileSelected.connect(lambda name: self._chosen(Path(name)))
        chooser.finished.connect(self._chooser_closed)
        self.file_chooser = chooser
        chooser.open()

    def _chooser_closed(self) -> None:
        self.file_chooser = None

    def _chosen(self, source: Path) -> None:
        self.restore_button.setEnabled(False)
        self._say(self.tr("Checking {file}…").format(file=source.name))
        current = self.db_path

        def read() -> tuple[Path, backups.Contents | None, backups.Contents | None]:
            backups.check_backup(source)
            return source, backups.contents(source), backups.contents(current)

        self.runner.draw(read, here=True, done=self._confirm, failed=self._failed)

    def _confirm(self, found: tuple[Path, backups.Contents | None,
                                    backups.Contents | None]) -> None:
        source, incoming, current = found
        self._say("")
        now_text = (current.describe() if current is not None
                    else self.tr("it cannot be read (damaged?)"))
        aside = f"{self.db_path.name}.before-restore-<time>"
        text = self.tr(
            "Put back the backup {file}?\n\nIt holds: {holds}.\n\nIt replaces the current "
            "database ({now}). The current database is not deleted: it is kept as {aside} "
            "in {folder}.\n\nWellness Desk closes after the restore; open it again to "
            "carry on.").format(
            file=source.name,
            holds=incoming.describe() if incoming else self.tr("nothing readable"),
            now=now_text, aside=aside, folder=self.db_path.parent)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore a backup"), text,
                          QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.restore_confirm = box.addButton(self.tr("Restore"),
                                             QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _: self._answered(box, source))
        self.confirm_box = box
        box.open()

    def _answered(self, box: QMessageBox, source: Path) -> None:
        self.confirm_box = None
        self.restore_button.setEnabled(True)
        if box.clickedButton() is not self.restore_confirm or self._restore_backup is None:
            return
        self._dialog.reject()  # the restore replaces every setting with the backup's
        self._restore_backup(source)
