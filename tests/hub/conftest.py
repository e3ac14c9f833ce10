"""Fixtures for the hub tests (the `hub` and `any_hub` servers live in tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.hubserver import HubServer


@pytest.fixture
def roomy_hub(any_hub_db, tmp_path):
    """A hub whose rate limit stays out of the way of a test that sends many requests."""
    with HubServer(any_hub_db, log_path=tmp_path / "hub.log", rate=10_000, burst=10_000) as hub:
        yield hub
