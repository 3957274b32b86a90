"""Every tuning part scored by fact type, main before the twentieth session's person → post readings and as shipped:
which parts change, and in which fact types (``kg extract --evaluate``'s summary: tp/fp/fn).

"Before" has the readings of ``benchmarks/posts20_lopo.py`` all off; "after" as the product ships them. A part whose
every fact type scores the same is listed as such.

    $ python benchmarks/posts20_parts.py          # writes benchmarks/results/posts20_parts.txt (about 4 minutes)

This reads the tuning parts only; it is a measurement, not a test, and asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._parts import REAL, add_parts_option, checked, publish  # noqa: E402
from benchmarks.posts20_lopo import NEW, _choose, _shipped  # noqa: E402  (the readings, switched in one place)


def main() -> None:
    from kg.extract.evaluate import evaluate

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_parts_option(ap)
    ap.add_argument("-o", "--output", default=str(ROOT / "benchmarks" / "results" / "posts20_parts.txt"))
    args = ap.parse_args()
    parts = checked(args.parts)
    shipped = _shipped()
    scores: dict[tuple[str, bool], dict[str, tuple[int, int, int]]] = {}
    try:
        for after, choice in ((False, ()), (True, shipped)):
            _choose(choice)
            for part in parts:
                ev = evaluate([REAL / part])
                scores[(part, after)] = {k: (s.tp, s.fp, s.fn) for k, s in ev.summary.items()}
                print(f"  scored {part} ({'after' if after else 'before'})", file=sys.stderr, flush=True)
    finally:
        _choose(shipped)
    lines = [
        "Every tuning part by fact type (tp/fp/fn), before (the twentieth session's person → post readings off) and "
        "after (as shipped)",
        f"parts: {', '.join(parts)}; readings: {', '.join(NEW)}; shipped: {', '.join(shipped) or 'none'}; "
        "command: python benchmarks/posts20_parts.py",
        "",
    ]
    for part in parts:
        a, b = scores[(part, False)], scores[(part, True)]
        changed = [k for k in a if a[k] != b.get(k)]
        if not changed:
            lines.append(f"{part:<8} every fact type the same")
            continue
        cells = "; ".join(f"{k} {'/'.join(map(str, a[k]))} -> {'/'.join(map(str, b[k]))}" for k in changed)
        lines.append(f"{part:<8} {cells}")
    publish("\n".join(lines) + "\n", args.output)


if __name__ == "__main__":
    main()
