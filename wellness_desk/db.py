"""Open the laptop's SQLite database: WAL, foreign keys, a busy timeout, migrations applied.

A file that is not a healthy SQLite database is refused with a message naming it and is
never written to: a coordinator's only copy of a festival's counts must not be "repaired".
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import DataFileError

if TYPE_CHECKING:
    from sqlite_utils import Database

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# Written into the file header ("WDK1"), so another program's SQLite file is never mistaken
# for ours and modified.
APPLICATION_ID = 0x57444B31
MIGRATION_SET = "wellness_desk"


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
        # Everything is read and checked before the first pragma that writes
        # (journal_mode), so a file we refuse is still byte-for-byte what we found.
        conn.execute("PRAGMA schema_version").fetchone()
        if existed:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            _check_identity(conn, path)
            if not os.access(path, os.W_OK):
                raise DataFileError(
                    f"{path}: the database file is read-only; the app needs to write to it."
                )
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
    except DataFileError:
        conn.close()
        raise
    # Imported on first open: sqlite_utils costs ~0.1 s, which the window need not wait for.
    from sqlite_utils import Database

    from .migrations import migrations

    db = Database(conn, execute_plugins=False)
    if migrate:
        try:
            migrations.apply(db)
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        except sqlite3.DatabaseError as e:
            db.close()
            raise DataFileError(f"{path}: cannot upgrade the database ({e}).") from e
    return db


def _check_identity(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse another program's SQLite file, and one written by a newer Wellness Desk."""
    from .migrations import known_names

    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    ours = "_sqlite_migrations" in tables and conn.execute(
        "SELECT 1 FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
    ).fetchone()
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables and not ours):
        raise DataFileError(
            f"{path}: this SQLite file belongs to another program, not Wellness Desk. "
            "It was left untouched; pick another --data-dir."
        )
    if ours:
        applied = [r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
        )]
        known = set(known_names())
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise DataFileError(
                f"{path}: was written by a newer Wellness Desk (schema {unknown[-1]}). "
                "It was left untouched; install the newer version to open it."
            )


@contextmanager
def immediate(db: Database) -> Iterator[Database]:
    """A transaction that takes the write lock before it reads.

    Read-then-write in a plain (deferred) transaction fails at once with "database is
    locked" when another writer commits in between; BEGIN IMMEDIATE waits its turn.
    """
    # Read into a name: mypy would otherwise take in_transaction as False for the rest of
    # the function, though BEGIN below changes it.
    nested = db.conn.in_transaction
    if nested:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")


def memory_db() -> Database:
    """An in-memory database with the latest schema, for tests and previews."""
    from sqlite_utils import Database

    from .migrations import migrations

    db = Database(memory=True, execute_plugins=False)
    db.execute("PRAGMA foreign_keys=ON")
    migrations.apply(db)
    return db


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The rowid of the row an INSERT just made."""
    rowid = cursor.lastrowid
    if rowid is None:  # only after a statement that inserted nothing: a bug, not bad input
        raise RuntimeError("no row was inserted")
    return rowid
