"""The Resources section as tent staff and tour managers use it: find the right number fast."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tests import resource_samples as samples
from wellness_desk import activations, clock, settings
from wellness_desk.clock import to_utc_text
from wellness_desk.resources import store as stores
from wellness_desk.resources.model import Directory, Hours
from wellness_desk.ui.settings_dialog import SettingsDialog

# Saturday 4 July 2026, 15:00 in Paris and 09:00 in New York, whatever the real hour.
PINNED = datetime(2026, 7, 4, 13, 0, tzinfo=UTC)


@pytest.fixture
def pinned_clock(monkeypatch):
    monkeypatch.setattr(clock, "utcnow", lambda: PINNED)
    return PINNED


def directory() -> Directory:
    """The stores' test directory, with a French youth line named Santé (its real number)."""
    base = samples.sample()
    ecole = samples.org("École des Parents et des Éducateurs d'Île-de-France")
    fil = samples.service(
        "fil-sante-jeunes", "Fil Santé Jeunes", ecole, country="FR", tz="Europe/Paris",
        kinds=("counselling",), languages=("fr",),
        contacts=(samples.line("fil-sante-jeunes", "0 800 235 236",
                               hours=tuple(Hours(d, "09:00", "23:00") for d in range(7)),
                               languages=("fr",)),),
        names={"en": "Youth health line"})
    return replace(base, organizations=(*base.organizations, ecole),
                   services=(*base.services, fil))


def install(tmp_path, chosen: Directory | None = None, *, source: str = "shipped with the app",
            checked: datetime | None = None) -> None:
    """Put a directory in the store beside the test database, as the app's would be."""
    store = stores.open_store(stores.store_path(tmp_path))
    try:
        stores.install(store, chosen or directory(), source=source,
                       now=datetime(2026, 6, 2, 9, 0, tzinfo=UTC))
        if checked is not None:
            stores.set_meta(store, "checked_at", to_utc_text(checked))
    finally:
        store.close()


def settled(qtbot, window) -> None:
    """Every queued job delivered: the database's and the directory's."""
    qtbot.waitUntil(lambda: not window.runner.busy and not window.directory.busy,
                    timeout=10_000)


def open_resources(qtbot, window):
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    window.sidebar.setCurrentRow(titles.index("Resources"))
    settled(qtbot, window)
    return window.resources


def names(page) -> list[str]:
    return [card.name.text() for card in page.cards]


def choose(combo, data) -> None:
    """Pick an item as a person does (activated, not only current)."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


@pytest.fixture
def resources(qtbot, open_window, tmp_path, pinned_clock):
    install(tmp_path)

    def _open():
        window = open_window()
        return window, open_resources(qtbot, window)

    return _open


def test_typing_sante_finds_what_is_named_sante(qtbot, resources):
    window, page = resources()
    qtbot.keyClicks(page.search_box, "sante")
    settled(qtbot, window)
    assert "Fil Santé Jeunes" in names(page)
    assert all("Santé" in card.name.text() or "santé" in card.entry.service.description.lower()
               for card in page.cards)


def test_a_country_shows_its_crisis_lines_first_then_the_rest(qtbot, resources):
    window, page = resources()
    choose(page.country, "FR")
    settled(qtbot, window)
    shown = names(page)
    assert shown[:2] == ["SOS Amitié", "3114, numéro national de prévention du suicide"]
    assert all(card.entry.crisis for card in page.cards[:2])
    assert "Fil Santé Jeunes" in shown and "Samaritans" not in shown
    assert not page.cards[-1].entry.crisis
    # Each number is shown large with its type and its hours at a glance.
    row = page.cards[0].rows[0]
    assert row.number.text() == "09 72 39 40 50"
    body = QApplication.font().pointSizeF()
    assert row.number.font().pointSizeF() >= 2 * body  # the type scale's display size
    assert row.type.text() == "Call" and row.hours.text() == "Open 24/7"
    assert row.hours.font().bold()  # open now is not told by its colour alone
    fil = page.cards[shown.index("Fil Santé Jeunes")].rows[0]
    assert fil.hours.text() == "Open now until 23:00"


def test_copy_puts_the_number_on_the_clipboard(qtbot, resources):
    window, page = resources()
    choose(page.country, "US")
    settled(qtbot, window)
    lifeline = page.cards[names(page).index("988 Suicide & Crisis Lifeline")]
    text_row = lifeline.rows[1]
    assert text_row.type.text() == "Text (SMS)"
    QGuiApplication.clipboard().setText("something else")
    qtbot.mouseClick(text_row.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "988"
    assert page.status.text() == "Copied 988: Text (SMS), 988 Suicide & Crisis Lifeline"


def test_enter_copies_the_top_result_and_the_arrows_move_through_them(qtbot, resources):
    window, page = resources()
    page.search_box.setFocus()
    qtbot.keyClicks(page.search_box, "telefonseelsorge")
    settled(qtbot, window)
    assert names(page) == ["TelefonSeelsorge (evangelisch)", "TelefonSeelsorge (katholisch)"]
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == "0800 111 0 111"
    assert "Copied 0800 111 0 111" in page.status.text()
    qtbot.keyClick(page.search_box, Qt.Key.Key_Down)
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == "0800 111 0 222"


def test_enter_straight_after_typing_copies_the_answer_to_what_was_typed(qtbot, resources):
    window, page = resources()
    choose(page.country, "DE")
    settled(qtbot, window)
    assert names(page)[0] == "TelefonSeelsorge (evangelisch)"  # 0800 111 0 111
    page.search_box.setFocus()
    qtbot.keyClicks(page.search_box, "katholisch")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)  # before the answer is back
    settled(qtbot, window)
    qtbot.waitUntil(lambda: "Copied" in page.status.text(), timeout=5_000)
    assert QGuiApplication.clipboard().text() == "0800 111 0 222"


def test_paired_lines_are_shown_together_in_one_frame(qtbot, resources):
    window, page = resources()
    choose(page.country, "DE")
    settled(qtbot, window)
    pair = [card for card in page.cards if card.entry.result.pair_group]
    assert len(pair) == 2
    assert pair[0].parentWidget() is pair[1].parentWidget()
    assert pair[0].parentWidget().objectName() == "pair"


def test_typing_anywhere_in_the_section_goes_to_the_search_box(qtbot, resources):
    window, page = resources()
    page.kind.setFocus()
    qtbot.keyClicks(page.kind, "samar")
    settled(qtbot, window)
    assert page.search_box.text() == "samar"
    assert page.focusWidget() is page.search_box
    assert names(page) == ["Samaritans"]


def test_a_favourite_is_shown_first_for_its_country_and_kept(qtbot, resources, tmp_path):
    window, page = resources()
    choose(page.country, "FR")
    settled(qtbot, window)
    fil = page.cards[names(page).index("Fil Santé Jeunes")]
    fil_id = fil.entry.service.id
    qtbot.mouseClick(fil.star, Qt.MouseButton.LeftButton)
    settled(qtbot, window)
    assert names(page)[0] == "Fil Santé Jeunes"
    assert page.cards[0].star.isChecked()
    store = stores.open_store(stores.store_path(tmp_path))
    try:
        assert stores.favourites(store) == {fil_id}
    finally:
        store.close()
    # Another country's list does not start with it.
    choose(page.country, "GB")
    settled(qtbot, window)
    assert "Fil Santé Jeunes" not in names(page)


def test_the_help_line_banner_shows_the_line_from_settings(qtbot, open_window, db, tmp_path,
                                                          pinned_clock):
    install(tmp_path)
    settings.set_help_line(db, settings.HelpLine(name="Music Minds Matter",
                                                 number="+44 808 802 8008"))
    window = open_window()
    page = open_resources(qtbot, window)
    assert page.banner.number.text() == "+44 808 802 8008"
    assert page.banner.name.text() == "Music Minds Matter"
    assert not page.banner.set_button.isVisible()
    qtbot.mouseClick(page.banner.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "+44 808 802 8008"
    # Pinned on every list, an empty one too.
    qtbot.keyClicks(page.search_box, "nothing is called this")
    settled(qtbot, window)
    assert page.cards == [] and page.banner.isVisible()


def test_a_placeholder_put_in_settings_by_hand_is_never_pinned(qtbot, open_window, db,
                                                                tmp_path, pinned_clock):
    install(tmp_path)
    settings.put(db, settings.HELP_LINE_NAME, "Old help line")
    settings.put(db, settings.HELP_LINE_NUMBER, "+1 555 0100")
    window = open_window()
    page = open_resources(qtbot, window)
    assert "555" not in page.banner.number.text()
    assert page.banner.set_button.isVisible() and not page.banner.copy.isVisible()


def test_without_a_help_line_the_banner_offers_to_set_it_in_settings(qtbot, open_window, db,
                                                                      tmp_path, pinned_clock):
    install(tmp_path)
    window = open_window()
    page = open_resources(qtbot, window)
    assert page.banner.set_button.isVisible() and not page.banner.copy.isVisible()
    assert "not set" in page.banner.name.text()
    seen: dict[str, object] = {}
    poll = QTimer()
    poll.setInterval(20)

    def steps() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog) or seen:
            return
        poll.stop()
        seen["focus"] = dialog.focusWidget() is dialog.help_line_number
        # Scrolled to it: the dialog's groups scroll on a small screen.
        seen["shown"] = not dialog.help_line_number.visibleRegion().isEmpty()
        qtbot.keyClicks(dialog.help_line_name, "Music Minds Matter")
        qtbot.keyClicks(dialog.help_line_number, "+44 808 802 8008")
        dialog.ok_button.click()

    poll.timeout.connect(steps)
    poll.start()
    qtbot.mouseClick(page.banner.set_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    settled(qtbot, window)
    assert seen["focus"] is True and seen["shown"] is True
    assert settings.help_line(db).number == "+44 808 802 8008"
    qtbot.waitUntil(lambda: page.banner.number.text() == "+44 808 802 8008", timeout=5_000)
    assert page.banner.copy.isVisible() and not page.banner.set_button.isVisible()


def test_the_header_says_when_and_from_where_and_follows_a_pull(qtbot, resources, tmp_path):
    window, page = resources()
    assert page.header.text() == "Directory of 1 Jun 2026, shipped with the app"
    # A pull (the sync worker) installs the hub's edition and says so.
    newer = replace(directory(), published=datetime(2026, 6, 20, 8, 0, tzinfo=UTC))
    install(tmp_path, newer, source="https://hub.example.org",
            checked=datetime(2026, 7, 3, 22, 0, tzinfo=UTC))
    window.directory_changed.emit()
    settled(qtbot, window)
    assert page.header.text() == "Directory of 20 Jun 2026, from the hub (checked 3 Jul)"


def test_a_tour_opens_on_the_country_of_todays_stop(qtbot, open_window, db, tmp_path,
                                                   pinned_clock):
    install(tmp_path)
    tour = activations.create_activation(db, name="Summer Tour", kind="tour",
                                         start=date(2026, 7, 1), end=date(2026, 7, 20),
                                         tz="Europe/London")
    activations.add_tour_stop(db, activation_id=tour.id, stop_date=date(2026, 7, 2),
                              city="London", venue="Hall", tz="Europe/London", country="GB")
    activations.add_tour_stop(db, activation_id=tour.id, stop_date=date(2026, 7, 4),
                              city="Paris", venue="Zénith", tz="Europe/Paris", country="FR")
    activations.set_current_activation(db, tour.id)
    window = open_window()
    page = open_resources(qtbot, window)
    assert page.country.currentData() == "FR"
    assert names(page)[0] == "SOS Amitié"


def test_print_a_card_for_this_fills_the_print_section(qtbot, resources):
    window, page = resources()
    choose(page.country, "FR")
    settled(qtbot, window)
    fil = page.cards[names(page).index("Fil Santé Jeunes")]
    qtbot.mouseClick(fil.print_button, Qt.MouseButton.LeftButton)
    settled(qtbot, window)
    printing = window.stack.currentWidget()
    assert printing is window.print_page
    assert (printing.resource_name.text(), printing.resource_number.text(),
            printing.resource_hours.text()) == ("Fil Santé Jeunes", "0 800 235 236",
                                                "Mon–Sun 09:00–23:00")
    # On the resource card, and it previews without a problem.
    job = printing.job()
    assert (job.template, job.resource_name, job.resource_number, job.resource_hours) == (
        "resource", "Fil Santé Jeunes", "0 800 235 236", "Mon–Sun 09:00–23:00")
    qtbot.waitUntil(lambda: not printing._debounce.isActive(), timeout=5_000)
    settled(qtbot, window)
    qtbot.waitUntil(lambda: printing.preview.pixmap() is not None
                    and not printing.preview.pixmap().isNull(), timeout=10_000)
    assert printing.problems == []


def test_a_line_not_checked_for_over_a_year_gets_no_card(qtbot, open_window, tmp_path,
                                                         pinned_clock):
    # The same rule as the tour sheet: a wallet card outlives the screen it came from.
    chosen = directory()
    fil = next(s for s in chosen.services if s.name == "Fil Santé Jeunes")
    old = replace(fil, assured_date=date(2025, 1, 5), contacts=tuple(
        replace(c, assured_date=date(2025, 1, 5)) for c in fil.contacts))
    install(tmp_path, replace(chosen, services=tuple(
        old if s.id == fil.id else s for s in chosen.services)))
    window = open_window()
    page = open_resources(qtbot, window)
    choose(page.country, "FR")
    settled(qtbot, window)
    card = page.cards[names(page).index("Fil Santé Jeunes")]
    qtbot.mouseClick(card.print_button, Qt.MouseButton.LeftButton)
    settled(qtbot, window)
    assert window.stack.currentWidget() is page
    assert page.status.text().startswith(
        "No card for 0 800 235 236: last checked 2025-01-05, more than 12 months ago")


def test_every_control_has_a_name_for_a_screen_reader(qtbot, resources):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    _, page = resources()
    controls = [w for kind in (QAbstractButton, QComboBox, QLineEdit)
                for w in page.findChildren(kind) if w.isVisibleTo(page)]
    assert controls
    assert [w for w in controls if not w.accessibleName()] == []


def test_this_number_did_not_work_is_noted_in_the_database(qtbot, resources, db):
    window, page = resources()
    choose(page.country, "GB")
    settled(qtbot, window)
    row = page.cards[names(page).index("Samaritans")].rows[0]
    qtbot.mouseClick(row.did_not_work, Qt.MouseButton.LeftButton)
    settled(qtbot, window)
    reports = db.execute("SELECT contact_id, service_id, reported_utc FROM resource_report"
                         ).fetchall()
    assert reports == [(samples.uid("phone:samaritans"), samples.uid("service:samaritans"),
                        to_utc_text(PINNED))]
    row = page.cards[names(page).index("Samaritans")].rows[0]
    assert row.note.isVisibleTo(page) and not row.did_not_work.isVisibleTo(page)
    assert row.note.text() == "Noted, thank you: it will be re-checked."


def test_only_the_newest_search_is_answered(qtbot, tmp_path):
    """Keystrokes typed while a search runs: the older queries are dropped, the newest wins."""
    import threading

    from wellness_desk.ui.directory_worker import DirectoryWorker

    worker = DirectoryWorker(tmp_path)
    worker._thread = threading.Thread(target=worker._loop, daemon=True)  # no shipped set
    worker._thread.start()
    running = threading.Event()
    release = threading.Event()
    answered: list[str] = []

    def busy(_store):
        running.set()
        release.wait(10)

    worker.run(busy)
    assert running.wait(10)
    for words in ("s", "sa", "sam"):
        worker.run(lambda _store, w=words: w, answered.append, latest="search")
    release.set()
    qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
    worker.stop()
    assert answered == ["sam"]


def test_a_laptop_that_never_connected_has_the_shipped_directory(qtbot, open_window,
                                                                pinned_clock):
    pytest.importorskip("wellness_desk.resources.package")
    window = open_window()
    page = open_resources(qtbot, window)
    choose(page.country, "US")
    settled(qtbot, window)
    assert page.header.text().endswith("shipped with the app")
    assert "988 Suicide & Crisis Lifeline" in names(page)
    assert page.cards[0].entry.crisis


def test_a_damaged_directory_file_is_set_aside_and_the_shipped_set_shown(
        qtbot, open_window, tmp_path, pinned_clock):
    install(tmp_path)
    path = stores.store_path(tmp_path)
    with stores.open_store(path) as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    window = open_window()
    page = open_resources(qtbot, window)
    qtbot.waitUntil(lambda: len(page.cards) > 0, timeout=10_000)
    assert "set aside as directory.damaged-" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: "shipped with the app" in page.header.text(), timeout=5_000)


def test_a_resource_row_reads_to_a_screen_reader_like_the_screen(qtbot, resources):
    window, page = resources()
    choose(page.country, "GB")
    settled(qtbot, window)
    card = page.cards[names(page).index("Samaritans")]
    assert card.rows[0].accessibleName() == "Samaritans, crisis line, 116 123, open now"
    assert card.rows[0].accessibleDescription().startswith("Call · Open 24/7")
    assert card.accessibleName() == "Samaritans, crisis line, Samaritans"
    assert card.rows[0].copy.accessibleName() == "Copy 116 123 (Call, Samaritans)"
    # The crisis line is marked by words (its chip), not only by its card's red edge.
    assert card.property("crisis") == "true"
    assert [c.text() for c in card.chips if c.isVisibleTo(card)] == ["Crisis line"]
    text_line = page.cards[names(page).index("Music industry text line")].rows[0]
    assert text_line.accessibleName() == (
        "Music industry text line, music industry, +44 20 3927 4618, closed now")


def test_freshness_is_said_in_words_with_a_sign_not_by_colour_alone(qtbot, resources):
    from wellness_desk.ui import i18n

    window, page = resources()
    choose(page.country, "GB")
    settled(qtbot, window)
    card = page.cards[names(page).index("Samaritans")]
    checked = card.entry.service.assured_date
    assert card.entry.result.freshness == "fresh"
    assert card.badge.text() == f"✓ Verified {i18n.date_text(checked)}"
    assert card.badge.property("tone") == "success"


def test_nothing_found_says_what_to_do_and_its_button_clears_the_filters(qtbot, resources):
    window, page = resources()
    choose(page.country, "GB")
    page.open_now.setChecked(True)
    qtbot.keyClicks(page.search_box, "nothing is called this")
    settled(qtbot, window)
    assert page.cards == [] and page.nothing.isVisibleTo(page)
    assert "Nothing matches “nothing is called this” in United Kingdom (GB)" in (
        page.nothing.message.text())
    assert page.nothing.button.isVisibleTo(page)
    assert page.nothing.button.text() == "Clear the filters"
    qtbot.mouseClick(page.nothing.button, Qt.MouseButton.LeftButton)
    settled(qtbot, window)
    assert page.search_box.text() == "" and page.country.currentData() == ""
    assert not page.open_now.isChecked()
    assert "Samaritans" in names(page) and "SOS Amitié" in names(page)
    assert not page.nothing.isVisibleTo(page)
    # Escape does the same from the keyboard.
    qtbot.keyClicks(page.search_box, "zzzz")
    settled(qtbot, window)
    assert page.cards == []
    qtbot.keyClick(page.search_box, Qt.Key.Key_Escape)
    settled(qtbot, window)
    assert page.search_box.text() == "" and page.cards


def test_tab_follows_the_screen_through_the_cards(qtbot, resources):
    window, page = resources()
    choose(page.country, "FR")
    settled(qtbot, window)
    first, second = page.cards[0], page.cards[1]
    chain = []
    widget = first.star
    for _ in range(5):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.isVisibleTo(page) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget = widget.nextInFocusChain()
    assert chain == [first.star, first.print_button, first.rows[0].did_not_work,
                     first.rows[0].copy, second.star]


def test_no_style_sheet_or_colour_of_their_own_in_the_resources_and_print_pages():
    import re
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "wellness_desk" / "ui"
    for name in ("resources_page.py", "resource_print_dialogs.py", "print_page.py"):
        text = (ui / name).read_text(encoding="utf-8")
        assert "setStyleSheet" not in text, name
        assert not re.search(r"#[0-9A-Fa-f]{6}\b", text), name


def test_a_new_search_shows_its_first_result_whole_at_the_top(qtbot, open_window, tmp_path,
                                                              pinned_clock):
    from wellness_desk.resources.store import ensure_shipped, open_store, store_path

    store = open_store(store_path(tmp_path))
    try:
        ensure_shipped(store, now=pinned_clock)
    finally:
        store.close()
    window = open_window()
    window.resize(1280, 720)
    page = open_resources(qtbot, window)
    for country in ("FR", "GB"):
        page.country.setCurrentIndex(page.country.findData(country))
        page.country.activated.emit(page.country.currentIndex())
        settled(qtbot, window)
        qtbot.wait(50)
        assert len(page.cards) > 2
        first = page.cards[0]
        assert page.scroller.verticalScrollBar().value() == 0, country
        top = first.mapTo(page.scroller.viewport(), first.rect().topLeft()).y()
        assert top >= 0, country
