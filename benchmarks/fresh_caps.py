"""Fit the confidence caps of new text (``kg.extract.draft.FRESH_CAPS``) on the parts as first scored, and check them
leaving one part out.

The in-sample caps (``CAPS``, ``RULE_CAPS``) are fitted on the tuning parts the rules were written from, where a
rule is right more often than on a text nobody read. ``benchmarks/confidence_fresh.py`` replays each part from
``test6`` on as it was first scored, held out, with the rules of that day: each drafted fact's type, confidence and
whether it was right. Here the share right per fact type and confidence band is fitted on those rows
(:func:`fit`): drawn toward the type's share (ten facts' weight) and that toward all facts', made to fall as the
band falls (adjacent bands pooled where a lower one did better), less a margin, rounded down to a step of 0.05; a
band whose pooled rows are fewer than :data:`MIN_FACTS` gets no cap of its own, and its own share caps a band only when
below the band; a band takes the cap of the band above it where that is lower than the band's top (a surer fact never
ends below a less sure one).

Checked leaving one part out: for each part the caps are fitted on the OTHER parts' rows and applied to its rows.
Summed over the parts, before and after: the share right and mean confidence per band, the Brier score, the expected
calibration error (ECE) and the AUC (a right fact drafted above a wrong one, ties half), for each margin in
:data:`MARGINS`. The fit on every part with the shipped margin is printed as the table ``FRESH_CAPS`` ships.

    $ python benchmarks/fresh_caps.py                # replays ~37 parts (about 5 minutes), writes results/fresh_caps.txt
    $ python benchmarks/fresh_caps.py --rows rows.json   # the replay's rows saved once, read again after

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._parts import TUNING, checked, publish  # noqa: E402
from benchmarks.confidence_fresh import FIRST_SCORED, replay  # noqa: E402
from benchmarks.precision_lopo import STEP, WEIGHT, calibration  # noqa: E402
from kg.extract.draft import FRESH_CAPS, fresh_capped  # noqa: E402
from kg.extract.evaluate import BANDS, band_of  # noqa: E402

#: A band (pooled with its neighbours) needs this many fresh rows before its share caps anything.
MIN_FACTS = 20
#: The margins compared leaving one part out, and the one ``FRESH_CAPS`` was fitted with (the better left out).
MARGINS = (0.0, 0.05)
MARGIN = 0.0

Caps = dict[tuple[str, float], float]


def fit(rows: list[dict], margin: float) -> Caps:
    """(fact type, band) -> cap: a band's pooled, drawn share (less ``margin``) where it is below the band, else the cap
    of the band above where that is below this band's top; no entry where neither lowers anything."""
    share_all = sum(r["right"] for r in rows) / len(rows)
    cells: dict[str, dict[float, list[int]]] = defaultdict(lambda: {b: [0, 0] for b in BANDS})
    for r in rows:
        cell = cells[r["type"]][band_of(r["confidence"])]
        cell[0] += int(r["right"])
        cell[1] += 1
    caps: Caps = {}
    for kind, bands in cells.items():
        right, n = (sum(c[i] for c in bands.values()) for i in (0, 1))
        share_type = (right + WEIGHT * share_all) / (n + WEIGHT)
        # pool adjacent violators, highest band first: (bands, drawn right, weight, fresh rows)
        blocks: list[tuple[list[float], float, float, int]] = []
        for b in BANDS:
            right_b, rows_b = bands[b]
            if not rows_b:
                continue
            blocks.append(([b], right_b + WEIGHT * share_type, rows_b + WEIGHT, rows_b))
            while len(blocks) > 1 and blocks[-1][1] / blocks[-1][2] > blocks[-2][1] / blocks[-2][2]:
                low_block, high_block = blocks.pop(), blocks.pop()
                blocks.append(tuple(h + lo for h, lo in zip(high_block, low_block, strict=True)))  # type: ignore[arg-type]
        shares = {b: drawn / weight for members, drawn, weight, seen in blocks if seen >= MIN_FACTS for b in members}
        low = 1.0  # the cap of the band above: a surer fact never ends below a less sure one
        for b, top in zip(BANDS, (1.0, *BANDS), strict=False):
            own = round(int((shares.get(b, 1.0) - margin) / STEP + 1e-9) * STEP, 2)
            low = min(low, own) if own < b else low  # its own share caps a band only when below the band
            if low < top:  # a cap below the band's top: the facts above it come down
                caps[(kind, b)] = low
    return caps


def _metrics(rows: list[dict], conf: list[float]) -> dict:
    facts = [SimpleNamespace(items=True, right=r["right"]) for r in rows]
    return calibration(facts, {id(f): c for f, c in zip(facts, conf, strict=True)})  # type: ignore[arg-type]


def render(rows: list[dict]) -> str:
    parts = sorted({r["part"] for r in rows}, key=lambda p: (len(p), p))
    before = _metrics(rows, [r["confidence"] for r in rows])
    lines = [
        f"left out one part at a time ({len(parts)} parts, {len(rows)} fresh facts, {sum(r['right'] for r in rows)} "
        "right); the caps fitted on the other parts:",
        f"  {'margin':<8} {'Brier':>15} {'ECE':>15} {'AUC':>15}",
    ]
    after: dict[float, dict] = {}
    for margin in MARGINS:
        conf = [0.0] * len(rows)
        for part in parts:
            caps = fit([r for r in rows if r["part"] != part], margin)
            for i, r in enumerate(rows):
                if r["part"] == part:
                    conf[i] = fresh_capped(r["type"], r["confidence"], caps)
        after[margin] = m = _metrics(rows, conf)
        lines.append(
            f"  {margin:<8.2f} " + " ".join(f"{before[k]:>6.4f} → {m[k]:.4f}" for k in ("brier", "ece", "auc"))
        )
    lines += ["", f"  per band, before → after (margin {MARGIN:g}): drafted, right, share, mean confidence"]
    for b in BANDS:
        x, y = before["bands"][b], after[MARGIN]["bands"][b]
        lines.append(f"  {b:>4.1f}  {_band(x):>26} → {_band(y):>26}")
    caps = fit(rows, MARGIN)
    lines += ["", f"fitted on every part (margin {MARGIN:g}), the table FRESH_CAPS ships:"]
    for (kind, b), cap in sorted(caps.items()):
        mark = "" if FRESH_CAPS.get((kind, b)) == cap else "   (FRESH_CAPS differs)"
        lines.append(f"  ({kind!r}, {b}): {cap},{mark}")
    gone = sorted(set(FRESH_CAPS) - set(caps))
    if gone:
        lines.append(f"  in FRESH_CAPS, not fitted now: {gone}")
    return "\n".join(lines)


def _band(x: list) -> str:
    n, right, summed = x
    return f"{n:5} {right:5} {right / n:.2f} {summed / n:.2f}" if n else "-"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--parts", nargs="*", default=[p for p in TUNING if p in FIRST_SCORED], help="parts to replay")
    ap.add_argument("--rows", help="a JSON file of the replay's rows: read when it exists, else written")
    ap.add_argument("-o", "--output", default=str(ROOT / "benchmarks" / "results" / "fresh_caps.txt"))
    args = ap.parse_args(argv)
    parts = checked(args.parts)
    saved = Path(args.rows) if args.rows else None
    if saved and saved.exists():
        rows = [r for r in json.loads(saved.read_text()) if r["part"] in parts]
        missing: list[str] = []
    else:
        rows, missing = replay(parts)
        if saved:
            saved.write_text(json.dumps(rows, ensure_ascii=False))
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    head = [f"# confidence caps for new text, {stamp}", ""]
    if missing:
        head += [f"not replayed (their commit is not in this clone): {', '.join(missing)}", ""]
    publish("\n".join(head) + render(rows) + "\n", args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
