"""POST /v1/sync against the real hub: upserts that keep the higher revision, and every refusal
(401, 403, 413, 415, 422, 429) storing nothing and saying why in plain words."""

from __future__ import annotations

import gzip
import json
import time

import httpx
from sqlalchemy import text

from tests.hubserver import (
    OTHER_UID,
    HubServer,
    kit_cell,
    post_sync,
    sync_body,
    therapy_cell,
)

FEST = "Summer Fest 2026"
CANARY = "Zebediah Canarywood"


def _value_of(hub, metric="kits_handed_out", activation=FEST):
    return {(t["activation"], t["metric"]): t["value"] for t in hub.totals()["totals"]}.get(
        (activation, metric))


def _assert_plain_error(answer: httpx.Response, status: int) -> dict:
    assert answer.status_code == status, answer.text
    body = answer.json()
    assert set(body) == {"detail"}
    for needle in ("Traceback", 'File "', ".py", CANARY):
        assert needle not in answer.text
    return body


def test_the_higher_revision_wins_and_the_held_revision_is_answered(any_hub):
    device_id, token = any_hub.device(FEST)
    push = lambda *cells: any_hub.sync(token, sync_body(device_id, cells))  # noqa: E731

    assert push(kit_cell(3, 5)).json()["held"] == [5]
    assert _value_of(any_hub) == 3
    # An older revision arriving late changes nothing; the hub says what it holds.
    assert push(kit_cell(9, 3)).json()["held"] == [5]
    # An equal revision changes nothing either (a replay).
    assert push(kit_cell(8, 5)).json()["held"] == [5]
    assert _value_of(any_hub) == 3
    # An undo: a newer revision with a lower count.
    assert push(kit_cell(2, 7)).json()["held"] == [7]
    assert push(kit_cell(2, 7)).json()["held"] == [7]
    assert _value_of(any_hub) == 2
    # A fall to 0 is kept (the cell stays, at 0).
    assert push(kit_cell(0, 8), therapy_cell(4, 9)).json() == {
        "held": [8, 9], "device_revision": 9, "differs": []}
    # The device's highest revision is answered even for a batch of older ones; a cell
    # held at a later revision with another value, or at the same revision with another
    # value (a laptop put back from a copy), is named; a plain replay is not.
    assert push(kit_cell(0, 8)).json() == {"held": [8], "device_revision": 9, "differs": []}
    assert push(therapy_cell(4, 9), kit_cell(3, 8)).json()["differs"] == [1]
    assert push(kit_cell(6, 2)).json() == {"held": [8], "device_revision": 9, "differs": [0]}
    assert _value_of(any_hub) == 0
    assert _value_of(any_hub, "therapy_held") == 4


def test_duplicates_and_reordering_inside_one_batch(any_hub):
    device_id, token = any_hub.device(FEST)
    a9, a8, a9_again = kit_cell(4, 9), kit_cell(7, 8), kit_cell(5, 9)
    b = kit_cell(1, 2, role="artist")
    answer = any_hub.sync(token, sync_body(device_id, [a9, b, a8, a9_again]))
    assert answer.json()["held"] == [9, 2, 9, 9]
    # As if they had come one by one: rev 9 (4), then the stale 8, then an equal 9: 4 stays.
    detail = {(c["dims"]["role"], c["value"]) for c in any_hub.totals(detail=True)["cells"]}
    assert detail == {("crew", 4), ("artist", 1)}
    # The same batch replayed, reversed: nothing moves.
    answer = any_hub.sync(token, sync_body(device_id, [a9_again, a8, b, a9]))
    assert answer.json()["held"] == [9, 9, 2, 9]
    assert _value_of(any_hub) == 5


def test_cells_are_kept_per_device(any_hub):
    first, first_token = any_hub.device(FEST)
    second, second_token = any_hub.device(FEST)
    assert any_hub.sync(first_token, sync_body(first, [kit_cell(3, 10)])).json()["held"] == [10]
    # Another laptop (its own local activation uid): its own revision counter, added.
    body = sync_body(second, [kit_cell(4, 1, activation=OTHER_UID)])
    assert any_hub.sync(second_token, body).json()["held"] == [1]
    assert _value_of(any_hub) == 7
    assert len(any_hub.cell_rows()) == 2


def test_a_laptop_that_connects_again_is_not_counted_twice(any_hub):
    """A new device sending a cell of the same local activation uid is the same laptop
    reconnected: its copy replaces the old device's, cell by cell, as it arrives."""
    old, old_token = any_hub.device(FEST)
    cells = [kit_cell(3, 10), kit_cell(5, 11, kit_type="Hydration pack")]
    assert any_hub.sync(old_token, sync_body(old, cells)).status_code == 200
    assert _value_of(any_hub) == 8
    with any_hub.store() as store:
        store.revoke(old)
    new, new_token = any_hub.device(FEST)
    # Part-way through the resend: the cell not resent yet still counts from the old copy.
    assert any_hub.sync(new_token, sync_body(new, [kit_cell(4, 12)])).status_code == 200
    assert _value_of(any_hub) == 9
    body = sync_body(new, [kit_cell(5, 13, kit_type="Hydration pack")])
    assert any_hub.sync(new_token, body).status_code == 200
    assert _value_of(any_hub) == 9
    assert len(any_hub.cell_rows()) == 4  # both copies kept; only the newest counts


def test_tokens_and_device_ids_are_checked(any_hub):
    device_id, token = any_hub.device(FEST)
    other_id, other_token = any_hub.device(FEST)
    body = sync_body(device_id, [kit_cell(3, 1, kit_type=CANARY)])

    for sent_token in (None, "not-a-token", other_token[:-1] + "x"):
        answer = any_hub.sync(sent_token, body)
        assert _assert_plain_error(answer, 401)
        assert answer.headers["WWW-Authenticate"] == "Bearer"
    basic = any_hub.sync(None, body, headers={"Authorization": "Basic dXNlcjpwYXNz"})
    assert basic.status_code == 401
    # A valid token but another device's id.
    assert "device_id" in _assert_plain_error(any_hub.sync(other_token, body), 403)["detail"]
    assert any_hub.cell_rows() == []
    with any_hub.store() as store:
        assert {d.id: d.last_seen_utc for d in store.devices()} == {device_id: None,
                                                                    other_id: None}

    assert any_hub.sync(token, sync_body(device_id, [kit_cell(3, 1)])).status_code == 200
    with any_hub.store() as store:
        seen = {d.id: d.last_seen_utc for d in store.devices()}
        assert seen[device_id] is not None and seen[other_id] is None
        assert store.revoke(device_id) is True
    revoked = any_hub.sync(token, sync_body(device_id, [kit_cell(9, 2)]))
    assert "reconnect" in _assert_plain_error(revoked, 401)["detail"]
    assert revoked.headers["WWW-Authenticate"] == "Bearer"
    # Its counts stay; the refused push changed nothing.
    assert _value_of(any_hub) == 3


BAD_BODIES = {
    "unknown field in a cell": lambda d: sync_body(d, [{**kit_cell(1, 1), "name": CANARY}]),
    "unknown field at the top": lambda d: {**sync_body(d, [kit_cell(1, 1)]), "note": CANARY},
    "string for a number": lambda d: sync_body(d, [{**kit_cell(1, 1), "value": "12"}]),
    "bool for a number": lambda d: sync_body(d, [{**kit_cell(1, 1), "revision": True}]),
    "float for a number": lambda d: sync_body(d, [{**kit_cell(1, 1), "value": 1.5}]),
    "wrong dimensions": lambda d: sync_body(d, [{**therapy_cell(1, 1), "role": "crew"}]),
    "missing dimension": lambda d: sync_body(d, [{
        k: v for k, v in kit_cell(1, 1).items() if k != "kit_type"}]),
    "hour for a week": lambda d: sync_body(d, [therapy_cell(1, 1, period="2026-07-04T13:00Z")]),
    "exact timestamp": lambda d: sync_body(d, [kit_cell(1, 1, period="2026-07-04T13:07:12Z")]),
    "bad role": lambda d: sync_body(d, [kit_cell(1, 1, role=CANARY)]),
    "unlisted metric": lambda d: sync_body(d, [{**therapy_cell(1, 1), "metric": CANARY}]),
    "negative value": lambda d: sync_body(d, [kit_cell(-1, 1)]),
    "value too big": lambda d: sync_body(d, [kit_cell(1_000_000_001, 1)]),
    "revision 0": lambda d: sync_body(d, [kit_cell(1, 0)]),
    "dimension too long": lambda d: sync_body(d, [kit_cell(1, 1, kit_type=CANARY * 5)]),
    "no cells": lambda d: sync_body(d, []),
    "1001 cells": lambda d: sync_body(d, [kit_cell(1, r) for r in range(1, 1002)]),
    "a list, not an object": lambda d: [sync_body(d, [kit_cell(1, 1)])],
    "wrong version": lambda d: {**sync_body(d, [kit_cell(1, 1)]), "version": 2},
    "good cells then one bad": lambda d: sync_body(d, [kit_cell(1, 1), kit_cell(1, 2),
                                                       kit_cell(2, 3, role="Alice")]),
}


def test_a_body_off_the_schema_is_422_names_the_field_and_stores_nothing(roomy_hub):
    any_hub = roomy_hub
    device_id, token = any_hub.device(FEST)
    for name, make in BAD_BODIES.items():
        answer = any_hub.sync(token, make(device_id), gzip=name != "string for a number")
        assert answer.status_code == 422, name
        issues = answer.json()["detail"]
        assert issues and all(set(i) == {"loc", "msg"} for i in issues), name
        assert all(i["loc"][0] == "body" for i in issues), name
        assert CANARY not in answer.text and "Alice" not in answer.text, name
    not_json = post_sync(any_hub.url, token, b'{"cells": [', gzip=True)
    assert not_json.status_code == 422
    assert any_hub.cell_rows() == []
    issues = any_hub.sync(token, BAD_BODIES["bad role"](device_id)).json()["detail"]
    assert issues[0]["loc"] == ["body", "cells", 0, "kits_handed_out", "role"]
    # Kept in order: a good batch still goes through.
    assert any_hub.sync(token, sync_body(device_id, [kit_cell(1, 1)])).status_code == 200
    log = any_hub.log_text()
    assert CANARY not in log and "Alice" not in log and token not in log


def test_size_limits_and_gzip_bombs_are_413(hub):
    device_id, token = hub.device(FEST)
    # Over 2 MiB as sent.
    padded = json.dumps(sync_body(device_id, [kit_cell(1, 1)])).encode()[:-1]
    padded += b', "pad": "' + b"x" * (2 * 1024 * 1024) + b'"}'
    assert "2 MiB" in _assert_plain_error(post_sync(hub.url, token, padded, gzip=False),
                                          413)["detail"]
    # Small as sent, 64 MiB once inflated: stopped at 8 MiB.
    bomb = gzip.compress(b'{"cells": [' + b" " * (64 * 1024 * 1024) + b"]}")
    assert len(bomb) < 2 * 1024 * 1024
    answer = post_sync(hub.url, token, bomb, gzip=False, headers={"Content-Encoding": "gzip"})
    assert "un-gzipped" in _assert_plain_error(answer, 413)["detail"]
    # Over the limit as sent, even gzip-encoded.
    huge = padded * 2
    answer = post_sync(hub.url, token, huge, gzip=False, headers={"Content-Encoding": "gzip"})
    _assert_plain_error(answer, 413)
    # Not gzip at all, or cut short.
    broken = gzip.compress(json.dumps(sync_body(device_id, [kit_cell(1, 1)])).encode())
    for raw in (b"plain text", broken[:-6], broken + b"trailing"):
        answer = post_sync(hub.url, token, raw, gzip=False, headers={"Content-Encoding": "gzip"})
        _assert_plain_error(answer, 400)
    assert hub.cell_rows() == []
    # The server is fine afterwards.
    assert hub.sync(token, sync_body(device_id, [kit_cell(1, 1)])).json()["held"] == [1]


def test_other_encodings_and_media_types_are_415(hub):
    device_id, token = hub.device(FEST)
    body = sync_body(device_id, [kit_cell(1, 1)])
    for headers in ({"Content-Encoding": "br"}, {"Content-Encoding": "deflate"},
                    {"Content-Encoding": "gzip, gzip"}, {"Content-Type": "text/plain"},
                    {"Content-Type": "application/x-www-form-urlencoded"}):
        _assert_plain_error(hub.sync(token, body, gzip=False, headers=headers), 415)
    no_type = httpx.post(f"{hub.url}/v1/sync", content=json.dumps(body).encode(), timeout=10,
                         headers={"Authorization": f"Bearer {token}"})
    _assert_plain_error(no_type, 415)
    assert hub.cell_rows() == []
    answer = hub.sync(token, body, gzip=False, headers={"Content-Encoding": "identity"})
    assert answer.json()["held"] == [1]


def test_a_device_over_its_rate_gets_429_with_retry_after(any_hub_db, tmp_path):
    with HubServer(any_hub_db, log_path=tmp_path / "rate.log", rate=1, burst=3) as hub:
        device_id, token = hub.device(FEST)
        other_id, other_token = hub.device(FEST)
        answers = [hub.sync(token, sync_body(device_id, [kit_cell(r, r)])) for r in (1, 2, 3, 4)]
        assert [a.status_code for a in answers] == [200, 200, 200, 429]
        retry = int(answers[-1].headers["Retry-After"])
        assert 1 <= retry <= 2
        _assert_plain_error(answers[-1], 429)
        # Refused means not stored, and another laptop is not held back.
        assert hub.sync(other_token, sync_body(other_id, [kit_cell(1, 1)])).status_code == 200
        assert {row[-3] for row in hub.cell_rows()} == {3, 1}
        time.sleep(retry)
        assert hub.sync(token, sync_body(device_id, [kit_cell(4, 4)])).status_code == 200


def test_an_internal_error_is_a_plain_500_and_the_log_has_no_trace(any_hub):
    device_id, token = any_hub.device(FEST)
    assert any_hub.sync(token, sync_body(device_id, [kit_cell(1, 1)])).status_code == 200
    with any_hub.store() as store, store.engine.begin() as conn:
        conn.execute(text("DROP TABLE cell"))
    answer = any_hub.sync(token, sync_body(device_id, [kit_cell(2, 2, kit_type=CANARY)]))
    assert _assert_plain_error(answer, 500) == {"detail": "internal error"}
    log = any_hub.log_text()
    assert "internal error: " in log
    for needle in ("Traceback", CANARY, "DROP", "INSERT", "no such table", token):
        assert needle not in log


def test_no_error_body_carries_a_stack_trace(hub):
    statuses = set()
    for path in ("/v1/sync", "/v1/enroll", "/v1/totals", "/nowhere", "/login"):
        for method in ("GET", "POST", "PUT", "DELETE"):
            answer = httpx.request(method, hub.url + path, content=b"\xff\xfe{", timeout=10,
                                   headers={"Content-Type": "application/json"})
            statuses.add(answer.status_code)
            if answer.status_code >= 400 and path != "/login":
                _assert_plain_error(answer, answer.status_code)
            assert "Traceback" not in answer.text
    assert {401, 404, 405, 422} <= statuses
