"""The kit catalogue as a tent lead uses it: an empty catalogue says what to do, a refused
name stays marked in its form, and every colour is said by name, not only shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.forms import click, gone, type_into
from wellness_desk import kits
from wellness_desk.ui.kit_catalogue import KitCataloguePage, colour_name
from wellness_desk.ui.tasks import TaskRunner

WAIT = 10_000


@pytest.fixture
def runner(qtbot, db_path, db):
    runner = TaskRunner(db_path)
    runner.start()
    yield runner
    runner.stop()


@pytest.fixture
def page(qtbot, runner):
    shown = KitCataloguePage(runner)
    qtbot.addWidget(shown)
    shown.resize(1280, 720)
    shown.show()
    shown.refresh()
    qtbot.waitUntil(lambda: shown.view is not None and not runner.busy, timeout=WAIT)
    return shown


def settle(qtbot, runner) -> None:
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)


def test_an_empty_catalogue_says_to_add_a_kit_and_its_button_does(qtbot, db, runner, page):
    assert kits.list_kit_types(db) == []
    assert page.empty.isVisible() and not page.table.isVisible()
    assert "No kits yet" in page.empty.message.text()
    click(qtbot, page.empty.button)
    qtbot.waitUntil(lambda: page.form is not None and page.form.isVisible(), timeout=WAIT)
    assert QApplication.activeModalWidget() is page.form
    type_into(qtbot, page.form.name, "Earplugs")
    click(qtbot, page.form.ok_button)
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: page.table.isVisible(), timeout=WAIT)
    assert page.table.item(0, 0).text() == "Earplugs"


def test_a_refused_name_marks_the_field_focuses_it_and_keeps_the_text(qtbot, festival,
                                                                      runner, page):
    click(qtbot, page.buttons["add"])
    form = page.form
    form.name.setAccessibleDescription("")
    type_into(qtbot, form.name, "earplugs")
    click(qtbot, form.ok_button)
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: form.problems["name"].isVisible(), timeout=WAIT)
    assert form.isVisible() and form.name.text() == "earplugs"
    assert form.name.property("invalid") is True
    assert form.name.hasFocus()
    said = "Kit name: 'earplugs' already exists"
    assert form.problems["name"].text() == said
    assert form.name.accessibleDescription() == said
    assert form.problems["name"].property("role") == "problem"

    # Fixed and saved: the mark goes with the problem.
    type_into(qtbot, form.name, "Earplugs (foam)")
    form.clear_problems()
    assert not form.name.property("invalid")
    assert form.name.accessibleDescription() == ""
    click(qtbot, form.ok_button)
    settle(qtbot, runner)
    assert gone(form)


def test_every_colour_is_said_by_name_in_the_table_and_on_its_swatches(qtbot, festival,
                                                                        runner, page, db):
    colour_column = [page.table.horizontalHeaderItem(c).text()
                     for c in range(page.table.columnCount())].index("Colour")
    earplugs = page.table.item(0, colour_column)
    assert earplugs.text() == colour_name(festival["earplugs"].colour) == "Blue"
    assert earplugs.data(Qt.ItemDataRole.AccessibleTextRole) == "Colour of Earplugs: Blue"

    page.table.selectRow(0)
    click(qtbot, page.buttons["colour"])
    form = page.form
    names = {code: button.accessibleName() for code, button in form.swatches.items()}
    assert names["#0072B2"] == "Blue (#0072B2)"
    assert names["#56B4E9"] == "Sky blue (#56B4E9)"
    assert names["#D55E00"] == "Vermilion (#D55E00)"
    assert all(button.text() for button in form.swatches.values())  # seen, not only shown
    assert len(set(names.values())) == len(names)
    assert form.swatches["#0072B2"].isChecked()
    click(qtbot, form.swatches["#D55E00"])
    click(qtbot, form.ok_button)
    settle(qtbot, runner)
    assert gone(form)
    assert kits.get_kit_type(db, festival["earplugs"].id).colour.upper() == "#D55E00"
    qtbot.waitUntil(lambda: page.table.item(0, colour_column).text() == "Vermilion",
                    timeout=WAIT)


@pytest.mark.parametrize(("colour", "name"), [
    ("#C62828", "Red"), ("#2E7D32", "Green"), ("#6A1B9A", "Purple"), ("#101010", "Black"),
    ("#FAFAFA", "White"), ("#F0E442", "Yellow"),
])
def test_a_colour_outside_the_palette_is_named_by_its_hue(colour, name):
    assert colour_name(colour) == name
