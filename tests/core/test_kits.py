"""Self-care kits at the table: the catalogue, stock, taps, undo and today's counts."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellness_desk import activations, kits
from wellness_desk.clock import local_day_quarters
from wellness_desk.db import memory_db
from wellness_desk.errors import WellnessError

LONDON = ZoneInfo("Europe/London")
CHICAGO = ZoneInfo("America/Chicago")
# The fixture's festival day, 2026-07-04: London is on BST (UTC+1).
AFTERNOON = datetime(2026, 7, 4, 13, 0, tzinfo=UTC)


def _tap(db, festival, kit="earplugs", *, count=1, role=kits.UNSPECIFIED, at=AFTERNOON):
    return kits.hand_out(
        db, kit_type_id=festival[kit].id, location_id=festival["tent"].id, count=count,
        role=role, now=at,
    )


def _today(db, festival, kit="earplugs", *, at=AFTERNOON):
    return kits.today_counts(db, location_id=festival["tent"].id, now=at).get(festival[kit].id, 0)


def _stock(db, festival, kit="earplugs"):
    return kits.stock(db, location_id=festival["tent"].id).get(festival[kit].id, 0)


def _tile(db, festival, kit="earplugs", *, at=AFTERNOON):
    tiles = kits.tiles(db, location_id=festival["tent"].id, now=at)
    return next(t for t in tiles if t.kit.id == festival[kit].id)


def _movement_count(db):
    return db.execute("SELECT count(*) FROM stock_movement").fetchone()[0]


def _london_tent(db, name="Night Fest"):
    fest = activations.create_activation(
        db, name=name, kind="festival", start=date(2026, 1, 1), end=date(2026, 12, 31),
        tz="Europe/London",
    )
    tent = activations.add_location(db, activation_id=fest.id, name="Tent")
    kit = kits.add_kit_type(db, name="Earplugs")
    kits.receive_stock(
        db, kit_type_id=kit.id, location_id=tent.id, count=500,
        now=datetime(2026, 1, 1, tzinfo=UTC),
    )
    return tent, kit


# -- the catalogue ---------------------------------------------------------------------


def test_a_new_kit_type_gets_a_palette_colour_and_goes_last(db, festival):
    sleep = kits.add_kit_type(db, name="  Sleep   kit ", low_stock=3)
    assert sleep.name == "Sleep kit"
    assert sleep.colour in kits.PALETTE
    assert sleep.colour not in {festival["earplugs"].colour, festival["water"].colour}
    assert sleep.low_stock == 3
    assert not sleep.retired
    assert [k.name for k in kits.list_kit_types(db)] == ["Earplugs", "Hydration pack", "Sleep kit"]


def test_a_kit_type_can_be_given_its_own_colour(db):
    fidget = kits.add_kit_type(db, name="Fidget kit", colour="#a1b2c3")
    assert fidget.colour == "#A1B2C3"
    assert kits.get_kit_type(db, fidget.id).colour == "#A1B2C3"


def test_renaming_a_kit_keeps_its_counts(db, festival):
    _tap(db, festival, count=2)
    renamed = kits.rename_kit_type(db, festival["earplugs"].id, "Ear defenders")
    assert renamed.name == "Ear defenders"
    assert kits.find_kit_type(db, "ear DEFENDERS").id == festival["earplugs"].id
    assert _today(db, festival) == 2
    assert _stock(db, festival) == 18
    assert kits.history(db, location_id=festival["tent"].id)[0].kit_name == "Ear defenders"


def test_a_kit_can_be_renamed_to_a_different_case_of_its_own_name(db, festival):
    assert kits.rename_kit_type(db, festival["earplugs"].id, "EARPLUGS").name == "EARPLUGS"


def test_recolouring_a_kit(db, festival):
    kits.recolour_kit_type(db, festival["earplugs"].id, "#d55e00")
    assert kits.get_kit_type(db, festival["earplugs"].id).colour == "#D55E00"


@pytest.mark.parametrize("name", ["Earplugs", "earplugs", "EARPLUGS", "  earplugs  "])
def test_a_second_kit_with_the_same_name_in_any_case_is_refused(db, festival, name):
    with pytest.raises(WellnessError, match="already exists"):
        kits.add_kit_type(db, name=name)
    assert len(kits.list_kit_types(db, include_retired=True)) == 2


def test_renaming_a_kit_onto_another_kits_name_is_refused(db, festival):
    with pytest.raises(WellnessError, match="'hydration pack' already exists"):
        kits.rename_kit_type(db, festival["earplugs"].id, "hydration pack")
    assert kits.get_kit_type(db, festival["earplugs"].id).name == "Earplugs"


@pytest.mark.parametrize("name", ["", "   ", "x" * 41])
def test_an_empty_or_overlong_kit_name_is_refused(db, name):
    with pytest.raises(WellnessError, match="kit name"):
        kits.add_kit_type(db, name=name)
    assert kits.list_kit_types(db, include_retired=True) == []


@pytest.mark.parametrize("colour", ["red", "#12345", "#1234567", "#GGGGGG", "123456", "#12 456"])
def test_a_colour_that_is_not_hex_rgb_is_refused(db, festival, colour):
    with pytest.raises(WellnessError, match="kit colour"):
        kits.add_kit_type(db, name="Sleep kit", colour=colour)
    with pytest.raises(WellnessError, match="kit colour"):
        kits.recolour_kit_type(db, festival["earplugs"].id, colour)
    assert kits.get_kit_type(db, festival["earplugs"].id).colour == festival["earplugs"].colour
    assert [k.name for k in kits.list_kit_types(db)] == ["Earplugs", "Hydration pack"]


def test_a_retired_kit_leaves_the_tiles_but_keeps_its_history_and_stock(db, festival):
    tap = _tap(db, festival, count=4)
    kits.retire_kit_type(db, festival["earplugs"].id)

    assert [t.kit.name for t in kits.tiles(db, location_id=festival["tent"].id)] == [
        "Hydration pack"
    ]
    assert [k.name for k in kits.list_kit_types(db)] == ["Hydration pack"]
    assert kits.get_kit_type(db, festival["earplugs"].id).retired
    assert "Earplugs" in [k.name for k in kits.list_kit_types(db, include_retired=True)]
    assert tap.movement.id in [m.id for m in kits.history(db, location_id=festival["tent"].id)]
    assert _stock(db, festival) == 16
    assert _today(db, festival) == 4


def test_handing_out_or_receiving_a_retired_kit_is_refused(db, festival):
    kits.retire_kit_type(db, festival["earplugs"].id)
    rows = _movement_count(db)
    with pytest.raises(WellnessError, match="retired"):
        _tap(db, festival)
    with pytest.raises(WellnessError, match="retired"):
        kits.receive_stock(
            db, kit_type_id=festival["earplugs"].id, location_id=festival["tent"].id, count=5
        )
    assert _movement_count(db) == rows
    assert _stock(db, festival) == 20


def test_a_kit_brought_back_from_retirement_has_its_tile_and_numbers_again(db, festival):
    _tap(db, festival, count=3)
    kits.retire_kit_type(db, festival["earplugs"].id)
    kits.retire_kit_type(db, festival["earplugs"].id, retired=False)

    tile = _tile(db, festival)
    assert (tile.today, tile.stock) == (3, 17)
    assert [t.kit.name for t in kits.tiles(db, location_id=festival["tent"].id)] == [
        "Earplugs", "Hydration pack",
    ]
    assert _tap(db, festival).stock_after == 16


# -- stock -----------------------------------------------------------------------------


def test_a_delivery_of_thirty_adds_thirty_to_stock(db, festival):
    received = kits.receive_stock(
        db, kit_type_id=festival["earplugs"].id, location_id=festival["tent"].id, count=30,
        now=AFTERNOON,
    )
    assert (received.kind, received.stock_delta, received.handed_out) == ("received", 30, 0)
    assert _stock(db, festival) == 50
    assert _today(db, festival) == 0


def test_one_tap_hands_out_one_and_a_tap_for_five_hands_out_five(db, festival):
    one = _tap(db, festival)
    five = _tap(db, festival, count=5)
    assert (one.movement.handed_out, one.movement.stock_delta, one.stock_after) == (1, -1, 19)
    assert (five.movement.handed_out, five.movement.stock_delta, five.stock_after) == (5, -5, 14)
    assert _stock(db, festival) == 14
    assert _today(db, festival) == 6
    assert _stock(db, festival, "water") == 20


def test_a_recount_sets_stock_to_what_was_counted_and_says_why(db, festival):
    _tap(db, festival, count=3)
    fixed = kits.correct_stock(
        db, kit_type_id=festival["earplugs"].id, location_id=festival["tent"].id, counted=12,
        reason="  box   recount ", now=AFTERNOON,
    )
    assert (fixed.kind, fixed.stock_delta, fixed.reason) == ("corrected", -5, "box recount")
    assert _stock(db, festival) == 12
    assert _today(db, festival) == 3
    kits.correct_stock(
        db, kit_type_id=festival["earplugs"].id, location_id=festival["tent"].id, counted=0,
        reason="box empty",
    )
    assert _stock(db, festival) == 0


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_recount_without_a_reason_is_refused(db, festival, reason):
    with pytest.raises(WellnessError, match="reason"):
        kits.correct_stock(
            db, kit_type_id=festival["earplugs"].id, location_id=festival["tent"].id,
            counted=12, reason=reason,
        )
    assert _stock(db, festival) == 20


def test_handing_out_more_than_the_books_hold_is_allowed_and_flagged(db, festival):
    twenty = _tap(db, festival, count=20)
    assert twenty.stock_after == 0
    assert not twenty.below_zero
    one_more = _tap(db, festival)
    assert one_more.stock_after == -1
    assert one_more.below_zero
    tile = _tile(db, festival)
    assert (tile.stock, tile.below_zero, tile.low) == (-1, True, False)


def test_the_low_stock_flag_comes_on_at_the_threshold(db, festival):
    _tap(db, festival, count=14)
    assert (_tile(db, festival).stock, _tile(db, festival).low) == (6, False)
    _tap(db, festival)
    assert (_tile(db, festival).stock, _tile(db, festival).low) == (5, True)
    kits.set_low_stock(db, festival["earplugs"].id, 4)
    assert not _tile(db, festival).low


def test_stock_is_kept_per_location(db, festival):
    bar = activations.add_location(db, activation_id=festival["activation"].id, name="Bar")
    kits.receive_stock(db, kit_type_id=festival["earplugs"].id, location_id=bar.id, count=7)
    kits.hand_out(db, kit_type_id=festival["earplugs"].id, location_id=bar.id, now=AFTERNOON)
    assert kits.stock(db, location_id=bar.id) == {festival["earplugs"].id: 6}
    assert _stock(db, festival) == 20
    assert _today(db, festival) == 0


@pytest.mark.parametrize("count", [0, -1, True, False, 100_001, 1.5, "3", None])
def test_a_count_that_is_not_between_1_and_100000_is_refused(db, festival, count):
    rows = _movement_count(db)
    with pytest.raises(WellnessError, match="count"):
        _tap(db, festival, count=count)
    with pytest.raises(WellnessError, match="count"):
        kits.receive_stock(
            db, kit_type_id=festival["earplugs"].id, location_id=festival["tent"].id, count=count
        )
    assert _movement_count(db) == rows


def test_a_hundred_thousand_is_still_a_count(db, festival):
    assert _tap(db, festival, count=100_000).stock_after == 20 - 100_000


# -- roles -----------------------------------------------------------------------------


def test_a_tap_with_no_role_is_unspecified(db, festival):
    assert _tap(db, festival).movement.role == "unspecified"


@pytest.mark.parametrize(
    "role", ["unspecified", "artist", "crew", "venue_staff", "family", "other"]
)
def test_every_role_category_is_accepted(db, festival, role):
    assert _tap(db, festival, role=role).movement.role == role
    assert _today(db, festival) == 1


@pytest.mark.parametrize("role", ["roadie", "Crew", "", "Jane Smith"])
def test_a_role_outside_the_categories_is_refused(db, festival, role):
    rows = _movement_count(db)
    with pytest.raises(WellnessError, match="role"):
        _tap(db, festival, role=role)
    assert _movement_count(db) == rows


# -- undo ------------------------------------------------------------------------------


def test_tap_earplugs_three_times_undo_once_two_are_counted(db, festival):
    taps = [_tap(db, festival, at=AFTERNOON + timedelta(minutes=i)) for i in range(3)]
    undo = kits.undo(db, taps[-1].movement.id, now=AFTERNOON + timedelta(minutes=3))

    assert (undo.kind, undo.undoes_id) == ("undo", taps[-1].movement.id)
    assert (undo.stock_delta, undo.handed_out) == (1, -1)
    assert _today(db, festival) == 2
    assert _stock(db, festival) == 18
    assert kits.get_movement(db, taps[-1].movement.id).undone
    assert not kits.get_movement(db, taps[-1].movement.id).can_undo
    # The hand-out is still in the log, and so is its undo.
    assert _movement_count(db) == 2 + 3 + 1


def test_undoing_a_tap_for_five_gives_back_five(db, festival):
    tap = _tap(db, festival, count=5, role="artist")
    undo = kits.undo(db, tap.movement.id)
    assert undo.role == "artist"
    assert _today(db, festival) == 0
    assert _stock(db, festival) == 20


def test_the_same_tap_cannot_be_undone_twice(db, festival):
    tap = _tap(db, festival)
    kits.undo(db, tap.movement.id)
    rows = _movement_count(db)
    with pytest.raises(WellnessError, match="already undone"):
        kits.undo(db, tap.movement.id)
    assert _movement_count(db) == rows
    assert _stock(db, festival) == 20


def test_an_undo_cannot_be_undone(db, festival):
    tap = _tap(db, festival)
    undo = kits.undo(db, tap.movement.id)
    assert not undo.can_undo
    with pytest.raises(WellnessError, match="cannot itself be undone"):
        kits.undo(db, undo.id)
    assert _today(db, festival) == 0


def test_undoing_an_action_that_does_not_exist_is_refused(db, festival):
    with pytest.raises(WellnessError, match="does not exist"):
        kits.undo(db, 9999)


def test_an_undo_after_midnight_comes_off_the_night_the_tap_was_counted_in(db):
    tent, kit = _london_tent(db)
    late = datetime(2026, 7, 4, 23, 50, tzinfo=LONDON)
    after_midnight = datetime(2026, 7, 5, 0, 10, tzinfo=LONDON)
    kits.hand_out(db, kit_type_id=kit.id, location_id=tent.id, now=late - timedelta(minutes=5))
    tap = kits.hand_out(db, kit_type_id=kit.id, location_id=tent.id, now=late)
    kits.hand_out(db, kit_type_id=kit.id, location_id=tent.id, now=after_midnight)

    kits.undo(db, tap.movement.id, now=after_midnight + timedelta(minutes=1))

    saturday = kits.today_counts(db, location_id=tent.id, now=late)
    sunday = kits.today_counts(db, location_id=tent.id, now=after_midnight)
    assert (saturday, sunday) == ({kit.id: 1}, {kit.id: 1})
    hours = kits.hourly_tally(db, location_id=tent.id, now=late)
    assert [(h.hour, n) for h, n in hours if n] == [(23, 1)]


def test_the_last_undoable_tap_is_the_latest_hand_out_still_standing(db, festival):
    tent = festival["tent"].id
    assert kits.last_undoable_handout(db, location_id=tent) is None
    first = _tap(db, festival)
    second = _tap(db, festival, "water")
    kits.receive_stock(db, kit_type_id=festival["earplugs"].id, location_id=tent, count=5)
    kits.correct_stock(
        db, kit_type_id=festival["water"].id, location_id=tent, counted=10, reason="recount"
    )
    assert kits.last_undoable_handout(db, location_id=tent).id == second.movement.id

    kits.undo(db, second.movement.id)
    assert kits.last_undoable_handout(db, location_id=tent).id == first.movement.id
    kits.undo(db, first.movement.id)
    assert kits.last_undoable_handout(db, location_id=tent) is None


def test_the_last_undoable_tap_belongs_to_this_location(db, festival):
    bar = activations.add_location(db, activation_id=festival["activation"].id, name="Bar")
    tent_tap = _tap(db, festival)
    kits.hand_out(db, kit_type_id=festival["earplugs"].id, location_id=bar.id)
    assert kits.last_undoable_handout(db, location_id=festival["tent"].id).id == (
        tent_tap.movement.id
    )


# -- today's counts use the location's local day ---------------------------------------


def test_taps_at_half_eleven_and_half_midnight_count_on_different_local_days(db):
    tent, kit = _london_tent(db)
    # Both are on 2026-07-04 in UTC; in London the second is already Sunday.
    half_eleven = datetime(2026, 7, 4, 23, 30, tzinfo=LONDON)
    half_midnight = datetime(2026, 7, 5, 0, 30, tzinfo=LONDON)
    assert half_eleven.astimezone(UTC).date() == half_midnight.astimezone(UTC).date()
    kits.hand_out(db, kit_type_id=kit.id, location_id=tent.id, count=2, now=half_eleven)
    kits.hand_out(db, kit_type_id=kit.id, location_id=tent.id, count=3, now=half_midnight)

    saturday_noon = datetime(2026, 7, 4, 12, 0, tzinfo=LONDON)
    sunday_noon = datetime(2026, 7, 5, 12, 0, tzinfo=LONDON)
    assert kits.today_counts(db, location_id=tent.id, now=saturday_noon) == {kit.id: 2}
    assert kits.today_counts(db, location_id=tent.id, now=sunday_noon) == {kit.id: 3}


def test_on_the_spring_forward_day_there_is_no_one_oclock(db):
    tent, kit = _london_tent(db)
    taps = [
        datetime(2026, 3, 28, 23, 59, tzinfo=UTC),  # Saturday 23:59 GMT: the day before
        datetime(2026, 3, 29, 0, 30, tzinfo=UTC),  # 00:30 GMT
        datetime(2026, 3, 29, 0, 59, tzinfo=UTC),  # 00:59 GMT, a minute before the jump
        datetime(2026, 3, 29, 1, 0, tzinfo=UTC),  # 02:00 BST
        datetime(2026, 3, 29, 22, 45, tzinfo=UTC),  # 23:45 BST, last hour of a 23-hour day
        datetime(2026, 3, 29, 23, 0, tzinfo=UTC),  # 00:00 BST Monday: the day after
    ]
    for at in taps:
        kits.hand_out(db, kit_type_id=kit.id, location_id=tent.id, now=at)

    noon = datetime(2026, 3, 29, 12, 0, tzinfo=LONDON)
    hours = kits.hourly_tally(db, location_id=tent.id, now=noon)
    assert [(h.strftime("%H:%M %Z"), n) for h, n in hours if n] == [
        ("00:00 GMT", 2), ("02:00 BST", 1), ("23:00 BST", 1),
    ]
    # Every hour of the 23-hour day is there (up to the last hand-out), 01:00 never.
    assert [h.hour for h, _ in hours] == [0, *range(2, 24)]
    assert kits.today_counts(db, location_id=tent.id, now=noon) == {kit.id: 4}
    first, end = local_day_quarters(date(2026, 3, 29), LONDON)
    assert (end - first) * 15 == 23 * 60


def test_on_the_fall_back_day_the_repeated_one_oclock_is_two_hours(db):
    tent, kit = _london_tent(db)
    taps = [
        (datetime(2026, 10, 24, 22, 59, tzinfo=UTC), 1),  # 23:59 BST Saturday: day before
        (datetime(2026, 10, 24, 23, 10, tzinfo=UTC), 1),  # 00:10 BST
        (datetime(2026, 10, 25, 0, 15, tzinfo=UTC), 2),  # 01:15 BST, the first one o'clock
        (datetime(2026, 10, 25, 1, 45, tzinfo=UTC), 3),  # 01:45 GMT, the second one o'clock
        (datetime(2026, 10, 25, 23, 59, tzinfo=UTC), 4),  # 23:59 GMT, last of a 25-hour day
        (datetime(2026, 10, 26, 0, 0, tzinfo=UTC), 5),  # 00:00 GMT Monday: the day after
    ]
    for at, count in taps:
        kits.hand_out(db, kit_type_id=kit.id, location_id=tent.id, count=count, now=at)

    noon = datetime(2026, 10, 25, 12, 0, tzinfo=LONDON)
    hours = kits.hourly_tally(db, location_id=tent.id, now=noon)
    assert [(h.strftime("%H:%M %Z"), n) for h, n in hours if n] == [
        ("00:00 BST", 1), ("01:00 BST", 2), ("01:00 GMT", 3), ("23:00 GMT", 4),
    ]
    assert len(hours) == 25  # every hour of the 25-hour day, up to the last hand-out
    ones = [h for h, _ in hours if h.hour == 1]
    assert [h.astimezone(UTC).hour for h in ones] == [0, 1]
    assert kits.today_counts(db, location_id=tent.id, now=noon) == {kit.id: 1 + 2 + 3 + 4}
    first, end = local_day_quarters(date(2026, 10, 25), LONDON)
    assert (end - first) * 15 == 25 * 60


def test_a_tour_stop_counts_its_own_local_day_not_the_tours(db):
    tour = activations.create_activation(
        db, name="Lights Tour", kind="tour", start=date(2026, 7, 1), end=date(2026, 7, 31),
        tz="Europe/London",
    )
    chicago = activations.add_location(
        db, activation_id=tour.id, name="Chicago", kind="tour_stop", tz="America/Chicago"
    )
    london = activations.add_location(db, activation_id=tour.id, name="London", kind="tour_stop")
    assert (chicago.tz, london.tz) == ("America/Chicago", "Europe/London")
    kit = kits.add_kit_type(db, name="Earplugs")
    # Saturday 22:00 in Chicago is already Sunday 04:00 in London.
    show_night = datetime(2026, 7, 4, 22, 0, tzinfo=CHICAGO)
    for location in (chicago, london):
        kits.hand_out(db, kit_type_id=kit.id, location_id=location.id, now=show_night)

    # 15:00 in Chicago is 21:00 in London: still Saturday in both.
    saturday_evening_chicago = datetime(2026, 7, 4, 15, 0, tzinfo=CHICAGO)
    sunday_morning_chicago = datetime(2026, 7, 5, 9, 0, tzinfo=CHICAGO)
    assert kits.today_counts(db, location_id=chicago.id, now=saturday_evening_chicago) == {
        kit.id: 1
    }
    assert kits.today_counts(db, location_id=chicago.id, now=sunday_morning_chicago) == {}
    # The same instant, counted at the London stop, belongs to London's Sunday.
    assert kits.today_counts(db, location_id=london.id, now=saturday_evening_chicago) == {}
    assert kits.today_counts(db, location_id=london.id, now=sunday_morning_chicago) == {kit.id: 1}
    hours = kits.hourly_tally(db, location_id=chicago.id, now=saturday_evening_chicago)
    assert [(h.hour, h.tzinfo, n) for h, n in hours if n] == [(22, CHICAGO, 1)]


def test_today_per_hour_shows_every_hour_up_to_now_with_empty_ones_as_zero(db):
    tent, kit = _london_tent(db)
    for at, count in ((datetime(2026, 7, 4, 9, 10, tzinfo=LONDON), 2),
                      (datetime(2026, 7, 4, 12, 40, tzinfo=LONDON), 3)):
        kits.hand_out(db, kit_type_id=kit.id, location_id=tent.id, count=count, now=at)
    quarter_past_two = datetime(2026, 7, 4, 14, 15, tzinfo=LONDON)
    hours = kits.hourly_tally(db, location_id=tent.id, now=quarter_past_two)
    assert [(h.hour, n) for h, n in hours] == [
        (0, 0), (1, 0), (2, 0), (3, 0), (4, 0), (5, 0), (6, 0), (7, 0), (8, 0), (9, 2),
        (10, 0), (11, 0), (12, 3), (13, 0), (14, 0),
    ]
    just_after_midnight = datetime(2026, 7, 5, 0, 5, tzinfo=LONDON)
    assert [(h.hour, n) for h, n in kits.hourly_tally(
        db, location_id=tent.id, now=just_after_midnight)] == [(0, 0)]


def test_an_undo_says_what_it_cancelled_and_when(db, festival):
    crew_tap = kits.hand_out(db, kit_type_id=festival["earplugs"].id,
                             location_id=festival["tent"].id, role="crew",
                             now=datetime(2026, 7, 4, 13, 5, tzinfo=UTC))
    undo = kits.undo(db, crew_tap.movement.id, now=datetime(2026, 7, 4, 13, 6, tzinfo=UTC))
    assert (undo.undoes_kind, undo.undoes_at) == ("handed_out", crew_tap.movement.at)
    assert kits.get_movement(db, crew_tap.movement.id).undoes_kind is None


def test_a_big_hand_out_is_asked_about_first():
    assert not kits.needs_confirmation(kits.CONFIRM_ABOVE)
    assert kits.needs_confirmation(kits.CONFIRM_ABOVE + 1)


# -- a property: the running totals always agree with the log --------------------------

_ops = st.lists(
    st.one_of(
        st.tuples(st.just("hand_out"), st.integers(0, 1), st.integers(1, 30),
                  st.sampled_from((kits.UNSPECIFIED, *kits.ROLES))),
        st.tuples(st.just("receive"), st.integers(0, 1), st.integers(1, 50)),
        st.tuples(st.just("correct"), st.integers(0, 1), st.integers(0, 60)),
        st.tuples(st.just("undo"), st.integers(0, 10_000)),
    ),
    max_size=40,
)


@settings(max_examples=50, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(ops=_ops, gaps=st.lists(st.integers(0, 90), min_size=40, max_size=40))
def test_stock_and_todays_count_always_match_the_movement_log(ops, gaps):
    db = memory_db()
    try:
        tent, first_kit = _london_tent(db)
        second_kit = kits.add_kit_type(db, name="Sleep kit")
        kit_ids = [first_kit.id, second_kit.id]
        # A night shift from 20:00 London, crossing midnight as the gaps add up.
        at = datetime(2026, 7, 4, 20, 0, tzinfo=LONDON)
        for op, gap in zip(ops, gaps, strict=False):
            at += timedelta(minutes=gap)
            if op[0] == "hand_out":
                kits.hand_out(
                    db, kit_type_id=kit_ids[op[1]], location_id=tent.id, count=op[2],
                    role=op[3], now=at,
                )
            elif op[0] == "receive":
                kits.receive_stock(
                    db, kit_type_id=kit_ids[op[1]], location_id=tent.id, count=op[2], now=at
                )
            elif op[0] == "correct":
                kits.correct_stock(
                    db, kit_type_id=kit_ids[op[1]], location_id=tent.id, counted=op[2],
                    reason="recount", now=at,
                )
            else:
                undoable = [m for m in kits.history(db, location_id=tent.id, limit=1000)
                            if m.can_undo]
                if undoable:
                    kits.undo(db, undoable[op[1] % len(undoable)].id, now=at)

        movements = kits.history(db, location_id=tent.id, limit=10_000)
        expected_stock = {}
        for m in movements:
            expected_stock[m.kit_type_id] = expected_stock.get(m.kit_type_id, 0) + m.stock_delta
        assert kits.stock(db, location_id=tent.id) == expected_stock

        today = at.astimezone(LONDON).date()
        first, end = local_day_quarters(today, LONDON)
        rows = db.execute(
            "SELECT kit_type_id, handed_out, quarter FROM stock_movement WHERE location_id = ?",
            [tent.id],
        ).fetchall()
        expected_today = {}
        for kit_id, handed_out, quarter in rows:
            if first <= quarter < end:
                expected_today[kit_id] = expected_today.get(kit_id, 0) + handed_out
        expected_today = {k: n for k, n in expected_today.items() if n}
        assert kits.today_counts(db, location_id=tent.id, now=at) == expected_today

        # And today's count is what was handed out today minus what was taken back,
        # each counted in the local day of the hand-out itself.
        by_id = {m.id: m for m in movements}
        counted_day = {}
        for m in movements:
            tapped = by_id[m.undoes_id] if m.kind == "undo" else m
            counted_day[m.id] = tapped.at.astimezone(LONDON).date()
        from_the_log = {}
        for m in movements:
            if counted_day[m.id] == today and m.handed_out:
                from_the_log[m.kit_type_id] = from_the_log.get(m.kit_type_id, 0) + m.handed_out
        assert expected_today == {k: n for k, n in from_the_log.items() if n}
    finally:
        db.close()


def test_a_hand_out_at_an_unknown_location_is_refused_clearly(db, festival):
    with pytest.raises(WellnessError, match="location 999 does not exist"):
        kits.hand_out(db, kit_type_id=festival["earplugs"].id, location_id=999)


def test_the_tiles_totals_are_written_by_the_named_trigger_and_no_other(db):
    """A reader of kits.stock / tiles / hourly_tally finds who writes what they read."""
    triggers = db.execute(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    writers = {
        table: {name for name, _, sql in triggers
                if re.search(rf"\b(INTO|UPDATE|DELETE\s+FROM)\s+{table}\b(?!_)", sql, re.I)}
        for table in ("stock", "handout_tally")
    }
    assert writers == {"stock": {kits.TOTALS_TRIGGER}, "handout_tally": {kits.TOTALS_TRIGGER}}
    (on_table,) = [t for name, t, _ in triggers if name == kits.TOTALS_TRIGGER]
    assert on_table == "stock_movement"
