"""Which directory lines may be printed: one rule for the tour sheet, the country card and
the resource card ("Print a card for this"), so no path prints a number the others refuse.

A printed number outlives the screen it came from (it is folded into a wallet for months),
so only an active service's line with a source and check date, a dialable non-fictional
number, and a check no older than 12 months (unless stale lines were asked for, and are
then marked) is printed.
"""

from __future__ import annotations

from datetime import date

from .. import settings
from ..errors import WellnessError
from .hours import STALE_MONTHS, freshness
from .model import Contact, Service


def line_problem(service: Service, contact: Contact, *, today: date,
                 include_stale: bool = False) -> str | None:
    """Why this line must not be printed, in a sentence after its name; None: it may."""
    if service.status != "active":
        return f"the service is {service.status}: a closed line is not printed"
    checked = contact.assured_date or service.assured_date
    if checked is None or not (contact.source_url or service.url):
        return ("no source and check date in the directory, so it is never printed: check "
                "it and update the directory")
    try:
        number = settings.check_help_line_number(contact.number)
    except WellnessError as e:
        return str(e).removeprefix("help line number: ")
    if not number:
        return "the number is empty"
    if freshness(checked, today) == "stale" and not include_stale:
        return (f"last checked {checked.isoformat()}, more than {STALE_MONTHS} months ago: "
                "re-check it, or print stale lines marked \"not re-checked since\"")
    return None
