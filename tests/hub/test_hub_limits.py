"""The per-address limit over real HTTP: wrong admin tokens and dashboard logins meet it, and
only a proxy named with `serve --trusted-proxy` may say who the caller is (and that it came
over https, for the session cookie's Secure flag). The buckets of addresses gone quiet are
forgotten, on a clock the test moves, with no answer changed."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from hypothesis import given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from tests.hubserver import HubServer
from wellness_hub.app import TokenBuckets, create_app


class Clock:
    """Seconds that pass only when the test says so."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

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


def test_addresses_that_go_quiet_are_forgotten_so_the_store_stays_small():
    clock = Clock()
    callers = TokenBuckets(1.0, 30, clock=clock)  # the hub's default per-address limit
    sizes = []
    for second in range(600):  # ten minutes of 50 new addresses a second, one call each
        for n in range(50):
            assert callers.take(f"10.{second // 256}.{second % 256}.{n}") == 0
        sizes.append(len(callers))
        clock.now += 1
    # Only the last 30 seconds' addresses are kept (a bucket idle for burst / rate is full).
    assert max(sizes) == 30 * 50
    clock.now += callers.idle_after
    callers.take("192.0.2.1")
    assert len(callers) == 1


def test_a_drained_address_is_remembered_while_it_fills_up():
    clock = Clock()
    callers = TokenBuckets(0.01, 5, clock=clock)  # `serve --caller-rate 0.01 --caller-burst 5`
    assert [callers.take("guesser") for _ in range(5)] == [0.0] * 5
    assert callers.take("guesser") == pytest.approx(100)
    for n in range(1000):  # others come and go meanwhile
        clock.now += 0.05
        callers.take(f"10.1.{n // 256}.{n % 256}")
    assert callers.take("guesser") == pytest.approx(50)  # half a token back, not a fresh five


class NeverForgets:
    """The buckets as they were before idle ones were dropped: the reference."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate, self.burst, self.buckets = rate, burst, {}

    def take(self, key: str, now: float) -> float:
        tokens, last = self.buckets.get(key, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - last) * self.rate)
        self.buckets[key] = (tokens - 1, now) if tokens >= 1 else (tokens, now)
        return 0.0 if tokens >= 1 else (1 - tokens) / self.rate


@hyp_settings(max_examples=200, deadline=None)
@given(rate=st.sampled_from([0.01, 0.5, 1.0, 10.0]), burst=st.integers(1, 6),
       calls=st.lists(st.tuples(st.sampled_from("abcd"),
                                st.floats(0, 20, allow_nan=False)), max_size=80))
def test_forgetting_idle_buckets_changes_no_answer(rate, burst, calls):
    clock = Clock()
    buckets, reference = TokenBuckets(rate, burst, clock=clock), NeverForgets(rate, burst)
    for key, pause in calls:
        clock.now += pause * buckets.idle_after / 10
        assert buckets.take(key) == reference.take(key, clock.now)


def test_a_bucket_is_forgotten_only_once_it_would_be_full_again():
    # 3 / 0.7 * 0.7 is a hair under 3 in floating point: not yet full, so kept.
    clock = Clock(0.0)
    buckets, reference = TokenBuckets(0.7, 3, clock=clock), NeverForgets(0.7, 3)
    for _ in range(4):
        assert buckets.take("a") == reference.take("a", clock.now)
    clock.now += buckets.idle_after
    for key in ("b", "a", "a", "a", "a"):
        assert buckets.take(key) == reference.take(key, clock.now)
    assert len(buckets) == 2


def test_the_hub_forgets_the_callers_gone_quiet(tmp_path):
    clock = Clock()
    app = create_app(f"sqlite:///{tmp_path / 'hub.sqlite3'}", caller_rate=1.0,
                     caller_burst=2, clock=clock)

    async def guess(address: str) -> int:
        transport = httpx.ASGITransport(app=app, client=(address, 40000))
        async with httpx.AsyncClient(transport=transport, base_url="http://hub") as client:
            answer = await client.get("/v1/totals", headers={"Authorization": "Bearer guess"})
        return answer.status_code

    async def calls() -> list[int]:
        statuses = []
        for minute in range(5):  # 40 new addresses a minute, three wrong guesses each
            for n in range(40):
                statuses += [await guess(f"10.0.{minute}.{n}") for _ in range(3)]
            assert len(app.state.callers) == 40  # the last minute's: 2 s of quiet is enough
            clock.now += 60
        return statuses

    statuses = asyncio.run(calls())
    assert statuses == [401, 401, 429] * 200  # the limit holds for every one of them
