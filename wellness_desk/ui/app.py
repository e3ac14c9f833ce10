"""Start the Qt application around the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from .. import __version__
from .main_window import MainWindow

# Set by bench/startup.py: print `shown` once the first data is on screen, then quit.
QUIT_WHEN_SHOWN = "WELLNESS_DESK_QUIT_WHEN_SHOWN"


def application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Wellness Desk")
    app.setApplicationVersion(__version__)
    return app


def run(db_path: Path) -> int:
    app = application()
    window = MainWindow(db_path)
    window.show()
    if os.environ.get(QUIT_WHEN_SHOWN):
        # The same steps as the bare-window baseline in bench/startup.py.
        app.processEvents()
        print("shown", flush=True)

        def loaded() -> None:
            app.processEvents()
            print("loaded", flush=True)
            window.close()

        window.ready.connect(lambda: QTimer.singleShot(0, loaded))
    return app.exec()


def self_test(db_path: Path) -> None:
    """Build the main window offscreen and wait for its first data load, or raise."""
    app = application()
    window = MainWindow(db_path)
    loaded: list[bool] = []
    window.ready.connect(lambda: loaded.append(True))
    window.show()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(app.quit)
    window.ready.connect(app.quit)
    timer.start(15_000)
    app.exec()
    window.close()
    if not loaded:
        raise RuntimeError("the main window did not load its data within 15 s")
