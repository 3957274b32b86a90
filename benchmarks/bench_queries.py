"""Time every named query on a synthetic corpus (kg synth), median of a few runs each.

One row per fact with its sources costs sub-selects (kg/querytext.py PROVENANCE); this prints
what each named query costs at a given size, so a change to the query text can be compared.

    python benchmarks/bench_queries.py --facts 5000        # ~100 k triples
    python benchmarks/bench_queries.py --corpus /tmp/corpus
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--facts", type=int, default=5000, help="facts of the synthetic corpus (default 5000)")
    parser.add_argument("--corpus", type=Path, help="an existing corpus folder instead of a new synthetic one")
    parser.add_argument("--runs", type=int, default=3, help="runs per query (the median is printed)")
    args = parser.parse_args()

    from kg.queries import list_queries, run_named
    from kg.store import build_store

    corpus = args.corpus
    if corpus is None:
        from kg.synth import synthesize

        corpus = Path(tempfile.mkdtemp()) / "corpus"
        synthesize(corpus, facts=args.facts, seed=1)
    store = build_store([corpus])
    print(f"{len(store):,} triples; load average {os.getloadavg()[0]:.1f} (2 cores shared: figures are noisy)")
    for query in list_queries():
        if any(not p.optional for p in query.params):
            continue  # 'actor' needs an actor
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            rows = len(list(run_named(store, query, {})))
            times.append(time.perf_counter() - start)
        print(f"{query.name:20s} {rows:7,d} rows  {statistics.median(times) * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
