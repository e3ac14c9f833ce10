"""A real hub for tests: `python -m wellness_hub serve` in a subprocess, spoken to over HTTP.

    with HubServer("sqlite:////tmp/x/hub.sqlite3", log_path=tmp_path / "hub.log") as hub:
        code = hub.enrol("Summer Fest 2026")
        device_id, token = hub.device("Summer Fest 2026")
        hub.totals()

The server's stdout and stderr go to `log_path` (privacy tests read it). `restart()` keeps
the database and the port, so a desk configured with `hub.url` keeps working.
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
        return self.log_path.read_text(encoding="utf-8", errors="replace") \
            if self.log_path.exists() else ""

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
