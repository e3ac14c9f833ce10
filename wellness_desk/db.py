"""Open the laptop's SQLite database: WAL, foreign keys, a busy timeout, migrations applied.

A file that is not a healthy SQLite database is refused with a message naming it and is
never written to: a coordinator's only copy of a festival's counts must not be "repaired".
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import DataFileError

if TYPE_CHECKING:
    from sqlite_utils import Database

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def check_file(path: Path) -> None:
    """Refuse, without opening it, a file at the database path that is not SQLite.

    Cheap (no sqlite_utils import), so the app can say so before building a window.
    """
    if path.is_dir():
        raise DataFileError(f"{path}: is a folder, not a database file.")
    if path.exists() and path.stat().st_size > 0:
        _check_header(path)


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except OSError as e:
        raise DataFileError(f"{path}: cannot read the database file ({e.strerror}).") from e
    if head and head != SQLITE_HEADER:
        raise DataFileError(
            f"{path}: this is not a Wellness Desk database (not an SQLite file). "
            "It was left untouched; move it away or pick another --data-dir."
        )


def connect(path: str | os.PathLike[str], *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at `path`, migrated to the latest schema.

    Each thread that touches the database opens its own connection with this function.
    """
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        _check_header(path)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise DataFileError(f"{path}: cannot create its folder ({e.strerror}).") from e
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as e:
        raise DataFileError(f"{path}: cannot open the database file ({e}).") from e
    try:
        # Reading the schema before any pragma that writes (journal_mode) makes a
        # damaged file fail here, while it is still byte-for-byte what we found.
        conn.execute("PRAGMA schema_version").fetchone()
        if existed:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit is on disk before we say "counted", even if the battery dies.
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
    except sqlite3.DatabaseError as e:
        conn.close()
        raise DataFileError(
            f"{path}: the database file is damaged or unreadable ({e}). "
            "It was left untouched; restore a backup or pick another --data-dir."
        ) from e
    # Imported on first open: sqlite_utils costs ~0.1 s, which the window need not wait for.
    from sqlite_utils import Database

    from .migrations import migrations

    db = Database(conn, execute_plugins=False)
    if migrate:
        try:
            migrations.apply(db)
        except sqlite3.DatabaseError as e:
            db.close()
            raise DataFileError(f"{path}: cannot upgrade the database ({e}).") from e
    return db


def memory_db() -> Database:
    """An in-memory database with the latest schema, for tests and previews."""
    from sqlite_utils import Database

    from .migrations import migrations

    db = Database(memory=True, execute_plugins=False)
    db.execute("PRAGMA foreign_keys=ON")
    migrations.apply(db)
    return db
