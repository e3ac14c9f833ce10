"""The key that encrypts personal data (names, contacts, notes of therapy bookings).

Two ways to keep it, and the app always says which one is in use:

- keyring: a random key lives in the OS keyring; a PIN, stored only as a slow hash, hides
  the names on screen until it is typed;
- passphrase: where no keyring works (a headless box, some Linux desktops), the random key
  is stored wrapped with a key derived from a passphrase (scrypt); without the passphrase
  the names cannot be read at all. There is never a plaintext fallback.

Wrong secrets are answered with a growing wait, kept in the database so a restart does not
reset it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from . import settings
from .clock import from_utc_text, to_utc_text, utcnow
from .errors import WellnessError
from .messages import msg
from .system_keyring import keyring_failure, keyring_usable, system_keyring

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from sqlite_utils import Database

SERVICE = "Wellness Desk"
MODE = "vault_mode"  # "keyring" or "passphrase"
DATABASE_ID = "database_id"
SALT = "vault_salt"
SECRET_CHECK = "vault_secret_check"  # the PIN's hash, or the passphrase-wrapped key
FAILURES = "vault_failures"
NEXT_TRY = "vault_next_try_utc"
MIN_PIN = 4
MIN_PASSPHRASE = 10
MAX_WAIT_S = 300
_VERSION = b"\x01"


def _scrypt(secret: str, salt: bytes) -> bytes:
    # n=2**15: about a tenth of a second per guess here, and 32 MiB each.
    return hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=2**15, r=8, p=1, dklen=32,
                          maxmem=64 * 1024 * 1024)


def _derive(key: bytes, purpose: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(key)


def _aead(key: bytes) -> AESGCM:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


class Vault:
    """The data key in memory: seals and opens personal fields."""

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("the data key is 32 bytes")
        # One key each for sealing and for name fingerprints, derived from the stored one.
        self._aead = _aead(_derive(key, b"wellness-desk seal"))
        self._tag_key = _derive(key, b"wellness-desk person tag")

    def seal(self, text: str | None, *, field: str) -> bytes | None:
        """Encrypt `text`; `field` (e.g. "booking.person") binds it to its column."""
        if text is None:
            return None
        nonce = os.urandom(12)
        return _VERSION + nonce + self._aead.encrypt(nonce, text.encode("utf-8"),
                                                     field.encode())

    def open(self, blob: bytes | None, *, field: str) -> str | None:
        if blob is None:
            return None
        from cryptography.exceptions import InvalidTag

        if blob[:1] != _VERSION:
            raise WellnessError(msg("{field}: stored in an unknown format", field=field))
        try:
            return self._aead.decrypt(blob[1:13], blob[13:], field.encode()).decode("utf-8")
        except InvalidTag as e:
            raise WellnessError(msg("{field}: cannot be decrypted with this key",
                                    field=field)) from e

    def tag(self, name: str) -> str:
        """A keyed fingerprint of a person's name, the same however it is typed."""
        normal = " ".join(unicodedata.normalize("NFKC", name).casefold().split())
        return hmac.new(self._tag_key, normal.encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class VaultStatus:
    mode: str | None  # None until set up
    keyring_name: str
    keyring_usable: bool
    wait_s: int  # seconds before another try is allowed

    def explain(self) -> str:
        """Plain words for the person at the laptop about where the key is."""
        if self.mode == "keyring":
            return msg("Names are encrypted; the key is in this computer's keyring "
                       "({keyring}). Your PIN hides them on screen.", keyring=self.keyring_name)
        if self.mode == "passphrase":
            return msg("Names are encrypted with a key protected by your passphrase (no system "
                       "keyring is used). Without the passphrase they cannot be read.")
        if self.keyring_usable:
            return msg("Set a PIN to start: names will be encrypted with a key kept in this "
                       "computer's keyring ({keyring}).", keyring=self.keyring_name)
        return msg("No system keyring works on this computer. Set a passphrase to start: "
                   "names will be encrypted with a key derived from it. Keep it safe: without "
                   "it nobody can read them.")


def _database_id(db: Database) -> str:
    existing = settings.get(db, DATABASE_ID)
    if existing:
        return existing
    new = str(uuid.uuid4())
    settings.put(db, DATABASE_ID, new)
    return new


def _wait_s(db: Database, now: datetime) -> int:
    next_try = settings.get(db, NEXT_TRY)
    if not next_try:
        return 0
    return max(0, int((from_utc_text(next_try) - now).total_seconds() + 0.999))


def status(db: Database, *, now: datetime | None = None) -> VaultStatus:
    usable, name = keyring_usable()
    return VaultStatus(settings.get(db, MODE), name, usable, _wait_s(db, now or utcnow()))


def set_up(db: Database, secret: str) -> Vault:
    """First use: a new random key, kept in the keyring (with `secret` as the PIN) or, with
    no keyring, wrapped by `secret` as the passphrase."""
    if settings.get(db, MODE):
        raise WellnessError(msg("the key is already set up: unlock instead"))
    usable, name = keyring_usable()
    minimum = MIN_PIN if usable else MIN_PASSPHRASE
    if len(secret) < minimum:
        raise WellnessError(msg("PIN: use at least {minimum} characters", minimum=minimum)
                            if usable else
                            msg("passphrase: use at least {minimum} characters",
                                minimum=minimum))
    key = os.urandom(32)
    salt = os.urandom(16)
    with db.atomic():
        db_id = _database_id(db)
        settings.put(db, SALT, base64.b64encode(salt).decode())
        if usable:
            settings.put(db, MODE, "keyring")
            settings.put(db, SECRET_CHECK, base64.b64encode(_scrypt(secret, salt)).decode())
            with keyring_failure(lambda kind: msg(
                    "the keyring ({keyring_name}) refused to store the key ({error_type})",
                    keyring_name=name, error_type=kind)):
                system_keyring().set_password(SERVICE, f"data-key:{db_id}",
                                              base64.b64encode(key).decode())
        else:
            settings.put(db, MODE, "passphrase")
            nonce = os.urandom(12)
            wrapped = nonce + _aead(_scrypt(secret, salt)).encrypt(nonce, key, b"data-key")
            settings.put(db, SECRET_CHECK, base64.b64encode(wrapped).decode())
    return Vault(key)


def unlock(db: Database, secret: str, *, now: datetime | None = None) -> Vault:
    """The vault, given the PIN (keyring mode) or the passphrase; a wrong one waits longer
    each time."""
    now = now or utcnow()
    mode = settings.get(db, MODE)
    if mode is None:
        raise WellnessError(msg("no key yet: set a PIN or passphrase first"))
    wait = _wait_s(db, now)
    if wait:
        raise WellnessError(msg("too many wrong tries: wait {wait} s", wait=wait))
    salt = base64.b64decode(settings.get(db, SALT) or "")
    check = base64.b64decode(settings.get(db, SECRET_CHECK) or "")
    key: bytes | None = None
    if mode == "keyring":
        if hmac.compare_digest(_scrypt(secret, salt), check):
            key = _key_from_keyring(db)
    else:
        from cryptography.exceptions import InvalidTag

        try:
            key = _aead(_scrypt(secret, salt)).decrypt(check[:12], check[12:], b"data-key")
        except InvalidTag:
            key = None
    if key is None:
        failures = int(settings.get(db, FAILURES, "0") or 0) + 1
        delay = min(2 ** failures, MAX_WAIT_S)
        with db.atomic():
            settings.put(db, FAILURES, str(failures))
            settings.put(db, NEXT_TRY, to_utc_text(now + timedelta(seconds=delay)))
        raise WellnessError(msg("wrong PIN: try again in {delay} s", delay=delay)
                            if mode == "keyring" else
                            msg("wrong passphrase: try again in {delay} s", delay=delay))
    with db.atomic():
        settings.put(db, FAILURES, "0")
        settings.put(db, NEXT_TRY, "")
    return Vault(key)


def _key_from_keyring(db: Database) -> bytes:
    usable, name = keyring_usable()
    db_id = settings.get(db, DATABASE_ID)
    stored = None
    if usable:
        with keyring_failure(lambda kind: msg(
                "the keyring ({keyring_name}) cannot be read ({error_type})",
                keyring_name=name, error_type=kind)):
            stored = system_keyring().get_password(SERVICE, f"data-key:{db_id}")
    if not stored:
        raise WellnessError(
            msg("the key of this database is not in this computer's keyring ({name}): "
                "names cannot be read on this computer", name=name)
        )
    fault = _key_fault(stored)
    if fault:
        # Changed outside this app, or a damaged keyring. Nothing is rewritten: the right key
        # may still be in a backup of the keyring, and a new one would not open the names.
        raise WellnessError(
            msg("the key of this database in the keyring ({name}: service {SERVICE}, entry "
                "'data-key:{db_id}') is not the one this app stored ({fault}): put back that "
                "entry from a backup of the keyring; until then names cannot be read (nothing "
                "was changed)", name=name, SERVICE=repr(SERVICE), db_id=db_id, fault=fault)
        )
    return base64.b64decode(stored, validate=True)


def _key_fault(stored: object) -> str | None:
    """What is wrong with a keyring entry that should hold the data key, or None."""
    if not isinstance(stored, str):
        return "not text"
    try:
        key = base64.b64decode(stored, validate=True)
    except ValueError:  # binascii.Error is a ValueError
        return "not base64"
    if len(key) != 32:
        return f"{len(key)} bytes where the key has 32"
    return None
