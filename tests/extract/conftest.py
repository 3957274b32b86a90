"""Fixtures of the extraction tests."""

from __future__ import annotations

import pytest

from kg.extract.draft import Session


@pytest.fixture(scope="module")
def session():
    """One extraction session (registry, models) per test module."""
    return Session()
