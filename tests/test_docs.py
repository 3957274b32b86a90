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


def test_the_use_from_python_example_runs():
    """The README's "Use from Python" block is a doctest: it must print what it shows."""
    import doctest

    section = README.split("## Use from Python", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```python\n(.*?)```", section, flags=re.S)
    assert block, "the 'Use from Python' section has no ```python example"
    test = doctest.DocTestParser().get_doctest(block.group(1), {}, "README: Use from Python", "README.md", 0)
    assert test.examples, "the example has no >>> lines"
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.summarize(verbose=False).failed == 0
