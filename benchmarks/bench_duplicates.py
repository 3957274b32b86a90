"""How long `kg duplicates` takes to find probable duplicate actors, against comparing every pair of labels.

The actors are the registry's and those of every real-news part (``tests/data/extract_real/*/actors.yaml``, each
part's ids kept apart), about 1,300 actors and 3,500 labels: the spellings of one person and the bodies with and
without the state's name that the parts write independently. ``--all-pairs`` also times the comparison of every
pair (what ``kg.names.duplicate_candidates`` did before it read only the pairs that can score) and checks that both
list the same rows.

    $ python benchmarks/bench_duplicates.py
    $ python benchmarks/bench_duplicates.py --all-pairs --actors 800     # about a minute: every pair of 800

This is a measurement, not a test: it prints figures (and exits 1 only if the two lists differ).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def actors() -> list:
    """The registry's actors and every real-news part's, each part's ids prefixed with the part's name."""
    from kg.resolve import corpus_entries
    from kg.sources import load_corpus

    out = list(corpus_entries(load_corpus()))
    for part in sorted((ROOT / "tests" / "data" / "extract_real").iterdir()):
        if (part / "actors.yaml").is_file():
            out += [(f"{part.name}-{a}", labels, g) for a, labels, g in corpus_entries(load_corpus([part]))]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--all-pairs", action="store_true", help="also compare every pair of labels, and check both agree")
    ap.add_argument("--actors", type=int, help="only the first N actors (every pair of all of them takes ~20 minutes)")
    args = ap.parse_args(argv)
    import kg.names as names

    entries = actors()[: args.actors]
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"# {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, load average {load} on {os.cpu_count()} cores")
    print(f"{len(entries):,} actors, {sum(len(e[1]) for e in entries):,} labels")
    t0 = time.perf_counter()
    rows = names.duplicate_candidates(entries)
    blocked = time.perf_counter() - t0
    print(f"kg duplicates (pairs that can score): {blocked:.2f} s, {len(rows):,} pairs listed")
    if not args.all_pairs:
        return 0
    saved = names._candidate_pairs
    names._candidate_pairs = lambda labels, bare, threshold: set(itertools.combinations(range(len(labels)), 2))
    try:
        t0 = time.perf_counter()
        every = names.duplicate_candidates(entries)
        slow = time.perf_counter() - t0
    finally:
        names._candidate_pairs = saved
    print(f"every pair of labels compared:        {slow:.2f} s, {len(every):,} pairs listed ({slow / blocked:.0f}x)")
    print("the same rows" if every == rows else "THE ROWS DIFFER")
    return 0 if every == rows else 1


if __name__ == "__main__":
    raise SystemExit(main())
