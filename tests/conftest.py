"""Shared fixtures: the seed graph built once, a tiny copy of sources to break, a CLI runner."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parents[1]
# The seed article alone (with the registry), so seed answers stay exact as sources are added.
SEED = (
    str(ROOT / "sources" / "actors.yaml"),
    str(ROOT / "sources" / "articles" / "baq-2026-02-04-baytaq-council.yaml"),
)
SEED_ARGS = ("--sources", SEED[0], "--sources", SEED[1])
# The graph cache of reading commands (kg/cache.py) goes to a folder of this test run, never the user's.
os.environ["KG_CACHE_DIR"] = tempfile.mkdtemp(prefix="kg-test-cache-")
atexit.register(shutil.rmtree, os.environ["KG_CACHE_DIR"], True)


@pytest.fixture(scope="session")
def seed_store():
    """The seed article's graph, built once per test session."""
    from kg.store import build_store

    return build_store(list(SEED))


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


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium for the browser tests, one per test module."""
    from playwright import sync_api

    from kg.browser import launch

    with sync_api.sync_playwright() as p:
        browser = launch(p)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def seed_projection(seed_store):
    """The seed graph's network projection (what `kg view` draws)."""
    from kg.projection import project

    return project(seed_store)
