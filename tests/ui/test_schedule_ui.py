"""The Schedule and Today sections as tent staff and coordinators use them."""

from __future__ import annotations

import os
from datetime import date, time, timedelta

from PySide6.QtCore import QCoreApplication, QPoint, Qt

from tests.ui.conftest import open_section, settle, threads_of
from wellness_desk import activations, program_print, schedule
from wellness_desk.clock import utcnow


def _space(db, festival, **kw):
    return activations.set_space(db, festival["tent"].id, **kw)


def test_create_a_workshop_in_the_editor_and_find_it_in_the_timeline(
        qtbot, open_window, festival, db):
    _space(db, festival, capacity=30, buffer_min=0)
    window = open_window()
    page = open_section(qtbot, window, "Schedule")
    editor = page.new_workshop()
    editor.title.setText("Sunrise breathwork")
    editor.kind.setCurrentText("Breathwork")
    editor.set_day(date(2026, 7, 4))
    editor.start.setTime(editor.start.time().fromString("14:00", "HH:mm"))
    editor.end.setTime(editor.end.time().fromString("15:30", "HH:mm"))
    editor.facilitators.setText("Maya Okafor, Sam Reyes")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    saved = schedule.list_workshops(db, festival["activation"].id)
    assert [(w.title, f"{w.local_start:%H:%M}", f"{w.local_end:%H:%M}") for w in saved] == [
        ("Sunrise breathwork", "14:00", "15:30")]
    assert saved[0].facilitators == ("Maya Okafor", "Sam Reyes")
    assert saved[0].capacity == 30
    # The page follows to the day of the new session when asked for it.
    page.show_day(date(2026, 7, 4))
    settle(qtbot, window)
    # Blocks are placed when the timeline paints (a moment after the answer lands).
    qtbot.waitUntil(lambda: page.timeline.block_for(saved[0].id) is not None, timeout=5_000)
    titles = [page.table.item(r, 3).text() for r in range(page.table.rowCount())]
    assert titles == ["Sunrise breathwork"]


def _at(day, hh, mm=0):
    return schedule.local_instant(day, time(hh, mm), "Europe/London")


def test_the_editor_shows_a_clash_before_saving_and_the_mark_stays(
        qtbot, open_window, festival, db):
    day = date(2026, 7, 3)
    yoga = schedule.create_workshop(db, schedule.Draft(
        location_id=festival["tent"].id, title="Yoga", kind="Yoga", start=_at(day, 10),
        end=_at(day, 11), facilitators=("Sam",)))
    window = open_window()
    page = open_section(qtbot, window, "Schedule")
    page.show_day(day)  # the page opens on today during the festival: not the day meant here
    settle(qtbot, window)
    editor = page.new_workshop()
    editor.title.setText("Breathwork")
    editor.start.setTime(editor.start.time().fromString("10:30", "HH:mm"))
    editor.end.setTime(editor.end.time().fromString("11:30", "HH:mm"))
    qtbot.waitUntil(lambda: "double-booked" in editor.conflict_label.text(), timeout=5_000)
    assert "Yoga" in editor.conflict_label.text()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    marked = page.view.timeline.conflicts
    assert yoga.id in marked
    assert len(marked) == 2
    assert "conflict" in page.conflict_summary.text()


def test_clicking_a_session_in_the_timeline_opens_it(qtbot, open_window, festival, db):
    day = date(2026, 7, 3)
    talk = schedule.create_workshop(db, schedule.Draft(
        location_id=festival["tent"].id, title="Peer support", kind="Support group",
        start=_at(day, 12), end=_at(day, 13)))
    window = open_window()
    page = open_section(qtbot, window, "Schedule")
    page.show_day(day)  # the page opens on today during the festival: not the day meant here
    settle(qtbot, window)
    qtbot.waitUntil(lambda: page.timeline.block_for(talk.id) is not None, timeout=5_000)
    block = page.timeline.block_for(talk.id)
    assert block is not None
    qtbot.mouseClick(page.timeline, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(block.center().x()), int(block.center().y())))
    qtbot.waitUntil(lambda: page.editor is not None, timeout=5_000)
    assert page.editor.title.text() == "Peer support"
    assert page.editor.extra["status"].text().replace("&", "") == "Cancel session"
    qtbot.mouseClick(page.editor.extra["status"], Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert schedule.get_workshop(db, talk.id).status == "cancelled"


def test_the_door_counts_up_to_capacity_then_the_waitlist(qtbot, open_window, db):
    now = utcnow()
    today = now.astimezone(activations.zone("Europe/London")).date()
    fest = activations.create_activation(
        db, name="Now Fest", kind="festival", start=today - timedelta(days=1),
        end=today + timedelta(days=1), tz="Europe/London")
    tent = activations.add_location(db, activation_id=fest.id, name="Tent", capacity=2)
    session = schedule.create_workshop(db, schedule.Draft(
        location_id=tent.id, title="Breathe", kind="Breathwork",
        start=now - timedelta(minutes=10), end=now + timedelta(minutes=50)))
    window = open_window()
    page = open_section(qtbot, window, "Today")
    door = page.door
    assert door.workshop is not None and door.workshop.id == session.id
    for _ in range(2):
        qtbot.mouseClick(door.plus, Qt.MouseButton.LeftButton)
        settle(qtbot, window)
    assert door.count.text() == "2 / 2"
    assert door.full_label.isVisibleTo(door) and door.full_label.text() == "FULL"
    assert not door.plus.isEnabled()
    qtbot.mouseClick(door.wait_plus, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert door.waitlist.text() == "Walk-ins waiting: 1"
    counted = schedule.get_workshop(db, session.id)
    assert (counted.headcount, counted.waitlist) == (2, 1)
    qtbot.mouseClick(door.minus, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert door.count.text() == "1 / 2"
    assert door.plus.isEnabled()
    assert page.cards[0].summary()[1].startswith("Now: ")


def test_import_the_sample_program_then_export_it(qtbot, open_window, festival, db, tmp_path):
    from pathlib import Path

    import icalendar

    for name in ("Quiet room", "Main-stage green room"):
        activations.add_location(db, activation_id=festival["activation"].id, name=name)
    window = open_window()
    page = open_section(qtbot, window, "Schedule")
    sample = Path(__file__).parents[2] / "assets" / "sample-program.csv"
    page.import_csv(str(sample))
    settle(qtbot, window)
    imported = schedule.list_workshops(db, festival["activation"].id)
    assert len(imported) > 10
    # The page's own words (the English .ts gives "Imported 12 workshops.").
    assert window.statusBar().currentMessage() == QCoreApplication.translate(
        "SchedulePage", "Imported %n workshop(s).", "", len(imported))
    assert str(len(imported)) in window.statusBar().currentMessage()

    ics = tmp_path / "program.ics"
    page.export_ics(str(ics))
    pdf = tmp_path / "program.pdf"
    page.print_program(str(pdf), paper="letter")
    settle(qtbot, window)
    events = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert {str(e["UID"]) for e in events} == {w.uid for w in imported}
    assert pdf.read_bytes().startswith(b"%PDF")
    assert page.last_problem == ""


def test_the_day_program_is_drawn_in_the_drawing_process(qtbot, open_window, festival, db,
                                                         tmp_path, monkeypatch, drawn_in):
    day = date(2026, 7, 3)
    schedule.create_workshop(db, schedule.Draft(
        location_id=festival["tent"].id, title="Peer support", kind="Support group",
        start=_at(day, 12), end=_at(day, 13)))
    window = open_window()
    page = open_section(qtbot, window, "Schedule")
    drawn = drawn_in("wellness_desk.program_print:draw_program")
    here = threads_of(monkeypatch, program_print, "draw_program")
    pdf = tmp_path / "program.pdf"
    page.print_program(str(pdf))
    settle(qtbot, window)
    [child] = drawn()
    assert child != os.getpid() and here == []

    assert pdf.read_bytes().startswith(b"%PDF") and page.last_problem == ""


def test_a_bad_csv_is_refused_whole_with_its_line_and_field(qtbot, open_window, festival, db,
                                                          tmp_path):
    bad = tmp_path / "program.csv"
    bad.write_text("date,start,end,space,title,kind\n"
                   "2026-07-04,10:00,11:00,Wellness tent,Yoga,Yoga\n"
                   "2026-07-04,25:00,11:00,Wellness tent,Breath,Breathwork\n", encoding="utf-8")
    window = open_window()
    page = open_section(qtbot, window, "Schedule")
    page.import_csv(str(bad))
    settle(qtbot, window)
    assert "program.csv line 3, field start" in page.last_problem
    assert schedule.list_workshops(db, festival["activation"].id) == []


def test_a_double_click_on_duplicate_makes_one_copy(qtbot, open_window, festival, db):
    import threading

    day = date(2026, 7, 3)
    talk = schedule.create_workshop(db, schedule.Draft(
        location_id=festival["tent"].id, title="Peer support", kind="Support group",
        start=_at(day, 12), end=_at(day, 13)))
    window = open_window()
    page = open_section(qtbot, window, "Schedule")
    page.edit_workshop(talk.id)
    qtbot.waitUntil(lambda: page.editor is not None, timeout=5_000)
    editor = page.editor
    release = threading.Event()
    window.runner.read(lambda db: release.wait(10))
    qtbot.mouseClick(editor.extra["duplicate"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.extra["duplicate"], Qt.MouseButton.LeftButton)
    release.set()
    settle(qtbot, window)
    titles = [w.title for w in schedule.list_workshops(db, festival["activation"].id)]
    assert titles == ["Peer support", "Peer support"]


def test_closing_the_editor_while_the_worker_answers_is_harmless(qtbot, open_window, festival):
    import threading

    window = open_window()
    page = open_section(qtbot, window, "Schedule")
    editor = page.new_workshop()
    release = threading.Event()
    window.runner.read(lambda db: release.wait(10))
    editor.title.setText("Changed")  # a conflict check is asked for...
    qtbot.wait(300)
    editor.close()  # ...and the dialog is gone before it answers
    release.set()
    settle(qtbot, window)  # pytest-qt fails the test on any exception in a slot
    assert page.editor is None


def test_a_click_on_overlapping_sessions_opens_the_one_on_top(qtbot, open_window, festival,
                                                              db):
    day = date(2026, 7, 3)
    under = schedule.create_workshop(db, schedule.Draft(
        location_id=festival["tent"].id, title="Under", kind="Yoga",
        start=_at(day, 12), end=_at(day, 14)))
    top = schedule.create_workshop(db, schedule.Draft(
        location_id=festival["tent"].id, title="On top", kind="Yoga",
        start=_at(day, 12, 30), end=_at(day, 13, 30)))
    window = open_window()
    page = open_section(qtbot, window, "Schedule")
    page.show_day(day)  # the page opens on today during the festival: not the day meant here
    settle(qtbot, window)
    qtbot.waitUntil(lambda: page.timeline.block_for(top.id) is not None, timeout=5_000)
    block = page.timeline.block_for(top.id)
    assert block is not None
    assert page.timeline.block_for(under.id).contains(block.center())
    assert page.timeline.workshop_at(block.center().x(), block.center().y()).id == top.id


# -- the timeline as a product: headers that stay, elided sessions, keys, screen readers ---


def _open_day(qtbot, window, day, *ids):
    page = open_section(qtbot, window, "Schedule")
    page.show_day(day)
    settle(qtbot, window)
    for workshop_id in ids:
        qtbot.waitUntil(lambda i=workshop_id: page.timeline.block_for(i) is not None,
                        timeout=5_000)
    return page


def test_space_names_and_hours_stay_on_screen_while_the_day_scrolls(
        qtbot, open_window, festival, db):
    day = date(2026, 7, 3)
    fest_id = festival["activation"].id
    names = ["Wellness tent"] + [
        activations.add_location(db, activation_id=fest_id, name=f"Room {n}").name
        for n in range(1, 9)]
    late = schedule.create_workshop(db, schedule.Draft(
        location_id=festival["tent"].id, title="Night walk", kind="Yoga",
        start=_at(day, 21), end=_at(day, 22)))
    window = open_window()
    window.resize(1280, 720)
    page = _open_day(qtbot, window, day, late.id)
    scroll = page.timeline_scroll
    header, ruler = scroll.header, scroll.ruler
    # Neither is part of what scrolls: they live in the scroll area's margins.
    assert not scroll.viewport().isAncestorOf(header)
    assert not scroll.viewport().isAncestorOf(ruler)
    assert header.geometry().bottom() < scroll.viewport().geometry().top()

    bar = scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0, "the day must be taller than the view for this test"
    qtbot.waitUntil(lambda: ruler.offset == bar.value(), timeout=5_000)
    assert header.isVisible() and header.height() > 0
    assert header.names() == names
    assert header.accessibleName() == "Spaces: " + ", ".join(names)
    # The ruler follows the scroll: its last hour is drawn inside it, not above the top.
    last_y, last_hour = ruler.labels()[-1]
    assert 0 < last_y <= ruler.height() and last_hour == "22:00"

    sideways = scroll.horizontalScrollBar()
    sideways.setValue(sideways.maximum())
    assert sideways.value() > 0, "nine spaces must be wider than the view"
    cells = header.cells()
    assert cells[0][0].left() == -sideways.value()
    # The last space's column ends at the header's right edge, as the day's does.
    assert abs(cells[-1][0].right() - header.width()) <= 1
    assert header.geometry().top() >= 0 and header.isVisible()


def test_a_short_session_is_elided_and_its_tooltip_holds_the_whole(
        qtbot, open_window, festival, db):
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication

    day = date(2026, 7, 3)
    short = schedule.create_workshop(db, schedule.Draft(
        location_id=festival["tent"].id, title="Progressive muscle relaxation for the crew",
        kind="Breathwork", start=_at(day, 14), end=_at(day, 14, 20),
        facilitators=("Maya Okafor-Lindqvist",)))
    activations.add_location(db, activation_id=festival["activation"].id, name="Quiet room")
    activations.add_location(db, activation_id=festival["activation"].id, name="Green room")
    window = open_window()
    window.resize(1280, 720)
    page = _open_day(qtbot, window, day, short.id)
    [line] = page.timeline.label_for(short.id)  # room for one line only
    assert line.endswith("…")
    assert line.startswith("Progressive")
    block = page.timeline.block_for(short.id)
    from PySide6.QtGui import QFontMetrics
    assert QFontMetrics(page.timeline.font()).horizontalAdvance(line) <= block.width()

    at = block.center().toPoint()
    QApplication.sendEvent(page.timeline, QHelpEvent(
        QEvent.Type.ToolTip, at, page.timeline.mapToGlobal(QPointF(at)).toPoint()))
    tip = page.timeline.toolTip()
    assert "Progressive muscle relaxation for the crew" in tip
    assert "Maya Okafor-Lindqvist" in tip
    assert "14:00–14:20" in tip


def test_arrow_keys_move_between_sessions_and_enter_opens_one(qtbot, open_window, festival,
                                                              db):
    day = date(2026, 7, 3)
    activations.set_space(db, festival["tent"].id, capacity=30, buffer_min=0)
    quiet = activations.add_location(db, activation_id=festival["activation"].id,
                                     name="Quiet room")
    yoga = schedule.create_workshop(db, schedule.Draft(
        location_id=festival["tent"].id, title="Yoga", kind="Yoga", start=_at(day, 10),
        end=_at(day, 11)))
    breath = schedule.create_workshop(db, schedule.Draft(
        location_id=festival["tent"].id, title="Breathwork", kind="Breathwork",
        start=_at(day, 14), end=_at(day, 14, 45)))
    circle = schedule.create_workshop(db, schedule.Draft(
        location_id=quiet.id, title="Peer circle", kind="Support group",
        start=_at(day, 13, 30), end=_at(day, 15)))
    schedule.set_status(db, circle.id, "cancelled")
    window = open_window()
    page = _open_day(qtbot, window, day, yoga.id, breath.id, circle.id)
    timeline = page.timeline
    window.activateWindow()
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus, timeout=5_000)
    # Keys start on the day's first session (the day is not today).
    assert timeline.current_id == yoga.id
    assert timeline.accessibleName() == "Yoga, 10:00–11:00, Wellness tent, 0 of 30"
    qtbot.keyClick(timeline, Qt.Key.Key_Down)
    assert timeline.current_id == breath.id
    assert timeline.accessibleName() == "Breathwork, 14:00–14:45, Wellness tent, 0 of 30"
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.current_id == circle.id
    # A state in words, never by colour alone.
    nobody = QCoreApplication.translate("TimelineView", "%n person(s)", "", 0)  # "0 people"
    assert timeline.accessibleName() == f"Peer circle, 13:30–15:00, Quiet room, {nobody}, " \
        "Cancelled"
    assert "✕" in timeline.label_for(circle.id)[1]
    qtbot.keyClick(timeline, Qt.Key.Key_Right)  # no space further right: it stays
    assert timeline.current_id == circle.id
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert timeline.current_id == breath.id  # the nearest in time of the space to the left
    qtbot.keyClick(timeline, Qt.Key.Key_Up)
    assert timeline.current_id == yoga.id

    # The focus mark: a ring in the focus colour just outside the focused block.
    from wellness_desk.ui import design
    block = timeline.block_for(yoga.id)
    picture = timeline.grab().toImage()
    ring = picture.pixelColor(int(block.left()) - 3, int(block.center().y()))
    assert ring.name().upper() == design.colours().focus.upper()

    qtbot.keyClick(timeline, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor is not None, timeout=5_000)
    assert page.editor.title.text() == "Yoga"


def test_the_editor_keeps_what_was_typed_on_a_refusal_and_says_it_beside_the_field(
        qtbot, open_window, festival, db):
    from tests.ui.forms import type_into

    window = open_window()
    page = open_section(qtbot, window, "Schedule")
    editor = page.new_workshop()
    type_into(qtbot, editor.title, "   ")
    type_into(qtbot, editor.facilitators, "Maya Okafor")
    editor.capacity.setValue(25)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert editor.isVisible(), "the editor closed on a refused value"
    beside = editor.problems["title"]
    assert beside.isVisible() and beside.text() == "Title: must not be empty"
    assert not editor.problem.isVisible()
    assert editor.title.property("invalid") is True
    # Beside the field: in the title's own form row.
    assert editor.form.labelForField(beside.parentWidget()).text().replace("&", "") == "Title"
    assert (editor.facilitators.text(), editor.capacity.value()) == ("Maya Okafor", 25)
    assert schedule.list_workshops(db, festival["activation"].id) == []

    type_into(qtbot, editor.title, "Sound bath")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    [saved] = schedule.list_workshops(db, festival["activation"].id)
    assert (saved.title, saved.facilitators, saved.own_capacity) == (
        "Sound bath", ("Maya Okafor",), 25)


def test_the_editor_names_its_inputs_for_screen_readers_and_alt_keys(
        qtbot, open_window, festival):
    from PySide6.QtWidgets import QLabel

    window = open_window()
    page = open_section(qtbot, window, "Schedule")
    editor = page.new_workshop()
    for widget, name in ((editor.title, "Title"), (editor.kind, "Kind"),
                         (editor.space, "Space"), (editor.day, "Day"),
                         (editor.start, "Starts at"), (editor.end, "Ends at"),
                         (editor.facilitators, "Facilitators"), (editor.capacity, "Capacity"),
                         (editor.description, "Description")):
        assert widget.accessibleName() == name
        if widget is not editor.end:
            assert any(label.buddy() is widget for label in editor.findChildren(QLabel)), name


def test_a_schedule_with_no_activation_says_where_to_make_one(qtbot, open_window, db):
    window = open_window()
    page = open_section(qtbot, window, "Schedule")
    assert page.body.currentWidget() is page.empty
    assert page.empty.button.text() == "Go to Activations"
    with qtbot.waitSignal(page.go_to_section) as asked:
        qtbot.mouseClick(page.empty.button, Qt.MouseButton.LeftButton)
    assert asked.args == ["Activations"]
    assert window.stack.currentWidget() is window.activations
