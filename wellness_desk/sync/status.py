"""What the status bar and the Sync page say of the sync: connected or not, what waits to be
sent, the last sync or the last error, refused batches."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ..clock import from_utc_text, utcnow, zone
from ..clock_check import SKEW_SETTING
from ..errors import WellnessError
from ..messages import restored
from .cells import pending_count, refresh_cells
from .link import link_row, to_link
from .outcomes import DIRECTORY_PROBLEM, NOT_CONNECTED_TEXT, STOPPED_TEXT
from .quarantine import refused_count
from .words import plural, waiting

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class SyncStatus:
    connected: bool
    hub_url: str | None
    hub_activation: str | None
    activation_name: str | None
    last_synced_utc: str | None
    pending: int
    last_error: str | None
    stopped: bool
    quarantined: int = 0  # refused batches kept on the Sync page
    # The last pull of the resource directory went wrong (a refused signature, say): the
    # sentence, until a pull works.
    directory_problem: str | None = None
    # The last sync heard the hub's clock disagree with this laptop's (clock_check).
    clock_warning: str | None = None


def status(db: Database, *, refresh: bool = False) -> SyncStatus:
    """What the status bar and the Sync page show.

    With `refresh`, local changes not yet turned into cells are counted first (that writes,
    and on a long season takes a moment: never on the tap thread), so "waiting" is what the
    next sync really sends; without, it reads only and counts the cells as last refreshed.
    """
    if refresh and link_row(db) is not None:
        refresh_cells(db)
    row = link_row(db)
    refused = refused_count(db)
    if row is None:
        return SyncStatus(connected=False, hub_url=None, hub_activation=None,
                          activation_name=None, last_synced_utc=None, pending=0,
                          last_error=None, stopped=False, quarantined=refused)
    current = to_link(row)
    return SyncStatus(
        connected=True, hub_url=current.hub_url, hub_activation=current.hub_activation,
        activation_name=current.activation_name, last_synced_utc=row[8],
        pending=pending_count(db, current.acked_revision,
                              activation_uid=current.activation_uid),
        last_error=restored(row[9]), stopped=current.stopped, quarantined=refused,
        directory_problem=_directory_problem(db),
        clock_warning=restored(_setting(db, SKEW_SETTING)),
    )


def _directory_problem(db: Database) -> str | None:
    return restored(_setting(db, DIRECTORY_PROBLEM))


def _setting(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM setting WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def status_text(status: SyncStatus, tz: str | None = None, *,
                now: datetime | None = None) -> str:
    """One line for the status bar: the activation whose counts are sent and what waits for
    it, then the last sync or the error in plain words.

    The activation is named because it need not be the current one: a laptop connected for
    the tour sends only the tour's counts while the festival is on screen.
    """
    if not status.connected:
        return NOT_CONNECTED_TEXT
    if status.stopped:
        return STOPPED_TEXT
    head = f"Sending {status.activation_name}: {waiting(status.pending)}"
    refused = (f" · {plural(status.quarantined, 'batch', 'batches')} refused (see the Sync "
               "page)") if status.quarantined else ""
    if status.directory_problem:
        refused += f" · {status.directory_problem}"
    if status.clock_warning:
        refused += f" · {status.clock_warning}"
    if status.last_error:
        return f"{head} · {status.last_error}{refused}"
    if status.last_synced_utc:
        return f"{head} · synced {_when(status.last_synced_utc, tz, now)}{refused}"
    return f"{head} · not synced yet{refused}"


def _when(utc_text: str, tz: str | None, now: datetime | None) -> str:
    """"at 14:05" (local wall time; UTC when no zone), with the date when not today."""
    instant = from_utc_text(utc_text)
    suffix = ""
    try:
        place = zone(tz) if tz else UTC
    except WellnessError:
        place = UTC
    if place is UTC:
        suffix = " UTC"
    local = instant.astimezone(place)
    today = (now or utcnow()).astimezone(place).date()
    day = "" if local.date() == today else f"on {local.day} {local.strftime('%b')} "
    return f"{day}at {local.strftime('%H:%M')}{suffix}"
