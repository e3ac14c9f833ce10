"""Backups and restore, as a coordinator tells it: back up, lose a day, put it back."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from tests.mounts import fill, make_read_only, make_writable, small_filesystem
from wellness_desk import activations, backups, kits, therapy, vault
from wellness_desk.backups import (
    Backup,
    check_backup,
    daily_backup_if_due,
    list_backups,
    make_backup,
    newest_good_backup,
    restore,
)
from wellness_desk.db import connect
from wellness_desk.errors import AlreadyOpen, DataFileError, DiskFull, ReadOnlyData
from wellness_desk.migrations import migrations
from wellness_desk.paths import DB_FILENAME, lock_path
from wellness_desk.therapy import DayPlan

MORNING = datetime(2026, 7, 4, 9, 0, tzinfo=UTC)
CANARY_NAME = "Zyxwv Canarybird"
CANARY_NOTE = "canary-note-5150"


def _handed_out(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT coalesce(sum(handed_out), 0) FROM stock_movement"
                            ).fetchone()[0]


def _tap(db, festival, count, *, at=MORNING):
    for _ in range(count):
        kits.hand_out(db, kit_type_id=festival["earplugs"].id,
                      location_id=festival["tent"].id, now=at)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _leftovers(folder: Path) -> list[str]:
    """Copies (and the logs SQLite makes beside them) that became no backup or database."""
    return sorted(p.name for p in folder.rglob("*")
                  if any(mark in p.name for mark in (".partial", ".restoring")))


def test_taps_still_in_the_log_are_in_the_backup_and_come_back_on_restore(db, db_path,
                                                                          festival):
    _tap(db, festival, 7)
    wal = Path(f"{db_path}-wal")
    assert wal.stat().st_size > 0  # the taps are in the log, not folded into the file yet

    backup = make_backup(db_path, now=MORNING, kind="manual")
    _tap(db, festival, 3, at=MORNING + timedelta(hours=1))  # after the backup
    db.close()

    assert backup.path.parent == db_path.parent / "backups"
    assert backup.path.name == "wellness-desk-2026-07-04T090000Z-manual.sqlite3"
    assert backup.kind == "manual" and backup.taken_at == MORNING
    assert backup.size_bytes == backup.path.stat().st_size > 0
    assert not Path(f"{backup.path}-wal").exists()  # one file, out of WAL mode
    assert backup.path.read_bytes()[18:20] == b"\x01\x01"
    assert _handed_out(backup.path) == 7

    restored = restore(db_path, backup.path, now=MORNING + timedelta(hours=2))

    assert restored.set_aside == db_path.with_name(
        f"{DB_FILENAME}.before-restore-2026-07-04T110000Z")
    assert _handed_out(restored.set_aside) == 10  # the replaced database, kept whole
    again = connect(db_path)
    try:
        assert kits.stock(again, location_id=festival["tent"].id)[
            festival["earplugs"].id] == 20 - 7
        assert again.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        again.close()
    assert _handed_out(db_path) == 7
    assert list_backups(db_path.parent) == [backup]
    assert _leftovers(db_path.parent) == []


def test_a_backup_to_a_file_of_ones_own_choosing(db, db_path, festival, tmp_path):
    _tap(db, festival, 2)
    usb = tmp_path / "usb"
    usb.mkdir()
    named = make_backup(db_path, usb / "fest.sqlite3", now=MORNING)
    into_folder = make_backup(db_path, usb, now=MORNING)
    assert named.path == usb / "fest.sqlite3"
    assert into_folder.path == usb / "wellness-desk-2026-07-04T090000Z-manual.sqlite3"
    assert _handed_out(named.path) == _handed_out(into_folder.path) == 2
    assert list_backups(db_path.parent) == []  # not in the backups folder
    with pytest.raises(Exception, match="a file of that name is already there"):
        make_backup(db_path, usb / "fest.sqlite3", now=MORNING)


def test_two_backups_in_the_same_second_both_keep(db, db_path):
    first = make_backup(db_path, now=MORNING)
    second = make_backup(db_path, now=MORNING)
    assert first.path != second.path
    assert [b.path for b in list_backups(db_path.parent)] == [second.path, first.path]


def _other_program_file(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, caption TEXT)")
        conn.execute("INSERT INTO photos (caption) VALUES ('beach')")
    return path


def _flip_bytes(path: Path) -> Path:
    data = bytearray(path.read_bytes())
    page = 4096
    # The b-tree header of the second page (a table's root): no valid page type any more.
    for i in range(page, page + 12):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("kind", ["foreign", "damaged", "not-sqlite"])
def test_restore_refuses_a_file_that_is_no_good_backup_and_changes_nothing(
        db, db_path, festival, tmp_path, kind):
    _tap(db, festival, 4)
    db.close()
    if kind == "foreign":
        bad = _other_program_file(tmp_path / "photos.sqlite3")
        words = "not a Wellness Desk database"
    elif kind == "damaged":
        bad = _flip_bytes(make_backup(db_path, tmp_path / "copy.sqlite3", now=MORNING).path)
        words = "fails its integrity check"
    else:
        bad = tmp_path / "notes.txt"
        bad.write_text("not a database at all\n" * 100)
        words = "not a Wellness Desk database (not an SQLite file)"
    before = sorted(p.name for p in db_path.parent.iterdir())
    sha = _sha(db_path)

    with pytest.raises(DataFileError) as refused:
        restore(db_path, bad, now=MORNING)

    message = str(refused.value)
    assert message.startswith(f"{bad}: ") and words in message
    assert "nothing was changed" in message
    assert _sha(db_path) == sha
    assert sorted(p.name for p in db_path.parent.iterdir()) == before
    with pytest.raises(DataFileError) as checked:
        check_backup(bad)
    assert words in str(checked.value)


def test_a_backup_from_a_newer_version_is_refused(db, db_path, tmp_path):
    newer = make_backup(db_path, tmp_path / "newer.sqlite3", now=MORNING).path
    with sqlite3.connect(newer) as conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                     " VALUES ('wellness_desk', 'm999_from_the_future', '2030-01-01')")
    with pytest.raises(DataFileError, match="written by a newer Wellness Desk"):
        check_backup(newer)


def test_newest_good_backup_skips_a_damaged_one(db, db_path):
    good = make_backup(db_path, now=MORNING)
    newer = make_backup(db_path, now=MORNING + timedelta(hours=1))
    _flip_bytes(newer.path)
    assert newest_good_backup(db_path.parent) == Backup(good.path, good.taken_at,
                                                        good.size_bytes, "manual")


def _kept_days(backups_kept) -> list[date]:
    return sorted({b.taken_at.date() for b in backups_kept}, reverse=True)


def test_a_year_of_daily_starts_keeps_seven_days_four_weeks_six_months():
    """The rotation rule, start by start over a year (2026 ends on a Thursday)."""
    start = datetime(2026, 1, 1, 8, 30, tzinfo=UTC)
    folder: list[Backup] = []
    for n in range(365):
        made = Backup(Path(f"day-{n}"), start + timedelta(days=n), 1, "daily")
        folder.insert(0, made)
        kept = backups.to_keep(folder)
        assert made.path in kept
        folder = [b for b in folder if b.path in kept]
    days = _kept_days(folder)
    last = date(2026, 12, 31)
    assert days[:7] == [last - timedelta(days=i) for i in range(7)]
    # The newest of each of the 4 newest ISO weeks: this week's Thursday and the Sundays of
    # the three before (the first of them, 27 December, is one of the 7 days already).
    assert days[7:9] == [date(2026, 12, 20), date(2026, 12, 13)]
    # The newest of each of the 6 newest months: their last days.
    assert days[9:] == [date(2026, 11, 30), date(2026, 10, 31), date(2026, 9, 30),
                         date(2026, 8, 31), date(2026, 7, 31)]


def test_a_year_of_daily_starts_backs_up_once_a_day_and_rotates_the_real_folder(db, db_path):
    start = datetime(2026, 1, 1, 8, 30, tzinfo=UTC)
    made = 0
    for n in range(365):
        for minutes in (0, 240):  # two starts a day: only the first backs up
            if daily_backup_if_due(db_path, now=start + timedelta(days=n, minutes=minutes)):
                made += 1
    assert made == 365
    kept = list_backups(db_path.parent)
    assert all(b.kind == "daily" for b in kept)
    days = _kept_days(kept)
    last = date(2026, 12, 31)
    # The same days as the rule alone keeps (above): rotation did it on the disk.
    assert days == [*(last - timedelta(days=i) for i in range(7)), date(2026, 12, 20),
                    date(2026, 12, 13), date(2026, 11, 30), date(2026, 10, 31),
                    date(2026, 9, 30), date(2026, 8, 31), date(2026, 7, 31)]
    assert len(kept) == len(days)
    assert sorted(p.name for p in (db_path.parent / "backups").iterdir()) == sorted(
        b.path.name for b in kept)
    assert newest_good_backup(db_path.parent).taken_at.date() == last


def test_manual_and_pre_migration_backups_keep_their_newest(db, db_path):
    for n in range(12):
        make_backup(db_path, now=MORNING + timedelta(minutes=n), kind="manual")
    for n in range(5):
        make_backup(db_path, now=MORNING + timedelta(hours=1, minutes=n), kind="pre-migration")
    kept = list_backups(db_path.parent)
    assert sum(b.kind == "manual" for b in kept) == 10
    assert sum(b.kind == "pre-migration" for b in kept) == 3
    assert min(b.taken_at for b in kept if b.kind == "manual") == MORNING + timedelta(minutes=2)


def test_rotation_never_removes_the_backup_just_made_even_with_the_clock_gone_back(db, db_path):
    for n in range(20):
        daily_backup_if_due(db_path, now=datetime(2027, 1, 1, tzinfo=UTC) + timedelta(days=n))
    back_in_time = daily_backup_if_due(db_path, now=datetime(2026, 6, 1, tzinfo=UTC))
    assert back_in_time is not None and back_in_time.path.exists()


def test_a_pending_migration_backs_up_first(tmp_path):
    path = tmp_path / DB_FILENAME
    from sqlite_utils import Database

    raw = Database(path)
    migrations.apply(raw, stop_before="m002_kit_running_totals")
    raw.execute("INSERT INTO kit_type (name, colour) VALUES ('Earplugs', '#0072B2')")
    raw.conn.commit()
    raw.close()

    connect(path).close()

    found = list_backups(tmp_path)
    assert [b.kind for b in found] == ["pre-migration"]
    with sqlite3.connect(found[0].path) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
        assert names == ["m001_activations_and_kits"]  # the file as it was before
        assert conn.execute("SELECT name FROM kit_type").fetchall() == [("Earplugs",)]
    connect(path).close()  # up to date now: no second backup
    assert len(list_backups(tmp_path)) == 1


def test_a_new_database_makes_no_pre_migration_backup(tmp_path):
    connect(tmp_path / DB_FILENAME).close()
    assert list_backups(tmp_path) == []
    assert daily_backup_if_due(tmp_path / "nothing-here.sqlite3", now=MORNING) is None


def test_a_backup_holds_no_clear_name_or_note_of_a_booking(db, db_path):
    tour = activations.create_activation(
        db, name="Long Way Home Tour", kind="tour", start=date(2026, 3, 27),
        end=date(2026, 10, 31), tz="Europe/London")
    stop = activations.add_tour_stop(db, activation_id=tour.id, stop_date=date(2026, 7, 10),
                                     city="London", venue="Roundhouse", tz="Europe/London")
    key = vault.set_up(db, "4821")
    day = therapy.create_therapy_day(db, key, location_id=stop.id,
                                     provider_name="Dr. Ada Winter",
                                     plan=DayPlan(time(10), time(18)))
    slot = therapy.slots(db, day.id)[0]
    therapy.book(db, key, slot.id, person=CANARY_NAME, notes=CANARY_NOTE,
                 contact="canary@example.invalid", now=MORNING)

    backup = make_backup(db_path, now=MORNING)

    data = backup.path.read_bytes()
    for canary in (CANARY_NAME, CANARY_NOTE, "canary@example.invalid"):
        assert canary.encode() not in data
        assert canary.encode("utf-16-le") not in data
    # The data is there, sealed: the restored laptop opens it with the same key.
    db.close()
    restore(db_path, backup.path, now=MORNING)
    again = connect(db_path)
    try:
        booking = therapy.slots(again, day.id, vault.unlock(again, "4821"))[0].booking
        assert booking is not None and booking.person == CANARY_NAME
    finally:
        again.close()


def test_a_restore_from_the_command_line_waits_for_the_app_to_close(db_path, db):
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(lock_path(db_path)))
    assert lock.tryLock(0)
    try:
        with pytest.raises(AlreadyOpen, match="close it first"):
            backups.refuse_while_open(db_path)
    finally:
        lock.unlock()
    backups.refuse_while_open(db_path)  # closed: nothing holds it


# -- the disk ----------------------------------------------------------------------------


@pytest.fixture
def on_small_disk(tmp_path):
    with small_filesystem(tmp_path / "disk", 6 * 1024) as folder:
        path = folder / DB_FILENAME
        db = connect(path)
        fest = activations.create_activation(
            db, name="Test Fest", kind="festival", start=date(2026, 7, 3),
            end=date(2026, 7, 5), tz="Europe/London")
        tent = activations.add_location(db, activation_id=fest.id, name="Wellness tent")
        kit = kits.add_kit_type(db, name="Earplugs")
        kits.receive_stock(db, kit_type_id=kit.id, location_id=tent.id, count=500, now=MORNING)
        for _ in range(300):
            kits.hand_out(db, kit_type_id=kit.id, location_id=tent.id, now=MORNING)
        db.close()
        yield folder, path


def test_a_backup_on_a_full_disk_says_so_and_leaves_no_partial_file(on_small_disk):
    folder, path = on_small_disk
    sha = _sha(path)
    filler = fill(folder, leave_bytes=8 * 1024)

    with pytest.raises(DiskFull) as refused:
        make_backup(path, now=MORNING)

    assert str(refused.value).startswith(f"{folder / 'backups'}: the disk is full")
    assert "make room and try again" in str(refused.value)
    assert _leftovers(folder) == []
    assert list_backups(folder) == []
    assert _sha(path) == sha
    filler.unlink()
    assert make_backup(path, now=MORNING).path.exists()


def test_a_backup_that_fills_the_disk_half_way_leaves_no_partial_file(on_small_disk,
                                                                     monkeypatch):
    folder, path = on_small_disk
    fill(folder, leave_bytes=16 * 1024)
    # Past the free-space check (as when another program fills the disk meanwhile): the
    # copy itself meets the full disk.
    monkeypatch.setattr(backups, "_free", lambda _folder: 10**9)

    with pytest.raises(DiskFull, match="the disk is full"):
        make_backup(path, now=MORNING)

    assert _leftovers(folder) == []
    assert list_backups(folder) == []


def test_a_backup_in_a_read_only_folder_says_so(on_small_disk):
    folder, path = on_small_disk
    (folder / "backups").mkdir()
    make_read_only(folder)
    try:
        with pytest.raises(ReadOnlyData) as refused:
            make_backup(path, now=MORNING)
        assert str(refused.value).startswith(f"{folder / 'backups'}: the folder is read-only")
        assert _leftovers(folder) == []
        with pytest.raises(ReadOnlyData, match="the folder is read-only"):
            make_backup(path, folder / "out.sqlite3", now=MORNING)
        assert not (folder / "out.sqlite3").exists()
    finally:
        make_writable(folder)


def test_while_the_command_line_restores_the_app_finds_the_folder_in_use(db_path, db):
    from PySide6.QtCore import QLockFile

    with backups.holding_folder(db_path):
        app = QLockFile(str(lock_path(db_path)))
        app.setStaleLockTime(0)  # as ui/app.hold_folder takes it
        assert not app.tryLock(0)
        assert app.error() == QLockFile.LockError.LockFailedError
    assert not lock_path(db_path).exists()
    assert app.tryLock(0)  # the restore is over: the app opens
    app.unlock()


def test_a_lock_left_by_a_crashed_app_does_not_block_a_restore(db_path, db):
    import os
    import socket

    # A process id no process has (above Linux's highest), on this computer.
    lock_path(db_path).write_text(f"999999999\npython3\n{socket.gethostname()}\n")
    with backups.holding_folder(db_path):
        assert lock_path(db_path).read_text().startswith(f"{os.getpid()}\n")


def test_a_lock_of_an_app_on_another_computer_is_taken_as_held(db_path, db):
    lock_path(db_path).write_text("4242\nwellness-desk\nother-laptop\n")
    with pytest.raises(AlreadyOpen, match="close it first"):
        backups.refuse_while_open(db_path)


def test_a_backup_restored_on_a_new_laptop_needs_no_database_there(db, db_path, festival,
                                                                   tmp_path):
    _tap(db, festival, 6)
    backup = make_backup(db_path, tmp_path / "usb-stick.sqlite3", now=MORNING)
    new_laptop = tmp_path / "new-laptop" / "data" / DB_FILENAME

    restored = restore(new_laptop, backup.path, now=MORNING)

    assert restored.set_aside is None and restored.database == new_laptop
    assert _handed_out(new_laptop) == 6
    connect(new_laptop).close()  # opens as the app opens it
