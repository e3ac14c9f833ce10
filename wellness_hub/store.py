"""The hub's database: SQLAlchemy Core, the same code on SQLite and PostgreSQL.

What is kept: hub activations (by name), one-time enrolment codes, devices, each
device's latest count cells, the read-only viewer tokens, the curators' public keys and the
signed resource directory (the envelope's bytes exactly as imported: the hub never
re-serialises what it serves). Tokens, codes and dashboard sessions are kept only as their
SHA-256: a copy of the database lets nobody sync, enrol or log in.

Writes on SQLite are serialised by a process-wide lock and `BEGIN IMMEDIATE`: twenty
laptops pushing at once would otherwise meet "database is locked" when a reading
transaction tries to become a writing one. PostgreSQL needs neither (row locks suffice).
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import re
import secrets
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    Engine,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    and_,
    create_engine,
    event,
    exists,
    func,
    inspect,
    literal,
    select,
    text,
    tuple_,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, IntegrityError
from sqlalchemy.pool import StaticPool

SCHEMA_VERSION = 5
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, no 1/I: read aloud, typed by hand
CODE_LENGTH = 12
DEFAULT_EXPIRY = timedelta(days=7)
MAX_EXPIRY = timedelta(days=366)
MAX_NAME = 200
SESSION_LIFETIME = timedelta(hours=12)
DEFAULT_VIEWER = "viewer"  # the label of a viewer token made without one
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"

metadata = MetaData()

hub_meta = Table(
    "hub_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)
activation = Table(
    "activation", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(MAX_NAME), nullable=False, unique=True),
    Column("created_utc", String(20), nullable=False),
)
enrolment = Table(
    "enrolment", metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("activation_id", Integer, ForeignKey("activation.id"), nullable=False),
    Column("label", String(MAX_NAME)),
    Column("created_utc", String(20), nullable=False),
    Column("expires_utc", String(20), nullable=False),
    Column("used_utc", String(20)),
    Column("device_id", String(28)),
)
device = Table(
    "device", metadata,
    Column("id", String(28), primary_key=True),
    Column("activation_id", Integer, ForeignKey("activation.id"), nullable=False),
    Column("label", String(MAX_NAME)),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("enrolled_utc", String(20), nullable=False),
    Column("last_seen_utc", String(20)),
    Column("revoked_utc", String(20)),
    # Enrolment order (1, 2, 3 …): which of two devices came later, even within a second.
    Column("seq", BigInteger, nullable=False, unique=True),
    # The highest revision this device has sent: a laptop put back from a copy learns
    # from it that its own counter went back.
    Column("max_revision", BigInteger, nullable=False, server_default="0"),
)
cell = Table(
    "cell", metadata,
    Column("device_id", String(28), ForeignKey("device.id"), primary_key=True),
    Column("metric", String(40), primary_key=True),
    Column("activation_uid", String(32), primary_key=True),
    Column("period", String(20), primary_key=True),
    # Canonical JSON of the dimensions (sorted keys, compact), as the desk keys its cells.
    Column("dims", Text, primary_key=True),
    Column("value", BigInteger, nullable=False),
    Column("revision", BigInteger, nullable=False),
    Column("updated_utc", String(20), nullable=False),
    # Finds the other devices' copies of a laptop's cell (see Store._counted).
    Index("cell_local_key", "activation_uid", "metric", "period", "dims"),
)
# Which hub activation a laptop's activation uid counts for: the hub activation of the first
# device that sent cells for it. Only devices of that hub activation may write it.
activation_uid = Table(
    "activation_uid", metadata,
    Column("uid", String(32), primary_key=True),
    Column("activation_id", Integer, ForeignKey("activation.id"), nullable=False),
    Column("bound_utc", String(20), nullable=False),
)
admin_session = Table(
    "admin_session", metadata,
    Column("id_hash", String(64), primary_key=True),
    Column("expires_utc", String(20), nullable=False),
)
# Read-only tokens for a funder or coordinator (`wellness-hub viewer-token`): they see the
# dashboard and `/v1/totals` with therapy figures suppressed, never exact. One per label,
# kept as its SHA-256 like every other secret here.
viewer = Table(
    "viewer", metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("label", String(MAX_NAME), nullable=False, unique=True),
    Column("created_utc", String(20), nullable=False),
)
# A viewer's dashboard sessions, apart from the admin's: a new admin token ends the admin's
# sessions only, and a viewer's new token or revocation ends that viewer's only.
viewer_session = Table(
    "viewer_session", metadata,
    Column("id_hash", String(64), primary_key=True),
    Column("token_hash", String(64), ForeignKey("viewer.token_hash", ondelete="CASCADE"),
           nullable=False),
    Column("expires_utc", String(20), nullable=False),
)
# The public keys of the curators whose signature the laptops trust (handed out at enrolment).
curator_key = Table(
    "curator_key", metadata,
    Column("key_b64", String(44), primary_key=True),
    Column("added_utc", String(20), nullable=False),
)
# The directory served at GET /v1/resources: at most one row, replaced by each import.
# The small columns first: SQLite walks a row's overflow pages to reach a column after a big
# one, and every 304 reads `sha256` (after 270 MB of blobs it took 80 ms, not 1).
resource_directory = Table(
    "resource_directory", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("sha256", String(64), nullable=False),  # of the envelope: the ETag
    Column("services", Integer, nullable=False),
    Column("imported_utc", String(20), nullable=False),
    Column("envelope", LargeBinary, nullable=False),
    # The same bytes gzipped once at import: 50,000 services take seconds to compress, and
    # every laptop fetches the same bytes.
    Column("envelope_gzip", LargeBinary, nullable=False),
)


class HubError(ValueError):
    """Bad input to a hub operation, with a message a coordinator can act on."""


class EnrolmentRefused(HubError):
    """An enrolment code that is unknown, used or expired."""


class DeviceRevoked(HubError):
    """A sync from a device revoked since its token was checked."""


class ForeignActivation(HubError):
    """A sync carrying cells of a laptop activation that counts for another hub activation."""


class DeviceAhead(HubError):
    """A sync from a laptop that says it sent at most revision N, while the hub holds more
    from it: its database went back to a copy (docs/sync-protocol.md, "A laptop put back
    from a copy"). Nothing of the batch is stored."""

    def __init__(self, device_revision: int) -> None:
        super().__init__("the hub holds later changes from this laptop than its database "
                         "says it sent (was it put back from a copy?): it catches up first, "
                         "nothing of this batch was stored")
        self.device_revision = device_revision


# -- small helpers ----------------------------------------------------------------------------


def utc_now() -> datetime:
    return datetime.now(UTC)


def _stamp(instant: datetime) -> str:
    return instant.astimezone(UTC).strftime(_TIME_FORMAT)


def _instant(stamp: str) -> datetime:
    return datetime.strptime(stamp, _TIME_FORMAT).replace(tzinfo=UTC)


def sha256_hex(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def dims_text(dims: dict[str, str]) -> str:
    """Canonical dimensions JSON: byte for byte the desk's `_dims_text`."""
    return json.dumps(dims, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def normalise_code(typed: str) -> str:
    """An enrolment code as typed ("k7qf-2mxd 9pla") → its canonical 12 characters."""
    return re.sub(r"[\s-]+", "", typed).upper()


def format_code(code: str) -> str:
    """K7QF2MXD9PLA → K7QF-2MXD-9PLA, the way it is printed and read aloud."""
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


def parse_expiry(text_: str) -> timedelta:
    """"7d", "12h", "30m" → a timedelta; anything else is a HubError saying what is allowed."""
    match = re.fullmatch(r"\s*(\d{1,6})\s*([dhm])\s*", text_.lower())
    if not match:
        raise HubError(f"expiry {text_!r} is not like 7d, 12h or 30m")
    amount, unit = int(match[1]), match[2]
    span = {"d": timedelta(days=amount), "h": timedelta(hours=amount),
            "m": timedelta(minutes=amount)}[unit]
    if span <= timedelta(0):
        raise HubError("expiry must be longer than zero")
    if span > MAX_EXPIRY:
        raise HubError("expiry must be at most 366 days")
    return span


def _clean_name(value: str | None, what: str, *, required: bool) -> str | None:
    if value is None or not value.strip():
        if required:
            raise HubError(f"{what} must not be empty")
        return None
    value = value.strip()
    if len(value) > MAX_NAME:
        raise HubError(f"{what} is longer than {MAX_NAME} characters")
    if re.search(r"[\x00-\x1f\x7f-\x9f]", value):
        raise HubError(f"{what} must not contain control characters")
    return value


# -- engine and schema ------------------------------------------------------------------------


def database_url(url_or_path: str) -> str:
    """A SQLAlchemy URL from what a user gave: a URL, or a bare path to a SQLite file."""
    if "://" not in url_or_path:
        return "sqlite:///" + str(Path(url_or_path).expanduser().resolve())
    # psycopg 3 is the driver we ship; a plain postgresql:// URL would pick psycopg2.
    for prefix in ("postgresql://", "postgres://"):
        if url_or_path.startswith(prefix):
            return "postgresql+psycopg://" + url_or_path[len(prefix):]
    return url_or_path


def make_engine(url_or_path: str) -> Engine:
    """An engine for the hub's database (SQLite tuned for concurrent writers)."""
    try:
        url = make_url(database_url(url_or_path))
    except ArgumentError:
        raise HubError("the database is neither a file path nor a database URL") from None
    backend = url.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise HubError(f"unsupported database {backend!r}: use a SQLite path or postgresql URL")
    try:
        if backend == "postgresql":
            return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
        memory = url.database in (None, "", ":memory:")
        if not memory:
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)  # type: ignore[arg-type]
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30},
            # One in-memory database only exists within one connection.
            **({"poolclass": StaticPool} if memory else {"pool_size": 10, "max_overflow": 20}),
        )
    except ArgumentError as exc:  # e.g. a driver that is not installed
        raise HubError(f"cannot open {backend} database: {exc}") from None

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite would defer it).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if not memory:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("hub_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


# Step n brings the schema from version n-1 to n. A later change appends a step (ALTERs,
# new tables); step 1 then has to keep creating the version-1 tables, not `metadata`'s.
def _step_1(conn: Connection) -> None:
    metadata.create_all(
        conn, tables=[activation, enrolment, device, cell, admin_session], checkfirst=True
    )


def _step_2(conn: Connection) -> None:
    """Bind each activation uid already stored to the hub activation of the first device
    (in enrolment order) that sent cells for it: a later device of another hub activation
    may have written it before writes were checked, and its copies stop counting."""
    activation_uid.create(conn, checkfirst=True)
    first = (
        select(cell.c.activation_uid, func.min(device.c.seq).label("seq"))
        .select_from(cell.join(device))
        .group_by(cell.c.activation_uid)
        .subquery()
    )
    conn.execute(activation_uid.insert().from_select(
        ["uid", "activation_id", "bound_utc"],
        select(first.c.activation_uid, device.c.activation_id,
               literal(_stamp(utc_now()), String(20)))
        .select_from(first.join(device, device.c.seq == first.c.seq)),
    ))


def _step_3(conn: Connection) -> None:
    """The resource directory and the curator keys (issue 12)."""
    metadata.create_all(conn, tables=[curator_key, resource_directory], checkfirst=True)


def _step_4(conn: Connection) -> None:
    """`device.max_revision` on a hub made before it existed (3a1ffb8 added it to the
    table, and step 1 creates it on a new hub, but no step added it to an older one: every
    push then failed with "no such column"). Each device starts at the highest revision
    of its cells: what it has sent so far."""
    if "max_revision" in {c["name"] for c in inspect(conn).get_columns("device")}:
        return
    conn.exec_driver_sql(
        "ALTER TABLE device ADD COLUMN max_revision BIGINT NOT NULL DEFAULT 0")
    conn.execute(device.update().values(max_revision=func.coalesce(
        select(func.max(cell.c.revision)).where(cell.c.device_id == device.c.id)
        .scalar_subquery(), 0)))


def _step_5(conn: Connection) -> None:
    """Viewer tokens and their dashboard sessions (issue 14)."""
    metadata.create_all(conn, tables=[viewer, viewer_session], checkfirst=True)


_STEPS = {1: _step_1, 2: _step_2, 3: _step_3, 4: _step_4, 5: _step_5}


@dataclass(frozen=True, slots=True)
class DeviceRow:
    id: str
    activation: str
    label: str | None
    enrolled_utc: str
    last_seen_utc: str | None
    revoked_utc: str | None


@dataclass(frozen=True, slots=True)
class ViewerRow:
    label: str
    created_utc: str


@dataclass(frozen=True, slots=True)
class StoredDirectory:
    """The signed directory the hub serves, as imported."""

    envelope: bytes
    envelope_gzip: bytes  # the same bytes gzipped (mtime 0: the same every time)
    sha256: str
    services: int
    imported_utc: str


@dataclass(frozen=True, slots=True)
class Enrolled:
    device_id: str
    token: str
    activation: str


@dataclass(frozen=True, slots=True)
class Synced:
    held: list[int]  # per cell sent, in order
    device_revision: int  # the highest revision held from the device
    differs: list[int]  # indexes of cells the hub holds differently at a revision >= sent


@dataclass(frozen=True, slots=True)
class HeldCells:
    """A page of one device's own cells, as `GET /v1/cells` answers it."""

    device_revision: int
    cells: list[dict[str, Any]]  # activation, metric, period, dims, value, revision
    more: bool


@dataclass(frozen=True, slots=True)
class IncomingCell:
    """One cell of a sync batch, already validated against the allow-list."""

    metric: str
    activation_uid: str
    period: str
    dims: str  # canonical JSON (see dims_text)
    value: int
    revision: int

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.metric, self.activation_uid, self.period, self.dims)


class Store:
    """The hub's data, over one engine. Thread-safe: each call uses its own connection."""

    def __init__(self, engine_or_url: Engine | str) -> None:
        self.engine = (
            engine_or_url if isinstance(engine_or_url, Engine) else make_engine(engine_or_url)
        )
        self.dialect = self.engine.dialect.name
        if self.dialect not in ("sqlite", "postgresql"):
            raise HubError(f"unsupported database {self.dialect!r}")
        self._insert = sqlite.insert if self.dialect == "sqlite" else postgresql.insert
        # In-process writers queue here rather than spin on SQLite's busy handler.
        self._write_lock: contextlib.AbstractContextManager[Any] = (
            threading.Lock() if self.dialect == "sqlite" else contextlib.nullcontext()
        )
        self.migrate()

    def close(self) -> None:
        self.engine.dispose()

    @contextlib.contextmanager
    def _write(self) -> Iterator[Connection]:
        """One write transaction: all of it or nothing."""
        with self._write_lock, self.engine.connect() as conn:
            conn.execution_options(hub_write=True)
            with conn.begin():
                yield conn

    @contextlib.contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    # -- schema ----------------------------------------------------------------------------

    def migrate(self) -> int:
        """Create or bring the schema up to date; return the version now in place."""
        with self._write() as conn:
            if self.dialect == "postgresql":
                # Two processes starting on a fresh database must not both create tables.
                conn.execute(text("SELECT pg_advisory_xact_lock(727501)"))
            hub_meta.create(conn, checkfirst=True)
            found = conn.execute(
                select(hub_meta.c.value).where(hub_meta.c.key == "schema_version")
            ).scalar()
            version = int(found) if found is not None else 0
            if version > SCHEMA_VERSION:
                raise HubError(
                    f"the database has schema version {version}; this hub knows up to "
                    f"{SCHEMA_VERSION}: upgrade wellness-hub"
                )
            for step in range(version + 1, SCHEMA_VERSION + 1):
                _STEPS[step](conn)
            if version != SCHEMA_VERSION:
                self._set_meta(conn, "schema_version", str(SCHEMA_VERSION))
            return SCHEMA_VERSION

    def _set_meta(self, conn: Connection, key: str, value: str) -> None:
        stmt = self._insert(hub_meta).values(key=key, value=value)
        conn.execute(stmt.on_conflict_do_update(
            index_elements=[hub_meta.c.key], set_={"value": stmt.excluded.value}
        ))

    def schema_version(self) -> int:
        with self._read() as conn:
            return int(conn.execute(
                select(hub_meta.c.value).where(hub_meta.c.key == "schema_version")
            ).scalar_one())

    # -- admin token and dashboard sessions ------------------------------------------------

    def new_admin_token(self) -> str:
        """Make the admin token, replacing (and logging out) any previous one."""
        token = secrets.token_urlsafe(32)
        with self._write() as conn:
            self._set_meta(conn, "admin_token_sha256", sha256_hex(token))
            conn.execute(admin_session.delete())
        return token

    def is_admin_token(self, token: str) -> bool:
        with self._read() as conn:
            held = conn.execute(
                select(hub_meta.c.value).where(hub_meta.c.key == "admin_token_sha256")
            ).scalar()
        return held is not None and secrets.compare_digest(held, sha256_hex(token))

    def new_viewer_token(self, label: str | None = None, *,
                         now: datetime | None = None) -> str:
        """Make a read-only token for `label` (a funder, a coordinator), replacing (and
        logging out) that label's previous one; other viewers keep theirs."""
        name = _clean_name(label, "viewer label", required=False) or DEFAULT_VIEWER
        token = secrets.token_urlsafe(32)
        with self._write() as conn:
            old = select(viewer.c.token_hash).where(viewer.c.label == name).scalar_subquery()
            conn.execute(viewer_session.delete().where(viewer_session.c.token_hash == old))
            conn.execute(viewer.delete().where(viewer.c.label == name))
            conn.execute(viewer.insert().values(token_hash=sha256_hex(token), label=name,
                                                created_utc=_stamp(now or utc_now())))
        return token

    def is_viewer_token(self, token: str) -> bool:
        with self._read() as conn:
            return conn.execute(select(viewer.c.label).where(
                viewer.c.token_hash == sha256_hex(token))).first() is not None

    def viewers(self) -> list[ViewerRow]:
        with self._read() as conn:
            rows = conn.execute(select(viewer.c.label, viewer.c.created_utc)
                                .order_by(viewer.c.label)).all()
        return [ViewerRow(**row._mapping) for row in rows]

    def revoke_viewer(self, label: str) -> bool:
        """Refuse the viewer token of `label` from now on (its sessions end); False if
        there is none."""
        name = _clean_name(label, "viewer label", required=True)
        with self._write() as conn:
            old = select(viewer.c.token_hash).where(viewer.c.label == name).scalar_subquery()
            conn.execute(viewer_session.delete().where(viewer_session.c.token_hash == old))
            return conn.execute(viewer.delete().where(viewer.c.label == name)).rowcount == 1

    def open_session(self, *, now: datetime | None = None) -> str:
        """A dashboard session id (the cookie value), after a correct admin token."""
        now = now or utc_now()
        session_id = secrets.token_urlsafe(32)
        with self._write() as conn:
            self._forget_expired(conn, now)
            conn.execute(admin_session.insert().values(
                id_hash=sha256_hex(session_id), expires_utc=_stamp(now + SESSION_LIFETIME)
            ))
        return session_id

    def open_viewer_session(self, token: str, *, now: datetime | None = None) -> str | None:
        """A dashboard session id for the viewer holding `token`; None if no viewer does
        (checked in the same transaction: a token revoked a moment ago opens nothing)."""
        now = now or utc_now()
        token_hash = sha256_hex(token)
        known = select(viewer.c.label).where(viewer.c.token_hash == token_hash)
        # A wrong token is refused on a read: guessing never takes the write lock.
        with self._read() as conn:
            if conn.execute(known).first() is None:
                return None
        session_id = secrets.token_urlsafe(32)
        with self._write() as conn:
            if conn.execute(known).first() is None:
                return None
            self._forget_expired(conn, now)
            conn.execute(viewer_session.insert().values(
                id_hash=sha256_hex(session_id), token_hash=token_hash,
                expires_utc=_stamp(now + SESSION_LIFETIME)))
        return session_id

    @staticmethod
    def _forget_expired(conn: Connection, now: datetime) -> None:
        for table in (admin_session, viewer_session):
            conn.execute(table.delete().where(table.c.expires_utc < _stamp(now)))

    def session_role(self, session_id: str, *, now: datetime | None = None) -> str | None:
        """"admin" or "viewer" for a live dashboard session, else None."""
        now = now or utc_now()
        id_hash = sha256_hex(session_id)
        with self._read() as conn:
            for role, table in (("admin", admin_session), ("viewer", viewer_session)):
                expires = conn.execute(select(table.c.expires_utc)
                                       .where(table.c.id_hash == id_hash)).scalar()
                if expires is not None:
                    return role if _instant(expires) > now else None
        return None

    def is_session(self, session_id: str, *, now: datetime | None = None) -> bool:
        return self.session_role(session_id, now=now) is not None

    def close_session(self, session_id: str) -> None:
        with self._write() as conn:
            for table in (admin_session, viewer_session):
                conn.execute(table.delete().where(table.c.id_hash == sha256_hex(session_id)))

    # -- enrolment -------------------------------------------------------------------------

    def _activation_id(self, conn: Connection, name: str, now: datetime) -> int:
        stmt = self._insert(activation).values(name=name, created_utc=_stamp(now))
        conn.execute(stmt.on_conflict_do_nothing(index_elements=[activation.c.name]))
        return conn.execute(
            select(activation.c.id).where(activation.c.name == name)
        ).scalar_one()

    def create_enrolment(self, activation_name: str, *, label: str | None = None,
                         expires: timedelta = DEFAULT_EXPIRY,
                         now: datetime | None = None) -> str:
        """A one-time code (XXXX-XXXX-XXXX) for a laptop to join the hub activation.

        The activation is created by name if it does not exist yet.
        """
        name = _clean_name(activation_name, "activation name", required=True)
        assert name is not None  # required=True refuses an empty name instead
        label = _clean_name(label, "label", required=False)
        if expires <= timedelta(0) or expires > MAX_EXPIRY:
            raise HubError("expiry must be longer than zero and at most 366 days")
        now = now or utc_now()
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        with self._write() as conn:
            conn.execute(enrolment.insert().values(
                code_hash=sha256_hex(code), activation_id=self._activation_id(conn, name, now),
                label=label, created_utc=_stamp(now), expires_utc=_stamp(now + expires),
            ))
        return format_code(code)

    def redeem(self, typed_code: str, token: str, *, now: datetime | None = None) -> Enrolled:
        """Trade a one-time code and the laptop's own token for a new device.

        The same code with the same token again answers the same device (an enrolment whose
        answer was lost is asked again); with another token it is refused as used.
        EnrolmentRefused when the code is unknown, used or expired, or when the token
        already belongs to another device (the code then stays unused).
        """
        now = now or utc_now()
        code_hash = sha256_hex(normalise_code(typed_code))
        token_hash = sha256_hex(token)
        lookup = (
            select(enrolment.c.activation_id, enrolment.c.label, enrolment.c.expires_utc,
                   enrolment.c.used_utc, enrolment.c.device_id, activation.c.name,
                   device.c.token_hash)
            .join(activation, activation.c.id == enrolment.c.activation_id)
            .outerjoin(device, device.c.id == enrolment.c.device_id)
            .where(enrolment.c.code_hash == code_hash)
        )

        def decide(row: Any) -> Enrolled | None:
            if row is None:
                raise EnrolmentRefused("this enrolment code is not known to the hub")
            if row.used_utc is not None:
                if row.token_hash is not None and secrets.compare_digest(row.token_hash,
                                                                          token_hash):
                    return Enrolled(device_id=row.device_id, token=token,
                                    activation=row.name)
                raise EnrolmentRefused("this enrolment code has already been used")
            if _instant(row.expires_utc) <= now:
                raise EnrolmentRefused("this enrolment code has expired: ask for a new one")
            return None

        # Refused codes are decided on a read: guessing codes never takes the write lock.
        with self._read() as conn:
            again = decide(conn.execute(lookup).first())
        if again is not None:
            return again
        device_id = "dev_" + secrets.token_hex(12)
        taken = EnrolmentRefused(
            "this token already belongs to another device: the laptop makes a new token "
            "for each code (this code is still unused)")
        try:
            with self._write() as conn:
                row = conn.execute(lookup).first()
                again = decide(row)
                if again is not None:
                    return again
                assert row is not None  # decide() refuses a code that is not there
                if conn.execute(
                    select(device.c.id).where(device.c.token_hash == token_hash)
                ).first():
                    raise taken
                # The condition on used_utc keeps a code single-use under concurrent redeems.
                claimed = conn.execute(
                    enrolment.update()
                    .where(enrolment.c.code_hash == code_hash, enrolment.c.used_utc.is_(None))
                    .values(used_utc=_stamp(now), device_id=device_id)
                ).rowcount
                if claimed != 1:
                    raise EnrolmentRefused("this enrolment code has already been used")
                if self.dialect == "postgresql":
                    # Serialise enrolments so two never take the same sequence number.
                    conn.execute(text("SELECT pg_advisory_xact_lock(727502)"))
                seq = conn.execute(
                    select(func.coalesce(func.max(device.c.seq), 0) + 1)).scalar_one()
                conn.execute(device.insert().values(
                    id=device_id, activation_id=row.activation_id, label=row.label,
                    token_hash=token_hash, enrolled_utc=_stamp(now), seq=seq,
                ))
        except IntegrityError:
            # One token offered with two codes at the same moment (PostgreSQL): the token's
            # unique index refused the second device, and its transaction kept nothing.
            raise taken from None
        return Enrolled(device_id=device_id, token=token, activation=row.name)

    # -- the resource directory and its curators --------------------------------------------

    def trust_curator(self, key_b64: str, *, now: datetime | None = None) -> bool:
        """Hand this curator key to laptops from now on (at enrolment); False if it was
        trusted already. The key is checked by the caller (`signing.parse_public_key`)."""
        stmt = self._insert(curator_key).values(key_b64=key_b64,
                                                added_utc=_stamp(now or utc_now()))
        with self._write() as conn:
            return conn.execute(stmt.on_conflict_do_nothing(
                index_elements=[curator_key.c.key_b64])).rowcount == 1

    def curator_keys(self) -> list[str]:
        """The trusted curator keys (base64), oldest first."""
        with self._read() as conn:
            return list(conn.execute(
                select(curator_key.c.key_b64)
                .order_by(curator_key.c.added_utc, curator_key.c.key_b64)).scalars())

    def put_directory(self, envelope: bytes, *, services: int,
                      now: datetime | None = None) -> StoredDirectory:
        """Serve this signed envelope from now on (checked by the caller: `resources
        import`). The same bytes again change nothing, not even the import time."""
        digest = hashlib.sha256(envelope).hexdigest()
        imported = _stamp(now or utc_now())
        packed = gzip.compress(envelope, compresslevel=6, mtime=0)  # outside the write lock
        row: dict[str, Any] = {"id": 1, "envelope": envelope, "envelope_gzip": packed,
                               "sha256": digest, "services": services,
                               "imported_utc": imported}
        with self._write() as conn:
            held = conn.execute(select(resource_directory.c.sha256, resource_directory.c.
                                       imported_utc)).first()
            if held is not None and held.sha256 == digest:
                return StoredDirectory(envelope, packed, digest, services, held.imported_utc)
            stmt = self._insert(resource_directory).values(**row)
            conn.execute(stmt.on_conflict_do_update(
                index_elements=[resource_directory.c.id],
                set_={k: stmt.excluded[k] for k in row if k != "id"}))
        return StoredDirectory(envelope, packed, digest, services, imported)

    def directory_sha256(self) -> str | None:
        """The ETag's digest of the directory served, without reading its bytes."""
        with self._read() as conn:
            return conn.execute(select(resource_directory.c.sha256)).scalar()

    def directory(self) -> StoredDirectory | None:
        with self._read() as conn:
            row = conn.execute(select(
                resource_directory.c.envelope, resource_directory.c.envelope_gzip,
                resource_directory.c.sha256, resource_directory.c.services,
                resource_directory.c.imported_utc)).first()
        return None if row is None else StoredDirectory(bytes(row[0]), bytes(row[1]), row[2],
                                                        row[3], row[4])

    # -- devices ---------------------------------------------------------------------------

    def device_for_token(self, token: str) -> str | None:
        """The id of the live (not revoked) device holding this token, else None."""
        with self._read() as conn:
            return conn.execute(
                select(device.c.id).where(
                    device.c.token_hash == sha256_hex(token), device.c.revoked_utc.is_(None)
                )
            ).scalar()

    def device_activation(self, device_id: str) -> str | None:
        """The name of the hub activation the device was enrolled for."""
        with self._read() as conn:
            return conn.execute(
                select(activation.c.name).join(device, device.c.activation_id == activation.c.id)
                .where(device.c.id == device_id)).scalar()

    def devices(self) -> list[DeviceRow]:
        with self._read() as conn:
            rows = conn.execute(
                select(device.c.id, activation.c.name.label("activation"), device.c.label,
                       device.c.enrolled_utc, device.c.last_seen_utc, device.c.revoked_utc)
                .join(activation, activation.c.id == device.c.activation_id)
                .order_by(activation.c.name, device.c.enrolled_utc, device.c.id)
            ).all()
        return [DeviceRow(**row._mapping) for row in rows]

    def revoke(self, device_id: str, *, now: datetime | None = None) -> bool:
        """Refuse the device's token from now on; False if it was revoked already."""
        now = now or utc_now()
        with self._write() as conn:
            found = conn.execute(
                select(device.c.revoked_utc).where(device.c.id == device_id)
            ).first()
            if found is None:
                raise HubError(f"no device {device_id!r} on this hub (see: wellness-hub devices)")
            if found.revoked_utc is not None:
                return False
            conn.execute(device.update().where(device.c.id == device_id)
                         .values(revoked_utc=_stamp(now)))
        return True

    # -- cells -----------------------------------------------------------------------------

    def sync(self, device_id: str, cells: Sequence[IncomingCell], *,
             now: datetime | None = None, expect_revision: int | None = None) -> Synced:
        """Upsert a device's cells keeping the higher revision; return, for each cell in
        order, the revision the hub now holds, and the device's highest revision. One
        transaction: all of it or nothing.

        `expect_revision`: the highest revision the laptop has ever sent. The hub holding
        more from the device means its database went back to a copy: DeviceAhead, and
        nothing is stored (the laptop catches up with `device_cells` first)."""
        now_text = _stamp(now or utc_now())
        # A key sent twice in one batch: the highest revision wins, the first of equals
        # (as if they had come one by one). PostgreSQL refuses one INSERT touching a row twice.
        best: dict[tuple[str, str, str, str], IncomingCell] = {}
        for c in cells:
            kept = best.get(c.key)
            if kept is None or c.revision > kept.revision:
                best[c.key] = c
        rows = [
            {"device_id": device_id, "metric": c.metric, "activation_uid": c.activation_uid,
             "period": c.period, "dims": c.dims, "value": c.value, "revision": c.revision,
             "updated_utc": now_text}
            for c in best.values()
        ]
        stmt = self._insert(cell)
        stmt = stmt.on_conflict_do_update(
            index_elements=[cell.c.device_id, cell.c.metric, cell.c.activation_uid,
                            cell.c.period, cell.c.dims],
            set_={"value": stmt.excluded.value, "revision": stmt.excluded.revision,
                  "updated_utc": stmt.excluded.updated_utc},
            where=cell.c.revision < stmt.excluded.revision,
        )
        key_columns = tuple_(cell.c.metric, cell.c.activation_uid, cell.c.period, cell.c.dims)
        with self._write() as conn:
            # Seen only when accepted; a device revoked a moment ago writes nothing. Taken
            # first, this row lock also queues one device's concurrent pushes (a replaying
            # proxy), so their cell upserts cannot deadlock on PostgreSQL.
            top = max((c.revision for c in cells), default=0)
            if expect_revision is not None:
                held_top = conn.execute(select(device.c.max_revision).where(
                    device.c.id == device_id)).scalar()
                if held_top is not None and held_top > expect_revision:
                    raise DeviceAhead(held_top)
            seen = conn.execute(
                device.update()
                .where(device.c.id == device_id, device.c.revoked_utc.is_(None))
                .values(last_seen_utc=now_text,
                        max_revision=func.max(device.c.max_revision, top)
                        if self.dialect == "sqlite"
                        else func.greatest(device.c.max_revision, top))
            ).rowcount
            if seen != 1:
                raise DeviceRevoked(f"device {device_id} is revoked or unknown")
            self._check_activations(conn, device_id, cells, now_text)
            # The rows written come back with the revision now held; a cell not written
            # (the hub already holds it at that revision or higher: a replay) is looked up.
            held = {
                (m, a, p, d): r for m, a, p, d, r in conn.execute(
                    stmt.returning(cell.c.metric, cell.c.activation_uid, cell.c.period,
                                   cell.c.dims, cell.c.revision), rows)
            } if rows else {}
            older = [key for key in best if key not in held]
            stored_values: dict[tuple[str, str, str, str], int] = {}
            if older:
                for m, a, p, d, r, v in conn.execute(
                    select(cell.c.metric, cell.c.activation_uid, cell.c.period,
                           cell.c.dims, cell.c.revision, cell.c.value)
                    .where(cell.c.device_id == device_id, key_columns.in_(older))
                ):
                    held[(m, a, p, d)] = r
                    stored_values[(m, a, p, d)] = v
            device_revision = conn.execute(
                select(device.c.max_revision).where(device.c.id == device_id)).scalar_one()
        # A device never sends two values under one revision, nor an older revision after a
        # newer one for the same cell, unless its database went back to a copy: say which
        # cells the hub holds at their revision or later with another value, so it numbers
        # them again above `device_revision`. The same value is no news (nothing to resend).
        differs = [
            i for i, c in enumerate(cells)
            if c.key in stored_values and stored_values[c.key] != c.value
        ]
        return Synced(held=[held[c.key] for c in cells], device_revision=device_revision,
                      differs=differs)

    def device_cells(self, device_id: str, *, after: int = 0,
                     limit: int = 1000) -> HeldCells:
        """The device's own cells held at a revision above `after`, lowest revision first:
        at most `limit` of them, cut before a revision (two copies of one database may have
        numbered different cells alike, and the next page starts after the last revision
        listed). Only the device's own anonymous cells: what it sent itself."""
        columns = (cell.c.activation_uid, cell.c.metric, cell.c.period, cell.c.dims,
                   cell.c.value, cell.c.revision)
        mine = and_(cell.c.device_id == device_id, cell.c.revision > after)
        order = (cell.c.revision, cell.c.metric, cell.c.activation_uid, cell.c.period,
                 cell.c.dims)
        with self._read() as conn:
            top = conn.execute(select(device.c.max_revision).where(
                device.c.id == device_id)).scalar() or 0
            # The first row past `limit`: its revision starts the next page.
            cut = conn.execute(select(cell.c.revision).where(mine).order_by(cell.c.revision)
                               .offset(limit).limit(1)).scalar()
            if cut is None:
                rows = conn.execute(select(*columns).where(mine).order_by(*order)).all()
            else:
                rows = conn.execute(select(*columns).where(mine, cell.c.revision < cut)
                                    .order_by(*order)).all()
                if not rows:  # more than `limit` cells at one revision: that one page
                    rows = conn.execute(select(*columns).where(
                        cell.c.device_id == device_id, cell.c.revision == cut)
                        .order_by(*order)).all()
        return HeldCells(
            device_revision=int(top), more=cut is not None,
            cells=[{"activation": a, "metric": m, "period": p, "dims": json.loads(d),
                    "value": int(v), "revision": int(r)} for a, m, p, d, v, r in rows])

    def _check_activations(self, conn: Connection, device_id: str,
                           cells: Sequence[IncomingCell], now_text: str) -> None:
        """Bind the batch's activation uids not seen before to the device's hub activation;
        ForeignActivation (and the caller's transaction keeps nothing) if one is bound to
        another hub activation."""
        own = conn.execute(
            select(device.c.activation_id).where(device.c.id == device_id)).scalar_one()
        uids = sorted({c.activation_uid for c in cells})  # one order: no deadlock on PostgreSQL
        conn.execute(
            self._insert(activation_uid).on_conflict_do_nothing(
                index_elements=[activation_uid.c.uid]),
            [{"uid": uid, "activation_id": own, "bound_utc": now_text} for uid in uids],
        )
        foreign = set(conn.execute(
            select(activation_uid.c.uid)
            .where(activation_uid.c.uid.in_(uids), activation_uid.c.activation_id != own)
        ).scalars())
        if foreign:
            first = next(i for i, c in enumerate(cells) if c.activation_uid in foreign)
            raise ForeignActivation(
                f"cells[{first}] belongs to a laptop activation that counts for another hub "
                "activation: a device sends only the activation it was enrolled for (connect "
                "this laptop with a code for that activation); nothing was stored")

    @staticmethod
    def _counted() -> Any:
        """The condition a cell row must meet to count in totals.

        A laptop that connects again (a new code after a revoke, or a new binding) is a
        new device, and resends all its cells from the start; its old device's copies are
        still stored. A cell is keyed on the laptop by its activation's random uid, so two
        devices holding the same (activation uid, metric, period, dims) are the same laptop:
        only the copy of the device enrolled last counts, and nothing is counted twice. Until
        the new device has resent a cell, the old copy still counts.

        Only devices of the hub activation the uid is bound to count (and shadow one
        another): copies a device of another hub activation stored before writes were
        checked (schema version 1) count nowhere.
        """
        newer_cell, newer_device = cell.alias("newer_cell"), device.alias("newer_device")
        return and_(
            exists().where(activation_uid.c.uid == cell.c.activation_uid,
                           activation_uid.c.activation_id == device.c.activation_id),
            ~exists().where(
                newer_cell.c.activation_uid == cell.c.activation_uid,
                newer_cell.c.metric == cell.c.metric,
                newer_cell.c.period == cell.c.period,
                newer_cell.c.dims == cell.c.dims,
                newer_device.c.id == newer_cell.c.device_id,
                newer_device.c.activation_id == device.c.activation_id,
                newer_device.c.seq > device.c.seq,
            ),
        )

    def totals(self, *, activation_name: str | None = None) -> list[dict[str, Any]]:
        """Per hub activation and metric: the sum over devices of each one's latest cells
        (a laptop's cell counted once, see `_counted`); one hub activation's if named."""
        with self._read() as conn:
            rows = conn.execute(
                select(activation.c.name, cell.c.metric, func.sum(cell.c.value))
                .select_from(cell.join(device).join(activation))
                .where(self._counted(), *self._only(activation_name))
                .group_by(activation.c.name, cell.c.metric)
                .order_by(activation.c.name, cell.c.metric)
            ).all()
        return [{"activation": a, "metric": m, "value": int(v)} for a, m, v in rows]

    def detail(self, *, activation_name: str | None = None,
               metrics: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """Cells summed over devices, by hub activation, metric, period and dimensions (one
        hub activation's if named; only `metrics` if given)."""
        where = [self._counted(), *self._only(activation_name)]
        if metrics is not None:
            where.append(cell.c.metric.in_(list(metrics)))
        with self._read() as conn:
            rows = conn.execute(
                select(activation.c.name, cell.c.metric, cell.c.period, cell.c.dims,
                       func.sum(cell.c.value))
                .select_from(cell.join(device).join(activation))
                .where(*where)
                .group_by(activation.c.name, cell.c.metric, cell.c.period, cell.c.dims)
                .order_by(activation.c.name, cell.c.metric, cell.c.period, cell.c.dims)
            ).all()
        return [
            {"activation": a, "metric": m, "period": p, "dims": json.loads(d), "value": int(v)}
            for a, m, p, d, v in rows
        ]

    @staticmethod
    def _only(activation_name: str | None) -> list[Any]:
        return [] if activation_name is None else [activation.c.name == activation_name]

    def cell_rows(self) -> list[tuple[Any, ...]]:
        """Every stored cell row, in key order (what tests compare before and after)."""
        with self._read() as conn:
            return [tuple(row) for row in conn.execute(
                select(cell).order_by(*cell.primary_key.columns)
            )]


def open_store(url_or_path: str) -> Store:
    """A Store over a URL or SQLite path, schema created or migrated."""
    return Store(make_engine(url_or_path))
