"""Scale benchmark: kg on Oxigraph vs rdflib at ~100 k and ~1 M triples, printed as one table.

    $ python benchmarks/bench_scale.py                      # sizes 100000,1000000
    $ python benchmarks/bench_scale.py --sizes 100000 --repeat 3

For each size it writes a synthetic corpus (``kg synth``), then measures, each step in its own
process so that peak memory (``ru_maxrss``) belongs to that step alone:

- load: ``kg build CORPUS --store DIR`` (YAML checked, then bulk-loaded to disk), pyoxigraph
  ``bulk_load`` of the exported Turtle (in memory), and rdflib parsing the same Turtle;
- queries: every named query through kg (``run_named``, parameters bound, results read) vs the
  same checked text (``with_values``) on raw pyoxigraph vs rdflib in memory; median of
  ``--repeat`` runs after one warm-up, plus kg's first (cold) run. rdflib queries run only up to
  ``--rdflib-queries-max`` triples (default 100 k: at 1 M a single one takes minutes) and each
  is cut at ``--rdflib-timeout`` seconds;
- ``python -m kg --help`` wall time vs ``python -c "import click"``.

This is a benchmark, not a test: it prints figures and the goals they meet, and asserts nothing.
The machine's load average is printed too: other work on the machine slows every column alike.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOALS = {
    "query_vs_raw": 1.5,  # kg within 1.5x of raw pyoxigraph
    "query_vs_rdflib": 20.0,  # kg at least 20x faster than rdflib
    "load_vs_rdflib": 10.0,  # load at least 10x faster than rdflib
    "help_vs_click": 2.0,  # kg --help within 2x of importing click
}


# ---------------------------------------------------------------- workers (run in child processes)


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _named_bindings(actor_iri: str):
    """Parameter values per named query: the default ones, and an actor where one is required."""
    from kg.queries import list_queries

    plans = []
    for query in list_queries():
        given = {}
        if any(p.name == "actor" and not p.optional for p in query.params):
            given["actor"] = actor_iri
        plans.append((query, given))
    return plans


def worker_oxload(ttl: str) -> dict:
    from pyoxigraph import RdfFormat, Store

    started = time.perf_counter()
    store = Store()
    store.bulk_load(path=ttl, format=RdfFormat.TURTLE)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "triples": len(store), "peak_mb": _peak_mb()}


def worker_queries(store_dir: str, ttl: str, actor_iri: str, actor_name: str, repeat: int) -> dict:
    """Every named query through kg and raw, on the disk store and on an in-memory copy of the graph."""
    from pyoxigraph import RdfFormat, Store

    from kg.queries import bind_params, with_values
    from kg.resolve import run_named
    from kg.store import open_store

    memory = Store()
    memory.bulk_load(path=ttl, format=RdfFormat.TURTLE)
    stores = {"mem": memory, "disk": open_store(store_dir)}
    out: dict[str, dict] = {}
    for query, given in _named_bindings(actor_iri):
        text = with_values(query.text, bind_params(query, given))  # what run_named sends to the engine
        entry: dict = {"text": text}
        for backend, store in stores.items():

            def kg_run() -> int:
                return sum(1 for _ in run_named(store, query, given))

            def raw_run() -> int:
                return sum(1 for _ in store.query(text))

            started = time.perf_counter()
            rows = kg_run()
            cold = time.perf_counter() - started
            raw_run()
            kg_times, raw_times = [], []
            for _ in range(repeat):  # interleaved, so drift in machine load hits both alike
                t = time.perf_counter()
                kg_run()
                kg_times.append(time.perf_counter() - t)
                t = time.perf_counter()
                raw_rows = raw_run()
                raw_times.append(time.perf_counter() - t)
            assert raw_rows == rows, (query.name, raw_rows, rows)
            entry[backend] = {"kg": statistics.median(kg_times), "raw": statistics.median(raw_times), "kg_cold": cold}
            entry["rows"] = rows
        out[query.name] = entry
    # an actor given by name: resolving the name is kg's own work, on top of the same query
    query = next(q for q, _ in _named_bindings(actor_iri) if q.name == "who-proposed-what")
    text = with_values(query.text, bind_params(query, {"actor": actor_iri}))
    times, raw_times = [], []
    for _ in range(max(1, repeat)):
        t = time.perf_counter()
        sum(1 for _ in run_named(memory, query, {"actor": actor_name}))
        times.append(time.perf_counter() - t)
        t = time.perf_counter()
        sum(1 for _ in memory.query(text))
        raw_times.append(time.perf_counter() - t)
    out["by-name"] = {
        "mem": {"kg": statistics.median(times), "raw": statistics.median(raw_times), "kg_cold": times[0]},
        "rows": None,
        "text": None,
    }
    return {"queries": out, "peak_mb": _peak_mb()}


def worker_rdflib(ttl: str, texts: dict, timeout_s: float) -> dict:
    import signal

    import rdflib

    started = time.perf_counter()
    graph = rdflib.Graph()
    graph.parse(ttl, format="turtle")
    parse_s = time.perf_counter() - started
    results = {}

    class TimeUp(Exception):
        pass

    def on_alarm(signum, frame):
        raise TimeUp()

    signal.signal(signal.SIGALRM, on_alarm)
    for name, text in texts.items():
        signal.setitimer(signal.ITIMER_REAL, timeout_s)
        started = time.perf_counter()
        try:
            rows = sum(1 for _ in graph.query(text))
            results[name] = {"seconds": time.perf_counter() - started, "rows": rows}
        except TimeUp:
            results[name] = {"seconds": None, "rows": None}
        except Exception as exc:  # rdflib cannot run some queries at all
            results[name] = {"seconds": None, "rows": None, "error": type(exc).__name__}
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    return {"parse_s": parse_s, "triples": len(graph), "queries": results, "peak_mb": _peak_mb()}


# ---------------------------------------------------------------- the driver


def run_child(args: list[str], *, env=None) -> tuple[float, float, str]:
    """Run a child process; return wall seconds, its peak RSS in MB, and its standard output."""
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args[:4])} … failed:\n{err.decode(errors='replace')[-2000:]}")
    import resource

    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the largest child so far
    return seconds, peak, out.decode()


def worker(name: str, *args) -> dict:
    out = run_child([sys.executable, __file__, "--worker", name, *map(str, args)])[2]
    return json.loads(out.strip().splitlines()[-1])


def measure_rss(args: list[str]) -> tuple[float, float]:
    """Wall time and peak RSS of one child process (via wait4, so it is this child's own peak)."""
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"{' '.join(args[:5])} … failed: {proc.stderr.read().decode(errors='replace')[-2000:]}")
    proc.stderr.close()
    return seconds, usage.ru_maxrss / 1024


def startup(repeat: int) -> dict:
    def best(args: list[str]) -> float:
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            subprocess.run(args, stdout=subprocess.DEVNULL, check=True, cwd=ROOT)
            times.append(time.perf_counter() - t)
        return statistics.median(times)

    return {
        "kg_help": best([sys.executable, "-m", "kg", "--help"]),
        "click": best([sys.executable, "-c", "import click"]),
    }


def one_size(n: int, work: Path, args) -> dict:
    from kg.synth import TRIPLES_PER_FACT, synthesize

    corpus, store_dir, ttl = work / f"corpus-{n}", work / f"store-{n}", work / f"graph-{n}.ttl"
    facts = max(50, round(n / TRIPLES_PER_FACT))
    print(f"[{n:,}] writing a synthetic corpus of {facts:,} facts …", file=sys.stderr, flush=True)
    synthesize(corpus, facts=facts, seed=args.seed)
    yaml_mb = sum(p.stat().st_size for p in corpus.rglob("*.yaml")) / 1e6
    print(f"[{n:,}] kg build …", file=sys.stderr, flush=True)
    build_s, build_mb = measure_rss([sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store_dir)])
    subprocess.run(
        [sys.executable, "-m", "kg", "export", "--store", str(store_dir), "-o", str(ttl)],
        check=True,
        cwd=ROOT,
        stderr=subprocess.DEVNULL,
    )
    print(f"[{n:,}] pyoxigraph bulk load …", file=sys.stderr, flush=True)
    ox = worker("oxload", ttl)
    actor_iri, actor_name = _an_actor(corpus)
    print(f"[{n:,}] queries on kg and raw pyoxigraph …", file=sys.stderr, flush=True)
    queries = worker("queries", store_dir, ttl, actor_iri, actor_name, args.repeat)
    texts = {name: q["text"] for name, q in queries["queries"].items() if q["text"]}
    if n > args.rdflib_queries_max:
        texts = {}
    print(f"[{n:,}] rdflib parse{' and queries' if texts else ''} …", file=sys.stderr, flush=True)
    text_file = work / f"texts-{n}.json"
    text_file.write_text(json.dumps(texts))
    rd = worker("rdflib", ttl, text_file, args.rdflib_timeout)
    return {
        "n": n,
        "facts": facts,
        "triples": ox["triples"],
        "yaml_mb": yaml_mb,
        "ttl_mb": ttl.stat().st_size / 1e6,
        "build_s": build_s,
        "build_mb": build_mb,
        "ox": ox,
        "queries": queries,
        "rdflib": rd,
        "rdflib_queries": bool(texts),
    }


def _an_actor(corpus: Path) -> tuple[str, str]:
    """A party of the synthetic corpus (it proposes things): its IRI and its English name."""
    from kg import yamlio

    registry = yamlio.load(corpus / "actors.yaml")
    party = next(a for a in registry["actors"] if a["type"] == "party")
    return f"https://w3id.org/reform-kg/id/{party['id']}", party["also"][0]["en"]


def fmt_s(seconds: float | None) -> str:
    if seconds is None:
        return "timeout"
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def fmt_x(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}x" if value >= 10 else f"{value:.2f}x"


def mark(ok: bool | None) -> str:
    return "" if ok is None else (" ok" if ok else " MISSED")


def table(results: list[dict], start: dict) -> str:
    cols = [f"~{r['n'] // 1000:,}k" if r["n"] < 1_000_000 else f"~{r['n'] / 1e6:g}M" for r in results]
    rows: list[tuple[str, list[str]]] = []

    def add(label: str, values: list[str]) -> None:
        rows.append((label, values))

    add("triples", [f"{r['triples']:,}" for r in results])
    add("facts / YAML / Turtle", [f"{r['facts']:,} / {r['yaml_mb']:.0f} MB / {r['ttl_mb']:.0f} MB" for r in results])
    add("LOAD kg build --store (YAML, checked, to disk)", [fmt_s(r["build_s"]) for r in results])
    add("LOAD pyoxigraph bulk_load Turtle (memory)", [fmt_s(r["ox"]["seconds"]) for r in results])
    add("LOAD rdflib parse Turtle (memory)", [fmt_s(r["rdflib"]["parse_s"]) for r in results])
    add(
        f"  rdflib / pyoxigraph (goal >= {GOALS['load_vs_rdflib']:g}x)",
        [
            fmt_x(r["rdflib"]["parse_s"] / r["ox"]["seconds"])
            + mark(r["rdflib"]["parse_s"] / r["ox"]["seconds"] >= GOALS["load_vs_rdflib"])
            for r in results
        ],
    )
    add("  rdflib / kg build", [fmt_x(r["rdflib"]["parse_s"] / r["build_s"]) for r in results])
    add(
        "PEAK RSS kg build / pyoxigraph / rdflib",
        [f"{r['build_mb']:.0f} / {r['ox']['peak_mb']:.0f} / {r['rdflib']['peak_mb']:.0f} MB" for r in results],
    )
    add("PEAK RSS queries (memory copy + disk store)", [f"{r['queries']['peak_mb']:.0f} MB" for r in results])
    names = [n for n in results[0]["queries"]["queries"] if n != "by-name"]
    for name in names:
        for backend, label in (("mem", "in memory"), ("disk", "on disk (--store)")):
            cells = []
            for r in results:
                q = r["queries"]["queries"][name]
                b = q[backend]
                ratio = b["kg"] / b["raw"]
                rows_note = f" [{q['rows']:,} rows]" if backend == "mem" else ""
                cells.append(
                    f"{fmt_s(b['kg'])} / {fmt_s(b['raw'])} = {fmt_x(ratio)}{mark(ratio <= GOALS['query_vs_raw'])}"
                    + rows_note
                )
            add(f"Q {name}, {label}: kg / raw pyoxigraph" if backend == "mem" else f"  {label}: kg / raw", cells)
        cells = []
        for r in results:
            q = r["queries"]["queries"][name]
            rd = r["rdflib"]["queries"].get(name)
            if not r["rdflib_queries"] or rd is None:
                cells.append("not run")
            elif rd.get("error"):
                cells.append(f"rdflib error: {rd['error']}")
            elif rd["seconds"] is None:
                cells.append(f"> {r['rdflib_timeout']:g} s (stopped)" + mark(True))
            else:
                speedup = rd["seconds"] / q["mem"]["kg"]
                cells.append(
                    f"{fmt_s(rd['seconds'])} = kg in memory {fmt_x(speedup)} faster"
                    + mark(speedup >= GOALS["query_vs_rdflib"])
                )
        add(f"  rdflib in memory (goal: kg >= {GOALS['query_vs_rdflib']:g}x faster)", cells)
    cells = []
    for r in results:
        b = r["queries"]["queries"]["by-name"]["mem"]
        cells.append(f"{fmt_s(b['kg'])} / {fmt_s(b['raw'])} = {fmt_x(b['kg'] / b['raw'])} (name resolution)")
    add("Q who-proposed-what -p actor=NAME, in memory: kg / raw", cells)
    if len(results) > 1:
        first, last = results[0], results[-1]
        growth = last["triples"] / first["triples"]
        for backend, label in (("mem", "in memory"), ("disk", "on disk")):
            cells = []
            for name in names:
                a = first["queries"]["queries"][name][backend]["kg"]
                b = last["queries"]["queries"][name][backend]["kg"]
                cells.append(f"{name} {b / a:.1f}x" + ("" if b / a <= growth * 1.1 else "!"))
            rows.append(
                (
                    f"GROWTH {cols[0]}->{cols[-1]} {label} (triples x{growth:.1f}; ! = worse than linear)",
                    ["; ".join(cells[:4]), "; ".join(cells[4:])],
                )
            )
    help_ratio = start["kg_help"] / start["click"]
    rows.append(
        (
            f"STARTUP kg --help / import click (goal <= {GOALS['help_vs_click']:g}x)",
            [
                f"{fmt_s(start['kg_help'])} / {fmt_s(start['click'])} = {fmt_x(help_ratio)}{mark(help_ratio <= GOALS['help_vs_click'])}"
            ]
            + [""] * (len(results) - 1),
        )
    )
    width = max(len(label) for label, _ in rows)
    widths = [max(len(c), *(len(v[i]) for _, v in rows if i < len(v))) for i, c in enumerate(cols)]
    lines = ["  ".join([f"{'metric':<{width}}"] + [f"{c:<{w}}" for c, w in zip(cols, widths)]).rstrip()]
    lines.append("  ".join(["-" * width] + ["-" * w for w in widths]))
    for label, values in rows:
        lines.append("  ".join([f"{label:<{width}}"] + [f"{v:<{w}}" for v, w in zip(values, widths)]).rstrip())
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100000,1000000", help="triple counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per query (median reported)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--rdflib-queries-max",
        type=int,
        default=100_000,
        help="largest size at which rdflib runs the queries (it parses at every size)",
    )
    parser.add_argument("--rdflib-timeout", type=float, default=120.0, help="seconds before an rdflib query is stopped")
    parser.add_argument("--workdir", default=None, help="keep corpora and stores here (default: a temporary folder)")
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        name, *rest = args.worker
        if name == "oxload":
            result = worker_oxload(rest[0])
        elif name == "queries":
            result = worker_queries(rest[0], rest[1], rest[2], rest[3], int(rest[4]))
        else:
            result = worker_rdflib(rest[0], json.loads(Path(rest[1]).read_text()), float(rest[2]))
        print(json.dumps(result))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    load_before = os.getloadavg()
    try:
        start = startup(max(5, args.repeat))
        results = []
        for n in sizes:
            result = one_size(n, work, args)
            result["rdflib_timeout"] = args.rdflib_timeout
            results.append(result)
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    print(table(results, start))
    load_after = os.getloadavg()
    print(
        f"\n{os.cpu_count()} CPUs; load average {load_before[0]:.1f} before, {load_after[0]:.1f} after; "
        f"Python {sys.version.split()[0]}; queries: median of {args.repeat} after a warm-up; "
        f"rdflib queries at <= {args.rdflib_queries_max:,} triples, stopped after {args.rdflib_timeout:g} s"
    )


if __name__ == "__main__":
    main()
