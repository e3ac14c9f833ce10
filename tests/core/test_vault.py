"""The key that protects names in therapy bookings: keyring or passphrase, never plain."""

from __future__ import annotations

from datetime import timedelta

import pytest

from wellness_desk import vault
from wellness_desk.clock import utcnow
from wellness_desk.errors import WellnessError


def test_with_a_keyring_the_key_lives_there_and_a_pin_unlocks(db, test_keyring):
    assert "Set a PIN" in vault.status(db).explain()
    sealed = vault.set_up(db, "4821").seal("Robin Canary", field="booking.person")
    assert vault.status(db).mode == "keyring"
    assert "keyring" in vault.status(db).explain()
    assert len(test_keyring.passwords) == 1
    opened = vault.unlock(db, "4821")
    assert opened.open(sealed, field="booking.person") == "Robin Canary"


def test_without_a_keyring_a_passphrase_protects_the_key(db, no_keyring):
    status = vault.status(db)
    assert not status.keyring_usable
    assert "No system keyring" in status.explain()
    with pytest.raises(WellnessError, match="at least 10 characters"):
        vault.set_up(db, "short")
    sealed = vault.set_up(db, "a long tour passphrase").seal("Robin", field="booking.person")
    assert vault.status(db).mode == "passphrase"
    assert "passphrase" in vault.status(db).explain()
    assert vault.unlock(db, "a long tour passphrase").open(sealed, field="booking.person") == (
        "Robin")


def test_a_wrong_secret_waits_longer_each_time_and_changes_nothing(db):
    vault.set_up(db, "4821")
    now = utcnow()
    with pytest.raises(WellnessError, match="wrong PIN: try again in 2 s"):
        vault.unlock(db, "0000", now=now)
    with pytest.raises(WellnessError, match="wait 2 s"):
        vault.unlock(db, "4821", now=now)  # even the right PIN waits its turn
    later = now + timedelta(seconds=3)
    with pytest.raises(WellnessError, match="try again in 4 s"):
        vault.unlock(db, "1111", now=later)
    assert vault.status(db, now=later).wait_s == 4
    unlocked = vault.unlock(db, "4821", now=later + timedelta(seconds=5))
    assert unlocked.tag("x") == vault.unlock(db, "4821", now=later + timedelta(seconds=5)).tag(
        "x")


def test_a_sealed_field_cannot_be_moved_to_another_column(db):
    v = vault.set_up(db, "4821")
    sealed = v.seal("Robin", field="booking.person")
    with pytest.raises(WellnessError, match="cannot be decrypted"):
        v.open(sealed, field="booking.notes")


def test_a_person_has_one_tag_however_the_name_is_typed(db):
    v = vault.set_up(db, "4821")
    assert v.tag("Zoë  Martín") == v.tag(" ZOË MARTÍN ")
    assert v.tag("Zoë Martín") != v.tag("Zoe Martin")


def test_a_laptop_without_the_key_in_its_keyring_says_so(db, test_keyring):
    vault.set_up(db, "4821")
    test_keyring.passwords.clear()
    with pytest.raises(WellnessError, match="not in this computer's keyring"):
        vault.unlock(db, "4821")


def test_setting_up_twice_is_refused(db):
    vault.set_up(db, "4821")
    with pytest.raises(WellnessError, match="already set up"):
        vault.set_up(db, "9999")


def test_a_keyring_that_stores_secrets_in_clear_is_not_used(db):
    import keyring
    from keyring.backend import KeyringBackend

    class PlaintextKeyring(KeyringBackend):
        """Like keyrings.alt's: a file anyone can read."""

        priority = 0.5

        def get_password(self, service, username):
            return None

        def set_password(self, service, username, password):
            raise AssertionError("the key must never be written to a plaintext keyring")

        def delete_password(self, service, username):
            pass

    keyring.set_keyring(PlaintextKeyring())
    status = vault.status(db)
    assert not status.keyring_usable
    assert "No system keyring" in status.explain()
    vault.set_up(db, "a long tour passphrase")
    assert vault.status(db).mode == "passphrase"
