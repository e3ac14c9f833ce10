"""The drawing process: a job's refusal comes back as its own type with its attributes, a
bug as its type and place only, and a process that dies is told plainly and replaced."""

from __future__ import annotations

import importlib
import os
import pickle
import pkgutil
import signal
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

import wellness_desk
from tests import drawing_probe
from wellness_desk import card_batch, cards, errors, resource_print, schedule_io, therapy
from wellness_desk.csv_table import Problem
from wellness_desk.errors import WellnessError
from wellness_desk.print.drawing import STOPPED, DrawingProcess, Unforeseen
from wellness_desk.resources import package, signing
from wellness_desk.sync import SyncError, enrol

# One of each error the core raises, built as the core builds it.
EXAMPLES: list[WellnessError] = [
    WellnessError("amount: not a number", field="amount", line=3),
    errors.DataFileError("not a Wellness Desk database"),
    errors.DamagedDatabase("the database is damaged"),
    errors.ReadOnlyData("cannot write to the data folder", "/media/usb/data"),
    errors.DiskFull("the disk is full", 52_428_800),
    errors.DiskError("the disk failed"),
    errors.DatabaseBusy("another program holds the database"),
    errors.AlreadyOpen("already open", 4242),
    cards.CardJobRefused(["copies: 0 is not between 1 and 10000", "tag: empty"]),
    card_batch.BatchError("tour.csv", ["line 3: tag: empty"]),
    schedule_io.CsvImportError("program.csv", [Problem(3, "start", "25:00 is not a time")]),
    therapy.OverBudget("only 100.00 USD of the therapy budget is left", field="person"),
    therapy.PlanClash("2 booked slots do not fit the new plan"),
    SyncError("not a hub address"),
    enrol._CodeRefused("the hub refused the code"),
    signing.SignatureRefused("bad signature"),
    signing.CuratorKeyError("key.pem: not an Ed25519 private key"),
    package.DirectoryError([package.Problem("phone.csv", 3, "number", "no digits")], more=2),
    resource_print.ResourcePrintRefused(["FR: 3114 was last checked 14 months ago"],
                                        field="include_stale"),
]


def _every_error_class() -> set[type]:
    for module in pkgutil.walk_packages(wellness_desk.__path__, "wellness_desk."):
        # Not the UI (Qt; its Unexpected is made on its side, never sent), not the entry
        # point (it runs the command line).
        if not module.name.startswith("wellness_desk.ui") and module.name != (
                "wellness_desk.__main__"):
            importlib.import_module(module.name)
    found: set[type] = set()
    todo: list[type] = [WellnessError]
    while todo:
        cls = todo.pop()
        if not cls.__module__.startswith("wellness_desk.ui"):  # imported by other tests
            found.add(cls)
        todo += cls.__subclasses__()
    return found


def _same(error: BaseException, original: WellnessError) -> bool:
    return (type(error) is type(original) and error.args == original.args
            and vars(error) == vars(original))


def test_every_error_of_the_core_has_an_example_here():
    assert {type(e) for e in EXAMPLES} == _every_error_class()


@pytest.mark.parametrize("original", EXAMPLES, ids=lambda e: type(e).__name__)
def test_an_error_pickles_as_its_own_type_with_its_attributes(original):
    assert _same(pickle.loads(pickle.dumps(original)), original)


def test_a_refusal_in_the_drawing_process_arrives_as_itself(drawing):
    for original in EXAMPLES:
        with pytest.raises(WellnessError) as raised:
            drawing.run(drawing_probe.refuse, original)
        assert _same(raised.value, original)
        assert raised.value.__cause__ is None  # the child's traceback, message and all


def test_a_bug_in_the_drawing_process_arrives_as_its_type_and_place_only(drawing):
    with pytest.raises(Unforeseen) as raised:
        drawing.run(drawing_probe.bug)
    assert raised.value.kind == "KeyError"
    assert "in bug" in raised.value.place and "return {}[CANARY]" in raised.value.place
    told = "".join(str(part) for part in (raised.value, raised.value.__cause__))
    assert drawing_probe.CANARY not in told


def test_a_drawing_process_that_dies_fails_its_job_plainly_and_the_next_job_gets_a_new_one(
        tmp_path):
    process = DrawingProcess()
    try:
        first = process.run(os.getpid)
        with ThreadPoolExecutor(1) as waiting:  # as the drawing pool waits for it
            job = waiting.submit(process.run, drawing_probe.held, str(tmp_path))
            while not (tmp_path / "drawing").exists():
                time.sleep(0.01)
            os.kill(first, signal.SIGKILL)  # as the system does to a process short of memory
            with pytest.raises(WellnessError) as raised:
                job.result(timeout=30)
        assert type(raised.value) is WellnessError and str(raised.value) == STOPPED
        assert process.run(os.getpid) not in (first, os.getpid())
    finally:
        process.close()
