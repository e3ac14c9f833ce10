"""The bundle's drop list (packaging/bundle_excludes.py) against what the app really loads:
a module or library the app uses at run time must never be left out of the bundle."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))
import bundle_excludes  # noqa: E402  (a folder, not the `packaging` package of PyPI)

sys.path.pop(0)


@pytest.fixture(scope="module")
def app_loads(tmp_path_factory):
    """Everything the app loaded with every section open and a card sheet drawn, on the
    demo's data (a festival and a tour, so every section has something to show)."""
    folder = tmp_path_factory.mktemp("walk")
    env = {k: v for k, v in os.environ.items() if k != "WELLNESS_DESK_DATA"}
    env |= {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    demo = subprocess.run([sys.executable, "-m", "wellness_desk", "--data-dir", str(folder),
                           "demo"], capture_output=True, text=True, env=env, timeout=60)
    assert demo.returncode == 0, demo.stderr
    walk = subprocess.run([sys.executable, "-m", "tests.ui.app_imports", str(folder)],
                          capture_output=True, text=True, env=env, cwd=REPO, timeout=120)
    assert walk.returncode == 0, walk.stderr
    return json.loads(walk.stdout)


def test_every_section_was_opened(app_loads):
    assert app_loads["sections"] == ["Kit counter", "Today", "Resources", "Schedule",
                                     "Therapy days", "Print", "Kit catalogue", "Activations",
                                     "Sync"]
    # The walk saw the app's own code and the drawing process's libraries.
    for module in ("wellness_desk.ui.sync_page", "wellness_desk.card_render", "reportlab",
                   "pypdfium2", "keyring.backends.SecretService"):
        assert module in app_loads["modules"]


def test_no_module_the_app_imports_is_left_out(app_loads):
    """The walk ran with the drop list in force (as the bundle): it got through every
    section and the card sheet, and it tried no dropped module but the optional ones
    (a library that uses it when installed and does without)."""
    assert app_loads["drawing_process_checked"]
    loaded = [m for m in app_loads["modules"] if bundle_excludes.excluded_module(m)]
    assert loaded == []
    tried = sorted({m.split(".")[0] for m in app_loads["tried"]})
    needed = [m for m in tried if m not in bundle_excludes.OPTIONAL_IMPORTS]
    assert needed == [], "the app imports these, and the bundle would leave them out"


def _bundle_path(library: str) -> str | None:
    """Where a loaded library sits in the bundle: its path below site-packages (as
    PyInstaller's PySide6 hook places them), or None for the system's own libraries."""
    roots = {sysconfig.get_paths()[k] for k in ("purelib", "platlib")}
    for root in roots:
        try:
            return Path(library).relative_to(root).as_posix()
        except ValueError:
            continue
    return None


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads /proc/self/maps")
def test_no_library_the_app_loads_is_dropped(app_loads):
    placed = [p for p in map(_bundle_path, app_loads["libraries"]) if p is not None]
    assert any(p.startswith("PySide6/Qt/plugins/platforms/") for p in placed), placed
    dropped = [p for p in placed if bundle_excludes.dropped(p)]
    assert dropped == [], "the bundle would lack libraries the app loads"


def test_the_drop_list_keeps_the_qt_translations_of_our_languages():
    assert bundle_excludes.SHIPPED_LANGUAGES == ("en", "es", "fr", "de", "pt")
    for kept in ("qtbase_es.qm", "qtbase_fr.qm", "qtbase_de.qm", "qtbase_pt_BR.qm"):
        assert not bundle_excludes.dropped(f"PySide6/Qt/translations/{kept}"), kept
    assert bundle_excludes.dropped("PySide6/Qt/translations/qtbase_ja.qm")
    assert bundle_excludes.dropped("PySide6/Qt/translations/qt_help_de.qm")
    assert bundle_excludes.dropped("PySide6\\Qt\\translations\\designer_fr.qm")


def test_the_drop_list_takes_the_unused_qt_modules_and_the_hub():
    for gone in ("PySide6/Qt/lib/libQt6Qml.so.6", "PySide6/Qt/lib/libQt6QuickControls2.so.6",
                 "PySide6/Qt6Pdf.dll", "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
                 "PySide6/Qt/plugins/imageformats/libqpdf.so",
                 "PySide6/Qt/lib/QtWebEngineCore.framework/Versions/A/QtWebEngineCore"):
        assert bundle_excludes.dropped(gone), gone
    for kept in ("PySide6/Qt/lib/libQt6Widgets.so.6", "PySide6/Qt/lib/libQt6OpenGL.so.6",
                 "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/QtWidgets.abi3.so",
                 "PySide6/Qt/plugins/imageformats/libqpng.so"):
        assert not bundle_excludes.dropped(kept), kept
    for module in ("wellness_hub", "fastapi", "uvicorn", "sqlalchemy", "psycopg", "numpy",
                   "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtWebEngineCore"):
        assert bundle_excludes.excluded_module(module), module
    assert not bundle_excludes.excluded_module("PySide6.QtWidgets")
