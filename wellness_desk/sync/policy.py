"""When the background sync runs next: again soon, after a wait, every few minutes, or not
until a person acts. No Qt: the worker (ui/sync_worker.py) runs the timers and the thread,
and asks this what to do next.

The rules, all of them here:

- A sync that went (some batches possibly set aside as refused): the regular sync, every
  few minutes.
- The run's time was up while the hub answered: the rest goes soon (`Backoff.min_delay`),
  not after a backoff.
- The hub asked to slow down: after its Retry-After (never sooner than `min_delay`); without
  one, after a backoff.
- The hub unreachable, or a problem at the hub: after a backoff that grows with each failure
  in a row.
- The hub refused this laptop (401): nothing until it is connected again (a new code can
  help, a timer cannot), nor when the network comes back.
- No link, or it changed during the sync: not a failure of the hub. What the link then is
  decides: a link seen for the first time (at start, made by the command line, or during a
  sync) syncs soon (`first_sync_s`), so the window's first pages load first; a link that may
  sync with nothing planned gets the regular sync; no link that may sync, nothing planned.
- The network came back: sync at once, when linked and not refused.

Whatever the last attempt said, a connected laptop never stops syncing on its own: only a
401 or no link stops it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .link import Link
    from .outcomes import SyncResult


class Backoff:
    """How long to wait after failures: exponential with full jitter.

    delay(n) is uniform in [0, min(cap, base · 2^n)], but never below `min_delay`: many
    laptops coming back online at once spread out instead of hitting the hub together.
    """

    def __init__(self, base: float = 5.0, cap: float = 900.0,
                 rng: random.Random | None = None, *, min_delay: float = 1.0) -> None:
        if not (base > 0 and cap > 0 and 0 <= min_delay <= cap):
            raise ValueError("Backoff needs base > 0, cap > 0 and 0 <= min_delay <= cap")
        self.base = float(base)
        self.cap = float(cap)
        self.min_delay = float(min_delay)
        self.rng = rng or random.Random()

    def delay(self, failures: int) -> float:
        """Seconds to wait after `failures` failures in a row (0 for the first retry)."""
        if failures < 0:
            raise ValueError("failures must not be negative")
        # 2.0 ** 1100 overflows a float; the cap is reached long before 2 ** 60 anyway.
        ceiling = min(self.cap, self.base * 2.0 ** min(failures, 60))
        return max(self.min_delay, self.rng.uniform(0.0, ceiling))


class Timer(Enum):
    """What the worker's timers do."""

    REGULAR = "regular"  # (re)start the sync every few minutes
    ONCE = "once"  # one sync after `Next.after_s` (a regular sync, if planned, stays so)
    NONE = "none"  # nothing planned: a person must act
    AS_IS = "as_is"  # a sync is planned already: leave it


@dataclass(frozen=True)
class Next:
    timer: Timer
    after_s: float = 0.0  # with Timer.ONCE


REGULAR = Next(Timer.REGULAR)
NOTHING = Next(Timer.NONE)
AS_IS = Next(Timer.AS_IS)


def once(after_s: float) -> Next:
    return Next(Timer.ONCE, after_s)


class SyncPolicy:
    """The background sync's rules (see the module), with what they remember: failures in a
    row, whether the hub refused this laptop, and which link was last seen."""

    def __init__(self, *, first_sync_s: float, backoff: Backoff | None = None) -> None:
        self.first_sync_s = first_sync_s
        self.backoff = backoff or Backoff()
        self.failures = 0  # in a row
        self.linked = False  # connected to a hub, as last seen
        self.refused = False  # the hub answered 401: nothing to retry until reconnected
        self._ready_link: str | None = None  # the device id of the link that may sync

    def after_sync(self, result: SyncResult) -> Next:
        """When to sync again, from how this attempt went."""
        if result.ok:
            self.failures = 0
            self.refused = False
            return REGULAR
        if result.outcome == "not_connected":
            # No link, or it changed during the sync (connected anew meanwhile): the link
            # seen next (`seen`) plans the new link's first sync.
            return NOTHING
        if result.outcome == "unauthorized":
            self.refused = True
            return NOTHING
        if result.outcome == "time_up":
            self.failures = 0
            return once(self.backoff.min_delay)
        self.failures += 1
        if result.outcome == "rate_limited" and result.retry_after_s is not None:
            return once(max(self.backoff.min_delay, result.retry_after_s))
        return once(self.backoff.delay(self.failures))

    def seen(self, current: Link | None, *, planned: bool) -> Next:
        """What to do now that the link reads `current` (`planned`: a sync is planned)."""
        self.linked = current is not None
        self.refused = current is not None and current.stopped
        ready = current.device_id if current is not None and not current.stopped else None
        new_link = ready is not None and ready != self._ready_link
        self._ready_link = ready
        if ready is None:
            return NOTHING
        if planned:
            return AS_IS
        return once(self.first_sync_s) if new_link else REGULAR

    def connected(self) -> None:
        """A new link was made here; its first sync follows at once."""
        self.failures = 0
        self.refused = False

    def disconnected(self) -> Next:
        self.failures = 0
        self.refused = False
        return NOTHING

    def sync_when_online(self, online: bool) -> bool:
        """Whether the network coming back (or going) is a reason to sync now."""
        return online and self.linked and not self.refused
