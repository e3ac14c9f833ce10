"""Print the requirements of the desktop bundle's build venv, one a line: the app's runtime
dependencies and the `bundle` extra of pyproject.toml, and nothing else (not the app
itself: PyInstaller reads it from the checkout, and not the hub or the dev tools).

    python scripts/bundle_requirements.py > build/bundle-requirements.txt
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def requirements() -> list[str]:
    with PYPROJECT.open("rb") as f:
        project = tomllib.load(f)["project"]
    return [*project["dependencies"], *project["optional-dependencies"]["bundle"]]


if __name__ == "__main__":
    sys.stdout.write("".join(f"{line}\n" for line in requirements()))
