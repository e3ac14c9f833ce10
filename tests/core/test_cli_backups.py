"""`wellness-desk backup`, `backups` and `restore`: one line out, non-zero exit on failure."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from wellness_desk.cli import main
from wellness_desk.paths import DB_FILENAME, lock_path

pytestmark = pytest.mark.usefixtures("decoy_data_dir")


def _handed_out(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT coalesce(sum(handed_out), 0) FROM stock_movement"
                            ).fetchone()[0]


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_back_up_list_and_restore_from_the_command_line(demo_dir, capsys, tmp_path):
    database = Path(demo_dir) / DB_FILENAME
    before = _handed_out(database)

    code, out, err = _run(capsys, "backup", "--data-dir", demo_dir)
    assert (code, err) == (0, "")
    made = Path(re.fullmatch(r"backed up to (.+) \(\d+(?:\.\d)? [kM]B\)\n", out)[1])
    assert made.parent == Path(demo_dir) / "backups" and made.exists()

    code, out, _ = _run(capsys, "backups", "--data-dir", demo_dir)
    assert code == 0
    line, = out.splitlines()
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d  manual +\d+ [kM]B  " + re.escape(str(made)),
                        re.sub(r" {2,}", "  ", line))

    code, _, _ = _run(capsys, "kits", "log", "Earplugs", "--count", "5", "--data-dir", demo_dir)
    assert code == 0 and _handed_out(database) == before + 5

    code, out, err = _run(capsys, "restore", str(made), "--data-dir", demo_dir)
    assert (code, err) == (0, "")
    assert out.startswith(f"restored {made} as {database}\n")
    aside = Path(out.splitlines()[1].removeprefix("the database it replaced is kept as "))
    assert aside.name.startswith(f"{DB_FILENAME}.before-restore-")
    assert _handed_out(database) == before
    assert _handed_out(aside) == before + 5


def test_restore_refuses_a_foreign_file_in_one_line(demo_dir, capsys, tmp_path):
    foreign = tmp_path / "photos.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    code, out, err = _run(capsys, "restore", str(foreign), "--data-dir", demo_dir)
    assert code == 1 and out == ""
    assert err == (f"wellness-desk: error: {foreign}: this is not a Wellness Desk database (an "
                   "SQLite file of another program); nothing was changed.\n")


def test_restore_is_refused_while_the_app_has_the_folder(demo_dir, capsys, tmp_path):
    from PySide6.QtCore import QLockFile

    database = Path(demo_dir) / DB_FILENAME
    code, out, _ = _run(capsys, "backup", str(tmp_path / "copy.sqlite3"), "--data-dir",
                        demo_dir)
    assert code == 0
    lock = QLockFile(str(lock_path(database)))
    assert lock.tryLock(0)
    try:
        code, out, err = _run(capsys, "restore", str(tmp_path / "copy.sqlite3"),
                              "--data-dir", demo_dir)
    finally:
        lock.unlock()
    assert code == 2 and out == ""
    assert err.startswith("wellness-desk: error: Wellness Desk is open on this data folder")
    assert "close it first" in err and err.count("\n") == 1
    assert sorted(p.name for p in Path(demo_dir).iterdir() if "before-restore" in p.name) == []


def test_a_backup_of_no_database_says_so(data_dir, capsys):
    code, out, err = _run(capsys, "backup", "--data-dir", data_dir)
    assert code == 1 and out == ""
    assert "there is no database here yet, so there is nothing to back up" in err


def test_no_backups_yet(demo_dir, capsys):
    code, out, err = _run(capsys, "backups", "--data-dir", demo_dir)
    assert code == 0 and out == ""
    assert err == f"no backups yet in {Path(demo_dir) / 'backups'}\n"
