"""Run by the system's Python (not the project's venv): read an .ics from stdin with libical
and print what it understood as JSON. See tests/ics_readers.py."""

import json
import sys

import gi

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib as ical  # noqa: E402


def _value(component, kind):
    prop = component.get_first_property(kind)
    return None if prop is None else prop.get_value_as_string()


def _errors(component, found):
    prop = component.get_first_property(ical.PropertyKind.XLICERROR_PROPERTY)
    while prop is not None:
        found.append(" ".join(prop.as_ical_string().replace("\r\n ", "").split()))
        prop = component.get_next_property(ical.PropertyKind.XLICERROR_PROPERTY)
    child = component.get_first_component(ical.ComponentKind.ANY_COMPONENT)
    while child is not None:
        _errors(child, found)
        child = component.get_next_component(ical.ComponentKind.ANY_COMPONENT)


def main() -> None:
    calendar = ical.Component.new_from_string(sys.stdin.buffer.read().decode("utf-8"))
    # The check adds X-LIC-ERROR properties for what RFC 5546 (iTIP) does not allow.
    met = bool(ical.restriction_check(calendar))
    errors: list[str] = []
    _errors(calendar, errors)
    events = []
    event = calendar.get_first_component(ical.ComponentKind.VEVENT_COMPONENT)
    while event is not None:
        # Each time is placed with the VTIMEZONE of its TZID in this file (or is UTC).
        start, end = event.get_dtstart(), event.get_dtend()
        sequence = _value(event, ical.PropertyKind.SEQUENCE_PROPERTY)
        events.append({
            "uid": event.get_uid(),
            "start": start.as_timet_with_zone(start.get_timezone()),
            "end": end.as_timet_with_zone(end.get_timezone()),
            "status": _value(event, ical.PropertyKind.STATUS_PROPERTY),
            "sequence": None if sequence is None else int(sequence),
        })
        event = calendar.get_next_component(ical.ComponentKind.VEVENT_COMPONENT)
    json.dump({"events": events, "restrictions_met": met, "errors": errors}, sys.stdout)


main()
