"""Anonymous sync with the hub (no Qt). docs/sync-protocol.md is the contract.

One module a job, from what leaves the laptop to when the next sync runs:

- `cells`: the count cells, the only thing that leaves the laptop;
- `bodies`: the exact body of a push, and the preview of what goes next;
- `urls`: the hub's address as stored (https, or http to a nearby host), and its proxy;
- `transport`: every request bounded by wall time, every answer by size;
- `answers`: what the hub's answer (or the lack of one) means, in plain words;
- `link`: this laptop's connection to a hub as the database keeps it;
- `hub_token`: the hub token's life in the OS keyring (made, kept, read, removed);
- `enrol`: connecting with an enrolment code, and disconnecting;
- `push`: one sync run (and sending a refused batch again);
- `catch_up`: a database put back from a copy adopts what the hub counted after the copy;
- `quarantine`: batches the hub refused, kept for a person to look at;
- `log`: the local log of requests (counts and outcomes only);
- `outcomes`: what one run did (`SyncResult`);
- `status`: the status bar's line and the Sync page's figures;
- `words`: the plain words the log, the answers and the status share;
- `policy`: when the background sync tries again, waits or stops.

Only `cells` is imported here: the others bring httpx, which the window need not load at
start-up.
"""

from ..errors import WellnessError
from .cells import Cell, cell_payload, payload_bytes, pending_cells, refresh_cells


class SyncError(WellnessError):
    """Local misuse of the sync (a bad address or code, no safe keyring): plain words.

    Network trouble is never one: it is an outcome (a laptop at a festival is offline more
    often than not)."""


__all__ = ["Cell", "SyncError", "cell_payload", "payload_bytes", "pending_cells",
           "refresh_cells"]
