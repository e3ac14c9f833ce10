"""Make tests/fixtures/db/: one database per schema version, made by the code of that version.

    python scripts/make_db_fixtures.py            # every version in VERSIONS
    python scripts/make_db_fixtures.py m012       # only these

For each version the repository is taken as it was at that version's commit (`git archive`
into a temporary folder) and this file is run again, as `--generate`, in a subprocess whose
PYTHONPATH is that old tree: the database is filled by that version's own public API (kits,
workshops and door taps, therapy bookings sealed with a test passphrase, print jobs, count
cells, a hub link with cells acknowledged by that version's own hub and cells still unsent).
What was put in goes to `<version>.json` beside the database: the expectations
tests/core/test_upgrade_fixtures.py checks after today's code has migrated a copy.

Every action is dated by a fixed `now` where the old API takes one; what it does not
(print jobs, the hub link's times, random uids and salts) takes the moment of the run, so
the test reads its expectations from the JSON and a run again makes different bytes.

A new migration adds a line to VERSIONS (its name, the commit that introduced it) and is run
with the new version's name; the generator below grows a branch only where the new version
has a new table to fill.

Everything here before `generate` runs with today's interpreter only (git, sqlite3, json);
`generate` and what it calls import `wellness_desk` and `wellness_hub` from the old tree, so
they use only names every version has, and feature-test the rest.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "tests" / "fixtures" / "db"

# A test secret for test data: it unlocks the sealed names of the fixtures and nothing else.
PASSPHRASE = "fixture passphrase, not a secret"
PEOPLE = ("Ada Fixture", "Bea Fixture", "Cy Fixture")
WAITING = "Dee Fixture"
FESTIVAL = "Fixture Fest"
TOUR = "Fixture Tour"
DAY_1 = date(2026, 7, 4)
DAY_2 = date(2026, 7, 5)


@dataclass(frozen=True)
class Version:
    name: str  # the newest migration's prefix; the fixture is <name>.sqlite3
    commit: str  # the code that made it
    introduced: tuple[str, ...]  # the migrations that commit added
    note: str = ""  # why this commit, when it is not the one that introduced the migration


VERSIONS = (
    Version("m002", "313e5b8", ("m001_activations_and_kits", "m002_kit_running_totals"),
            "m001 and m002 arrived together: no database ever had m001 alone."),
    Version("m003", "82c7ce5", ("m003_workshop_schedule",),
            "m003 came in a923ee7 without any code to schedule a workshop, and was edited "
            "twice before m004 (420ee29: workshop_facilitator with a rowid; 82c7ce5: "
            "workshop.held_utc). 82c7ce5 is the m003 that stayed, with its schedule API. "
            "(A database from a923ee7 does not take a new workshop today: no such column "
            "rowid; it lived one minute of development, until 420ee29, and has no fixture.)"),
    Version("m004", "0378f0d", ("m004_therapy_days",),
            "m004 came in 5810bd6 with the vault but no therapy module (15e0562 added it); "
            "0378f0d is the last commit before m005, the fullest m004 code."),
    Version("m005", "cc79d19", ("m005_print_jobs",)),
    Version("m006", "8d093b2", ("m006_sync_cells",)),
    Version("m007", "a6b59c6", ("m007_hub_link",)),
    Version("m009", "bf827d5", ("m009_print",),
            "A branch: m001-m007 and m009, no m011 (bf827d5 is a 'WIP' commit, the only one "
            "of that branch that has m009 without m011)."),
    Version("m011", "b4ff20e", ("m011_calendar_revisions",),
            "A branch: m001-m007 and m011, without m009 (it was merged later, d1d0db7)."),
    Version("m012", "247d04f", ("m012_resource_reports",)),
    Version("m013", "bb2f640", ("m013_report_made",),
            "m013 came in 2521cac, before the suppression module it imports was merged; "
            "bb2f640 is the merge that gave m013 its index of received stock."),
)


# -- today's side: take the old tree, run the generator in it ----------------------------------


def old_tree(commit: str, into: Path) -> Path:
    """The repository as it was at `commit`, unpacked into `into`."""
    archive = subprocess.run(["git", "-C", str(REPO), "archive", commit],
                             check=True, capture_output=True).stdout
    tar_path = into / "tree.tar"
    tar_path.write_bytes(archive)
    tree = into / "tree"
    with tarfile.open(tar_path) as tar:
        tar.extractall(tree, filter="data")
    return tree


def make(version: Version) -> None:
    with tempfile.TemporaryDirectory(prefix=f"fixture-{version.name}-") as tmp:
        work = Path(tmp)
        tree = old_tree(version.commit, work)
        out = work / "out"
        out.mkdir()
        env = {**os.environ, "PYTHONPATH": str(tree), "QT_QPA_PLATFORM": "offscreen",
               "PYTHONDONTWRITEBYTECODE": "1"}
        env.pop("WELLNESS_DESK_DATA", None)
        subprocess.run([sys.executable, str(Path(__file__).resolve()), "--generate",
                        str(out)], check=True, cwd=tree, env=env)
        OUT.mkdir(parents=True, exist_ok=True)
        sidecar = json.loads((out / "expect.json").read_text())
        sidecar.update(version=version.name, commit=full_commit(version.commit),
                       introduced=list(version.introduced), note=version.note)
        compact(out / "desk.sqlite3", OUT / f"{version.name}.sqlite3")
        hub = out / "hub.sqlite3"
        if hub.exists():
            compact(hub, OUT / f"{version.name}.hub.sqlite3")
            sidecar["hub_file"] = f"{version.name}.hub.sqlite3"
        (OUT / f"{version.name}.json").write_text(
            json.dumps(sidecar, indent=1, sort_keys=True) + "\n")
        print(f"{version.name}: {OUT / version.name}.sqlite3 from {version.commit}")


def full_commit(commit: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), "rev-parse", commit], check=True,
                          capture_output=True, text=True).stdout.strip()


def compact(source: Path, target: Path) -> None:
    """A small single file (no WAL beside it): VACUUM INTO, then out of WAL mode."""
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(source)
    try:
        conn.execute("VACUUM INTO ?", [str(target)])
    finally:
        conn.close()
    conn = sqlite3.connect(target)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("versions", nargs="*", help="e.g. m012 (default: all)")
    parser.add_argument("--generate", metavar="DIR", help=argparse.SUPPRESS)
    parser.add_argument("--old-hub", nargs=2, metavar=("DB", "PORT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.generate:
        only_old_tree()
        generate(Path(args.generate))
        check_old_tree()
        return 0
    if args.old_hub:
        import runpy

        only_old_tree()
        sys.argv = ["wellness_hub", "--db", args.old_hub[0], "serve", "--port", args.old_hub[1]]
        runpy.run_module("wellness_hub", run_name="__main__")
        return 0
    chosen = [v for v in VERSIONS if not args.versions or v.name in args.versions]
    unknown = set(args.versions) - {v.name for v in VERSIONS}
    if unknown:
        parser.error(f"no such version in VERSIONS: {', '.join(sorted(unknown))}")
    for version in chosen:
        make(version)
    return 0


# -- the old side: runs with the old tree's wellness_desk on sys.path --------------------------


def only_old_tree() -> None:
    """Take away an editable install of today's checkout (a finder on sys.meta_path): a
    module the old tree lacks would otherwise be imported from today's code."""
    sys.meta_path[:] = [f for f in sys.meta_path
                        if "__editable__" not in getattr(f, "__module__", "")
                        and "__editable__" not in type(f).__module__]


def check_old_tree() -> None:
    here = Path.cwd().resolve()
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] in ("wellness_desk", "wellness_hub"):
            source = getattr(module, "__file__", None)
            if source and not Path(source).resolve().is_relative_to(here):
                raise RuntimeError(f"{name} was imported from {source}, not the old tree")


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


class MemoryKeyring:
    """The keyring of the laptop that made the fixture: what the old code stored in it goes
    to the sidecar, so the test can put it back as that laptop had it."""

    def __new__(cls) -> Any:
        from keyring.backend import KeyringBackend

        class Memory(KeyringBackend):
            priority = 1

            def __init__(self) -> None:
                super().__init__()
                self.passwords: dict[tuple[str, str], str] = {}

            def get_password(self, service: str, username: str) -> str | None:
                return self.passwords.get((service, username))

            def set_password(self, service: str, username: str, password: str) -> None:
                self.passwords[(service, username)] = password

            def delete_password(self, service: str, username: str) -> None:
                self.passwords.pop((service, username), None)

        return Memory()


def generate(out: Path) -> None:
    import keyring
    from keyring.backends import fail

    import wellness_desk
    from wellness_desk import db as desk_db

    tree = Path(wellness_desk.__file__).resolve().parent
    assert tree.is_relative_to(Path.cwd().resolve()), "not the old tree's wellness_desk"

    def has(module: str) -> bool:
        return (tree / f"{module}.py").exists()

    memory = MemoryKeyring()
    # No keyring while the vault is set up: it seals with the passphrase, which the test knows.
    keyring.set_keyring(fail.Keyring())
    db = desk_db.connect(out / "desk.sqlite3")
    tables = set(db.table_names())
    expect: dict[str, Any] = {}

    festival = _kits(db, expect)
    if "workshop" in tables and has("schedule"):
        _workshops(db, festival, expect)
    if "therapy_booking" in tables and has("therapy"):
        _therapy(db, expect)
    if "print_job" in tables and has("cards"):
        _print_jobs(db, festival, expect)
    if "calendar_revision" in tables:
        _calendar(db, festival, expect, out)
    if "resource_report" in tables:
        _reports(db, festival, expect)
    if "report_made" in tables and has("report"):
        _report_made(db, festival, expect)
    keyring.set_keyring(memory)
    if "sync_cell" in tables:
        _sync(db, festival, expect, out, with_link="sync_link" in tables)
    expect["keyring"] = [[s, u, p] for (s, u), p in sorted(memory.passwords.items())]
    expect["migrations"] = [r[0] for r in db.execute(
        "SELECT name FROM _sqlite_migrations ORDER BY name")]
    expect["tables"] = {t: db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0]
                        for t in sorted(db.table_names()) if not t.startswith("_")}
    db.close()
    (out / "expect.json").write_text(json.dumps(expect))


def _kits(db: Any, expect: dict[str, Any]) -> dict[str, Any]:
    from wellness_desk import activations, kits

    fest = activations.create_activation(
        db, name=FESTIVAL, kind="festival", start=date(2026, 7, 3), end=date(2026, 7, 5),
        tz="Europe/London", now=at(DAY_1, 8))
    tent = activations.add_location(db, activation_id=fest.id, name="Wellness tent")
    activations.set_current_activation(db, fest.id)
    earplugs = kits.add_kit_type(db, name="Earplugs", low_stock=5)
    water = kits.add_kit_type(db, name="Hydration pack", low_stock=5)
    for kit in (earplugs, water):
        kits.receive_stock(db, kit_type_id=kit.id, location_id=tent.id, count=50,
                           now=at(DAY_1, 9))
    taps = [(earplugs, DAY_1, 10, 3, "crew"), (earplugs, DAY_1, 13, 2, "artist"),
            (water, DAY_1, 14, 4, "unspecified"), (earplugs, DAY_2, 11, 5, "crew"),
            (water, DAY_2, 15, 1, "family")]
    for kit, day, hour, count, role in taps:
        last = kits.hand_out(db, kit_type_id=kit.id, location_id=tent.id, count=count,
                             role=role, now=at(day, hour))
    # An undo is a correcting row: water on day 2 goes back to 0 hand-outs after 1.
    kits.undo(db, last.movement.id, now=at(DAY_2, 15, 5))
    kits.correct_stock(db, kit_type_id=earplugs.id, location_id=tent.id, counted=38,
                       reason="recount", now=at(DAY_2, 16))
    expect["activation"] = FESTIVAL
    expect["location"] = "Wellness tent"
    expect["kits"] = _handed_out(db)
    expect["on_hand"] = {name: on_hand for name, on_hand in db.execute(
        "SELECT k.name, sum(m.stock_delta) FROM stock_movement m"
        " JOIN kit_type k ON k.id = m.kit_type_id GROUP BY k.name")}
    return {"activation": fest, "tent": tent, "earplugs": earplugs, "water": water}


def _handed_out(db: Any) -> dict[str, dict[str, int]]:
    """Hand-outs per kit and UTC day (every tap here is in daylight, so the festival's local
    day is the same), undos subtracted, as the rows say."""
    totals: dict[str, dict[str, int]] = {}
    for name, day, count in db.execute(
            "SELECT k.name, date(m.quarter * 900, 'unixepoch'), sum(m.handed_out)"
            " FROM stock_movement m JOIN kit_type k ON k.id = m.kit_type_id"
            " WHERE m.kind IN ('handed_out', 'undo') GROUP BY 1, 2 ORDER BY 1, 2"):
        totals.setdefault(name, {})[day] = count
    return totals


def _workshops(db: Any, festival: dict[str, Any], expect: dict[str, Any]) -> None:
    from wellness_desk import schedule

    tent = festival["tent"]
    made = []
    for title, kind, day, hour in (("Morning breath", "Breathwork", DAY_1, 10),
                                   ("Crew circle", "Support group", DAY_1, 15),
                                   ("Sunday yoga", "Yoga", DAY_2, 9)):
        draft = schedule.Draft(location_id=tent.id, title=title, kind=kind,
                               start=at(day, hour), end=at(day, hour, 45),
                               facilitators=("Fixture Facilitator",), capacity=20)
        made.append(schedule.create_workshop(db, draft, now=at(DAY_1, 8)))
    breath, circle, yoga = made
    for _ in range(6):
        schedule.door_tap(db, breath.id, now=at(DAY_1, 10, 5))
    schedule.door_tap(db, breath.id, delta=-1, now=at(DAY_1, 10, 6))
    for _ in range(3):
        schedule.door_tap(db, circle.id, now=at(DAY_1, 15, 2))
    schedule.door_tap(db, circle.id, counter="waitlist", now=at(DAY_1, 15, 3))
    schedule.set_status(db, breath.id, "held", now=at(DAY_1, 11))
    schedule.set_status(db, circle.id, "held", now=at(DAY_1, 16))
    schedule.set_status(db, yoga.id, "cancelled", now=at(DAY_2, 8))
    expect["workshops"] = [
        {"title": "Morning breath", "status": "held", "headcount": 5, "uid": breath.uid},
        {"title": "Crew circle", "status": "held", "headcount": 3, "uid": circle.uid},
        {"title": "Sunday yoga", "status": "cancelled", "headcount": 0, "uid": yoga.uid},
    ]


def _therapy(db: Any, expect: dict[str, Any]) -> None:
    from datetime import time as wall

    from wellness_desk import activations, therapy, vault

    tour = activations.create_activation(
        db, name=TOUR, kind="tour", start=date(2026, 9, 1), end=date(2026, 9, 30),
        tz="America/Chicago", now=at(DAY_1, 8))
    stop = activations.add_tour_stop(db, activation_id=tour.id, stop_date=date(2026, 9, 8),
                                     city="Chicago", venue="United Center",
                                     tz="America/Chicago", country="US")
    therapy.set_budget(db, tour.id, amount="900.00", currency="USD")
    key = vault.set_up(db, PASSPHRASE)
    day = therapy.create_therapy_day(
        db, key, location_id=stop.id, provider_name="Fixture Therapist",
        plan=therapy.DayPlan(window_start=wall(10), window_end=wall(14), session_min=50,
                             break_min=10),
        provider_contact="fixture-therapist@example.invalid", cost_per_session="120.00",
        now=at(DAY_1, 8))
    open_slots = [s for s in therapy.slots(db, day.id, key)]
    statuses = ("attended", "no_show", "booked")
    bookings = []
    for person, slot, status in zip(PEOPLE, open_slots, statuses, strict=False):
        booking = therapy.book(db, key, slot.id, person=person, contact=None, role="crew",
                               notes=f"note for {person}", now=at(DAY_1, 9))
        booking_id = booking if isinstance(booking, int) else booking.id
        if status != "booked":
            therapy.set_status(db, booking_id, status)
        bookings.append({"person": person, "status": status, "notes": f"note for {person}"})
    therapy.add_to_waitlist(db, key, day.id, person=WAITING, role="crew", now=at(DAY_1, 9))
    expect["passphrase"] = PASSPHRASE
    expect["tour"] = TOUR
    expect["bookings"] = bookings
    expect["waitlist"] = [WAITING]
    expect["budget"] = ["900.00", "USD"]


def _print_jobs(db: Any, festival: dict[str, Any], expect: dict[str, Any]) -> None:
    from wellness_desk import cards

    # The hub address a card points to (record_printed plans the job as printing does).
    hub = "https://hub.fixture.invalid"
    jobs = [cards.CardJob(template="wallet", tag="fixture-tent", copies=10, hub_url=hub),
            cards.CardJob(template="poster", tag="fixture-green-room", copies=2,
                          hub_url=hub, scan_distance_m=1.0),
            cards.CardJob(template="wallet", tag="fixture-numbered", copies=5, unique=True,
                          hub_url=hub)]
    for job in jobs:
        cards.record_printed(db, job)
    expect["print_jobs"] = [
        {"template": t, "tag": g, "copies": c, "cards": n} for t, g, c, n in db.execute(
            "SELECT template, tag, copies, cards FROM print_job ORDER BY id")]


def _calendar(db: Any, festival: dict[str, Any], expect: dict[str, Any], out: Path) -> None:
    from wellness_desk import schedule_io

    (out / "program.ics").write_bytes(
        schedule_io.export_ics(db, festival["activation"].id, now=at(DAY_1, 8)))
    expect["calendar_revisions"] = {uid: seq for uid, seq in db.execute(
        "SELECT uid, sequence FROM calendar_revision ORDER BY uid")}


def _reports(db: Any, festival: dict[str, Any], expect: dict[str, Any]) -> None:
    from wellness_desk.resources import reports

    contact = "0b6f7a2e-1c7d-4c55-9d0e-5f1a2b3c4d5e"
    service = "7c1d9e3a-5b2f-4a66-8e1f-6a2b3c4d5e6f"
    for minute in (0, 7):
        reports.record_not_working(db, contact_id=contact, service_id=service,
                                   now=at(DAY_1, 12, minute))
    expect["resource_reports"] = {contact: 2}


def _report_made(db: Any, festival: dict[str, Any], expect: dict[str, Any]) -> None:
    from wellness_desk import report

    made = report.build_report(db, now=at(DAY_2, 19), activation_id=festival["activation"].id)
    report.record_report(db, made, now=at(DAY_2, 19))
    expect["report_made"] = {"made_utc": "2026-07-05T19:00:00.000000Z",
                             "kits": made.headline("kits").actual.value}


def _sync(db: Any, festival: dict[str, Any], expect: dict[str, Any], out: Path, *,
          with_link: bool) -> None:
    from wellness_desk import kits
    from wellness_desk.sync import cells

    hub = None
    if with_link:
        hub = _OldHub(out / "hub.sqlite3")
        hub.start()
    try:
        if hub is not None:
            client = _sync_module("connect")
            client.connect(db, hub.url, hub.enrolment(FESTIVAL))
            cells.refresh_cells(db)
            result = _sync_module("sync_once").sync_once(db, now=at(DAY_2, 17))
            expect["first_sync"] = str(getattr(result, "outcome", result))
        else:
            cells.refresh_cells(db)
        acked = db.execute("SELECT max(revision) FROM sync_cell").fetchone()[0] or 0
        if hub is not None:
            acked = db.execute("SELECT acked_revision FROM sync_link").fetchone()[0]
            expect["hub_totals"] = hub.totals()
        # Taps after the last sync: cells recorded, not yet pushed.
        tent, earplugs = festival["tent"], festival["earplugs"]
        kits.hand_out(db, kit_type_id=earplugs.id, location_id=tent.id, count=2, role="crew",
                      now=at(DAY_2, 18))
        kits.hand_out(db, kit_type_id=earplugs.id, location_id=tent.id, count=1,
                      role="venue_staff", now=at(DAY_2, 19))
        expect["kits"] = _handed_out(db)
        expect["on_hand"]["Earplugs"] -= 3
        cells.refresh_cells(db)
    finally:
        if hub is not None:
            hub.stop()
    rows = db.execute("SELECT metric, activation_uid, period, dims, value, revision"
                      " FROM sync_cell ORDER BY revision, metric, period, dims").fetchall()
    expect["acked_revision"] = acked if with_link else 0
    expect["linked"] = with_link
    expect["cells"] = [list(r) for r in rows]
    expect["acked_cells"] = [list(r) for r in rows if with_link and r[5] <= acked]
    expect["pending_cells"] = [list(r) for r in rows if not with_link or r[5] > acked]
    if with_link:
        link = db.execute("SELECT device_id, hub_activation, activation_uid FROM sync_link"
                          ).fetchone()
        expect["link"] = {"device_id": link[0], "hub_activation": link[1],
                          "activation_uid": link[2]}


def _sync_module(name: str) -> Any:
    """The module that has `name`: sync.client until the sync split (issue 11), then
    sync.enrol / sync.push."""
    import importlib

    for module in ("wellness_desk.sync.client", "wellness_desk.sync.enrol",
                   "wellness_desk.sync.push"):
        try:
            found = importlib.import_module(module)
        except ImportError:
            continue
        if hasattr(found, name):
            return found
    raise RuntimeError(f"no sync module of this version has {name}")


class _OldHub:
    """The hub of the same commit, on 127.0.0.1, its database kept for the fixture."""

    def __init__(self, path: Path) -> None:
        self.db_url = f"sqlite:///{path}"
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        import httpx

        self.process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--old-hub", self.db_url,
             str(self.port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("the old hub did not start")

    def enrolment(self, activation: str) -> str:
        from wellness_hub.store import open_store

        store = open_store(self.db_url)
        try:
            return store.create_enrolment(activation)
        finally:
            store.close()

    def totals(self) -> list[dict[str, Any]]:
        from wellness_hub.store import open_store

        store = open_store(self.db_url)
        try:
            return store.totals()
        finally:
            store.close()

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


if __name__ == "__main__":
    if shutil.which("git") is None:
        sys.exit("git is needed to take each version's code")
    sys.exit(main())
