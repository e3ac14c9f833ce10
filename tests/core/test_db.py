"""The database file: how it is opened, upgraded, and refused when it is not ours."""

from __future__ import annotations

import hashlib
import random
import re
import sqlite3
from collections import defaultdict
from datetime import UTC, datetime

import pytest
from sqlite_utils import Database

from wellness_desk import activations, kits, migrations, schedule, therapy
from wellness_desk.cli import main
from wellness_desk.clock import quarter_of, to_utc_text
from wellness_desk.db import BUSY_TIMEOUT_MS, connect
from wellness_desk.errors import DataFileError

MORNING = datetime(2026, 7, 4, 9, 0, tzinfo=UTC)
AFTERNOON = datetime(2026, 7, 4, 14, 20, tzinfo=UTC)
EVENING = datetime(2026, 7, 4, 19, 45, tzinfo=UTC)


def _sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sidecars(path):
    """The files SQLite would create next to the database if it wrote to it."""
    return [
        p.name
        for p in (path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))
        if p.exists()
    ]


# -- how a healthy file is opened -------------------------------------------------------


def test_a_new_database_file_is_in_wal_mode(db):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_foreign_keys_are_enforced(db):
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO location (activation_id, name, kind) VALUES (999, 'Tent', 'tent')")


def test_a_busy_database_is_waited_for_not_failed_at_once(db):
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS
    assert BUSY_TIMEOUT_MS >= 1000


def test_commits_are_synchronous_full(db):
    # 2 is FULL: a tap is on disk before the tile says it was counted.
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_a_missing_data_folder_is_created(tmp_path):
    path = tmp_path / "new" / "nested" / "wellness-desk.sqlite3"
    database = connect(path)
    try:
        assert path.is_file()
        # Written out: a migration dropped or renamed by mistake must fail here.
        assert [m.name for m in migrations.migrations.applied(database)] == [
            "m001_activations_and_kits", "m002_kit_running_totals", "m003_workshop_schedule",
            "m004_therapy_days", "m005_print_jobs", "m006_sync_cells", "m007_hub_link",
            "m009_print",
            "m011_calendar_revisions",
            "m012_resource_reports",
            "m013_report_made",
        ]
        assert migrations.known_names() == [m.name for m in
                                            migrations.migrations.applied(database)]
    finally:
        database.close()


def test_a_zero_byte_file_becomes_a_fresh_database(db_path):
    db_path.touch()
    database = connect(db_path)
    try:
        assert database.execute("SELECT count(*) FROM stock_movement").fetchone()[0] == 0
    finally:
        database.close()


def test_opening_twice_applies_no_migration_twice(db_path):
    connect(db_path).close()
    database = connect(db_path)
    try:
        names = [m.name for m in migrations.migrations.applied(database)]
        assert len(names) == len(set(names)) == len(migrations.known_names())
    finally:
        database.close()


# -- upgrading a database written by the first release ----------------------------------


def _first_release_database(path):
    """A festival as the m001-only release left it: a tent, a kit, taps and an undo."""
    raw = Database(path)
    migrations.migrations.apply(raw, stop_before="m002_kit_running_totals")
    assert raw["stock_movement"].exists()
    assert not raw["stock"].exists()
    raw.execute(
        "INSERT INTO activation (id, name, kind, start_date, end_date, tz, created_utc)"
        " VALUES (1, 'Old Fest', 'festival', '2026-07-03', '2026-07-05', 'Europe/London', ?)",
        [to_utc_text(MORNING)],
    )
    raw.execute(
        "INSERT INTO location (id, activation_id, name, kind)"
        " VALUES (1, 1, 'Tent', 'tent'), (2, 1, 'Bar', 'other')"
    )
    raw.execute(
        "INSERT INTO kit_type (id, name, colour, low_stock)"
        " VALUES (1, 'Earplugs', '#0072B2', 5), (2, 'Sleep kit', '#E69F00', 5)"
    )
    rows = [
        # id, kit, location, kind, stock_delta, handed_out, role, reason, undoes_id, at
        (1, 1, 1, "received", 40, 0, "unspecified", None, None, MORNING),
        (2, 2, 1, "received", 10, 0, "unspecified", None, None, MORNING),
        (3, 1, 2, "received", 7, 0, "unspecified", None, None, MORNING),
        (4, 1, 1, "handed_out", -3, 3, "crew", None, None, AFTERNOON),
        (5, 1, 1, "handed_out", -1, 1, "unspecified", None, None, AFTERNOON),
        (6, 2, 1, "handed_out", -2, 2, "artist", None, None, EVENING),
        (7, 1, 2, "handed_out", -1, 1, "family", None, None, EVENING),
        (8, 2, 1, "corrected", -1, 0, "unspecified", "recount", None, EVENING),
    ]
    for id_, kit, loc, kind, delta, out, role, reason, undoes, at in rows:
        raw.execute(
            "INSERT INTO stock_movement (id, kit_type_id, location_id, kind, stock_delta,"
            " handed_out, role, reason, undoes_id, at_utc, quarter)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [id_, kit, loc, kind, delta, out, role, reason, undoes, to_utc_text(at),
             quarter_of(at)],
        )
    # At 20:10 someone undid the 14:20 tap: it counts back in the 14:20 quarter.
    raw.execute(
        "INSERT INTO stock_movement (id, kit_type_id, location_id, kind, stock_delta,"
        " handed_out, role, undoes_id, at_utc, quarter)"
        " VALUES (9, 1, 1, 'undo', 1, -1, 'unspecified', 5, ?, ?)",
        [to_utc_text(datetime(2026, 7, 4, 19, 10, tzinfo=UTC)), quarter_of(AFTERNOON)],
    )
    return raw


def _columns(database, table):
    return [row[1] for row in database.execute(f"PRAGMA table_info({table})")]


def _table_rows(database, table, columns):
    # Only the columns the old schema had: later migrations may add columns.
    return database.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY 1").fetchall()


def test_a_first_release_database_is_upgraded_with_its_totals_backfilled(db_path):
    raw = _first_release_database(db_path)
    tables = ("activation", "location", "kit_type", "stock_movement")
    columns = {t: _columns(raw, t) for t in tables}
    before = {t: _table_rows(raw, t, columns[t]) for t in tables}
    raw.close()

    database = connect(db_path)
    try:
        assert [m.name for m in migrations.migrations.applied(database)] == (
            migrations.known_names()
        )
        for table, rows in before.items():
            assert _table_rows(database, table, columns[table]) == rows, table

        movements = database.execute(
            "SELECT kit_type_id, location_id, stock_delta, handed_out, role, quarter"
            " FROM stock_movement"
        ).fetchall()
        expected_stock = defaultdict(int)
        expected_tally = defaultdict(int)
        for kit, loc, delta, out, role, quarter in movements:
            expected_stock[(kit, loc)] += delta
            expected_tally[(loc, quarter, kit, role)] += out
        stock = {
            (kit, loc): n
            for kit, loc, n in database.execute(
                "SELECT kit_type_id, location_id, on_hand FROM stock"
            )
        }
        tally = {
            (loc, q, kit, role): n
            for loc, q, kit, role, n in database.execute(
                "SELECT location_id, quarter, kit_type_id, role, count FROM handout_tally"
            )
            if n
        }
        assert stock == dict(expected_stock)
        assert tally == {k: n for k, n in expected_tally.items() if n}
        # The same numbers, worked out by hand from the rows above.
        assert stock == {(1, 1): 37, (2, 1): 7, (1, 2): 6}
        assert tally == {
            (1, quarter_of(AFTERNOON), 1, "crew"): 3,
            (1, quarter_of(EVENING), 2, "artist"): 2,
            (2, quarter_of(EVENING), 1, "family"): 1,
        }

        tiles = kits.tiles(database, location_id=1, now=EVENING)
        assert {t.kit.name: (t.today, t.stock) for t in tiles} == {
            "Earplugs": (3, 37), "Sleep kit": (2, 7),
        }
        # The upgraded file keeps counting: the trigger is in place.
        kits.hand_out(database, kit_type_id=1, location_id=1, count=2, now=EVENING)
        assert kits.today_counts(database, location_id=1, now=EVENING)[1] == 5
        assert kits.stock(database, location_id=1)[1] == 35
    finally:
        database.close()


# -- files that are not a healthy Wellness Desk database --------------------------------


def _random_bytes(n):
    return random.Random(20260704).randbytes(n)


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(_random_bytes(8192), id="random-bytes"),
        pytest.param(b"SQLite format 3\x00" + _random_bytes(8192), id="sqlite-header-then-garbage"),
        pytest.param(b"name,count\nEarplugs,3\n", id="a-csv-export"),
    ],
)
def test_a_damaged_file_is_refused_by_name_and_left_byte_for_byte(db_path, content):
    db_path.write_bytes(content)
    before = _sha256(db_path)

    with pytest.raises(DataFileError) as refused:
        connect(db_path)

    assert str(db_path) in str(refused.value)
    assert _sha256(db_path) == before
    assert _sidecars(db_path) == []


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_a_real_database_with_a_damaged_schema_page_is_refused_and_left_alone(
    db_path, journal_mode
):
    connect(db_path).close()
    plain = sqlite3.connect(db_path)
    plain.execute(f"PRAGMA journal_mode={journal_mode}")
    plain.close()
    assert _sidecars(db_path) == []
    damaged = bytearray(db_path.read_bytes())
    # Keep the 100-byte file header, scribble over the schema that follows it.
    damaged[100:4096] = _random_bytes(3996)
    db_path.write_bytes(bytes(damaged))
    before = _sha256(db_path)

    with pytest.raises(DataFileError, match="damaged") as refused:
        connect(db_path)

    assert str(db_path) in str(refused.value)
    assert _sha256(db_path) == before
    assert _sidecars(db_path) == []


def test_a_folder_where_the_database_file_should_be_is_refused_and_left_empty(db_path):
    db_path.mkdir()

    with pytest.raises(DataFileError) as refused:
        connect(db_path)

    assert str(db_path) in str(refused.value)
    assert db_path.is_dir()
    assert list(db_path.iterdir()) == []
    assert _sidecars(db_path) == []


def test_a_data_folder_that_is_really_a_file_is_refused_by_name(tmp_path):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("festival notes")
    path = not_a_folder / "wellness-desk.sqlite3"

    with pytest.raises(DataFileError) as refused:
        connect(path)

    assert str(path) in str(refused.value)
    assert not_a_folder.read_text() == "festival notes"


def test_the_cli_names_a_damaged_file_in_one_line_and_fails(tmp_path, capsys):
    path = tmp_path / "wellness-desk.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + _random_bytes(4096))
    before = _sha256(path)

    code = main(["--data-dir", str(tmp_path), "kits", "today"])

    out, err = capsys.readouterr()
    assert code != 0
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert str(path) in err
    assert _sha256(path) == before
    assert _sidecars(path) == []


# -- the movement log is append-only ---------------------------------------------------


def _allowed(db, table, column):
    """The values a CHECK (column IN (...)) of the table's schema lets through."""
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                     [table]).fetchone()[0]
    (listed,) = re.findall(rf"CHECK\s*\(\s*{column}\s+IN\s*\(([^)]*)\)", sql)
    return tuple(re.findall(r"'([^']*)'", listed))


@pytest.mark.parametrize(("table", "column", "core"), [
    ("stock_movement", "role", (kits.UNSPECIFIED, *kits.ROLES)),
    ("therapy_booking", "role", (kits.UNSPECIFIED, *kits.ROLES)),
    ("activation", "kind", activations.KINDS),
    ("location", "kind", activations.LOCATION_KINDS),
    ("workshop", "status", schedule.STATUSES),
    ("door_tap", "counter", schedule.COUNTERS),
    ("therapy_day", "mode", therapy.MODES),
    ("therapy_booking", "status", therapy.STATUSES),
])
def test_the_schemas_fixed_lists_are_the_cores(db, table, column, core):
    """A released migration is never edited, so its CHECK lists stay where they were
    written: this keeps them equal to the one list each that the code reads."""
    assert _allowed(db, table, column) == core


def test_a_stock_movement_cannot_be_edited(db, festival):
    tap = kits.hand_out(
        db, kit_type_id=festival["earplugs"].id, location_id=festival["tent"].id, now=AFTERNOON
    )
    with pytest.raises(sqlite3.DatabaseError, match="never changed"):
        db.execute("UPDATE stock_movement SET handed_out = 50 WHERE id = ?", [tap.movement.id])
    assert kits.get_movement(db, tap.movement.id).handed_out == 1


def test_a_stock_movement_cannot_be_deleted(db, festival):
    tap = kits.hand_out(
        db, kit_type_id=festival["earplugs"].id, location_id=festival["tent"].id, now=AFTERNOON
    )
    with pytest.raises(sqlite3.DatabaseError, match="never deleted"):
        db.execute("DELETE FROM stock_movement WHERE id = ?", [tap.movement.id])
    with pytest.raises(sqlite3.DatabaseError, match="never deleted"):
        db.execute("DELETE FROM stock_movement")
    assert db.execute("SELECT count(*) FROM stock_movement").fetchone()[0] == 3


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_another_programs_sqlite_file_is_refused_and_left_alone(db_path):
    other = sqlite3.connect(db_path)
    other.execute("CREATE TABLE contacts (name TEXT)")
    other.execute("INSERT INTO contacts VALUES ('someone')")
    other.commit()
    other.close()
    before = _sha(db_path)
    with pytest.raises(DataFileError, match="another program") as refused:
        connect(db_path)
    assert str(db_path) in str(refused.value)
    assert _sha(db_path) == before
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_a_database_from_a_newer_version_is_refused_and_left_alone(db_path):
    db = connect(db_path)
    db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        ["wellness_desk", "m999_from_the_future", "2027-01-01"],
    )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    before = _sha(db_path)
    with pytest.raises(DataFileError, match="newer Wellness Desk"):
        connect(db_path)
    assert _sha(db_path) == before


def test_our_database_carries_its_application_id(db):
    from wellness_desk.db import APPLICATION_ID

    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_a_recount_waits_for_another_writer_instead_of_failing(db_path, festival):
    """The CLI (or, later, the sync worker) writes while the tent corrects a count."""
    import threading

    db = connect(db_path)
    # Our connection has read before: its snapshot predates the other writer's commit.
    kits.stock(db, location_id=festival["tent"].id)
    other = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO setting (key, value) VALUES ('other', 'writer')")
    # The other writer commits a moment later, while correct_stock is waiting its turn.
    committer = threading.Timer(0.3, lambda: other.execute("COMMIT"))
    committer.start()
    moved = kits.correct_stock(db, kit_type_id=festival["earplugs"].id,
                               location_id=festival["tent"].id, counted=7, reason="recount")
    assert moved.stock_delta == 7 - 20
    assert kits.stock(db, location_id=festival["tent"].id)[festival["earplugs"].id] == 7
    committer.join()
    db.close()
    other.close()
