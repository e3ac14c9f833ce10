"""Backups of the laptop's database, and putting one back.

A backup is a whole, consistent copy made by SQLite itself (its backup API, then switched
out of WAL mode): a plain copy of a database in WAL mode misses what is still in its log,
or catches a page half-written. The copy is written under a temporary name, checked
(`PRAGMA integrity_check`, our application id), flushed to the disk and only then given its
name, so a file in the backups folder is always a whole backup, in one file.

Files live in `<data folder>/backups/`, named by the UTC time and kind:
`wellness-desk-2026-12-02T095512Z-daily.sqlite3`. Kinds and what is kept of each:

- daily: made at the first start of a UTC day; grandfather-father-son: the newest of each
  of the 7 newest days, of the 4 newest ISO weeks and of the 6 newest months that have one;
- manual: "Back up now" and `wellness-desk backup`; the 10 newest are kept in the folder
  (a backup written to a file of the person's own choosing is never touched);
- pre-migration: made before an upgrade changes the schema; the 3 newest are kept.

Rotation only ever removes files of our own name pattern, never the backup just made, and
never the newest one of all.

Therapy names stay as they are in the database: sealed by the vault, whose key is not in
the file (see vault.py), so a backup is no easier to read than the laptop.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import quote

from .db import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    MIGRATION_SET,
    SQLITE_HEADER,
    damaged,
)
from .db import size_text as size_text  # the CLI and Settings name sizes through backups
from .errors import AlreadyOpen, DataFileError, DiskError, DiskFull, ReadOnlyData, WellnessError
from .messages import msg
from .paths import lock_path

log = logging.getLogger(__name__)

FOLDER = "backups"
DAILY = "daily"
MANUAL = "manual"
PRE_MIGRATION = "pre-migration"
KINDS = (DAILY, MANUAL, PRE_MIGRATION)
KEEP_DAYS = 7
KEEP_WEEKS = 4
KEEP_MONTHS = 6
KEEP_MANUAL = 10
KEEP_PRE_MIGRATION = 3

_STAMP = "%Y-%m-%dT%H%M%SZ"
_NAME = re.compile(
    r"^wellness-desk-(?P<stamp>\d{4}-\d\d-\d\dT\d{6}Z)-(?P<kind>daily|manual|pre-migration)"
    r"(?:-(?P<seq>\d+))?\.sqlite3$"
)
# The room a copy may need beyond the database's own size (SQLite's temporary pages).
_HEADROOM = 1024 * 1024
# Page cache of a connection that copies or checks a whole file (KiB, as SQLite takes it
# negative): the integrity check of the million-hand-out database takes half as long with
# it (4.5 s -> 2.3 s, bench/backup.py). Only the pages read are held, and only meanwhile.
_CACHE_KIB = 64 * 1024


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # UTC
    size_bytes: int
    kind: str


@dataclass(frozen=True)
class Restored:
    """What a restore did: `source` is now the database; the one it replaced was renamed
    to `set_aside` (None when there was none), with its -wal and -shm beside it."""

    source: Path
    database: Path
    set_aside: Path | None


@dataclass(frozen=True)
class Contents:
    """What a database holds, in the words a confirmation uses."""

    last_activity: datetime | None
    handouts: int
    workshops: int
    bookings: int

    def describe(self) -> str:
        when = ("no activity yet" if self.last_activity is None
                else f"last activity {local_text(self.last_activity)}")
        return (f"{when}; {self.handouts:,} hand-outs, {self.workshops:,} workshops, "
                f"{self.bookings:,} therapy bookings")


def backups_dir(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER


def local_text(instant: datetime) -> str:
    """An instant in this computer's own time, as a backup list shows it."""
    return instant.astimezone().strftime("%Y-%m-%d %H:%M")


# -- making one ---------------------------------------------------------------------------


def make_backup(db_path: Path, dest: Path | None = None, *, now: datetime,
                kind: str = MANUAL) -> Backup:
    """Back up the database at `db_path` into the backups folder (or to `dest`: a file
    name, or a folder to put the usual name in), then rotate the folder's backups.

    The database is only read. Every failure is a DataFileError with its own sentence and
    leaves no partial file behind."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of backup {kind!r}")
    db_path = Path(db_path)
    if not db_path.is_file() or db_path.stat().st_size == 0:
        raise DataFileError(msg("{path}: there is no database here yet, so there is "
                                "nothing to back up.", path=db_path))
    in_folder = dest is None
    if dest is None:
        folder = backups_dir(db_path.parent)
        target = _free_name(folder, now, kind)
    else:
        dest = Path(dest).expanduser()
        target = _free_name(dest, now, kind) if dest.is_dir() else dest
        folder = target.parent
        if target.exists():
            raise WellnessError(msg("{target}: a file of that name is already there (it was "
                                    "left untouched): pick another name.", target=target))
        if target.resolve() == db_path.resolve():
            raise WellnessError(msg("{target}: that is the database itself: pick another name.",
                                    target=target))
    needed = _database_bytes(db_path) + _HEADROOM
    _make_room(folder, needed)
    partial = folder / f".{target.name}.partial"
    try:
        _copy(db_path, partial, folder=folder, needed=needed)
        _check_copy(partial, origin=db_path)
        _move_in(partial, target, folder=folder, needed=needed)
    finally:
        _remove(partial)
    backup = Backup(target, _utc(now), target.stat().st_size, kind)
    log.info("backup (%s) made: %s, %s", kind, target.name, size_text(backup.size_bytes))
    if in_folder:
        removed = rotate(db_path.parent, keep=backup)
        if removed:
            log.info("backups rotated: %d older ones removed", len(removed))
    return backup


def daily_backup_if_due(db_path: Path, *, now: datetime) -> Backup | None:
    """The day's automatic backup, made at the first start of each UTC day; None when
    today's is there already or there is no database yet."""
    db_path = Path(db_path)
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    today = _utc(now).date()
    if any(b.kind == DAILY and b.taken_at.date() == today
           for b in list_backups(db_path.parent)):
        return None
    return make_backup(db_path, now=now, kind=DAILY)


def _free_name(folder: Path, now: datetime, kind: str) -> Path:
    stamp = _utc(now).strftime(_STAMP)
    name = f"wellness-desk-{stamp}-{kind}.sqlite3"
    seq = 1
    while (folder / name).exists():
        seq += 1
        name = f"wellness-desk-{stamp}-{kind}-{seq}.sqlite3"
    return folder / name


def _copy(source: Path, partial: Path, *, folder: Path, needed: int) -> None:
    """A consistent copy of `source` (its log included) at `partial`, by SQLite's backup
    API: pages copied in one step, under one read transaction, so the copy is the database
    as of one commit while the app goes on writing. Six times faster than VACUUM INTO,
    which rebuilds every table (0.24 s against 1.5 s for the million hand-outs). The copy
    comes out in WAL mode, like its source: `_check_copy` switches it out."""
    try:
        with closing(_read_only(source)) as conn:
            _refuse_foreign(conn, source)
            with closing(sqlite3.connect(partial)) as copy:
                conn.backup(copy)
    except sqlite3.Error as e:
        raise _copy_error(e, source, folder, needed) from e


def _single_file(path: Path) -> bool:
    """The whole database is in this one file: no log or journal beside it, not in WAL
    mode. Such a file (every backup we make) may be copied byte for byte."""
    with path.open("rb") as f:
        head = f.read(20)
    if head[18:20] != b"\x01\x01":
        return False
    return not any(Path(f"{path}{s}").exists() for s in ("-wal", "-journal"))


def _copy_backup(source: Path, incoming: Path, *, folder: Path, needed: int) -> None:
    """A backup's content at `incoming`: its bytes when it is one file on its own (a third
    of the time of rebuilding it), else rebuilt by SQLite from what it and its log hold."""
    if not _single_file(source):
        _copy(source, incoming, folder=folder, needed=needed)
        return
    import shutil

    try:
        shutil.copyfile(source, incoming)
    except OSError as e:
        raise _os_problem(e, folder, needed) from e


def _check_copy(copy: Path, *, origin: Path, check: str = "integrity_check") -> None:
    """The copy is a whole database of ours, out of WAL mode (one file, on its own)."""
    try:
        with closing(sqlite3.connect(copy, timeout=BUSY_TIMEOUT_MS / 1000)) as conn:
            conn.execute(f"PRAGMA cache_size=-{_CACHE_KIB}")
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
                conn.execute("PRAGMA journal_mode=DELETE")
            verdict = conn.execute(f"PRAGMA {check}").fetchone()[0]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.Error as e:
        raise _copy_error(e, origin, copy.parent, 0) from e
    if verdict != "ok":
        raise damaged(origin, f"a copy of it fails its integrity check: {verdict}")
    if app_id not in (0, APPLICATION_ID):
        raise DataFileError(msg("{origin}: this is not a Wellness Desk database; no backup "
                                "was made.", origin=origin))


def _move_in(partial: Path, target: Path, *, folder: Path, needed: int) -> None:
    try:
        _fsync(partial)
        os.replace(partial, target)
        _fsync_folder(folder)
    except OSError as e:
        raise _os_problem(e, folder, needed) from e


# -- what is there --------------------------------------------------------------------------


def list_backups(data_dir: Path) -> list[Backup]:
    """The backups in the data folder's backups folder, newest first."""
    folder = backups_dir(data_dir)
    found: list[tuple[datetime, int, Backup]] = []
    try:
        entries = list(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    for path in entries:
        match = _NAME.match(path.name)
        if match is None:
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue  # removed meanwhile
        taken = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
        found.append((taken, int(match["seq"] or 1),
                      Backup(path, taken, size, match["kind"])))
    found.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [b for _, _, b in found]


def newest_good_backup(data_dir: Path) -> Backup | None:
    """The newest backup that passes `check_backup`, or None."""
    for backup in list_backups(data_dir):
        try:
            check_backup(backup.path)
        except DataFileError:
            continue
        return backup
    return None


def check_backup(path: Path) -> None:
    """Refuse, with a sentence naming the file, one that is not a whole Wellness Desk
    database this version can open. Only reads it."""
    path = Path(path)
    if not path.is_file():
        raise DataFileError(msg("{path}: there is no file there (or it is a folder): pick a "
                                "backup file.", path=path))
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except OSError as e:
        raise DataFileError(msg("{path}: cannot read the file ({reason}).",
                                path=path, reason=e.strerror)) from e
    if head != SQLITE_HEADER:
        raise DataFileError(msg("{path}: this is not a Wellness Desk database (not an SQLite "
                                "file); nothing was changed.", path=path))
    try:
        with closing(_read_only(path)) as conn:
            _refuse_foreign(conn, path)
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as e:
        name = getattr(e, "sqlite_errorname", None) or type(e).__name__
        raise _fails_check(path, name) from e
    if verdict != "ok":
        raise _fails_check(path, verdict)


def _fails_check(path: Path, why: str) -> DataFileError:
    return DataFileError(msg("{path}: this file fails its integrity check (SQLite: {why}), so it "
                             "is damaged; nothing was changed. Pick another backup.",
                             path=path, why=why))


def _refuse_foreign(conn: sqlite3.Connection, path: Path) -> None:
    """Another program's SQLite file, and one written by a newer Wellness Desk, are not
    backups we may put back."""
    from .migrations import known_names

    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    applied = ([r[0] for r in conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET])] if "_sqlite_migrations" in tables else [])
    if app_id not in (0, APPLICATION_ID) or not applied:
        raise DataFileError(msg("{path}: this is not a Wellness Desk database (an SQLite file of "
                                "another program); nothing was changed.", path=path))
    known = set(known_names())
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise DataFileError(msg("{path}: was written by a newer Wellness Desk (schema "
                                "{schema}); nothing was changed. Install the newer version "
                                "to open it.", path=path, schema=unknown[-1]))


def contents(db_path: Path) -> Contents | None:
    """What the database at `db_path` holds, or None where there is none or it cannot be
    read (a damaged file)."""
    db_path = Path(db_path)
    if not db_path.is_file():
        return None
    from .clock import from_utc_text

    try:
        with closing(_read_only(db_path)) as conn:
            def one(sql: str) -> object:
                row = conn.execute(sql).fetchone()
                return row[0] if row else None

            stamps = [one(f"SELECT {column} FROM {table} ORDER BY id DESC LIMIT 1")
                      for table, column in (("stock_movement", "at_utc"),
                                            ("door_tap", "at_utc"),
                                            ("workshop", "created_utc"),
                                            ("therapy_booking", "created_utc"))]
            handouts = one("SELECT coalesce(sum(count), 0) FROM handout_tally")
            workshops = one("SELECT count(*) FROM workshop")
            bookings = one("SELECT count(*) FROM therapy_booking")
    except sqlite3.Error:
        return None
    last = max((from_utc_text(s) for s in stamps if isinstance(s, str)), default=None)
    return Contents(last, _int(handouts), _int(workshops), _int(bookings))


def _int(value: object) -> int:
    return value if isinstance(value, int) else 0


# -- rotation ------------------------------------------------------------------------------


def _newest_per(backups: list[Backup], period: Callable[[datetime], object],
                count: int) -> set[Path]:
    """The newest backup of each of the `count` newest periods that have one."""
    kept: set[Path] = set()
    seen: set[object] = set()
    for backup in backups:  # newest first
        key = period(backup.taken_at)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.add(key)
        kept.add(backup.path)
    return kept


def _week(t: datetime) -> tuple[int, int]:
    iso = t.isocalendar()
    return iso.year, iso.week


def _month(t: datetime) -> tuple[int, int]:
    return t.year, t.month


def _day(t: datetime) -> date:
    return t.date()


def to_keep(backups: Iterable[Backup]) -> set[Path]:
    """Which of `backups` (newest first) rotation keeps."""
    backups = list(backups)
    daily = [b for b in backups if b.kind == DAILY]
    kept = (_newest_per(daily, _day, KEEP_DAYS) | _newest_per(daily, _week, KEEP_WEEKS)
            | _newest_per(daily, _month, KEEP_MONTHS))
    for kind, count in ((MANUAL, KEEP_MANUAL), (PRE_MIGRATION, KEEP_PRE_MIGRATION)):
        kept |= {b.path for b in [b for b in backups if b.kind == kind][:count]}
    if backups:
        kept.add(backups[0].path)
    return kept


def rotate(data_dir: Path, *, keep: Backup | None = None) -> list[Path]:
    """Remove the backups rotation no longer keeps (never `keep`); the removed paths."""
    backups = list_backups(data_dir)
    kept = to_keep(backups)
    if keep is not None:
        kept.add(keep.path)
    removed = []
    for backup in backups:
        if backup.path not in kept:
            # One that cannot be removed now is removed by a later rotation.
            with suppress(OSError):
                backup.path.unlink()
                removed.append(backup.path)
    return removed


# -- putting one back ------------------------------------------------------------------------


def restore(db_path: Path, source: Path, *, now: datetime) -> Restored:
    """Make the backup at `source` the database at `db_path`.

    The current database is never deleted: it is renamed, with its -wal and -shm, to
    `<name>.before-restore-<UTC time>` beside it. A file that is not a whole Wellness Desk
    database is refused before anything changes; a failure part way puts the current
    database back where it was. Nothing may have the database open (the app closes its
    connections first; the command line refuses while the app holds the folder)."""
    db_path = Path(db_path)
    source = Path(source).expanduser()
    if source.resolve() == db_path.resolve():
        raise WellnessError(msg("{source}: that is the database itself, not a backup of it.",
                                source=source))
    check_backup(source)
    folder = db_path.parent
    needed = source.stat().st_size + _HEADROOM
    _make_room(folder, needed)
    incoming = folder / f".{db_path.name}.restoring"
    _remove(incoming)  # left by a restore that stopped part way: it never was the database
    try:
        _copy_backup(source, incoming, folder=folder, needed=needed)
        # The source passed the whole check just now; the copy is checked for what copying
        # can break (a page written wrong), at a quarter of the cost.
        _check_copy(incoming, origin=source, check="quick_check")
        try:
            _fsync(incoming)
        except OSError as e:
            raise _os_problem(e, folder, needed) from e
        set_aside = _set_aside(db_path, now)
        try:
            os.replace(incoming, db_path)
            _fsync_folder(folder)
        except OSError as e:
            _put_back(db_path, set_aside)
            raise _os_problem(e, folder, needed) from e
    finally:
        _remove(incoming)
    log.info("restored %s from %s; the database before it was set aside as %s", db_path,
             source.name, set_aside.name if set_aside else "(none)")
    _tell_the_sync(db_path)
    return Restored(source, db_path, set_aside)


def _tell_the_sync(db_path: Path) -> None:
    """Note in the restored database exactly what the backup held, before anything taps,
    so its next sync adopts what the hub counted after the backup, and nothing twice
    (docs/sync-protocol.md, "A laptop put back from a copy").

    Opening it also brings an older backup's schema up to date (with its own pre-migration
    backup). Should this fail, the restore still stands: the next sync then catches up from
    the last point the hub and the desk agreed on, which the log says."""
    from .db import connect
    from .sync.catch_up import note_restored

    try:
        database = connect(db_path)
    except WellnessError as e:
        log.warning("restored database not opened to note the restore (%s): the next sync "
                    "catches up from the last point it agreed with the hub", type(e).__name__)
        return
    try:
        note_restored(database)
    except (sqlite3.Error, WellnessError) as e:
        log.warning("restore not noted for the sync (%s): the next sync catches up from the "
                    "last point it agreed with the hub", type(e).__name__)
    finally:
        database.close()


_COMPANIONS = ("-wal", "-shm")


def _set_aside(db_path: Path, now: datetime) -> Path | None:
    if not db_path.exists():
        return None
    stamp = _utc(now).strftime(_STAMP)
    aside = db_path.with_name(f"{db_path.name}.before-restore-{stamp}")
    seq = 1
    while any(Path(f"{aside}{s}").exists() for s in ("", *_COMPANIONS)):
        seq += 1
        aside = db_path.with_name(f"{db_path.name}.before-restore-{stamp}-{seq}")
    moved: list[tuple[Path, Path]] = []
    try:
        # The log first: a log left beside the restored file would be replayed into it.
        for suffix in (*_COMPANIONS, ""):
            here = Path(f"{db_path}{suffix}")
            if here.exists():
                there = Path(f"{aside}{suffix}")
                os.replace(here, there)
                moved.append((there, here))
    except OSError as e:
        for there, here in reversed(moved):
            os.replace(there, here)
        raise _os_problem(e, db_path.parent, 0) from e
    return aside


def _put_back(db_path: Path, aside: Path | None) -> None:
    if aside is None:
        return
    for suffix in ("", *_COMPANIONS):
        there = Path(f"{aside}{suffix}")
        if there.exists():
            os.replace(there, Path(f"{db_path}{suffix}"))


# -- one app per folder ----------------------------------------------------------------------


def app_holding(db_path: Path) -> int | None:
    """The process id of the app that holds the data folder of `db_path` (ui/app.hold_folder),
    or None when no app has it open. Read without Qt, from the lock file Qt keeps."""
    path = lock_path(db_path)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return None
    except OSError:
        return -1  # there, but unreadable: take it as held
    lines = text.splitlines()
    pid = int(lines[0]) if lines and lines[0].strip().isdigit() else 0
    if sys.platform == "win32":
        # os.kill would end the process there: a lock file is taken as held.
        return pid or -1
    import fcntl
    import socket

    # Qt holds an flock on the lock file while its app runs (Linux, the BSDs, macOS).
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        fcntl.flock(fd, fcntl.LOCK_UN)
    except OSError as e:
        if e.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return pid or -1
    finally:
        os.close(fd)
    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return pid or -1  # an app on another computer (a shared folder): cannot be asked
    if pid and pid != os.getpid():
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None  # a crashed app's lock: the app takes it over too
        except PermissionError:
            return pid
        return pid
    return None


def refuse_while_open(db_path: Path) -> None:
    """Raise AlreadyOpen when the app holds the folder of `db_path`."""
    pid = app_holding(db_path)
    if pid is not None:
        who = f"process {pid}" if pid > 0 else "process unknown"
        raise AlreadyOpen(
            msg("Wellness Desk is open on this data folder ({folder}, {who}): "
                "close it first, or restore from its Settings → Backups. Nothing was changed.",
                folder=Path(db_path).parent, who=who),
            pid=pid if pid > 0 else None)


@contextmanager
def holding_folder(db_path: Path) -> Iterator[None]:
    """Hold the data folder of `db_path` as the app does, for a command that must not run
    beside it (a restore): refused while the app has it; an app started meanwhile says the
    folder is in use. The lock file is written in Qt's own form (pid, program, host), so
    the app's QLockFile reads it as held while this process lives, and as stale after."""
    import socket

    refuse_while_open(db_path)
    path = lock_path(db_path)
    _make_room(path.parent, 0)
    with suppress(FileNotFoundError):
        path.unlink()  # a stale lock: its app is gone (refuse_while_open looked)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        refuse_while_open(db_path)  # an app took it just now
        raise
    except OSError as e:
        raise _os_problem(e, path.parent, 0) from e
    try:
        if sys.platform != "win32":
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        program = Path(os.path.realpath(sys.executable)).name
        os.write(fd, f"{os.getpid()}\n{program}\n{socket.gethostname()}\n".encode())
        yield
    finally:
        os.close(fd)
        with suppress(FileNotFoundError):
            path.unlink()


# -- files and disks -------------------------------------------------------------------------


def _read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True,
                           timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute(f"PRAGMA cache_size=-{_CACHE_KIB}")
    return conn


def _database_bytes(db_path: Path) -> int:
    total = 0
    for p in (db_path, Path(f"{db_path}-wal")):
        with suppress(OSError):
            total += p.stat().st_size
    return total


def _existing(folder: Path) -> Path:
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return folder


def _free(folder: Path) -> int:
    import shutil

    try:
        return shutil.disk_usage(_existing(folder)).free
    except OSError:
        return 0


def _read_only_folder(folder: Path) -> ReadOnlyData:
    return ReadOnlyData(
        msg("{folder}: the folder is read-only, so no backup could be written there (nothing was "
            "changed). Make it writable, or pick a folder on a disk that is.",
            folder=folder), folder=str(folder))


def _full(folder: Path, needed: int) -> DiskFull:

    return DiskFull(
        msg("{folder}: the disk is full ({free} free): nothing was written "
            "and nothing was changed. This needs about {needed} free there; make "
            "room and try again.",
            folder=folder, free=size_text(_free(folder)), needed=size_text(needed)), needed=needed)


def _make_room(folder: Path, needed: int) -> None:
    """Create `folder`, or say why a copy of `needed` bytes cannot go there."""
    base = _existing(folder)
    if base.is_dir() and not os.access(base, os.W_OK | os.X_OK):
        raise _read_only_folder(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise _os_problem(e, folder, needed) from e
    if _free(folder) < needed:
        raise _full(folder, needed)


def _os_problem(e: OSError, folder: Path, needed: int) -> DataFileError:
    if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return _read_only_folder(folder)
    if e.errno in (errno.ENOSPC, errno.EDQUOT):
        return _full(folder, needed)
    return DiskError(msg("{folder}: the disk could not write the copy ({reason}); nothing "
                         "was changed. Check the disk and try again.",
                         folder=folder, reason=e.strerror))


def _copy_error(e: sqlite3.Error, source: Path, folder: Path, needed: int) -> DataFileError:
    code = (getattr(e, "sqlite_errorcode", None) or 0) & 0xFF
    if code == sqlite3.SQLITE_FULL:
        return _full(folder, needed)
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return damaged(source, getattr(e, "sqlite_errorname", "") or "damaged")
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM,
                sqlite3.SQLITE_IOERR):
        if not os.access(_existing(folder), os.W_OK | os.X_OK):
            return _read_only_folder(folder)
        if _free(folder) < max(needed, _HEADROOM):
            return _full(folder, needed)
        if code == sqlite3.SQLITE_CANTOPEN and not source.is_file():
            return DataFileError(msg("{source}: the file is gone; nothing was changed.",
                                     source=source))
    from .db import storage_error

    return storage_error(e, source) or DataFileError(
        msg("{source}: cannot copy the database ({reason}); nothing "
            "was changed.", source=source, reason=getattr(e, "sqlite_errorname", e)))


def _remove(copy: Path) -> None:
    """A copy that did not become a backup or the database, with the log SQLite may have
    made beside it."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with suppress(FileNotFoundError):
            Path(f"{copy}{suffix}").unlink()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    if sys.platform == "win32":
        return  # a folder cannot be opened for fsync there; NTFS logs the rename itself
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _utc(now: datetime) -> datetime:
    if now.tzinfo is None:
        raise ValueError("naive datetime: pass an aware instant")
    return now.astimezone(UTC)

