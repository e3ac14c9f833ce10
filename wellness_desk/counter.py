"""What the kit counter screen shows, read in one go (one worker round trip per refresh)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from . import kits, settings
from .activations import Activation, Location, current_activation, list_locations
from .clock import next_local_midnight, utcnow, zone

if TYPE_CHECKING:
    # Only for type hints: importing sqlite_utils costs ~0.1 s of start-up.
    from sqlite_utils import Database


@dataclass(frozen=True)
class CounterView:
    activation: Activation | None
    locations: list[Location]
    location: Location | None
    tiles: list[kits.Tile]
    history: list[kits.Movement]
    hourly: list[tuple[datetime, int]]
    undo_window_s: int
    day_ends_at: datetime | None = None  # the location's next midnight: recount "today"

    @property
    def today_total(self) -> int:
        return sum(t.today for t in self.tiles)


def counter_view(
    db: Database, *, location_id: int | None = None, now: datetime | None = None,
    history_limit: int = 40,
) -> CounterView:
    """The current activation's counter at `location_id` (or its first location)."""
    activation = current_activation(db)
    undo_window = settings.undo_window_s(db)
    if activation is None:
        return CounterView(None, [], None, [], [], [], undo_window)
    locations = list_locations(db, activation.id)
    location = next((loc for loc in locations if loc.id == location_id), None)
    if location is None and locations:
        location = locations[0]
    if location is None:
        return CounterView(activation, [], None, [], [], [], undo_window)
    return CounterView(
        activation=activation,
        locations=locations,
        location=location,
        tiles=kits.tiles(db, location_id=location.id, now=now),
        history=kits.history(db, location_id=location.id, limit=history_limit),
        hourly=kits.hourly_tally(db, location_id=location.id, now=now),
        undo_window_s=undo_window,
        day_ends_at=next_local_midnight(now or utcnow(), zone(location.tz)),
    )


@dataclass(frozen=True)
class CatalogueView:
    kit_types: list[kits.KitType]
    locations: list[Location]
    stock: dict[int, dict[int, int]]  # location id -> kit type id -> on hand


def catalogue_view(db: Database) -> CatalogueView:
    """Every kit type, retired ones included, with stock at each location of the activation."""
    activation = current_activation(db)
    locations = list_locations(db, activation.id) if activation else []
    return CatalogueView(
        kit_types=kits.list_kit_types(db, include_retired=True),
        locations=locations,
        stock={loc.id: kits.stock(db, location_id=loc.id) for loc in locations},
    )
