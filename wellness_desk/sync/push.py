"""One sync run: bring the cells up to date and push what the hub has not acknowledged yet.

The linked activation's cells above the acknowledged revision go oldest first, in gzip
batches of up to `MAX_BATCH`; what each answer means is `answers`' to say. A run starts no
batch past its own wall time (`run_limit_s`; what waits goes with the next run), and never
raises for network trouble: the outcome says what happened. Every request is logged (counts
and outcome only).

Each call takes the caller's connection: a background worker opens its own (DESIGN rule 4).
"""

from __future__ import annotations

import gzip
import json
import time
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

import httpx

from .. import settings
from ..clock import to_utc_text, utcnow
from ..clock_check import SKEW_SETTING, hub_date, skew_warning
from ..db import immediate
from ..messages import message_of, msg, restored, stored
from . import SyncError, catch_up
from .answers import Answer, kept, network_words, not_the_hub, push_answer
from .bodies import MAX_BATCH, body_bytes, check_batch_size
from .cells import Cell, current_revision, pending_cells, pending_count, refresh_cells
from .hub_token import hub_token
from .link import Link, acked_revision, clear_error, link, move_ack, set_error
from .log import record
from .outcomes import NOT_CONNECTED_TEXT, STOPPED_TEXT, SyncResult, result
from .quarantine import refused_again, refused_batch, release, set_aside
from .transport import TooBig, exchange, hub_client, request_limit
from .words import plural, waiting

if TYPE_CHECKING:
    from sqlite_utils import Database

# Wall time a sync run may start batches in; the rest waits for the next run.
RUN_LIMIT_S = 300.0
# Catch-ups one run may make (a second means a second copy of this database syncs at the
# same time: the run stops and says so rather than take turns with it).
MAX_CATCH_UPS = 1


def sync_once(db: Database, *, transport: httpx.BaseTransport | None = None,
              timeout: httpx.Timeout | float | None = None, batch_size: int = MAX_BATCH,
              now: datetime | None = None, request_limit_s: float | None = None,
              run_limit_s: float = RUN_LIMIT_S) -> SyncResult:
    """Bring the cells up to date and push what the hub has not acknowledged yet.

    Never raises for network trouble: the outcome says what happened. Every request is
    logged (counts and outcome only). Each request takes at most `request_limit_s` seconds
    of wall time (a float `timeout`, else `REQUEST_LIMIT_S`), and the run ends within
    `run_limit_s`: a request is cut at the run's end, and no batch starts after it
    (outcome "time_up": the rest goes with the next run).
    """
    check_batch_size(batch_size)
    run_end = time.monotonic() + run_limit_s
    limit = request_limit(timeout, request_limit_s)
    started = _start(db)
    if isinstance(started, SyncResult):
        return started
    current, token = started
    refresh_cells(db)
    with hub_client(transport, timeout, current.hub_url) as client:
        run = _Run(db, current, token, client, limit, run_limit_s, run_end, now,
                   acked=current.acked_revision, batch_size=batch_size)
        ended = _push(run)
        if ended is not None:
            return ended
        if run.batches == 0 and not catch_up.checked(db):
            # Nothing was pushed, so no answer said whether the hub holds more from this
            # laptop than its database has (a restored laptop with no new taps): ask once.
            ended = _check(run)
            if ended is not None:
                return ended
    return _finish(run)


def _push(run: _Run) -> SyncResult | None:
    """Send what waits, batch by batch: a result when the run ends early."""
    while cells := pending_cells(run.db, run.acked, activation_uid=run.current.activation_uid,
                                 limit=run.batch_size):
        if run.batches and time.monotonic() >= run.run_end:
            return _time_up(run)
        ended = _send(run, cells)
        if ended is not None:
            return ended
    return None


def _check(run: _Run) -> SyncResult | None:
    """Ask the hub whether it holds later changes from this laptop than its database sent;
    if so, catch up and send. A hub that cannot say, or cannot be reached, changes
    nothing here (the next push asks again)."""
    sent = catch_up.sent_revision(run.db, run.current.device_id)
    deadline = min(time.monotonic() + run.request_limit_s, run.run_end)
    page = catch_up.ask(run.client, run.current, run.token, after=sent or 0, limit=1,
                        deadline=deadline, now=run.now or utcnow())
    if isinstance(page, Answer):
        if page.kind == "unsupported":
            catch_up.mark_checked(run.db)
        return None
    if sent is not None and page.device_revision > sent:
        return _catch_up(run, page.device_revision) or _push(run)
    with immediate(run.db):
        catch_up.note_sent(run.db, run.current.device_id, page.device_revision)
        catch_up.mark_checked(run.db)
    return None


def _catch_up(run: _Run, device_revision: int) -> SyncResult | None:
    """The hub holds later counts from this laptop than its database has: adopt them as
    counted elsewhere, and recount (what waits then goes in this same run)."""
    at = to_utc_text(run.now or utcnow())
    if run.catch_ups >= MAX_CATCH_UPS:
        words = msg("the hub keeps receiving later counts from this laptop than its "
                    "database has: is a second copy of this data folder syncing too?")
        record(run.db, at, 0, 0, "server_error", words)
        return _failure(run.db, run.current, Answer("server_error", 409, words),
                        run.sent, run.batches, run.quarantined)
    run.catch_ups += 1
    point = catch_up.restore_point(run.db, run.current)
    held = catch_up.held_above(run.client, run.current, run.token,
                               after=int(point["revision"]), run_end=run.run_end,
                               request_limit_s=run.request_limit_s, now=run.now or utcnow())
    if isinstance(held, Answer):
        record(run.db, at, 0, 0, held.kind, f"catching up: {held.detail}")
        return _failure(run.db, run.current, held, run.sent, run.batches, run.quarantined)
    top, cells = held
    with immediate(run.db):
        touched = catch_up.adopt(run.db, run.current, point, cells, max(top, device_revision))
        record(run.db, at, touched, 0, "caught_up",
               f"the hub held {plural(touched, 'count')} this database no longer had (put "
               "back from a copy?): kept as counted elsewhere")
    refresh_cells(run.db)
    return None


@dataclass
class _Run:
    """A sync run under way: its link and limits, and what it has done so far."""

    db: Database
    current: Link
    token: str
    client: httpx.Client
    request_limit_s: float
    run_limit_s: float
    run_end: float  # on the monotonic clock
    now: datetime | None
    acked: int
    batch_size: int = MAX_BATCH
    sent: int = 0
    batches: int = 0
    quarantined: int = 0
    catch_ups: int = 0

    def result(self, outcome: str, message: str) -> SyncResult:
        return result(outcome, self.sent, self.batches, self.quarantined, message)


def _send(run: _Run, cells: list[Cell]) -> SyncResult | None:
    """Send one batch and act on the answer: a result when the run ends here."""
    raw = body_bytes(run.current.device_id, cells)
    # mtime=0: the same body compresses to the same bytes (no timestamp inside).
    wire = gzip.compress(raw, mtime=0)
    # The hub is told the most this database ever sent; it is then kept, before the
    # request, with this batch's (the answer may be lost after the hub stored it).
    expect = catch_up.sent_revision(run.db, run.current.device_id)
    with immediate(run.db):
        catch_up.note_sent(run.db, run.current.device_id, max(c.revision for c in cells))
    request_end = time.monotonic() + run.request_limit_s
    answer = _post(run.client, run.current, run.token, wire, len(cells), run.now or utcnow(),
                   min(request_end, run.run_end), expect)
    note_clock(run.db, answer)
    at = to_utc_text(run.now or utcnow())
    run.batches += 1
    if answer.kind == "behind":
        # Nothing of the batch was stored: catch up, then what waits goes again.
        run.batches -= 1
        return _catch_up(run, answer.device_revision)
    if answer.kind == "offline" and run.run_end < request_end and time.monotonic() >= run.run_end:
        # Cut by the run's end, not for want of an answer: the batch goes again next time
        # (the hub keeps the higher revision, so that is harmless).
        record(run.db, at, len(cells), len(wire), "time_up",
               f"the run's {run.run_limit_s:g} s were up before the hub answered")
        return _time_up(run)
    answer = kept(answer, [c.revision for c in cells])
    if answer.kind == "held":
        moved = _held(run, cells, answer, at, len(wire))
    elif answer.kind == "rejected":
        moved = _set_aside(run, cells, raw, answer, at, len(wire))
    else:
        record(run.db, at, len(cells), len(wire), answer.kind, answer.detail)
        return _failure(run.db, run.current, answer, run.sent, run.batches, run.quarantined)
    if not moved:
        # Disconnected or reconnected by another thread meanwhile: the new link starts from
        # its own beginning, this run has nothing more to do.
        return run.result("not_connected", "Sync: the hub connection changed during the sync")
    run.acked = cells[-1].revision
    return None


def _held(run: _Run, cells: list[Cell], answer: Answer, at: str, size: int) -> bool:
    """The hub holds the batch: the acknowledgement moves (False: the link is gone)."""
    ahead = [cells[i] for i in sorted(set(answer.differs or []))]
    with immediate(run.db):
        moved = move_ack(run.db, run.current, cells[-1].revision)
        if moved:
            catch_up.note_sent(run.db, run.current.device_id, answer.device_revision)
            catch_up.mark_checked(run.db)
        words = answer.words
        if moved and ahead:
            _renumber(run.db, ahead, answer.device_revision)
            words += (f"; the hub had {plural(len(ahead), 'change')} at a later revision (a "
                      "database put back from a copy?): sent again")
        record(run.db, at, len(cells), size, "synced", words)
    run.sent += len(cells)
    return moved


def _set_aside(run: _Run, cells: list[Cell], raw: bytes, answer: Answer, at: str,
               size: int) -> bool:
    """The hub refused the batch as malformed: it is set aside and the acknowledgement moves
    past it (False: the link is gone)."""
    with immediate(run.db):
        moved = move_ack(run.db, run.current, cells[-1].revision)
        if moved:
            set_aside(run.db, at=at, status=answer.status, reason=answer.words, cells=cells,
                      device_id=run.current.device_id, body=raw)
        record(run.db, at, len(cells), size, "quarantined", answer.detail)
    run.quarantined += 1
    return moved


def _renumber(db: Database, ahead: list[Cell], device_revision: int) -> None:
    """The hub holds some cells with other values at the revision this laptop sent them,
    or later: the database was put back from a copy (a backup) and its revision counter
    went back with it. Those cells (and every later change) get revisions above the
    highest the hub holds from this laptop, so its values go out again instead of being
    taken for old ones."""
    revision = max(current_revision(db), device_revision)
    for cell in ahead:
        revision += 1
        db.execute(
            "UPDATE sync_cell SET revision = ? WHERE metric = ? AND activation_uid = ?"
            " AND period = ? AND dims = ? AND revision = ?",
            [revision, *cell.key, cell.revision])
    db.execute("UPDATE sync_state SET revision = ? WHERE id = 1", [revision])


def _time_up(run: _Run) -> SyncResult:
    if run.sent:
        clear_error(run.db, run.current, synced_at=to_utc_text(utcnow()))
    left = pending_count(run.db, acked_revision(run.db, run.current),
                         activation_uid=run.current.activation_uid)
    return run.result("time_up", f"Sent {plural(run.sent, 'change')} in "
                      f"{plural(run.batches, 'batch', 'batches')}; the run's "
                      f"{run.run_limit_s:g} s were up with {waiting(left)}: they go with the "
                      "next sync")


def _finish(run: _Run) -> SyncResult:
    if run.batches == 0:
        clear_error(run.db, run.current, synced_at=None)
        _agreed(run)
        return run.result("up_to_date", "Nothing to send: the hub has every change")
    # Synced "at" only when the hub held something: every batch refused is no sync.
    clear_error(run.db, run.current,
                synced_at=to_utc_text(run.now or utcnow()) if run.sent else None)
    _agreed(run)
    message = f"Sent {plural(run.sent, 'change')} in {plural(run.batches, 'batch', 'batches')}"
    if run.quarantined:
        return run.result("quarantined", f"{message}; the hub refused "
                          f"{plural(run.quarantined, 'batch', 'batches')} (see the Sync page)")
    return run.result("synced", message)


def _agreed(run: _Run) -> None:
    """Everything waiting went: this is where the hub and the desk agree (what a copy made
    from now on is caught up from). Only when the hub was seen to hold nothing newer."""
    if catch_up.checked(run.db):
        with immediate(run.db):
            catch_up.note_agreed(run.db)


def retry_quarantined(db: Database, batch_id: int, *,
                      transport: httpx.BaseTransport | None = None,
                      timeout: httpx.Timeout | float | None = None,
                      now: datetime | None = None,
                      request_limit_s: float | None = None) -> SyncResult:
    """Send a refused batch again, as it was. Accepted: it leaves the quarantine."""
    cells, device_id, body = refused_batch(db, batch_id)
    started = _start(db)
    if isinstance(started, SyncResult):
        return started
    current, token = started
    if device_id != current.device_id:
        raise SyncError(msg("batch {batch} was refused under an earlier connection to the hub; "
                            "the present connection sends those counts anew, so it needs no retry",
                            batch=batch_id))
    wire = gzip.compress(body, mtime=0)
    deadline = time.monotonic() + request_limit(timeout, request_limit_s)
    with hub_client(transport, timeout, current.hub_url) as client:
        answer = _post(client, current, token, wire, cells, now or utcnow(), deadline)
    note_clock(db, answer)
    at = to_utc_text(now or utcnow())
    answer = kept(answer, [c["revision"] for c in json.loads(body)["cells"]])
    if answer.kind == "held":
        with immediate(db):
            release(db, batch_id)
            record(db, at, cells, len(wire), "synced",
                   f"refused batch {batch_id} accepted on retry")
        return result("synced", cells, 1, 0, f"Batch {batch_id} accepted by the hub")
    if answer.kind == "rejected":
        with immediate(db):
            refused_again(db, batch_id, at=at, status=answer.status, reason=answer.words)
            record(db, at, cells, len(wire), "quarantined",
                   f"{answer.detail} (retry of batch {batch_id})")
        return result("quarantined", 0, 1, 1,
                      f"The hub refused batch {batch_id} again: {answer.words}")
    record(db, at, cells, len(wire), answer.kind, answer.detail)
    return _failure(db, current, answer, 0, 1, 0)


def _start(db: Database) -> tuple[Link, str] | SyncResult:
    """The link and its token, or the result that there is nothing to sync with."""
    current = link(db)
    if current is None:
        return result("not_connected", 0, 0, 0, NOT_CONNECTED_TEXT)
    if current.stopped:
        return result("unauthorized", 0, 0, 0, STOPPED_TEXT)
    try:
        token = hub_token(current)
    except SyncError as e:
        set_error(db, current.device_id, message_of(e))
        raise
    return current, token


def _post(client: httpx.Client, current: Link, token: str, wire: bytes, cells: int,
          now: datetime, deadline: float, expect: int | None = None) -> Answer:
    request = client.build_request(
        "POST", f"{current.hub_url}/v1/sync", content=wire,
        params=None if expect is None else {"expect_revision": expect},
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json",
                 "Content-Encoding": "gzip"},
    )
    try:
        response = exchange(client, request, deadline)
    except TooBig as e:
        return Answer("offline", None, not_the_hub(e))
    except httpx.HTTPError as e:
        return Answer("offline", None, network_words(e))
    return replace(push_answer(response, cells, now),
                   hub_date=hub_date(response.headers.get("Date")))


def note_clock(db: Database, answer: Answer) -> None:
    """Keep what the hub's clock said of this laptop's for the status line: a warning past
    five minutes either way, nothing once they agree. Only words: every action keeps its
    stamp and goes to the hub as it is."""
    if answer.hub_date is None:
        return  # no answer (offline): the clocks were not compared
    # The laptop's own clock, not a caller's `now` (a fixed instant for the log's stamps).
    warning = skew_warning(answer.hub_date, utcnow())
    if warning == restored(settings.get(db, SKEW_SETTING)):
        return  # written only when it changes: not once per batch
    if warning is None:
        db.execute("DELETE FROM setting WHERE key = ?", [SKEW_SETTING])
    else:
        settings.put(db, SKEW_SETTING, stored(warning))


def _failure(db: Database, current: Link, answer: Answer, sent: int, batches: int,
             quarantined_n: int) -> SyncResult:
    """Record a failed request on the link and say what it means."""
    stop = answer.kind == "unauthorized"
    set_error(db, current.device_id, answer.words, stop=stop)
    if stop:
        return result("unauthorized", sent, batches, quarantined_n, STOPPED_TEXT)
    left = pending_count(db, acked_revision(db, current), activation_uid=current.activation_uid)
    words = answer.words[0].upper() + answer.words[1:]
    return result(answer.kind, sent, batches, quarantined_n, f"{words} · {waiting(left)}",
                  answer.retry_after_s)
