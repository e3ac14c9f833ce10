"""The interface's languages: Qt's translators, and dates, times, numbers and money per locale.

Every user-visible string goes through Qt's own tools: `self.tr("...")` in a QObject class
that no other class subclasses, `QCoreApplication.translate("Context", "...")` elsewhere
(a subclass's `self.tr` looks under the subclass's name first: PySide6 6.11 tries
type(self).__name__ and then the classes of its MRO, so it finds the base's words only by
that fallback; tests/ui/test_tr_lint.py keeps the rule), `%n` with the count as third
argument for plurals. The `.ts` sources are in `wellness_desk/ui/translations/` (`make ts`
refreshes them from the code: scripts/merge_ts.py); the Makefile builds the `.qm` files
beside them.

`install(app, language)` switches the whole interface without a restart: Qt sends every
widget a LanguageChange event and each one sets its words again. The language and the
appearance chosen are remembered per laptop in the data folder's `ui-state.ini` (beside
the window layout): it is read before the database opens, so the first window, and any
box that says why the app could not open, already speak the chosen language.
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTime,
    QTranslator,
)
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

from .design import APPEARANCE_KEY, APPEARANCES

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
# The interface's languages, in their own words (the picker shows these).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "de": "Deutsch",
    "pt": "Português",
}
# The file, in the data folder, of what this laptop's interface remembers (the window's
# layout too: main_window.py), and its keys for the two choices Settings offers.
UI_STATE = "ui-state.ini"
LANGUAGE_KEY = "language"

_installed: list[QTranslator] = []


def ui_state(folder: Path) -> QSettings:
    """The data folder's interface state (an INI file; nothing of it is a business rule)."""
    return QSettings(str(folder / UI_STATE), QSettings.Format.IniFormat)


def stored_language(folder: Path) -> str | None:
    """The language chosen on this laptop, or None: the system's."""
    value = ui_state(folder).value(LANGUAGE_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def store_language(folder: Path, language: str | None) -> None:
    state = ui_state(folder)
    if language is None:
        state.remove(LANGUAGE_KEY)
    else:
        state.setValue(LANGUAGE_KEY, language)
    state.sync()


def stored_appearance(folder: Path) -> str:
    """"system", "light" or "dark" (the system's light or dark mode unless chosen)."""
    value = ui_state(folder).value(APPEARANCE_KEY)
    return value if isinstance(value, str) and value in APPEARANCES else "system"


def system_language() -> str:
    """The system locale's language if it is one of ours, else English."""
    code = QLocale.languageToCode(QLocale.system().language())
    return code if code in LANGUAGES else "en"


def language() -> str:
    """The language the interface is shown in now."""
    code = QLocale.languageToCode(QLocale().language())
    return code if code in LANGUAGES else "en"


def locale_for(language: str) -> QLocale:
    """The locale of `language` with the system's country where it speaks it (es on a
    Mexican laptop: es_MX), else the language's own main one (pt: Brazil, per CLDR)."""
    system = QLocale.system()
    if QLocale.languageToCode(system.language()) == language:
        return system
    return QLocale(language)


def _qt_catalogue(lang: str, chosen: QLocale) -> Path | None:
    """Qt's own words (the standard dialogs' buttons) for `lang`: the locale's own file,
    the language's, or a region's (PySide6 ships Portuguese only as qtbase_pt_BR.qm)."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for name in (f"qtbase_{chosen.name()}.qm", f"qtbase_{lang}.qm"):
        if (folder / name).is_file():
            return folder / name
    regional = sorted(folder.glob(f"qtbase_{lang}_*.qm"))
    return regional[0] if regional else None


def install(app: QCoreApplication, language: str | None) -> str:
    """Show the interface in `language` (a key of LANGUAGES; None: the system's if it is
    one of ours, else English): our catalogue and Qt's own, and the locale dates and
    numbers follow. The translators of an earlier call go first, so this switches
    languages while the app runs. Returns the language installed."""
    lang = language if language in LANGUAGES else system_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    chosen = locale_for(lang)
    # Set before the translators: their LanguageChange events make widgets write their
    # dates and numbers again, in the new locale.
    QLocale.setDefault(chosen)
    catalogues = [TRANSLATIONS / f"wellness_desk_{lang}.qm", _qt_catalogue(lang, chosen)]
    for path in catalogues:
        translator = QTranslator(app)
        if path is not None and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    return lang


def installed() -> list[str]:
    """The catalogues in use now, by file name (what Settings and the tests can check)."""
    return [Path(t.filePath()).name for t in _installed]


def announce(widget: QWidget, text: str, *,
             assertive: bool = False) -> QAccessibleAnnouncementEvent:
    """Have a screen reader say `text` ("Saved", "Synced", "FULL") without moving focus: a
    QAccessibleAnnouncementEvent (Qt 6.8) from `widget`; `assertive` interrupts what is
    being read (FULL at the door), else it waits its turn. Returns the event sent."""
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
    return event


def locale() -> QLocale:
    """The locale the interface is shown in (QLocale's default, set with the language)."""
    return QLocale()


def date_text(day: date, *, long: bool = False) -> str:
    """A day the local way: "2 Dec 2026" style (short) or with the weekday (long)."""
    loc = locale()
    if loc.language() == QLocale.Language.C and not long:
        # Qt's C locale writes "3 07 2026": a box with no language of its own gets ISO.
        return day.isoformat()
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return loc.toString(QDate(day.year, day.month, day.day), fmt)


def time_text(moment: time | datetime) -> str:
    """A time of day the local way (24-hour or am/pm as the locale has it)."""
    return locale().toString(QTime(moment.hour, moment.minute),
                             QLocale.FormatType.ShortFormat)


def datetime_text(moment: datetime) -> str:
    if locale().language() == QLocale.Language.C:
        return f"{moment:%Y-%m-%d %H:%M}"
    return locale().toString(QDateTime(QDate(moment.year, moment.month, moment.day),
                                       QTime(moment.hour, moment.minute)),
                             QLocale.FormatType.ShortFormat)


def number_text(n: int) -> str:
    """A whole number with the locale's group separators (1,234 or 1.234 or 1 234)."""
    return locale().toString(n)


def money_text(cents: int, currency: str) -> str:
    """An amount of money held as whole cents (never a float) in the locale's way."""
    whole, part = divmod(abs(cents), 100)
    loc = locale()
    amount = f"{loc.toString(whole)}{loc.decimalPoint()}{part:02d}"
    sign = loc.negativeSign() if cents < 0 else ""
    return f"{sign}{amount} {currency}".strip()
