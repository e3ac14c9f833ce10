"""Activations (a festival or a tour) and their locations (tents, green rooms, tour stops)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from . import settings
from .clock import check_zone, to_utc_text, utcnow, zone
from .db import inserted_id
from .errors import WellnessError

if TYPE_CHECKING:
    # Only for type hints: importing sqlite_utils costs ~0.1 s of start-up.
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


def _activation(row: tuple) -> Activation:
    return Activation(
        id=row[0],
        name=row[1],
        kind=row[2],
        start_date=date.fromisoformat(row[3]),
        end_date=date.fromisoformat(row[4]),
        tz=row[5],
    )


_ACTIVATION_COLS = "id, name, kind, start_date, end_date, tz"


def create_activation(
    db: Database, *, name: str, kind: str, start: date, end: date, tz: str,
    now: datetime | None = None,
) -> Activation:
    name = name.strip()
    if not name:
        raise WellnessError("activation name: must not be empty")
    if kind not in KINDS:
        raise WellnessError(f"activation kind: {kind!r} is not one of {', '.join(KINDS)}")
    if end < start:
        raise WellnessError(f"activation dates: end {end} is before start {start}")
    check_zone(tz)
    if db.execute("SELECT 1 FROM activation WHERE name = ?", [name]).fetchone():
        raise WellnessError(f"activation name: {name!r} already exists")
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
    row = db.execute(
        f"SELECT {_ACTIVATION_COLS} FROM activation WHERE id = ?", [activation_id]
    ).fetchone()
    if row is None:
        raise WellnessError(f"activation {activation_id} does not exist")
    return _activation(row)


def list_activations(db: Database) -> list[Activation]:
    rows = db.execute(
        f"SELECT {_ACTIVATION_COLS} FROM activation ORDER BY start_date DESC, id DESC"
    ).fetchall()
    return [_activation(r) for r in rows]


def current_activation(db: Database) -> Activation | None:
    """The remembered activation; if none was picked yet, the most recent one."""
    remembered = settings.get(db, CURRENT)
    if remembered is not None:
        row = db.execute(
            f"SELECT {_ACTIVATION_COLS} FROM activation WHERE id = ?", [int(remembered)]
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
        raise WellnessError("location name: must not be empty")
    if kind not in LOCATION_KINDS:
        raise WellnessError(
            f"location kind: {kind!r} is not one of {', '.join(LOCATION_KINDS)}"
        )
    if tz is not None:
        check_zone(tz)
    _check_space(capacity, buffer_min)
    activation = get_activation(db, activation_id)
    if db.execute(
        "SELECT 1 FROM location WHERE activation_id = ? AND name = ?", [activation.id, name]
    ).fetchone():
        raise WellnessError(f"location name: {name!r} already exists in {activation.name}")
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
        raise WellnessError(f"{activation.name} is a festival: tour stops belong to tours")
    if not activation.start_date <= stop_date <= activation.end_date:
        raise WellnessError(
            f"stop date: {stop_date} is outside {activation.name} "
            f"({activation.start_date} to {activation.end_date})"
        )
    city, venue = " ".join(city.split()), " ".join(venue.split())
    if not city:
        raise WellnessError("city: must not be empty")
    name = f"{stop_date:%d %b} · {city}" + (f" · {venue}" if venue else "")
    with db.atomic():
        stop = add_location(db, activation_id=activation_id, name=name, kind="tour_stop",
                            tz=tz)
        db.execute(
            "UPDATE location SET stop_date = ?, city = ?, country = ?, venue = ? WHERE id = ?",
            [stop_date.isoformat(), city, country.strip(), venue, stop.id],
        )
    return get_location(db, stop.id)


def _check_space(capacity: int | None, buffer_min: int) -> None:
    if capacity is not None and (isinstance(capacity, bool) or not 1 <= capacity <= 100_000):
        raise WellnessError(f"space capacity: {capacity!r} is not a number of people from 1")
    if isinstance(buffer_min, bool) or not 0 <= buffer_min <= 24 * 60:
        raise WellnessError(f"changeover buffer: {buffer_min!r} is not 0 to 1440 minutes")


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
    "SELECT l.id, l.activation_id, l.name, l.kind, coalesce(l.tz, a.tz), l.capacity,"
    " l.buffer_min, l.stop_date, l.city, l.country, l.venue"
    " FROM location l JOIN activation a ON a.id = l.activation_id"
)


def _location(row: tuple) -> Location:
    return Location(*[*row[:7], date.fromisoformat(row[7]) if row[7] else None, *row[8:]])


def get_location(db: Database, location_id: int) -> Location:
    row = db.execute(f"{_LOCATION_SQL} WHERE l.id = ?", [location_id]).fetchone()
    if row is None:
        raise WellnessError(f"location {location_id} does not exist")
    return _location(row)


def list_locations(db: Database, activation_id: int) -> list[Location]:
    rows = db.execute(
        f"{_LOCATION_SQL} WHERE l.activation_id = ? ORDER BY l.id", [activation_id]
    ).fetchall()
    return [_location(r) for r in rows]


def find_location(db: Database, activation_id: int, name: str | None) -> Location:
    """A location of the activation by name (any case); with no name, its first location."""
    locations = list_locations(db, activation_id)
    if not locations:
        raise WellnessError("this activation has no location yet: add a tent or green room")
    if name is None:
        return locations[0]
    for location in locations:
        if location.name.casefold() == name.strip().casefold():
            return location
    known = ", ".join(loc.name for loc in locations)
    raise WellnessError(f"location {name!r} is not in this activation (known: {known})")


@dataclass(frozen=True)
class ActivationsView:
    activations: list[Activation]
    current_id: int | None
    locations: dict[int, list[Location]]


def activations_view(db: Database) -> ActivationsView:
    everything = list_activations(db)
    current = current_activation(db)
    return ActivationsView(
        activations=everything,
        current_id=current.id if current else None,
        locations={a.id: list_locations(db, a.id) for a in everything},
    )
