"""The curator's signature: a directory signed by a trusted key is read; anything else — a
byte changed anywhere, another key, not an envelope at all — is refused in one sentence."""

from __future__ import annotations

import base64
import json

import pytest

from wellness_desk.errors import WellnessError
from wellness_desk.resources import signing
from wellness_desk.resources.signing import SignatureRefused, generate_key, sign, verify

DIRECTORY = json.dumps({"services": [{"id": "s1", "phone": "988", "name": "Línea de crisis"}]},
                       ensure_ascii=False).encode("utf-8")


@pytest.fixture(scope="module")
def curator():
    return generate_key()


def test_a_signed_directory_comes_back_as_it_was_signed(curator):
    private, public = curator
    envelope = sign(DIRECTORY, private)
    assert verify(envelope, [public]) == DIRECTORY
    # Raw key bytes are trusted as well as their base64.
    assert verify(envelope, [base64.b64decode(public)]) == DIRECTORY
    fields = json.loads(envelope)
    assert fields["format"] == signing.FORMAT and fields["key"] == public
    assert base64.b64decode(fields["directory"]) == DIRECTORY


def test_signing_the_same_bytes_twice_gives_the_same_envelope(curator):
    # Ed25519 is deterministic: re-signing an unchanged directory changes no ETag.
    assert sign(DIRECTORY, curator[0]) == sign(DIRECTORY, curator[0])


def test_a_byte_changed_anywhere_in_the_envelope_is_refused(curator):
    private, public = curator
    envelope = sign(DIRECTORY, private)
    for i in range(len(envelope)):
        # A low bit, and the bit that changes a letter's case (a field name's too).
        for flip in (0x01, 0x20):
            tampered = bytearray(envelope)
            tampered[i] ^= flip
            with pytest.raises(SignatureRefused) as caught:
                verify(bytes(tampered), [public])
            assert str(caught.value) == signing.REFUSED


def test_a_directory_signed_by_another_key_is_refused(curator):
    other_private, other_public = generate_key()
    envelope = sign(DIRECTORY, other_private)
    with pytest.raises(SignatureRefused) as caught:
        verify(envelope, [curator[1]])
    assert "does not trust" in caught.value.reason
    assert verify(envelope, [curator[1], other_public]) == DIRECTORY


def test_a_signature_of_another_directory_swapped_in_is_refused(curator):
    private, public = curator
    genuine = json.loads(sign(DIRECTORY, private))
    forged = json.loads(sign(DIRECTORY.replace(b"988", b"555"), private))
    genuine["directory"] = forged["directory"]  # the signature of the real one stays
    with pytest.raises(SignatureRefused) as caught:
        verify(json.dumps(genuine).encode(), [public])
    assert "does not match" in caught.value.reason


@pytest.mark.parametrize(("envelope", "reason"), [
    (b"\xff\xfe not text", "not JSON"),
    (b"<html>Wi-Fi login</html>", "not JSON"),
    (b"[1, 2]", "not an envelope"),
    (b'{"format": "wellness-desk-directory/1"}', "not an envelope"),
])
def test_what_is_no_envelope_is_refused(curator, envelope, reason):
    with pytest.raises(SignatureRefused) as caught:
        verify(envelope, [curator[1]])
    assert reason in caught.value.reason
    assert isinstance(caught.value, WellnessError)


@pytest.mark.parametrize(("field", "value", "reason"), [
    ("format", "wellness-desk-directory/2", "format"),
    ("signature", "not base64!", "bad base64"),
    ("directory", "QQ", "bad base64"),  # unpadded
    ("key", "QUJD", "wrong length"),
    ("signature", 12, "base64 text"),
])
def test_a_wrong_field_is_refused(curator, field, value, reason):
    envelope = json.loads(sign(DIRECTORY, curator[0]))
    envelope[field] = value
    with pytest.raises(SignatureRefused) as caught:
        verify(json.dumps(envelope).encode(), [curator[1]])
    assert reason in caught.value.reason


def test_an_extra_field_is_refused(curator):
    envelope = json.loads(sign(DIRECTORY, curator[0]))
    envelope["note"] = "trust me"
    with pytest.raises(SignatureRefused):
        verify(json.dumps(envelope).encode(), [curator[1]])


def test_no_trusted_key_refuses_everything(curator):
    with pytest.raises(SignatureRefused):
        verify(sign(DIRECTORY, curator[0]), [])
    with pytest.raises(SignatureRefused):
        verify(sign(DIRECTORY, curator[0]), ["not a key"])


def test_a_private_key_file_that_is_not_one_says_so():
    with pytest.raises(signing.CuratorKeyError, match="keygen"):
        sign(DIRECTORY, b"-----BEGIN NOTHING-----\n")


def test_a_public_key_is_checked_as_one(curator):
    assert signing.parse_public_key(curator[1] + "\n") == base64.b64decode(curator[1])
    for bad in ("", "abc", base64.b64encode(b"x" * 31).decode()):
        with pytest.raises(signing.CuratorKeyError, match="32 bytes"):
            signing.parse_public_key(bad)
