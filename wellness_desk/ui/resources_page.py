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
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QKeyEvent, QShowEvent
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

from .. import clock, resource_labels, settings
from ..errors import WellnessError
from ..resources import glance
from ..resources.model import KINDS, LANGUAGES
from . import design, i18n
from .core_words import error_text, translated
from .design import SPACE, TOUCH
from .directory_worker import DirectoryWorker
from .tasks import TaskRunner

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ..resources.store import Store

LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "de": "Deutsch",
                  "pt": "Português"}
SEARCH_LIMIT = 50
# Cards laid out at first; the rest on "Show more" (a screen holds four).
SHOWN_FIRST = 15
# Freshness told by a sign as well as by its colour (and in words).
FRESH_TONES = {"fresh": "success", "ageing": "warning", "stale": "danger", "unknown": "muted"}


def kind_names() -> dict[str, str]:
    """The kind filter's words (plural: what the list shows)."""
    return {
        "crisis-line": QCoreApplication.translate("resources_page", "Crisis lines"),
        "counselling": QCoreApplication.translate("resources_page", "Counselling and therapy"),
        "financial-aid": QCoreApplication.translate("resources_page", "Financial aid"),
        "substance-use": QCoreApplication.translate("resources_page", "Substance use"),
        "peer-support": QCoreApplication.translate("resources_page", "Peer support"),
        "music-industry": QCoreApplication.translate("resources_page", "Music industry"),
    }


def kind_chips() -> dict[str, str]:
    """A card's kinds, one chip each."""
    return {
        "crisis-line": QCoreApplication.translate("resources_page", "Crisis line"),
        "counselling": QCoreApplication.translate("resources_page", "Counselling"),
        "financial-aid": QCoreApplication.translate("resources_page", "Financial aid"),
        "substance-use": QCoreApplication.translate("resources_page", "Substance use"),
        "peer-support": QCoreApplication.translate("resources_page", "Peer support"),
        "music-industry": QCoreApplication.translate("resources_page", "Music industry"),
    }


def kind_spoken() -> dict[str, str]:
    """A kind inside a screen reader's sentence ("Samaritans, crisis line, 116 123")."""
    return {
        "crisis-line": QCoreApplication.translate("resources_page", "crisis line"),
        "counselling": QCoreApplication.translate("resources_page", "counselling"),
        "financial-aid": QCoreApplication.translate("resources_page", "financial aid"),
        "substance-use": QCoreApplication.translate("resources_page", "substance use"),
        "peer-support": QCoreApplication.translate("resources_page", "peer support"),
        "music-industry": QCoreApplication.translate("resources_page", "music industry"),
    }


def contact_words() -> dict[str, str]:
    """RFC 6350 types in the words of the person dialling."""
    return {
        "voice": QCoreApplication.translate("resources_page", "Call"),
        "text": QCoreApplication.translate("resources_page", "Text (SMS)"),
        "textphone": QCoreApplication.translate("resources_page", "Textphone"),
        "video": QCoreApplication.translate("resources_page", "Video call"),
    }


def contact_word(kind: str) -> str:
    return contact_words().get(kind, kind)


def open_words(open_now: bool | None) -> str:
    if open_now is None:
        return QCoreApplication.translate("resources_page", "hours not known")
    if open_now:
        return QCoreApplication.translate("resources_page", "open now")
    return QCoreApplication.translate("resources_page", "closed now")


def ui_language() -> str:
    """The interface's language among the directory's five ("en" for any other)."""
    code = i18n.locale().name()[:2]
    return code if code in LANGUAGE_NAMES else "en"


def country_name(code: str) -> str:
    """"FR" as "France" in the interface's language where the directory's labels have it,
    else as Qt names it; the code itself if neither knows it."""
    if code.upper() in resource_labels.COUNTRIES:
        return resource_labels.COUNTRIES[code.upper()][
            ("en", "es", "fr", "de", "pt").index(ui_language())]
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
    if code in resource_labels.LANGUAGE_NAMES:
        return resource_labels.LANGUAGE_NAMES[code]
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name and QLocale(code).name() != "C" else code


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
        design.mark(self, "banner")
        row = QHBoxLayout(self)
        row.setContentsMargins(SPACE.l, SPACE.m, SPACE.l, SPACE.m)
        row.setSpacing(SPACE.l)
        words = QVBoxLayout()
        words.setSpacing(0)
        self.kicker = QLabel()
        design.mark(self.kicker, "label")
        self.name = QLabel()
        self.name.setTextFormat(Qt.TextFormat.PlainText)  # typed in Settings
        design.mark(self.name, "subtitle")
        words.addWidget(self.kicker)
        words.addWidget(self.name)
        row.addLayout(words, 1)
        self.number = QLabel()
        self.number.setTextFormat(Qt.TextFormat.PlainText)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        design.mark(self.number, "display")
        row.addWidget(self.number)
        self.copy = QPushButton(self.tr("Copy"))
        design.mark(self.copy, kind="primary")
        self.copy.setMinimumHeight(TOUCH)
        self.copy.clicked.connect(self._copy)
        row.addWidget(self.copy)
        self.set_button = QPushButton(self.tr("Set the help line…"))
        design.mark(self.set_button, kind="primary")
        self.set_button.setMinimumHeight(TOUCH)
        self.set_button.setAccessibleName(self.tr("Set the industry help line in Settings"))
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
            self.kicker.setText(self.tr("24/7 music-industry help line"))
            self.name.setText(line.name or self.tr("24/7 music-industry help line"))
            self.name.setWordWrap(False)
            self.number.setText(line.number)
            self.copy.setAccessibleName(
                self.tr("Copy the help line number {number}").format(number=line.number))
            self.setAccessibleName(self.tr("Help line: {name}, {number}").format(
                name=self.name.text(), number=line.number))
        else:
            self.kicker.setText(self.tr("No help line set"))
            self.name.setText(self.tr("The industry's 24/7 help line is not set yet: set it "
                                      "so it shows here and prints on every card."))
            self.name.setWordWrap(True)
            self.setAccessibleName(self.tr("No industry help line is set"))

    def _copy(self) -> None:
        self.copy_asked.emit(self.line.number, self.name.text())


def _chip(text: str = "", tone: str | None = None) -> QLabel:
    chip = QLabel(text)
    chip.setProperty("tone", tone or "")
    design.mark(chip, "chip")
    return chip


class ContactRow(QWidget):
    """One number, large, with its type, hours, Copy and "This number did not work".

    Rows and cards are kept and shown again with the next results (`show`): building
    fifty cards anew on each keystroke took half a second (bench/resources_page.py)."""

    def __init__(self, page: ResourcesPage) -> None:
        super().__init__()
        self.page = page
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.setSpacing(SPACE.m)
        self.number = QLabel()
        self.number.setTextFormat(Qt.TextFormat.PlainText)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        design.mark(self.number, "display")
        # The types line up down the list, at any font size.
        self.number.setMinimumWidth(
            QFontMetrics(self.number.font()).horizontalAdvance("+00 00 0000 0000"))
        row.addWidget(self.number)
        self.type = _chip()
        row.addWidget(self.type, 0, Qt.AlignmentFlag.AlignVCenter)
        details = QVBoxLayout()
        details.setSpacing(0)
        self.hours = QLabel()
        details.addWidget(self.hours)
        self.extra = QLabel()
        self.extra.setTextFormat(Qt.TextFormat.PlainText)
        design.mark(self.extra, "muted")
        details.addWidget(self.extra)
        row.addLayout(details, 1)
        self.check = _chip()
        row.addWidget(self.check, 0, Qt.AlignmentFlag.AlignVCenter)
        self.note = QLabel(self.tr("Noted, thank you: it will be re-checked."))
        design.mark(self.note, "success")
        row.addWidget(self.note)
        self.did_not_work = QPushButton(self.tr("This number did not work"))
        self.did_not_work.clicked.connect(lambda: page.report_not_working(self))
        row.addWidget(self.did_not_work)
        self.copy = QPushButton(self.tr("Copy"))
        design.mark(self.copy, kind="primary")
        self.copy.setMinimumHeight(TOUCH)
        self.copy.clicked.connect(lambda: page.copy_number(self.entry, self.line))
        row.addWidget(self.copy)
        for button in (self.did_not_work, self.copy):
            button.installEventFilter(page)

    def show_line(self, entry: glance.Entry, line: glance.ContactLine) -> None:
        self.entry = entry
        self.line = line
        contact = line.contact
        kind = contact_word(contact.type)
        self.number.setText(contact.number)
        self.type.setText(kind)
        self.hours.setText(translated(line.hours))
        open_role = "success" if line.open_now else "muted"
        if self.hours.property("role") != open_role:
            design.mark(self.hours, open_role)
        # Open now is said in words and bold, not by its colour alone.
        font = self.hours.font()
        if font.bold() != bool(line.open_now):
            font.setBold(bool(line.open_now))
            self.hours.setFont(font)
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
            self.check.setText(self.tr("✕ Stale: not verified for over a year")
                               if line.freshness == "stale"
                               else self.tr("⚠ Verified over 6 months ago"))
            _set_property(self.check, "tone", FRESH_TONES[line.freshness])
        reported = contact.id in self.page.reported
        self.note.setVisible(reported)
        self.did_not_work.setVisible(not reported)
        self.did_not_work.setAccessibleName(
            self.tr("Report that {number} did not work").format(number=contact.number))
        self.copy.setAccessibleName(self.tr("Copy {number} ({kind}, {name})").format(
            number=contact.number, kind=kind, name=entry.name))
        self.setAccessibleName(self.tr("{name}, {kind}, {number}, {open}").format(
            name=entry.name, kind=service_kind(entry), number=contact.number,
            open=open_words(line.open_now)))
        self.setAccessibleDescription(" · ".join(
            part for part in (kind, translated(line.hours), extra) if part))


def service_kind(entry: glance.Entry) -> str:
    """What a service is, in a spoken sentence: a crisis line first, else its first kind."""
    spoken = kind_spoken()
    if entry.crisis:
        return spoken["crisis-line"]
    return next((spoken[k] for k in KINDS if k in entry.service.kinds and k in spoken), "")


class ResultCard(QFrame):
    """One service: name, organization, kinds, check, favourite star and its numbers."""

    def __init__(self, page: ResourcesPage) -> None:
        super().__init__()
        self.page = page
        self.setProperty("current", "false")
        design.mark(self, "card")
        column = QVBoxLayout(self)
        column.setContentsMargins(SPACE.l, SPACE.m, SPACE.l, SPACE.m)
        column.setSpacing(SPACE.xs)
        top = QHBoxLayout()
        top.setSpacing(SPACE.s)
        self.star = QToolButton()
        self.star.setCheckable(True)
        self.star.setFont(design.font("title", self.star.font()))
        self.star.setMinimumSize(TOUCH, TOUCH)
        self.star.setToolTip(self.tr("Favourite: shown first for this country"))
        self.star.clicked.connect(lambda on: page.set_favourite(self.entry, on))
        top.addWidget(self.star)
        self.name = QLabel()
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setWordWrap(True)
        design.mark(self.name, "subtitle")
        top.addWidget(self.name, 1)
        self.chips: list[QLabel] = []
        chips = kind_chips()
        for kind in KINDS:
            chip = _chip(chips.get(kind, kind), "danger" if kind == "crisis-line" else None)
            top.addWidget(chip, 0, Qt.AlignmentFlag.AlignVCenter)
            self.chips.append(chip)
        self.badge = _chip()
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        self.print_button = QPushButton(self.tr("Print a card for this"))
        self.print_button.clicked.connect(lambda: page.print_card_for(self.entry))
        top.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignVCenter)
        column.addLayout(top)
        self.about = QLabel()
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        design.mark(self.about, "muted")
        self.about.setWordWrap(True)
        column.addWidget(self.about)
        self.numbers = QVBoxLayout()
        self.numbers.setSpacing(0)
        column.addLayout(self.numbers)
        self.no_number = QLabel(self.tr("No number listed: see the organization's website."))
        design.mark(self.no_number, "muted")
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
            self.tr("Remove {name} from favourites").format(name=entry.name) if favourite
            else self.tr("Add {name} to favourites").format(name=entry.name))
        self.name.setText(entry.name)
        for kind, chip in zip(KINDS, self.chips, strict=True):
            chip.setVisible(kind in entry.service.kinds)
        self.badge.setText(self._badge_text())
        _set_property(self.badge, "tone", FRESH_TONES.get(entry.result.freshness, "muted"))
        self.print_button.setAccessibleName(
            self.tr("Print a card for {name}").format(name=entry.name))
        self.print_button.setEnabled(bool(entry.contacts))
        languages = ", ".join(language_name(c) for c in entry.service.languages)
        areas = ", ".join(sorted({area.region or country_name(area.country)
                                  for area in entry.service.areas})) or self.tr("Any country")
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
        self.setAccessibleName(", ".join(
            part for part in (entry.name, service_kind(entry), entry.organization) if part))
        self.setAccessibleDescription(self.badge.text())

    def _badge_text(self) -> str:
        freshness = self.entry.result.freshness
        checked = self.entry.service.assured_date or max(
            (c.contact.assured_date for c in self.entry.contacts
             if c.contact.assured_date is not None), default=None)
        if checked is None or freshness == "unknown":
            return self.tr("Not verified")
        day = i18n.date_text(checked)
        if freshness == "stale":
            return self.tr("✕ Stale: last verified {date}").format(date=day)
        if freshness == "ageing":
            return self.tr("⚠ Verified {date}, over 6 months ago").format(date=day)
        return self.tr("✓ Verified {date}").format(date=day)

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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE.xl, SPACE.l, SPACE.xl, SPACE.s)
        layout.setSpacing(SPACE.m)
        heading = QHBoxLayout()
        title = QLabel(self.tr("Resources"))
        design.mark(title, "title")
        heading.addWidget(title)
        self.header = QLabel(self.tr("Reading the directory…"))
        design.mark(self.header, "muted")
        self.header.setAccessibleName(self.tr("Directory edition"))
        heading.addSpacing(SPACE.m)
        heading.addWidget(self.header, 0, Qt.AlignmentFlag.AlignBottom)
        heading.addStretch(1)
        layout.addLayout(heading)

        filters = QHBoxLayout()
        filters.setSpacing(SPACE.s)
        self.country = QComboBox()
        self.country.setMinimumContentsLength(16)
        self.country.addItem(self.tr("All countries"), "")
        self.country.setAccessibleName(self.tr("Country"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Any language"), "")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setAccessibleName(self.tr("Language"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Any kind"), "")
        names = kind_names()
        for kind in KINDS:
            self.kind.addItem(names.get(kind, kind), kind)
        self.kind.setAccessibleName(self.tr("Kind of resource"))
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search a name, a need, a city… (just type)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search the resources"))
        self.search_box.setAccessibleDescription(self.tr(
            "Enter copies the top number; Up and Down move through the results; Escape "
            "clears the filters"))
        self.search_box.setMinimumHeight(TOUCH)
        self.search_box.setFont(design.font("subtitle", self.search_box.font()))
        font = self.search_box.font()
        font.setWeight(QFont.Weight.Normal)
        self.search_box.setFont(font)
        self.open_now = QCheckBox(self.tr("Open now"))
        self.open_now.setAccessibleName(self.tr("Only what is open now"))
        for combo in (self.country, self.language, self.kind):
            combo.setMinimumHeight(TOUCH)
        # On screen and in the tab order: search, then the filters that narrow it.
        filters.addWidget(self.search_box, 1)
        filters.addWidget(self.country)
        filters.addWidget(self.language)
        filters.addWidget(self.kind)
        filters.addWidget(self.open_now)
        layout.addLayout(filters)

        self.banner = HelpLineBanner()
        self.banner.copy_asked.connect(self._copy_help_line)
        self.banner.set_asked.connect(self.help_line_asked)
        layout.addWidget(self.banner)

        self.status = QLabel(self.tr(
            "Enter copies the top number · ↑ ↓ move through the results · Esc clears the "
            "filters"))
        design.mark(self.status, "muted")
        self.status.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.status)

        self.results = QWidget()
        self.results.setObjectName("results")
        self.list = QVBoxLayout(self.results)
        self.list.setContentsMargins(0, 0, SPACE.s, 0)
        self.list.setSpacing(SPACE.m)
        self._pool: list[ResultCard] = []
        self._pair_frames: list[QFrame] = []
        self._shown = 0
        # No result: what to do, and the button that does it.
        self.nothing = design.EmptyState()
        self.nothing.message.setTextFormat(Qt.TextFormat.PlainText)
        self.nothing.button.setAccessibleName(self.tr("Clear the search and the filters"))
        self.nothing.button.clicked.connect(self.clear_filters)
        self.nothing.button.installEventFilter(self)
        self.nothing.hide()
        self.more = QPushButton()
        self.more.setAccessibleName(self.tr("Show the rest of the results"))
        self.more.clicked.connect(self.show_all)
        self.more.installEventFilter(self)
        self.more.hide()
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.results)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setAccessibleName(self.tr("Results"))
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
        self.header.setText(translated(header.line))
        chosen = self.country.currentData() or (self._context.country if self._context else "")
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem(self.tr("All countries"), "")
        for code in sorted(header.countries, key=country_name):
            self.country.addItem(self.tr("{country} ({code})").format(
                country=country_name(code), code=code), code)
        self.country.blockSignals(False)
        self._choose_country(chosen)
        self.search()

    def _choose_country(self, code: str) -> None:
        index = self.country.findData(code)
        if index < 0 and code:
            # The directory has nothing for it: said, and all countries shown instead.
            self.country.setToolTip(self.tr("The directory has no entry for {country}.").format(
                country=country_name(code)))
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
            filtered = self.filtered()
            self.nothing.set_text(self._nothing_text(),
                                  self.tr("Clear the filters") if filtered else None)
        self.list.addWidget(self.nothing)
        rest = len(self.entries) - self._shown
        self.more.setVisible(rest > 0)
        self.more.setText(self.tr("Show %n more result(s)", "", rest))
        self.list.addWidget(self.more, 0, Qt.AlignmentFlag.AlignHCenter)
        self.list.addStretch(1)
        self._chain_tab_order()

    def _chain_tab_order(self) -> None:
        """Tab follows the screen: cards are reused from a pool, so the order they were
        made in is not the order they are shown in."""
        chain: list[QWidget] = [self.search_box, self.country, self.language, self.kind,
                                self.open_now, self.banner.copy, self.banner.set_button]
        for card in self.cards:
            chain += [card.star, card.print_button]
            for row in card.rows:
                chain += [row.did_not_work, row.copy]
        chain += [self.nothing.button, self.more]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _pair(self, cards: list[ResultCard]) -> QFrame:
        """Paired entries (an adult and a youth line) in one frame: shown together."""
        frame = QFrame()
        frame.setObjectName("pair")
        design.mark(frame, "group")
        column = QVBoxLayout(frame)
        column.setContentsMargins(SPACE.m, SPACE.s, SPACE.m, SPACE.m)
        column.setSpacing(SPACE.s)
        caption = QLabel(self.tr("These lines go together"))
        design.mark(caption, "label")
        column.addWidget(caption)
        for card in cards:
            column.addWidget(card)
        frame.setAccessibleName(self.tr("Paired lines: {names}").format(
            names=", ".join(c.entry.name for c in cards)))
        return frame

    def filtered(self) -> bool:
        """Whether the search or a filter narrows the list."""
        return bool(self.search_box.text().strip() or self.country.currentData()
                    or self.language.currentData() or self.kind.currentData()
                    or self.open_now.isChecked())

    def _nothing_text(self) -> str:
        words = self.search_box.text().strip()
        where = (self.country.currentText() if self.country.currentData()
                 else self.tr("any country"))
        if words:
            return self.tr("Nothing matches “{words}” in {where}. Try fewer letters, or clear "
                           "the filters; the help line above is always there."
                           ).format(words=words, where=where)
        if self.filtered():
            return self.tr("No resource in {where} with these filters. Clear them to see "
                           "more; the help line above is always there.").format(where=where)
        return self.tr("The directory has no resource yet: it comes with the app and with "
                       "each sync. The help line above is always there.")

    def clear_filters(self) -> None:
        """The empty list's button (and Escape): the search and every filter back to all."""
        self._country_picked = True  # chosen by hand: All countries stays
        for widget in (self.search_box, self.country, self.language, self.kind, self.open_now):
            widget.blockSignals(True)
        self.search_box.clear()
        for combo in (self.country, self.language, self.kind):
            combo.setCurrentIndex(0)
        self.open_now.setChecked(False)
        for widget in (self.search_box, self.country, self.language, self.kind, self.open_now):
            widget.blockSignals(False)
        self.search_box.setFocus()
        self._say(self.tr("Filters cleared: every resource in the directory"))
        self.search()

    def _highlight(self) -> None:
        for i, card in enumerate(self.cards):
            card.set_current(i == self.current)
        if self.cards and self.current == 0:
            # The top of the list, header and all: a list just laid out may not have its
            # cards' final places yet, and "visible" would leave the first one cut off.
            self.scroller.verticalScrollBar().setValue(0)
        elif self.cards:
            self.scroller.ensureWidgetVisible(self.cards[self.current], 0, 0)

    def step_through(self, step: int) -> None:
        """Up/Down: the highlighted result, whose first number Enter copies."""
        if not self.cards:
            return
        self.current = max(0, min(len(self.cards) - 1, self.current + step))
        self._highlight()
        entry = self.cards[self.current].entry
        first = entry.contacts[0].contact.number if entry.contacts else self.tr("no number")
        self.status.setText(self.tr("{position} of {count}: {name}, {number}").format(
            position=i18n.number_text(self.current + 1),
            count=i18n.number_text(len(self.cards)), name=entry.name, number=first))

    # -- what a person does ----------------------------------------------------------------

    def copy_number(self, entry: glance.Entry, line: glance.ContactLine) -> None:
        number = line.contact.number
        QGuiApplication.clipboard().setText(number)
        self._say(self.tr("Copied {number}: {kind}, {name}").format(
            number=number, kind=contact_word(line.contact.type), name=entry.name))

    def copy_current(self) -> None:
        """Enter: the first number of the highlighted result (the top one at first)."""
        if self._answered != self._asked:
            # Enter right after typing: copy from the answer to what is typed now, never
            # the previous words' top number (another country's line, perhaps).
            self._copy_when_shown = True
            return
        if not self.cards:
            self._say(self.tr("Nothing to copy: no result."))
            return
        entry = self.cards[self.current].entry
        if not entry.contacts:
            self._say(self.tr("{name} lists no number.").format(name=entry.name))
            return
        self.copy_number(entry, entry.contacts[0])

    def _copy_help_line(self, number: str, name: str) -> None:
        QGuiApplication.clipboard().setText(number)
        self._say(self.tr("Copied {number}: {name}").format(number=number, name=name))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.message.emit(text)

    def set_favourite(self, entry: glance.Entry, on: bool) -> None:
        from ..resources.store import set_favourite

        service_id = entry.service.id
        self.directory.run(lambda store: set_favourite(store, service_id, on),
                           lambda _: self._favourite_set(entry, on), self._directory_failed)

    def _favourite_set(self, entry: glance.Entry, on: bool) -> None:
        self._say(self.tr("{name} is a favourite: shown first").format(name=entry.name) if on
                  else self.tr("{name} is no longer a favourite").format(name=entry.name))
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
        self._say(self.tr("Noted that {number} did not work: it is counted for the hub to "
                          "re-check it.").format(number=number))

    def print_card_for(self, entry: glance.Entry) -> None:
        from ..resources.printable import line_problem

        line = entry.contacts[0]
        problem = line_problem(entry.service, line.contact, today=clock.utcnow().date())
        if problem is not None:
            # The same rule as the tour sheet and country card: a card outlives the screen.
            self._say(self.tr("No card for {number}: {problem}.").format(
                number=line.contact.number, problem=problem))
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
        self.status.setText(self.tr("The directory could not be read. {problem}").format(
            problem=error_text(error)))
        self.message.emit(error_text(error))

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
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and watched in (
                self.nothing.button, self.more):
            watched.click()
            return True
        if key == Qt.Key.Key_Escape:
            self.clear_filters()
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

