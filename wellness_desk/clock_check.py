"""Is the laptop's clock right? Told against the hub's clock on each sync, and against the
last action recorded here at start-up.

Borrowed laptops travel with clocks set wrong (a dead battery, a zone changed by hand, a
dual-boot machine). A wrong clock stamps actions at the wrong time, and that is all it does:
nothing here reorders, drops or refuses an action. It is said, so a person sets the clock.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from .messages import Message, msg

if TYPE_CHECKING:
    from sqlite_utils import Database

# Past this, the clocks disagree by more than a slow network or a hub's Date header (to the
# second) can explain.
SKEW_LIMIT = timedelta(minutes=5)
# Setting: the warning of the last sync that heard the hub's clock (absent when they agreed);
# the status line shows it (sync/status.py), the sync writes it (sync/push.py).
SKEW_SETTING = "clock_skew_warning"

# The last action of each kind recorded here, and its name for a person. The last by id, not
# the latest stamp: rows are appended as they happen, so this reads one row from the end of
# a million hand-outs (no scan at start-up), and a stamp a wrong clock once put in the future
# stops mattering as soon as a later action is recorded with the clock set right.
_LAST = (
    ("SELECT at_utc, kind FROM stock_movement WHERE kind IN ('handed_out', 'undo')"
     " ORDER BY id DESC LIMIT 1"),
    "SELECT at_utc, 'door' FROM door_tap ORDER BY id DESC LIMIT 1",
    "SELECT created_utc, 'booking' FROM therapy_booking ORDER BY id DESC LIMIT 1",
)
_NAMES = {"handed_out": msg("a hand-out"), "undo": msg("an undo"),
          "door": msg("a door count"), "booking": msg("a booking")}


def hub_date(value: str | None) -> datetime | None:
    """The instant in an HTTP `Date` header (RFC 9110), or None when there is none or it is
    not a date (a proxy's oddity is no reason to warn)."""
    if not value:
        return None
    try:
        instant = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if instant.tzinfo is None:  # "-0000": UTC, by the RFC
        instant = instant.replace(tzinfo=UTC)
    return instant.astimezone(UTC)


def skew_warning(hub_date: datetime, local_now: datetime) -> str | None:
    """The status bar's words when this laptop's clock is more than `SKEW_LIMIT` ahead of or
    behind the hub's (`hub_date`: its Date header; `local_now`: this laptop's clock when the
    answer came); None when they agree."""
    skew = local_now - hub_date
    if abs(skew) <= SKEW_LIMIT:
        return None
    if skew > timedelta(0):
        return msg("this laptop's clock is {span} ahead of the hub's: set it right (what was "
                   "recorded is kept and counted as it is)", span=duration_text(abs(skew)))
    return msg("this laptop's clock is {span} behind the hub's: set it right (what was "
               "recorded is kept and counted as it is)", span=duration_text(abs(skew)))


def clock_behind_warning(db: Database, now: datetime) -> str | None:
    """The start-up words when `now` (this laptop's clock) is more than `SKEW_LIMIT` earlier
    than the last hand-out, undo, door count or booking recorded here: the clock was set back
    (or was ahead when that was recorded). None when it is not."""
    newest: tuple[str, Message] | None = None
    for sql in _LAST:
        row = db.execute(sql).fetchone()
        # Stamps are sortable UTC text of one format (clock.to_utc_text).
        if row is not None and (newest is None or row[0] > newest[0]):
            newest = (row[0], _NAMES[row[1]])
    if newest is None:
        return None
    latest = datetime.fromisoformat(newest[0])
    behind = latest - now
    if behind <= SKEW_LIMIT:
        return None
    return msg("This laptop's clock reads {now}, {span} before the last action recorded here "
               "({action} at {then}): it may be set wrong. Set it right; what you record "
               "meanwhile is kept and counted.", now=_instant_text(now),
               span=duration_text(behind), action=newest[1], then=_instant_text(latest))


def duration_text(span: timedelta) -> Message:
    """"7 min", "2 h 5 min", "3 days 4 h": as precise as a person setting a clock needs."""
    minutes = int(span.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days == 1:
        return msg("1 day {hours} h", hours=hours) if hours else msg("1 day")
    if days:
        return (msg("{days} days {hours} h", days=days, hours=hours) if hours
                else msg("{days} days", days=days))
    if hours:
        return (msg("{hours} h {minutes} min", hours=hours, minutes=minutes) if minutes
                else msg("{hours} h", hours=hours))
    return msg("{minutes} min", minutes=minutes)


def _instant_text(instant: datetime) -> str:
    # UTC and the date: a clock set wrong may be wrong by days, and in any zone.
    utc = instant.astimezone(UTC)
    return f"{utc:%Y-%m-%d %H:%M} UTC"
