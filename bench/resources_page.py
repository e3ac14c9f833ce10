"""How long the Resources section takes to put a full result list on screen (a keystroke's
share on the UI thread; the search itself runs on the directory's thread: bench/resources.py).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/resources_page.py

Prints `show_50_ms_median` and `show_50_ms_p95`: building the cards of 50 results (two
numbers each), laid out and painted once, over 30 rounds.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from wellness_desk.resources import glance
from wellness_desk.resources.model import Contact, Organization, Service
from wellness_desk.resources.search import Result
from wellness_desk.ui.directory_worker import DirectoryWorker
from wellness_desk.ui.resources_page import ResourcesPage
from wellness_desk.ui.tasks import TaskRunner

NOW = datetime(2026, 12, 2, 14, 0, tzinfo=UTC)
ROUNDS = 30


def results() -> list[Result]:
    organization = Organization(id="o", name="Bench organization")
    found = []
    for i in range(50):
        contacts = (Contact(id=f"c{i}a", number="116 123", type="voice", always_open=True),
                    Contact(id=f"c{i}b", number="85258", type="text", always_open=True))
        service = Service(id=f"s{i}", organization_id="o", name=f"Bench line {i}",
                          status="active", tz="Europe/London", kinds=("crisis-line",),
                          languages=("en",), contacts=contacts)
        found.append(Result(service=service, organization=organization, open_now=True,
                            favourite=False, freshness="fresh", pair_group=""))
    return found


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp())
    runner = TaskRunner(folder / "bench.sqlite3")
    page = ResourcesPage(runner, DirectoryWorker(folder))
    page.resize(1090, 680)
    page.show()
    shown = glance.entries(results(), now=NOW, language="en")
    timings = []
    for round_ in range(ROUNDS):
        entries = [replace(e, name=f"{e.name} {round_}") for e in shown]
        start = time.perf_counter()
        page._show_results(entries)
        page.repaint()
        app.processEvents()
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    print(f"show_50_ms_median: {statistics.median(timings):.1f}")
    print(f"show_50_ms_p95: {timings[int(len(timings) * 0.95) - 1]:.1f}")
    runner.stop()


if __name__ == "__main__":
    main()
