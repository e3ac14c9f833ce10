"""`wellness-desk sync` where no hub is needed: help, misuse, not connected, no keyring."""

from __future__ import annotations

import pytest

from tests.sync.conftest import run_sync
from wellness_desk.cli import main

pytestmark = pytest.mark.usefixtures("decoy_data_dir")




def test_sync_help(capsys):
    with pytest.raises(SystemExit) as done:
        main(["sync", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for option in ("--hub URL", "--enroll CODE", "--once", "--preview", "--status", "--log",
                   "--disconnect", "--activation NAME"):
        assert option in out


@pytest.mark.parametrize(("args", "words"), [
    ((), "one of the arguments --hub --once --preview --status --log --disconnect is required"),
    (("--once", "--preview"), "not allowed with argument"),
    (("--enroll", "K7QF-2MXD-9PLA", "--once"), "--enroll and --activation go with --hub URL"),
    (("--status", "--activation", "Fest"), "--enroll and --activation go with --hub URL"),
    (("--hub", "https://hub.example.org"), "--hub needs --enroll CODE"),
    (("--hub", "hub.example.org", "--enroll", "K7QF"), "is not a web address"),
    (("--hub", "http://hub.example.org", "--enroll", "K7QF"),
     "use https:// for a hub on the internet"),
    (("--hub", "https://hub.example.org", "--enroll", "K7QF", "--activation", "Nope"),
     "activation 'Nope' does not exist"),
    (("--status", "--batch-size", "10"), "--batch-size goes with --once or --preview"),
    (("--once", "--timeout", "-1"), "--timeout: -1 is not between 0 and 300 seconds"),
    (("--once", "--timeout", "soon"), "invalid float value"),
    (("--once",), "not connected to a hub: connect first"),
    (("--preview",), "not connected to a hub: connect first"),
])
def test_misuse_is_one_line_and_exit_2(demo_dir, capsys, args, words):
    assert run_sync(demo_dir, *args) == 2
    err = capsys.readouterr().err
    assert words in err
    assert len(err.strip().splitlines()) == 1


def test_connect_without_a_safe_keyring_says_so_and_stores_nothing(demo_dir, capsys, no_keyring):
    assert run_sync(demo_dir, "--hub", "https://hub.example.org", "--enroll", "K7QF-2MXD-9PLA") == 2
    err = capsys.readouterr().err
    assert "no safe system keyring" in err and len(err.strip().splitlines()) == 1
    assert run_sync(demo_dir, "--status") == 0
    assert capsys.readouterr().out.strip() == "Sync: not connected to a hub"


def test_status_log_and_disconnect_when_not_connected(demo_dir, capsys):
    assert run_sync(demo_dir, "--status") == 0
    assert capsys.readouterr().out == "Sync: not connected to a hub\n"
    assert run_sync(demo_dir, "--log") == 0
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", "no sync yet\n")
    assert run_sync(demo_dir, "--disconnect") == 0
    assert capsys.readouterr().out == "not connected to a hub: nothing to do\n"


def test_an_unreachable_hub_at_connect_is_exit_2_in_plain_words(demo_dir, capsys):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert run_sync(demo_dir, "--hub", f"http://127.0.0.1:{port}/",
                    "--enroll", "K7QF-2MXD-9PLA") == 2
    err = capsys.readouterr().err
    assert f"cannot connect to http://127.0.0.1:{port}: hub unreachable (connection refused)" in err
