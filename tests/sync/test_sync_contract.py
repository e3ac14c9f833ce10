"""Every body the desk can make is one the hub takes: desk cells are checked against the
hub's own pydantic model (`wellness_hub.schema.SyncBody`, as `wellness_hub.app._parse` reads
a request), with names of any kind passed through the desk's cleaner."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st
from pydantic import ValidationError

from wellness_desk import kits, schedule
from wellness_desk.sync import cells as desk
from wellness_desk.sync.bodies import MAX_BATCH, body_bytes
from wellness_desk.sync.cells import METRICS, Cell, CellError, _dimension, hour_period
from wellness_hub import schema as hub

DEVICE = "dev_0123456789abcdef01234567"

# Names as people paste them: control characters (C0, DEL, C1), spaces of every kind,
# accents and symbols, and long ones.
_nasty = st.sampled_from(["\x00", "\x07", "\t", "\n", "\r", "\x1b", "\x1f", "\x7f", "\x80",
                          "\x85", "\x9f", "\xa0", "\u2028", "\u200b", " ", "é", "♥", "a",
                          "Z", "-", "\ufeff", "🙂"])
names = st.one_of(
    st.text(max_size=30),
    st.text(_nasty, max_size=30),
    st.text(st.one_of(_nasty, st.characters()), min_size=60, max_size=200),
)
uids = st.text("0123456789abcdef", min_size=32, max_size=32)
resources = st.uuids().map(str)  # a directory contact's HSDS phone id, as the desk keeps it
hours = st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(9999, 12, 31),
                     timezones=st.just(UTC))
weeks = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)).map(
    lambda d: f"{d.isocalendar().year:04d}-W{d.isocalendar().week:02d}")


@st.composite
def desk_cells(draw):
    """A cell as the desk makes one: dimension values through `_dimension`."""
    metric = draw(st.sampled_from(sorted(METRICS)))
    dims, period_kind = METRICS[metric]
    fields = {}
    for dim in dims:
        fields[dim] = (draw(st.sampled_from(desk.ROLES)) if dim == "role"
                       else draw(resources) if dim == "resource"
                       else _dimension(draw(names)))
    period = hour_period(draw(hours)) if period_kind == desk.HOUR else draw(weeks)
    return Cell(metric=metric, activation=draw(uids), period=period,
                value=draw(st.integers(0, desk.MAX_VALUES[metric])),
                revision=draw(st.integers(1, desk.MAX_REVISION)), **fields)


@hyp_settings(max_examples=300, deadline=None)
@given(cells=st.lists(desk_cells(), min_size=1, max_size=40))
def test_every_desk_body_is_taken_by_the_hubs_model(cells):
    body = body_bytes(DEVICE, cells)
    parsed = hub.SyncBody.model_validate_json(body)
    assert len(parsed.cells) == len(cells)
    sent = sorted(cells, key=lambda c: (c.revision, c.key))
    for mine, theirs in zip(sent, parsed.cells, strict=True):
        assert (theirs.metric, theirs.value, theirs.revision) == (
            mine.metric, mine.value, mine.revision)
        assert hub.cell_dims(theirs) == mine.dims


@hyp_settings(max_examples=500, deadline=None)
@given(text=names)
def test_the_cleaner_makes_a_name_the_hub_takes(text):
    clean = _dimension(text)
    assert 1 <= len(clean) <= hub.MAX_DIMENSION
    assert clean == clean.strip() and "  " not in clean
    assert _dimension(clean) == clean  # cleaning twice changes nothing
    if text.strip() and text.isprintable() and len(" ".join(text.split())) <= 80:
        assert clean == " ".join(text.split())  # a plain name is kept as it is
    cell = Cell(metric="workshops_held", activation="a" * 32, period="2026-07-04T13:00Z",
                kind=clean, value=1, revision=1)
    hub.SyncBody.model_validate_json(body_bytes(DEVICE, [cell]))


def _hub_takes(**cell) -> bool:
    try:
        hub.CELL_MODELS[cell["metric"]].model_validate(cell)
    except ValidationError:
        return False
    return True


def _desk_takes(**cell) -> bool:
    try:
        Cell(**cell)
    except CellError:
        return False
    return True


@hyp_settings(max_examples=500, deadline=None)
@given(text=names, value=st.integers(-5, desk.MAX_VALUE + 5),
       revision=st.one_of(st.integers(-3, 3), st.integers(2**63 - 3, 2**63 + 3)),
       period=st.one_of(st.from_regex(r"\A\d{4}-\d\d-\d\dT\d\d:00Z\Z"),
                        hours.map(hour_period)))
def test_a_cell_the_desk_allows_is_exactly_one_the_hub_allows(text, value, revision, period):
    """`Cell` holds the hub's rules: no control characters, 1 to 80 characters, values 0 to
    1,000,000 (for kits), real hours; revision from 1 once sent."""
    cell = dict(metric="kits_handed_out", activation="b" * 32, period=period, kit_type=text,
                role="crew", value=value, revision=revision)
    assume(revision != 0)  # 0 is a cell not yet numbered: the desk never sends one
    assert _desk_takes(**cell) == _hub_takes(**cell)


@hyp_settings(max_examples=300, deadline=None)
@given(text=st.one_of(names, resources, resources.map(str.upper),
                      resources.map(lambda u: u.replace("-", ""))))
def test_a_not_working_cell_the_desk_allows_is_exactly_one_the_hub_allows(text):
    """The contact's uuid, lower case with dashes, on both ends; nothing else."""
    cell = dict(metric="resource_not_working", activation="b" * 32, period="2026-W28",
                resource=text, value=1, revision=1)
    assert _desk_takes(**cell) == _hub_takes(**cell)


def test_a_not_working_count_is_recorded_as_the_hub_takes_it(db, festival):
    from wellness_desk.resources.reports import record_not_working

    contact = "0E6E2B8E-4C7A-4D6E-9F0A-1B2C3D4E5F60"  # as a package may spell it
    record_not_working(db, contact_id=contact, service_id="1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed",
                       now=datetime(2026, 7, 4, 13, 5, tzinfo=UTC))
    desk.refresh_cells(db)
    cells = desk.pending_cells(db, 0)
    assert [c.resource for c in cells] == [contact.lower()]
    parsed = hub.SyncBody.model_validate_json(body_bytes(DEVICE, cells))
    assert hub.cell_dims(parsed.cells[0]) == {"resource": contact.lower()}
    assert parsed.cells[0].period == "2026-W27"


def test_a_cell_is_sent_with_a_revision_from_1():
    cell = Cell(metric="therapy_held", activation="c" * 32, period="2026-W28", value=1)
    with pytest.raises(CellError, match="revision from 1"):
        body_bytes(DEVICE, [cell])


@pytest.mark.parametrize(("period", "metric"), [
    ("2026-02-30T13:00Z", "kits_handed_out"), ("2026-13-01T13:00Z", "kits_handed_out"),
    ("2026-07-04T24:00Z", "kits_handed_out"), ("2025-W53", "therapy_held"),
    ("2026-W00", "therapy_held"),
])
def test_periods_that_are_no_real_hour_or_week_are_refused_at_both_ends(period, metric):
    dims = {"kit_type": "E", "role": "crew"} if metric == "kits_handed_out" else {}
    cell = dict(metric=metric, activation="d" * 32, period=period, value=1, revision=1, **dims)
    assert not _desk_takes(**cell) and not _hub_takes(**cell)
    assert _desk_takes(**{**cell, "period": "2026-W53" if metric == "therapy_held"
                          else "2026-07-04T13:00Z"})


def test_a_full_batch_of_the_longest_names_is_taken():
    cells = [Cell(metric="kits_handed_out", activation="e" * 32,
                  period=hour_period(datetime(2026, 7, 4, tzinfo=UTC) + timedelta(hours=n)),
                  kit_type=_dimension("ü" * 500), role="crew", value=desk.MAX_VALUE,
                  revision=n + 1) for n in range(MAX_BATCH)]
    assert len(cells[0].kit_type) == hub.MAX_DIMENSION
    hub.SyncBody.model_validate_json(body_bytes(DEVICE, cells))


def test_the_hub_allow_list_is_the_desks():
    """One list on each side (the hub must not import the desk): the two kept equal here."""
    assert hub.METRICS == desk.METRICS
    assert hub.ROLES == desk.ROLES == (kits.UNSPECIFIED, *kits.ROLES)
    assert hub.DIMENSIONS == desk.DIMENSIONS
    assert (hub.HOUR, hub.WEEK) == (desk.HOUR, desk.WEEK)
    assert hub.MAX_DIMENSION == desk.MAX_DIMENSION == schedule.MAX_KIND
    assert hub.MAX_VALUES == desk.MAX_VALUES
    assert hub.PAYLOAD_VERSION == desk.PAYLOAD_VERSION


def test_the_two_ends_agree_on_the_limits():
    assert (desk.MAX_DIMENSION, desk.MAX_VALUES, desk.MAX_REVISION) == (
        hub.MAX_DIMENSION, hub.MAX_VALUES, hub.MAX_REVISION)
    assert desk._HOUR.pattern == hub.HOUR_PATTERN and desk._WEEK.pattern == hub.WEEK_PATTERN
    assert desk._RESOURCE.pattern == hub.RESOURCE_PATTERN
