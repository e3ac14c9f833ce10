"""Hostile answers on 127.0.0.1 between the desk and a real hub: a hub that trickles its
answer is cut at the request's wall-time limit, a run ends at its own, and an answer bigger
than 1 MiB is refused as "not the hub's answer" without being read."""

from __future__ import annotations

import time
import tracemalloc
from datetime import UTC, datetime, timedelta

import pytest

from tests.sync.conftest import run_sync, tap
from tests.sync.hostile import HUGE, HostileHub
from tests.sync.test_sync_hub import _hub_totals, _local_totals
from wellness_desk import kits
from wellness_desk.sync import SyncError, enrol, push
from wellness_desk.sync.link import link as hub_link
from wellness_desk.sync.status import status as sync_status

HUB_ACTIVATION = "Summer Fest 2026"
MiB = 1024 * 1024
# Generous bounds on a loaded 2-core box: the hostile answers last 60 s (trickle) or 200 MB.
SLACK_S = 10.0


@pytest.fixture
def hostile(hub):
    with HostileHub(hub.port, "ok") as server:
        yield server


@pytest.mark.usefixtures("decoy_data_dir")
def test_sync_once_timeout_2_against_a_trickling_hub_returns_in_seconds(demo_dir, hub,
                                                                       hostile, capsys):
    assert run_sync(demo_dir, "--hub", hostile.url, "--enroll", hub.enrol(HUB_ACTIVATION)) == 0
    capsys.readouterr()
    hostile.mode = "trickle"  # one byte a second, for 60 s

    started = time.monotonic()
    assert run_sync(demo_dir, "--once", "--timeout", "2") == 1
    took = time.monotonic() - started
    out = capsys.readouterr().out
    assert took < 2 + SLACK_S, f"took {took:.1f} s"
    assert out.startswith("Hub unreachable (it did not answer in time) · ")
    assert out.rstrip().endswith("changes waiting")

    hostile.mode = "ok"
    assert run_sync(demo_dir, "--once") == 0
    assert capsys.readouterr().out.startswith("Sent ")


def test_connecting_to_a_trickling_hub_ends_within_its_limit(db, festival, hub, hostile):
    hostile.mode = "trickle"
    hostile.paths = ("/v1/enroll",)
    started = time.monotonic()
    with pytest.raises(SyncError, match=r"did not answer in time.*same code works"):
        enrol.connect(db, hostile.url, hub.enrol(HUB_ACTIVATION), timeout=1.0)
    # Three tries of at most 1 s each.
    assert time.monotonic() - started < 3 + SLACK_S
    assert hub_link(db) is None


@pytest.mark.parametrize("mode", ["endless", "huge", "bomb"])
def test_an_answer_over_1_mib_is_not_the_hubs_and_is_not_read(db, festival, hub, hostile,
                                                              mode):
    link = enrol.connect(db, hostile.url, hub.enrol(HUB_ACTIVATION))
    tap(db, festival, count=3)
    hostile.mode = mode

    tracemalloc.start()
    try:
        result = push.sync_once(db, timeout=20)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.outcome == "offline"
    assert result.message.startswith("Not the hub's answer (over 1 MiB)")
    assert result.message.endswith("· 1 change waiting")
    # Read up to the cap and no further: memory stays near 1 MiB, not 200 MB.
    assert peak < 16 * MiB, f"peak {peak / MiB:.0f} MiB"
    if mode != "bomb":
        # The kernel's socket buffers hold some more; nowhere near the 200 MB offered.
        assert hostile.sent < 64 * MiB < HUGE
    assert hub_link(db).acked_revision == 0
    assert sync_status(db).last_error.startswith("not the hub's answer (over 1 MiB)")

    hostile.mode = "ok"
    assert push.sync_once(db).outcome == "synced"
    assert _hub_totals(hub, HUB_ACTIVATION) == _local_totals(db, link.activation_uid)


def test_a_run_ends_at_its_limit_and_the_rest_goes_with_the_next(db, festival, hub, hostile):
    link = enrol.connect(db, hostile.url, hub.enrol(HUB_ACTIVATION))
    start = datetime(2026, 7, 4, 8, 0, tzinfo=UTC)
    for hour in range(6):  # six cells, one batch each below
        kits.hand_out(db, kit_type_id=festival["earplugs"].id,
                      location_id=festival["tent"].id, now=start + timedelta(hours=hour))
    hostile.mode = "slow"  # every answer of the real hub held back 1 s
    hostile.delay_s = 1.0

    started = time.monotonic()
    # 4.5 s: room for the first batch on a loaded machine, too short for all six (6 s).
    result = push.sync_once(db, batch_size=1, run_limit_s=4.5)
    took = time.monotonic() - started
    assert result.outcome == "time_up", result
    assert 1 <= result.cells_sent < 6
    assert took < 4.5 + SLACK_S
    waiting = 6 - result.cells_sent
    assert result.message.endswith(
        f"the run's 4.5 s were up with {waiting} change{'s' * (waiting != 1)} waiting: they go "
        "with the next sync")
    assert sync_status(db).pending == waiting

    hostile.mode = "ok"
    again = push.sync_once(db, batch_size=1)
    assert again.outcome == "synced"
    assert sync_status(db).pending == 0
    assert _hub_totals(hub, HUB_ACTIVATION) == _local_totals(db, link.activation_uid)
