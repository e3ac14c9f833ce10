"""The drawing pool: pure work off the database worker, its answers back like the worker's."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import settle
from wellness_desk.errors import WellnessError
from wellness_desk.ui.tasks import DRAW_THREAD, DRAW_THREADS, Unexpected

CANARY = "Zyxwv Canarybird"


def _where() -> tuple[str, int]:
    return QThread.currentThread().objectName(), threading.get_ident()


def test_a_drawing_runs_on_the_pool_and_its_answer_comes_back_on_the_ui_thread(
        qtbot, open_window):
    window = open_window()
    answered: list[tuple[tuple[str, int], bool]] = []
    database: list[tuple[str, int]] = []
    window.runner.read(lambda db: database.append(_where()))
    window.runner.draw(_where, lambda where: answered.append(
        (where, QThread.currentThread() is QApplication.instance().thread())))
    settle(qtbot, window)
    [((name, ident), on_ui_thread)] = answered
    assert name == DRAW_THREAD and on_ui_thread
    assert ident != database[0][1] and database[0][0] == "wellness-desk-db"


def test_a_refusal_in_a_drawing_reaches_the_page_as_its_type(qtbot, open_window):
    window = open_window()
    refusal = WellnessError("paper: 'a5' is not one of a4, letter", field="paper")
    failed: list[WellnessError] = []

    def draw() -> None:
        raise refusal

    window.runner.draw(draw, failed=failed.append)
    settle(qtbot, window)
    assert failed == [refusal] and failed[0].__traceback__ is None


def test_an_unexpected_failure_in_a_drawing_says_nothing_was_saved_and_logs_only_its_type(
        qtbot, open_window, caplog):
    window = open_window()
    failed: list[WellnessError] = []

    def draw() -> None:
        return {}[CANARY]  # a bug whose message quotes a person's name

    with caplog.at_level(logging.ERROR):
        window.runner.draw(draw, failed=failed.append)
        settle(qtbot, window)
    [error] = failed
    assert isinstance(error, Unexpected)
    assert str(error) == "Something went wrong (KeyError): that action was NOT saved."
    assert "job failed: KeyError" in caplog.text and CANARY not in caplog.text


def test_a_newer_preview_drops_the_ones_still_waiting_for_the_pool(qtbot, open_window):
    window = open_window()
    release = threading.Event()
    for _ in range(DRAW_THREADS):  # long drawings hold every thread of the pool
        window.runner.draw(lambda: release.wait(10))
    drawn: list[int] = []
    shown: list[int] = []
    for n in range(3):
        window.runner.draw(lambda n=n: drawn.append(n) or n, shown.append, latest="preview")
    release.set()
    settle(qtbot, window)
    assert drawn == [2] and shown == [2]
