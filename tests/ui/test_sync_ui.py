"""The Sync section and the status bar, against a real hub on 127.0.0.1.

Stories: connect with a code from the coordinator, tap kits, press Sync now and the hub
counts them; the preview is the exact bytes; a hub that is down is said in plain words and
catches up once back; a revoked laptop is told to reconnect; a silent hub never stops a tap
nor holds up closing; a laptop connected from the command line syncs without a press; what
the hub names is shown as it is, never as rich text.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import QApplication, QLabel

from tests.faultproxy import FaultProxy
from tests.ui.conftest import open_section, settle
from wellness_desk import activations, kits, settings
from wellness_desk.sync import enrol
from wellness_desk.sync.bodies import body_bytes, preview
from wellness_desk.sync.cells import pending_cells
from wellness_desk.sync.hub_token import HUB_SERVICE
from wellness_desk.sync.link import link as hub_link
from wellness_desk.sync.outcomes import SyncResult
from wellness_desk.sync.status import status as sync_status
from wellness_desk.sync.status import status_text
from wellness_desk.ui import i18n, sync_worker
from wellness_desk.ui.settings_dialog import SettingsDialog

HUB_ACTIVATION = "Summer Fest 2026"
NOT_CONNECTED = "Sync: not connected to a hub"
WAIT = 15_000


def click(qtbot, button) -> None:
    qtbot.waitUntil(button.isEnabled, timeout=WAIT)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def connect_on_the_page(qtbot, window, url: str, code: str):
    """Open Sync, press "Connect to a hub…", type the address and code, and wait for the
    first push that follows a connection."""
    page = open_section(qtbot, window, "Sync")
    qtbot.waitUntil(lambda: window.sync_label.text() == NOT_CONNECTED, timeout=WAIT)
    # Not connected, the page says what to do and holds the button that does it.
    qtbot.waitUntil(lambda: page.status_stack.currentWidget() is page.empty, timeout=WAIT)
    assert page.empty.isVisible() and not page.status_card.isVisible()
    click(qtbot, page.empty.button)
    dialog = page.connect_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.hub_address, url)
    qtbot.keyClicks(dialog.code, code.lower())  # people type it any which way
    with qtbot.waitSignal(window.sync.synced, timeout=WAIT):
        click(qtbot, dialog.connect_button)
    assert page.connect_dialog is None  # closed once connected
    qtbot.waitUntil(lambda: page.status_card.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: page.sync_button.isEnabled(), timeout=WAIT)
    return page


def tap(qtbot, window, kit, times: int = 1) -> None:
    tile = window.counter.tile_for(kit.id)
    for _ in range(times):
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    settle(qtbot, window)


def kits_on_hub(hub) -> int:
    return sum(t["value"] for t in hub.totals()["totals"]
               if t["activation"] == HUB_ACTIVATION and t["metric"] == "kits_handed_out")


def bar(window) -> str:
    return window.sync_label.text()


def all_sent(window, activation: str = "Test Fest") -> bool:
    return bar(window).startswith(f"Sending {activation}: all sent · synced at ")


def log_row(page, row: int = 0) -> list[str]:
    table = page.log_table
    if table.rowCount() <= row:
        return []
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_tap_earplugs_three_times_sync_now_and_the_hub_counts_three(qtbot, open_window,
                                                                    festival, hub):
    window = open_window()
    page = connect_on_the_page(qtbot, window, hub.url, hub.enrol(HUB_ACTIVATION))
    assert page.hub_label.text() == hub.url
    assert page.hub_activation_label.text() == HUB_ACTIVATION
    assert page.activation_label.text() == "Test Fest"

    tap(qtbot, window, festival["earplugs"], 3)
    # Three taps in one hour are one count cell; the bar says it waits.
    qtbot.waitUntil(lambda: "1 change waiting" in bar(window), timeout=WAIT)
    qtbot.waitUntil(lambda: page.pending_label.text() == "1", timeout=WAIT)

    page.announced.clear()
    click(qtbot, page.sync_button)
    qtbot.waitUntil(lambda: all_sent(window), timeout=WAIT)
    assert kits_on_hub(hub) == 3
    qtbot.waitUntil(lambda: log_row(page)[3:4] == ["Sent"], timeout=WAIT)
    assert page.announced == ["Synced"]  # said to a screen reader, once
    assert log_row(page)[1] == "1"
    assert page.problem_label.text() == "none"


def test_the_bar_names_the_tour_being_sent_and_counts_what_waits_before_any_sync(
        qtbot, open_window, festival, hub, db, monkeypatch):
    """Connected for the tour while the festival is on screen, nothing counted yet: the bar
    and the Sync page name the tour and count all it will send, then say it went."""
    monkeypatch.setattr(sync_worker, "FIRST_SYNC_MS", 600_000)  # no sync without a press
    tour = activations.create_activation(
        db, name="Tour X", kind="tour", start=date(2026, 7, 1), end=date(2026, 7, 31),
        tz="Europe/Berlin")
    bus = activations.add_location(db, activation_id=tour.id, name="Crew bus")
    for hour in range(3):  # three hours, three count cells
        kits.receive_stock(db, kit_type_id=festival["earplugs"].id, location_id=bus.id,
                           count=1, now=datetime(2026, 7, 10, 9, tzinfo=UTC))
        kits.hand_out(db, kit_type_id=festival["earplugs"].id, location_id=bus.id,
                      now=datetime(2026, 7, 10, 10 + hour, tzinfo=UTC))
    activations.set_current_activation(db, festival["activation"].id)
    enrol.connect(db, hub.url, hub.enrol("Tour 2026"), activation_id=tour.id)

    window = open_window()
    qtbot.waitUntil(lambda: bar(window) == "Sending Tour X: 3 changes waiting · not synced yet",
                    timeout=WAIT)
    page = open_section(qtbot, window, "Sync")
    qtbot.waitUntil(lambda: page.pending_label.text() == "3", timeout=WAIT)
    assert page.status_line.text() == bar(window)
    assert page.activation_label.text() == "Tour X"
    # A tap at the festival's tent waits for nobody: recounted, the tour's figure stays.
    with qtbot.waitSignal(window.sync.state_changed, timeout=WAIT):
        tap(qtbot, window, festival["water"])
    assert bar(window) == "Sending Tour X: 3 changes waiting · not synced yet"

    click(qtbot, page.sync_button)
    qtbot.waitUntil(lambda: all_sent(window, "Tour X"), timeout=WAIT)
    assert sum(t["value"] for t in hub.totals()["totals"]
               if t["activation"] == "Tour 2026" and t["metric"] == "kits_handed_out") == 3
    qtbot.waitUntil(lambda: page.pending_label.text() == "0", timeout=WAIT)


def test_a_hub_token_changed_in_the_keyring_is_said_in_the_bar_with_what_to_do(
        qtbot, open_window, festival, hub, db, test_keyring):
    link = enrol.connect(db, hub.url, hub.enrol(HUB_ACTIVATION))
    test_keyring.passwords[(HUB_SERVICE, link.device_id)] = "tökén" * 12
    window = open_window()
    page = open_section(qtbot, window, "Sync")
    click(qtbot, page.sync_button)
    qtbot.waitUntil(lambda: "the hub token in the keyring" in bar(window), timeout=WAIT)
    assert f"entry '{link.device_id}'" in bar(window)
    assert "reconnect this laptop on the Sync page with a new code" in bar(window)
    assert "tökén" not in bar(window)
    qtbot.waitUntil(lambda: "the hub token in the keyring" in page.problem_label.text().lower(),
                    timeout=WAIT)
    assert hub.cell_rows() == []


def test_the_preview_shows_exactly_the_bytes_that_will_be_sent(qtbot, open_window, festival,
                                                               hub, db):
    window = open_window()
    page = connect_on_the_page(qtbot, window, hub.url, hub.enrol(HUB_ACTIVATION))
    tap(qtbot, window, festival["earplugs"], 2)
    tap(qtbot, window, festival["water"])
    qtbot.waitUntil(lambda: "2 changes waiting" in bar(window), timeout=WAIT)

    click(qtbot, page.preview_button)
    qtbot.waitUntil(lambda: page.preview_dialog is not None
                    and page.preview_dialog.isVisible(), timeout=WAIT)
    shown = page.preview_dialog
    expected = preview(db)
    assert len(expected) == 1
    assert shown.text.toPlainText() == expected[0].decode("utf-8")
    assert shown.text.isReadOnly()
    assert shown.summary.text().startswith("2 count cells, exactly as they will be sent")
    assert "in 1 batch." in shown.summary.text()
    shown.close()
    assert page.preview_dialog is None

    click(qtbot, page.sync_button)
    qtbot.waitUntil(lambda: all_sent(window), timeout=WAIT)
    assert kits_on_hub(hub) == 3
    assert preview(db) == []


def test_a_big_preview_says_how_much_waits_and_shows_the_first_batches_exactly(
        qtbot, open_window, festival, hub, db):
    window = open_window()
    page = connect_on_the_page(qtbot, window, hub.url, hub.enrol(HUB_ACTIVATION))
    # 1,001 hours of the season with a hand-out each: 1,001 cells, two batches.
    start = datetime(2026, 6, 1, tzinfo=UTC)
    for hour in range(1001):
        kits.hand_out(db, kit_type_id=festival["earplugs"].id,
                      location_id=festival["tent"].id, now=start + timedelta(hours=hour))
    # The preview only reads (on the TaskRunner's thread): the sync worker counts the cells
    # after a change, as after any tap.
    window.runner.changed.emit()
    qtbot.waitUntil(lambda: "1001 changes waiting" in bar(window), timeout=WAIT)
    click(qtbot, page.preview_button)
    qtbot.waitUntil(lambda: page.preview_dialog is not None, timeout=WAIT)
    shown = page.preview_dialog
    # The locale's digits: "1,001" in English, "1.001" in German.
    assert shown.summary.text().startswith(
        f"{i18n.number_text(1001)} count cells, exactly as they will be sent")
    assert "in 2 batches." in shown.summary.text()
    expected = preview(db)
    assert len(expected) == 2
    assert shown.text.toPlainText() == "\n".join(body.decode("utf-8") for body in expected)


def test_a_hub_that_is_down_is_said_plainly_and_caught_up_with_once_back(qtbot, open_window,
                                                                         festival, hub):
    window = open_window()
    page = connect_on_the_page(qtbot, window, hub.url, hub.enrol(HUB_ACTIVATION))
    hub.stop()
    tap(qtbot, window, festival["water"])

    click(qtbot, page.sync_button)
    qtbot.waitUntil(lambda: "hub unreachable" in bar(window), timeout=WAIT)
    assert "1 change waiting" in bar(window)
    # The page reads while the sync writes: wait for the whole story, not its first line.
    qtbot.waitUntil(lambda: log_row(page)[3:4] == ["Hub unreachable"]
                    and "hub unreachable" in page.problem_label.text().lower(), timeout=WAIT)
    assert "connection refused" in log_row(page)[4]

    hub.restart()
    click(qtbot, page.sync_button)
    qtbot.waitUntil(lambda: all_sent(window), timeout=WAIT)
    assert kits_on_hub(hub) == 1
    qtbot.waitUntil(lambda: page.problem_label.text() == "none", timeout=WAIT)


def test_a_hub_that_is_down_is_said_in_the_windows_language_whenever_it_is_read(
        qtbot, open_window, festival, hub):
    """The last problem is kept whole (its template and values), not as English text: a
    window in Spanish reads it in Spanish, and in English again once switched back."""
    window = open_window()
    connect_on_the_page(qtbot, window, hub.url, hub.enrol(HUB_ACTIVATION))
    hub.stop()
    try:
        tap(qtbot, window, festival["water"])
        click(qtbot, window.stack.currentWidget().sync_button)
        qtbot.waitUntil(lambda: "hub unreachable (connection refused)" in bar(window),
                        timeout=WAIT)

        i18n.install(QApplication.instance(), "es")
        qtbot.waitUntil(lambda: bar(window).endswith(
            ": 1 cambio pendiente · hub inaccesible (conexión rechazada)"), timeout=WAIT)
        assert bar(window).startswith("Enviando ")
        page = window.stack.currentWidget()  # the Sync page, built again in Spanish
        qtbot.waitUntil(lambda: page.problem_label.text()
                        == "Hub inaccesible (conexión rechazada)", timeout=WAIT)
        # The log's line too: its outcome, and the detail it keeps whole.
        qtbot.waitUntil(lambda: log_row(page)[3:] == [
            "Hub inaccesible", "hub inaccesible (conexión rechazada)"], timeout=WAIT)

        i18n.install(QApplication.instance(), "en")
        qtbot.waitUntil(lambda: bar(window).endswith(
            ": 1 change waiting · hub unreachable (connection refused)"), timeout=WAIT)
        assert bar(window).startswith("Sending ")
    finally:
        hub.restart()


def test_when_the_network_comes_back_it_syncs_at_once(qtbot, open_window, festival, hub):
    window = open_window()
    connect_on_the_page(qtbot, window, hub.url, hub.enrol(HUB_ACTIVATION))
    tap(qtbot, window, festival["earplugs"], 2)
    qtbot.waitUntil(lambda: "1 change waiting" in bar(window), timeout=WAIT)
    # What the operating system says when Wi-Fi returns (QNetworkInformation).
    window.sync._on_reachability(QNetworkInformation.Reachability.Online)
    qtbot.waitUntil(lambda: all_sent(window), timeout=WAIT)
    assert kits_on_hub(hub) == 2


def test_a_revoked_laptop_is_told_to_reconnect_and_a_new_code_brings_it_back(
        qtbot, open_window, festival, hub, db):
    window = open_window()
    page = connect_on_the_page(qtbot, window, hub.url, hub.enrol(HUB_ACTIVATION))
    with hub.store() as store:
        assert store.revoke(hub_link(db).device_id)
    tap(qtbot, window, festival["earplugs"])

    click(qtbot, page.sync_button)
    qtbot.waitUntil(lambda: "reconnect" in bar(window), timeout=WAIT)
    assert "no longer accepts this laptop" in bar(window)
    qtbot.waitUntil(lambda: log_row(page)[3:4] == ["Refused: reconnect this laptop"],
                    timeout=WAIT)
    assert page.connect_button.text() == "Connect to another hub…"

    # A fresh code from the coordinator: the same activation's counts go again, from the start.
    click(qtbot, page.connect_button)
    dialog = page.connect_dialog
    assert dialog.hub_address.text() == hub.url  # remembered; only the code is new
    qtbot.keyClicks(dialog.code, hub.enrol(HUB_ACTIVATION))
    click(qtbot, dialog.connect_button)
    qtbot.waitUntil(lambda: all_sent(window), timeout=WAIT)
    assert kits_on_hub(hub) == 1


def test_disconnect_asks_first_then_forgets_the_token(qtbot, open_window, festival, hub, db,
                                                     test_keyring):
    window = open_window()
    page = connect_on_the_page(qtbot, window, hub.url, hub.enrol(HUB_ACTIVATION))
    assert len(test_keyring.passwords) == 1

    click(qtbot, page.disconnect_button)
    page.disconnect_box.reject()  # changed their mind
    settle(qtbot, window)
    assert hub_link(db) is not None

    click(qtbot, page.disconnect_button)
    box = page.disconnect_box
    (yes,) = [b for b in box.buttons() if b.text() == "Disconnect"]
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar(window) == NOT_CONNECTED, timeout=WAIT)
    assert hub_link(db) is None
    assert test_keyring.passwords == {}
    qtbot.waitUntil(lambda: page.hub_label.text() == "Not connected", timeout=WAIT)
    assert not page.sync_button.isEnabled()
    assert page.empty.isVisible()  # back to what to do
    # The status comes from the sync thread, the log from a read that follows it.
    qtbot.waitUntil(lambda: log_row(page)[3:4] == ["Disconnected"], timeout=WAIT)


def test_a_wrong_code_is_refused_in_plain_words_and_nothing_is_connected(qtbot, open_window,
                                                                        festival, hub, db):
    window = open_window()
    page = open_section(qtbot, window, "Sync")
    qtbot.waitUntil(lambda: bar(window) == NOT_CONNECTED, timeout=WAIT)
    click(qtbot, page.empty.button)
    dialog = page.connect_dialog
    qtbot.keyClicks(dialog.hub_address, hub.url)
    qtbot.keyClicks(dialog.code, "AAAA-BBBB-CCCC")
    click(qtbot, dialog.connect_button)
    qtbot.waitUntil(lambda: "refused the code" in dialog.problem_label.text(), timeout=WAIT)
    assert dialog.isVisible()
    assert dialog.code.isEnabled()  # fix the code and try again
    # What was typed stays, and the code has the focus and carries the reason.
    assert dialog.hub_address.text() == hub.url and dialog.code.text() == "AAAA-BBBB-CCCC"
    assert dialog.code.hasFocus()
    assert "refused the code" in dialog.code.accessibleDescription()
    assert hub_link(db) is None
    assert bar(window) == NOT_CONNECTED


def test_a_tap_lands_while_the_hub_stalls_and_closing_does_not_hang(qtbot, open_window,
                                                                    festival, hub, monkeypatch):
    # Closing waits this long for the sync thread (5 s in the app), then leaves it to finish.
    monkeypatch.setattr(sync_worker, "STOP_WAIT_MS", 200)
    window = open_window()
    with FaultProxy(hub.port) as proxy:
        page = connect_on_the_page(qtbot, window, proxy.url, hub.enrol(HUB_ACTIVATION))
        sync_thread = window.sync.engine.thread()
        assert sync_thread is window.sync.sync_thread
        assert sync_thread != QApplication.instance().thread()
        assert sync_thread != window.runner._worker

        tap(qtbot, window, festival["earplugs"])
        proxy.plan(["stall"])  # the hub takes the request and never answers
        click(qtbot, page.sync_button)
        qtbot.waitUntil(lambda: proxy.seen[-1:] == ["stall"], timeout=WAIT)
        assert window.sync.busy
        assert page.sync_button.text() == "Syncing…"

        water = window.counter.tile_for(festival["water"].id)
        qtbot.mouseClick(water, Qt.MouseButton.LeftButton)
        settle(qtbot, window)
        assert water.count_text == "1"
        assert window.sync.busy, "the tap waited for the hub"

        window.close()  # returns: the request still hangs, its thread is left to finish
        assert window.sync.stopped
        assert not window.runner._worker.isRunning()
        assert sync_thread.isRunning(), "the hub was answering after all"
        assert sync_thread in sync_worker.lingering_threads()  # kept, not destroyed mid-run
    # The hub lets go at last (the proxy closes): the thread ends on its own and closes its
    # database connection; nothing more went to the hub.
    qtbot.waitUntil(lambda: not sync_thread.isRunning(), timeout=WAIT)
    qtbot.waitUntil(lambda: sync_worker.lingering_threads() == [], timeout=WAIT)
    assert window.sync.engine._db is None
    assert proxy.seen[-1:] == ["stall"]


def test_a_laptop_connected_from_the_command_line_syncs_without_a_press(
        qtbot, open_window, festival, hub, db, monkeypatch):
    # In the app: the link is read every minute, a new link syncs 3 s after it is seen, and
    # then every 5 minutes.
    monkeypatch.setattr(sync_worker, "STATUS_CHECK_MS", 100)
    monkeypatch.setattr(sync_worker, "FIRST_SYNC_MS", 100)
    monkeypatch.setattr(sync_worker, "EVERY_MS", 300)
    for _ in range(2):  # earlier in the day, before the window was opened
        kits.hand_out(db, kit_type_id=festival["earplugs"].id, location_id=festival["tent"].id)
    window = open_window()
    page = open_section(qtbot, window, "Sync")
    qtbot.waitUntil(lambda: bar(window) == NOT_CONNECTED, timeout=WAIT)
    engine = window.sync.engine
    assert not (engine._every.isActive() or engine._retry.isActive())

    # `wellness-desk sync --hub … --enroll …` in a terminal, on its own connection; nothing
    # is pressed, nothing changes in the window.
    enrol.connect(db, hub.url, hub.enrol(HUB_ACTIVATION))
    qtbot.waitUntil(lambda: kits_on_hub(hub) == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: all_sent(window), timeout=WAIT)
    qtbot.waitUntil(lambda: page.hub_activation_label.text() == HUB_ACTIVATION, timeout=WAIT)

    # And it goes on by itself: the next tap reaches the hub without a press too.
    tap(qtbot, window, festival["water"])
    qtbot.waitUntil(lambda: kits_on_hub(hub) == 3, timeout=WAIT)


def test_a_link_changed_during_a_sync_keeps_the_worker_syncing(qtbot, festival, hub, db,
                                                               db_path):
    # The engine alone, on this thread: a sync that found its link replaced meanwhile
    # ("not_connected") must not leave the new link without a timer.
    import threading

    engine = sync_worker._SyncEngine(db_path, threading.Event(), threading.Event())
    engine.open()
    try:
        enrol.connect(db, hub.url, hub.enrol(HUB_ACTIVATION))
        engine._report()
        engine._every.stop()
        engine._retry.stop()
        engine._plan_next(SyncResult(
            outcome="not_connected", cells_sent=0, batches=0, quarantined=0,
            retry_after_s=None, message="Sync: the hub connection changed during the sync"))
        engine._report()
        assert engine._every.isActive() or engine._retry.isActive()
        # A hub that refused this laptop (401) is the one case that stops it.
        with db.conn:
            db.execute("UPDATE sync_link SET stopped = 1")
        engine._report()
        assert not (engine._every.isActive() or engine._retry.isActive())
    finally:
        # Not shut_down(): that quits the loop of the thread it runs on, here the test's.
        for timer in (engine._every, engine._retry, engine._check, engine._settle):
            timer.stop()
        engine._db.close()


def test_connecting_counts_the_cells_once_for_the_first_push(qtbot, festival, hub, db,
                                                              db_path):
    # The engine alone, on this thread, with the SQL of its connection traced: the first
    # push after "Connect" recounts what waits, and nothing recounts it again just before.
    import threading

    for hour in (13, 14):
        tap_at = datetime(2026, 7, 4, hour, tzinfo=UTC)
        kits.hand_out(db, kit_type_id=festival["earplugs"].id,
                      location_id=festival["tent"].id, now=tap_at)
    engine = sync_worker._SyncEngine(db_path, threading.Event(), threading.Event())
    engine.open()
    recounts: list[str] = []
    engine._db.conn.set_trace_callback(
        lambda sql: recounts.append(sql) if "FROM stock_movement" in sql else None)
    try:
        with qtbot.waitSignal(engine.synced, timeout=WAIT) as synced:
            engine.connect_hub(hub.url, hub.enrol(HUB_ACTIVATION))
        assert synced.args[0].outcome == "synced"
        assert kits_on_hub(hub) == 2
        assert len([sql for sql in recounts if "max(id)" in sql]) == 1
    finally:
        engine._db.conn.set_trace_callback(None)
        for timer in (engine._every, engine._retry, engine._check, engine._settle):
            timer.stop()
        engine._db.close()


def test_what_the_hub_names_is_shown_as_it_is_never_as_rich_text(qtbot, open_window,
                                                                  festival, hub):
    name = "<b>X</b>"
    window = open_window()
    page = connect_on_the_page(qtbot, window, hub.url, hub.enrol(name))
    label = page.hub_activation_label
    assert label.text() == name
    assert label.textFormat() == Qt.TextFormat.PlainText
    # Drawn as the seven characters, not as a bold X.
    assert label.sizeHint().width() >= label.fontMetrics().horizontalAdvance(name)
    rich = QLabel(name)
    rich.setFont(label.font())
    assert rich.sizeHint().width() < label.fontMetrics().horizontalAdvance(name)
    for shown in (page.status_line, page.problem_label, page.hub_label,
                  page.activation_label, window.sync_label):
        assert shown.textFormat() == Qt.TextFormat.PlainText


def test_a_refused_batch_is_shown_with_its_reason_and_goes_when_sent_again(
        qtbot, open_window, festival, hub, db):
    window = open_window()
    page = connect_on_the_page(qtbot, window, hub.url, hub.enrol(HUB_ACTIVATION))
    tap(qtbot, window, festival["water"], 2)
    click(qtbot, page.sync_button)
    qtbot.waitUntil(lambda: all_sent(window), timeout=WAIT)
    # A batch the hub refused on a bad day (say, a bug it has since fixed), as the client
    # keeps it: the exact body and the hub's reason.
    link = hub_link(db)
    cells = pending_cells(db, 0, activation_uid=link.activation_uid)
    body = body_bytes(link.device_id, cells)
    with db.conn:
        db.execute(
            "INSERT INTO sync_quarantine (at_utc, status, reason, cells, first_revision,"
            " last_revision, device_id, body) VALUES (?, 422, ?, ?, ?, ?, ?, ?)",
            ["2026-07-04T13:10:00.000000Z", "body.cells.0.kit_type: too long", len(cells),
             cells[0].revision, cells[-1].revision, link.device_id, body])
    window.runner.changed.emit()  # as after any local change

    qtbot.waitUntil(lambda: page.quarantine_table.rowCount() == 1, timeout=WAIT)
    assert page.quarantine_table.isVisibleTo(page)
    assert page.quarantine_table.item(0, 1).text() == "HTTP 422"
    assert page.quarantine_table.item(0, 2).text() == "body.cells.0.kit_type: too long"
    assert "refused (see the Sync page)" in status_text(sync_status(db))

    (button,) = page.send_again_buttons.values()
    click(qtbot, button)
    qtbot.waitUntil(lambda: page.quarantine_table.rowCount() == 0, timeout=WAIT)
    assert "accepted on retry" in log_row(page)[4]
    assert kits_on_hub(hub) == 2


def test_settings_tells_the_sync_hub_apart_from_the_resource_hub(qtbot, open_window,
                                                                 festival, hub, db):
    window = open_window()
    qtbot.waitUntil(lambda: bar(window) == NOT_CONNECTED, timeout=WAIT)
    code = hub.enrol(HUB_ACTIVATION)
    seen: dict[str, str] = {}

    def in_settings(dialog: SettingsDialog) -> None:
        try:
            seen["before"] = dialog.sync_status.text()
            dialog.connect_hub_button.click()
            connect = window.sync_page.connect_dialog
            connect.hub_address.setText(hub.url)
            connect.code.setText(code)
            connect.connect_button.click()
            qtbot.waitUntil(lambda: dialog.sync_status.text().startswith("Sending "),
                            timeout=WAIT)
            seen["after"] = dialog.sync_status.text()
            seen["resource hub"] = dialog.hub_url.text()
        finally:
            dialog.accept()

    # Settings opens once its choices are read, as a modal dialog: act once it is up.
    poll = QTimer()
    poll.setInterval(20)

    def when_open() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SettingsDialog):
            poll.stop()
            in_settings(dialog)

    poll.timeout.connect(when_open)
    poll.start()
    window.open_settings()
    qtbot.waitUntil(lambda: "before" in seen and not poll.isActive(), timeout=WAIT)
    settle(qtbot, window)
    assert seen["before"] == NOT_CONNECTED
    assert "after" in seen
    # Two different hubs: connecting to the sync hub leaves the cards' address alone.
    assert seen["resource hub"] == settings.DEFAULT_HUB_URL
    assert settings.hub_url(db) == settings.DEFAULT_HUB_URL
    assert hub_link(db).hub_url == hub.url


def test_the_window_shows_before_the_sync_client_is_imported(tmp_path):
    # Start-up pays for Qt and the first page only: httpx and the sync modules that bring it
    # (the push, the enrolment, the bounded requests) load on the sync thread, after the
    # window is up.
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from wellness_desk.ui.app import application\n"
        "from wellness_desk.ui.main_window import MainWindow\n"
        "app = application()\n"
        "window = MainWindow(Path(sys.argv[1]))\n"
        "window.show()\n"
        "print(sorted(m for m in ('httpx', 'wellness_desk.sync.push', 'wellness_desk.sync.enrol',"
        " 'wellness_desk.sync.transport') if m in sys.modules))\n"
        "window.close()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "desk.sqlite3")],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
