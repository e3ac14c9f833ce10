"""Resources: the right crisis line or service, in any country, with no network.

The filters and the free text go to the directory's search (on its own thread, see
`directory_worker`); the results come back in the order the search gives (favourites of
the country, crisis lines, open now, the rest) with their hours and checks worked out in
the core (`resources.glance`). Every number is large, with its type and a Copy button; the
industry's 24/7 help line from Settings is pinned above every list.

Keyboard: whatever is typed in the section goes to the search box; Up/Down move through
the results; Enter copies the first number of the highlighted one (the top one at first).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import clock, settings
from ..errors import WellnessError
from ..resources import glance
from ..resources.model import KINDS, LANGUAGES
from .directory_worker import DirectoryWorker
from .tasks import TaskRunner
from .widgets import page_title

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ..resources.store import Store

LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "de": "Deutsch",
                  "pt": "Português"}
KIND_NAMES = {"crisis-line": "Crisis lines", "counselling": "Counselling and therapy",
              "financial-aid": "Financial aid", "substance-use": "Substance use",
              "peer-support": "Peer support", "music-industry": "Music industry"}
KIND_CHIPS = {"crisis-line": "CRISIS LINE", "counselling": "COUNSELLING",
              "financial-aid": "FINANCIAL AID", "substance-use": "SUBSTANCE USE",
              "peer-support": "PEER SUPPORT", "music-industry": "MUSIC INDUSTRY"}
# RFC 6350 types in the words of the person dialling.
CONTACT_WORDS = {"voice": "Call", "text": "Text (SMS)", "textphone": "Textphone",
                 "video": "Video call"}
FRESHNESS_WORDS = {"fresh": "Verified", "ageing": "Verified over 6 months ago",
                   "stale": "STALE: not verified for over a year", "unknown": "Not verified"}
SEARCH_LIMIT = 50
# Cards laid out at first; the rest on "Show more" (a screen holds four).
SHOWN_FIRST = 15

RED = "#B71C1C"
GREEN = "#1B5E20"
AMBER = "#7A4F00"
INK = "#1A1A1A"
MUTED = "#5F6368"
BLUE = "#0B57D0"

STYLE = f"""
QFrame#result {{ background: #FFFFFF; border: 1px solid #D5D8DC; border-left: 6px solid #D5D8DC;
    border-radius: 10px; }}
QFrame#result[current="true"] {{ border: 3px solid {BLUE}; border-left: 6px solid {BLUE}; }}
QFrame#result[crisis="true"] {{ border-left: 6px solid {RED}; }}
QFrame#result[crisis="true"][current="true"] {{ border: 3px solid {BLUE};
    border-left: 6px solid {RED}; }}
QFrame#pair {{ background: #EEF2F7; border: 1px dashed #8A99AD; border-radius: 12px; }}
QFrame#banner {{ background: #E8F0FE; border: 1px solid #A8C7FA; border-radius: 10px; }}
QFrame#banner[missing="true"] {{ background: #FFF3E0; border: 1px solid #FFB74D; }}
QLabel#chip {{ color: #FFFFFF; background: {RED}; border-radius: 4px; padding: 2px 6px;
    font-weight: 700; }}
QLabel#kind {{ color: {MUTED}; background: #ECEFF1; border-radius: 4px; padding: 2px 6px;
    font-weight: 600; }}
QLabel#type {{ color: {INK}; background: #E3E7EB; border-radius: 4px; padding: 3px 8px;
    font-weight: 700; }}
QLabel[fresh="fresh"] {{ color: {GREEN}; font-weight: 600; }}
QLabel[fresh="ageing"] {{ color: {AMBER}; font-weight: 600; }}
QLabel[fresh="stale"] {{ color: #FFFFFF; background: {RED}; border-radius: 4px;
    padding: 2px 6px; font-weight: 700; }}
QLabel[fresh="unknown"] {{ color: {MUTED}; }}
QLabel[open="yes"] {{ color: {GREEN}; font-weight: 700; }}
QLabel[open="no"] {{ color: {MUTED}; }}
QLabel[open="unknown"] {{ color: {MUTED}; font-style: italic; }}
QPushButton#copy {{ font-weight: 700; padding: 6px 16px; }}
QToolButton#star {{ border: none; font-size: 22px; color: #B0B4B9; }}
QToolButton#star:checked {{ color: #E8A200; }}
"""


def country_name(code: str) -> str:
    """"FR" as "France" (Qt knows every ISO 3166 name), the code itself if it does not."""
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return QLocale.territoryToString(territory)


def laptop_country() -> str:
    """The laptop's own country, from its locale (empty when it does not say one)."""
    territory = QLocale.system().territory()
    if territory == QLocale.Country.AnyTerritory:
        return ""
    return QLocale.territoryToCode(territory)


def language_name(code: str) -> str:
    """A language in its own words ("Français"), as the person calling would say it."""
    if code in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[code]
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name and QLocale(code).name() != "C" else code


def _font(widget: QWidget, *, px: int | None = None, scale: float | None = None,
          bold: bool = False) -> None:
    font = widget.font()
    if px is not None:
        font.setPixelSize(px)
    if scale is not None:
        font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    widget.setFont(font)


def _set_property(widget: QWidget, name: str, value: str) -> None:
    """A style property that the style sheet reads, applied at once (polishing costs:
    only when it changed)."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


@dataclass(frozen=True)
class _Context:
    """What the page reads from the main database: the help line and where we are."""

    help_line: settings.HelpLine
    country: str
    viewer_tz: str | None


def _context(db: Database, now: datetime, fallback: str) -> _Context:
    return _Context(help_line=glance.banner_help_line(db),
                    country=glance.default_country(db, now=now, fallback=fallback),
                    viewer_tz=glance.viewer_zone(db))


@dataclass(frozen=True)
class _Header:
    line: str
    countries: tuple[str, ...]


def _header(store: Store, today: Any) -> _Header:
    from ..resources import store as stores

    about = stores.about(store)
    checked_text = stores.get_meta(store, stores.CHECKED_META)
    checked = datetime.fromisoformat(checked_text) if checked_text else None
    return _Header(line=glance.about_line(about, checked=checked, today=today),
                   countries=tuple(about.countries))


def _found(store: Store, query: Any, *, now: datetime, language: str,
           viewer_tz: str | None) -> list[glance.Entry]:
    from ..resources.search import search

    results = search(store, query, now=now, language=language or "en", limit=SEARCH_LIMIT)
    return glance.entries(results, now=now, language=language, viewer_tz=viewer_tz)


class HelpLineBanner(QFrame):
    """The industry's 24/7 help line, pinned above every result list."""

    copy_asked = Signal(str, str)  # number, what it is
    set_asked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 16, 10)
        row.setSpacing(16)
        words = QVBoxLayout()
        words.setSpacing(0)
        self.kicker = QLabel("24/7 MUSIC-INDUSTRY HELP LINE")
        _font(self.kicker, px=12, bold=True)
        self.kicker.setStyleSheet(f"color: {BLUE}; letter-spacing: 1px;")
        self.name = QLabel()
        self.name.setTextFormat(Qt.TextFormat.PlainText)  # typed in Settings
        _font(self.name, px=16, bold=True)
        words.addWidget(self.kicker)
        words.addWidget(self.name)
        row.addLayout(words)
        self.number = QLabel()
        self.number.setTextFormat(Qt.TextFormat.PlainText)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        _font(self.number, px=30, bold=True)
        row.addWidget(self.number)
        row.addStretch(1)
        self.copy = QPushButton("Copy")
        self.copy.setObjectName("copy")
        self.copy.setMinimumHeight(40)
        self.copy.clicked.connect(self._copy)
        row.addWidget(self.copy)
        self.set_button = QPushButton("Set the help line…")
        self.set_button.setMinimumHeight(40)
        self.set_button.setAccessibleName("Set the industry help line in Settings")
        self.set_button.clicked.connect(self.set_asked)
        row.addWidget(self.set_button)
        self.line = settings.HelpLine()
        self.show_line(self.line)

    def show_line(self, line: settings.HelpLine) -> None:
        self.line = line
        has_number = bool(line.number)
        _set_property(self, "missing", "false" if has_number else "true")
        self.copy.setVisible(has_number)
        self.number.setVisible(has_number)
        self.set_button.setVisible(not has_number)
        if has_number:
            self.kicker.setText("24/7 MUSIC-INDUSTRY HELP LINE")
            self.name.setText(line.name or "24/7 music-industry help line")
            self.number.setText(line.number)
            self.copy.setAccessibleName(f"Copy the help line number {line.number}")
            self.setAccessibleName(f"Help line: {self.name.text()}, {line.number}")
        else:
            self.kicker.setText("NO HELP LINE SET")
            self.name.setText("The industry's 24/7 help line is not set yet: set it so it "
                              "shows here and prints on every card.")
            self.name.setWordWrap(True)
            self.setAccessibleName("No industry help line is set")

    def _copy(self) -> None:
        self.copy_asked.emit(self.line.number, self.name.text())


class ContactRow(QWidget):
    """One number, large, with its type, hours, Copy and "This number did not work".

    Rows and cards are kept and shown again with the next results (`show`): building
    fifty cards anew on each keystroke took half a second (bench/resources_page.py)."""

    def __init__(self, page: ResourcesPage) -> None:
        super().__init__()
        self.page = page
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.setSpacing(14)
        self.number = QLabel()
        self.number.setTextFormat(Qt.TextFormat.PlainText)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number.setMinimumWidth(290)  # the types line up down the list
        _font(self.number, px=30, bold=True)
        row.addWidget(self.number)
        self.type = QLabel()
        self.type.setObjectName("type")
        _font(self.type, px=12, bold=True)
        row.addWidget(self.type, 0, Qt.AlignmentFlag.AlignVCenter)
        details = QVBoxLayout()
        details.setSpacing(0)
        self.hours = QLabel()
        _font(self.hours, px=15)
        details.addWidget(self.hours)
        self.extra = QLabel()
        self.extra.setTextFormat(Qt.TextFormat.PlainText)
        self.extra.setStyleSheet(f"color: {MUTED};")
        details.addWidget(self.extra)
        row.addLayout(details, 1)
        self.check = QLabel()
        row.addWidget(self.check, 0, Qt.AlignmentFlag.AlignVCenter)
        self.note = QLabel("Noted, thank you: it will be re-checked.")
        self.note.setStyleSheet(f"color: {GREEN};")
        row.addWidget(self.note)
        self.did_not_work = QPushButton("This number did not work")
        self.did_not_work.setFlat(True)
        self.did_not_work.setStyleSheet(f"color: {MUTED}; text-decoration: underline;")
        self.did_not_work.clicked.connect(lambda: page.report_not_working(self))
        row.addWidget(self.did_not_work)
        self.copy = QPushButton("Copy")
        self.copy.setObjectName("copy")
        self.copy.setMinimumHeight(40)
        self.copy.clicked.connect(lambda: page.copy_number(self.entry, self.line))
        row.addWidget(self.copy)
        for button in (self.did_not_work, self.copy):
            button.installEventFilter(page)

    def show_line(self, entry: glance.Entry, line: glance.ContactLine) -> None:
        self.entry = entry
        self.line = line
        contact = line.contact
        kind = CONTACT_WORDS.get(contact.type, contact.type)
        self.number.setText(contact.number)
        self.type.setText(kind.upper())
        self.hours.setText(line.hours)
        _set_property(self.hours, "open", {True: "yes", False: "no", None: "unknown"}[
            line.open_now])
        # The line's languages only where they are not the service's own.
        languages = ("" if set(contact.languages) <= set(entry.service.languages)
                     else ", ".join(language_name(code) for code in contact.languages))
        extra = " · ".join(part for part in (line.description, languages) if part)
        self.extra.setText(extra)
        self.extra.setVisible(bool(extra))
        # A number checked longer ago than its service says so on its own line.
        own_check = (line.freshness != entry.result.freshness
                     and line.freshness in ("stale", "ageing"))
        self.check.setVisible(own_check)
        if own_check:
            self.check.setText(FRESHNESS_WORDS[line.freshness])
            _set_property(self.check, "fresh", line.freshness)
        reported = contact.id in self.page.reported
        self.note.setVisible(reported)
        self.did_not_work.setVisible(not reported)
        self.did_not_work.setAccessibleName(f"Report that {contact.number} did not work")
        self.copy.setAccessibleName(f"Copy {contact.number} ({kind}, {entry.name})")
        self.setAccessibleName(f"{kind} {contact.number}: {line.hours}")


class ResultCard(QFrame):
    """One service: name, organization, kinds, check, favourite star and its numbers."""

    def __init__(self, page: ResourcesPage) -> None:
        super().__init__()
        self.page = page
        self.setObjectName("result")
        self.setProperty("current", "false")
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 10, 16, 12)
        column.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(10)
        self.star = QToolButton()
        self.star.setObjectName("star")
        self.star.setCheckable(True)
        self.star.setToolTip("Favourite: shown first for this country")
        self.star.clicked.connect(lambda on: page.set_favourite(self.entry, on))
        top.addWidget(self.star)
        self.name = QLabel()
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setWordWrap(True)
        _font(self.name, px=19, bold=True)
        top.addWidget(self.name, 1)
        self.chips: list[QLabel] = []
        for kind in KINDS:
            chip = QLabel(KIND_CHIPS.get(kind, kind.upper()))
            chip.setObjectName("chip" if kind == "crisis-line" else "kind")
            _font(chip, px=11, bold=True)
            top.addWidget(chip, 0, Qt.AlignmentFlag.AlignVCenter)
            self.chips.append(chip)
        self.badge = QLabel()
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        self.print_button = QPushButton("Print a card for this")
        self.print_button.clicked.connect(lambda: page.print_card_for(self.entry))
        top.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignVCenter)
        column.addLayout(top)
        self.about = QLabel()
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setStyleSheet(f"color: {MUTED};")
        self.about.setWordWrap(True)
        _font(self.about, px=14)
        column.addWidget(self.about)
        self.numbers = QVBoxLayout()
        self.numbers.setSpacing(0)
        column.addLayout(self.numbers)
        self.no_number = QLabel("No number listed: see the organization's website.")
        self.no_number.setStyleSheet(f"color: {MUTED};")
        column.addWidget(self.no_number)
        self.all_rows: list[ContactRow] = []
        self.rows: list[ContactRow] = []
        for button in (self.star, self.print_button):
            button.installEventFilter(page)

    def show_entry(self, entry: glance.Entry) -> None:
        self.entry = entry
        _set_property(self, "crisis", "true" if entry.crisis else "false")
        favourite = entry.result.favourite
        self.star.setChecked(favourite)
        self.star.setText("★" if favourite else "☆")
        self.star.setAccessibleName(
            f"Remove {entry.name} from favourites" if favourite
            else f"Add {entry.name} to favourites")
        self.name.setText(entry.name)
        for kind, chip in zip(KINDS, self.chips, strict=True):
            chip.setVisible(kind in entry.service.kinds)
        self.badge.setText(self._badge_text())
        _set_property(self.badge, "fresh", entry.result.freshness)
        self.print_button.setAccessibleName(f"Print a card for {entry.name}")
        self.print_button.setEnabled(bool(entry.contacts))
        languages = ", ".join(language_name(c) for c in entry.service.languages)
        areas = ", ".join(sorted({area.region or country_name(area.country)
                                  for area in entry.service.areas})) or "Any country"
        self.about.setText(" · ".join(part for part in (entry.organization, areas, languages)
                                      if part))
        while len(self.all_rows) < len(entry.contacts):
            row = ContactRow(self.page)
            self.numbers.addWidget(row)
            self.all_rows.append(row)
        self.rows = self.all_rows[:len(entry.contacts)]
        for row, line in zip(self.rows, entry.contacts, strict=True):
            row.show_line(entry, line)
            row.show()
        for row in self.all_rows[len(entry.contacts):]:
            row.hide()
        self.no_number.setVisible(not entry.contacts)
        self.setAccessibleName(f"{entry.name}, {entry.organization}")

    def _badge_text(self) -> str:
        freshness = self.entry.result.freshness
        checked = self.entry.service.assured_date or max(
            (c.contact.assured_date for c in self.entry.contacts
             if c.contact.assured_date is not None), default=None)
        if checked is None or freshness == "unknown":
            return FRESHNESS_WORDS["unknown"]
        day = f"{checked.day} {checked:%b %Y}"
        if freshness == "stale":
            return f"STALE · last verified {day}"
        if freshness == "ageing":
            return f"Verified {day} · ageing"
        return f"✓ Verified {day}"

    def set_current(self, on: bool) -> None:
        if self.property("current") != ("true" if on else "false"):
            _set_property(self, "current", "true" if on else "false")


class ResourcesPage(QWidget):
    """The Resources section. `print_card(name, number, hours)` asks the window for the
    Print section with those on the card; `help_line_asked` for Settings at the help line."""

    loaded = Signal()  # a result list is on screen
    message = Signal(str)
    print_card = Signal(str, str, str)
    help_line_asked = Signal()

    def __init__(self, runner: TaskRunner, directory: DirectoryWorker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.directory = directory
        self.entries: list[glance.Entry] = []
        # Searches asked and answered, so Enter waits for the answer to what is typed now.
        self._asked = 0
        self._answered = 0
        self._copy_when_shown = False
        # Contacts reported as not working from this page: their rows keep saying so.
        self.reported: set[str] = set()
        self.cards: list[ResultCard] = []
        self.current = 0
        self._context: _Context | None = None
        self._country_picked = False  # by hand: an activation's country no longer moves it
        self._stale = False
        self.setStyleSheet(STYLE)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 8)
        layout.setSpacing(10)
        heading = QHBoxLayout()
        heading.addWidget(page_title("Resources"))
        self.header = QLabel("Reading the directory…")
        self.header.setStyleSheet(f"color: {MUTED};")
        self.header.setAccessibleName("Directory edition")
        heading.addSpacing(12)
        heading.addWidget(self.header, 0, Qt.AlignmentFlag.AlignBottom)
        heading.addStretch(1)
        layout.addLayout(heading)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.country = QComboBox()
        self.country.setMinimumWidth(190)
        self.country.addItem("All countries", "")
        self.country.setAccessibleName("Country")
        self.language = QComboBox()
        self.language.addItem("Any language", "")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setAccessibleName("Language")
        self.kind = QComboBox()
        self.kind.addItem("Any kind", "")
        for kind in KINDS:
            self.kind.addItem(KIND_NAMES.get(kind, kind), kind)
        self.kind.setAccessibleName("Kind of resource")
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText("Search a name, a need, a city… (just type)")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName("Search the resources")
        self.search_box.setMinimumHeight(36)
        _font(self.search_box, px=16)
        self.open_now = QCheckBox("Open now")
        self.open_now.setAccessibleName("Only what is open now")
        for combo in (self.country, self.language, self.kind):
            combo.setMinimumHeight(36)
        filters.addWidget(self.country)
        filters.addWidget(self.language)
        filters.addWidget(self.kind)
        filters.addWidget(self.search_box, 1)
        filters.addWidget(self.open_now)
        layout.addLayout(filters)

        self.banner = HelpLineBanner()
        self.banner.copy_asked.connect(self._copy_help_line)
        self.banner.set_asked.connect(self.help_line_asked)
        layout.addWidget(self.banner)

        self.status = QLabel("Enter copies the top number · ↑ ↓ move through the results")
        self.status.setStyleSheet(f"color: {MUTED};")
        self.status.setAccessibleName("Status")
        layout.addWidget(self.status)

        self.results = QWidget()
        self.results.setObjectName("results")
        self.list = QVBoxLayout(self.results)
        self.list.setContentsMargins(0, 0, 6, 0)
        self.list.setSpacing(10)
        self._pool: list[ResultCard] = []
        self._pair_frames: list[QFrame] = []
        self._shown = 0
        self.nothing = QLabel()
        self.nothing.setTextFormat(Qt.TextFormat.PlainText)
        self.nothing.setWordWrap(True)
        self.nothing.setStyleSheet(f"color: {MUTED}; padding: 24px;")
        _font(self.nothing, px=16)
        self.nothing.hide()
        self.more = QPushButton()
        self.more.setAccessibleName("Show the rest of the results")
        self.more.clicked.connect(self.show_all)
        self.more.installEventFilter(self)
        self.more.hide()
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.results)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setAccessibleName("Results")
        layout.addWidget(self.scroller, 1)

        self.search_box.textChanged.connect(lambda _: self.search())
        self.search_box.returnPressed.connect(self.copy_current)
        self.country.activated.connect(self._country_chosen)
        for combo in (self.language, self.kind):
            combo.currentIndexChanged.connect(lambda _: self.search())
        self.open_now.toggled.connect(lambda _: self.search())
        for control in (self.country, self.language, self.kind, self.open_now, self.banner.copy,
                        self.banner.set_button, self.search_box, self):
            control.installEventFilter(self)
        self.setFocusProxy(self.search_box)

        runner.changed.connect(self._main_changed)
        directory.changed.connect(self._directory_changed)

    # -- what is shown ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the help line, the default country and the header; then search."""
        self._read_context()
        self._read_header()

    def _read_context(self) -> None:
        fallback = laptop_country()
        self.runner.read(lambda db: _context(db, clock.utcnow(), fallback), self._show_context)

    def _read_header(self) -> None:
        today = clock.utcnow().date()
        self.directory.run(lambda store: _header(store, today), self._show_header,
                           self._directory_failed)

    def _show_context(self, context: _Context) -> None:
        before, self._context = self._context, context
        self.banner.show_line(context.help_line)
        if before is not None and (before.country, before.viewer_tz) == (
                context.country, context.viewer_tz):
            return  # only the help line may have changed: the results stand
        if not self._country_picked:
            self._choose_country(context.country)
        self.search()

    def _show_header(self, header: _Header) -> None:
        self.header.setText(header.line)
        chosen = self.country.currentData() or (self._context.country if self._context else "")
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem("All countries", "")
        for code in sorted(header.countries, key=country_name):
            self.country.addItem(f"{country_name(code)} ({code})", code)
        self.country.blockSignals(False)
        self._choose_country(chosen)
        self.search()

    def _choose_country(self, code: str) -> None:
        index = self.country.findData(code)
        if index < 0 and code:
            # The directory has nothing for it: said, and all countries shown instead.
            self.country.setToolTip(f"The directory has no entry for {country_name(code)}.")
        self.country.setCurrentIndex(max(index, 0))

    def _country_chosen(self, _: int) -> None:
        self._country_picked = True
        self.search()

    def query(self) -> Any:
        from ..resources.search import Query

        return Query(text=self.search_box.text(), country=self.country.currentData() or "",
                     language=self.language.currentData() or "",
                     kind=self.kind.currentData() or "", open_now=self.open_now.isChecked())

    def search(self) -> None:
        query = self.query()
        now = clock.utcnow()
        # Names in the language picked; with any language, each in its own.
        language = self.language.currentData() or ""
        viewer_tz = self._context.viewer_tz if self._context else None
        self._asked += 1
        asked = self._asked
        self.directory.run(
            lambda store: _found(store, query, now=now, language=language, viewer_tz=viewer_tz),
            lambda found: self._show_results(found, asked), self._directory_failed,
            latest="search")

    def _show_results(self, found: list[glance.Entry], asked: int | None = None) -> None:
        if asked is not None and asked != self._asked:
            return  # an answer to words already typed over
        self._answered = self._asked
        self.entries = found
        self._shown = min(len(found), SHOWN_FIRST) if len(found) > SHOWN_FIRST + 5 else len(found)
        self._lay_out()
        self.current = 0
        self._highlight()
        self.loaded.emit()
        if self._copy_when_shown:
            self._copy_when_shown = False
            self.copy_current()

    def show_all(self) -> None:
        """The rest of the results, below the first ones."""
        self._shown = len(self.entries)
        self._lay_out()
        self._highlight()

    def _lay_out(self) -> None:
        """The entries' cards in order, a pair in one frame; single cards are reused."""
        for frame in self._pair_frames:
            frame.hide()
            frame.deleteLater()
        self._pair_frames = []
        while self.list.count():
            self.list.takeAt(0)
        entries = self.entries[:self._shown]
        # A pair is never cut by "show the first ones".
        while (self._shown < len(self.entries) and entries and entries[-1].result.pair_group
               and self.entries[self._shown].result.pair_group
               == entries[-1].result.pair_group):
            self._shown += 1
            entries = self.entries[:self._shown]
        self.cards = []
        spare = iter(self._pool)
        index = 0
        while index < len(entries):
            group = entries[index].result.pair_group
            members = [entries[index]]
            while (group and index + len(members) < len(entries)
                   and entries[index + len(members)].result.pair_group == group):
                members.append(entries[index + len(members)])
            index += len(members)
            if len(members) > 1:
                cards = [ResultCard(self) for _ in members]
                for card, entry in zip(cards, members, strict=True):
                    card.show_entry(entry)
                frame = self._pair(cards)
                self._pair_frames.append(frame)
                self.list.addWidget(frame)
                self.cards.extend(cards)
                continue
            reused = next(spare, None)
            if reused is None:
                reused = ResultCard(self)
                self._pool.append(reused)
            card = reused
            card.show_entry(members[0])
            self.list.addWidget(card)
            card.show()
            self.cards.append(card)
        for card in self._pool:
            if card not in self.cards:
                card.hide()
        self.nothing.setVisible(not self.entries)
        if not self.entries:
            self.nothing.setText(self._nothing_text())
        self.list.addWidget(self.nothing)
        rest = len(self.entries) - self._shown
        self.more.setVisible(rest > 0)
        self.more.setText(f"Show {rest} more result{'s' if rest != 1 else ''}")
        self.list.addWidget(self.more, 0, Qt.AlignmentFlag.AlignHCenter)
        self.list.addStretch(1)

    def _pair(self, cards: list[ResultCard]) -> QFrame:
        """Paired entries (an adult and a youth line) in one frame: shown together."""
        frame = QFrame()
        frame.setObjectName("pair")
        column = QVBoxLayout(frame)
        column.setContentsMargins(10, 6, 10, 10)
        column.setSpacing(8)
        caption = QLabel("These lines go together")
        caption.setStyleSheet(f"color: {MUTED}; font-weight: 600;")
        column.addWidget(caption)
        for card in cards:
            column.addWidget(card)
        frame.setAccessibleName("Paired lines: " + ", ".join(c.entry.name for c in cards))
        return frame

    def _nothing_text(self) -> str:
        words = self.search_box.text().strip()
        where = self.country.currentText() if self.country.currentData() else "any country"
        said = f"Nothing matches “{words}” in {where}." if words else (
            f"No resource in {where} with these filters.")
        return (f"{said} Try fewer letters, another kind, or All countries. The help line "
                "above is always there.")

    def _highlight(self) -> None:
        for i, card in enumerate(self.cards):
            card.set_current(i == self.current)
        if self.cards:
            self.scroller.ensureWidgetVisible(self.cards[self.current], 0, 0)

    def step_through(self, step: int) -> None:
        """Up/Down: the highlighted result, whose first number Enter copies."""
        if not self.cards:
            return
        self.current = max(0, min(len(self.cards) - 1, self.current + step))
        self._highlight()
        entry = self.cards[self.current].entry
        first = entry.contacts[0].contact.number if entry.contacts else "no number"
        self.status.setText(f"{self.current + 1} of {len(self.cards)}: {entry.name}, {first}")

    # -- what a person does ----------------------------------------------------------------

    def copy_number(self, entry: glance.Entry, line: glance.ContactLine) -> None:
        number = line.contact.number
        QGuiApplication.clipboard().setText(number)
        kind = CONTACT_WORDS.get(line.contact.type, line.contact.type).lower()
        self._say(f"Copied {number} ({entry.name}, {kind})")

    def copy_current(self) -> None:
        """Enter: the first number of the highlighted result (the top one at first)."""
        if self._answered != self._asked:
            # Enter right after typing: copy from the answer to what is typed now, never
            # the previous words' top number (another country's line, perhaps).
            self._copy_when_shown = True
            return
        if not self.cards:
            self._say("Nothing to copy: no result.")
            return
        entry = self.cards[self.current].entry
        if not entry.contacts:
            self._say(f"{entry.name} lists no number.")
            return
        self.copy_number(entry, entry.contacts[0])

    def _copy_help_line(self, number: str, name: str) -> None:
        QGuiApplication.clipboard().setText(number)
        self._say(f"Copied {number} ({name})")

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.message.emit(text)

    def set_favourite(self, entry: glance.Entry, on: bool) -> None:
        from ..resources.store import set_favourite

        service_id = entry.service.id
        self.directory.run(lambda store: set_favourite(store, service_id, on),
                           lambda _: self._favourite_set(entry, on), self._directory_failed)

    def _favourite_set(self, entry: glance.Entry, on: bool) -> None:
        self._say(f"{entry.name} is a favourite: shown first" if on
                  else f"{entry.name} is no longer a favourite")
        self.search()

    def report_not_working(self, row: ContactRow) -> None:
        contact_id, service_id = row.line.contact.id, row.entry.service.id
        number = row.line.contact.number
        self.runner.write(lambda db: _record_not_working(db, contact_id, service_id),
                          lambda _: self._reported(contact_id, number))

    def _reported(self, contact_id: str, number: str) -> None:
        self.reported.add(contact_id)
        for shown in (r for card in self.cards for r in card.rows):
            if shown.line.contact.id == contact_id:
                shown.show_line(shown.entry, shown.line)
        self._say(f"Noted that {number} did not work: it is counted for the hub to re-check it.")

    def print_card_for(self, entry: glance.Entry) -> None:
        from ..resources.printable import line_problem

        line = entry.contacts[0]
        problem = line_problem(entry.service, line.contact, today=clock.utcnow().date())
        if problem is not None:
            # The same rule as the tour sheet and country card: a card outlives the screen.
            self._say(f"No card for {line.contact.number}: {problem}.")
            return
        self.print_card.emit(entry.name, line.contact.number, line.printed_hours)

    # -- refreshing ------------------------------------------------------------------------

    def _main_changed(self) -> None:
        # Settings (the help line) or the activation may have changed; a tap changes
        # neither, so a hidden page only notes it and reads again when shown.
        if self.isVisible():
            self._read_context()
        else:
            self._stale = True

    def _directory_changed(self) -> None:
        if self.isVisible():
            self._read_header()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()
        self.search_box.setFocus()

    def _directory_failed(self, error: WellnessError) -> None:
        self._answered = self._asked  # no answer is coming: Enter must not wait for one
        self._copy_when_shown = False
        self.status.setText(f"The directory could not be read: {error}")
        self.message.emit(str(error))

    # -- keyboard --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        combo_open = isinstance(watched, QComboBox) and watched.view().isVisible()
        if combo_open:
            return False
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not isinstance(watched, QComboBox):
            self.step_through(-1 if key == Qt.Key.Key_Up else 1)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and watched is not self.search_box:
            self.copy_current()
            return True
        if watched is self.search_box:
            return False
        text = event.text()
        ctrl = event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                    | Qt.KeyboardModifier.AltModifier
                                    | Qt.KeyboardModifier.MetaModifier)
        if text and text.isprintable() and text != " " and not ctrl:
            # Type to search: the letter lands in the box, wherever the focus was.
            self.search_box.setFocus()
            self.search_box.insert(text)
            return True
        if key == Qt.Key.Key_Backspace and not ctrl:
            self.search_box.setFocus()
            self.search_box.backspace()
            return True
        return False


def _record_not_working(db: Database, contact_id: str, service_id: str) -> None:
    from ..resources.reports import record_not_working

    record_not_working(db, contact_id=contact_id, service_id=service_id, now=clock.utcnow())

