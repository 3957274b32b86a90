"""Leave one tuning part out: does a person → post component carry to a part it was not fitted on?

One component (``--component``; a second, ``descriptors``, reading past a degree, a title or a profession
between a post and its name, gained nothing and stays on branch ``experiment/post-descriptors``; its results are
in ``benchmarks/results/post_lopo.txt``):

* ``chamber-deputy``: an English chamber's deputy whatever follows it ("X, a Majilis deputy and Head of …",
  ``kg.extract.patterns.CHAMBER_DEPUTY``). Its choice is off or on. Results:
  ``benchmarks/results/post_lopo_chamber.txt``.

Every tuning part (``benchmarks/_parts.py``; ``dev``, ``test2`` … ``test13`` when the results file was written; a
held-out part is never read) is scored with each choice; then for each part the choice is fitted on the OTHER
parts alone (the best person → post F1 summed over them; a tie goes to all-facts precision, then to fewer
languages) and scored on the part left out. The table gives, per part, person → post and all-facts P/R/F1 before
(none) and after (the choice fitted without it), and the sums over all parts.

    $ python benchmarks/post_lopo.py          # writes benchmarks/results/post_lopo_chamber.txt (about 3 minutes)
    $ python benchmarks/post_lopo.py --parts dev test2 -o -

This is a measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._parts import HELD_OUT, REAL, TUNING  # noqa: E402  (the parts, listed once)
from kg.extract.evaluate import Score  # noqa: E402
from kg.fileio import write_atomic  # noqa: E402

KINDS = ("person → post", "all facts")


def _name(choice: tuple[str, ...]) -> str:
    return "+".join(choice) or "off"


def _chamber_deputy(choice: tuple[str, ...]) -> None:
    import kg.extract.patterns as P

    P.CHAMBER_DEPUTY = bool(choice)
    P._posts.cache_clear()  # the posts of a sentence are cached: read them again


#: name -> (the choices, fewest first; what sets one; the results file; the title)
COMPONENTS = {
    "chamber-deputy": (
        ((), ("on",)),
        _chamber_deputy,
        "post_lopo_chamber.txt",
        "an English chamber's deputy whatever follows it (patterns.CHAMBER_DEPUTY)",
    ),
}


def score_all(parts: list[str], component: str) -> dict[tuple[str, tuple[str, ...]], dict[str, tuple[int, int, int]]]:
    """(part, choice) -> kind -> (tp, fp, fn), every other component as it ships."""
    import kg.extract.patterns as P
    from kg.extract.evaluate import evaluate

    choices, choose, _, _ = COMPONENTS[component]
    out = {}
    saved = P.CHAMBER_DEPUTY
    try:
        for choice in choices:
            choose(choice)
            for part in parts:
                ev = evaluate([REAL / part])
                out[(part, choice)] = {k: (ev.summary[k].tp, ev.summary[k].fp, ev.summary[k].fn) for k in KINDS}
                print(f"  scored {part} with {_name(choice)}", file=sys.stderr, flush=True)
    finally:
        P.CHAMBER_DEPUTY = saved  # back to the default as shipped
        P._posts.cache_clear()
    return out


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    score = Score(tp, fp, fn)  # the evaluator's own precision, recall and F1
    return score.precision, score.recall, score.f1


def _sum(rows) -> tuple[int, int, int]:
    tp, fp, fn = (sum(x[i] for x in rows) for i in range(3))
    return tp, fp, fn


def fit(scores, parts: list[str], choices) -> tuple[str, ...]:
    """The choice with the best person → post F1 summed over ``parts`` (then all-facts precision, then the
    earlier choice: fewer languages, or off)."""

    def key(i_choice):
        i, choice = i_choice
        post = _prf(*_sum([scores[(p, choice)]["person → post"] for p in parts]))[2]
        prec = _prf(*_sum([scores[(p, choice)]["all facts"] for p in parts]))[0]
        return (round(post, 6), round(prec, 6), -i)

    return max(enumerate(choices), key=key)[1]


def _cells(x: tuple[int, int, int], tally: bool) -> str:
    p, r, f = _prf(*x)
    return f"{p:.2f}  {r:.2f}  {f:.2f}" + (f" {x[0]}/{x[1]}/{x[2]}" if tally else "")


def in_sample(parts: list[str], scores, choices) -> list[str]:
    """Every tuning part scored off and fully on (no fit): where the component changes anything."""
    full = choices[-1]
    lines = [
        "",
        f"every part, off -> {_name(full)} (in sample, no fit):",
        f"{'part':<8} | {'person → post off':>24} | {_name(full):>24} | {'all facts off':>16} | {_name(full):>16}",
    ]
    for part in parts:
        a, b = scores[(part, ())], scores[(part, full)]
        lines.append(
            f"{part:<8} | {_cells(a['person → post'], True):>24} | {_cells(b['person → post'], True):>24} |"
            f" {_cells(a['all facts'], False):>16} | {_cells(b['all facts'], False):>16}"
        )
    return lines


def render(parts: list[str], scores, component: str = "chamber-deputy") -> str:
    choices, _, _, title = COMPONENTS[component]
    flag = ""
    lines = [
        f"Leave one tuning part out: {title}",
        f"date: {dt.date.today().isoformat()}; parts: {', '.join(parts)}; command: python benchmarks/post_lopo.py{flag}",
        "before: off; after: the choice fitted on the other parts only, scored on the part left out",
        "",
        f"{'part':<8} {'fitted':<18} | {'person → post before':>22} | {'after':>22} | {'all facts before':>22} |"
        f" {'after':>22}",
        f"{'':<8} {'':<18} | {'P     R     F1  tp/fp/fn':>22} | {'P     R     F1  tp/fp/fn':>22} |"
        f" {'P     R     F1':>22} | {'P     R     F1':>22}",
    ]
    before = {k: [] for k in KINDS}
    after = {k: [] for k in KINDS}
    for part in parts:
        choice = fit(scores, [p for p in parts if p != part], choices)
        cells = []
        for kind in KINDS:
            b, a = scores[(part, ())][kind], scores[(part, choice)][kind]
            before[kind].append(b)
            after[kind].append(a)
            for x in (b, a):
                p, r, f = _prf(*x)
                cells.append(f"{p:.2f}  {r:.2f}  {f:.2f}" + (f" {x[0]}/{x[1]}/{x[2]}" if kind != "all facts" else ""))
        lines.append(f"{part:<8} {_name(choice):<18} | " + " | ".join(f"{c:>22}" for c in cells))
    cells = []
    for kind in KINDS:
        for x in (_sum(before[kind]), _sum(after[kind])):
            p, r, f = _prf(*x)
            cells.append(f"{p:.2f}  {r:.2f}  {f:.2f}" + (f" {x[0]}/{x[1]}/{x[2]}" if kind != "all facts" else ""))
    lines.append(f"{'sum':<8} {'':<18} | " + " | ".join(f"{c:>22}" for c in cells))
    lines.append("")
    lines.append("sums to four places (tp/fp/fn; P R F1):")
    for kind in KINDS:
        for when, rows in (("before", before[kind]), ("after", after[kind])):
            x = _sum(rows)
            p, r, f = _prf(*x)
            lines.append(f"  {kind:<14} {when:<7} {x[0]}/{x[1]}/{x[2]}  P {p:.4f}  R {r:.4f}  F1 {f:.4f}")
    lines.append("")
    lines.append("in-sample, every choice on all the parts (person → post tp/fp/fn F1; all facts P):")
    for choice in choices:
        post = _sum([scores[(p, choice)]["person → post"] for p in parts])
        allf = _sum([scores[(p, choice)]["all facts"] for p in parts])
        lines.append(
            f"  {_name(choice):<18} {post[0]}/{post[1]}/{post[2]} F1 {_prf(*post)[2]:.4f};"
            f" all facts P {_prf(*allf)[0]:.4f} R {_prf(*allf)[1]:.4f} F1 {_prf(*allf)[2]:.4f}"
        )
    lines.append(f"fitted on all parts: {_name(fit(scores, parts, choices))}")
    lines += in_sample(parts, scores, choices)
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--parts", nargs="*", default=list(TUNING), help="tuning parts (default: all)")
    ap.add_argument("--component", choices=sorted(COMPONENTS), default="chamber-deputy", help="what to measure")
    ap.add_argument("-o", "--output", help="the results file (default: benchmarks/results/<the component's>)")
    args = ap.parse_args()
    bad = [p for p in args.parts if p in HELD_OUT]
    if bad:
        raise SystemExit(f"{', '.join(bad)}: held out, never scored here")
    output = args.output or str(ROOT / "benchmarks" / "results" / COMPONENTS[args.component][2])
    text = render(args.parts, score_all(args.parts, args.component), args.component)
    sys.stdout.write(text)
    if output != "-":
        write_atomic(output, text.encode("utf-8"))
        print(f"written: {output}")


if __name__ == "__main__":
    main()
