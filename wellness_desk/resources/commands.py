"""`wellness-desk resources …`: import, export, search, pull (the CLI's side of the package)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..errors import WellnessError

if TYPE_CHECKING:
    from sqlite_utils import Database


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
    raise AssertionError(f"unhandled resources action {action}")


# Each action is built by its own part of the package (package, search, sync pull).
def _import(db: Database, args: argparse.Namespace) -> int:
    raise WellnessError("resources import is not built yet")


def _export(db: Database, args: argparse.Namespace) -> int:
    raise WellnessError("resources export is not built yet")


def _search(db: Database, args: argparse.Namespace) -> int:
    raise WellnessError("resources search is not built yet")


def _pull(db: Database, args: argparse.Namespace) -> int:
    """`resources pull`: "unchanged", "installed N services from the hub …", or why not (and
    exit 1: the directory the laptop had is kept)."""
    import sys

    from ..paths import data_dir
    from ..sync.resources_pull import pull

    result = pull(db, data_dir(args.data_dir))
    if result.outcome == "not_connected":
        raise WellnessError("not connected to a hub: connect first (wellness-desk sync --hub "
                            "URL --enroll CODE); the directory you had is kept")
    if result.outcome == "unchanged":
        print("unchanged")
        return 0
    if result.outcome == "installed":
        print(result.message.removeprefix("Directory: "))
        return 0
    print(f"wellness-desk: {result.message}", file=sys.stderr)
    return 0 if result.ok else 1
