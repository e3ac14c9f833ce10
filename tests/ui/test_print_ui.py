"""The Print section: a live preview, refusals before printing, Save PDF and Print…."""

from __future__ import annotations

import os

import pypdfium2
import zxingcpp
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog

from tests import drawing_probe, pdf_pages
from tests.ui.conftest import open_section, settle, threads_of
from wellness_desk import card_render, cards, settings
from wellness_desk.ui.settings_dialog import SettingsDialog
from wellness_desk.ui.tasks import DRAW_THREAD


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


def _settled(qtbot, window, page) -> None:
    qtbot.waitUntil(lambda: not page._debounce.isActive(), timeout=5_000)
    settle(qtbot, window)


def test_a_poster_on_a4_with_its_defaults_previews_and_says_how_far_it_scans(qtbot,
                                                                           open_window, db):
    window = open_window()
    page = open_section(qtbot, window, "Print")
    _choose(page.template, "poster")
    _choose(page.paper, "a4")
    _settled(qtbot, window, page)
    assert page.problems == [] and page.save_button.isEnabled()
    plan, _ = cards.plan_job(db, page.job())
    assert plan is not None and plan.reach_m is not None
    assert page.distance_note.text() == (f"On A4 the code is {plan.code_cm:g} cm: it scans from "
                                         f"about {plan.reach_m:g} m, the distance it is printed "
                                         "for.")
    _choose(page.paper, "letter")
    _settled(qtbot, window, page)
    assert page.problems == [] and page.distance_note.text().startswith("On US Letter the code")


def test_a_distance_typed_that_the_paper_cannot_serve_is_refused_with_the_reason(
        qtbot, open_window):
    window = open_window()
    page = open_section(qtbot, window, "Print")
    _choose(page.template, "poster")
    _choose(page.paper, "a4")
    _settled(qtbot, window, page)
    page.distance.selectAll()
    qtbot.keyClicks(page.distance, "2")
    _settled(qtbot, window, page)
    assert page.distance.value() == 2.0
    assert "which scans from about 1.5 m, not the 2 m asked for: print on A3" in (
        page.problem_label.text())
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


def test_printer_copies_of_unique_codes_print_once_and_say_why(qtbot, open_window, db,
                                                               tmp_path):
    window = open_window()
    page = open_section(qtbot, window, "Print")
    page.copies.setValue(10)
    page.tag.setText("green-room")
    page.unique.setChecked(True)
    qtbot.waitUntil(lambda: not page._debounce.isActive(), timeout=5_000)
    settle(qtbot, window)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setCopyCount(3)  # as if asked in the system print dialog
    with qtbot.waitSignal(page.message, timeout=20_000) as said:
        page.print_to(printer)
    assert printer.copyCount() == 1
    assert "unique codes never repeat" in said.args[0]
    # Ten cards, recorded once: the next run starts after code 10, not after 30.
    assert [j["cards"] for j in cards.print_jobs(db)] == [10]


def test_an_empty_tag_is_refused_not_invented(qtbot, open_window):
    window = open_window()
    page = open_section(qtbot, window, "Print")
    page.tag.setText("")
    qtbot.waitUntil(lambda: bool(page.problems), timeout=10_000)
    assert "tag" in page.problem_label.text()
    # Nothing to preview: the page says what to do and holds the button that does it.
    assert page.nothing.isVisibleTo(page) and not page.preview_scroll.isVisibleTo(page)
    assert page.nothing.message.text().startswith("Nothing to print yet")
    assert page.nothing.button.text() == "Back to the defaults"
    assert not page.save_button.isEnabled()
    page.nothing.button.click()
    qtbot.waitUntil(lambda: page.problems == [] and page.save_button.isEnabled(),
                    timeout=10_000)
    assert page.tag.text() == "wellness-tent"
    assert not page.nothing.isVisibleTo(page) and page.preview_scroll.isVisibleTo(page)


def test_the_resource_card_without_a_resource_says_where_to_choose_one(qtbot, open_window):
    window = open_window()
    page = open_section(qtbot, window, "Print")
    _choose(page.template, "resource")
    qtbot.waitUntil(lambda: bool(page.problems), timeout=10_000)
    assert "Print a card for this" in page.nothing.message.text()
    assert page.nothing.button.text() == "Print wallet cards instead"
    page.nothing.button.click()
    assert page.template.currentData() == "wallet"
    qtbot.waitUntil(lambda: page.problems == [] and page.save_button.isEnabled(),
                    timeout=10_000)


def test_every_control_of_the_print_page_has_a_name_and_its_label_leads_to_it(
        qtbot, open_window):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit

    window = open_window()
    page = open_section(qtbot, window, "Print")
    _choose(page.template, "resource")
    controls = [w for kind in (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox)
                for w in page.findChildren(kind)
                if w.isVisibleTo(page) and not isinstance(w.parentWidget(), QAbstractSpinBox)
                and not isinstance(w.parentWidget(), QComboBox)]
    assert controls
    assert [w for w in controls if not w.accessibleName()] == []
    for field in (page.template, page.paper, page.tag, page.copies, page.resource_name):
        label = page.form.labelForField(field)
        assert label is not None and label.buddy() is field
    assert page.form.labelForField(page.tag).text() == "T&ag"


def test_a_poster_on_a4_for_a_closer_scan_distance_is_accepted(qtbot, open_window):
    window = open_window()
    page = open_section(qtbot, window, "Print")
    _choose(page.template, "poster")
    _choose(page.paper, "a4")
    page.distance.setValue(1.5)
    _settled(qtbot, window, page)
    assert page.problems == [] and page.save_button.isEnabled()
    assert page.distance_note.text().endswith("(1.5 m asked).")


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


# -- the help line -------------------------------------------------------------------------

HELP_NUMBER = "+44 800 088 2045"


def _when_modal(qtbot, kind, act):
    """Run `act(dialog)` once a modal dialog of `kind` is up (it runs its own event loop)."""
    seen: list[object] = []
    poll = QTimer()
    poll.setInterval(20)

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and not seen:
            poll.stop()
            seen.append(dialog)
            act(dialog)

    poll.timeout.connect(check)
    poll.start()
    return seen


def _pdf_text(path) -> str:
    return " ".join(pdf_pages.text(page) for page in pdf_pages.pages(path))


def test_the_print_page_says_plainly_when_no_help_line_is_set_until_settings_sets_it(
        qtbot, open_window, db, tmp_path):
    window = open_window()
    page = open_section(qtbot, window, "Print")
    _choose(page.template, "poster")
    _settled(qtbot, window, page)
    assert page.help_line_notice.isVisible()
    assert page.help_line_notice.text() == (
        "No help line number is set: these cards and signs print without a help line. Set "
        "it in File → Settings → Help line.")
    # The notice sits above the preview.
    assert page.help_line_notice.mapTo(page, page.help_line_notice.rect().topLeft()).y() < (
        page.preview.mapTo(page, page.preview.rect().topLeft()).y())
    without = tmp_path / "without.pdf"
    page.save_pdf(str(without))
    settle(qtbot, window)
    assert "555" not in _pdf_text(without) and "help line" not in _pdf_text(without)

    def set_help_line(dialog: SettingsDialog) -> None:
        qtbot.keyClicks(dialog.help_line_name, "Music Minds Matter")
        qtbot.keyClicks(dialog.help_line_number, HELP_NUMBER)
        dialog.ok_button.click()

    seen = _when_modal(qtbot, SettingsDialog, set_help_line)
    window.open_settings()
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible(), timeout=10_000)
    settle(qtbot, window)
    assert settings.help_line(db).number == HELP_NUMBER
    _settled(qtbot, window, page)
    assert not page.help_line_notice.isVisible()
    with_number = tmp_path / "with.pdf"
    page.save_pdf(str(with_number))
    settle(qtbot, window)
    text = _pdf_text(with_number)
    assert HELP_NUMBER in text and "Music Minds Matter" in text


# -- unique codes across runs --------------------------------------------------------------


def _unique_cards(qtbot, window, tag: str, copies: int):
    """The Print page set for `copies` wallet cards with unique codes, its preview shown."""
    page = open_section(qtbot, window, "Print")
    page.tag.setText(tag)
    page.copies.setValue(copies)
    page.unique.setChecked(True)
    _settled(qtbot, window, page)
    return page


def test_unique_codes_from_the_print_page_continue_after_the_last_run(qtbot, open_window,
                                                                      tmp_path):
    window = open_window()
    page = _unique_cards(qtbot, window, "green-room", 12)
    runs = []
    for name in ("first.pdf", "second.pdf"):
        out = tmp_path / name
        page.save_pdf(str(out))
        settle(qtbot, window)
        _settled(qtbot, window, page)  # the preview after a save shows the next codes
        runs.append(sorted(int(code.rsplit("&c=", 1)[1])
                           for p in pdf_pages.pages(out) for code in pdf_pages.qr_codes(p)))
    assert runs == [list(range(1, 13)), list(range(13, 25))]


def test_a_second_save_while_the_first_is_under_way_waits_and_no_code_is_printed_twice(
        qtbot, open_window, tmp_path):
    window = open_window()
    page = _unique_cards(qtbot, window, "green-room", 12)
    said: list[str] = []
    page.message.connect(said.append)
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    page.save_pdf(str(first))
    assert not page.save_button.isEnabled() and not page.print_button.isEnabled()
    page.save_pdf(str(second))  # asked before the first is recorded: its codes are not known
    assert said == ["The last print is still being saved or sent: try again once it is done."]
    qtbot.waitUntil(lambda: f"Saved {first}" in said, timeout=30_000)
    _settled(qtbot, window, page)
    assert page.save_button.isEnabled()
    page.save_pdf(str(second))
    qtbot.waitUntil(lambda: f"Saved {second}" in said, timeout=30_000)
    codes = [sorted(int(code.rsplit("&c=", 1)[1]) for p in pdf_pages.pages(out)
                    for code in pdf_pages.qr_codes(p)) for out in (first, second)]
    assert codes == [list(range(1, 13)), list(range(13, 25))]


# -- batch from a locations CSV ------------------------------------------------------------


def _file_dialogs(monkeypatch, csv_path, out_path=None):
    """QFileDialog's static getters, at the Qt boundary: what a person would pick."""
    asked: list[str] = []

    def open_name(*args, **kwargs):
        asked.append("open")
        return str(csv_path), ""

    def save_name(*args, **kwargs):
        asked.append("save")
        return (str(out_path) if out_path else ""), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    return asked


def test_a_bad_locations_csv_is_checked_before_the_save_dialog_and_listed_in_a_scroll(
        qtbot, open_window, db, tmp_path, monkeypatch):
    window = open_window()
    page = open_section(qtbot, window, "Print")
    csv = tmp_path / "venues.csv"
    csv.write_text("name,tag,language,copies,template\n"
                   + "".join(f"Venue {i},,en,1,wallet\n" for i in range(32)), encoding="utf-8")
    asked = _file_dialogs(monkeypatch, csv, tmp_path / "never.pdf")
    page.batch_button.click()
    qtbot.waitUntil(lambda: page.batch_problems is not None
                    and page.batch_problems.isVisible(), timeout=10_000)
    box = page.batch_problems
    assert asked == ["open"]  # never asked where to save a batch that cannot print
    # "32 problems" with the English translation loaded, "32 problem(s)" without it.
    assert box.head.text().startswith("venues.csv: nothing printed, 32 problem")
    assert box.head.text().endswith("Fix the file and choose it again.")
    assert box.list.count() == 20
    assert box.list.item(0).text() == ("venues.csv line 2, field tag: is empty (it tells the "
                                       "hub which signs were scanned)")
    assert box.more.isVisible() and box.more.text() == "… and 12 more"
    qtbot.waitUntil(lambda: box.list.verticalScrollBar().maximum() > 0, timeout=5_000)
    assert box.height() < box.screen().availableGeometry().height() * 0.8
    assert not (tmp_path / "never.pdf").exists() and cards.print_jobs(db) == []


def test_a_batch_without_a_paper_column_ignores_the_paper_left_on_the_page(
        qtbot, open_window, db, tmp_path, monkeypatch):
    window = open_window()
    page = open_section(qtbot, window, "Print")
    _choose(page.template, "poster")
    _choose(page.paper, "a3")  # left there from a poster
    _settled(qtbot, window, page)
    csv = tmp_path / "venues.csv"
    csv.write_text("name,tag,language,copies,template\n"
                   + "".join(f"Venue {i},gr-{i},en,1,wallet\n" for i in range(32))
                   + "Main stage,gr-main,en,1,poster\n", encoding="utf-8")
    out = tmp_path / "venues.pdf"
    asked = _file_dialogs(monkeypatch, csv, out)
    page.batch_button.click()
    qtbot.waitUntil(lambda: out.exists(), timeout=20_000)
    settle(qtbot, window)
    assert asked == ["open", "save"] and page.batch_problems is None
    sizes = {tuple(round(v / 72 * 25.4) for v in p.get_size()) for p in pdf_pages.pages(out)}
    assert sizes == {(210, 297)}
    assert len(cards.print_jobs(db)) == 33


# -- long work never waits in front of a tap ----------------------------------------------


def _handed_out(db) -> int:
    return db.execute("SELECT count(*) FROM stock_movement WHERE kind = 'handed_out'"
                      ).fetchone()[0]


def test_taps_on_the_counter_redraw_no_hidden_preview_until_the_page_is_shown_again(
        qtbot, open_window, festival, db):
    window = open_window()
    page = open_section(qtbot, window, "Print")
    _settled(qtbot, window, page)
    asked = page._preview_asked
    window.sidebar.setCurrentRow(1)  # the kit counter
    for _ in range(3):
        qtbot.mouseClick(window.counter.tile_for(festival["earplugs"].id),
                         Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _handed_out(db) == 3, timeout=5_000)
    settle(qtbot, window)
    qtbot.wait(400)  # longer than the preview's debounce
    assert page._preview_asked == asked  # no preview planned or drawn behind the taps
    window.sidebar.setCurrentRow([t for t, _ in window.sections].index("Print"))
    qtbot.waitUntil(lambda: page._preview_asked == asked + 1, timeout=5_000)


def test_a_tap_made_while_5000_cards_draw_is_written_without_waiting_for_them(
        qtbot, open_window, festival, db, tmp_path, monkeypatch, drawing, drawn_in):
    window = open_window()
    page = _unique_cards(qtbot, window, "tent", 5000)
    # The big drawing is held at its start until the tap is in, as a slow laptop would
    # hold it: the order is certain, whatever the machine's speed.
    hold = tmp_path / "hold"
    hold.mkdir()
    drawn_in_child = drawn_in("wellness_desk.card_render:Renderer.draw", hold=hold)
    drawn_here: list[int] = []  # the previews draw their first sheet in this process
    draw = card_render.Renderer.draw

    def watched(renderer, plan):
        drawn_here.append(plan.job.copies)
        return draw(renderer, plan)

    monkeypatch.setattr(card_render.Renderer, "draw", watched)
    out = tmp_path / "5000.pdf"
    page.save_pdf(str(out))
    qtbot.waitUntil((hold / "drawing").exists, timeout=10_000)

    window.sidebar.setCurrentRow(1)  # to the kit counter, with the cards still drawing
    qtbot.mouseClick(window.counter.tile_for(festival["earplugs"].id),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _handed_out(db) == 1, timeout=5_000)
    assert not out.exists() and cards.print_jobs(db) == []  # the cards are still drawing

    (hold / "release").touch()
    qtbot.waitUntil(out.exists, timeout=60_000)
    settle(qtbot, window)
    assert [(j["cards"], j["first_code"]) for j in cards.print_jobs(db)] == [(5000, 1)]
    assert len(pypdfium2.PdfDocument(str(out))) == 500
    # Drawn in the drawing process (not in this one, where the database worker runs),
    # which never loaded Qt.
    [child] = drawn_in_child()
    assert child != os.getpid() and 5000 not in drawn_here
    assert drawing.run(drawing_probe.qt_loaded) is False
    assert _handed_out(db) == 1



def test_previews_are_drawn_on_the_pool(qtbot, open_window, monkeypatch):
    window = open_window()
    page = open_section(qtbot, window, "Print")
    _settled(qtbot, window, page)
    drawn_on = threads_of(monkeypatch, card_render, "draw_preview")
    page.tag.setText("green-room")
    _settled(qtbot, window, page)
    assert drawn_on == [DRAW_THREAD] and page.problems == []


def test_closing_the_window_while_cards_draw_saves_and_records_them_whole(
        qtbot, open_window, db, tmp_path):
    window = open_window()
    page = _unique_cards(qtbot, window, "tent", 200)
    out = tmp_path / "cards.pdf"
    page.save_pdf(str(out))
    window.close()  # planned, drawn, recorded: the save asked for is carried to its end
    assert [(j["cards"], j["first_code"]) for j in cards.print_jobs(db)] == [(200, 1)]
    assert len(pypdfium2.PdfDocument(str(out))) == 20
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []
