"""`wellness-desk therapy slots`: a stop's slots on the command line, names only when unlocked."""

from __future__ import annotations

import io
import sys
from datetime import date, time
from pathlib import Path

import pytest

from wellness_desk import activations, settings, therapy, vault
from wellness_desk.cli import main
from wellness_desk.db import connect
from wellness_desk.paths import DB_FILENAME

PIN = "4821"
PASSPHRASE = "a long tour passphrase"
CANARY = "Zyxwv Canarybird"


# Every command test runs with a decoy WELLNESS_DESK_DATA (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("decoy_data_dir")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True

    def readline(self, *args):
        raise AssertionError("a terminal is asked with getpass, never read as a line")


class _NoInput(io.StringIO):
    def readline(self, *args):
        raise AssertionError("stdin was read without --show-names")


def _open(data_dir):
    return connect(Path(data_dir) / DB_FILENAME)


def _seed(data_dir, secret):
    """A London-based tour with a remote therapist at the Berlin stop: 10:00–15:00 Berlin
    time, one slot attended, one booked, one no-show, one blocked, one free."""
    db = _open(data_dir)
    try:
        tour = activations.create_activation(
            db, name="Long Way Home Tour", kind="tour", start=date(2026, 7, 1),
            end=date(2026, 7, 31), tz="Europe/London")
        activations.add_tour_stop(db, activation_id=tour.id, stop_date=date(2026, 7, 10),
                                  city="London", venue="Roundhouse", tz="Europe/London")
        berlin = activations.add_tour_stop(
            db, activation_id=tour.id, stop_date=date(2026, 7, 13), city="Berlin",
            venue="Columbiahalle", tz="Europe/Berlin")
        key = vault.set_up(db, secret)
        day = therapy.create_therapy_day(
            db, key, location_id=berlin.id, provider_name="Dr. Ada Winter", mode="remote",
            plan=therapy.DayPlan(time(10), time(15)))
        ten, eleven, noon, one, _ = therapy.slots(db, day.id)
        robin = therapy.book(db, key, ten.id, person=CANARY, role="crew")
        therapy.set_status(db, robin.id, "attended")
        therapy.book(db, key, eleven.id, person="Sam Reyes", role="artist")
        alex = therapy.book(db, key, noon.id, person="Alex Kim")
        therapy.set_status(db, alex.id, "no_show")
        therapy.block_slot(db, one.id)
    finally:
        db.close()
    return data_dir


@pytest.fixture
def tour_dir(data_dir):
    return _seed(data_dir, PIN)


HEADER = "Long Way Home Tour · 13 Jul · Berlin · Columbiahalle · Dr. Ada Winter (remote)"
SLOTS = [
    "10:00–10:50  attended  crew",
    "11:00–11:50  booked    artist",
    "12:00–12:50  no-show   unspecified",
    "13:00–13:50  blocked",
    "14:00–14:50  free",
]
NAMED = [
    f"10:00–10:50  attended  crew         {CANARY}",
    "11:00–11:50  booked    artist       Sam Reyes",
    "12:00–12:50  no-show   unspecified  Alex Kim",
    "13:00–13:50  blocked",
    "14:00–14:50  free",
]


def _slots(data_dir, *extra):
    return main(["--data-dir", data_dir, "therapy", "slots", *extra])


def test_a_stops_slots_print_in_its_own_time_without_names(tour_dir, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", _NoInput())
    assert _slots(tour_dir, "--stop", "Berlin") == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [HEADER, *SLOTS]
    assert "Canary" not in out and "Sam" not in out


@pytest.mark.parametrize("stop", ["berlin", "  BERLIN ", "13 jul · berlin · columbiahalle"])
def test_the_stop_is_found_by_city_or_full_name_in_any_case(tour_dir, capsys, stop):
    assert _slots(tour_dir, "--stop", stop) == 0
    assert capsys.readouterr().out.splitlines()[0] == HEADER


def test_names_show_after_the_pin_is_piped_on_stdin(tour_dir, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PIN}\n"))
    assert _slots(tour_dir, "--stop", "Berlin", "--show-names") == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [HEADER, *NAMED]
    assert captured.err == ""


def test_in_a_terminal_the_pin_is_asked_at_a_hidden_prompt(tour_dir, capsys, monkeypatch):
    prompts = []

    def fake_getpass(prompt="Password: ", stream=None):
        prompts.append(prompt)
        return PIN

    monkeypatch.setattr(sys, "stdin", _Terminal())
    monkeypatch.setattr("getpass.getpass", fake_getpass)
    assert _slots(tour_dir, "--stop", "Berlin", "--show-names") == 0
    assert prompts == ["PIN: "]
    assert CANARY in capsys.readouterr().out


def test_a_wrong_pin_prints_no_slot_exits_2_and_the_next_try_waits(tour_dir, capsys,
                                                                 monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("0000\n"))
    assert _slots(tour_dir, "--stop", "Berlin", "--show-names") == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "wellness-desk: error: wrong PIN: try again in 2 s\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PIN}\n"))
    assert _slots(tour_dir, "--stop", "Berlin", "--show-names") == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "too many wrong tries: wait" in captured.err
    db = _open(tour_dir)
    try:
        assert db.execute("SELECT count(*) FROM therapy_booking").fetchone()[0] == 3
    finally:
        db.close()


@pytest.mark.parametrize("line", ["", "\n"])
def test_no_pin_on_stdin_is_a_clear_error(tour_dir, capsys, monkeypatch, line):
    monkeypatch.setattr(sys, "stdin", io.StringIO(line))
    assert _slots(tour_dir, "--stop", "Berlin", "--show-names") == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "wellness-desk: error: --show-names: no PIN given (type it at the prompt, or pass "
        "it as one line on standard input)\n")


def test_without_a_keyring_the_passphrase_unlocks_the_names(data_dir, no_keyring, capsys,
                                                            monkeypatch):
    _seed(data_dir, PASSPHRASE)
    monkeypatch.setattr(sys, "stdin", io.StringIO("a wrong passphrase\n"))
    assert _slots(data_dir, "--stop", "Berlin", "--show-names") == 2
    assert "wrong passphrase: try again in 2 s" in capsys.readouterr().err
    db = _open(data_dir)
    try:  # the wait is over; the right passphrase is let in
        settings.put(db, vault.NEXT_TRY, "")
    finally:
        db.close()
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n"))
    assert _slots(data_dir, "--stop", "Berlin", "--show-names") == 0
    assert capsys.readouterr().out.splitlines() == [HEADER, *NAMED]


def test_show_names_before_any_key_is_set_up_says_so(data_dir, capsys, monkeypatch):
    db = _open(data_dir)
    try:
        tour = activations.create_activation(
            db, name="Long Way Home Tour", kind="tour", start=date(2026, 7, 1),
            end=date(2026, 7, 31), tz="Europe/London")
        activations.add_tour_stop(db, activation_id=tour.id, stop_date=date(2026, 7, 13),
                                  city="Berlin", venue="Columbiahalle", tz="Europe/Berlin")
    finally:
        db.close()
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PIN}\n"))
    assert _slots(data_dir, "--stop", "Berlin", "--show-names") == 2
    assert "no key yet: set a PIN or passphrase" in capsys.readouterr().err
    assert _slots(data_dir, "--stop", "Berlin") == 0
    assert capsys.readouterr().out == "Long Way Home Tour · 13 Jul · Berlin · Columbiahalle: " \
                                      "no therapy day yet\n"


def test_an_unknown_stop_exits_2_and_names_the_stops(tour_dir, capsys):
    assert _slots(tour_dir, "--stop", "Paris") == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "wellness-desk: error: stop 'Paris' is not a stop of Long Way Home Tour (stops: "
        "10 Jul · London · Roundhouse; 13 Jul · Berlin · Columbiahalle)\n")


def test_a_city_with_two_stops_needs_the_full_name(tour_dir, capsys):
    db = _open(tour_dir)
    try:
        tour = activations.current_activation(db)
        activations.add_tour_stop(db, activation_id=tour.id, stop_date=date(2026, 7, 14),
                                  city="Berlin", venue="Tempodrom", tz="Europe/Berlin")
    finally:
        db.close()
    assert _slots(tour_dir, "--stop", "berlin") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "'berlin': 2 stops in Berlin" in err and "give the stop's full name" in err
    assert _slots(tour_dir, "--stop", "13 Jul · Berlin · Columbiahalle") == 0
    assert capsys.readouterr().out.splitlines() == [HEADER, *SLOTS]


def test_a_festival_has_no_therapy_slots(data_dir, capsys):
    db = _open(data_dir)
    try:
        fest = activations.create_activation(
            db, name="Riverside", kind="festival", start=date(2026, 7, 3),
            end=date(2026, 7, 5), tz="Europe/London")
        activations.add_location(db, activation_id=fest.id, name="Berlin")
    finally:
        db.close()
    assert _slots(data_dir, "--stop", "Berlin") == 2
    assert capsys.readouterr().err == (
        "wellness-desk: error: Riverside is a festival: therapy days are on tours (pick the "
        "tour in the app)\n")


def test_no_activation_and_a_missing_stop_are_bad_input(data_dir, capsys):
    assert _slots(data_dir, "--stop", "Berlin") == 2
    assert "no activation yet" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        _slots(data_dir)
    assert exited.value.code == 2
    assert "--stop" in capsys.readouterr().err


def test_help_says_how_the_secret_is_read(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["therapy", "slots", "--help"])
    assert exited.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "--show-names" in text and "hidden prompt" in text
    assert "one line from standard input" in text and "PIN" in text and "passphrase" in text
