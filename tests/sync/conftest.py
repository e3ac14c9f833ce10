"""Fixtures for the desk side of the hub sync."""

from __future__ import annotations

from datetime import UTC, date, datetime

from wellness_desk import activations, kits


def run_sync(data_dir, *args):
    """`wellness-desk --data-dir DIR sync ARGS`: the exit code, whether argparse exits or
    main returns."""
    from wellness_desk.cli import main

    try:
        return main(["--data-dir", data_dir, "sync", *args])
    except SystemExit as e:
        return e.code


def tap(db, festival, *, kit="earplugs", count=1, role="unspecified", hour=13, minute=0):
    """Hand out kits at the festival's tent at a given UTC hour on 4 July 2026."""
    return kits.hand_out(
        db, kit_type_id=festival[kit].id, location_id=festival["tent"].id, count=count,
        role=role, now=datetime(2026, 7, 4, hour, minute, tzinfo=UTC),
    )


def make_festival(db, name="Test Fest"):
    """What tests/conftest.py's `festival` sets up, on any database (a second laptop)."""
    fest = activations.create_activation(
        db, name=name, kind="festival", start=date(2026, 7, 3), end=date(2026, 7, 5),
        tz="Europe/London")
    tent = activations.add_location(db, activation_id=fest.id, name="Wellness tent")
    earplugs = kits.add_kit_type(db, name="Earplugs", low_stock=5)
    water = kits.add_kit_type(db, name="Hydration pack", low_stock=5)
    for kit in (earplugs, water):
        kits.receive_stock(db, kit_type_id=kit.id, location_id=tent.id, count=20,
                           now=datetime(2026, 7, 4, 8, 0, tzinfo=UTC))
    return {"activation": fest, "tent": tent, "earplugs": earplugs, "water": water}
