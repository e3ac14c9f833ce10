"""Small remembered choices (current activation, undo window, window layout) in the database."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import WellnessError

if TYPE_CHECKING:
    # Only for type hints: importing sqlite_utils costs ~0.1 s of start-up.
    from sqlite_utils import Database

UNDO_WINDOW_S = "undo_window_s"
DEFAULT_UNDO_WINDOW_S = 30


def get(db: Database, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM setting WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def put(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO setting (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def undo_window_s(db: Database) -> int:
    return int(get(db, UNDO_WINDOW_S, str(DEFAULT_UNDO_WINDOW_S)) or DEFAULT_UNDO_WINDOW_S)


def set_undo_window_s(db: Database, seconds: int) -> int:
    if isinstance(seconds, bool) or not isinstance(seconds, int) or not 3 <= seconds <= 600:
        raise WellnessError(f"undo window: {seconds!r} is not between 3 and 600 seconds")
    put(db, UNDO_WINDOW_S, str(seconds))
    return seconds


HUB_URL = "hub_url"
DEFAULT_HUB_URL = "https://backline.care/global-resources/"


def hub_url(db: Database) -> str:
    """The resource hub the printed QR codes point to."""
    return get(db, HUB_URL, DEFAULT_HUB_URL) or DEFAULT_HUB_URL


def set_hub_url(db: Database, url: str) -> str:
    url = url.strip()
    if not (url.startswith("https://") or url.startswith("http://")) or " " in url:
        raise WellnessError(f"hub address: {url!r} is not a web address (https://…)")
    put(db, HUB_URL, url)
    return url


THERAPY_LOCK_MIN = "therapy_lock_min"
DEFAULT_THERAPY_LOCK_MIN = 5


def therapy_lock_min(db: Database) -> int:
    """Minutes without a touch before the Therapy section hides names again."""
    return int(get(db, THERAPY_LOCK_MIN, str(DEFAULT_THERAPY_LOCK_MIN))
               or DEFAULT_THERAPY_LOCK_MIN)


def set_therapy_lock_min(db: Database, minutes: int) -> int:
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= 120:
        raise WellnessError(f"therapy lock: {minutes!r} is not 1 to 120 minutes")
    put(db, THERAPY_LOCK_MIN, str(minutes))
    return minutes


@dataclass(frozen=True)
class Choices:
    """What the Settings dialog edits."""

    undo_window_s: int
    hub_url: str
    therapy_lock_min: int = DEFAULT_THERAPY_LOCK_MIN


def read_choices(db: Database) -> Choices:
    return Choices(undo_window_s=undo_window_s(db), hub_url=hub_url(db),
                   therapy_lock_min=therapy_lock_min(db))


def save_choices(db: Database, choices: Choices) -> Choices:
    """All or nothing: a bad hub address keeps the old undo window too."""
    with db.atomic():
        set_undo_window_s(db, choices.undo_window_s)
        set_hub_url(db, choices.hub_url)
        set_therapy_lock_min(db, choices.therapy_lock_min)
    return read_choices(db)
