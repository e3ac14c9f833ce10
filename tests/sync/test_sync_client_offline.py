"""The desk's sync client where no hub is needed: the schema, the exact body, status words,
refusals before anything is sent, and a hub that cannot be reached (retry timing:
test_sync_policy.py)."""

from __future__ import annotations

import json
import socket
import threading
import time
from datetime import UTC, date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from tests.sync.conftest import tap
from wellness_desk import activations, kits
from wellness_desk.sync import SyncError, enrol, push, quarantine
from wellness_desk.sync.bodies import body_bytes, preview
from wellness_desk.sync.cells import Cell, CellError, payload_bytes, pending_cells, refresh_cells
from wellness_desk.sync.hub_token import HUB_SERVICE, PENDING_SERVICE
from wellness_desk.sync.link import link as hub_link
from wellness_desk.sync.log import sync_log
from wellness_desk.sync.policy import SyncPolicy, Timer
from wellness_desk.sync.status import SyncStatus, status_text
from wellness_desk.sync.status import status as sync_status
from wellness_desk.sync.urls import normalise_hub_url

DEVICE = "dev_0123456789abcdef01234567"
TOKEN = "tok-" + "A" * 39
NOW = datetime(2026, 7, 4, 15, 0, tzinfo=UTC)


def _uid(db, activation_id):
    return db.execute("SELECT uid FROM activation WHERE id = ?", [activation_id]).fetchone()[0]


def _link_by_hand(db, activation_id, test_keyring, *, url="http://127.0.0.1:9", acked=0):
    """A link as `connect` leaves it, without a hub: the row and the token in the keyring."""
    db.execute(
        "INSERT INTO sync_link (id, hub_url, device_id, hub_activation, activation_uid,"
        " acked_revision, connected_utc) VALUES (1, ?, ?, 'Summer Fest', ?, ?,"
        " '2026-07-04T12:00:00.000000Z')", [url, DEVICE, _uid(db, activation_id), acked])
    test_keyring.set_password(HUB_SERVICE, DEVICE, TOKEN)


def _closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Recorder(httpx.BaseTransport):
    """Fails the test if any request is made: refusals must come before the network."""

    def __init__(self):
        self.requests = []

    def handle_request(self, request):
        self.requests.append(request)
        raise AssertionError(f"no request expected, got {request.method} {request.url}")


# -- m007 --------------------------------------------------------------------------------------


def test_m007_tables_and_their_rules(db):
    cols = {t: [r[1] for r in db.execute(f"PRAGMA table_info({t})")]
            for t in ("sync_link", "sync_log", "sync_quarantine")}
    assert cols["sync_link"][:8] == ["id", "hub_url", "device_id", "hub_activation",
                                     "activation_uid", "acked_revision", "connected_utc",
                                     "stopped"]
    assert cols["sync_log"] == ["id", "at_utc", "cells", "bytes", "outcome", "detail"]
    assert {"id", "at_utc", "status", "reason", "cells", "first_revision", "last_revision",
            "body"} <= set(cols["sync_quarantine"])
    # Nothing in the link table could hold a token.
    assert not any("token" in c for c in cols["sync_link"])
    with pytest.raises(Exception, match="CHECK"):
        db.execute("INSERT INTO sync_link (id, hub_url, device_id, hub_activation,"
                   " activation_uid, connected_utc) VALUES (2, 'u', 'd', 'a', 'x', 't')")


def test_upgrading_from_m006_keeps_the_cells_and_starts_unconnected(db_path):
    from sqlite_utils import Database

    from wellness_desk import migrations
    from wellness_desk.db import connect

    raw = Database(db_path)
    migrations.migrations.apply(raw, stop_before="m007_hub_link")
    raw.execute("INSERT INTO sync_cell VALUES ('therapy_held', ?, '2026-W27', '{}', 3, 7)",
                ["a" * 32])
    raw.execute("UPDATE sync_state SET revision = 7")
    raw.close()

    database = connect(db_path)
    try:
        assert [c.as_dict() for c in pending_cells(database)] == [{
            "activation": "a" * 32, "metric": "therapy_held", "period": "2026-W27",
            "revision": 7, "value": 3}]
        assert hub_link(database) is None
        assert sync_status(database).connected is False
        assert sync_log(database) == [] and quarantine.quarantined(database) == []
    finally:
        database.close()


# -- the exact body ----------------------------------------------------------------------------


def test_body_bytes_is_the_cells_payload_with_the_device_id(db, festival):
    kits.rename_kit_type(db, festival["water"].id, "Wasser für Crew ♥")
    tap(db, festival, count=3, role="crew")
    tap(db, festival, kit="water", count=2, hour=14)
    refresh_cells(db)
    cells = pending_cells(db)
    body = body_bytes(DEVICE, cells)

    payload = payload_bytes(cells)
    assert json.loads(body) == {**json.loads(payload), "device_id": DEVICE}
    # Byte for byte: sorted keys put device_id between cells and version.
    assert body == payload.replace(b',"version":1}', f',"device_id":"{DEVICE}","version":1}}'
                                   .encode())
    assert "Wasser für Crew ♥".encode() in body and b": " not in body and b", " not in body
    assert body.endswith(b',"version":1}') and body.startswith(b'{"cells":[{"activation":')


def test_body_bytes_keeps_non_ascii_as_utf8_and_refuses_anything_but_cells(db, festival):
    uid = _uid(db, festival["activation"].id)
    cell = Cell(metric="kits_handed_out", activation=uid, period="2026-07-04T13:00Z",
                kit_type="Gehörschutz ♥", role="crew", value=2, revision=1)
    body = body_bytes(DEVICE, [cell])
    assert "Gehörschutz ♥".encode() in body and b"\\u" not in body
    with pytest.raises(CellError):
        body_bytes(DEVICE, [cell.as_dict()])  # type: ignore[list-item]


# -- the hub address ---------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "stored"), [
    ("  https://hub.example.org/  ", "https://hub.example.org"),
    ("HTTPS://hub.example.org/wellness//", "https://hub.example.org/wellness"),
    ("http://127.0.0.1:8750", "http://127.0.0.1:8750"),
    # Plain http only on this computer or the festival's own network.
    ("http://localhost:8750/", "http://localhost:8750"),
    ("http://localhost.", "http://localhost."),
    ("http://127.8.9.10", "http://127.8.9.10"),
    ("http://[::1]:8750", "http://[::1]:8750"),
    ("http://192.168.1.20:8750", "http://192.168.1.20:8750"),
    ("http://10.0.0.2", "http://10.0.0.2"),
    ("http://172.16.5.4", "http://172.16.5.4"),
    ("http://169.254.10.1", "http://169.254.10.1"),
    ("http://[fd12:3456::1]", "http://[fd12:3456::1]"),
    ("http://[fe80::1]", "http://[fe80::1]"),
])
def test_hub_addresses_are_normalised(typed, stored):
    assert normalise_hub_url(typed) == stored


@pytest.mark.parametrize("typed", [
    "http://hub.example.org", "HTTP://hub.example.org:8750/wellness", "http://8.8.8.8",
    "http://172.32.0.1", "http://[2606:4700::1111]", "http://localhost.example.org",
    "http://192.168.1.20.nip.io",
])
def test_plain_http_to_a_hub_on_the_internet_is_refused(typed):
    with pytest.raises(SyncError, match=r"use https:// for a hub on the internet.*in clear"):
        normalise_hub_url(typed)


@pytest.mark.parametrize(("typed", "words"), [
    ("", "empty"), ("   ", "empty"), ("hub.example.org", "not a web address"),
    ("ftp://hub.example.org", "not a web address"), ("https://", "not a web address"),
    ("https://hub example.org", "space"), ("https://me:secret@hub.example.org", "password"),
    ("https://hub.example.org/?x=1", "'?'"), ("https://hub.example.org:port", "not a web"),
])
def test_bad_hub_addresses_are_refused_in_plain_words(typed, words):
    with pytest.raises(SyncError, match=words):
        normalise_hub_url(typed)


# -- status words ------------------------------------------------------------------------------


def _status(**changes):
    base = dict(connected=True, hub_url="https://hub.example.org", hub_activation="Summer Fest",
                activation_name="Test Fest", last_synced_utc="2026-07-04T13:05:09.000000Z",
                pending=3, last_error=None, stopped=False)
    return SyncStatus(**{**base, **changes})


def test_status_text_names_the_activation_sent_what_waits_and_the_last_sync_or_error():
    assert status_text(_status(connected=False)) == "Sync: not connected to a hub"
    assert status_text(_status(), "Europe/London", now=NOW) == (
        "Sending Test Fest: 3 changes waiting · synced at 14:05")
    assert status_text(_status(pending=1), now=NOW) == (
        "Sending Test Fest: 1 change waiting · synced at 13:05 UTC")
    assert status_text(_status(pending=0), "Europe/London", now=NOW) == (
        "Sending Test Fest: all sent · synced at 14:05")
    # Another day: the date too, so "14:05" is not read as today.
    assert status_text(_status(), "America/Chicago",
                       now=datetime(2026, 7, 5, 18, 0, tzinfo=UTC)) == (
        "Sending Test Fest: 3 changes waiting · synced on 4 Jul at 08:05")
    assert status_text(_status(last_error="hub unreachable (connection refused)", pending=12),
                       "Europe/London", now=NOW) == (
        "Sending Test Fest: 12 changes waiting · hub unreachable (connection refused)")
    assert status_text(_status(stopped=True, last_error="x")) == (
        "Sync stopped: the hub no longer accepts this laptop — reconnect it on the Sync page")
    assert status_text(_status(last_synced_utc=None)) == (
        "Sending Test Fest: 3 changes waiting · not synced yet")
    assert status_text(_status(quarantined=2), "Europe/London", now=NOW) == (
        "Sending Test Fest: 3 changes waiting · synced at 14:05 · 2 batches refused (see the "
        "Sync page)")
    # A zone the status bar cannot use falls back to UTC rather than failing.
    assert status_text(_status(), "Not/AZone", now=NOW) == (
        "Sending Test Fest: 3 changes waiting · synced at 13:05 UTC")
    # The tour is named while the festival is on screen (and in its zone).
    assert status_text(_status(activation_name="Tour X", pending=348, last_synced_utc=None),
                       "Europe/London", now=NOW) == (
        "Sending Tour X: 348 changes waiting · not synced yet")


# -- refusals before anything is sent ----------------------------------------------------------


def _nothing_stored(db, test_keyring):
    assert hub_link(db) is None
    assert db.execute("SELECT count(*) FROM sync_link").fetchone()[0] == 0
    assert not [k for k in getattr(test_keyring, "passwords", {}) if k[0] == HUB_SERVICE]


def test_connect_refuses_a_computer_without_a_safe_keyring_before_using_the_code(
        db, festival, no_keyring, test_keyring):
    recorder = _Recorder()
    with pytest.raises(SyncError, match=r"no safe system keyring.*code is still unused"):
        enrol.connect(db, "https://hub.example.org", "K7QF-2MXD-9PLA", transport=recorder)
    assert recorder.requests == []
    _nothing_stored(db, test_keyring)


def test_a_plaintext_keyring_is_refused_too(db, festival, test_keyring):
    import keyring

    class PlaintextKeyring(type(test_keyring)):
        """Like keyrings.alt's: secrets in a file in clear, so not safe for the token."""

    plain = PlaintextKeyring()
    keyring.set_keyring(plain)
    with pytest.raises(SyncError, match="no safe system keyring"):
        enrol.connect(db, "https://hub.example.org", "K7QF-2MXD-9PLA", transport=_Recorder())
    _nothing_stored(db, plain)


@pytest.mark.parametrize(("url", "code", "words"), [
    ("hub.example.org", "K7QF-2MXD-9PLA", "not a web address"),
    ("https://hub.example.org", "   ", "enrolment code: empty"),
    ("https://hub.example.org", "K7QF/2MXD", "letters, digits and dashes"),
])
def test_connect_refuses_bad_input_before_the_network(db, festival, test_keyring, url, code,
                                                      words):
    recorder = _Recorder()
    with pytest.raises(SyncError, match=words):
        enrol.connect(db, url, code, transport=recorder)
    assert recorder.requests == []
    _nothing_stored(db, test_keyring)


def test_connect_needs_an_activation(db, test_keyring):
    with pytest.raises(SyncError, match="no activation yet"):
        enrol.connect(db, "https://hub.example.org", "K7QF-2MXD-9PLA", transport=_Recorder())
    _nothing_stored(db, test_keyring)


def test_an_unreachable_hub_at_connect_stores_nothing(db, festival, test_keyring):
    url = f"http://127.0.0.1:{_closed_port()}"
    with pytest.raises(SyncError, match=r"cannot connect to .*connection refused"):
        enrol.connect(db, url, "K7QF-2MXD-9PLA")
    _nothing_stored(db, test_keyring)
    # Only the token made for this code, kept for the next try of the same code.
    [(service, username)] = test_keyring.passwords
    assert (service, username) == (PENDING_SERVICE, "K7QF2MXD9PLA")
    made = test_keyring.passwords[(service, username)]
    assert len(made) == 43


def test_every_try_of_one_code_sends_the_same_token(db, festival, test_keyring):
    sent = []

    def lost(request):
        sent.append(json.loads(request.content))
        raise httpx.ReadTimeout("no answer", request=request)

    for typed in ("K7QF-2MXD-9PLA", "k7qf 2mxd 9pla", "K7QF2MXD9PLA"):
        with pytest.raises(SyncError, match="did not answer in time"):
            enrol.connect(db, "https://hub.example.org", typed,
                           transport=httpx.MockTransport(lost))
    assert len(sent) == 3 * enrol.ENROL_ATTEMPTS
    assert len({b["token"] for b in sent}) == 1
    # Another code gets its own token.
    with pytest.raises(SyncError):
        enrol.connect(db, "https://hub.example.org", "ABCD-EFGH-JKLM",
                       transport=httpx.MockTransport(lost))
    assert sent[-1]["token"] != sent[0]["token"]
    _nothing_stored(db, test_keyring)


def test_the_answer_of_an_enrolment_is_checked(db, festival, test_keyring):
    def hub(request):
        return httpx.Response(200, json={"device_id": "dev_../../etc", "activation": "Fest"})

    with pytest.raises(SyncError, match="does not answer like a Wellness hub"):
        enrol.connect(db, "https://hub.example.org", "K7QF-2MXD-9PLA",
                       transport=httpx.MockTransport(hub))
    _nothing_stored(db, test_keyring)


def test_not_connected_sends_nothing(db, festival):
    tap(db, festival)
    recorder = _Recorder()
    result = push.sync_once(db, transport=recorder)
    assert (result.outcome, result.cells_sent, result.message) == (
        "not_connected", 0, "Sync: not connected to a hub")
    assert preview(db) == []
    assert sync_status(db) == SyncStatus(
        connected=False, hub_url=None, hub_activation=None, activation_name=None,
        last_synced_utc=None, pending=0, last_error=None, stopped=False)
    enrol.disconnect(db)  # nothing to forget: no error
    assert recorder.requests == [] and sync_log(db) == []


def test_batch_size_is_checked(db, festival, test_keyring):
    _link_by_hand(db, festival["activation"].id, test_keyring)
    for bad in (0, 1001, -5, True, 2.5):
        with pytest.raises(SyncError, match="batch size"):
            push.sync_once(db, batch_size=bad, transport=_Recorder())
        with pytest.raises(SyncError, match="batch size"):
            preview(db, batch_size=bad)


def test_a_missing_token_asks_to_reconnect(db, festival, test_keyring):
    _link_by_hand(db, festival["activation"].id, test_keyring)
    test_keyring.delete_password(HUB_SERVICE, DEVICE)
    tap(db, festival)
    with pytest.raises(SyncError, match="not in the keyring: reconnect"):
        push.sync_once(db, transport=_Recorder())
    assert "reconnect" in sync_status(db).last_error


# -- preview and status of a link, without the hub ---------------------------------------------


def test_preview_is_the_linked_activations_bodies_batch_by_batch(db, festival, test_keyring):
    other = activations.create_activation(
        db, name="Other Fest", kind="festival", start=date(2026, 8, 1), end=date(2026, 8, 2),
        tz="Europe/London")
    other_tent = activations.add_location(db, activation_id=other.id, name="Other tent")
    kits.hand_out(db, kit_type_id=festival["earplugs"].id, location_id=other_tent.id,
                  now=datetime(2026, 8, 1, 12, 0, tzinfo=UTC))
    for hour in (10, 11, 12, 13, 14):
        tap(db, festival, hour=hour)
    _link_by_hand(db, festival["activation"].id, test_keyring)

    bodies = preview(db, batch_size=2)
    uid = _uid(db, festival["activation"].id)
    mine = [c for c in pending_cells(db) if c.activation == uid]
    assert len(mine) == 5 and len(bodies) == 3
    assert bodies == [body_bytes(DEVICE, mine[i:i + 2]) for i in (0, 2, 4)]
    assert preview(db, batch_size=2, max_batches=1) == bodies[:1]
    assert sync_status(db).pending == 5
    # Only the linked activation's cells, and what was acknowledged stays out.
    db.execute("UPDATE sync_link SET acked_revision = ?", [mine[2].revision])
    assert preview(db) == [body_bytes(DEVICE, mine[3:])]
    assert sync_status(db).pending == 2


def test_preview_without_refresh_only_reads(db, db_path, festival, test_keyring):
    from wellness_desk.db import connect

    _link_by_hand(db, festival["activation"].id, test_keyring)
    tap(db, festival, hour=10)
    first = preview(db)
    assert len(first) == 1
    tap(db, festival, hour=11)
    before = db.execute("SELECT revision FROM sync_state").fetchone()[0]

    # Another connection holds the write lock (a refresh elsewhere, the kit counter): a
    # preview that only reads does not wait for it.
    other = connect(db_path)
    try:
        other.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        assert preview(db, refresh=False) == first  # the stored cells, as they are
        assert time.monotonic() - started < 1.0
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert db.execute("SELECT revision FROM sync_state").fetchone()[0] == before
    refreshed = preview(db)
    assert refreshed != first and preview(db, refresh=False) == refreshed


def test_status_is_read_only(db, festival, test_keyring):
    _link_by_hand(db, festival["activation"].id, test_keyring)
    tap(db, festival)
    before = db.execute("SELECT revision FROM sync_state").fetchone()[0]
    state = sync_status(db)
    assert (state.connected, state.hub_activation, state.activation_name, state.pending) == (
        True, "Summer Fest", "Test Fest", 0)
    assert db.execute("SELECT revision FROM sync_state").fetchone()[0] == before


# -- a hub that cannot be reached: an outcome, never an exception ------------------------------


def test_an_unreachable_hub_is_offline_and_loses_nothing(db, festival, test_keyring):
    _link_by_hand(db, festival["activation"].id, test_keyring,
                  url=f"http://127.0.0.1:{_closed_port()}")
    tap(db, festival, count=2)
    tap(db, festival, hour=15)

    result = push.sync_once(db, now=NOW)

    assert result.outcome == "offline"
    assert (result.cells_sent, result.batches, result.quarantined) == (0, 1, 0)
    assert result.message == "Hub unreachable (connection refused) · 2 changes waiting"
    state = sync_status(db)
    assert state.pending == 2 and state.last_synced_utc is None
    assert state.last_error == "hub unreachable (connection refused)"
    assert hub_link(db).acked_revision == 0 and not hub_link(db).stopped
    [entry] = sync_log(db, limit=1)
    assert (entry.outcome, entry.cells, entry.detail) == (
        "offline", 2, "hub unreachable (connection refused)")
    assert entry.bytes > 0 and entry.at_utc == "2026-07-04T15:00:00.000000Z"


def test_a_hub_that_never_answers_times_out(db, festival, test_keyring):
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(5)  # accepts connections (the kernel does), never answers
        _link_by_hand(db, festival["activation"].id, test_keyring,
                      url=f"http://127.0.0.1:{silent.getsockname()[1]}")
        tap(db, festival)
        result = push.sync_once(db, timeout=0.3)
    assert result.outcome == "offline"
    assert result.message.startswith("Hub unreachable (it did not answer in time)")
    assert sync_status(db).pending == 1


class _NotTheHub:
    """A real HTTP server on 127.0.0.1 that answers every request with one status and body:
    a wrong address, a web server that is not the hub, a proxy."""

    def __init__(self, status, body, content_type):
        self.requests = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                outer.requests += 1
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


_HTML = "text/html; charset=utf-8"


@pytest.mark.parametrize(("status", "body", "content_type", "words"), [
    (404, b"<html><h1>404 Not Found</h1></html>", _HTML,
     "The hub answered HTTP 404 — is the address right?"),
    (403, b"<html><h1>Forbidden</h1></html>", _HTML,
     "The hub answered HTTP 403 — is the address right?"),
    (405, b'{"detail": "Method Not Allowed"}', "application/json",
     "The hub answered HTTP 405 — is the address right?"),
    (407, b"<html>Proxy login</html>", _HTML, "A proxy on this network asks for a login"),
    (418, b"", "text/plain", "The hub answered HTTP 418"),
    # A refusal status, but not in the hub's words (no JSON detail): a proxy's.
    (413, b"<html>413 Request Entity Too Large (nginx)</html>", _HTML,
     "Something on the way refused the request (HTTP 413"),
    (422, b'{"error": "unprocessable"}', "application/json",
     "Something on the way refused the request (HTTP 422"),
    (400, b"Bad Request", "text/plain", "Something on the way refused the request (HTTP 400"),
])
def test_a_4xx_not_from_the_hub_sets_nothing_aside(db, festival, test_keyring, status, body,
                                                   content_type, words):
    """Only the hub's own refusal of a batch (400/413/415/422 with its JSON detail) sets a
    batch aside. Anything else is trouble on the way: the queue waits, nothing moves."""
    with _NotTheHub(status, body, content_type) as server:
        _link_by_hand(db, festival["activation"].id, test_keyring, url=server.url)
        tap(db, festival, count=2)
        tap(db, festival, hour=15)

        result = push.sync_once(db, now=NOW)
        again = push.sync_once(db, now=NOW)

    assert server.requests == 2
    for outcome in (result, again):
        assert (outcome.outcome, outcome.cells_sent, outcome.batches, outcome.quarantined) == (
            "server_error", 0, 1, 0)
        assert outcome.message.startswith(words)
        assert outcome.message.endswith(" · 2 changes waiting")
    assert quarantine.quarantined(db) == []
    state = sync_status(db)
    assert (state.pending, state.quarantined, state.last_synced_utc) == (2, 0, None)
    assert state.last_error and str(status) in state.last_error
    assert hub_link(db).acked_revision == 0 and not hub_link(db).stopped
    assert sync_log(db)[0].outcome == "server_error"
    # The background sync tries again after a wait: the hub may be back by then.
    assert SyncPolicy(first_sync_s=3).after_sync(result).timer is Timer.ONCE


def test_the_hubs_own_refusal_sets_the_batch_aside(db, festival, test_keyring):
    with _NotTheHub(422, b'{"detail": [{"loc": ["body", "cells", 0, "kits_handed_out", '
                         b'"role"], "msg": "Input should be ..."}]}', "application/json"
                    ) as server:
        _link_by_hand(db, festival["activation"].id, test_keyring, url=server.url)
        tap(db, festival, count=2)
        result = push.sync_once(db, now=NOW)
    assert (result.outcome, result.quarantined) == ("quarantined", 1)
    [refused] = quarantine.quarantined(db)
    assert refused.status == 422 and "kits_handed_out.role" in refused.reason
    state = sync_status(db)
    # Set aside, so nothing waits; but the hub held nothing: not "synced at".
    assert (state.pending, state.quarantined, state.last_synced_utc) == (0, 1, None)


@pytest.mark.parametrize(("status", "body", "headers"), [
    (200, b"<html>Welcome to Festival Wi-Fi: log in</html>", {"Content-Type": "text/html"}),
    (302, b"", {"Location": "http://login.wifi.example/"}),
])
def test_a_wifi_login_page_is_not_taken_for_the_hub(db, festival, test_keyring, status, body,
                                                    headers):
    # A captive portal answers every request itself: it is the network, not the hub.
    def portal(request):
        return httpx.Response(status, content=body, headers=headers)

    _link_by_hand(db, festival["activation"].id, test_keyring)
    tap(db, festival)
    result = push.sync_once(db, transport=httpx.MockTransport(portal))
    assert result.outcome == "offline"
    assert "Wi-Fi login page" in result.message
    assert hub_link(db).acked_revision == 0 and quarantine.quarantined(db) == []


def test_the_log_keeps_counts_only_and_a_bounded_number_of_rows(db, festival, test_keyring,
                                                                  monkeypatch):
    monkeypatch.setattr("wellness_desk.sync.log.LOG_KEEP", 3)
    _link_by_hand(db, festival["activation"].id, test_keyring,
                  url=f"http://127.0.0.1:{_closed_port()}")
    tap(db, festival)
    for _ in range(5):
        push.sync_once(db)
    entries = sync_log(db)
    assert len(entries) == 3 and {e.outcome for e in entries} == {"offline"}
    text = json.dumps([e.__dict__ for e in entries])
    assert TOKEN not in text and "Earplugs" not in text and "Test Fest" not in text


def test_the_token_never_reaches_the_database_file(db, db_path, festival, test_keyring):
    _link_by_hand(db, festival["activation"].id, test_keyring,
                  url=f"http://127.0.0.1:{_closed_port()}")
    tap(db, festival)
    push.sync_once(db)
    db.execute("PRAGMA wal_checkpoint(FULL)")
    for path in db_path.parent.iterdir():
        assert TOKEN.encode() not in path.read_bytes(), path
