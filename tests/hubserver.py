"""A real hub for tests: `python -m wellness_hub serve` in a subprocess, spoken to over HTTP.

    with HubServer("sqlite:////tmp/x/hub.sqlite3", log_path=tmp_path / "hub.log") as hub:
        code = hub.enrol("Summer Fest 2026")
        device_id, token = hub.device("Summer Fest 2026")
        hub.totals()

The server's stdout and stderr go to `log_path` (privacy tests read it). `restart()` keeps
the database and the port, so a desk configured with `hub.url` keeps working.

Starting a hub costs about half a second of CPU (FastAPI, SQLAlchemy, uvicorn), so most tests
share one: `SharedHub` keeps a server running for the whole session and hands it to each test
as an empty hub (its database put back as the server left it when first started, the log
read from where the test began). See tests/conftest.py.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parent.parent
PG_ENV = "WELLNESS_HUB_TEST_PG"
PG_SKIP = f"PostgreSQL tests skipped: set {PG_ENV} to run them"


def free_port() -> int:
    """A port nobody listens on right now (the kernel's pick)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class HubServer:
    """The real hub process on 127.0.0.1, its database at `db_url`."""

    def __init__(self, db_url: str, *, log_path: Path | str, port: int | None = None,
                 rate: float | None = None, burst: int | None = None,
                 extra_args: Sequence[str] = (), start_timeout: float = 30.0) -> None:
        self.db_url = db_url
        self.log_path = Path(log_path)
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.serve_args = [*extra_args]
        if rate is not None:
            self.serve_args += ["--rate", str(rate)]
        if burst is not None:
            self.serve_args += ["--burst", str(burst)]
        if rate is not None and burst is not None and rate >= 100:
            # A roomy hub (faults, not limits, under test): callers enrol freely too.
            self.serve_args += ["--caller-rate", str(rate), "--caller-burst", str(burst)]
        self.start_timeout = start_timeout
        self._process: subprocess.Popen[bytes] | None = None
        self._log: Any = None
        self._admin_token: str | None = None
        self._log_from = 0

    # -- lifecycle ------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self) -> HubServer:
        """Start the server and wait until /healthz answers."""
        if self.running:
            return self
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = open(self.log_path, "ab")  # noqa: SIM115 - closed by stop()
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        env.pop("WELLNESS_HUB_DB", None)
        self._process = subprocess.Popen(
            [sys.executable, "-m", "wellness_hub", "--db", self.db_url, "serve",
             "--port", str(self.port), *self.serve_args],
            stdout=self._log, stderr=subprocess.STDOUT, cwd=REPO, env=env,
        )
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                self._close_log()
                raise RuntimeError(f"the hub exited at start:\n{self.log_text()[-3000:]}")
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"the hub did not answer /healthz in time:\n{self.log_text()[-3000:]}")

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL if it lingers)."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
        self._close_log()

    def restart(self) -> HubServer:
        """Stop and start again: same database, same port."""
        self.stop()
        return self.start()

    def kill(self) -> None:
        """Stop the server the hard way (kill -9), as a crash would."""
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.wait(timeout=10)
        self._process = None
        self._close_log()

    def _close_log(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> HubServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def log_text(self) -> str:
        """What the server has written since it started, or since `mark_log()`."""
        if not self.log_path.exists():
            return ""
        with open(self.log_path, "rb") as log:
            log.seek(self._log_from)
            return log.read().decode("utf-8", errors="replace")

    def mark_log(self) -> None:
        """From now on `log_text()` reads only what comes after this point."""
        self._log_from = self.log_path.stat().st_size if self.log_path.exists() else 0

    # -- admin side, through the library on the same database ------------------------------

    @contextlib.contextmanager
    def store(self) -> Iterator[Any]:
        """The hub's Store on the same database (for setup and for reading it back)."""
        from wellness_hub.store import open_store

        store = open_store(self.db_url)
        try:
            yield store
        finally:
            store.close()

    def admin_token(self) -> str:
        """The admin token (made once, then cached)."""
        if self._admin_token is None:
            with self.store() as store:
                self._admin_token = store.new_admin_token()
        return self._admin_token

    def enrol(self, activation: str, label: str | None = None,
              expires: str | None = None) -> str:
        """A one-time code, as `wellness-hub enroll` makes it (XXXX-XXXX-XXXX)."""
        from wellness_hub.store import DEFAULT_EXPIRY, parse_expiry

        with self.store() as store:
            return store.create_enrolment(
                activation, label=label,
                expires=parse_expiry(expires) if expires else DEFAULT_EXPIRY,
            )

    def device(self, activation: str, label: str | None = None) -> tuple[str, str]:
        """Enrol a new device over HTTP: (device_id, token)."""
        token = secrets.token_urlsafe(32)
        answer = httpx.post(f"{self.url}/v1/enroll",
                            json={"code": self.enrol(activation, label), "token": token},
                            timeout=10)
        answer.raise_for_status()
        return answer.json()["device_id"], token

    def cell_rows(self) -> list[tuple[Any, ...]]:
        """Every row of the hub's cell table, in key order."""
        with self.store() as store:
            return store.cell_rows()

    # -- HTTP --------------------------------------------------------------------------------

    def client(self, token: str | None = None, **kwargs: Any) -> httpx.Client:
        """An httpx client on the hub, with a bearer token when given."""
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=30, **kwargs)

    def sync(self, token: str | None, body: Any, *, gzip: bool = True,
             headers: dict[str, str] | None = None) -> httpx.Response:
        """POST /v1/sync as the desk does (JSON, gzip unless told otherwise)."""
        return post_sync(self.url, token, body, gzip=gzip, headers=headers)

    def totals(self, detail: bool = False) -> dict[str, Any]:
        """GET /v1/totals with the admin token: {"totals": [...], ("cells": [...])}."""
        answer = httpx.get(
            f"{self.url}/v1/totals", params={"detail": "cells"} if detail else None,
            headers={"Authorization": f"Bearer {self.admin_token()}"}, timeout=30,
        )
        answer.raise_for_status()
        return answer.json()


# -- one hub for many tests ---------------------------------------------------------------------


class SharedHub:
    """A hub server kept running across tests, each test checking it out as an empty hub.

    Between two tests the database goes back to the rows the server's own migration left
    (every table emptied, `hub_meta` as at the first start), written straight to the
    database by the test harness while the server is idle: the hub holds no state of its
    own in memory but its rate-limit buckets, so `hub` gets per-address limits out of the
    way (a test of a limit starts its own HubServer with the flags it tests). A test that
    stopped the server, or changed the schema (dropped a table), gets a fresh start.
    """

    def __init__(self, server: HubServer) -> None:
        self.server = server
        self._fresh: dict[str, list[dict[str, Any]]] | None = None
        self._shape: dict[str, tuple[str, ...]] | None = None
        self._engine: Any = None

    def checkout(self) -> HubServer:
        server = self.server
        if self._fresh is None:
            self._start()
            from sqlalchemy import MetaData

            meta = MetaData()
            meta.reflect(self._db())
            with self._db().connect() as conn:
                self._fresh = {t.name: [dict(r._mapping) for r in conn.execute(t.select())]
                               for t in meta.sorted_tables}
            self._shape = self._current_shape()
        elif not self._healthy() or self._current_shape() != self._shape:
            server.stop()
            self._drop_everything()
            self._start()
        self._put_back()
        server._admin_token = None
        server.mark_log()
        return server

    def close(self) -> None:
        self.server.stop()
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def _start(self) -> None:
        try:
            self.server.start()
        except RuntimeError:
            # The port went to someone else while the server was down: take another.
            self.server.port = free_port()
            self.server.url = f"http://127.0.0.1:{self.server.port}"
            self.server.start()

    def _db(self) -> Any:
        if self._engine is None:
            from wellness_hub.store import make_engine

            self._engine = make_engine(self.server.db_url)
        return self._engine

    def _healthy(self) -> bool:
        if not self.server.running:
            return False
        try:
            return httpx.get(f"{self.server.url}/healthz", timeout=5).status_code == 200
        except httpx.HTTPError:
            return False

    def _current_shape(self) -> dict[str, tuple[str, ...]]:
        from sqlalchemy import inspect

        found = inspect(self._db())
        return {name: tuple(sorted(c["name"] for c in found.get_columns(name)))
                for name in found.get_table_names()}

    def _drop_everything(self) -> None:
        from sqlalchemy import MetaData

        meta = MetaData()
        meta.reflect(self._db())
        meta.drop_all(self._db())

    def _put_back(self) -> None:
        from sqlalchemy import MetaData

        assert self._fresh is not None
        meta = MetaData()
        meta.reflect(self._db())
        with self._db().begin() as conn:
            for table in reversed(meta.sorted_tables):
                conn.execute(table.delete())
            for table in meta.sorted_tables:
                if self._fresh.get(table.name):
                    conn.execute(table.insert(), self._fresh[table.name])


# -- bodies -----------------------------------------------------------------------------------

UID = "3f0c" + "1" * 28  # a desk's activation uid
OTHER_UID = "9a7e" + "2" * 28
HOUR = "2026-07-04T13:00Z"
WEEK = "2026-W27"


def kit_cell(value: int, revision: int, *, kit_type: str = "Earplugs", role: str = "crew",
             period: str = HOUR, activation: str = UID) -> dict[str, Any]:
    """A kits_handed_out cell as the desk sends it."""
    return {"activation": activation, "kit_type": kit_type, "metric": "kits_handed_out",
            "period": period, "revision": revision, "role": role, "value": value}


def therapy_cell(value: int, revision: int, *, metric: str = "therapy_held",
                 period: str = WEEK, activation: str = UID) -> dict[str, Any]:
    """A therapy cell (no dimensions, an ISO week)."""
    return {"activation": activation, "metric": metric, "period": period,
            "revision": revision, "value": value}


def sync_body(device_id: str, cells: Sequence[dict[str, Any]]) -> dict[str, Any]:
    return {"cells": list(cells), "device_id": device_id, "version": 1}


def post_sync(url: str, token: str | None, body: Any, *, gzip: bool = True,
              headers: dict[str, str] | None = None) -> httpx.Response:
    """POST a body (a dict, or bytes sent as they are) to {url}/v1/sync."""
    import gzip as gzip_module
    import json

    raw = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
    sent = {"Content-Type": "application/json"}
    if gzip:
        raw = gzip_module.compress(raw)
        sent["Content-Encoding"] = "gzip"
    if token is not None:
        sent["Authorization"] = f"Bearer {token}"
    sent.update(headers or {})
    return httpx.post(f"{url}/v1/sync", content=raw, headers=sent, timeout=30)


# -- PostgreSQL: a fresh database per test -------------------------------------------------------


@contextlib.contextmanager
def fresh_pg_database(admin_url: str) -> Iterator[str]:
    """CREATE a database for one test on the server `admin_url` names; DROP it afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from wellness_hub.store import database_url

    admin = make_url(database_url(admin_url))
    name = f"wellness_hub_test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield admin.set(database=name).render_as_string(hide_password=False)
        finally:
            with engine.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        engine.dispose()
