"""Benchmark the grouped page of `kg view` beyond --group-above nodes, on corpora from `kg synth`.

For each size it writes a synthetic corpus (``kg synth``), builds its store (``kg build
--store``), writes the page as ``kg view --store`` does (grouped: the default
``--group-above``), then opens it in headless Chromium at 1600×1000 and prints:

* ``view s``: the Python side of ``kg view --store`` (projection, groups, layouts, page);
* ``MB``: the page's size;
* ``draw s``: navigation to the first complete draw (median of ``--repeat`` openings), and
  what that draw holds: ``drawn`` nodes (groups) and ``links`` (between groups);
* ``expand ms``: expanding the largest organisation's group in place (applyFilters,
  labels, redraw), then ``search ms``: a search whose hit sits in another, collapsed group
  (expands it and selects the node), once ``folded s`` (from navigation) has passed: the
  page folds every name for the search in short slices after its first draw;
* with ``--ungrouped``, the same page with ``--group-above 0`` (every node drawn) beside it.

    $ python benchmarks/view_group_bench.py                     # 27000 70000 facts: ~20k, ~50k nodes
    $ python benchmarks/view_group_bench.py 27000 --ungrouped --work /tmp/vgb

This is a benchmark, not a test: it prints figures and asserts only that the first draw
holds nothing but groups.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.browser import launch

_EXPAND = """() => {
  const ids = kgView.visibleNodeIds().filter(id => id[0] === 'g' && kgView.node(id).head);
  ids.sort((a, b) => kgView.node(b).count - kgView.node(a).count);
  const g = ids[0], t0 = performance.now();
  kgView.expandGroup(g);
  const ms = performance.now() - t0;
  return [ms, kgView.groupMembers(g).length, kgView.visibleNodeIds().length];
}"""
_SEARCH = """() => {
  // the best-linked person of the largest group still closed
  const closed = kgView.visibleNodeIds().filter(id => id[0] === 'g' && kgView.node(id).head);
  closed.sort((a, b) => kgView.node(b).count - kgView.node(a).count);
  const people = kgView.groupMembers(closed[0]).map(id => kgView.node(id)).filter(n => n.type === 'person');
  people.sort((a, b) => b.degree - a.degree);
  const n = people[0];
  const t0 = performance.now();
  const hit = kgView.search(n.label);
  return [performance.now() - t0, hit !== null && kgView.groupOf(hit) === closed[0]];
}"""


def open_page(browser, path: Path, *, interact: bool) -> dict:
    """First draw (s), what it holds, and (when ``interact``) expand and search times, in a fresh tab."""
    page = browser.new_page(viewport={"width": 1600, "height": 1000})
    page.goto(path.as_uri())
    page.wait_for_function("window.kgView && window.kgView.stabilised", timeout=900_000, polling=20)
    out = {
        "draw": page.evaluate("kgView.firstDrawMs") / 1000,
        "drawn": page.evaluate("kgView.visibleNodeCount()"),
        "links": page.evaluate("kgView.visibleEdgeCount()"),
        "groups": page.evaluate("kgView.groupCount ? kgView.groupCount() : 0"),
        "only_groups": page.evaluate("kgView.visibleNodeIds().every(id => id[0] === 'g')"),
    }
    if out["groups"]:  # names are folded for the search in slices after the first draw
        while not page.evaluate("kgView.folded === true"):  # polled from here: the page's CSP forbids eval
            page.wait_for_timeout(50)
        out["folded"] = page.evaluate("kgView.foldedMs") / 1000
    if interact and out["groups"]:
        out["expand"] = page.evaluate(_EXPAND)
        out["search"] = page.evaluate(_SEARCH)
    page.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("facts", nargs="*", type=int, default=[27000, 70000], help="facts per synthetic corpus")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--work", type=Path, help="folder to keep (and reuse) corpora, stores and pages in")
    parser.add_argument("--repeat", type=int, default=3, help="open each page this many times; medians are printed")
    parser.add_argument("--ungrouped", action="store_true", help="also measure the page with --group-above 0")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright
    from view_bench import synthetic_store

    from kg.view import write_view

    work = args.work or Path(tempfile.mkdtemp(prefix="kg-view-group-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(
        f"{'facts':>6} {'nodes':>6} {'links':>6} {'page':>9} {'view s':>7} {'MB':>6} {'draw s':>7} "
        f"{'drawn':>6} {'links':>6} {'expand ms':>9} {'members':>7} {'folded s':>8} {'search ms':>9}"
    )
    with sync_playwright() as p:
        browser = launch(p, executable=args.chromium)
        for facts in args.facts:
            store = synthetic_store(work, facts)
            kinds = [("grouped", None)] + ([("ungrouped", 0)] if args.ungrouped else [])
            for name, group_above in kinds:
                path = work / f"view-{facts}-{name}.html"
                t0 = time.perf_counter()
                graph = write_view(store, path, group_above=group_above)
                t_view = time.perf_counter() - t0
                runs = [open_page(browser, path, interact=k == 0) for k in range(args.repeat)]
                if name == "grouped" and runs[0]["groups"]:
                    assert all(r["only_groups"] for r in runs), "the first draw holds more than the groups"
                if "search" in runs[0]:
                    assert runs[0]["search"][1], "the search did not open the group of its hit"
                draw = statistics.median(r["draw"] for r in runs)
                first = runs[0]
                expand = first.get("expand", [float("nan"), 0, 0])
                search = first.get("search", [float("nan"), False])
                folded = statistics.median(r.get("folded", float("nan")) for r in runs)
                print(
                    f"{facts:>6} {graph.number_of_nodes():>6} {graph.number_of_edges():>6} {name:>9} {t_view:>7.2f} "
                    f"{path.stat().st_size / 1e6:>6.2f} {draw:>7.2f} {first['drawn']:>6} {first['links']:>6} "
                    f"{expand[0]:>9.0f} {expand[1]:>7} {folded:>8.2f} {search[0]:>9.0f}",
                    flush=True,
                )
            del store
        browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
