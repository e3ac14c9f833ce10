"""The workshop program of an activation: spaces, sessions, conflicts and the door.

Sessions are planned in the wall time of their space (the festival's zone, or a tour stop's)
and stored as UTC instants, so a laptop set to another zone shows the same program and a
session across a daylight-saving change keeps its real length.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from .activations import Activation, Location, get_activation, get_location, list_locations
from .clock import from_utc_text, next_local_midnight, to_utc_text, utcnow, zone
from .db import by_name, immediate, inserted_id
from .errors import WellnessError
from .messages import msg
from .sync.cells import MAX_DIMENSION

if TYPE_CHECKING:
    from sqlite_utils import Database

STATUSES = ("scheduled", "cancelled", "held")
COUNTERS = ("headcount", "waitlist")
MAX_TITLE = 120
MAX_LENGTH = timedelta(hours=24)


@dataclass(frozen=True)
class Draft:
    """A workshop as the editor (or an import line) holds it, before it is saved."""

    location_id: int
    title: str
    kind: str
    start: datetime  # aware; stored as UTC
    end: datetime
    facilitators: tuple[str, ...] = ()
    capacity: int | None = None  # None: the space's capacity
    description: str = ""


@dataclass(frozen=True)
class Workshop:
    id: int
    activation_id: int
    location_id: int
    space: str
    tz: str
    title: str
    kind: str
    start: datetime
    end: datetime
    facilitators: tuple[str, ...]
    own_capacity: int | None
    space_capacity: int | None
    description: str
    status: str
    uid: str
    series: str | None
    headcount: int = 0
    waitlist: int = 0

    @property
    def capacity(self) -> int | None:
        return self.own_capacity if self.own_capacity is not None else self.space_capacity

    @property
    def full(self) -> bool:
        return self.capacity is not None and self.headcount >= self.capacity

    @property
    def local_start(self) -> datetime:
        return self.start.astimezone(zone(self.tz))

    @property
    def local_end(self) -> datetime:
        return self.end.astimezone(zone(self.tz))

    def draft(self) -> Draft:
        return Draft(
            location_id=self.location_id, title=self.title, kind=self.kind, start=self.start,
            end=self.end, facilitators=self.facilitators, capacity=self.own_capacity,
            description=self.description,
        )


@dataclass(frozen=True)
class Conflict:
    rule: str  # "space", "facilitator", "buffer" or "dates"
    message: str
    other_id: int | None = None


def split_people(text: str) -> tuple[str, ...]:
    """Facilitator names as typed in one field: separated by commas, semicolons or bars."""
    return tuple(n for n in (" ".join(p.split()) for p in re.split(r"[,;|]", text)) if n)


# -- wall time ---------------------------------------------------------------------------


def local_instant(day: date, wall: time, tz: str) -> datetime:
    """`day` at `wall` o'clock in zone `tz`, as UTC; a time the clocks skip is refused."""
    zone_info = zone(tz)
    local = datetime.combine(day, wall.replace(tzinfo=None), zone_info)
    instant = local.astimezone(UTC)
    if instant.astimezone(zone_info).replace(tzinfo=None) != local.replace(tzinfo=None):
        raise WellnessError(
            msg("{day} {wall} does not exist in {tz}: the clocks go forward then",
                day=day, wall=format(wall, "%H:%M"), tz=tz)
        )
    return instant


def ends_next_day(start: time, end: time) -> bool:
    """An end at or before the start is the next morning: a late session (23:00 to 01:00)."""
    return end <= start


def wall_draft(space: Location, day: date, start: time, end: time, **fields: Any) -> Draft:
    """A draft from the wall-clock times a person types for a space's day."""
    end_day = day + timedelta(days=1) if ends_next_day(start, end) else day
    return Draft(
        location_id=space.id,
        start=local_instant(day, start, space.tz),
        end=local_instant(end_day, end, space.tz),
        **fields,
    )


def _day_bounds(day: date, tz: str) -> tuple[datetime, datetime]:
    zone_info = zone(tz)
    start = datetime.combine(day, time(0), zone_info).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), zone_info).astimezone(UTC)
    return start, end


def activation_days(activation: Activation) -> list[date]:
    days = (activation.end_date - activation.start_date).days + 1
    return [activation.start_date + timedelta(days=i) for i in range(days)]


# -- kinds -------------------------------------------------------------------------------


def workshop_kinds(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT name FROM workshop_kind ORDER BY position, name")]


# Control characters (C0, DEL, C1) have no place in a kind, and the hub refuses them in the
# counts it receives: a tab or line break becomes a space, the rest go.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
MAX_KIND = MAX_DIMENSION  # the hub's limit on a count's label


def _clean_kind(name: str) -> str:
    return " ".join(_CONTROL.sub("", " ".join(name.split())).split())


def add_workshop_kind(db: Database, name: str) -> str:
    name = _clean_kind(name)
    if not name:
        raise WellnessError(msg("workshop kind: must not be empty"))
    if len(name) > MAX_KIND:
        raise WellnessError(msg("workshop kind: longer than {max} characters (it has "
                                "{length}); the hub's counts are labelled with it: shorten it",
                                max=MAX_KIND, length=len(name)))
    with immediate(db):
        if db.execute("SELECT 1 FROM workshop_kind WHERE name = ?", [name]).fetchone():
            raise WellnessError(msg("workshop kind: {name} already exists", name=repr(name)))
        top = db.execute("SELECT coalesce(max(position), -1) FROM workshop_kind").fetchone()[0]
        db.execute("INSERT INTO workshop_kind (name, position) VALUES (?, ?)", [name, top + 1])
    return name


def _known_kind(db: Database, kind: str) -> str:
    # As stored (a kind from an older database may hold what is cleaned now), else cleaned.
    row = db.execute("SELECT name FROM workshop_kind WHERE name IN (?, ?)"
                     " ORDER BY name = ? DESC LIMIT 1",
                     [kind.strip(), _clean_kind(kind), kind.strip()]).fetchone()
    if row is None:
        raise WellnessError(
            msg("kind: {kind} is not one of {kinds} "
                "(add it to the list first)",
                kind=repr(kind), kinds=", ".join(workshop_kinds(db))), field="kind"
        )
    return row[0]


# -- reading -----------------------------------------------------------------------------

_WORKSHOP_SQL = """
    SELECT w.id, w.activation_id, w.location_id, l.name AS space, coalesce(l.tz, a.tz) AS tz,
           w.title, w.kind, w.start_utc, w.end_utc, w.capacity AS own_capacity,
           l.capacity AS space_capacity, w.description, w.status, w.uid, w.series,
           coalesce((SELECT sum(delta) FROM door_tap d
                     WHERE d.workshop_id = w.id AND d.counter = 'headcount'), 0) AS headcount,
           coalesce((SELECT sum(delta) FROM door_tap d
                     WHERE d.workshop_id = w.id AND d.counter = 'waitlist'), 0) AS waitlist
    FROM workshop w
    JOIN location l ON l.id = w.location_id
    JOIN activation a ON a.id = w.activation_id
"""


def _workshops(db: Database, where: str, params: list, order: str = "w.start_utc, l.id"
               ) -> list[Workshop]:
    rows = by_name(db, f"{_WORKSHOP_SQL} WHERE {where} ORDER BY {order}", params).fetchall()
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    people: dict[int, list[str]] = defaultdict(list)
    for chunk in range(0, len(ids), 500):
        part = ids[chunk:chunk + 500]
        marks = ",".join("?" * len(part))
        for workshop_id, name in db.execute(
            f"SELECT workshop_id, name FROM workshop_facilitator WHERE workshop_id IN ({marks})"
            " ORDER BY rowid", part,
        ):
            people[workshop_id].append(name)
    return [
        Workshop(
            id=r["id"], activation_id=r["activation_id"], location_id=r["location_id"],
            space=r["space"], tz=r["tz"], title=r["title"], kind=r["kind"],
            start=from_utc_text(r["start_utc"]), end=from_utc_text(r["end_utc"]),
            facilitators=tuple(people[r["id"]]), own_capacity=r["own_capacity"],
            space_capacity=r["space_capacity"], description=r["description"],
            status=r["status"], uid=r["uid"], series=r["series"], headcount=r["headcount"],
            waitlist=r["waitlist"],
        )
        for r in rows
    ]


def get_workshop(db: Database, workshop_id: int) -> Workshop:
    found = _workshops(db, "w.id = ?", [workshop_id])
    if not found:
        raise WellnessError(msg("workshop {workshop} does not exist", workshop=workshop_id))
    return found[0]


def list_workshops(
    db: Database, activation_id: int, *, day: date | None = None,
    location_id: int | None = None, kind: str | None = None, facilitator: str | None = None,
    include_cancelled: bool = True,
) -> list[Workshop]:
    """The program, filtered as the list view asks (day is the activation's local day)."""
    where: list[str] = ["w.activation_id = ?"]
    params: list[object] = [activation_id]
    if day is not None:
        start, end = _day_bounds(day, get_activation(db, activation_id).tz)
        where.append("w.start_utc < ? AND w.end_utc > ?")
        params += [to_utc_text(end), to_utc_text(start)]
    if location_id is not None:
        where.append("w.location_id = ?")
        params.append(location_id)
    if kind:
        where.append("w.kind = ? COLLATE NOCASE")
        params.append(kind)
    if facilitator:
        where.append("EXISTS (SELECT 1 FROM workshop_facilitator f WHERE f.workshop_id = w.id"
                     " AND f.name = ?)")
        params.append(facilitator.strip())
    if not include_cancelled:
        where.append("w.status != 'cancelled'")
    return _workshops(db, " AND ".join(where), params)


def facilitators(db: Database, activation_id: int) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT DISTINCT f.name FROM workshop_facilitator f JOIN workshop w"
        " ON w.id = f.workshop_id WHERE w.activation_id = ? ORDER BY f.name",
        [activation_id],
    )]


# -- conflicts ---------------------------------------------------------------------------


def _span(w: Workshop | Draft, tz: str) -> str:
    zone_info = zone(tz)
    return f"{w.start.astimezone(zone_info):%a %H:%M}–{w.end.astimezone(zone_info):%H:%M}"


def conflicts_for(
    db: Database, draft: Draft, *, workshop_id: int | None = None
) -> list[Conflict]:
    """What is wrong with saving `draft` (as workshop `workshop_id`, when editing one).

    Saving anyway is allowed: the marks stay on the program until the clash is gone.
    """
    space = get_location(db, draft.location_id)
    activation = get_activation(db, space.activation_id)
    found: list[Conflict] = []
    found += _dates_conflicts(draft, activation, space.tz)
    buffer = timedelta(minutes=space.buffer_min)
    near = _workshops(
        db,
        "w.location_id = ? AND w.status != 'cancelled' AND w.id != ?"
        " AND w.start_utc < ? AND w.end_utc > ?",
        [space.id, workshop_id or 0, to_utc_text(draft.end + buffer),
         to_utc_text(draft.start - buffer)],
    )
    for other in near:
        found.append(_space_conflict(draft, other, space.name, space.buffer_min))
    wanted = {" ".join(n.split()).casefold() for n in draft.facilitators} - {""}
    if wanted:
        # Names are compared here, not in SQL: NOCASE folds ASCII only ("Zoë" vs "ZOË").
        # A session lasts at most MAX_LENGTH, which bounds the scan of the program.
        busy = _workshops(
            db,
            "w.activation_id = ? AND w.status != 'cancelled' AND w.id != ?"
            " AND w.start_utc < ? AND w.start_utc > ? AND w.end_utc > ?",
            [activation.id, workshop_id or 0, to_utc_text(draft.end),
             to_utc_text(draft.start - MAX_LENGTH), to_utc_text(draft.start)],
        )
        for other in busy:
            for name in other.facilitators:
                if name.casefold() in wanted:
                    found.append(Conflict(
                        "facilitator",
                        f"{name} also runs “{other.title}” ({_span(other, other.tz)}) "
                        f"in {other.space}",
                        other.id,
                    ))
    return found


def _space_conflict(a: Draft | Workshop, b: Workshop, space: str, buffer_min: int) -> Conflict:
    if a.start < b.end and b.start < a.end:
        return Conflict("space", f"{space} is double-booked with “{b.title}” "
                                 f"({_span(b, b.tz)})", b.id)
    gap = (a.start - b.end) if a.start >= b.end else (b.start - a.end)
    return Conflict(
        "buffer",
        f"only {int(gap.total_seconds() // 60)} min from “{b.title}” ({_span(b, b.tz)}) in "
        f"{space}; the changeover needs {buffer_min}",
        b.id,
    )


def _dates_conflicts(w: Draft | Workshop, activation: Activation, tz: str) -> list[Conflict]:
    zone_info = zone(tz)
    first = w.start.astimezone(zone_info).date()
    # A late session may run past midnight of the last day; it may not start after it.
    last = (w.end - timedelta(microseconds=1)).astimezone(zone_info).date()
    if first < activation.start_date or first > activation.end_date:
        return [Conflict("dates", f"starts on {first}, outside {activation.name} "
                                  f"({activation.start_date} to {activation.end_date})")]
    if last > activation.end_date + timedelta(days=1):
        return [Conflict("dates", f"ends on {last}, after {activation.name} is over")]
    return []


# At most this many clash messages are written per session (a screenful in its tooltip);
# the count of its clashes stays exact.
MAX_MARKS = 20


class Marks(list[Conflict]):
    """A session's clash messages (at most MAX_MARKS), with the exact count and rules."""

    def __init__(self) -> None:
        super().__init__()
        self.total = 0
        self.rules: dict[str, int] = defaultdict(int)

    def note(self, rule: str, make: Callable[[], Conflict]) -> None:
        self.total += 1
        self.rules[rule] += 1
        # The text is built only for the messages listed: 1,500 sessions that all clash
        # are 1.1 million pairs, and writing each one took minutes and gigabytes.
        if len(self) < MAX_MARKS:
            self.append(make())

    @property
    def more(self) -> int:
        return self.total - len(self)


def program_conflicts(
    workshops: Iterable[Workshop], spaces: dict[int, Location], activation: Activation
) -> dict[int, Marks]:
    """Every clash among `workshops` (none cancelled), keyed by workshop id, both sides marked;
    each session lists at most MAX_MARKS messages and counts all of them (`Marks.total`)."""
    live = [w for w in workshops if w.status != "cancelled"]
    marks: dict[int, Marks] = defaultdict(Marks)
    by_space: dict[int, list[Workshop]] = defaultdict(list)
    by_person: dict[str, list[Workshop]] = defaultdict(list)
    for w in live:
        by_space[w.location_id].append(w)
        for name in {n.casefold() for n in w.facilitators}:
            by_person[name].append(w)
        for conflict in _dates_conflicts(w, activation, w.tz):
            marks[w.id].note(conflict.rule, partial(_same, conflict))
    for space_id, group in by_space.items():
        space = spaces[space_id]
        buffer = timedelta(minutes=space.buffer_min)
        for a, b in _close_pairs(group, buffer):
            rule = "space" if a.start < b.end and b.start < a.end else "buffer"
            marks[a.id].note(rule, partial(_space_conflict, a, b, space.name, space.buffer_min))
            marks[b.id].note(rule, partial(_space_conflict, b, a, space.name, space.buffer_min))
    # Two sessions sharing two facilitators clash once, naming both people: the pair is
    # counted under the first name they share only.
    for name, group in by_person.items():
        for a, b in _close_pairs(group, timedelta(0)):
            if len(a.facilitators) > 1 and len(b.facilitators) > 1 and name != min(
                    {n.casefold() for n in a.facilitators}
                    & {n.casefold() for n in b.facilitators}):
                continue
            marks[a.id].note("facilitator", partial(_person_conflict, a, b))
            marks[b.id].note("facilitator", partial(_person_conflict, b, a))
    return dict(marks)


def _same(conflict: Conflict) -> Conflict:
    return conflict


def _person_conflict(a: Workshop, b: Workshop) -> Conflict:
    return Conflict("facilitator", _person_text(a, b), b.id)


def _person_text(a: Workshop, b: Workshop) -> str:
    shared = sorted({n.casefold() for n in a.facilitators} & {n.casefold() for n in b.facilitators})
    names = [n for n in a.facilitators if n.casefold() in shared]
    return (f"{', '.join(names)} also runs “{b.title}” ({_span(b, b.tz)}) in {b.space}")


def _close_pairs(group: list[Workshop], buffer: timedelta) -> Iterable[tuple[Workshop, Workshop]]:
    """Pairs that overlap, or sit closer than `buffer`: a sweep over start times."""
    ordered = sorted(group, key=lambda w: (w.start, w.id))
    active: list[Workshop] = []
    for w in ordered:
        active = [a for a in active if a.end + buffer > w.start]
        for a in active:
            yield a, w
        active.append(w)


# -- writing -----------------------------------------------------------------------------


def check_draft(db: Database, draft: Draft) -> Draft:
    """The draft as it would be saved (names tidied, times in UTC), or the WellnessError
    "field: what is wrong" that saving it would raise, its `field` the Draft's attribute."""
    return _clean(db, draft)[0]


def _clean(db: Database, draft: Draft) -> tuple[Draft, Location]:
    title = " ".join(draft.title.split())
    if not title:
        raise WellnessError(msg("title: must not be empty"), field="title")
    if len(title) > MAX_TITLE:
        raise WellnessError(msg("title: longer than {max} characters",
                                max=MAX_TITLE), field="title")
    if draft.start.tzinfo is None or draft.end.tzinfo is None:
        raise ValueError("naive datetime in a workshop draft")
    # In UTC: two times in one zone compare by wall clock, wrong across a clock change.
    start, end = draft.start.astimezone(UTC), draft.end.astimezone(UTC)
    if end <= start:
        raise WellnessError(msg("end: must be after the start"), field="end")
    if end - start > MAX_LENGTH:
        raise WellnessError(msg("end: a session cannot last more than 24 hours"), field="end")
    if draft.capacity is not None and (isinstance(draft.capacity, bool)
                                       or not 1 <= draft.capacity <= 100_000):
        raise WellnessError(msg("capacity: {capacity} is not a number of people from 1",
                                capacity=repr(draft.capacity)),
                            field="capacity")
    people: list[str] = []
    for name in draft.facilitators:
        name = " ".join(name.split())
        if name and name.casefold() not in {p.casefold() for p in people}:
            people.append(name)
    space = get_location(db, draft.location_id)
    return replace(draft, title=title, kind=_known_kind(db, draft.kind),
                   facilitators=tuple(people), description=draft.description.strip(),
                   start=start, end=end), space


def _write_facilitators(db: Database, workshop_id: int, names: tuple[str, ...]) -> None:
    db.execute("DELETE FROM workshop_facilitator WHERE workshop_id = ?", [workshop_id])
    for name in names:
        db.execute("INSERT INTO workshop_facilitator (workshop_id, name) VALUES (?, ?)",
                   [workshop_id, name])


def _insert(db: Database, draft: Draft, space: Location, *, series: str | None,
            now: datetime) -> int:
    cur = db.execute(
        "INSERT INTO workshop (activation_id, location_id, title, kind, start_utc, end_utc,"
        " capacity, description, uid, series, created_utc)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [space.activation_id, space.id, draft.title, draft.kind, to_utc_text(draft.start),
         to_utc_text(draft.end), draft.capacity, draft.description,
         f"{uuid.uuid4()}@wellness-desk", series, to_utc_text(now)],
    )
    _write_facilitators(db, inserted_id(cur), draft.facilitators)
    return inserted_id(cur)


def create_workshop(db: Database, draft: Draft, *, now: datetime | None = None) -> Workshop:
    """Save a new session; conflicts do not stop it (see `conflicts_for`)."""
    draft, space = _clean(db, draft)
    with immediate(db):
        workshop_id = _insert(db, draft, space, series=None, now=now or utcnow())
    return get_workshop(db, workshop_id)


def create_workshops(db: Database, drafts: list[Draft], *, series: str | None = None,
                     now: datetime | None = None) -> list[Workshop]:
    """Save several sessions in one go: all of them, or (on any bad one) none."""
    cleaned = [_clean(db, d) for d in drafts]
    with immediate(db):
        ids = [_insert(db, d, s, series=series, now=now or utcnow()) for d, s in cleaned]
    return [get_workshop(db, i) for i in ids]


def repeat_daily(
    db: Database, draft: Draft, *, days: list[date] | None = None, now: datetime | None = None
) -> list[Workshop]:
    """The draft's local start and end time on each day (every day of the activation by
    default): one workshop per day, each editable on its own."""
    space = get_location(db, draft.location_id)
    activation = get_activation(db, space.activation_id)
    zone_info = zone(space.tz)
    local_start = draft.start.astimezone(zone_info)
    local_end = draft.end.astimezone(zone_info)
    spill = (local_end.date() - local_start.date()).days
    drafts = []
    for day in days or activation_days(activation):
        start = local_instant(day, local_start.time(), space.tz)
        end = local_instant(day + timedelta(days=spill), local_end.time(), space.tz)
        drafts.append(replace(draft, start=start, end=end))
    return create_workshops(db, drafts, series=str(uuid.uuid4()), now=now)


def update_workshop(db: Database, workshop_id: int, draft: Draft) -> Workshop:
    current = get_workshop(db, workshop_id)
    draft, space = _clean(db, draft)
    if space.activation_id != current.activation_id:
        raise WellnessError(msg("space: belongs to another activation"))
    with immediate(db):
        db.execute(
            "UPDATE workshop SET location_id = ?, title = ?, kind = ?, start_utc = ?,"
            " end_utc = ?, capacity = ?, description = ? WHERE id = ?",
            [space.id, draft.title, draft.kind, to_utc_text(draft.start),
             to_utc_text(draft.end), draft.capacity, draft.description, workshop_id],
        )
        _write_facilitators(db, workshop_id, draft.facilitators)
    return get_workshop(db, workshop_id)


def duplicate_workshop(db: Database, workshop_id: int, *, start: datetime | None = None,
                       now: datetime | None = None) -> Workshop:
    """A copy (a new session, its own id and calendar UID), optionally moved to `start`."""
    original = get_workshop(db, workshop_id)
    draft = original.draft()
    if start is not None:
        # Added in UTC: a wall-clock sum would stretch or shrink across a clock change.
        start = start.astimezone(UTC)
        draft = replace(draft, start=start, end=start + (original.end - original.start))
    return create_workshop(db, draft, now=now)


def set_status(db: Database, workshop_id: int, status: str, *,
               now: datetime | None = None) -> Workshop:
    """Cancel (kept and shown as cancelled), mark held, or put back on the program."""
    if status not in STATUSES:
        raise WellnessError(msg("status: {status} is not one of {statuses}",
                                status=repr(status), statuses=", ".join(STATUSES)))
    with immediate(db):
        current = get_workshop(db, workshop_id)
        ran = current.headcount > 0 or current.status == "held"
        if status == "cancelled" and ran:
            raise WellnessError(
                msg("“{title}” took place (held, or people counted in), "
                    "so it cannot be cancelled", title=current.title)
            )
        db.execute(
            "UPDATE workshop SET status = ?, held_utc = coalesce(held_utc, ?) WHERE id = ?",
            [status, to_utc_text(now or utcnow()) if status == "held" else None, workshop_id],
        )
    return get_workshop(db, workshop_id)


# "Mark held" on a session that starts later than this is asked about first.
HELD_ASK_MIN = 15


def held_early_by(w: Workshop, now: datetime) -> int | None:
    """Minutes until `w` starts, when marking it held now is early enough to ask first."""
    minutes = int((w.start - now).total_seconds() // 60)
    return minutes if minutes > HELD_ASK_MIN else None


def delete_workshop(db: Database, workshop_id: int) -> None:
    """Remove a session typed by mistake; one ever held, or counted at the door, stays."""
    with immediate(db):
        current = get_workshop(db, workshop_id)
        ran = db.execute(
            "SELECT held_utc IS NOT NULL OR EXISTS (SELECT 1 FROM door_tap WHERE workshop_id = ?)"
            " FROM workshop WHERE id = ?", [workshop_id, workshop_id],
        ).fetchone()[0]
        if ran:
            raise WellnessError(
                msg("“{title}” was held or counted at the door: cancel it instead",
                    title=current.title)
            )
        db.execute("DELETE FROM workshop WHERE id = ?", [workshop_id])


# -- the door ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DoorState:
    workshop: Workshop

    @property
    def headcount(self) -> int:
        return self.workshop.headcount

    @property
    def waitlist(self) -> int:
        return self.workshop.waitlist

    @property
    def full(self) -> bool:
        return self.workshop.full


def door_tap(db: Database, workshop_id: int, *, counter: str = "headcount", delta: int = 1,
             now: datetime | None = None) -> DoorState:
    """One tap on +1 / −1 at the door: an anonymous number, never a name."""
    if counter not in COUNTERS:
        raise WellnessError(msg("counter: {counter} is not one of {counters}",
                                counter=repr(counter), counters=", ".join(COUNTERS)))
    if delta not in (1, -1):
        raise WellnessError(msg("a door tap is +1 or −1"))
    with immediate(db):
        w = get_workshop(db, workshop_id)
        if w.status == "cancelled":
            raise WellnessError(msg("“{title}” is cancelled: nobody to count", title=w.title))
        current = w.headcount if counter == "headcount" else w.waitlist
        if delta < 0 and current == 0:
            raise WellnessError(msg("the headcount is already 0") if counter == "headcount"
                                else msg("the waitlist is already 0"))
        if counter == "headcount" and delta > 0 and w.full:
            raise WellnessError(
                msg("“{title}” is full ({capacity} of {capacity}): count them on the waitlist",
                    title=w.title, capacity=w.capacity)
            )
        db.execute(
            "INSERT INTO door_tap (workshop_id, counter, delta, at_utc) VALUES (?, ?, ?, ?)",
            [workshop_id, counter, delta, to_utc_text(now or utcnow())],
        )
    return DoorState(get_workshop(db, workshop_id))


# -- a day of the program ------------------------------------------------------------


@dataclass(frozen=True)
class DayTimeline:
    activation: Activation
    day: date
    starts: datetime  # local midnight, as UTC
    ends: datetime
    spaces: list[Location]
    workshops: dict[int, list[Workshop]]  # space id -> its sessions that day, by start
    conflicts: dict[int, list[Conflict]] = field(default_factory=dict)


def day_timeline(db: Database, activation_id: int, day: date) -> DayTimeline:
    """One day of the program: spaces as columns, sessions with their conflict marks."""
    activation = get_activation(db, activation_id)
    starts, ends = _day_bounds(day, activation.tz)
    spaces = list_locations(db, activation_id)
    # A clash across midnight marks both sides, so the neighbours within a changeover of
    # the day's sessions are read too, and no more: each row read costs far more than a scan.
    # No session lasts over MAX_LENGTH, which bounds the index range scanned.
    first, last = db.execute(
        "SELECT min(start_utc), max(end_utc) FROM workshop WHERE activation_id = ?"
        " AND start_utc < ? AND start_utc > ? AND end_utc > ?",
        [activation_id, to_utc_text(ends), to_utc_text(starts - MAX_LENGTH),
         to_utc_text(starts)],
    ).fetchone()
    reach = timedelta(minutes=max((s.buffer_min for s in spaces), default=0))
    nearby = [] if first is None else _workshops(
        db, "w.activation_id = ? AND w.start_utc < ? AND w.start_utc > ? AND w.end_utc > ?",
        [activation_id, to_utc_text(from_utc_text(last) + reach),
         to_utc_text(from_utc_text(first) - reach - MAX_LENGTH),
         to_utc_text(from_utc_text(first) - reach)],
    )
    conflicts = program_conflicts(nearby, {s.id: s for s in spaces}, activation)
    columns: dict[int, list[Workshop]] = {s.id: [] for s in spaces}
    for w in nearby:
        if w.start < ends and w.end > starts:
            columns[w.location_id].append(w)
    shown = {w.id for ws in columns.values() for w in ws}
    return DayTimeline(activation, day, starts, ends, spaces, columns,
                       {k: v for k, v in conflicts.items() if k in shown})


@dataclass(frozen=True)
class NowAndNext:
    space: Location
    now: Workshop | None
    next: Workshop | None

    @property
    def door(self) -> Workshop | None:
        """The session the door counts for: the one running now, else the next."""
        return self.now or self.next


def now_and_next(db: Database, activation_id: int, *, now: datetime | None = None
                 ) -> list[NowAndNext]:
    """Per space (every space, so a door never jumps to another one): the session running
    now and the next one to start later on the space's local day."""
    now = now or utcnow()
    upcoming = _workshops(
        db, "w.activation_id = ? AND w.status != 'cancelled' AND w.end_utc > ?"
            " AND w.start_utc < ?",
        [activation_id, to_utc_text(now), to_utc_text(now + timedelta(days=2))],
    )
    result = []
    for space in list_locations(db, activation_id):
        day_ends = next_local_midnight(now, zone(space.tz))
        mine = [w for w in upcoming if w.location_id == space.id]
        running = next((w for w in mine if w.start <= now), None)
        later = next((w for w in mine if now < w.start < day_ends), None)
        result.append(NowAndNext(space, running, later))
    return result
