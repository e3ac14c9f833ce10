"""Every write path on a full disk, a read-only folder, and a disk that turns read-only while
the database is open: the command says so in one line, exits 1, prints nothing as done, and
changes nothing (test_failures.py has the hand-out itself; this module the rest).

The commands run in-process through `main`, the one entry point a person or a script uses;
one tiny tmpfs is mounted for the module and a copy of one demo database is put on it for
each test (a demo costs a second; a copy, nothing).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date, time
from pathlib import Path

import pytest

from tests.core.test_resource_package import small_directory
from tests.mounts import (
    disk_that_turns_read_only,
    fill,
    make_read_only,
    make_writable,
    small_filesystem,
    turn_read_only,
)
from wellness_desk import activations, kits, therapy, vault
from wellness_desk.cli import main
from wellness_desk.db import connect, storage_error
from wellness_desk.errors import DataFileError, DiskFull, ReadOnlyData
from wellness_desk.paths import DB_FILENAME
from wellness_desk.resources import package, store

REPO = Path(__file__).resolve().parents[2]
SAMPLE_PROGRAM = REPO / "assets" / "sample-program.csv"

pytestmark = pytest.mark.usefixtures("decoy_data_dir")


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """One demo database, made once; each test works on its own copy."""
    folder = tmp_path_factory.mktemp("demo")
    assert main(["--data-dir", str(folder), "demo"]) == 0
    return folder / DB_FILENAME


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    with small_filesystem(tmp_path_factory.mktemp("mnt") / "tiny", 12 * 1024) as where:
        yield where


@pytest.fixture
def folder(tiny, template, capsys):
    """A data folder on the tiny disk holding a copy of the demo; emptied after."""
    data = tiny / "data"
    data.mkdir()
    shutil.copy(template, data / DB_FILENAME)
    capsys.readouterr()
    yield data
    make_writable(tiny)
    shutil.rmtree(data)
    (tiny / "filler.bin").unlink(missing_ok=True)


@pytest.fixture
def elsewhere(tmp_path) -> Path:
    """A roomy folder off the tiny disk: where a PDF goes, where a package comes from."""
    package.write_package(small_directory(), tmp_path / "pkg")
    return tmp_path


def _run(capsys, folder: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(folder), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _one_line_failure(code: int, out: str, err: str) -> str:
    assert "Traceback" not in err, err
    assert code == 1, err
    assert out == ""  # nothing printed as done
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rows(folder: Path) -> dict[str, int]:
    """What every write path adds to: a failed one must leave each count as it was."""
    db = connect(folder / DB_FILENAME)
    try:
        return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in (
            "stock_movement", "workshop", "print_job", "therapy_booking", "sync_log")}
    finally:
        db.close()


def _cards(out: Path) -> list[str]:
    return ["cards", "--template", "wallet", "--tag", "tent-1", "--copies", "4",
            "-o", str(out / "cards.pdf")]


# Each write path, as a person types it: (name, argv given the roomy folder).
WRITES = [
    ("kits undo", lambda out: ["kits", "undo"]),
    ("schedule import", lambda out: ["schedule", "import", str(SAMPLE_PROGRAM)]),
    ("resources import", lambda out: ["resources", "import", str(out / "pkg")]),
    ("cards (print record)", _cards),
]


def _before_the_disk_fills(capsys, folder: Path) -> None:
    # A hand-out of this session, so that `kits undo` has one to undo.
    assert _run(capsys, folder, "kits", "log", "Earplugs")[0] == 0


@pytest.mark.parametrize(("name", "argv"), WRITES, ids=[w[0] for w in WRITES])
def test_a_full_disk_is_said_and_nothing_is_saved(capsys, folder, elsewhere, name, argv):
    _before_the_disk_fills(capsys, folder)
    before = _rows(folder)
    filler = fill(folder.parent, leave_bytes=40 * 1024)

    line = _one_line_failure(*_run(capsys, folder, *argv(elsewhere)))

    assert f"{folder}: the disk is full" in line
    assert "nothing was saved" in line or "nothing was written" in line
    assert "damaged" not in line
    filler.unlink()
    assert _rows(folder) == before
    # The print record and its file are both or neither: no PDF whose codes are unrecorded.
    assert not (elsewhere / "cards.pdf").exists()
    if name == "resources import":
        with store.open_store(store.store_path(folder)) as s, pytest.raises(
                DataFileError, match="no resource directory is installed yet"):
            store.load_directory(s)

    # With room made, the same command works, once.
    code, _, err = _run(capsys, folder, *argv(elsewhere))
    assert code == 0, err
    after = _rows(folder)
    assert after != before or name == "resources import"


def test_a_full_disk_after_the_hub_took_a_batch_is_said_and_the_next_sync_catches_up(
        capsys, folder, hub):
    """Sync bookkeeping: the hub holds the counts, the desk cannot write down that it does.
    Nothing is shown as synced; sent again later, the hub keeps one copy (the higher
    revision), so desk and hub agree."""
    assert _run(capsys, folder, "sync", "--hub", hub.url, "--enroll",
                hub.enrol("Summer Fest 2026"))[0] == 0
    assert _run(capsys, folder, "sync", "--status")[0] == 0  # the cells are made now
    before = _rows(folder)
    filler = fill(folder.parent, leave_bytes=40 * 1024)

    line = _one_line_failure(*_run(capsys, folder, "sync", "--once"))

    assert f"{folder}: the disk is full" in line and "nothing was saved" in line
    assert hub.totals()["totals"]  # the hub did take the batch
    filler.unlink()
    assert _rows(folder) == before  # no "synced" line in the log, no acknowledgement
    code, out, _ = _run(capsys, folder, "sync", "--status")
    assert "last synced: never" in out

    code, out, err = _run(capsys, folder, "sync", "--once")
    assert code == 0, err
    assert out.startswith("Sent ")
    db = connect(folder / DB_FILENAME)
    try:
        handed_out = db.execute("SELECT sum(handed_out) FROM stock_movement "
                                "JOIN location ON location.id = location_id "
                                "JOIN activation ON activation.id = location.activation_id "
                                "WHERE activation.kind = 'festival'").fetchone()[0]
    finally:
        db.close()
    on_hub = sum(t["value"] for t in hub.totals()["totals"]
                 if t["metric"] == "kits_handed_out")
    assert on_hub == handed_out


@pytest.mark.parametrize(("name", "argv"), [*WRITES, ("sync --once", lambda out: [
    "sync", "--once"])], ids=[*(w[0] for w in WRITES), "sync --once"])
def test_a_read_only_folder_is_said_and_nothing_changes(capsys, folder, elsewhere, name, argv):
    _before_the_disk_fills(capsys, folder)
    before = _sha256(folder / DB_FILENAME)
    listing = sorted(p.name for p in folder.iterdir())  # the database, its logs/ folder
    make_read_only(folder.parent)

    line = _one_line_failure(*_run(capsys, folder, *argv(elsewhere)))

    assert f"{folder}: the data folder is read-only" in line
    assert _sha256(folder / DB_FILENAME) == before
    assert not (elsewhere / "cards.pdf").exists()
    assert DB_FILENAME in listing
    assert sorted(p.name for p in folder.iterdir()) == listing


# -- core: a booking, and a disk that turns read-only under an open database ----------------


def _tour_day(db) -> tuple[vault.Vault, int]:
    tour = activations.create_activation(
        db, name="Tour", kind="tour", start=date(2026, 3, 27), end=date(2026, 10, 31),
        tz="Europe/London")
    stop = activations.add_tour_stop(db, activation_id=tour.id, stop_date=date(2026, 7, 10),
                                     city="London", venue="Roundhouse", tz="Europe/London")
    key = vault.set_up(db, "4821")
    day = therapy.create_therapy_day(db, key, location_id=stop.id, provider_name="Dr Lee",
                                     plan=therapy.DayPlan(time(10), time(12)))
    return key, therapy.slots(db, day.id, key)[0].id


def _bookings(db) -> int:
    return db.execute("SELECT count(*) FROM therapy_booking").fetchone()[0]


def test_a_booking_on_a_full_disk_is_refused_whole_and_goes_in_once_room_is_made(tiny):
    folder = tiny / "booking"
    db = connect(folder / DB_FILENAME)
    try:
        key, slot_id = _tour_day(db)
        filler = fill(tiny, leave_bytes=0)
        with pytest.raises(sqlite3.OperationalError) as refused:
            therapy.book(db, key, slot_id, person="Zyxwv Canarybird", role="crew")
        problem = storage_error(refused.value, folder / DB_FILENAME)
        assert isinstance(problem, DiskFull)
        assert "Canarybird" not in str(problem)
        assert not db.conn.in_transaction
        filler.unlink()
        assert _bookings(db) == 0
        therapy.book(db, key, slot_id, person="Zyxwv Canarybird", role="crew")
        assert _bookings(db) == 1  # the refused one did not ride on this commit
    finally:
        db.close()
        shutil.rmtree(folder)


@pytest.fixture
def failing_disk(tmp_path):
    with disk_that_turns_read_only(tmp_path / "stick", tmp_path / "stick.img",
                                   16 * 1024) as where:
        yield where


def test_a_disk_that_turns_read_only_under_an_open_database_is_named_read_only(
        failing_disk, festival_ids):
    path = failing_disk / DB_FILENAME
    assert main(["--data-dir", str(failing_disk), "demo"]) == 0
    db = connect(path)
    try:
        kit_id, location_id = festival_ids(db)
        key, slot_id = _tour_day(db)
        turn_read_only(failing_disk)
        for write in (
            lambda: kits.hand_out(db, kit_type_id=kit_id, location_id=location_id),
            lambda: therapy.book(db, key, slot_id, person="Zyxwv Canarybird"),
        ):
            with pytest.raises(sqlite3.Error) as refused:
                write()
            problem = storage_error(refused.value, path)
            assert isinstance(problem, ReadOnlyData), problem
            assert str(problem).startswith(f"{failing_disk}: the disk holding the data folder "
                                           "turned read-only")
            assert "NOT saved" in str(problem)
    finally:
        db.close()


@pytest.fixture
def festival_ids():
    def ids(db):
        fest = next(a for a in activations.list_activations(db) if a.kind == "festival")
        tent = activations.find_location(db, fest.id, None)
        return kits.find_kit_type(db, "Earplugs").id, tent.id

    return ids
