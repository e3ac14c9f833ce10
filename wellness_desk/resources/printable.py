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
from ..messages import msg, unlabelled
from .hours import STALE_MONTHS, freshness
from .model import Contact, Service


def line_problem(service: Service, contact: Contact, *, today: date,
                 include_stale: bool = False) -> str | None:
    """Why this line must not be printed, in a sentence after its name; None: it may."""
    if service.status != "active":
        return _closed(service.status)
    checked = contact.assured_date or service.assured_date
    if checked is None or not (contact.source_url or service.url):
        return msg("no source and check date in the directory, so it is never printed: check "
                   "it and update the directory")
    try:
        number = settings.check_help_line_number(contact.number)
    except WellnessError as e:
        return unlabelled(e.args[0], "help line number")
    if not number:
        return msg("the number is empty")
    if freshness(checked, today) == "stale" and not include_stale:
        return msg("last checked {day}, more than {months} months ago: re-check it, or print "
                   "stale lines marked \"not re-checked since\"", day=checked.isoformat(),
                   months=STALE_MONTHS)
    return None


def _closed(status: str) -> str:
    # One sentence for each of HSDS's statuses: the status is a word inside it.
    if status == "inactive":
        return msg("the service is inactive: a closed line is not printed")
    if status == "defunct":
        return msg("the service is defunct: a closed line is not printed")
    if status == "temporarily closed":
        return msg("the service is temporarily closed: a closed line is not printed")
    return msg("the service is {status}: a closed line is not printed", status=status)
