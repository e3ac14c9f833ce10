"""This laptop's connection to a hub, as the database keeps it (`sync_link`, one row or none).

The link binds to one local activation and starts with nothing acknowledged, so a new
binding sends that activation's cells from the start. The token is not here: it is in the
OS keyring only (`hub_token`). Every write names the device it means, so a link replaced by
another thread meanwhile (a reconnect) is never written to by a run of the old one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..messages import Message, stored
from .words import plain

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Link:
    """This laptop's connection to a hub (the token is in the keyring, not here)."""

    hub_url: str
    device_id: str
    hub_activation: str  # the activation's name on the hub
    activation_uid: str  # the local activation whose cells are sent
    activation_name: str  # its local name, for people (never sent)
    acked_revision: int
    connected_utc: str
    stopped: bool = False  # the hub answered 401: nothing is sent until connected again


_LINK_SQL = (
    "SELECT s.hub_url, s.device_id, s.hub_activation, s.activation_uid, a.name,"
    " s.acked_revision, s.connected_utc, s.stopped, s.last_sync_utc, s.last_error"
    " FROM sync_link s LEFT JOIN activation a ON a.uid = s.activation_uid WHERE s.id = 1"
)


def link_row(db: Database) -> tuple | None:
    """The link's row: `Link`'s fields (the activation's name unresolved), then the last
    sync's time and the last error."""
    return db.execute(_LINK_SQL).fetchone()


def to_link(row: tuple) -> Link:
    return Link(hub_url=row[0], device_id=row[1], hub_activation=row[2],
                activation_uid=row[3], activation_name=row[4] or "(a removed activation)",
                acked_revision=row[5], connected_utc=row[6], stopped=bool(row[7]))


def link(db: Database) -> Link | None:
    """The connection to the hub, or None when this laptop is not connected."""
    row = link_row(db)
    return to_link(row) if row else None


def bind(db: Database, new: Link) -> None:
    """`new` replaces any link there was (inside the caller's transaction)."""
    db.execute("DELETE FROM sync_link")
    db.execute(
        "INSERT INTO sync_link (id, hub_url, device_id, hub_activation, activation_uid,"
        " acked_revision, connected_utc, stopped) VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
        [new.hub_url, new.device_id, new.hub_activation, new.activation_uid,
         new.acked_revision, new.connected_utc, int(new.stopped)],
    )


def unbind(db: Database, current: Link) -> None:
    db.execute("DELETE FROM sync_link WHERE device_id = ?", [current.device_id])


def acked_revision(db: Database, current: Link) -> int:
    """The revision acknowledged on this link now (it moves during a run)."""
    row = db.execute("SELECT acked_revision FROM sync_link WHERE id = 1 AND device_id = ?",
                     [current.device_id]).fetchone()
    return row[0] if row else current.acked_revision


def move_ack(db: Database, current: Link, revision: int) -> bool:
    """Acknowledge up to `revision` on this link (still the same device); False if gone."""
    cursor = db.execute(
        "UPDATE sync_link SET acked_revision = max(acked_revision, ?)"
        " WHERE id = 1 AND device_id = ?", [revision, current.device_id])
    return cursor.rowcount == 1


def set_error(db: Database, device_id: str, words: str, *, stop: bool = False) -> None:
    """Keep what went wrong for the status bar; with `stop`, nothing is sent until the
    laptop is connected again (the hub refused it)."""
    # A Message is kept whole, to be shown in the window's language (messages.stored).
    kept = stored(words) if isinstance(words, Message) else plain(words)
    db.execute("UPDATE sync_link SET last_error = ?, stopped = max(stopped, ?)"
               " WHERE id = 1 AND device_id = ?", [kept, int(stop), device_id])


def clear_error(db: Database, current: Link, *, synced_at: str | None) -> None:
    """All went well; `synced_at` (when the hub held something) is the last sync's time."""
    db.execute("UPDATE sync_link SET last_error = NULL,"
               " last_sync_utc = coalesce(?, last_sync_utc) WHERE id = 1 AND device_id = ?",
               [synced_at, current.device_id])
