"""The laptop's copy of the resource directory: its own SQLite file, `directory.sqlite`.

Its own file, beside the main database, so replacing 50,000 services never holds the lock
the taps write under, and a damaged directory never touches the counts. WAL, a busy
timeout and an application_id of its own ("WDKR"), like the main database (db.py), whose
sentences for a damaged file, a read-only folder and a full disk it reuses.

What it holds:
- the directory, one row per organization and service (the record itself as JSON, so
  `load_directory` gives back exactly the Directory installed), plus the columns and
  tables a search filters and orders by (country, language, kind, hours, two FTS5
  indexes: see search.py);
- `favourite(service_id)`: what the person marked. An update never touches it; a
  favourite whose service disappears stays, harmlessly, and is back if the service is;
- `meta`: published, installed_at, source, the content hash, the pull's ETag.

A directory is derived data (it comes from a package or the hub), so a store whose schema
is older than this code is simply rebuilt, favourites and meta kept.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..clock import from_utc_text, to_utc_text
from ..db import BUSY_TIMEOUT_MS, check_file, ensure_folder, storage_error
from ..errors import DatabaseBusy, DataFileError, DiskError, DiskFull, ReadOnlyData
from ..messages import msg
from .model import Area, Contact, Directory, Hours, Organization, Service

log = logging.getLogger(__name__)

STORE_FILENAME = "directory.sqlite"
# "WDKR" in the file header: a Wellness Desk resource directory, never the main database
# (0x57444B31) nor another program's file.
APPLICATION_ID = 0x57444B52
# PRAGMA user_version of the tables below; bump it when they change.
SCHEMA_VERSION = 3
LISTED = ("active", "temporarily closed")  # the statuses a search shows
CRISIS = "crisis-line"
EVERYWHERE = "*"  # service_country of a service with no area: it matches every country
JOURNAL_LIMIT = 8 * 1024 * 1024
# What an FTS5 index gathers in memory before it writes a segment (its default is 1 MB);
# the two indexes of 50,000 services fit in it whole.
FTS_HASH_BYTES = 64 * 1024 * 1024
# Meta keys a pull from the hub keeps: when the hub was last asked (a 304 counts), and the
# edition (published) of the newest directory taken from it.
CHECKED_META = "checked_at"
PUBLISHED_META = "pull_published"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS favourite (service_id TEXT PRIMARY KEY);
CREATE TABLE organization (
    rowid INTEGER PRIMARY KEY,  -- its place in the directory
    id TEXT NOT NULL UNIQUE,
    record TEXT NOT NULL        -- the Organization as JSON
);
-- In the order a search shows them (crisis lines, then the 24/7 rest, then the others,
-- each in the directory's order), so a search reads the rows of its first tiers first and
-- stops when it has enough. `position` is the directory's own order.
CREATE TABLE service (
    rowid INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    id TEXT NOT NULL UNIQUE,
    organization_id TEXT NOT NULL,
    status TEXT NOT NULL,
    listed INTEGER NOT NULL,    -- active or temporarily closed: shown by a search
    crisis INTEGER NOT NULL,    -- of kind crisis-line
    always_open INTEGER NOT NULL,  -- one contact method is 24/7
    timetable INTEGER NOT NULL,    -- the hours of its other contact methods, 0 none
    pair_group TEXT NOT NULL
);
-- Apart from the columns a search reads row by row, so those stay a few pages.
CREATE TABLE service_record (rowid INTEGER PRIMARY KEY, record TEXT NOT NULL);
CREATE INDEX service_pair ON service (pair_group) WHERE pair_group != '';
CREATE TABLE service_country (country TEXT NOT NULL, service INTEGER NOT NULL,
                              PRIMARY KEY (country, service)) WITHOUT ROWID;
CREATE TABLE service_language (language TEXT NOT NULL, service INTEGER NOT NULL,
                               PRIMARY KEY (language, service)) WITHOUT ROWID;
CREATE TABLE service_kind (kind TEXT NOT NULL, service INTEGER NOT NULL,
                           PRIMARY KEY (kind, service)) WITHOUT ROWID;
-- One row per distinct (zone, weekly hours) of a contact method, and per distinct set of
-- them a service has (its timetable): a search decides "open now" once per schedule
-- (hours.py), not once per service, and a service's row says it in one column.
CREATE TABLE schedule (rowid INTEGER PRIMARY KEY, tz TEXT NOT NULL, hours TEXT NOT NULL);
CREATE TABLE timetable (rowid INTEGER PRIMARY KEY, schedules TEXT NOT NULL);
-- Normalised text (search.normalise), rowid = service.rowid. Substrings of 3 characters
-- or more, any script:
CREATE VIRTUAL TABLE text_index USING fts5(text, tokenize='trigram', content='');
-- Word prefixes of 1 and 2 characters ("sa" finds Samaritans, "11" finds 116 123):
CREATE VIRTUAL TABLE word_index USING fts5(
    text, tokenize='unicode61 remove_diacritics 0', prefix='1 2', content='');
"""
_DIRECTORY_TABLES = ("organization", "service", "service_record", "service_country",
                     "service_language", "service_kind", "schedule", "timetable",
                     "text_index", "word_index")


@dataclass(frozen=True)
class Installed:
    changed: bool
    services: int


@dataclass(frozen=True)
class About:
    published: datetime | None
    installed_at: datetime | None
    source: str
    services: int
    countries: tuple[str, ...]


class Store:
    """One open directory file; one per thread (an sqlite3 connection is)."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        # search.py's per-connection caches, dropped when another connection commits
        # (PRAGMA data_version changes).
        self.cache: dict[str, Any] = {}
        self._version = -1

    def fresh_cache(self) -> dict[str, Any]:
        """The caches, emptied if the file changed since they were filled."""
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self._version:
            self.cache.clear()
            self._version = version
        return self.cache

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def store_path(data_dir: Path) -> Path:
    return Path(data_dir) / STORE_FILENAME


def open_store(path: Path) -> Store:
    """Open (creating if needed) the directory file at `path`.

    Refused, untouched, when it is not SQLite, another program's file or a newer desk's.
    """
    path = Path(path)
    check_file(path)  # not SQLite, a folder, a read-only folder: said before opening
    ensure_folder(path)
    existed = path.exists() and path.stat().st_size > 0
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=True)
    except sqlite3.Error as e:
        raise _storage(e, path) from e
    try:
        if existed:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            _check_identity(conn, path)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode=WAL")
        # NORMAL, not FULL: a directory lost to a power cut comes back from its package or
        # the hub; nothing a person did is in it but favourites, written on their own.
        conn.execute("PRAGMA synchronous=NORMAL")
        # An install writes the whole directory (100 MB at 50,000 services) through the
        # log: once folded back into the file, the log is cut back to this size.
        conn.execute(f"PRAGMA journal_size_limit={JOURNAL_LIMIT}")
        _upgrade(conn)
    except sqlite3.Error as e:
        conn.close()
        raise _storage(e, path) from e
    except DataFileError:
        conn.close()
        raise
    return Store(conn, path)


def open_or_set_aside(path: Path, *, now: datetime) -> tuple[Store, str | None]:
    """The store at `path`; a damaged or foreign file there is set aside (renamed, never
    deleted) and a new one opened, with a sentence that says so (else None).

    The directory is a copy (of the shipped package, or the hub's): a laptop must never be
    left with no numbers to show because its copy broke. A full disk, a read-only folder or
    a file another program holds are not the file's fault and are raised as they are.
    """
    path = Path(path)
    try:
        return open_store(path), None
    except (ReadOnlyData, DiskFull, DiskError, DatabaseBusy):
        raise
    except DataFileError:
        if not path.is_file():
            raise
    aside = path.with_name(f"{path.stem}.damaged-{now:%Y%m%d-%H%M%S}{path.suffix}")
    for suffix in ("-wal", "-shm"):
        part = path.with_name(path.name + suffix)
        if part.exists():
            part.rename(aside.with_name(aside.name + suffix))
    path.rename(aside)
    return open_store(path), msg(
        "The directory file could not be read (damaged); it was set aside as {aside} "
        "and the directory shipped with the app put in its place (a pull from the hub "
        "brings its newer edition back).", aside=aside.name)


def _storage(e: sqlite3.Error, path: Path) -> Exception:
    """Our sentence for a file or disk error; any other error (a bug) as it is."""
    return storage_error(e, path) or e


def _check_identity(conn: sqlite3.Connection, path: Path) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if app_id != APPLICATION_ID and (app_id != 0 or tables):
        raise DataFileError(msg(
            "{path}: this SQLite file is not a Wellness Desk resource directory. It was "
            "left untouched; move it away or pick another --data-dir.", path=path))
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise DataFileError(msg(
            "{path}: was written by a newer Wellness Desk (directory schema {version}). "
            "It was left untouched; install the newer version to open it.", path=path,
            version=version))


def _upgrade(conn: sqlite3.Connection) -> None:
    if conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
        return
    with _immediate(conn):
        if conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            return  # another connection did it while this one waited
        # Older tables of the directory go (it is rebuilt from its source); favourite and
        # meta stay. The content hash goes too, so the next install writes everything.
        for table in _DIRECTORY_TABLES:
            conn.execute(f"DROP TABLE IF EXISTS {table}")
        with suppress(sqlite3.OperationalError):  # no meta table yet
            conn.execute("DELETE FROM meta WHERE key = 'content_hash'")
        # One by one: executescript would COMMIT the transaction first.
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")


@contextmanager
def _immediate(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT, rolled back whole on any failure (COMMIT's included)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            with suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise


@contextmanager
def _writing(store: Store) -> Iterator[sqlite3.Connection]:
    """A write transaction whose disk and file errors are told in our sentences."""
    try:
        with _immediate(store.conn) as conn:
            yield conn
    except sqlite3.Error as e:
        problem = storage_error(e, store.path)
        if problem is None:
            raise
        raise problem from e
    finally:
        # data_version tells other connections' commits only: this one's own writes
        # empty its caches here.
        store.cache.clear()


# -- the records as JSON ------------------------------------------------------------------

def _contact_dict(c: Contact) -> dict[str, Any]:
    return {"id": c.id, "number": c.number, "type": c.type, "description": c.description,
            "descriptions": c.descriptions, "languages": c.languages,
            "always_open": c.always_open,
            "hours": [[h.weekday, h.opens, h.closes] for h in c.hours],
            "assured_date": c.assured_date.isoformat() if c.assured_date else None,
            "source_url": c.source_url}


def _service_dict(s: Service) -> dict[str, Any]:
    # By hand, not dataclasses.asdict: that deep-copies every field, 10 times slower on
    # 50,000 services. test_an_installed_directory_reads_back_exactly guards the fields.
    return {"id": s.id, "organization_id": s.organization_id, "name": s.name,
            "status": s.status, "tz": s.tz, "description": s.description, "url": s.url,
            "email": s.email,
            "assured_date": s.assured_date.isoformat() if s.assured_date else None,
            "kinds": s.kinds,
            "areas": [[a.country, a.region, a.name] for a in s.areas],
            "languages": s.languages, "contacts": [_contact_dict(c) for c in s.contacts],
            "pair_group": s.pair_group, "names": s.names, "descriptions": s.descriptions}


def _organization_dict(o: Organization) -> dict[str, Any]:
    return {"id": o.id, "name": o.name, "description": o.description,
            "website": o.website, "email": o.email, "names": o.names,
            "descriptions": o.descriptions}


def _json(record: Organization | Service) -> str:
    fields = (_service_dict(record) if isinstance(record, Service)
              else _organization_dict(record))
    return json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def organization_from(record: str) -> Organization:
    d = json.loads(record)
    return Organization(**d)


def service_from(record: str) -> Service:
    d = json.loads(record)
    d["assured_date"] = _day(d["assured_date"])
    d["kinds"] = tuple(d["kinds"])
    d["languages"] = tuple(d["languages"])
    d["areas"] = tuple(Area(*a) for a in d["areas"])
    contacts = []
    for c in d["contacts"]:
        c["assured_date"] = _day(c["assured_date"])
        c["languages"] = tuple(c["languages"])
        c["hours"] = tuple(Hours(*h) for h in c["hours"])
        contacts.append(Contact(**c))
    d["contacts"] = tuple(contacts)
    return Service(**d)


def content_hash(directory: Directory) -> str:
    """SHA-256 of a canonical form: the same Directory always gives the same hash."""
    with _no_cycle_collection():
        return _hash(directory, [_json(o) for o in directory.organizations],
                     [_json(s) for s in directory.services])


def _hash(directory: Directory, organizations: list[str], services: list[str]) -> str:
    h = hashlib.sha256()
    h.update(json.dumps({"name": directory.name, "title": directory.title,
                         "published": to_utc_text(directory.published)},
                        sort_keys=True).encode())
    for record in organizations:
        h.update(b"\no")
        h.update(record.encode())
    for record in services:
        h.update(b"\ns")
        h.update(record.encode())
    return h.hexdigest()


# -- install --------------------------------------------------------------------------------

@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """The cycle collector paused while a whole directory is written or read back.

    An install makes a few million small dicts, lists, tuples and strings, none in a
    cycle, and every batch of them set the collector scanning the whole heap (the
    directory's own records included) again: it was the larger part of building the
    records and index texts of 50,000 services. It runs on its own afterwards.
    (package.py pauses it the same way while it reads a package.)
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def install(store: Store, directory: Directory, *, source: str, now: datetime) -> Installed:
    """Replace the directory with `directory` in one transaction; favourites are kept.

    The same directory again writes nothing (`changed=False`). A failure midway (a full
    disk) leaves the old directory whole.
    """
    with _no_cycle_collection():
        done = _install(store, directory, source=source, now=now)
    # Counts and where it came from (a file, the hub, the shipped set): no entry's text.
    log.info("resource directory %s: %d services (%s)",
             "installed" if done.changed else "unchanged", done.services, source)
    return done


def _install(store: Store, directory: Directory, *, source: str, now: datetime) -> Installed:
    from .search import index_texts  # search.py owns what the indexes hold

    organization_records = [_json(o) for o in directory.organizations]
    service_records = [_json(s) for s in directory.services]
    digest = _hash(directory, organization_records, service_records)
    with _writing(store) as conn:
        # Read under the write lock: two installs at once cannot both decide "changed".
        if _meta(conn, "content_hash") == digest:
            return Installed(changed=False, services=len(directory.services))
        for table in _DIRECTORY_TABLES:
            if table.endswith("_index"):
                conn.execute(f"INSERT INTO {table}({table}) VALUES ('delete-all')")
                # The whole index held in memory until the commit, not flushed to disk
                # every megabyte and merged again: a third off writing the indexes.
                conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', ?)",
                             [FTS_HASH_BYTES])
            else:
                conn.execute(f"DELETE FROM {table}")
        conn.executemany(
            "INSERT INTO organization (rowid, id, record) VALUES (?, ?, ?)",
            ((n, o.id, record) for n, (o, record)
             in enumerate(zip(directory.organizations, organization_records, strict=True), 1)))
        organizations = {o.id: o for o in directory.organizations}
        schedules: dict[tuple[str, tuple[Hours, ...]], int] = {}
        rows: list[tuple[object, ...]] = []
        records: list[tuple[int, str]] = []
        countries: list[tuple[str, int]] = []
        languages: list[tuple[str, int]] = []
        kinds: list[tuple[str, int]] = []
        timetables: dict[tuple[int, ...], int] = {}
        known: dict[str, tuple[str, ...]] = {}
        texts: list[tuple[int, str]] = []
        words: list[tuple[int, str]] = []
        everything = directory.services
        ranked = sorted(range(len(everything)),
                        key=lambda i: (_band(everything[i]), _lead(everything[i]), i))
        for n, i in enumerate(ranked, 1):
            s, record = everything[i], service_records[i]
            numbers = tuple(sorted({
                schedules.setdefault(key, len(schedules) + 1)
                for key in ((s.tz, c.hours) for c in s.contacts
                            if not c.always_open and c.hours)}))
            timetable = timetables.setdefault(numbers, len(timetables) + 1) if numbers else 0
            rows.append((n, i + 1, s.id, s.organization_id, s.status, int(s.status in LISTED),
                         int(CRISIS in s.kinds),
                         int(any(c.always_open for c in s.contacts)), timetable,
                         s.pair_group))
            records.append((n, record))
            for country in sorted({a.country for a in s.areas} or {EVERYWHERE}):
                countries.append((country, n))
            spoken = set(s.languages)
            for c in s.contacts:
                spoken.update(c.languages)
            languages.extend((lang, n) for lang in sorted(spoken))
            kinds.extend((k, n) for k in sorted(set(s.kinds)))
            text, word = index_texts(s, organizations.get(s.organization_id), known)
            texts.append((n, text))
            words.append((n, word))
        conn.executemany("INSERT INTO service VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.executemany("INSERT INTO service_record VALUES (?, ?)", records)
        # Sorted as their primary keys are: each row then goes at the end of its b-tree.
        conn.executemany("INSERT INTO service_country VALUES (?, ?)", sorted(countries))
        conn.executemany("INSERT INTO service_language VALUES (?, ?)", sorted(languages))
        conn.executemany("INSERT INTO service_kind VALUES (?, ?)", sorted(kinds))
        conn.executemany("INSERT INTO schedule VALUES (?, ?, ?)",
                         ((n, tz, _hours_json(hours)) for (tz, hours), n in schedules.items()))
        conn.executemany("INSERT INTO timetable VALUES (?, ?)", (
            (n, json.dumps(numbers)) for numbers, n in timetables.items()))
        conn.executemany("INSERT INTO text_index (rowid, text) VALUES (?, ?)", texts)
        conn.executemany("INSERT INTO word_index (rowid, text) VALUES (?, ?)", words)
        for key, value in (("published", to_utc_text(directory.published)),
                           ("installed_at", to_utc_text(now)), ("source", source),
                           ("name", directory.name), ("title", directory.title),
                           ("content_hash", digest)):
            _put_meta(conn, key, value)
    return Installed(changed=True, services=len(directory.services))


def _band(service: Service) -> int:
    """0 crisis lines, 1 the other services with a 24/7 contact method, 2 the rest (and
    whatever is not active: it is never first, nor open)."""
    if service.status != "active":
        return 2
    if CRISIS in service.kinds:
        return 0
    return 1 if any(c.always_open for c in service.contacts) else 2


def _lead(service: Service) -> tuple[int, int]:
    """Within a band, what answers around the clock first, then the line that is only a
    crisis line before one that is also something else (a country's national line before
    its youth line that also counsels)."""
    return (0 if any(c.always_open for c in service.contacts) else 1, len(set(service.kinds)))


def _hours_json(hours: tuple[Hours, ...]) -> str:
    return json.dumps([[h.weekday, h.opens, h.closes] for h in hours], separators=(",", ":"))


def ensure_shipped(store: Store, *, now: datetime) -> None:
    """An empty store (nothing ever installed) gets the directory shipped with the app."""
    if _meta(store.conn, "content_hash") is not None:
        return
    # Imported on first use: the package reader brings frictionless (slow to import).
    from . import package

    install(store, package.read_package(package.SHIPPED), source="shipped with the app",
            now=now)


# -- reading --------------------------------------------------------------------------------

def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def _put_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])


def get_meta(store: Store, key: str) -> str | None:
    return _meta(store.conn, key)


def set_meta(store: Store, key: str, value: str) -> None:
    with _writing(store) as conn:
        _put_meta(conn, key, value)


def about(store: Store) -> About:
    conn = store.conn
    published = _meta(conn, "published")
    installed = _meta(conn, "installed_at")
    services = conn.execute("SELECT count(*) FROM service").fetchone()[0]
    countries = tuple(r[0] for r in conn.execute(
        "SELECT DISTINCT country FROM service_country WHERE country != ? ORDER BY country",
        [EVERYWHERE]))
    return About(
        published=from_utc_text(published) if published else None,
        installed_at=from_utc_text(installed) if installed else None,
        source=_meta(conn, "source") or "", services=services, countries=countries)


def set_favourite(store: Store, service_id: str, on: bool) -> None:
    with _writing(store) as conn:
        if on:
            conn.execute("INSERT OR IGNORE INTO favourite VALUES (?)", [service_id])
        else:
            conn.execute("DELETE FROM favourite WHERE service_id = ?", [service_id])


def favourites(store: Store) -> frozenset[str]:
    return frozenset(r[0] for r in store.conn.execute("SELECT service_id FROM favourite"))


def load_directory(store: Store) -> Directory:
    """The directory installed, exactly (for export and signing)."""
    conn = store.conn
    published = _meta(conn, "published")
    if published is None:
        raise DataFileError(msg("{path}: no resource directory is installed yet.",
                                path=store.path))
    with _no_cycle_collection():
        return _load(conn, published)


def _load(conn: sqlite3.Connection, published: str) -> Directory:
    organizations = tuple(organization_from(r[0]) for r in conn.execute(
        "SELECT record FROM organization ORDER BY rowid"))
    services = tuple(service_from(r[0]) for r in conn.execute(
        "SELECT r.record FROM service s JOIN service_record r ON r.rowid = s.rowid "
        "ORDER BY s.position"))
    return Directory(organizations=organizations, services=services,
                     published=from_utc_text(published),
                     name=_meta(conn, "name") or "wellness-desk-directory",
                     title=_meta(conn, "title") or "")


def get_service(store: Store, service_id: str) -> Service | None:
    row = store.conn.execute(
        "SELECT r.record FROM service s JOIN service_record r ON r.rowid = s.rowid "
        "WHERE s.id = ?", [service_id]).fetchone()
    return None if row is None else service_from(row[0])


def get_organization(store: Store, organization_id: str) -> Organization | None:
    row = store.conn.execute("SELECT record FROM organization WHERE id = ?",
                             [organization_id]).fetchone()
    return None if row is None else organization_from(row[0])
