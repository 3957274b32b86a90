"""The README documents every command and holds the exact commands CI and new users run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.cli import cli

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_a_readme_section(command):
    assert f"### kg {command}" in README, f"README has no '### kg {command}' section"


def test_ci_runs_exactly_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert f"\n{ci}\n" in README


def test_readme_first_command_runs_the_main_job():
    blocks = re.findall(r"```(?:sh|bash|console)?\n(.*?)```", README, flags=re.S)
    assert any("kg query who-proposed-what" in b and "pip install" in b for b in blocks)
