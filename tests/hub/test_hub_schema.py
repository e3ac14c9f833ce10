"""The hub's body models take exactly what the contract says (that the hub's allow-list is the
desk's: tests/sync/test_sync_contract.py)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date, datetime

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


RESOURCE = "0e6e2b8e-4c7a-4d6e-9f0a-1b2c3d4e5f60"


def _dim(name: str) -> str:
    """A value each dimension takes: a role, a directory contact's uuid, or a name."""
    return RESOURCE if name == "resource" else "crew"


def test_every_metric_takes_exactly_its_dimensions():
    for metric, (dims, period_kind) in schema.METRICS.items():
        period = "2026-07-04T13:00Z" if period_kind == schema.HOUR else "2026-W27"
        cell = {"activation": "a" * 32, "metric": metric, "period": period, "revision": 1,
                "value": 3, **{d: _dim(d) for d in dims}}
        parsed = _check(sync_body(DEVICE, [cell])).cells[0]
        assert schema.cell_dims(parsed) == {d: _dim(d) for d in dims}
        for missing in dims:
            short = {k: v for k, v in cell.items() if k != missing}
            assert _refused(sync_body(DEVICE, [short]))[0]["type"] == "missing"
        for extra in set(schema.DIMENSIONS) - set(dims):
            errors = _refused(sync_body(DEVICE, [{**cell, extra: _dim(extra)}]))
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
    ({"value": 1_000_001}, "less_than_equal"),
    ({"value": 1_000_000_000}, "less_than_equal"),
    ({"revision": 0}, "greater_than_equal"),
    ({"revision": 2**63}, "less_than_equal"),
    ({"role": "Alice"}, "literal_error"),
    ({"kit_type": ""}, "string_too_short"),
    ({"kit_type": "x" * 81}, "string_too_long"),
    ({"kit_type": "Ear\x00plugs"}, "string_pattern_mismatch"),
    ({"period": "2026-07-04T13:30Z"}, "string_pattern_mismatch"),
    ({"period": "2026-02-30T13:00Z"}, "string_pattern_mismatch"),
    ({"period": "0000-01-01T00:00Z"}, "string_pattern_mismatch"),
    ({"period": "٢٠٢٦-07-04T13:00Z"}, "string_pattern_mismatch"),
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


def _real(period: str, kind: str) -> bool:
    try:
        if kind == "hour":
            datetime.strptime(period, "%Y-%m-%dT%H:00Z")
        else:
            year, week = period.split("-W")
            date.fromisocalendar(int(year), int(week), 1)
    except ValueError:
        return False
    return True


def _real_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def test_the_period_patterns_are_exactly_the_calendar():
    """What the OpenAPI document's patterns allow is what the hub takes: each year from 0000
    to 9999 at 28-30 February and 1 and 31 January and weeks 00, 01, 52-54; every month
    00-13 and day 00-32 of years that differ (0000, 0001, 1900, 2000, 2024, 2026, 9999);
    every hour 00-99. A client (or schemathesis) that follows the pattern is never refused
    on its period."""
    hour, week = re.compile(schema.HOUR_PATTERN), re.compile(schema.WEEK_PATTERN)
    days = {(year, month, day) for year in range(10_000)
            for month, day in ((1, 1), (1, 31), (2, 28), (2, 29), (2, 30))}
    days |= {(year, month, day) for year in (0, 1, 1900, 2000, 2024, 2026, 9999)
             for month in range(14) for day in range(33)}
    for year, month, day in days:
        text = f"{year:04d}-{month:02d}-{day:02d}T13:00Z"
        assert bool(hour.fullmatch(text)) == _real_day(year, month, day), text
    for year in range(10_000):
        for number in (0, 1, 52, 53, 54):
            text = f"{year:04d}-W{number:02d}"
            assert bool(week.fullmatch(text)) == _real(text, "week"), text
    for month in range(1, 13):
        for day in range(1, 29):
            assert hour.fullmatch(f"2026-{month:02d}-{day:02d}T00:00Z")
    for number in range(1, 53):
        assert week.fullmatch(f"2026-W{number:02d}")
    for h in range(100):
        text = f"2026-07-04T{h:02d}:00Z"
        assert bool(hour.fullmatch(text)) == _real(text, "hour"), text
    for text in ("2026-07-04T13:00Z\n", "2026-7-04T13:00Z", "2026-07-04T13:00:00Z",
                 "12026-07-04T13:00Z", "2026-W7", "2026-W027", "٢٠٢٦-W27"):
        assert not hour.fullmatch(text) and not week.fullmatch(text), text


def test_a_period_off_the_calendar_says_so_in_words():
    errors = _refused(sync_body(DEVICE, [kit_cell(1, 1, period="2026-02-29T13:00Z")]))
    from wellness_hub.app import _issue

    assert _issue(errors[0]) == {"loc": ["cells", 0, "kits_handed_out", "period"],
                                 "msg": schema.PERIOD_WORDS["hour"]}
    errors = _refused(sync_body(DEVICE, [therapy_cell(1, 1, period="2025-W53")]))
    assert _issue(errors[0])["msg"] == schema.PERIOD_WORDS["week"]


@pytest.mark.parametrize("metric", sorted(schema.METRICS))
def test_each_metric_has_a_sane_bound(metric):
    dims, period_kind = schema.METRICS[metric]
    period = "2026-07-04T13:00Z" if period_kind == schema.HOUR else "2026-W27"
    top = schema.MAX_VALUES[metric]
    cell = {"activation": "a" * 32, "metric": metric, "period": period, "revision": 1,
            "value": top, **{d: _dim(d) for d in dims}}
    assert _check(sync_body(DEVICE, [cell])).cells[0].value == top
    for value in (top + 1, 1_000_000_000):
        errors = _refused(sync_body(DEVICE, [{**cell, "value": value}]))
        assert errors[0]["type"] == "less_than_equal" and errors[0]["loc"][-1] == "value"


@pytest.mark.parametrize("resource", [
    "988", "Samaritans", "0E6E2B8E-4C7A-4D6E-9F0A-1B2C3D4E5F60",  # upper case: not canonical
    "0e6e2b8e4c7a4d6e9f0a1b2c3d4e5f60", RESOURCE + "0", "+44 116 123",
])
def test_a_not_working_count_names_a_contact_by_its_uuid_only(resource):
    cell = {"activation": "a" * 32, "metric": "resource_not_working", "period": "2026-W27",
            "revision": 1, "value": 1, "resource": resource}
    errors = _refused(sync_body(DEVICE, [cell]))
    assert errors[0]["loc"][-1] == "resource"
    # By ISO week only: never the hour of a call.
    hourly = {**cell, "resource": RESOURCE, "period": "2026-07-04T13:00Z"}
    assert _refused(sync_body(DEVICE, [hourly]))[0]["loc"][-1] == "period"


def test_the_batch_itself_is_strict():
    assert _refused(sync_body(DEVICE, []))[0]["type"] == "too_short"
    assert _refused(sync_body(DEVICE, [kit_cell(1, 1)] * 1001))[0]["type"] == "too_long"
    assert _refused({**sync_body(DEVICE, [kit_cell(1, 1)]), "version": 2})
    # JSON's true is not 1 (Python's True == 1 made Literal[1] take it).
    assert _refused({**sync_body(DEVICE, [kit_cell(1, 1)]), "version": True})
    assert _refused({**sync_body(DEVICE, [kit_cell(1, 1)]), "version": 1.0})
    assert _refused({**sync_body(DEVICE, [kit_cell(1, 1)]), "extra": 1})
    assert _refused({**sync_body("laptop-1", [kit_cell(1, 1)])})
    assert len(_check(sync_body(DEVICE, [kit_cell(1, 1)] * 1000)).cells) == 1000


def test_the_hub_imports_neither_qt_nor_the_desk():
    # Of the desk, only its suppression (plain Python, no Qt): one function for every
    # therapy figure, on both ends (issue 14).
    probe = (
        "import sys, wellness_hub.app, wellness_hub.cli, wellness_hub.store\n"
        "shared = {'wellness_desk', 'wellness_desk.suppression'}\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'wellness_desk') and m not in shared)\n"
        "print(','.join(bad) or 'clean')\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, check=False, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "clean"
