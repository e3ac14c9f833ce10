"""Shared fixtures. Qt runs offscreen for every test, set once here before Qt is imported."""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, date, datetime

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Tests must never touch a real user's data folder.
os.environ.pop("WELLNESS_DESK_DATA", None)

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import fail

from wellness_desk import activations, kits
from wellness_desk.db import connect

# 14:00 in London on a summer festival day.
NOON_ISH = datetime(2026, 7, 4, 13, 0, tzinfo=UTC)


class MemoryKeyring(KeyringBackend):
    """The OS keyring this machine lacks: passwords kept in memory for one test."""

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


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "real_scrypt: derive vault keys at the production scrypt cost (n=2**15)")


@pytest.fixture(autouse=True)
def quick_scrypt(request, monkeypatch):
    """Vault keys derived at scrypt n=2**10 instead of 2**15 (a tenth of a second each, and
    the suite derives about a hundred); `real_scrypt` tests keep the production cost, which
    tests/core/test_vault_cost.py pins."""
    if request.node.get_closest_marker("real_scrypt"):
        return
    import hashlib

    from wellness_desk import vault

    def cheap(secret: str, salt: bytes) -> bytes:
        return hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=2**10, r=8, p=1, dklen=32)

    monkeypatch.setattr(vault, "_scrypt", cheap)


@pytest.fixture(autouse=True)
def test_keyring():
    """Every test gets a fresh in-memory keyring; `no_keyring` takes it away."""
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend


@pytest.fixture
def no_keyring(test_keyring):
    keyring.set_keyring(fail.Keyring())
    yield


# -- command tests (tests/core, tests/sync) ---------------------------------------------------


@pytest.fixture
def decoy_data_dir(tmp_path, monkeypatch):
    """Where a command would write if it ignored --data-dir: never the user's real folder."""
    from wellness_desk.paths import DATA_ENV

    decoy = tmp_path / "decoy"
    monkeypatch.setenv(DATA_ENV, str(decoy))
    return decoy


@pytest.fixture
def data_dir(tmp_path):
    return str(tmp_path / "data")


@pytest.fixture
def demo_dir(data_dir):
    """A data folder holding the demo (a festival and a tour) as it stands at NOON_ISH, on
    the festival's second day: the same data at any hour the tests run."""
    from wellness_desk.demo import seed
    from wellness_desk.paths import db_path

    database = connect(db_path(data_dir))
    try:
        seed(database, now=NOON_ISH)
    finally:
        database.close()
    return data_dir


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "wellness-desk.sqlite3"


@pytest.fixture
def db(db_path):
    database = connect(db_path)
    yield database
    database.close()


@pytest.fixture
def festival(db):
    """A London festival with a tent and two kit types, the tent stocked."""
    fest = activations.create_activation(
        db, name="Test Fest", kind="festival", start=date(2026, 7, 3), end=date(2026, 7, 5),
        tz="Europe/London",
    )
    tent = activations.add_location(db, activation_id=fest.id, name="Wellness tent")
    earplugs = kits.add_kit_type(db, name="Earplugs", low_stock=5)
    water = kits.add_kit_type(db, name="Hydration pack", low_stock=5)
    for kit in (earplugs, water):
        kits.receive_stock(
            db, kit_type_id=kit.id, location_id=tent.id, count=20,
            now=datetime(2026, 7, 4, 8, 0, tzinfo=UTC),
        )
    return {"activation": fest, "tent": tent, "earplugs": earplugs, "water": water}


# -- the hub: a real server in a subprocess, one per session shared by the tests ----------------

# Per-address limits out of the way on the shared hubs: every test calls from 127.0.0.1, and a
# bucket drained by one test must not refuse the next. Tests of a limit start their own hub.
ROOMY_CALLERS = ("--caller-rate", "10000", "--caller-burst", "10000")


@pytest.fixture(scope="session")
def _shared_hubs(tmp_path_factory):
    """The session's hub servers, started on first use: {(database, limits): SharedHub}."""
    from tests.hubserver import PG_ENV, HubServer, SharedHub, fresh_pg_database

    hubs: dict[tuple[str, str], SharedHub] = {}
    with contextlib.ExitStack() as stack:

        def get(database: str, limits: str) -> SharedHub:
            if (database, limits) not in hubs:
                folder = tmp_path_factory.mktemp(f"hub-{database}-{limits}")
                if database == "sqlite":
                    url = f"sqlite:///{folder / 'hub.sqlite3'}"
                else:
                    url = stack.enter_context(fresh_pg_database(os.environ[PG_ENV]))
                if limits == "roomy":
                    server = HubServer(url, log_path=folder / "hub.log", rate=10_000,
                                       burst=10_000)
                else:
                    server = HubServer(url, log_path=folder / "hub.log",
                                       extra_args=ROOMY_CALLERS)
                hubs[(database, limits)] = shared = SharedHub(server)
                stack.callback(shared.close)
            return hubs[(database, limits)]

        yield get


@pytest.fixture
def hub(_shared_hubs):
    """A running hub on SQLite, empty for this test (`hub.log_text()` is this test's part).

    Shared with other tests: the server's default per-device limit, no per-address limit.
    A test may stop or restart it (the next test gets it running again and empty)."""
    return _shared_hubs("sqlite", "default").checkout()


def _pg_or_skip(database: str) -> None:
    from tests.hubserver import PG_ENV, PG_SKIP

    if database == "postgresql" and not os.environ.get(PG_ENV):
        pytest.skip(PG_SKIP)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_hub_db(request, tmp_path):
    """A fresh hub database URL: a SQLite file, or a new PostgreSQL database dropped after
    (for a test that starts its own HubServer)."""
    from tests.hubserver import PG_ENV, fresh_pg_database

    _pg_or_skip(request.param)
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'hub.sqlite3'}"
        return
    with fresh_pg_database(os.environ[PG_ENV]) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def any_hub(request, _shared_hubs):
    """`hub` on SQLite and, when WELLNESS_HUB_TEST_PG is set, on PostgreSQL."""
    _pg_or_skip(request.param)
    return _shared_hubs(request.param, "default").checkout()


@pytest.fixture(params=["sqlite", "postgresql"])
def roomy_hub(request, _shared_hubs):
    """`any_hub` with the per-device limit out of the way too, for a test that sends many
    requests."""
    _pg_or_skip(request.param)
    return _shared_hubs(request.param, "roomy").checkout()


# -- the drawing process ------------------------------------------------------------------


@pytest.fixture(scope="session")
def drawing():
    """One drawing process for the whole run, started once (a spawn loads reportlab and the
    fonts: about a second); each test's watches are undone after it."""
    from wellness_desk.print.drawing import DrawingProcess

    process = DrawingProcess()
    process.warm()
    yield process
    process.close()


@pytest.fixture
def drawn_in(drawing):
    """`drawn_in("wellness_desk.program_print:draw_program")`: from now on, the processes
    each call of it in the drawing process ran in, by id (read with the returned function
    once the drawing is done); `hold=` a folder holds each call as `drawing_probe.watch`."""
    from tests import drawing_probe

    def watch(target: str, *, hold=None):
        drawing.run(drawing_probe.watch, target, None if hold is None else str(hold))
        return lambda: drawing.run(drawing_probe.calls, target)

    yield watch
    drawing.run(drawing_probe.unwatch)
