"""The Today dashboard as a coordinator reads it: now and next, kits and stock, sync, and
charts that follow a tap on the kit counter and a count at the door."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import open_section, settle
from wellness_desk import clock, kits, report, schedule
from wellness_desk.ui import i18n

PINNED = datetime(2026, 7, 4, 13, 15, tzinfo=UTC)  # 14:15 in London, whatever the real hour


@pytest.fixture
def pinned_clock(monkeypatch):
    monkeypatch.setattr(clock, "utcnow", lambda: PINNED)
    return PINNED


@pytest.fixture
def program(db, festival):
    """Yoga in the tent now (14:00–14:45, 10 places), breathwork next at 15:00; water down
    to 4, under its low-stock level of 5."""
    tent = festival["tent"]
    yoga = schedule.create_workshop(db, schedule.Draft(
        location_id=tent.id, title="Morning yoga", kind="Yoga", capacity=10,
        start=datetime(2026, 7, 4, 13, 0, tzinfo=UTC),
        end=datetime(2026, 7, 4, 13, 45, tzinfo=UTC)))
    breathe = schedule.create_workshop(db, schedule.Draft(
        location_id=tent.id, title="Breathe out", kind="Breathwork", capacity=12,
        start=datetime(2026, 7, 4, 14, 0, tzinfo=UTC),
        end=datetime(2026, 7, 4, 14, 30, tzinfo=UTC)))
    kits.correct_stock(db, kit_type_id=festival["water"].id, location_id=tent.id, counted=4,
                       reason="recount", now=PINNED - timedelta(hours=1))
    return {"yoga": yoga, "breathe": breathe}


def open_today(qtbot, window):
    page = open_section(qtbot, window, "Today")
    qtbot.waitUntil(lambda: page.view is not None, timeout=5_000)
    return page


def test_now_and_next_kits_stock_and_sync_are_on_the_dashboard(
        qtbot, open_window, festival, program, pinned_clock):
    window = open_window()
    page = open_today(qtbot, window)
    assert len([c for c in page.cards if c.isVisibleTo(page)]) == 1  # one card per space
    card = page.cards[0]
    assert card.summary() == ["Wellness tent", "Now: 14:00–14:45 Morning yoga · 0/10",
                              "Next: 15:00–15:30 Breathe out · 0/12"]
    assert card.name.text() == "Wellness tent"
    assert card.now_title.text() == "Now: Morning yoga"
    assert card.now_time.text() == "14:00–14:45"
    assert (card.bar.maximum(), card.bar.value(), card.people.text()) == (10, 0, "0 of 10")
    assert card.next_line.text() == "Next: Breathe out, 15:00–15:30"
    assert card.door_button.isChecked()
    assert page.door.workshop is not None and page.door.workshop.id == program["yoga"].id
    assert page.kits.warnings.isVisibleTo(page)
    assert page.kits.warnings.text() == "⚠ Hydration pack at Wellness tent: stock 4, LOW"
    assert page.kits.counts.text() == "Earplugs: 0\nHydration pack: 0"
    day = i18n.date_text(date(2026, 7, 4))
    assert page.title.text() == f"Today · Test Fest · {day} 14:15"
    # What the status bar says, said here too.
    assert page.sync_status.text() == window.sync_label.text()
    window.sync.status_changed.emit("Sync: last synced 14:10 · nothing waiting")
    assert page.sync_status.text() == "Sync: last synced 14:10 · nothing waiting"


def test_a_tap_on_the_kit_counter_reaches_the_charts(qtbot, open_window, db, festival,
                                                     program, pinned_clock):
    kits.hand_out(db, kit_type_id=festival["water"].id, location_id=festival["tent"].id,
                  count=3, now=datetime(2026, 7, 4, 9, 30, tzinfo=UTC))
    window = open_window()
    page = open_today(qtbot, window)
    hourly, by_type = page.charts["kits_per_hour"], page.charts["kits_by_type"]
    assert "10:00: 3" in hourly.text_equivalent().splitlines()
    assert "14:00: 0" in hourly.text_equivalent().splitlines()
    assert by_type.text_equivalent().splitlines()[2:] == ["Hydration pack: 3"]

    # A tap while the dashboard is on screen (the counter's own tap, as its tile gives it).
    window.counter.tap(festival["earplugs"].id)
    qtbot.waitUntil(lambda: "14:00: 1" in hourly.text_equivalent().splitlines(),
                    timeout=5_000)
    qtbot.waitUntil(lambda: "Earplugs: 1" in by_type.accessibleDescription().splitlines(),
                    timeout=5_000)
    assert page.kits.counts.text() == "Earplugs: 1\nHydration pack: 3"
    assert page.kits.total.text() == "4 kits handed out"

    # A tap on the tile itself, then back to Today: it is there.
    open_section(qtbot, window, "Kit counter")
    qtbot.mouseClick(window.counter.tile_for(festival["earplugs"].id),
                     Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    open_section(qtbot, window, "Today")
    qtbot.waitUntil(lambda: "14:00: 2" in hourly.text_equivalent().splitlines(),
                    timeout=5_000)
    # Bars where there are hand-outs, none where there are none.
    assert {b.category for b in hourly.bars()} == {
        hourly.categories.index("10:00"), hourly.categories.index("14:00")}


def test_a_door_count_reaches_attendance_against_capacity(
        qtbot, open_window, db, festival, program, pinned_clock):
    window = open_window()
    page = open_today(qtbot, window)
    attendance = page.charts["attendance_by_kind"]
    assert attendance.empty  # nothing held yet today
    for _ in range(2):
        qtbot.mouseClick(page.door.plus, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "Yoga: Attendance 2, Capacity 10" in attendance.text_equivalent(),
        timeout=5_000)
    qtbot.waitUntil(lambda: "Now: 14:00–14:45 Morning yoga · 2/10"
                    in page.cards[0].summary(), timeout=5_000)
    assert page.cards[0].bar.value() == 2 and page.cards[0].people.text() == "2 of 10"
    assert page.door.count.text() == "2 / 10"
    assert attendance.accessibleDescription() == attendance.text_equivalent()
    assert [(b.category, b.series) for b in attendance.bars()] == [(0, 0), (0, 1)]


def test_the_charts_are_the_reports_own(qtbot, open_window, db, festival, program,
                                        pinned_clock):
    """The dashboard draws what build_report says for today, number for number."""
    kits.hand_out(db, kit_type_id=festival["earplugs"].id, location_id=festival["tent"].id,
                  count=7, now=PINNED - timedelta(minutes=5))
    schedule.door_tap(db, program["yoga"].id)
    window = open_window()
    page = open_today(qtbot, window)
    today = PINNED.astimezone(festival["activation"].zone).date()
    expected = report.build_report(db, now=PINNED, start=today, end=today)
    for key, widget in page.charts.items():
        chart = expected.chart(key)
        assert chart is not None
        mirror = type(widget)(widget.name)
        qtbot.addWidget(mirror)
        mirror.show_chart(chart)
        assert widget.text_equivalent() == mirror.text_equivalent()
        assert chart.sentence in widget.text_equivalent()


def test_the_dashboard_at_1280_by_720(qtbot, open_window, db, festival, program,
                                      pinned_clock, tmp_path):
    """Nothing cut off on a small laptop screen: every part of the page is on it."""
    window = open_window()
    window.resize(1280, 720)
    page = open_today(qtbot, window)
    qtbot.waitUntil(lambda: page.width() > 0, timeout=5_000)
    image = window.grab()
    assert not image.isNull()
    for part in (page.cards[0], page.kits, page.door, *page.chart_boxes.values()):
        top_left = part.mapTo(window, part.rect().topLeft())
        bottom_right = part.mapTo(window, part.rect().bottomRight())
        assert window.rect().contains(top_left) and window.rect().contains(bottom_right)
        assert part.height() >= 100, part


def test_with_no_activation_the_dashboard_says_where_to_start(qtbot, open_window,
                                                              pinned_clock):
    window = open_window()
    page = open_today(qtbot, window)
    assert page.title.text() == "Today"
    assert page.pages.currentWidget() is page.no_activation
    assert page.no_activation.button.isVisibleTo(page)
    with qtbot.waitSignal(page.open_activations, timeout=1_000):
        qtbot.mouseClick(page.no_activation.button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.activations
    assert page.kits.counts.text() == "No kit types yet."
    assert not page.kits.warnings.isVisibleTo(page)
    for chart in page.charts.values():
        assert chart.empty and chart.bars() == []
    assert page.charts["kits_per_hour"].text_equivalent() == (
        "Kits per hour today\nNo hand-outs yet today")


def clipped_labels(root) -> list[str]:
    """Every label on screen under `root` whose text does not fit its own rectangle."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QLabel

    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text() or label.width() <= 0:
            continue
        room = label.contentsRect()
        text = label.text()
        if label.buddy() is not None:  # "&Location:" shows no "&"
            text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height() + 1:
                found.append(f"{label.text()!r} wrapped taller than {label.height()}px")
        else:
            metrics = QFontMetrics(label.font())
            widest = max(metrics.horizontalAdvance(line) for line in text.splitlines())
            if widest > room.width() + 1:
                found.append(f"{text!r} {widest}px in {room.width()}px")
    return found


def test_one_card_per_space_with_now_next_and_nothing_clipped_at_1280_by_720(
        qtbot, open_window, db, festival, program, pinned_clock):
    from wellness_desk import activations

    quiet = activations.add_location(db, activation_id=festival["activation"].id,
                                     name="Quiet room")
    window = open_window()
    window.resize(1280, 720)
    page = open_today(qtbot, window)
    cards = [c for c in page.cards if c.isVisibleTo(page)]
    assert [c.name.text() for c in cards] == ["Wellness tent", "Quiet room"]
    assert cards[1].space_id == quiet.id
    assert cards[1].summary()[1:] == ["Now: —", "Next: —"]
    assert cards[1].now_title.text() == "Nothing on now" and not cards[1].bar.isVisibleTo(page)
    assert not page.no_sessions.isVisibleTo(page)  # the tent has sessions today
    # The door follows the card picked, with the keyboard as with a click.
    cards[1].door_button.setFocus()
    qtbot.keyClick(cards[1].door_button, Qt.Key.Key_Space)
    assert cards[1].door_button.isChecked() and not cards[0].door_button.isChecked()
    assert page.door.workshop is None
    qtbot.mouseClick(cards[0].door_button, Qt.MouseButton.LeftButton)
    assert page.door.workshop is not None and page.door.workshop.id == program["yoga"].id
    for button in (cards[0].door_button, page.door.plus, page.door.minus,
                   page.door.wait_plus, page.door.wait_minus, page.door.held):
        assert button.height() >= 44 and button.width() >= 44, button.accessibleName()
    settle(qtbot, window)
    assert clipped_labels(page) == []


def test_no_sessions_today_says_so_with_the_button_to_the_schedule(
        qtbot, open_window, festival, pinned_clock):
    window = open_window()
    page = open_today(qtbot, window)
    assert page.pages.currentWidget() is not page.no_activation
    assert page.no_sessions.isVisibleTo(page)
    assert page.no_sessions.button.text() == "Open the schedule"
    with qtbot.waitSignal(page.open_schedule, timeout=1_000):
        qtbot.mouseClick(page.no_sessions.button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.schedule


def test_a_narrow_kits_box_keeps_every_stock_warning_whole(
        qtbot, open_window, db, festival, program, pinned_clock):
    kits.correct_stock(db, kit_type_id=festival["earplugs"].id,
                       location_id=festival["tent"].id, counted=2, reason="recount",
                       now=PINNED - timedelta(hours=1))
    window = open_window()
    window.resize(1280, 720)
    page = open_today(qtbot, window)
    settle(qtbot, window)
    warnings = page.kits.warnings
    assert len(warnings.text().splitlines()) == 2
    # Wrapped in the box's width, and the whole height of the text is given to it.
    assert warnings.wordWrap()
    assert warnings.heightForWidth(warnings.width()) <= warnings.height() + 1
    assert warnings.width() <= page.kits.width()
