"""Time: UTC instants in the database, the activation's wall time on screen."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import WellnessError

QUARTER_S = 15 * 60


def utcnow() -> datetime:
    return datetime.now(UTC)


def to_utc_text(instant: datetime) -> str:
    """A UTC instant as sortable ISO text, e.g. 2026-07-04T14:05:09.123456Z."""
    if instant.tzinfo is None:
        raise ValueError("naive datetime: pass an aware instant")
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_utc_text(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def quarter_of(instant: datetime) -> int:
    """The 15-minute UTC bucket an instant falls in."""
    return int(instant.timestamp()) // QUARTER_S


def quarter_start(quarter: int) -> datetime:
    return datetime.fromtimestamp(quarter * QUARTER_S, UTC)


def zone(name: str) -> ZoneInfo:
    """An IANA time zone, or a clear error naming the bad value."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as e:
        raise WellnessError(
            f"time zone {name!r} is not a known IANA zone (e.g. Europe/London)"
        ) from e


def local_day_quarters(day: date, tz: ZoneInfo) -> tuple[int, int]:
    """[first, end) quarters of a local calendar day; 23 or 25 hours on DST change days."""
    start = datetime.combine(day, time(0), tz)
    end = datetime.combine(day + timedelta(days=1), time(0), tz)
    return quarter_of(start), quarter_of(end)


def local_time_text(instant: datetime, tz: str) -> str:
    """An instant as HH:MM wall time in the zone of the activation or stop."""
    return instant.astimezone(zone(tz)).strftime("%H:%M")
