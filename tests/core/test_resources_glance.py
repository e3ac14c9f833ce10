"""What the Resources section says about hours, the directory and the country it opens on."""

from __future__ import annotations

from datetime import UTC, date, datetime

from wellness_desk import activations
from wellness_desk.resources.glance import (
    about_line,
    default_country,
    hours_at_a_glance,
    hours_summary,
    zone_country,
)
from wellness_desk.resources.model import Contact, Hours
from wellness_desk.resources.store import About

NY = "America/New_York"
WEEKDAYS_9_17 = tuple(Hours(day, "09:00", "17:00") for day in range(5))


def _contact(*hours: Hours, always_open: bool = False) -> Contact:
    return Contact(id="c1", number="988", type="voice", hours=hours, always_open=always_open)


def test_a_24_7_line_says_so_and_one_without_hours_says_they_are_unknown():
    now = datetime(2026, 12, 2, 15, 0, tzinfo=UTC)
    assert hours_at_a_glance(_contact(always_open=True), NY, now) == "Open 24/7"
    assert hours_at_a_glance(_contact(), NY, now) == "Hours unknown"


def test_open_now_is_told_in_the_services_own_zone():
    # 15:00 UTC is 10:00 in New York on a Wednesday.
    now = datetime(2026, 12, 2, 15, 0, tzinfo=UTC)
    assert hours_at_a_glance(_contact(*WEEKDAYS_9_17), NY, now) == "Open now until 17:00"
    # Seen from London the times say whose clock they are.
    assert hours_at_a_glance(_contact(*WEEKDAYS_9_17), NY, now, viewer_tz="Europe/London") == (
        "Open now until 17:00 (EST)")


def test_closed_says_when_it_opens_next_today_or_on_which_day():
    early = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)  # 07:00 Wednesday in New York
    assert hours_at_a_glance(_contact(*WEEKDAYS_9_17), NY, early) == "Closed, opens 09:00"
    friday_night = datetime(2026, 12, 5, 2, 0, tzinfo=UTC)  # 21:00 Friday
    assert hours_at_a_glance(_contact(*WEEKDAYS_9_17), NY, friday_night) == (
        "Closed, opens Mon 09:00")


def test_a_night_line_runs_past_midnight_and_back_to_back_windows_join():
    night = _contact(Hours(4, "22:00", "06:00"))  # Friday 22:00 to Saturday 06:00
    saturday_1am = datetime(2026, 12, 5, 6, 0, tzinfo=UTC)  # 01:00 Saturday in New York
    assert hours_at_a_glance(night, NY, saturday_1am) == "Open now until 06:00"
    evenings = _contact(Hours(0, "18:00", "24:00"), Hours(1, "00:00", "02:00"))
    monday_8pm = datetime(2026, 12, 8, 1, 0, tzinfo=UTC)  # 20:00 Monday in New York
    assert hours_at_a_glance(evenings, NY, monday_8pm) == "Open now until Tue 02:00"


def test_hours_across_the_clock_change_stay_on_the_wall_clock():
    # 8 March 2026: New York moves to EDT; 13:30 UTC is 09:30 EDT (08:30 the day before).
    sunday = _contact(Hours(6, "09:00", "17:00"))
    assert hours_at_a_glance(sunday, NY, datetime(2026, 3, 8, 13, 30, tzinfo=UTC)) == (
        "Open now until 17:00")
    saturday = datetime(2026, 3, 7, 13, 30, tzinfo=UTC)  # 08:30 EST, Saturday
    assert hours_at_a_glance(sunday, NY, saturday) == "Closed, opens Sun 09:00"


def test_the_printed_summary_is_true_on_any_day():
    assert hours_summary(_contact(always_open=True)) == "24/7"
    assert hours_summary(_contact()) == ""
    week = _contact(*WEEKDAYS_9_17, Hours(5, "10:00", "14:00"))
    assert hours_summary(week) == "Mon–Fri 09:00–17:00 · Sat 10:00–14:00"
    assert hours_summary(_contact(Hours(0, "09:00", "12:00"), Hours(2, "09:00", "12:00"))) == (
        "Mon, Wed 09:00–12:00")


def test_the_header_says_when_and_where_from():
    published = datetime(2026, 11, 12, 9, 0, tzinfo=UTC)
    today = date(2026, 12, 2)
    hub = About(published=published, installed_at=datetime(2026, 11, 20, tzinfo=UTC),
                         source="hub", services=120, countries=())
    assert about_line(hub, checked=datetime(2026, 12, 2, 8, 0, tzinfo=UTC), today=today) == (
        "Directory of 12 Nov 2026, from the hub (checked 2 Dec)")
    shipped = About(published=published, installed_at=None, source="shipped",
                             services=60, countries=())
    assert about_line(shipped, checked=None, today=today) == (
        "Directory of 12 Nov 2026, shipped with the app")
    empty = About(published=None, installed_at=None, source="", services=0, countries=())
    assert about_line(empty, checked=None, today=today) == "No directory installed yet"
    imported = About(published=published, installed_at=datetime(2026, 11, 30, tzinfo=UTC),
                     source="/home/tm/Downloads/tour-2027", services=40, countries=())
    assert about_line(imported, checked=None, today=today) == (
        "Directory of 12 Nov 2026, imported from tour-2027 on 30 Nov")


def test_a_tour_opens_on_todays_or_the_next_stops_country(db):
    tour = activations.create_activation(db, name="Tour", kind="tour", start=date(2026, 11, 1),
                                         end=date(2026, 12, 20), tz="America/New_York")
    for day, city, country, tz in ((date(2026, 11, 28), "Toronto", "ca", "America/Toronto"),
                                   (date(2026, 12, 4), "Mexico City", "MX",
                                    "America/Mexico_City"),
                                   (date(2026, 12, 10), "Madrid", "ES", "Europe/Madrid")):
        activations.add_tour_stop(db, activation_id=tour.id, stop_date=day, city=city,
                                  venue="Hall", tz=tz, country=country)
    activations.set_current_activation(db, tour.id)
    assert default_country(db, now=datetime(2026, 11, 28, 20, 0, tzinfo=UTC)) == "CA"
    assert default_country(db, now=datetime(2026, 12, 2, 12, 0, tzinfo=UTC)) == "MX"
    assert default_country(db, now=datetime(2026, 12, 30, 12, 0, tzinfo=UTC)) == "ES"


def test_a_festival_without_a_country_opens_on_its_time_zones_country(db, festival):
    now = datetime(2026, 7, 4, 12, 0, tzinfo=UTC)
    assert default_country(db, now=now, fallback="FR") == "GB"  # Europe/London


def test_with_no_country_to_go_by_it_opens_on_the_laptops(db):
    now = datetime(2026, 7, 4, 12, 0, tzinfo=UTC)
    fest = activations.create_activation(db, name="Online", kind="festival",
                                         start=date(2026, 7, 3), end=date(2026, 7, 5), tz="UTC")
    activations.set_current_activation(db, fest.id)
    assert default_country(db, now=now, fallback="GB") == "GB"
    assert default_country(db, now=now) == ""


def test_zones_name_their_countries():
    assert [zone_country(z) for z in ("Europe/London", "America/Toronto", "Asia/Tokyo",
                                      "Europe/Lisbon", "UTC")] == ["GB", "CA", "JP", "PT", ""]
