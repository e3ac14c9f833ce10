"""Open the laptop's SQLite database: WAL, foreign keys, a busy timeout, migrations applied.

A file that is not a healthy SQLite database is refused with a message naming it and is
never written to: a coordinator's only copy of a festival's counts must not be "repaired".
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import (
    DamagedDatabase,
    DatabaseBusy,
    DataFileError,
    DiskError,
    DiskFull,
    ReadOnlyData,
)
from .messages import msg

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# Written into the file header ("WDK1"), so another program's SQLite file is never mistaken
# for ours and modified.
APPLICATION_ID = 0x57444B31
MIGRATION_SET = "wellness_desk"


def check_file(path: Path) -> None:
    """Refuse, without opening it, a file at the database path that is not SQLite, and a
    data folder that cannot be written.

    Cheap (no sqlite_utils import), so the app can say so before building a window.
    """
    if path.is_dir():
        raise DataFileError(msg("{path}: is a folder, not a database file.", path=path))
    if path.exists() and path.stat().st_size > 0:
        _check_header(path)
    problem = _unwritable(path)
    if problem is not None:
        raise problem


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except OSError as e:
        raise DataFileError(msg("{path}: cannot read the database file ({reason}).",
                                path=path, reason=e.strerror)) from e
    if head and head != SQLITE_HEADER:
        raise DataFileError(
            msg("{path}: this is not a Wellness Desk database (not an SQLite file). "
                "It was left untouched; move it away or pick another --data-dir.", path=path)
        )


# -- what the disk or the file did, in the person's words ---------------------------------

# A write may need this much room beyond the file itself: the write-ahead log grows to about
# 1,000 pages (4 MiB) before SQLite folds it back into the file.
WAL_HEADROOM = 4 * 1024 * 1024


def storage_error(e: sqlite3.Error, path: str | os.PathLike[str]) -> DataFileError | None:
    """Our sentence for an SQLite error about the file or the disk it is on; None otherwise.

    Decided by SQLite's result code, never by its message text. An error that is about the
    data (a constraint, a bad statement) gets None: that is a bug, not the disk.
    """
    path = Path(path)
    code = getattr(e, "sqlite_errorcode", None)
    if code is None:
        return None
    name = getattr(e, "sqlite_errorname", None) or str(code)
    primary = code & 0xFF  # an extended code keeps the primary one in its low byte
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return damaged(path, name)
    if primary == sqlite3.SQLITE_FULL:
        return disk_full(path)
    if primary == sqlite3.SQLITE_IOERR:
        # An I/O error on a disk without room to spare is the full disk (SQLite reports a
        # shared-memory file it cannot grow as SQLITE_IOERR_SHMSIZE, not SQLITE_FULL).
        if _free_bytes(path) < space_needed(path):
            return disk_full(path)
        if _refuses_writes(path.parent):
            return went_read_only(path)
        return DiskError(
            msg("{path}: the disk could not read or write the database file ({name}); nothing "
                "was saved. Keep the file as it is, check the disk (was it unplugged?) and start "
                "again.", path=path, name=name)
        )
    if primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
        problem = _unwritable(path)
        if problem is not None:
            return problem
        if primary == sqlite3.SQLITE_READONLY and _refuses_writes(path.parent):
            return went_read_only(path)
        if primary == sqlite3.SQLITE_CANTOPEN:
            return DataFileError(
                msg("{path}: cannot open the database file ({name}). It was left untouched; "
                    "check that the file and its folder are there and may be read.",
                    path=path, name=name)
            )
        return ReadOnlyData(
            msg("{path}: SQLite may not write to the database file ({name}); nothing was saved. "
                "Check that the file is still in its folder and may be written, then start again.",
                path=path, name=name),
            folder=str(path.parent),
        )
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return DatabaseBusy(
            msg("{path}: the database is busy (another program is writing to it): that action "
                "was NOT saved. Try again.", path=path)
        )
    return None


def damaged(path: Path, name: str) -> DamagedDatabase:
    return DamagedDatabase(
        msg("{path}: the database file is damaged (SQLite reports {name}); nothing was saved, "
            "and it is left untouched from here on. Keep the file as it is (copy it somewhere "
            "safe), then put back a copy made before the damage or pick another --data-dir.",
            path=path, name=name)
    )


def went_read_only(path: Path) -> ReadOnlyData:
    """The disk under an open database stopped taking writes: the system turns a disk with
    errors (or a stick pulled out and put back) read-only, though its folder still looks
    writable."""
    return ReadOnlyData(
        msg("{folder}: the disk holding the data folder turned read-only (the system does "
            "that to a disk with errors): that action was NOT saved, and nothing can be until "
            "it is writable again. Keep the files as they are, check the disk and start again, "
            "or copy the folder to a disk that works and pick it with --data-dir.",
            folder=path.parent),
        folder=str(path.parent),
    )


def _refuses_writes(folder: Path) -> bool:
    """Whether a new file cannot be made in `folder` for want of write access: asked by
    trying, since a filesystem turned read-only by its errors still passes os.access."""
    try:
        fd, name = tempfile.mkstemp(prefix=".wellness-desk-probe-", dir=folder)
    except OSError as e:
        return e.errno in (errno.EROFS, errno.EACCES, errno.EPERM)
    os.close(fd)
    with suppress(OSError):
        os.unlink(name)
    return False


def disk_full(path: Path) -> DiskFull:
    needed = space_needed(path)
    free = _free_bytes(path)
    return DiskFull(
        msg("{folder}: the disk is full ({free} free): nothing was saved. "
            "Wellness Desk needs at least {needed} free there; make room and try "
            "again.", folder=path.parent, free=size_text(free), needed=size_text(needed)),
        needed=needed,
    )


def space_needed(path: str | os.PathLike[str]) -> int:
    """Free space a write to the database at `path` may need: the log, and a full copy."""
    path = Path(path)
    # A migration may copy every table once, so the file's own size is needed again.
    return WAL_HEADROOM + _file_size(path)


def unwritable(path: str | os.PathLike[str]) -> DataFileError | None:
    """Why nothing could be written beside the database at `path`: read-only, or disk full."""
    path = Path(path)
    problem = _unwritable(path)
    if problem is not None:
        return problem
    if _free_bytes(path) < space_needed(path):
        return disk_full(path)
    return None


def ensure_folder(path: str | os.PathLike[str]) -> None:
    """Create the data folder of the database at `path`, or say why it cannot be."""
    path = Path(path)
    problem = _unwritable(path)
    if problem is not None:
        raise problem
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise _os_error(e, path, msg("{path}: cannot create its folder ({reason}).",
                                     path=path, reason=e.strerror)) from e


def _unwritable(path: Path) -> ReadOnlyData | None:
    """The read-only sentence when the data folder (or the file in it) cannot be written."""
    folder = _existing(path.parent)
    if not folder.is_dir():
        return None  # a file where the folder should be: creating the folder says so
    if not os.access(folder, os.W_OK | os.X_OK):
        return ReadOnlyData(
            msg("{folder}: the data folder is read-only, so Wellness Desk cannot save anything "
                "there (nothing was changed). Make the folder writable (or copy it to a disk "
                "that is), or pick another folder with --data-dir.", folder=folder),
            folder=str(folder),
        )
    if path.is_file() and not os.access(path, os.W_OK):
        return ReadOnlyData(
            msg("{path}: the database file is read-only, so Wellness Desk cannot save anything "
                "in it (nothing was changed). Make the file writable, or pick another folder "
                "with --data-dir.", path=path),
            folder=str(path.parent),
        )
    return None


def _existing(folder: Path) -> Path:
    """`folder`, or its nearest ancestor that exists (the one a new folder is made in)."""
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return folder


def _free_bytes(path: Path) -> int:
    try:
        return shutil.disk_usage(_existing(path.parent)).free
    except OSError:
        return 0


def _file_size(path: Path) -> int:
    total = 0
    for p in (path, path.with_name(path.name + "-wal")):
        with suppress(OSError):  # no log file: nothing to count
            total += p.stat().st_size
    return total


def size_text(n: int) -> str:
    """A file's or a disk's size as people read it (never "0 kB")."""
    if n < 1_000_000:
        return f"{max(1, round(n / 1000))} kB"
    return f"{n / 1_000_000:.1f} MB"


def _os_error(e: OSError, path: Path, said: str) -> DataFileError:
    """The error for what the disk did; `said` is the whole sentence, for a folder that
    cannot be written or another failure (a full disk has its own)."""
    if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return _unwritable(path) or ReadOnlyData(said, folder=str(path.parent))
    if e.errno == errno.ENOSPC:
        return disk_full(path)
    return DataFileError(said)


def connect(path: str | os.PathLike[str], *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at `path`, migrated to the latest schema.

    Each thread that touches the database opens its own connection with this function.
    Every failure is a DataFileError with its own sentence (see `storage_error`).
    """
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        _check_header(path)
    # Before SQLite opens anything: a folder we may not write to stays exactly as it was.
    ensure_folder(path)
    if existed:
        quick_check(path)
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as e:
        raise storage_error(e, path) or DataFileError(
            msg("{path}: cannot open the database file ({reason}).", path=path, reason=e)
        ) from e
    try:
        # Everything is read and checked before the first pragma that writes
        # (journal_mode), so a file we refuse is still byte-for-byte what we found.
        conn.execute("PRAGMA schema_version").fetchone()
        if existed:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            _check_identity(conn, path)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit is on disk before we say "counted", even if the battery dies.
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
    except sqlite3.DatabaseError as e:
        conn.close()
        raise storage_error(e, path) or damaged(path, getattr(e, "sqlite_errorname", "")
                                                or type(e).__name__) from e
    except DataFileError:
        conn.close()
        raise
    # Imported on first open: sqlite_utils costs ~0.1 s, which the window need not wait for.
    from sqlite_utils import Database

    from .migrations import migrations

    db = Database(conn, execute_plugins=False)
    if migrate:
        if existed and _upgrade_pending(db):
            try:
                _back_up_before_upgrade(path)
            except DataFileError:
                db.close()
                raise
        try:
            pending = [m.name for m in migrations.pending(db)]
            migrations.apply(db)
            if pending:
                log.info("%s: migrations applied: %s", path, ", ".join(pending))
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        except sqlite3.DatabaseError as e:
            db.close()
            raise storage_error(e, path) or DataFileError(
                msg("{path}: cannot upgrade the database ({reason}).", path=path, reason=e)
            ) from e
    return db


def _upgrade_pending(db: Database) -> bool:
    """A database of ours that this version would change: its schema is older."""
    from .migrations import migrations

    return bool(migrations.applied(db)) and bool(migrations.pending(db))


def _back_up_before_upgrade(path: Path) -> None:
    # No migration runs on a laptop's data without a whole copy of it from just before:
    # an upgrade that goes wrong must be one restore away from yesterday's counts.
    from .backups import PRE_MIGRATION, make_backup
    from .clock import utcnow

    make_backup(path, now=utcnow(), kind=PRE_MIGRATION)
# Files this process found sound: each is checked once, by the first connection of the
# process that opens it, so the app's other threads (sync) pay nothing more. The key holds
# the inode, size and time of last change: a file put in its place (a restore) or written
# by another program since (the app's writes go to the log, not the file) is checked again.
_sound: set[tuple[str, int, int, int, int]] = set()
_checking = threading.Lock()


def quick_check(path: Path) -> None:
    """Raise DamagedDatabase unless SQLite's `PRAGMA quick_check` finds the file sound.

    Run by `connect` before its first write (migrations, the demo, sync bookkeeping), once
    per file and process. It reads on a read-only connection, so a damaged file, and the
    write-ahead log beside it, are left byte for byte as they were (a read-write connection
    would fold the log into the file as it closes). About 0.2 s for the million-hand-out
    database (bench/integrity.py): on the database worker, after the window is shown.
    """
    try:
        stat = path.stat()
    except OSError:
        return  # gone: opening it says so
    key = _identity(path, stat)
    # Held while checking: a second thread opening the file waits for the answer instead
    # of writing to a file not yet known to be sound.
    with _checking:
        if key in _sound:
            return
        shm, wal = (path.with_name(path.name + end) for end in ("-shm", "-wal"))
        # A read-only reader of a WAL file makes an empty log and index beside it and, unlike
        # a writer, leaves them: a damaged file's are taken away again, so its folder is
        # as found. (A sound file's go when the connection that follows closes.)
        made_sidecars = not shm.exists() and not wal.exists()
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                   timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error:
            return  # opening it for writing says why, in its own words
        try:
            found = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
        except sqlite3.DatabaseError as e:
            conn.close()
            problem = storage_error(e, path)
            if isinstance(problem, DamagedDatabase):
                _unmake(made_sidecars, wal, shm)
                raise problem from e
            # Busy, unreadable: not a verdict on the file; the open that follows tells it.
            return
        conn.close()
        if found != ["ok"]:
            # What it found names pages and indexes, never a value: fit for the log.
            log.warning("quick check of %s failed: %s", path, "; ".join(map(str, found)))
            _unmake(made_sidecars, wal, shm)
            raise damaged(path, "SQLITE_CORRUPT")
        _sound.add(key)


def _identity(path: Path, stat: os.stat_result) -> tuple[str, int, int, int, int]:
    return (str(path.resolve()), stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns)


def _unmake(made: bool, wal: Path, shm: Path) -> None:
    """Remove the empty log and index a read-only check made beside a damaged file."""
    if made and wal.exists() and wal.stat().st_size == 0:
        with suppress(OSError):
            wal.unlink()
            shm.unlink()


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
            msg("{path}: this SQLite file belongs to another program, not Wellness Desk. "
                "It was left untouched; pick another --data-dir.", path=path)
        )
    if ours:
        applied = [r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
        )]
        known = set(known_names())
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise DataFileError(
                msg("{path}: was written by a newer Wellness Desk (schema {schema}). "
                    "It was left untouched; install the newer version to open it.",
                    path=path, schema=unknown[-1])
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
    try:
        db.conn.execute("COMMIT")
    except BaseException:
        # A COMMIT refused (disk full, I/O error) leaves the transaction open: the next
        # commit on this connection would then save an action we said was NOT saved.
        if db.conn.in_transaction:
            # The COMMIT's own error, raised below, is the one to tell.
            with suppress(sqlite3.Error):
                db.conn.execute("ROLLBACK")
        raise


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


def by_name(db: Database, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
    """Run a query whose rows are read by column name: `row["kit_name"]`, the name its
    SELECT gives, so a column added to the list moves no other.

    Rows are sqlite3.Row, built in C: no slower than tuples on the tap path.
    """
    cursor = db.conn.cursor()
    cursor.row_factory = sqlite3.Row
    return cursor.execute(sql, params)
