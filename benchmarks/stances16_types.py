"""Every fact type on every tuning part, with none and with all of the sixteenth pass's stance readings: what else
the pass moved (benchmarks/stances16_lopo.py measures the stances and all facts; this lists every type).

    $ python benchmarks/stances16_types.py     # writes benchmarks/results/stances16_types.txt (about 3 minutes)

A measurement, not a test; the held-out parts are never read.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._parts import REAL, ROOT, TUNING, publish  # noqa: E402
from benchmarks.stances16_lopo import NEW, _choose  # noqa: E402


def main() -> None:
    from kg.extract.evaluate import evaluate

    rows: dict[str, dict[str, tuple[tuple[int, int, int], tuple[int, int, int]]]] = {}
    for part in TUNING:
        got = []
        for choice in ((), NEW):
            _choose(choice)
            ev = evaluate([REAL / part])
            got.append({k: (s.tp, s.fp, s.fn) for k, s in ev.summary.items()})
            print(f"  scored {part} with {'all' if choice else 'none'}", file=sys.stderr, flush=True)
        _choose(NEW)
        rows[part] = {k: (got[0].get(k, (0, 0, 0)), got[1].get(k, (0, 0, 0))) for k in sorted({*got[0], *got[1]})}
    lines = [
        "Every fact type, every tuning part: none -> all of the sixteenth pass's stance readings (tp/fp/fn)",
        "command: python benchmarks/stances16_types.py; only the rows that change are listed",
        "",
    ]
    for part, kinds in rows.items():
        changed = [f"{k}: {'/'.join(map(str, a))} -> {'/'.join(map(str, b))}" for k, (a, b) in kinds.items() if a != b]
        lines.append(f"{part:<7} " + ("; ".join(changed) if changed else "unchanged"))
    publish("\n".join(lines) + "\n", str(ROOT / "benchmarks" / "results" / "stances16_types.txt"))


if __name__ == "__main__":
    main()
