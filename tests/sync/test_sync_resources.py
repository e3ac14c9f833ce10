"""The desk's pull of the signed directory, against the real hub on 127.0.0.1: an unchanged
directory costs one small 304, a new import comes down, and a directory a proxy or a
broken-into hub changed is refused — the one the laptop had is kept, with its ETag, so the
next clean pull works."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest

from tests.faultproxy import FaultProxy
from tests.resource_dirs import directory, uid
from tests.sync.conftest import make_festival
from wellness_desk.resources import package, signing
from wellness_desk.resources import store as stores
from wellness_desk.sync import enrol, resources_pull
from wellness_desk.sync.enrol import curator_keys
from wellness_desk.sync.resources_pull import ENVELOPE_FILENAME, ETAG_META, pull
from wellness_desk.sync.status import status, status_text
from wellness_hub.cli import main as hub_main

FEST = "Summer Fest 2026"
NOW = datetime(2026, 7, 4, 13, 5, tzinfo=UTC)


def _hub(hub, *args: str) -> None:
    assert hub_main(["--db", hub.db_url, "resources", *args]) == 0


@pytest.fixture
def curator(hub):
    """A curator key the hub trusts (so laptops enrolled from now on receive it)."""
    private, public = signing.generate_key()
    _hub(hub, "trust", public)
    return private


def _publish(hub, private: bytes, tmp_path, **kwargs) -> bytes:
    """Sign a directory and import it on the hub, as the curator and the coordinator do."""
    signed = tmp_path / f"directory-{kwargs.get('edition', 'a')}.signed.json"
    signed.write_bytes(signing.sign(package.to_json_bytes(directory(**kwargs)), private))
    _hub(hub, "import", str(signed))
    return signed.read_bytes()


def _connect(db, hub, url=None):
    make_festival(db)
    return enrol.connect(db, url or hub.url, hub.enrol(FEST))


def _held(data_dir) -> bytes:
    """The directory the laptop holds, in the package's canonical bytes."""
    with stores.open_store(stores.store_path(data_dir)) as store:
        return package.to_json_bytes(stores.load_directory(store))


def _etag(data_dir) -> str | None:
    with stores.open_store(stores.store_path(data_dir)) as store:
        return stores.get_meta(store, ETAG_META)


def _canonical(**kwargs) -> bytes:
    return package.to_json_bytes(directory(**kwargs))


def test_an_unchanged_directory_costs_one_small_304_and_a_new_one_comes_down(
        hub, curator, db, db_path, tmp_path):
    data_dir = db_path.parent
    served = _publish(hub, curator, tmp_path)
    current = _connect(db, hub)
    assert curator_keys(db) == [signing.public_key_b64(
        signing.load_private_key(curator).public_key())]

    first = pull(db, data_dir, now=NOW)
    assert first.outcome == "installed" and first.services == 3
    assert first.message == f"Directory: installed 3 services from the hub 127.0.0.1:{hub.port}"
    assert _held(data_dir) == _canonical()
    assert (data_dir / ENVELOPE_FILENAME).read_bytes() == served  # as served, to check again
    with stores.open_store(stores.store_path(data_dir)) as store:
        about = stores.about(store)
    assert about.source == f"hub 127.0.0.1:{hub.port}" and about.installed_at == NOW

    second = pull(db, data_dir, now=NOW)
    assert second.outcome == "unchanged" and second.message == "Directory: unchanged"
    # What that pull cost: a 304 with no body at all.
    etag = _etag(data_dir)
    from wellness_desk.sync.hub_token import hub_token

    answer = httpx.get(f"{hub.url}/v1/resources", timeout=10, headers={
        "Authorization": f"Bearer {hub_token(current)}", "If-None-Match": etag,
        "Accept-Encoding": "gzip"})
    assert answer.status_code == 304 and answer.content == b""
    assert sum(len(k) + len(v) for k, v in answer.headers.items()) < 400

    _publish(hub, curator, tmp_path, edition="b")
    third = pull(db, data_dir, now=NOW)
    assert third.outcome == "installed"
    assert _held(data_dir) == _canonical(edition="b") and _etag(data_dir) != etag


def test_a_directory_tampered_on_the_way_is_refused_and_the_old_one_kept(
        hub, curator, db, db_path, tmp_path):
    data_dir = db_path.parent
    with FaultProxy(hub.port) as proxy:
        _publish(hub, curator, tmp_path)
        _connect(db, hub, proxy.url)
        assert pull(db, data_dir, now=NOW).outcome == "installed"
        etag = _etag(data_dir)
        envelope_a = (data_dir / ENVELOPE_FILENAME).read_bytes()
        newer = _publish(hub, curator, tmp_path, edition="b")

        # One byte flipped on the way (the gzip undone first, so it is read).
        proxy.plan(["tamper"])
        refused = pull(db, data_dir, now=NOW)
        assert refused.outcome == "refused" and not refused.ok
        assert refused.message == signing.REFUSED[:1].upper() + signing.REFUSED[1:] + "."
        assert _held(data_dir) == _canonical() and _etag(data_dir) == etag
        assert (data_dir / ENVELOPE_FILENAME).read_bytes() == envelope_a
        line = status_text(status(db))
        assert "not signed by a curator this laptop trusts" in line

        # A proxy that knows the format: the number swapped, the base64 made good again.
        def swap(body: bytes) -> bytes:
            envelope = json.loads(body)
            inside = base64.b64decode(envelope["directory"]).replace(b'"988"', b'"989"')
            envelope["directory"] = base64.b64encode(inside).decode()
            return json.dumps(envelope).encode()

        proxy.tamper = swap
        proxy.plan(["tamper"])
        assert pull(db, data_dir, now=NOW).outcome == "refused"
        assert _held(data_dir) == _canonical() and _etag(data_dir) == etag

        # The next clean pull works: the old ETag asked, the new directory came.
        clean = pull(db, data_dir, now=NOW)
        assert clean.outcome == "installed"
        assert _held(data_dir) == _canonical(edition="b")
        assert (data_dir / ENVELOPE_FILENAME).read_bytes() == newer
        assert "curator" not in status_text(status(db))
        assert proxy.seen[-4:] == ["ok", "tamper", "tamper", "ok"]


def test_a_broken_into_hub_serving_its_own_directory_is_refused(hub, curator, db, db_path,
                                                                 tmp_path):
    """The hub's database written behind its import's back: another key's signature, then
    the trusted curator's signature on no valid directory. Both refused; the old one stays."""
    data_dir = db_path.parent
    _publish(hub, curator, tmp_path)
    _connect(db, hub)
    assert pull(db, data_dir, now=NOW).outcome == "installed"
    intruder, _ = signing.generate_key()
    with hub.store() as store:
        store.put_directory(signing.sign(_canonical(number="911"), intruder), services=3)
    assert pull(db, data_dir, now=NOW).outcome == "refused"
    broken = _canonical().replace(b'"voice"', b'"carrier pigeon"')
    with hub.store() as store:
        store.put_directory(signing.sign(broken, curator), services=3)
    invalid = pull(db, data_dir, now=NOW)
    assert invalid.outcome == "refused" and "not valid" in invalid.message
    assert f"hub 127.0.0.1:{hub.port}" in invalid.message  # where the problem came from
    assert _held(data_dir) == _canonical()


def test_a_laptop_that_trusts_no_curator_refuses_every_directory(hub, db, db_path, tmp_path):
    _connect(db, hub)  # enrolled while the hub trusted no key: none received
    assert curator_keys(db) == []
    private, public = signing.generate_key()
    _hub(hub, "trust", public)
    _publish(hub, private, tmp_path)
    assert pull(db, db_path.parent, now=NOW).outcome == "refused"


def test_keys_shipped_with_the_app_are_trusted_and_a_stray_file_is_not(tmp_path):
    _, public = signing.generate_key()
    (tmp_path / "curator.pub").write_text(public + "\n")
    (tmp_path / "notes.pub").write_text("not a key")
    (tmp_path / "other.txt").write_text(signing.generate_key()[1])
    assert resources_pull.shipped_keys(tmp_path) == [public]
    assert resources_pull.shipped_keys(tmp_path / "missing") == []


def test_no_directory_on_the_hub_yet_keeps_the_shipped_one(hub, db, db_path):
    _connect(db, hub)
    result = pull(db, db_path.parent, now=NOW)
    assert result.outcome == "no_directory" and result.ok
    assert "kept" in result.message


def test_resources_pull_on_the_command_line(hub, curator, db, data_dir, tmp_path, capsys):
    from wellness_desk.cli import main
    from wellness_desk.db import connect
    from wellness_desk.paths import db_path as path_of

    _publish(hub, curator, tmp_path)
    with FaultProxy(hub.port) as proxy:
        desk = connect(path_of(data_dir))
        try:
            _connect(desk, hub, proxy.url)
        finally:
            desk.close()
        run = ["--data-dir", data_dir, "resources", "pull"]
        capsys.readouterr()  # the hub's own words
        assert main(run) == 0
        assert capsys.readouterr().out.strip() == (
            f"installed 3 services from the hub 127.0.0.1:{proxy.port}")
        assert main(run) == 0 and capsys.readouterr().out.strip() == "unchanged"
        _publish(hub, curator, tmp_path, edition="b")
        capsys.readouterr()
        proxy.plan(["tamper"])
        assert main(run) == 1
        assert "not signed by a curator this laptop trusts" in capsys.readouterr().err
        proxy.plan(["refuse"])
        assert main(run) == 1
        assert "unreachable" in capsys.readouterr().err
        assert main(run) == 0


def test_resources_pull_without_a_hub_says_so(data_dir, capsys):
    from wellness_desk.cli import main

    assert main(["--data-dir", data_dir, "resources", "pull"]) == 2
    assert "not connected to a hub" in capsys.readouterr().err


# -- "this number did not work" -----------------------------------------------------------------


# The values of a request body made at random, and the shape each must have.
_RANDOM = {"code": r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", "token": r"[A-Za-z0-9_-]{43}",
           "activation": r"[0-9a-f]{32}", "device_id": r"dev_[0-9a-f]{24}"}


def _json_texts(value, key: str = "") -> Iterator[tuple[str, str]]:
    """Every key of a JSON document (with its own name as the key) and every value not a
    list or an object (with the key it is under), as text."""
    if isinstance(value, dict):
        for name, inner in value.items():
            yield "", name
            yield from _json_texts(inner, name)
    elif isinstance(value, list):
        for inner in value:
            yield from _json_texts(inner, key)
    else:
        yield key, str(value)


def test_the_not_working_count_reaches_the_hub_and_nothing_else_about_it(hub, db, tmp_path):
    from wellness_desk.resources.reports import record_not_working
    from wellness_desk.sync.push import sync_once

    contact, service = uid("phone", 0), uid("service", 0)
    with FaultProxy(hub.port) as proxy:
        _connect(db, hub, proxy.url)
        for minute in (5, 40):
            record_not_working(db, contact_id=contact.upper(), service_id=service,
                               now=datetime(2026, 7, 4, 13, minute, 17, tzinfo=UTC))
        assert sync_once(db).outcome == "synced"
        bodies = [json.loads(body) for body in proxy.bodies]  # every one JSON, or it fails
    cells = [c for c in hub.totals(detail=True)["cells"]
             if c["metric"] == "resource_not_working"]
    assert cells == [{"activation": FEST, "metric": "resource_not_working",
                      "period": "2026-W27", "dims": {"resource": contact}, "value": 2}]
    # Nothing else about it: not the service, the number, its name, nor the minute. Each
    # key and value of every body is searched, but inside the values made at random (the
    # enrolment code and token, the ids) a "988" is chance: those are checked to be only
    # their random shape instead, so the number cannot hide in one.
    needles = (service, "988", "Line 0", "13:05", "13:40", "T13", "Helplines")
    texts = list(_json_texts(bodies))
    assert {text for key, text in texts if not key} >= {"token", "cells", "resource",
                                                           "device_id"}
    for key, text in texts:
        shape = _RANDOM.get(key)
        if shape is not None:
            assert re.fullmatch(shape, text), (key, text)
            continue
        for needle in needles:
            assert needle not in text, (key, text)
    rows = [row for row in hub.cell_rows() if row[1] == "resource_not_working"]
    assert len(rows) == 1 and service not in repr(rows)


def test_a_report_with_no_activation_is_kept_and_counted_nowhere(db):
    from wellness_desk.resources.reports import record_not_working
    from wellness_desk.sync.cells import compute_cells

    record_not_working(db, contact_id=uid("phone", 1), service_id=uid("service", 1), now=NOW)
    assert db.execute("SELECT count(*) FROM resource_report").fetchone()[0] == 1
    assert not [k for k in compute_cells(db) if k[0] == "resource_not_working"]


def test_a_report_names_a_directory_entry_by_its_id(db):
    from wellness_desk.errors import WellnessError
    from wellness_desk.resources.reports import record_not_working

    with pytest.raises(WellnessError, match="contact_id") as caught:
        record_not_working(db, contact_id="988", service_id=uid("service", 1), now=NOW)
    assert caught.value.field == "contact_id"
    assert db.execute("SELECT count(*) FROM resource_report").fetchone()[0] == 0


def test_an_older_signed_edition_served_again_is_refused_and_the_newer_one_kept(
        hub, curator, db, db_path, tmp_path):
    # A broken-into hub replaying last year's file (correctly signed then) would bring back
    # a number since withdrawn.
    data_dir = db_path.parent
    old = _publish(hub, curator, tmp_path, edition="old",
                   published=datetime(2026, 5, 10, tzinfo=UTC))
    _connect(db, hub)
    _publish(hub, curator, tmp_path, edition="new")
    assert pull(db, data_dir, now=NOW).outcome == "installed"
    with stores.open_store(stores.store_path(data_dir)) as store:
        assert stores.get_meta(store, stores.CHECKED_META) is not None
    hub_store_envelope = tmp_path / "directory-old.signed.json"
    assert hub_store_envelope.read_bytes() == old
    _hub(hub, "import", str(hub_store_envelope))

    replayed = pull(db, data_dir, now=NOW)
    assert replayed.outcome == "refused"
    assert "older edition (2026-05-10)" in replayed.message
    assert _held(data_dir) == _canonical(edition="new")
