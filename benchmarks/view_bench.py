"""Benchmark `kg view` against a plain pyvis page of the same graph, on corpora from `kg synth`.

For each size it writes a synthetic corpus (``kg synth``), builds its store (``kg build
--store``), then measures, in one run:

* ``queries s``: the projection queries of :mod:`kg.projection` alone (``query_texts()``);
* ``view s``: the Python side of ``kg view --store --group-above 0`` (projection, layouts, page;
  every node drawn, as in the pyvis page: grouped pages have benchmarks/view_group_bench.py), and its
  ratio to the queries (medians of ``--py-repeat`` runs, the two alternately), in wall time
  and in CPU time (which other work on a busy machine disturbs less); ``rest s``: CPU seconds of
  ``kg view`` beyond its queries (its own Python work: a cheaper query lowers the ratio's
  denominator, not this);
* the page ``kg view`` writes and a pyvis page of the same graph (positions precomputed,
  physics off, straight edges, vis-network inlined so that both are offline): size in MB,
  and in headless Chromium the time from navigation to the first complete draw and to the
  stable picture (pyvis with physics off is stable at its first draw), with our/pyvis ratios
  (medians of ``--repeat`` openings, the two pages alternately).

    $ python benchmarks/view_bench.py                       # 2000 6500 14000 facts: ~2k, 5k, 10k nodes
    $ python benchmarks/view_bench.py 2000 --work /tmp/vb   # keep (and reuse) corpora and stores

It ends with each goal of issue #14 (part 4) as PASS or MISS at every size: ``kg view``'s
Python side within 1.5x of the queries (and under 3 s from 9,500 nodes), first draw and
load->stable within 1.1x of pyvis, page size within 1.3x of pyvis. The machine's load average is
printed beside the figures: other work on the machine slows both sides of every ratio.

This is a benchmark, not a test: it prints figures and asserts nothing but that both pages
hold the whole graph.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.browser import launch

CONSTRUCT = "network = new vis.Network(container, data, options);"
FIRST_DRAW_PROBE = (
    CONSTRUCT
    + """
                  network.once("afterDrawing", function () {
                    window.__kgFirstDraw = performance.now();
                    window.__kgNodes = network.body.data.nodes.length;
                  });"""
)


def pyvis_page(graph, positions: dict, path: Path) -> Path:
    """The same graph as pyvis draws it: labels, tooltips, colours, shapes, given positions, no physics."""
    from pyvis.network import Network

    from kg.view import NODE_TYPES, RELATIONS

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    for v, d in graph.nodes(data=True):
        colour, shape = NODE_TYPES.get(d.get("type", ""), ("#cccccc", "dot"))
        x, y = positions[v]
        net.add_node(
            v,
            label=d.get("label", v),
            title=d.get("description") or d.get("label", v),
            color=colour,
            shape=shape,
            x=x,
            y=y,
            physics=False,
        )
    for u, v, d in graph.edges(data=True):
        net.add_edge(u, v, title=d.get("label", ""), color=RELATIONS.get(d.get("relation", ""), ("#aaaaaa", False))[0])
    net.set_options('{"physics": {"enabled": false}, "edges": {"smooth": false}, "layout": {"improvedLayout": false}}')
    page = net.generate_html()
    if CONSTRUCT not in page:
        raise SystemExit("this pyvis version builds its network differently; update FIRST_DRAW_PROBE")
    path.write_text(page.replace(CONSTRUCT, FIRST_DRAW_PROBE, 1), encoding="utf-8")
    return path


def open_and_time(browser, path: Path, ready: str, first: str) -> tuple[float, float, int]:
    """(first draw s, load→stable s, nodes) of a page in a fresh tab."""
    page = browser.new_page(viewport={"width": 1600, "height": 1000})
    t0 = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_function(ready, timeout=600_000, polling=20)
    wall = time.perf_counter() - t0
    drawn = page.evaluate(first) / 1000
    nodes = page.evaluate("window.kgView ? kgView.nodeCount() : window.__kgNodes")
    page.close()
    return drawn, wall, nodes


def query_time(store) -> tuple[float, float]:
    """(wall s, CPU s) of the projection's queries alone, every row read."""
    from kg import projection
    from kg.queries import run_sparql
    from kg.vocab import sparql_prologue

    t0, c0 = time.perf_counter(), time.process_time()
    for text in projection.query_texts():
        for _ in run_sparql(store, sparql_prologue() + text):
            pass
    return time.perf_counter() - t0, time.process_time() - c0


GOALS = (
    # (name, column, bound, applies from this many nodes)
    ("kg view Python <= 1.5x queries", "view_ratio", 1.5, 0),
    ("  the same in CPU time", "cpu_ratio", 1.5, 0),
    ("kg view Python < 3 s", "view_s", 3.0, 9_500),
    ("first draw <= 1.1x pyvis", "draw_ratio", 1.1, 0),
    ("load->stable <= 1.1x pyvis", "stable_ratio", 1.1, 0),
    ("page size <= 1.3x pyvis", "mb_ratio", 1.3, 0),
)


def synthetic_store(work: Path, facts: int):
    """The store of a ``kg synth --seed 1`` corpus of ``facts`` facts, written under ``work`` once
    and reused by later runs (``--work``)."""
    from kg.store import build_store, open_store
    from kg.synth import synthesize

    corpus, store_dir = work / f"corpus-{facts}", work / f"store-{facts}"
    if not store_dir.exists():
        if not corpus.exists():
            synthesize(corpus, facts=facts, seed=1)
        build_store([corpus], store_dir=store_dir)
    return open_store(store_dir)


def load() -> str:
    """The machine's 1, 5 and 15 minute load averages, to print beside the figures."""
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def print_goals(rows: list[dict[str, float]]) -> None:
    """One line per goal: PASS or MISS at each size (``-`` where the goal does not apply)."""
    print(f"\n{'goals (issue #14, part 4)':<34}" + "".join(f"{int(r['nodes']):>11,} n" for r in rows))
    for name, column, bound, upto in GOALS:
        cells = []
        for r in rows:
            if r["nodes"] < upto:
                cells.append(f"{'-':>13}")
            else:
                cells.append(f"{'PASS' if r[column] <= bound else 'MISS'} {r[column]:5.2f}".rjust(13))
        print(f"  {name:<32}" + "".join(cells))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("facts", nargs="*", type=int, default=[2000, 6500, 14000], help="facts per synthetic corpus")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--work", type=Path, help="folder to keep (and reuse) corpora, stores and pages in")
    parser.add_argument(
        "--repeat", type=int, default=3, help="open each page this many times, alternately; medians are printed"
    )
    parser.add_argument(
        "--py-repeat",
        type=int,
        default=3,
        help="time the queries and kg view this many times each; medians are printed",
    )
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from kg.view import write_view
    from kg.view_layout import layout

    work = args.work or Path(tempfile.mkdtemp(prefix="kg-view-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"load average at start: {load()} ({os.cpu_count()} cores)")
    head = (
        f"{'facts':>6} {'nodes':>6} {'edges':>6} {'queries s':>9} {'view s':>7} {'ratio':>6} {'cpu':>5} {'rest s':>6} "
        f"{'MB':>6} {'pyvis MB':>8} {'ratio':>6} {'draw s':>7} {'pyvis':>6} {'ratio':>6} "
        f"{'stable s':>8} {'pyvis':>6} {'ratio':>6}  load"
    )
    print(head)
    rows: list[dict[str, float]] = []
    with sync_playwright() as p:
        browser = launch(p, executable=args.chromium)
        for facts in args.facts:
            store = synthetic_store(work, facts)
            ours = work / f"view-{facts}.html"
            query_runs, view_runs = [], []
            for _ in range(args.py_repeat):  # alternately, as for the pages
                query_runs.append(query_time(store))
                t0, c0 = time.perf_counter(), time.process_time()
                graph = write_view(store, ours, group_above=0)  # every node drawn, as the pyvis page does
                view_runs.append((time.perf_counter() - t0, time.process_time() - c0))
            t_queries, t_view = (
                statistics.median(r[0] for r in query_runs),
                statistics.median(r[0] for r in view_runs),
            )
            cpu_view, cpu_queries = (
                statistics.median(r[1] for r in view_runs),
                statistics.median(r[1] for r in query_runs),
            )
            cpu_ratio = cpu_view / cpu_queries
            theirs = pyvis_page(graph.graph(), layout(graph), work / f"pyvis-{facts}.html")
            del store
            runs = []
            for _ in range(args.repeat):  # alternately, so that a busy moment hits both pages alike
                runs.append(
                    (
                        open_and_time(browser, ours, "window.kgView && window.kgView.stabilised", "kgView.firstDrawMs"),
                        open_and_time(browser, theirs, "window.__kgFirstDraw !== undefined", "window.__kgFirstDraw"),
                    )
                )
            assert all(o[2] == t[2] == graph.number_of_nodes() for o, t in runs), runs
            our = (statistics.median(o[0] for o, _ in runs), statistics.median(o[1] for o, _ in runs))
            their = (statistics.median(t[0] for _, t in runs), statistics.median(t[1] for _, t in runs))
            mb, pmb = ours.stat().st_size / 1e6, theirs.stat().st_size / 1e6
            row = {
                "nodes": graph.number_of_nodes(),
                "view_s": t_view,
                "view_ratio": t_view / t_queries,
                "cpu_ratio": cpu_ratio,
                "mb_ratio": mb / pmb,
                "draw_ratio": our[0] / their[0],
                "stable_ratio": our[1] / their[1],
            }
            rows.append(row)
            print(
                f"{facts:>6} {graph.number_of_nodes():>6} {graph.number_of_edges():>6} {t_queries:>9.2f} {t_view:>7.2f} "
                f"{row['view_ratio']:>6.2f} {cpu_ratio:>5.2f} {cpu_view - cpu_queries:>6.2f} {mb:>6.2f} {pmb:>8.2f} {row['mb_ratio']:>6.2f} "
                f"{our[0]:>7.2f} {their[0]:>6.2f} {row['draw_ratio']:>6.2f} "
                f"{our[1]:>8.2f} {their[1]:>6.2f} {row['stable_ratio']:>6.2f}  {load()}",
                flush=True,
            )
        browser.close()
    print_goals(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
