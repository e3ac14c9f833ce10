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


# -- which field a refusal is about (for a form to show it beside that field) -------------

@pytest.mark.parametrize(("fields", "field"), [
    ({"name": "  "}, "name"),
    ({"kind": "party"}, "kind"),
    ({"end": date(2026, 7, 1)}, "end"),
    ({"tz": "Mars/Olympus"}, "tz"),
])
def test_a_refused_activation_names_the_field(db, fields, field):
    with pytest.raises(WellnessError) as refused:
        _festival(db, **fields)
    assert refused.value.field == field
    assert _count(db) == 0


def test_a_refused_location_names_the_field(db):
    fest = _festival(db)
    activations.add_location(db, activation_id=fest.id, name="Tent")
    for fields, field in (({"name": ""}, "name"), ({"name": "tent"}, "name"),
                          ({"name": "B", "kind": "bar"}, "kind"),
                          ({"name": "B", "capacity": 0}, "capacity")):
        with pytest.raises(WellnessError) as refused:
            activations.add_location(db, activation_id=fest.id, **fields)
        assert refused.value.field == field


# -- tour stops: refused outside the tour, listed by date, corrected, deleted -------------

def _tour(db):
    return activations.create_activation(db, name="Autumn Tour", kind="tour",
                                         start=date(2026, 10, 1), end=date(2026, 10, 31),
                                         tz="America/Chicago")


def _add_stop(db, tour, day, city, tz="America/Chicago", venue="Hall"):
    return activations.add_tour_stop(db, activation_id=tour.id, stop_date=day, city=city,
                                     venue=venue, tz=tz)


@pytest.mark.parametrize("day", [date(2026, 9, 30), date(2026, 11, 1)])
def test_a_stop_outside_the_tour_names_its_date_and_saves_nothing(db, day):
    tour = _tour(db)
    _add_stop(db, tour, date(2026, 10, 9), "Chicago")
    with pytest.raises(WellnessError, match=f"stop date: {day} is outside Autumn Tour") as e:
        _add_stop(db, tour, day, "Toronto")
    assert e.value.field == "stop_date"
    assert [s.city for s in activations.list_locations(db, tour.id)] == ["Chicago"]


def test_a_stop_is_corrected_and_keeps_its_id(db):
    tour = _tour(db)
    stop = _add_stop(db, tour, date(2026, 10, 9), "Chicgo")
    fixed = activations.edit_tour_stop(db, stop.id, stop_date=date(2026, 10, 10),
                                       city=" Chicago ", venue="Aragon",
                                       tz="America/Chicago", country="US")
    assert (fixed.id, fixed.name, fixed.stop_date, fixed.city, fixed.venue, fixed.country) == (
        stop.id, "10 Oct · Chicago · Aragon", date(2026, 10, 10), "Chicago", "Aragon", "US")


def test_a_correction_outside_the_tour_or_onto_another_stop_s_name_changes_nothing(db):
    tour = _tour(db)
    _add_stop(db, tour, date(2026, 10, 3), "Detroit")
    stop = _add_stop(db, tour, date(2026, 10, 9), "Chicago")
    for fields, field in (({"stop_date": date(2026, 11, 9), "city": "Chicago"}, "stop_date"),
                          ({"stop_date": date(2026, 10, 3), "city": "Detroit"}, "city"),
                          ({"stop_date": date(2026, 10, 9), "city": " "}, "city"),
                          ({"stop_date": date(2026, 10, 9), "city": "Chicago", "tz": "X/Y"},
                           "tz")):
        with pytest.raises(WellnessError) as refused:
            activations.edit_tour_stop(db, stop.id, **{"venue": "Hall",
                                                       "tz": "America/Chicago", **fields})
        assert refused.value.field == field
    assert activations.get_location(db, stop.id) == stop


def test_a_new_date_moves_an_unbooked_therapy_day_to_the_same_wall_times(db):
    from datetime import time

    from wellness_desk import therapy

    tour = _tour(db)
    stop = _add_stop(db, tour, date(2026, 10, 30), "Chicago")
    day = therapy.create_therapy_day(db, None, location_id=stop.id, provider_name="Dr. Ruiz",
                                     plan=therapy.DayPlan(time(10), time(12)))
    # A day later, and in Toronto's zone.
    activations.edit_tour_stop(db, stop.id, stop_date=date(2026, 10, 31),
                               city="Toronto", venue="History", tz="America/Toronto")
    moved = therapy.slots(db, day.id)
    toronto = ZoneInfo("America/Toronto")
    assert [s.start.astimezone(toronto).strftime("%d %H:%M") for s in moved] == [
        "31 10:00", "31 11:00"]
    assert therapy.get_therapy_day(db, day.id).day == date(2026, 10, 31)


def test_a_stop_with_a_booking_keeps_its_date_and_zone(db):
    from datetime import time

    from wellness_desk import therapy, vault

    tour = _tour(db)
    stop = _add_stop(db, tour, date(2026, 10, 9), "Chicago")
    day = therapy.create_therapy_day(db, None, location_id=stop.id, provider_name="Dr. Ruiz",
                                     plan=therapy.DayPlan(time(10), time(12)))
    key = vault.set_up(db, "4821")
    therapy.book(db, key, therapy.slots(db, day.id)[0].id, person="Someone")
    before = therapy.slots(db, day.id)
    for fields, field in (({"stop_date": date(2026, 10, 10)}, "stop_date"),
                          ({"tz": "America/Denver"}, "tz")):
        with pytest.raises(WellnessError, match="its therapy day has bookings") as refused:
            activations.edit_tour_stop(db, stop.id, **{
                "stop_date": date(2026, 10, 9), "city": "Chicago", "venue": "Hall",
                "tz": "America/Chicago", **fields})
        assert refused.value.field == field
    assert therapy.slots(db, day.id) == before
    renamed = activations.edit_tour_stop(db, stop.id, stop_date=date(2026, 10, 9),
                                         city="Chicago", venue="Aragon", tz="America/Chicago")
    assert renamed.venue == "Aragon"


def test_an_empty_stop_is_deleted_and_one_with_something_on_it_stays(db):
    from datetime import time

    from wellness_desk import kits, therapy

    tour = _tour(db)
    empty = _add_stop(db, tour, date(2026, 10, 3), "Detroit")
    with_day = _add_stop(db, tour, date(2026, 10, 9), "Chicago")
    with_kits = _add_stop(db, tour, date(2026, 10, 20), "Denver")
    therapy.create_therapy_day(db, None, location_id=with_day.id, provider_name="Dr. Ruiz",
                               plan=therapy.DayPlan(time(10), time(12)))
    earplugs = kits.add_kit_type(db, name="Earplugs")
    kits.receive_stock(db, kit_type_id=earplugs.id, location_id=with_kits.id, count=5)
    activations.delete_tour_stop(db, empty.id)
    with pytest.raises(WellnessError, match=r"^09 Oct · Chicago · Hall has a therapy day: it "
                                            r"stays\. Change the stop instead, or keep it\.$"):
        activations.delete_tour_stop(db, with_day.id)
    with pytest.raises(WellnessError, match="Denver · Hall has kits logged at it: it stays"):
        activations.delete_tour_stop(db, with_kits.id)
    assert [s.city for s in activations.list_locations(db, tour.id)] == ["Chicago", "Denver"]
