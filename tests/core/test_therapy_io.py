"""Therapy days on paper and in calendars: names on the provider's sheet only, behind the vault."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from icalendar import Calendar

from tests import pdf_pages
from wellness_desk import activations, settings, therapy, vault
from wellness_desk.clock import zone
from wellness_desk.errors import WellnessError
from wellness_desk.therapy_io import booking_ics, day_ics, day_sheet_pdf, signup_sheet_pdf

BERLIN = "Europe/Berlin"
SHOW_DAY = date(2026, 9, 14)  # CEST, UTC+2
NOW = datetime(2026, 9, 13, 18, 0, tzinfo=UTC)
HUB = "https://hub.example.org/r/tour-2026"

# Canaries: if any of these shows up where it should not, a person in therapy is exposed.
NAME = "Zephyrine Quillfeather-Canary"
CONTACT = "canary.contact@example.org"
NOTES = "Canary-note: prefers the window seat"
ALIAS = "Q.C. Canaryalias"
PROVIDER_CONTACT = "provider-canary@example.org"
CANARIES = (NAME, CONTACT, NOTES, ALIAS, PROVIDER_CONTACT, "Canary")


@pytest.fixture
def key(db):
    return vault.set_up(db, "4821")


@pytest.fixture
def tour(db):
    return activations.create_activation(db, name="Night Owls EU Tour", kind="tour",
                                         start=date(2026, 9, 1), end=date(2026, 9, 30),
                                         tz="Europe/London")


@pytest.fixture
def berlin(db, tour):
    return activations.add_tour_stop(db, activation_id=tour.id, stop_date=SHOW_DAY,
                                     city="Berlin", venue="Columbiahalle", tz=BERLIN,
                                     country="DE")


@pytest.fixture
def day(db, key, berlin):
    """10:00–14:00 Berlin time, 50 + 10 minutes: four slots. The first two booked (one with
    contact and notes), the third free, the fourth blocked."""
    therapy_day = therapy.create_therapy_day(
        db, key, location_id=berlin.id, provider_name="Dr Ines Vogel",
        provider_credentials="Psychologische Psychotherapeutin",
        provider_contact=PROVIDER_CONTACT,
        plan=therapy.DayPlan(time(10), time(14)))
    first, second, third, fourth = therapy.slots(db, therapy_day.id)
    named = therapy.book(db, key, first.id, person=NAME, contact=CONTACT, notes=NOTES,
                         role="venue_staff")
    alias = therapy.book(db, key, second.id, person=ALIAS, role="artist")
    therapy.block_slot(db, fourth.id)
    return {"day": therapy_day, "named": named, "alias": alias, "free": third,
            "blocked": fourth}


_pages, _text, _qr_codes = pdf_pages.pages, pdf_pages.text, pdf_pages.qr_codes


def _unfolded(data: bytes) -> bytes:
    """The .ics with its 75-octet line folds undone: a name cut in two is still a name."""
    return data.replace(b"\r\n ", b"").replace(b"\r\n\t", b"")


def _leaks(data: bytes) -> list[str]:
    lowered = (data + _unfolded(data)).lower()
    return [c for c in CANARIES if c.lower().encode() in lowered]


def _events(data: bytes) -> list:
    return Calendar.from_ical(data).walk("VEVENT")


# -- the provider's day sheet ------------------------------------------------------------------


def test_the_day_sheet_shows_the_provider_who_comes_when(db, key, day, tmp_path):
    path = tmp_path / "sheet.pdf"

    assert day_sheet_pdf(db, key, day["day"].id, path, now=NOW) == 1

    (page,) = _pages(path)
    text = _text(page)
    for expected in ("Berlin · Columbiahalle", "Monday 14 September 2026", "Dr Ines Vogel",
                     "Psychologische Psychotherapeutin", "In person at Columbiahalle, Berlin",
                     f"Provider contact: {PROVIDER_CONTACT}", f"Times are local ({BERLIN})",
                     NAME, "Venue staff", f"Contact: {CONTACT}", f"Notes: {NOTES}",
                     ALIAS, "Artist", "Free", "Blocked", "Night Owls EU Tour"):
        assert expected in text, expected
    # Local wall time at the stop, in order, with each slot's status.
    assert text.index("10:00 to 10:50 BOOKED") < text.index("11:00 to 11:50 BOOKED") < (
        text.index("12:00 to 12:50 FREE")) < text.index("13:00 to 13:50 BLOCKED")
    # The alias gave no contact and no notes: no empty "Contact:" line for them.
    assert text.count("Contact:") == 1 and text.count("Notes:") == 1
    assert "4 slots · 2 booked · 1 free" in text


def test_confidential_heads_and_foots_every_page_of_a_long_day(db, key, berlin, tmp_path):
    long_day = therapy.create_therapy_day(
        db, key, location_id=berlin.id, provider_name="Dr Ines Vogel",
        plan=therapy.DayPlan(time(9), time(19), session_min=20, break_min=0))
    people = []
    for i, slot in enumerate(therapy.slots(db, long_day.id)):
        person = f"Person {i + 1:02d} Canary"
        therapy.book(db, key, slot.id, person=person, contact=f"+49 30 {i:04d}",
                     notes=f"Note {i + 1:02d}: " + "a longer note that wraps " * 6, role="crew")
        people.append(person)
    path = tmp_path / "sheet.pdf"

    pages = day_sheet_pdf(db, key, long_day.id, path, paper="letter")

    rendered = _pages(path)
    assert pages == len(rendered) >= 3
    texts = [_text(p) for p in rendered]
    for number, text in enumerate(texts, start=1):
        assert text.startswith("CONFIDENTIAL · THERAPY DAY SHEET")
        assert "CONFIDENTIAL Names and notes of people in therapy" in text
        assert f"Page {number} of {pages}" in text
    assert "(continued)" in texts[1]
    for person in people:
        assert sum(person in t for t in texts) == 1, person


def test_a_note_longer_than_a_page_goes_on_over_the_break(db, key, berlin, tmp_path):
    therapy_day = therapy.create_therapy_day(
        db, key, location_id=berlin.id, provider_name="Dr Ines Vogel",
        plan=therapy.DayPlan(time(10), time(11)))
    (slot,) = therapy.slots(db, therapy_day.id)
    lines = [f"line {i:03d} of the intake note" for i in range(90)]
    therapy.book(db, key, slot.id, person=NAME, notes="\n".join(lines))
    path = tmp_path / "sheet.pdf"

    pages = day_sheet_pdf(db, key, therapy_day.id, path)

    texts = [_text(p) for p in _pages(path)]
    assert pages == len(texts) >= 2
    assert all("10:00 (cont.)" in t for t in texts[1:])
    assert all(sum(line in t for t in texts) == 1 for line in lines)


def test_the_day_sheet_is_refused_while_the_vault_is_locked(db, day, tmp_path):
    path = tmp_path / "sheet.pdf"

    with pytest.raises(WellnessError, match="unlock the therapy section to print names"):
        day_sheet_pdf(db, None, day["day"].id, path)

    assert not path.exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".part")] == []


def test_bad_paper_is_refused(db, key, day, tmp_path):
    with pytest.raises(WellnessError, match="paper: 'a3' is not one of a4, letter"):
        day_sheet_pdf(db, key, day["day"].id, tmp_path / "s.pdf", paper="a3")
    with pytest.raises(WellnessError, match="paper: 'a3' is not one of a4, letter"):
        signup_sheet_pdf(db, day["day"].id, tmp_path / "s.pdf", paper="a3")
    assert not (tmp_path / "s.pdf").exists()


# -- the crew's sign-up sheet ------------------------------------------------------------------


def test_the_signup_sheet_has_times_and_a_hub_code_but_no_name(db, day, tmp_path):
    settings.set_hub_url(db, HUB)
    path = tmp_path / "signup.pdf"

    assert signup_sheet_pdf(db, day["day"].id, path, now=NOW) == 1

    (page,) = _pages(path)
    text = _text(page)
    assert "10:00–10:50 taken 11:00–11:50 taken 12:00–12:50" in text
    assert "13:00" not in text  # blocked: not offered
    assert "Private sessions with Dr Ines Vogel, Psychologische Psychotherapeutin" in text
    assert "In person at Columbiahalle, Berlin" in text and "Monday 14 September 2026" in text
    assert "1 of 3 times free when printed" in text
    assert _qr_codes(page) == [HUB]
    assert HUB in text
    assert [c for c in CANARIES if c.lower() in text.lower()] == []
    assert _leaks(path.read_bytes()) == []
    for role in ("Venue staff", "Artist"):
        assert role.lower() not in text.lower()
    assert "CONFIDENTIAL" not in text


def test_the_signup_sheet_takes_an_address_and_paper_of_its_own(db, day, tmp_path):
    path = tmp_path / "signup.pdf"

    signup_sheet_pdf(db, day["day"].id, path, paper="letter",
                     hub_url="https://example.org/help")

    (page,) = _pages(path)
    assert tuple(round(v) for v in page.get_size()) == (612, 792)
    assert _qr_codes(page) == ["https://example.org/help"]


def test_a_full_day_of_short_sessions_fills_more_than_one_signup_page(db, key, berlin,
                                                                      tmp_path):
    long_day = therapy.create_therapy_day(
        db, key, location_id=berlin.id, provider_name="Dr Ines Vogel", mode="remote",
        plan=therapy.DayPlan(time(9), time(19), session_min=20, break_min=0))
    path = tmp_path / "signup.pdf"

    pages = signup_sheet_pdf(db, long_day.id, path, hub_url=HUB)

    rendered = _pages(path)
    assert pages == len(rendered) >= 2
    texts = [_text(p) for p in rendered]
    assert all(_qr_codes(p) == [HUB] for p in rendered)
    assert "Remote (video or phone)" in texts[0]
    for slot in therapy.slots(db, long_day.id):
        start = slot.start.astimezone(zone(BERLIN))
        assert sum(f"{start:%H:%M}–" in t for t in texts) == 1


# -- calendar files ---------------------------------------------------------------------------


def test_a_booking_invite_names_the_provider_and_not_the_client(db, key, day):
    data = booking_ics(db, day["named"].id, vault=key, now=NOW)

    (event,) = _events(data)
    assert str(event["SUMMARY"]) == "Session with Dr Ines Vogel"
    assert event["DTSTART"].params["TZID"] == BERLIN
    assert event["DTSTART"].to_ical() == b"20260914T100000"
    assert event["DTEND"].to_ical() == b"20260914T105000"
    assert event.decoded("DTSTART").astimezone(UTC) == datetime(2026, 9, 14, 8, 0, tzinfo=UTC)
    assert str(event["LOCATION"]) == "Columbiahalle, Berlin"
    assert str(event["STATUS"]) == "CONFIRMED" and str(event["CLASS"]) == "PRIVATE"
    (vtimezone,) = Calendar.from_ical(data).walk("VTIMEZONE")
    assert str(vtimezone["TZID"]) == BERLIN
    assert _leaks(data) == []


def test_a_booking_keeps_its_uid_and_no_two_bookings_share_one(db, key, day):
    first = _events(booking_ics(db, day["named"].id, now=NOW))[0]
    again = _events(booking_ics(db, day["named"].id,
                                now=datetime(2026, 9, 14, 7, 0, tzinfo=UTC)))[0]
    other = _events(booking_ics(db, day["alias"].id, now=NOW))[0]

    assert str(first["UID"]) == str(again["UID"]) != str(other["UID"])
    assert str(first["UID"]).endswith("@wellness-desk")
    assert "Canary" not in str(first["UID"])


def test_the_client_name_goes_in_only_when_asked_with_the_vault_open(db, key, day):
    data = booking_ics(db, day["named"].id, vault=key, with_name=True)

    (event,) = _events(data)
    assert str(event["SUMMARY"]) == f"Session with Dr Ines Vogel — {NAME}"
    # The title only: contact and notes stay out, and so does the description.
    assert _leaks(data.replace(NAME.encode(), b"")) == []
    assert NAME not in str(event["DESCRIPTION"])
    with pytest.raises(WellnessError, match="unlock the therapy section"):
        booking_ics(db, day["named"].id, with_name=True)


def test_a_cancelled_booking_exports_as_cancelled(db, key, day):
    therapy.cancel_booking(db, day["alias"].id, late=True)

    (event,) = _events(booking_ics(db, day["alias"].id))

    assert str(event["STATUS"]) == "CANCELLED"


def test_the_provider_day_has_sessions_and_open_slots_without_names(db, key, day):
    data = day_ics(db, day["day"].id, vault=key, now=NOW)

    events = _events(data)
    assert [(str(e["SUMMARY"]), e["DTSTART"].to_ical(), e["DTEND"].to_ical(),
             str(e["TRANSP"])) for e in events] == [
        ("Session", b"20260914T100000", b"20260914T105000", "OPAQUE"),
        ("Session", b"20260914T110000", b"20260914T115000", "OPAQUE"),
        ("Open slot", b"20260914T120000", b"20260914T125000", "TRANSPARENT"),
    ]
    assert {e["DTSTART"].params["TZID"] for e in events} == {BERLIN}
    assert len({str(e["UID"]) for e in events}) == 3
    assert [str(z["TZID"]) for z in Calendar.from_ical(data).walk("VTIMEZONE")] == [BERLIN]
    assert _leaks(data) == []


def test_names_in_the_provider_day_only_when_asked_with_the_vault_open(db, key, day):
    data = day_ics(db, day["day"].id, vault=key, with_names=True)

    summaries = [str(e["SUMMARY"]) for e in _events(data)]
    assert summaries == [f"Session — {NAME}", f"Session — {ALIAS}", "Open slot"]
    assert _leaks(data.replace(NAME.encode(), b"").replace(ALIAS.encode(), b"")) == []
    with pytest.raises(WellnessError, match="unlock the therapy section"):
        day_ics(db, day["day"].id, with_names=True)


def test_a_rebooked_slot_updates_its_event_in_the_provider_calendar(db, key, day):
    before = {str(e["UID"]): str(e["SUMMARY"]) for e in _events(day_ics(db, day["day"].id))}
    therapy.cancel_booking(db, day["alias"].id)
    therapy.book(db, key, day["free"].id, person="Someone Else")

    after = {str(e["UID"]): str(e["SUMMARY"]) for e in _events(day_ics(db, day["day"].id))}

    assert set(before) == set(after)
    assert sorted(before.values()) == ["Open slot", "Session", "Session"]
    assert list(after.values()) == ["Session", "Open slot", "Session"]


def test_a_remote_day_in_another_zone(db, key, tour):
    chicago = activations.add_tour_stop(db, activation_id=tour.id, stop_date=date(2026, 9, 20),
                                        city="Chicago", venue="Riviera Theatre",
                                        tz="America/Chicago")
    remote = therapy.create_therapy_day(
        db, key, location_id=chicago.id, provider_name="Sam Okafor, LCSW", mode="remote",
        plan=therapy.DayPlan(time(15), time(16)))
    (slot,) = therapy.slots(db, remote.id)
    booking = therapy.book(db, key, slot.id, person=NAME)

    (one,) = _events(booking_ics(db, booking.id))
    (whole,) = _events(day_ics(db, remote.id))

    for event in (one, whole):
        assert str(event["LOCATION"]) == "Remote"
        assert event["DTSTART"].params["TZID"] == "America/Chicago"
        assert event["DTSTART"].to_ical() == b"20260920T150000"  # CDT, 20:00 UTC
        assert event.decoded("DTEND").astimezone(UTC) == datetime(2026, 9, 20, 20, 50,
                                                                  tzinfo=UTC)


def test_the_confidential_day_sheet_is_readable_by_its_owner_only(db, tmp_path):
    import os
    import stat

    from wellness_desk import activations, therapy, vault
    from wellness_desk.therapy_io import day_sheet_pdf

    tour = activations.create_activation(db, name="Owner Tour", kind="tour",
                                         start=date(2026, 9, 1), end=date(2026, 9, 30),
                                         tz="Europe/Berlin")
    stop = activations.add_tour_stop(db, activation_id=tour.id, stop_date=date(2026, 9, 14),
                                     city="Berlin", venue="Columbiahalle", tz="Europe/Berlin")
    key = vault.set_up(db, "4821")
    day = therapy.create_therapy_day(db, key, location_id=stop.id, provider_name="Dr. B",
                                     plan=therapy.DayPlan(time(10), time(12)))
    path = tmp_path / "sheet.pdf"
    day_sheet_pdf(db, key, day.id, path)
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
