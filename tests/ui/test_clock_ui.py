"""The window on a laptop whose clock is set wrong: said at start-up and in the status bar,
and every tap still counted and sent (the real hub on 127.0.0.1)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import settle
from wellness_desk import clock, kits
from wellness_desk.sync import enrol

HUB_ACTIVATION = "Summer Fest 2026"
WAIT = 15_000


def _hand_out(db, festival, count=1, *, at=None):
    return kits.hand_out(db, kit_type_id=festival["earplugs"].id,
                         location_id=festival["tent"].id, count=count, now=at)


def _kits_on_hub(hub) -> int:
    return sum(t["value"] for t in hub.totals()["totals"]
               if t["activation"] == HUB_ACTIVATION and t["metric"] == "kits_handed_out")


def test_a_clock_set_back_is_said_at_start_up_and_a_tap_still_counts(qtbot, open_window, db,
                                                                     festival):
    # Recorded yesterday by this laptop's clock; then the clock was set back two days.
    _hand_out(db, festival, 2, at=clock.utcnow() - timedelta(days=1))
    with clock.set_wrong(-timedelta(days=2, minutes=1)):
        window = open_window()
        qtbot.waitUntil(window.clock_label.isVisible, timeout=WAIT)
        text = window.clock_label.text()
        assert "This laptop's clock reads " in text
        assert "1 day before the last action recorded here (a hand-out at " in text
        assert "Set it right; what you record meanwhile is kept and counted." in text
        # A warning, not a box: the tent keeps tapping.
        assert not [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()]

        tile = window.counter.tile_for(festival["earplugs"].id)
        shown = tile.count_text
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        settle(qtbot, window)
        qtbot.waitUntil(lambda: tile.count_text != shown, timeout=WAIT)
    assert db.execute("SELECT sum(handed_out) FROM stock_movement").fetchone()[0] == 3
    window.close()


def test_a_right_clock_says_nothing_at_start_up(qtbot, open_window, db, festival):
    _hand_out(db, festival, 1)
    window = open_window()
    settle(qtbot, window)
    assert not window.clock_label.isVisible()
    window.close()


def test_a_clock_ahead_of_the_hubs_is_said_in_the_status_bar_and_the_taps_still_go(
        qtbot, open_window, db, festival, hub):
    enrol.connect(db, hub.url, hub.enrol(HUB_ACTIVATION))
    with clock.set_wrong(timedelta(hours=2, seconds=30)):
        window = open_window()
        tile = window.counter.tile_for(festival["earplugs"].id)
        for _ in range(3):
            qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        settle(qtbot, window)
        window.sync.sync_now()
        qtbot.waitUntil(lambda: "2 h ahead of the hub's" in window.sync_label.text(),
                        timeout=WAIT)
        assert "this laptop's clock is 2 h ahead of the hub's: set it right" in (
            window.sync_label.text())
        assert _kits_on_hub(hub) == 3
        window.close()
