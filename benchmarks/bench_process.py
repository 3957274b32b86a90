"""Whole-process speed: every reading command against the least a process doing the same work costs.

    $ python benchmarks/bench_process.py                      # default graph, then 100 k and 1 M stores
    $ python benchmarks/bench_process.py --sizes "" --repeat 9  # the default graph only
    $ python benchmarks/bench_process.py --store 100000=/tmp/s100k --store 1000000=/tmp/s1m  # stores built before
    $ python benchmarks/bench_process.py --sizes 100000 --only "by name,table"  # some rows only

The *floor* of a command is a Python process that imports click and pyoxigraph, opens the same
graph (the store folder, or for a run without ``--store`` an N-Triples dump loaded into memory)
and runs the exact SPARQL that kg sends (``kg query --show-sparql`` prints it), writing the
answer as CSV. ``import click`` belongs to the floor because it is the least a click command
can do. Runs are paired and alternate (kg, floor, kg, floor, …) so that a load on the machine
slows both alike; medians are reported, with the machine's load average. Each row's ratio is
printed beside its goal, PASS or MISS, and the last lines count the goals met. The goals are
wall-time ratios; the CPU-time ratio (user + system of each process) is printed beside them,
because on a loaded machine the wall time also counts the time spent waiting for a core.

Goals (issue 16): every reading command on the default graph within 1.5x of its floor, with and
without ``--store``; ``kg --help`` within 1.2x of ``python -c "import click"``; named queries on
100 k and 1 M stores within 1.2x of their floor; an actor by name or id within 1.2x of the same
query by IRI; the table format within 1.1x of CSV.

This is a benchmark, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable

FLOOR = r"""
import sys, click, pyoxigraph
where, text_file, out = sys.argv[1], sys.argv[2], sys.argv[3]
if where.endswith(".nt"):
    store = pyoxigraph.Store()
    store.bulk_load(path=where, format=pyoxigraph.RdfFormat.N_TRIPLES)
else:
    store = pyoxigraph.Store.read_only(where)
texts = open(text_file, encoding="utf-8").read().split("\n#---\n")
with open(out, "wb") as sink:
    for text in texts:
        if text.strip() == "EXPORT":
            sink.write(pyoxigraph.serialize(store.quads_for_pattern(None, None, None), format=pyoxigraph.RdfFormat.N_QUADS) or b"")
            continue
        result = store.query(text)
        if isinstance(result, pyoxigraph.QueryTriples):
            sink.write(pyoxigraph.serialize(result, format=pyoxigraph.RdfFormat.N_TRIPLES) or b"")
        else:
            sink.write(result.serialize(format=pyoxigraph.QueryResultsFormat.CSV))
"""


def run(args: list[str], *, env: dict | None = None) -> float:
    return timed(args, env=env)[0]


def timed(args: list[str], *, env: dict | None = None) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, all its threads) of one run of a command."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=errors, env=env)
        _pid, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - started
        if os.waitstatus_to_exitcode(status) != 0:
            errors.seek(0)
            raise SystemExit(f"failed: {' '.join(args)}\n{errors.read().decode(errors='replace')}")
    return elapsed, usage.ru_utime + usage.ru_stime


def paired(a: list[str], b: list[str], repeat: int, env: dict) -> tuple[float, float, float]:
    """Median wall times of alternating runs of two commands (after one warm-up of each), and the
    ratio of their median CPU times: on a loaded machine wall time also counts waiting for a core."""
    run(a, env=env)
    run(b, env=env)
    ta, tb = [], []
    for _ in range(repeat):
        ta.append(timed(a, env=env))
        tb.append(timed(b, env=env))
    cpu = statistics.median(t[1] for t in ta) / max(statistics.median(t[1] for t in tb), 1e-9)
    return statistics.median(t[0] for t in ta), statistics.median(t[0] for t in tb), cpu


def kg(*args: str) -> list[str]:
    """The ``kg`` console script beside this Python (what a user runs), else ``python -m kg``."""
    script = Path(PY).parent / "kg"
    return [str(script), *args] if script.exists() else [PY, "-m", "kg", *args]


def sparql_of(args: list[str], env: dict) -> str:
    """The SPARQL text kg sends for a ``kg query`` command line."""
    done = subprocess.run([*kg(*args), "--show-sparql"], capture_output=True, env=env, text=True)
    if done.returncode != 0:
        raise SystemExit(f"kg query --show-sparql failed: {done.stderr}")
    return done.stdout


def floor_cmd(where: str, texts: list[str], work: Path, name: str) -> list[str]:
    script = work / "floor.py"
    script.write_text(FLOOR, encoding="utf-8")
    text_file = work / f"{name}.rq"
    text_file.write_text("\n#---\n".join(texts), encoding="utf-8")
    return [PY, str(script), where, str(text_file), str(work / f"{name}.out")]


Row = tuple[str, float, float, float, float, float]  # label, kg s, floor s, ratio, goal (largest allowed), CPU ratio


def wanted(label: str, only: str) -> bool:
    return not only or any(word.strip() in label for word in only.split(",") if word.strip())


def default_graph(work: Path, repeat: int, env: dict, only: str = "") -> list[Row]:
    """Each reading command on the default graph, with and without ``--store``, against its floor."""
    store = work / "default.oxigraph"
    run(kg("build", "--store", str(store)), env=env)
    dump = work / "default.nt"
    run(kg("export", "--format", "nt", "-o", str(dump)), env=env)
    from kg.store import COUNT_QUERIES  # the two queries of kg stats

    commands = [
        ("query who-proposed-what", ["query", "who-proposed-what"], None),
        ("query … -p actor=Amirtayev", ["query", "who-proposed-what", "-p", "actor=Amirtayev"], None),
        ("stats", ["stats"], list(COUNT_QUERIES)),
        ("export -o", ["export", "-o", str(work / "out.ttl")], ["EXPORT"]),
        ("resolve Amirtayev", ["resolve", "Amirtayev"], [NAMES_SPARQL]),
    ]
    rows: list[Row] = []
    for label, args, texts in commands:
        for mode, extra, where in (("sources", [], str(dump)), ("--store", ["--store", str(store)], str(store))):
            if not wanted(f"`kg {label}` ({mode})", only):
                continue
            if args[0] == "query":
                texts_now = [sparql_of([*args, *extra], env)]
            else:  # stats and resolve: their fixed queries; export: a dump of the store
                texts_now = texts
            floor = floor_cmd(where, texts_now, work, label.split()[0])
            t_kg, t_floor, cpu = paired(kg(*args, *extra), floor, repeat, env)
            rows.append((f"`kg {label}` ({mode})", t_kg, t_floor, t_kg / t_floor, 1.5, cpu))
    if wanted("`kg --help` vs `import click`", only):
        t_help, t_click, cpu = paired(kg("--help"), [PY, "-c", "import click"], repeat, env)
        rows.append(("`kg --help` vs `import click`", t_help, t_click, t_help / t_click, 1.2, cpu))
    return rows


NO_LIMIT = ("--timeout", "3600")  # the floor has no time limit: a query at 1 M may take minutes

NAMES_SPARQL = (
    "SELECT ?actor ?label WHERE { ?actor a ?type ; "
    "<http://www.w3.org/2004/02/skos/core#prefLabel>|<http://www.w3.org/2004/02/skos/core#altLabel> ?label }"
)


def synthetic(size: int, work: Path, repeat: int, env: dict, given: Path | None = None, only: str = "") -> list[Row]:
    """Named queries as whole processes on a synthetic store, and actor by IRI / name / id, table vs CSV.

    ``given``: an existing store of that size (opened read-only, as every reading command does);
    otherwise one is written with ``kg synth`` and ``kg build --store``.
    """
    if given is not None:
        store = given
    else:
        corpus = work / f"synth-{size}"
        store = work / f"synth-{size}.oxigraph"
        facts = max(1, size // 19)  # kg synth makes ~19 triples per fact
        run(kg("synth", str(corpus), "--facts", str(facts)), env=env)
        run(kg("build", str(corpus), "--store", str(store)), env=env)
    from kg.queries import list_queries

    rows: list[Row] = []
    actor = _an_actor(store)
    for query in list_queries():
        label = f"{size:,}: `{query.name}`"
        if not wanted(label, only):
            continue
        args = ["query", query.name, "--store", str(store), "-f", "csv", *NO_LIMIT]
        if any(p.name == "actor" and not p.optional for p in query.params):
            args += ["-p", f"actor={actor[0]}"]
        floor = floor_cmd(str(store), [sparql_of(args, env)], work, f"q-{query.name}")
        t_kg, t_floor, cpu = paired(kg(*args), floor, repeat, env)
        rows.append((label, t_kg, t_floor, t_kg / t_floor, 1.2, cpu))
    base = ["query", "who-proposed-what", "--store", str(store), "-f", "csv", *NO_LIMIT]
    by_iri = kg(*base, "-p", f"actor={actor[0]}")
    for how, value in (("name", actor[1]), ("id", actor[2])):
        label = f"{size:,}: actor by {how} vs by IRI"
        if wanted(label, only):
            t_by, t_iri, cpu = paired(kg(*base, "-p", f"actor={value}"), by_iri, repeat, env)
            rows.append((label, t_by, t_iri, t_by / t_iri, 1.2, cpu))
    if wanted(f"{size:,}: table vs CSV", only):
        t_table, t_csv, cpu = paired(
            kg("query", "who-proposed-what", "--store", str(store), *NO_LIMIT), kg(*base), repeat, env
        )
        rows.append((f"{size:,}: table vs CSV", t_table, t_csv, t_table / t_csv, 1.1, cpu))
    return rows


def _an_actor(store: Path) -> tuple[str, str, str]:
    """(IRI, a label, id) of a proposer in the store: a question about one actor."""
    import pyoxigraph

    opened = pyoxigraph.Store.read_only(str(store))
    row = next(
        iter(
            opened.query(
                "SELECT ?who ?label WHERE { ?p a <https://w3id.org/reform-kg/ontology#Proposal> ; "
                "<https://w3id.org/reform-kg/ontology#proposedBy> ?who . "
                "?who <http://www.w3.org/2004/02/skos/core#prefLabel> ?label FILTER(lang(?label) = 'en') } LIMIT 1"
            )
        )
    )
    iri = row["who"].value
    return iri, row["label"].value, iri.rsplit("/", 1)[-1]


def load_average() -> str:
    try:
        return " / ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def table(rows: list[Row], what: str) -> str:
    """The rows as a Markdown table: each wall-time ratio against its goal, PASS or MISS, and the CPU ratio."""
    out = [f"| {what} | kg | floor | ratio | goal | | CPU ratio |", "|---|---|---|---|---|---|---|"]
    out += [
        f"| {label} | {a:.3f} s | {b:.3f} s | {r:.2f}x | ≤ {goal:g}x | {'PASS' if r <= goal else 'MISS'} | {cpu:.2f}x |"
        for label, a, b, r, goal, cpu in rows
    ]
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100000,1000000", help="synthetic store sizes in triples ('' for none)")
    parser.add_argument("--repeat", type=int, default=7, help="paired runs per command (medians reported)")
    parser.add_argument("--workdir", default=None, help="keep data here (default: a temporary folder)")
    parser.add_argument(
        "--store",
        action="append",
        default=[],
        metavar="SIZE=DIR",
        help="use this existing store for SIZE instead of writing one (read only; repeatable)",
    )
    parser.add_argument(
        "--only", default="", help="only the rows whose label holds one of these words (comma-separated)"
    )
    args = parser.parse_args()
    given = {int(size): Path(folder) for size, folder in (item.split("=", 1) for item in args.store)}
    sys.path.insert(0, str(ROOT))
    work = Path(args.workdir or tempfile.mkdtemp(prefix="kg-bench-process-"))
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, KG_CACHE_DIR=str(work / "cache"), PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: byte code cached, for kg and the floor alike
    print(f"# bench_process, {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores, load {load_average()}")
    rows: list[Row] = []
    try:
        found = default_graph(work, args.repeat, env, args.only)
        rows += found
        if found:
            print(table(found, "default graph, whole process"), flush=True)
        for size in [int(s) for s in args.sizes.split(",") if s.strip()]:
            found = synthetic(size, work, args.repeat, env, given.get(size), args.only)
            rows += found
            if found:
                print()
                print(table(found, f"synthetic store, ~{size:,} triples"), flush=True)
        missed = [label for label, _a, _b, ratio, goal, _cpu in rows if ratio > goal]
        print(
            f"\n{len(rows) - len(missed)} of {len(rows)} goals met"
            + (f"; missed: {', '.join(missed)}" if missed else "")
        )
        print(f"load average at the end: {load_average()}")
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
