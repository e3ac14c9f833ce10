"""Anonymous sync with the hub (no Qt): `cells` (what may leave), `client` (the push).

The client is not imported here: it brings httpx, which the window need not load at start-up.
"""

from .cells import Cell, cell_payload, payload_bytes, pending_cells, refresh_cells

__all__ = ["Cell", "cell_payload", "payload_bytes", "pending_cells", "refresh_cells"]
