"""Count cells: the only thing that leaves the laptop for the hub (DESIGN: Privacy model).

A cell is (metric, activation uid, period, dimensions) → an integer. Everything a cell may
hold is listed here and checked by `Cell` itself:

=====================  =====================  ===========================================
metric                 dimensions             period
=====================  =====================  ===========================================
kits_handed_out        kit_type, role         UTC hour the hand-out counted in
workshops_held         kind                   UTC hour the workshop started
workshop_attendance    kind                   UTC hour the workshop started
workshop_capacity      kind                   UTC hour the workshop started
therapy_offered        (none)                 ISO week of the stop's day, e.g. 2026-W28
therapy_booked         (none)                 ISO week
therapy_held           (none)                 ISO week
therapy_no_show        (none)                 ISO week
cards_printed          template               UTC hour the job was recorded
resource_not_working   resource               ISO week (UTC) of the "did not work" taps
=====================  =====================  ===========================================

Decisions, so the next reader need not guess:

- Kit type names and workshop kinds leave the laptop: the design counts kits "by kit type"
  and sessions "by workshop kind", and the hub must show them. They are catalogue names a
  coordinator types, not people; roles are the fixed categories of `kits.ROLES`. Templates
  are the shipped card layouts. No other text is read: never titles, descriptions,
  facilitators, providers, stops, venues, card tags, reasons, booking names or notes.
- The activation is its random `uid` (m006), never its name or local row id.
- A workshop is "held" when marked held or when anyone was counted in at the door (the
  same notion of "took place" that stops it being cancelled). Attendance is its net door
  headcount; capacity is its capacity (own, else the space's; none counts 0). Only held
  workshops count.
- Therapy counts come from `therapy.weekly_counts` (per activation per ISO week): never by
  role or day.
- A print job counts in the activation that was current when it was recorded (m006); jobs
  recorded before any activation existed count nowhere.
- "This number did not work" (`resources.reports`) counts per contact method of the
  directory: `resource` is its HSDS phone id (a uuid the curator gave it, the same on every
  laptop, so the hub can sum them), never the number, the service's name or the time. It
  counts in the activation current when it was tapped (m012); none: kept, counted nowhere.
- A cell is never deleted: when its count falls (an undo, a renamed kit type, a workshop put
  back to scheduled) it goes down, to 0 if need be, with a new revision, so the hub's copy
  follows. A cell that was never above 0 is never created. The one exception: a cell kept
  before names were cleaned (below), with a dimension the hub refuses, is retired (value
  and revision 0: kept, never sent), since the hub could never hold it; its count goes
  under the cleaned name.
- Every dimension value (kit type, workshop kind, template) goes through `_dimension` when
  cells are counted: control characters out, spaces collapsed, at most 80 characters,
  "unnamed" if nothing is left. The desk never makes a cell the hub refuses (`Cell` checks
  the hub's own rules), so one odd name never holds up the counts behind it. Two names
  that clean to the same text count as one.
- Values are kept within the hub's bound for their metric, 0 to `MAX_VALUES` (a count
  outside it is a fault in local data, not something to stop syncing for).
- A cell's value is its local count plus what was **counted elsewhere**: hand-outs (and
  other counts) the hub holds from this laptop that its database lost when it was put back
  from a copy (`catch_up`; docs/sync-protocol.md, "A laptop put back from a copy"). They
  are kept per cell in `setting` (`COUNTED_ELSEWHERE`), added wherever a cell is counted.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from .. import kits
from ..clock import from_utc_text
from ..db import immediate

if TYPE_CHECKING:
    from sqlite_utils import Database

PAYLOAD_VERSION = 1
HOUR = "hour"
WEEK = "week"
# metric -> (its dimensions, in order; its period kind). The whole allow-list.
METRICS: dict[str, tuple[tuple[str, ...], str]] = {
    "kits_handed_out": (("kit_type", "role"), HOUR),
    "workshops_held": (("kind",), HOUR),
    "workshop_attendance": (("kind",), HOUR),
    "workshop_capacity": (("kind",), HOUR),
    "therapy_offered": ((), WEEK),
    "therapy_booked": ((), WEEK),
    "therapy_held": ((), WEEK),
    "therapy_no_show": ((), WEEK),
    "cards_printed": (("template",), HOUR),
    "resource_not_working": (("resource",), WEEK),
}
DIMENSIONS = ("kit_type", "role", "kind", "template", "resource")
# A hand-out's role category, or none given: the desk's one list is kits.ROLES.
ROLES = (kits.UNSPECIFIED, *kits.ROLES)
# The hub's own rules (wellness_hub/schema.py; a test keeps the two ends in step).
# The periods' patterns are the hub's exact ones (built there from the calendar): real
# hours and weeks of the years 0001 to 9999, in ASCII digits.
_YEAR = r"(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})"
_HOUR = re.compile(
    rf"^({_YEAR}-((0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])|(0[13-9]|1[0-2])-(29|30)|"
    r"(0[13578]|1[02])-31)|([0-9]{2}(0[48]|[2468][048]|[13579][26])|"
    r"(0[48]|[2468][048]|[13579][26])00)-02-29)T([01][0-9]|2[0-3]):00Z$")
_WEEK = re.compile(
    rf"^({_YEAR}-W(0[1-9]|[1-4][0-9]|5[0-2])|("
    r"([02468][048]|[13579][26])(04|09|15|20|26|32|37|43|48|54|60|65|71|76|82|88|93|99)|"
    r"([02468][159]|[13579][37])(05|11|16|22|28|33|39|44|50|56|61|67|72|78|84|89|95)|"
    r"([02468][26]|[13579][048])(01|07|12|18|24|29|35|40|46|52|57|63|68|74|80|85|91|96)|"
    r"([02468][37]|[13579][159])(03|08|14|20|25|31|36|42|48|53|59|64|70|76|81|87|92|98)"
    r")-W53)$")
_UID = re.compile(r"^[0-9a-f]{32}$")
# A directory contact's HSDS phone id, canonical (the hub's RESOURCE_PATTERN).
_RESOURCE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# Control characters (C0, DEL, C1) as the hub's DIMENSION_PATTERN refuses them, and lone
# surrogates, which no UTF-8 body can carry.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
MAX_DIMENSION = 80
# The most the hub takes in one cell, per metric (the hub's MAX_VALUES).
MAX_VALUES: dict[str, int] = {
    "kits_handed_out": 1_000_000,
    "workshops_held": 10_000,
    "workshop_attendance": 1_000_000,
    "workshop_capacity": 1_000_000,
    "therapy_offered": 10_000,
    "therapy_booked": 10_000,
    "therapy_held": 10_000,
    "therapy_no_show": 10_000,
    "cards_printed": 1_000_000,
    "resource_not_working": 10_000,
}
MAX_VALUE = max(MAX_VALUES.values())
MAX_REVISION = 2**63 - 1  # the hub stores revisions as 64-bit integers
UNNAMED = "unnamed"
_KITS = "kits_handed_out"


class CellError(ValueError):
    """A cell outside the allow-list: a bug, never something to send."""


def _dimension(text: str) -> str:
    """A kit type, workshop kind or template as a cell carries it: no control characters,
    spaces collapsed, at most `MAX_DIMENSION` characters, never empty."""
    flat = " ".join(_CONTROL.sub("", " ".join(str(text).split())).split())
    return flat[:MAX_DIMENSION].strip() or UNNAMED


@functools.lru_cache(maxsize=4096)  # a season's cells share a few thousand periods
def _real_period(period: str, kind: str) -> bool:
    try:
        if kind == HOUR:
            datetime.strptime(period, "%Y-%m-%dT%H:00Z")
        else:
            year, week = period.split("-W")
            date.fromisocalendar(int(year), int(week), 1)
    except ValueError:
        return False
    return True


@dataclass(frozen=True, slots=True, kw_only=True)
class Cell:
    """One count cell, exactly the allow-listed fields; anything else is refused."""

    metric: str
    activation: str  # the activation's random uid
    period: str  # "2026-07-04T13:00Z" (UTC hour) or "2026-W28" (ISO week)
    kit_type: str | None = None
    role: str | None = None
    kind: str | None = None
    template: str | None = None
    resource: str | None = None  # a directory contact's uuid
    value: int = 0
    revision: int = 0

    def __post_init__(self) -> None:
        if self.metric not in METRICS:
            raise CellError(f"metric {self.metric!r} is not on the allow-list")
        dims, period_kind = METRICS[self.metric]
        if not isinstance(self.activation, str) or not _UID.match(self.activation):
            raise CellError(f"{self.metric}: activation must be a 32-hex-digit uid")
        pattern = _HOUR if period_kind == HOUR else _WEEK
        if (not isinstance(self.period, str) or not pattern.match(self.period)
                or not _real_period(self.period, period_kind)):
            raise CellError(f"{self.metric}: period {self.period!r} is not a {period_kind}")
        for name in DIMENSIONS:
            given = getattr(self, name)
            if name in dims:
                if not isinstance(given, str) or not 1 <= len(given) <= MAX_DIMENSION:
                    raise CellError(
                        f"{self.metric}: needs a {name} (1 to {MAX_DIMENSION} characters)")
                if _CONTROL.search(given):
                    raise CellError(f"{self.metric}: {name} holds a control character")
                if name == "resource" and not _RESOURCE.match(given):
                    raise CellError(f"{self.metric}: resource must be a lower-case uuid")
            elif given is not None:
                raise CellError(f"{self.metric}: has no {name} dimension")
        if self.role is not None and self.role not in ROLES:
            raise CellError(f"{self.metric}: role {self.role!r} is not a role category")
        for name in ("value", "revision"):
            number = getattr(self, name)
            if isinstance(number, bool) or not isinstance(number, int):
                raise CellError(f"{self.metric}: {name} must be an integer")
        if not 0 <= self.value <= MAX_VALUES[self.metric]:
            raise CellError(f"{self.metric}: value {self.value} is not 0 to "
                            f"{MAX_VALUES[self.metric]:,}")
        # 0 is a cell not yet numbered; one that is sent has a revision from 1
        # (`cell_payload` checks).
        if not 0 <= self.revision <= MAX_REVISION:
            raise CellError(f"{self.metric}: revision {self.revision} is out of range")

    @property
    def key(self) -> tuple[str, str, str, str]:
        """(metric, activation, period, canonical dims JSON): the sync_cell primary key."""
        return (self.metric, self.activation, self.period, _dims_text(self.dims))

    @property
    def dims(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in METRICS[self.metric][0]}

    def as_dict(self) -> dict[str, Any]:
        """The cell as sent: its metric's fields only, keys sorted."""
        body: dict[str, Any] = {
            "activation": self.activation, "metric": self.metric, "period": self.period,
            "revision": self.revision, "value": self.value, **self.dims,
        }
        return dict(sorted(body.items()))


CELL_FIELDS = tuple(f.name for f in fields(Cell))


def _dims_text(dims: dict[str, str]) -> str:
    return json.dumps(dims, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def hour_period(instant: datetime) -> str:
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:00Z")


def _quarter_hour(quarter: int) -> str:
    return datetime.fromtimestamp(quarter // 4 * 3600, UTC).strftime("%Y-%m-%dT%H:00Z")


# -- computing every cell from local data ----------------------------------------------------

_Key = tuple[str, str, str, str]


def _kits(db: Database, out: dict[_Key, int]) -> None:
    # handout_tally is kept by kits.TOTALS_TRIGGER: 15-minute buckets, undos already subtracted.
    # Summed to hours by SQLite: a season has hundreds of thousands of buckets, and the
    # keys are built once per cell, not once per bucket.
    hours: dict[int, str] = {}
    dims: dict[tuple[str, str], str] = {}
    for uid, hour, kit, role, count in db.execute(
        "SELECT a.uid, t.quarter / 4 AS hour, k.name, t.role, sum(t.count) FROM handout_tally t"
        " JOIN location l ON l.id = t.location_id JOIN activation a ON a.id = l.activation_id"
        " JOIN kit_type k ON k.id = t.kit_type_id GROUP BY a.uid, hour, k.name, t.role"
    ):
        if hour not in hours:
            hours[hour] = _quarter_hour(hour * 4)
        if (kit, role) not in dims:
            dims[(kit, role)] = _dims_text({"kit_type": _dimension(kit), "role": role})
        out[(_KITS, uid, hours[hour], dims[(kit, role)])] += count


def _workshops(db: Database, out: dict[_Key, int]) -> None:
    for uid, kind, start, status, capacity, headcount in db.execute(
        "SELECT a.uid, coalesce(wk.name, w.kind), w.start_utc, w.status,"
        " coalesce(w.capacity, l.capacity),"
        " (SELECT coalesce(sum(d.delta), 0) FROM door_tap d"
        "  WHERE d.workshop_id = w.id AND d.counter = 'headcount')"
        " FROM workshop w JOIN activation a ON a.id = w.activation_id"
        " JOIN location l ON l.id = w.location_id"
        # The catalogue's spelling of the kind (kinds are case-insensitive).
        " LEFT JOIN workshop_kind wk ON wk.name = w.kind"
    ):
        if not (status == "held" or (status != "cancelled" and headcount > 0)):
            continue
        period = hour_period(from_utc_text(start))
        dims = _dims_text({"kind": _dimension(kind)})
        out[("workshops_held", uid, period, dims)] += 1
        out[("workshop_attendance", uid, period, dims)] += max(headcount, 0)
        out[("workshop_capacity", uid, period, dims)] += capacity or 0


def _therapy(db: Database, out: dict[_Key, int]) -> None:
    from ..therapy import weekly_counts

    activations = db.execute(
        "SELECT DISTINCT a.id, a.uid FROM therapy_day d JOIN location l ON l.id = d.location_id"
        " JOIN activation a ON a.id = l.activation_id"
    ).fetchall()
    for activation_id, uid in activations:
        for week in weekly_counts(db, activation_id):
            for name in ("offered", "booked", "held", "no_show"):
                out[(f"therapy_{name}", uid, week.iso_week, "{}")] += getattr(week, name)


def _cards(db: Database, out: dict[_Key, int]) -> None:
    for uid, template, printed, cards in db.execute(
        "SELECT a.uid, p.template, p.printed_utc, p.cards FROM print_job p"
        " JOIN print_job_activation pa ON pa.print_job_id = p.id"
        " JOIN activation a ON a.id = pa.activation_id"
    ):
        key = ("cards_printed", uid, hour_period(from_utc_text(printed)),
               _dims_text({"template": _dimension(template)}))
        out[key] += cards


def _not_working(db: Database, out: dict[_Key, int]) -> None:
    # Reports with no activation (none existed when tapped) are kept and counted nowhere.
    for uid, contact, reported in db.execute(
        "SELECT a.uid, r.contact_id, r.reported_utc FROM resource_report r"
        " JOIN activation a ON a.id = r.activation_id"
    ):
        iso = from_utc_text(reported).isocalendar()
        out[("resource_not_working", uid, f"{iso.year:04d}-W{iso.week:02d}",
             _dims_text({"resource": contact}))] += 1


def compute_cells(db: Database) -> dict[_Key, int]:
    """Every allow-listed cell, recomputed from local data (plus what was counted
    elsewhere): key -> value."""
    out: dict[_Key, int] = defaultdict(int)
    _kits(db, out)
    _workshops(db, out)
    _therapy(db, out)
    _cards(db, out)
    _not_working(db, out)
    for key, extra in counted_elsewhere(db).items():
        out[key] += extra
    return {key: _value(key, value) for key, value in out.items()}


# Counts the hub holds from this laptop that its database lost (put back from a copy):
# JSON [[metric, activation uid, period, dims, value], ...], written by `catch_up`.
COUNTED_ELSEWHERE = "sync_counted_elsewhere"


def counted_elsewhere(db: Database) -> dict[_Key, int]:
    """What each cell counts beyond local data: hand-outs (and other counts) made on this
    laptop after the copy its database was put back from, which the hub had counted.
    Negative where an undo after the copy lowered a count. Few cells, if any."""
    from .. import settings

    text = settings.get(db, COUNTED_ELSEWHERE)
    if not text:
        return {}
    return {(m, a, p, d): int(v) for m, a, p, d, v in json.loads(text)}


def put_counted_elsewhere(db: Database, extra: dict[_Key, int]) -> None:
    """Keep what each cell counts beyond local data (inside the caller's transaction); a
    change recounts every kit cell at the next refresh."""
    from .. import settings

    rows = sorted([*key, value] for key, value in extra.items() if value)
    settings.put(db, COUNTED_ELSEWHERE, json.dumps(rows, ensure_ascii=False))
    db.execute("DELETE FROM setting WHERE key = ?", [KITS_FINGERPRINT])


def kits_before(db: Database, activation_uid: str, movement: int) -> dict[_Key, int]:
    """The kit cells of one activation counted from the stock movements up to `movement`
    (an id): what they held at a moment the sync noted (local data only)."""
    out: dict[_Key, int] = defaultdict(int)
    for hour, kit, role, count in db.execute(
        "SELECT m.quarter / 4 AS hour, k.name, m.role, sum(m.handed_out) FROM stock_movement m"
        " JOIN location l ON l.id = m.location_id JOIN activation a ON a.id = l.activation_id"
        " JOIN kit_type k ON k.id = m.kit_type_id"
        " WHERE a.uid = ? AND m.id <= ? AND m.handed_out != 0 GROUP BY hour, k.name, m.role",
        [activation_uid, movement],
    ):
        key = (_KITS, activation_uid, _quarter_hour(hour * 4),
               _dims_text({"kit_type": _dimension(kit), "role": role}))
        out[key] += count
    return dict(out)


def other_cells(db: Database) -> dict[_Key, int]:
    """The cells of every metric but kits, from local data only (small: recounted whole)."""
    out: dict[_Key, int] = defaultdict(int)
    _workshops(db, out)
    _therapy(db, out)
    _cards(db, out)
    _not_working(db, out)
    return dict(out)


def cell_from_key(key: _Key, value: int, revision: int) -> Cell:
    """The cell of a sync_cell key (CellError when it breaks the allow-list)."""
    return _cell(*key, value, revision)


def _value(key: _Key, count: int) -> int:
    """A count within what the hub takes for its metric (local data never leaves it; if it
    did, the nearest value the hub takes rather than a sync that stops)."""
    return min(max(count, 0), MAX_VALUES[key[0]])


def _cell(metric: str, uid: str, period: str, dims: str, value: int, revision: int) -> Cell:
    return Cell(metric=metric, activation=uid, period=period, value=value, revision=revision,
                **json.loads(dims))


# Where the last refresh left the kit cells: the last stock movement it had seen, and a
# fingerprint of what turns a movement into a cell key (kit names, which activation each
# location belongs to). Kept in `setting`, beside the other small per-laptop state.
KITS_WATERMARK = "sync_kits_watermark"
KITS_FINGERPRINT = "sync_kits_fingerprint"


# Raised whenever what turns a kit name into a cell changes (names cleaned since 2):
# the first refresh after an upgrade recounts every kit cell.
_KITS_NAMING = "2"


def _kits_fingerprint(db: Database) -> str:
    kit_names, locations = db.execute(
        "SELECT (SELECT group_concat(id || ':' || name, char(31))"
        "        FROM (SELECT id, name FROM kit_type ORDER BY id)),"
        "       (SELECT group_concat(id || ':' || uid, ',') FROM (SELECT l.id, a.uid"
        "        FROM location l JOIN activation a ON a.id = l.activation_id ORDER BY l.id))"
    ).fetchone()
    return hashlib.sha256(
        f"{_KITS_NAMING}\x1e{kit_names}\x1e{locations}".encode()).hexdigest()


def _kits_changed_since(db: Database, watermark: int) -> dict[_Key, int]:
    """The kit cells touched by stock movements after `watermark`, recounted.

    Stock movements are append-only (an undo is a new row in the bucket of the tap it
    cancels), so the rows after the watermark name every bucket that changed. A cell is
    recounted over every kit type whose name cleans to its `kit_type`, touched or not.
    """
    names = {kit_id: _dimension(name)
             for kit_id, name in db.execute("SELECT id, name FROM kit_type")}
    kits_named: dict[str, list[int]] = defaultdict(list)
    for kit_id, name in names.items():
        kits_named[name].append(kit_id)
    touched = {
        (uid, activation_id, hour, names[kit_id], role)
        for uid, activation_id, hour, kit_id, role in db.execute(
            "SELECT DISTINCT a.uid, l.activation_id, m.quarter / 4, m.kit_type_id, m.role"
            " FROM stock_movement m JOIN location l ON l.id = m.location_id"
            " JOIN activation a ON a.id = l.activation_id"
            " WHERE m.id > ? AND m.handed_out != 0", [watermark])
    }
    out: dict[_Key, int] = {}
    for uid, activation_id, hour, kit, role in touched:
        ids = kits_named[kit]
        (count,) = db.execute(
            "SELECT coalesce(sum(count), 0) FROM handout_tally"
            " WHERE location_id IN (SELECT id FROM location WHERE activation_id = ?)"
            " AND quarter BETWEEN ? AND ?"
            f" AND kit_type_id IN ({', '.join('?' * len(ids))}) AND role = ?",
            [activation_id, hour * 4, hour * 4 + 3, *ids, role],
        ).fetchone()
        key = (_KITS, uid, _quarter_hour(hour * 4), _dims_text({"kit_type": kit, "role": role}))
        out[key] = count
    return out


@dataclass(frozen=True, slots=True)
class _Plan:
    base_revision: int  # sync_state.revision when the recount was read
    watermark: int
    fingerprint: str
    changed: list[tuple[_Key, int]]
    retired: list[_Key]  # kept cells the hub could never take (see the module's notes)


def _sendable(key: _Key) -> bool:
    try:
        _cell(*key, 0, 1)
    except (CellError, TypeError, ValueError):
        return False
    return True


def _plan(db: Database) -> _Plan:
    """Recount what changed (reads only)."""
    from .. import settings

    fingerprint = _kits_fingerprint(db)
    (top,) = db.execute("SELECT coalesce(max(id), 0) FROM stock_movement").fetchone()
    mark = settings.get(db, KITS_WATERMARK)
    incremental = mark is not None and settings.get(db, KITS_FINGERPRINT) == fingerprint

    extra = counted_elsewhere(db)
    fresh: dict[_Key, int] = defaultdict(int)
    _workshops(db, fresh)
    _therapy(db, fresh)
    _cards(db, fresh)
    _not_working(db, fresh)
    for key, value in extra.items():
        if key[0] != _KITS:
            fresh[key] += value
    stored = {
        (m, a, p, d): v for m, a, p, d, v in db.execute(
            "SELECT metric, activation_uid, period, dims, value FROM sync_cell"
            " WHERE metric != ?", [_KITS])
    }
    if incremental and mark is not None:
        kit_cells = _kits_changed_since(db, int(mark))
        for key in kit_cells:
            row = db.execute(
                "SELECT value FROM sync_cell WHERE metric = ? AND activation_uid = ?"
                " AND period = ? AND dims = ?", list(key)).fetchone()
            if row is not None:
                stored[key] = row[0]
    else:
        kit_cells = defaultdict(int)
        _kits(db, kit_cells)
        stored.update(
            ((m, a, p, d), v) for m, a, p, d, v in db.execute(
                "SELECT metric, activation_uid, period, dims, value FROM sync_cell"
                " WHERE metric = ?", [_KITS]))
    for key, value in extra.items():
        # Incremental: only the cells recounted (a change to `extra` recounts them all).
        if key[0] == _KITS and (not incremental or key in kit_cells):
            kit_cells[key] = kit_cells.get(key, 0) + value
    fresh.update(kit_cells)

    changed, retired = [], []
    for key in sorted(fresh.keys() | stored.keys()):
        if key not in fresh and not _sendable(key):
            # Kept by an older desk (see the module's notes): counted under its cleaned name.
            if db.execute("SELECT value != 0 OR revision != 0 FROM sync_cell WHERE metric = ?"
                          " AND activation_uid = ? AND period = ? AND dims = ?",
                          list(key)).fetchone()[0]:
                retired.append(key)
            continue
        value = _value(key, fresh.get(key, 0))
        if (stored[key] != value) if key in stored else value != 0:
            changed.append((key, value))
    return _Plan(current_revision(db), top, fingerprint, changed, retired)


def _apply(db: Database, plan: _Plan) -> int:
    from .. import settings

    settings.put(db, KITS_WATERMARK, str(plan.watermark))
    settings.put(db, KITS_FINGERPRINT, plan.fingerprint)
    for key in plan.retired:
        db.execute("UPDATE sync_cell SET value = 0, revision = 0 WHERE metric = ?"
                   " AND activation_uid = ? AND period = ? AND dims = ?", list(key))
    revision = plan.base_revision
    for key, value in plan.changed:
        revision += 1
        _cell(*key, value, revision)  # checked against the allow-list before it is kept
        db.execute(
            "INSERT INTO sync_cell (metric, activation_uid, period, dims, value, revision)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (metric, activation_uid, period, dims)"
            " DO UPDATE SET value = excluded.value, revision = excluded.revision",
            [*key, value, revision],
        )
    db.execute("UPDATE sync_state SET revision = ? WHERE id = 1", [revision])
    return len(plan.changed) + len(plan.retired)


def refresh_cells(db: Database) -> int:
    """Bring sync_cell up to date with local data; return how many cells changed.

    Each changed cell (a new one, one that rose, one that fell, to 0 if need be) gets the
    next revision of the device-wide counter. All or nothing.

    Kit cells (a season holds hundreds of thousands of hand-out buckets) are recounted only
    where stock movements arrived since the last refresh, unless a kit was renamed or a
    location moved, which recounts them all. The other metrics are small and recounted
    whole. The result is the same as `compute_cells` (tests hold it to that).

    The recount reads a snapshot without the write lock, so the kit counter's taps never
    wait for it (the first recount of a long season takes seconds); only writing the
    changes takes the lock. Movements that land in between are past the snapshot's
    watermark and are picked up by the next refresh.
    """
    if not db.conn.in_transaction:
        for _ in range(3):
            db.conn.execute("BEGIN")  # deferred: one consistent read snapshot (WAL)
            try:
                plan = _plan(db)
            finally:
                db.conn.execute("ROLLBACK")
            with immediate(db):
                # Another refresh (a second window, the CLI) wrote cells since the snapshot:
                # its values would be overwritten with stale ones. Recount.
                if current_revision(db) == plan.base_revision:
                    return _apply(db, plan)
    with immediate(db):
        return _apply(db, _plan(db))


def current_revision(db: Database) -> int:
    return db.execute("SELECT revision FROM sync_state WHERE id = 1").fetchone()[0]


def pending_cells(db: Database, since_revision: int = 0, *, activation_uid: str | None = None,
                  limit: int | None = None) -> list[Cell]:
    """Cells set at a revision after `since_revision` (of one activation when given), oldest
    change first, at most `limit` of them."""
    sql = ("SELECT metric, activation_uid, period, dims, value, revision FROM sync_cell"
           " WHERE revision > ?")
    params: list[Any] = [since_revision]
    if activation_uid is not None:
        sql += " AND activation_uid = ?"
        params.append(activation_uid)
    sql += " ORDER BY revision"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    out = []
    for row in db.execute(sql, params):
        try:
            out.append(_cell(*row))
        except (CellError, TypeError, ValueError):
            # Kept by an older desk with a name the hub refuses: the next refresh retires
            # it. Never sent, and never in the way of the cells after it.
            continue
    return out


def pending_count(db: Database, since_revision: int = 0, *,
                  activation_uid: str | None = None) -> int:
    """How many cells `pending_cells` would return: the "N changes waiting" figure."""
    sql = "SELECT count(*) FROM sync_cell WHERE revision > ?"
    params: list[Any] = [since_revision]
    if activation_uid is not None:
        sql += " AND activation_uid = ?"
        params.append(activation_uid)
    return db.execute(sql, params).fetchone()[0]


def cell_payload(cells: list[Cell]) -> dict[str, Any]:
    """The cells part of a push body: allow-listed fields only, keys sorted, oldest first.

    `bodies.body_bytes` adds the device id: that is the body sent and previewed.
    """
    for cell in cells:
        if type(cell) is not Cell:
            raise CellError("only Cell objects may be sent")
        if cell.revision < 1:
            raise CellError(f"{cell.metric}: a cell is sent with a revision from 1")
    return {"cells": [c.as_dict() for c in sorted(cells, key=lambda c: (c.revision, c.key))],
            "version": PAYLOAD_VERSION}


def payload_bytes(cells: list[Cell]) -> bytes:
    """`cell_payload` as compact JSON bytes (sorted keys, UTF-8).

    Not a body the hub takes: it lacks the device id. What is sent, and what "Preview what
    will be sent" shows, is `bodies.body_bytes(device_id, cells)`.
    """
    return json.dumps(cell_payload(cells), sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")
