"""Plain words the sync's log, answers and status share."""

from __future__ import annotations

import re

REASON_MAX = 500  # characters of a hub's refusal kept and shown
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def plain(text: str, limit: int = REASON_MAX) -> str:
    """One line of at most `limit` characters: what a hub said, safe to store and show."""
    flat = _CONTROL.sub(" ", text).strip()
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def waiting(pending: int) -> str:
    return "all sent" if pending == 0 else f"{plural(pending, 'change')} waiting"
