from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from wellness_desk.ui import design, i18n
from wellness_desk.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _designed(qapp):
    """Every interface test sees the app as people do: the design system's style applied
    (light); a test that switches to dark leaves the next one in light."""
    if design.scheme() != "light" or not qapp.styleSheet():
        design.apply(qapp, "light")
    yield


@pytest.fixture(autouse=True)
def _language_restored(qapp):
    """A test that picks a language (Settings, i18n.install) leaves the next one in the
    locale and words it started with."""
    before = QLocale()
    yield
    for translator in i18n._installed:
        QCoreApplication.removeTranslator(translator)
    i18n._installed.clear()
    QLocale.setDefault(before)


@pytest.fixture
def open_window(qtbot, db_path, drawing):
    """Open the main window on the test database and wait for its first data load. It
    draws in the run's one drawing process (the app starts its own)."""
    opened: list[MainWindow] = []

    def _open(section: str | None = "Kit counter") -> MainWindow:
        # Most tests start where the tent table works, the kit counter; section=None keeps
        # the home section (Today) the app opens on.
        window = MainWindow(db_path, drawing=drawing)

        qtbot.addWidget(window)
        with qtbot.waitSignal(window.ready, timeout=10_000):
            window.show()
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
        if section is not None:
            window.sidebar.setCurrentRow([t for t, _ in window.sections].index(section))
            qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
        opened.append(window)
        return window

    yield _open
    for window in opened:
        window.runner.stop()


def settle(qtbot, window: MainWindow) -> None:
    """Wait until every queued job (taps, undos, refreshes) has been delivered."""
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)


def open_section(qtbot, window: MainWindow, title: str):
    """Click a section in the sidebar, as a person would, and wait for it to load."""
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    window.sidebar.setCurrentRow(titles.index(title))
    settle(qtbot, window)
    return window.stack.currentWidget()


def threads_of(monkeypatch, owner, name: str) -> list[str]:
    """The thread each call of `owner.name` runs on, by name, from now on. The call still
    does all its work: this only watches where."""
    from PySide6.QtCore import QThread

    seen: list[str] = []
    real = getattr(owner, name)

    def watched(*args, **kwargs):
        seen.append(QThread.currentThread().objectName())
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, watched)
    return seen
