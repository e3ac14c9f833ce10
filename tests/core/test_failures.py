"""Honest failures: a damaged page, a read-only folder, a full disk, a closed pipe.

Each runs the real command in a subprocess (as a person or a script would) on a real file:
a database with one index page overwritten, a tmpfs remounted read-only, a tiny tmpfs
filled to the last block. Each gets its own sentence, exit code 1, no traceback, nothing
printed as done, and the data written before is still there.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.mounts import fill, free_bytes, make_read_only, small_filesystem
from wellness_desk import kits
from wellness_desk.cli import EXIT_PIPE_CLOSED, main
from wellness_desk.db import connect, space_needed, storage_error
from wellness_desk.errors import (
    DamagedDatabase,
    DatabaseBusy,
    DiskError,
    DiskFull,
    ReadOnlyData,
)
from wellness_desk.paths import DATA_ENV, DB_FILENAME

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.usefixtures("decoy_data_dir")


def _cli(data_dir, *argv, **kwargs) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != DATA_ENV}
    streams = kwargs or {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    return subprocess.run(
        [sys.executable, "-m", "wellness_desk", "--data-dir", str(data_dir), *argv],
        text=True, env=env, cwd=REPO, timeout=60, check=False, **streams,
    )


def _one_line_failure(done: subprocess.CompletedProcess[str]) -> str:
    """The command failed with exit 1 and one line on stderr, printing nothing as done."""
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 1, done.stderr
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _demo(data_dir: Path) -> Path:
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    return data_dir / DB_FILENAME


def _movements(path: Path) -> tuple[int, int]:
    """(rows in the movement log, kits handed out in all): what a failed log must not change."""
    db = connect(path)
    try:
        return db.execute("SELECT count(*), sum(handed_out) FROM stock_movement").fetchone()
    finally:
        db.close()


# -- a damaged index page ------------------------------------------------------------------

# The index both `kits log` and `kits today` read (to find the location by activation), so
# the damage is met mid-command, after the database opened without a complaint.
LOCATION_INDEX = "sqlite_autoindex_location_1"


def _damage_index(path: Path, index: str) -> list[int]:
    """Overwrite every page of `index` with bytes no b-tree page has; returns the pages."""
    con = sqlite3.connect(path)
    try:
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
        try:
            pages = [r[0] for r in con.execute("SELECT pageno FROM dbstat WHERE name = ?",
                                               [index])]
        except sqlite3.OperationalError:  # an SQLite built without dbstat: the root page
            pages = [con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                                 [index]).fetchone()[0]]
    finally:
        con.close()
    assert pages
    with path.open("r+b") as f:
        for page in pages:
            f.seek((page - 1) * page_size)
            f.write(b"\xa5" * page_size)
    return pages


@pytest.mark.parametrize("argv", [["kits", "log", "Earplugs", "--count", "2"],
                                  ["kits", "today"]], ids=" ".join)
def test_a_damaged_index_page_gets_the_damaged_sentence_and_the_file_is_kept(tmp_path, argv):
    path = _demo(tmp_path)
    _damage_index(path, LOCATION_INDEX)
    before = _sha256(path)

    # Found by the quick check before the command reads or writes anything.
    line = _one_line_failure(_cli(tmp_path, *argv))

    assert str(path) in line
    assert "is damaged" in line
    assert "Keep the file as it is" in line
    assert "nothing was saved" in line
    assert _sha256(path) == before


def _sqlite_error(kind: type[sqlite3.Error], text: str, name: str) -> sqlite3.Error:
    error = kind(text)
    error.sqlite_errorcode = getattr(sqlite3, name)
    error.sqlite_errorname = name
    return error


@pytest.mark.parametrize(("kind", "text", "name", "expected"), [
    (sqlite3.DatabaseError, "words SQLite may change one day", "SQLITE_CORRUPT", DamagedDatabase),
    (sqlite3.DatabaseError, "file is not a database", "SQLITE_NOTADB", DamagedDatabase),
    (sqlite3.OperationalError, "database disk image is malformed", "SQLITE_FULL", DiskFull),
    (sqlite3.OperationalError, "disk is full", "SQLITE_IOERR_READ", DiskError),
    (sqlite3.OperationalError, "disk is full", "SQLITE_BUSY", DatabaseBusy),
    (sqlite3.IntegrityError, "disk is full", "SQLITE_CONSTRAINT_CHECK", type(None)),
], ids=lambda v: v if isinstance(v, str) and v.startswith("SQLITE") else "")
def test_sqlite_errors_are_named_by_their_code_never_their_text(tmp_path, kind, text, name,
                                                                 expected):
    """The texts lie on purpose: only the code may decide. A constraint is a bug (None)."""
    path = tmp_path / DB_FILENAME
    connect(path).close()  # a healthy file on a disk with room: an I/O error is the disk's
    assert isinstance(storage_error(_sqlite_error(kind, text, name), path), expected)


# -- a read-only data folder ------------------------------------------------------------


@pytest.fixture
def read_only_demo(tmp_path):
    """The demo's data folder on a filesystem remounted read-only (root may not write either)."""
    with small_filesystem(tmp_path / "ro", 16 * 1024) as folder:
        path = _demo(folder)
        before = _movements(path)
        make_read_only(folder)
        assert not os.access(folder, os.W_OK)
        yield folder, path, before


@pytest.mark.parametrize("argv", [["kits", "log", "Earplugs"], ["kits", "today"]],
                         ids=" ".join)
def test_a_read_only_data_folder_is_named_and_says_what_to_do(read_only_demo, argv):
    folder, path, _ = read_only_demo
    before = _sha256(path)

    line = _one_line_failure(_cli(folder, *argv))

    assert f"{folder}: the data folder is read-only" in line
    assert "Make the folder writable" in line
    assert "--data-dir" in line
    assert "damaged" not in line
    assert _sha256(path) == before
    assert sorted(p.name for p in folder.iterdir()) == ["logs", DB_FILENAME]  # the demo's log


def test_a_new_data_folder_inside_a_read_only_one_names_the_read_only_folder(read_only_demo):
    folder, _, _ = read_only_demo

    line = _one_line_failure(_cli(folder / "festival-2026", "kits", "today"))

    assert f"{folder}: the data folder is read-only" in line
    assert not (folder / "festival-2026").exists()


def test_a_read_only_folder_is_its_own_error_type(read_only_demo):
    folder, path, _ = read_only_demo
    with pytest.raises(ReadOnlyData) as refused:
        connect(path)
    assert refused.value.folder == str(folder)


# -- a full disk ---------------------------------------------------------------------------


@pytest.fixture
def tiny_demo(tmp_path):
    """The demo's data folder on a 12 MB tmpfs, to be filled by the test."""
    with small_filesystem(tmp_path / "tiny", 12 * 1024) as folder:
        path = _demo(folder)
        yield folder, path


# 0: not even SQLite's shared-memory file fits (met at open, as SQLITE_IOERR_SHMSIZE);
# 40 kB: the database opens, and the hand-out's pages do not fit in the log (SQLITE_FULL
# at COMMIT).
@pytest.mark.parametrize("left_kb", [0, 40], ids=["at-open", "at-commit"])
def test_a_full_disk_says_how_much_space_is_needed_and_keeps_the_earlier_data(
    tiny_demo, left_kb
):
    folder, path = tiny_demo
    before = _movements(path)
    filler = fill(folder, leave_bytes=left_kb * 1024)
    assert free_bytes(folder) <= left_kb * 1024

    line = _one_line_failure(_cli(folder, "kits", "log", "Earplugs", "--count", "2"))

    assert f"{folder}: the disk is full" in line
    assert "nothing was saved" in line
    needed_mb = f"{space_needed(path) / 1_000_000:.1f} MB"
    assert f"needs at least {needed_mb} free there" in line
    assert "damaged" not in line
    filler.unlink()
    assert _movements(path) == before
    db = connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()


def test_after_making_room_the_same_command_works(tiny_demo):
    folder, path = tiny_demo
    before = _movements(path)
    filler = fill(folder, leave_bytes=40 * 1024)
    assert "the disk is full" in _one_line_failure(_cli(folder, "kits", "log", "Earplugs"))
    filler.unlink()

    done = _cli(folder, "kits", "log", "Earplugs")

    assert done.returncode == 0, done.stderr
    assert "Earplugs: 1 handed out" in done.stdout
    # Exactly one more: the refused hand-out was not saved later behind the person's back.
    assert _movements(path) == (before[0] + 1, before[1] + 1)


def test_a_commit_refused_by_the_disk_is_rolled_back_not_left_open(tiny_demo, festival_ids):
    """In the app one connection lives on: a refused tap must not ride on the next commit."""
    folder, path = tiny_demo
    db = connect(path)
    try:
        kit_id, location_id = festival_ids(db)
        before = _movements(path)
        filler = fill(folder, leave_bytes=40 * 1024)
        with pytest.raises(sqlite3.OperationalError) as refused:
            for _ in range(20):
                kits.hand_out(db, kit_type_id=kit_id, location_id=location_id, count=5)
        assert isinstance(storage_error(refused.value, path), DiskFull)
        assert not db.conn.in_transaction
        done_before_full = _movements(path)
        filler.unlink()
        kits.hand_out(db, kit_type_id=kit_id, location_id=location_id, count=1)
        after = _movements(path)
        assert after == (done_before_full[0] + 1, done_before_full[1] + 1)
        assert after[0] > before[0]
    finally:
        db.close()


@pytest.fixture
def festival_ids():
    def ids(db):
        from wellness_desk import activations

        fest = activations.current_activation(db)
        tent = activations.find_location(db, fest.id, None)
        return kits.find_kit_type(db, "Earplugs").id, tent.id

    return ids


# -- a reader that stops reading (`| head`) ----------------------------------------------


def _with_sync_log(path: Path, entries: int) -> None:
    from wellness_desk.sync.log import record

    db = connect(path)
    try:
        for i in range(entries):
            record(db, f"2026-07-04T12:{i % 60:02d}:00Z", i, 100 * i, "synced", "")
    finally:
        db.close()


PRINTING = [
    ["--help"],
    ["kits", "today"],
    ["kits", "log", "Earplugs"],
    ["export", "--ics", "-"],
    ["sync", "--log"],
    ["sync", "--status"],
]


@pytest.mark.parametrize("argv", PRINTING, ids=" ".join)
def test_every_printing_command_is_quiet_when_its_reader_has_gone(tmp_path, argv):
    path = _demo(tmp_path)
    _with_sync_log(path, 30)
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first line: every write fails
    try:
        done = _cli(tmp_path, *argv, stdout=write_end, stderr=subprocess.PIPE)
    finally:
        os.close(write_end)

    assert done.stderr == ""
    # argparse itself drops a help text it cannot write, and exits 0 as for any --help.
    assert done.returncode == (0 if argv == ["--help"] else EXIT_PIPE_CLOSED)


def test_kits_today_piped_into_head_stops_quietly(tmp_path):
    path = _demo(tmp_path)
    db = connect(path)
    try:
        # More than a pipe holds (64 kB), so the command is still writing when head leaves.
        for i in range(3000):
            kits.add_kit_type(db, name=f"Kit number {i:04d}")
    finally:
        db.close()
    env = {k: v for k, v in os.environ.items() if k != DATA_ENV}
    with subprocess.Popen(
        [sys.executable, "-m", "wellness_desk", "--data-dir", str(tmp_path), "kits", "today"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO,
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        first = child.stdout.readline()
        child.stdout.close()
        err = child.stderr.read()
        code = child.wait(timeout=60)

    assert first.startswith(b"Riverside Sound Festival")
    assert err == b""
    assert code == EXIT_PIPE_CLOSED
