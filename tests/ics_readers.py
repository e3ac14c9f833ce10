"""Reading our .ics files back with readers that share no code with the writer.

- vobject: places a TZID time with the file's own VTIMEZONE (through dateutil's tzical),
  not with a time zone database, so a wrong VTIMEZONE shows.
- libical (the C library behind Evolution and many servers), through its GObject binding
  in the system's Python: `python3-gi` and `gir1.2-ical-3.0` on Debian. It too places times
  with the file's VTIMEZONE, and it checks RFC 5546's restrictions.

Each reader gives {uid: Read}, instants in UTC, so a test compares them with zoneinfo's.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import pytest

_LIBICAL_SCRIPT = Path(__file__).with_name("_libical_reader.py")
_SYSTEM_PYTHONS = ("/usr/bin/python3", "/usr/local/bin/python3")


@dataclass(frozen=True)
class Read:
    start: datetime
    end: datetime
    status: str | None
    sequence: int | None


def vobject_events(data: bytes) -> dict[str, Read]:
    import vobject
    import vobject.icalendar

    # vobject keeps every VTIMEZONE it has read by TZID for the whole process and reuses it:
    # a file's own VTIMEZONE (ours cover only the years it needs) must place its times,
    # not one a test before it read.
    getattr(vobject.icalendar, "__tzidMap").clear()
    cal = vobject.readOne(data.decode("utf-8"))
    out = {}
    for event in getattr(cal, "vevent_list", []):
        start, end = event.dtstart.value, event.dtend.value
        assert start.tzinfo is not None and end.tzinfo is not None, "a floating time"
        status = event.status.value if hasattr(event, "status") else None
        sequence = int(event.sequence.value) if hasattr(event, "sequence") else None
        out[event.uid.value] = Read(start.astimezone(UTC), end.astimezone(UTC), status,
                                    sequence)
    return out


@cache
def _libical_python() -> str | None:
    for python in _SYSTEM_PYTHONS:
        if not Path(python).exists():
            continue
        probe = subprocess.run(
            [python, "-c", "import gi; gi.require_version('ICalGLib', '3.0');"
                           "from gi.repository import ICalGLib"],
            capture_output=True, timeout=60)
        if probe.returncode == 0:
            return python
    return None


@dataclass(frozen=True)
class LibicalRead:
    events: dict[str, Read]
    restrictions_met: bool
    errors: list[str]  # the X-LIC-ERROR properties libical put in while parsing


def libical(data: bytes) -> LibicalRead:
    python = _libical_python()
    if python is None:
        pytest.skip("libical's Python binding is not installed "
                    "(Debian: apt-get install python3-gi gir1.2-ical-3.0)")
    done = subprocess.run([python, str(_LIBICAL_SCRIPT)], input=data, capture_output=True,
                          timeout=120, check=True)
    found = json.loads(done.stdout)
    events = {
        e["uid"]: Read(datetime.fromtimestamp(e["start"], UTC),
                       datetime.fromtimestamp(e["end"], UTC), e["status"], e["sequence"])
        for e in found["events"]
    }
    return LibicalRead(events, found["restrictions_met"], found["errors"])


def independent_readers() -> list[tuple[str, object]]:
    """(name, reader) for each reader: reader(data) -> {uid: Read}."""
    return [("vobject", vobject_events), ("libical", lambda data: libical(data).events)]
