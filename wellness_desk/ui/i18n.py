"""The interface's languages: Qt's translators, and dates, times, numbers and money per locale.

Every user-visible string goes through Qt's own tools: `self.tr("...")` in a QObject class
that no other class subclasses, `QCoreApplication.translate("Context", "...")` elsewhere
(a subclass's `self.tr` would look under the subclass's name, not the one lupdate wrote),
`%n` with the count as third argument for plurals. The `.ts` sources are in
`wellness_desk/ui/translations/`; the Makefile builds the `.qm` files beside them.
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
# The interface's languages, in their own words (the picker shows these).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "de": "Deutsch",
    "pt": "Português",
}


def locale() -> QLocale:
    """The locale the interface is shown in (QLocale's default, set with the language)."""
    return QLocale()


def date_text(day: date, *, long: bool = False) -> str:
    """A day the local way: "2 Dec 2026" style (short) or with the weekday (long)."""
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return locale().toString(QDate(day.year, day.month, day.day), fmt)


def time_text(moment: time | datetime) -> str:
    """A time of day the local way (24-hour or am/pm as the locale has it)."""
    return locale().toString(QTime(moment.hour, moment.minute),
                             QLocale.FormatType.ShortFormat)


def datetime_text(moment: datetime) -> str:
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
