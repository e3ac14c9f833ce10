"""Render every section of the main window, and its main dialogs, offscreen on the demo data
at a fixed "now", in light and dark, in one language per run, into
docs/screenshots/<lang>-<scheme>-<name>.png (for the README, and to look at).

    python scripts/screenshot.py --lang es [--scheme light] [--only today] [--out DIR]

A language other than English needs its catalogue built (wellness_desk/ui/translations/
wellness_desk_<lang>.qm, `make` builds it); without it the pictures are in English and the
script says so.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
# The demo festival's middle afternoon, whatever the day of the shot; the Resources section
# an evening after the shipped directory was last checked (2 Dec 2026).
SHOT_NOW = datetime(2026, 7, 4, 14, 30, tzinfo=UTC)
RESOURCES_NOW = datetime(2026, 12, 5, 19, 30, tzinfo=UTC)
SIZE = (1280, 720)


def slug(key: str) -> str:
    return key.lower().replace(" ", "-")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", default="en", help="interface language (en, es, fr, de, pt)")
    parser.add_argument("--scheme", action="append", choices=("light", "dark"),
                        help="light, dark or both (the default)")
    parser.add_argument("--only", action="append", help="only these names (today, settings…)")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    schemes = args.scheme or ["light", "dark"]

    from PySide6.QtCore import QEventLoop, QLibraryInfo, QLocale, QTimer, QTranslator

    from wellness_desk import activations, clock
    from wellness_desk.db import connect
    from wellness_desk.demo import TOUR, seed
    from wellness_desk.ui import design
    from wellness_desk.ui.app import application
    from wellness_desk.ui.main_window import MainWindow

    app = application()
    translators: list[QTranslator] = []
    # Dates and numbers the way of the language (English: the English of the UK, as the
    # demo festival's).
    QLocale.setDefault(QLocale("en_GB" if args.lang == "en" else args.lang))
    if args.lang != "en":
        ours = REPO / "wellness_desk" / "ui" / "translations" / f"wellness_desk_{args.lang}.qm"
        translator = QTranslator()
        if ours.is_file() and translator.load(str(ours)):
            translators.append(translator)
        else:
            print(f"screenshot: no {ours.relative_to(REPO)}: the pictures are in English",
                  file=sys.stderr)
        qt = QTranslator()
        if qt.load(f"qtbase_{args.lang}",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt)
        for t in translators:
            app.installTranslator(t)

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def settle(window: MainWindow) -> None:
        for _ in range(200):
            if not window.runner.busy:
                break
            wait(25)
        wait(150)  # paints, animations' first frames

    wanted = (lambda name: name in args.only) if args.only else (lambda name: True)
    args.out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    failed: list[str] = []

    def save(widget, scheme: str, name: str) -> None:
        path = args.out / f"{args.lang}-{scheme}-{name}.png"
        widget.grab().save(str(path))
        saved.append(path)

    # Every "now" of the app comes from wellness_desk.clock: set it once for the shots.
    with tempfile.TemporaryDirectory() as folder, \
            clock.set_wrong(SHOT_NOW - datetime.now(UTC)):
        path = Path(folder) / "wellness-desk.sqlite3"
        db = connect(path)
        seed(db, now=SHOT_NOW)
        tour_id = next(a.id for a in activations.list_activations(db) if a.name == TOUR)
        festival_id = activations.current_activation(db).id  # type: ignore[union-attr]
        db.close()
        for scheme in schemes:
            design.apply(app, scheme)
            window = MainWindow(path)
            window.resize(*SIZE)
            loop = QEventLoop()
            window.ready.connect(loop.quit)
            QTimer.singleShot(10_000, loop.quit)
            window.show()
            loop.exec()
            settle(window)
            keys = [key for key, _ in window.sections]

            def use(activation_id: int, window: MainWindow = window) -> None:
                window.runner.write(
                    lambda db: activations.set_current_activation(db, activation_id))
                settle(window)

            for row, key in enumerate(keys):
                name = slug(key)
                if not wanted(name):
                    continue
                if key == "Therapy days":
                    use(tour_id)  # therapy days belong to a tour
                window.sidebar.setCurrentRow(row)
                settle(window)
                try:
                    _prepare(key, window, wait, settle)
                except Exception as e:  # a page changed under the script: say it, go on
                    failed.append(f"{name}: {type(e).__name__}: {e}")
                save(window, scheme, name)
                if key == "Therapy days":
                    use(festival_id)

            dialogs: dict[str, Callable[[], object]] = {
                "settings": partial(_settings, window),
                "therapy-booking": partial(_booking, window),
                "connect": partial(window.sync_page.open_connect_dialog, window),
                "new-activation": partial(_new_activation, window),
                "keyboard-shortcuts": window.show_shortcuts,
                "about": window.show_about,
            }
            for name, make in dialogs.items():
                if not wanted(name):
                    continue
                try:
                    dialog = make()
                    settle(window)
                    save(dialog, scheme, name)
                    dialog.close()  # type: ignore[attr-defined]
                except Exception as e:
                    failed.append(f"{name}: {type(e).__name__}: {e}")
            window.close()
            window.runner.stop()
            app.processEvents()
    for path in saved:
        print(f"saved {path.relative_to(REPO) if path.is_relative_to(REPO) else path}")
    for line in failed:
        print(f"screenshot: not shown as meant: {line}", file=sys.stderr)
    return 1 if failed else 0


def _prepare(key: str, window, wait, settle) -> None:
    """What a section shows in its picture: a day with sessions, a country's lines."""
    from wellness_desk import clock

    if key == "Schedule":
        # The festival's middle day from 09:00.
        schedule = window.schedule
        schedule.show_day(schedule.view.days[1])
        settle(window)
        timeline = schedule.timeline
        schedule.timeline_scroll.verticalScrollBar().setValue(
            int(timeline._y(timeline.timeline.starts)) + 9 * 64)
        wait(100)
    elif key == "Resources":
        resources = window.resources
        with clock.set_wrong(RESOURCES_NOW - datetime.now(UTC)):
            # The shipped directory is installed on first start, off the GUI thread.
            for _ in range(150):
                if resources.cards:
                    break
                wait(100)
            # France, as on a tour day in Paris.
            resources.country.setCurrentIndex(resources.country.findData("FR"))
            resources.country.activated.emit(resources.country.currentIndex())
            wait(1500)


def _settings(window):
    from wellness_desk import settings
    from wellness_desk.db import connect
    from wellness_desk.ui.settings_dialog import SettingsDialog

    db = connect(window.db_path)
    try:
        choices = settings.read_choices(db)
    finally:
        db.close()
    dialog = SettingsDialog(window.db_path, choices, window,
                            sync_status=window.sync_label.text(),
                            sync_status_changed=window.sync.status_changed,
                            connect_hub=window.sync_page.open_connect_dialog,
                            runner=window.runner, restore_backup=window.restore_backup)
    dialog.show()
    return dialog


def _booking(window):
    from wellness_desk.ui.therapy_page import BookDialog

    dialog = BookDialog(window.runner, "Book a session", lambda values, over: (lambda db: None),
                        parent=window)
    dialog.show()
    return dialog


def _new_activation(window):
    from wellness_desk.ui.activations_page import NewActivationDialog

    dialog = NewActivationDialog(window.runner, window)
    dialog.show()
    return dialog


if __name__ == "__main__":
    sys.exit(main())
