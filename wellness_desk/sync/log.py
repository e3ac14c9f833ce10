"""The local sync log: every request to the hub, connect and disconnect, as counts and an
outcome (never a cell, a token or a name), the newest `LOG_KEEP` of them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..messages import Message, restored, stored
from .words import plain

if TYPE_CHECKING:
    from sqlite_utils import Database

LOG_KEEP = 2000  # sync_log rows kept: months of a worker syncing every few minutes


@dataclass(frozen=True)
class LogEntry:
    at_utc: str
    cells: int
    bytes: int  # as sent on the wire (gzip)
    outcome: str
    detail: str


def record(db: Database, at: str, cells: int, size: int, outcome: str, detail: str) -> None:
    """One line of the log (`size`: bytes on the wire); the oldest past `LOG_KEEP` go."""
    db.execute("INSERT INTO sync_log (at_utc, cells, bytes, outcome, detail)"
               " VALUES (?, ?, ?, ?, ?)",
               # A Message is kept whole, to be read in the window's language.
               [at, cells, size, outcome,
                stored(detail) if isinstance(detail, Message) else plain(detail)])
    db.execute("DELETE FROM sync_log WHERE id <= (SELECT max(id) FROM sync_log) - ?",
               [LOG_KEEP])


def sync_log(db: Database, limit: int = 100) -> list[LogEntry]:
    """Past requests to the hub (and connects and disconnects), newest first."""
    return [LogEntry(at, cells, size, outcome, restored(detail) or "")
            for at, cells, size, outcome, detail in db.execute(
        "SELECT at_utc, cells, bytes, outcome, detail FROM sync_log ORDER BY id DESC LIMIT ?",
        [max(0, limit)])]
