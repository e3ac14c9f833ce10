"""Run as a child interpreter by tests/ui/test_bundle_excludes.py: do what the app does at
run time (a card sheet drawn in the drawing process, the window with every section opened,
the keyring asked) with the bundle's drop list in force, then print, as JSON, every module
and shared library loaded in this process and in the drawing process, and every import of
a dropped module that was tried (and refused, as the bundle would refuse it).

A child of its own, because the test process's sys.modules holds pytest, its plugins and
whatever other tests imported: only the app's own imports may count.

    python -m tests.ui.app_imports DATA_DIR
"""

from __future__ import annotations

import json
import os
import sys
from importlib.machinery import ModuleSpec
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))
import bundle_excludes  # noqa: E402  (a folder, not the `packaging` package of PyPI)

sys.path.pop(0)


class _LeftOut:
    """An import finder that refuses the modules the bundle leaves out, and notes each try."""

    def __init__(self) -> None:
        self.tried: list[str] = []

    def find_spec(self, name: str, path: object = None, target: object = None
                  ) -> ModuleSpec | None:
        if bundle_excludes.excluded_module(name):
            self.tried.append(name)
            raise ModuleNotFoundError(f"No module named {name!r} (left out of the bundle)",
                                      name=name)
        return None


LEFT_OUT = _LeftOut()


def as_in_the_bundle() -> None:
    if LEFT_OUT not in sys.meta_path:
        sys.meta_path.insert(0, LEFT_OUT)


def tried() -> list[str]:
    return LEFT_OUT.tried


def drawing_process_start() -> None:
    """The drawing process's start, with the drop list in force there too."""
    as_in_the_bundle()
    from wellness_desk.print import drawing

    drawing._in_the_background()  # that process's own: only this one's is replaced


def loaded_modules() -> list[str]:
    return sorted(name for name, module in sys.modules.items() if module is not None)


def loaded_libraries() -> list[str]:
    """Shared libraries mapped into this process (Linux: /proc/self/maps; else none)."""
    maps = Path("/proc/self/maps")
    if not maps.exists():
        return []
    found = set()
    for line in maps.read_text().splitlines():
        parts = line.split(maxsplit=5)
        if len(parts) == 6 and (".so" in parts[5] or parts[5].endswith(".pyd")):
            found.add(parts[5].strip())
    return sorted(found)


def main(data_dir: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    as_in_the_bundle()
    from wellness_desk import self_test
    from wellness_desk.paths import db_path
    from wellness_desk.print import drawing as drawing_module
    from wellness_desk.print.drawing import DrawingProcess

    # The pool pickles its initializer by name: this module's, which the drawing process
    # imports and runs before its first job.
    drawing_module._in_the_background = drawing_process_start  # type: ignore[assignment]
    path = db_path(data_dir)
    self_test.check_database(path)
    self_test.keyring_line()
    drawing = DrawingProcess()
    try:
        self_test.card_sheet(path, drawing)
        child_modules = drawing.run(loaded_modules)
        child_libraries = drawing.run(loaded_libraries)
        child_tried = drawing.run(tried)
    finally:
        drawing.close()
    from wellness_desk.ui.app import self_test as window_test

    sections = window_test(path)
    json.dump({"sections": sections,
               "modules": sorted({*loaded_modules(), *child_modules}),
               "libraries": sorted({*loaded_libraries(), *child_libraries}),
               "tried": sorted({*tried(), *child_tried}),
               "drawing_process_checked": "wellness_desk.card_render" in child_modules},
              sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
