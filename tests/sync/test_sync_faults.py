"""Random local activity and a misbehaving network between the desk and a real hub: once
the network heals, hub totals equal the laptop's exactly (nothing lost, nothing twice).

The activity: kit taps and undos (the incremental recount), kit renames (the full recount,
a cell going to 0 under the old name), door taps and workshops marked held or put back
(workshop cells)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from hypothesis import event, given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from tests.faultproxy import FaultProxy
from tests.hubserver import HubServer
from tests.sync.conftest import make_festival
from tests.sync.test_sync_hub import _hub_cells, _hub_totals, _local_cells, _local_totals
from wellness_desk import kits, schedule
from wellness_desk.db import memory_db
from wellness_desk.sync import enrol, push
from wellness_desk.sync.link import link as hub_link
from wellness_desk.sync.status import status as sync_status

KITS = ("earplugs", "water")
WORKSHOPS = 2
FAULTS = ("ok", "refuse", "lose_answer", "500", "503", "stall", "replay")

_ops = st.lists(
    st.one_of(
        st.tuples(st.just("tap"), st.sampled_from(KITS), st.sampled_from(kits.ROLES[:3]),
                  st.integers(8, 20), st.integers(1, 4)),
        st.tuples(st.just("undo"), st.integers(0, 1000)),
        st.tuples(st.just("rename"), st.sampled_from(KITS)),
        st.tuples(st.just("door"), st.integers(0, WORKSHOPS - 1)),
        st.tuples(st.just("status"), st.integers(0, WORKSHOPS - 1),
                  st.sampled_from(["held", "scheduled"])),
        st.tuples(st.just("sync"), st.integers(1, 4),
                  st.lists(st.sampled_from(FAULTS), max_size=4)),
    ),
    min_size=1, max_size=30,
)


def _workshops(db, fest):
    return [schedule.create_workshop(db, schedule.Draft(
        location_id=fest["tent"].id, title=f"Session {n}", kind=kind,
        start=datetime(2026, 7, 4, 10 + n, 0, tzinfo=UTC),
        end=datetime(2026, 7, 4, 10 + n, 45, tzinfo=UTC), capacity=100)).id
        for n, kind in enumerate(("Yoga", "Breathwork"))]


def _acknowledged_is_held(db, hub, link):
    """Every local cell at or below the acknowledged revision is on the hub as it is here."""
    acked = hub_link(db).acked_revision
    held = {tuple(r[1:5]): (r[5], r[6]) for r in hub.cell_rows() if r[0] == link.device_id}
    for metric, uid, period, dims, value, revision in db.execute(
            "SELECT metric, activation_uid, period, dims, value, revision FROM sync_cell"
            " WHERE revision <= ? AND activation_uid = ?", [acked, link.activation_uid]):
        assert held.get((metric, uid, period, dims)) == (value, revision)


@pytest.fixture(scope="module")
def roomy_hub(tmp_path_factory):
    """One hub for every example, with a rate limit out of the way (faults are the subject)."""
    folder = tmp_path_factory.mktemp("faults")
    with HubServer(f"sqlite:///{folder / 'hub.sqlite3'}", log_path=folder / "hub.log",
                   rate=10_000, burst=10_000) as server:
        yield server


@hyp_settings(max_examples=25, deadline=None)
@given(ops=_ops)
def test_totals_are_exact_after_faults_heal(roomy_hub, ops):
    hub = roomy_hub
    db = memory_db()
    fest = make_festival(db)
    sessions = _workshops(db, fest)
    name = f"Fest {uuid.uuid4().hex[:8]}"  # one hub activation per example
    with FaultProxy(hub.port, stall_s=1.0) as proxy:
        link = enrol.connect(db, proxy.url, hub.enrol(name))
        handed = []
        for n, op in enumerate(ops):
            if op[0] == "tap":
                _, kit, role, hour, count = op
                handed.append(kits.hand_out(
                    db, kit_type_id=fest[kit].id, location_id=fest["tent"].id, count=count,
                    role=role, now=datetime(2026, 7, 4, hour, 7, tzinfo=UTC)).movement.id)
            elif op[0] == "undo" and handed:
                kits.undo(db, handed.pop(op[1] % len(handed)))
            elif op[0] == "rename":
                kits.rename_kit_type(db, fest[op[1]].id, f"{op[1].capitalize()} v{n}")
            elif op[0] == "door":
                schedule.door_tap(db, sessions[op[1]],
                                  now=datetime(2026, 7, 4, 10 + op[1], 5, tzinfo=UTC))
            elif op[0] == "status":
                schedule.set_status(db, sessions[op[1]], op[2])
            elif op[0] == "sync":
                proxy.plan(op[2])
                result = push.sync_once(db, batch_size=op[1], timeout=0.4)
                assert result.outcome in ("synced", "up_to_date", "offline", "server_error")
                assert result.quarantined == 0
                event(f"sync: {result.outcome}")
                _acknowledged_is_held(db, hub, link)
        # The network heals once the planned faults are used up (then every request passes);
        # faults left over when nothing more was sent never matter.
        for _ in range(200):
            final = push.sync_once(db, timeout=0.4)
            if final.outcome in ("synced", "up_to_date") and not sync_status(db).pending:
                break
        assert final.outcome in ("synced", "up_to_date"), final
        _acknowledged_is_held(db, hub, link)
    assert sync_status(db).pending == 0
    assert _hub_totals(hub, name) == _local_totals(db, link.activation_uid)
    assert _hub_cells(hub, name) == _local_cells(db, link.activation_uid)
    db.close()


_two_laptop_ops = st.lists(
    st.one_of(
        st.tuples(st.just("tap"), st.integers(0, 1), st.sampled_from(KITS),
                  st.sampled_from(kits.ROLES[:3]), st.integers(8, 20), st.integers(1, 4)),
        st.tuples(st.just("undo"), st.integers(0, 1), st.integers(0, 1000)),
        st.tuples(st.just("sync"), st.integers(0, 1)),
        st.tuples(st.just("restart"),),
    ),
    min_size=1, max_size=20,
)


@hyp_settings(max_examples=10, deadline=None)
@given(ops=_two_laptop_ops)
def test_two_laptops_in_one_activation_are_exact_across_hub_restarts(roomy_hub, ops):
    """Two laptops at one festival, taps and undos on each, syncs in any order, the hub
    restarted in between: the hub's totals are the sum of the two laptops' exactly."""
    hub = roomy_hub
    name = f"Fest {uuid.uuid4().hex[:8]}"
    laptops = []
    for _ in range(2):
        db = memory_db()
        fest = make_festival(db)
        link = enrol.connect(db, hub.url, hub.enrol(name))
        laptops.append((db, fest, link, []))
    for op in ops:
        if op[0] == "tap":
            _, n, kit, role, hour, count = op
            db, fest, _, handed = laptops[n]
            handed.append(kits.hand_out(
                db, kit_type_id=fest[kit].id, location_id=fest["tent"].id, count=count,
                role=role, now=datetime(2026, 7, 4, hour, 7, tzinfo=UTC)).movement.id)
        elif op[0] == "undo":
            db, _, _, handed = laptops[op[1]]
            if handed:
                kits.undo(db, handed.pop(op[2] % len(handed)))
        elif op[0] == "sync":
            assert push.sync_once(laptops[op[1]][0]).outcome in ("synced", "up_to_date")
        else:
            hub.restart()
    for db, _, _, _ in laptops:
        assert push.sync_once(db).outcome in ("synced", "up_to_date")
    expected: dict[str, int] = {}
    for db, _, link, _ in laptops:
        for metric, value in _local_totals(db, link.activation_uid).items():
            expected[metric] = expected.get(metric, 0) + value
        db.close()
    assert _hub_totals(hub, name) == expected
