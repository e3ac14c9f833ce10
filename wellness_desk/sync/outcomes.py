"""What one sync run did, for the status bar, the log and the background worker's policy."""

from __future__ import annotations

from dataclasses import dataclass

OUTCOMES = ("synced", "up_to_date", "offline", "unauthorized", "rate_limited", "server_error",
            "not_connected", "quarantined", "time_up")
STOPPED_TEXT = ("Sync stopped: the hub no longer accepts this laptop — reconnect it on the "
                "Sync page")
NOT_CONNECTED_TEXT = "Sync: not connected to a hub"
# Setting: what went wrong with the last pull of the resource directory, in plain words,
# until a pull works (sync/resources_pull.py writes it, the status line shows it).
DIRECTORY_PROBLEM = "resources_pull_problem"


@dataclass(frozen=True)
class SyncResult:
    outcome: str  # one of OUTCOMES
    cells_sent: int
    batches: int
    quarantined: int
    retry_after_s: float | None
    message: str  # plain words for the status bar

    @property
    def ok(self) -> bool:
        """Everything waiting went out (some of it possibly quarantined)."""
        return self.outcome in ("synced", "up_to_date", "quarantined")


def result(outcome: str, sent: int, batches: int, quarantined_n: int, message: str,
           retry_after_s: float | None = None) -> SyncResult:
    return SyncResult(outcome=outcome, cells_sent=sent, batches=batches,
                      quarantined=quarantined_n, retry_after_s=retry_after_s, message=message)
