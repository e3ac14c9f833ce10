"""Render the main window offscreen with the demo data and save a PNG (for the README)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/main-window.png")
    page = sys.argv[2] if len(sys.argv) > 2 else "Kit counter"
    from datetime import UTC, datetime

    from PySide6.QtCore import QEventLoop, QTimer

    from wellness_desk import clock
    from wellness_desk.db import connect
    from wellness_desk.demo import seed
    from wellness_desk.ui import timeline as timeline_module
    from wellness_desk.ui.app import application
    from wellness_desk.ui.main_window import MainWindow

    # The pictures show the demo festival's middle afternoon, whatever the day of the shot.
    shot_now = datetime(2026, 7, 4, 14, 30, tzinfo=UTC)
    if page == "Resources":
        # An evening after the shipped directory was checked (2 Dec 2026).
        shot_now = datetime(2026, 12, 5, 19, 30, tzinfo=UTC)
    clock.utcnow = lambda: shot_now  # type: ignore[assignment]
    timeline_module.utcnow = lambda: shot_now  # type: ignore[assignment]

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "wellness-desk.sqlite3"
        db = connect(path)
        seed(db, now=shot_now)
        db.close()
        app = application()
        window = MainWindow(path)
        window.resize(1280, 800)
        titles = [t for t, _ in window.sections]
        window.sidebar.setCurrentRow(titles.index(page))
        window.show()
        loop = QEventLoop()
        window.ready.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
        # Let the other pages' first loads land too.
        QTimer.singleShot(300, loop.quit)
        loop.exec()
        if page == "Resources":
            # The shipped directory is installed on first start, off the GUI thread; then
            # France, as on a tour day in Paris.
            resources = window.resources
            for _ in range(150):
                if resources.cards:
                    break
                QTimer.singleShot(100, loop.quit)
                loop.exec()
            resources.country.setCurrentIndex(resources.country.findData("FR"))
            resources.country.activated.emit(resources.country.currentIndex())
            QTimer.singleShot(1500, loop.quit)
            loop.exec()
        if page == "Schedule":
            # The festival's middle day from 09:00, whatever the time of the shot.
            schedule = window.schedule
            schedule.show_day(schedule.view.days[1])
            QTimer.singleShot(300, loop.quit)
            loop.exec()
            timeline = schedule.timeline
            schedule.timeline_scroll.verticalScrollBar().setValue(
                int(timeline._y(timeline.timeline.starts)) + 9 * 64)
            QTimer.singleShot(100, loop.quit)
            loop.exec()
        out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out))
        window.close()
        app.processEvents()
    print(f"saved {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
