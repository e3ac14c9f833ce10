"""A laptop put back from a copy of its database: what the hub counted after the copy is
adopted, so the hub and the desk agree (docs/sync-protocol.md, "A laptop put back from a
copy").

What is true after a restore: every hand-out the hub counted from this laptop did happen,
and so did every tap made since the restore. The copy lost the first kind; the hub never
saw the second. The desk learns the first kind from the hub (`GET /v1/cells`: this
device's own anonymous cells, nothing else) and keeps it as **counted elsewhere** per cell
(`cells.counted_elsewhere`), on top of its own counts; the next push then sends totals
that hold both.

How the desk knows, with no call from whoever put the file back:

- Before every push it keeps the highest revision it has sent to this device
  (`SENT_REVISION`), and sends it along (`?expect_revision=`). A hub holding a higher one
  from this device was sent it by a copy of this database that went on after the copy now
  in use: it answers 409 and stores nothing. A run with nothing to push asks once per
  connection (`GET /v1/cells?after=`), so a restored laptop with no new taps learns it too.
- At the end of every sync run that sent everything, it notes where the hub and the desk
  agreed (`AGREED`: the revision counter and the last stock movement counted). The hub's
  cells above that revision are what the copy does not know, and the counts at that point
  are what the copy held of them.
- `note_restored`, called by a restore right after it put the file back (before any tap),
  notes the exact point instead: the copy's counter, its last stock movement and its other
  cells. Without it (a data folder copied back by hand) the last agreed point stands in for
  it, which is exact unless hand-outs were tapped between that sync and the copy.

Idempotent: after the catch-up the desk's sent revision is the hub's, so the next run finds
the hub not ahead and changes nothing.
"""

from __future__ import annotations

import json
import time
import weakref
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .. import settings
from ..messages import msg
from .cells import (
    KITS_WATERMARK,
    CellError,
    cell_from_key,
    counted_elsewhere,
    current_revision,
    kits_before,
    other_cells,
    put_counted_elsewhere,
)
from .link import Link

if TYPE_CHECKING:
    # httpx only where the hub is asked: a restore (`note_restored`) never loads it.
    import httpx
    from sqlite_utils import Database

    from .answers import Answer
    from .cells import Cell

_KITS = "kits_handed_out"
# JSON {"device": id, "revision": n}: the highest revision sent to that device (written
# before each push) or held by the hub from it (its answers).
SENT_REVISION = "sync_sent_revision"
# JSON {"revision": n, "movement": m}: where the hub and the desk last agreed.
AGREED = "sync_agreed_point"
# JSON {"revision", "movement", "cells": [[metric, uid, period, dims, value], ...]}: the
# exact point a restore put the database back to (`note_restored`), until a sync used it.
RESTORED = "sync_restored_point"
PAGE = 1000  # cells per page of GET /v1/cells (the hub's most)

# Connections whose hub was asked (or told by a push) whether it holds more from this
# laptop: a restore replaces the file, and a new connection asks again.
_checked: weakref.WeakSet[Any] = weakref.WeakSet()


def sent_revision(db: Database, device_id: str) -> int | None:
    """The highest revision this database sent to `device_id`; None when not known (a
    database from before the catch-up, or a new connection to the hub)."""
    text = settings.get(db, SENT_REVISION)
    if not text:
        return None
    kept = json.loads(text)
    return int(kept["revision"]) if kept.get("device") == device_id else None


def note_sent(db: Database, device_id: str, revision: int) -> None:
    """Remember that revisions up to `revision` went (or may have gone) to `device_id`."""
    known = sent_revision(db, device_id) or 0
    settings.put(db, SENT_REVISION, json.dumps(
        {"device": device_id, "revision": max(known, revision)}))


def checked(db: Database) -> bool:
    """This connection already knows the hub holds nothing newer than it sent."""
    return db in _checked


def mark_checked(db: Database) -> None:
    """The hub holds nothing this database did not send (a push or a check said so): the
    exact restore point, if one was noted, has done its work."""
    _checked.add(db)
    db.execute("DELETE FROM setting WHERE key = ?", [RESTORED])


def note_agreed(db: Database) -> None:
    """Where the hub and the desk agree now (end of a sync run that sent everything)."""
    row = db.execute("SELECT (SELECT revision FROM sync_state WHERE id = 1),"
                     " (SELECT value FROM setting WHERE key = ?)", [KITS_WATERMARK]).fetchone()
    settings.put(db, AGREED, json.dumps({"revision": row[0], "movement": int(row[1] or 0)}))


def note_restored(db: Database) -> None:
    """The database was just put back from a copy: note exactly what the copy held, so the
    next sync adopts what the hub counted after it and nothing twice.

    Call it right after the file is back and before anything taps (`backups.restore`). A
    data folder copied back by hand is caught up without it, from the last point the hub
    and the desk agreed on. Local only: it never reaches the network.
    """
    from ..db import immediate
    from .cells import compute_cells

    with immediate(db):
        (movement,) = db.execute("SELECT coalesce(max(id), 0) FROM stock_movement").fetchone()
        others = sorted([*key, value] for key, value in other_cells(db).items() if value)
        # Cells whose count the copy changed after its last sync refresh: the copy's later
        # self counted them as they stood then (the value kept here) plus what it tapped.
        stored = {(m, a, p, d): v for m, a, p, d, v in db.execute(
            "SELECT metric, activation_uid, period, dims, value FROM sync_cell")}
        counts = compute_cells(db)
        lagging = sorted([*key, stored.get(key, 0)] for key in counts.keys() | stored.keys()
                         if counts.get(key, 0) != stored.get(key, 0))
        settings.put(db, RESTORED, json.dumps(
            {"revision": current_revision(db), "movement": movement, "cells": others,
             "lagging": lagging}, ensure_ascii=False))
    _checked.discard(db)


def counted_elsewhere_total(db: Database, metric: str = _KITS,
                            activation_uid: str | None = None) -> int:
    """How many of `metric` (hand-outs by default) were counted elsewhere: made on this
    laptop after the copy its database was put back from, known from the hub. What a page
    adds to its own totals to show what the hub shows."""
    return sum(value for (m, uid, _p, _d), value in counted_elsewhere(db).items()
               if m == metric and (activation_uid is None or uid == activation_uid))


# -- asking the hub ---------------------------------------------------------------------------


@dataclass(frozen=True)
class HeldPage:
    device_revision: int
    cells: list[Cell]  # those of the linked activation
    more: bool
    last_revision: int  # the page's highest, whatever its activation: the next page's `after`


def ask(client: httpx.Client, current: Link, token: str, *, after: int, limit: int,
        deadline: float, now: datetime) -> HeldPage | Answer:
    """One page of this device's cells the hub holds above revision `after`, or the
    answer that says why not (kind "unsupported": a hub without `GET /v1/cells`)."""
    import httpx

    from .answers import Answer, network_words, not_the_hub, push_answer
    from .transport import TooBig, exchange

    request = client.build_request(
        "GET", f"{current.hub_url}/v1/cells", params={"after": after, "limit": limit},
        headers={"Authorization": f"Bearer {token}"})
    try:
        response = exchange(client, request, deadline)
    except TooBig as e:
        return Answer("offline", None, not_the_hub(e))
    except httpx.HTTPError as e:
        return Answer("offline", None, network_words(e))
    if response.status_code in (404, 405):
        return Answer("unsupported", response.status_code,
                      msg("the hub cannot say what it holds from this laptop (an older hub)"))
    if response.status_code != 200:
        return push_answer(response, 0, now)
    page = _page(response, current.activation_uid)
    if page is None:
        return Answer("offline", 200, msg("the answer did not come from the hub (a Wi-Fi "
                                          "login page?)"))
    return page


def _page(response: httpx.Response, activation_uid: str) -> HeldPage | None:
    try:
        body = response.json()
        top, raw, more = body["device_revision"], body["cells"], body["more"]
    except (ValueError, KeyError, TypeError):
        return None
    if (not _count(top) or not isinstance(raw, list) or not isinstance(more, bool)):
        return None
    out = []
    last = 0
    for item in raw:
        try:
            dims = json.dumps(item["dims"], sort_keys=True, separators=(",", ":"),
                              ensure_ascii=False)
            key = (item["metric"], item["activation"], item["period"], dims)
            if not (_count(item["value"]) and _count(item["revision"])):
                return None
            cell = cell_from_key(key, item["value"], item["revision"])
        except (KeyError, TypeError, ValueError, CellError):
            return None
        last = max(last, cell.revision)
        if cell.activation == activation_uid:
            out.append(cell)
    return HeldPage(top, out, more and bool(raw), last)


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def held_above(client: httpx.Client, current: Link, token: str, *, after: int,
               run_end: float, request_limit_s: float,
               now: datetime) -> tuple[int, list[Cell]] | Answer:
    """Every cell of this device the hub holds above `after` (page by page), with the
    hub's highest revision from it; or the answer that stopped it."""
    from .answers import Answer

    cells: list[Cell] = []
    top = 0
    while True:
        deadline = min(time.monotonic() + request_limit_s, run_end)
        page = ask(client, current, token, after=after, limit=PAGE, deadline=deadline, now=now)
        if isinstance(page, Answer):
            return page
        top = max(top, page.device_revision)
        cells.extend(page.cells)
        if not page.more:
            return top, cells
        after = page.last_revision


# -- adopting what the hub counted ------------------------------------------------------------


def restore_point(db: Database, current: Link) -> dict[str, Any]:
    """The point the database went back to: the exact one `note_restored` kept, else the
    last the hub and the desk agreed on, else what the link had acknowledged."""
    for name in (RESTORED, AGREED):
        text = settings.get(db, name)
        if text:
            return dict(json.loads(text))
    return {"revision": current.acked_revision,
            "movement": int(settings.get(db, KITS_WATERMARK) or 0)}


def adopt(db: Database, current: Link, point: dict[str, Any], held: list[Cell],
          device_revision: int) -> int:
    """Keep, as counted elsewhere, what the hub holds in `held` (its cells above the
    point's revision) beyond what this database held of them at the point; return how many
    cells that touched. Inside the caller's transaction.

    The hub's value of such a cell is this laptop's count at a moment after the point, so
    what the database lacks of it is that value less the count at the point. The cell's
    stored value becomes the hub's, so the next refresh sends it again only where the desk
    now counts otherwise (taps since the restore).
    """
    extra = counted_elsewhere(db)
    kits_then = kits_before(db, current.activation_uid, int(point["movement"]))
    exact = point.get("cells")
    others_then = ({(m, a, p, d): v for m, a, p, d, v in exact} if exact is not None
                   else None)
    others_now: dict[tuple[str, str, str, str], int] | None = None
    touched = 0
    seen: set[tuple[str, str, str, str]] = set()
    for cell in held:
        key = cell.key
        seen.add(key)
        row = db.execute("SELECT value, revision FROM sync_cell WHERE metric = ?"
                         " AND activation_uid = ? AND period = ? AND dims = ?",
                         list(key)).fetchone()
        if row is not None and (row[0], row[1]) == (cell.value, cell.revision) and (
                exact is None or row[1] <= int(point["revision"])):
            # The database has exactly what the hub holds (the copy's later self sent what
            # the copy held). Numbered since the restore, it would be a new count that
            # happens to match: only the exact point can tell.
            continue
        if key[0] == _KITS:
            then = kits_then.get(key, 0)
        elif others_then is not None:
            then = others_then.get(key, 0)
        elif row is None:
            then = 0  # never above 0 here: cells are kept from their first count
        elif row[1] <= int(point["revision"]):
            then = row[0] - extra.get(key, 0)  # unchanged since the point
        else:
            # Changed again since the restore: the point's value is gone; today's stands in.
            if others_now is None:
                others_now = other_cells(db)
            then = others_now.get(key, 0)
        extra[key] = cell.value - then
        db.execute(
            "INSERT INTO sync_cell (metric, activation_uid, period, dims, value, revision)"
            " VALUES (?, ?, ?, ?, ?, 0) ON CONFLICT (metric, activation_uid, period, dims)"
            " DO UPDATE SET value = excluded.value", [*key, cell.value])
        touched += 1
    for m, a, p, d, kept in point.get("lagging", []):
        # Changed in the copy since its last refresh, and not since by its later self at
        # the hub: that self's count was the value kept (it would have sent any other),
        # so whatever it tapped there brought the count back to it.
        key = (m, a, p, d)
        if a != current.activation_uid or key in seen:
            continue
        then = kits_then.get(key, 0) if m == _KITS else (others_then or {}).get(key, 0)
        if kept - then != extra.get(key, 0):
            extra[key] = kept - then
            touched += 1
    put_counted_elsewhere(db, extra)
    # New changes are numbered above everything the hub holds from this laptop.
    db.execute("UPDATE sync_state SET revision = max(revision, ?) WHERE id = 1",
               [device_revision])
    note_sent(db, current.device_id, device_revision)
    mark_checked(db)
    return touched
