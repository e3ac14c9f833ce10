"""Count cells for the hub: right numbers per period and dimension, revisions, privacy."""

from __future__ import annotations

import dataclasses
import json
import logging
from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import settings as settings_hyp
from hypothesis import strategies as st

from wellness_desk import activations, cards, kits, schedule, settings, therapy, vault
from wellness_desk.cards import CardJob
from wellness_desk.db import memory_db
from wellness_desk.errors import WellnessError
from wellness_desk.sync.cells import (
    CELL_FIELDS,
    Cell,
    CellError,
    cell_payload,
    compute_cells,
    current_revision,
    payload_bytes,
    pending_cells,
    refresh_cells,
)
from wellness_desk.therapy import DayPlan

CANARY_PERSON = "Zyxwv Canarybird"
CANARY_CONTACT = "canary-contact@example.invalid"
CANARY_NOTE = "canary-note-5150"
CANARY_WAITING = "Qwertz Canaryfinch"
CANARY_PROVIDER = "Dr Canary Providerhawk"
CANARY_PROVIDER_CONTACT = "canary-provider-7431@example.invalid"
CANARY_FACILITATOR = "Mnbvc Canaryjay"
CANARY_TITLE = "Canarytitle breathing with Mnbvc"
CANARY_DESCRIPTION = "canary-description-2718"
CANARY_TAG = "canary-tag-green-room"
CANARY_REASON = "canary-reason-recount"
CANARY_VENUE = "Canaryvenue Hall"
CANARY_CITY = "Canarycity"
CANARY_ACTIVATION = "Canaryfest Activation"
CANARIES = (CANARY_PERSON, CANARY_CONTACT, CANARY_NOTE, CANARY_WAITING, CANARY_PROVIDER,
            CANARY_PROVIDER_CONTACT, CANARY_FACILITATOR, CANARY_TITLE, CANARY_DESCRIPTION,
            CANARY_TAG, CANARY_REASON, CANARY_VENUE, CANARY_CITY, CANARY_ACTIVATION,
            "Canary")


def _at(hour, minute=0, day=4):
    return datetime(2026, 7, day, hour, minute, tzinfo=UTC)


def _uid(db, activation_id):
    return db.execute("SELECT uid FROM activation WHERE id = ?", [activation_id]).fetchone()[0]


def _values(db, metric=None):
    """{(metric, period, dims...): value} of every stored cell."""
    return {
        (c.metric, c.period, *c.dims.values()): c.value
        for c in pending_cells(db, 0) if metric is None or c.metric == metric
    }


def _cell(db, **key):
    found = [c for c in pending_cells(db, 0)
             if all(getattr(c, k) == v for k, v in key.items())]
    assert len(found) == 1, found
    return found[0]


# -- activations get a stable random uid -----------------------------------------------------


def test_every_activation_gets_its_own_stable_random_uid(db, festival):
    other = activations.create_activation(
        db, name="Other Fest", kind="festival", start=date(2026, 8, 1), end=date(2026, 8, 2),
        tz="Europe/London")
    first, second = _uid(db, festival["activation"].id), _uid(db, other.id)
    assert len(first) == 32 and int(first, 16) >= 0
    assert first != second
    assert str(festival["activation"].id) not in (first, second)
    with pytest.raises(Exception, match="keeps its uid"):
        db.execute("UPDATE activation SET uid = ? WHERE id = ?", ["0" * 32, other.id])
    assert _uid(db, festival["activation"].id) == first


# -- kits ----------------------------------------------------------------------------------


def test_kits_counted_per_utc_hour_kit_type_and_role(db, festival):
    tent, ear, water = festival["tent"].id, festival["earplugs"].id, festival["water"].id
    uid = _uid(db, festival["activation"].id)
    kits.hand_out(db, kit_type_id=ear, location_id=tent, role="crew", now=_at(13, 5))
    kits.hand_out(db, kit_type_id=ear, location_id=tent, count=2, now=_at(13, 50))
    kits.hand_out(db, kit_type_id=ear, location_id=tent, role="crew", now=_at(13, 59))
    kits.hand_out(db, kit_type_id=water, location_id=tent, role="artist", now=_at(14, 0))
    kits.correct_stock(db, kit_type_id=water, location_id=tent, counted=3,
                       reason=CANARY_REASON, now=_at(14, 1))

    assert refresh_cells(db) == 3
    assert _values(db) == {
        ("kits_handed_out", "2026-07-04T13:00Z", "Earplugs", "crew"): 2,
        ("kits_handed_out", "2026-07-04T13:00Z", "Earplugs", "unspecified"): 2,
        ("kits_handed_out", "2026-07-04T14:00Z", "Hydration pack", "artist"): 1,
    }
    assert {c.activation for c in pending_cells(db, 0)} == {uid}
    assert sorted(c.revision for c in pending_cells(db, 0)) == [1, 2, 3]
    assert current_revision(db) == 3


def test_an_undo_lowers_the_cell_with_a_new_revision_and_never_deletes_it(db, festival):
    tent, ear = festival["tent"].id, festival["earplugs"].id
    first = kits.hand_out(db, kit_type_id=ear, location_id=tent, role="crew", now=_at(13, 5))
    second = kits.hand_out(db, kit_type_id=ear, location_id=tent, role="crew", now=_at(13, 6))
    assert refresh_cells(db) == 1
    before = _cell(db, metric="kits_handed_out")
    assert before.value == 2

    # Undone an hour later: still counted in (and lowered in) the hour it was handed out.
    kits.undo(db, second.movement.id, now=_at(14, 30))
    assert refresh_cells(db) == 1
    after = _cell(db, metric="kits_handed_out")
    assert (after.period, after.value) == ("2026-07-04T13:00Z", 1)
    assert after.revision > before.revision
    assert pending_cells(db, before.revision) == [after]

    kits.undo(db, first.movement.id, now=_at(14, 31))
    assert refresh_cells(db) == 1
    gone = _cell(db, metric="kits_handed_out")
    assert gone.value == 0 and gone.revision > after.revision
    assert cell_payload(pending_cells(db, after.revision))["cells"][0]["value"] == 0


def test_a_second_refresh_with_nothing_new_bumps_nothing(db, festival):
    kits.hand_out(db, kit_type_id=festival["earplugs"].id, location_id=festival["tent"].id,
                  now=_at(13))
    assert refresh_cells(db) == 1
    revision = current_revision(db)
    assert refresh_cells(db) == 0
    assert refresh_cells(db) == 0
    assert current_revision(db) == revision
    assert pending_cells(db, revision) == []


def test_a_never_counted_cell_is_not_created(db, festival):
    move = kits.hand_out(db, kit_type_id=festival["earplugs"].id,
                         location_id=festival["tent"].id, now=_at(13))
    kits.undo(db, move.movement.id, now=_at(13, 1))
    assert refresh_cells(db) == 0
    assert pending_cells(db, 0) == []


def test_renaming_a_kit_type_moves_its_count_to_the_new_name(db, festival):
    ear = festival["earplugs"].id
    kits.hand_out(db, kit_type_id=ear, location_id=festival["tent"].id, now=_at(13))
    refresh_cells(db)
    kits.rename_kit_type(db, ear, "Ear defenders")
    assert refresh_cells(db) == 2
    assert _values(db) == {
        ("kits_handed_out", "2026-07-04T13:00Z", "Earplugs", "unspecified"): 0,
        ("kits_handed_out", "2026-07-04T13:00Z", "Ear defenders", "unspecified"): 1,
    }


def test_names_are_cleaned_where_they_are_made(db):
    """Control characters never get into a kit type or workshop kind; a kind is at most 80
    characters (the hub's limit on a count's label); kit names were already 40 at most."""
    bell = kits.add_kit_type(db, name="  Ear\x07plugs\x00 ")
    assert bell.name == "Earplugs"
    tabbed = kits.add_kit_type(db, name="Hydration\tpack\x85 \x9f")
    assert tabbed.name == "Hydration pack"
    assert kits.rename_kit_type(db, tabbed.id, "Water\x1b\nbottle").name == "Water bottle"
    assert kits.find_kit_type(db, "Ear\x07plugs").id == bell.id
    with pytest.raises(WellnessError, match="kit name: must not be empty"):
        kits.add_kit_type(db, name="\x07\x08")
    with pytest.raises(WellnessError, match="already exists"):
        kits.add_kit_type(db, name="Ear\x7fplugs")
    with pytest.raises(WellnessError, match="longer than 40 characters"):
        kits.add_kit_type(db, name="k" * 41)

    assert schedule.add_workshop_kind(db, "Forest\x07 bathing\n") == "Forest bathing"
    assert schedule.add_workshop_kind(db, "k" * 80) == "k" * 80
    with pytest.raises(WellnessError, match="workshop kind: longer than 80 characters"):
        schedule.add_workshop_kind(db, "k" * 100)
    with pytest.raises(WellnessError, match="workshop kind: must not be empty"):
        schedule.add_workshop_kind(db, "\x00\x1f")
    assert "Forest bathing" in schedule.workshop_kinds(db)


def test_cells_carry_cleaned_names_and_names_that_clean_alike_count_as_one(db, festival):
    """Names stored before they were cleaned (an older database) are cleaned in the cells:
    a bell character goes, a kind of 100 characters is cut to 80, one that is nothing but
    control characters is "unnamed". Kit types whose names clean alike share a cell, on the
    full recount and on the incremental one."""
    tent = festival["tent"].id
    odd = kits.add_kit_type(db, name="Odd")
    blank = kits.add_kit_type(db, name="Blank")
    db.execute("UPDATE kit_type SET name = ? WHERE id = ?", ["Ear\x07plugs", odd.id])
    db.execute("UPDATE kit_type SET name = ? WHERE id = ?", ["\x07\x08", blank.id])
    long_kind = ("Stretch " * 13).strip()  # 103 characters
    db.execute("INSERT INTO workshop_kind (name, position) VALUES (?, 99)", [long_kind])
    for kit in (odd, blank):
        kits.receive_stock(db, kit_type_id=kit.id, location_id=tent, count=50, now=_at(8))
    kits.hand_out(db, kit_type_id=festival["earplugs"].id, location_id=tent, now=_at(13))
    kits.hand_out(db, kit_type_id=odd.id, location_id=tent, count=2, now=_at(13, 10))
    kits.hand_out(db, kit_type_id=blank.id, location_id=tent, now=_at(13, 20))
    session = schedule.create_workshop(db, schedule.Draft(
        location_id=tent, title="Long", kind=long_kind, start=_at(10), end=_at(11)))
    schedule.set_status(db, session.id, "held")

    refresh_cells(db)
    assert _values(db) == {
        ("kits_handed_out", "2026-07-04T13:00Z", "Earplugs", "unspecified"): 3,
        ("kits_handed_out", "2026-07-04T13:00Z", "unnamed", "unspecified"): 1,
        ("workshops_held", "2026-07-04T10:00Z", long_kind[:80].strip()): 1,
    }
    # Incremental: only the bell-named kit is tapped; its cell is recounted over both.
    kits.hand_out(db, kit_type_id=odd.id, location_id=tent, now=_at(13, 30))
    assert refresh_cells(db) == 1
    assert _values(db, "kits_handed_out")[
        ("kits_handed_out", "2026-07-04T13:00Z", "Earplugs", "unspecified")] == 4
    stored = {(m, a, p, d): v for m, a, p, d, v in db.execute(
        "SELECT metric, activation_uid, period, dims, value FROM sync_cell") if v}
    assert stored == {k: v for k, v in compute_cells(db).items() if v}


def test_cells_kept_before_names_were_cleaned_are_retired_not_sent(db, festival):
    """A cell an older desk kept with a name the hub refuses (it was set aside then) is
    retired on the next refresh (value and revision 0: kept, never sent), and its count
    goes under the cleaned name: nothing in the queue can stop the sync."""
    uid = _uid(db, festival["activation"].id)
    kits.hand_out(db, kit_type_id=festival["earplugs"].id, location_id=festival["tent"].id,
                  count=3, now=_at(13))
    refresh_cells(db)
    db.execute("UPDATE kit_type SET name = 'Ear\x07plugs' WHERE id = ?",
               [festival["earplugs"].id])
    bad_dims = '{"kit_type":"Ear\u0007plugs","role":"unspecified"}'
    db.execute("UPDATE sync_cell SET dims = ? WHERE metric = 'kits_handed_out'", [bad_dims])
    db.execute("INSERT INTO sync_cell VALUES ('workshops_held', ?, '2026-07-04T09:00Z', ?, 1,"
               " 2)", [uid, '{"kind":"Yoga\u0085"}'])
    db.execute("UPDATE sync_state SET revision = 2")
    settings.put(db, "sync_kits_fingerprint", "from an older desk")

    # Before the refresh too, the queue skips what cannot be sent.
    assert pending_cells(db, 0) == []
    assert refresh_cells(db) == 3  # two retired, one made under the cleaned name
    assert _values(db) == {
        ("kits_handed_out", "2026-07-04T13:00Z", "Earplugs", "unspecified"): 3}
    assert [c.revision for c in pending_cells(db, 0)] == [3]
    assert db.execute("SELECT metric, value FROM sync_cell WHERE revision = 0 ORDER BY metric"
                      ).fetchall() == [("kits_handed_out", 0), ("workshops_held", 0)]
    assert refresh_cells(db) == 0


def test_refresh_is_all_or_nothing(db, festival, monkeypatch):
    kits.hand_out(db, kit_type_id=festival["earplugs"].id, location_id=festival["tent"].id,
                  now=_at(13))
    kits.hand_out(db, kit_type_id=festival["water"].id, location_id=festival["tent"].id,
                  now=_at(13))
    from wellness_desk.sync import cells as module

    real, calls = module._cell, []

    def fail_second(*args):
        calls.append(args)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real(*args)

    monkeypatch.setattr(module, "_cell", fail_second)
    with pytest.raises(RuntimeError):
        refresh_cells(db)
    assert db.execute("SELECT count(*) FROM sync_cell").fetchone()[0] == 0
    assert current_revision(db) == 0
    monkeypatch.undo()
    assert refresh_cells(db) == 2


# -- workshops -------------------------------------------------------------------------------


@pytest.fixture
def program(db, festival):
    fest = festival["activation"].id
    big = activations.add_location(db, activation_id=fest, name="Big top", capacity=40)
    small = activations.add_location(db, activation_id=fest, name="Yurt", capacity=12)

    def make(space, kind, start, *, capacity=None):
        return schedule.create_workshop(db, schedule.Draft(
            location_id=space.id, title=CANARY_TITLE, kind=kind, start=start,
            end=start + timedelta(minutes=45), facilitators=(CANARY_FACILITATOR,),
            capacity=capacity, description=CANARY_DESCRIPTION))

    return {
        "yoga_a": make(big, "Yoga", _at(10)),
        "yoga_b": make(small, "yoga", _at(10, 30)),  # the kind as typed: same kind
        "yoga_c": make(small, "Yoga", _at(12)),
        "breath": make(big, "Breathwork", _at(10, 15), capacity=25),
        "cancelled": make(small, "Meditation", _at(15)),
        "scheduled": make(small, "Meditation", _at(16)),
    }


def test_workshops_held_attendance_and_capacity_by_kind_and_start_hour(db, program):
    for _ in range(7):
        schedule.door_tap(db, program["yoga_a"].id, now=_at(10, 1))
    for _ in range(3):
        schedule.door_tap(db, program["yoga_b"].id, now=_at(10, 31))
    schedule.door_tap(db, program["yoga_b"].id, delta=-1, now=_at(10, 32))
    schedule.door_tap(db, program["yoga_b"].id, counter="waitlist", now=_at(10, 33))
    schedule.set_status(db, program["yoga_c"].id, "held", now=_at(13))  # held, none counted
    schedule.set_status(db, program["breath"].id, "held", now=_at(11))
    for _ in range(20):
        schedule.door_tap(db, program["breath"].id, now=_at(10, 16))
    schedule.set_status(db, program["cancelled"].id, "cancelled")

    refresh_cells(db)
    assert _values(db) == {
        ("workshops_held", "2026-07-04T10:00Z", "Yoga"): 2,
        ("workshop_attendance", "2026-07-04T10:00Z", "Yoga"): 9,
        ("workshop_capacity", "2026-07-04T10:00Z", "Yoga"): 52,
        ("workshops_held", "2026-07-04T12:00Z", "Yoga"): 1,
        ("workshop_capacity", "2026-07-04T12:00Z", "Yoga"): 12,
        ("workshops_held", "2026-07-04T10:00Z", "Breathwork"): 1,
        ("workshop_attendance", "2026-07-04T10:00Z", "Breathwork"): 20,
        ("workshop_capacity", "2026-07-04T10:00Z", "Breathwork"): 25,
    }


def test_a_workshop_put_back_to_scheduled_lowers_held(db, program):
    schedule.set_status(db, program["yoga_c"].id, "held")
    refresh_cells(db)
    held = _cell(db, metric="workshops_held")
    schedule.set_status(db, program["yoga_c"].id, "scheduled")
    assert refresh_cells(db) == 2  # held and capacity go to 0
    lowered = _cell(db, metric="workshops_held")
    assert lowered.value == 0 and lowered.revision > held.revision


# -- therapy ---------------------------------------------------------------------------------


@pytest.fixture
def tour(db):
    return activations.create_activation(
        db, name=CANARY_ACTIVATION, kind="tour", start=date(2026, 3, 27),
        end=date(2026, 10, 31), tz="Europe/London")


def _therapy_day(db, key, tour, day):
    stop = activations.add_tour_stop(db, activation_id=tour.id, stop_date=day,
                                     city=CANARY_CITY, venue=CANARY_VENUE, tz="Europe/London")
    return therapy.create_therapy_day(
        db, key, location_id=stop.id, provider_name=CANARY_PROVIDER,
        provider_contact=CANARY_PROVIDER_CONTACT, plan=DayPlan(time(10), time(13)))


@pytest.fixture
def therapy_tour(db, tour):
    """Two stops in ISO week 28 and one in week 29; names, contacts and notes are canaries."""
    key = vault.set_up(db, "4821")
    friday = _therapy_day(db, key, tour, date(2026, 7, 10))
    saturday = _therapy_day(db, key, tour, date(2026, 7, 11))
    next_week = _therapy_day(db, key, tour, date(2026, 7, 14))
    fri = therapy.slots(db, friday.id)
    sat = therapy.slots(db, saturday.id)
    nxt = therapy.slots(db, next_week.id)

    def book(slot, n):
        return therapy.book(db, key, slot.id, person=f"{CANARY_PERSON} {n}",
                            contact=CANARY_CONTACT, notes=CANARY_NOTE, role="artist")

    therapy.set_status(db, book(fri[0], 1).id, "attended")
    therapy.set_status(db, book(fri[1], 2).id, "no_show")
    book(sat[0], 3)
    therapy.cancel_booking(db, book(sat[1], 4).id)
    therapy.set_status(db, book(nxt[0], 5).id, "attended")
    therapy.block_slot(db, nxt[1].id)
    therapy.add_to_waitlist(db, key, next_week.id, person=CANARY_WAITING,
                            contact=CANARY_CONTACT, role="crew")
    return {"tour": tour, "slots_per_day": len(fri)}


def test_therapy_counts_per_tour_per_iso_week_only(db, therapy_tour):
    per_day = therapy_tour["slots_per_day"]
    refresh_cells(db)
    assert _values(db) == {
        ("therapy_offered", "2026-W28"): 2 * per_day,
        ("therapy_booked", "2026-W28"): 3,
        ("therapy_held", "2026-W28"): 1,
        ("therapy_no_show", "2026-W28"): 1,
        ("therapy_offered", "2026-W29"): per_day - 1,
        ("therapy_booked", "2026-W29"): 1,
        ("therapy_held", "2026-W29"): 1,
    }
    uid = _uid(db, therapy_tour["tour"].id)
    for cell in pending_cells(db, 0):
        assert cell.activation == uid
        assert cell.dims == {}  # never by role, day or stop
    body = cell_payload(pending_cells(db, 0))
    assert {k for c in body["cells"] for k in c} == {
        "activation", "metric", "period", "revision", "value"}


# -- cards -----------------------------------------------------------------------------------


def test_cards_printed_by_template_in_the_activation_current_when_printed(db, festival):
    settings.set_hub_url(db, "https://hub.example.org/r")
    cards.record_printed(db, CardJob(template="wallet", tag=CANARY_TAG, copies=3))
    cards.record_printed(db, CardJob(template="wallet", tag=CANARY_TAG, copies=10))
    cards.record_printed(db, CardJob(template="poster", tag=CANARY_TAG, paper="a3"))
    other = activations.create_activation(
        db, name="Later Fest", kind="festival", start=date(2026, 9, 1), end=date(2026, 9, 2),
        tz="Europe/London")
    activations.set_current_activation(db, other.id)
    cards.record_printed(db, CardJob(template="poster", tag=CANARY_TAG, paper="a3", copies=2))

    refresh_cells(db)
    jobs = cards.print_jobs(db)
    hour = datetime.fromisoformat(jobs[0]["printed_utc"]).strftime("%Y-%m-%dT%H:00Z")
    by_template = {(c.activation, c.template): c.value
                   for c in pending_cells(db, 0) if c.metric == "cards_printed"}
    fest_uid, other_uid = _uid(db, festival["activation"].id), _uid(db, other.id)
    assert by_template == {
        (fest_uid, "wallet"): jobs[0]["cards"] + jobs[1]["cards"],
        (fest_uid, "poster"): jobs[2]["cards"],
        (other_uid, "poster"): jobs[3]["cards"],
    }
    assert by_template[(fest_uid, "wallet")] == 20  # a wallet sheet is 10-up: filled
    # Jobs recorded in one hour (the test runs in well under one, or across two).
    assert {c.period for c in pending_cells(db, 0)} <= {
        hour, datetime.fromisoformat(jobs[-1]["printed_utc"]).strftime("%Y-%m-%dT%H:00Z")}


# -- the strict cell and the payload ---------------------------------------------------------


def test_a_cell_holds_exactly_the_allow_listed_fields():
    assert CELL_FIELDS == ("metric", "activation", "period", "kit_type", "role", "kind",
                           "template", "resource", "value", "revision")
    uid = "a" * 32
    good = Cell(metric="kits_handed_out", activation=uid, period="2026-07-04T13:00Z",
                kit_type="Earplugs", role="crew", value=3, revision=7)
    assert good.as_dict() == {"activation": uid, "kit_type": "Earplugs", "metric":
                              "kits_handed_out", "period": "2026-07-04T13:00Z",
                              "revision": 7, "role": "crew", "value": 3}
    with pytest.raises(TypeError):
        Cell(metric="therapy_held", activation=uid, period="2026-W28", person="x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        good.value = 4
    bad = [
        {"metric": "therapy_names", "period": "2026-W28"},
        {"metric": "therapy_held", "period": "2026-07-04T13:00Z"},  # never by day or hour
        {"metric": "therapy_held", "period": "2026-W28", "role": "crew"},  # never by role
        {"metric": "kits_handed_out", "period": "2026-07-04T13:05Z", "kit_type": "E",
         "role": "crew"},  # an exact time, not an hour
        {"metric": "kits_handed_out", "period": "2026-07-04T13:00Z", "kit_type": "E",
         "role": "Zyxwv"},  # a role outside the categories
        {"metric": "kits_handed_out", "period": "2026-07-04T13:00Z", "kit_type": "E"},
        {"metric": "cards_printed", "period": "2026-07-04T13:00Z", "template": "wallet",
         "kind": "Yoga"},
        {"metric": "cards_printed", "period": "2026-07-04T13:00Z", "template": "wallet",
         "value": 1.5},
        # A contact's uuid only: never its number or name, never by hour.
        {"metric": "resource_not_working", "period": "2026-W28", "resource": "988"},
        {"metric": "resource_not_working", "period": "2026-W28",
         "resource": "0E6E2B8E-4C7A-4D6E-9F0A-1B2C3D4E5F60"},
        {"metric": "resource_not_working", "period": "2026-07-04T13:00Z",
         "resource": "0e6e2b8e-4c7a-4d6e-9f0a-1b2c3d4e5f60"},
    ]
    for fields in bad:
        with pytest.raises(CellError):
            Cell(activation=uid, **fields)
    with pytest.raises(CellError):
        Cell(metric="therapy_held", activation="1", period="2026-W28")
    with pytest.raises(CellError):
        cell_payload([{"metric": "therapy_held"}])


def test_the_payload_is_sorted_and_holds_only_allow_listed_fields(db, festival, program):
    kits.hand_out(db, kit_type_id=festival["water"].id, location_id=festival["tent"].id,
                  role="family", now=_at(9))
    schedule.door_tap(db, program["yoga_a"].id, now=_at(10, 1))
    refresh_cells(db)
    cells = pending_cells(db, 0)
    body = cell_payload(cells)
    assert list(body) == ["cells", "version"]
    revisions = [c["revision"] for c in body["cells"]]
    assert revisions == sorted(revisions)
    for c in body["cells"]:
        assert list(c) == sorted(c)
        assert set(c) <= set(CELL_FIELDS)
        assert all(v is not None for v in c.values())
    assert json.loads(payload_bytes(cells)) == body
    assert payload_bytes(cells) == payload_bytes(list(reversed(cells)))


# -- privacy: canaries in every personal field never reach the payload -----------------------


def _canary_activity(db, festival, program):
    """A hand-out, a recount with a canary reason, people at a workshop door, a workshop
    held and cards printed with a canary tag: every metric gets a cell."""
    tent, ear = festival["tent"].id, festival["earplugs"].id
    kits.hand_out(db, kit_type_id=ear, location_id=tent, role="crew", now=_at(13))
    kits.correct_stock(db, kit_type_id=ear, location_id=tent, counted=1,
                       reason=CANARY_REASON, now=_at(13, 2))
    for _ in range(5):
        schedule.door_tap(db, program["yoga_a"].id, now=_at(10, 1))
    schedule.set_status(db, program["breath"].id, "held")
    cards.record_printed(db, CardJob(template="wallet", tag=CANARY_TAG, copies=2))


def test_canaries_in_every_personal_field_never_reach_the_payload(db, festival, program,
                                                                 therapy_tour):
    settings.set_hub_url(db, "https://hub.example.org/r")
    _canary_activity(db, festival, program)
    assert refresh_cells(db) > 0

    cells = pending_cells(db, 0)
    assert {c.metric for c in cells} == {
        "kits_handed_out", "workshops_held", "workshop_attendance", "workshop_capacity",
        "therapy_offered", "therapy_booked", "therapy_held", "therapy_no_show",
        "cards_printed"}
    for text in (json.dumps(cell_payload(cells)), payload_bytes(cells).decode("utf-8")):
        for canary in CANARIES:
            assert canary.lower() not in text.lower()
        # Nor the local activation names or row ids as keys.
        assert "Test Fest" not in text
        assert '"activation":1' not in text.replace(" ", "")
    # The canaries were really there to leak.
    assert therapy.list_therapy_days(db, therapy_tour["tour"].id)[0].provider_name == (
        CANARY_PROVIDER)
    assert schedule.get_workshop(db, program["yoga_a"].id).facilitators == (
        CANARY_FACILITATOR,)
    # What the hub keeps locally (sync_cell) holds no canary either.
    stored = json.dumps(db.execute("SELECT * FROM sync_cell").fetchall())
    assert not any(canary.lower() in stored.lower() for canary in CANARIES)


# -- upgrading a database from before m006 ---------------------------------------------------


def test_upgrading_gives_old_activations_uids_and_attributes_old_print_jobs(db_path):
    from sqlite_utils import Database

    from wellness_desk import migrations
    from wellness_desk.db import connect

    raw = Database(db_path)
    migrations.migrations.apply(raw, stop_before="m006_sync_cells")
    for id_, name, start in ((1, "Old Fest", "2026-07-03"), (2, "Older Fest", "2025-07-03")):
        raw.execute(
            "INSERT INTO activation (id, name, kind, start_date, end_date, tz, created_utc)"
            " VALUES (?, ?, 'festival', ?, ?, 'Europe/London', '2026-01-01T00:00:00.000000Z')",
            [id_, name, start, start])
    raw.execute(
        "INSERT INTO print_job (template, tag, language, copies, cards, paper, unique_codes,"
        " printed_utc) VALUES ('wallet', ?, 'en', 10, 10, 'a4', 0,"
        " '2026-07-04T13:20:00.000000Z')", [CANARY_TAG])
    raw.close()

    database = connect(db_path)
    try:
        uids = [r[0] for r in database.execute("SELECT uid FROM activation ORDER BY id")]
        assert len(set(uids)) == 2 and all(len(u) == 32 for u in uids)
        assert refresh_cells(database) == 1
        # No activation was picked: the most recent one, as current_activation() says.
        assert [c.as_dict() for c in pending_cells(database, 0)] == [{
            "activation": uids[0], "metric": "cards_printed", "period": "2026-07-04T13:00Z",
            "revision": 1, "template": "wallet", "value": 10}]
    finally:
        database.close()


# -- the incremental refresh gives what a full recount gives ---------------------------------

_ops = st.lists(
    st.one_of(
        st.tuples(st.just("tap"), st.integers(0, 1), st.integers(0, 2),
                  st.sampled_from(kits.ROLES[:3]), st.integers(0, 5), st.integers(1, 3)),
        st.tuples(st.just("undo"), st.integers(0, 1000)),
        st.tuples(st.just("rename"), st.integers(0, 1)),
        # A name from an older database, stored as it was typed: some clean alike.
        st.tuples(st.just("raw_name"), st.integers(0, 1),
                  st.sampled_from(["Kit A", "Kit\x07 A", "Kit\nA\x00", "\x07", "unnamed"])),
        st.tuples(st.just("refresh"),),
    ),
    max_size=40,
)


@settings_hyp(max_examples=40, deadline=None)
@given(ops=_ops)
def test_incremental_refresh_matches_a_full_recount(ops):
    """Taps, undos (in the bucket of the tap they cancel), renames and refreshes in any
    order: after every refresh the stored cells equal a recount from scratch."""
    db = memory_db()
    fest = activations.create_activation(
        db, name="Fest", kind="festival", start=date(2026, 7, 3), end=date(2026, 7, 5),
        tz="Europe/London")
    tour = activations.create_activation(
        db, name="Tour", kind="tour", start=date(2026, 7, 1), end=date(2026, 7, 30),
        tz="Europe/London")
    places = [activations.add_location(db, activation_id=fest.id, name="Tent").id,
              activations.add_location(db, activation_id=fest.id, name="Green room").id,
              activations.add_location(db, activation_id=tour.id, name="Bus").id]
    kit_ids = [kits.add_kit_type(db, name=f"Kit {n}").id for n in range(2)]
    for kit in kit_ids:
        for place in places:
            kits.receive_stock(db, kit_type_id=kit, location_id=place, count=500,
                               now=_at(8))
    taps: list[int] = []
    renames = 0

    def check() -> None:
        refresh_cells(db)
        stored = {(m, a, p, d): v for m, a, p, d, v in db.execute(
            "SELECT metric, activation_uid, period, dims, value FROM sync_cell")}
        fresh = compute_cells(db)
        assert {k: v for k, v in stored.items() if v} == {k: v for k, v in fresh.items() if v}

    for op in ops:
        if op[0] == "tap":
            _, kit, place, role, hour, count = op
            taps.append(kits.hand_out(db, kit_type_id=kit_ids[kit], location_id=places[place],
                                      role=role, count=count, now=_at(10 + hour, 7)).movement.id)
        elif op[0] == "undo" and taps:
            kits.undo(db, taps.pop(op[1] % len(taps)), now=_at(16))
        elif op[0] == "rename":
            renames += 1
            kits.rename_kit_type(db, kit_ids[op[1]], f"Kit {op[1]} v{renames}")
        elif op[0] == "raw_name":
            other = kit_ids[1 - op[1]]
            if db.execute("SELECT name FROM kit_type WHERE id = ?", [other]).fetchone()[0] != (
                    op[2]):
                db.execute("UPDATE kit_type SET name = ? WHERE id = ?", [op[2], kit_ids[op[1]]])
        elif op[0] == "refresh":
            check()
    check()
    db.close()


# -- end to end: nothing personal reaches the wire, the hub or a log -------------------------


def test_canaries_never_reach_the_wire_the_hub_database_or_any_log(
        db, db_path, festival, program, therapy_tour, hub, caplog, capsys):
    """Every personal field holds a canary; both activations are synced to a real hub
    through a proxy that keeps every body as sent, by the command line (which logs to the
    log file). No canary is in any body, in the hub's database files, in the hub's log, in
    the desk's log records or log file, or in its sync log."""
    from tests.faultproxy import FaultProxy
    from wellness_desk.cli import main
    from wellness_desk.logs import LOG_FILENAME, close_log, log_folder
    from wellness_desk.sync import enrol
    from wellness_desk.sync.log import sync_log

    caplog.set_level(logging.DEBUG)
    data_dir = str(db_path.parent)
    _canary_activity(db, festival, program)

    try:
        with FaultProxy(hub.port) as proxy:
            for activation_id, hub_name in ((festival["activation"].id, "Summer Fest"),
                                            (therapy_tour["tour"].id, "Spring Tour")):
                enrol.connect(db, proxy.url, hub.enrol(hub_name), activation_id=activation_id)
                assert main(["--data-dir", data_dir, "sync", "--once"]) == 0
            bodies = list(proxy.bodies)
        # Refusals and errors are logged too: a command that names a canary, and one
        # whose database the disk cannot give (a damaged page quoting nothing).
        assert main(["--data-dir", data_dir, "kits", "log", CANARY_PERSON]) == 2
        assert main(["--data-dir", data_dir, "therapy", "slots", "--stop", CANARY_CITY]) == 2
    finally:
        close_log()  # the file is complete
    capsys.readouterr()
    hub.stop()  # its log and database files are complete
    log_file = log_folder(data_dir) / LOG_FILENAME

    totals = {(t["activation"], t["metric"]) for t in _hub_totals_rows(hub)}
    assert ("Summer Fest", "workshop_attendance") in totals
    assert ("Spring Tour", "therapy_held") in totals  # the canaries' bookings were counted
    sync_bodies = [b for b in bodies if b.startswith(b'{"cells"')]
    assert len(sync_bodies) == 2
    hub_files = [p for p in hub.log_path.parent.iterdir() if p.name.startswith("hub.sqlite3")]
    assert hub_files
    places = {
        "request bodies": b"\n".join(bodies),
        "hub database": b"".join(p.read_bytes() for p in hub_files),
        "hub log": hub.log_path.read_bytes(),
        "desk log records": "\n".join(r.getMessage() for r in caplog.records).encode(),
        "desk log file": log_file.read_bytes(),
        "desk sync log": json.dumps([dataclasses.astuple(e) for e in sync_log(db)])
        .encode(),
    }
    # The places were really read: the counts' own words are there.
    assert b"Earplugs" in places["request bodies"] and b"Earplugs" in places["hub database"]
    assert places["desk log file"].count(b"sync: synced") == 2
    assert b"command kits log refused: WellnessError" in places["desk log file"]
    for where, data in places.items():
        for canary in CANARIES:
            assert canary.lower().encode() not in data.lower(), (canary, where)
        assert b"Test Fest" not in data, where


def _hub_totals_rows(hub):
    hub.start()
    try:
        return hub.totals()["totals"]
    finally:
        hub.stop()
