"""When the background sync runs next, as plain rules (no Qt, no hub): a hub that is down is
tried again after growing waits, a hub that asks to slow down is obeyed, a run cut short goes
on soon, a refused laptop waits for a person, and a new link syncs shortly after it is seen."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from wellness_desk.sync.link import Link
from wellness_desk.sync.outcomes import SyncResult
from wellness_desk.sync.policy import AS_IS, NOTHING, REGULAR, Backoff, SyncPolicy, Timer, once

FIRST_SYNC_S = 3.0


class _Highest(random.Random):
    """Jitter at its top: every wait is the most the backoff allows."""

    def uniform(self, a: float, b: float) -> float:
        return b


def _result(outcome: str, retry_after: float | None = None) -> SyncResult:
    return SyncResult(outcome=outcome, cells_sent=0, batches=0, quarantined=0,
                      retry_after_s=retry_after, message="")


def _link(device_id: str = "dev_0123456789abcdef01234567", *, stopped: bool = False) -> Link:
    return Link(hub_url="https://hub.example.org", device_id=device_id,
                hub_activation="Summer Fest", activation_uid="a" * 32,
                activation_name="Test Fest", acked_revision=0,
                connected_utc="2026-07-04T12:00:00.000000Z", stopped=stopped)


def _policy(rng: random.Random | None = None) -> SyncPolicy:
    return SyncPolicy(first_sync_s=FIRST_SYNC_S, backoff=Backoff(rng=rng or _Highest()))


def _waits(policy: SyncPolicy, outcomes: list[str]) -> list[float | None]:
    plans = [policy.after_sync(_result(o)) for o in outcomes]
    return [p.after_s if p.timer is Timer.ONCE else None for p in plans]


# -- the backoff -------------------------------------------------------------------------------


@hyp_settings(max_examples=300, deadline=None)
@given(failures=st.integers(0, 5000), seed=st.integers(0, 2**32),
       base=st.floats(0.1, 60), cap=st.floats(1, 3600), min_delay=st.floats(0, 1))
def test_backoff_stays_within_its_bounds(failures, seed, base, cap, min_delay):
    backoff = Backoff(base, cap, random.Random(seed), min_delay=min_delay)
    delay = backoff.delay(failures)
    assert min_delay <= delay <= max(min_delay, min(cap, base * 2.0 ** min(failures, 60)))


def test_backoff_is_exponential_with_full_jitter():
    backoff = Backoff(rng=random.Random(7))
    first = [backoff.delay(0) for _ in range(2000)]
    fifth = [backoff.delay(4) for _ in range(2000)]
    late = [backoff.delay(40) for _ in range(2000)]
    assert min(first) >= 1.0 and max(first) <= 5.0
    # Full jitter: spread over the whole range, not bunched at the top.
    assert min(fifth) < 10 and max(fifth) > 70 and max(fifth) <= 80
    assert max(late) <= 900 and 400 < sum(late) / len(late) < 500
    # The same seed gives the same waits (tests and benches can reproduce a run).
    assert [Backoff(rng=random.Random(3)).delay(n) for n in range(10)] == [
        Backoff(rng=random.Random(3)).delay(n) for n in range(10)]


def test_backoff_refuses_nonsense():
    with pytest.raises(ValueError):
        Backoff().delay(-1)
    for args in ((0, 10), (5, 0), (-1, 10)):
        with pytest.raises(ValueError):
            Backoff(*args)


# -- after a sync --------------------------------------------------------------------------------


def test_a_hub_that_stays_down_is_tried_after_waits_that_double_up_to_the_cap():
    policy = _policy()
    # base 5 s: at most 10, 20, 40 … seconds after 1, 2, 3 … failures in a row, never past
    # 15 minutes.
    assert _waits(policy, ["offline"] * 9) == [10, 20, 40, 80, 160, 320, 640, 900, 900]
    assert policy.failures == 9


def test_a_problem_at_the_hub_backs_off_like_no_network():
    assert _waits(_policy(), ["server_error", "offline", "server_error"]) == [10, 20, 40]


def test_one_sync_that_goes_starts_the_waits_afresh():
    policy = _policy()
    assert _waits(policy, ["offline", "offline"]) == [10, 20]
    for went in ("synced", "up_to_date", "quarantined"):
        assert policy.after_sync(_result(went)) == REGULAR
        assert policy.failures == 0
        assert _waits(policy, ["offline"]) == [10]


def test_a_hub_that_asks_to_slow_down_is_tried_when_it_said():
    policy = _policy()
    assert policy.after_sync(_result("rate_limited", 30.0)) == once(30.0)
    # Never sooner than the least wait, even when told "now".
    assert policy.after_sync(_result("rate_limited", 0.0)) == once(1.0)
    # Without a Retry-After it is a failure like the others: the backoff grows.
    assert policy.failures == 2
    assert policy.after_sync(_result("rate_limited")) == once(40.0)


def test_a_run_whose_time_was_up_goes_on_soon_and_is_no_failure():
    policy = _policy()
    assert _waits(policy, ["offline", "offline"]) == [10, 20]
    # The hub answers; the run's time was up with more to send: the rest goes soon, not
    # after a backoff.
    assert policy.after_sync(_result("time_up")) == once(1.0)
    assert policy.failures == 0
    assert _waits(policy, ["offline"]) == [10]


def test_waits_are_spread_over_the_whole_range():
    # Full jitter with a real generator: many laptops back online at once do not all come
    # back together (first failure: 1 to 10 s).
    waits = [_policy(random.Random(seed)).after_sync(_result("offline")).after_s
             for seed in range(300)]
    assert min(waits) >= 1.0 and max(waits) <= 10.0
    assert min(waits) < 2.5 and max(waits) > 8.5


# -- the link, the network --------------------------------------------------------------------


def test_a_refused_laptop_waits_for_a_person_even_when_the_network_comes_back():
    policy = _policy()
    assert policy.seen(_link(), planned=False) == once(FIRST_SYNC_S)
    assert policy.sync_when_online(True)
    assert policy.after_sync(_result("unauthorized")) == NOTHING
    assert not policy.sync_when_online(True)
    # As the database then says it: stopped. Nothing is planned, however often it is read.
    assert policy.seen(_link(stopped=True), planned=False) == NOTHING
    assert policy.seen(_link(stopped=True), planned=False) == NOTHING
    assert not policy.sync_when_online(True)

    # Connected again with a new code: a new device, synced soon, and the network counts.
    policy.connected()
    assert policy.seen(_link("dev_fedcba9876543210fedcba98"), planned=False) == once(
        FIRST_SYNC_S)
    assert policy.sync_when_online(True)


def test_a_link_is_synced_soon_when_first_seen_then_every_few_minutes():
    policy = _policy()
    assert policy.seen(None, planned=False) == NOTHING
    assert not policy.sync_when_online(True)
    # Connected from the command line while the window is open: seen at the next read.
    assert policy.seen(_link(), planned=False) == once(FIRST_SYNC_S)
    assert policy.seen(_link(), planned=True) == AS_IS  # the first sync is planned
    assert policy.seen(_link(), planned=False) == REGULAR
    assert policy.sync_when_online(True) and not policy.sync_when_online(False)
    # Reconnected behind the window's back: another device, a first sync of its own.
    assert policy.seen(_link("dev_fedcba9876543210fedcba98"), planned=True) == AS_IS
    assert policy.seen(_link(), planned=True) == AS_IS
    assert policy.seen(_link("dev_fedcba9876543210fedcba98"), planned=False) == once(
        FIRST_SYNC_S)


def test_a_link_changed_during_a_sync_keeps_the_sync_going():
    policy = _policy()
    assert policy.seen(_link(), planned=False) == once(FIRST_SYNC_S)
    # The sync found its link replaced meanwhile: no failure of the hub, nothing planned
    # for the old link …
    assert policy.after_sync(_result("not_connected")) == NOTHING
    assert policy.failures == 0
    # … and the link read next decides: the same one goes on, a new one syncs soon.
    assert policy.seen(_link(), planned=False) == REGULAR
    assert policy.seen(_link("dev_fedcba9876543210fedcba98"), planned=False) == once(
        FIRST_SYNC_S)


def test_disconnecting_plans_nothing_and_forgets_the_failures():
    policy = _policy()
    policy.seen(_link(), planned=False)
    _waits(policy, ["offline", "offline", "unauthorized"])
    assert policy.disconnected() == NOTHING
    assert policy.failures == 0 and not policy.refused
    assert policy.seen(None, planned=True) == NOTHING
    assert not policy.sync_when_online(True)


def test_after_each_outcome_the_next_sync_is_planned_as_the_rules_say():
    policy = _policy(random.Random(1))
    assert policy.after_sync(_result("rate_limited", 30.0)) == once(30.0)
    assert policy.after_sync(_result("rate_limited", 0.0)) == once(1.0)
    for failing in ("rate_limited", "offline", "server_error"):
        plan = policy.after_sync(_result(failing))
        assert plan.timer is Timer.ONCE
        assert 1.0 <= plan.after_s <= 5.0 * 2 ** policy.failures
    assert policy.after_sync(_result("time_up")) == once(1.0)
    for went in ("synced", "up_to_date", "quarantined"):
        assert policy.after_sync(_result(went)) == REGULAR
    for needs_a_person in ("unauthorized", "not_connected"):
        assert policy.after_sync(_result(needs_a_person)) == NOTHING


@pytest.mark.parametrize("outcome", ["synced", "up_to_date", "quarantined"])
def test_a_sync_that_went_means_the_hub_takes_this_laptop_again(outcome):
    # Refused as last read (say, before a reconnect from the command line was seen).
    policy = _policy()
    policy.seen(_link(stopped=True), planned=False)
    assert policy.refused and not policy.sync_when_online(True)
    assert policy.after_sync(_result(outcome)) == REGULAR
    assert not policy.refused
