"""`wellness-hub`: a coordinator's commands, against the database a real hub is serving."""

from __future__ import annotations

import json
import re
import secrets
import subprocess
import sys

import httpx
import pytest

from tests.hubserver import REPO, kit_cell, sync_body
from wellness_hub.cli import main

CODE = re.compile(r"^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$")
FEST = "Summer Fest 2026"


def _run(capsys, *args: str) -> tuple[int, list[str], str]:
    """Run the command in-process: (exit code, stdout lines, stderr)."""
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def test_enroll_prints_the_code_last_and_a_laptop_can_use_it(hub, capsys):
    code, out, _ = _run(capsys, "--db", hub.db_url, "enroll", "--activation", FEST,
                        "--label", "Tent laptop 2", "--expires", "12h")
    assert code == 0 and CODE.match(out[-1])
    token = secrets.token_urlsafe(32)
    answer = httpx.post(f"{hub.url}/v1/enroll", json={"code": out[-1], "token": token},
                        timeout=10)
    assert answer.json()["activation"] == FEST
    device_id = answer.json()["device_id"]

    code, out, _ = _run(capsys, "devices", "--db", hub.db_url)
    assert code == 0 and len(out) == 1
    assert out[0].startswith(f"{device_id}\t{FEST}\tTent laptop 2\t") and "never synced" in out[0]

    hub.sync(token, sync_body(device_id, [kit_cell(12, 1)]))
    code, out, _ = _run(capsys, "--db", hub.db_url, "totals", "--json")
    assert code == 0 and json.loads("\n".join(out)) == hub.totals()
    code, out, _ = _run(capsys, "--db", hub.db_url, "totals")
    assert out == [f"{FEST}  kits_handed_out                 12"]

    code, out, _ = _run(capsys, "--db", hub.db_url, "revoke", device_id)
    assert code == 0 and "Revoked" in out[-1]
    assert hub.sync(token, sync_body(device_id, [kit_cell(13, 2)])).status_code == 401
    code, out, _ = _run(capsys, "--db", hub.db_url, "revoke", device_id)
    assert code == 0 and "already" in out[-1]
    code, out, _ = _run(capsys, "--db", hub.db_url, "devices")
    assert "revoked" in out[0]


def test_admin_token_is_printed_last_and_replaces_the_previous(hub, capsys):
    tokens = []
    for _ in range(2):
        code, out, _ = _run(capsys, "--db", hub.db_url, "admin-token")
        assert code == 0 and re.fullmatch(r"[A-Za-z0-9_-]{43}", out[-1])
        tokens.append(out[-1])
    statuses = [httpx.get(f"{hub.url}/v1/totals", timeout=10,
                          headers={"Authorization": f"Bearer {t}"}).status_code for t in tokens]
    assert statuses == [401, 200]


def test_the_database_comes_from_env_or_a_bare_path(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("WELLNESS_HUB_DB", str(tmp_path / "from-env.sqlite3"))
    assert _run(capsys, "enroll", "--activation", FEST)[0] == 0
    assert (tmp_path / "from-env.sqlite3").exists()
    bare = tmp_path / "nested" / "bare.sqlite3"
    assert _run(capsys, "--db", str(bare), "totals")[1] == ["No counts have reached the hub yet."]
    assert bare.exists()


@pytest.mark.parametrize("args", [
    [],
    ["launch"],
    ["enroll"],
    ["enroll", "--activation", FEST, "--expires", "5x"],
    ["enroll", "--activation", FEST, "--expires", "0d"],
    ["enroll", "--activation", FEST, "--expires", "999d"],
    ["enroll", "--activation", "   "],
    ["enroll", "--activation", "Fest\x07"],
    ["enroll", "--activation", "x" * 201],
    ["revoke"],
    ["revoke", "dev_000000000000000000000000"],
    ["serve", "--port", "0"],
    ["serve", "--port", "http"],
    ["serve", "--rate", "-1"],
    ["serve", "--burst", "0"],
    ["--db", "mysql://somewhere/hub", "totals"],
    ["--db", "sqlite+nodriver:///hub.sqlite3", "totals"],
    ["--db", "postgresql+nodriver://u@127.0.0.1/hub", "totals"],
])
def test_bad_input_is_one_line_and_exit_2(args, tmp_path, capsys):
    code, out, err = _run(capsys, "--db", str(tmp_path / "hub.sqlite3"), *args)
    assert code == 2, (args, out, err)
    assert len(err.strip().splitlines()) == 1 and err.startswith("wellness-hub")
    assert "Traceback" not in err


def test_every_command_has_help(capsys):
    for command in ([], ["serve"], ["enroll"], ["devices"], ["revoke"], ["totals"],
                    ["admin-token"]):
        code, out, _ = _run(capsys, *command, "--help")
        assert code == 0 and out and "usage: wellness-hub" in out[0]


def test_the_module_runs_as_a_command(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "wellness_hub", "--db", str(tmp_path / "hub.sqlite3"), "enroll",
         "--activation", FEST], capture_output=True, text=True, timeout=60, cwd=REPO,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert CODE.match(done.stdout.splitlines()[-1])
    done = subprocess.run(
        [sys.executable, "-m", "wellness_hub", "serve", "--port", "99999"],
        capture_output=True, text=True, timeout=60, cwd=REPO, check=False,
    )
    assert done.returncode == 2 and "port" in done.stderr


@pytest.mark.parametrize("proxy", ["*", "localhost", "10.0.0.0/33", ""])
def test_a_trusted_proxy_must_be_an_address(proxy, tmp_path, capsys):
    code, _out, err = _run(capsys, "--db", str(tmp_path / "hub.sqlite3"), "serve",
                           "--trusted-proxy", proxy)
    assert code == 2 and "IP address or network" in err


@pytest.mark.parametrize("argv", [["--help"], ["totals"], ["totals", "--json"], ["devices"]])
def test_every_printing_command_is_quiet_when_its_reader_has_gone(tmp_path, argv):
    import os

    db_url = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    assert main(["--db", db_url, "enroll", "--activation", FEST]) == 0
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first line: every write fails
    try:
        done = subprocess.run([sys.executable, "-m", "wellness_hub", "--db", db_url, *argv],
                              stdout=write_end, stderr=subprocess.PIPE, text=True, cwd=REPO,
                              timeout=60)
    finally:
        os.close(write_end)
    assert done.stderr == ""
    # argparse itself drops a help text it cannot write, and exits 0 as for any --help.
    assert done.returncode == (0 if argv == ["--help"] else 141)
