"""Anonymous sync with the hub (no Qt): count cells now; enrolment and push to come."""

from .cells import Cell, cell_payload, payload_bytes, pending_cells, refresh_cells

__all__ = ["Cell", "cell_payload", "payload_bytes", "pending_cells", "refresh_cells"]
