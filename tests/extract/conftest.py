"""Fixtures of the extraction tests."""

from __future__ import annotations

import pytest

import kg.extract.draft
from kg.extract.draft import Session


@pytest.fixture(scope="module")
def session():
    """One extraction session (registry, models) per test module."""
    return Session()


@pytest.fixture
def rule_confidence(monkeypatch):
    """The rules' own confidences: new text's caps (``kg.extract.draft.FRESH_CAPS``, tested in test_calibrate.py)
    off."""
    monkeypatch.setattr(kg.extract.draft, "FRESH_CAPS", {})
