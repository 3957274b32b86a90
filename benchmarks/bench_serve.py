"""Load benchmark of ``kg serve`` on loopback: N clients x M queries, with threads and httpx.

    $ python benchmarks/bench_serve.py                       # 20 clients x 200 queries, bundled graph
    $ python benchmarks/bench_serve.py --store /tmp/reform.oxigraph --clients 8 --queries 50

It starts ``python -m kg serve`` in a child process, warms it up, then runs two rounds of the
same load and prints throughput, latency percentiles, errors, and the server's resident memory
(RSS) before, after round 1 and after round 2 (a leak shows as growth between the rounds).
The queries are a mix: named queries with and without an actor, a COUNT, a LIMIT 100 SELECT as
CSV, and a CONSTRUCT as N-Triples.

This is a benchmark, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import threading
import time
from pathlib import Path

import httpx
from _serve import kg_serve

ROOT = Path(__file__).resolve().parents[1]

MIX = [
    ("GET", "/queries/who-proposed-what", {"params": {"format": "json"}}),
    ("GET", "/queries/who-proposed-what", {"params": {"actor": "baytaq"}}),
    ("GET", "/queries/stances", {"params": {"format": "csv"}}),
    ("POST", "/sparql", {"data": {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}}),
    (
        "GET",
        "/sparql",
        {"params": {"query": "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 100"}, "headers": {"Accept": "text/csv"}},
    ),
    (
        "GET",
        "/query",
        {"params": {"query": "CONSTRUCT WHERE { ?s a ?c } LIMIT 50"}, "headers": {"Accept": "application/n-triples"}},
    ),
]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def one_round(base: str, clients: int, queries: int) -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def client(n: int) -> None:
        mine, bad = [], []
        with httpx.Client(base_url=base, timeout=60) as http:
            for i in range(queries):
                method, path, kwargs = MIX[(n + i) % len(MIX)]
                started = time.perf_counter()
                try:
                    response = http.request(method, path, **kwargs)
                    if response.status_code != 200:
                        bad.append(f"{response.status_code} {path}: {response.text[:80]}")
                except httpx.HTTPError as exc:
                    bad.append(f"{type(exc).__name__} {path}")
                mine.append(time.perf_counter() - started)
        with lock:
            latencies.extend(mine)
            errors.extend(bad)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
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
        "mean": statistics.mean(latencies),
        "errors": errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--queries", type=int, default=200, help="queries per client and round")
    parser.add_argument("--store", default=None, help="a store built by 'kg build --store' (default: bundled sources)")
    parser.add_argument("--max-concurrent", type=int, default=4)
    args = parser.parse_args()

    options = ["--max-concurrent", str(args.max_concurrent)] + (["--store", args.store] if args.store else [])
    with kg_serve(*options) as (server, port, _command):
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=base, timeout=60) as http:  # warm-up: every kind of request once
            for method, path, kwargs in MIX:
                http.request(method, path, **kwargs).raise_for_status()
        before = rss_mb(server.pid)
        first = one_round(base, args.clients, args.queries)
        after_first = rss_mb(server.pid)
        second = one_round(base, args.clients, args.queries)
        after_second = rss_mb(server.pid)

    print(
        f"kg serve on loopback: {args.clients} clients x {args.queries} queries per round, "
        f"--max-concurrent {args.max_concurrent}, graph: {args.store or 'bundled sources (in memory)'}"
    )
    print(f"{'round':<8}{'requests':>9}{'wall':>9}{'req/s':>9}{'p50':>9}{'p95':>9}{'p99':>9}{'max':>9}{'errors':>8}")
    for name, r in (("1", first), ("2", second)):
        print(
            f"{name:<8}{r['requests']:>9}{r['wall']:>8.1f}s{r['rps']:>9.0f}"
            f"{r['p50'] * 1000:>7.1f}ms{r['p95'] * 1000:>7.1f}ms{r['p99'] * 1000:>7.1f}ms{r['max'] * 1000:>7.0f}ms"
            f"{len(r['errors']):>8}"
        )
    print(
        f"server RSS: {before:.0f} MB after warm-up, {after_first:.0f} MB after round 1, {after_second:.0f} MB after round 2"
    )
    load = os.getloadavg()
    print(f"{os.cpu_count()} CPUs, load average {load[0]:.1f}; client and server share the machine")
    for error in (first["errors"] + second["errors"])[:10]:
        print("error:", error)


if __name__ == "__main__":
    main()
