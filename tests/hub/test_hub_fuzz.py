"""The API fuzzed from its own OpenAPI document (schemathesis), against the live hub.

Valid and invalid requests of every documented operation, with a real device token (and
the admin token for the admin API): no answer is a 5xx, only a 200 may change the cell
table — a refused request stores nothing — and every valid batch and totals request is
taken (the document's patterns and bounds are exactly the hub's).
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

EXAMPLES = 60


def _has_float(body: Any) -> bool:
    if isinstance(body, float):
        return True
    if isinstance(body, dict):
        return any(_has_float(v) for v in body.values())
    if isinstance(body, list):
        return any(_has_float(v) for v in body)
    return False


def _fuzz(hub, store, operation, mode, token: str, device_id: str) -> set[int]:
    """Run one operation's generated cases; return the statuses seen."""
    label = f"{operation.method.upper()} {operation.path}"
    seen: set[int] = set()

    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case):
        if mode.is_positive and label == "POST /v1/sync" and isinstance(case.body, dict):
            # A random device id would only ever be refused (403): use ours.
            case.body["device_id"] = device_id
        before = store.cell_rows()
        response = case.call(base_url=hub.url, headers={"Authorization": f"Bearer {token}"})
        seen.add(response.status_code)
        assert response.status_code < 500, (label, response.status_code, response.text)
        assert "Traceback" not in response.text
        # A laptop that says it sent less than the hub holds from it is told to catch up
        # (409, nothing stored): a valid request the hub rightly does not take.
        behind = label == "POST /v1/sync" and response.status_code == 409 and (
            "expect_revision" in (case.query or {}))
        if (mode.is_positive and label in ("POST /v1/sync", "GET /v1/totals", "GET /v1/cells")
                and not _has_float(case.body) and not behind):
            # What the document allows, the hub takes: no period, value or version that
            # follows the schema is refused (a client written from it alone gets 200).
            # JSON Schema cannot tell 0.0 from 0; the protocol says numbers are written as
            # integers (docs/sync-protocol.md), and the hub refuses 0.0 as a number.
            assert response.status_code == 200, (label, response.status_code, response.text)
        if response.status_code != 200:
            assert store.cell_rows() == before, (label, response.status_code)

    run()
    return seen


@pytest.mark.parametrize("mode", [schemathesis.GenerationMode.POSITIVE,
                                  schemathesis.GenerationMode.NEGATIVE])
def test_the_api_survives_fuzzing_and_refusals_store_nothing(roomy_hub, mode):
    device_id, token = roomy_hub.device("Fuzz Fest")
    admin = roomy_hub.admin_token()
    schema = schemathesis.openapi.from_url(f"{roomy_hub.url}/openapi.json")
    operations = {f"{op.method.upper()} {op.path}": op
                  for op in (result.ok() for result in schema.get_all_operations())}
    assert set(operations) == {"GET /healthz", "POST /v1/enroll", "POST /v1/sync",
                               "GET /v1/totals", "GET /v1/resources", "GET /v1/cells"}
    with roomy_hub.store() as store:
        seen = {
            label: _fuzz(roomy_hub, store, op, mode,
                         admin if label == "GET /v1/totals" else token, device_id)
            for label, op in operations.items()
            # /healthz and /v1/resources take no input but headers: nothing to break.
            if mode.is_positive or label not in ("GET /healthz", "GET /v1/resources")
        }
    assert "Traceback" not in roomy_hub.log_text()
    if mode.is_positive:
        # No directory was imported: the device is told so, never an error.
        assert seen["GET /v1/resources"] == {404}
        # The fuzz reached the store: valid batches were accepted and kept.
        assert 200 in seen["POST /v1/sync"]
        assert roomy_hub.cell_rows()
    else:
        assert seen["POST /v1/sync"] & {401, 403, 415, 422}
