"""Therapy days on paper and in calendars: names on the provider's sheet only, behind the vault."""

from __future__ import annotations

import pickle
from datetime import UTC, date, datetime, time, timedelta

import pytest
from icalendar import Calendar

from tests import ics_readers, pdf_pages
from wellness_desk import activations, settings, therapy, vault
from wellness_desk.clock import zone
from wellness_desk.errors import WellnessError
from wellness_desk.therapy_io import (
    booking_ics,
    day_ics,
    day_sheet_pdf,
    plan_day_sheet,
    plan_signup_sheet,
    save_day_sheet,
    save_signup_sheet,
    signup_sheet_pdf,
)

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


def test_the_day_sheet_is_read_then_drawn_without_the_database_and_its_plan_names_no_one(
        db, key, day, tmp_path):
    plan = plan_day_sheet(db, key, day["day"].id, now=NOW)
    db.close()  # drawing needs nothing more from it
    # The plan holds the decrypted rows; what it says of itself (in a log, a traceback)
    # does not.
    assert _leaks(repr(plan).encode()) == []
    path = tmp_path / "sheet.pdf"

    assert save_day_sheet(plan, path) == 1

    text = _text(_pages(path)[0])
    assert NAME in text and f"Notes: {NOTES}" in text and PROVIDER_CONTACT in text
    assert path.stat().st_mode & 0o777 == 0o600


def test_the_day_sheet_is_drawn_in_the_drawing_process_and_still_kept_from_others(
        db, key, day, tmp_path, drawing):
    plan = plan_day_sheet(db, key, day["day"].id, now=NOW)
    assert pickle.loads(pickle.dumps(plan)) == plan  # as it crosses to the process
    path = tmp_path / "sheet.pdf"

    assert drawing.run(save_day_sheet, plan, path) == 1

    assert NAME in _text(_pages(path)[0])
    assert path.stat().st_mode & 0o777 == 0o600


def test_the_signup_sheet_is_read_then_drawn_without_the_database(db, day, tmp_path):
    plan = plan_signup_sheet(db, day["day"].id, hub_url=HUB, now=NOW)
    db.close()
    assert pickle.loads(pickle.dumps(plan)) == plan  # as it crosses to the drawing process
    path = tmp_path / "sign-up.pdf"

    assert save_signup_sheet(plan, path) == 1

    (page,) = _pages(path)
    assert "12:00–12:50" in _text(page) and _qr_codes(page) == [HUB]


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


def test_a_cancelled_booking_exports_as_cancelled_with_a_higher_sequence(db, key, day):
    (before,) = _events(booking_ics(db, day["alias"].id, now=NOW))
    therapy.cancel_booking(db, day["alias"].id, late=True)
    later = NOW + timedelta(hours=3)

    (event,) = _events(booking_ics(db, day["alias"].id, now=later))

    assert str(event["STATUS"]) == "CANCELLED"
    assert str(event["UID"]) == str(before["UID"])
    assert (before.decoded("SEQUENCE"), event.decoded("SEQUENCE")) == (0, 1)
    assert event.decoded("LAST-MODIFIED") == event.decoded("DTSTAMP") == later


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
    first = _events(day_ics(db, day["day"].id, now=NOW))
    before = {str(e["UID"]): str(e["SUMMARY"]) for e in first}
    therapy.cancel_booking(db, day["alias"].id)
    therapy.book(db, key, day["free"].id, person="Someone Else")

    second = _events(day_ics(db, day["day"].id, now=NOW + timedelta(hours=1)))

    after = {str(e["UID"]): str(e["SUMMARY"]) for e in second}
    assert set(before) == set(after)
    assert sorted(before.values()) == ["Open slot", "Session", "Session"]
    assert list(after.values()) == ["Session", "Open slot", "Session"]
    # The two slots that changed say so; the one that did not keeps its revision.
    assert [e.decoded("SEQUENCE") for e in second] == [0, 1, 1]
    assert [e.decoded("LAST-MODIFIED") for e in second] == [
        NOW, NOW + timedelta(hours=1), NOW + timedelta(hours=1)]


def test_another_person_in_the_same_slot_is_a_new_version_too(db, key, day):
    (_, _, free) = _events(day_ics(db, day["day"].id, now=NOW))
    booking = therapy.book(db, key, day["free"].id, person="First Person")
    day_ics(db, day["day"].id, now=NOW + timedelta(hours=1))
    therapy.cancel_booking(db, booking.id)
    therapy.book(db, key, day["free"].id, person="Second Person")

    (_, _, again) = _events(day_ics(db, day["day"].id, now=NOW + timedelta(hours=2)))

    # Without names both read "Session", but a calendar with names must take the new one.
    assert str(again["UID"]) == str(free["UID"]) and str(again["SUMMARY"]) == "Session"
    assert again.decoded("SEQUENCE") == 2
    assert db.execute("SELECT count(*) FROM calendar_revision WHERE fingerprint LIKE ?",
                      ["%Person%"]).fetchone()[0] == 0


def test_slots_a_new_plan_removes_are_cancelled_in_the_provider_calendar(db, key, day):
    therapy_day = day["day"]
    exported = {str(e["UID"]): e for e in _events(day_ics(db, therapy_day.id, now=NOW))}
    # The day now ends at 12:00: the free 12:00 slot goes; the booked ones stay.
    therapy.regenerate(db, therapy_day.id, therapy.DayPlan(time(10), time(12)))
    later = NOW + timedelta(hours=2)

    data = day_ics(db, therapy_day.id, now=later)

    events = {str(e["UID"]): e for e in _events(data)}
    assert set(events) == set(exported)
    removed = [u for u, e in exported.items() if str(e["SUMMARY"]) == "Open slot"]
    assert len(removed) == 1
    gone = events[removed[0]]
    assert str(gone["STATUS"]) == "CANCELLED"
    assert gone.decoded("SEQUENCE") == exported[removed[0]].decoded("SEQUENCE") + 1
    assert gone.decoded("LAST-MODIFIED") == later
    assert gone.decoded("DTSTART") == exported[removed[0]].decoded("DTSTART")
    kept = [e for u, e in events.items() if u not in removed]
    assert [(str(e["STATUS"]), e.decoded("SEQUENCE")) for e in kept] == [("CONFIRMED", 0)] * 2
    # Independent readers see the cancellation and its number too.
    for name, read in ics_readers.independent_readers():
        found = read(data)[removed[0]]
        assert (found.status, found.sequence) == ("CANCELLED", 1), name
    # Exported again: the cancellation stays, at the same revision.
    again = {str(e["UID"]): e for e in _events(day_ics(db, therapy_day.id,
                                                       now=later + timedelta(hours=1)))}
    assert again[removed[0]].decoded("SEQUENCE") == 1
    assert str(again[removed[0]]["STATUS"]) == "CANCELLED"


def test_a_slot_no_calendar_ever_had_is_not_sent_as_cancelled(db, key, day):
    therapy.regenerate(db, day["day"].id, therapy.DayPlan(time(10), time(12)))

    events = _events(day_ics(db, day["day"].id, now=NOW))

    assert [str(e["SUMMARY"]) for e in events] == ["Session", "Session"]


def test_a_slot_blocked_after_an_export_is_cancelled_in_the_provider_calendar(db, key, day):
    (_, _, free) = _events(day_ics(db, day["day"].id, now=NOW))
    therapy.block_slot(db, day["free"].id)

    (_, _, blocked) = _events(day_ics(db, day["day"].id, now=NOW + timedelta(hours=1)))

    assert str(blocked["UID"]) == str(free["UID"])
    assert (str(blocked["STATUS"]), blocked.decoded("SEQUENCE")) == ("CANCELLED", 1)


def test_a_day_with_nothing_offered_is_refused_with_a_sentence(db, key, berlin):
    therapy_day = therapy.create_therapy_day(
        db, key, location_id=berlin.id, provider_name="Dr Ines Vogel",
        plan=therapy.DayPlan(time(10), time(11)))
    (slot,) = therapy.slots(db, therapy_day.id)
    therapy.block_slot(db, slot.id)

    with pytest.raises(WellnessError) as refused:
        day_ics(db, therapy_day.id)

    assert str(refused.value) == (f"no slot of the therapy day in {therapy_day.stop} is "
                                  "offered: nothing to put in a calendar")


def test_libical_finds_nothing_wrong_with_the_therapy_calendars(db, key, day):
    for data in (day_ics(db, day["day"].id, now=NOW),
                 booking_ics(db, day["named"].id, now=NOW)):
        read = ics_readers.libical(data)

        assert read.errors == [] and read.restrictions_met
        assert "METHOD" not in Calendar.from_ical(data)


# -- the night the clocks go back --------------------------------------------------------------


@pytest.fixture
def fall_back(db, key):
    """Chicago, 2026-11-01, 00:00–04:00 wall time: five real hours, five slots, two of them
    at 01:00 (06:00Z in CDT, then 07:00Z in CST)."""
    tour = activations.create_activation(db, name="Night Owls US Tour", kind="tour",
                                         start=date(2026, 10, 20), end=date(2026, 11, 10),
                                         tz="America/Chicago")
    chicago = activations.add_tour_stop(db, activation_id=tour.id, stop_date=date(2026, 11, 1),
                                        city="Chicago", venue="Riviera Theatre",
                                        tz="America/Chicago")
    therapy_day = therapy.create_therapy_day(
        db, key, location_id=chicago.id, provider_name="Sam Okafor, LCSW",
        plan=therapy.DayPlan(time(0), time(4)))
    return therapy_day


def test_the_hour_that_happens_twice_is_written_in_utc_and_read_right(db, key, fall_back):
    slots = therapy.slots(db, fall_back.id)
    assert [s.start.strftime("%H:%M") for s in slots] == [
        "05:00", "06:00", "07:00", "08:00", "09:00"]

    data = day_ics(db, fall_back.id, now=NOW)

    events = _events(data)
    assert [e["DTSTART"].to_ical() for e in events] == [
        b"20261101T000000", b"20261101T060000Z", b"20261101T070000Z", b"20261101T020000",
        b"20261101T030000"]
    assert events[0]["DTSTART"].params["TZID"] == "America/Chicago"
    expected = {str(e["UID"]): (s.start, s.end) for e, s in zip(events, slots, strict=True)}
    for name, read in ics_readers.independent_readers():
        assert {u: (e.start, e.end) for u, e in read(data).items()} == expected, name


def test_the_sheets_tell_the_two_one_oclocks_apart(db, key, fall_back, tmp_path):
    sheet, signup = tmp_path / "sheet.pdf", tmp_path / "signup.pdf"

    day_sheet_pdf(db, key, fall_back.id, sheet, now=NOW)
    signup_sheet_pdf(db, fall_back.id, signup, now=NOW, hub_url=HUB)

    sheet_text = " ".join(_text(p) for p in _pages(sheet))
    assert sheet_text.index("00:00 to 00:50 FREE") < sheet_text.index(
        "01:00 (CDT) to 01:50 (CDT) FREE") < sheet_text.index(
        "01:00 (CST) to 01:50 (CST) FREE") < sheet_text.index("02:00 to 02:50 FREE")
    signup_text = " ".join(_text(p) for p in _pages(signup))
    assert signup_text.index("00:00–00:50") < signup_text.index(
        "01:00–01:50 (CDT)") < signup_text.index("01:00–01:50 (CST)") < signup_text.index(
        "02:00–02:50")


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


def test_a_calendar_with_a_client_s_name_is_readable_by_its_owner_only(db, key, day, tmp_path):
    import os
    import stat

    from wellness_desk.therapy_io import save_booking_ics, save_day_ics

    named, plain = tmp_path / "named.ics", tmp_path / "plain.ics"
    whole_day, bare_day = tmp_path / "day-named.ics", tmp_path / "day.ics"
    umask = os.umask(0o022)  # a usual one, whatever this machine's is
    try:
        save_booking_ics(db, day["named"].id, named, vault=key, with_name=True)
        save_booking_ics(db, day["named"].id, plain, vault=key)
        save_day_ics(db, day["day"].id, whole_day, vault=key, with_names=True)
        save_day_ics(db, day["day"].id, bare_day, vault=key)
    finally:
        os.umask(umask)
    assert NAME.encode() in _unfolded(named.read_bytes())
    assert NAME.encode() in _unfolded(whole_day.read_bytes())
    assert _leaks(plain.read_bytes()) == [] and _leaks(bare_day.read_bytes()) == []
    if os.name == "posix":
        modes = {p.name: stat.S_IMODE(p.stat().st_mode)
                 for p in (named, plain, whole_day, bare_day)}
        assert modes["named.ics"] == modes["day-named.ics"] == 0o600
        # Without a name it is a calendar like any other, for others to read.
        assert modes["plain.ics"] == modes["day.ics"] == 0o644
