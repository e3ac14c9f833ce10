"""Open now in the service's own zone, across midnight and the nights clocks change; how
old a check is; which language a name is shown in."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from wellness_desk.resources import hours
from wellness_desk.resources.model import Contact, Hours, Service


def phone(*windows: Hours, always_open: bool = False) -> Contact:
    return Contact(id="p", number="116 123", type="voice", hours=windows,
                   always_open=always_open)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_a_24_7_line_is_open_and_one_without_hours_is_unknown():
    now = utc(2026, 7, 4, 3, 0)
    assert hours.contact_open_now(phone(always_open=True), "Europe/London", now) is True
    assert hours.contact_open_now(phone(), "Europe/London", now) is None


def test_a_weekday_line_in_paris_is_open_at_half_past_ten_paris_time():
    nine_to_five = phone(Hours(0, "09:00", "17:00"))  # Monday
    # Monday 6 July 2026: 08:30 UTC is 10:30 in Paris (summer time), 14:59 UTC is 16:59.
    assert hours.contact_open_now(nine_to_five, "Europe/Paris", utc(2026, 7, 6, 8, 30))
    assert hours.contact_open_now(nine_to_five, "Europe/Paris", utc(2026, 7, 6, 14, 59))
    assert not hours.contact_open_now(nine_to_five, "Europe/Paris", utc(2026, 7, 6, 15, 0))
    # 06:30 UTC is 08:30 in Paris: not yet, though it is past 06:00 in London.
    assert not hours.contact_open_now(nine_to_five, "Europe/Paris", utc(2026, 7, 6, 6, 30))
    # The same instant on a Tuesday: the Monday window is not Tuesday's.
    assert not hours.contact_open_now(nine_to_five, "Europe/Paris", utc(2026, 7, 7, 8, 30))


def test_a_friday_night_window_runs_past_midnight_into_saturday():
    late = phone(Hours(4, "22:00", "02:00"))  # Friday 22:00 to Saturday 02:00, London
    # Friday 10 July 2026, London in summer time (UTC+1).
    assert hours.contact_open_now(late, "Europe/London", utc(2026, 7, 10, 21, 30))  # 22:30
    assert hours.contact_open_now(late, "Europe/London", utc(2026, 7, 10, 23, 59))  # 00:59
    assert not hours.contact_open_now(late, "Europe/London", utc(2026, 7, 11, 1, 0))  # 02:00
    assert not hours.contact_open_now(late, "Europe/London", utc(2026, 7, 10, 20, 59))


def test_the_night_paris_springs_forward_the_window_is_an_hour_shorter():
    # Saturday 28 March 2026, 22:00 CET, to Sunday 29 March, 06:00 CEST: at 02:00 the
    # clocks jump to 03:00, so the window is 21:00–04:00 UTC (seven hours, not eight).
    night = phone(Hours(5, "22:00", "06:00"))
    assert not hours.contact_open_now(night, "Europe/Paris", utc(2026, 3, 28, 20, 59))
    assert hours.contact_open_now(night, "Europe/Paris", utc(2026, 3, 28, 21, 0))
    assert hours.contact_open_now(night, "Europe/Paris", utc(2026, 3, 29, 0, 30))  # 01:30 CET
    assert hours.contact_open_now(night, "Europe/Paris", utc(2026, 3, 29, 3, 59))  # 05:59 CEST
    # 04:30 UTC is 06:30 in Paris now: closed, though it would be 05:30 on winter time.
    assert not hours.contact_open_now(night, "Europe/Paris", utc(2026, 3, 29, 4, 30))


def test_the_night_paris_falls_back_the_window_is_an_hour_longer():
    # Saturday 24 October 2026, 22:00 CEST (20:00 UTC), to Sunday 06:00 CET (05:00 UTC).
    night = phone(Hours(5, "22:00", "06:00"))
    assert not hours.contact_open_now(night, "Europe/Paris", utc(2026, 10, 24, 19, 59))
    assert hours.contact_open_now(night, "Europe/Paris", utc(2026, 10, 24, 20, 0))
    assert hours.contact_open_now(night, "Europe/Paris", utc(2026, 10, 25, 4, 30))  # 05:30 CET
    assert not hours.contact_open_now(night, "Europe/Paris", utc(2026, 10, 25, 5, 0))


def test_new_york_s_spring_forward_sunday_keeps_the_wall_clock_hours():
    # Sunday 8 March 2026, 01:00 EST (06:00 UTC) to 04:00 EDT (08:00 UTC): two real hours.
    early = phone(Hours(6, "01:00", "04:00"))
    tz = "America/New_York"
    assert not hours.contact_open_now(early, tz, utc(2026, 3, 8, 5, 59))
    assert hours.contact_open_now(early, tz, utc(2026, 3, 8, 6, 0))
    assert hours.contact_open_now(early, tz, utc(2026, 3, 8, 7, 30))  # 03:30 EDT
    assert not hours.contact_open_now(early, tz, utc(2026, 3, 8, 8, 0))  # 04:00 EDT
    # A week later (no change) the same wall hours are 05:00–08:00 UTC.
    assert hours.contact_open_now(early, tz, utc(2026, 3, 15, 5, 30))


def test_a_tokyo_line_seen_from_a_laptop_on_utc_follows_tokyo_s_sunday():
    sunday = phone(Hours(6, "10:00", "22:00"))  # Sunday in Tokyo (UTC+9, no summer time)
    tz = "Asia/Tokyo"
    # Saturday 4 July 2026 23:30 UTC is Sunday 08:30 in Tokyo: not open yet.
    assert not hours.contact_open_now(sunday, tz, utc(2026, 7, 4, 23, 30))
    # Saturday 4 July 2026, 01:30 UTC is Saturday 10:30 in Tokyo: Saturday, closed.
    assert not hours.contact_open_now(sunday, tz, utc(2026, 7, 4, 1, 30))
    # Sunday 12:30 UTC = 21:30 Tokyo: open. 13:30 UTC = 22:30 Tokyo: closed, though it
    # is mid-afternoon on a Sunday on the laptop.
    assert hours.contact_open_now(sunday, tz, utc(2026, 7, 5, 12, 30))
    assert not hours.contact_open_now(sunday, tz, utc(2026, 7, 5, 13, 30))
    # The same instant given in Paris time says the same.
    paris = utc(2026, 7, 5, 12, 30).astimezone(ZoneInfo("Europe/Paris"))
    assert hours.contact_open_now(sunday, tz, paris)


def test_a_naive_now_is_refused():
    with pytest.raises(ValueError):
        hours.contact_open_now(phone(Hours(0, "09:00", "17:00")), "Europe/Paris",
                               datetime(2026, 7, 6, 10, 0))


def test_a_window_closing_at_24_00_closes_at_midnight():
    evening = phone(Hours(0, "18:00", "24:00"))
    assert hours.contact_open_now(evening, "UTC", utc(2026, 7, 6, 23, 59))
    assert not hours.contact_open_now(evening, "UTC", utc(2026, 7, 7, 0, 0))


def service_with(*contacts: Contact) -> Service:
    return Service(id="s", organization_id="o", name="S", status="active",
                   tz="Europe/Paris", contacts=contacts)


def test_a_service_is_open_if_one_line_is_and_closed_only_if_all_are_known_closed():
    now = utc(2026, 7, 6, 20, 0)  # Monday 22:00 in Paris
    day = phone(Hours(0, "09:00", "17:00"))
    evening = phone(Hours(0, "18:00", "23:00"))
    assert hours.service_open_now(service_with(day, evening), now) is True
    assert hours.service_open_now(service_with(day), now) is False
    assert hours.service_open_now(service_with(day, phone()), now) is None
    assert hours.service_open_now(service_with(), now) is None


@pytest.mark.parametrize(("checked", "today", "said"), [
    (date(2026, 1, 31), date(2026, 7, 30), "fresh"),
    (date(2026, 1, 31), date(2026, 7, 31), "ageing"),  # six calendar months to the day
    (date(2027, 1, 31), date(2028, 1, 31), "ageing"),  # twelve: still ageing
    (date(2027, 1, 31), date(2028, 2, 1), "stale"),
    (date(2025, 8, 31), date(2026, 2, 27), "fresh"),  # + 6 months = 28 February 2026
    (date(2025, 8, 31), date(2026, 2, 28), "ageing"),
    (date(2026, 8, 1), date(2026, 7, 1), "fresh"),  # checked "in the future": fresh
    (None, date(2026, 7, 1), "unknown"),
])
def test_freshness_counts_calendar_months(checked, today, said):
    assert hours.freshness(checked, today) == said


def test_a_name_is_shown_in_the_language_asked_else_in_english():
    names = {"fr": "Les Samaritains", "de": " "}
    assert hours.localised(names, "Samaritans", "fr") == "Les Samaritains"
    assert hours.localised(names, "Samaritans", "de") == "Samaritans"  # blank: not shown
    assert hours.localised(names, "Samaritans", "pt") == "Samaritans"


def test_hours_at_a_glance_join_days_with_the_same_windows():
    week = phone(*(Hours(d, "09:00", "17:00") for d in range(5)), Hours(5, "10:00", "14:00"))
    assert hours.at_a_glance(week) == "Mo–Fr 09:00–17:00; Sa 10:00–14:00"
    assert hours.at_a_glance(phone(always_open=True)) == "24/7"
    assert hours.at_a_glance(phone()) == "hours unknown"
