"""Printing from the resource directory in the Print section: a resource's card, the tour
sheet and the country card, through the real page and dialogs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QFileDialog

from tests import pdf_pages
from tests.core.test_resource_print import (
    CA_988,
    GB_MMM,
    GB_SAMARITANS,
    MX_VIDA,
    NOW,
    US_988,
    install_directory,
)
from tests.ui.conftest import open_section, settle, threads_of
from wellness_desk import activations, cards, clock, resource_print
from wellness_desk.ui.resource_print_dialogs import CountryCardDialog, TourSheetDialog
from wellness_desk.ui.tasks import DRAW_THREAD

HUB = "https://backline.care/global-resources/"


@pytest.fixture
def pinned_clock(monkeypatch):
    monkeypatch.setattr(clock, "utcnow", lambda: NOW)
    return NOW


@pytest.fixture
def tour(db, db_path):
    tour = activations.create_activation(db, name="Northern Lights Tour 2026", kind="tour",
                                         start=date(2026, 7, 1), end=date(2026, 7, 20),
                                         tz="America/Chicago")
    for day, city, country, tz in [(2, "Chicago", "US", "America/Chicago"),
                                   (5, "Toronto", "CA", "America/Toronto"),
                                   (14, "London", "GB", "Europe/London"),
                                   (18, "Tokyo", "JP", "Asia/Tokyo")]:
        activations.add_tour_stop(db, activation_id=tour.id, stop_date=date(2026, 7, day),
                                  city=city, venue="", tz=tz, country=country)
    install_directory(db_path.parent, [US_988, CA_988, GB_SAMARITANS, GB_MMM, MX_VIDA])
    return tour


def _preview_bytes(page) -> bytes:
    image = page.preview.pixmap().toImage()
    return bytes(image.constBits())


def test_print_a_card_for_a_resource_fills_the_resource_card_and_its_preview(
        qtbot, open_window, db, tmp_path):
    window = open_window()
    page = open_section(qtbot, window, "Print")
    qtbot.waitUntil(lambda: page.preview.pixmap() is not None
                    and not page.preview.pixmap().isNull(), timeout=10_000)
    assert not page.resource_number.isVisible()
    before = _preview_bytes(page)

    page.fill_from_resource("Samaritans", "116 123", "24/7 · English")
    qtbot.waitUntil(lambda: not page._debounce.isActive(), timeout=5_000)
    settle(qtbot, window)

    assert page.template.currentData() == "resource" and page.problems == []
    assert page.resource_number.isVisible() and page.resource_number.isReadOnly()
    assert (page.resource_name.text(), page.resource_number.text(),
            page.resource_hours.text()) == ("Samaritans", "116 123", "24/7 · English")
    assert _preview_bytes(page) != before
    out = tmp_path / "resource.pdf"
    page.save_pdf(str(out))
    settle(qtbot, window)
    (printed,) = pdf_pages.pages(out)
    text = pdf_pages.text(printed)
    assert text.count("116 123") == 10 and "Samaritans" in text and "24/7 · English" in text
    assert [j["template"] for j in cards.print_jobs(db)] == ["resource"]

    # The name and hours may be shortened by hand; the preview follows them.
    page.resource_name.setText("Samaritans (UK & Ireland)")
    qtbot.waitUntil(lambda: not page._debounce.isActive(), timeout=5_000)
    settle(qtbot, window)
    assert page.job().resource_name == "Samaritans (UK & Ireland)"
    # Another template prints no resource: its fields hide and leave the job.
    page.template.setCurrentIndex(page.template.findData("wallet"))
    assert not page.resource_number.isVisible() and page.job().resource_number == ""


def _open_dialog(qtbot, window, page, button):
    button.click()
    qtbot.waitUntil(lambda: page.resource_dialog is not None
                    and page.resource_dialog.isVisible(), timeout=10_000)
    dialog = page.resource_dialog
    dialog.saved_to = []
    dialog.saved.connect(dialog.saved_to.append)
    return dialog


def _wait_saved(qtbot, window, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.waiting, timeout=30_000)
    settle(qtbot, window)


def test_the_tour_sheet_dialog_saves_the_current_tour_in_the_language_chosen(
        qtbot, open_window, tour, tmp_path, pinned_clock, monkeypatch):
    window = open_window()
    page = open_section(qtbot, window, "Print")
    planned_on = threads_of(monkeypatch, resource_print, "plan_tour_sheet_from")
    dialog = _open_dialog(qtbot, window, page, page.tour_sheet_button)
    assert isinstance(dialog, TourSheetDialog)
    assert dialog.tour.currentText() == "Northern Lights Tour 2026"
    dialog.language.setCurrentIndex(dialog.language.findData("pt"))
    out = tmp_path / "folha.pdf"
    # Save PDF… asks where, as a person would answer.
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "PDF (*.pdf)")))
    dialog.ok_button.click()
    _wait_saved(qtbot, window, dialog)

    assert planned_on == [DRAW_THREAD]  # the directory's file is read off the worker
    assert dialog.saved_to == [str(out)] and page.resource_dialog is None  # closed
    pages = pdf_pages.pages(out)
    text = " ".join(pdf_pages.text(p) for p in pages)
    assert "FOLHA DA TURNÊ" in text and "LINHAS DE CRISE" in text
    for city in ("Chicago", "Toronto", "London", "Tokyo"):
        assert city in text
    assert "116 123" in text and "988" in text and "0808 802 8008" in text
    assert "Nenhuma linha de crise verificada para Japão (JP)" in text
    assert pdf_pages.qr_codes(pages[0]) == [f"{HUB}?src=tour-sheet"]


def test_a_refused_tour_sheet_keeps_the_dialog_open_with_the_reason_beside_the_field(
        qtbot, open_window, db_path, tour, tmp_path, pinned_clock):
    old = replace(GB_SAMARITANS, contacts=(replace(GB_SAMARITANS.contacts[0],
                                                   assured_date=date(2025, 1, 10)),))
    install_directory(db_path.parent, [US_988, CA_988, old, GB_MMM])
    window = open_window()
    page = open_section(qtbot, window, "Print")
    dialog = _open_dialog(qtbot, window, page, page.tour_sheet_button)
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    out = tmp_path / "tour.pdf"
    dialog.save_to(str(out))
    _wait_saved(qtbot, window, dialog)

    assert dialog.isVisible() and not out.exists()
    beside = dialog.problems["include_stale"]
    assert beside.isVisible() and "GB · Samaritans · 116 123: last checked 2025-01-10" in (
        beside.text())
    assert dialog.language.currentData() == "de"  # what was chosen stays
    dialog.include_stale.setChecked(True)
    dialog.save_to(str(out))
    _wait_saved(qtbot, window, dialog)
    assert dialog.saved_to == [str(out)] and page.resource_dialog is None
    text = " ".join(pdf_pages.text(p) for p in pdf_pages.pages(out))
    assert "SEIT 2025-01-10 NICHT NEU GEPRÜFT" in text


def test_the_country_card_dialog_guesses_the_tours_country_and_names_a_wrong_one(
        qtbot, open_window, tour, tmp_path, pinned_clock):
    window = open_window()
    page = open_section(qtbot, window, "Print")
    dialog = _open_dialog(qtbot, window, page, page.country_card_button)
    assert isinstance(dialog, CountryCardDialog)
    assert dialog.country.text() == "US"  # the tour's first stop

    dialog.country.setText("JP")
    dialog.copies.setValue(12)
    out = tmp_path / "card.pdf"
    dialog.save_to(str(out))
    _wait_saved(qtbot, window, dialog)
    assert dialog.isVisible() and not out.exists()
    assert "no verified crisis line for JP" in dialog.problems["country"].text()
    # What was typed stays, the field in error is drawn so, and it is found by its label.
    assert dialog.country.text() == "JP" and dialog.copies.value() == 12
    assert dialog.country.property("invalid") is True
    assert not dialog.copies.property("invalid")
    label = dialog.form.labelForField(dialog.country.parentWidget())
    assert label is not None and label.buddy() is dialog.country
    assert dialog.country.accessibleName() == "Country, two letters"

    dialog.country.setText("ca")
    dialog.save_to(str(out))
    assert not dialog.country.property("invalid")  # asked again: no longer marked
    _wait_saved(qtbot, window, dialog)
    assert dialog.saved_to == [str(out)] and page.resource_dialog is None
    pages = pdf_pages.pages(out)
    assert len(pages) == 4  # two sheets of ten, each with its French backs
    assert "Crisis lines · Canada (CA)" in pdf_pages.text(pages[0])
    assert "Lignes de crise · Canada (CA)" in pdf_pages.text(pages[1])
    assert pdf_pages.qr_codes(pages[1]) == [f"{HUB}?src=country-card-ca"] * 10


def test_print_a_card_for_this_in_resources_opens_print_with_the_resource_on_the_card(
        qtbot, open_window, db, db_path, tmp_path, pinned_clock):
    install_directory(db_path.parent, [GB_SAMARITANS, GB_MMM, US_988])
    window = open_window()
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    window.sidebar.setCurrentRow(titles.index("Resources"))
    resources = window.resources
    qtbot.waitUntil(lambda: not window.runner.busy and not window.directory.busy,
                    timeout=10_000)
    resources.country.setCurrentIndex(resources.country.findData("GB"))
    resources.country.activated.emit(resources.country.currentIndex())
    qtbot.waitUntil(lambda: bool(resources.cards) and resources.cards[0].isVisible()
                    and resources.cards[0].name.text() == "Samaritans", timeout=10_000)

    resources.cards[0].print_button.click()
    page = window.stack.currentWidget()
    assert page is window.print_page
    qtbot.waitUntil(lambda: not page._debounce.isActive(), timeout=5_000)
    settle(qtbot, window)
    assert page.template.currentData() == "resource" and page.problems == []
    assert (page.resource_name.text(), page.resource_number.text()) == ("Samaritans",
                                                                        "116 123")
    assert page.resource_hours.text()  # as Resources shows them
    out = tmp_path / "samaritans.pdf"
    page.save_pdf(str(out))
    settle(qtbot, window)
    text = pdf_pages.text(pdf_pages.pages(out)[0])
    assert text.count("116 123") == 10 and page.resource_hours.text() in text


def test_the_tour_sheet_dialog_without_a_tour_says_so_beside_the_tour(qtbot, open_window,
                                                                     tmp_path):
    window = open_window()
    page = open_section(qtbot, window, "Print")
    dialog = _open_dialog(qtbot, window, page, page.tour_sheet_button)
    assert dialog.tour.count() == 0
    dialog.save_to(str(tmp_path / "tour.pdf"))
    assert dialog.isVisible() and not (tmp_path / "tour.pdf").exists()
    assert dialog.problems["activation"].text() == "No tour yet: create one in Activations"
