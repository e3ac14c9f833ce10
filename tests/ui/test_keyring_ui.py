"""A keyring entry for the names' key that is not what the app stored: the Therapy section
says which entry and what to do when the PIN is typed, instead of failing without a word."""

from __future__ import annotations

import base64

import pytest

from tests.ui.conftest import open_section
from tests.ui.test_therapy_ui import _unlock, tour  # noqa: F401  (the fixture)
from wellness_desk import settings, vault


@pytest.mark.parametrize("damaged", ["not base64!", base64.b64encode(b"k" * 16).decode()])
def test_unlocking_with_a_damaged_key_entry_names_it_and_says_what_to_do(
        qtbot, open_window, db, tour, test_keyring, damaged):  # noqa: F811
    vault.set_up(db, "4821")
    entry = f"data-key:{settings.get(db, vault.DATABASE_ID)}"
    test_keyring.passwords[(vault.SERVICE, entry)] = damaged
    window = open_window()
    page = open_section(qtbot, window, "Therapy days")

    _unlock(qtbot, window, page, "4821")
    qtbot.waitUntil(lambda: bool(page.last_problem), timeout=10_000)
    assert page.vault is None
    assert f"service 'Wellness Desk', entry '{entry}')" in page.last_problem
    assert "is not the one this app stored" in page.last_problem
    assert "put back that entry from a backup of the keyring" in page.last_problem
    assert test_keyring.passwords[(vault.SERVICE, entry)] == damaged
