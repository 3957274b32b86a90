"""Load benchmark of ``kg serve`` against Oxigraph's own server: same graph, same SPARQL, same load.

    $ python benchmarks/bench_serve.py                       # 20 clients x 100 queries, bundled graph
    $ python benchmarks/bench_serve.py --store /tmp/reform.oxigraph --clients 8 --queries 50

It dumps the graph kg serves to N-Triples, loads it into an ``oxigraph`` store (the server binary
beside this Python, as ``pip install oxigraph`` puts it), and starts both servers on loopback:
``python -m kg serve`` with its default limits (every query in a killable worker process, bounded
queue, Host check, header/body timeouts, connection cap, the SPARQL check) and ``oxigraph
serve-read-only``. Each round sends every client's queries over one keep-alive connection; the
rounds alternate (kg, oxigraph, kg, oxigraph, …) so that both meet the same machine load.

The queries are the same SPARQL text for both: two named queries as ``kg serve`` binds them
(who-proposed-what with and without an actor), stances as CSV, a COUNT, a LIMIT 100 SELECT as CSV
and a CONSTRUCT as N-Triples. Every answer must be 200; the bodies of kg and oxigraph are compared
once before the rounds (CSV/N-Triples byte for byte, JSON as parsed rows).

It prints req/s, p50, p95, p99 per round, the p50 of each query of the mix, kg's resident memory across its rounds (a leak shows as
growth), and issue 16's goal 4: kg's throughput at least 0.8x Oxigraph's, its p50 within 1.5x,
as PASS or MISS on the median of the rounds. This is a benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote_plus, urlencode

from _serve import free_port, kg_serve

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOAL_RPS = 0.8  # kg's throughput at least this share of Oxigraph's
GOAL_P50 = 1.5  # kg's median latency at most this multiple of Oxigraph's


def oxigraph_binary() -> str:
    """The ``oxigraph`` server beside this Python (a venv's bin need not be on PATH)."""
    import shutil

    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if not found:
        raise SystemExit("the oxigraph server binary is not installed: pip install oxigraph")
    return found


# the queries of the mix, in the order the_queries gives them (for the per-query figures)
MIX_NAMES = (
    "who-proposed-what",
    "who-proposed-what baytaq",
    "stances csv",
    "COUNT form",
    "LIMIT 100 csv",
    "CONSTRUCT nt",
)


def the_queries(store_dir: str | None) -> tuple[list[tuple[str, str, bytes | None, dict[str, str]]], bytes]:
    """The mix as (method, path-and-query, form body, headers) with the path left for each server, and the graph as N-Triples."""
    import pyoxigraph

    from kg.graph import Graph
    from kg.queries import bind_params, bound_query, find_query

    graph = Graph.load(None, store_dir=store_dir)

    def named(name: str, **params: str) -> str:
        query = find_query(name)
        return str(bound_query(query.text, bind_params(query, params, resolve_actor=graph.resolve)))

    json_accept = {"Accept": "application/sparql-results+json"}
    csv_accept = {"Accept": "text/csv"}
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    mix: list[tuple[str, str, bytes | None, dict[str, str]]] = [
        ("GET", urlencode({"query": named("who-proposed-what")}), None, json_accept),
        ("GET", urlencode({"query": named("who-proposed-what", actor="baytaq")}), None, json_accept),
        ("GET", urlencode({"query": named("stances")}), None, csv_accept),
        (
            "POST",
            "",
            urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}).encode(),
            json_accept | form,
        ),
        ("GET", urlencode({"query": "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 100"}), None, csv_accept),
        (
            "GET",
            urlencode({"query": "CONSTRUCT WHERE { ?s a ?c } LIMIT 50"}),
            None,
            {"Accept": "application/n-triples"},
        ),
    ]
    triples = graph.store.dump(format=pyoxigraph.RdfFormat.N_TRIPLES, from_graph=pyoxigraph.DefaultGraph())
    return mix, triples


@contextlib.contextmanager
def oxigraph_serve(triples: bytes) -> Iterator[tuple[subprocess.Popen, int]]:
    """``oxigraph serve-read-only`` over a fresh store holding ``triples`` in its default graph."""
    import httpx

    binary = oxigraph_binary()
    with tempfile.TemporaryDirectory(prefix="bench-oxigraph-") as tmp:
        data = Path(tmp, "graph.nt")
        data.write_bytes(triples)
        subprocess.run(
            [binary, "load", "--location", f"{tmp}/store", "--file", str(data)],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        port = free_port()
        server = subprocess.Popen(
            [binary, "serve-read-only", "--location", f"{tmp}/store", "--bind", f"127.0.0.1:{port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            for _ in range(300):
                try:
                    if httpx.get(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            yield server, port
        finally:
            server.terminate()
            server.wait(15)


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (kg's workers share the template's pages, so this overcounts)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> tuple[float, float]:
    """CPU time (user + system) of a process itself and of its living descendants (kg's workers)."""
    tick = os.sysconf("SC_CLK_TCK")
    stats: dict[int, tuple[int, float]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                stats[int(entry.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / tick)
    family, grew = {pid}, True
    while grew:
        more = {p for p, (parent, _) in stats.items() if parent in family} - family
        family |= more
        grew = bool(more)
    own = stats.get(pid, (0, 0.0))[1]
    return own, sum(stats[p][1] for p in family if p in stats) - own


def request(conn: http.client.HTTPConnection, path: str, item) -> tuple[int, bytes]:
    method, query, body, headers = item
    conn.request(method, f"{path}?{query}" if query else path, body=body, headers=headers)
    response = conn.getresponse()
    return response.status, response.read()


def one_round(port: int, path: str, mix, clients: int, queries: int, pid: int | None = None) -> dict:
    """``clients`` threads, each sending ``queries`` requests of the mix over one keep-alive connection."""
    latencies: list[float] = []
    by_query: dict[int, list[float]] = {k: [] for k in range(len(mix))}
    errors: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(clients + 1)

    def client(n: int) -> None:
        mine, bad, which = [], [], []
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        start.wait()
        for i in range(queries):
            which.append((n + i) % len(mix))
            item = mix[which[-1]]
            started = time.perf_counter()
            try:
                status, body = request(conn, path, item)
                if status != 200:
                    bad.append(f"{status} {item[1][:40]}: {body[:80]!r}")
            except (OSError, http.client.HTTPException) as exc:
                bad.append(f"{type(exc).__name__} {item[1][:40]}")
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            mine.append(time.perf_counter() - started)
        conn.close()
        with lock:
            latencies.extend(mine)
            errors.extend(bad)
            for k, seconds in zip(which, mine, strict=True):
                by_query[k].append(seconds)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    start.wait()
    cpu_before = cpu_seconds(pid) if pid else (0.0, 0.0)
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    cpu_after = cpu_seconds(pid) if pid else (0.0, 0.0)
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))]

    return {
        "requests": len(latencies),
        "wall": wall,
        "rps": len(latencies) / wall,
        "p50": pct(50),
        "p95": pct(95),
        "p99": pct(99),
        "max": latencies[-1],
        "errors": errors,
        # None: the query got no sample (fewer requests than the mix has queries)
        "p50_by_query": [statistics.median(by_query[k]) if by_query[k] else None for k in range(len(mix))],
        "cpu_own": (cpu_after[0] - cpu_before[0]) / len(latencies),
        "cpu_children": (cpu_after[1] - cpu_before[1]) / len(latencies),
    }


def p50_cell(p50s: list[float | None]) -> str:
    """The median over the rounds in ms, of the rounds where the query got samples ("–" if none did)."""
    sampled = [p for p in p50s if p is not None]
    return f"{statistics.median(sampled) * 1000:6.1f}" if sampled else f"{'–':>6}"


def same_answers(kg_port: int, ox_port: int, mix) -> list[str]:
    """Where kg's and oxigraph's answers to the mix differ (JSON compared as rows, the rest as sets of lines)."""
    differ = []
    kg = http.client.HTTPConnection("127.0.0.1", kg_port, timeout=60)
    ox = http.client.HTTPConnection("127.0.0.1", ox_port, timeout=60)
    for item in mix:
        (ks, kb), (os_, ob) = request(kg, "/sparql", item), request(ox, "/query", item)
        if ks != 200 or os_ != 200:
            differ.append(f"{item[1][:40]}: kg {ks}, oxigraph {os_}")
        elif item[3].get("Accept", "").endswith("json"):
            if json.loads(kb)["results"] != json.loads(ob)["results"]:
                differ.append(f"{item[1][:40]}: JSON rows differ")
        elif "LIMIT" in unquote_plus(item[1]) and "ORDER" not in unquote_plus(item[1]):
            # an unordered LIMIT may pick any rows (each store scans in its own order): same count
            if len(kb.splitlines()) != len(ob.splitlines()):
                differ.append(f"{item[1][:40]}: row counts differ")
        elif sorted(kb.splitlines()) != sorted(ob.splitlines()):
            differ.append(f"{item[1][:40]}: bodies differ")
    kg.close()
    ox.close()
    return differ


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--queries", type=int, default=100, help="queries per client and round")
    parser.add_argument("--rounds", type=int, default=2, help="rounds per server (alternating)")
    parser.add_argument("--store", default=None, help="a store built by 'kg build --store' (default: bundled sources)")
    parser.add_argument("--max-concurrent", type=int, default=4)
    parser.add_argument(
        "--before",
        type=Path,
        default=None,
        help="another checkout of kg (e.g. 'git archive main | tar -x -C DIR') served too, as 'kg-before', in the same alternating rounds",
    )
    args = parser.parse_args()

    mix, triples = the_queries(args.store)
    load_before = os.getloadavg()[0]
    options = ["--max-concurrent", str(args.max_concurrent)] + (["--store", args.store] if args.store else [])
    results: dict[str, list[dict]] = {"kg": [], "oxigraph": []}
    with contextlib.ExitStack() as stack:
        kg_server, kg_port, _ = stack.enter_context(kg_serve(*options))
        servers = {"kg": (kg_port, "/sparql", kg_server.pid)}
        if args.before:
            before, before_port, _ = stack.enter_context(kg_serve(*options, root=args.before.resolve()))
            servers["kg-before"] = (before_port, "/sparql", before.pid)
            results["kg-before"] = []
        ox_server, ox_port = stack.enter_context(oxigraph_serve(triples))
        servers["oxigraph"] = (ox_port, "/query", ox_server.pid)
        differ = same_answers(kg_port, ox_port, mix)
        for port, path, _pid in servers.values():  # warm-up: every query a few times
            one_round(port, path, mix, 2, 2 * len(mix))
        rss = [rss_mb(kg_server.pid)]
        for _ in range(args.rounds):
            for name, (port, path, pid) in servers.items():
                results[name].append(one_round(port, path, mix, args.clients, args.queries, pid))
                if name == "kg":
                    rss.append(rss_mb(kg_server.pid))
    load_after = os.getloadavg()[0]
    count = triples.count(b"\n")

    print(
        f"kg serve (--max-concurrent {args.max_concurrent}, default limits) vs oxigraph serve-read-only on loopback; "
        f"{args.clients} clients x {args.queries} queries per round, keep-alive; "
        f"graph: {args.store or 'bundled sources'} ({count:,} triples)"
    )
    print(
        f"{'server':<10}{'round':>6}{'requests':>9}{'wall':>8}{'req/s':>8}{'p50':>9}{'p95':>9}{'p99':>9}{'errors':>8}{'CPU/req':>18}"
    )
    for name, rounds in results.items():
        for n, r in enumerate(rounds, 1):
            print(
                f"{name:<10}{n:>6}{r['requests']:>9}{r['wall']:>7.1f}s{r['rps']:>8.0f}"
                f"{r['p50'] * 1000:>7.1f}ms{r['p95'] * 1000:>7.1f}ms{r['p99'] * 1000:>7.1f}ms{len(r['errors']):>8}"
                f"{(r['cpu_own'] + r['cpu_children']) * 1000:>6.2f} ms"
                + (
                    f" ({r['cpu_own'] * 1000:.2f} server + {r['cpu_children'] * 1000:.2f} workers)"
                    if name.startswith("kg")
                    else ""
                )
            )

    def median(name: str, key: str) -> float:
        return statistics.median(r[key] for r in results[name])

    rps = median("kg", "rps") / median("oxigraph", "rps")
    p50 = median("kg", "p50") / median("oxigraph", "p50")
    p99 = median("kg", "p99") / median("oxigraph", "p99")
    verdict = {True: "PASS", False: "MISS"}
    print(
        f"goal 4 (medians of the rounds): throughput kg/oxigraph {median('kg', 'rps'):.0f}/{median('oxigraph', 'rps'):.0f}"
        f" = {rps:.2f}x (goal >= {GOAL_RPS}x) {verdict[rps >= GOAL_RPS]}; "
        f"p50 {median('kg', 'p50') * 1000:.1f}/{median('oxigraph', 'p50') * 1000:.1f} ms = {p50:.2f}x "
        f"(goal <= {GOAL_P50}x) {verdict[p50 <= GOAL_P50]}; "
        f"p99 {median('kg', 'p99') * 1000:.1f}/{median('oxigraph', 'p99') * 1000:.1f} ms = {p99:.2f}x"
    )
    print(
        "CPU/req: the server's processes (kg: its own and its workers'); a worker replaced during a round "
        "(after a query past 1 s) takes its CPU time with it, so under load kg's figure is a lower bound"
    )
    if args.before:
        print(
            f"kg before ({args.before}): {median('kg-before', 'rps'):.0f} req/s, p50 {median('kg-before', 'p50') * 1000:.1f} ms, "
            f"CPU/req {statistics.median(r['cpu_own'] + r['cpu_children'] for r in results['kg-before']) * 1000:.2f} ms; "
            f"now: {median('kg', 'rps'):.0f} req/s, p50 {median('kg', 'p50') * 1000:.1f} ms, "
            f"CPU/req {statistics.median(r['cpu_own'] + r['cpu_children'] for r in results['kg']) * 1000:.2f} ms"
        )
    print(f"kg serve RSS (server process): {' -> '.join(f'{m:.0f}' for m in rss)} MB (after warm-up, then each round)")
    print(f"answers: {'kg and oxigraph agree on every query of the mix' if not differ else '; '.join(differ)}")
    print(
        f"{os.cpu_count()} CPUs, load average {load_before:.1f} before, {load_after:.1f} after "
        "(the machine is shared; client and servers share its cores)"
    )
    print("p50 per query of the mix (ms; medians of the rounds):")
    for k, label in enumerate(MIX_NAMES):
        cells = "  ".join(
            f"{name} {p50_cell([r['p50_by_query'][k] for r in rounds])}" for name, rounds in results.items()
        )
        print(f"  {label:<26}{cells}")
    for error in [e for rounds in results.values() for r in rounds for e in r["errors"]][:10]:
        print("error:", error)


if __name__ == "__main__":
    main()
