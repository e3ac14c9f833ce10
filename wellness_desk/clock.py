"""Time: UTC instants in the database, the activation's wall time on screen."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from .errors import WellnessError
from .messages import msg

QUARTER_S = 15 * 60


# How far this laptop's clock is set from the true time, as the tests set it: every "now" of
# the app comes from `utcnow`, so a laptop whose clock is wrong is this offset (see `set_wrong`).
_offset = timedelta(0)


def utcnow() -> datetime:
    """The laptop's clock, in UTC: right or wrong, it is what every action is stamped with."""
    return datetime.now(UTC) + _offset


@contextmanager
def set_wrong(offset: timedelta) -> Iterator[None]:
    """For the block, the laptop's clock reads `offset` away from the true time (forwards
    when positive), as a laptop whose clock was set wrong does: the tests of a clock set
    forwards or backwards. The hub's clock (another process) is not touched."""
    global _offset
    before = _offset
    _offset = offset
    try:
        yield
    finally:
        _offset = before


def to_utc_text(instant: datetime) -> str:
    """A UTC instant as sortable ISO text, e.g. 2026-07-04T14:05:09.123456Z."""
    if instant.tzinfo is None:
        raise ValueError("naive datetime: pass an aware instant")
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_utc_text(text: str) -> datetime:
    # fromisoformat reads the trailing Z (Python 3.11+) about 50 times faster than strptime.
    return datetime.fromisoformat(text)


def quarter_of(instant: datetime) -> int:
    """The 15-minute UTC bucket an instant falls in."""
    return int(instant.timestamp()) // QUARTER_S


def quarter_start(quarter: int) -> datetime:
    return datetime.fromtimestamp(quarter * QUARTER_S, UTC)


def zone(name: str) -> ZoneInfo:
    """The zone of a stored activation or stop (checked with `check_zone` when saved)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as e:
        raise WellnessError(
            msg("time zone {name} is not a known IANA zone (e.g. Europe/London)", name=repr(name))
        ) from e


@cache
def iana_zones() -> frozenset[str]:
    # Without the tz database's own aliases for the machine's clock ("localtime",
    # "posixrules"): they mean a different place on every laptop.
    return frozenset(available_timezones()) - {"localtime", "posixrules", "Factory"}


def check_zone(name: str, *, field: str = "tz") -> str:
    """A time zone a person typed: a real IANA place name like Europe/London, or an error."""
    if name not in iana_zones():
        raise WellnessError(
            msg("time zone {name} is not a known IANA zone (e.g. Europe/London)",
                name=repr(name)), field=field
        )
    return name


def next_local_midnight(now: datetime, tz: ZoneInfo) -> datetime:
    """When the local day that holds `now` ends: the moment "today" must be recounted."""
    tomorrow = now.astimezone(tz).date() + timedelta(days=1)
    return datetime.combine(tomorrow, time(0), tz).astimezone(UTC)


def local_day_quarters(day: date, tz: ZoneInfo) -> tuple[int, int]:
    """[first, end) quarters of a local calendar day; 23 or 25 hours on DST change days."""
    start = datetime.combine(day, time(0), tz)
    end = datetime.combine(day + timedelta(days=1), time(0), tz)
    return quarter_of(start), quarter_of(end)


def local_time_text(instant: datetime, tz: str) -> str:
    """An instant as HH:MM wall time in the zone of the activation or stop."""
    return instant.astimezone(zone(tz)).strftime("%H:%M")
