"""The README documents every command and holds the exact commands CI and new users run."""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

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


_ROLE = re.compile(r":(?:func|class|meth|mod|data|attr|exc|obj):`~?([\w.]+)`")


def _names(obj: object, parts: list[str]) -> bool:
    """Whether ``obj.a.b…`` exists (a dataclass's fields count, as they need not be class attributes)."""
    for at, name in enumerate(parts):
        if not hasattr(obj, name):
            return at == len(parts) - 1 and name in getattr(obj, "__dataclass_fields__", {})
        obj = getattr(obj, name)
    return True


def _resolves(module: ModuleType, target: str) -> bool:
    """A docstring's ``:role:`target``: a name of the module itself, of one of its classes
    (``:meth:`graph``` inside a class) or a builtin, else a dotted path (``kg.view.page_columns``)."""
    import builtins
    import importlib

    parts = target.split(".")
    classes = [v for v in vars(module).values() if isinstance(v, type) and v.__module__ == module.__name__]
    if any(_names(scope, parts) for scope in (module, builtins, *classes)):
        return True
    for k in range(len(parts), 0, -1):
        try:
            found = importlib.import_module(".".join(parts[:k]))
        except ImportError:
            continue
        return _names(found, parts[k:])
    return False


def test_every_cross_reference_in_a_docstring_names_what_exists():
    """A docstring naming a function that was renamed or removed (kg.view.page_data) says what the code no longer does."""
    import importlib

    broken = []
    for path in sorted((ROOT / "kg").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__main__":
            continue
        module = importlib.import_module(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            broken += [
                f"{path.relative_to(ROOT)}:{number}: {t}" for t in _ROLE.findall(line) if not _resolves(module, t)
            ]
    assert not broken, "docstrings name what does not exist:\n" + "\n".join(broken)
