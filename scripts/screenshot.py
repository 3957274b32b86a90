"""Write docs/view.png: the network view of the default graph, as `kg view` draws it, for the README.

    $ python scripts/screenshot.py                      # docs/view.png, English
    $ python scripts/screenshot.py -o /tmp/kk.png --lang kk --select baytaq

Runs Debian's headless chromium through playwright (never `playwright install`).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.browser import launch  # noqa: E402



def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "view.png")
    parser.add_argument("--lang", choices=["en", "kk", "ru"], default="en")
    parser.add_argument("--select", default="baytaq", help="actor whose panel is open in the picture ('' for none)")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--height", type=int, default=1000)
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from kg.projection import project
    from kg.resolve import resolve_actor
    from kg.store import build_store
    from kg.view import DEFAULT_TITLES, write_html

    store = build_store()
    graph = project(store, lang=args.lang)
    with tempfile.TemporaryDirectory() as tmp:
        page_path = write_html(graph, Path(tmp) / "view.html", title=DEFAULT_TITLES[args.lang], lang=args.lang)
        with sync_playwright() as p:
            browser = launch(p, executable=args.chromium)
            page = browser.new_page(viewport={"width": args.width, "height": args.height}, device_scale_factor=1)
            page.goto(page_path.as_uri())
            page.wait_for_function("window.kgView && window.kgView.stabilised", timeout=60_000)
            if args.select:
                iri = resolve_actor(store, args.select)
                page.evaluate("(iri) => { kgView.selectNode(kgView.nodeId(iri)); kgView.network.fit({animation: false}); }", iri)
            page.wait_for_timeout(300)
            args.output.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.output))
            browser.close()
    print(f"wrote {args.output} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} links)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
