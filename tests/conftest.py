"""Shared fixtures: the seed graph built once, a tiny copy of sources to break, a CLI runner."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def seed_store():
    """The bundled default graph (the seed article), built once per test session."""
    from kg.store import build_store

    return build_store()


@pytest.fixture
def tiny_sources(tmp_path: Path) -> Path:
    """A writable copy of tests/data/tiny: a registry, one fact sheet and its text."""
    target = tmp_path / "tiny"
    shutil.copytree(DATA / "tiny", target)
    return target


@pytest.fixture
def tiny_graph(tiny_sources: Path):
    from kg.store import build_store

    return build_store([tiny_sources])


@pytest.fixture
def run():
    """Run the kg CLI in-process; returns the click Result (stdout and stderr kept apart)."""
    from kg.cli import cli

    def invoke(*args: str, input: str | None = None):
        return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)

    return invoke
