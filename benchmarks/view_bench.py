"""Benchmark the network view: synthetic graphs of 200, 2,000 and 5,000 nodes.

For each size it writes the page, opens it from file:// in headless Chromium
and prints the Python build time (layout + page), the page size, and the time
from navigation start to the first complete draw (physics is off, so the first
draw is the stabilised picture).

    $ python benchmarks/view_bench.py            # 200 2000 5000
    $ python benchmarks/view_bench.py 2000 --chromium /usr/bin/chromium

This is a benchmark, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.browser import launch  # noqa: E402


# share of nodes per type, roughly the shape of the real graph
MIX = [
    ("person", 0.40),
    ("proposal", 0.22),
    ("provision", 0.10),
    ("party", 0.03),
    ("party-unit", 0.04),
    ("state-body", 0.05),
    ("platform", 0.03),
    ("event", 0.05),
    ("speech", 0.05),
    ("document", 0.03),
]


def synthetic_graph(n: int, *, seed: int = 1):
    """A random graph with the projection's attributes: about 1.6 links per node."""
    import networkx as nx

    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    by_type: dict[str, list[str]] = {}
    for i in range(n):
        r, acc, node_type = rng.random(), 0.0, MIX[-1][0]
        for t, share in MIX:
            acc += share
            if r < acc:
                node_type = t
                break
        iri = f"https://example.org/kg/{node_type}/{i:05d}"
        month = rng.randint(1, 12)
        g.add_node(
            iri,
            iri=iri,
            type=node_type,
            label=f"{node_type.title()} {i}",
            labels=[f"{node_type.title()} {i}", f"Тұлға {i}"],
            description=f"Synthetic {node_type} number {i}",
            date=f"2022-{month:02d}-01" if rng.random() < 0.5 else None,
            proposals=0,
        )
        by_type.setdefault(node_type, []).append(iri)

    def pick(t: str) -> str | None:
        pool = by_type.get(t)
        # a few hubs get most links, like parties and parliament do
        return pool[min(int(rng.paretovariate(1.2)) - 1, len(pool) - 1)] if pool else None

    rules = [
        ("person", "proposed", "proposal", 0.5),
        ("proposal", "targets", "provision", 0.3),
        ("person", "member of", "party", 0.2),
        ("person", "holds post in", "state-body", 0.15),
        ("proposal", "submitted via", "platform", 0.15),
        ("person", "spoke at", "event", 0.1),
        ("person", "supports", "proposal", 0.1),
        ("party-unit", "part of", "party", 0.05),
    ]
    for source in list(g.nodes):
        t = g.nodes[source]["type"]
        for st, relation, tt, p in rules:
            if st == t and rng.random() < p * 3:
                target = pick(tt) if rng.random() < 0.5 else rng.choice(by_type.get(tt, [None]))
                if target:
                    g.add_edge(source, target, relation=relation, label=relation, date=None,
                               evidence=[{"outlet": "Example", "date": "2022-03-01", "quote": "…", "url": "https://example.org/"}])
                    if relation == "proposed":
                        g.nodes[source]["proposals"] += 1
    return g


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[200, 2000, 5000])
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--keep", type=Path, help="folder to keep the pages in")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from kg.view import layout, write_html

    folder = args.keep or Path(tempfile.mkdtemp(prefix="kg-view-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"{'nodes':>6} {'edges':>6} {'layout s':>9} {'write s':>8} {'page MB':>8} {'first draw s':>13} {'load→stable s':>14}")
    with sync_playwright() as p:
        browser = launch(p, executable=args.chromium)
        for n in args.sizes:
            g = synthetic_graph(n)
            t0 = time.perf_counter()
            layout(g)
            t_layout = time.perf_counter() - t0
            path = folder / f"bench-{n}.html"
            t0 = time.perf_counter()
            write_html(g, path, title=f"Benchmark {n}")
            t_write = time.perf_counter() - t0
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            t0 = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_function("window.kgView && window.kgView.stabilised", timeout=120_000)
            wall = time.perf_counter() - t0
            first = page.evaluate("window.kgView.firstDrawMs") / 1000
            counts = page.evaluate("[kgView.nodeCount(), kgView.edgeCount()]")
            assert counts == [g.number_of_nodes(), g.number_of_edges()], counts
            page.close()
            size = path.stat().st_size / 1e6
            print(f"{n:>6} {g.number_of_edges():>6} {t_layout:>9.2f} {t_write:>8.2f} {size:>8.2f} {first:>13.2f} {wall:>14.2f}")
        browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
