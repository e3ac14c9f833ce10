"""A laptop whose clock is wrong is told so, in words; its actions keep their stamps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from wellness_desk import clock, kits, schedule, therapy
from wellness_desk.clock_check import (
    clock_behind_warning,
    duration_text,
    hub_date,
    skew_warning,
)

HUB = datetime(2026, 7, 4, 13, 0, tzinfo=UTC)


@pytest.mark.parametrize(("laptop", "words"), [
    (HUB + timedelta(minutes=6), "6 min ahead of the hub's"),
    (HUB - timedelta(hours=2, minutes=5), "2 h 5 min behind the hub's"),
    (HUB + timedelta(days=366, hours=1), "366 days 1 h ahead of the hub's"),
], ids=["ahead", "behind", "a-year-ahead"])
def test_a_clock_past_five_minutes_either_way_is_told_which_way_and_by_how_much(laptop, words):
    warning = skew_warning(HUB, laptop)
    assert warning is not None
    assert f"this laptop's clock is {words}: set it right" in warning
    assert "kept and counted" in warning


@pytest.mark.parametrize("off", [timedelta(0), timedelta(minutes=5), -timedelta(minutes=5),
                                 timedelta(minutes=4, seconds=59)], ids=str)
def test_clocks_within_five_minutes_say_nothing(off):
    assert skew_warning(HUB, HUB + off) is None


def test_the_hubs_date_header_is_read_and_a_broken_one_ignored():
    assert hub_date("Sat, 04 Jul 2026 13:00:00 GMT") == HUB
    assert hub_date("Sat, 04 Jul 2026 15:00:00 +0200") == HUB
    for odd in (None, "", "yesterday", "Sat, 99 Foo 2026"):
        assert hub_date(odd) is None


def test_durations_read_like_a_person_says_them():
    assert duration_text(timedelta(minutes=7, seconds=59)) == "7 min"
    assert duration_text(timedelta(hours=2)) == "2 h"
    assert duration_text(timedelta(days=1, minutes=3)) == "1 day"


def _tap(db, festival, at: datetime):
    return kits.hand_out(db, kit_type_id=festival["earplugs"].id,
                         location_id=festival["tent"].id, now=at)


def test_an_empty_laptop_has_nothing_to_be_behind(db, festival):
    # Stock received is no action of the day: the boxes may be logged ahead.
    assert clock_behind_warning(db, datetime(2020, 1, 1, tzinfo=UTC)) is None


def test_a_clock_set_back_before_the_newest_hand_out_is_told_at_start_up(db, festival):
    _tap(db, festival, datetime(2026, 7, 4, 13, 0, tzinfo=UTC))
    _tap(db, festival, datetime(2026, 7, 4, 16, 30, tzinfo=UTC))

    warning = clock_behind_warning(db, datetime(2026, 7, 4, 14, 0, tzinfo=UTC))

    assert warning == (
        "This laptop's clock reads 2026-07-04 14:00 UTC, 2 h 30 min before the last action "
        "recorded here (a hand-out at 2026-07-04 16:30 UTC): it may be set wrong. Set it "
        "right; what you record meanwhile is kept and counted.")


def test_a_few_minutes_behind_is_no_warning(db, festival):
    _tap(db, festival, datetime(2026, 7, 4, 13, 0, tzinfo=UTC))
    assert clock_behind_warning(db, datetime(2026, 7, 4, 12, 55, tzinfo=UTC)) is None
    assert clock_behind_warning(db, datetime(2026, 7, 5, 9, 0, tzinfo=UTC)) is None


def test_the_newest_of_undo_door_count_and_booking_is_the_one_named(db, festival):
    tapped = _tap(db, festival, datetime(2026, 7, 4, 13, 0, tzinfo=UTC))
    kits.undo(db, tapped.movement.id, now=datetime(2026, 7, 4, 13, 20, tzinfo=UTC))
    at_1320 = datetime(2026, 7, 4, 13, 0, tzinfo=UTC)
    assert "(an undo at 2026-07-04 13:20 UTC)" in clock_behind_warning(db, at_1320)

    yoga = schedule.create_workshop(db, schedule.Draft(
        location_id=festival["tent"].id, title="Yoga", kind="yoga",
        start=datetime(2026, 7, 4, 14, 0, tzinfo=UTC),
        end=datetime(2026, 7, 4, 15, 0, tzinfo=UTC), capacity=20))
    schedule.door_tap(db, yoga.id, now=datetime(2026, 7, 4, 14, 2, tzinfo=UTC))
    assert "(a door count at 2026-07-04 14:02 UTC)" in clock_behind_warning(db, at_1320)


def test_a_booking_is_an_action_too(db, tour_day):
    key, slot_id = tour_day
    with clock.set_wrong(timedelta(days=2)):  # booked while the clock ran two days ahead
        therapy.book(db, key, slot_id, person="Canary Person", role="crew")

    warning = clock_behind_warning(db, clock.utcnow())

    assert warning is not None and "before the last action recorded here (a booking" in (
        warning)
    assert "Canary" not in warning  # a time and a kind of action, never who


@pytest.fixture
def tour_day(db):
    """A tour with one therapy day, the vault set up: (key, the first slot's id)."""
    from datetime import date, time

    from wellness_desk import activations, vault

    tour = activations.create_activation(
        db, name="Tour", kind="tour", start=date(2026, 3, 27), end=date(2026, 10, 31),
        tz="Europe/London")
    stop = activations.add_tour_stop(db, activation_id=tour.id, stop_date=date(2026, 7, 10),
                                     city="London", venue="Roundhouse", tz="Europe/London")
    key = vault.set_up(db, "4821")
    day = therapy.create_therapy_day(db, key, location_id=stop.id, provider_name="Dr Lee",
                                     plan=therapy.DayPlan(time(10), time(12)))
    return key, therapy.slots(db, day.id, key)[0].id


def test_the_clock_seam_moves_every_now_and_puts_it_back():
    right = clock.utcnow()
    with clock.set_wrong(-timedelta(days=3)):
        assert right - clock.utcnow() > timedelta(days=3) - timedelta(minutes=1)
    assert abs(clock.utcnow() - right) < timedelta(minutes=1)


def test_a_stamp_once_put_ahead_stops_mattering_once_the_clock_is_set_right(db, festival):
    _tap(db, festival, datetime(2026, 7, 6, 9, 0, tzinfo=UTC))  # the clock ran two days ahead
    right = datetime(2026, 7, 4, 13, 0, tzinfo=UTC)
    assert clock_behind_warning(db, right) is not None
    _tap(db, festival, right)  # set right, the next tap is stamped truly

    assert clock_behind_warning(db, right + timedelta(minutes=1)) is None
    # Both still count: a wrong stamp is kept as it is.
    assert db.execute("SELECT sum(handed_out) FROM stock_movement").fetchone()[0] == 2
