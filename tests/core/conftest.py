"""Fixtures the core tests share."""

from __future__ import annotations

import pytest

from wellness_desk import activations


@pytest.fixture
def fest(db, festival):
    """The fixture's London festival with the three spaces of the sample program."""
    activations.set_space(db, festival["tent"].id, capacity=40, buffer_min=0)
    activations.add_location(db, activation_id=festival["activation"].id, name="Quiet room",
                             capacity=14)
    activations.add_location(db, activation_id=festival["activation"].id,
                             name="Main-stage green room", kind="green_room", capacity=15)
    return festival["activation"]
