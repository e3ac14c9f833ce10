"""What each screen shows, every view read in one go (one round trip to the database worker).

A page asks for its view through the TaskRunner, shows it, and reads it again on the next
change; it never reads the database itself. Each view is plain data, built here from the
core's functions.

The kit counter is the first screen: it loads at start-up, so only what it needs is
imported at the top; the other views import their modules when first read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from . import kits, settings
from .activations import (
    Activation,
    Location,
    current_activation,
    list_activations,
    list_locations,
)
from .clock import next_local_midnight, utcnow, zone

if TYPE_CHECKING:
    # Only for type hints: importing sqlite_utils costs ~0.1 s of start-up.
    from sqlite_utils import Database

    from . import schedule, therapy
    from .report import Chart
    from .sync.log import LogEntry
    from .sync.quarantine import QuarantinedBatch
    from .vault import Vault, VaultStatus

# -- Kit counter and Kits ---------------------------------------------------------------------


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


# -- Activations ------------------------------------------------------------------------------


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
        locations={a.id: sorted(list_locations(db, a.id), key=_by_date)
                   for a in everything},
    )


def _by_date(location: Location) -> tuple[int, str, int]:
    # Tour stops in the order the tour plays them; other places as they were added.
    return (0, location.stop_date.isoformat(), location.id) if location.stop_date else (
        1, "", location.id)


# -- Today and Schedule -----------------------------------------------------------------------


@dataclass(frozen=True)
class ScheduleView:
    activation: Activation | None
    days: list[date]
    day: date | None
    timeline: schedule.DayTimeline | None
    listing: list[schedule.Workshop]
    kinds: list[str]
    facilitators: list[str]
    spaces: list[Location]


@dataclass(frozen=True)
class Filters:
    """The list view's filters; None means any."""

    location_id: int | None = None
    kind: str | None = None
    facilitator: str | None = None


def schedule_view(
    db: Database, *, day: date | None = None, filters: Filters = Filters(),
    now: datetime | None = None,
) -> ScheduleView:
    """The current activation's program on `day` (today if it is a festival day, else the
    first day), as a timeline and as a filtered list."""
    from . import schedule

    activation = current_activation(db)
    if activation is None:
        return ScheduleView(None, [], None, None, [], schedule.workshop_kinds(db), [], [])
    days = schedule.activation_days(activation)
    if day not in days:
        today = (now or utcnow()).astimezone(activation.zone).date()
        day = today if today in days else days[0]
    return ScheduleView(
        activation=activation,
        days=days,
        day=day,
        timeline=schedule.day_timeline(db, activation.id, day),
        listing=schedule.list_workshops(
            db, activation.id, day=day, location_id=filters.location_id, kind=filters.kind,
            facilitator=filters.facilitator,
        ),
        kinds=schedule.workshop_kinds(db),
        facilitators=schedule.facilitators(db, activation.id),
        spaces=list_locations(db, activation.id),
    )


@dataclass(frozen=True)
class KitToday:
    """One kit type on the dashboard: handed out today over every location."""

    kit: kits.KitType
    today: int


@dataclass(frozen=True)
class StockWarning:
    """A kit low (or below zero) at a location, as its tile there says."""

    location: Location
    tile: kits.Tile


@dataclass(frozen=True)
class TodayView:
    activation: Activation | None
    now: datetime
    spaces: list[schedule.NowAndNext]
    kits: list[KitToday] = field(default_factory=list)
    stock_warnings: list[StockWarning] = field(default_factory=list)
    charts: tuple[Chart, ...] = ()  # kits per hour, kits by type, attendance by kind

    @property
    def kits_today(self) -> int:
        return sum(k.today for k in self.kits)

    def chart(self, key: str) -> Chart | None:
        return next((c for c in self.charts if c.key == key), None)


TODAY_CHARTS = ("kits_per_hour", "kits_by_type", "attendance_by_kind")


def today_view(db: Database, *, now: datetime | None = None) -> TodayView:
    """The Today dashboard: now and next per space, today's kits and stock warnings, and the
    charts of the report's one-day scope (the same numbers as the PDF's)."""
    from . import schedule

    now = now or utcnow()
    activation = current_activation(db)
    if activation is None:
        return TodayView(None, now, [])
    totals: dict[int, int] = {}
    types: dict[int, kits.KitType] = {}
    warnings = []
    for location in list_locations(db, activation.id):
        # A place that never had a kit (a quiet room, a stage) is not short of it.
        stocked = kits.stock(db, location_id=location.id)
        for tile in kits.tiles(db, location_id=location.id, now=now):
            types[tile.kit.id] = tile.kit
            totals[tile.kit.id] = totals.get(tile.kit.id, 0) + tile.today
            if tile.kit.id in stocked and (tile.low or tile.below_zero):
                warnings.append(StockWarning(location, tile))
    return TodayView(
        activation, now, schedule.now_and_next(db, activation.id, now=now),
        kits=[KitToday(kit, totals[kit.id]) for kit in types.values()],
        stock_warnings=warnings,
        charts=today_charts(db, activation, now=now),
    )


def today_charts(db: Database, activation: Activation, *, now: datetime) -> tuple[Chart, ...]:
    """The dashboard's charts: the report's own for today (the activation's local day), so
    the dashboard and the PDF never disagree."""
    from .report import build_report

    today = now.astimezone(activation.zone).date()
    report = build_report(db, now=now, activation_id=activation.id, start=today, end=today)
    return tuple(c for c in report.charts if c.key in TODAY_CHARTS)


# -- Therapy ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TherapyView:
    activation: Activation | None
    vault: VaultStatus
    stops: list[Location]
    days: list[therapy.TherapyDay]
    sheet: therapy.DaySheet | None  # the chosen day; names only when unlocked
    budget: therapy.Budget | None
    lock_after_min: int


def therapy_view(db: Database, vault: Vault | None, *, therapy_day_id: int | None = None
                 ) -> TherapyView:
    """The Therapy section for the current tour: its days, one day's sheet, the budget."""
    from . import therapy
    from .vault import status as vault_status

    activation = current_activation(db)
    status = vault_status(db)
    lock = settings.therapy_lock_min(db)
    if activation is None or activation.kind != "tour":
        return TherapyView(activation, status, [], [], None, None, lock)
    days = therapy.list_therapy_days(db, activation.id)
    chosen = next((d for d in days if d.id == therapy_day_id), days[0] if days else None)
    return TherapyView(
        activation=activation,
        vault=status,
        stops=therapy.tour_stops(db, activation.id),
        days=days,
        sheet=therapy.day_sheet(db, chosen.id, vault) if chosen else None,
        budget=therapy.budget(db, activation.id),
        lock_after_min=lock,
    )


# -- Sync -------------------------------------------------------------------------------------

# A season's first sync can be dozens of batches; the preview shows the first few exactly.
PREVIEW_BATCHES_SHOWN = 5


@dataclass(frozen=True)
class SyncView:
    """The log and the refused batches (the status is the SyncWorker's, counted on its
    thread, so "waiting" is what the next sync really sends)."""

    tz: str | None  # the current activation's zone: times are shown in it
    current_activation: str | None  # what a new connection would send the counts of
    log: list[LogEntry]
    quarantined: list[QuarantinedBatch]


def sync_view(db: Database) -> SyncView:
    from .sync.log import sync_log
    from .sync.quarantine import quarantined

    activation = current_activation(db)
    tz = activation.tz if activation else None
    # Refused batches are rare, and listed without their bodies.
    return SyncView(tz=tz, current_activation=activation.name if activation else None,
                    log=sync_log(db, limit=100), quarantined=quarantined(db, bodies=False))


@dataclass(frozen=True)
class SyncPreview:
    """What the next sync would send."""

    bodies: list[bytes]  # the first few batches, exactly as they will be sent
    cells: int  # in every batch that waits
    batches: int


def sync_preview(db: Database) -> SyncPreview:
    """Reads only. The cells are as the SyncWorker last refreshed them (a moment after every
    change), the same ones the status counts."""
    from .sync import bodies
    from .sync.status import status

    # Only the batches shown are built: a season's first sync can be a hundred of them.
    shown = bodies.preview(db, max_batches=PREVIEW_BATCHES_SHOWN, refresh=False)
    waiting = status(db).pending
    return SyncPreview(bodies=shown, cells=waiting, batches=-(-waiting // bodies.MAX_BATCH))
