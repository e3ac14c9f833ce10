"""Activations (a festival or a tour) and their locations (tents, green rooms, tour stops)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from . import settings
from .clock import check_zone, from_utc_text, to_utc_text, utcnow, zone
from .db import by_name, inserted_id
from .errors import WellnessError
from .messages import msg

if TYPE_CHECKING:
    # Only for type hints: importing sqlite_utils costs ~0.1 s of start-up.
    from sqlite3 import Row

    from sqlite_utils import Database

KINDS = ("festival", "tour")
LOCATION_KINDS = ("tent", "green_room", "stage", "tour_stop", "other")
CURRENT = "current_activation"


@dataclass(frozen=True)
class Activation:
    id: int
    name: str
    kind: str
    start_date: date
    end_date: date
    tz: str

    @property
    def zone(self) -> ZoneInfo:
        return zone(self.tz)


@dataclass(frozen=True)
class Location:
    id: int
    activation_id: int
    name: str
    kind: str
    tz: str  # the location's own zone (a tour stop), else the activation's
    capacity: int | None = None  # people the space holds, when it is a workshop space
    buffer_min: int = 0  # changeover minutes needed between two sessions in the space
    stop_date: date | None = None  # a tour stop's show day
    city: str | None = None
    country: str | None = None
    venue: str | None = None


def _activation(row: Row) -> Activation:
    return Activation(
        id=row["id"],
        name=row["name"],
        kind=row["kind"],
        start_date=date.fromisoformat(row["start_date"]),
        end_date=date.fromisoformat(row["end_date"]),
        tz=row["tz"],
    )


_ACTIVATION_COLS = "id, name, kind, start_date, end_date, tz"


def create_activation(
    db: Database, *, name: str, kind: str, start: date, end: date, tz: str,
    now: datetime | None = None,
) -> Activation:
    name = name.strip()
    if not name:
        raise WellnessError(msg("activation name: must not be empty"), field="name")
    if kind not in KINDS:
        raise WellnessError(msg("activation kind: {kind} is not one of {kinds}",
                                kind=repr(kind), kinds=", ".join(KINDS)),
                            field="kind")
    if end < start:
        raise WellnessError(msg("activation dates: end {end} is before start {start}",
                                end=end, start=start),
                            field="end")
    check_zone(tz)
    if db.execute("SELECT 1 FROM activation WHERE name = ?", [name]).fetchone():
        raise WellnessError(msg("activation name: {name} already exists",
                                name=repr(name)), field="name")
    with db.atomic():
        cur = db.execute(
            "INSERT INTO activation (name, kind, start_date, end_date, tz, created_utc)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [name, kind, start.isoformat(), end.isoformat(), tz, to_utc_text(now or utcnow())],
        )
        activation_id = inserted_id(cur)
        if settings.get(db, CURRENT) is None:
            settings.put(db, CURRENT, str(activation_id))
    return get_activation(db, activation_id)


def get_activation(db: Database, activation_id: int) -> Activation:
    row = by_name(
        db, f"SELECT {_ACTIVATION_COLS} FROM activation WHERE id = ?", [activation_id]
    ).fetchone()
    if row is None:
        raise WellnessError(msg("activation {activation} does not exist", activation=activation_id))
    return _activation(row)


def list_activations(db: Database) -> list[Activation]:
    rows = by_name(
        db, f"SELECT {_ACTIVATION_COLS} FROM activation ORDER BY start_date DESC, id DESC"
    ).fetchall()
    return [_activation(r) for r in rows]


def current_activation(db: Database) -> Activation | None:
    """The remembered activation; if none was picked yet, the most recent one."""
    remembered = settings.get(db, CURRENT)
    if remembered is not None:
        row = by_name(
            db, f"SELECT {_ACTIVATION_COLS} FROM activation WHERE id = ?", [int(remembered)]
        ).fetchone()
        if row:
            return _activation(row)
    everything = list_activations(db)
    return everything[0] if everything else None


def set_current_activation(db: Database, activation_id: int) -> Activation:
    activation = get_activation(db, activation_id)
    settings.put(db, CURRENT, str(activation.id))
    return activation


def add_location(
    db: Database, *, activation_id: int, name: str, kind: str = "tent", tz: str | None = None,
    capacity: int | None = None, buffer_min: int = 0,
) -> Location:
    name = name.strip()
    if not name:
        raise WellnessError(msg("location name: must not be empty"), field="name")
    if kind not in LOCATION_KINDS:
        raise WellnessError(
            msg("location kind: {kind} is not one of {location_kinds}",
                kind=repr(kind), location_kinds=", ".join(LOCATION_KINDS)), field="kind"
        )
    if tz is not None:
        check_zone(tz)
    _check_space(capacity, buffer_min)
    activation = get_activation(db, activation_id)
    if db.execute(
        "SELECT 1 FROM location WHERE activation_id = ? AND name = ?", [activation.id, name]
    ).fetchone():
        raise WellnessError(msg("location name: {name} already exists in {activation}",
                                name=repr(name), activation=activation.name),
                            field="name")
    cur = db.execute(
        "INSERT INTO location (activation_id, name, kind, tz, capacity, buffer_min)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [activation.id, name, kind, tz, capacity, buffer_min],
    )
    return get_location(db, inserted_id(cur))


def add_tour_stop(
    db: Database, *, activation_id: int, stop_date: date, city: str, venue: str, tz: str,
    country: str = "",
) -> Location:
    """A stop of a tour: a show day in a city, in the city's own time zone."""
    activation = get_activation(db, activation_id)
    if activation.kind != "tour":
        raise WellnessError(msg("{activation} is a festival: tour stops belong to tours",
                                activation=activation.name))
    name, city, venue = _stop_fields(activation, stop_date, city, venue)
    check_zone(tz)
    with db.atomic():
        stop = add_location(db, activation_id=activation_id, name=name, kind="tour_stop",
                            tz=tz)
        db.execute(
            "UPDATE location SET stop_date = ?, city = ?, country = ?, venue = ? WHERE id = ?",
            [stop_date.isoformat(), city, country.strip(), venue, stop.id],
        )
    return get_location(db, stop.id)


def _stop_fields(activation: Activation, stop_date: date, city: str, venue: str
                 ) -> tuple[str, str, str]:
    """The stop's name from its checked date, city and venue."""
    if not activation.start_date <= stop_date <= activation.end_date:
        raise WellnessError(
            msg("stop date: {date} is outside {activation} "
                "({start_date} to {end_date})",
                date=stop_date, activation=activation.name, start_date=activation.start_date,
                end_date=activation.end_date),
            field="stop_date")
    city, venue = " ".join(city.split()), " ".join(venue.split())
    if not city:
        raise WellnessError(msg("city: must not be empty"), field="city")
    return f"{stop_date:%d %b} · {city}" + (f" · {venue}" if venue else ""), city, venue


def _stop(db: Database, location_id: int) -> Location:
    stop = get_location(db, location_id)
    if stop.kind != "tour_stop" or stop.stop_date is None:
        raise WellnessError(msg("{stop} is not a tour stop", stop=stop.name))
    return stop


def _therapy_on(db: Database, location_id: int) -> tuple[int, int]:
    """Therapy days at the stop, and the bookings in their slots (any status)."""
    row = db.execute(
        "SELECT count(DISTINCT d.id), count(b.id) FROM therapy_day d"
        " LEFT JOIN therapy_slot s ON s.therapy_day_id = d.id"
        " LEFT JOIN therapy_booking b ON b.slot_id = s.id WHERE d.location_id = ?",
        [location_id]).fetchone()
    return row[0], row[1]


def edit_tour_stop(
    db: Database, location_id: int, *, stop_date: date, city: str, venue: str, tz: str,
    country: str = "",
) -> Location:
    """Correct a stop. A new date or zone moves the stop's therapy days along (same wall
    times on the new day), which is refused once anyone is booked there, and while
    workshops are scheduled at the stop."""
    stop = _stop(db, location_id)
    activation = get_activation(db, stop.activation_id)
    name, city, venue = _stop_fields(activation, stop_date, city, venue)
    check_zone(tz)
    moved = stop_date != stop.stop_date or tz != stop.tz
    with db.atomic():
        if moved:
            days, bookings = _therapy_on(db, location_id)
            field = "stop_date" if stop_date != stop.stop_date else "tz"
            if bookings:
                raise WellnessError(
                    msg("{stop}: its therapy day has bookings, so the date and time zone "
                        "stay (cancel the bookings first, or add a new stop)",
                        stop=stop.name), field=field)
            if db.execute("SELECT 1 FROM workshop WHERE location_id = ?",
                          [location_id]).fetchone():
                raise WellnessError(
                    msg("{stop}: workshops are scheduled there, so the date and time zone "
                        "stay (move the workshops first)", stop=stop.name), field=field)
            if days:
                _move_slots(db, location_id, stop, stop_date, tz)
        if db.execute(
            "SELECT 1 FROM location WHERE activation_id = ? AND name = ? AND id != ?",
            [stop.activation_id, name, location_id]
        ).fetchone():
            raise WellnessError(msg("location name: {name} already exists in {activation}",
                                    name=repr(name), activation=activation.name),
                                field="city")
        db.execute(
            "UPDATE location SET name = ?, stop_date = ?, city = ?, country = ?, venue = ?,"
            " tz = ? WHERE id = ?",
            [name, stop_date.isoformat(), city, country.strip(), venue, tz, location_id])
    return get_location(db, location_id)


def _move_slots(db: Database, location_id: int, stop: Location, stop_date: date,
                tz: str) -> None:
    """Every slot of the stop's therapy days to the same wall time on the new day."""
    assert stop.stop_date is not None
    old, new = zone(stop.tz), zone(tz)
    rows = db.execute(
        "SELECT s.id, s.start_utc, s.end_utc FROM therapy_slot s JOIN therapy_day d"
        " ON d.id = s.therapy_day_id WHERE d.location_id = ?", [location_id]).fetchall()
    for slot_id, start, end in rows:
        moved = []
        for text in (start, end):
            local = from_utc_text(text).astimezone(old)
            day = stop_date + (local.date() - stop.stop_date)
            moved.append(to_utc_text(datetime.combine(day, local.time(), new)))
        db.execute("UPDATE therapy_slot SET start_utc = ?, end_utc = ? WHERE id = ?",
                   [*moved, slot_id])


def delete_tour_stop(db: Database, location_id: int) -> None:
    """Remove a stop added by mistake; refused while anything happened or is planned there."""
    stop = _stop(db, location_id)
    with db.atomic():
        days, bookings = _therapy_on(db, location_id)
        if days:
            raise WellnessError(
                msg("{stop} has a therapy day with {count} booking(s): it stays. Change the "
                    "stop instead, or keep it.", stop=stop.name, count=bookings) if bookings
                else msg("{stop} has a therapy day: it stays. Change the stop instead, or "
                         "keep it.", stop=stop.name))
        for table, refusal in (
                ("workshop", msg("{stop} has workshops at it: it stays.", stop=stop.name)),
                ("stock_movement", msg("{stop} has kits logged at it: it stays.",
                                       stop=stop.name))):
            if db.execute(f"SELECT 1 FROM {table} WHERE location_id = ?",
                          [location_id]).fetchone():
                raise WellnessError(refusal)
        db.execute("DELETE FROM location WHERE id = ?", [location_id])


def _check_space(capacity: int | None, buffer_min: int) -> None:
    if capacity is not None and (isinstance(capacity, bool) or not 1 <= capacity <= 100_000):
        raise WellnessError(msg("space capacity: {capacity} is not a number of people from 1",
                                capacity=repr(capacity)),
                            field="capacity")
    if isinstance(buffer_min, bool) or not 0 <= buffer_min <= 24 * 60:
        raise WellnessError(msg("changeover buffer: {minutes} is not 0 to 1440 minutes",
                                minutes=repr(buffer_min)),
                            field="buffer_min")


def set_space(
    db: Database, location_id: int, *, capacity: int | None, buffer_min: int
) -> Location:
    """A location's capacity and changeover buffer, for the workshop schedule."""
    _check_space(capacity, buffer_min)
    get_location(db, location_id)
    db.execute("UPDATE location SET capacity = ?, buffer_min = ? WHERE id = ?",
               [capacity, buffer_min, location_id])
    return get_location(db, location_id)


_LOCATION_SQL = (
    "SELECT l.id, l.activation_id, l.name, l.kind, coalesce(l.tz, a.tz) AS tz, l.capacity,"
    " l.buffer_min, l.stop_date, l.city, l.country, l.venue"
    " FROM location l JOIN activation a ON a.id = l.activation_id"
)


def _location(row: Row) -> Location:
    stop_date = row["stop_date"]
    return Location(
        id=row["id"], activation_id=row["activation_id"], name=row["name"], kind=row["kind"],
        tz=row["tz"], capacity=row["capacity"], buffer_min=row["buffer_min"],
        stop_date=date.fromisoformat(stop_date) if stop_date else None, city=row["city"],
        country=row["country"], venue=row["venue"],
    )


def get_location(db: Database, location_id: int) -> Location:
    row = by_name(db, f"{_LOCATION_SQL} WHERE l.id = ?", [location_id]).fetchone()
    if row is None:
        raise WellnessError(msg("location {location} does not exist", location=location_id))
    return _location(row)


def list_locations(db: Database, activation_id: int) -> list[Location]:
    rows = by_name(
        db, f"{_LOCATION_SQL} WHERE l.activation_id = ? ORDER BY l.id", [activation_id]
    ).fetchall()
    return [_location(r) for r in rows]


def find_location(db: Database, activation_id: int, name: str | None) -> Location:
    """A location of the activation by name (any case); with no name, its first location."""
    locations = list_locations(db, activation_id)
    if not locations:
        raise WellnessError(msg("this activation has no location yet: add a tent or green room"))
    if name is None:
        return locations[0]
    for location in locations:
        if location.name.casefold() == name.strip().casefold():
            return location
    known = ", ".join(loc.name for loc in locations)
    raise WellnessError(msg("location {name} is not in this activation (known: {known})",
                            name=repr(name), known=known))
