"""Where the laptop keeps its data: the platform's user-data folder unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "wellness-desk"
DATA_ENV = "WELLNESS_DESK_DATA"
DB_FILENAME = "wellness-desk.sqlite3"
# Shipped with the app: fonts, logos, card texts, the sample program.
ASSETS = Path(__file__).resolve().parent.parent / "assets"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: `--data-dir` first, then $WELLNESS_DESK_DATA, then the platform default."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_ENV)
    if env:
        return Path(env).expanduser()
    # Imported here: platformdirs is only needed when no folder was given.
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def db_path(override: str | os.PathLike[str] | None = None) -> Path:
    return data_dir(override) / DB_FILENAME


LOCK_FILENAME = "wellness-desk.lock"


def lock_path(database: str | os.PathLike[str]) -> Path:
    """The file that says an app is open on the data folder of `database` (one app per folder).

    Beside the database, so two folders never block each other and a copied folder carries
    no lock that matters (a lock of a process that is gone is taken over).
    """
    return Path(database).parent / LOCK_FILENAME
