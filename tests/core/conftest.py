"""Fixtures for the command-line tests."""

from __future__ import annotations

import pytest

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
