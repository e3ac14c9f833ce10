"""The Print section: a live preview, refusals before printing, Save PDF and Print…."""

from __future__ import annotations

import pypdfium2
import zxingcpp
from PySide6.QtPrintSupport import QPrinter

from tests.ui.conftest import open_section, settle
from wellness_desk import cards


def _choose(box, data):
    box.setCurrentIndex(box.findData(data))


def test_the_preview_follows_the_form_and_saves_what_it_shows(qtbot, open_window, db,
                                                              tmp_path):
    window = open_window()
    page = open_section(qtbot, window, "Print")
    qtbot.waitUntil(lambda: page.preview.pixmap() is not None
                    and not page.preview.pixmap().isNull(), timeout=10_000)
    page.tag.setText("green-room-chicago-2026")
    _choose(page.language, "es")
    qtbot.waitUntil(lambda: not page._debounce.isActive(), timeout=5_000)
    settle(qtbot, window)
    assert page.problems == []
    out = tmp_path / "cards.pdf"
    page.save_pdf(str(out))
    settle(qtbot, window)
    pdf = pypdfium2.PdfDocument(str(out))
    image = pdf[0].render(scale=150 / 72).to_pil()
    decoded = {r.text for r in zxingcpp.read_barcodes(image)}
    assert decoded == {"https://backline.care/global-resources/?src=green-room-chicago-2026"}
    assert [j["tag"] for j in cards.print_jobs(db)] == ["green-room-chicago-2026"]


def test_a_poster_too_small_to_scan_is_refused_before_printing(qtbot, open_window):
    window = open_window()
    page = open_section(qtbot, window, "Print")
    _choose(page.template, "poster")
    _choose(page.paper, "a4")
    qtbot.waitUntil(lambda: bool(page.problems), timeout=10_000)
    assert "2 m" in page.problem_label.text()
    assert not page.save_button.isEnabled()
    assert not page.print_button.isEnabled()
    _choose(page.paper, "a3")
    qtbot.waitUntil(lambda: page.problems == [] and page.save_button.isEnabled(),
                    timeout=10_000)


def test_print_sends_every_page_and_records_the_job(qtbot, open_window, db, tmp_path):
    window = open_window()
    page = open_section(qtbot, window, "Print")
    page.copies.setValue(12)  # two sheets of wallet cards
    page.tag.setText("tent")
    qtbot.waitUntil(lambda: not page._debounce.isActive(), timeout=5_000)
    settle(qtbot, window)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    page.print_to(printer)
    qtbot.waitUntil(lambda: bool(cards.print_jobs(db)), timeout=20_000)
    printed = pypdfium2.PdfDocument(str(out))
    assert len(printed) == 2
    # 1:1 on A4, and the codes on the printed page still scan to the right link.
    size_mm = [round(points / 72 * 25.4) for points in printed[0].get_size()]
    assert size_mm == [210, 297]
    image = printed[0].render(scale=150 / 72).to_pil()
    assert {r.text for r in zxingcpp.read_barcodes(image)} == {
        "https://backline.care/global-resources/?src=tent"}
    assert cards.print_jobs(db)[0]["tag"] == "tent"


def test_an_empty_tag_is_refused_not_invented(qtbot, open_window):
    window = open_window()
    page = open_section(qtbot, window, "Print")
    page.tag.setText("")
    qtbot.waitUntil(lambda: bool(page.problems), timeout=10_000)
    assert "tag" in page.problem_label.text()


def test_a_poster_on_a4_for_a_closer_scan_distance_is_accepted(qtbot, open_window):
    window = open_window()
    page = open_section(qtbot, window, "Print")
    _choose(page.template, "poster")
    _choose(page.paper, "a4")
    qtbot.waitUntil(lambda: bool(page.problems), timeout=10_000)
    page.distance.setValue(1.5)
    qtbot.waitUntil(lambda: page.problems == [] and page.save_button.isEnabled(),
                    timeout=10_000)


def test_the_shipped_logo_on_the_code_still_scans(qtbot, open_window, db, tmp_path):
    window = open_window()
    page = open_section(qtbot, window, "Print")
    _choose(page.logo, "wellness-desk.png")
    page.logo_on_code.setChecked(True)
    page.tag.setText("logo-test")
    qtbot.waitUntil(lambda: not page._debounce.isActive(), timeout=5_000)
    settle(qtbot, window)
    assert page.problems == []
    out = tmp_path / "logo.pdf"
    page.save_pdf(str(out))
    settle(qtbot, window)
    image = pypdfium2.PdfDocument(str(out))[0].render(scale=200 / 72).to_pil()
    assert {r.text for r in zxingcpp.read_barcodes(image)} == {
        "https://backline.care/global-resources/?src=logo-test"}
