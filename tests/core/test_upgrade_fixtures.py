"""Upgrades without loss: a database made by every earlier schema version opens in today's
code with everything in it, and its unsent counts still reach the hub, once.

The databases in tests/fixtures/db/ were made by the code of each version
(scripts/make_db_fixtures.py); each one's JSON says what that code put in. A copy is
migrated, never the committed file.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from tests.hubserver import HubServer
from wellness_desk import activations, cards, kits, schedule, therapy, vault
from wellness_desk.activations import Activation
from wellness_desk.db import connect, immediate
from wellness_desk.migrations import known_names
from wellness_desk.paths import DB_FILENAME
from wellness_desk.sync import cells as sync_cells
from wellness_desk.sync.enrol import connect as enrol
from wellness_desk.sync.link import Link, bind, link
from wellness_desk.sync.push import sync_once

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "db"
SIDECARS = sorted(FIXTURES.glob("m[0-9][0-9][0-9].json"))
# After every action any fixture holds (its newest is 5 July 2026, 19:00 UTC).
AFTER = datetime(2026, 7, 6, 9, 0, tzinfo=UTC)

Upgraded = tuple[Database, dict[str, Any], Path]

pytestmark = pytest.mark.real_scrypt  # the names were sealed at the production cost


def _expect(sidecar: Path) -> dict[str, Any]:
    return json.loads(sidecar.read_text())


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_migration_has_its_fixture() -> None:
    covered = {name for sidecar in SIDECARS for name in _expect(sidecar)["introduced"]}
    missing = [name for name in known_names() if name not in covered]
    assert not missing, (
        f"no database fixture for {', '.join(missing)}: add a Version line for it to VERSIONS "
        "in scripts/make_db_fixtures.py (the commit that introduced it), run "
        "`.venv/bin/python scripts/make_db_fixtures.py <version>` (e.g. m013) and commit "
        "tests/fixtures/db/<version>.* with the migration")


@pytest.fixture
def upgraded(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Upgraded]:
    """(desk database migrated by today's code, the sidecar, the data folder) for one
    fixture, copied first into a data folder of its own (a migration may leave a backup
    beside the database)."""
    sidecar: Path = request.param
    expect = _expect(sidecar)
    source = FIXTURES / f"{expect['version']}.sqlite3"
    before = _digest(source)
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(source, data / DB_FILENAME)
    db = connect(data / DB_FILENAME)
    yield db, expect, tmp_path
    db.close()
    assert _digest(source) == before, f"{source.name} changed: fixtures are copied, never used"


def _ids(sidecars: list[Path]) -> list[str]:
    return [s.stem for s in sidecars]


every_fixture = pytest.mark.parametrize("upgraded", SIDECARS, ids=_ids(SIDECARS),
                                        indirect=True)

# Upgrades these fixtures found broken, each to be fixed where it is (strict: the fix makes
# the test pass, and the entry must go).
# Fixtures whose push fails with today's code, with the reason (none: m007's failed until
# the hub's schema step 4 added device.max_revision to hubs made before it).
BROKEN_PUSH: dict[str, str] = {}
every_push = pytest.mark.parametrize("upgraded", [
    pytest.param(s, id=s.stem, marks=[pytest.mark.xfail(reason=BROKEN_PUSH[s.stem],
                                                        strict=True)]
                 if s.stem in BROKEN_PUSH else []) for s in SIDECARS], indirect=True)


@every_fixture
def test_nothing_is_lost(upgraded: Upgraded) -> None:
    db, expect, _ = upgraded
    applied = {r[0] for r in db.execute("SELECT name FROM _sqlite_migrations")}
    assert set(known_names()) <= applied

    # Rows are never taken away by an upgrade: every table has at least what it had.
    for table, count in expect["tables"].items():
        assert db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0] >= count, table

    fest = _activation(db, expect["activation"])
    tent = activations.find_location(db, fest.id, expect["location"])
    kit_ids = {k.name: k.id for k in kits.list_kit_types(db, include_retired=True)}
    for name, days in expect["kits"].items():
        for day, handed_out in days.items():
            noon = datetime.combine(date.fromisoformat(day), datetime.min.time(), UTC)
            counted = kits.today_counts(db, location_id=tent.id, now=noon.replace(hour=12))
            assert counted.get(kit_ids[name], 0) == handed_out, (name, day)
    on_hand = kits.stock(db, location_id=tent.id)
    assert {name: on_hand[kit_ids[name]] for name in expect["on_hand"]} == expect["on_hand"]

    if "workshops" in expect:
        found = {w.uid: w for w in schedule.list_workshops(db, fest.id)}
        for w in expect["workshops"]:
            assert (found[w["uid"]].title, found[w["uid"]].status,
                    found[w["uid"]].headcount) == (w["title"], w["status"], w["headcount"])

    if "print_jobs" in expect:
        assert [{k: job[k] for k in ("template", "tag", "copies", "cards")}
                for job in cards.print_jobs(db)] == expect["print_jobs"]

    if "calendar_revisions" in expect:
        assert dict(db.execute("SELECT uid, sequence FROM calendar_revision").fetchall()) \
            == expect["calendar_revisions"]

    if "resource_reports" in expect:
        from wellness_desk.resources import reports

        for contact, count in expect["resource_reports"].items():
            assert reports.reported_count(db, contact) == count

    if "report_made" in expect:
        # The report made at that version is the one today's report counts changes from.
        from wellness_desk.report import build_report

        made = build_report(db, now=AFTER, activation_id=fest.id)
        assert made.previous is not None
        assert made.previous.made.isoformat() == "2026-07-05T19:00:00+00:00"
        before, now = expect["report_made"]["kits"], made.headline("kits").actual.value
        assert {c.key: c.text for c in made.changes}["kits"] == (
            f"{now} (no change)" if now == before else f"{before} → {now} (+{now - before})")


@every_fixture
def test_bookings_open_with_the_passphrase(upgraded: Upgraded) -> None:
    db, expect, _ = upgraded
    if "bookings" not in expect:
        pytest.skip(f"{expect['version']} has no therapy bookings")
    key = vault.unlock(db, expect["passphrase"], now=AFTER)
    tour = _activation(db, expect["tour"])
    assert therapy.budget(db, tour.id) is not None
    (day,) = therapy.list_therapy_days(db, tour.id)
    sheet = therapy.day_sheet(db, day.id, key)
    booked = [s.booking for s in sheet.slots if s.booking is not None]
    assert [{"person": b.person, "status": b.status, "notes": b.notes} for b in booked] \
        == expect["bookings"]
    assert [entry.person for entry in sheet.waitlist] == expect["waitlist"]


@every_push
def test_pending_cells_go_once(upgraded: Upgraded, request: pytest.FixtureRequest,
                               test_keyring: Any) -> None:
    db, expect, tmp_path = upgraded
    fest = _activation(db, expect["activation"])
    if expect.get("linked"):
        # The laptop's keyring as the old version left it, and the hub's own database as
        # its old version left it, served by today's hub (which migrates it) on a new
        # port: a hub's address is configuration, its rows are what must survive.
        for service, username, password in expect["keyring"]:
            test_keyring.set_password(service, username, password)
        hub_copy = tmp_path / "hub.sqlite3"
        shutil.copyfile(FIXTURES / expect["hub_file"], hub_copy)
        served = HubServer(f"sqlite:///{hub_copy}", log_path=tmp_path / "hub.log").start()
        try:
            with immediate(db):
                bind(db, dataclasses.replace(_link(db), hub_url=served.url))
            _push_and_compare(db, expect, served)
        finally:
            served.stop()
    else:
        # Never connected at that version (or no sync at all then): connected today.
        hub = request.getfixturevalue("hub")
        enrol(db, hub.url, hub.enrol(expect["activation"]), activation_id=fest.id)
        _push_and_compare(db, expect, hub)


def _push_and_compare(db: Database, expect: dict[str, Any], hub: HubServer) -> None:
    current = _link(db)
    sync_cells.refresh_cells(db)
    waiting = {c.key: c.value for c in sync_cells.pending_cells(
        db, current.acked_revision, activation_uid=current.activation_uid)}
    mine = [c for c in expect.get("cells", []) if c[1] == current.activation_uid]
    # The cells not yet sent at the old version are still waiting, with their values ...
    for cell in expect.get("pending_cells", []):
        if cell[1] == current.activation_uid:
            assert waiting.get(tuple(cell[:4])) == cell[4], cell
    # ... and those the old hub acknowledged are not sent again, unless today's code
    # counts them differently (then the new value must go).
    now = {c.key: c.value for c in sync_cells.pending_cells(
        db, 0, activation_uid=current.activation_uid)}
    for cell in expect.get("acked_cells", []):
        if cell[1] == current.activation_uid and now.get(tuple(cell[:4])) == cell[4]:
            assert tuple(cell[:4]) not in waiting, f"sent again: {cell}"

    result = sync_once(db, now=AFTER)
    assert result.outcome in ("synced", "up_to_date"), result.message
    assert result.cells_sent == len(waiting)
    assert sync_cells.pending_count(db, _link(db).acked_revision,
                                    activation_uid=current.activation_uid) == 0

    desk: dict[str, int] = defaultdict(int)
    for cell in sync_cells.pending_cells(db, 0, activation_uid=current.activation_uid):
        desk[cell.metric] += cell.value
    at_hub = {t["metric"]: t["value"] for t in hub.totals()["totals"]
              if t["activation"] == current.hub_activation}
    assert at_hub == {m: v for m, v in desk.items() if v}
    handed_out = sum(n for days in expect["kits"].values() for n in days.values())
    assert at_hub["kits_handed_out"] == handed_out
    if mine:
        assert desk["kits_handed_out"] == sum(
            c[4] for c in mine if c[0] == "kits_handed_out")


def _link(db: Database) -> Link:
    found = link(db)
    assert found is not None, "not connected to a hub"
    return found


def _activation(db: Database, name: str) -> Activation:
    (found,) = [a for a in activations.list_activations(db) if a.name == name]
    return found
