"""Who may write what on the hub: a device writes only the activation it was enrolled for,
values stay within a sane bound, and a token belongs to one device. Over real HTTP."""

from __future__ import annotations

import secrets

import httpx
from sqlalchemy import text

from tests.hubserver import UID, HubServer, kit_cell, sync_body, therapy_cell
from wellness_hub.store import SCHEMA_VERSION

FEST_A = "Fest A"
FEST_B = "Fest B"


def _totals(hub) -> dict[tuple[str, str], int]:
    return {(t["activation"], t["metric"]): t["value"] for t in hub.totals()["totals"]}


def test_a_device_of_another_hub_activation_cannot_write_an_activation(any_hub):
    """The attack from issue 10: a Fest B laptop sends cells under Fest A's activation uid
    (a 0 to wipe Fest A's 100 kits, then 1,000,000,000). It gets 403 and nothing is kept."""
    a_dev, a_token = any_hub.device(FEST_A)
    assert any_hub.sync(a_token, sync_body(a_dev, [kit_cell(100, 5)])).status_code == 200
    b_dev, b_token = any_hub.device(FEST_B)  # enrolled later: it would have "won"
    before = any_hub.cell_rows()
    with any_hub.store() as store:
        seen_before = {d.id: d.last_seen_utc for d in store.devices()}

    for cells in ([kit_cell(0, 6)],
                  [kit_cell(3, 1, activation="b" * 32), kit_cell(0, 7)],  # one foreign cell
                  [therapy_cell(9, 8)]):
        answer = any_hub.sync(b_token, sync_body(b_dev, cells))
        assert answer.status_code == 403, answer.text
        assert "another hub activation" in answer.json()["detail"]
        assert "nothing was stored" in answer.json()["detail"]
    assert any_hub.cell_rows() == before
    with any_hub.store() as store:
        # Not even "last seen" or the device's highest revision moved.
        assert {d.id: d.last_seen_utc for d in store.devices()} == seen_before
    assert _totals(any_hub) == {(FEST_A, "kits_handed_out"): 100}

    # Fest B's own laptop activation is its to write; Fest A's laptop keeps writing its own.
    own = sync_body(b_dev, [kit_cell(4, 1, activation="b" * 32)])
    assert any_hub.sync(b_token, own).json()["held"] == [1]
    assert any_hub.sync(a_token, sync_body(a_dev, [kit_cell(101, 9)])).status_code == 200
    assert _totals(any_hub) == {(FEST_A, "kits_handed_out"): 101,
                                (FEST_B, "kits_handed_out"): 4}
    # And Fest A's laptop cannot write Fest B's activation either.
    answer = any_hub.sync(a_token, sync_body(a_dev, [kit_cell(0, 10, activation="b" * 32)]))
    assert answer.status_code == 403
    assert _totals(any_hub)[(FEST_B, "kits_handed_out")] == 4


def test_a_laptop_reconnected_to_the_same_hub_activation_still_counts_once(any_hub):
    """The newest-enrolled device still wins per activation uid inside one hub activation."""
    old, old_token = any_hub.device(FEST_A)
    assert any_hub.sync(old_token, sync_body(old, [kit_cell(100, 5)])).status_code == 200
    with any_hub.store() as store:
        store.revoke(old)
    new, new_token = any_hub.device(FEST_A)
    assert any_hub.sync(new_token, sync_body(new, [kit_cell(90, 6)])).status_code == 200
    assert _totals(any_hub) == {(FEST_A, "kits_handed_out"): 90}


def test_a_value_beyond_the_metrics_bound_is_422_and_stores_nothing(any_hub):
    device_id, token = any_hub.device(FEST_A)
    for cell in (kit_cell(1_000_000_000, 1), kit_cell(1_000_001, 1), therapy_cell(10_001, 1)):
        answer = any_hub.sync(token, sync_body(device_id, [kit_cell(1, 2), cell]))
        assert answer.status_code == 422, answer.text
        (issue,) = answer.json()["detail"]
        assert issue["loc"][:3] == ["body", "cells", 1] and issue["loc"][-1] == "value"
    assert any_hub.cell_rows() == []
    top = sync_body(device_id, [kit_cell(1_000_000, 1), therapy_cell(10_000, 2)])
    assert any_hub.sync(token, top).json()["held"] == [1, 2]


def test_one_token_offered_with_a_second_code_is_refused_in_words(any_hub):
    token = secrets.token_urlsafe(32)
    first = httpx.post(f"{any_hub.url}/v1/enroll", timeout=10,
                       json={"code": any_hub.enrol(FEST_A), "token": token})
    assert first.status_code == 200
    second_code = any_hub.enrol(FEST_B)
    again = httpx.post(f"{any_hub.url}/v1/enroll", timeout=10,
                       json={"code": second_code, "token": token})
    assert again.status_code == 403, again.text
    assert "token already belongs to another device" in again.json()["detail"]
    with any_hub.store() as store:
        assert [d.activation for d in store.devices()] == [FEST_A]
    # The code was not used up: the laptop, with a token of its own, still joins with it.
    fresh = httpx.post(f"{any_hub.url}/v1/enroll", timeout=10,
                       json={"code": second_code, "token": secrets.token_urlsafe(32)})
    assert fresh.status_code == 200 and fresh.json()["activation"] == FEST_B
    assert "Traceback" not in any_hub.log_text()


def test_cells_written_across_hub_activations_before_the_check_stop_counting(any_hub_db,
                                                                             tmp_path):
    """A hub database of schema version 1 where a Fest B device already wrote Fest A's
    activation uid: the upgrade binds the uid to Fest A (its first device), so the intruder's
    copy counts nowhere and Fest A's own copy counts again."""
    with HubServer(any_hub_db, log_path=tmp_path / "hub.log") as hub:
        a_dev, a_token = hub.device(FEST_A)
        b_dev, _b_token = hub.device(FEST_B)
        assert hub.sync(a_token, sync_body(a_dev, [kit_cell(100, 5)])).status_code == 200
    # What version 1 let through, written as it would have stored it.
    with hub.store() as store, store.engine.begin() as conn:
        conn.execute(text("DROP TABLE activation_uid"))
        conn.execute(text("UPDATE hub_meta SET value = '1' WHERE key = 'schema_version'"))
        conn.execute(text(
            "INSERT INTO cell (device_id, metric, activation_uid, period, dims, value, revision,"
            " updated_utc) VALUES (:d, 'kits_handed_out', :u, '2026-07-04T13:00Z',"
            " '{\"kit_type\":\"Earplugs\",\"role\":\"crew\"}', 0, 6, '2026-07-04T14:00:00Z')"),
            {"d": b_dev, "u": UID})
    with hub.start():
        with hub.store() as store:
            assert store.schema_version() == SCHEMA_VERSION
        assert _totals(hub) == {(FEST_A, "kits_handed_out"): 100}
        assert len(hub.cell_rows()) == 2  # kept, as everything stored is, but not counted


def test_the_openapi_document_says_what_the_hub_answers(hub):
    """A client written from the document meets no answer it does not list, and no period
    the pattern allows is refused (the patterns are exact: see test_hub_schema)."""
    document = httpx.get(f"{hub.url}/openapi.json", timeout=10).json()
    for path, method in (("/v1/enroll", "post"), ("/v1/sync", "post"), ("/v1/totals", "get")):
        answer = document["paths"][path][method]["responses"]["429"]
        assert "Retry-After" in answer["headers"], path
    schemas = document["components"]["schemas"]
    period = schemas["KitsHandedOutCell"]["properties"]["period"]
    from wellness_hub.schema import HOUR_PATTERN, MAX_VALUES

    assert period["pattern"] == HOUR_PATTERN and "real" in period["description"]
    assert schemas["TherapyHeldCell"]["properties"]["value"]["maximum"] == \
        MAX_VALUES["therapy_held"]


def test_version_true_is_not_version_1(hub):
    device_id, token = hub.device(FEST_A)
    for version in (True, 1.0, "1"):
        answer = hub.sync(token, {**sync_body(device_id, [kit_cell(1, 1)]), "version": version})
        assert answer.status_code == 422, version
        assert answer.json()["detail"][0]["loc"] == ["body", "version"]
    assert hub.cell_rows() == []


def test_the_same_value_at_a_lower_revision_is_not_listed_in_differs(hub):
    device_id, token = hub.device(FEST_A)
    assert hub.sync(token, sync_body(device_id, [kit_cell(3, 8)])).json()["held"] == [8]
    same = hub.sync(token, sync_body(device_id, [kit_cell(3, 2)])).json()
    assert same == {"held": [8], "device_revision": 8, "differs": []}
    other = hub.sync(token, sync_body(device_id, [kit_cell(4, 2)])).json()
    assert other == {"held": [8], "device_revision": 8, "differs": [0]}
