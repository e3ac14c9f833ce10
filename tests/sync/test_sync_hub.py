"""The desk's sync client against a real hub (uvicorn in a subprocess, real HTTP on 127.0.0.1).

Hub totals must equal what the laptop computes, whatever happened on the way: undos,
batches, a hub that went away, a batch the hub refused, a revoked device.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import logging
import math
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import httpx
import pytest

from tests.faultproxy import FaultProxy
from tests.hubserver import HubServer
from tests.sync.conftest import make_festival, tap
from wellness_desk import activations, cards, kits, schedule
from wellness_desk.sync import SyncError, enrol, push, quarantine
from wellness_desk.sync.bodies import preview
from wellness_desk.sync.cells import compute_cells, pending_cells, refresh_cells
from wellness_desk.sync.hub_token import HUB_SERVICE, PENDING_SERVICE
from wellness_desk.sync.link import link as hub_link
from wellness_desk.sync.log import sync_log
from wellness_desk.sync.policy import SyncPolicy, once
from wellness_desk.sync.status import status as sync_status
from wellness_desk.sync.status import status_text

HUB_ACTIVATION = "Summer Fest 2026"


def _uid(db, activation_id):
    return db.execute("SELECT uid FROM activation WHERE id = ?", [activation_id]).fetchone()[0]


def _local_totals(db, uid):
    """{metric: total} of the laptop's own cells of one activation (zeros left out)."""
    out: Counter[str] = Counter()
    for (metric, activation, _period, _dims), value in compute_cells(db).items():
        if activation == uid:
            out[metric] += value
    return {m: v for m, v in out.items() if v}


def _local_cells(db, uid):
    return {(m, p, d): v for (m, a, p, d), v in compute_cells(db).items() if a == uid and v}


def _hub_totals(hub, activation=HUB_ACTIVATION):
    return {t["metric"]: t["value"] for t in hub.totals()["totals"]
            if t["activation"] == activation and t["value"]}


def _hub_cells(hub, activation=HUB_ACTIVATION):
    return {(c["metric"], c["period"],
             json.dumps(c["dims"], sort_keys=True, separators=(",", ":"), ensure_ascii=False)):
            c["value"] for c in hub.totals(detail=True)["cells"]
            if c["activation"] == activation and c["value"]}


def _assert_hub_equals_local(hub, db, uid, activation=HUB_ACTIVATION):
    assert _hub_totals(hub, activation) == _local_totals(db, uid)
    assert _hub_cells(hub, activation) == _local_cells(db, uid)


def _activity(db, festival):
    """A morning at the tent: taps in several hours and roles, an undo, a workshop held with
    people counted in, cards printed; and, at another festival, taps that must stay home."""
    for hour, role, count in ((9, "crew", 2), (9, "artist", 1), (10, "crew", 5), (11, "family", 1),
                              (13, "unspecified", 3)):
        tap(db, festival, count=count, role=role, hour=hour)
    tap(db, festival, kit="water", count=4, hour=10, role="venue_staff")
    wrong = tap(db, festival, kit="water", count=2, hour=12)
    kits.undo(db, wrong.movement.id, now=datetime(2026, 7, 4, 12, 1, tzinfo=UTC))
    yoga = schedule.create_workshop(db, schedule.Draft(
        location_id=festival["tent"].id, title="Morning yoga", kind="yoga",
        start=datetime(2026, 7, 4, 10, 0, tzinfo=UTC),
        end=datetime(2026, 7, 4, 11, 0, tzinfo=UTC), capacity=25))
    schedule.set_status(db, yoga.id, "held")
    cards.record_printed(db, cards.CardJob(template="wallet", tag="tent-1", copies=10))
    other = activations.create_activation(
        db, name="Other Fest", kind="festival", start=date(2026, 8, 1), end=date(2026, 8, 2),
        tz="Europe/London")
    other_tent = activations.add_location(db, activation_id=other.id, name="Other tent")
    kits.hand_out(db, kit_type_id=festival["earplugs"].id, location_id=other_tent.id, count=7,
                  now=datetime(2026, 8, 1, 12, 0, tzinfo=UTC))
    return other


class Recording(httpx.BaseTransport):
    """Forwards to the real hub and keeps every request as httpx sent it."""

    def __init__(self):
        self.inner = httpx.HTTPTransport()
        self.requests: list[httpx.Request] = []

    def handle_request(self, request):
        request.read()
        self.requests.append(request)
        return self.inner.handle_request(request)

    def close(self):  # one transport for several clients in a test; closed by the fixture
        pass


@pytest.fixture
def recording():
    transport = Recording()
    yield transport
    transport.inner.close()


@pytest.fixture
def linked(db, festival, hub):
    """The festival's laptop connected to the hub's Summer Fest."""
    return enrol.connect(db, hub.url, hub.enrol(HUB_ACTIVATION, label="Tent laptop"))


# -- connecting -----------------------------------------------------------------------------


def test_connect_keeps_the_token_in_the_keyring_only(db, db_path, festival, hub, test_keyring):
    code = hub.enrol(HUB_ACTIVATION)
    done = enrol.connect(db, f"  {hub.url}/ ", code.lower())

    assert done.hub_url == hub.url and done.hub_activation == HUB_ACTIVATION
    assert done.device_id.startswith("dev_") and done.acked_revision == 0
    assert done.activation_uid == _uid(db, festival["activation"].id)
    assert done.activation_name == "Test Fest"
    assert hub_link(db) == done
    token = test_keyring.passwords[(HUB_SERVICE, done.device_id)]
    assert len(token) >= 40
    db.execute("PRAGMA wal_checkpoint(FULL)")
    for path in db_path.parent.iterdir():
        assert token.encode() not in path.read_bytes(), path
    state = sync_status(db)
    assert (state.connected, state.hub_url, state.stopped, state.last_error) == (
        True, hub.url, False, None)
    assert sync_log(db)[0].outcome == "connected"


def test_a_used_or_unknown_code_is_refused_and_changes_nothing(db, festival, hub, linked,
                                                               test_keyring):
    code = hub.enrol(HUB_ACTIVATION)
    other = enrol.connect(db, hub.url, code)  # a second connect replaces the first
    assert other.device_id != linked.device_id
    assert (HUB_SERVICE, linked.device_id) not in test_keyring.passwords  # old token gone

    for bad in (code, "ABCD-EFGH-JKLM"):
        with pytest.raises(SyncError, match=r"the hub refused the code: .*ask the coordinator"):
            enrol.connect(db, hub.url, bad)
    assert hub_link(db) == other
    # The refused codes' tokens are forgotten too: only the link's own is kept.
    assert list(test_keyring.passwords) == [(HUB_SERVICE, other.device_id)]


def _devices(hub):
    with hub.store() as store:
        return [d.id for d in store.devices()]


def test_an_enrolment_whose_answer_was_lost_is_asked_again(db, festival, hub, test_keyring):
    """The hub enrols the laptop, the answer never arrives: connect asks again with the same
    token and the hub answers the same device. One device on the hub, the token stored."""
    with FaultProxy(hub.port) as proxy:
        proxy.plan(["lose_answer"])
        done = enrol.connect(db, proxy.url, hub.enrol(HUB_ACTIVATION), timeout=5)
        assert proxy.seen == ["lose_answer", "ok"]
        first, second = (json.loads(b) for b in proxy.bodies)
        assert first == second and len(first["token"]) == 43
        assert _devices(hub) == [done.device_id]
        assert list(test_keyring.passwords) == [(HUB_SERVICE, done.device_id)]
        assert test_keyring.passwords[(HUB_SERVICE, done.device_id)] == first["token"]
        # The hub knows the token the laptop kept: the laptop syncs.
        tap(db, festival, count=2)
        assert push.sync_once(db).outcome == "synced"
    _assert_hub_equals_local(hub, db, done.activation_uid)


def test_connect_again_after_a_failed_one_gets_the_same_device(db, festival, hub,
                                                               test_keyring):
    """Every try lost on the way (the hub enrolled the laptop at the first): connect fails,
    keeps the token it made for the code, and the same code later (even after a restart:
    the token is in the keyring, not in memory) gets the device the hub made."""
    code = hub.enrol(HUB_ACTIVATION)
    with FaultProxy(hub.port) as proxy:
        proxy.plan(["lose_answer"] * enrol.ENROL_ATTEMPTS)
        with pytest.raises(SyncError, match=r"cannot connect to .*same code works"):
            enrol.connect(db, proxy.url, code, timeout=5)
        assert hub_link(db) is None
        [enrolled] = _devices(hub)
        assert [k[0] for k in test_keyring.passwords] == [PENDING_SERVICE]

        done = enrol.connect(db, proxy.url, code.lower(), timeout=5)
        assert len(set(proxy.bodies)) == 1  # the same code and token every time
        assert done.device_id == enrolled and _devices(hub) == [enrolled]
        assert list(test_keyring.passwords) == [(HUB_SERVICE, enrolled)]
        tap(db, festival, count=2)
        assert push.sync_once(db).outcome == "synced"
    _assert_hub_equals_local(hub, db, done.activation_uid)


def test_an_expired_code_is_refused(db, festival, hub):
    with hub.store() as store:
        code = store.create_enrolment(HUB_ACTIVATION, expires=timedelta(hours=1),
                                      now=datetime.now(UTC) - timedelta(hours=2))
    with pytest.raises(SyncError, match="the hub refused the code"):
        enrol.connect(db, hub.url, code)
    assert hub_link(db) is None


def test_something_that_is_not_a_hub_is_refused(db, festival, hub):
    with pytest.raises(SyncError, match="does not answer like a Wellness hub"):
        enrol.connect(db, hub.url + "/nothing-here", "K7QF-2MXD-9PLA")
    assert hub_link(db) is None


def test_connect_binds_to_the_chosen_activation(db, festival, hub):
    other = activations.create_activation(
        db, name="Other Fest", kind="festival", start=date(2026, 8, 1), end=date(2026, 8, 2),
        tz="Europe/London")
    done = enrol.connect(db, hub.url, hub.enrol("Other Fest 2026"), activation_id=other.id)
    assert (done.activation_uid, done.activation_name, done.hub_activation) == (
        _uid(db, other.id), "Other Fest", "Other Fest 2026")


# -- pushing ----------------------------------------------------------------------------------


def test_hub_totals_equal_the_laptops_and_an_undo_lowers_them(db, festival, hub, linked):
    _activity(db, festival)
    uid = linked.activation_uid
    result = push.sync_once(db)
    assert result.outcome == "synced" and result.batches == 1 and result.quarantined == 0
    assert result.cells_sent == len(pending_cells(db, 0, activation_uid=uid))
    _assert_hub_equals_local(hub, db, uid)
    assert _hub_totals(hub)["kits_handed_out"] == 16
    assert _hub_totals(hub)["workshops_held"] == 1
    assert _hub_totals(hub)["cards_printed"] == 10
    # The other festival's counts stayed home.
    assert {t["activation"] for t in hub.totals()["totals"]} == {HUB_ACTIVATION}

    state = sync_status(db)
    assert state.pending == 0 and state.last_error is None and state.last_synced_utc
    assert hub_link(db).acked_revision == max(c.revision for c in pending_cells(db, 0))

    last = kits.last_undoable_handout(db, location_id=festival["tent"].id)
    kits.undo(db, last.id, now=datetime(2026, 7, 4, 14, 0, tzinfo=UTC))
    assert push.sync_once(db).outcome == "synced"
    _assert_hub_equals_local(hub, db, uid)
    assert _hub_totals(hub)["kits_handed_out"] == 16 - last.handed_out


def test_a_second_sync_sends_nothing(db, festival, hub, linked, recording):
    _activity(db, festival)
    assert push.sync_once(db, transport=recording).outcome == "synced"
    log_before = sync_log(db)
    result = push.sync_once(db, transport=recording)
    assert (result.outcome, result.cells_sent, result.batches) == ("up_to_date", 0, 0)
    assert result.message == "Nothing to send: the hub has every change"
    assert len(recording.requests) == 1
    assert sync_log(db) == log_before
    assert preview(db) == []


def test_batches_split_at_batch_size_in_revision_order(db, festival, hub, linked, recording):
    for hour in range(0, 24):
        tap(db, festival, hour=hour, role="crew")
    uid = linked.activation_uid
    refresh_cells(db)
    assert len(pending_cells(db, 0, activation_uid=uid)) == 24
    result = push.sync_once(db, batch_size=5, transport=recording)

    assert result.outcome == "synced" and result.cells_sent == 24
    assert result.batches == math.ceil(24 / 5) == len(recording.requests)
    bodies = [json.loads(gzip.decompress(r.content)) for r in recording.requests]
    assert [len(b["cells"]) for b in bodies] == [5, 5, 5, 5, 4]
    revisions = [c["revision"] for b in bodies for c in b["cells"]]
    assert revisions == sorted(revisions) and len(set(revisions)) == 24
    assert [e.cells for e in sync_log(db)[:5]] == [4, 5, 5, 5, 5]
    assert all(e.outcome == "synced" for e in sync_log(db)[:5])
    _assert_hub_equals_local(hub, db, uid)


def test_what_goes_on_the_wire_is_gzip_of_the_previewed_bytes(db, festival, hub, linked,
                                                              recording, test_keyring):
    _activity(db, festival)
    for hour in range(14, 20):
        tap(db, festival, hour=hour)
    previewed = preview(db, batch_size=4)
    assert len(previewed) > 1

    push.sync_once(db, batch_size=4, transport=recording)

    sent = [r for r in recording.requests if r.url.path == "/v1/sync"]
    assert [gzip.decompress(r.content) for r in sent] == previewed
    token = test_keyring.passwords[(HUB_SERVICE, linked.device_id)]
    for request in sent:
        assert request.headers["Content-Encoding"] == "gzip"
        assert request.headers["Content-Type"] == "application/json"
        assert request.headers["Authorization"] == f"Bearer {token}"
        assert len(request.content) < len(gzip.decompress(request.content))
    # The log counts bytes as sent (compressed).
    assert sorted(e.bytes for e in sync_log(db) if e.outcome == "synced") == sorted(
        len(r.content) for r in sent)


def test_two_laptops_at_one_festival_add_up_on_the_hub(db, festival, hub, linked, tmp_path):
    from wellness_desk.db import connect

    other_db = connect(tmp_path / "laptop2.sqlite3")
    try:
        second = make_festival(other_db)
        _activity(db, festival)
        tap(other_db, second, count=6, role="crew", hour=9)
        enrol.connect(other_db, hub.url, hub.enrol(HUB_ACTIVATION, label="Laptop 2"))
        assert push.sync_once(db).outcome == "synced"
        assert push.sync_once(other_db).outcome == "synced"
        mine = _local_totals(db, linked.activation_uid)
        theirs = _local_totals(other_db, _uid(other_db, second["activation"].id))
        assert _hub_totals(hub) == dict(Counter(mine) + Counter(theirs))
    finally:
        other_db.close()


# -- trouble ----------------------------------------------------------------------------------


def test_a_stopped_hub_is_offline_loses_nothing_and_catches_up_after_restart(
        db, festival, hub, linked):
    tap(db, festival, count=3)
    assert push.sync_once(db).outcome == "synced"
    acked = hub_link(db).acked_revision

    hub.stop()
    _activity(db, festival)
    result = push.sync_once(db, timeout=2)
    assert result.outcome == "offline"
    assert result.message.startswith("Hub unreachable (connection refused) · ")
    assert hub_link(db).acked_revision == acked
    waiting = sync_status(db).pending
    assert waiting > 0
    assert status_text(sync_status(db)) == (
        f"Sending Test Fest: {waiting} changes waiting · hub unreachable (connection "
        "refused)")

    hub.start()
    result = push.sync_once(db)
    assert result.outcome == "synced" and result.cells_sent == waiting
    _assert_hub_equals_local(hub, db, linked.activation_uid)
    assert sync_status(db).last_error is None


def test_a_revoked_laptop_stops_until_it_is_connected_again(db, festival, hub, linked):
    tap(db, festival, count=2)
    assert push.sync_once(db).outcome == "synced"
    with hub.store() as store:
        store.revoke(linked.device_id)
    tap(db, festival, count=5, hour=15)

    result = push.sync_once(db)
    assert result.outcome == "unauthorized"
    assert result.message == (
        "Sync stopped: the hub no longer accepts this laptop — reconnect it on the Sync page")
    assert hub_link(db).stopped and sync_status(db).stopped
    assert sync_log(db)[0].outcome == "unauthorized"
    # Stopped: nothing more is sent, nothing is forgotten.
    requests_before = len(sync_log(db))
    assert push.sync_once(db).outcome == "unauthorized"
    assert len(sync_log(db)) == requests_before
    assert sync_status(db).pending == 1

    enrol.connect(db, hub.url, hub.enrol(HUB_ACTIVATION))
    result = push.sync_once(db)
    assert result.outcome == "synced" and not sync_status(db).stopped
    # The new binding sends the activation's cells from the start; the hub counts the
    # laptop once, not once per device it has been.
    assert result.cells_sent == len(pending_cells(db, 0, activation_uid=linked.activation_uid))
    _assert_hub_equals_local(hub, db, linked.activation_uid)
    assert _hub_totals(hub) == {"kits_handed_out": 7}


class _Garbling(httpx.BaseTransport):
    """A faulty network on the way to the real hub: in every sync body it garbles the
    `kit_type` of cells of one kit (a control character in the middle), so the hub refuses
    that batch with its own 422. The desk's bodies are never like that: see test_sync_contract."""

    def __init__(self, kit_type: str):
        self.inner = httpx.HTTPTransport()
        self.kit_type = kit_type
        self.garbled = 0

    def handle_request(self, request):
        request.read()
        if request.url.path == "/v1/sync":
            body = json.loads(gzip.decompress(request.content))
            hit = [c for c in body["cells"] if c.get("kit_type") == self.kit_type]
            if hit:
                self.garbled += 1
                for cell in hit:
                    cell["kit_type"] = cell["kit_type"][:3] + "\x07" + cell["kit_type"][3:]
                request = httpx.Request(
                    request.method, request.url,
                    headers=[(k, v) for k, v in request.headers.items()
                             if k.lower() != "content-length"],
                    content=gzip.compress(json.dumps(body).encode()))
        return self.inner.handle_request(request)

    def close(self):
        pass


def test_a_refused_batch_is_quarantined_and_the_queue_moves_on(db, festival, hub, linked):
    # The network garbles the water cells: the hub refuses that batch (422). It is set
    # aside; the others go through.
    garbling = _Garbling("Hydration pack")
    try:
        tap(db, festival, hour=9)
        tap(db, festival, kit="water", count=2, hour=10)
        tap(db, festival, hour=11)
        tap(db, festival, hour=12)

        result = push.sync_once(db, batch_size=1, transport=garbling)

        assert garbling.garbled == 1
        assert result.outcome == "quarantined"
        assert (result.cells_sent, result.batches, result.quarantined) == (3, 4, 1)
        assert "the hub refused 1 batch (see the Sync page)" in result.message
        [refused] = quarantine.quarantined(db)
        assert refused.status == 422 and refused.cells == 1
        assert "kit_type" in refused.reason
        # Kept as the desk sent it (the garbling happened on the way).
        assert json.loads(refused.body)["cells"][0]["kit_type"] == "Hydration pack"
        # The list for the screen leaves the bodies out.
        assert quarantine.quarantined(db, bodies=False) == [
            dataclasses.replace(refused, body=None)]
        assert sync_status(db).pending == 0 and sync_status(db).quarantined == 1
        assert "1 batch refused" in status_text(sync_status(db))
        assert _hub_totals(hub)["kits_handed_out"] == 3
        log = sync_log(db)
        assert [e.outcome for e in log[:4]] == ["synced", "synced", "quarantined", "synced"]
        assert log[2].detail.startswith("HTTP 422: ") and "\x07" not in log[2].detail

        # Sent again through the same network, it is refused again and stays.
        again = push.retry_quarantined(db, refused.id, transport=garbling)
        assert again.outcome == "quarantined" and len(quarantine.quarantined(db)) == 1
        with pytest.raises(SyncError, match="no refused batch 999"):
            push.retry_quarantined(db, 999)
        # Through a network that behaves, the hub takes it and the totals are whole.
        assert push.retry_quarantined(db, refused.id).outcome == "synced"
        assert quarantine.quarantined(db) == []
        _assert_hub_equals_local(hub, db, linked.activation_uid)
    finally:
        garbling.inner.close()


def test_odd_names_are_cleaned_and_never_stop_the_sync(db, festival, hub, linked):
    """Names from before the desk cleaned them (a bell character in a kit type, a workshop
    kind of 100 characters) still reach the hub, cleaned, with totals equal: none is refused."""
    long_kind = "Breathing and stretching for crew " * 3
    long_kind = long_kind[:100]
    assert len(long_kind) == 100
    odd = kits.add_kit_type(db, name="Ear defenders")
    db.execute("UPDATE kit_type SET name = ? WHERE id = ?", ["Ear\x07plugs", odd.id])
    db.execute("INSERT INTO workshop_kind (name, position) VALUES (?, 99)", [long_kind])
    kits.receive_stock(db, kit_type_id=odd.id, location_id=festival["tent"].id, count=10,
                       now=datetime(2026, 7, 4, 8, 0, tzinfo=UTC))
    tap(db, festival, count=2, hour=10)
    kits.hand_out(db, kit_type_id=odd.id, location_id=festival["tent"].id, count=3,
                  now=datetime(2026, 7, 4, 10, 30, tzinfo=UTC))
    session = schedule.create_workshop(db, schedule.Draft(
        location_id=festival["tent"].id, title="Long one", kind=long_kind,
        start=datetime(2026, 7, 4, 10, 0, tzinfo=UTC),
        end=datetime(2026, 7, 4, 11, 0, tzinfo=UTC), capacity=20))
    for _ in range(4):
        schedule.door_tap(db, session.id, now=datetime(2026, 7, 4, 10, 5, tzinfo=UTC))

    result = push.sync_once(db)

    assert result.outcome == "synced" and result.quarantined == 0
    _assert_hub_equals_local(hub, db, linked.activation_uid)
    cells = _hub_cells(hub)
    # "Ear\x07plugs" cleans to "Earplugs": one cell for both kit types.
    assert cells[("kits_handed_out", "2026-07-04T10:00Z",
                  '{"kit_type":"Earplugs","role":"unspecified"}')] == 5
    kinds = {json.loads(d)["kind"] for m, _, d in cells if m == "workshop_attendance"}
    assert kinds == {long_kind[:80].strip()}
    assert _hub_totals(hub)["workshop_attendance"] == 4


class _ConfusedMiddlebox(httpx.BaseTransport):
    """A proxy that refuses the first sync with 400 (its own fault), then passes through."""

    def __init__(self):
        self.inner = httpx.HTTPTransport()
        self.refused = 0

    def handle_request(self, request):
        if request.url.path == "/v1/sync" and not self.refused:
            self.refused += 1
            return httpx.Response(400, json={"detail": "request header too large"})
        return self.inner.handle_request(request)

    def close(self):
        pass


def test_a_quarantined_batch_that_the_hub_accepts_on_retry_leaves_the_quarantine(
        db, festival, hub, linked):
    middlebox = _ConfusedMiddlebox()
    try:
        tap(db, festival, count=4)
        result = push.sync_once(db, transport=middlebox)
        assert result.outcome == "quarantined"
        [refused] = quarantine.quarantined(db)
        assert (refused.status, refused.reason) == (400, "request header too large")
        assert _hub_totals(hub) == {}
        # Nothing was held: not "synced at" anything.
        assert sync_status(db).last_synced_utc is None

        result = push.retry_quarantined(db, refused.id, transport=middlebox)
        assert result.outcome == "synced" and result.cells_sent == 1
        assert quarantine.quarantined(db) == []
        _assert_hub_equals_local(hub, db, linked.activation_uid)
    finally:
        middlebox.inner.close()


def test_a_busy_hub_says_when_to_come_back(db, festival, tmp_path):
    with HubServer(f"sqlite:///{tmp_path / 'busy.sqlite3'}", log_path=tmp_path / "busy.log",
                   rate=0.01, burst=1) as busy:
        enrol.connect(db, busy.url, busy.enrol(HUB_ACTIVATION))
        for hour in (9, 10):
            tap(db, festival, hour=hour)
        result = push.sync_once(db, batch_size=1)
        assert result.outcome == "rate_limited"
        assert (result.cells_sent, result.batches) == (1, 2)
        assert result.retry_after_s is not None and result.retry_after_s >= 1
        assert result.message.startswith("The hub asked to slow down: next try in ")
        assert result.message.endswith(" · 1 change waiting")
        # The background sync tries again when the hub said, not after its own backoff.
        assert SyncPolicy(first_sync_s=3).after_sync(result) == once(result.retry_after_s)
        assert sync_log(db)[0].outcome == "rate_limited"
        assert _hub_totals(busy)["kits_handed_out"] == 1


def test_no_token_in_python_logs_or_the_hub_log(db, festival, hub, linked, test_keyring,
                                                caplog):
    token = test_keyring.passwords[(HUB_SERVICE, linked.device_id)]
    with caplog.at_level(logging.DEBUG):
        tap(db, festival)
        push.sync_once(db)
        with hub.store() as store:
            store.revoke(linked.device_id)
        tap(db, festival, hour=15)
        push.sync_once(db)
    assert caplog.records  # httpx did log the requests
    assert token not in caplog.text
    assert token not in hub.log_text()
    assert token not in json.dumps([e.__dict__ for e in sync_log(db)])


def test_sync_log_entries_are_newest_first_and_hold_counts_only(db, festival, hub, linked):
    _activity(db, festival)
    push.sync_once(db, now=datetime(2026, 7, 4, 15, 0, tzinfo=UTC))
    tap(db, festival, hour=16)
    push.sync_once(db, now=datetime(2026, 7, 4, 16, 0, tzinfo=UTC) + timedelta(minutes=5))
    entries = sync_log(db)
    assert [e.at_utc for e in entries[:2]] == [
        "2026-07-04T16:05:00.000000Z", "2026-07-04T15:00:00.000000Z"]
    text = json.dumps([e.__dict__ for e in entries])
    for private in ("Earplugs", "Hydration", "Test Fest", "Morning yoga", "tent-1", "crew"):
        assert private not in text
    assert sync_log(db, limit=1) == entries[:1]


def test_a_database_put_back_from_a_backup_catches_the_hub_up(db_path, festival, hub):
    """A laptop restored from last night's copy counts from older revisions than the hub
    holds. The hand-outs after the copy did happen (the hub counted them): the desk learns
    them from the hub, keeps them as counted elsewhere, and adds the evening's taps on top.
    Hub and desk agree on all of it."""
    from wellness_desk.db import connect

    db = connect(db_path)
    link = enrol.connect(db, hub.url, hub.enrol(HUB_ACTIVATION))
    tap(db, festival, count=2, hour=9)
    assert push.sync_once(db).outcome == "synced"
    backup = db_path.with_name("backup.sqlite3")
    db.execute("VACUUM INTO ?", [str(backup)])
    # After the copy: more taps, synced (the hub now holds these cells at later revisions).
    tap(db, festival, count=5, hour=9)
    tap(db, festival, kit="water", count=3, hour=10)
    assert push.sync_once(db).outcome == "synced"
    db.close()

    # The laptop is put back from the copy, and the evening goes differently.
    for suffix in ("", "-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    backup.rename(db_path)
    db = connect(db_path)
    tap(db, festival, count=1, hour=9)
    tap(db, festival, kit="water", count=1, hour=10)
    result = push.sync_once(db)
    assert result.outcome == "synced", result
    assert any(e.outcome == "caught_up" and "counted elsewhere" in e.detail
               for e in sync_log(db)[:3])
    _assert_hub_equals_local(hub, db, link.activation_uid)
    assert _hub_totals(hub) == {"kits_handed_out": 2 + 5 + 3 + 1 + 1}
    db.close()
