"""Therapy days on tour, as a tour manager tells it: stops, slots, bookings, budget, privacy."""

from __future__ import annotations

import dataclasses
import itertools
import re
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from wellness_desk import activations, therapy, vault
from wellness_desk.db import memory_db
from wellness_desk.errors import WellnessError
from wellness_desk.therapy import DayPlan, OverBudget

LONDON = ZoneInfo("Europe/London")
BERLIN = ZoneInfo("Europe/Berlin")
CANARY_NAME = "Zyxwv Canarybird"
CANARY_CONTACT = "canary@example.invalid"
CANARY_NOTE = "canary-note-5150"
CANARY_WAITING = "Qwertz Canaryfinch"
CANARY_PROVIDER_CONTACT = "canary-provider-7431@example.invalid"


@pytest.fixture
def tour(db):
    return activations.create_activation(
        db, name="Long Way Home Tour", kind="tour", start=date(2026, 3, 27),
        end=date(2026, 10, 31), tz="Europe/London",
    )


def _stop(db, tour, day, *, city="London", venue="Roundhouse", tz="Europe/London"):
    return activations.add_tour_stop(
        db, activation_id=tour.id, stop_date=day, city=city, venue=venue, tz=tz)


@pytest.fixture
def london(db, tour):
    """Friday 10 July 2026, ISO week 28, summer time (UTC+1)."""
    return _stop(db, tour, date(2026, 7, 10))


@pytest.fixture
def key(db):
    return vault.set_up(db, "4821")


def _day(db, stop, plan=None, *, key=None, provider="Dr. Ada Winter", **fields):
    return therapy.create_therapy_day(
        db, key, location_id=stop.id, provider_name=provider,
        plan=plan or DayPlan(time(10), time(18)), **fields)


def _local(slots, tz=LONDON):
    return [s.start.astimezone(tz).strftime("%H:%M") for s in slots]


def _rows(db, table):
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _at(hour, minute=0, day=date(2026, 7, 10), tz=LONDON):
    return datetime.combine(day, time(hour, minute), tz)


def _slot_at(db, day_id, hour, minute=0, tz=LONDON):
    wanted = time(hour, minute)
    return next(s for s in therapy.slots(db, day_id)
                if s.start.astimezone(tz).time() == wanted)


def _no_overlaps(slots):
    ordered = sorted(slots, key=lambda s: s.start)
    return all(a.end <= b.start for a, b in itertools.pairwise(ordered))


# -- tour stops ------------------------------------------------------------------------


def test_a_stop_outside_the_tour_dates_is_refused_and_nothing_is_saved(db, tour):
    before = _rows(db, "location")
    for day in (date(2026, 3, 26), date(2026, 11, 1)):
        with pytest.raises(WellnessError, match=f"stop date: {day} is outside Long Way"):
            _stop(db, tour, day)
    assert _rows(db, "location") == before
    first, last = _stop(db, tour, date(2026, 3, 27)), _stop(db, tour, date(2026, 10, 31))
    assert (first.stop_date, last.stop_date) == (date(2026, 3, 27), date(2026, 10, 31))


def test_a_festival_has_no_tour_stops(db, festival):
    with pytest.raises(WellnessError, match="is a festival: tour stops belong to tours"):
        activations.add_tour_stop(
            db, activation_id=festival["activation"].id, stop_date=date(2026, 7, 4),
            city="London", venue="Tent", tz="Europe/London")
    assert [loc.kind for loc in activations.list_locations(
        db, festival["activation"].id)] == ["tent"]


def test_each_stop_keeps_its_own_zone_and_a_day_starts_at_its_local_ten(db, tour):
    london = _stop(db, tour, date(2026, 7, 10))
    berlin = _stop(db, tour, date(2026, 7, 13), city="Berlin", venue="Columbiahalle",
                   tz="Europe/Berlin")
    chicago = _stop(db, tour, date(2026, 8, 2), city="Chicago", venue="Metro",
                    tz="America/Chicago")
    assert [s.tz for s in therapy.tour_stops(db, tour.id)] == [
        "Europe/London", "Europe/Berlin", "America/Chicago"]
    assert (berlin.city, berlin.venue, berlin.stop_date) == (
        "Berlin", "Columbiahalle", date(2026, 7, 13))
    firsts = [therapy.slots(db, _day(db, stop).id)[0].start for stop in (london, berlin, chicago)]
    assert [f.astimezone(UTC).hour for f in firsts] == [9, 8, 15]
    assert therapy.get_therapy_day(db, therapy.list_therapy_days(db, tour.id)[1].id).tz == (
        "Europe/Berlin")


def test_a_stop_in_a_made_up_zone_is_refused_and_nothing_is_saved(db, tour):
    with pytest.raises(WellnessError, match="not a known IANA zone"):
        _stop(db, tour, date(2026, 7, 10), tz="Europe/Atlantis")
    assert _rows(db, "location") == 0


# -- laying out a day ------------------------------------------------------------------


def test_the_default_day_is_eight_fifty_minute_sessions_on_the_hour(db, london):
    day = _day(db, london)
    assert (day.plan.session_min, day.plan.break_min) == (50, 10)
    slots = therapy.slots(db, day.id)
    assert _local(slots) == [f"{h:02d}:00" for h in range(10, 18)]
    assert all(s.end - s.start == timedelta(minutes=50) for s in slots)
    assert slots[-1].end.astimezone(LONDON).time() == time(17, 50)
    assert all(s.free and s.origin == "generated" for s in slots)
    assert _rows(db, "therapy_slot") == 8


def test_slot_times_alone_match_what_the_day_saves(db, london):
    times = therapy.slot_times(date(2026, 7, 10), "Europe/London", DayPlan(time(10), time(18)))
    day = _day(db, london)
    assert times == [(s.start, s.end) for s in therapy.slots(db, day.id)]
    assert all(start.tzinfo is not None for start, _ in times)


@pytest.mark.parametrize(("plan", "starts", "free_from"), [
    (DayPlan(time(10), time(13, 30)), ["10:00", "11:00", "12:00"], time(12, 50)),
    (DayPlan(time(10), time(12, 40), session_min=45, break_min=15), ["10:00", "11:00"],
     time(11, 45)),
    (DayPlan(time(10), time(12, 50)), ["10:00", "11:00", "12:00"], time(12, 50)),
])
def test_a_window_not_divisible_by_the_session_leaves_the_rest_free(db, london, plan, starts,
                                                                    free_from):
    slots = therapy.slots(db, _day(db, london, plan).id)
    assert _local(slots) == starts
    assert slots[-1].end.astimezone(LONDON).time() == free_from


@pytest.mark.parametrize(("lunch", "starts"), [
    ((time(13), time(14)), ["10:00", "11:00", "12:00", "14:00", "15:00", "16:00", "17:00"]),
    ((time(12, 30), time(13, 30)), ["10:00", "11:00", "13:30", "14:30", "15:30", "16:30"]),
])
def test_no_session_runs_into_lunch(db, london, lunch, starts):
    plan = DayPlan(time(10), time(18), lunch_start=lunch[0], lunch_end=lunch[1])
    slots = therapy.slots(db, _day(db, london, plan).id)
    assert _local(slots) == starts
    lunch_start, lunch_end = (_at(t.hour, t.minute) for t in lunch)
    assert not [s for s in slots if s.start < lunch_end and lunch_start < s.end]
    assert slots[-1].end <= _at(18)


def test_overnight_sessions_keep_their_real_fifty_minutes_when_the_clocks_go_forward(db, tour):
    """Clocks jump from 01:00 to 02:00 on 29 March: a 00:00–04:00 night holds 3 hours."""
    night = DayPlan(time(0), time(4))
    normal = therapy.slots(db, _day(db, _stop(db, tour, date(2026, 3, 28)), night).id)
    spring = therapy.slots(db, _day(db, _stop(db, tour, date(2026, 3, 29)), night).id)
    assert _local(normal) == ["00:00", "01:00", "02:00", "03:00"]
    assert _local(spring) == ["00:00", "02:00", "03:00"]
    assert all(s.end - s.start == timedelta(minutes=50) for s in spring)
    assert _no_overlaps(spring)
    assert spring[-1].end.astimezone(LONDON).time() == time(3, 50)


def test_overnight_sessions_keep_their_real_fifty_minutes_when_the_clocks_go_back(db, tour):
    """Clocks fall back from 02:00 to 01:00 on 25 October: 01:00 comes twice, 5 sessions fit."""
    night = DayPlan(time(0), time(4))
    normal = therapy.slots(db, _day(db, _stop(db, tour, date(2026, 10, 24)), night).id)
    autumn = therapy.slots(db, _day(db, _stop(db, tour, date(2026, 10, 25)), night).id)
    assert len(normal) == 4
    assert _local(autumn) == ["00:00", "01:00", "01:00", "02:00", "03:00"]
    assert [s.start.astimezone(UTC).strftime("%d %H:%M") for s in autumn] == [
        "24 23:00", "25 00:00", "25 01:00", "25 02:00", "25 03:00"]
    assert all(s.end - s.start == timedelta(minutes=50) for s in autumn)


def test_an_ordinary_day_window_is_the_same_on_a_clock_change_day(db, tour):
    spring = therapy.slots(db, _day(db, _stop(db, tour, date(2026, 3, 29))).id)
    assert _local(spring) == [f"{h:02d}:00" for h in range(10, 18)]


@pytest.mark.parametrize(("plan", "message"), [
    (DayPlan(time(18), time(10)), "day window: ends at 10:00, not after it starts"),
    (DayPlan(time(10), time(10)), "day window: ends at 10:00"),
    (DayPlan(time(10), time(10, 40)), "does not fit one 50-minute session"),
    (DayPlan(time(10), time(18), session_min=5), "session length: 5 is not 10 to 240"),
    (DayPlan(time(10), time(18), session_min=300), "session length: 300"),
    (DayPlan(time(10), time(18), break_min=-5), "break: -5"),
    (DayPlan(time(10), time(18), lunch_start=time(9), lunch_end=time(10)),
     "lunch break: outside the day window"),
    (DayPlan(time(10), time(18), lunch_start=time(17, 30), lunch_end=time(18, 30)),
     "lunch break: outside the day window"),
    (DayPlan(time(10), time(18), lunch_start=time(13)), "give both its start and its end"),
    (DayPlan(time(10), time(18), lunch_start=time(14), lunch_end=time(13)),
     "lunch break: ends before it starts"),
    (DayPlan(time(10), time(11, 30), lunch_start=time(10, 30), lunch_end=time(11)),
     "no 50-minute session fits"),
])
def test_a_plan_that_cannot_hold_a_session_is_refused_and_nothing_is_saved(db, london, plan,
                                                                          message):
    with pytest.raises(WellnessError, match=message):
        _day(db, london, plan)
    assert (_rows(db, "therapy_day"), _rows(db, "therapy_slot")) == (0, 0)


def test_a_window_the_clocks_skip_holds_no_session_and_is_refused(db, tour):
    """01:00–02:00 on 29 March does not exist in London."""
    with pytest.raises(WellnessError, match="no 50-minute session fits on 2026-03-29"):
        _day(db, _stop(db, tour, date(2026, 3, 29)), DayPlan(time(1), time(2)))
    assert (_rows(db, "therapy_day"), _rows(db, "therapy_slot")) == (0, 0)


@pytest.mark.parametrize(("fields", "message"), [
    ({"provider": "   "}, "provider name: must not be empty"),
    ({"mode": "phone"}, "mode: 'phone' is not one of in_person, remote"),
    ({"cost_per_session": "-1"}, "cost per session: '-1' is not an amount"),
    ({"cost_per_day": "lots"}, "cost per day: 'lots' is not an amount"),
    ({"provider_contact": "ada@example.invalid"}, "unlock the therapy section"),
])
def test_a_bad_provider_detail_is_refused_and_nothing_is_saved(db, london, fields, message):
    with pytest.raises(WellnessError, match=message):
        _day(db, london, **fields)
    assert (_rows(db, "therapy_day"), _rows(db, "therapy_slot")) == (0, 0)


def test_a_therapy_day_needs_a_dated_tour_stop(db, festival):
    with pytest.raises(WellnessError, match="is not a tour stop with a date"):
        _day(db, festival["tent"])
    assert _rows(db, "therapy_day") == 0


# -- blocking and hand-added slots -----------------------------------------------------


def test_a_blocked_slot_cannot_be_booked_until_it_is_unblocked(db, london, key):
    day = _day(db, london)
    lunch = _slot_at(db, day.id, 13)
    assert therapy.block_slot(db, lunch.id).blocked
    assert not therapy.get_slot(db, lunch.id).free
    with pytest.raises(WellnessError, match="this slot is blocked"):
        therapy.book(db, key, lunch.id, person="Robin Canary")
    assert _rows(db, "therapy_booking") == 0
    therapy.block_slot(db, lunch.id, blocked=False)
    assert therapy.book(db, key, lunch.id, person="Robin Canary").status == "booked"


def test_a_booked_slot_cannot_be_blocked(db, london, key):
    slot = therapy.slots(db, _day(db, london).id)[0]
    therapy.book(db, key, slot.id, person="Robin Canary")
    with pytest.raises(WellnessError, match="cancel the booking before blocking"):
        therapy.block_slot(db, slot.id)
    assert not therapy.get_slot(db, slot.id).blocked


def test_an_early_slot_added_by_hand_comes_first_and_may_not_overlap(db, london):
    day = _day(db, london)
    early = therapy.add_slot(db, day.id, start=_at(9), end=_at(9, 50))
    assert (early.origin, early.free) == ("added", True)
    assert therapy.slots(db, day.id)[0].id == early.id
    flush = therapy.add_slot(db, day.id, start=_at(8, 10), end=_at(9))
    assert flush.end == early.start
    with pytest.raises(WellnessError, match="overlaps the slot at 10:00 of the same day"):
        therapy.add_slot(db, day.id, start=_at(9, 55), end=_at(10, 45))
    with pytest.raises(WellnessError, match="overlaps the slot at 09:00"):
        therapy.add_slot(db, day.id, start=_at(9, 30), end=_at(9, 55))
    with pytest.raises(WellnessError, match="ends before it starts"):
        therapy.add_slot(db, day.id, start=_at(19), end=_at(18))
    assert _rows(db, "therapy_slot") == 10
    assert _no_overlaps(therapy.slots(db, day.id))


# -- regeneration ------------------------------------------------------------------------


def test_regenerating_with_a_booked_slot_that_no_longer_fits_needs_a_decision(db, london, key):
    day = _day(db, london)
    late = _slot_at(db, day.id, 17)
    therapy.book(db, key, late.id, person="Robin Canary", role="crew")
    shorter = DayPlan(time(10), time(16))
    preview = therapy.plan_regeneration(db, day.id, shorter)
    assert [s.id for s in preview.clashes] == [late.id]
    assert _local(preview.dropped) == ["16:00"]
    before = [(s.id, s.start) for s in therapy.slots(db, day.id)]
    with pytest.raises(WellnessError, match=r"1 booked slot\(s\) do not fit the new plan "
                                            r"\(17:00\): keep them, or cancel"):
        therapy.regenerate(db, day.id, shorter)
    assert [(s.id, s.start) for s in therapy.slots(db, day.id)] == before
    assert therapy.get_therapy_day(db, day.id).plan.window_end == time(18)


def test_keeping_the_booked_slot_keeps_its_booking_and_drops_free_slots_that_do_not_fit(
        db, london, key):
    day = _day(db, london)
    late = _slot_at(db, day.id, 17)
    booking = therapy.book(db, key, late.id, person="Robin Canary", role="crew")
    kept_ids = [s.id for s in therapy.slots(db, day.id)][:6]
    therapy.regenerate(db, day.id, DayPlan(time(10), time(16)), keep_booked=True)
    slots = therapy.slots(db, day.id, key)
    assert _local(slots) == ["10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "17:00"]
    assert [s.id for s in slots[:6]] == kept_ids
    assert (slots[-1].id, slots[-1].origin, slots[-1].booking.person) == (
        late.id, "added", "Robin Canary")
    assert therapy.get_booking(db, booking.id).status == "booked"
    assert therapy.get_therapy_day(db, day.id).plan.window_end == time(16)


def test_cancelling_the_booked_slot_that_no_longer_fits_takes_it_away(db, london, key):
    day = _day(db, london)
    late = _slot_at(db, day.id, 17)
    booking = therapy.book(db, key, late.id, person="Robin Canary")
    therapy.regenerate(db, day.id, DayPlan(time(10), time(16)), keep_booked=False)
    assert _local(therapy.slots(db, day.id)) == [f"{h:02d}:00" for h in range(10, 16)]
    assert therapy.get_booking(db, booking.id).status == "cancelled"
    with pytest.raises(WellnessError, match="does not exist"):
        therapy.get_slot(db, late.id)


def test_a_booked_slot_that_still_fits_keeps_its_booking_and_blocked_slots_stay_blocked(
        db, london, key):
    day = _day(db, london)
    booked, blocked = _slot_at(db, day.id, 11), _slot_at(db, day.id, 13)
    therapy.book(db, key, booked.id, person="Robin Canary")
    therapy.block_slot(db, blocked.id)
    change = therapy.regenerate(db, day.id, DayPlan(time(10), time(20)))
    assert (change.clashes, change.dropped) == ([], [])
    assert [a.astimezone(LONDON).strftime("%H:%M") for a, _ in change.new_times] == [
        "18:00", "19:00"]
    assert therapy.get_slot(db, booked.id).booking is not None
    assert therapy.get_slot(db, blocked.id).blocked
    assert len(therapy.slots(db, day.id)) == 10


def test_a_kept_booking_is_never_overlapped_by_the_new_layout(db, london, key):
    """Robin's 11:00 stays; the new half-past layout must leave room around it."""
    day = _day(db, london)
    therapy.book(db, key, _slot_at(db, day.id, 11).id, person="Robin Canary")
    therapy.regenerate(db, day.id, DayPlan(time(10, 30), time(18)), keep_booked=True)
    slots = therapy.slots(db, day.id)
    assert _no_overlaps(slots)
    assert _local(slots) == ["11:00", "12:30", "13:30", "14:30", "15:30", "16:30"]
    # And back again: the old 11:00 is not laid a second time on top of the kept one.
    therapy.regenerate(db, day.id, DayPlan(time(10), time(18)))
    slots = therapy.slots(db, day.id)
    assert _no_overlaps(slots)
    assert _local(slots) == [f"{h:02d}:00" for h in range(10, 18)]


def test_a_hand_added_slot_survives_regeneration_and_is_not_overlapped(db, london):
    day = _day(db, london)
    early = therapy.add_slot(db, day.id, start=_at(9), end=_at(9, 50))
    therapy.regenerate(db, day.id, DayPlan(time(9), time(12)))
    slots = therapy.slots(db, day.id)
    assert _no_overlaps(slots)
    assert [(s.id == early.id, t) for s, t in zip(slots, _local(slots), strict=True)] == [
        (True, "09:00"), (False, "10:00"), (False, "11:00")]


def test_a_bad_new_plan_is_refused_and_changes_nothing(db, london):
    day = _day(db, london)
    with pytest.raises(WellnessError, match="ends at 09:00, not after"):
        therapy.regenerate(db, day.id, DayPlan(time(10), time(9)))
    assert len(therapy.slots(db, day.id)) == 8


# -- bookings ----------------------------------------------------------------------------


def test_a_booking_holds_the_person_contact_role_and_notes(db, london, key):
    slot = therapy.slots(db, _day(db, london).id)[0]
    booking = therapy.book(db, key, slot.id, person="  Robin   Canary ",
                           contact="+44 7700 900123", role="crew", notes="prefers remote")
    assert (booking.person, booking.contact, booking.role, booking.notes, booking.status,
            booking.late_cancel) == ("Robin Canary", "+44 7700 900123", "crew",
                                     "prefers remote", "booked", False)
    assert therapy.get_slot(db, slot.id, key).booking == booking
    assert not therapy.get_slot(db, slot.id).free
    with pytest.raises(WellnessError, match="this slot is already booked"):
        therapy.book(db, key, slot.id, person="Sam Reyes")
    assert _rows(db, "therapy_booking") == 1


@pytest.mark.parametrize(("fields", "message"), [
    ({"person": "   "}, "person: give a name, initials or an alias"),
    ({"person": "x" * 81}, "longer than 80 characters"),
    ({"person": "RC", "role": "roadie"}, "role: 'roadie' is not one of"),
])
def test_a_booking_with_a_bad_person_or_role_is_refused(db, london, key, fields, message):
    slot = therapy.slots(db, _day(db, london).id)[0]
    with pytest.raises(WellnessError, match=message):
        therapy.book(db, key, slot.id, **fields)
    assert _rows(db, "therapy_booking") == 0


def test_initials_or_an_alias_are_enough(db, london, key):
    slot = therapy.slots(db, _day(db, london).id)[0]
    assert therapy.book(db, key, slot.id, person="R.C.").person == "R.C."


def test_one_person_cannot_hold_two_overlapping_slots_however_the_name_is_typed(
        db, london, key):
    """Two therapists at the London stop: Ada in person on the hour, Ben remote at half past."""
    ada = _day(db, london)
    ben = _day(db, london, DayPlan(time(10, 30), time(18)), provider="Dr. Ben Okoro",
               mode="remote")
    therapy.book(db, key, _slot_at(db, ada.id, 11).id, person="Robin Canary")
    for half_past in (10, 11):
        with pytest.raises(WellnessError, match=r"already has a session at 11:00 "
                                                r"\(10 Jul · London · Roundhouse\)"):
            therapy.book(db, key, _slot_at(db, ben.id, half_past, 30).id,
                         person=" robin  CANARY")
    assert _rows(db, "therapy_booking") == 1
    assert therapy.book(db, key, _slot_at(db, ben.id, 12, 30).id, person="ROBIN canary")
    assert therapy.book(db, key, _slot_at(db, ben.id, 10, 30).id, person="Sam Reyes")
    assert therapy.book(db, key, _slot_at(db, ada.id, 14).id, person="Robin Canary")


def test_after_a_cancel_the_same_person_may_book_an_overlapping_slot(db, london, key):
    ada = _day(db, london)
    ben = _day(db, london, DayPlan(time(10, 30), time(18)), provider="Dr. Ben Okoro")
    first = therapy.book(db, key, _slot_at(db, ada.id, 11).id, person="Robin Canary")
    therapy.cancel_booking(db, first.id)
    again = therapy.book(db, key, _slot_at(db, ben.id, 11, 30).id, person="robin canary")
    assert again.status == "booked"


def test_after_the_session_it_is_marked_attended_or_no_show(db, london, key):
    day = _day(db, london)
    robin = therapy.book(db, key, _slot_at(db, day.id, 10).id, person="Robin Canary")
    sam = therapy.book(db, key, _slot_at(db, day.id, 11).id, person="Sam Reyes")
    assert therapy.set_status(db, robin.id, "attended").status == "attended"
    assert therapy.set_status(db, sam.id, "no_show").status == "no_show"
    assert therapy.get_booking(db, sam.id).billable
    assert therapy.set_status(db, sam.id, "booked").status == "booked"  # a mistake undone
    with pytest.raises(WellnessError, match="cancel with cancel_booking"):
        therapy.set_status(db, sam.id, "cancelled")
    with pytest.raises(WellnessError, match="status: 'showed' is not"):
        therapy.set_status(db, sam.id, "showed")
    therapy.cancel_booking(db, sam.id)
    with pytest.raises(WellnessError, match="this booking was cancelled"):
        therapy.set_status(db, sam.id, "attended")


def test_a_cancel_frees_the_slot_and_a_late_cancel_stays_billable(db, london, key):
    day = _day(db, london)
    slot = _slot_at(db, day.id, 10)
    robin = therapy.book(db, key, slot.id, person="Robin Canary")
    assert therapy.cancel_booking(db, robin.id, late=True) is None  # nobody waiting
    cancelled = therapy.get_booking(db, robin.id)
    assert (cancelled.status, cancelled.late_cancel, cancelled.billable, cancelled.live) == (
        "cancelled", True, True, False)
    assert therapy.get_slot(db, slot.id).free
    with pytest.raises(WellnessError, match="already cancelled"):
        therapy.cancel_booking(db, robin.id)
    sam = therapy.book(db, key, slot.id, person="Sam Reyes")
    therapy.cancel_booking(db, sam.id)
    assert not therapy.get_booking(db, sam.id).billable


def test_a_slot_says_what_it_is_now_in_one_word(db, london, key):
    day = _day(db, london, DayPlan(time(10), time(15)))
    ten, eleven, noon, one, two = therapy.slots(db, day.id)
    therapy.set_status(db, therapy.book(db, key, ten.id, person="Robin Canary").id,
                       "attended")
    therapy.book(db, key, eleven.id, person="Sam Reyes")
    therapy.set_status(db, therapy.book(db, key, noon.id, person="Alex Kim").id, "no_show")
    therapy.block_slot(db, one.id)
    therapy.cancel_booking(db, therapy.book(db, key, two.id, person="Jo Brennan").id,
                           late=True)
    states = [s.state for s in therapy.slots(db, day.id)]
    assert states == [therapy.SlotState.ATTENDED, therapy.SlotState.BOOKED,
                      therapy.SlotState.NO_SHOW, therapy.SlotState.BLOCKED,
                      therapy.SlotState.FREE]  # a cancelled booking leaves the slot free
    assert [s.label for s in states] == ["attended", "booked", "no-show", "blocked", "free"]


def test_a_late_cancel_keeps_the_day_paid_and_one_in_time_releases_it(db, tour, london, key):
    therapy.set_budget(db, tour.id, amount="1000", currency="EUR")
    day = _day(db, london, cost_per_day="900")
    late = therapy.book(db, key, _slot_at(db, day.id, 10).id, person="Robin Canary")
    therapy.cancel_booking(db, late.id, late=True)
    # The day is billed already: the next booking costs nothing more.
    therapy.book(db, key, _slot_at(db, day.id, 11).id, person="Sam Reyes")
    assert therapy.budget(db, tour.id).remaining == Decimal("100.00")
    other = _day(db, _stop(db, tour, date(2026, 7, 13), city="Leeds", venue="Brudenell"),
                 cost_per_day="900")
    early = therapy.book(db, key, therapy.slots(db, other.id)[0].id, person="Alex Kim",
                         allow_over_budget=True)
    therapy.cancel_booking(db, early.id)
    # Cancelled in time, the day costs nothing; the next booking carries the day again.
    with pytest.raises(OverBudget, match=re.escape("costs 900.00 EUR; only 100.00 EUR")):
        therapy.book(db, key, therapy.slots(db, other.id)[1].id, person="Jo Brennan")


def test_a_cancel_offers_the_slot_to_the_first_waiting_who_is_booked_in_one_go(
        db, london, key):
    day = _day(db, london)
    slot = _slot_at(db, day.id, 14)
    robin = therapy.book(db, key, slot.id, person="Robin Canary")
    start = datetime(2026, 7, 1, 9, 0, tzinfo=UTC)
    sam = therapy.add_to_waitlist(db, key, day.id, person="Sam Reyes", contact="sam@x.invalid",
                                  role="venue_staff", now=start)
    therapy.add_to_waitlist(db, key, day.id, person="Alex Kim", now=start + timedelta(hours=1))
    offered = therapy.cancel_booking(db, robin.id, vault=key)
    assert (offered.id, offered.person, offered.contact, offered.role) == (
        sam.id, "Sam Reyes", "sam@x.invalid", "venue_staff")
    booking = therapy.book_from_waitlist(db, key, offered.id, slot.id)
    assert (booking.person, booking.contact, booking.role, booking.slot_id) == (
        "Sam Reyes", "sam@x.invalid", "venue_staff", slot.id)
    assert [w.person for w in therapy.waitlist(db, day.id, key)] == ["Alex Kim"]
    with pytest.raises(WellnessError, match="no longer on the waitlist"):
        therapy.book_from_waitlist(db, key, sam.id, _slot_at(db, day.id, 15).id)


def test_a_locked_laptop_still_sees_who_waits_first_but_not_their_name(db, london, key):
    day = _day(db, london)
    robin = therapy.book(db, key, _slot_at(db, day.id, 14).id, person="Robin Canary")
    sam = therapy.add_to_waitlist(db, key, day.id, person="Sam Reyes")
    offered = therapy.cancel_booking(db, robin.id)
    assert (offered.id, offered.person, offered.contact) == (sam.id, None, None)


def test_booking_from_the_waitlist_into_a_blocked_slot_keeps_them_waiting(db, london, key):
    day = _day(db, london)
    blocked = therapy.block_slot(db, _slot_at(db, day.id, 16).id)
    sam = therapy.add_to_waitlist(db, key, day.id, person="Sam Reyes")
    with pytest.raises(WellnessError, match="this slot is blocked"):
        therapy.book_from_waitlist(db, key, sam.id, blocked.id)
    assert [w.id for w in therapy.waitlist(db, day.id)] == [sam.id]
    assert _rows(db, "therapy_booking") == 0


# -- the therapy budget ------------------------------------------------------------------


def _money_types(money):
    return {type(v) for v in (money.amount, money.committed, money.spent, money.remaining)}


def test_per_session_costs_move_from_committed_to_spent(db, tour, london, key):
    therapy.set_budget(db, tour.id, amount="1000", currency="eur")
    day = _day(db, london, cost_per_session="150")
    assert day.cost_per_session == Decimal("150.00") and day.cost_per_day is None
    people = ["Robin Canary", "Sam Reyes", "Alex Kim", "Jo Brennan"]
    ids = [therapy.book(db, key, _slot_at(db, day.id, 10 + i).id, person=p).id
           for i, p in enumerate(people)]
    money = therapy.budget(db, tour.id)
    assert (money.currency, money.committed, money.spent, money.remaining) == (
        "EUR", Decimal("600.00"), Decimal("0.00"), Decimal("400.00"))
    therapy.set_status(db, ids[0], "attended")
    therapy.set_status(db, ids[1], "no_show")
    therapy.cancel_booking(db, ids[2], late=True)
    therapy.cancel_booking(db, ids[3])
    money = therapy.budget(db, tour.id)
    assert (money.committed, money.spent, money.remaining) == (
        Decimal("0.00"), Decimal("450.00"), Decimal("550.00"))
    assert _money_types(money) == {Decimal}


def test_a_per_day_cost_is_committed_once_and_spent_once_anyone_came(db, tour, london, key):
    therapy.set_budget(db, tour.id, amount="2000", currency="GBP")
    day = _day(db, london, cost_per_day="900")
    assert therapy.budget(db, tour.id).committed == Decimal("0.00")
    robin = therapy.book(db, key, _slot_at(db, day.id, 10).id, person="Robin Canary")
    therapy.book(db, key, _slot_at(db, day.id, 11).id, person="Sam Reyes")
    money = therapy.budget(db, tour.id)
    assert (money.committed, money.spent) == (Decimal("900.00"), Decimal("0.00"))
    therapy.set_status(db, robin.id, "attended")
    money = therapy.budget(db, tour.id)
    assert (money.committed, money.spent, money.remaining) == (
        Decimal("0.00"), Decimal("900.00"), Decimal("1100.00"))


def test_a_per_day_cost_is_released_when_every_booking_is_cancelled_in_time(
        db, tour, london, key):
    therapy.set_budget(db, tour.id, amount="2000", currency="GBP")
    day = _day(db, london, cost_per_day="900")
    robin = therapy.book(db, key, _slot_at(db, day.id, 10).id, person="Robin Canary")
    therapy.cancel_booking(db, robin.id)
    money = therapy.budget(db, tour.id)
    assert (money.committed, money.spent, money.remaining) == (
        Decimal("0.00"), Decimal("0.00"), Decimal("2000.00"))


def test_costs_are_summed_across_the_stops_of_the_tour(db, tour, london, key):
    berlin = _stop(db, tour, date(2026, 7, 13), city="Berlin", venue="Columbiahalle",
                   tz="Europe/Berlin")
    therapy.set_budget(db, tour.id, amount="1000", currency="EUR")
    a = _day(db, london, cost_per_session="120.50")
    b = _day(db, berlin, cost_per_session="99.99", cost_per_day="100")
    therapy.book(db, key, therapy.slots(db, a.id)[0].id, person="Robin Canary")
    therapy.book(db, key, therapy.slots(db, b.id)[0].id, person="Robin Canary")
    therapy.book(db, key, therapy.slots(db, b.id)[1].id, person="Sam Reyes")
    assert therapy.budget(db, tour.id).remaining == Decimal("579.52")


def test_cents_add_up_exactly(db, tour, london, key):
    therapy.set_budget(db, tour.id, amount="1", currency="USD")
    day = _day(db, london, cost_per_session="0.10")
    for hour, person in ((10, "A"), (11, "B"), (12, "C")):
        therapy.book(db, key, _slot_at(db, day.id, hour).id, person=person)
    money = therapy.budget(db, tour.id)
    assert str(money.committed) == "0.30"
    assert money.remaining == Decimal("0.70")


def test_a_booking_that_exceeds_the_budget_is_stopped_unless_allowed(db, tour, london, key):
    therapy.set_budget(db, tour.id, amount="500", currency="EUR")
    day = _day(db, london, cost_per_session="100", cost_per_day="250")
    therapy.book(db, key, _slot_at(db, day.id, 10).id, person="Robin Canary")  # 350
    therapy.book(db, key, _slot_at(db, day.id, 11).id, person="Sam Reyes")  # 100
    assert therapy.budget(db, tour.id).remaining == Decimal("50.00")
    third = _slot_at(db, day.id, 12).id
    with pytest.raises(OverBudget, match=re.escape(
            "this booking costs 100.00 EUR; only 50.00 EUR of the therapy budget is left")):
        therapy.book(db, key, third, person="Alex Kim")
    assert _rows(db, "therapy_booking") == 2
    assert therapy.get_slot(db, third).free
    booked = therapy.book(db, key, third, person="Alex Kim", allow_over_budget=True)
    assert booked.status == "booked"
    assert therapy.budget(db, tour.id).remaining == Decimal("-50.00")


def test_the_first_booking_of_a_per_day_provider_carries_the_whole_day(db, tour, london, key):
    therapy.set_budget(db, tour.id, amount="800", currency="EUR")
    day = _day(db, london, cost_per_day="900")
    with pytest.raises(OverBudget, match=re.escape("costs 900.00 EUR; only 800.00 EUR")):
        therapy.book(db, key, _slot_at(db, day.id, 10).id, person="Robin Canary")
    assert _rows(db, "therapy_booking") == 0


def test_the_waitlist_respects_the_budget_too(db, tour, london, key):
    therapy.set_budget(db, tour.id, amount="100", currency="EUR")
    day = _day(db, london, cost_per_session="150")
    sam = therapy.add_to_waitlist(db, key, day.id, person="Sam Reyes")
    slot = _slot_at(db, day.id, 10).id
    with pytest.raises(OverBudget):
        therapy.book_from_waitlist(db, key, sam.id, slot)
    assert [w.id for w in therapy.waitlist(db, day.id)] == [sam.id]
    therapy.book_from_waitlist(db, key, sam.id, slot, allow_over_budget=True)
    assert therapy.waitlist(db, day.id) == []


def test_without_a_budget_bookings_are_not_stopped(db, tour, london, key):
    day = _day(db, london, cost_per_session="150")
    therapy.book(db, key, therapy.slots(db, day.id)[0].id, person="Robin Canary")
    assert therapy.budget(db, tour.id) is None


def test_money_is_stored_as_decimal_text_never_a_float(db, tour, london):
    money = therapy.set_budget(db, tour.id, amount=Decimal("2400.5"), currency="USD")
    assert money.amount == Decimal("2400.50") and _money_types(money) == {Decimal}
    day = _day(db, london, cost_per_session="150", cost_per_day=75)
    assert {type(day.cost_per_session), type(day.cost_per_day)} == {Decimal}
    assert db.execute("SELECT typeof(amount), amount FROM therapy_budget").fetchone() == (
        "text", "2400.50")
    assert db.execute("SELECT typeof(cost_per_session), typeof(cost_per_day)"
                      " FROM therapy_day").fetchone() == ("text", "text")


@pytest.mark.parametrize("amount", ["-5", "abc", "12,5,0", "NaN", "Infinity", "1e30", "", None,
                                    "1.500", "12.34,56"])
def test_a_bad_budget_amount_is_refused_and_the_old_budget_stays(db, tour, amount):
    therapy.set_budget(db, tour.id, amount="2400", currency="USD")
    with pytest.raises(WellnessError, match="budget: "):
        therapy.set_budget(db, tour.id, amount=amount, currency="EUR")
    money = therapy.budget(db, tour.id)
    assert (money.amount, money.currency) == (Decimal("2400.00"), "USD")


@pytest.mark.parametrize("currency", ["EURO", "€", "E1R", "", "ÄÖÜ", "US"])
def test_a_bad_currency_is_refused_and_nothing_is_saved(db, tour, currency):
    with pytest.raises(WellnessError, match=r"currency: .* is not a code like USD or EUR"):
        therapy.set_budget(db, tour.id, amount="2400", currency=currency)
    assert therapy.budget(db, tour.id) is None


def test_a_festival_has_no_therapy_budget(db, festival):
    with pytest.raises(WellnessError, match="is not a tour: the therapy budget is a tour's"):
        therapy.set_budget(db, festival["activation"].id, amount="100", currency="EUR")


# -- personal data at rest -------------------------------------------------------------


@pytest.fixture(params=["keyring", "passphrase"])
def any_key(request, db):
    """The data key as a laptop with a keyring (PIN) or without one (passphrase) holds it."""
    if request.param == "passphrase":
        request.getfixturevalue("no_keyring")
        opened = vault.set_up(db, "a long tour passphrase")
    else:
        opened = vault.set_up(db, "4821")
    assert vault.status(db).mode == request.param
    return opened


def _plant_canaries(db, stop, key):
    day = _day(db, stop, key=key, provider="Dr. Plainview Control",
               provider_contact=CANARY_PROVIDER_CONTACT)
    slot = therapy.slots(db, day.id)[0]
    therapy.book(db, key, slot.id, person=CANARY_NAME, contact=CANARY_CONTACT, role="crew",
                 notes=CANARY_NOTE)
    therapy.add_to_waitlist(db, key, day.id, person=CANARY_WAITING, contact=CANARY_CONTACT)
    return day


def _database_bytes(db_path):
    files = [db_path, db_path.with_name(db_path.name + "-wal"),
             db_path.with_name(db_path.name + "-shm")]
    assert all(f.exists() for f in files), files
    assert files[1].stat().st_size > 0  # the last writes are still in the WAL
    return {f.name: f.read_bytes() for f in files}


def _needles(*texts):
    words = [w for t in texts for w in (t, t.casefold(), *re.split(r"[ @]", t)) if len(w) > 4]
    return {(w, enc): w.encode(enc) for w in set(words)
            for enc in ("utf-8", "utf-16-le", "utf-16-be")}


def test_no_canary_can_be_found_in_the_database_files(db, db_path, london, any_key,
                                                      test_keyring):
    _plant_canaries(db, london, any_key)
    found = _database_bytes(db_path)
    blob = b"".join(found.values())
    # The scan sees fresh writes: the provider's name is not personal and is stored as typed.
    assert b"Dr. Plainview Control" in blob
    leaks = [(name, word, enc) for (word, enc), needle in _needles(
        CANARY_NAME, CANARY_CONTACT, CANARY_NOTE, CANARY_WAITING, CANARY_PROVIDER_CONTACT,
    ).items() for name, data in found.items() if needle in data]
    assert leaks == []
    assert not any(CANARY_NAME in v for v in test_keyring.passwords.values())


def test_the_canaries_come_back_only_with_the_key(db, london, any_key):
    day = _plant_canaries(db, london, any_key)
    secret = "4821" if vault.status(db).mode == "keyring" else "a long tour passphrase"
    again = vault.unlock(db, secret)
    sheet = therapy.day_sheet(db, day.id, again)
    booking = sheet.slots[0].booking
    assert (booking.person, booking.contact, booking.notes) == (
        CANARY_NAME, CANARY_CONTACT, CANARY_NOTE)
    assert [w.person for w in sheet.waitlist] == [CANARY_WAITING]
    assert sheet.provider_contact == CANARY_PROVIDER_CONTACT


def test_locked_the_day_shows_status_and_role_but_no_person(db, london, key):
    day = _plant_canaries(db, london, key)
    booking = therapy.slots(db, day.id)[0].booking
    assert (booking.person, booking.contact, booking.notes, booking.role, booking.status) == (
        None, None, None, "crew", "booked")
    sheet = therapy.day_sheet(db, day.id)
    assert sheet.slots[0].booking.person is None
    assert [(w.person, w.contact) for w in sheet.waitlist] == [(None, None)]
    assert sheet.provider_contact is None
    assert CANARY_NAME not in repr(sheet)


def test_another_laptops_key_cannot_open_the_names(db, london, key):
    day = _plant_canaries(db, london, key)
    stranger = vault.set_up(memory_db(), "9999")
    with pytest.raises(WellnessError, match=r"booking\.person: cannot be decrypted"):
        therapy.slots(db, day.id, stranger)


# -- anonymous weekly counts -----------------------------------------------------------


def test_counts_leave_per_tour_per_iso_week_without_names_or_roles(db, tour, london, key):
    paris = _stop(db, tour, date(2026, 7, 12), city="Paris", venue="Zénith", tz="Europe/Paris")
    berlin = _stop(db, tour, date(2026, 7, 13), city="Berlin", venue="Columbiahalle",
                   tz="Europe/Berlin")
    in_london, in_paris, in_berlin = _day(db, london), _day(db, paris), _day(db, berlin)
    therapy.block_slot(db, _slot_at(db, in_london.id, 17).id)
    statuses = ["attended", "no_show", "booked", "cancelled"]
    for hour, (person, status) in enumerate(zip(
            [CANARY_NAME, "Sam Reyes", "Alex Kim", "Jo Brennan"], statuses, strict=True)):
        booking = therapy.book(db, key, _slot_at(db, in_london.id, 10 + hour).id,
                               person=person, role="artist")
        if status == "cancelled":
            therapy.cancel_booking(db, booking.id, late=True)
        elif status != "booked":
            therapy.set_status(db, booking.id, status)
    held = therapy.book(db, key, therapy.slots(db, in_paris.id)[0].id, person="Sam Reyes",
                        role="crew")
    therapy.set_status(db, held.id, "attended")
    therapy.book(db, key, therapy.slots(db, in_berlin.id)[0].id, person="Robin", role="family")
    other = activations.create_activation(
        db, name="Other Tour", kind="tour", start=date(2026, 7, 1), end=date(2026, 7, 31),
        tz="Europe/London")
    _day(db, _stop(db, other, date(2026, 7, 10)))

    counts = therapy.weekly_counts(db, tour.id)

    assert [(c.iso_week, c.offered, c.booked, c.held, c.no_show) for c in counts] == [
        ("2026-W28", 15, 4, 2, 1),
        ("2026-W29", 8, 1, 0, 0),
    ]
    assert {c.activation_id for c in counts} == {tour.id}
    assert {f.name for f in dataclasses.fields(therapy.WeeklyCount)} == {
        "activation_id", "iso_week", "offered", "booked", "held", "no_show"}
    for count in counts:
        numbers = (count.activation_id, count.offered, count.booked, count.held, count.no_show)
        assert all(type(n) is int for n in numbers)
        assert re.fullmatch(r"\d{4}-W\d{2}", count.iso_week)
        text = repr(count)
        assert not any(w in text for w in ("Canary", "artist", "crew", "family", "Jul", "Paris"))


def test_a_tour_with_no_therapy_day_sends_no_counts(db, tour, london):
    assert therapy.weekly_counts(db, tour.id) == []


def test_money_is_never_a_float_and_never_rounded_silently(db):
    from decimal import Decimal

    from wellness_desk.therapy import _money

    with pytest.raises(TypeError):
        _money(12.5, "cost")
    with pytest.raises(WellnessError, match="more than two decimals"):
        _money("12.3456", "cost")
    with pytest.raises(WellnessError, match="more than two decimals"):
        _money("12.345", "cost", decimal_point=".")
    assert _money("12.3", "cost") == Decimal("12.30")


@pytest.mark.parametrize(("typed", "point", "amount"), [
    ("150,00", None, "150.00"), ("150.00", None, "150.00"), ("150", None, "150.00"),
    ("1.234,56", None, "1234.56"), ("1,234.56", None, "1234.56"), ("0,5", None, "0.50"),
    ("1 234,56", None, "1234.56"), ("1\u202f234,56", None, "1234.56"),
    ("1.234.567,89", None, "1234567.89"), ("1,234,567", None, "1234567.00"),
    ("1.500", ",", "1500.00"), ("1,500", ",", "1.50"), ("1,500", ".", "1500.00"),
    (" 2400,5 ", ",", "2400.50"),
])
def test_money_typed_the_local_way_is_read_exactly(typed, point, amount):
    from wellness_desk.money import parse_amount

    parsed = parse_amount(typed, decimal_point=point)
    assert (parsed, type(parsed)) == (Decimal(amount), Decimal)
    assert str(parsed) == amount


@pytest.mark.parametrize(("typed", "says"), [
    ("1.500", "'1.500' is unclear (thousands, or decimals?): write 1500"),
    ("1,500", "'1,500' is unclear (thousands, or decimals?): write 1500"),
    ("1.234,567", "more than two decimals"),
    ("12.34,56", "mixes separators"),
    ("1,2,3", "not an amount of money"),
    ("150 EUR", "not an amount of money"),
    ("-150,00", "not an amount of money"),
])
def test_money_that_cannot_be_read_one_way_is_refused_with_the_reason(typed, says):
    from wellness_desk.money import parse_amount

    with pytest.raises(WellnessError, match=re.escape(says)) as refused:
        parse_amount(typed, label="cost per session", field="cost_per_session")
    assert str(refused.value).startswith("cost per session: ")
    assert refused.value.field == "cost_per_session"


def test_a_budget_typed_the_local_way_is_kept_in_cents(db, tour):
    money = therapy.set_budget(db, tour.id, amount="2.400,50", currency="eur")
    assert (money.amount, money.currency) == (Decimal("2400.50"), "EUR")
    assert db.execute("SELECT amount FROM therapy_budget").fetchone() == ("2400.50",)
    with pytest.raises(WellnessError) as refused:
        therapy.set_budget(db, tour.id, amount="2.400", currency="EUR")
    assert refused.value.field == "amount"
    assert therapy.budget(db, tour.id).amount == Decimal("2400.50")


@pytest.mark.parametrize("keep", [True, False])
def test_a_session_that_took_place_survives_any_new_plan(db, london, key, keep):
    therapy_day = _day(db, london)
    held = _slot_at(db, therapy_day.id, 16)
    pending = _slot_at(db, therapy_day.id, 17)
    attended = therapy.book(db, key, held.id, person="Came along")
    therapy.set_status(db, attended.id, "attended")
    therapy.book(db, key, pending.id, person="Still booked")
    shorter = DayPlan(time(10), time(13))
    change = therapy.regenerate(db, therapy_day.id, shorter, keep_booked=keep)
    assert [s.id for s in change.held] == [held.id]
    assert [s.id for s in change.clashes] == [pending.id]
    assert therapy.get_booking(db, attended.id).status == "attended"
    assert held.id in [s.id for s in therapy.slots(db, therapy_day.id)]
    assert _no_overlaps(therapy.slots(db, therapy_day.id))


def test_a_session_that_took_place_cannot_be_cancelled(db, london, key):
    therapy_day = _day(db, london)
    booking = therapy.book(db, key, therapy.slots(db, therapy_day.id)[0].id, person="A")
    therapy.set_status(db, booking.id, "no_show")
    with pytest.raises(WellnessError, match="took place"):
        therapy.cancel_booking(db, booking.id)


def test_the_waitlist_takes_a_person_once_and_lets_them_go(db, london, key):
    therapy_day = _day(db, london)
    entry = therapy.add_to_waitlist(db, key, therapy_day.id, person="Robin Canary")
    with pytest.raises(WellnessError, match="already on the waitlist"):
        therapy.add_to_waitlist(db, key, therapy_day.id, person=" robin  CANARY")
    therapy.remove_from_waitlist(db, entry.id)
    assert therapy.waitlist(db, therapy_day.id, key) == []
    with pytest.raises(WellnessError, match="no longer on the waitlist"):
        therapy.remove_from_waitlist(db, entry.id)


def test_a_hand_slot_needs_a_length_and_a_sane_one(db, london):
    therapy_day = _day(db, london)
    with pytest.raises(WellnessError, match="same time"):
        therapy.add_slot_at(db, therapy_day.id, start=time(18), end=time(18))
    with pytest.raises(WellnessError, match="longer than 4 hours"):
        therapy.add_slot_at(db, therapy_day.id, start=time(19), end=time(8))
    late = therapy.add_slot_at(db, therapy_day.id, start=time(23, 30), end=time(0, 20))
    assert late.end - late.start == timedelta(minutes=50)


# -- the field a refusal is about, and the questions to ask first ---------------------------

@pytest.mark.parametrize(("fields", "field"), [
    ({"provider": " "}, "provider_name"),
    ({"mode": "carrier pigeon"}, "mode"),
    ({"cost_per_session": "abc"}, "cost_per_session"),
    ({"cost_per_day": "1.500"}, "cost_per_day"),
    ({"plan": DayPlan(time(12), time(10))}, "window_end"),
    ({"plan": DayPlan(time(10), time(10, 30))}, "window_end"),
    ({"plan": DayPlan(time(10), time(18), session_min=5)}, "session_min"),
    ({"plan": DayPlan(time(10), time(18), break_min=200)}, "break_min"),
    ({"plan": DayPlan(time(10), time(18), lunch_start=time(8), lunch_end=time(9))},
     "lunch_start"),
])
def test_a_refused_therapy_day_names_the_field(db, london, fields, field):
    with pytest.raises(WellnessError) as refused:
        _day(db, london, **fields)
    assert refused.value.field == field
    assert _rows(db, "therapy_day") == 0


def test_a_refused_booking_names_the_person_field(db, london, key):
    therapy_day = _day(db, london)
    first, second = therapy.slots(db, therapy_day.id)[:2]
    with pytest.raises(WellnessError) as refused:
        therapy.book(db, key, first.id, person="  ")
    assert refused.value.field == "person"
    therapy.book(db, key, first.id, person="Sam")
    with pytest.raises(WellnessError) as refused:
        therapy.book(db, key, second.id, person="Sam", role="drummer")
    assert refused.value.field == "role"


def test_booked_slots_that_do_not_fit_are_a_plan_clash(db, london, key):
    therapy_day = _day(db, london)
    therapy.book(db, key, _slot_at(db, therapy_day.id, 17).id, person="Late one")
    with pytest.raises(therapy.PlanClash, match=r"1 booked slot\(s\) do not fit"):
        therapy.regenerate(db, therapy_day.id, DayPlan(time(10), time(12)))


def test_with_plan_changes_a_day_s_plan(db, london):
    therapy_day = _day(db, london)
    assert therapy.with_plan(therapy_day.plan, window_end=time(12)) == DayPlan(
        time(10), time(12))


@pytest.mark.parametrize(("before", "ahead"), [
    (timedelta(weeks=3), "in 3 weeks"), (timedelta(days=3, hours=2), "in 3 days"),
    (timedelta(minutes=80), "in 80 minutes"), (timedelta(hours=5), "in 5 hours"),
])
def test_marking_a_session_that_has_not_started_asks_first(db, london, key, before, ahead):
    therapy_day = _day(db, london)
    slot = _slot_at(db, therapy_day.id, 10)
    for status, what in (("attended", "attended"), ("no_show", "a no-show")):
        question = therapy.early_status_question(slot, status, "Europe/London",
                                                 now=slot.start - before)
        assert question == (f"This session starts Fri 10 Jul at 10:00 ({ahead}): it has not "
                            f"taken place yet. Mark it {what} anyway? You can set it back to "
                            "booked later.")


def test_marking_a_session_that_started_asks_nothing(db, london):
    slot = _slot_at(db, _day(db, london).id, 10)
    for now in (slot.start, slot.start + timedelta(minutes=1), slot.end + timedelta(days=1)):
        assert therapy.early_status_question(slot, "attended", "Europe/London", now=now) is None
    assert therapy.early_status_question(slot, "booked", "Europe/London",
                                         now=slot.start - timedelta(days=9)) is None


def test_a_cancel_says_whether_it_is_billed_and_that_it_is_final(db, tour, london, key):
    therapy.set_budget(db, tour.id, amount="900", currency="GBP")
    therapy_day = _day(db, london, cost_per_session="120,50")
    booking = therapy.book(db, key, _slot_at(db, therapy_day.id, 10).id, person="Sam")
    plain = therapy.cancel_question(db, booking.id, late=False)
    assert "not billed" in plain and "cannot be undone" in plain
    late = therapy.cancel_question(db, booking.id, late=True)
    assert "stays billable (120.50 GBP counts as spent" in late and "cannot be undone" in late
    assert therapy.get_booking(db, booking.id).status == "booked"  # asking changes nothing
