"""Growth benchmark: every named query at ~100 k, ~1 M and (``--with-10m``) ~10 M triples.

    $ python benchmarks/bench_growth.py                        # 100 k and 1 M
    $ python benchmarks/bench_growth.py --with-10m --work /tmp/kg-growth

For each size it writes a synthetic corpus (``kg synth``) and builds a store (``kg build``) under
``--work`` unless one is already there (``c100k``/``s100k``, ``c1m``/``s1m``, ``c10m``/``s10m``;
the 10 M build takes ~3 min on an idle 2-core machine, 20+ min on a loaded one, 3.4 GB peak).
Then, on the opened store, in this process:

- every named query through :func:`kg.resolve.run_named`, unbound, with ``-p actor=ID``
  (the person with the most proposals in that store, given by id as a user would) and, where the
  query takes one, ``-p target=IRI`` (what most of its facts target: a provision for
  who-proposed-what, a document for stances), the median
  of ``--repeat`` runs after one warm-up, wall and CPU seconds;
- a reference join (facts, their actor, date and the actor's labels: plain index lookups,
  nothing of kg's) whose growth is the engine's own: on this machine Oxigraph's cost per index
  lookup grows about 1.3x from 100 k to 1 M triples (the store outgrows the CPU caches), so a
  query that does a fixed number of lookups per row grows ~13x for 9.8x the data;
- one whole process, ``kg query who-proposed-what --store S -p actor=ID -f csv``, per size.

It prints the growth ratios (CPU time, larger store over smaller) beside the data's growth and
the reference join's, and whether each query meets the goals of issue #16:
"no worse than linear" (a query's growth at most the reference join's growth x 1.25, i.e. a
fixed amount of index work per row) and "under 1 s at 10 M for one actor" (wall), as PASS or
MISS per query and binding, then one line per goal naming what missed.
This is a benchmark, not a test: it prints figures and asserts nothing. The load average is
printed too: the machine is shared, and wall times move with it (CPU times much less).
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIZES = {"100k": 5_263, "1m": 52_632, "10m": 526_320}  # facts for ~100 k, ~1 M, ~10 M triples
LINEAR_SLACK = 1.25  # a query may grow this much faster than the reference join
ONE_ACTOR_S = 1.0
RKG = "https://w3id.org/reform-kg/ontology#"
REFERENCE = f"""SELECT ?f ?a ?d ?l WHERE {{
  ?f a <{RKG}Proposal> ; <{RKG}proposedBy> ?a ; <http://purl.org/dc/terms/date> ?d .
  ?a <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }}"""


def kg_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "kg", *args]


def ensure_store(work: Path, size: str) -> Path:
    """The store for ``size`` under ``work``, synthesised and built when missing."""
    corpus, store = work / f"c{size}", work / f"s{size}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if not (store / "CURRENT").exists():
        if not corpus.exists():
            print(f"  writing corpus {corpus} …", file=sys.stderr, flush=True)
            subprocess.run(kg_cmd("synth", str(corpus), "--facts", str(SIZES[size])), check=True, env=env, cwd=ROOT)
        print(f"  building store {store} …", file=sys.stderr, flush=True)
        subprocess.run(kg_cmd("build", str(corpus), "--store", str(store)), check=True, env=env, cwd=ROOT)
    return store


def busiest_person(store) -> str:
    """The id of the person with the most proposals (ties: the smallest IRI): a heavy 'one actor'."""
    from pyoxigraph import NamedNode

    from kg.vocab import ID

    rdf_type = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    person = NamedNode(f"{RKG}Person")
    counts: dict[str, int] = {}
    for quad in store.quads_for_pattern(None, NamedNode(f"{RKG}proposedBy"), None):
        counts[quad.object.value] = counts.get(quad.object.value, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    for iri, _n in ranked:
        if any(True for _ in store.quads_for_pattern(NamedNode(iri), rdf_type, person)) and iri.startswith(ID):
            return iri[len(ID) :]
    raise SystemExit("no person proposed anything in this store")


TARGETS = {  # what a query's ?target names, and the link to it
    "who-proposed-what": f"{RKG}targets",  # a provision (a part of a document)
    "stances": "http://www.gsi.dit.upm.es/ontologies/marl/ns#describesObject",  # a document or reform
}


def busiest_target(store, predicate: str) -> str | None:
    """The IRI most facts link to by ``predicate`` (ties: the smallest IRI): a heavy 'one target'."""
    rows = store.query(f"SELECT ?t WHERE {{ ?f <{predicate}> ?t }} GROUP BY ?t ORDER BY DESC(COUNT(?f)) ?t LIMIT 1")
    return next((row[0].value for row in rows), None)


def timed(run, repeat: int) -> tuple[float, float, int]:
    """Median wall and CPU seconds of ``run`` over ``repeat`` runs after one warm-up; its rows.

    ``repeat`` 0: one run, no warm-up (for the 10 M store, where one unbound query takes a minute).
    """
    if repeat == 0:
        wall, cpu = time.perf_counter(), time.process_time()
        rows = run()
        return time.perf_counter() - wall, time.process_time() - cpu, rows
    rows = run()
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        run()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), rows


def measure(
    store_dir: Path, repeat: int, bindings: tuple[str, ...] = ("all", "actor", "target"), only: tuple[str, ...] = ()
) -> dict:
    from kg.queries import list_queries
    from kg.resolve import run_named
    from kg.store import open_store

    store = open_store(store_dir)
    actor = busiest_person(store)
    targets = {name: busiest_target(store, predicate) for name, predicate in TARGETS.items()}
    out: dict = {"triples": len(store), "actor": actor, "targets": targets, "queries": {}}
    out["reference"] = timed(lambda: sum(1 for _ in store.query(REFERENCE)), repeat)
    queries = {q.name: q for q in list_queries()}
    for query in [queries[name] for name in only] if only else queries.values():
        entry = {}
        required = any(p.name == "actor" and not p.optional for p in query.params)
        has_actor = any(p.name == "actor" for p in query.params)
        if not required and "all" in bindings:
            entry["all"] = timed(lambda q=query: sum(1 for _ in run_named(store, q, {})), repeat)
        if has_actor and "actor" in bindings:
            entry["actor"] = timed(lambda q=query: sum(1 for _ in run_named(store, q, {"actor": actor})), repeat)
        target = targets.get(query.name)
        if target and "target" in bindings and any(p.name == "target" for p in query.params):
            given = {"target": target}
            entry["target"] = timed(lambda q=query, g=given: sum(1 for _ in run_named(store, q, g)), repeat)
        out["queries"][query.name] = entry
        print(
            f"  {query.name}: " + ", ".join(f"{k} {v[0]:.3f} / {v[1]:.3f} s ({v[2]})" for k, v in entry.items()),
            file=sys.stderr,
            flush=True,
        )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    subprocess.run(
        kg_cmd("query", "who-proposed-what", "--store", str(store_dir), "-p", f"actor={actor}", "-f", "csv"),
        check=True,
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    out["process"] = time.perf_counter() - started
    return out


def report(results: dict[str, dict]) -> None:
    sizes = list(results)
    print(
        f"# bench_growth {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
        f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores"
    )
    for size in sizes:
        r = results[size]
        print(
            f"# {size}: {r['triples']:,} triples; actor = {r['actor']}; targets = "
            + ", ".join(f"{q} {t.rsplit('/', 1)[-1]}" for q, t in r["targets"].items() if t)
            + "; whole process "
            f"'kg query who-proposed-what -p actor=ID --store' {r['process']:.2f} s"
        )
    steps = list(itertools.pairwise(sizes))

    def row(*cells: str) -> None:
        print("| " + " | ".join(cells) + " |")

    print()
    row(
        "query",
        "binding",
        *(f"{s} wall / cpu s (rows)" for s in sizes),
        *(f"{b}/{a} cpu growth" for a, b in steps),
        "linear",
        f"one actor < {ONE_ACTOR_S:g} s at {sizes[-1]}",
    )
    print("|" + "---|" * (4 + len(sizes) + len(steps)))

    def ratio(a: float, b: float) -> float:
        return b / a if a > 0 else float("inf")

    data = [ratio(results[a]["triples"], results[b]["triples"]) for a, b in steps]
    ref = [ratio(results[a]["reference"][1], results[b]["reference"][1]) for a, b in steps]
    row(
        "reference join",
        "–",
        *(f"{w:.3f} / {c:.3f} ({n})" for w, c, n in (results[s]["reference"] for s in sizes)),
        *(f"{g:.1f}x (data {d:.1f}x)" for g, d in zip(ref, data)),
        "–",
        "–",
    )
    names = sorted({name for r in results.values() for name in r["queries"]})
    labels = {"all": "unbound", "actor": "-p actor=ID", "target": "-p target=IRI"}
    verdicts: dict[str, list[str]] = {"linear": [], "one": [], "one_cpu": []}
    for name in names:
        for binding in labels:
            if not all(binding in results[s]["queries"].get(name, {}) for s in sizes):
                continue
            runs = [results[s]["queries"][name][binding] for s in sizes]
            growth = [ratio(x[1], y[1]) for x, y in itertools.pairwise(runs)]
            linear = all(g <= r * LINEAR_SLACK for g, r in zip(growth, ref))
            verdicts["linear"].append(f"{name} {labels[binding]}" if not linear else "")
            one = "–"
            if binding != "all":
                wall, cpu = runs[-1][0], runs[-1][1]
                one = f"{'PASS' if wall < ONE_ACTOR_S else 'MISS'} ({wall:.2f} s; cpu {cpu:.2f} s)"
                verdicts["one"].append(f"{name} {labels[binding]}" if wall >= ONE_ACTOR_S else "")
                verdicts["one_cpu"].append(f"{name} {labels[binding]}" if cpu >= ONE_ACTOR_S else "")
            row(
                name,
                labels[binding],
                *(f"{w:.3f} / {c:.3f} ({n})" for w, c, n in runs),
                *(f"{g:.1f}x" for g in growth),
                ("PASS" if linear else "MISS") if steps else "–",
                one,
            )
    missed_linear = [v for v in verdicts["linear"] if v]
    missed_one = [v for v in verdicts["one"] if v]
    print(
        f"\n# goal 5, growth no worse than linear (cpu, <= {LINEAR_SLACK}x the reference join's growth): "
        + (
            "not measured (one size)"
            if not steps
            else f"MISS for {', '.join(missed_linear)}"
            if missed_linear
            else f"PASS for all {len(verdicts['linear'])}"
        )
    )
    print(
        f"# goal 5, one actor or target under {ONE_ACTOR_S:g} s (wall) at {sizes[-1]}: "
        + (f"MISS for {', '.join(missed_one)}" if missed_one else f"PASS for all {len(verdicts['one'])}")
    )
    missed_cpu = [v for v in verdicts["one_cpu"] if v]
    print(
        "# the same on CPU time (what the wall time would be on an idle machine, less any disk wait): "
        + (f"MISS for {', '.join(missed_cpu)}" if missed_cpu else f"PASS for all {len(verdicts['one_cpu'])}")
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/kg-growth"), help="folder of the corpora and stores")
    parser.add_argument("--with-10m", action="store_true", help="also the ~10 M-triple store")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per query (median)")
    parser.add_argument("--repeat-10m", type=int, default=0, help="the same at 10 M (0: one cold run)")
    parser.add_argument(
        "--bindings",
        default="all,actor,target",
        help="which runs: all (unbound), actor, target; comma-separated (unbound runs at 10 M take most of the time)",
    )
    parser.add_argument("--sizes", default="100k,1m", help="which stores, in order (--with-10m adds 10m)")
    parser.add_argument("--queries", default="", help="only these named queries, in this order (comma-separated)")
    args = parser.parse_args()
    bindings = tuple(b.strip() for b in args.bindings.split(","))
    if not set(bindings) <= {"all", "actor", "target"}:
        parser.error("--bindings takes all, actor and target, comma-separated")
    args.work.mkdir(parents=True, exist_ok=True)
    sizes = [size.strip() for size in args.sizes.split(",") if size.strip()] + (["10m"] if args.with_10m else [])
    if not set(sizes) <= set(SIZES):
        parser.error(f"--sizes takes {', '.join(SIZES)}")
    only = tuple(name.strip() for name in args.queries.split(",") if name.strip())
    results = {}
    for size in sizes:
        print(f"{size}:", file=sys.stderr, flush=True)
        repeat = args.repeat_10m if size == "10m" else args.repeat
        results[size] = measure(ensure_store(args.work, size), repeat, bindings, only)
    report(results)


if __name__ == "__main__":
    main()
