"""A laptop joins the hub with a one-time code: once, before it expires, however it is typed."""

from __future__ import annotations

import re
from datetime import timedelta

import httpx

from wellness_hub.store import CODE_ALPHABET

CODE = re.compile(rf"^[{CODE_ALPHABET}]{{4}}-[{CODE_ALPHABET}]{{4}}-[{CODE_ALPHABET}]{{4}}$")


def _enroll(hub, code):
    return httpx.post(f"{hub.url}/v1/enroll", json={"code": code}, timeout=10)


def test_a_code_works_once_and_names_the_activation(any_hub):
    code = any_hub.enrol("Summer Fest 2026", label="Tent laptop 2")
    assert CODE.match(code)

    first = _enroll(any_hub, code)
    assert first.status_code == 200
    body = first.json()
    assert set(body) == {"device_id", "token", "activation"}
    assert re.fullmatch(r"dev_[0-9a-f]{24}", body["device_id"])
    assert re.fullmatch(r"[A-Za-z0-9_-]{43}", body["token"])
    assert body["activation"] == "Summer Fest 2026"

    again = _enroll(any_hub, code)
    assert again.status_code == 403
    assert "already been used" in again.json()["detail"]
    with any_hub.store() as store:
        (row,) = store.devices()
    assert (row.id, row.activation, row.label) == (body["device_id"], "Summer Fest 2026",
                                                  "Tent laptop 2")


def test_case_dashes_and_spaces_are_ignored(any_hub):
    code = any_hub.enrol("Summer Fest 2026")
    typed = " " + code.replace("-", " ").lower() + "\n"
    assert _enroll(any_hub, typed).status_code == 200
    other = any_hub.enrol("Summer Fest 2026").replace("-", "")
    assert _enroll(any_hub, f"{other[:6]}-{other[6:]}").status_code == 200


def test_an_unknown_or_expired_code_is_refused(any_hub):
    unknown = _enroll(any_hub, "ABCD-EFGH-JKLM")
    assert unknown.status_code == 403
    assert unknown.json() == {"detail": "this enrolment code is not known to the hub"}

    with any_hub.store() as store:
        from wellness_hub.store import utc_now

        stale = store.create_enrolment("Summer Fest 2026", expires=timedelta(minutes=30),
                                       now=utc_now() - timedelta(hours=1))
    expired = _enroll(any_hub, stale)
    assert expired.status_code == 403
    assert "expired" in expired.json()["detail"]
    with any_hub.store() as store:
        assert store.devices() == []


def test_a_malformed_enrolment_body_is_422_without_echo(any_hub):
    for body in ({}, {"code": 123456789012}, {"code": "K7QF-2MXD-9PLA", "name": "Alice"},
                 {"code": "Q" * 65}):
        answer = httpx.post(f"{any_hub.url}/v1/enroll", json=body, timeout=10)
        assert answer.status_code == 422, body
        for issue in answer.json()["detail"]:
            assert set(issue) == {"loc", "msg"}
            assert "Alice" not in issue["msg"] and "QQQQ" not in issue["msg"]
