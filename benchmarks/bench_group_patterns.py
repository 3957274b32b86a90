"""How Oxigraph's time grows with the number of triple patterns joined in one query.

    $ python benchmarks/bench_group_patterns.py                 # the shapes below, 25 to 200 patterns
    $ python benchmarks/bench_group_patterns.py --sizes 50,100 --cap 10

Each query runs on an empty store, so what is timed is Oxigraph parsing and planning the query
(its evaluation finds nothing): the part no ``LIMIT`` shortens and no data explains. Shapes:

- ``star``: one group, one subject, a fixed predicate and a new object per pattern;
- ``star-var``: the same with a variable predicate in each pattern;
- ``chain``: one group, ``?x0 :p ?x1 . ?x1 :p ?x2 …``;
- ``apart``: one group of patterns that share no variable;
- ``groups``: one pattern per group, the groups side by side (``{ … } { … }``), joined;
- ``optional``: one pattern, then one ``OPTIONAL { … }`` of one pattern each;
- ``union``: one pattern per branch of a ``UNION``.

Each run is a process of its own ended after ``--cap`` seconds (then shown as ``>cap``), so a stall
holds nothing up. The figures go to ``benchmarks/results/bench_group_patterns.txt`` with the load
average; :data:`kg.queries.MAX_PATTERNS` is chosen from them.

This is a benchmark, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

SHAPES = ("star", "star-var", "chain", "apart", "groups", "optional", "union")
RESULTS = Path(__file__).parent / "results" / "bench_group_patterns.txt"


def query(shape: str, n: int) -> str:
    """A SELECT of ``n`` triple patterns in the shape ``shape``."""
    p = "<http://example.org/p>"
    if shape == "star":
        body = " . ".join(f"?s <http://example.org/p{i}> ?o{i}" for i in range(n))
    elif shape == "star-var":
        body = " . ".join(f"?s ?p{i} ?o{i}" for i in range(n))
    elif shape == "chain":
        body = " . ".join(f"?x{i} {p} ?x{i + 1}" for i in range(n))
    elif shape == "apart":
        body = " . ".join(f"?s{i} {p} ?o{i}" for i in range(n))
    elif shape == "groups":
        body = " ".join(f"{{ ?s <http://example.org/p{i}> ?o{i} }}" for i in range(n))
    elif shape == "optional":
        body = f"?s {p} ?o . " + " ".join(f"OPTIONAL {{ ?s <http://example.org/p{i}> ?o{i} }}" for i in range(n - 1))
    elif shape == "union":
        body = " UNION ".join(f"{{ ?s <http://example.org/p{i}> ?o{i} }}" for i in range(n))
    else:
        raise ValueError(shape)
    return "SELECT * WHERE { " + body + " }"


def _one(shape: str, n: int) -> None:
    """Child: time one query on an empty store and print the seconds."""
    import pyoxigraph

    store = pyoxigraph.Store()
    text = query(shape, n)
    start = time.perf_counter()
    for _ in store.query(text):
        pass
    print(f"{time.perf_counter() - start:.4f}")


def timed(shape: str, n: int, cap: float) -> float | None:
    """Seconds for one query in a process of its own; None past ``cap``."""
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--one", shape, str(n)], capture_output=True, text=True, timeout=cap, check=True
        )
    except subprocess.TimeoutExpired:
        return None
    return float(done.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="25,50,64,75,100,150,200")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--cap", type=float, default=30.0, help="seconds one run may take")
    parser.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    if args.one:
        _one(args.one[0], int(args.one[1]))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    shapes = args.shapes.split(",")
    load = os.getloadavg()
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"# bench_group_patterns {stamp}, load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}, {os.cpu_count()} cores",
        "# seconds for Oxigraph to parse, plan and run a query of N triple patterns on an empty store",
        "shape      " + "".join(f"{n:>9}" for n in sizes),
    ]
    print("\n".join(lines), flush=True)
    for shape in shapes:
        cells = []
        stalled = False
        for n in sizes:
            seconds = None if stalled else timed(shape, n, args.cap)
            stalled = seconds is None  # larger sizes take longer still: not run
            cells.append(f"{'>' + format(args.cap, 'g'):>9}" if seconds is None else f"{seconds:>9.3f}")
        line = f"{shape:<11}" + "".join(cells)
        print(line, flush=True)
        lines.append(line)
    if not args.no_write:
        from kg.fileio import write_atomic

        write_atomic(RESULTS, ("\n".join(lines) + "\n").encode())


if __name__ == "__main__":
    main()
