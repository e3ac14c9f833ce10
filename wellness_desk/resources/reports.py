""""This number did not work": one tap on a directory entry's contact method.

Kept in the main database (the taps' own, not the directory's file: a report survives a new
directory) and counted as the anonymous cell `resource_not_working` (sync/cells.py): the
contact's id and the ISO week, in the activation current when it was tapped. Nothing about
the person, the number dialled or the moment leaves the laptop.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from ..clock import to_utc_text
from ..db import immediate
from ..errors import WellnessError
from ..messages import msg

if TYPE_CHECKING:
    from sqlite_utils import Database


def _uuid(text: str, what: str) -> str:
    """A directory id in its canonical form (lower case, dashes): how the hub sums them."""
    try:
        return str(uuid.UUID(text.strip())) if isinstance(text, str) else ""
    except ValueError:
        pass
    raise WellnessError(msg("{field}: {text} is not a directory id (a uuid)", field=what,
                            text=repr(text)), field=what)


def record_not_working(db: Database, *, contact_id: str, service_id: str,
                       now: datetime) -> None:
    """Count one "this number did not work" for a contact method of a service."""
    contact = _uuid(contact_id, "contact_id")
    service = _uuid(service_id, "service_id")
    from ..activations import current_activation

    with immediate(db):
        current = current_activation(db)
        db.execute(
            "INSERT INTO resource_report (contact_id, service_id, reported_utc, activation_id)"
            " VALUES (?, ?, ?, ?)",
            [contact, service, to_utc_text(now), current.id if current else None])


def reported_count(db: Database, contact_id: str) -> int:
    """How many times this laptop said a contact method did not work (for the page)."""
    return db.execute("SELECT count(*) FROM resource_report WHERE contact_id = ?",
                      [_uuid(contact_id, "contact_id")]).fetchone()[0]
