"""Jobs the tests send to the drawing process. No Qt here: the child imports this module
as it imports the app's jobs, and must stay as free of Qt as it is in the app."""

from __future__ import annotations

import importlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wellness_desk.errors import WellnessError

CANARY = "Zyxwv Canarybird"

_calls: dict[str, list[int]] = {}
_undo: list[Callable[[], None]] = []


def refuse(error: WellnessError) -> None:
    """Raise the error it was sent (it crossed once already, as an argument)."""
    raise error


def bug() -> object:
    return {}[CANARY]  # a bug whose message quotes a person's name


def held(folder: str) -> int:
    """Write `folder`/drawing, then wait (30 s at most) until `folder`/release exists, as a
    slow laptop would hold a drawing; this process's id."""
    Path(folder, "drawing").touch()
    release = Path(folder, "release")
    for _ in range(3000):
        if release.exists():
            break
        time.sleep(0.01)
    return os.getpid()


def qt_loaded() -> bool:
    return any(name == "PySide6" or name.startswith("PySide6.") for name in sys.modules)


def watch(target: str, hold: str | None = None) -> None:
    """From now on note the process of each call of `target` ("package.module:Attr.name")
    in this process; with `hold`, each call is `held` in that folder first."""
    module_name, attribute = target.split(":")
    *path, name = attribute.split(".")
    owner: Any = importlib.import_module(module_name)
    for part in path:
        owner = getattr(owner, part)
    real = getattr(owner, name)
    seen = _calls.setdefault(target, [])

    def watched(*args: Any, **kwargs: Any) -> Any:
        seen.append(os.getpid())
        if hold is not None:
            held(hold)
        return real(*args, **kwargs)

    setattr(owner, name, watched)
    _undo.append(lambda: setattr(owner, name, real))


def calls(target: str) -> list[int]:
    return list(_calls.get(target, []))


def unwatch() -> None:
    while _undo:
        _undo.pop()()
    _calls.clear()
