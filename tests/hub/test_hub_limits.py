"""The per-address limit over real HTTP: wrong admin tokens and dashboard logins meet it, and
only a proxy named with `serve --trusted-proxy` may say who the caller is (and that it came
over https, for the session cookie's Secure flag)."""

from __future__ import annotations

import httpx

from tests.hubserver import HubServer

TIGHT = ["--caller-rate", "0.01", "--caller-burst", "5"]


def _tight_hub(tmp_path, *extra: str) -> HubServer:
    return HubServer(f"sqlite:///{tmp_path / 'hub.sqlite3'}", log_path=tmp_path / "hub.log",
                     extra_args=[*TIGHT, *extra])


def _totals(hub: HubServer, token: str, **headers: str) -> httpx.Response:
    return httpx.get(f"{hub.url}/v1/totals", timeout=10,
                     headers={"Authorization": f"Bearer {token}", **headers})


def test_wrong_admin_tokens_and_logins_are_limited_per_address(tmp_path):
    with _tight_hub(tmp_path) as hub:
        admin = hub.admin_token()
        # The admin's own calls spend nothing.
        assert [_totals(hub, admin).status_code for _ in range(8)] == [200] * 8
        statuses = [_totals(hub, f"guess-{n}").status_code for n in range(45)]
        assert statuses[:5] == [401] * 5
        assert set(statuses[5:]) == {429}
        limited = _totals(hub, "guess")
        assert int(limited.headers["Retry-After"]) >= 1
        assert set(limited.json()) == {"detail"}
        # Over the limit, the token is not even looked at: a right guess would learn nothing.
        assert _totals(hub, admin).status_code == 429
        missing = httpx.get(f"{hub.url}/v1/totals", timeout=10)
        assert missing.status_code == 429
        # The dashboard's login and a forged session cookie share the address's limit.
        assert httpx.post(f"{hub.url}/login", data={"token": admin},
                          timeout=10).status_code == 429
        forged = httpx.get(f"{hub.url}/", cookies={"hub_session": "forged"}, timeout=10)
        assert forged.status_code == 429


def _enrol_guess(hub: HubServer, **headers: str) -> httpx.Response:
    return httpx.post(f"{hub.url}/v1/enroll", timeout=10, headers=headers,
                      json={"code": "ABCD-EFGH-JKLM", "token": "t" * 43})


def test_forwarded_headers_are_ignored_unless_the_proxy_is_trusted(tmp_path):
    with _tight_hub(tmp_path) as hub:
        statuses = [
            _enrol_guess(hub, **{"X-Forwarded-For": f"10.0.0.{n}"}).status_code
            for n in range(8)
        ]
        # One address (this one), whatever the header says.
        assert statuses == [403] * 5 + [429] * 3
        # No https claimed by a header either: the session cookie is not marked Secure.
        hub.restart()  # a fresh limit
        login = httpx.post(f"{hub.url}/login", data={"token": hub.admin_token()}, timeout=10,
                           headers={"X-Forwarded-Proto": "https"})
        assert login.status_code == 303
        assert "secure" not in login.headers["set-cookie"].lower()


def test_a_trusted_proxy_names_the_caller_and_the_scheme(tmp_path):
    with _tight_hub(tmp_path, "--trusted-proxy", "127.0.0.1") as hub:
        by_client = [
            _totals(hub, "guess", **{"X-Forwarded-For": f"10.0.0.{n}"}).status_code
            for n in range(8)
        ]
        assert by_client == [401] * 8  # eight callers behind the proxy, one guess each
        one_client = [_totals(hub, "guess", **{"X-Forwarded-For": "10.0.0.99"}).status_code
                      for _ in range(6)]
        assert one_client == [401] * 5 + [429]
        login = httpx.post(f"{hub.url}/login", data={"token": hub.admin_token()}, timeout=10,
                           headers={"X-Forwarded-Proto": "https", "X-Forwarded-For": "10.0.1.1"})
        assert login.status_code == 303
        assert "secure" in login.headers["set-cookie"].lower()
