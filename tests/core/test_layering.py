"""Qt stays in wellness_desk/ui: the core and the CLI run on a server with no Qt at all."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import wellness_desk

PACKAGE = Path(wellness_desk.__file__).resolve().parent
UI = PACKAGE / "ui"
QT_PACKAGES = {"PySide6", "shiboken6"}


def _qt_imports(source, filename="<source>"):
    """(line, module) for every import of a Qt package anywhere in the source."""
    found = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module]
        else:
            continue
        found += [(node.lineno, m) for m in modules if m.split(".")[0] in QT_PACKAGES]
    return found


def _core_files():
    return sorted(p for p in PACKAGE.rglob("*.py") if UI not in p.parents)


def test_the_scanner_finds_qt_imports_in_every_form():
    source = (
        "import os\n"
        "import PySide6\n"
        "from PySide6.QtWidgets import QApplication\n"
        "def later():\n"
        "    import PySide6.QtCore as qc\n"
        "    from shiboken6 import isValid\n"
        "from .ui import app\n"
        "import PySide6_Essentials_not_qt\n"
    )
    assert _qt_imports(source) == [
        (2, "PySide6"), (3, "PySide6.QtWidgets"), (5, "PySide6.QtCore"), (6, "shiboken6"),
    ]


def test_the_scan_covers_the_core_modules():
    names = {p.relative_to(PACKAGE).as_posix() for p in _core_files()}
    assert {"db.py", "kits.py", "activations.py", "cli.py", "migrations.py"} <= names
    assert not any(name.startswith("ui/") for name in names)


def test_no_module_outside_ui_imports_qt():
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}"
        for path in _core_files()
        for line, module in _qt_imports(path.read_text(encoding="utf-8"), str(path))
    ]
    assert offenders == []


def _core_module_names():
    names = []
    for path in _core_files():
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__main__":
            continue  # importing it runs the app
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_importing_the_cli_and_core_loads_no_qt():
    modules = ["wellness_desk.cli", "wellness_desk.kits", "wellness_desk.db",
               *_core_module_names()]
    probe = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(qt) or 'no-qt')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False,
        cwd=PACKAGE.parent,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "no-qt"
