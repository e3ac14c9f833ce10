"""Directories for the tests of signing, the hub's import and the desk's pull: built from the
model (real lines' shapes, uuids for ids), written with the package's own JSON form."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from wellness_desk.resources.model import Area, Contact, Directory, Hours, Organization, Service

PUBLISHED = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
_NS = uuid.UUID("6f1c7a52-94d5-4c1e-8a7e-4f1d2b3c4a5e")


def uid(*parts: object) -> str:
    """A stable uuid per name: the same directory gives the same ids in every test."""
    return str(uuid.uuid5(_NS, "/".join(str(p) for p in parts)))


def directory(services: int = 3, *, edition: str = "a", number: str = "988",
              published: datetime = PUBLISHED) -> Directory:
    """`services` crisis lines of one organisation; `edition` changes every name, `number`
    the first line's number (what a swap would change)."""
    org = Organization(id=uid("org"), name=f"Helplines {edition}", website="https://example.org")
    out = []
    for n in range(services):
        out.append(Service(
            id=uid("service", n), organization_id=org.id, name=f"Line {n} {edition}",
            status="active", tz="America/New_York", kinds=("crisis-line",),
            areas=(Area(country="US"),), languages=("en",),
            assured_date=date(2026, 5, 1), url="https://example.org/line",
            contacts=(Contact(
                id=uid("phone", n), number=number if n == 0 else f"1-800-273-{8000 + n:04d}",
                type="voice", languages=("en",), always_open=n % 2 == 0,
                hours=() if n % 2 == 0 else (Hours(0, "09:00", "17:00"),),
                assured_date=date(2026, 5, 1), source_url="https://example.org/line"),),
        ))
    return Directory(organizations=(org,), services=tuple(out), published=published,
                     title=f"Test directory {edition}")
