"""The demo: a 3-day festival on the weekend of `assets/sample-program.csv`, and a tour ahead.

The festival keeps fixed dates (Friday 3 to Sunday 5 July 2026, London) so that the sample
program imports into it as it is, with no clash: the demo's own sessions sit where the
sample leaves each space free. What has happened by `now` (hand-outs over the tent's open
hours, door counts of the sessions that ran) is filled in; the tour starts 20 days after
`now`. The same `now` and seed give the same data."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from . import activations, kits, schedule, therapy
from .clock import utcnow, zone
from .errors import WellnessError
from .messages import msg

if TYPE_CHECKING:
    # Only for type hints: importing sqlite_utils costs ~0.1 s of start-up.
    from sqlite_utils import Database

FESTIVAL = "Riverside Sound Festival"
FESTIVAL_TZ = "Europe/London"
# The days of assets/sample-program.csv.
FESTIVAL_START = date(2026, 7, 3)
FESTIVAL_END = date(2026, 7, 5)
TOUR = "Northern Lights Tour"
KITS = [
    ("Earplugs", 25), ("Hydration pack", 15), ("Sleep kit", 8),
    ("Fidget kit", 8), ("Self-care kit", 10),
]
# How often each kit goes over the table, relative to the others.
POPULARITY = [10, 6, 2, 3, 4]
# The tent hands out over the table from 11:00 to 02:00 local.
OPENS, CLOSES = time(11), time(2)
# (days after the tour starts, city, country, venue, zone)
TOUR_STOPS = [
    (0, "Chicago", "US", "Aragon Ballroom", "America/Chicago"),
    (3, "Toronto", "CA", "History", "America/Toronto"),
    (7, "Mexico City", "MX", "Pepsi Center", "America/Mexico_City"),
    (14, "London", "GB", "Roundhouse", "Europe/London"),
]


def is_empty(db: Database) -> bool:
    return db.execute("SELECT count(*) FROM activation").fetchone()[0] == 0


def seed(db: Database, *, now: datetime | None = None, seed: int = 7) -> None:
    """Fill an empty database; a database that holds activations is refused, never mixed."""
    if not is_empty(db):
        raise WellnessError(
            msg("the database already holds activations: the demo only fills an empty one "
                "(use --data-dir with a new folder)")
        )
    now = now or utcnow()
    rng = random.Random(seed)
    with db.atomic():
        tz = FESTIVAL_TZ
        festival = activations.create_activation(
            db, name=FESTIVAL, kind="festival", start=FESTIVAL_START, end=FESTIVAL_END,
            tz=tz, now=now,
        )
        tent = activations.add_location(
            db, activation_id=festival.id, name="Wellness tent", capacity=40, buffer_min=10
        )
        green = activations.add_location(
            db, activation_id=festival.id, name="Main-stage green room", kind="green_room",
            capacity=15,
        )
        quiet = activations.add_location(
            db, activation_id=festival.id, name="Quiet room", capacity=12, buffer_min=15
        )
        kit_types = [kits.add_kit_type(db, name=n, low_stock=low) for n, low in KITS]
        opens = datetime.combine(FESTIVAL_START, OPENS, zone(tz)).astimezone(UTC)
        closes = datetime.combine(FESTIVAL_END + timedelta(days=1), CLOSES,
                                  zone(tz)).astimezone(UTC)
        # The boxes arrive the morning before opening (or now, for a festival still ahead).
        arrived = min(opens - timedelta(hours=2), now)
        for kit, share in zip(kit_types, POPULARITY, strict=True):
            kits.receive_stock(
                db, kit_type_id=kit.id, location_id=tent.id,
                count=share * 26 + rng.randint(10, 30), now=arrived,
            )
            kits.receive_stock(
                db, kit_type_id=kit.id, location_id=green.id,
                count=share * 5 + rng.randint(3, 10), now=arrived,
            )
        handed_until = min(now, closes)
        _handouts(db, rng, kit_types, tent.id, opens, handed_until, per_hour=12)
        _handouts(db, rng, kit_types, green.id, opens, handed_until, per_hour=2)
        _program(db, rng, festival, {"tent": tent, "green": green, "quiet": quiet}, now)

        tour = activations.create_activation(
            db, name=TOUR, kind="tour",
            start=(now + timedelta(days=20)).date(), end=(now + timedelta(days=40)).date(),
            tz=TOUR_STOPS[0][4], now=now,
        )
        stops = [
            activations.add_tour_stop(
                db, activation_id=tour.id, stop_date=tour.start_date + timedelta(days=after),
                city=city, country=country, venue=venue, tz=stop_tz,
            )
            for after, city, country, venue, stop_tz in TOUR_STOPS
        ]
        # No bookings: names need the tour manager's own PIN or passphrase.
        therapy.set_budget(db, tour.id, amount="2400", currency="USD")
        for stop, provider in ((stops[0], "Dr. Ana Ruiz, LCSW"), (stops[2], "Dr. Diego Sol")):
            therapy.create_therapy_day(
                db, None, location_id=stop.id, provider_name=provider,
                plan=therapy.DayPlan(time(11), time(17), lunch_start=time(13),
                                     lunch_end=time(14)),
                cost_per_session="150", now=now,
            )
        activations.set_current_activation(db, festival.id)


# (space, local start, minutes, title, kind, facilitators), every day of the festival: in the
# hours assets/sample-program.csv leaves free in each space (changeovers included), led by
# people who are not in it, so that the sample imports with no clash.
PROGRAM = [
    ("tent", time(9, 0), 45, "Morning breathwork", "Breathwork", ("Maya Okafor",)),
    ("quiet", time(15, 0), 60, "Crew support group", "Support group", ("Dr. Lena Park",)),
    ("green", time(18, 0), 30, "Pre-show grounding", "Meditation", ("Sam Reyes",)),
    ("tent", time(20, 0), 45, "Evening wind-down", "Meditation", ("Jo Brennan",)),
    ("quiet", time(21, 30), 60, "Sober support meetup", "Support group", ("Jo Brennan",)),
]


def _program(db: Database, rng: random.Random, festival: activations.Activation,
             spaces: dict[str, activations.Location], now: datetime) -> None:
    """A daily program, one deliberate clash, and door counts for what already ran."""
    for key, start, minutes, title, kind, people in PROGRAM:
        space = spaces[key]
        first = schedule.local_instant(festival.start_date, start, space.tz)
        schedule.repeat_daily(db, schedule.Draft(
            location_id=space.id, title=title, kind=kind, start=first,
            end=first + timedelta(minutes=minutes), facilitators=people,
        ), now=now)
    # Sam was booked for an artist check-in while leading the green room's grounding: the
    # program shows the mark.
    clash = schedule.local_instant(festival.start_date + timedelta(days=1), time(18, 0),
                                   FESTIVAL_TZ)
    schedule.create_workshop(db, schedule.Draft(
        location_id=spaces["quiet"].id, title="Artist check-in", kind="Support group",
        start=clash, end=clash + timedelta(minutes=30), facilitators=("Sam Reyes",),
    ), now=now)
    for w in schedule.list_workshops(db, festival.id):
        if w.end <= now:
            for _ in range(rng.randint(3, w.capacity or 10)):
                schedule.door_tap(db, w.id, now=w.start)
            schedule.set_status(db, w.id, "held")
        elif w.start <= now and w.capacity:
            for _ in range(rng.randint(1, w.capacity // 2)):
                schedule.door_tap(db, w.id, now=now)


def _handouts(
    db: Database, rng: random.Random, kit_types: list[kits.KitType], location_id: int,
    start: datetime, end: datetime, *, per_hour: int,
) -> None:
    """Hand-outs over the open hours (OPENS to CLOSES local) from `start` to `end`, a few
    undone."""
    roles = [kits.UNSPECIFIED] * 6 + list(kits.ROLES)
    tz = zone(FESTIVAL_TZ)
    t = start.replace(minute=0, second=0, microsecond=0)
    while t < end:
        if not CLOSES.hour <= t.astimezone(tz).hour < OPENS.hour:
            seconds = sorted(
                rng.randint(0, 3599) for _ in range(rng.randint(per_hour // 2, per_hour * 3 // 2))
            )
            for second in seconds:
                at = t + timedelta(seconds=second)
                if at >= end:
                    break
                kit = rng.choices(kit_types, weights=POPULARITY)[0]
                done = kits.hand_out(
                    db, kit_type_id=kit.id, location_id=location_id,
                    role=rng.choice(roles), now=at,
                )
                # (Never an undo after `end`: the demo holds only what happened by then.)
                if rng.random() < 0.02 and at + timedelta(seconds=5) < end:
                    kits.undo(db, done.movement.id, now=at + timedelta(seconds=5))
        t += timedelta(hours=1)
