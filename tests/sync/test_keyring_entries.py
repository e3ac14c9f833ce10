"""Keyring entries that are not what this app stored, and a keyring that is away: each gets
a sentence naming the entry and what to do (never a traceback), and nothing is reported
done that was not (a disconnect that could not remove the token stays connected)."""

from __future__ import annotations

import base64
import io
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from keyring.errors import KeyringLocked

from tests.conftest import MemoryKeyring
from tests.core.test_cli_therapy import PIN, _seed
from tests.sync.conftest import run_sync
from wellness_desk import settings, vault
from wellness_desk.cli import main
from wellness_desk.db import connect
from wellness_desk.errors import WellnessError
from wellness_desk.paths import DB_FILENAME
from wellness_desk.sync.hub_token import HUB_SERVICE
from wellness_desk.sync.link import link as hub_link

pytestmark = pytest.mark.usefixtures("decoy_data_dir")
HUB_ACTIVATION = "Riverside 2026"
DAMAGED = [
    pytest.param("not a token, not base64!\n", id="not-a-token"),
    pytest.param("tökén" * 12, id="not-ascii"),
    pytest.param("c2hvcnQ=", id="too-short"),
]


def _db(data_dir):
    return connect(Path(data_dir) / DB_FILENAME)


def _connected(demo_dir, hub, capsys) -> str:
    assert run_sync(demo_dir, "--hub", hub.url, "--enroll", hub.enrol(HUB_ACTIVATION)) == 0
    capsys.readouterr()
    db = _db(demo_dir)
    try:
        return hub_link(db).device_id
    finally:
        db.close()


# -- the hub token -----------------------------------------------------------------------------


@pytest.mark.parametrize("damaged", DAMAGED)
def test_a_hub_token_that_is_not_ours_is_named_with_what_to_do(demo_dir, hub, capsys,
                                                               test_keyring, damaged):
    device_id = _connected(demo_dir, hub, capsys)
    test_keyring.passwords[(HUB_SERVICE, device_id)] = damaged

    assert run_sync(demo_dir, "--once") == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    [line] = captured.err.splitlines()
    assert line.startswith("wellness-desk: error: the hub token in the keyring (service "
                           f"'wellness-desk-hub', entry '{device_id}') is not the one this app "
                           "stored (")
    assert line.endswith("reconnect this laptop on the Sync page with a new code from the "
                         "coordinator (that stores a new token)")
    assert damaged.strip() not in line
    # Nothing reached the hub, and the hub did not stop accepting this laptop.
    assert hub.cell_rows() == []
    assert run_sync(demo_dir, "--status") == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert "the hub token in the keyring" in first and "not synced yet" not in first

    # A new code stores a new token: syncing works again.
    assert run_sync(demo_dir, "--hub", hub.url, "--enroll", hub.enrol(HUB_ACTIVATION)) == 0
    assert run_sync(demo_dir, "--once") == 0


# -- the key of personal data ------------------------------------------------------------------


@pytest.mark.parametrize("damaged", [
    pytest.param("not base64!", id="not-base64"),
    pytest.param(base64.b64encode(b"k" * 16).decode(), id="16-bytes"),
])
def test_a_data_key_that_is_not_ours_is_named_with_what_to_do(data_dir, capsys, monkeypatch,
                                                              test_keyring, damaged):
    _seed(data_dir, PIN)
    db = _db(data_dir)
    try:
        entry = f"data-key:{settings.get(db, vault.DATABASE_ID)}"
    finally:
        db.close()
    good = test_keyring.passwords[(vault.SERVICE, entry)]
    test_keyring.passwords[(vault.SERVICE, entry)] = damaged

    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PIN}\n"))
    assert main(["--data-dir", data_dir, "therapy", "slots", "--stop", "Berlin",
                 "--show-names"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    [line] = captured.err.splitlines()
    assert f"service 'Wellness Desk', entry '{entry}')" in line
    assert "is not the one this app stored" in line
    assert line.endswith("put back that entry from a backup of the keyring; until then names "
                         "cannot be read (nothing was changed)")
    # Nothing was changed: the entry is as it was, and the right PIN is not counted wrong.
    assert test_keyring.passwords[(vault.SERVICE, entry)] == damaged
    db = _db(data_dir)
    try:
        assert vault.status(db).wait_s == 0
        with pytest.raises(WellnessError, match=r"not base64|16 bytes where the key has 32"):
            vault.unlock(db, PIN)
        test_keyring.passwords[(vault.SERVICE, entry)] = good
        assert vault.unlock(db, PIN) is not None
    finally:
        db.close()


# -- disconnecting -----------------------------------------------------------------------------


class _LockedKeyring(MemoryKeyring):
    """A keyring that holds the token but refuses to remove it (locked, say)."""

    def delete_password(self, service, username):
        raise KeyringLocked("locked")


@pytest.mark.parametrize("away", ["unavailable", "refuses"])
def test_disconnect_that_cannot_remove_the_token_says_so_and_stays_connected(
        demo_dir, hub, capsys, test_keyring, away):
    device_id = _connected(demo_dir, hub, capsys)
    token = test_keyring.passwords[(HUB_SERVICE, device_id)]
    if away == "unavailable":
        keyring.set_keyring(fail.Keyring())
    else:
        locked = _LockedKeyring()
        locked.passwords = test_keyring.passwords
        keyring.set_keyring(locked)

    assert run_sync(demo_dir, "--disconnect") == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    [line] = captured.err.splitlines()
    assert "left the keyring" not in line
    assert ("the hub token was not removed" in line if away == "unavailable"
            else "could not remove the hub token (KeyringLocked)" in line)
    assert line.endswith(f"still connected, and the token is still there (service "
                         f"'wellness-desk-hub', entry '{device_id}'); unlock the keyring and "
                         "try again")
    assert test_keyring.passwords[(HUB_SERVICE, device_id)] == token
    db = _db(demo_dir)
    try:
        assert hub_link(db).device_id == device_id
    finally:
        db.close()

    keyring.set_keyring(test_keyring)  # unlocked again
    assert run_sync(demo_dir, "--once") == 0
    assert run_sync(demo_dir, "--disconnect") == 0
    assert capsys.readouterr().out.endswith("the token left the keyring\n")
    assert test_keyring.passwords == {}


def test_disconnect_with_the_token_already_gone_says_just_that(demo_dir, hub, capsys,
                                                              test_keyring):
    _connected(demo_dir, hub, capsys)
    test_keyring.passwords.clear()
    assert run_sync(demo_dir, "--disconnect") == 0
    assert capsys.readouterr().out == (
        f"disconnected from {hub.url}; the token was not in the keyring any more\n")
