"""`wellness-desk sync` against a real hub: connect, preview, once, status, log, disconnect."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.sync.conftest import run_sync
from tests.sync.test_sync_hub import _hub_cells, _hub_totals, _local_cells, _local_totals
from wellness_desk import demo
from wellness_desk.cli import main
from wellness_desk.db import connect
from wellness_desk.paths import DB_FILENAME
from wellness_desk.sync.bodies import preview
from wellness_desk.sync.hub_token import HUB_SERVICE
from wellness_desk.sync.link import link as hub_link

pytestmark = pytest.mark.usefixtures("decoy_data_dir")
HUB_ACTIVATION = "Riverside 2026"




def _db(data_dir):
    return connect(Path(data_dir) / DB_FILENAME)


def _linked_uid(data_dir):
    db = _db(data_dir)
    try:
        return hub_link(db).activation_uid
    finally:
        db.close()


def test_connect_preview_once_status_log_disconnect(demo_dir, hub, capsys, test_keyring,
                                                    decoy_data_dir):
    code = hub.enrol(HUB_ACTIVATION)
    assert run_sync(demo_dir, "--hub", hub.url + "/", "--enroll", code) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"connected to {hub.url} as dev_")
    assert f"the counts of Riverside Sound Festival go to '{HUB_ACTIVATION}' on the hub" in out
    [(service, device_id)] = list(test_keyring.passwords)
    assert service == HUB_SERVICE and device_id in out
    token = test_keyring.passwords[(service, device_id)]
    assert token not in out

    # Preview: one JSON body per line on stdout, exactly what the client would send.
    assert run_sync(demo_dir, "--preview", "--batch-size", "50") == 0
    captured = capsys.readouterr()
    lines = captured.out.encode().splitlines()
    assert lines and captured.err == ""
    db = _db(demo_dir)
    try:
        assert lines == preview(db, batch_size=50)
    finally:
        db.close()
    bodies = [json.loads(line) for line in lines]
    assert all(b["device_id"] == device_id and b["version"] == 1 for b in bodies)
    assert all(0 < len(b["cells"]) <= 50 for b in bodies)
    previewed = sum(len(b["cells"]) for b in bodies)

    assert run_sync(demo_dir, "--once", "--batch-size", "50") == 0
    out = capsys.readouterr().out
    batches = len(bodies)
    assert out == (f"Sent {previewed} changes in {batches} batch"
                   f"{'es' if batches != 1 else ''}\n")
    db = _db(demo_dir)
    try:
        uid = hub_link(db).activation_uid
        assert _hub_totals(hub, HUB_ACTIVATION) == _local_totals(db, uid)
        assert _hub_cells(hub, HUB_ACTIVATION) == _local_cells(db, uid)
    finally:
        db.close()

    assert run_sync(demo_dir, "--once") == 0
    assert capsys.readouterr().out == "Nothing to send: the hub has every change\n"
    assert run_sync(demo_dir, "--preview") == 0
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == (
        "", "nothing waits to be sent: the hub has every change\n")

    assert run_sync(demo_dir, "--status") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Sending Riverside Sound Festival: all sent · synced at ")
    assert f"hub: {hub.url} ({HUB_ACTIVATION}), device {device_id}" in lines
    assert "waiting: 0 changes" in lines

    assert run_sync(demo_dir, "--log") == 0
    log = capsys.readouterr().out.splitlines()
    assert len(log) == batches + 1
    assert all("  synced  " in line for line in log[:batches])
    assert "  connected  " in log[-1]
    assert token not in "\n".join(log)

    assert run_sync(demo_dir, "--disconnect") == 0
    assert capsys.readouterr().out == (
        f"disconnected from {hub.url}; the token left the keyring\n")
    assert test_keyring.passwords == {}
    assert run_sync(demo_dir, "--once") == 2
    assert "not connected to a hub" in capsys.readouterr().err
    assert not decoy_data_dir.exists()


def test_once_exits_1_when_the_hub_is_away_and_sends_it_later(demo_dir, hub, capsys):
    assert run_sync(demo_dir, "--hub", hub.url, "--enroll", hub.enrol(HUB_ACTIVATION)) == 0
    assert run_sync(demo_dir, "--once") == 0
    hub.stop()
    assert main(["--data-dir", demo_dir, "kits", "log", "Earplugs", "--count", "3",
                 "--role", "crew"]) == 0
    capsys.readouterr()

    assert run_sync(demo_dir, "--once", "--timeout", "2") == 1
    assert capsys.readouterr().out == (
        "Hub unreachable (connection refused) · 1 change waiting\n")
    assert run_sync(demo_dir, "--status") == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        "Sending Riverside Sound Festival: 1 change waiting · hub unreachable (connection "
        "refused)")

    hub.start()
    assert run_sync(demo_dir, "--once") == 0
    assert capsys.readouterr().out == "Sent 1 change in 1 batch\n"
    db = _db(demo_dir)
    try:
        uid = hub_link(db).activation_uid
        assert _hub_totals(hub, HUB_ACTIVATION) == _local_totals(db, uid)
    finally:
        db.close()


def test_once_exits_1_when_the_hub_revoked_the_laptop(demo_dir, hub, capsys):
    assert run_sync(demo_dir, "--hub", hub.url, "--enroll", hub.enrol(HUB_ACTIVATION)) == 0
    db = _db(demo_dir)
    try:
        device_id = hub_link(db).device_id
    finally:
        db.close()
    with hub.store() as store:
        store.revoke(device_id)
    capsys.readouterr()
    assert run_sync(demo_dir, "--once") == 1
    assert capsys.readouterr().out == (
        "Sync stopped: the hub no longer accepts this laptop — reconnect it on the Sync page\n")


def test_a_used_code_is_exit_2_and_connect_can_pick_the_activation(demo_dir, hub, capsys):
    code = hub.enrol("Tour 2026")
    assert run_sync(demo_dir, "--hub", hub.url, "--enroll", code,
                "--activation", f"  {demo.TOUR.upper()} ") == 0
    assert f"the counts of {demo.TOUR} go to 'Tour 2026'" in capsys.readouterr().out
    assert run_sync(demo_dir, "--hub", hub.url, "--enroll", code) == 2
    err = capsys.readouterr().err
    assert "the hub refused the code" in err and len(err.strip().splitlines()) == 1
    assert run_sync(demo_dir, "--status") == 0
    assert "sending: " + demo.TOUR in capsys.readouterr().out


def test_status_before_the_first_sync_names_the_activation_and_counts_all_that_waits(
        demo_dir, hub, capsys):
    """Connected for the tour while the festival is the current activation: the status
    names the tour and counts every change that will go, before anything was counted."""
    assert run_sync(demo_dir, "--hub", hub.url, "--enroll", hub.enrol("Tour 2026"),
                    "--activation", demo.TOUR) == 0
    capsys.readouterr()
    assert run_sync(demo_dir, "--status") == 0
    lines = capsys.readouterr().out.splitlines()
    head = f"Sending {demo.TOUR}: "
    assert lines[0].startswith(head) and lines[0].endswith(" waiting · not synced yet")
    waiting = int(lines[0][len(head):].split()[0])
    assert waiting > 0
    assert f"waiting: {waiting} change{'s' * (waiting != 1)}" in lines
    assert f"sending: {demo.TOUR}, connected " in lines[2]

    assert run_sync(demo_dir, "--once") == 0
    assert capsys.readouterr().out == (
        f"Sent {waiting} change{'s' * (waiting != 1)} in 1 batch\n")
    # A hand-out at the festival (the current activation) waits for nobody: the tour's
    # counts are all sent, and the status says whose.
    assert main(["--data-dir", demo_dir, "kits", "log", "Earplugs", "--role", "crew"]) == 0
    capsys.readouterr()
    assert run_sync(demo_dir, "--status") == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(f"Sending {demo.TOUR}: all sent · synced at ")
