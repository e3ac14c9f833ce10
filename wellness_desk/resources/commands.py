"""`wellness-desk resources …`: import, export, search, pull (the CLI's side of the package)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TypeVar

from ..errors import WellnessError
from ..messages import msg

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime
    from pathlib import Path

    from sqlite_utils import Database

    from .model import Directory
    from .store import Store

T = TypeVar("T")


def run(db: Database, args: argparse.Namespace) -> int:
    action = args.resources_command
    if action == "import":
        return _import(db, args)
    if action == "export":
        return _export(db, args)
    if action == "search":
        return _search(db, args)
    if action == "pull":
        return _pull(db, args)
    if action == "tour-sheet":
        return _tour_sheet(db, args)
    if action == "country-card":
        return _country_card(db, args)
    raise AssertionError(f"unhandled resources action {action}")


# The tour sheet and the country card (resource_print).
def _tour_sheet(db: Database, args: argparse.Namespace) -> int:
    from .. import resource_print
    from ..clock import utcnow

    inputs = resource_print.read_inputs(db, activation=args.activation)
    plan = resource_print.plan_tour_sheet_from(inputs, now=utcnow(), language=args.lang,
                                               include_stale=args.include_stale,
                                               paper=args.paper)
    pages = resource_print.save_tour_sheet(plan, args.pdf)
    stale = sum(line.stale for stop in plan.stops for line in stop.lines + stop.services)
    bare = [stop.city for stop in plan.stops if not stop.lines]
    print(f"{args.pdf}: tour sheet of {plan.tour}, {len(plan.stops)} stop"
          f"{'s' if len(plan.stops) != 1 else ''} on {pages} page{'s' if pages != 1 else ''}"
          f" ({args.lang})")
    if bare:
        print(f"  no verified crisis line in the directory for: {', '.join(bare)} (the "
              "sheet says to call local emergency services)")
    if stale:
        print(f"  {stale} line{'s' if stale != 1 else ''} marked not re-checked for 12 months")
    return 0


def _country_card(db: Database, args: argparse.Namespace) -> int:
    from .. import resource_print
    from ..clock import utcnow

    inputs = resource_print.read_inputs(db)
    plan = resource_print.plan_country_card_from(inputs, args.country, now=utcnow(),
                                                 copies=args.copies,
                                                 include_stale=args.include_stale,
                                                 paper=args.paper)
    pages = resource_print.save_country_card(plan, args.pdf)
    sides = " and ".join(face.language for face in plan.faces)
    print(f"{args.pdf}: {plan.copies} country cards for {plan.country} "
          f"({len(plan.faces[0].lines)} crisis line{'s' if len(plan.faces[0].lines) != 1 else ''}"
          f", in {sides}) on {pages} page{'s' if pages != 1 else ''}")
    return 0


def _import(db: Database, args: argparse.Namespace) -> int:
    """Read and check the package whole, then install it in one transaction."""
    from pathlib import Path

    from ..clock import utcnow
    from ..paths import data_dir
    from . import package, store

    source = Path(args.package).expanduser()
    directory = package.read_package(source)  # refused whole: nothing below runs
    path = store.store_path(data_dir(args.data_dir))
    with store.open_store(path) as directory_store:
        installed = _storing(path, lambda: store.install(
            directory_store, directory, source=str(source.resolve()), now=utcnow()))
    if not installed.changed:
        print(f"unchanged: the directory already is this package ({installed.services} "
              f"services, published {directory.published:%Y-%m-%d %H:%M} UTC)")
    else:
        print(f"installed {installed.services} services from {source} (published "
              f"{directory.published:%Y-%m-%d %H:%M} UTC); favourites kept")
    return 0


def _export(db: Database, args: argparse.Namespace) -> int:
    """Write the installed directory as a package (the shipped one if none was)."""
    from pathlib import Path

    from ..clock import utcnow
    from ..paths import data_dir
    from . import package, store

    folder = Path(args.folder).expanduser()
    path = store.store_path(data_dir(args.data_dir))
    with store.open_store(path) as directory_store:
        directory = _storing(path, lambda: _installed(directory_store, utcnow()))
    package.write_package(directory, folder)
    print(f"wrote {len(directory.services)} services to {folder} (one CSV per table, "
          f"{package.DATAPACKAGE}, {package.DIRECTORY_JSON})")
    return 0


def _installed(directory_store: Store, now: datetime) -> Directory:
    from . import store

    store.ensure_shipped(directory_store, now=now)
    return store.load_directory(directory_store)


def _storing(path: Path, work: Callable[[], T]) -> T:
    """`work` on the directory file, a disk's or file's failure said in our sentence."""
    import sqlite3

    from ..db import storage_error

    try:
        return work()
    except sqlite3.Error as e:
        problem = storage_error(e, path)
        if problem is None:
            raise
        raise problem from e


def _search(db: Database, args: argparse.Namespace) -> int:
    """Print the results, one block each; none found is said, and is no error."""
    import sqlite3

    from ..clock import utcnow, zone
    from ..db import storage_error
    from ..paths import data_dir
    from . import hours, search, store
    from .model import KINDS

    country = (args.country or "").strip().upper()
    if country and not (len(country) == 2 and country.isascii() and country.isalpha()):
        raise WellnessError(msg("--country {country}: give an ISO 3166-1 code of two "
                                "letters, e.g. FR", country=repr(args.country)), field="country")
    language = (args.lang or "").strip().lower()
    if args.kind and args.kind not in KINDS:
        raise WellnessError(msg("--kind {kind}: one of {kinds}", kind=repr(args.kind),
                                kinds=", ".join(KINDS)), field="kind")
    now = utcnow()
    path = store.store_path(data_dir(args.data_dir))
    with store.open_store(path) as directory:
        try:
            store.ensure_shipped(directory, now=now)
            results = search.search(
                directory, search.Query(text=args.text, country=country, language=language,
                                        kind=args.kind, open_now=args.open_now),
                now=now, language=language or "en")
        except sqlite3.Error as e:
            problem = storage_error(e, path)
            if problem is None:
                raise
            raise problem from e
    if not results:
        print("No resource matches that search; try fewer words, or another country "
              "or language.")
        return 0
    shown = language or "en"
    for n, result in enumerate(results):
        service = result.service
        if n:
            print()
        marks = [kind.replace("-", " ") for kind in service.kinds]
        if service.status != "active":
            marks.append(service.status.upper())
        if result.favourite:
            marks.append("favourite")
        if result.pair_group:
            marks.append(f"shown with its pair ({result.pair_group})")
        print(f"{hours.localised(service.names, service.name, shown)}  [{', '.join(marks)}]")
        organization = hours.localised(result.organization.names, result.organization.name,
                                       shown)
        if organization:
            print(f"  {organization}")
        today = now.astimezone(zone(service.tz)).date()
        for contact in service.contacts:
            state = hours.contact_open_now(contact, service.tz, now)
            said = {True: "open now", False: "closed", None: "hours unknown"}[state]
            if service.status != "active":
                said = service.status
            glance = hours.at_a_glance(contact)
            when = "" if glance == said else f"  {glance}"
            checked = contact.assured_date.isoformat() if contact.assured_date else "never"
            print(f"  {contact.number}  {contact.type}{when}  {said}  (verified {checked}, "
                  f"{hours.freshness(contact.assured_date, today)})")
        spoken = dict.fromkeys(service.languages)
        for contact in service.contacts:
            spoken.update(dict.fromkeys(contact.languages))
        if spoken:
            print(f"  languages: {', '.join(spoken)}")
        checked_on = search.checked_on(service)
        print(f"  verified {checked_on.isoformat() if checked_on else 'never'} "
              f"({result.freshness}); times in {service.tz}")
    return 0


def _pull(db: Database, args: argparse.Namespace) -> int:
    """`resources pull`: "unchanged", "installed N services from the hub …", or why not (and
    exit 1: the directory the laptop had is kept)."""
    import sys

    from ..paths import data_dir
    from ..sync.resources_pull import pull

    result = pull(db, data_dir(args.data_dir))
    if result.outcome == "not_connected":
        raise WellnessError(msg("not connected to a hub: connect first (wellness-desk sync "
                                "--hub URL --enroll CODE); the directory you had is kept"))
    if result.outcome == "unchanged":
        print("unchanged")
        return 0
    if result.outcome == "installed":
        print(result.message.removeprefix("Directory: "))
        return 0
    print(f"wellness-desk: {result.message}", file=sys.stderr)
    return 0 if result.ok else 1
