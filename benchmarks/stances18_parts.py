"""Every tuning part scored before and after the eighteenth pass's stance readings: which parts change, and how.

Each tuning part (``benchmarks/_parts.py``; a held-out part is never read) is scored as ``kg extract --evaluate PART
--errors`` does, with none of the pass's readings (main before the pass: ``benchmarks/stances18_lopo.py``'s "off")
and with all of them (as shipped); the table gives stances and all facts (P R F1 tp/fp/fn) before and after, and
whether the whole output (scores and error lists) is byte-identical; the error lines that changed follow.

    $ python benchmarks/stances18_parts.py       # writes benchmarks/results/stances18_parts.txt (about 3 minutes)

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._parts import REAL, ROOT, add_parts_option, checked, publish  # noqa: E402
from benchmarks.stances18_lopo import COMPONENT, NEW  # noqa: E402  (the pass's choices, set in one place)


def _cells(score) -> str:
    return f"{score.precision:.2f} {score.recall:.2f} {score.f1:.2f} {score.tp}/{score.fp}/{score.fn}"


def run(parts: list[str]) -> str:
    from kg.extract.evaluate import evaluate, format_evaluation

    out: dict[tuple[str, str], tuple] = {}
    saved = COMPONENT.shipped()
    try:
        for when, choice in (("before", ()), ("after", NEW)):
            COMPONENT.choose(choice)
            for part in parts:
                ev = evaluate([REAL / part])
                out[(part, when)] = (ev.summary["stances"], ev.summary["all facts"], format_evaluation(ev, errors=True))
                print(f"  scored {part} {when}", file=sys.stderr, flush=True)
    finally:
        COMPONENT.choose(saved)
    lines = [
        "Every tuning part scored by kg extract --evaluate PART --errors before (none of the eighteenth pass's readings)"
        f" and after (all of them, as shipped); {dt.date.today().isoformat()}",
        "",
        f"{'part':<8} | {'stances before':<22} | {'stances after':<22} | {'all facts before':<24} |"
        f" {'all facts after':<24} | output",
    ]
    changed: list[str] = []
    for part in parts:
        (sb, ab, tb), (sa, aa, ta) = out[(part, "before")], out[(part, "after")]
        lines.append(
            f"{part:<8} | {_cells(sb):<22} | {_cells(sa):<22} | {_cells(ab):<24} | {_cells(aa):<24} |"
            f" {'identical' if tb == ta else 'changed'}"
        )
        for d in difflib.unified_diff(tb.splitlines(), ta.splitlines(), lineterm="", n=0):
            if d.startswith(("-", "+")) and not d.startswith(("---", "+++")):
                changed.append(f"  {part} {d}")
    lines += ["", "the lines that changed (- before, + after; the scores and the error lists):", *changed]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_parts_option(ap)
    ap.add_argument("-o", "--output", default=str(ROOT / "benchmarks" / "results" / "stances18_parts.txt"))
    args = ap.parse_args()
    publish(run(checked(args.parts)), args.output)
