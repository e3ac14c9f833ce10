"""The task runner: a failed job comes back to the page as an error object, never as text;
pure work runs in the drawing process (or, short, on the drawing pool), off the database
worker, its answers back the same way."""

from __future__ import annotations

import logging
import os
import signal
import threading
from datetime import date, time

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from tests import drawing_probe
from tests.drawing_probe import CANARY
from tests.ui.conftest import settle
from wellness_desk import activations, card_batch, therapy, vault
from wellness_desk.errors import WellnessError
from wellness_desk.print.drawing import STOPPED
from wellness_desk.ui.tasks import DRAW_THREAD, DRAW_THREADS, Unexpected


def test_a_refusal_reaches_the_page_as_its_type_and_nothing_is_saved(qtbot, open_window, db):
    tour = activations.create_activation(db, name="Autumn Tour", kind="tour",
                                         start=date(2026, 10, 1), end=date(2026, 10, 31),
                                         tz="America/Chicago")
    stop = activations.add_tour_stop(db, activation_id=tour.id, stop_date=date(2026, 10, 9),
                                     city="Chicago", venue="Aragon", tz="America/Chicago")
    day = therapy.create_therapy_day(db, None, location_id=stop.id, provider_name="Dr. Cost",
                                     plan=therapy.DayPlan(time(10), time(11)),
                                     cost_per_session="150")
    therapy.set_budget(db, tour.id, amount="100", currency="USD")
    key = vault.set_up(db, "4821")
    slot_id = therapy.slots(db, day.id)[0].id
    window = open_window()
    failed: list[WellnessError] = []
    done: list[object] = []
    window.runner.write(lambda db: therapy.book(db, key, slot_id, person=CANARY), done.append,
                        failed.append)
    window.runner.write(lambda db: therapy.book(db, key, slot_id, person="  "), done.append,
                        failed.append)
    settle(qtbot, window)
    assert done == []
    over, unnamed = failed
    assert isinstance(over, therapy.OverBudget) and over.field is None
    assert "only 100.00 USD of the therapy budget is left" in str(over)
    # Its frames stayed on the worker: they hold the worker's own connection.
    assert over.__traceback__ is None
    assert type(unnamed) is WellnessError and unnamed.field == "person"
    assert therapy.slots(db, day.id)[0].booking is None


def _bug(*db):
    return {}[CANARY]  # a bug whose message quotes a person's name


@pytest.mark.parametrize("run", [
    lambda runner, failed: runner.write(_bug, failed=failed),  # on the worker
    lambda runner, failed: runner.draw(_bug, failed=failed, here=True),  # on the pool
    lambda runner, failed: runner.draw(drawing_probe.bug, failed=failed),  # in the process
], ids=["worker", "pool", "drawing process"])
def test_an_unexpected_failure_says_nothing_was_saved_and_logs_only_its_type(
        qtbot, open_window, caplog, run):
    window = open_window()
    failed: list[WellnessError] = []

    with caplog.at_level(logging.ERROR):
        run(window.runner, failed.append)
        settle(qtbot, window)
    [error] = failed
    assert isinstance(error, Unexpected)
    assert str(error) == "Something went wrong (KeyError): that action was NOT saved."
    assert "job failed: KeyError" in caplog.text and "return {}[CANARY]" in caplog.text
    assert CANARY not in caplog.text


def test_a_failure_nobody_asked_for_goes_to_the_window_as_the_error(qtbot, open_window):
    window = open_window()
    shown: list[WellnessError] = []
    window.runner.failed.connect(shown.append)
    refusal = WellnessError("amount: not a number", field="amount")

    def job(db):
        raise refusal

    window.runner.read(job)
    settle(qtbot, window)
    assert shown == [refusal]
    assert window.statusBar().currentMessage() == "Amount: not a number"  # a sentence on screen


# -- the drawing pool ----------------------------------------------------------------------


def _where() -> tuple[str, int]:
    return QThread.currentThread().objectName(), threading.get_ident()


def test_a_drawing_runs_in_the_drawing_process_and_its_answer_comes_back_on_the_ui_thread(
        qtbot, open_window):
    window = open_window()
    answered: list[tuple[int, bool]] = []
    window.runner.draw(os.getpid, done=lambda pid: answered.append(
        (pid, QThread.currentThread() is QApplication.instance().thread())))
    settle(qtbot, window)
    [(pid, on_ui_thread)] = answered
    assert pid != os.getpid() and on_ui_thread


def test_a_short_drawing_runs_on_the_pool_and_its_answer_comes_back_on_the_ui_thread(
        qtbot, open_window):
    window = open_window()
    answered: list[tuple[tuple[str, int], bool]] = []
    database: list[tuple[str, int]] = []
    window.runner.read(lambda db: database.append(_where()))
    window.runner.draw(_where, done=lambda where: answered.append(
        (where, QThread.currentThread() is QApplication.instance().thread())), here=True)
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

    window.runner.draw(draw, failed=failed.append, here=True)
    settle(qtbot, window)
    assert failed == [refusal] and failed[0].__traceback__ is None


def test_a_refusal_in_the_drawing_process_reaches_the_page_as_its_type(qtbot, open_window):
    window = open_window()
    refusal = card_batch.BatchError("tour.csv", ["line 3: tag: empty"])
    failed: list[WellnessError] = []
    window.runner.draw(drawing_probe.refuse, refusal, failed=failed.append)
    settle(qtbot, window)
    [error] = failed
    assert type(error) is card_batch.BatchError and str(error) == str(refusal)
    assert (error.file, error.problems) == ("tour.csv", ["line 3: tag: empty"])
    assert error.__traceback__ is None and error.__cause__ is None


def test_a_drawing_whose_process_is_killed_fails_plainly_and_the_next_one_is_drawn(
        qtbot, open_window, tmp_path):
    window = open_window()
    pid: list[int] = []
    failed: list[WellnessError] = []
    window.runner.draw(os.getpid, done=pid.append)
    settle(qtbot, window)
    window.runner.draw(drawing_probe.held, str(tmp_path), failed=failed.append)
    qtbot.waitUntil((tmp_path / "drawing").exists, timeout=10_000)
    os.kill(pid[0], signal.SIGKILL)  # as the system does to a process short of memory
    settle(qtbot, window)
    [error] = failed
    assert type(error) is WellnessError and str(error) == STOPPED
    assert "nothing was saved" in str(error)
    window.runner.draw(os.getpid, done=pid.append)
    settle(qtbot, window)
    assert pid[1] not in (pid[0], os.getpid())


def test_a_newer_preview_drops_the_ones_still_waiting_for_the_pool(qtbot, open_window):
    window = open_window()
    release = threading.Event()
    for _ in range(DRAW_THREADS):  # long drawings hold every thread of the pool
        window.runner.draw(release.wait, 10, here=True)
    drawn: list[int] = []
    shown: list[int] = []
    for n in range(3):
        window.runner.draw(lambda n=n: drawn.append(n) or n, done=shown.append,
                           latest="preview", here=True)
    release.set()
    settle(qtbot, window)
    assert drawn == [2] and shown == [2]


def test_an_answer_for_a_page_rebuilt_meanwhile_is_dropped(qtbot, open_window):
    """A page built again (a new language) may have asked for a read just before it went:
    the answer reaches nobody, rather than a widget Qt has deleted."""
    import shiboken6

    from tests.ui.conftest import open_section
    from wellness_desk.views import sync_view

    window = open_window()
    page = open_section(qtbot, window, "Sync")
    gate = threading.Event()

    def held(db):
        gate.wait(10)
        return sync_view(db)

    window.runner.read(held, page._show)
    window.rebuild_pages()
    qtbot.waitUntil(lambda: not shiboken6.isValid(page), timeout=5_000)
    assert window.stack.currentWidget() is not page
    gate.set()
    settle(qtbot, window)  # an exception in the answer's delivery would fail the test here
    assert not window.runner.busy
