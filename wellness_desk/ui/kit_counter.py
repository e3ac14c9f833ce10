"""The kit counter: one tap on a tile = one kit handed out, committed before it is shown."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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
from ..clock import local_time_text
from ..errors import WellnessError
from ..settings import DEFAULT_UNDO_WINDOW_S
from ..views import CounterView, counter_view
from .charts import HourlyTally
from .tasks import TaskRunner
from .widgets import KitTileButton, page_title

if TYPE_CHECKING:
    from sqlite_utils import Database


def role_text(role: str) -> str:
    """A role as it reads inside a sentence ("for crew"); no role: "for anyone"."""
    return "anyone" if role == kits.UNSPECIFIED else kits.ROLE_LABELS[role].lower()


def movement_text(m: kits.Movement, tz: str | None = None) -> str:
    """One line of the history (with the local time when `tz` is given)."""
    at = f"{local_time_text(m.at, tz)}  " if tz else ""
    if m.kind == "handed_out":
        role = "" if m.role == kits.UNSPECIFIED else f" · {kits.ROLE_LABELS[m.role]}"
        text = f"{at}{m.kit_name} ×{m.handed_out} handed out{role}"
    elif m.kind == "received":
        text = f"{at}{m.kit_name} +{m.stock_delta} received"
    elif m.kind == "corrected":
        text = f"{at}{m.kit_name} count corrected ({m.stock_delta:+d}): {m.reason}"
    else:
        text = at + undo_text(m, tz)
    return text + ("  — undone" if m.undone else "")


def undo_text(m: kits.Movement, tz: str | None = None) -> str:
    """What an undo row cancelled, in words: "Undo: Earplugs (crew) handed out at 14:05"."""
    when = f" at {local_time_text(m.undoes_at, tz)}" if tz and m.undoes_at else ""
    if m.undoes_kind == "handed_out":
        count = f" ×{-m.handed_out}" if -m.handed_out != 1 else ""
        role = "" if m.role == kits.UNSPECIFIED else f" ({role_text(m.role)})"
        what = f"{count}{role} handed out"
    elif m.undoes_kind == "received":
        what = f" +{-m.stock_delta} received"
    else:
        what = f" count correction ({-m.stock_delta:+d})"
    return f"Undo: {m.kit_name}{what}{when}"


def parse_count(text: str) -> int:
    """A count typed in the box: digits, optionally grouped ("1,500", "1 500")."""
    digits = text.strip()
    for mark in (",", " ", "\u00a0", "\u202f", "'", "_"):
        digits = digits.replace(mark, "")
    if not digits.isdecimal():
        raise WellnessError(f"{text.strip() or 'nothing'!r} is not a whole number")
    if len(digits.lstrip("0")) > 30:
        # A pasted wall of digits: refused before int() meets its 4,300-digit limit.
        raise WellnessError(
            f"more than {kits.MAX_COUNT:,}, the most one hand-out can log: check the number, "
            "or log it in parts")
    count = int(digits)
    if count < 1:
        raise WellnessError("hand out at least 1")
    if count > kits.MAX_COUNT:
        raise WellnessError(
            f"{count:,} is more than {kits.MAX_COUNT:,}, the most one hand-out can log: "
            "check the number, or log it in parts"
        )
    return count


class HandOutSeveralDialog(QDialog):
    """How many of one kit, for which role; a count above kits.CONFIRM_ABOVE is asked about.

    Opened with open(), not exec(): taps on the other tiles keep landing while it is up.
    """

    def __init__(self, kit_name: str, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kit_name = kit_name
        self.count = 0
        self.confirm_box: QMessageBox | None = None
        self.setWindowTitle("Hand out several")
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{kit_name}</b>: how many went over the table at once?"))
        self.role_box = QComboBox()
        for r in (kits.UNSPECIFIED, *kits.ROLES):
            self.role_box.addItem("Anyone" if r == kits.UNSPECIFIED else kits.ROLE_LABELS[r], r)
        self.role_box.setCurrentIndex(self.role_box.findData(role))
        form.addRow("For:", self.role_box)
        self.count_edit = QLineEdit("2")
        self.count_edit.selectAll()
        form.addRow("How many:", self.count_edit)
        self.error = QLabel()
        self.count_edit.textEdited.connect(lambda _: self.error.clear())
        self.error.setObjectName("count-error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B71C1C;")
        form.addRow("", self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    @property
    def role(self) -> str:
        return self.role_box.currentData()

    def question(self, count: int) -> str:
        return f"Hand out {count:,} × {self.kit_name} for {role_text(self.role)}?"

    def _check(self) -> None:
        try:
            count = parse_count(self.count_edit.text())
        except WellnessError as e:
            self.error.setText(str(e))
            self.count_edit.setFocus()
            return
        self.error.clear()
        if not kits.needs_confirmation(count):
            self._done(count)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question, "Hand out several",
            f"{self.question(count)}\n\nThat is more than {kits.CONFIRM_ABOVE} at once.",
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
    cancels this tap and never the one before.
    """

    __slots__ = ("movement_id",)

    def __init__(self) -> None:
        self.movement_id: int | None = None


def _undo_tap(db: Database, tap: _Tap) -> kits.Movement:
    if tap.movement_id is None:
        raise WellnessError("that tap was not counted, so there is nothing to undo")
    return kits.undo(db, tap.movement_id, now=clock.utcnow())


class KitCounterPage(QWidget):
    """Tiles, role picker, undo bar, history and today's tally for one location."""

    loaded = Signal()  # a refresh has been painted (tests and the startup bench wait on it)
    message = Signal(str)  # a short word for the status bar

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
        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title = page_title()
        header.addWidget(self.title, 1)
        header.addWidget(QLabel("Location:"))
        self.location_box = QComboBox()
        self.location_box.setMinimumWidth(200)
        self.location_box.activated.connect(self._location_picked)
        header.addWidget(self.location_box)
        outer.addLayout(header)

        roles = QHBoxLayout()
        roles.addWidget(QLabel("Next tap is for:"))
        self.role_group = QButtonGroup(self)
        self.role_group.setExclusive(True)
        self.role_buttons: dict[str, QPushButton] = {}
        for role in (kits.UNSPECIFIED, *kits.ROLES):
            button = QPushButton(kits.ROLE_LABELS[role] if role != kits.UNSPECIFIED else "Anyone")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setObjectName(f"role-{role}")
            self.role_group.addButton(button)
            self.role_buttons[role] = button
            roles.addWidget(button)
        self.role_buttons[kits.UNSPECIFIED].setChecked(True)
        roles.addStretch(1)
        outer.addLayout(roles)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        tiles_box = QWidget()
        self.grid = QGridLayout(tiles_box)
        self.grid.setSpacing(12)
        self.tile_buttons: list[KitTileButton] = []
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid.addWidget(self.empty_label, 0, 0)
        splitter.addWidget(tiles_box)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        tally_box = QGroupBox("Today per hour")
        tally_layout = QVBoxLayout(tally_box)
        self.today_total = QLabel()
        tally_layout.addWidget(self.today_total)
        self.tally = HourlyTally()
        tally_layout.addWidget(self.tally)
        side_layout.addWidget(tally_box)
        history_box = QGroupBox("Recent actions")
        history_layout = QVBoxLayout(history_box)
        self.history = QListWidget()
        self.history.itemSelectionChanged.connect(self._history_selection)
        history_layout.addWidget(self.history)
        self.undo_selected = QPushButton("Undo selected")
        self.undo_selected.setEnabled(False)
        self.undo_selected.clicked.connect(self._undo_selected)
        history_layout.addWidget(self.undo_selected)
        side_layout.addWidget(history_box, 1)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        outer.addWidget(splitter, 1)

        undo_bar = QHBoxLayout()
        self.undo_label = QLabel()
        undo_bar.addWidget(self.undo_label, 1)
        self.undo_button = QPushButton("Undo  (Ctrl+Z)")
        self.undo_button.setMinimumHeight(40)
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_last)
        undo_bar.addWidget(self.undo_button)
        outer.addLayout(undo_bar)
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
            self.title.setText("Kit counter")
            self._show_empty("No activation yet. Create one under Activations.")
        elif view.location is None:
            self.title.setText(f"{view.activation.name}")
            self._show_empty("This activation has no location yet. Add one under Activations.")
        elif not view.tiles:
            self.title.setText(f"{view.activation.name}")
            self._show_empty("No kit types yet. Add some under Kit catalogue.")
        else:
            self.title.setText(f"{view.activation.name} · {view.location.name}")
            self._show_tiles(view.tiles)
        self.today_total.setText(f"<b>{view.today_total}</b> kits handed out today")
        self.tally.set_hours(view.hourly)
        self._show_history(view)
        if view.day_ends_at is not None:
            left_ms = (view.day_ends_at - clock.utcnow()).total_seconds() * 1000
            self.midnight_timer.start(max(1000, int(left_ms) + 1000))
        self.loaded.emit()

    def _show_empty(self, message: str) -> None:
        for button in self.tile_buttons:
            button.hide()
        self.empty_label.setText(message)
        self.empty_label.show()

    def _show_tiles(self, tiles: list[kits.Tile]) -> None:
        self.empty_label.hide()
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
        for m in view.history:
            item = QListWidgetItem(movement_text(m, tz))
            item.setData(Qt.ItemDataRole.UserRole, m)
            if m.undone or m.kind == "undo":
                item.setForeground(Qt.GlobalColor.gray)
            self.history.addItem(item)

    def tile_for(self, kit_type_id: int) -> KitTileButton:
        return next(b for b in self.tile_buttons if b.kit_type_id == kit_type_id)

    # -- writing ------------------------------------------------------------------
    def selected_role(self) -> str:
        return next(r for r, b in self.role_buttons.items() if b.isChecked())

    def tap_index(self, index: int) -> None:
        visible = [b for b in self.tile_buttons if not b.isHidden()]
        if index < len(visible):
            self.tap(visible[index].kit_type_id)
            return
        n = len(visible)
        there = f"there {'is' if n == 1 else 'are'} {n or 'no'} kit{'' if n == 1 else 's'}"
        self.message.emit(f"No tile {index + 1}: {there}")

    def tap(self, kit_type_id: int, count: int = 1, role: str | None = None) -> None:
        if self.location_id is None:
            return
        role = self.selected_role() if role is None else role
        # The role applies to one tap only: the default path stays one tap.
        self.role_buttons[kits.UNSPECIFIED].setChecked(True)
        location_id = self.location_id
        tap = _Tap()
        self.recent.append(tap)
        self.undo_button.setEnabled(True)
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
        warning = "  ⚠ below zero: count the box" if done.below_zero else ""
        self.undo_label.setText(
            f"Counted: {m.kit_name} ×{m.handed_out} · stock {done.stock_after}{warning}"
        )

    def _not_counted(self, tap: _Tap, error: WellnessError) -> None:
        self._forget(tap)
        self.runner.failed.emit(WellnessError(f"Not counted: {error}"))

    def _forget(self, tap: _Tap) -> None:
        self.recent = [t for t in self.recent if t is not tap]
        self.undo_button.setEnabled(bool(self.recent))

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
            self.undo_button.setEnabled(True)
        self.undo_label.setText("Not undone: the hand-out still counts")
        self.runner.failed.emit(WellnessError(f"Not undone: {error}"))

    def _location_changed(self, view: CounterView) -> None:
        """Another location (picked, or another activation made current): the bottom line
        and the undo button belong to the taps made there, so they start afresh."""
        self.shown_location_id = self.location_id
        self._undo_expired()
        if view.location is None or view.activation is None:
            self.undo_label.clear()
        else:
            self.undo_label.setText(
                f"Counting at {view.location.name} ({view.activation.name})")

    def _undo(self, movement_id: int) -> None:
        self.recent = [t for t in self.recent if t.movement_id != movement_id]
        self.undo_button.setEnabled(bool(self.recent))
        self.runner.write(lambda db: kits.undo(db, movement_id, now=clock.utcnow()), self._undone,
                          partial(self._not_undone, None))

    def _undone(self, undo_row: kits.Movement) -> None:
        if undo_row.handed_out:
            what = f"{undo_row.kit_name} ×{-undo_row.handed_out} handed out"
        else:
            what = f"{undo_row.kit_name} stock {-undo_row.stock_delta:+d}"
        self.undo_label.setText(f"Undone: {what}")

    def _undo_expired(self) -> None:
        self.recent.clear()
        self.undo_button.setEnabled(False)

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
            menu.addAction(f"Hand out one to {kits.ROLE_LABELS[role]}",
                           partial(self._tap_with_role, button.kit_type_id, role))
        menu.addSeparator()
        menu.addAction("Hand out several…", partial(self._hand_out_several, button.kit_type_id))
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
