"""The README documents every command and holds the exact commands CI and new users run."""

from __future__ import annotations

import difflib
import re
import textwrap
from pathlib import Path
from types import ModuleType

import pytest
from click.testing import CliRunner

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


# ------------------------------------------------ the console examples print what they show

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
ELIDED = "..."  # an output line of its own: lines left out (none or more)
EXIT = re.compile(r"\[exit (\d+)\]")  # the first output line, when an example exits with that status
# The `$ kg …` examples that are not run, each with why. Every other one runs on the bundled
# graph in a temporary folder and must print what the docs show, so a new example is checked
# unless it is added here.
NOT_RUN = {
    "kg query --sparql 'SELECT (COUNT(*) AS ?n) WHERE {?a ?b ?c.?d ?e ?f.?g ?h ?i}' --timeout 2": "takes the 2 s "
    "of its time limit (tests/test_cli.py: test_query_timeout_stops_a_runaway_query)",
    "kg query --sparql 'SELECT (COUNT(*) AS ?n) WHERE {?a ?b ?c.?d ?e ?f.?g ?h ?i}'": "runs until Ctrl-C",
    "kg query --sparql 'SELECT * WHERE {?a ?b ?c.?d ?e ?f} ORDER BY ?a' --max-memory 200": "ends kg's own process "
    "as it stops the query (tests/test_cli.py: test_query_max_memory_stops_a_query_that_fills_memory)",
    "kg validate my-sheet.yaml": "a reader's sheet with an error, not in the repository",
    "kg serve": "starts a server; its output is timed (tests/test_serve.py)",
    "kg push --endpoint http://127.0.0.1:7878 --replace": "needs a SPARQL server; prints a time",
    "kg push --store reform.oxigraph --endpoint http://127.0.0.1:7878/store --graph https://w3id.org/reform-kg/graph": (
        "needs a SPARQL server; prints a time"
    ),
    "kg push --store reform.oxigraph --endpoint http://127.0.0.1:7878 --replace": "needs a SPARQL server",
    "kg push --store reform.oxigraph --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth"
    " --graph https://w3id.org/reform-kg/graph --user dba --digest --replace": "needs a Virtuoso server",
    "kg query who-proposed-what -p actor=Amirtayev --lang kk --endpoint http://127.0.0.1:7878/query": (
        "needs a SPARQL server"
    ),
    "kg query who-proposed-what -p actor=baytaq --endpoint http://127.0.0.1:7878/query"
    " --graph https://w3id.org/reform-kg/graph": "needs a SPARQL server",
    "kg query who-proposed-what --endpoint http://127.0.0.1:7878": "needs a SPARQL server",
    "kg query who-proposed-what --endpoint http://127.0.0.1:8890/sparql": "needs a Virtuoso server",
    "kg view --preset proposals -o proposals.png": "draws the picture in a browser (tests/test_view_browser.py)",
    "kg synth big --facts 70000 --seed 1 && kg build big --store big.oxigraph": "minutes of work",
    "kg view --store big.oxigraph -o big.html": "needs the big store above (minutes)",
    "kg view --store big.oxigraph --group-above 0 -o all.html": "needs the big store above (minutes)",
    "kg extract adilet-round-table.txt --outlet kazinform --date 2026-02-10 -o drafts": "drafts from a reader's "
    "article, not the bundled graph; what extraction finds is tested in tests/extract/",
    "kg validate drafts": "needs the drafts of a reader's article",
    "kg extract news/ -o drafts": "a reader's folder of articles",
    "kg build sources drafts --store reform.oxigraph": "needs the drafts of a reader's articles",
    "kg query who-proposed-what --sources sources --sources drafts": "needs the drafts of a reader's articles",
    "kg extract --evaluate sources": "a dated measurement of the extractor, not an example (docs/extract.md)",
}


def _command(line: str) -> str:
    """An example's command without its trailing ``# comment``."""
    return re.sub(r"\s+#\s.*$", "", line).strip()


def _examples(path: Path) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    """The ``console`` blocks of a Markdown file: where each starts, and its commands with the
    lines shown after each (a command ending in ``\\`` goes on on the next line)."""
    text = path.read_text(encoding="utf-8")
    blocks = []
    for m in re.finditer(r"^([ \t]*)```console\n(.*?)^\1```", text, flags=re.M | re.S):
        where = f"{path.relative_to(ROOT)}:{text.count(chr(10), 0, m.start()) + 1}"
        steps: list[tuple[str, list[str]]] = []
        for line in textwrap.dedent(m.group(2)).splitlines():
            if line.startswith("$ "):
                steps.append((line[2:], []))
            elif steps and steps[-1][0].endswith("\\"):
                steps[-1] = (steps[-1][0][:-1].rstrip() + " " + line.strip(), steps[-1][1])
            elif steps:
                steps[-1][1].append(line.rstrip())
        blocks.append((where, [(_command(c), out) for c, out in steps]))
    return blocks


EXAMPLES = [block for path in DOCS for block in _examples(path)]
RUN = [(where, steps) for where, steps in EXAMPLES if any(c.startswith("kg ") and c not in NOT_RUN for c, _ in steps)]


def _filter(lines: list[str], stage: list[str]) -> list[str]:
    """One shell filter after ``|`` of the few the examples use: ``head -N``, ``grep WORD``, ``cut -dX -fA-B``."""
    name, *args = stage
    if name == "head" and len(args) == 1 and re.fullmatch(r"-\d+", args[0]):
        return lines[: int(args[0][1:])]
    if name == "grep" and len(args) == 1:
        return [line for line in lines if args[0] in line]
    if name == "cut" and len(args) == 2 and args[0].startswith("-d") and re.fullmatch(r"-f\d+-\d+", args[1]):
        first, last = map(int, args[1][2:].split("-"))
        return [args[0][2:].join(line.split(args[0][2:])[first - 1 : last]) for line in lines]
    raise AssertionError(
        f"the example pipes into {' '.join(stage)!r}: teach _filter it, or list the example in NOT_RUN"
    )


def _matches(shown: list[str], printed: list[str]) -> bool:
    """Whether the printed lines are the shown ones, where a shown ``...`` line stands for any lines."""
    parts: list[list[str]] = [[]]
    for line in shown:
        if line == ELIDED:
            parts.append([])
        else:
            parts[-1].append(line)
    if len(parts) == 1:
        return shown == printed
    head, *middle, tail = parts
    if printed[: len(head)] != head:
        return False
    at = len(head)
    for part in middle:
        starts = [i for i in range(at, len(printed) - len(part) + 1) if printed[i : i + len(part)] == part]
        if not starts:
            return False
        at = starts[0] + len(part)
    return not tail or (len(printed) - len(tail) >= at and printed[len(printed) - len(tail) :] == tail)


@pytest.mark.parametrize("where, steps", RUN, ids=[where for where, _ in RUN])
def test_a_console_example_prints_what_the_docs_show(where, steps, tmp_path, monkeypatch):
    """Each block's ``$ kg …`` commands run in turn in one temporary folder (a ``kg build`` then
    a query of its store), in-process, on the bundled graph; a status other than 0 is shown as
    ``[exit N]`` or by an ``Error:`` line."""
    import shlex

    monkeypatch.chdir(tmp_path)
    for command, shown in steps:
        if not command.startswith("kg ") or command in NOT_RUN:
            continue
        shown = list(shown)
        while shown and not shown[-1]:
            shown.pop()
        marked = EXIT.fullmatch(shown[0]) if shown else None
        status = int(marked.group(1)) if marked else int(bool(shown) and shown[0].startswith("Error:"))
        shown = shown[1:] if marked else shown
        words = shlex.split(command)
        stages: list[list[str]] = [[]]
        for word in words:
            if word == "|":
                stages.append([])
            else:
                stages[-1].append(word)
        result = CliRunner().invoke(cli, stages[0][1:], catch_exceptions=False)
        printed = [line.rstrip() for line in result.output.splitlines()]
        for stage in stages[1:]:
            printed = _filter(printed, stage)
        assert result.exit_code == status, f"{where}: $ {command}\nexit {result.exit_code}\n{result.output}"
        assert _matches(shown, printed), f"{where}: $ {command} prints\n" + "\n".join(
            difflib.unified_diff(shown, printed, "shown", "printed", lineterm="")
        )


# Examples not run whose output states the bundled graph's size, which every new sheet or name changes.
SIZED = (
    "kg serve",
    "kg push --endpoint http://127.0.0.1:7878 --replace",
    "kg push --store reform.oxigraph --endpoint http://127.0.0.1:7878/store --graph https://w3id.org/reform-kg/graph",
)


def test_an_example_not_run_states_the_bundled_graphs_size_of_today():
    stats = CliRunner().invoke(cli, ["stats"], catch_exceptions=False).output
    size = int(re.search(r"^triples: (\d+)", stats, flags=re.M).group(1))
    for where, steps in EXAMPLES:
        for command, shown in steps:
            if command in SIZED:
                stated = [int(n.replace(",", "")) for n in re.findall(r"([\d,]+) triples", "\n".join(shown))]
                assert stated and set(stated) == {size}, f"{where}: $ {command} shows {stated} triples, not {size}"
    assert set(SIZED) <= set(NOT_RUN)


def test_every_example_not_run_is_in_the_docs():
    """A NOT_RUN entry whose example was edited or removed would skip nothing and hide the new one."""
    commands = {c for _, steps in EXAMPLES for c, _ in steps}
    assert not set(NOT_RUN) - commands, f"NOT_RUN names examples the docs no longer hold: {set(NOT_RUN) - commands}"


def test_the_example_checker_sees_a_drifted_line():
    assert _matches(["a", ELIDED, "c"], ["a", "b", "b2", "c"])
    assert _matches(["a", ELIDED], ["a", "b"])
    assert not _matches(["a", ELIDED], ["x", "b"])
    assert not _matches(["a", ELIDED, "c"], ["a", "b"])
    assert not _matches(["(1 row)"], ["(2 rows)"])
