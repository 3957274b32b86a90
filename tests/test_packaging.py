"""A normal wheel carries the ontology, the queries and the default sources."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


@pytest.mark.skipif(not (ROOT / "pyproject.toml").exists(), reason="needs the source checkout")
def test_wheel_contains_bundled_data(tmp_path: Path):
    pytest.importorskip("hatchling")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("reform_kg-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "kg/_bundled/ontology/reform.ttl",
        "kg/_bundled/ontology/shapes.ttl",
        "kg/_bundled/queries/who_proposed_what.rq",
        "kg/_bundled/sources/actors.yaml",
        "kg/_bundled/sources/articles/baq-2026-02-04-baytaq-council.yaml",
        "kg/_bundled/sources/texts/baq-2026-02-04-baytaq-council.txt",
        "kg/py.typed",
        "kg/extract/models/kaznerd_crf.crfsuite",
        "kg/extract/models/kaznerd_crf.json",  # the KazNERD CC BY 4.0 attribution travels with the weights
    ):
        assert needed in names, needed
    assert not any(n.startswith("tests/") for n in names)


def test_every_browser_test_is_marked_browser():
    """pytest -m "not browser" must run everything that needs no Chromium, and nothing that does."""
    import ast

    for path in sorted(ROOT.joinpath("tests").rglob("test_*.py")):
        module = ast.parse(path.read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(module) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {node.module or "" for node in ast.walk(module) if isinstance(node, ast.ImportFrom)}
        if not any(name.startswith(("kg.browser", "playwright")) for name in imported):
            continue
        marked = any(
            isinstance(node, ast.Assign)
            and any(getattr(t, "id", "") == "pytestmark" for t in node.targets)
            and "browser" in ast.unparse(node.value)
            for node in module.body
        )
        assert marked, f"{path.name} launches Chromium: add pytestmark = pytest.mark.browser"


def test_the_version_is_written_once():
    import kg

    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject and '\nversion = "' not in pyproject
    assert kg.__version__.count(".") >= 2
