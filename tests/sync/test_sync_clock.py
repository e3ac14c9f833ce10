"""A laptop whose clock is set wrong, against the real hub on 127.0.0.1: the hub's Date header
says by how much, the status line says so, and every tap still counts and still goes.

The hub's clock is the machine's (another process); only the desk's clock is set wrong, as on
a borrowed laptop (`clock.set_wrong`).
"""

from __future__ import annotations

from datetime import timedelta

from tests.sync.conftest import run_sync, tap
from tests.sync.test_sync_hub import HUB_ACTIVATION, _assert_hub_equals_local, _hub_totals, _uid
from wellness_desk import clock, kits
from wellness_desk.clock_check import SKEW_SETTING
from wellness_desk.sync import enrol, push
from wellness_desk.sync.status import status, status_text

# Half a minute past the whole figure: the Date header (to the second) and the request's own
# time then never round the words down.
BACK = -(timedelta(days=3) + timedelta(seconds=30))
AHEAD = timedelta(hours=2, seconds=30)


def _hand_out(db, festival, count):
    """A tap as the app makes it: stamped by the laptop's clock, right or wrong."""
    return kits.hand_out(db, kit_type_id=festival["earplugs"].id,
                         location_id=festival["tent"].id, count=count)


def _handed_out(db) -> int:
    return db.execute("SELECT sum(handed_out) FROM stock_movement").fetchone()[0]


def test_taps_made_with_the_clock_set_back_count_and_sync_and_the_status_says_so(
        db, festival, hub):
    enrol.connect(db, hub.url, hub.enrol(HUB_ACTIVATION))
    uid = _uid(db, festival["activation"].id)
    tap(db, festival, count=2, hour=13)
    assert push.sync_once(db).outcome == "synced"
    _hand_out(db, festival, 4)  # the clock is right

    with clock.set_wrong(BACK):
        # Stamped three days before the tap just made: an earlier time, a later action.
        set_back = _hand_out(db, festival, 3)
        done = push.sync_once(db)
        line = status_text(status(db))

    assert set_back.movement.at < clock.utcnow() - timedelta(days=2)
    assert done.outcome == "synced" and done.cells_sent >= 1
    assert "this laptop's clock is 3 days behind the hub's: set it right" in line
    # Nothing reordered, nothing dropped: the desk counts 9 and the hub holds the same.
    assert _handed_out(db) == 9
    _assert_hub_equals_local(hub, db, uid)
    assert _hub_totals(hub)["kits_handed_out"] == 9

    # Set right, the next sync hears the clocks agree and the words go.
    _hand_out(db, festival, 1)
    assert push.sync_once(db).outcome == "synced"
    assert "clock" not in status_text(status(db))
    assert db.execute("SELECT count(*) FROM setting WHERE key = ?", [SKEW_SETTING]
                      ).fetchone()[0] == 0
    _assert_hub_equals_local(hub, db, uid)


def test_a_clock_set_forwards_is_told_as_ahead_and_its_taps_go_too(db, festival, hub):
    enrol.connect(db, hub.url, hub.enrol(HUB_ACTIVATION))
    uid = _uid(db, festival["activation"].id)
    with clock.set_wrong(AHEAD):
        _hand_out(db, festival, 5)
        assert push.sync_once(db).outcome == "synced"
        line = status_text(status(db))
    assert "this laptop's clock is 2 h ahead of the hub's" in line
    _assert_hub_equals_local(hub, db, uid)
    assert _hub_totals(hub)["kits_handed_out"] == 5


def test_a_clock_a_minute_off_says_nothing(db, festival, hub):
    enrol.connect(db, hub.url, hub.enrol(HUB_ACTIVATION))
    with clock.set_wrong(timedelta(minutes=1)):
        _hand_out(db, festival, 1)
        assert push.sync_once(db).outcome == "synced"
        assert status(db).clock_warning is None


def test_the_command_line_sync_warns_of_a_wrong_clock_after_its_line(demo_dir, hub, capsys):
    assert run_sync(demo_dir, "--hub", hub.url, "--enroll", hub.enrol(HUB_ACTIVATION)) == 0
    capsys.readouterr()
    with clock.set_wrong(BACK):
        assert run_sync(demo_dir, "--once") == 0
    out, err = capsys.readouterr()
    assert out.startswith("Sent ")
    assert err == ("warning: this laptop's clock is 3 days behind the hub's: set it right "
                   "(what was recorded is kept and counted as it is)\n")
    with clock.set_wrong(BACK):
        assert run_sync(demo_dir, "--status") == 0
    assert "3 days behind the hub's" in capsys.readouterr().out
