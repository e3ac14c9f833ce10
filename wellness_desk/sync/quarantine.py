"""Batches the hub refused as malformed (400, 413, 415, 422 in its own words): set aside
with the hub's reason and the exact body sent, so the queue behind them moves on and a
person can look at them, or send one again once the hub is fixed (`push.retry_quarantined`).
They stay when the laptop disconnects: they are its own history."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..messages import msg
from . import SyncError
from .cells import Cell

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class QuarantinedBatch:
    id: int
    at_utc: str
    status: int
    reason: str
    cells: int
    body: bytes | None  # the uncompressed JSON body as sent (None when not asked for)


def quarantined(db: Database, *, bodies: bool = True) -> list[QuarantinedBatch]:
    """Batches the hub refused as malformed, newest first; with `bodies=False` without
    their bodies (up to 1,000 cells each), for a list on screen."""
    body = "body" if bodies else "NULL"
    return [QuarantinedBatch(*[*row[:5], None if row[5] is None else bytes(row[5])])
            for row in db.execute(f"SELECT id, at_utc, status, reason, cells, {body}"
                                  " FROM sync_quarantine ORDER BY id DESC")]


def refused_count(db: Database) -> int:
    return db.execute("SELECT count(*) FROM sync_quarantine").fetchone()[0]


def set_aside(db: Database, *, at: str, status: int | None, reason: str, cells: list[Cell],
              device_id: str, body: bytes) -> None:
    db.execute(
        "INSERT INTO sync_quarantine (at_utc, status, reason, cells, first_revision,"
        " last_revision, device_id, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [at, status, reason, len(cells), cells[0].revision, cells[-1].revision, device_id,
         body],
    )


def refused_batch(db: Database, batch_id: int) -> tuple[int, str, bytes]:
    """(cells, device id, body) of a refused batch, or SyncError."""
    row = db.execute("SELECT cells, device_id, body FROM sync_quarantine WHERE id = ?",
                     [batch_id]).fetchone()
    if row is None:
        raise SyncError(msg("there is no refused batch {batch}", batch=batch_id))
    return row[0], row[1], bytes(row[2])


def refused_again(db: Database, batch_id: int, *, at: str, status: int | None,
                  reason: str) -> None:
    db.execute("UPDATE sync_quarantine SET at_utc = ?, status = ?, reason = ? WHERE id = ?",
               [at, status, reason, batch_id])


def release(db: Database, batch_id: int) -> None:
    """The hub took the batch on a retry: it leaves the quarantine."""
    db.execute("DELETE FROM sync_quarantine WHERE id = ?", [batch_id])
