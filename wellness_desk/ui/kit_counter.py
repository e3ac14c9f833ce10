"""The kit counter: one tap on a tile = one kit handed out, committed before it is shown."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from .. import clock, kits
from ..errors import WellnessError
from ..settings import DEFAULT_UNDO_WINDOW_S
from ..views import CounterView, counter_view
from . import core_words, design, i18n
from .charts import HourlyTally
from .plurals import plural
from .tasks import TaskRunner
from .widgets import KitTileButton, page_title

if TYPE_CHECKING:
    from sqlite_utils import Database


def role_label(role: str) -> str:
    """A role as its button and menus say it ("Crew"); no role: "Anyone"."""
    labels = {
        kits.UNSPECIFIED: QCoreApplication.translate("kit_counter", "Anyone"),
        "artist": QCoreApplication.translate("kit_counter", "Artist"),
        "crew": QCoreApplication.translate("kit_counter", "Crew"),
        "venue_staff": QCoreApplication.translate("kit_counter", "Venue staff"),
        "family": QCoreApplication.translate("kit_counter", "Family"),
        "other": QCoreApplication.translate("kit_counter", "Other"),
    }
    return labels.get(role, kits.ROLE_LABELS.get(role, role))


def role_text(role: str) -> str:
    """A role as it reads inside a sentence ("for crew"); no role: "for anyone"."""
    words = {
        kits.UNSPECIFIED: QCoreApplication.translate("kit_counter", "anyone",
                                                     "in a sentence: for anyone"),
        "artist": QCoreApplication.translate("kit_counter", "artists",
                                             "in a sentence: for artists"),
        "crew": QCoreApplication.translate("kit_counter", "crew", "in a sentence: for crew"),
        "venue_staff": QCoreApplication.translate("kit_counter", "venue staff",
                                                  "in a sentence: for venue staff"),
        "family": QCoreApplication.translate("kit_counter", "family",
                                             "in a sentence: for family"),
        "other": QCoreApplication.translate("kit_counter", "others",
                                            "in a sentence: for others"),
    }
    return words.get(role, role)


def _local_time(at: datetime, tz: str) -> str:
    return i18n.time_text(at.astimezone(clock.zone(tz)))


def movement_text(m: kits.Movement, tz: str | None = None) -> str:
    """One line of the history (with the local time when `tz` is given)."""
    words = {"kit": m.kit_name, "role": role_label(m.role)}
    if m.kind == "handed_out":
        words["count"] = i18n.number_text(m.handed_out)
        text = (QCoreApplication.translate("kit_counter", "{kit} ×{count} handed out")
                if m.role == kits.UNSPECIFIED else
                QCoreApplication.translate("kit_counter", "{kit} ×{count} handed out · {role}")
                ).format(**words)
    elif m.kind == "received":
        text = QCoreApplication.translate("kit_counter", "{kit} +{count} received").format(
            kit=m.kit_name, count=i18n.number_text(m.stock_delta))
    elif m.kind == "corrected":
        text = QCoreApplication.translate(
            "kit_counter", "{kit} count corrected ({change}): {reason}").format(
            kit=m.kit_name, change=_signed(m.stock_delta), reason=m.reason or "")
    else:
        text = undo_text(m, tz)
    if tz:
        text = QCoreApplication.translate("kit_counter", "{time}  {what}").format(
            time=_local_time(m.at, tz), what=text)
    if m.undone:
        text = QCoreApplication.translate("kit_counter", "{what}  — undone").format(what=text)
    return text


def _signed(n: int) -> str:
    return ("+" if n > 0 else "") + i18n.number_text(n)


def undo_text(m: kits.Movement, tz: str | None = None) -> str:
    """What an undo row cancelled, in words: "Undo: Earplugs (crew) handed out at 14:05"."""
    words = {"kit": m.kit_name, "role": role_text(m.role),
             "count": i18n.number_text(abs(m.handed_out or m.stock_delta)),
             "change": _signed(-m.stock_delta)}
    if m.undoes_kind == "handed_out":
        several = -m.handed_out != 1
        with_role = m.role != kits.UNSPECIFIED
        if several and with_role:
            what = QCoreApplication.translate("kit_counter",
                                              "Undo: {kit} ×{count} ({role}) handed out")
        elif several:
            what = QCoreApplication.translate("kit_counter", "Undo: {kit} ×{count} handed out")
        elif with_role:
            what = QCoreApplication.translate("kit_counter", "Undo: {kit} ({role}) handed out")
        else:
            what = QCoreApplication.translate("kit_counter", "Undo: {kit} handed out")
    elif m.undoes_kind == "received":
        what = QCoreApplication.translate("kit_counter", "Undo: {kit} +{count} received")
    else:
        what = QCoreApplication.translate("kit_counter", "Undo: {kit} count correction ({change})")
    text = what.format(**words)
    if tz and m.undoes_at:
        text = QCoreApplication.translate("kit_counter", "{what} at {time}").format(
            what=text, time=_local_time(m.undoes_at, tz))
    return text


def parse_count(text: str) -> int:
    """A count typed in the box: digits, optionally grouped ("1,500", "1 500")."""
    digits = text.strip()
    for sep in (",", " ", "\u00a0", "\u202f", "'", "_", i18n.locale().groupSeparator()):
        digits = digits.replace(sep, "") if sep else digits
    most = i18n.number_text(kits.MAX_COUNT)
    if not digits.isdecimal():
        if not text.strip():
            raise WellnessError(QCoreApplication.translate(
                "kit_counter", "Type how many, as a whole number"), field="count")
        raise WellnessError(QCoreApplication.translate(
            "kit_counter", "“{text}” is not a whole number").format(text=text.strip()[:40]),
            field="count")
    if len(digits.lstrip("0")) > 30:
        # A pasted wall of digits: refused before int() meets its 4,300-digit limit.
        raise WellnessError(QCoreApplication.translate(
            "kit_counter", "More than {most}, the most one hand-out can log: check the "
            "number, or log it in parts").format(most=most), field="count")
    count = int(digits)
    if count < 1:
        raise WellnessError(QCoreApplication.translate("kit_counter", "Hand out at least 1"),
                            field="count")
    if count > kits.MAX_COUNT:
        raise WellnessError(QCoreApplication.translate(
            "kit_counter", "{count} is more than {most}, the most one hand-out can log: "
            "check the number, or log it in parts").format(count=i18n.number_text(count),
                                                           most=most), field="count")
    return count


class HandOutSeveralDialog(QDialog):
    """How many of one kit, for which role; a count above kits.CONFIRM_ABOVE is asked about.

    Opened with open(), not exec(): taps on the other tiles keep landing while it is up.
    Not a FormDialog: its hand-out goes through the page's own tap (so Undo takes it back),
    after the dialog closes; a refusal here is the typed number's, shown under the field
    with everything typed kept.
    """

    def __init__(self, kit_name: str, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kit_name = kit_name
        self.count = 0
        self.confirm_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Hand out several"))
        self.setMinimumWidth(420)
        outer = QVBoxLayout(self)
        outer.setSpacing(design.SPACE.m)
        heading = QLabel(self.tr("{kit}: how many went over the table at once?").format(
            kit=kit_name))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        design.mark(heading, "subtitle")
        outer.addWidget(heading)
        form = QFormLayout()
        outer.addLayout(form)
        self.role_box = QComboBox()
        for r in (kits.UNSPECIFIED, *kits.ROLES):
            self.role_box.addItem(role_label(r), r)
        self.role_box.setCurrentIndex(self.role_box.findData(role))
        self.role_box.setAccessibleName(self.tr("For"))
        role_caption = QLabel(self.tr("&For:"))
        role_caption.setBuddy(self.role_box)
        form.addRow(role_caption, self.role_box)
        self.count_edit = QLineEdit("2")
        self.count_edit.selectAll()
        self.count_edit.setAccessibleName(self.tr("How many"))
        self.count_edit.setObjectName("count")
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.count_edit)
        self.error = QLabel()
        self.error.setObjectName("count-error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        design.mark(self.error, "problem")
        self.error.setVisible(False)
        column.addWidget(self.error)
        count_caption = QLabel(self.tr("How &many:"))
        count_caption.setBuddy(self.count_edit)
        form.addRow(count_caption, box)
        self.count_edit.textEdited.connect(lambda _: self._clear_error())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    @property
    def role(self) -> str:
        return self.role_box.currentData()

    def question(self, count: int) -> str:
        return self.tr("Hand out {count} × {kit} for {role}?").format(
            count=i18n.number_text(count), kit=self.kit_name, role=role_text(self.role))

    def _clear_error(self) -> None:
        self.error.clear()
        self.error.setVisible(False)
        self.count_edit.setProperty("invalid", False)
        design.mark(self.count_edit)

    def show_error(self, text: str) -> None:
        """The refusal under the field, the field marked; what was typed stays."""
        self.error.setText(text)
        self.error.setVisible(True)
        self.count_edit.setProperty("invalid", True)
        design.mark(self.count_edit)
        self.count_edit.setFocus()
        self.adjustSize()

    def _check(self) -> None:
        try:
            count = parse_count(self.count_edit.text())
        except WellnessError as e:
            self.show_error(core_words.error_text(e))
            return
        self._clear_error()
        if not kits.needs_confirmation(count):
            self._done(count)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Hand out several"),
            self.tr("{question}\n\nThat is more than {most} at once.").format(
                question=self.question(count), most=i18n.number_text(kits.CONFIRM_ABOVE)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(partial(self._confirmed, count))
        self.confirm_box = box
        box.open()

    def _confirmed(self, count: int, answer: int) -> None:
        self.confirm_box = None
        if answer == QMessageBox.StandardButton.Yes:
            self._done(count)
        else:
            # The dialog stays up with the number typed, to fix it or cancel.
            self.count_edit.setFocus()
            self.count_edit.selectAll()

    def _done(self, count: int) -> None:
        self.count = count
        self.accept()


class _Tap:
    """A tap of this session; its row id is filled in on the worker once it is committed.

    An undo asked for before that runs after it on the same ordered worker, so it always
    cancels this tap and never the one before. It keeps what the Undo button says of it.
    """

    __slots__ = ("at", "count", "kit_name", "movement_id", "role")

    def __init__(self, kit_name: str = "", count: int = 1, role: str = kits.UNSPECIFIED,
                 at: datetime | None = None) -> None:
        self.movement_id: int | None = None
        self.kit_name = kit_name
        self.count = count
        self.role = role
        self.at = at or clock.utcnow()


def _undo_tap(db: Database, tap: _Tap) -> kits.Movement:
    if tap.movement_id is None:
        raise WellnessError(QCoreApplication.translate(
            "kit_counter", "That tap was not counted, so there is nothing to undo"))
    return kits.undo(db, tap.movement_id, now=clock.utcnow())


class KitCounterPage(QWidget):
    """Tiles, role picker, undo bar, history and today's tally for one location."""

    loaded = Signal()  # a refresh has been painted (tests and the startup bench wait on it)
    message = Signal(str)  # a short word for the status bar
    go_to = Signal(str)  # an empty state's button: open this section ("Activations")

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.view: CounterView | None = None
        self.location_id: int | None = None
        self.shown_location_id: int | None = None
        self.tile_menu: QMenu | None = None
        self.several_dialog: HandOutSeveralDialog | None = None
        # This session's hand-outs still inside the undo window, newest last.
        self.recent: list[_Tap] = []
        self._build()
        runner.changed.connect(self.refresh)

    # -- layout -------------------------------------------------------------------
    def _build(self) -> None:
        sp = design.SPACE
        outer = QVBoxLayout(self)
        outer.setContentsMargins(sp.l, sp.l, sp.l, sp.l)
        outer.setSpacing(sp.m)
        header = QHBoxLayout()
        self.title = page_title()
        header.addWidget(self.title, 1)
        location_caption = QLabel(self.tr("&Location:"))
        header.addWidget(location_caption)
        self.location_box = QComboBox()
        self.location_box.setMinimumWidth(200)
        self.location_box.setAccessibleName(self.tr("Location"))
        self.location_box.activated.connect(self._location_picked)
        location_caption.setBuddy(self.location_box)
        header.addWidget(self.location_box)
        outer.addLayout(header)

        roles = QHBoxLayout()
        roles.setSpacing(sp.s)
        roles_caption = QLabel(self.tr("Next tap is for:"))
        design.mark(roles_caption, "label")
        roles.addWidget(roles_caption)
        self.role_group = QButtonGroup(self)
        self.role_group.setExclusive(True)
        self.role_buttons: dict[str, QPushButton] = {}
        for role in (kits.UNSPECIFIED, *kits.ROLES):
            button = QPushButton(role_label(role))
            button.setCheckable(True)
            # Reachable with Tab, Space picks it; keys 1–9 still tap (page shortcuts).
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setObjectName(f"role-{role}")
            button.setAccessibleName(self.tr("Next tap is for: {role}").format(
                role=role_label(role)))
            button.setAccessibleDescription(self.tr(
                "The next tap on a tile is logged for this role, then it goes back to anyone"))
            design.mark(button, kind="role")
            # The style sheet says so too; this holds before the application style is on.
            button.setMinimumSize(design.TOUCH, design.TOUCH)
            self.role_group.addButton(button)
            self.role_buttons[role] = button
            roles.addWidget(button)
        self.role_buttons[kits.UNSPECIFIED].setChecked(True)
        roles.addStretch(1)
        outer.addLayout(roles)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        tiles_box = QWidget()
        self.grid = QGridLayout(tiles_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(sp.m)
        self.tile_buttons: list[KitTileButton] = []
        self.empty = design.EmptyState()
        self.empty_label = self.empty.message
        self.empty.button.clicked.connect(self._empty_action)
        self._empty_goes_to = ""
        self.grid.addWidget(self.empty, 0, 0)
        splitter.addWidget(tiles_box)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(sp.m)
        tally_box = QGroupBox(self.tr("Today per hour"))
        tally_layout = QVBoxLayout(tally_box)
        self.today_total = QLabel()
        design.mark(self.today_total, "subtitle")
        tally_layout.addWidget(self.today_total)
        self.tally = HourlyTally()
        # Short enough that the counter fits a 1280×720 screen at 150 % (853×480 to lay
        # out), with the tiles keeping their room; it grows with the window.
        self.tally.setMinimumHeight(80)
        tally_layout.addWidget(self.tally)
        side_layout.addWidget(tally_box)
        history_box = QGroupBox(self.tr("Recent actions"))
        history_layout = QVBoxLayout(history_box)
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Recent actions"))
        self.history.itemSelectionChanged.connect(self._history_selection)
        self.history.setMinimumHeight(3 * self.history.fontMetrics().height())
        history_layout.addWidget(self.history)
        self.undo_selected = QPushButton(self.tr("Undo selected"))
        self.undo_selected.setAccessibleName(self.tr("Undo the selected action"))
        self.undo_selected.setEnabled(False)
        self.undo_selected.clicked.connect(self._undo_selected)
        history_layout.addWidget(self.undo_selected)
        side_layout.addWidget(history_box, 1)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        outer.addWidget(splitter, 1)

        undo_bar = QHBoxLayout()
        undo_bar.setSpacing(sp.m)
        self.undo_label = QLabel()
        self.undo_label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_label.setWordWrap(True)
        undo_bar.addWidget(self.undo_label, 1)
        self.undo_button = QPushButton()
        design.mark(self.undo_button, kind="touch")
        self.undo_button.setMinimumHeight(design.TOUCH + design.SPACE.s)
        self.undo_button.setFont(design.font("subtitle", self.undo_button.font()))
        self.undo_button.setToolTip(self.tr("Undo the last tap (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_last)
        undo_bar.addWidget(self.undo_button)
        outer.addLayout(undo_bar)
        self._show_undo()
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.timeout.connect(self._undo_expired)
        # "Today" is recounted at the location's midnight even if nobody taps then
        # (the tent is open till 02:00).
        self.midnight_timer = QTimer(self)
        self.midnight_timer.setSingleShot(True)
        self.midnight_timer.timeout.connect(self.refresh)

        for n in range(1, 10):
            shortcut = QShortcut(QKeySequence(str(n)), self)
            shortcut.activated.connect(partial(self.tap_index, n - 1))
        QShortcut(QKeySequence.StandardKey.Undo, self).activated.connect(self.undo_last)
        self.setTabOrder(self.location_box, self.role_buttons[kits.UNSPECIFIED])
        previous: QWidget = self.role_buttons[kits.UNSPECIFIED]
        for role in kits.ROLES:
            self.setTabOrder(previous, self.role_buttons[role])
            previous = self.role_buttons[role]
        for widget in (self.history, self.undo_selected, self.undo_button):
            self.setTabOrder(previous, widget)
            previous = widget

    # -- reading ------------------------------------------------------------------
    def refresh(self) -> None:
        if self.runner.stopped:
            return  # a change or timer delivered while the window closes: nothing to show
        location_id = self.location_id
        self.runner.read(
            lambda db: counter_view(db, location_id=location_id, now=clock.utcnow()), self._show)

    def _show(self, view: CounterView) -> None:
        self.view = view
        self.location_id = view.location.id if view.location else None
        if self.location_id != self.shown_location_id:
            self._location_changed(view)
        self.location_box.clear()
        for loc in view.locations:
            self.location_box.addItem(loc.name, loc.id)
        if view.location:
            self.location_box.setCurrentIndex(self.location_box.findData(view.location.id))
        if view.activation is None:
            self.title.setText(self.tr("Kit counter"))
            self._show_empty(self.tr("No activation yet. Create one under Activations."),
                             self.tr("Open Activations"), "Activations")
        elif view.location is None:
            self.title.setText(view.activation.name)
            self._show_empty(
                self.tr("This activation has no location yet. Add one under Activations."),
                self.tr("Open Activations"), "Activations")
        elif not view.tiles:
            self.title.setText(view.activation.name)
            self._show_empty(self.tr("No kit types yet. Add some under Kit catalogue."),
                             self.tr("Open the kit catalogue"), "Kit catalogue")
        else:
            self.title.setText(self.tr("{activation} · {location}").format(
                activation=view.activation.name, location=view.location.name))
            self._show_tiles(view.tiles)
        self.today_total.setText(plural(self.tr("%Ln kit(s) handed out today", "",
                                                view.today_total), view.today_total))
        self.tally.set_hours(view.hourly)
        self._show_history(view)
        if view.day_ends_at is not None:
            left_ms = (view.day_ends_at - clock.utcnow()).total_seconds() * 1000
            self.midnight_timer.start(max(1000, int(left_ms) + 1000))
        self.loaded.emit()

    def _show_empty(self, message: str, action: str, section: str) -> None:
        for button in self.tile_buttons:
            button.hide()
        self._empty_goes_to = section
        self.empty.set_text(message, action)
        self.empty.show()

    def _empty_action(self) -> None:
        if self._empty_goes_to:
            self.go_to.emit(self._empty_goes_to)

    def _show_tiles(self, tiles: list[kits.Tile]) -> None:
        self.empty.hide()
        while len(self.tile_buttons) < len(tiles):
            button = KitTileButton(len(self.tile_buttons))
            button.tapped.connect(self.tap)
            button.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            button.customContextMenuRequested.connect(partial(self._tile_menu, button))
            columns = 3
            i = len(self.tile_buttons)
            self.grid.addWidget(button, 1 + i // columns, i % columns)
            self.tile_buttons.append(button)
        for button, tile in zip(self.tile_buttons, tiles, strict=False):
            button.show_tile(tile)
            button.show()
        for button in self.tile_buttons[len(tiles):]:
            button.hide()

    def _show_history(self, view: CounterView) -> None:
        self.history.clear()
        tz = view.location.tz if view.location else "UTC"
        muted = QColor(design.colours().text_muted)
        for m in view.history:
            item = QListWidgetItem(movement_text(m, tz))
            item.setData(Qt.ItemDataRole.UserRole, m)
            if m.undone or m.kind == "undo":
                item.setForeground(muted)
            self.history.addItem(item)

    def tile_for(self, kit_type_id: int) -> KitTileButton:
        return next(b for b in self.tile_buttons if b.kit_type_id == kit_type_id)

    def finish_animations(self) -> None:
        """End every tile's flash and count animation now (tests, screenshots)."""
        for button in self.tile_buttons:
            button.finish_animations()

    # -- the undo button ----------------------------------------------------------
    def undo_words(self, tap: _Tap) -> str:
        """What Undo will take back: "Undo: 1 × Earplugs for crew, 14:02"."""
        tz = self.view.location.tz if self.view and self.view.location else "UTC"
        words = {"kit": tap.kit_name, "role": role_text(tap.role),
                 "time": _local_time(tap.at, tz)}
        if tap.role == kits.UNSPECIFIED:
            return self.tr("Undo: %Ln × {kit}, {time}", "", tap.count).format(**words)
        return self.tr("Undo: %Ln × {kit} for {role}, {time}", "", tap.count).format(**words)

    def _show_undo(self) -> None:
        if self.recent:
            text = self.undo_words(self.recent[-1])
            self.undo_button.setText(text)
            self.undo_button.setAccessibleName(text)
            self.undo_button.setEnabled(True)
        else:
            self.undo_button.setText(self.tr("Nothing to undo"))
            self.undo_button.setAccessibleName(self.tr("Undo: nothing to undo"))
            self.undo_button.setEnabled(False)

    # -- writing ------------------------------------------------------------------
    def selected_role(self) -> str:
        return next(r for r, b in self.role_buttons.items() if b.isChecked())

    def tap_index(self, index: int) -> None:
        visible = [b for b in self.tile_buttons if not b.isHidden()]
        if index < len(visible):
            self.tap(visible[index].kit_type_id)
            return
        self.message.emit(plural(self.tr("No tile {key}: there are %Ln kit(s)", "",
                                         len(visible)), len(visible)).format(key=index + 1))

    def tap(self, kit_type_id: int, count: int = 1, role: str | None = None) -> None:
        if self.location_id is None:
            return
        role = self.selected_role() if role is None else role
        # The role applies to one tap only: the default path stays one tap.
        self.role_buttons[kits.UNSPECIFIED].setChecked(True)
        location_id = self.location_id
        kit = next((b.tile.kit.name for b in self.tile_buttons
                    if b.kit_type_id == kit_type_id and b.tile is not None), "")
        tap = _Tap(kit, count, role)
        self.recent.append(tap)
        self._show_undo()
        window_s = self.view.undo_window_s if self.view else DEFAULT_UNDO_WINDOW_S
        self.undo_timer.start(window_s * 1000)

        def hand_out(db: Database) -> kits.HandOut:
            done = kits.hand_out(
                db, kit_type_id=kit_type_id, location_id=location_id, count=count, role=role,
                now=clock.utcnow(),
            )
            tap.movement_id = done.movement.id
            return done

        self.runner.write(hand_out, self._handed_out, partial(self._not_counted, tap))

    def _handed_out(self, done: kits.HandOut) -> None:
        m = done.movement
        words = {"kit": m.kit_name, "count": i18n.number_text(m.handed_out),
                 "stock": i18n.number_text(done.stock_after)}
        if done.below_zero:
            text = self.tr("Counted: {kit} ×{count} · stock {stock} · below zero: count the box")
        else:
            text = self.tr("Counted: {kit} ×{count} · stock {stock}")
        self.undo_label.setText(text.format(**words))
        design.mark(self.undo_label, "problem" if done.below_zero else "body")

    def _not_counted(self, tap: _Tap, error: WellnessError) -> None:
        self._forget(tap)
        self.runner.failed.emit(WellnessError(self.tr("Not counted: {reason}").format(
            reason=core_words.error_text(error))))

    def _forget(self, tap: _Tap) -> None:
        self.recent = [t for t in self.recent if t is not tap]
        self._show_undo()

    def undo_last(self) -> None:
        """Undo this session's newest tap; pressed again, the one before, and so on."""
        if self.recent and self.undo_button.isEnabled():
            tap = self.recent[-1]
            self._forget(tap)
            self.runner.write(partial(_undo_tap, tap=tap), self._undone,
                              partial(self._not_undone, tap))

    def _not_undone(self, tap: _Tap | None, error: WellnessError) -> None:
        """The undo was refused (a full disk, say): the hand-out still counts, and stays
        undoable once the disk lets the undo be saved."""
        if (tap is not None and tap.movement_id is not None and tap not in self.recent
                and self.undo_timer.isActive()):
            # Back in its place among this session's taps (one made since stays newer).
            self.recent.append(tap)
            self.recent.sort(key=lambda t: t.movement_id or float("inf"))
            self._show_undo()
        self.undo_label.setText(self.tr("Not undone: the hand-out still counts"))
        design.mark(self.undo_label, "problem")
        self.runner.failed.emit(WellnessError(self.tr("Not undone: {reason}").format(
            reason=core_words.error_text(error))))

    def _location_changed(self, view: CounterView) -> None:
        """Another location (picked, or another activation made current): the bottom line
        and the undo button belong to the taps made there, so they start afresh."""
        self.shown_location_id = self.location_id
        self._undo_expired()
        design.mark(self.undo_label, "body")
        if view.location is None or view.activation is None:
            self.undo_label.clear()
        else:
            self.undo_label.setText(self.tr("Counting at {location} ({activation})").format(
                location=view.location.name, activation=view.activation.name))

    def _undo(self, movement_id: int) -> None:
        self.recent = [t for t in self.recent if t.movement_id != movement_id]
        self._show_undo()
        self.runner.write(lambda db: kits.undo(db, movement_id, now=clock.utcnow()), self._undone,
                          partial(self._not_undone, None))

    def _undone(self, undo_row: kits.Movement) -> None:
        if undo_row.handed_out:
            text = self.tr("Undone: {kit} ×{count} handed out").format(
                kit=undo_row.kit_name, count=i18n.number_text(-undo_row.handed_out))
        else:
            text = self.tr("Undone: {kit} stock {change}").format(
                kit=undo_row.kit_name, change=_signed(-undo_row.stock_delta))
        self.undo_label.setText(text)
        design.mark(self.undo_label, "body")

    def _undo_expired(self) -> None:
        self.recent.clear()
        self._show_undo()

    def _history_selection(self) -> None:
        m = self._selected_movement()
        self.undo_selected.setEnabled(bool(m and m.can_undo))

    def _selected_movement(self) -> kits.Movement | None:
        items = self.history.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _undo_selected(self) -> None:
        m = self._selected_movement()
        if m and m.can_undo:
            self._undo(m.id)

    def _location_picked(self, index: int) -> None:
        self.location_id = self.location_box.itemData(index)
        self.refresh()

    def _tile_menu(self, button: KitTileButton, pos: QPoint) -> None:
        menu = QMenu(self)
        for role in kits.ROLES:
            menu.addAction(self.tr("Hand out one to {role}").format(role=role_text(role)),
                           partial(self._tap_with_role, button.kit_type_id, role))
        menu.addSeparator()
        menu.addAction(self.tr("Hand out several…"),
                       partial(self._hand_out_several, button.kit_type_id))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.tile_menu = menu
        # popup(), not exec(): the event loop (and the taps) carry on while it is open.
        menu.popup(button.mapToGlobal(pos))

    def _tap_with_role(self, kit_type_id: int, role: str) -> None:
        self.role_buttons[role].setChecked(True)
        self.tap(kit_type_id)

    def _hand_out_several(self, kit_type_id: int) -> HandOutSeveralDialog:
        if self.several_dialog is not None:
            self.several_dialog.close()
        tile = self.tile_for(kit_type_id)
        dialog = HandOutSeveralDialog(tile.name_label.text(), self.selected_role(), self)
        # The role picked for the next tap went into the dialog; the next tap is "anyone".
        self.role_buttons[kits.UNSPECIFIED].setChecked(True)
        dialog.accepted.connect(
            lambda: self.tap(kit_type_id, dialog.count, role=dialog.role))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _: setattr(self, "several_dialog", None))
        self.several_dialog = dialog
        dialog.open()
        return dialog
