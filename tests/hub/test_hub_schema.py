"""The hub's allow-list is the desk's, and its body models take exactly what the contract says."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from pydantic import ValidationError

from tests.hubserver import REPO, kit_cell, sync_body, therapy_cell
from wellness_desk.sync import cells as desk
from wellness_hub import schema

DEVICE = "dev_" + "ab" * 12


def _check(body: dict) -> schema.SyncBody:
    return schema.SyncBody.model_validate_json(json.dumps(body))


def _refused(body: dict) -> list[dict]:
    with pytest.raises(ValidationError) as caught:
        _check(body)
    return caught.value.errors()


def test_the_hub_allow_list_is_the_desks():
    assert schema.METRICS == desk.METRICS
    assert schema.ROLES == desk.ROLES
    assert schema.DIMENSIONS == desk.DIMENSIONS
    assert schema.MAX_DIMENSION == desk.MAX_DIMENSION
    assert schema.PAYLOAD_VERSION == desk.PAYLOAD_VERSION


def test_every_metric_takes_exactly_its_dimensions():
    for metric, (dims, period_kind) in schema.METRICS.items():
        period = "2026-07-04T13:00Z" if period_kind == schema.HOUR else "2026-W27"
        cell = {"activation": "a" * 32, "metric": metric, "period": period, "revision": 1,
                "value": 3, **{d: "crew" for d in dims}}
        parsed = _check(sync_body(DEVICE, [cell])).cells[0]
        assert schema.cell_dims(parsed) == {d: "crew" for d in dims}
        for missing in dims:
            short = {k: v for k, v in cell.items() if k != missing}
            assert _refused(sync_body(DEVICE, [short]))[0]["type"] == "missing"
        for extra in set(schema.DIMENSIONS) - set(dims):
            errors = _refused(sync_body(DEVICE, [{**cell, extra: "crew"}]))
            assert errors[0]["type"] == "extra_forbidden"


def test_a_desk_payload_is_accepted_as_it_is():
    cells = [
        desk.Cell(metric="kits_handed_out", activation="c" * 32, period="2026-07-04T13:00Z",
                  kit_type="Earplugs", role="crew", value=12, revision=41),
        desk.Cell(metric="therapy_no_show", activation="c" * 32, period="2026-W28",
                  value=1, revision=42),
    ]
    body = {**json.loads(desk.payload_bytes(cells)), "device_id": DEVICE}
    assert [c.revision for c in _check(body).cells] == [41, 42]


@pytest.mark.parametrize(("change", "kind"), [
    ({"value": "5"}, "int_type"),
    ({"value": True}, "int_type"),
    ({"value": 5.0}, "int_type"),
    ({"value": -1}, "greater_than_equal"),
    ({"value": 1_000_000_001}, "less_than_equal"),
    ({"revision": 0}, "greater_than_equal"),
    ({"revision": 2**63}, "less_than_equal"),
    ({"role": "Alice"}, "literal_error"),
    ({"kit_type": ""}, "string_too_short"),
    ({"kit_type": "x" * 81}, "string_too_long"),
    ({"kit_type": "Ear\x00plugs"}, "string_pattern_mismatch"),
    ({"period": "2026-07-04T13:30Z"}, "string_pattern_mismatch"),
    ({"period": "2026-02-30T13:00Z"}, "value_error"),
    ({"period": "2026-W27"}, "string_pattern_mismatch"),
    ({"activation": "Summer Fest"}, "string_pattern_mismatch"),
    ({"metric": "names"}, "union_tag_invalid"),
    ({"note": "hello"}, "extra_forbidden"),
])
def test_a_cell_out_of_bounds_is_refused(change, kind):
    assert _refused(sync_body(DEVICE, [{**kit_cell(1, 1), **change}]))[0]["type"] == kind


def test_therapy_weeks_must_exist():
    assert _check(sync_body(DEVICE, [therapy_cell(1, 1, period="2026-W53")]))
    assert _refused(sync_body(DEVICE, [therapy_cell(1, 1, period="2025-W53")]))


def test_the_batch_itself_is_strict():
    assert _refused(sync_body(DEVICE, []))[0]["type"] == "too_short"
    assert _refused(sync_body(DEVICE, [kit_cell(1, 1)] * 1001))[0]["type"] == "too_long"
    assert _refused({**sync_body(DEVICE, [kit_cell(1, 1)]), "version": 2})
    assert _refused({**sync_body(DEVICE, [kit_cell(1, 1)]), "extra": 1})
    assert _refused({**sync_body("laptop-1", [kit_cell(1, 1)])})
    assert len(_check(sync_body(DEVICE, [kit_cell(1, 1)] * 1000)).cells) == 1000


def test_the_hub_imports_neither_qt_nor_the_desk():
    probe = (
        "import sys, wellness_hub.app, wellness_hub.cli, wellness_hub.store\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'wellness_desk'))\n"
        "print(','.join(bad) or 'clean')\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, check=False, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "clean"
