"""What the Resources section says about an entry, worked out here so the page holds no rules.

- `hours_at_a_glance`: one contact's hours as a person needs them right now ("Open 24/7",
  "Open now until 17:00", "Closed, opens Mon 09:00", "Hours unknown"), in the service's
  own zone, never the laptop's.
- `hours_summary`: the same hours as they print on a card, true on any day ("24/7",
  "Mon–Fri 09:00–17:00").
- `about_line`: the page header, when the directory was published and where it came from.
- `default_country`: the country the section opens on, from the current activation.
- `entries`: search results with all of the above worked out, for the page to show.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Protocol

from .. import settings
from ..activations import Activation, Location, current_activation, list_locations
from ..clock import zone
from ..errors import WellnessError
from ..messages import Message, msg
from .model import Contact, Service

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .search import Result

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# The same, and the months, as the page shows them: each a message, so the window says
# them in its language (a card prints DAY_NAMES in its own).
_DAYS_SHOWN = (msg("Mon"), msg("Tue"), msg("Wed"), msg("Thu"), msg("Fri"), msg("Sat"),
               msg("Sun"))
_MONTHS_SHOWN = (msg("Jan"), msg("Feb"), msg("Mar"), msg("Apr"), msg("May"), msg("Jun"),
                 msg("Jul"), msg("Aug"), msg("Sep"), msg("Oct"), msg("Nov"), msg("Dec"))
# Hours of one week are enough: every window opens again within seven days, and the one
# that is open now may have opened the evening before.
_DAYS_BEHIND = 1
_DAYS_AHEAD = 8


def _clock(text: str) -> tuple[time, int]:
    """ "HH:MM" as a time and the days it is after its date: "24:00" is the next midnight."""
    hours, minutes = (int(part) for part in text.split(":"))
    if hours == 24 and minutes == 0:
        return time(0), 1
    return time(hours, minutes), 0


def _windows(contact: Contact, tz: str, now: datetime) -> list[tuple[datetime, datetime]]:
    """The contact's opening windows around `now` as UTC instants, earliest first."""
    place = zone(tz)
    today = now.astimezone(place).date()
    windows: list[tuple[datetime, datetime]] = []
    for offset in range(-_DAYS_BEHIND, _DAYS_AHEAD):
        day = today + timedelta(days=offset)
        for window in contact.hours:
            if window.weekday != day.weekday():
                continue
            opens, open_days = _clock(window.opens)
            closes, close_days = _clock(window.closes)
            start_day = day + timedelta(days=open_days)
            end_day = day + timedelta(days=close_days)
            # Closing at or before the opening time runs past midnight (a night line).
            if (end_day, closes) <= (start_day, opens):
                end_day += timedelta(days=1)
            start = datetime.combine(start_day, opens, place).astimezone(UTC)
            end = datetime.combine(end_day, closes, place).astimezone(UTC)
            windows.append((start, end))
    return sorted(windows)


def _local(instant: datetime, tz: str, now: datetime) -> str:
    """A wall time in the service's zone; another day than today names its weekday."""
    place = zone(tz)
    there = instant.astimezone(place)
    if there.date() == now.astimezone(place).date():
        return f"{there:%H:%M}"
    return msg("{day} {time}", day=_DAYS_SHOWN[there.weekday()], time=f"{there:%H:%M}")


def _zone_note(tz: str, now: datetime, viewer_tz: str | None) -> str:
    """"EST" when the service keeps another clock than the person reading it, else ""."""
    if viewer_tz is None:
        return ""
    here, there = now.astimezone(zone(viewer_tz)), now.astimezone(zone(tz))
    if here.utcoffset() == there.utcoffset():
        return ""
    return there.tzname() or tz


def hours_at_a_glance(contact: Contact, tz: str, now: datetime, *,
                      viewer_tz: str | None = None) -> Message:
    """One contact's hours right now, in the service's zone `tz`.

    `viewer_tz`: the zone of the person looking (the activation's); when its clock differs
    from the service's, the times say whose they are.
    """
    if contact.always_open:
        return msg("Open 24/7")
    windows = _windows(contact, tz, now)
    if not windows:
        return msg("Hours unknown")
    note = _zone_note(tz, now, viewer_tz)
    current = [(start, end) for start, end in windows if start <= now < end]
    if current:
        until = max(end for _, end in current)
        # Back-to-back windows (a line open until midnight, and from midnight) are one.
        for start, end in windows:
            if start <= until < end:
                until = end
        if until - now >= timedelta(days=_DAYS_AHEAD - 1):
            return msg("Open now")
        if note:
            return msg("Open now until {time} ({zone})", time=_local(until, tz, now), zone=note)
        return msg("Open now until {time}", time=_local(until, tz, now))
    upcoming = next(start for start, _ in windows if start > now)
    if note:
        return msg("Closed, opens {time} ({zone})", time=_local(upcoming, tz, now), zone=note)
    return msg("Closed, opens {time}", time=_local(upcoming, tz, now))


def _days_text(days: list[int]) -> str:
    """[0, 1, 2, 3, 4, 6] as "Mon–Fri, Sun"."""
    runs: list[list[int]] = []
    for day in sorted(days):
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts = [DAY_NAMES[run[0]] if len(run) == 1
             else f"{DAY_NAMES[run[0]]}–{DAY_NAMES[run[-1]]}" if len(run) > 2
             else f"{DAY_NAMES[run[0]]}, {DAY_NAMES[run[1]]}" for run in runs]
    return ", ".join(parts)


def hours_summary(contact: Contact) -> str:
    """The contact's hours as they print on a card: "24/7", "Mon–Fri 09:00–17:00 · Sat
    10:00–14:00"; "" when they are not known (a card then says nothing of hours)."""
    if contact.always_open:
        return "24/7"
    by_times: dict[tuple[str, str], list[int]] = {}
    for window in contact.hours:
        by_times.setdefault((window.opens, window.closes), []).append(window.weekday)
    ordered = sorted(by_times.items(), key=lambda item: (min(item[1]), item[0]))
    return " · ".join(f"{_days_text(days)} {opens}–{closes}"
                      for (opens, closes), days in ordered)


class AboutDirectory(Protocol):
    """The parts of the store's `About` the header needs."""

    @property
    def published(self) -> datetime | None: ...
    @property
    def installed_at(self) -> datetime | None: ...
    @property
    def source(self) -> str: ...
    @property
    def services(self) -> int: ...


def _day(d: date, today: date, *, year: bool = False) -> Message:
    month = _MONTHS_SHOWN[d.month - 1]
    if d.year == today.year and not year:
        return msg("{day} {month}", day=d.day, month=month)
    return msg("{day} {month} {year}", day=d.day, month=month, year=d.year)


def source_words(source: str) -> Message:
    """Where a directory came from, as the header says it."""
    if not source or source.startswith("shipped"):
        return msg("shipped with the app")
    if source.startswith("hub") or source.startswith(("http://", "https://")):
        return msg("from the hub")
    # The package's own name ("imported from tour-2027"), not the folders above it: the
    # header is one line, and the path says nothing the person does not know.
    return msg("imported from {name}", name=PurePath(source).name or source)


def about_line(about: AboutDirectory, *, checked: datetime | None, today: date) -> Message:
    """ "Directory of 12 Nov 2026, from the hub (checked 2 Dec)".

    `checked`: when the hub was last asked (an unchanged directory is checked too), else
    when its directory was installed; only a directory from the hub says it.
    """
    if about.services == 0 or about.published is None:
        return msg("No directory installed yet")
    published = _day(about.published.date(), today, year=True)
    source = source_words(about.source)
    if source.template == "from the hub":
        if checked is not None:
            return msg("Directory of {published}, {source} (checked {day})",
                       published=published, source=source, day=_day(checked.date(), today))
        if about.installed_at is not None:
            return msg("Directory of {published}, {source} (installed {day})",
                       published=published, source=source,
                       day=_day(about.installed_at.date(), today))
    elif about.installed_at is not None and source.template != "shipped with the app":
        return msg("Directory of {published}, {source} on {day}", published=published,
                   source=source, day=_day(about.installed_at.date(), today))
    return msg("Directory of {published}, {source}", published=published, source=source)


def _country(location: Location) -> str:
    code = (location.country or "").strip().upper()
    return code if len(code) == 2 and code.isalpha() else ""


def _tour_country(stops: list[Location], now: datetime) -> str:
    """Today's stop, else the next one, else the last one the tour played."""
    dated = sorted((s for s in stops if s.stop_date is not None and _country(s)),
                   key=lambda s: s.stop_date or date.min)
    for stop in dated:
        assert stop.stop_date is not None
        if stop.stop_date >= now.astimezone(zone(stop.tz)).date():
            return _country(stop)
    return _country(dated[-1]) if dated else ""


def country_for(activation: Activation | None, locations: list[Location], *,
                now: datetime, fallback: str) -> str:
    """The country the Resources section opens on (see `default_country`)."""
    if activation is None:
        return fallback
    if activation.kind == "tour":
        return _tour_country(locations, now) or fallback
    return next((c for c in map(_country, locations) if c),
                zone_country(activation.tz) or fallback)


@functools.cache
def _zone_countries() -> dict[str, str]:
    """IANA zone -> its country (zone.tab, from the tzdata package where Python has it,
    else the system's zone database); empty when neither is there."""
    import importlib.resources

    text = ""
    try:
        text = importlib.resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(
            encoding="utf-8")
    except (ModuleNotFoundError, OSError):
        for folder in ("/usr/share/zoneinfo", "/usr/lib/zoneinfo", "/usr/share/lib/zoneinfo"):
            try:
                text = Path(folder, "zone.tab").read_text(encoding="utf-8")
                break
            except OSError:
                continue
    out: dict[str, str] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and not line.startswith("#"):
            out[parts[2]] = parts[0]
    return out


def zone_country(tz: str) -> str:
    """The country of an IANA zone ("Europe/London" -> "GB"); "" when not known."""
    return _zone_countries().get(tz, "")


def default_country(db: Database, *, now: datetime, fallback: str = "") -> str:
    """For a tour, the country of today's or the next stop; for a festival, its first
    location with a country, else the country of its time zone; else `fallback` (the
    laptop's own country)."""
    activation = current_activation(db)
    locations = list_locations(db, activation.id) if activation is not None else []
    return country_for(activation, locations, now=now, fallback=fallback)


def viewer_zone(db: Database) -> str | None:
    """The zone the person at the laptop keeps: the current activation's."""
    activation = current_activation(db)
    return activation.tz if activation is not None else None


@dataclass(frozen=True)
class ContactLine:
    """One number of a result, as the page shows it."""

    contact: Contact
    hours: str  # at a glance, now: "Open now until 17:00"
    open_now: bool | None  # None: hours unknown
    printed_hours: str  # as a card prints it: "Mon–Fri 09:00–17:00"
    freshness: str  # of this number's own check: fresh, ageing, stale, unknown
    description: str  # "Under 25s", in the chosen language where translated


@dataclass(frozen=True)
class Entry:
    """One search result, with everything the page says about it worked out."""

    result: Result
    name: str  # in the chosen language where translated
    organization: str
    crisis: bool
    contacts: tuple[ContactLine, ...]

    @property
    def service(self) -> Service:
        return self.result.service


def entries(results: Iterable[Result], *, now: datetime, language: str,
            viewer_tz: str | None = None) -> list[Entry]:
    """The page's view of search results: names in `language` where translated (""
    keeps each in its own), hours at `now`."""
    from .hours import contact_open_now, freshness
    from .hours import localised as translated

    def localised(names: dict[str, str], own: str, language: str) -> str:
        return translated(names, own, language) if language else own

    today = now.astimezone(UTC).date()
    shown: list[Entry] = []
    for result in results:
        service = result.service
        lines = tuple(
            ContactLine(
                contact=contact,
                hours=hours_at_a_glance(contact, service.tz, now, viewer_tz=viewer_tz),
                open_now=contact_open_now(contact, service.tz, now),
                printed_hours=hours_summary(contact),
                freshness=freshness(contact.assured_date or service.assured_date, today),
                description=localised(contact.descriptions, contact.description, language),
            ) for contact in service.contacts)
        shown.append(Entry(
            result=result,
            name=localised(service.names, service.name, language),
            organization=localised(result.organization.names, result.organization.name,
                                   language),
            crisis="crisis-line" in service.kinds,
            contacts=lines,
        ))
    return shown


def banner_help_line(db: Database) -> settings.HelpLine:
    """The help line for the pinned banner. A number saved before today's checks refused
    it (a placeholder put in by hand) is not shown: the banner then offers to set it, as
    the cards refuse to print it."""
    line = settings.help_line(db)
    try:
        settings.check_help_line_number(line.number)
    except WellnessError:
        return replace(line, number="")
    return line
