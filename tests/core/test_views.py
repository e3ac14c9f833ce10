"""What the screens show, read from a real database in one call each (wellness_desk.views)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from wellness_desk import activations, kits, schedule, views

AFTERNOON = datetime(2026, 7, 4, 13, 30, tzinfo=UTC)  # 14:30 in London


def test_the_counter_shows_nothing_before_an_activation_exists(db):
    view = views.counter_view(db, now=AFTERNOON)
    assert (view.activation, view.location, view.tiles, view.today_total) == (None, None, [], 0)
    assert view.undo_window_s > 0


def test_the_counter_shows_the_first_tent_its_tiles_and_todays_hour(db, festival):
    tent, earplugs = festival["tent"], festival["earplugs"]
    activations.add_location(db, activation_id=festival["activation"].id, name="Green room",
                             kind="green_room")
    for _ in range(3):
        kits.hand_out(db, kit_type_id=earplugs.id, location_id=tent.id, now=AFTERNOON)
    view = views.counter_view(db, location_id=None, now=AFTERNOON)
    assert view.location == tent
    assert [loc.name for loc in view.locations] == ["Wellness tent", "Green room"]
    assert {t.kit.name: (t.today, t.stock) for t in view.tiles} == {
        "Earplugs": (3, 17), "Hydration pack": (0, 20)}
    assert view.today_total == 3
    assert [m.kind for m in view.history][:3] == ["handed_out"] * 3
    assert view.hourly[-1] == (datetime(2026, 7, 4, 14, 0, tzinfo=ZoneInfo("Europe/London")), 3)
    # Today is recounted at the tent's own midnight (London, an hour ahead of UTC).
    assert view.day_ends_at == datetime(2026, 7, 4, 23, 0, tzinfo=UTC)


def test_the_catalogue_lists_retired_kits_with_the_stock_at_every_location(db, festival):
    kits.retire_kit_type(db, festival["water"].id)
    view = views.catalogue_view(db)
    assert [(k.name, k.retired) for k in view.kit_types] == [
        ("Earplugs", False), ("Hydration pack", True)]
    assert view.stock == {festival["tent"].id: {festival["earplugs"].id: 20,
                                                festival["water"].id: 20}}


def test_the_schedule_opens_on_today_during_the_festival_and_on_its_first_day_before(
        db, festival):
    tent = festival["tent"]
    schedule.create_workshop(db, schedule.wall_draft(
        tent, date(2026, 7, 4), time(23, 0), time(1, 0), title="Late breathwork",
        kind="Breathwork"), now=AFTERNOON)
    during = views.schedule_view(db, now=AFTERNOON)
    assert during.day == date(2026, 7, 4)
    assert [w.title for w in during.listing] == ["Late breathwork"]
    assert during.listing[0].local_end.date() == date(2026, 7, 5)  # ends the next morning
    before = views.schedule_view(db, now=datetime(2026, 6, 1, tzinfo=UTC))
    assert before.day == date(2026, 7, 3) and before.listing == []
    assert views.schedule_view(db, day=date(2026, 7, 5), now=AFTERNOON).day == date(2026, 7, 5)


def test_stops_are_listed_in_the_order_the_tour_plays_them(db):
    tour = activations.create_activation(db, name="Autumn Tour", kind="tour",
                                         start=date(2026, 10, 1), end=date(2026, 10, 31),
                                         tz="America/New_York")
    for day, city in ((20, "Denver"), (3, "Detroit"), (9, "Chicago")):
        activations.add_tour_stop(db, activation_id=tour.id, stop_date=date(2026, 10, day),
                                  city=city, venue="", tz="America/Chicago")
    view = views.activations_view(db)
    assert view.current_id == tour.id
    assert [s.city for s in view.locations[tour.id]] == ["Detroit", "Chicago", "Denver"]
