"""The one chart widget: each kind drawn where it must be, and said in words."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtGui import QColor, QImage

from wellness_desk.report import Chart, Series
from wellness_desk.suppression import Figure
from wellness_desk.ui.charts import HIDDEN_NOTE, PALETTE, SMALL_NOTE, ChartWidget, HourlyTally

BLUE, ORANGE = QColor(PALETTE[0]).name(), QColor(PALETTE[1]).name()


def drawn(qtbot, chart: ChartWidget, width: int = 360, height: int = 220) -> QImage:
    qtbot.addWidget(chart)
    chart.resize(width, height)
    return chart.grab().toImage()


def colour_at(image: QImage, x: float, y: float) -> str:
    return QColor(image.pixel(int(x), int(y))).name()


def painted_height(image: QImage, x: float, colour: str) -> int:
    """How many pixels of `colour` the column at `x` holds, read from the image alone."""
    return sum(colour_at(image, x, y) == colour for y in range(image.height()))


def test_bars_stand_where_the_counts_say_and_are_said_in_words(qtbot):
    chart = ChartWidget("Kits by type")
    chart.show_values([("Earplugs", 2), ("Water", 8), ("Condoms", 4)], unit="kits")
    image = drawn(qtbot, chart)
    bars = chart.bars()
    assert [b.category for b in bars] == [0, 1, 2]
    for bar in bars:
        assert colour_at(image, bar.rect.center().x(), bar.rect.center().y()) == BLUE
    heights = [painted_height(image, b.rect.center().x(), BLUE) for b in bars]
    plot = chart.plot_rect()
    # 8 is the axis' top: the whole plot, twice 4 and four times 2.
    assert abs(heights[1] - plot.height()) <= 2
    assert abs(heights[1] - 2 * heights[2]) <= 2 and abs(heights[1] - 4 * heights[0]) <= 3
    # Nothing of the bar colour above the shortest bar.
    assert colour_at(image, bars[0].rect.center().x(), bars[0].rect.top() - 3) != BLUE
    assert chart.text_equivalent() == "Kits by type (kits)\nEarplugs: 2\nWater: 8\nCondoms: 4"
    # The name reads the figures; the description is the whole text equivalent.
    assert chart.accessibleName() == "Kits by type: Earplugs 2, Water 8, Condoms 4"
    assert chart.accessibleDescription() == chart.text_equivalent()


def shown(n: int) -> Figure:
    return Figure(n, None)


def test_grouped_and_stacked_bars_draw_each_series_in_its_colour(qtbot):
    series = (Series("Attendance", (shown(12), shown(3))),
              Series("Capacity", (shown(20), shown(10))))
    grouped = ChartWidget("Attendance against capacity")
    grouped.show_chart(Chart("attendance_by_kind", "Attendance against capacity", "bar",
                             ("Yoga", "Breathwork"), series, "Yoga was 60 % full.", "people"))
    image = drawn(qtbot, grouped)
    by = {(b.category, b.series): b for b in grouped.bars()}
    assert len(by) == 4
    for (_, s), bar in by.items():
        assert colour_at(image, bar.rect.center().x(), bar.rect.center().y()) == (
            BLUE if s == 0 else ORANGE)
    yoga_people = painted_height(image, by[0, 0].rect.center().x(), BLUE)
    yoga_places = painted_height(image, by[0, 1].rect.center().x(), ORANGE)
    assert abs(yoga_people * 20 - yoga_places * 12) <= 2 * 20
    assert grouped.text_equivalent() == (
        "Attendance against capacity (people)\nYoga was 60 % full.\n"
        "Yoga: Attendance 12, Capacity 20\nBreathwork: Attendance 3, Capacity 10")

    stacked = ChartWidget("Kits by role")
    stacked.show_chart(Chart("kits", "Kits by role", "stacked", ("Fri", "Sat"),
                             (Series("Crew", (shown(6), shown(2))),
                              Series("Artist", (shown(2), shown(0)))), "", "kits"))
    image = drawn(qtbot, stacked)
    segments = {(b.category, b.series): b.rect for b in stacked.bars()}
    assert set(segments) == {(0, 0), (0, 1), (1, 0)}  # a zero is no segment
    crew, artist = segments[0, 0], segments[0, 1]
    assert abs(artist.bottom() - crew.top()) < 0.01  # the artists' part sits on the crew's
    x = crew.center().x()
    assert colour_at(image, x, crew.center().y()) == BLUE
    assert colour_at(image, x, artist.center().y()) == ORANGE
    assert abs(painted_height(image, x, BLUE) - 3 * painted_height(image, x, ORANGE)) <= 6


def test_a_suppressed_figure_gets_no_bar_only_its_words(qtbot):
    """Therapy sessions per week: "<5" and "–" are said, never drawn to a height."""
    small, hidden = Figure(None, "small"), Figure(None, "hidden")
    chart = ChartWidget("Therapy sessions")
    chart.show_chart(Chart("therapy", "Therapy sessions", "stacked",
                           ("Week 27", "Week 28", "Week 29"),
                           (Series("Held", (shown(9), small, shown(6))),
                            Series("No-show", (hidden, hidden, shown(0)))),
                           "", "sessions"))
    image = drawn(qtbot, chart)
    assert {b.category for b in chart.bars()} == {0, 2}
    plot = chart.plot_rect()
    week_28 = plot.left() + plot.width() / 2
    # Nothing of either colour in week 28's slot, top to bottom.
    column = {colour_at(image, week_28, y) for y in range(int(plot.top()),
                                                          int(plot.bottom()))}
    assert not column & {BLUE, ORANGE}
    assert chart.text_equivalent().splitlines() == [
        "Therapy sessions (sessions)", "Week 27: Held 9, No-show –",
        "Week 28: Held <5, No-show –", "Week 29: Held 6, No-show 0", SMALL_NOTE, HIDDEN_NOTE]

    bars = ChartWidget("Kits by type")
    bars.show_values([("Earplugs", 12), ("Naloxone", small), ("Water", 3)])
    drawn(qtbot, bars)
    assert [b.category for b in bars.bars()] == [0, 2]
    assert bars.text_equivalent().splitlines()[1:] == [
        "Earplugs: 12", "Naloxone: <5", "Water: 3", SMALL_NOTE]


def test_a_line_joins_its_points(qtbot):
    chart = ChartWidget("Kits per day")
    chart.show_values([("Fri", 10), ("Sat", 30), ("Sun", 20)], kind="line", unit="kits")
    image = drawn(qtbot, chart)
    assert chart.bars() == []
    points = chart.points()
    assert [p.category for p in points] == [0, 1, 2]
    assert points[1].at.y() < points[2].at.y() < points[0].at.y()
    for p in points:
        assert colour_at(image, p.at.x(), p.at.y()) == BLUE
    middle = (points[0].at + points[1].at) / 2
    assert any(colour_at(image, middle.x(), middle.y() + dy) == BLUE for dy in (-1, 0, 1))
    assert chart.text_equivalent() == "Kits per day (kits)\nFri: 10\nSat: 30\nSun: 20"


def test_a_suppressed_point_breaks_the_line(qtbot):
    chart = ChartWidget("No-shows per week")
    chart.show_values([("Week 27", 8), ("Week 28", Figure(None, "small")), ("Week 29", 6)],
                      kind="line")
    image = drawn(qtbot, chart)
    points = chart.points()
    assert [p.category for p in points] == [0, 2]
    # No line through week 28: the pixels between the two points are not the line's.
    middle = (points[0].at + points[1].at) / 2
    assert not any(colour_at(image, middle.x(), middle.y() + dy) == BLUE
                   for dy in range(-3, 4))
    assert "Week 28: <5" in chart.text_equivalent().splitlines()


def test_a_kit_types_own_colour_is_its_series_colour(qtbot):
    chart = ChartWidget("Kits per day")
    chart.show_chart(Chart("kits_per_day", "Kits per day", "stacked", ("Fri", "Sat"),
                           (Series("Earplugs", (shown(5), shown(9)), "#7B1FA2"),
                            Series("Water", (shown(4), shown(2)))), "", "kits"))
    image = drawn(qtbot, chart)
    colours = {b.series: colour_at(image, b.rect.center().x(), b.rect.center().y())
               for b in chart.bars()}
    assert colours == {0: "#7b1fa2", 1: ORANGE}


def test_nothing_to_draw_says_so(qtbot):
    chart = ChartWidget("Kits per hour today", empty_text="No hand-outs yet today")
    chart.show_values([("09:00", 0), ("10:00", 0)])
    image = drawn(qtbot, chart)
    assert chart.empty and chart.bars() == []
    assert not any(colour_at(image, x, y) == BLUE for x in range(0, 360, 3)
                   for y in range(0, 220, 3))
    chart.show_values([])
    assert chart.text_equivalent() == "Kits per hour today\nNo hand-outs yet today"


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="pie"):
        ChartWidget("x").show_values([("a", 1)], kind="pie")


def test_the_kit_counters_hours_are_a_chart(qtbot):
    tally = HourlyTally()
    hours = [(datetime(2026, 7, 4, h, tzinfo=UTC), n) for h, n in ((9, 0), (10, 4), (11, 1))]
    tally.set_hours(hours)
    image = drawn(qtbot, tally, 300, 140)
    assert tally.hours == hours
    assert [b.category for b in tally.bars()] == [1, 2]
    for bar in tally.bars():
        assert colour_at(image, bar.rect.center().x(), bar.rect.center().y()) == BLUE
    assert tally.text_equivalent() == (
        "Kits handed out today per hour (kits)\n09:00: 0\n10:00: 4\n11:00: 1")
