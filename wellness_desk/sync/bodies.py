"""What a push sends: the exact body of one batch, and the preview of the batches that go
next (what "Preview what will be sent" and `wellness-desk sync --preview` show)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ..messages import msg
from . import SyncError
from .cells import PAYLOAD_VERSION, Cell, cell_payload, pending_cells, refresh_cells
from .link import link

if TYPE_CHECKING:
    from sqlite_utils import Database

MAX_BATCH = 1000  # the hub's limit per request


def body_bytes(device_id: str, cells: list[Cell]) -> bytes:
    """The exact uncompressed body of one push: what the preview shows and the hub reads."""
    body = {"cells": cell_payload(cells)["cells"], "device_id": device_id,
            "version": PAYLOAD_VERSION}
    return json.dumps(body, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def check_batch_size(batch_size: int) -> None:
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or not (
            1 <= batch_size <= MAX_BATCH):
        raise SyncError(msg("batch size: {batch_size} is not 1 to {max} cells",
                            batch_size=repr(batch_size), max=MAX_BATCH))


def preview(db: Database, *, max_batches: int | None = None, batch_size: int = MAX_BATCH,
            refresh: bool = True) -> list[bytes]:
    """The bodies `push.sync_once` would send next, batch by batch (uncompressed, exact
    bytes).

    With `refresh` the cells are brought up to date first (that writes); without, only
    what is stored is read (no write lock): changes since the last refresh are not shown.
    """
    check_batch_size(batch_size)
    current = link(db)
    if current is None:
        return []
    if refresh:
        refresh_cells(db)
    bodies: list[bytes] = []
    since = current.acked_revision
    while max_batches is None or len(bodies) < max_batches:
        cells = pending_cells(db, since, activation_uid=current.activation_uid,
                              limit=batch_size)
        if not cells:
            break
        bodies.append(body_bytes(current.device_id, cells))
        since = cells[-1].revision
    return bodies
