"""The curator's signature on the directory (Ed25519, `cryptography`).

A crisis number is safety-critical: neither a proxy nor a broken-into hub may swap one
silently. The curator signs the directory's canonical bytes (`package.to_json_bytes`) with a
private key kept off the hub; the hub stores and serves the signed envelope as it got it;
the laptop checks it against the curator keys it trusts (received at enrolment, or shipped in
`assets/resources/curator-keys/`) before anything in it is read.

The envelope, UTF-8 JSON:

    {"format": "wellness-desk-directory/1",
     "key": <base64 of the raw 32-byte Ed25519 public key>,
     "signature": <base64 of the signature over the directory bytes>,
     "directory": <base64 of the directory bytes>}

The signature covers the directory bytes exactly as carried (not a re-serialisation), so no
JSON parser's quirks stand between what was signed and what is read. `key` only says which
trusted key to check with: a key not among the trusted ones is refused, whatever it signed.
No Qt, no network: the hub imports this module too.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterable

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from ..errors import WellnessError
from ..messages import msg

FORMAT = "wellness-desk-directory/1"
FIELDS = frozenset({"format", "key", "signature", "directory"})
KEY_BYTES = 32
SIGNATURE_BYTES = 64
REFUSED = msg("the directory from the hub is not signed by a curator this laptop trusts: it "
              "was refused and the one you had is kept")


class SignatureRefused(WellnessError):
    """An envelope that is not a directory signed by a trusted curator. The message is the
    one sentence people see; `reason` says which check failed (for logs, the hub's English
    answer and tests: never shown on the desk's screen, so it stays English)."""

    def __init__(self, reason: str) -> None:
        super().__init__(REFUSED)
        self.reason = reason


class CuratorKeyError(WellnessError):
    """A curator key (public or private) that is not one: says which and why."""


def generate_key() -> tuple[bytes, str]:
    """A new curator key: (the private key as PEM, unencrypted PKCS#8; the public key as
    base64 of its 32 raw bytes, what the hub hands to laptops)."""
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption())
    return pem, public_key_b64(private.public_key())


def public_key_b64(key: Ed25519PublicKey) -> str:
    return key_text(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))


def key_text(raw: bytes) -> str:
    """A public key's 32 raw bytes as the base64 text people copy and the hub hands out."""
    return base64.b64encode(raw).decode("ascii")


def load_private_key(pem: bytes) -> Ed25519PrivateKey:
    """The curator's private key from its PEM file's bytes (CuratorKeyError if it is not one)."""
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError):
        raise CuratorKeyError(msg("the key file is not an unencrypted Ed25519 private key in "
                                  "PEM form (make one with: wellness-hub resources keygen)")
                              ) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise CuratorKeyError(msg("the key file holds a private key, but not an Ed25519 one "
                                  "(make one with: wellness-hub resources keygen)"))
    return key


def parse_public_key(text: str | bytes) -> bytes:
    """A curator's public key as given (base64 of 32 raw bytes) → its raw bytes, or CuratorKeyError.

    Surrounding spaces and line ends are ignored, so a `.pub` file's newline does no harm.
    """
    if isinstance(text, bytes):
        try:
            text = text.decode("ascii")
        except UnicodeDecodeError:
            raise CuratorKeyError(msg("a curator key is base64 text (44 characters)")) from None
    raw = _b64(text.strip())
    if raw is None or len(raw) != KEY_BYTES:
        raise CuratorKeyError(msg("a curator key is the base64 of 32 bytes (44 characters, as "
                                  "`wellness-hub resources keygen` prints it)"))
    Ed25519PublicKey.from_public_bytes(raw)  # 32 bytes are always a valid Ed25519 point form
    return raw


def sign(directory_bytes: bytes, private_key_pem: bytes) -> bytes:
    """The envelope of `directory_bytes`, signed with the curator's private key."""
    key = load_private_key(private_key_pem)
    envelope = {
        "format": FORMAT,
        "key": public_key_b64(key.public_key()),
        "signature": base64.b64encode(key.sign(directory_bytes)).decode("ascii"),
        "directory": base64.b64encode(directory_bytes).decode("ascii"),
    }
    return json.dumps(envelope, sort_keys=True, separators=(",", ":")).encode("utf-8")


def verify(envelope: bytes, trusted_public_keys: Iterable[bytes | str]) -> bytes:
    """The directory bytes inside `envelope`, once its signature is checked against one of
    the trusted keys (raw 32 bytes, or their base64). SignatureRefused otherwise."""
    trusted = {_raw_key(k) for k in trusted_public_keys}
    trusted.discard(None)
    try:
        parsed = json.loads(envelope.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise SignatureRefused(reason="not JSON") from None
    if not isinstance(parsed, dict) or set(parsed) != FIELDS:
        raise SignatureRefused(reason="not an envelope (its fields are not format, key, "
                                      "signature, directory)")
    if parsed["format"] != FORMAT:
        raise SignatureRefused(reason="an envelope format this laptop does not read")
    texts = [parsed[name] for name in ("key", "signature", "directory")]
    if not all(isinstance(t, str) for t in texts):
        raise SignatureRefused(reason="key, signature and directory must be base64 text")
    key, signature, directory = (_b64(t) for t in texts)
    if key is None or signature is None or directory is None:
        raise SignatureRefused(reason="bad base64")
    if len(key) != KEY_BYTES or len(signature) != SIGNATURE_BYTES:
        raise SignatureRefused(reason="a key or signature of the wrong length")
    if key not in trusted:
        raise SignatureRefused(reason="signed with a key this laptop does not trust")
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(signature, directory)
    except InvalidSignature:
        raise SignatureRefused(reason="the signature does not match the directory") from None
    return directory


def envelope_key(envelope: bytes) -> str | None:
    """The base64 key an envelope names (unchecked), for messages; None if it names none."""
    try:
        parsed = json.loads(envelope.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    key = parsed.get("key") if isinstance(parsed, dict) else None
    return key if isinstance(key, str) and len(key) <= 100 else None


def _raw_key(key: bytes | str) -> bytes | None:
    if isinstance(key, bytes) and len(key) == KEY_BYTES:
        return key
    try:
        return parse_public_key(key)
    except CuratorKeyError:
        return None


def _b64(text: str) -> bytes | None:
    """Strict standard base64 (no stray characters, right padding), else None."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return None
    # b64decode takes non-canonical trailing bits: the same bytes must encode back to it, so
    # an envelope has exactly one spelling of each field.
    return raw if base64.b64encode(raw).decode("ascii") == text else None
