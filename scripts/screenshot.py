"""Write docs/view-<preset>.png: the page of the default graph in each preset, as a reader first sees it.

    $ python scripts/screenshot.py                      # docs/view-everything.png, -proposals, -timeline, -focus
    $ python scripts/screenshot.py --lang kk -o /tmp    # the Kazakh page, into /tmp

The focus preset is centred on --focus (Baytaq by default). Runs Debian's headless chromium
through playwright (never `playwright install`).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.browser import launch  # noqa: E402  (after the path insert above)

PRESETS = ("everything", "proposals", "timeline", "focus")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "docs", help="folder for the pictures")
    parser.add_argument("--lang", choices=["en", "kk", "ru"], default="en")
    parser.add_argument("--focus", default="baytaq", help="actor of the focus preset")
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
    centre = resolve_actor(store, args.focus)
    args.output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        page_path = write_html(graph, Path(tmp) / "view.html", title=DEFAULT_TITLES[args.lang], lang=args.lang)
        with sync_playwright() as p:
            browser = launch(p, executable=args.chromium)
            page = browser.new_page(viewport={"width": args.width, "height": args.height}, device_scale_factor=1)
            page.goto(page_path.as_uri())
            page.wait_for_function("window.kgView && window.kgView.stabilised", timeout=60_000)
            for preset in PRESETS:
                if preset == "focus":
                    page.evaluate("(iri) => kgView.selectNode(kgView.nodeId(iri))", centre)
                page.evaluate("(p) => kgView.setPreset(p)", preset)
                page.wait_for_timeout(300)
                target = args.output / f"view-{preset}.png"
                page.screenshot(path=str(target))
                labels = page.evaluate("kgView.labelledNodeIds().length")
                shown = page.evaluate("kgView.visibleNodeCount()")
                print(f"wrote {target} ({shown} nodes, {labels} labelled)")
            browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
