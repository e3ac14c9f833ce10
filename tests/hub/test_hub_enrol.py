"""A laptop joins the hub with a one-time code: once, before it expires, however it is typed."""

from __future__ import annotations

import json
import re
import secrets
from datetime import timedelta

import httpx

from wellness_hub.store import CODE_ALPHABET

CODE = re.compile(rf"^[{CODE_ALPHABET}]{{4}}-[{CODE_ALPHABET}]{{4}}-[{CODE_ALPHABET}]{{4}}$")


def _enroll(hub, code, token=None):
    token = token or secrets.token_urlsafe(32)
    return httpx.post(f"{hub.url}/v1/enroll", json={"code": code, "token": token}, timeout=10)


def test_a_code_works_once_and_names_the_activation(any_hub):
    code = any_hub.enrol("Summer Fest 2026", label="Tent laptop 2")
    assert CODE.match(code)

    token = secrets.token_urlsafe(32)
    first = _enroll(any_hub, code, token)
    assert first.status_code == 200
    body = first.json()
    assert set(body) == {"device_id", "activation", "curator_keys"}  # never the token
    assert re.fullmatch(r"dev_[0-9a-f]{24}", body["device_id"])
    assert body["activation"] == "Summer Fest 2026"
    assert first.headers["Cache-Control"] == "no-store"

    # The same laptop asking again (its answer was lost): the same device, no new one.
    assert _enroll(any_hub, code, token).json() == body
    again = _enroll(any_hub, code)  # anyone else
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
    token = secrets.token_urlsafe(32)
    for body in ({}, {"code": 123456789012, "token": token},
                 {"code": "K7QF-2MXD-9PLA", "token": token, "Alice Smith 07700": "x"},
                 {"code": "Q" * 65, "token": token}, {"code": "K7QF-2MXD-9PLA"},
                 {"code": "K7QF-2MXD-9PLA", "token": "short"}):
        answer = httpx.post(f"{any_hub.url}/v1/enroll", json=body, timeout=10)
        assert answer.status_code == 422, body
        for issue in answer.json()["detail"]:
            assert set(issue) == {"loc", "msg"}
            # Neither the values nor an unknown field's name are sent back.
            assert "Alice" not in json.dumps(issue) and "QQQQ" not in issue["msg"]


def test_guessing_codes_from_one_address_is_slowed_down(tmp_path):
    """Enrolment, dashboard login and unknown tokens are limited per address: a flood of
    guesses gets 429 (with Retry-After) and never a device."""
    from tests.hubserver import HubServer

    with HubServer(f"sqlite:///{tmp_path / 'hub.sqlite3'}", log_path=tmp_path / "hub.log",
                   extra_args=["--caller-rate", "0.01", "--caller-burst", "3"]) as hub:
        answers = [_enroll(hub, "ABCD-EFGH-JKLM").status_code for _ in range(3)]
        assert answers == [403, 403, 403]
        limited = _enroll(hub, hub.enrol("Summer Fest 2026"))
        assert limited.status_code == 429 and int(limited.headers["Retry-After"]) >= 1
        login = httpx.post(f"{hub.url}/login", data={"token": "guess"}, timeout=10)
        assert login.status_code == 429
        with hub.store() as store:
            assert store.devices() == []
