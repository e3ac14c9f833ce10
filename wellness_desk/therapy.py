"""Therapy days on tour: a provider at a stop, slots, private bookings and the budget.

Names, contacts and notes of the people booked are personal data: they are sealed with the
vault before they touch the database and opened only with an unlocked vault. Everything
that may leave the laptop (`weekly_counts`) is a number per tour per ISO week.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from .activations import Location, get_activation, get_location, list_locations
from .clock import from_utc_text, local_time_text, to_utc_text, utcnow, zone
from .db import immediate, inserted_id
from .errors import WellnessError
from .kits import ROLES, UNSPECIFIED
from .messages import msg
from .money import parse_amount

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .vault import Vault

MODES = ("in_person", "remote")
STATUSES = ("booked", "attended", "no_show", "cancelled")


class OverBudget(WellnessError):
    """A booking would take the therapy budget below zero; book anyway only on purpose."""


class PlanClash(WellnessError):
    """Booked slots do not fit a new plan: keep them, or cancel their bookings, on purpose."""


# -- therapy days and slots ------------------------------------------------------------


@dataclass(frozen=True)
class DayPlan:
    """How a therapy day is laid out: the provider's window, sessions and breaks."""

    window_start: time
    window_end: time
    session_min: int = 50
    break_min: int = 10
    lunch_start: time | None = None
    lunch_end: time | None = None


@dataclass(frozen=True)
class TherapyDay:
    id: int
    location_id: int
    stop: str
    tz: str
    day: date
    provider_name: str
    provider_credentials: str
    mode: str
    plan: DayPlan
    cost_per_session: Decimal | None
    cost_per_day: Decimal | None


@dataclass(frozen=True)
class Booking:
    id: int
    slot_id: int
    person: str | None  # None while the vault is locked
    contact: str | None
    notes: str | None
    role: str
    status: str
    late_cancel: bool

    @property
    def live(self) -> bool:
        return self.status != "cancelled"

    @property
    def billable(self) -> bool:
        return _billable(self.status, self.late_cancel)


def _billable(status: str, late_cancel: bool) -> bool:
    """A session the tour pays for: it took place, nobody came, or it was cancelled late."""
    return status in ("attended", "no_show") or (status == "cancelled" and late_cancel)


class SlotState(StrEnum):
    """What a slot is now, as the page, the sheets and the command line show it."""

    FREE = "free"
    BLOCKED = "blocked"
    BOOKED = "booked"
    ATTENDED = "attended"
    NO_SHOW = "no_show"

    @property
    def label(self) -> str:
        return _SLOT_LABELS[self]


_SLOT_LABELS = {SlotState.FREE: "free", SlotState.BLOCKED: "blocked",
                SlotState.BOOKED: "booked", SlotState.ATTENDED: "attended",
                SlotState.NO_SHOW: "no-show"}


@dataclass(frozen=True)
class Slot:
    id: int
    therapy_day_id: int
    start: datetime
    end: datetime
    origin: str  # "generated" or "added"
    blocked: bool
    booking: Booking | None  # the live booking, if any

    @property
    def free(self) -> bool:
        return not self.blocked and self.booking is None

    @property
    def state(self) -> SlotState:
        # The booking first: whoever is coming is what the provider must see.
        if self.booking is not None:
            return SlotState(self.booking.status)
        return SlotState.BLOCKED if self.blocked else SlotState.FREE


def _time_text(t: time | None) -> str | None:
    return None if t is None else t.strftime("%H:%M")


def _money(value: Decimal | str | int | None, label: str, field: str | None = None,
           decimal_point: str | None = None) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_amount(value, label=label, field=field, decimal_point=decimal_point)


def _stop_day(stop: Location) -> date:
    if stop.kind != "tour_stop" or stop.stop_date is None:
        raise WellnessError(msg("{stop} is not a tour stop with a date",
                                stop=stop.name), field="location_id")
    return stop.stop_date


def _wall(day: date, t: time, tz: str) -> datetime:
    """A wall time of the stop's day as UTC (a time the clocks skip lands after the jump)."""
    return datetime.combine(day, t, zone(tz)).astimezone(UTC)


def check_plan(plan: DayPlan) -> DayPlan:
    """A clear error for a window that cannot hold a session, as the tour manager types it."""
    if plan.window_end <= plan.window_start:
        raise WellnessError(
            msg("day window: ends at {window_end}, not after it starts "
                "({window_start})",
                window_end=format(plan.window_end, "%H:%M"),
                window_start=format(plan.window_start, "%H:%M")), field="window_end")
    if not 10 <= plan.session_min <= 240:
        raise WellnessError(msg("session length: {minutes} is not 10 to 240 minutes",
                                minutes=plan.session_min),
                            field="session_min")
    if not 0 <= plan.break_min <= 120:
        raise WellnessError(msg("break: {minutes} is not 0 to 120 minutes", minutes=plan.break_min),
                            field="break_min")
    if (plan.lunch_start is None) != (plan.lunch_end is None):
        raise WellnessError(msg("lunch break: give both its start and its end, or neither"),
                            field="lunch_start")
    if plan.lunch_start is not None and plan.lunch_end is not None:
        if plan.lunch_end <= plan.lunch_start:
            raise WellnessError(msg("lunch break: ends before it starts"), field="lunch_start")
        if plan.lunch_start < plan.window_start or plan.lunch_end > plan.window_end:
            raise WellnessError(msg("lunch break: outside the day window"), field="lunch_start")
    window = (datetime.combine(date.min, plan.window_end)
              - datetime.combine(date.min, plan.window_start))
    if window < timedelta(minutes=plan.session_min):
        raise WellnessError(
            msg("day window: {window_start}–{window_end} does not fit one "
                "{minutes}-minute session",
                window_start=format(plan.window_start, "%H:%M"),
                window_end=format(plan.window_end, "%H:%M"), minutes=plan.session_min),
            field="window_end")
    return plan


def slot_times(day: date, tz: str, plan: DayPlan) -> list[tuple[datetime, datetime]]:
    """The sessions that fit the plan on `day`, as UTC (start, end) pairs.

    Sessions last real minutes: on a day the clocks change, the wall clock jumps but
    nobody's session is an hour shorter or longer. A leftover too short for a session
    stays free; a session never runs into lunch or past the window.
    """
    check_plan(plan)
    start = _wall(day, plan.window_start, tz)
    end = _wall(day, plan.window_end, tz)
    lunch = None
    if plan.lunch_start is not None and plan.lunch_end is not None:
        lunch = (_wall(day, plan.lunch_start, tz), _wall(day, plan.lunch_end, tz))
    length = timedelta(minutes=plan.session_min)
    gap = timedelta(minutes=plan.break_min)
    times = []
    t = start
    while t + length <= end:
        if lunch and t < lunch[1] and t + length > lunch[0]:
            t = lunch[1]
            continue
        times.append((t, t + length))
        t += length + gap
    if not times:
        raise WellnessError(
            msg("day window: no {minutes}-minute session fits on {day} "
                "({window_start}–{window_end}, less lunch and any "
                "clock change)",
                minutes=plan.session_min, day=day,
                window_start=format(plan.window_start, "%H:%M"),
                window_end=format(plan.window_end, "%H:%M")), field="window_end")
    return times


_DAY_SQL = """
    SELECT d.id, d.location_id, l.name AS stop, coalesce(l.tz, a.tz) AS tz, l.stop_date,
           d.provider_name, d.provider_credentials, d.mode, d.window_start, d.window_end,
           d.session_min, d.break_min, d.lunch_start, d.lunch_end, d.cost_per_session,
           d.cost_per_day
    FROM therapy_day d JOIN location l ON l.id = d.location_id
    JOIN activation a ON a.id = l.activation_id
"""


def _parse_time(text: str | None) -> time | None:
    return None if text is None else time.fromisoformat(text)


def _therapy_day(row: dict[str, Any]) -> TherapyDay:
    plan = DayPlan(time.fromisoformat(row["window_start"]),
                   time.fromisoformat(row["window_end"]), row["session_min"], row["break_min"],
                   _parse_time(row["lunch_start"]), _parse_time(row["lunch_end"]))
    return TherapyDay(
        id=row["id"], location_id=row["location_id"], stop=row["stop"], tz=row["tz"],
        day=date.fromisoformat(row["stop_date"]), provider_name=row["provider_name"],
        provider_credentials=row["provider_credentials"], mode=row["mode"], plan=plan,
        cost_per_session=_money(row["cost_per_session"], msg("cost")),
        cost_per_day=_money(row["cost_per_day"], msg("cost")),
    )


def get_therapy_day(db: Database, therapy_day_id: int) -> TherapyDay:
    row = next(db.query(f"{_DAY_SQL} WHERE d.id = ?", [therapy_day_id]), None)
    if row is None:
        raise WellnessError(msg("therapy day {therapy_day} does not exist",
                                therapy_day=therapy_day_id))
    return _therapy_day(row)


def list_therapy_days(db: Database, activation_id: int) -> list[TherapyDay]:
    return [_therapy_day(r) for r in db.query(
        f"{_DAY_SQL} WHERE l.activation_id = ? ORDER BY l.stop_date, d.id", [activation_id])]


def create_therapy_day(
    db: Database, vault: Vault | None, *, location_id: int, provider_name: str,
    plan: DayPlan, provider_credentials: str = "", provider_contact: str | None = None,
    mode: str = "in_person", cost_per_session: Decimal | str | None = None,
    cost_per_day: Decimal | str | None = None, now: datetime | None = None,
    decimal_point: str | None = None,
) -> TherapyDay:
    """A provider's day at a tour stop, with its slots laid out. All or nothing.

    Costs may be typed the local way ("150,00"); `decimal_point` is the locale's, to settle
    "1.500" (see `money.parse_amount`)."""
    stop = get_location(db, location_id)
    day = _stop_day(stop)
    name = " ".join(provider_name.split())
    if not name:
        raise WellnessError(msg("provider name: must not be empty"), field="provider_name")
    if mode not in MODES:
        raise WellnessError(msg("mode: {mode} is not one of {modes}",
                                mode=repr(mode), modes=", ".join(MODES)), field="mode")
    per_session = _money(cost_per_session, msg("cost per session"), "cost_per_session",
                         decimal_point)
    per_day = _money(cost_per_day, msg("cost per day"), "cost_per_day", decimal_point)
    if provider_contact and vault is None:
        raise WellnessError(msg("unlock the therapy section to store the provider's contact"),
                            field="provider_contact")
    times = slot_times(day, stop.tz, plan)
    with immediate(db):
        cur = db.execute(
            "INSERT INTO therapy_day (location_id, provider_name, provider_credentials,"
            " provider_contact_enc, mode, window_start, window_end, session_min, break_min,"
            " lunch_start, lunch_end, cost_per_session, cost_per_day, created_utc)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [location_id, name, provider_credentials.strip(),
             vault.seal(provider_contact, field="therapy_day.provider_contact")
             if vault and provider_contact else None,
             mode, _time_text(plan.window_start), _time_text(plan.window_end),
             plan.session_min, plan.break_min, _time_text(plan.lunch_start),
             _time_text(plan.lunch_end), str(per_session) if per_session is not None else None,
             str(per_day) if per_day is not None else None, to_utc_text(now or utcnow())],
        )
        day_id = inserted_id(cur)
        for start, end in times:
            _insert_slot(db, day_id, start, end, "generated")
    return get_therapy_day(db, day_id)


def _insert_slot(db: Database, day_id: int, start: datetime, end: datetime, origin: str) -> int:
    cur = db.execute(
        "INSERT INTO therapy_slot (therapy_day_id, start_utc, end_utc, origin)"
        " VALUES (?, ?, ?, ?)", [day_id, to_utc_text(start), to_utc_text(end), origin])
    return inserted_id(cur)


_BOOKING_COLS = ("b.id, b.slot_id, b.person_enc, b.contact_enc, b.notes_enc, b.role, b.status,"
                 " b.late_cancel")


def _booking(row: dict[str, Any], vault: Vault | None) -> Booking:
    def opened(column: str, field: str) -> str | None:
        return vault.open(row[column], field=field) if vault is not None else None

    return Booking(
        id=row["id"], slot_id=row["slot_id"], person=opened("person_enc", "booking.person"),
        contact=opened("contact_enc", "booking.contact"),
        notes=opened("notes_enc", "booking.notes"), role=row["role"], status=row["status"],
        late_cancel=bool(row["late_cancel"]),
    )


def slots(db: Database, therapy_day_id: int, vault: Vault | None = None) -> list[Slot]:
    """The day's slots in time order, each with its live booking (names only if unlocked)."""
    bookings = {
        r["slot_id"]: _booking(r, vault) for r in db.query(
            f"SELECT {_BOOKING_COLS} FROM therapy_booking b JOIN therapy_slot s"
            " ON s.id = b.slot_id WHERE s.therapy_day_id = ? AND b.status != 'cancelled'",
            [therapy_day_id])
    }
    return [Slot(id=r["id"], therapy_day_id=r["therapy_day_id"],
                 start=from_utc_text(r["start_utc"]), end=from_utc_text(r["end_utc"]),
                 origin=r["origin"], blocked=bool(r["blocked"]), booking=bookings.get(r["id"]))
            for r in db.query(
                "SELECT id, therapy_day_id, start_utc, end_utc, origin, blocked FROM therapy_slot"
                " WHERE therapy_day_id = ? AND removed = 0 ORDER BY start_utc, id",
                [therapy_day_id])]


def get_slot(db: Database, slot_id: int, vault: Vault | None = None) -> Slot:
    row = db.execute("SELECT therapy_day_id FROM therapy_slot WHERE id = ? AND removed = 0",
                     [slot_id]).fetchone()
    if row is None:
        raise WellnessError(msg("slot {slot} does not exist", slot=slot_id))
    return next(s for s in slots(db, row[0], vault) if s.id == slot_id)


def block_slot(db: Database, slot_id: int, *, blocked: bool = True) -> Slot:
    slot = get_slot(db, slot_id)
    if blocked and slot.booking is not None:
        raise WellnessError(msg("this slot is booked: cancel the booking before blocking it"))
    db.execute("UPDATE therapy_slot SET blocked = ? WHERE id = ?", [int(blocked), slot_id])
    return get_slot(db, slot_id)


def add_slot(db: Database, therapy_day_id: int, *, start: datetime, end: datetime) -> Slot:
    """A slot by hand (an early session before the window, say); it may not overlap one."""
    therapy_day = get_therapy_day(db, therapy_day_id)
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("naive datetime for a slot: pass aware instants")
    if end <= start:
        raise WellnessError(msg("slot: ends before it starts"), field="end")
    if end - start > timedelta(hours=4):
        raise WellnessError(msg("slot: longer than 4 hours"), field="end")
    with immediate(db):
        for other in slots(db, therapy_day_id):
            if other.start < end and start < other.end:
                raise WellnessError(
                    msg("slot: overlaps the slot at {time}"
                        " of the same day",
                        time=local_time_text(other.start, therapy_day.tz)), field="start")
        slot_id = _insert_slot(db, therapy_day_id, start, end, "added")
    return get_slot(db, slot_id)


def add_slot_at(db: Database, therapy_day_id: int, *, start: time, end: time) -> Slot:
    """A hand-added slot from wall times of the stop's day (an end at or before the start
    is after midnight)."""
    therapy_day = get_therapy_day(db, therapy_day_id)
    if end == start:
        raise WellnessError(msg("slot: starts and ends at the same time"), field="end")
    end_day = therapy_day.day + timedelta(days=1) if end < start else therapy_day.day
    return add_slot(db, therapy_day_id, start=_wall(therapy_day.day, start, therapy_day.tz),
                    end=_wall(end_day, end, therapy_day.tz))


@dataclass(frozen=True)
class Regeneration:
    """What laying the day out again would do; `clashes` need a decision first."""

    new_times: list[tuple[datetime, datetime]]
    dropped: list[Slot]  # free slots that go away
    clashes: list[Slot]  # booked slots that do not fit the new plan
    held: list[Slot] = field(default_factory=list)  # sessions that took place: always kept


def plan_regeneration(db: Database, therapy_day_id: int, plan: DayPlan) -> Regeneration:
    therapy_day = get_therapy_day(db, therapy_day_id)
    wanted = slot_times(therapy_day.day, therapy_day.tz, plan)
    keep = set(wanted)
    every = slots(db, therapy_day_id)
    current = [s for s in every if s.origin == "generated"]
    by_hand = [s for s in every if s.origin == "added"]
    dropped, clashes, held = [], [], []
    for s in current:
        if (s.start, s.end) in keep:
            continue
        if s.booking is None:
            dropped.append(s)
        elif s.booking.status == "booked":
            clashes.append(s)
        else:
            # A session that took place (attended, no-show) stays whatever the new plan.
            held.append(s)
    existing = {(s.start, s.end) for s in current}
    return Regeneration(
        [t for t in wanted if t not in existing and not _overlaps(t, by_hand + held)],
        dropped, clashes, held)


def _overlaps(times: tuple[datetime, datetime], others: list[Slot]) -> bool:
    return any(s.start < times[1] and times[0] < s.end for s in others)


def regenerate(db: Database, therapy_day_id: int, plan: DayPlan, *,
               keep_booked: bool | None = None) -> Regeneration:
    """Lay the day out again. A booked slot that no longer fits is never dropped silently:
    without `keep_booked` the call is refused and names the clashes; True keeps those slots
    (as added by hand), False cancels their bookings (a decision the caller made)."""
    tz = get_therapy_day(db, therapy_day_id).tz
    with immediate(db):
        change = plan_regeneration(db, therapy_day_id, plan)
        if change.clashes and keep_booked is None:
            times = ", ".join(local_time_text(s.start, tz) for s in change.clashes)
            raise PlanClash(
                msg("{count} booked slot(s) do not fit the new plan ({times}): "
                    "keep them, or cancel their bookings", count=len(change.clashes), times=times))
        if keep_booked:
            change = replace(change, new_times=[
                t for t in change.new_times if not _overlaps(t, change.clashes)])
        for s in change.dropped:
            db.execute("UPDATE therapy_slot SET removed = 1 WHERE id = ?", [s.id])
        for s in change.held:
            db.execute("UPDATE therapy_slot SET origin = 'added' WHERE id = ?", [s.id])
        for s in change.clashes:
            if keep_booked:
                db.execute("UPDATE therapy_slot SET origin = 'added' WHERE id = ?", [s.id])
            else:
                assert s.booking is not None  # a clash is a booked slot
                db.execute("UPDATE therapy_booking SET status = 'cancelled' WHERE id = ?",
                           [s.booking.id])
                db.execute("UPDATE therapy_slot SET removed = 1 WHERE id = ?", [s.id])
        for start, end in change.new_times:
            _insert_slot(db, therapy_day_id, start, end, "generated")
        db.execute(
            "UPDATE therapy_day SET window_start = ?, window_end = ?, session_min = ?,"
            " break_min = ?, lunch_start = ?, lunch_end = ? WHERE id = ?",
            [_time_text(plan.window_start), _time_text(plan.window_end), plan.session_min,
             plan.break_min, _time_text(plan.lunch_start), _time_text(plan.lunch_end),
             therapy_day_id],
        )
    return change


# -- budget ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Budget:
    amount: Decimal
    currency: str
    committed: Decimal  # booked sessions not yet held, and booked days
    spent: Decimal  # attended, no-shows and late cancels; days that ran

    @property
    def remaining(self) -> Decimal:
        return self.amount - self.committed - self.spent


def set_budget(db: Database, activation_id: int, *, amount: Decimal | str,
               currency: str, decimal_point: str | None = None) -> Budget:
    """The tour's therapy budget; the amount may be typed the local way ("2.400,00")."""
    activation = get_activation(db, activation_id)
    if activation.kind != "tour":
        raise WellnessError(msg("{activation} is not a tour: the therapy budget is a tour's",
                                activation=activation.name))
    money = _money(amount, msg("budget"), "amount", decimal_point)
    if money is None:
        raise WellnessError(msg("budget: give an amount, e.g. 2400"), field="amount")
    code = currency.strip().upper()
    if len(code) != 3 or not (code.isascii() and code.isalpha()):
        raise WellnessError(msg("currency: {currency} is not a code like USD or EUR",
                                currency=repr(currency)),
                            field="currency")
    db.execute(
        "INSERT INTO therapy_budget (activation_id, amount, currency) VALUES (?, ?, ?)"
        " ON CONFLICT (activation_id) DO UPDATE SET amount = excluded.amount,"
        " currency = excluded.currency", [activation_id, str(money), code])
    stored = budget(db, activation_id)
    assert stored is not None  # just written
    return stored


def budget(db: Database, activation_id: int) -> Budget | None:
    """Per-session costs count for each live booking (spent once held or billable);
    a per-day cost is committed once the day is booked at all, spent once anyone came."""
    row = db.execute("SELECT amount, currency FROM therapy_budget WHERE activation_id = ?",
                     [activation_id]).fetchone()
    if row is None:
        return None
    committed = spent = Decimal("0.00")
    for therapy_day in list_therapy_days(db, activation_id):
        billable, pending = _day_charges(db, therapy_day.id)
        if therapy_day.cost_per_session is not None:
            spent += therapy_day.cost_per_session * billable
            committed += therapy_day.cost_per_session * pending
        if therapy_day.cost_per_day is not None:
            if billable:
                spent += therapy_day.cost_per_day
            elif pending:
                committed += therapy_day.cost_per_day
    return Budget(Decimal(row[0]), row[1], committed, spent)


def _day_charges(db: Database, therapy_day_id: int) -> tuple[int, int]:
    """How many of the day's bookings are billable, and how many are booked and still to
    come: what the budget has spent on the day, and what it has committed."""
    billable = pending = 0
    for status, late in db.execute(
            "SELECT b.status, b.late_cancel FROM therapy_booking b JOIN therapy_slot s"
            " ON s.id = b.slot_id WHERE s.therapy_day_id = ?", [therapy_day_id]):
        if _billable(status, bool(late)):
            billable += 1
        elif status == "booked":
            pending += 1
    return billable, pending


def _booking_cost(db: Database, therapy_day: TherapyDay) -> Decimal:
    cost = therapy_day.cost_per_session or Decimal("0")
    # The day's own cost comes with its first booking that counts (booked or billable).
    if therapy_day.cost_per_day is not None and not any(_day_charges(db, therapy_day.id)):
        cost += therapy_day.cost_per_day
    return cost


# -- bookings ----------------------------------------------------------------------------


def _role(role: str) -> str:
    if role != UNSPECIFIED and role not in ROLES:
        raise WellnessError(msg("role: {role} is not one of {roles}",
                                role=repr(role), roles=", ".join(ROLES)), field="role")
    return role


def _person(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise WellnessError(msg("person: give a name, initials or an alias"), field="person")
    if len(name) > 80:
        raise WellnessError(msg("person: longer than 80 characters"), field="person")
    return name


def book(
    db: Database, vault: Vault, slot_id: int, *, person: str, contact: str | None = None,
    role: str = UNSPECIFIED, notes: str | None = None, allow_over_budget: bool = False,
    now: datetime | None = None,
) -> Booking:
    """Book a person into a free slot. Refused: a blocked or taken slot, the same person
    in an overlapping slot anywhere on the tour, or (unless allowed) an empty budget."""
    person = _person(person)
    role = _role(role)
    tag = vault.tag(person)
    with immediate(db):
        slot = get_slot(db, slot_id)
        if slot.blocked:
            raise WellnessError(msg("this slot is blocked"))
        if slot.booking is not None:
            raise WellnessError(msg("this slot is already booked"))
        therapy_day = get_therapy_day(db, slot.therapy_day_id)
        clash = db.execute(
            "SELECT s.start_utc, coalesce(l.tz, a.tz), l.name FROM therapy_booking b"
            " JOIN therapy_slot s ON s.id = b.slot_id"
            " JOIN therapy_day d ON d.id = s.therapy_day_id"
            " JOIN location l ON l.id = d.location_id JOIN activation a ON a.id = l.activation_id"
            " WHERE b.person_tag = ? AND b.status != 'cancelled' AND s.removed = 0"
            " AND s.start_utc < ? AND s.end_utc > ?",
            [tag, to_utc_text(slot.end), to_utc_text(slot.start)]).fetchone()
        if clash:
            raise WellnessError(
                msg("this person already has a session at "
                    "{time} ({place}) "
                    "that overlaps this slot",
                    time=local_time_text(from_utc_text(clash[0]), clash[1]), place=clash[2]),
                field="person")
        stop = get_location(db, therapy_day.location_id)
        money = budget(db, stop.activation_id)
        cost = _booking_cost(db, therapy_day)
        if money is not None and cost and money.remaining - cost < 0 and not allow_over_budget:
            raise OverBudget(
                msg("this booking costs {cost} {currency}; only {remaining} "
                    "{currency} of the therapy budget is left",
                    cost=cost, currency=money.currency, remaining=money.remaining))
        cur = db.execute(
            "INSERT INTO therapy_booking (slot_id, person_enc, person_tag, contact_enc,"
            " notes_enc, role, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [slot_id, vault.seal(person, field="booking.person"), tag,
             vault.seal(contact or None, field="booking.contact"),
             vault.seal(notes or None, field="booking.notes"), role,
             to_utc_text(now or utcnow())])
    return get_booking(db, inserted_id(cur), vault)


def get_booking(db: Database, booking_id: int, vault: Vault | None = None) -> Booking:
    row = next(db.query(f"SELECT {_BOOKING_COLS} FROM therapy_booking b WHERE b.id = ?",
                        [booking_id]), None)
    if row is None:
        raise WellnessError(msg("booking {booking} does not exist", booking=booking_id))
    return _booking(row, vault)


def set_status(db: Database, booking_id: int, status: str) -> Booking:
    """Attended or no-show after the session (or back to booked, to correct a mistake)."""
    if status not in ("booked", "attended", "no_show"):
        raise WellnessError(msg("status: {status} is not booked, attended or no_show "
                                "(cancel with cancel_booking)", status=repr(status)))
    booking = get_booking(db, booking_id)
    if not booking.live:
        raise WellnessError(msg("this booking was cancelled: book the slot again instead"))
    db.execute("UPDATE therapy_booking SET status = ? WHERE id = ?", [status, booking_id])
    return get_booking(db, booking_id)


def _ahead(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes < 120:
        return f"in {minutes} minutes"
    if minutes < 2 * 24 * 60:
        return f"in {minutes // 60} hours"
    if minutes < 14 * 24 * 60:
        return f"in {minutes // (24 * 60)} days"
    return f"in {minutes // (7 * 24 * 60)} weeks"


def early_status_question(slot: Slot, status: str, tz: str, *, now: datetime) -> str | None:
    """What to ask before marking a session that has not started yet attended or a no-show
    (a slip of the finger three weeks ahead); None when no question is needed."""
    if status not in ("attended", "no_show") or slot.start <= now:
        return None
    what = "attended" if status == "attended" else "a no-show"
    start = slot.start.astimezone(zone(tz))
    return (f"This session starts {start:%a %d %b at %H:%M} ({_ahead(slot.start - now)}): "
            f"it has not taken place yet. Mark it {what} anyway? You can set it back to "
            "booked later.")


def cancel_question(db: Database, booking_id: int, *, late: bool) -> str:
    """What cancelling means, to ask before doing it: billable or not, and that it is final."""
    booking = get_booking(db, booking_id)
    therapy_day = get_therapy_day(db, get_slot(db, booking.slot_id).therapy_day_id)
    final = ("This cannot be undone: to take it back, book the person into a free slot "
             "again.")
    if not late:
        return ("Cancel this booking? The slot becomes free for someone else and the "
                f"session is not billed. {final}")
    money = budget(db, get_location(db, therapy_day.location_id).activation_id)
    cost = therapy_day.cost_per_session
    billed = (f"{cost} {money.currency if money else ''}".strip() if cost is not None
              else "the session")
    return (f"Late cancel: the slot becomes free, but the session stays billable ({billed} "
            f"counts as spent from the therapy budget). {final}")


@dataclass(frozen=True)
class WaitlistEntry:
    id: int
    therapy_day_id: int
    person: str | None
    contact: str | None
    role: str


def cancel_booking(db: Database, booking_id: int, *, late: bool = False,
                   vault: Vault | None = None) -> WaitlistEntry | None:
    """Cancel; a late cancel stays billable. Returns the first person waiting for that
    day, to offer the freed slot to (the caller decides)."""
    with immediate(db):
        booking = get_booking(db, booking_id)
        if not booking.live:
            raise WellnessError(msg("this booking is already cancelled"))
        if booking.status != "booked":
            raise WellnessError(msg("this session took place (attended or no-show): it stays"))
        db.execute("UPDATE therapy_booking SET status = 'cancelled', late_cancel = ?"
                   " WHERE id = ?", [int(late), booking_id])
        day_id = db.execute("SELECT therapy_day_id FROM therapy_slot WHERE id = ?",
                            [booking.slot_id]).fetchone()[0]
    waiting = waitlist(db, day_id, vault)
    return waiting[0] if waiting else None


def add_to_waitlist(db: Database, vault: Vault, therapy_day_id: int, *, person: str,
                    contact: str | None = None, role: str = UNSPECIFIED,
                    now: datetime | None = None) -> WaitlistEntry:
    get_therapy_day(db, therapy_day_id)
    person = _person(person)
    if db.execute("SELECT 1 FROM therapy_waitlist WHERE therapy_day_id = ? AND person_tag = ?"
                  " AND done = 0", [therapy_day_id, vault.tag(person)]).fetchone():
        raise WellnessError(msg("this person is already on the waitlist for this day"),
                            field="person")
    cur = db.execute(
        "INSERT INTO therapy_waitlist (therapy_day_id, person_enc, person_tag, contact_enc,"
        " role, added_utc) VALUES (?, ?, ?, ?, ?, ?)",
        [therapy_day_id, vault.seal(person, field="waitlist.person"), vault.tag(person),
         vault.seal(contact or None, field="waitlist.contact"), _role(role),
         to_utc_text(now or utcnow())])
    return next(w for w in waitlist(db, therapy_day_id, vault) if w.id == inserted_id(cur))


def remove_from_waitlist(db: Database, entry_id: int) -> None:
    """Someone no longer waits (found another time, changed their mind)."""
    if not db.execute("UPDATE therapy_waitlist SET done = 1 WHERE id = ? AND done = 0",
                      [entry_id]).rowcount:
        raise WellnessError(msg("this person is no longer on the waitlist"))


def waitlist(db: Database, therapy_day_id: int, vault: Vault | None = None
             ) -> list[WaitlistEntry]:
    rows = db.query(
        "SELECT id, therapy_day_id, person_enc, contact_enc, role FROM therapy_waitlist"
        " WHERE therapy_day_id = ? AND done = 0 ORDER BY added_utc, id", [therapy_day_id])
    return [WaitlistEntry(
        id=r["id"], therapy_day_id=r["therapy_day_id"],
        person=vault.open(r["person_enc"], field="waitlist.person") if vault else None,
        contact=vault.open(r["contact_enc"], field="waitlist.contact") if vault else None,
        role=r["role"]) for r in rows]


def book_from_waitlist(db: Database, vault: Vault, entry_id: int, slot_id: int, *,
                       allow_over_budget: bool = False) -> Booking:
    """The offered slot is taken: the person leaves the waitlist, in one transaction."""
    with immediate(db):
        row = next(db.query("SELECT therapy_day_id, person_enc, contact_enc, role, done"
                            " FROM therapy_waitlist WHERE id = ?", [entry_id]), None)
        if row is None or row["done"]:
            raise WellnessError(msg("this person is no longer on the waitlist"))
        if get_slot(db, slot_id).therapy_day_id != row["therapy_day_id"]:
            raise WellnessError(msg("this slot is on another therapy day than the waitlist"))
        person = vault.open(row["person_enc"], field="waitlist.person")
        if person is None:  # the column is NOT NULL: a damaged row, not bad input
            raise WellnessError(msg("this waitlist entry has lost its name: add the person again"))
        booking = book(
            db, vault, slot_id, person=person,
            contact=vault.open(row["contact_enc"], field="waitlist.contact"), role=row["role"],
            allow_over_budget=allow_over_budget)
        db.execute("UPDATE therapy_waitlist SET done = 1 WHERE id = ?", [entry_id])
    return booking


# -- anonymous counts ----------------------------------------------------------------------


@dataclass(frozen=True)
class WeeklyCount:
    """What may leave the laptop: numbers per tour per ISO week, no names, no roles, no days."""

    activation_id: int
    iso_week: str  # e.g. "2026-W28"
    offered: int
    booked: int
    held: int
    no_show: int


def weekly_counts(db: Database, activation_id: int) -> list[WeeklyCount]:
    cells: dict[str, dict[str, int]] = defaultdict(
        lambda: {"offered": 0, "booked": 0, "held": 0, "no_show": 0})
    for therapy_day in list_therapy_days(db, activation_id):
        year, week, _ = therapy_day.day.isocalendar()
        cell = cells[f"{year}-W{week:02d}"]
        for s in slots(db, therapy_day.id):
            if not s.blocked:
                cell["offered"] += 1
        for (status,) in db.execute(
            "SELECT b.status FROM therapy_booking b JOIN therapy_slot s ON s.id = b.slot_id"
            " WHERE s.therapy_day_id = ? AND b.status != 'cancelled'", [therapy_day.id]):
            cell["booked"] += 1
            cell["held"] += status == "attended"
            cell["no_show"] += status == "no_show"
    return [WeeklyCount(activation_id, week, **c) for week, c in sorted(cells.items())]


# -- reading for screens -------------------------------------------------------------------


@dataclass(frozen=True)
class DaySheet:
    therapy_day: TherapyDay
    slots: list[Slot]
    waitlist: list[WaitlistEntry]
    provider_contact: str | None


def day_sheet(db: Database, therapy_day_id: int, vault: Vault | None = None) -> DaySheet:
    """A therapy day as the tour manager sees it: names only with an unlocked vault."""
    therapy_day = get_therapy_day(db, therapy_day_id)
    blob = db.execute("SELECT provider_contact_enc FROM therapy_day WHERE id = ?",
                      [therapy_day_id]).fetchone()[0]
    contact = vault.open(blob, field="therapy_day.provider_contact") if vault else None
    return DaySheet(therapy_day, slots(db, therapy_day_id, vault),
                    waitlist(db, therapy_day_id, vault), contact)


def tour_stops(db: Database, activation_id: int) -> list[Location]:
    """The tour's stops that have a date (a therapy day needs one)."""
    return [loc for loc in list_locations(db, activation_id)
            if loc.kind == "tour_stop" and loc.stop_date is not None]


def with_plan(plan: DayPlan, **changes: Any) -> DayPlan:
    """A day's plan with some fields changed (for an edit form)."""
    return replace(plan, **changes)
