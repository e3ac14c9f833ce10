"""Integrity at start-up and the log file: a damaged database is found before anything
writes to it and kept as it was; the log says what happened, in no one's name."""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.core.test_failures import LOCATION_INDEX, _cli, _damage_index, _demo
from wellness_desk import db as db_module
from wellness_desk import kits, logs
from wellness_desk.db import connect, immediate
from wellness_desk.errors import DamagedDatabase
from wellness_desk.paths import DATA_ENV

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.usefixtures("decoy_data_dir")


def _files(folder: Path) -> dict[str, str]:
    """Every file of the folder (the database, its log, its index) by name, with its hash."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def damaged_demo(tmp_path) -> Path:
    """The demo, with the index every command reads overwritten, and only the database in
    its folder (the demo's log kept elsewhere)."""
    path = _demo(tmp_path / "data")
    _damage_index(path, LOCATION_INDEX)
    (path.parent / "logs").rename(tmp_path / "demo-logs")
    return path


# -- the quick check -------------------------------------------------------------------


def test_a_damaged_index_is_found_when_the_database_opens_and_nothing_is_written(damaged_demo):
    folder = damaged_demo.parent
    before = _files(folder)

    with pytest.raises(DamagedDatabase) as refused:
        connect(damaged_demo)

    assert str(refused.value).startswith(f"{damaged_demo}: the database file is damaged "
                                         "(SQLite reports SQLITE_CORRUPT); nothing was saved")
    assert "Keep the file as it is" in str(refused.value)
    # No migration, no pragma, no log or index left beside it: the folder is as it was.
    assert _files(folder) == before
    # And again, the same words: a damaged file is never taken for checked.
    with pytest.raises(DamagedDatabase):
        connect(damaged_demo)
    assert _files(folder) == before


def test_the_log_the_app_left_behind_is_not_folded_into_a_damaged_file(tmp_path):
    """A laptop whose app was killed leaves committed hand-outs in the write-ahead log.
    Were the file damaged, a check that opened it for writing would fold that log into it
    as it closed: the read-only check leaves both exactly as they were."""
    path = _demo(tmp_path / "data")
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA wal_autocheckpoint=0")  # the log keeps what follows
    writer.execute("UPDATE setting SET value = value WHERE 0")
    writer.execute("INSERT INTO setting (key, value) VALUES ('left-in-the-log', 'yes')")
    writer.commit()
    copy = tmp_path / "copy"
    copy.mkdir()
    # What a killed app leaves: the file and its log, copied while the writer holds them.
    for suffix in ("", "-wal"):
        (copy / (path.name + suffix)).write_bytes(Path(f"{path}{suffix}").read_bytes())
    writer.close()
    damaged = copy / path.name
    assert Path(f"{damaged}-wal").stat().st_size > 0
    _damage_index(damaged, LOCATION_INDEX)
    before = _files(copy)

    with pytest.raises(DamagedDatabase):
        connect(damaged)

    after = _files(copy)
    after.pop(path.name + "-shm", None)  # the log's index, rebuilt from the log by anyone
    assert after == before


def test_a_sound_database_is_checked_once_per_process_and_opens_as_before(tmp_path):
    path = tmp_path / "wellness-desk.sqlite3"
    connect(path).close()  # a new file: nothing to check yet
    key = db_module._identity(path, path.stat())
    assert key not in db_module._sound

    connect(path).close()

    assert key in db_module._sound
    assert db_module.quick_check(path) is None


def test_a_file_damaged_after_it_was_checked_is_checked_again(tmp_path):
    """A failing disk, or another program: the next open finds what changed."""
    path = _demo(tmp_path / "data")
    connect(path).close()
    assert db_module._identity(path, path.stat()) in db_module._sound

    _damage_index(path, LOCATION_INDEX)

    with pytest.raises(DamagedDatabase):
        connect(path)


@pytest.mark.parametrize("argv", [["demo"], ["kits", "today"], ["self-test"], [],
                                  ["--demo-if-empty"]],
                         ids=lambda argv: " ".join(argv) or "the app")
def test_every_command_and_the_app_say_a_damaged_database_is_damaged_and_keep_it(
        damaged_demo, argv):
    """The demo seeds nothing, the app opens no window onto it: one line, exit 1."""
    folder = damaged_demo.parent
    before = _files(folder)

    done = subprocess.run(
        [sys.executable, "-m", "wellness_desk", "--data-dir", str(folder), *argv],
        text=True, env=_offscreen_env(), cwd=REPO, timeout=60, check=False,
        capture_output=True)

    assert "Traceback" not in done.stderr
    assert done.returncode == 1, done.stderr
    # Qt's offscreen platform says a word of its own on stderr; ours is one line.
    lines = [line for line in done.stderr.strip().splitlines()
             if not line.startswith("This plugin does not support")]
    assert len(lines) == 1, done.stderr
    assert f"{damaged_demo}: the database file is damaged" in lines[0]
    assert "Keep the file as it is" in lines[0]
    # The database and everything SQLite keeps beside it as they were (the app's lock and
    # window layout are its own files).
    files = _files(folder)
    assert {k: v for k, v in files.items()
            if k not in ("wellness-desk.lock", "ui-state.ini")} == before
    log = (folder / "logs" / logs.LOG_FILENAME).read_text(encoding="utf-8")
    assert "quick check of" in log and "btreeInitPage" in log


def _offscreen_env() -> dict[str, str]:
    import os

    env = {k: v for k, v in os.environ.items() if k != DATA_ENV}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


# -- a tap interrupted: all of it, or none of it --------------------------------------------


def _handed_out(db) -> tuple[int, int, int]:
    """Rows in the movement log, kits handed out in them, and the running tally."""
    rows, kits_out = db.execute(
        "SELECT count(*), coalesce(sum(handed_out), 0) FROM stock_movement").fetchone()
    tally = db.execute("SELECT coalesce(sum(count), 0) FROM handout_tally").fetchone()[0]
    return rows, kits_out, tally


def test_a_tap_interrupted_by_an_exception_is_rolled_back_whole(db, festival):
    """The hand-out row and its running totals are one transaction: an exception after the
    row was written (a bug, a thread told to stop) leaves neither."""
    tent, ear = festival["tent"].id, festival["earplugs"].id
    now = datetime(2026, 7, 4, 13, 0, tzinfo=UTC)
    kits.hand_out(db, kit_type_id=ear, location_id=tent, now=now)
    before = _handed_out(db)
    stock_before = kits.stock(db, location_id=tent)

    class Interrupted(Exception):
        pass

    with pytest.raises(Interrupted), immediate(db):
        kits.hand_out(db, kit_type_id=ear, location_id=tent, count=3, now=now)
        assert _handed_out(db)[1] == before[1] + 3  # written, not yet committed
        raise Interrupted

    assert _handed_out(db) == before
    assert kits.stock(db, location_id=tent) == stock_before
    assert not db.conn.in_transaction
    # The next tap commits whole, with nothing of the interrupted one riding along.
    kits.hand_out(db, kit_type_id=ear, location_id=tent, now=now)
    assert _handed_out(db) == (before[0] + 1, before[1] + 1, before[2] + 1)


def test_a_tap_whose_totals_fail_midway_leaves_no_hand_out_row(db, festival):
    """The row is written, then SQLite itself refuses the tally update (a trigger standing
    in for a full disk at that statement): the row goes too."""
    tent, ear = festival["tent"].id, festival["earplugs"].id
    before = _handed_out(db)
    db.execute("CREATE TEMP TRIGGER refuse_tally BEFORE UPDATE ON handout_tally "
               "BEGIN SELECT RAISE(ABORT, 'the tally cannot be written'); END")
    db.execute("CREATE TEMP TRIGGER refuse_new_tally BEFORE INSERT ON handout_tally "
               "BEGIN SELECT RAISE(ABORT, 'the tally cannot be written'); END")

    with pytest.raises(sqlite3.DatabaseError), immediate(db):
        kits.hand_out(db, kit_type_id=ear, location_id=tent,
                      now=datetime(2026, 7, 4, 13, 0, tzinfo=UTC))

    assert _handed_out(db) == before
    assert not db.conn.in_transaction


# -- the log file ---------------------------------------------------------------------------


@pytest.fixture
def restore_logging():
    """Each test sets up its own log, closed after it."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    logs.close_log()
    for h in list(root.handlers):
        if h not in handlers:
            root.removeHandler(h)
    root.setLevel(level)


def test_the_log_is_beside_a_named_data_folder_else_in_the_platform_log_folder(
        tmp_path, monkeypatch):
    from platformdirs import user_log_dir

    assert logs.log_folder(tmp_path / "festival") == tmp_path / "festival" / "logs"
    monkeypatch.setenv(DATA_ENV, str(tmp_path / "from-env"))
    assert logs.log_folder() == tmp_path / "from-env" / "logs"
    monkeypatch.delenv(DATA_ENV)
    assert logs.log_folder() == Path(user_log_dir("wellness-desk", appauthor=False))


def test_the_log_rotates_at_a_megabyte_keeping_five_and_holds_info_of_ours_only(
        tmp_path, restore_logging):
    file = logs.setup_logging(tmp_path)
    assert file == tmp_path / logs.LOG_FILENAME
    handler = next(h for h in logging.getLogger().handlers
                   if getattr(h, "baseFilename", None) == str(file))
    assert (handler.maxBytes, handler.backupCount) == (1_000_000, 5)

    logging.getLogger("wellness_desk.kits").info("ours at info")
    logging.getLogger("wellness_desk.kits").debug("ours at debug")
    logging.getLogger("httpx").info("a library at info")
    logging.getLogger("httpx").warning("a library's warning")
    handler.flush()

    text = file.read_text(encoding="utf-8")
    assert "ours at info" in text and "a library's warning" in text
    assert "ours at debug" not in text and "a library at info" not in text
    assert logs.log_file() == file


def test_a_folder_that_cannot_be_written_gives_no_log_and_no_stderr(tmp_path, restore_logging,
                                                                    capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")

    assert logs.setup_logging(blocker / "logs") is None
    logging.getLogger("wellness_desk").warning("nobody hears this")

    assert logs.log_file() is None
    assert capsys.readouterr().err == ""


def test_a_windowed_bundle_without_stderr_logs_and_dumps_faults_to_files():
    """pythonw and a windowed PyInstaller bundle set sys.stderr to None: nothing may write
    to it, and a hard crash's stacks go to a file in the log folder."""
    script = (
        "import sys, logging, pathlib\n"
        "sys.stderr = None\n"
        "from wellness_desk import logs\n"
        "folder = pathlib.Path(sys.argv[1])\n"
        "assert logs.setup_logging(folder, faults=True) == folder / logs.LOG_FILENAME\n"
        "logs.log_start('app', folder)\n"
        "logging.getLogger('wellness_desk').error('an error with no stderr')\n"
        "import faulthandler\n"
        "faulthandler._sigsegv()\n"  # a hard crash, as a broken Qt plugin would make
    )
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run([sys.executable, "-c", script, folder], cwd=REPO,
                              capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode != 0
        assert done.stderr == ""
        text = (Path(folder) / logs.LOG_FILENAME).read_text(encoding="utf-8")
        assert "an error with no stderr" in text
        assert f"SQLite {sqlite3.sqlite_version}" in text and "app started" in text
        faults = (Path(folder) / logs.FAULTS_FILENAME).read_text(encoding="utf-8")
        assert "Fatal Python error: Segmentation fault" in faults
        assert 'File "<string>", line 9' in faults


PERSON = "Robin Canarysong"


def test_an_exception_is_logged_by_type_and_frames_never_by_its_words():
    def fails(name: str) -> None:
        try:
            {}[name]
        except KeyError as e:
            raise ValueError(f"no booking for {name}") from e

    try:
        fails(PERSON)
    except ValueError as e:
        text = logs.trace_text(type(e), e, e.__traceback__)
    assert "builtins.ValueError" in text and "builtins.KeyError" in text
    assert "in fails" in text
    assert "Canarysong" not in text


def test_a_command_logs_its_start_migrations_and_refusals_without_its_arguments(tmp_path):
    folder = tmp_path / "data"
    assert _cli(folder, "kits", "log", "Robin Canarysong").returncode == 2

    text = (folder / "logs" / logs.LOG_FILENAME).read_text(encoding="utf-8")
    assert "command kits log started: Wellness Desk" in text
    assert f"SQLite {sqlite3.sqlite_version}" in text and str(folder) in text
    assert "migrations applied: m001_activations_and_kits" in text
    assert "command kits log refused: WellnessError" in text
    assert "Canarysong" not in text


def test_a_full_disk_loses_log_lines_quietly(tmp_path, restore_logging, capsys):
    """A line the disk has no room for is dropped: no traceback under a command's error."""
    from tests.mounts import fill, small_filesystem

    with small_filesystem(tmp_path / "tiny", 64 * 1024) as folder:
        assert logs.setup_logging(folder) is not None
        filler = fill(folder, leave_bytes=0)
        for n in range(2_000):
            logging.getLogger("wellness_desk").info("hand-out %d logged on a full disk", n)
        assert capsys.readouterr().err == ""
        logs.close_log()
        filler.unlink()
