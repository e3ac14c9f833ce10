"""Fixtures for the desk side of the hub sync."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from wellness_desk import activations, kits
from wellness_desk.paths import DATA_ENV


@pytest.fixture
def decoy_data_dir(tmp_path, monkeypatch):
    """Where a command would write if it ignored --data-dir: never the user's real folder."""
    decoy = tmp_path / "decoy"
    monkeypatch.setenv(DATA_ENV, str(decoy))
    return decoy


@pytest.fixture
def data_dir(tmp_path):
    return str(tmp_path / "data")


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
