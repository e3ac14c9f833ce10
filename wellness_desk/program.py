"""What the Today and Schedule screens show, each read in one go on the worker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from . import schedule, settings, therapy
from .activations import Activation, Location, current_activation, list_locations
from .clock import utcnow
from .vault import VaultStatus
from .vault import status as vault_status

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .vault import Vault


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
class TodayView:
    activation: Activation | None
    now: datetime
    spaces: list[schedule.NowAndNext]


def today_view(db: Database, *, now: datetime | None = None) -> TodayView:
    now = now or utcnow()
    activation = current_activation(db)
    if activation is None:
        return TodayView(None, now, [])
    return TodayView(activation, now, schedule.now_and_next(db, activation.id, now=now))


def ends_next_day(start: time, end: time) -> bool:
    """An end at or before the start is the next morning: a late session (23:00 to 01:00)."""
    return end <= start


def wall_draft(
    space: Location, day: date, start: time, end: time, **fields: Any
) -> schedule.Draft:
    """A draft from the wall-clock times a person types for a space's day."""
    end_day = day + timedelta(days=1) if ends_next_day(start, end) else day
    return schedule.Draft(
        location_id=space.id,
        start=schedule.local_instant(day, start, space.tz),
        end=schedule.local_instant(end_day, end, space.tz),
        **fields,
    )


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
