"""The pull of the signed resource directory over loopback (`bench_pull`, which
bench/resources.py runs too).

A real hub (`python -m wellness_hub serve`, its own SQLite file) on 127.0.0.1 serving a
curator-signed directory of 50,000 services (bench/resources_fixture.py when it is there,
else a smaller one built here), and a desk enrolled on it pulling through its own code
(`sync.resources_pull.pull`, as the sync thread and `resources pull` do).

- `pull_304_ms`: median of 50 pulls of the unchanged directory (If-None-Match → 304),
  everything the desk does included (the store's meta read, the token, the request).
- Baseline, same run: `full_download_ms`, median of 5 unconditional GETs of the same
  directory with the same token and gzip, from a bare httpx client (the bytes only: no
  check, no install), and `pull_304_vs_full_ratio` = the two.
- `first_pull_s`: the first pull (download, signature, validation, install) once;
  `envelope_mb` and `wire_mb` (gzip) the directory's size, `answer_304_bytes` the 304's
  status line and headers.

    .venv/bin/python bench/resources_pull.py [--services 50000] [--pulls 50]

Measured (2 cores, quiet machine, 50,000 services, 2026-12-02): pull_304_ms 2.6,
full_download_ms 34.5 (43 MB gzipped, 217 MB signed), ratio 0.077; first_pull_s 15.0
(the signature, reading and checking the HSDS JSON, then the install). On a loaded machine
the same run took up to 88 s for the first pull: the download's own limit (sync_worker
PULL_REQUEST_LIMIT_S) covers the transfer only, never the checks after it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
NOW = datetime(2026, 7, 6, 8, 30, tzinfo=UTC)


def _directory(services: int) -> Any:
    try:
        from bench.resources_fixture import make_directory  # the shared 50,000 services
    except ImportError:
        return _small_directory(min(services, 5_000))
    return make_directory(services)


def _small_directory(services: int) -> Any:
    """Crisis lines of one country with real shapes, when the shared fixture is missing."""
    import uuid

    from wellness_desk.resources.model import (
        Area,
        Contact,
        Directory,
        Organization,
        Service,
    )

    org = Organization(id=str(uuid.uuid4()), name="Bench helplines")
    out = tuple(Service(
        id=str(uuid.uuid4()), organization_id=org.id, name=f"Line {n}", status="active",
        tz="America/New_York", kinds=("crisis-line",), areas=(Area(country="US"),),
        languages=("en",), assured_date=date(2026, 5, 1),
        contacts=(Contact(id=str(uuid.uuid4()), number=f"1-800-273-{n % 10_000:04d}",
                          type="voice", always_open=True, assured_date=date(2026, 5, 1),
                          source_url="https://example.org"),))
        for n in range(services))
    return Directory(organizations=(org,), services=out, published=NOW)


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _memory_keyring() -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class _Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.passwords: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.passwords.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.passwords[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.passwords.pop((service, username), None)

    keyring.set_keyring(_Memory())


def bench_pull(services: int = 50_000, pulls: int = 50) -> dict[str, float]:
    from wellness_desk import activations
    from wellness_desk.db import connect
    from wellness_desk.resources import package, signing
    from wellness_desk.sync import enrol
    from wellness_desk.sync.hub_token import hub_token
    from wellness_desk.sync.resources_pull import pull
    from wellness_hub.cli import main as hub_main
    from wellness_hub.store import open_store

    _memory_keyring()
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-pull-") as folder:
        root = Path(folder)
        db_url = f"sqlite:///{root / 'hub.sqlite3'}"
        private, public = signing.generate_key()
        signed = root / "directory.signed.json"
        signed.write_bytes(signing.sign(package.to_json_bytes(_directory(services)), private))
        figures["envelope_mb"] = signed.stat().st_size / 1e6
        store = open_store(db_url)
        store.trust_curator(public)
        code = store.create_enrolment("Bench Fest", expires=timedelta(hours=1))
        store.close()
        with open(os.devnull, "w") as quiet:
            stdout, sys.stdout = sys.stdout, quiet
            try:
                if hub_main(["--db", db_url, "resources", "import", str(signed)]) != 0:
                    raise SystemExit("bench: the hub refused the directory")
            finally:
                sys.stdout = stdout
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        log = open(root / "hub.log", "wb")  # noqa: SIM115 - closed below
        hub = subprocess.Popen(
            [sys.executable, "-m", "wellness_hub", "--db", db_url, "serve", "--port",
             str(port), "--rate", "10000", "--burst", "10000", "--log-level", "warning"],
            stdout=log, stderr=subprocess.STDOUT, cwd=REPO,
            env={**os.environ, "PYTHONUNBUFFERED": "1"})
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    if time.monotonic() > deadline:
                        raise SystemExit("bench: the hub did not start") from None
                    time.sleep(0.05)
            data = root / "desk"
            db = connect(data / "wellness-desk.sqlite3")
            activations.create_activation(db, name="Bench Fest", kind="festival",
                                          start=date(2026, 7, 3), end=date(2026, 7, 5),
                                          tz="Europe/London")
            current = enrol.connect(db, url, code)
            started = time.perf_counter()
            first = pull(db, data, now=NOW, timeout=httpx.Timeout(600), request_limit_s=600)
            figures["first_pull_s"] = time.perf_counter() - started
            if first.outcome != "installed":
                raise SystemExit(f"bench: the first pull did not install: {first.message}")
            times = []
            for _ in range(pulls):
                started = time.perf_counter()
                result = pull(db, data, now=NOW)
                times.append((time.perf_counter() - started) * 1000)
                if result.outcome != "unchanged":
                    raise SystemExit(f"bench: an unchanged pull said {result.outcome}")
            figures["pull_304_ms"] = statistics.median(times)
            token = hub_token(current)
            with httpx.Client(headers={"Authorization": f"Bearer {token}",
                                       "Accept-Encoding": "gzip"}, timeout=600) as client:
                full = []
                wire = 0
                for _ in range(5):
                    started = time.perf_counter()
                    with client.stream("GET", f"{url}/v1/resources") as answer:
                        wire = sum(len(chunk) for chunk in answer.iter_raw())
                    full.append((time.perf_counter() - started) * 1000)
                figures["full_download_ms"] = statistics.median(full)
                figures["wire_mb"] = wire / 1e6
                etag = client.get(f"{url}/v1/resources").headers["etag"]
                small = client.get(f"{url}/v1/resources", headers={"If-None-Match": etag})
                figures["answer_304_bytes"] = len(b"HTTP/1.1 304 Not Modified\r\n") + sum(
                    len(k) + len(v) + 4 for k, v in small.headers.raw) + 2
            figures["pull_304_vs_full_ratio"] = (figures["pull_304_ms"]
                                                 / figures["full_download_ms"])
            figures["services"] = first.services
            db.close()
        finally:
            hub.terminate()
            hub.wait(timeout=10)
            log.close()
    return figures


def print_figures(figures: dict[str, float]) -> None:
    for name, value in figures.items():
        print(f"{name}: {value:.0f}" if value == int(value) else f"{name}: {value:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=50_000)
    parser.add_argument("--pulls", type=int, default=50)
    args = parser.parse_args()
    print_figures(bench_pull(args.services, args.pulls))
    return 0


if __name__ == "__main__":
    sys.exit(main())
