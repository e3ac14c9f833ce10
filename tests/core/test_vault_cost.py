"""The vault's key derivation at its production cost (other tests derive at a test-only
lower cost: tests/conftest.py `quick_scrypt`)."""

from __future__ import annotations

import hashlib

import pytest

from wellness_desk import vault

pytestmark = pytest.mark.real_scrypt


def test_keys_are_derived_with_scrypt_n_2_15_r_8_p_1():
    salt = bytes(range(16))
    expected = hashlib.scrypt(b"correct horse", salt=salt, n=2**15, r=8, p=1,
                              dklen=32, maxmem=64 * 1024 * 1024)
    assert vault._scrypt("correct horse", salt) == expected


def test_a_passphrase_vault_opens_at_the_production_cost(db, no_keyring):
    sealed = vault.set_up(db, "a long tour passphrase").seal("Robin", field="booking.person")
    opened = vault.unlock(db, "a long tour passphrase")
    assert opened.open(sealed, field="booking.person") == "Robin"
