"""Sync to the hub over loopback: a season's first full sync, small syncs, the hub's intake.

A real hub (`python -m wellness_hub serve`, its own SQLite file, default limits) on
127.0.0.1 and the desk's own client (`wellness_desk.sync.push`), as the background worker
drives it: call `sync_once`, and when the hub says "too many requests" wait as told.

- `full_sync_s`: the first sync of a season of 1,000,000 hand-outs (the shared bench
  fixture), cells counted from scratch included. Baseline, same run: `floor_s` = counting
  the same cells locally (`compute_cells` on a second copy) + posting the same gzip bodies
  to the same hub from a bare httpx loop as another device. `full_sync_ratio` = the two.
- `incremental_sync_ms`: median sync after 100 new taps (5 rounds). Baseline: one bare
  POST of a one-cell body (`bare_post_ms`), and the ratio.
- `bytes_per_1000_taps`: what crosses the wire (gzip bodies) to sync 1,000 taps made
  over an evening's hours across kit types and roles.
- `hub_cells_per_s`: 20 devices pushing 10 batches of 1,000 cells each at once, each from
  its own thread and connection. Baseline: the same batches written straight into a fresh
  hub store in one thread, no HTTP (`store_cells_per_s`), and the ratio.

    .venv/bin/python bench/sync.py [--devices 20] [--batches 10]

Targets (issue 6): full_sync_s <= 10, incremental_sync_ms <= 200, hub_cells_per_s >= 2000.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import os
import random
import secrets
import statistics
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import httpx
import keyring
from _fixture import copy_fixture, fixture_now, scratch_dir
from keyring.backend import KeyringBackend

from wellness_desk import kits
from wellness_desk.db import connect
from wellness_desk.sync import cells as cell_mod
from wellness_desk.sync import enrol, push
from wellness_desk.sync.bodies import body_bytes
from wellness_desk.sync.link import link as hub_link
from wellness_desk.sync.log import sync_log
from wellness_desk.sync.outcomes import SyncResult
from wellness_hub.store import IncomingCell, open_store

REPO = Path(__file__).resolve().parent.parent
TARGETS = "# targets: full_sync_s <= 10, incremental_sync_ms <= 200, hub_cells_per_s >= 2000"


class _MemoryKeyring(KeyringBackend):
    """This machine has no OS keyring; the token lives in memory for the run."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        self.passwords.pop((service, username), None)


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Hub:
    def __init__(self, folder: Path) -> None:
        self.db_url = f"sqlite:///{folder / 'hub.sqlite3'}"
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.store = open_store(self.db_url)  # the schema exists before the server starts
        self.admin = self.store.new_admin_token()
        self.log = open(folder / "hub.log", "wb")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "wellness_hub", "--db", self.db_url, "serve",
             "--port", str(self.port), "--caller-burst", "100"],
            stdout=self.log, stderr=subprocess.STDOUT, cwd=REPO,
            env={**os.environ, "PYTHONUNBUFFERED": "1"})
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.05)
        self.stop()
        raise SystemExit("bench: the hub did not start")

    def device(self, activation: str) -> tuple[str, str]:
        code = self.store.create_enrolment(activation, expires=timedelta(hours=1))
        token = secrets.token_urlsafe(32)
        answer = httpx.post(f"{self.url}/v1/enroll", json={"code": code, "token": token},
                            timeout=10).json()
        return answer["device_id"], token

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
        self.log.close()
        self.store.close()


def _sync(db) -> tuple[float, SyncResult]:
    """One sync as the worker runs it: again after "too many requests", as told."""
    started = time.perf_counter()
    while True:
        result = push.sync_once(db)
        if result.outcome != "rate_limited":
            break
        time.sleep(result.retry_after_s or 1.0)
    if result.outcome not in ("synced", "up_to_date"):
        raise SystemExit(f"bench: sync failed: {result.outcome}: {result.message}")
    return time.perf_counter() - started, result


def _wire_bytes_since(db, count: int) -> int:
    return sum(e.bytes for e in sync_log(db, limit=count) if e.outcome == "synced")


def _bare_push(url: str, device_id: str, token: str, bodies: list[bytes]) -> float:
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json",
               "Content-Encoding": "gzip"}
    started = time.perf_counter()
    with httpx.Client(timeout=30) as http:
        for body in bodies:
            while True:
                answer = http.post(f"{url}/v1/sync", content=gzip.compress(body, mtime=0),
                                   headers=headers)
                if answer.status_code != 429:
                    break
                time.sleep(float(answer.headers.get("Retry-After", "1")))
            answer.raise_for_status()
    return time.perf_counter() - started


def _rebody(device_id: str, body: bytes) -> bytes:
    payload = json.loads(body)
    payload["device_id"] = device_id
    return json.dumps(payload, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode()


def _taps(db, rng: random.Random, count: int, hours: int) -> None:
    kit_ids = [k.id for k in kits.list_kit_types(db)]
    (location_id,) = db.execute("SELECT id FROM location ORDER BY id LIMIT 1").fetchone()
    end = fixture_now()
    for _ in range(count):
        kits.hand_out(db, kit_type_id=rng.choice(kit_ids), location_id=location_id,
                      role=rng.choice(cell_mod.ROLES),
                      now=end - timedelta(seconds=rng.uniform(0, hours * 3600)))


def _full_and_incremental(hub: Hub, folder: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    desk_path = copy_fixture(folder / "desk")
    db = connect(desk_path)
    enrol.connect(db, hub.url, hub.store.create_enrolment("Bench Fest"))
    full_s, _ = _sync(db)
    sent = cell_mod.pending_count(db, 0, activation_uid=hub_link(db).activation_uid)
    totals = {t["metric"]: t["value"] for t in httpx.get(
        f"{hub.url}/v1/totals", headers={"Authorization": f"Bearer {hub.admin}"},
        timeout=30).json()["totals"] if t["activation"] == "Bench Fest"}
    local = sum(v for k, v in cell_mod.compute_cells(db).items() if k[0] == "kits_handed_out")
    if totals.get("kits_handed_out") != local:
        raise SystemExit(f"bench: hub total {totals} != local {local}")
    out["full_sync_s"] = f"{full_s:.2f}"
    out["full_sync_cells"] = str(sent)
    out["full_sync_handouts"] = str(local)

    # The floor: the same counting, and the same bodies sent by a bare loop.
    floor_db = connect(copy_fixture(folder / "floor"))
    started = time.perf_counter()
    cell_mod.refresh_cells(floor_db)
    count_s = time.perf_counter() - started
    uid = floor_db.execute("SELECT uid FROM activation ORDER BY id LIMIT 1").fetchone()[0]
    device_id, token = hub.device("Bench floor")
    floor_uid = secrets.token_hex(16)
    bodies = [body_bytes(device_id, _as_activation(floor_uid, batch))
              for batch in _batches(floor_db, uid)]
    floor_db.close()
    push_s = _bare_push(hub.url, device_id, token, bodies)
    out["floor_s"] = f"{count_s + push_s:.2f}"
    out["full_sync_ratio"] = f"{full_s / (count_s + push_s):.2f}"

    rng = random.Random(20261122)
    rounds = []
    for _ in range(5):
        _taps(db, rng, 100, hours=1)
        seconds, result = _sync(db)
        assert result.outcome == "synced", result
        rounds.append(seconds)
    out["incremental_sync_ms"] = f"{statistics.median(rounds) * 1000:.1f}"
    one = [body_bytes(device_id, _as_activation(floor_uid, cell_mod.pending_cells(db, 0, limit=1)))]
    bare = [_bare_push(hub.url, device_id, token, one) for _ in range(9)]
    out["bare_post_ms"] = f"{statistics.median(bare) * 1000:.1f}"
    out["incremental_ratio"] = f"{statistics.median(rounds) / statistics.median(bare):.1f}"

    before = len(sync_log(db, limit=100_000))
    _taps(db, rng, 1000, hours=6)
    _sync(db)
    new = len(sync_log(db, limit=100_000)) - before
    out["bytes_per_1000_taps"] = str(_wire_bytes_since(db, new))
    db.close()
    return out


def _as_activation(uid: str, cells: list[cell_mod.Cell]) -> list[cell_mod.Cell]:
    """The same cells for another activation: the hub counts an activation's cells for one
    hub activation only (403 for a second), and the floor's device is in its own."""
    return [dataclasses.replace(cell, activation=uid) for cell in cells]


def _batches(db, uid: str) -> list[list[cell_mod.Cell]]:
    found, since = [], 0
    while batch := cell_mod.pending_cells(db, since, activation_uid=uid, limit=1000):
        found.append(batch)
        since = batch[-1].revision
    return found


def _device_batches(device_id: str, batches: int, rng: random.Random) -> list[bytes]:
    """`batches` batches of 1,000 kit cells of one device: an hour each, its own kits."""
    uid = secrets.token_hex(16)
    bodies, revision = [], 0
    for b in range(batches):
        cells = []
        for n in range(1000):
            revision += 1
            cells.append(cell_mod.Cell(
                metric="kits_handed_out", activation=uid,
                period=f"2026-07-{1 + b % 28:02d}T{n % 24:02d}:00Z",
                kit_type=f"Kit {n // 24}", role=cell_mod.ROLES[b % len(cell_mod.ROLES)],
                value=rng.randint(1, 40), revision=revision))
        bodies.append(body_bytes(device_id, cells))
    return bodies


def _hub_intake(hub: Hub, folder: Path, devices: int, batches: int) -> dict[str, str]:
    rng = random.Random(7)
    enrolled = [hub.device("Intake Fest") for _ in range(devices)]
    work = [(d, t, _device_batches(d, batches, rng)) for d, t in enrolled]
    barrier = threading.Barrier(devices + 1)
    failures: list[str] = []

    def send(device_id: str, token: str, bodies: list[bytes]) -> None:
        barrier.wait()
        try:
            _bare_push(hub.url, device_id, token, bodies)
        except Exception as e:  # reported below; a bench must not hang on one thread
            failures.append(f"{device_id}: {e}")

    threads = [threading.Thread(target=send, args=item) for item in work]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    if failures:
        raise SystemExit(f"bench: pushes failed: {failures[:3]}")
    cells = devices * batches * 1000

    # The same batches straight into a fresh store, one after another, no HTTP.
    store = open_store(f"sqlite:///{folder / 'floor-hub.sqlite3'}")
    incoming = []
    for _, _, bodies in work:
        device_id = store.redeem(store.create_enrolment("Intake Fest"),
                                 secrets.token_urlsafe(32)).device_id
        for body in bodies:
            payload = json.loads(body)
            incoming.append((device_id, [IncomingCell(
                metric=c["metric"], activation_uid=c["activation"], period=c["period"],
                dims=json.dumps({k: c[k] for k in ("kit_type", "role")}, sort_keys=True,
                                separators=(",", ":"), ensure_ascii=False),
                value=c["value"], revision=c["revision"]) for c in payload["cells"]]))
    started = time.perf_counter()
    for device_id, batch in incoming:
        store.sync(device_id, batch)
    store_s = time.perf_counter() - started
    store.close()
    return {
        "hub_devices": str(devices),
        "hub_cells": str(cells),
        "hub_cells_per_s": f"{cells / wall:.0f}",
        "store_cells_per_s": f"{cells / store_s:.0f}",
        "hub_ratio": f"{(cells / wall) / (cells / store_s):.2f}",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=20)
    parser.add_argument("--batches", type=int, default=10)
    args = parser.parse_args()
    keyring.set_keyring(_MemoryKeyring())
    with scratch_dir() as folder:
        (folder / "desk").mkdir()
        (folder / "floor").mkdir()
        hub = Hub(folder)
        try:
            figures = _full_and_incremental(hub, folder)
            figures.update(_hub_intake(hub, folder, args.devices, args.batches))
        finally:
            hub.stop()
    print(TARGETS)
    for name, value in figures.items():
        print(f"{name}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
