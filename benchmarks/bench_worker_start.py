"""How long a query worker takes to start, and what a query right after a killed one waits.

    $ python benchmarks/bench_worker_start.py            # 30 rounds on the default graph
    $ python benchmarks/bench_worker_start.py --rounds 100

Each round kills the pool's one worker with a runaway query (a 0.05 s limit), then times the next,
instant, query from the call to its answer: it waits for the replacement to be ready (its
start-up: fork from the template, set-up, the ready byte) and then runs. The kill's own time is
not counted. The pool is the one ``kg serve`` makes (``warm_up`` in the template). Medians and
maxima are printed with the machine's load average.

This is a benchmark, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from datetime import datetime, timezone

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE {?a ?b ?c.?d ?e ?f.?g ?h ?i}"


def count(graph, text: str) -> int:
    return len(list(graph.store.query(text)))


def pid(graph) -> int:
    return os.getpid()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    rounds = parser.parse_args().rounds

    from kg.errors import QueryTimeout
    from kg.graph import Graph
    from kg.serve import warm_up
    from kg.store import build_store
    from kg.worker import QueryPool

    graph = Graph(build_store())
    after_kill, warm = [], []
    with QueryPool(graph, workers=1, warm_up=warm_up) as pool:
        for _ in range(rounds):
            start = time.perf_counter()
            pool.run(pid, timeout_s=30)
            warm.append(time.perf_counter() - start)
            try:
                pool.run(count, RUNAWAY, timeout_s=0.05)
            except QueryTimeout:
                pass
            start = time.perf_counter()
            pool.run(pid, timeout_s=30)
            after_kill.append(time.perf_counter() - start)
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"# bench_worker_start, {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores, load {load}")
    for name, times in (("instant query on a warm worker", warm), ("instant query right after a kill", after_kill)):
        print(
            f"{name:34} median {statistics.median(times) * 1000:6.2f} ms   max {max(times) * 1000:6.2f} ms   ({rounds} rounds)"
        )


if __name__ == "__main__":
    main()
