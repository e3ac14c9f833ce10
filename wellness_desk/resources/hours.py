"""Open now, how old a check is, and which language a name is shown in.

Hours are wall times in the service's own IANA zone; "now" is an aware instant (usually
UTC, from `wellness_desk.clock`) and is compared in UTC, so a window on the night the
clocks change lasts the hours it really lasts, and a laptop in Paris sees a Tokyo line
open when it is open in Tokyo.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from .. import clock
from .model import Contact, Hours, Service

# How old a "last verified" date may be, in calendar months, before it is called ageing,
# then stale: the thresholds well-run directories (211, findhelp) flag at.
AGEING_MONTHS = 6
STALE_MONTHS = 12


def contact_open_now(contact: Contact, tz: str, now: datetime) -> bool | None:
    """Whether the contact method answers at `now`, in zone `tz`; None: hours unknown."""
    if contact.always_open:
        return True
    if not contact.hours:
        return None
    return hours_open(contact.hours, tz, now)


def service_open_now(service: Service, now: datetime) -> bool | None:
    """Open if any of its contact methods is; closed only if every one is known closed.

    One method with unknown hours makes a closed service "unknown": it may answer.
    """
    states = [contact_open_now(c, service.tz, now) for c in service.contacts]
    return combined(states)


def combined(states: Iterable[bool | None]) -> bool | None:
    """A service's state from its contacts' states (see `service_open_now`)."""
    seen_unknown = False
    seen_any = False
    for state in states:
        seen_any = True
        if state is True:
            return True
        if state is None:
            seen_unknown = True
    if not seen_any or seen_unknown:
        return None
    return False


def hours_open(hours: Iterable[Hours], tz: str, now: datetime) -> bool:
    """Whether `now` falls in one of the windows (wall times in `tz`)."""
    if now.tzinfo is None:
        raise ValueError("naive datetime: pass an aware instant")
    instant = now.astimezone(UTC)
    place = zone(tz)
    today = instant.astimezone(place).date()
    # A window that began yesterday may run past midnight into today; and near midnight
    # UTC and local days differ, so the day after is checked too (cheap, and exact).
    days = (today - timedelta(days=1), today, today + timedelta(days=1))
    for window in hours:
        for day in days:
            if day.weekday() != window.weekday:
                continue
            start, end = _window(day, window, tz)
            if start <= instant < end:
                return True
    return False


@cache
def zone(name: str) -> ZoneInfo:
    """clock.zone, kept: ZoneInfo's own cache holds 8 zones, and a directory has 40."""
    return clock.zone(name)


@cache
def _clock(text: str) -> tuple[time, bool]:
    """"HH:MM" as a time; "24:00" (the end of the day, as some sources write it) as midnight
    of the next day."""
    hour, minute = (int(part) for part in text.split(":"))
    if hour == 24 and minute == 0:
        return time(0), True
    return time(hour, minute), False


def _window(day: date, window: Hours, tz: str) -> tuple[datetime, datetime]:
    """The UTC instants a window on `day` opens and closes."""
    place = zone(tz)
    opens, _ = _clock(window.opens)
    closes, next_day = _clock(window.closes)
    # closes at or before opens: past midnight (22:00–02:00), or around the clock (09:00–09:00)
    end_day = day + timedelta(days=1) if next_day or closes <= opens else day
    start = datetime.combine(day, opens, place).astimezone(UTC)
    end = datetime.combine(end_day, closes, place).astimezone(UTC)
    return start, end


def _add_months(day: date, months: int) -> date:
    """The same day of the month `months` later; the month's last day where it is shorter
    (31 August + 6 months = 28 or 29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("every month has a 28th")


def freshness(checked: date | None, today: date) -> str:
    """"fresh" (< 6 months), "ageing" (6–12 months), "stale" (> 12), or "unknown"."""
    if checked is None:
        return "unknown"
    if today < _add_months(checked, AGEING_MONTHS):
        return "fresh"
    if today <= _add_months(checked, STALE_MONTHS):
        return "ageing"
    return "stale"


def localised(names: dict[str, str], english: str, language: str) -> str:
    """The text in `language`, else in English (the source text), never blank."""
    text = names.get(language, "")
    if text.strip():
        return text
    return english or names.get("en", "")


_DAY_NAMES = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")


def at_a_glance(contact: Contact) -> str:
    """The hours in a few characters: "24/7", "Mo–Fr 09:00–17:00, Sa 10:00–14:00",
    "hours unknown". Days with the same windows are written as one run."""
    if contact.always_open:
        return "24/7"
    if not contact.hours:
        return "hours unknown"
    by_day: dict[int, list[str]] = {}
    for window in sorted(contact.hours, key=lambda h: (h.weekday, h.opens)):
        by_day.setdefault(window.weekday, []).append(f"{window.opens}–{window.closes}")
    runs: list[tuple[int, int, str]] = []
    for day in sorted(by_day):
        text = ", ".join(by_day[day])
        if runs and runs[-1][1] == day - 1 and runs[-1][2] == text:
            runs[-1] = (runs[-1][0], day, text)
        else:
            runs.append((day, day, text))
    parts = []
    for first, last, text in runs:
        days = _DAY_NAMES[first] if first == last else f"{_DAY_NAMES[first]}–{_DAY_NAMES[last]}"
        parts.append(f"{days} {text}")
    return "; ".join(parts)
