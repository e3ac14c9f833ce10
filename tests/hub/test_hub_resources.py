"""The hub's side of the resource directory, against the real hub: the curator's keygen and
sign (off the hub), trust and import (on it), and GET /v1/resources with its strong ETag."""

from __future__ import annotations

import base64
import gzip
import json
import os
import stat

import httpx
import pytest

from tests.resource_dirs import directory
from wellness_desk.resources import package, signing
from wellness_hub.cli import main

FEST = "Summer Fest 2026"


def _run(capsys, *args: str) -> tuple[int, list[str], str]:
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


@pytest.fixture
def curator(tmp_path, capsys):
    """A curator's key made with `resources keygen`: (key file, public key)."""
    key = tmp_path / "curator" / "curator.pem"
    key.parent.mkdir()
    code, out, _ = _run(capsys, "resources", "keygen", "--out", str(key))
    assert code == 0
    return key, out[-1]


def _package(tmp_path, name="directory.json", **kwargs):
    path = tmp_path / name
    path.write_bytes(package.to_json_bytes(directory(**kwargs)))
    return path


def _signed(tmp_path, capsys, curator, **kwargs):
    pkg = _package(tmp_path, **kwargs)
    code, _, err = _run(capsys, "resources", "sign", str(pkg), "--key", str(curator[0]))
    assert code == 0, err
    return tmp_path / (pkg.name + ".signed.json")


def _get(hub, token, **headers):
    return httpx.get(f"{hub.url}/v1/resources",
                     headers={"Authorization": f"Bearer {token}", **headers}, timeout=30)


def test_keygen_keeps_the_private_key_to_its_owner_and_never_overwrites_it(curator, capsys):
    key, public = curator
    assert stat.S_IMODE(os.stat(key).st_mode) == 0o600
    assert len(base64.b64decode(public)) == 32
    before = key.read_bytes()
    code, _, err = _run(capsys, "resources", "keygen", "--out", str(key))
    assert code == 2 and "never overwritten" in err
    assert key.read_bytes() == before


def test_sign_writes_the_envelope_next_to_the_package(tmp_path, capsys, curator):
    signed = _signed(tmp_path, capsys, curator)
    assert signed.name == "directory.json.signed.json"
    inside = signing.verify(signed.read_bytes(), [curator[1]])
    assert inside == (tmp_path / "directory.json").read_bytes()


def test_sign_refuses_an_invalid_package_naming_where(tmp_path, capsys, curator):
    bad = tmp_path / "bad.json"
    document = json.loads(package.to_json_bytes(directory()))
    bad.write_text(json.dumps(document).replace("America/New_York", "Mars/Olympus_Mons"))
    code, _, err = _run(capsys, "resources", "sign", str(bad), "--key", str(curator[0]))
    assert code == 2 and "bad.json" in err and "Mars/Olympus_Mons" in err
    assert not (tmp_path / "bad.json.signed.json").exists()


def test_the_hub_serves_a_trusted_import_with_a_strong_etag(any_hub, tmp_path, capsys,
                                                            curator):
    _, token = any_hub.device(FEST)
    db = ["--db", any_hub.db_url]
    assert _get(any_hub, token).status_code == 404  # nothing imported yet: said plainly
    signed = _signed(tmp_path, capsys, curator)

    # Not trusted yet: refused, nothing served.
    code, _, err = _run(capsys, *db, "resources", "import", str(signed))
    assert code == 2 and "trust" in err
    missing = _get(any_hub, token)
    assert missing.status_code == 404 and "imported" in missing.json()["detail"]

    assert _run(capsys, *db, "resources", "trust", curator[1])[0] == 0
    code, out, err = _run(capsys, *db, "resources", "import", str(signed))
    assert code == 0, err
    assert "3 services" in out[-1]

    plain = _get(any_hub, token, **{"Accept-Encoding": "identity"})
    assert plain.status_code == 200
    assert plain.headers["content-type"] == "application/json"
    assert plain.content == signed.read_bytes()  # byte for byte, never re-serialised
    etag = plain.headers["etag"]
    assert etag.startswith('"') and not etag.startswith("W/")

    with any_hub.client(token) as client:
        # httpx asks for gzip and undoes it: the same bytes, another representation's tag.
        zipped = client.get("/v1/resources")
        assert zipped.headers["content-encoding"] == "gzip"
        assert zipped.content == signed.read_bytes() and zipped.headers["etag"] != etag
        again = client.get("/v1/resources", headers={"If-None-Match": zipped.headers["etag"]})
        assert again.status_code == 304 and again.content == b""
        assert again.headers["etag"] == zipped.headers["etag"]
        # Either tag of the directory is the laptop's copy.
        assert client.get("/v1/resources", headers={"If-None-Match": etag}).status_code == 304
        assert client.get("/v1/resources",
                          headers={"If-None-Match": '"0000"'}).status_code == 200
    with httpx.stream("GET", f"{any_hub.url}/v1/resources", timeout=30, headers={
            "Authorization": f"Bearer {token}", "Accept-Encoding": "gzip"}) as raw:
        wire = b"".join(raw.iter_raw())
    assert gzip.decompress(wire) == signed.read_bytes() and len(wire) < len(signed.read_bytes())

    # The same file again changes nothing; a new edition is served with a new tag.
    assert _run(capsys, *db, "resources", "import", str(signed))[0] == 0
    assert _get(any_hub, token, **{"If-None-Match": etag}).status_code == 304
    newer = _signed(tmp_path, capsys, curator, name="directory-b.json", edition="b")
    assert _run(capsys, *db, "resources", "import", str(newer))[0] == 0
    fresh = _get(any_hub, token, **{"If-None-Match": etag, "Accept-Encoding": "identity"})
    assert fresh.status_code == 200 and fresh.content == newer.read_bytes()
    assert fresh.headers["etag"] != etag


def test_the_hub_refuses_what_it_cannot_trust_and_keeps_what_it_served(any_hub, tmp_path,
                                                                       capsys, curator):
    _, token = any_hub.device(FEST)
    db = ["--db", any_hub.db_url]
    _run(capsys, *db, "resources", "trust", curator[1])
    good = _signed(tmp_path, capsys, curator)
    assert _run(capsys, *db, "resources", "import", str(good))[0] == 0

    # A number swapped after signing.
    envelope = json.loads(good.read_bytes())
    inside = base64.b64decode(envelope["directory"]).replace(b"988", b"989")
    envelope["directory"] = base64.b64encode(inside).decode()
    swapped = tmp_path / "swapped.json"
    swapped.write_text(json.dumps(envelope))
    code, _, err = _run(capsys, *db, "resources", "import", str(swapped))
    assert code == 2 and "not signed by a curator this hub trusts" in err

    # Signed, but by a key the hub does not trust.
    stranger, _ = signing.generate_key()
    other = tmp_path / "other.json"
    other.write_bytes(signing.sign(package.to_json_bytes(directory(edition="x")), stranger))
    code, _, err = _run(capsys, *db, "resources", "import", str(other))
    assert code == 2 and "does not trust" in err

    # Signed by the trusted curator, but no valid directory inside: the validator's words.
    key_pem = curator[0].read_bytes()
    document = json.loads(package.to_json_bytes(directory()))
    broken = json.dumps(document).replace('"voice"', '"carrier pigeon"').encode()
    invalid = tmp_path / "invalid.json"
    invalid.write_bytes(signing.sign(broken, key_pem))
    code, _, err = _run(capsys, *db, "resources", "import", str(invalid))
    assert code == 2 and "not valid" in err and "invalid.json" in err and "type" in err

    assert _get(any_hub, token, **{"Accept-Encoding": "identity"}).content == good.read_bytes()


def test_a_token_is_needed_and_enrolment_hands_out_the_curator_keys(any_hub, capsys, curator):
    assert httpx.get(f"{any_hub.url}/v1/resources", timeout=10).status_code == 401
    assert _get(any_hub, "not-a-token").status_code == 401
    db = ["--db", any_hub.db_url]
    assert _run(capsys, *db, "resources", "trust", curator[1] + "\n")[0] == 0
    assert _run(capsys, *db, "resources", "trust", curator[1])[1][-1].endswith("already.")
    code, _, err = _run(capsys, *db, "resources", "trust", "bm90IGEga2V5")
    assert code == 2 and "32 bytes" in err
    import secrets

    answer = httpx.post(f"{any_hub.url}/v1/enroll", timeout=10, json={
        "code": any_hub.enrol(FEST), "token": secrets.token_urlsafe(32)})
    assert answer.json()["curator_keys"] == [curator[1]]


def test_a_hub_database_of_schema_2_gains_the_directory_tables_and_keeps_its_devices(
        any_hub_db):
    from sqlalchemy import text

    from wellness_hub.store import SCHEMA_VERSION, open_store

    store = open_store(any_hub_db)
    store.create_enrolment(FEST)
    with store.engine.begin() as conn:
        conn.execute(text("DROP TABLE resource_directory"))
        conn.execute(text("DROP TABLE curator_key"))
        conn.execute(text("UPDATE hub_meta SET value = '2' WHERE key = 'schema_version'"))
    store.close()
    store = open_store(any_hub_db)
    try:
        assert store.schema_version() == SCHEMA_VERSION == 5
        assert store.directory() is None and store.curator_keys() == []
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM enrolment")).scalar() == 1
    finally:
        store.close()
