"""The modules of kg import in the order the data flows: no cycles, no upward imports.

The layers, lowest first, are declared here once. A module may import from its own layer or
any layer below; the module-level imports must form no cycle. Imports inside functions count
for the layer rule too (they are real dependencies), but not for cycles (they run later).
A new module must be given a layer here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kg"

#: sources/schema -> triples -> build -> store -> SPARQL -> resolve and named queries -> outputs -> CLI.
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    (
        "foundations",
        (
            "kg",
            "kg.errors",
            "kg.resources",
            "kg.fileio",
            "kg.vocab",
            "kg.lang",
            "kg.names",
            "kg.yamlio",
            "kg.yamlwrite",
            "kg.browser",
            "kg.worker",
            "kg.deadline",
        ),
    ),
    ("sources and schema", ("kg.sources", "kg.schema")),
    ("triples", ("kg.model",)),
    ("build and store", ("kg.store", "kg.cache", "kg.validate")),
    ("SPARQL", ("kg.querytext", "kg.queries")),
    ("resolve and named queries", ("kg.resolve", "kg.fact_duplicates")),
    (
        "outputs",
        (
            "kg.output",
            "kg.projection",
            "kg.exports_graph",
            "kg.view",
            "kg.view_layout",
            "kg.view_group",
            "kg.remote",
            "kg.synth",
            "kg.extract",
        ),
    ),
    ("library API", ("kg.graph",)),
    ("endpoint and CLI", ("kg.protocol", "kg.guard", "kg.serve", "kg.cli", "kg.__main__")),
]


def layer_of(module: str) -> int:
    """The layer index of a module; sub-packages (kg.extract.*) take their package's layer."""
    best = None
    for index, (_name, modules) in enumerate(LAYERS):
        for declared in modules:
            matches = module == declared or (declared != "kg" and module.startswith(declared + "."))
            if matches and (best is None or len(declared) > best[1]):
                best = (index, len(declared))
    if best is None:
        raise LookupError(module)
    return best[0]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def kg_imports(path: Path) -> list[tuple[str, int, bool]]:
    """``(imported kg module, line, at module level)`` for every import of a kg module in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = module_name(path)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    out: list[tuple[str, int, bool]] = []

    def visit(node: ast.AST, top: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                continue  # for type checkers only: never runs
            inner = top and not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef))
            if isinstance(child, ast.Import):
                out.extend((alias.name, child.lineno, top) for alias in child.names if alias.name.split(".")[0] == "kg")
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    parent = package.split(".")
                    parent = parent[: len(parent) - (child.level - 1)]
                    base = ".".join([*parent, base] if base else parent)
                if base.split(".")[0] != "kg":
                    continue
                for alias in child.names:
                    candidate = f"{base}.{alias.name}"
                    is_module = (PACKAGE.parent / candidate.replace(".", "/")).with_suffix(".py").exists() or (
                        PACKAGE.parent / candidate.replace(".", "/") / "__init__.py"
                    ).exists()
                    out.append((candidate if is_module else base, child.lineno, top))
            visit(child, inner)

    visit(tree, True)
    return out


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def test_every_module_has_a_layer():
    missing = []
    for name in MODULES:
        try:
            layer_of(name)
        except LookupError:
            missing.append(name)
    assert not missing, f"declare these modules in LAYERS of tests/test_imports.py: {missing}"


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_upward_import(name):
    if name == "kg":
        return  # the package's lazy __getattr__ offers kg.Graph: the public face sits above everything
    mine = layer_of(name)
    upward = []
    for target, line, _top in kg_imports(MODULES[name]):
        if target == "kg":
            continue  # `from kg import __version__` / `from kg import yamlio` resolve to modules above
        if layer_of(target) > mine:
            upward.append(
                f"{MODULES[name].relative_to(PACKAGE.parent)}:{line}: imports {target} "
                f"({LAYERS[layer_of(target)][0]}) from {LAYERS[mine][0]}"
            )
    assert not upward, "\n".join(upward)


def test_no_cycle_among_module_level_imports():
    graph = {
        name: sorted({t for t, _line, top in kg_imports(path) if top and t in MODULES and t != name})
        for name, path in MODULES.items()
    }
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def walk(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt) :] + [nxt])
            elif nxt not in state:
                walk(nxt)
        stack.pop()
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            walk(name)
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)


def test_the_checker_sees_a_cycle_and_an_upward_import(tmp_path):
    """The walker itself: relative and absolute imports, function-level ones, TYPE_CHECKING skipped."""
    source = (
        "from __future__ import annotations\nfrom typing import TYPE_CHECKING\n"
        "from kg.queries import run_sparql\nfrom . import errors\n"
        "if TYPE_CHECKING:\n    from kg.cli import cli\n"
        "def f():\n    from kg.resolve import Resolver\n"
    )
    fake = PACKAGE / "store.py"
    found = {(t, top) for t, _line, top in kg_imports_of_text(source, fake, tmp_path)}
    assert found == {("kg.queries", True), ("kg.errors", True), ("kg.resolve", False)}
    assert layer_of("kg.resolve") > layer_of("kg.store") > layer_of("kg.model")


def kg_imports_of_text(text: str, as_path: Path, tmp_path: Path) -> list[tuple[str, int, bool]]:
    """Run :func:`kg_imports` on ``text`` as if it were the module at ``as_path``."""
    global PACKAGE
    copy = tmp_path / "kg"
    copy.mkdir(exist_ok=True)
    for path in PACKAGE.rglob("*.py"):
        target = copy / path.relative_to(PACKAGE)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    fake = copy / as_path.relative_to(PACKAGE)
    fake.write_text(text, encoding="utf-8")
    saved, PACKAGE = PACKAGE, copy
    try:
        return kg_imports(fake)
    finally:
        PACKAGE = saved
