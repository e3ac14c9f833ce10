"""Activations (a festival, a tour) and their locations."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from wellness_desk import activations
from wellness_desk.clock import next_local_midnight
from wellness_desk.db import connect
from wellness_desk.errors import WellnessError


def _festival(db, name="Riverside", **overrides):
    fields = {
        "name": name, "kind": "festival", "start": date(2026, 7, 3), "end": date(2026, 7, 5),
        "tz": "Europe/London",
    }
    fields.update(overrides)
    return activations.create_activation(db, **fields)


def _count(db):
    return db.execute("SELECT count(*) FROM activation").fetchone()[0]


def test_a_festival_is_created_with_its_dates_and_zone(db):
    fest = _festival(db, name="  Riverside Sound  ")
    assert (fest.name, fest.kind, fest.start_date, fest.end_date, fest.tz) == (
        "Riverside Sound", "festival", date(2026, 7, 3), date(2026, 7, 5), "Europe/London",
    )
    assert fest.zone.key == "Europe/London"
    assert activations.get_activation(db, fest.id) == fest


def test_a_one_day_activation_is_fine(db):
    day = _festival(db, start=date(2026, 7, 4), end=date(2026, 7, 4))
    assert day.start_date == day.end_date


@pytest.mark.parametrize("kind", ["gig", "Festival", "", "tent"])
def test_an_activation_that_is_neither_festival_nor_tour_is_refused(db, kind):
    with pytest.raises(WellnessError, match="activation kind") as refused:
        _festival(db, kind=kind)
    assert "festival, tour" in str(refused.value)
    assert _count(db) == 0


def test_an_activation_ending_before_it_starts_is_refused(db):
    with pytest.raises(WellnessError, match="2026-07-02 is before start 2026-07-03"):
        _festival(db, end=date(2026, 7, 2))
    assert _count(db) == 0


@pytest.mark.parametrize("tz", [
    "Mars/Olympus", "BST", "", "../etc/passwd", "Europe/Atlantis",
    # Real tz-database files that mean "whatever this laptop is set to", not a place.
    "localtime", "posixrules",
])
def test_an_unknown_time_zone_is_refused_naming_the_value(db, tz):
    with pytest.raises(WellnessError) as refused:
        _festival(db, tz=tz)
    assert repr(tz) in str(refused.value)
    assert "IANA" in str(refused.value)
    assert _count(db) == 0


def test_an_unnamed_activation_is_refused(db):
    with pytest.raises(WellnessError, match="must not be empty"):
        _festival(db, name="   ")


@pytest.mark.parametrize("again", ["Riverside", "riverside", " RIVERSIDE "])
def test_two_activations_with_the_same_name_in_any_case_are_refused(db, again):
    _festival(db)
    with pytest.raises(WellnessError, match="already exists"):
        _festival(db, name=again, start=date(2027, 7, 3), end=date(2027, 7, 5))
    assert _count(db) == 1


def test_with_no_activation_there_is_no_current_one(db):
    assert activations.current_activation(db) is None


def test_the_first_activation_becomes_current_and_a_later_one_does_not_take_over(db):
    first = _festival(db, name="Riverside")
    _festival(db, name="Winter Tour", kind="tour", start=date(2026, 12, 1),
              end=date(2026, 12, 20))
    assert activations.current_activation(db) == first


def test_the_chosen_activation_is_remembered_when_the_laptop_reopens_the_file(db_path):
    db = connect(db_path)
    _festival(db, name="Riverside")
    tour = _festival(db, name="Winter Tour", kind="tour", start=date(2026, 12, 1),
                     end=date(2026, 12, 20))
    activations.set_current_activation(db, tour.id)
    db.close()

    reopened = connect(db_path)
    try:
        assert activations.current_activation(reopened) == tour
    finally:
        reopened.close()


def test_choosing_an_activation_that_does_not_exist_is_refused(db):
    fest = _festival(db)
    with pytest.raises(WellnessError, match="activation 999 does not exist"):
        activations.set_current_activation(db, 999)
    assert activations.current_activation(db) == fest


# -- locations -------------------------------------------------------------------------


def test_a_tent_and_a_green_room_are_added_in_order(db):
    fest = _festival(db)
    tent = activations.add_location(db, activation_id=fest.id, name=" Wellness tent ")
    green = activations.add_location(
        db, activation_id=fest.id, name="Green room", kind="green_room"
    )
    assert (tent.name, tent.kind, tent.tz) == ("Wellness tent", "tent", "Europe/London")
    assert (green.kind, green.activation_id) == ("green_room", fest.id)
    assert activations.list_locations(db, fest.id) == [tent, green]


@pytest.mark.parametrize("again", ["Wellness tent", "WELLNESS TENT", "  wellness tent "])
def test_two_locations_with_the_same_name_in_one_activation_are_refused(db, again):
    fest = _festival(db)
    activations.add_location(db, activation_id=fest.id, name="Wellness tent")
    with pytest.raises(WellnessError, match="already exists in Riverside"):
        activations.add_location(db, activation_id=fest.id, name=again)
    assert len(activations.list_locations(db, fest.id)) == 1


def test_the_same_location_name_is_fine_in_another_activation(db):
    one = _festival(db, name="Riverside")
    two = _festival(db, name="Lakeside")
    activations.add_location(db, activation_id=one.id, name="Wellness tent")
    tent = activations.add_location(db, activation_id=two.id, name="Wellness tent")
    assert tent.activation_id == two.id


@pytest.mark.parametrize("kind", ["bar", "Tent", ""])
def test_a_location_of_an_unknown_kind_is_refused(db, kind):
    fest = _festival(db)
    with pytest.raises(WellnessError, match="location kind") as refused:
        activations.add_location(db, activation_id=fest.id, name="Somewhere", kind=kind)
    assert "green_room" in str(refused.value)
    assert activations.list_locations(db, fest.id) == []


def test_a_location_with_an_unknown_zone_or_activation_is_refused(db):
    fest = _festival(db)
    with pytest.raises(WellnessError, match="'Mars/Olympus'"):
        activations.add_location(db, activation_id=fest.id, name="Stop", tz="Mars/Olympus")
    with pytest.raises(WellnessError, match="activation 999 does not exist"):
        activations.add_location(db, activation_id=999, name="Stop")
    assert db.execute("SELECT count(*) FROM location").fetchone()[0] == 0


def test_a_location_is_found_by_its_name_in_any_case(db):
    fest = _festival(db)
    activations.add_location(db, activation_id=fest.id, name="Wellness tent")
    green = activations.add_location(
        db, activation_id=fest.id, name="Green room", kind="green_room"
    )
    for typed in ("Green room", "green ROOM", "  green room "):
        assert activations.find_location(db, fest.id, typed) == green


def test_with_no_name_the_first_location_is_used(db):
    fest = _festival(db)
    tent = activations.add_location(db, activation_id=fest.id, name="Wellness tent")
    activations.add_location(db, activation_id=fest.id, name="Green room", kind="green_room")
    assert activations.find_location(db, fest.id, None) == tent


def test_an_unknown_location_name_is_refused_listing_the_known_ones(db):
    fest = _festival(db)
    activations.add_location(db, activation_id=fest.id, name="Wellness tent")
    activations.add_location(db, activation_id=fest.id, name="Green room", kind="green_room")
    with pytest.raises(WellnessError) as refused:
        activations.find_location(db, fest.id, "Bar")
    message = str(refused.value)
    assert "'Bar'" in message
    assert "known: Wellness tent, Green room" in message


def test_locations_of_another_activation_are_not_found(db):
    one = _festival(db, name="Riverside")
    two = _festival(db, name="Lakeside")
    activations.add_location(db, activation_id=one.id, name="Wellness tent")
    activations.add_location(db, activation_id=two.id, name="Boat")
    with pytest.raises(WellnessError, match=r"known: Boat\)"):
        activations.find_location(db, two.id, "Wellness tent")


def test_an_activation_with_no_location_says_so(db):
    fest = _festival(db)
    with pytest.raises(WellnessError, match="no location yet"):
        activations.find_location(db, fest.id, None)


@pytest.mark.parametrize(("now", "ends"), [
    # An ordinary London night: midnight is 23:00 UTC in summer time.
    (datetime(2026, 7, 4, 22, 30, tzinfo=UTC), datetime(2026, 7, 4, 23, 0, tzinfo=UTC)),
    # 00:30 local is already the new day: the next midnight is a day away.
    (datetime(2026, 7, 4, 23, 30, tzinfo=UTC), datetime(2026, 7, 5, 23, 0, tzinfo=UTC)),
    # The clocks go back on 25 October: that day lasts 25 hours.
    (datetime(2026, 10, 25, 0, 30, tzinfo=UTC), datetime(2026, 10, 26, 0, 0, tzinfo=UTC)),
])
def test_today_ends_at_the_next_local_midnight(now, ends):
    assert next_local_midnight(now, ZoneInfo("Europe/London")) == ends
