"""An actor by name vs by id vs by IRI: what ``-p actor=…`` costs on a ~100 k-triple store.

    $ python benchmarks/bench_names.py                 # writes a ~100 k-triple corpus and store first
    $ python benchmarks/bench_names.py --store DIR --repeat 15

Three ways of asking the same question (``who-proposed-what`` for one party):

- library: one :class:`kg.Graph`, reused (what ``kg serve`` and Python code do); median of
  ``--repeat`` calls after the first, taken in turns, plus the first call by name (it reads the
  name index saved by an earlier run, else builds and saves it); run in this thread
  (``timeout_s=None``), so the figures are the query's and the name's, not a worker's start;
- per call: a fresh resolver without a saved index each call (what every call cost before
  kg.Graph: the whole name index built again);
- whole process: ``python -m kg query … --store DIR -f csv``, median wall time.

The goal (issue #11): by name at most 1.5x the same query by id. This is a benchmark, not a
test: it prints figures and asserts nothing. The machine's load average is printed with them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOAL = 1.5


def _paired(runs: dict[str, object], repeat: int) -> dict[str, float]:
    """Median time of each run, taken in turns (rotating the order) so drift in load hits all alike."""
    times: dict[str, list[float]] = {label: [] for label in runs}
    labels = list(runs)
    for i in range(repeat):
        for label in labels[i % len(labels) :] + labels[: i % len(labels)]:
            started = time.perf_counter()
            runs[label]()  # type: ignore[operator]
            times[label].append(time.perf_counter() - started)
    return {label: statistics.median(values) for label, values in times.items()}


def _party(store) -> tuple[str, str, str]:
    """A party of the corpus that proposes things: its IRI, id and English name."""
    from kg.vocab import ID

    rows = store.query(
        "SELECT ?p ?name WHERE { ?p a <https://w3id.org/reform-kg/ontology#PoliticalParty> ; "
        "<http://www.w3.org/2004/02/skos/core#prefLabel> ?name FILTER(LANG(?name) = 'en') } ORDER BY ?p LIMIT 1"
    )
    row = next(iter(rows))
    iri = row["p"].value
    return iri, iri[len(ID) :], row["name"].value


def measure(store_dir: Path, repeat: int) -> dict[str, dict[str, float]]:
    from kg.graph import Graph
    from kg.queries import find_query
    from kg.resolve import Resolver

    graph = Graph.open(store_dir)
    iri, actor_id, name = _party(graph.store)
    values = {"IRI": iri, "id": actor_id, "name": name}
    query = find_query("who-proposed-what")
    out: dict[str, dict[str, float]] = {"library": {}, "per call": {}, "process": {}}

    started = time.perf_counter()
    rows = sum(1 for _ in graph.query(query, params={"actor": name}, timeout_s=None))
    out["library"]["name, first call"] = time.perf_counter() - started
    from kg.resolve import _read_index, name_index, saved_index_file

    index_file = saved_index_file(store_dir)
    out["index"] = {"build": _paired({"build": lambda: name_index(graph.store)}, 3)["build"]}
    if index_file is not None and index_file.exists():
        out["index"]["read saved"] = _paired({"read": lambda: _read_index(index_file)}, 3)["read"]
    out["library"].update(
        _paired(
            {
                label: (lambda v=value: sum(1 for _ in graph.query(query, params={"actor": v}, timeout_s=None)))
                for label, value in values.items()
            },
            repeat,
        )
    )
    out["per call"] = _paired(
        {
            label: (lambda v=value: sum(1 for _ in Resolver(graph.store).run(query, {"actor": v})))
            for label, value in values.items()
        },
        repeat,
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    commands = {
        label: [
            sys.executable,
            "-m",
            "kg",
            "query",
            "who-proposed-what",
            "--store",
            str(store_dir),
            "-p",
            f"actor={value}",
            "-f",
            "csv",
        ]
        for label, value in values.items()
    }
    out["process"] = _paired(
        {
            label: (lambda a=args: subprocess.run(a, check=True, stdout=subprocess.DEVNULL, env=env))
            for label, args in commands.items()
        },
        max(3, repeat // 2),
    )
    out["meta"] = {"rows": rows, "triples": len(graph), "actor": name}  # type: ignore[dict-item]
    return out


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def report(result: dict) -> str:
    meta = result.pop("meta")
    lines = [
        (
            f"who-proposed-what -p actor=… on {meta['triples']:,} triples ({meta['rows']} rows, actor "
            f"{meta['actor']!r}); load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores"
        ),
        "",
        "| path | by IRI | by id | by name | name / id | goal ≤ 1.5× |",
        "|---|---|---|---|---|---|",
    ]
    for path in ("library", "per call", "process"):
        row = result[path]
        ratio = row["name"] / row["id"]
        lines.append(
            f"| {path} | {_ms(row['IRI'])} | {_ms(row['id'])} | {_ms(row['name'])} | {ratio:.2f}× | "
            f"{'met' if ratio <= GOAL else 'not met'} |"
        )
    lines.append("")
    lines.append(
        f"library, first call by name (reads the saved name index, else builds it): "
        f"{_ms(result['library']['name, first call'])}"
    )
    index = result["index"]
    saved = f"; read from kg's cache: {_ms(index['read saved'])}" if "read saved" in index else ""
    lines.append(f"name index of the whole store: built in {_ms(index['build'])}{saved}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--store", type=Path, help="an existing store (default: synthesize ~100 k triples and build one)"
    )
    parser.add_argument("--repeat", type=int, default=15, help="runs per median (whole processes: half of it)")
    args = parser.parse_args()
    store_dir = args.store
    if store_dir is None:
        from kg.store import build_store
        from kg.synth import synthesize

        work = Path(tempfile.mkdtemp(prefix="bench-names-"))
        print(f"writing a ~100 k-triple corpus and store in {work} …", file=sys.stderr)
        synthesize(work / "corpus", facts=5263, seed=0)
        build_store([work / "corpus"], store_dir=work / "store")
        store_dir = work / "store"
    print(report(measure(store_dir, args.repeat)))


if __name__ == "__main__":
    main()
