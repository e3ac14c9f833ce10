"""`wellness-desk` on the command line: the demo, logging kits, reading today's counts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wellness_desk import activations, demo, kits
from wellness_desk.cli import main
from wellness_desk.clock import utcnow, zone
from wellness_desk.db import connect
from wellness_desk.paths import DATA_ENV, DB_FILENAME

REPO = Path(__file__).resolve().parents[2]
DEMO_KITS = [name for name, _ in demo.KITS]


# Every command test runs with a decoy WELLNESS_DESK_DATA (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("decoy_data_dir")



def _open(data_dir):
    return connect(Path(data_dir) / DB_FILENAME)


def _tent_and_earplugs(db):
    fest = activations.current_activation(db)
    return activations.find_location(db, fest.id, None), kits.find_kit_type(db, "Earplugs")


def _movement_count(data_dir):
    db = _open(data_dir)
    try:
        return db.execute("SELECT count(*) FROM stock_movement").fetchone()[0]
    finally:
        db.close()


def _table(out):
    """`kits today` rows as {kit: (today, stock)}."""
    rows = {}
    for line in out.splitlines()[2:]:
        if line.startswith("Total"):
            break
        name, today, stock = line.replace("  BELOW ZERO", "").replace("  LOW", "").rsplit(
            maxsplit=2
        )
        rows[name] = (int(today), int(stock))
    return rows


def test_the_demo_then_kits_today_shows_the_five_demo_kits(data_dir, capsys, decoy_data_dir):
    assert main(["--data-dir", data_dir, "demo"]) == 0
    assert str(Path(data_dir) / DB_FILENAME) in capsys.readouterr().out

    assert main(["--data-dir", data_dir, "kits", "today"]) == 0

    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "Riverside Sound Festival · Wellness tent · today"
    table = _table(out)
    assert list(table) == DEMO_KITS
    assert lines[-1].split()[0] == "Total"
    assert int(lines[-1].split()[1]) == sum(today for today, _ in table.values())
    db = _open(data_dir)
    try:
        tent, _ = _tent_and_earplugs(db)
        on_hand = kits.stock(db, location_id=tent.id)
        assert {k.name: on_hand[k.id] for k in kits.list_kit_types(db)} == {
            name: stock for name, (_, stock) in table.items()
        }
    finally:
        db.close()
    assert not decoy_data_dir.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["--data-dir", "{d}", "kits", "today"],
        ["kits", "--data-dir", "{d}", "today"],
        ["kits", "today", "--data-dir", "{d}"],
    ],
    ids=["before-the-command", "between", "after-the-action"],
)
def test_data_dir_works_before_or_after_the_command(demo_dir, capsys, decoy_data_dir, argv):
    assert main([a.format(d=demo_dir) for a in argv]) == 0
    assert list(_table(capsys.readouterr().out)) == DEMO_KITS
    assert not decoy_data_dir.exists()


def test_the_demo_refuses_a_database_that_already_holds_activations(demo_dir, capsys):
    rows = _movement_count(demo_dir)

    assert main(["demo", "--data-dir", demo_dir]) == 2

    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "already holds activations" in err
    assert _movement_count(demo_dir) == rows


def test_logging_three_earplugs_for_crew_adds_three_to_today_and_takes_three_from_stock(
    demo_dir, capsys
):
    db = _open(demo_dir)
    tent, earplugs = _tent_and_earplugs(db)
    before_at = utcnow()
    before_today = kits.today_counts(db, location_id=tent.id, now=before_at).get(earplugs.id, 0)
    before_stock = kits.stock(db, location_id=tent.id)[earplugs.id]
    db.close()

    code = main(
        ["--data-dir", demo_dir, "kits", "log", "Earplugs", "--count", "3", "--role", "crew"]
    )

    assert code == 0
    assert capsys.readouterr().out.strip() == (
        f"Earplugs: 3 handed out at Wellness tent; stock {before_stock - 3}"
    )
    db = _open(demo_dir)
    try:
        logged = kits.last_undoable_handout(db, location_id=tent.id)
        assert (logged.kit_name, logged.handed_out, logged.role) == ("Earplugs", 3, "crew")
        assert kits.stock(db, location_id=tent.id)[earplugs.id] == before_stock - 3
        # Every demo tap lies before `before_at`: if London's midnight passed in between,
        # the new day started from nothing.
        london = zone(tent.tz)
        same_day = before_at.astimezone(london).date() == logged.at.astimezone(london).date()
        expected = (before_today if same_day else 0) + 3
        assert kits.today_counts(db, location_id=tent.id, now=logged.at)[earplugs.id] == expected
    finally:
        db.close()


def test_a_kit_can_be_logged_at_another_location_named_in_any_case(demo_dir, capsys):
    code = main(["--data-dir", demo_dir, "kits", "log", "sleep KIT", "--location",
                 "main-stage GREEN room"])
    assert code == 0
    assert "Sleep kit: 1 handed out at Main-stage green room" in capsys.readouterr().out
    db = _open(demo_dir)
    try:
        green = activations.find_location(
            db, activations.current_activation(db).id, "Main-stage green room"
        )
        assert kits.last_undoable_handout(db, location_id=green.id).kit_name == "Sleep kit"
    finally:
        db.close()


def test_an_unknown_kit_is_refused_in_one_line_listing_the_known_kits(demo_dir, capsys):
    rows = _movement_count(demo_dir)

    assert main(["--data-dir", demo_dir, "kits", "log", "Glitter"]) == 2

    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "'Glitter'" in err
    assert "known: " + ", ".join(DEMO_KITS) in err
    assert _movement_count(demo_dir) == rows


def test_an_unknown_location_is_refused_in_one_line_listing_the_known_ones(demo_dir, capsys):
    assert main(["--data-dir", demo_dir, "kits", "today", "--location", "Bar"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "known: Wellness tent, Main-stage green room" in err


@pytest.mark.parametrize(
    "bad",
    [["--count", "abc"], ["--count", "2.5"], ["--role", "roadie"], ["--colour", "red"]],
    ids=["count-abc", "count-decimal", "unknown-role", "unknown-option"],
)
def test_a_bad_argument_exits_2_with_exactly_one_line(demo_dir, capsys, bad):
    rows = _movement_count(demo_dir)

    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", demo_dir, "kits", "log", "Earplugs", *bad])

    assert exited.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "error" in err
    assert _movement_count(demo_dir) == rows


@pytest.mark.parametrize("count", ["0", "-2", "100001"])
def test_a_count_out_of_range_exits_2_with_one_line(demo_dir, capsys, count):
    rows = _movement_count(demo_dir)
    assert main(["--data-dir", demo_dir, "kits", "log", "Earplugs", f"--count={count}"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "hand-out count" in err
    assert _movement_count(demo_dir) == rows


def test_logging_with_no_activation_says_how_to_get_one(data_dir, capsys):
    assert main(["--data-dir", data_dir, "kits", "log", "Earplugs"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "no activation yet" in err
    assert "wellness-desk demo" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["demo", "--help"],
        ["self-test", "--help"],
        ["kits", "--help"],
        ["kits", "log", "--help"],
        ["kits", "today", "--help"],
    ],
    ids=lambda argv: " ".join(argv),
)
def test_every_command_has_help(capsys, argv, decoy_data_dir):
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: wellness-desk")
    assert "--data-dir" in out
    assert not decoy_data_dir.exists()


def test_version(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == "wellness-desk 0.1.0"


def test_a_missing_command_for_kits_is_one_line(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["kits"])
    assert exited.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_the_data_folder_comes_from_the_environment_when_not_given(tmp_path, monkeypatch, capsys):
    from_env = tmp_path / "from-env"
    monkeypatch.setenv(DATA_ENV, str(from_env))

    assert main(["demo"]) == 0

    assert (from_env / DB_FILENAME).is_file()
    capsys.readouterr()
    assert main(["kits", "today"]) == 0
    assert list(_table(capsys.readouterr().out)) == DEMO_KITS


def test_data_dir_wins_over_the_environment(data_dir, decoy_data_dir, capsys):
    assert main(["demo", "--data-dir", data_dir]) == 0
    assert (Path(data_dir) / DB_FILENAME).is_file()
    assert not decoy_data_dir.exists()


def test_python_dash_m_wellness_desk_runs_the_cli(demo_dir):
    env = {k: v for k, v in os.environ.items() if k != DATA_ENV}
    done = subprocess.run(
        [sys.executable, "-m", "wellness_desk", "--data-dir", demo_dir, "kits", "today"],
        capture_output=True, text=True, env=env, cwd=REPO, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert list(_table(done.stdout)) == DEMO_KITS


def test_python_dash_m_wellness_desk_exits_non_zero_on_a_damaged_file(tmp_path):
    (tmp_path / DB_FILENAME).write_bytes(b"not a database at all" * 100)
    env = {k: v for k, v in os.environ.items() if k != DATA_ENV}
    done = subprocess.run(
        [sys.executable, "-m", "wellness_desk", "--data-dir", str(tmp_path), "kits", "today"],
        capture_output=True, text=True, env=env, cwd=REPO, timeout=60, check=False,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
    assert str(tmp_path / DB_FILENAME) in done.stderr


def test_kits_undo_cancels_the_last_hand_out_at_that_location(demo_dir, capsys):
    assert main(["--data-dir", demo_dir, "kits", "log", "Fidget kit", "--count", "2"]) == 0
    db = _open(demo_dir)
    try:
        tent = activations.find_location(db, activations.current_activation(db).id, None)
        fidget = kits.find_kit_type(db, "Fidget kit")
        stock_before = kits.stock(db, location_id=tent.id)[fidget.id]
    finally:
        db.close()
    capsys.readouterr()
    assert main(["--data-dir", demo_dir, "kits", "undo"]) == 0
    out = capsys.readouterr().out
    assert "Fidget kit: hand-out of 2" in out
    assert "undone at Wellness tent" in out
    db = _open(demo_dir)
    try:
        assert kits.stock(db, location_id=tent.id)[fidget.id] == stock_before + 2
        kinds = [m.kind for m in kits.history(db, location_id=tent.id, limit=2)]
        assert kinds == ["undo", "handed_out"]
    finally:
        db.close()


def test_kits_undo_with_nothing_to_undo_says_so(tmp_path, capsys):
    data = str(tmp_path)
    db = connect(Path(data) / DB_FILENAME)
    fest = activations.create_activation(
        db, name="Quiet Fest", kind="festival", start=utcnow().date(), end=utcnow().date(),
        tz="Europe/London",
    )
    activations.add_location(db, activation_id=fest.id, name="Tent")
    db.close()
    assert main(["--data-dir", data, "kits", "undo"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["wellness-desk: error: nothing to undo at Tent"]
