"""Self-care kits: the catalogue, stock per location, hand-outs, corrections and undo.

Every action is one row in `stock_movement`, committed before the function returns, so a
tile that shows a count never shows one the database does not hold. Rows are never changed
or deleted (the triggers `stock_movement_no_update` and `stock_movement_no_delete` refuse
it); an undo is a new row that cancels the one it names.

Nothing here writes what the tiles read: `stock` (on hand per kit type and location) and
`handout_tally` (hand-outs per location, 15-minute bucket, kit type and role, undos
subtracted) are kept by the trigger `stock_movement_totals` (TOTALS_TRIGGER) on every
insert into `stock_movement`, in the same transaction (migrations.m002_kit_running_totals).
`stock`, `tiles`, `today_counts` and `hourly_tally` read them, and so do the hub's kit
counts (sync.cells): a million hand-outs are never summed on a tap.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from .activations import get_location
from .clock import (
    from_utc_text,
    local_day_quarters,
    quarter_of,
    quarter_start,
    to_utc_text,
    utcnow,
    zone,
)
from .db import by_name, immediate, inserted_id
from .errors import WellnessError
from .messages import msg

if TYPE_CHECKING:
    # Only for type hints: importing sqlite_utils costs ~0.1 s of start-up.
    from sqlite3 import Row

    from sqlite_utils import Database

# Writes `stock` and `handout_tally` (see above); tests/core/test_kits.py checks that it is
# the only writer of either.
TOTALS_TRIGGER = "stock_movement_totals"
UNSPECIFIED = "unspecified"
ROLES = ("artist", "crew", "venue_staff", "family", "other")
ROLE_LABELS = {
    UNSPECIFIED: "Unspecified",
    "artist": "Artist",
    "crew": "Crew",
    "venue_staff": "Venue staff",
    "family": "Family",
    "other": "Other",
}
# Colour-blind-safe defaults (Okabe–Ito), given out in turn to new kit types.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
MAX_COUNT = 100_000
# More than this in one hand-out is asked about first: a box of earplugs holds about 50,
# and a slip of the finger on "Hand out several…" should not empty the books.
CONFIRM_ABOVE = 50


@dataclass(frozen=True)
class KitType:
    id: int
    name: str
    colour: str
    low_stock: int
    retired: bool
    position: int


@dataclass(frozen=True)
class Movement:
    id: int
    kit_type_id: int
    kit_name: str
    location_id: int
    kind: str
    stock_delta: int
    handed_out: int
    role: str
    reason: str | None
    undoes_id: int | None
    at: datetime
    quarter: int  # the 15-minute bucket it counts in (an undo: its hand-out's)
    undone: bool
    # An undo: what it cancelled and when that happened, so nobody reads a row number.
    undoes_kind: str | None = None
    undoes_at: datetime | None = None

    @property
    def can_undo(self) -> bool:
        return self.kind != "undo" and not self.undone


@dataclass(frozen=True)
class HandOut:
    movement: Movement
    stock_after: int

    @property
    def below_zero(self) -> bool:
        """More handed out than the books say were there: shown, never hidden."""
        return self.stock_after < 0


def is_low(on_hand: int, kit: KitType) -> bool:
    """Time to bring another box to the table (at or under the kit's low-stock level)."""
    return 0 <= on_hand <= kit.low_stock


@dataclass(frozen=True)
class Tile:
    kit: KitType
    today: int
    stock: int

    @property
    def low(self) -> bool:
        return is_low(self.stock, self.kit)

    @property
    def below_zero(self) -> bool:
        """More handed out than the books say were there: shown, never hidden."""
        return self.stock < 0


# -- catalogue -------------------------------------------------------------------------

_KIT_COLS = "id, name, colour, low_stock, retired, position"


def _kit(row: Row) -> KitType:
    return KitType(id=row["id"], name=row["name"], colour=row["colour"],
                   low_stock=row["low_stock"], retired=bool(row["retired"]),
                   position=row["position"])


# Control characters (C0, DEL, C1) have no place in a name, and the hub refuses them in
# the counts it receives: a tab or line break becomes a space, the rest go.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
MAX_NAME = 40


def _clean_name(name: str) -> str:
    return " ".join(_CONTROL.sub("", " ".join(name.split())).split())


def _check_name(name: str) -> str:
    name = _clean_name(name)
    if not name:
        raise WellnessError(msg("kit name: must not be empty"), field="name")
    if len(name) > MAX_NAME:
        raise WellnessError(msg("kit name: {name} is longer than {max} characters",
                                name=repr(name), max=MAX_NAME),
                            field="name")
    return name


def _check_colour(colour: str) -> str:
    if not _COLOUR.match(colour):
        raise WellnessError(msg("kit colour: {colour} is not a colour like #1A2B3C",
                                colour=repr(colour)))
    return colour.upper()


def _check_count(count: int, what: str, *, allow_zero: bool = False) -> int:
    if isinstance(count, bool) or not isinstance(count, int):
        raise WellnessError(msg("{what}: {count} is not a whole number",
                                what=what, count=repr(count)))
    low = 0 if allow_zero else 1
    if not low <= count <= MAX_COUNT:
        raise WellnessError(msg("{what}: {count} is not between {low} and {max}",
                                what=what, count=count, low=low, max=MAX_COUNT))
    return count


def _ensure_unique_name(db: Database, name: str, *, except_id: int | None = None) -> None:
    row = db.execute("SELECT id FROM kit_type WHERE name = ?", [name]).fetchone()
    if row and row[0] != except_id:
        raise WellnessError(msg("kit name: {name} already exists", name=repr(name)), field="name")


def add_kit_type(
    db: Database, *, name: str, colour: str | None = None, low_stock: int = 10
) -> KitType:
    name = _check_name(name)
    _check_count(low_stock, msg("low-stock threshold"), allow_zero=True)
    _ensure_unique_name(db, name)
    with immediate(db):
        count, top = db.execute(
            "SELECT count(*), coalesce(max(position), -1) FROM kit_type"
        ).fetchone()
        colour = _check_colour(colour) if colour else PALETTE[count % len(PALETTE)]
        cur = db.execute(
            "INSERT INTO kit_type (name, colour, low_stock, position) VALUES (?, ?, ?, ?)",
            [name, colour, low_stock, top + 1],
        )
    return get_kit_type(db, inserted_id(cur))


def get_kit_type(db: Database, kit_type_id: int) -> KitType:
    row = by_name(db, f"SELECT {_KIT_COLS} FROM kit_type WHERE id = ?", [kit_type_id]).fetchone()
    if row is None:
        raise WellnessError(msg("kit type {kit_type} does not exist", kit_type=kit_type_id))
    return _kit(row)


def list_kit_types(db: Database, *, include_retired: bool = False) -> list[KitType]:
    where = "" if include_retired else "WHERE retired = 0"
    rows = by_name(db, f"SELECT {_KIT_COLS} FROM kit_type {where} ORDER BY position, id"
                   ).fetchall()
    return [_kit(r) for r in rows]


def find_kit_type(db: Database, name: str) -> KitType:
    """A kit type by name, any case; the error lists the names that exist."""
    row = by_name(
        db, f"SELECT {_KIT_COLS} FROM kit_type WHERE name = ?", [_clean_name(name)]
    ).fetchone()
    if row is None:
        known = ", ".join(k.name for k in list_kit_types(db)) or "none yet"
        raise WellnessError(msg("kit {name} does not exist (known: {known})",
                                name=repr(name), known=known))
    return _kit(row)


def rename_kit_type(db: Database, kit_type_id: int, name: str) -> KitType:
    name = _check_name(name)
    get_kit_type(db, kit_type_id)
    _ensure_unique_name(db, name, except_id=kit_type_id)
    db.execute("UPDATE kit_type SET name = ? WHERE id = ?", [name, kit_type_id])
    return get_kit_type(db, kit_type_id)


def recolour_kit_type(db: Database, kit_type_id: int, colour: str) -> KitType:
    colour = _check_colour(colour)
    get_kit_type(db, kit_type_id)
    db.execute("UPDATE kit_type SET colour = ? WHERE id = ?", [colour, kit_type_id])
    return get_kit_type(db, kit_type_id)


def set_low_stock(db: Database, kit_type_id: int, threshold: int) -> KitType:
    _check_count(threshold, msg("low-stock threshold"), allow_zero=True)
    get_kit_type(db, kit_type_id)
    db.execute("UPDATE kit_type SET low_stock = ? WHERE id = ?", [threshold, kit_type_id])
    return get_kit_type(db, kit_type_id)


def retire_kit_type(db: Database, kit_type_id: int, *, retired: bool = True) -> KitType:
    """Retired kits leave the tiles; their history and counts stay."""
    get_kit_type(db, kit_type_id)
    db.execute("UPDATE kit_type SET retired = ? WHERE id = ?", [int(retired), kit_type_id])
    return get_kit_type(db, kit_type_id)


# -- stock movements -------------------------------------------------------------------

_MOVEMENT_SQL = """
    SELECT m.id, m.kit_type_id, k.name AS kit_name, m.location_id, m.kind, m.stock_delta,
           m.handed_out, m.role, m.reason, m.undoes_id, m.at_utc, m.quarter,
           EXISTS (SELECT 1 FROM stock_movement u WHERE u.undoes_id = m.id) AS undone,
           o.kind AS undoes_kind, o.at_utc AS undoes_at
    FROM stock_movement m JOIN kit_type k ON k.id = m.kit_type_id
    LEFT JOIN stock_movement o ON o.id = m.undoes_id
"""


def _movement(row: Row) -> Movement:
    undoes_at = row["undoes_at"]
    return Movement(
        id=row["id"], kit_type_id=row["kit_type_id"], kit_name=row["kit_name"],
        location_id=row["location_id"], kind=row["kind"], stock_delta=row["stock_delta"],
        handed_out=row["handed_out"], role=row["role"], reason=row["reason"],
        undoes_id=row["undoes_id"], at=from_utc_text(row["at_utc"]), quarter=row["quarter"],
        undone=bool(row["undone"]), undoes_kind=row["undoes_kind"],
        undoes_at=from_utc_text(undoes_at) if undoes_at else None,
    )


def needs_confirmation(count: int) -> bool:
    """A hand-out of this many at once is asked about before it is logged."""
    return count > CONFIRM_ABOVE


def get_movement(db: Database, movement_id: int) -> Movement:
    row = by_name(db, f"{_MOVEMENT_SQL} WHERE m.id = ?", [movement_id]).fetchone()
    if row is None:
        raise WellnessError(msg("action {action} does not exist", action=movement_id))
    return _movement(row)


def _insert(
    db: Database, *, kit_type_id: int, location_id: int, kind: str, stock_delta: int,
    handed_out: int = 0, role: str = UNSPECIFIED, reason: str | None = None,
    undoes_id: int | None = None, now: datetime, quarter: int | None = None,
) -> int:
    cur = db.execute(
        "INSERT INTO stock_movement (kit_type_id, location_id, kind, stock_delta, handed_out,"
        " role, reason, undoes_id, at_utc, quarter) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [kit_type_id, location_id, kind, stock_delta, handed_out, role, reason, undoes_id,
         to_utc_text(now), quarter_of(now) if quarter is None else quarter],
    )
    return inserted_id(cur)


def _on_hand(db: Database, kit_type_id: int, location_id: int) -> int:
    row = db.execute(
        "SELECT on_hand FROM stock WHERE kit_type_id = ? AND location_id = ?",
        [kit_type_id, location_id],
    ).fetchone()
    return row[0] if row else 0


def _active_kit(db: Database, kit_type_id: int) -> KitType:
    kit = get_kit_type(db, kit_type_id)
    if kit.retired:
        raise WellnessError(msg("kit {kit} is retired: bring it back in the catalogue first",
                                kit=repr(kit.name)))
    return kit


def hand_out(
    db: Database, *, kit_type_id: int, location_id: int, count: int = 1,
    role: str = UNSPECIFIED, now: datetime | None = None,
) -> HandOut:
    """One tap: `count` kits went over the table. Committed when this returns."""
    _check_count(count, msg("hand-out count"))
    if role != UNSPECIFIED and role not in ROLES:
        raise WellnessError(msg("role: {role} is not one of {roles}",
                                role=repr(role), roles=", ".join(ROLES)))
    _active_kit(db, kit_type_id)
    get_location(db, location_id)
    with db.atomic():
        movement_id = _insert(
            db, kit_type_id=kit_type_id, location_id=location_id, kind="handed_out",
            stock_delta=-count, handed_out=count, role=role, now=now or utcnow(),
        )
        stock_after = _on_hand(db, kit_type_id, location_id)
    return HandOut(get_movement(db, movement_id), stock_after)


def receive_stock(
    db: Database, *, kit_type_id: int, location_id: int, count: int,
    now: datetime | None = None,
) -> Movement:
    _check_count(count, msg("received count"))
    _active_kit(db, kit_type_id)
    get_location(db, location_id)
    movement_id = _insert(
        db, kit_type_id=kit_type_id, location_id=location_id, kind="received",
        stock_delta=count, now=now or utcnow(),
    )
    return get_movement(db, movement_id)


def correct_stock(
    db: Database, *, kit_type_id: int, location_id: int, counted: int, reason: str,
    now: datetime | None = None,
) -> Movement:
    """Someone counted the box: set stock to `counted`, saying why the books were off."""
    _check_count(counted, msg("counted stock"), allow_zero=True)
    reason = " ".join(reason.split())
    if not reason:
        raise WellnessError(msg("correction reason: say why the count changed (e.g. 'recount')"),
                            field="reason")
    get_kit_type(db, kit_type_id)
    get_location(db, location_id)
    with immediate(db):
        delta = counted - _on_hand(db, kit_type_id, location_id)
        movement_id = _insert(
            db, kit_type_id=kit_type_id, location_id=location_id, kind="corrected",
            stock_delta=delta, reason=reason, now=now or utcnow(),
        )
    return get_movement(db, movement_id)


def undo(db: Database, movement_id: int, *, now: datetime | None = None) -> Movement:
    """Cancel an action with a new row; the hand-out drops from the hour it was counted in."""
    with immediate(db):
        original = get_movement(db, movement_id)
        if original.kind == "undo":
            raise WellnessError(msg("an undo cannot itself be undone: hand the kit out again"))
        if original.undone:
            raise WellnessError(msg("action {action} was already undone", action=movement_id))
        undo_id = _insert(
            db, kit_type_id=original.kit_type_id, location_id=original.location_id,
            kind="undo", stock_delta=-original.stock_delta, handed_out=-original.handed_out,
            role=original.role, undoes_id=original.id, now=now or utcnow(),
            quarter=original.quarter,
        )
    return get_movement(db, undo_id)


def last_undoable_handout(db: Database, *, location_id: int) -> Movement | None:
    row = by_name(
        db, f"{_MOVEMENT_SQL} WHERE m.location_id = ? AND m.kind = 'handed_out'"
        " AND NOT EXISTS (SELECT 1 FROM stock_movement u WHERE u.undoes_id = m.id)"
        " ORDER BY m.id DESC LIMIT 1",
        [location_id],
    ).fetchone()
    return _movement(row) if row else None


def history(db: Database, *, location_id: int, limit: int = 50) -> list[Movement]:
    rows = by_name(
        db, f"{_MOVEMENT_SQL} WHERE m.location_id = ? ORDER BY m.id DESC LIMIT ?",
        [location_id, limit],
    ).fetchall()
    return [_movement(r) for r in rows]


# -- what the tiles show ---------------------------------------------------------------


def stock(db: Database, *, location_id: int) -> dict[int, int]:
    """On hand per kit type at the location (`stock`, kept by TOTALS_TRIGGER)."""
    rows = db.execute(
        "SELECT kit_type_id, on_hand FROM stock WHERE location_id = ?", [location_id]
    ).fetchall()
    return dict(rows)


def _today_by_quarter(
    db: Database, location_id: int, now: datetime | None
) -> tuple[ZoneInfo, list[tuple[int, int, int]]]:
    """The location's zone and today's (quarter, kit type, hand-outs) rows there, from
    `handout_tally` (kept by TOTALS_TRIGGER)."""
    tz = zone(get_location(db, location_id).tz)
    first, end = local_day_quarters((now or utcnow()).astimezone(tz).date(), tz)
    rows = db.execute(
        "SELECT quarter, kit_type_id, sum(count) FROM handout_tally"
        " WHERE location_id = ? AND quarter >= ? AND quarter < ? GROUP BY quarter, kit_type_id",
        [location_id, first, end],
    ).fetchall()
    return tz, rows


def today_counts(
    db: Database, *, location_id: int, now: datetime | None = None
) -> dict[int, int]:
    """Kits handed out today (local day of the location) per kit type, undos subtracted."""
    totals: dict[int, int] = defaultdict(int)
    for _, kit_id, count in _today_by_quarter(db, location_id, now)[1]:
        totals[kit_id] += count
    return {kit_id: total for kit_id, total in totals.items() if total}


def hourly_tally(
    db: Database, *, location_id: int, now: datetime | None = None
) -> list[tuple[datetime, int]]:
    """Today's hand-outs per local hour, as (local hour start, count): every hour from the
    location's midnight up to the hour of `now` (or of the last hand-out), empty ones as 0."""
    now = now or utcnow()
    tz, rows = _today_by_quarter(db, location_id, now)
    first, end = local_day_quarters(now.astimezone(tz).date(), tz)
    last = max([min(quarter_of(now), end - 1), *(q for q, _, _ in rows)])
    per_hour: dict[datetime, int] = {}
    for quarter in range(first, last + 1):
        per_hour.setdefault(_hour_of(quarter, tz), 0)
    for quarter, _, count in rows:
        per_hour[_hour_of(quarter, tz)] += count
    return [(h.astimezone(tz), n) for h, n in sorted(per_hour.items())]


def _hour_of(quarter: int, tz: ZoneInfo) -> datetime:
    local = quarter_start(quarter).astimezone(tz)
    # Keyed by the UTC instant, not the wall clock, so the repeated hour of a DST
    # fall-back day stays two hours (same-zone datetimes compare ignoring `fold`).
    return local.replace(minute=0, second=0, microsecond=0).astimezone(UTC)


def tiles(db: Database, *, location_id: int, now: datetime | None = None) -> list[Tile]:
    """One tile per active kit type: today's count and stock left at this location."""
    today = today_counts(db, location_id=location_id, now=now)
    on_hand = stock(db, location_id=location_id)
    return [
        Tile(kit, today.get(kit.id, 0), on_hand.get(kit.id, 0)) for kit in list_kit_types(db)
    ]
